"""Recognizers for places where someone lives: street address and postnummer."""

from __future__ import annotations

from typing import Optional

import regex as re

from bot.scrub.frequency import ORDINARY_ZIPF, is_ordinary_word, zipf
from bot.scrub.lexicon import CITIES, is_common_word
from bot.scrub.recognizers.common import (
    _CI,
    _WORD,
    ADDRESS,
    POSTNUMMER,
    RegexRecognizer,
    Rule,
    _following,
)

# --- street addresses --------------------------------------------------------

_STREET_SUFFIX = (
    r"(?:gatan|gata|vägen|vagen|väg|vag|gränden|gränd|grand|stigen|backen|backe|torget|"
    r"torg|platsen|allén|allé|alle|leden|stråket|kajen|stranden|strand|slingan|"
    r"ringen|liden|vallen|gången|promenaden|esplanaden|hagen|parken|kroken|gärdet|ängen|"
    r"höjden|lyckan|udden|kullen|terrassen)"
)
# "Storgatan", "Sankt Eriksgatan", "Olof Palmes gata", "S:t Göransgatan".
_STREET_NAME = (
    rf"(?:(?-i:(?:[A-ZÅÄÖ][a-zåäöé]+|S:t|St\.)\s+))?{_WORD}{{2,}}{_STREET_SUFFIX}"
    rf"|(?-i:(?:[A-ZÅÄÖ][a-zåäöé]+\s+)?[A-ZÅÄÖ][a-zåäöé]+s\s+"
    rf"(?:gata|väg|torg|plan|plats|gränd|allé|backe|park))"
)
_HOUSE_NUMBER = r"\d{1,4}(?:\s?[a-hA-H](?![\wåäö]))?(?:-\d{1,4})?"
_FLAT = (
    r"(?:\s*,?\s*(?:lgh|lägenhet|lägenhetsnummer|lgh\.?\s*nr|lgnr)\.?\s*(?:nr\.?\s*)?\d{3,4}"
    r"|\s*,?\s*(?:\d\s*tr\b|vån(?:ing)?\.?\s*\d{1,2}|uppgång\s+[a-h]\b|port\s*\d+))*"
)
_CITY = (
    r"(?:(?-i:[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?)|"
    + "|".join(sorted(CITIES, key=len, reverse=True))
    + r")\b"
)
_POSTNR = r"[1-9]\d{2}\s?\d{2}"
_COUNT_WORDS = (
    r"(?:dagar|dag|gånger|gång|ggr|år|månader|månad|veckor|vecka|timmar|timme|tim|minuter|"
    r"min\b|nätter|natt|kr|kronor|st\b|stycken|personer|pers|män|killar|tjejer|%|procent)"
)
_NOT_A_COUNT = rf"(?!\s*{_COUNT_WORDS})"


# Words after which a place name and a number are an address: "jag bor på
# Tallkroken 7", "adressen är ...", "kom hem till mig på ...".
_ADDRESS_CUE = (
    r"\b(?:bor|bodde|bott|bo|bor\s+kvar|adress(?:en)?|gatuadress(?:en)?|hemadress(?:en)?"
    r"|hem\s+till\s+(?:mig|honom|henne|hen|oss|dom|dem)|hämta\s+(?:mig|oss)|möt\s+mig"
    r"|(?:kom|komma|åk|åka)\s+till)"
    r"\s*+(?::|är|e|ä)?\s*+,?\s*+(?:(?:på|vid|i|utanför|nära)\s++)?"
)
_PLACE_WORD = r"[\p{L}][\p{L}\-]{2,}+"


def _street_word_ok(word: str) -> bool:
    """A street name, not "plan 3", "rum 12" or a town: rare, or a capitalised non-word."""
    lower = word.lower()
    if is_common_word(lower) or lower in CITIES:
        return False
    return zipf(lower) < ORDINARY_ZIPF


_MONEY_OR_COUNT = re.compile(rf"\s*(?:{_COUNT_WORDS}|sek\b|:-|spänn)", re.IGNORECASE)


