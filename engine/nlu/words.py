"""Whether a message has any word in it at all, by the word lists wordfreq ships.

A keyboard mash ("asdfgh", "jkjkjk") has no features the classifier knows
from words, so its character n-grams can land on any intent with a
confidence that looks sure, most often yes or no, and the bot then answers a
question nobody asked. A message in which no word is a Swedish or English word
is treated as not understood instead: after two, the bot offers a person.
"""

from __future__ import annotations

import functools
import re

from wordfreq import zipf_frequency

# Zipf 1.0 is about once per 100 million words: typos and slang are far above
# it ("saljer" 1.6, "swishar" 2.8), keyboard runs are at 0.
KNOWN_ZIPF = 1.0
LANGUAGES = ("sv", "en")
_WORD = re.compile(r"[^\W\d_]{2,}")


@functools.lru_cache(maxsize=50_000)
def is_word(token: str) -> bool:
    """True if the token is a word people use in Swedish or English."""
    return any(zipf_frequency(token, lang) >= KNOWN_ZIPF for lang in LANGUAGES)


def has_no_words(text: str) -> bool:
    """True if the text has letters but not one known word ("asdfgh", "xkcdq zzv")."""
    tokens = _WORD.findall(text.lower())
    return bool(tokens) and not any(is_word(token) for token in tokens)


def warm_up() -> None:
    """Load the word lists now (about 0.2 s), not on a person's first message."""
    is_word("hej")
