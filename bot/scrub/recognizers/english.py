"""English street addresses and UK postcodes.

People writing in English put the number first and end the street with an
English street word: "12 Baker Street", "flat 4, 21 King's Road", "221B Baker
St, London NW1 6XE". The Swedish pattern wants the street first and a Swedish
suffix, so it sees none of these.
"""

from __future__ import annotations

from typing import Optional

import regex as re

from bot.scrub.frequency import is_ordinary_word
from bot.scrub.languages import foreign_zipf, is_stop_word
from bot.scrub.recognizers.common import _CI, ADDRESS, POSTNUMMER, RegexRecognizer, Rule

_SUFFIX = (
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|place|pl|court|ct|crescent|"
    r"cres|gardens|gdns|terrace|square|sq|boulevard|blvd|grove|hill|row|mews|walk|parade|"
    r"rise|green|park|highway|hwy)"
)
_FLAT = r"(?:flat|apt|apartment|unit|suite|room)\.?\s*+#?\d{1,4}[a-z]?"
_STREET_WORD = r"\p{L}[\p{L}'’.\-]*+"
_STREET = rf"(?P<street>(?:{_STREET_WORD}\s+){{0,2}}{_STREET_WORD})\s+{_SUFFIX}\b"
_UK_POSTCODE = r"(?-i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?!\w)"
_TOWN = r"(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
_TAIL = (
    rf"(?:\s*+,?\s*+{_FLAT})?"
    rf"(?:\s*+,?\s*+(?:{_TOWN}\s*+,?\s*+)?{_UK_POSTCODE})?"
)
_CUE = (
    r"\b(?:live|lives|living|lived|stay|stays|staying|stayed)\s+(?:on|at|in)\s+"
    r"|\baddress\s*(?:is|:)\s*"
)
# Counts that stand between a number and a street word ("2 hours down the road").
_COUNTS = frozenset(
    """
    hour hours minute minutes min mins day days week weeks month months year years time times
    block blocks mile miles km meter meters metre metres kid kids child children people person
    guy guys girl girls man men woman women friend friends pound pounds dollar dollars euro
    euros kr lane lanes
    """.split()
)


class EnglishAddressRecognizer(RegexRecognizer):
    """ "12 Baker Street", "flat 4, 21 King's Road", "I live on Baker Street".

    The words of the street may not be stop words or counts; in lower case
    ("12 baker street") they may not be frequent words either, unless a cue
    ("I live at", "address is") says an address follows ("2 way street").
    """

    ENTITY = ADDRESS
    RULES = (
        Rule(
            "number and street",
            re.compile(
                rf"(?<![\w.,])(?:{_FLAT}\s*+,?\s*+)?\d{{1,4}}[a-z]?,?\s+{_STREET}{_TAIL}", _CI
            ),
            0.85,
        ),
        Rule(
            "street after a cue",
            re.compile(rf"(?:{_CUE})(?P<address>{_STREET}{_TAIL})", _CI),
            0.8,
            "address",
        ),
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        words = match.group("street").split()
        cue = re.search(rf"(?:{_CUE})$", text[max(0, match.start() - 30) : match.start()], _CI)
        if words[0].lower() in _COUNTS:
            return None
        for word in words:
            if is_stop_word(word) and not word[0].isupper():
                return None
            if rule.name == "street after a cue" and not word[0].isupper():
                return None
            if not word[0].isupper() and not cue:
                if foreign_zipf(word) >= 4.5 or is_ordinary_word(word):
                    return None
        return rule.score


class PostcodeRecognizer(RegexRecognizer):
    """A UK postcode or US ZIP code after the word for it ("postcode SW1A 1AA")."""

    ENTITY = POSTNUMMER
    RULES = (
        Rule(
            "after the word postcode",
            re.compile(
                r"\b(?:post\s?code|postal\s+code|zip(?:\s?code)?)\s*+(?:is|:)?\s*+"
                rf"(?P<code>{_UK_POSTCODE}|\d{{5}}(?:-\d{{4}})?(?!\d))",
                _CI,
            ),
            0.85,
            "code",
        ),
    )