class SwedishAddressRecognizer(RegexRecognizer):
    """Street address: street + number (+ flat, + postnummer and town).

    "Storgatan 12", "Kungsvägen 3B", "Sveavägen 44 lgh 1102",
    "Drottninggatan 5, 111 51 Stockholm"; also a street without a number after
    "bor på" ("jag bor på Storgatan"). Case-insensitive for chat writing.
    """

    ENTITY = ADDRESS
    CONTEXT = ("adress", "bor", "gatuadress", "hemadress")
    RULES = (
        Rule(
            "street and number",
            re.compile(
                rf"(?<![\wåäö])(?:{_STREET_NAME})\s+{_HOUSE_NUMBER}(?!\d){_NOT_A_COUNT}{_FLAT}"
                rf"(?:\s*,?\s*{_POSTNR}(?!\d)(?:\s+{_CITY})?)?",
                _CI,
            ),
            0.85,
        ),
        Rule(
            "place and number after an address cue",
            re.compile(
                rf"{_ADDRESS_CUE}(?P<address>(?P<street>{_PLACE_WORD})\s+{_HOUSE_NUMBER}(?!\d)"
                rf"{_NOT_A_COUNT}{_FLAT}(?:\s*,?\s*{_POSTNR}(?!\d)(?:\s+{_CITY})?)?)",
                _CI,
            ),
            0.8,
            "address",
        ),
        Rule(
            "street after 'bor på'",
            re.compile(
                rf"(?<=\b(?:bor|bodde|bott|bo|adress(?:en)?\s+är)\s+(?:på|vid|i)?\s*)"
                rf"(?:{_STREET_NAME})(?![\wåäö])",
                _CI,
            ),
            0.7,
        ),
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """After a cue, the place word must be no ordinary word or town."""
        if rule.name == "place and number after an address cue":
            return rule.score if _street_word_ok(match.group("street")) else None
        return rule.score


class PostnummerRecognizer(RegexRecognizer):
    """Five-digit postnummer ("111 51", "11151") next to a town or the word postnummer.

    A bare five-digit number is too often something else, so the context is
    required: a following town name, "postnummer"/"postnr" or "bor i" before it.
    """

    ENTITY = POSTNUMMER
    CONTEXT = ("postnummer", "postnr", "postkod")
    RULES = (
        Rule(
            "after the word postnummer",
            re.compile(
                rf"(?<=\b(?:postnummer|postnumret|postnr|post\s*nr|postkod|postadress)\.?"
                rf"\s*(?::|är|e|ä)?\s*){_POSTNR}(?!\d)",
                _CI,
            ),
            0.9,
        ),
        Rule(
            "before a town",
            re.compile(
                rf"(?<![\d+][\s\-.]?)({_POSTNR})(?!\d)"
                rf"(?=,?\s+{_CITY})",
                _CI,
            ),
            0.75,
            1,
        ),
        Rule(
            "after a town",
            re.compile(
                rf"(?<![\p{{L}}])(?P<town>(?-i:[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?)|"
                rf"{'|'.join(sorted(CITIES, key=len, reverse=True))})\s*+,?\s*+"
                rf"(?P<postnr>{_POSTNR})(?![\d]|[\s\-]\d)",
                _CI,
            ),
            0.75,
            "postnr",
        ),
        Rule(
            "after 'bor i'",
            re.compile(rf"(?<=\b(?:bor|bodde)\s+(?:i|på)\s+){_POSTNR}(?!\d)", _CI),
            0.7,
        ),
    )
    _NOT_TOWNS = frozenset({"kr", "kronor", "sek", "st", "år", "jag", "och", "men"})

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """Reject '500 00 Kronor' and similar: the following word must be a town."""
        if rule.name == "after a town":
            return self._after_town(text, match, rule)
        if rule.name != "before a town":
            return rule.score
        following = re.match(r",?\s+(\w+)", _following(text, match.end()))
        if following and following.group(1).lower() in self._NOT_TOWNS:
            return None
        return rule.score

    def _after_town(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """ "Stockholm 111 51", "Malmö, 21145": a town (listed, or capitalised and
        written "123 45") before five digits that are no sum or count."""
        town = match.group("town")
        if _MONEY_OR_COUNT.match(_following(text, match.end())):
            return None
        if town.lower() in CITIES:
            return rule.score
        if is_common_word(town.split()[0]):
            return None
        if " " in match.group("postnr"):
            return rule.score
        return None if is_ordinary_word(town) else rule.score
