"""An age told against someone else's: "e ett år yngre än han o han e 19" (set BU).

The writer's own age is the other's plus or minus the years between. Only whole
years written as a word or a digit, and only when the other's age is said in the
same message.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

_YEARS = {"ett": 1, "en": 1, "två": 2, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "one": 1,
          "a": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_K = r"(?P<k>ett|en|två|tva|tre|fyra|fem|one|a|two|three|four|five|\d{1,2})"
_DIR = r"(?P<dir>yngre|äldre|aldre|younger|older)"
_THEM = r"(?:han|hon|hen|honom|henne|min\s+\w+|him|her|my\s+\w+)"
_THEIR_AGE = (
    r"(?:han|hon|hen|den|som|he|she|he'?s|she'?s|who'?s|who\s+is)\s+(?:är\s+|ar\s+|e\s+|is\s+)?"
    r"(?P<num>\d{1,2})\b"
)
_PATTERNS = [
    # "e ett år yngre än han o han e 19", "i'm a year younger than him, he's 19".
    re.compile(
        rf"\b(?:jag\s+|ja\s+)?(?:är|ar|e|i'?m|im|i\s+am)\s+{_K}\s+(?:år|ar|years?)\s+{_DIR}\s+"
        rf"(?:än|an|than)\s+{_THEM}\b.{{0,25}}?\b{_THEIR_AGE}"
    ),
    # "han e 19 o jag e ett år yngre", "he's 19 and i'm two years younger".
    re.compile(
        rf"\b{_THEIR_AGE}.{{0,25}}?\b(?:jag|ja|i'?m|im|i\s+am)\s+(?:är\s+|ar\s+|e\s+)?{_K}\s+"
        rf"(?:år|ar|years?)\s+{_DIR}\b"
    ),
]


def relative_mentions(lowered: str) -> Iterator[tuple[int, int, Optional[int]]]:
    """Yield (start, end, age) of the writer's age told against another's."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(lowered):
            raw = match.group("k")
            years = int(raw) if raw.isdigit() else _YEARS[raw]
            other = int(match.group("num"))
            younger = match.group("dir") in ("yngre", "younger")
            yield (*match.span("k"), other - years if younger else other + years)
