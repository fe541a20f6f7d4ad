"""Typing errors repaired to the nearest common Swedish word, for the rules and the classifier.

"tabeletter", "sjävmord", "tvngad", "e sedton": one slip of a finger and a
pattern written for "tabletter" or an age written "sexton" no longer
matches. A word that is not a Swedish word is looked up in a SymSpell index
of the words wordfreq ships for Swedish, plus the words of the training
examples (this field's slang: "sugardejtar", "swishar"), and replaced by
the most frequent word at the smallest edit distance.

The index is keyed on the folded spelling (text.fold: no å/ä/ö), because
the rules already read "vagar" as "vågar" and must not see it "repaired" to
"dagar". Left alone: known words, short words, compounds of two known words
("dödsrädd", "camsidor"), words of the other languages people write here
("sexo", "adus"), and rare words with no far more frequent neighbour.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Dict, FrozenSet, Optional

from symspellpy import SymSpell, Verbosity
from wordfreq import top_n_list, zipf_frequency

# Swedish words at least this frequent are targets (about 73,000 words; zipf 2.3
# is about once per 5 million words): rarer targets make rarer typos look like words.
TARGET_ZIPF = 2.3
# A word this common in a language people write here is not a Swedish typo
# ("please", "sexo", "pomoc").
OTHER_LANGUAGE_ZIPF = 3.0
OTHER_LANGUAGES = ("en", "es", "de", "fr", "pt", "it", "ro", "pl", "nl", "da", "nb", "fi", "tr")
# A Swedish word this common is a rare word, not a typo ("massös", "moralisera" 2.2).
REAL_WORD_ZIPF = 2.0
# A word is replaced only by one at least this much more frequent (1.5 on the zipf
# scale is about 30 times): "masas" (1.3, a typo that made it into the corpus) is
# "massa" (4.6), but a rare real word is not pulled to a common neighbour.
MORE_FREQUENT_BY = 1.5
# Edit distance allowed: two letters swapped in a word of three, one edit for words
# of 4–6 letters, two from 7 letters when
# the first letter is right and the lengths differ by at most one (first letters
# are rarely mistyped; two letters lost or added is another word).
SHORTEST = 4
TWO_EDITS_FROM = 7
# Parts of a compound: "döds"+"rädd" (common words), "cam"+"sidor" (the field's own).
PART_ZIPF = 2.5
_PART_MIN = 4
_OWN_PART_MIN = 3
# The training examples' words count as much as a word seen once per million.
_OWN_WORD_ZIPF = 3.0

_TRAINING_DATA = Path(__file__).resolve().parents[2] / "data" / "nlu"
_WORD = re.compile(r"[^\W\d_]+")
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e"})


def _folded(word: str) -> str:
    return word.translate(_FOLD)


@functools.lru_cache(maxsize=1)
def _own_words() -> FrozenSet[str]:
    """The words of the training examples: slang and compounds of this field."""
    words = set()
    for path in sorted(_TRAINING_DATA.glob("*.yml")):
        words.update(_WORD.findall(path.read_text(encoding="utf-8").lower()))
    return frozenset(words)


class _Index:
    """SymSpell over folded spellings, and the written word each folded key stands for."""

    def __init__(self) -> None:
        self.symspell = SymSpell(max_dictionary_edit_distance=2, prefix_length=5)
        self.written: Dict[str, str] = {}
        self.zipf: Dict[str, float] = {}
        for word in top_n_list("sv", 100_000):
            zipf = zipf_frequency(word, "sv")
            if zipf < TARGET_ZIPF:
                break
            if word.isalpha() and len(word) >= 2:
                self._add(word, zipf)
        for word in sorted(_own_words()):
            if len(word) >= 2:
                self._add(word, _OWN_WORD_ZIPF)

    def _add(self, word: str, zipf: float) -> None:
        key = _folded(word)
        if key in self.zipf:
            return  # the most frequent written form came first ("vågar" before "vägar")
        self.written[key] = word
        self.zipf[key] = zipf
        self.symspell.create_dictionary_entry(key, max(1, int(10**zipf)))


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    """Built once (about 3 s, 90 MB) when first needed."""
    return _Index()


def _is_part(word: str) -> bool:
    """A word that can be half of a Swedish compound: common, or one of the field's own."""
    if len(word) >= _OWN_PART_MIN and word in _own_words():
        return True
    return len(word) >= _PART_MIN and zipf_frequency(word, "sv") >= PART_ZIPF


def _is_compound(word: str) -> bool:
    """True if the word is two such words, with or without a linking s."""
    for cut in range(_OWN_PART_MIN, len(word) - _OWN_PART_MIN + 1):
        head, tail = word[:cut], word[cut:]
        if _is_part(head) and (_is_part(tail) or (tail[0] == "s" and _is_part(tail[1:]))):
            return True
    return False


def _other_language(word: str) -> bool:
    # The "small" lists hold every word down to zipf 3, in a tenth of the memory.
    return any(
        zipf_frequency(word, lang, wordlist="small") >= OTHER_LANGUAGE_ZIPF
        for lang in OTHER_LANGUAGES
    )


@functools.lru_cache(maxsize=50_000)
def repair(word: str) -> Optional[str]:
    """The word meant by a lower-case token with a typing error in it, or None."""
    if len(word) < SHORTEST - 1 or not word.isalpha():
        return None
    index = _index()
    key = _folded(word)
    if key in index.zipf or zipf_frequency(word, "sv") >= REAL_WORD_ZIPF:
        return None
    if _other_language(word) or _is_compound(word):
        return None
    distance = 2 if len(word) >= TWO_EDITS_FROM else 1
    for found in index.symspell.lookup(key, Verbosity.CLOSEST, max_edit_distance=distance):
        if len(key) < SHORTEST and sorted(found.term) != sorted(key):
            continue  # three letters: only two swapped ("jga"), else too many words are near
        if found.distance == 2 and (
            found.term[0] != key[0] or abs(len(found.term) - len(key)) > 1
        ):
            continue  # "sextortar" is not "störtar"
        if index.zipf[found.term] - zipf_frequency(word, "sv") < MORE_FREQUENT_BY:
            return None
        return index.written[found.term]
    return None


def warm_up() -> None:
    """Build the index and load the other languages' lists now, not on a person's first message."""
    _index()
    _other_language("hej")


__all__ = ["repair", "warm_up"]
