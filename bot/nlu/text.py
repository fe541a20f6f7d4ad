"""Chat text folded to one spelling, so rules match the ways people type.

People write "ar" for "är", "SNÄLLAAA", "tvingad!!!" and "e" for "är". The
rule-based parts (situation.py, crisis.py, age.py) match patterns written in
the folded form: lower case, å/ä → a, ö → o, letters repeated three or more
times cut to two, punctuation to spaces (digits, hyphens and slashes kept).
"""

from __future__ import annotations

import functools
import re
import unicodedata

_LETTERS = str.maketrans(
    {
        "å": "a",
        "ä": "a",
        "æ": "a",
        "á": "a",
        "à": "a",
        "ö": "o",
        "ø": "o",
        "ó": "o",
        "é": "e",
        "è": "e",
        "ü": "u",
        "’": "'",
        "´": "'",
    }
)
_REPEATS = re.compile(r"([a-z])\1{2,}")
_PUNCTUATION = re.compile(r"[^\w\s'/+-]")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """The message in the one spelling the rules are written for.

    Cached: the age, sign, question and whose-situation rules each fold the
    same message.
    """
    text = unicodedata.normalize("NFKC", text).lower().translate(_LETTERS)
    text = _REPEATS.sub(r"\1\1", text)
    text = _PUNCTUATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()
