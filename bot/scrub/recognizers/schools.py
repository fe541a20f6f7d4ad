"""Schools, school classes and clubs: together with an age they identify a minor.

"9B på Vasaskolan" or "Hammarby F14" narrows a child down to some twenty
people. Kinds of school stay ("grundskolan", "gymnasiet", "högstadiet"), as
do years without a class letter ("nian", "åk 8") and a club named without a
team or membership ("Hammarby vann igår"): they identify no one.
"""

from __future__ import annotations

from typing import Optional

import regex as re

from bot.scrub.lexicon import BRANDS, CITIES, is_common_word
from bot.scrub.names import FIRST_NAMES
from bot.scrub.recognizers.common import (
    _CI,
    _FLAGS,
    CLUB,
    SCHOOL,
    SCHOOL_CLASS,
    RegexRecognizer,
    Rule,
    _following,
)

# --- schools --------------------------------------------------------------------

_SCHOOL_HEAD = r"(?:skolan|skola|skolans|gymnasiet|gymnasium|gymnasiets)"
# First parts that name a kind of school, not a school: "grundskolan".
_GENERIC_SCHOOLS = frozenset(
    """
    grund hög högstadie mellanstadie lågstadie mellan låg fri gymnasie special sär
    sommar kör sim trafik kultur musik dans folkhög yrkes privat vuxen natt kvälls
    söndags bibel språk sjukhus hem internat bil flyg rid konst teater film för
    sexual sfi komvux ny gamla
    """.split()
)
_WORD = r"[\p{Lu}][\p{L}\-]*+"


