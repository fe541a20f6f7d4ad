"""Recognizers for places where someone lives: street address and postnummer."""

from __future__ import annotations

from typing import Optional

import regex as re

from bot.scrub.lexicon import CITIES
from bot.scrub.recognizers.common import _CI, _WORD, ADDRESS, POSTNUMMER, RegexRecognizer, Rule

# --- street addresses --------------------------------------------------------

_STREET_SUFFIX = (
    r"(?:gatan|gata|vägen|vagen|väg|vag|gränden|gränd|grand|stigen|backen|backe|torget|"
    r"torg|platsen|allén|allé|alle|leden|stråket|kajen|stranden|strand|slingan|"
    r"ringen|liden|vallen|gången|promenaden|esplanaden|hagen|parken)"
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
_NOT_A_COUNT = (
    r"(?!\s*(?:dagar|dag|gånger|gång|ggr|år|månader|veckor|timmar|tim|minuter|kr|"
    r"kronor|st\b|stycken|personer|pers|män|killar|tjejer|%|procent))"
)


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
            "street after 'bor på'",
            re.compile(
                rf"(?<=\b(?:bor|bodde|bott|bo|adress(?:en)?\s+är)\s+(?:på|vid|i)?\s*)"
                rf"(?:{_STREET_NAME})(?![\wåäö])",
                _CI,
            ),
            0.7,
        ),
    )


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
            "after 'bor i'",
            re.compile(rf"(?<=\b(?:bor|bodde)\s+(?:i|på)\s+){_POSTNR}(?!\d)", _CI),
            0.7,
        ),
    )
    _NOT_TOWNS = frozenset({"kr", "kronor", "sek", "st", "år", "jag", "och", "men"})

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """Reject '500 00 Kronor' and similar: the following word must be a town."""
        if rule.name != "before a town":
            return rule.score
        following = re.match(r",?\s+(\w+)", text[match.end() :])
        if following and following.group(1).lower() in self._NOT_TOWNS:
            return None
        return rule.score
