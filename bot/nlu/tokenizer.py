"""Whitespace tokenizer that also gives each token a spelling-neutral form.

People write "salja", "sälja" and "säljaaa" for the same word. The featurizers
read a token's `lemma`, so folding å/ä/ö and long letter runs there lets the
classifier see one word where people type three, while the original text stays
untouched for entity extraction.
"""

from __future__ import annotations

import re
from typing import List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u"})
_REPEATS = re.compile(r"(.)\1{2,}")


def fold(word: Text) -> Text:
    """Lower-case, drop Swedish diacritics and shorten runs of one letter."""
    return _REPEATS.sub(r"\1\1", word.lower().translate(_FOLD))


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False
)
class FoldingWhitespaceTokenizer(WhitespaceTokenizer):
    """`WhitespaceTokenizer` whose tokens carry a folded lemma."""

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        tokens = super().tokenize(message, attribute)
        for token in tokens:
            token.lemma = fold(token.text)
        return tokens