class SchoolRecognizer(RegexRecognizer):
    """A named school: "Vasaskolan", "rinkebyskolan", "Kungsholmens gymnasium"."""

    ENTITY = SCHOOL
    CONTEXT = ("skola", "skolan", "gymnasium", "gymnasiet")
    RULES = (
        Rule(
            "one word",
            re.compile(rf"(?<![\p{{L}}\d])\p{{L}}{{2,}}?{_SCHOOL_HEAD}(?![\p{{L}}\d])", _CI),
            0.8,
        ),
        Rule(
            "capitalised words and school",
            re.compile(
                rf"(?<![\p{{L}}\d])(?-i:{_WORD}(?:\s+{_WORD})?)\s+(?:skola|skolan|gymnasium|"
                rf"gymnasiet|friskola|folkhögskola|grundskola)(?![\p{{L}}\d])",
                _FLAGS,
            ),
            0.8,
        ),
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """Kinds of school are no name."""
        words = match.group().split()
        if rule.name == "one word":
            head = re.search(rf"{_SCHOOL_HEAD}$", words[0], flags=re.IGNORECASE)
            modifier = words[0][: head.start()].lower().rstrip("-")
            if modifier in _GENERIC_SCHOOLS or modifier.rstrip("s") in _GENERIC_SCHOOLS:
                return None
            return None if is_common_word(modifier) else rule.score
        first = words[0]
        if is_common_word(first) or first.lower() in _GENERIC_SCHOOLS:
            return None
        return rule.score


# --- school classes -----------------------------------------------------------------

_PROGRAMMES = "NA|SA|TE|EK|ES|BF|BA|EE|FT|HA|HT|HU|IN|IB|VF|VO|RL|NB|IMA|IMS|IMV|IMY|IM"
_CLASS_BEFORE = re.compile(
    r"\b(?:klass(?:en)?|går|gick|gått|börjar|började|elev(?:er(?:na)?)?|lärare|mentor)"
    r"(?:\s+(?:i|på|för))?\s+$",
    re.IGNORECASE,
)
_CLASS_AFTER = re.compile(rf"^\s+(?:på|i)\s+(?:\p{{L}}+{_SCHOOL_HEAD}\b|[\p{{Lu}}])", re.IGNORECASE)


class SchoolClassRecognizer(RegexRecognizer):
    """A class: "9B", "8 c", "NA21b", after "går i", "klass", or before "på <skola>"."""

    ENTITY = SCHOOL_CLASS
    CONTEXT = ("klass", "klassen")
    RULES = (
        Rule("year and letter", re.compile(r"(?<![\w])[1-9]\s?[a-hA-H](?![\w])", _FLAGS), 0.75),
        Rule(
            "programme",
            re.compile(rf"(?<![\w])(?:{_PROGRAMMES})-?\d{{1,2}}[a-hA-H]?(?![\w])", _CI),
            0.75,
        ),
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """Only where a class is meant; a capitalised programme code needs no cue."""
        before = text[max(0, match.start() - 25) : match.start()]
        if _CLASS_BEFORE.search(before) or _CLASS_AFTER.match(_following(text, match.end())):
            return rule.score
        raw = match.group()
        if rule.name == "programme" and raw[:2].isupper() and re.search(r"\d{2}|[a-h]$", raw):
            return rule.score
        return None


# --- clubs ---------------------------------------------------------------------------

_TEAM = r"(?-i:[FPU])\s?-?(?:\d{2}|20\d{2})"
_CLUB_SUFFIX = r"(?-i:IF|IK|BK|FK|SK|FF|GIF|AIS|IBK|HK|HC|BBK|FBC|AIF|GoIF|BoIS|SS|IBF|FC)"
_CLUB_PREFIX = r"(?-i:IFK|IK|IF|BK|FK|SK|KFUM|KFUK|GIF|IBF|FC)"
_MEMBER = (
    r"\b(?:spelar|spelade|lirar|lirade|tränar|tränade|dansar|simmar|åker|är\s+med|var\s+med|"
    r"medlem)\s+(?:i|för|med)\s+"
)


class ClubRecognizer(RegexRecognizer):
    """A club with a team ("Hammarby F14"), a club form ("Skuru IK"), or joined.

    "spelar i Hammarby" names the writer's club; "Hammarby vann" does not.
    """

    ENTITY = CLUB
    CONTEXT = ("laget", "klubben", "föreningen")
    RULES = (
        Rule(
            "club and team",
            re.compile(
                rf"(?<![\p{{L}}\d])(?P<club>(?-i:{_WORD}|[\p{{Lu}}]{{2,5}})"
                rf"(?:\s+(?-i:{_WORD}|[\p{{Lu}}]{{2,5}})){{0,2}}\s+{_TEAM})(?![\w])",
                _FLAGS,
            ),
            0.8,
            "club",
        ),
        Rule(
            "joined club and team",
            re.compile(
                rf"{_MEMBER}(?P<club>\p{{L}}[\p{{L}}\-]*+(?:\s+\p{{L}}[\p{{L}}\-]*+)?\s+"
                rf"[FPUfpu]\s?-?(?:\d{{2}}|20\d{{2}}))(?![\w])",
                _CI,
            ),
            0.8,
            "club",
        ),
        Rule(
            "club form",
            re.compile(
                rf"(?<![\p{{L}}\d])(?P<club>(?-i:{_WORD})\s+{_CLUB_SUFFIX}"
                rf"|{_CLUB_PREFIX}\s+(?-i:{_WORD}))(?![\w])",
                _FLAGS,
            ),
            0.75,
            "club",
        ),
        Rule(
            "joined club",
            re.compile(
                rf"{_MEMBER}(?P<club>(?-i:{_WORD}|[\p{{Lu}}]{{2,5}})"
                rf"(?:\s+(?-i:{_WORD}))?)(?![\w])",
                _CI,
            ),
            0.7,
            "club",
        ),
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """Not a sentence word, a town or a person's name."""
        words = match.group("club").split()
        first = words[0]
        if is_common_word(first) or first.lower() in CITIES and len(words) == 1:
            return None
        if rule.name == "joined club" and (
            first.lower() in FIRST_NAMES or first.lower() in BRANDS or first.lower() in CITIES
        ):
            return None
        return rule.score
