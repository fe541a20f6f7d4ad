"""Recognizers for numbers: personnummer, phone, bank account, IBAN, card, plates.

Also the catch-all for long digit runs that no other recognizer explains.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

import phonenumbers
import regex as re
from phonenumbers import Leniency
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer import Pattern as PresidioPattern
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    PhoneRecognizer,
    SePersonnummerRecognizer,
)

from bot.scrub.lexicon import is_common_word
from bot.scrub.recognizers.common import (
    _CI,
    _FLAGS,
    BANK_ACCOUNT,
    LANGUAGE,
    LONG_NUMBER,
    PHONE,
    PLATE,
    RegexRecognizer,
    Rule,
    _following,
    _preceded_by,
    _result,
    digits_of,
    looks_like_date_or_time,
    luhn_ok,
)

_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:[ \u00a0.]\d{3})+(?:,\d+)?$")
_MONEY_AFTER = re.compile(
    r"^\s*(?:kr\b|kronor|kr\.|sek\b|:-|spänn|euro|eur\b|€|\$|dollar|usd\b|lax|papp)",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------
# Personnummer and samordningsnummer
# --------------------------------------------------------------------------


def valid_personnummer(text: str) -> bool:
    """Date (with samordningsnummer day+60) and Luhn check of a 10/12-digit id."""
    digits = digits_of(text)
    if len(digits) == 12:
        century, digits = digits[:2], digits[2:]
        if century not in ("18", "19", "20"):
            return False
        year = int(century + digits[:2])
    elif len(digits) == 10:
        year = 2000  # unknown century: a leap year, so 29 February passes
    else:
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if day > 60:  # samordningsnummer
        day -= 60
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return luhn_ok(digits)


class SwedishPersonnummerRecognizer(SePersonnummerRecognizer):
    """Presidio's SePersonnummerRecognizer with a real calendar check.

    Presidio 2.2.366 already handles +/- and samordningsnummer, but accepts
    31 February and 7-digit date parts. A plain 10-digit run that is also a
    valid Swedish mobile number ("0701234567") is scored below the phone
    recognizer unless a personnummer word is near, so it is labelled a phone.
    """

    PATTERNS = [
        PresidioPattern(
            "personnummer (10 or 12 digits)",
            r"(?<![\d+\-])(?:\d{8}|\d{6})[-+ ]?\d{4}(?![\d\-])",
            0.5,
        )
    ]
    CONTEXT = [
        "personnummer",
        "personnr",
        "pnr",
        "persnr",
        "samordningsnummer",
        "födelsenummer",
        "personummer",
    ]
    _CONTEXT_RE = re.compile(
        r"pers(?:on)?\s*n|pnr|samordning|födelse|född|id-?nummer|bankid", re.IGNORECASE
    )

    def __init__(self) -> None:
        super().__init__(
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=LANGUAGE,
            name="SwedishPersonnummerRecognizer",
        )

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """Calendar date and Luhn, see `valid_personnummer`."""
        return valid_personnummer(pattern_text)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Optional[NlpArtifacts] = None,
        regex_flags: Optional[int] = None,
    ) -> list[RecognizerResult]:
        """Match, then yield to the phone label for bare mobile-shaped runs."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            raw = text[result.start : result.end]
            if (
                raw.isdigit()
                and len(raw) == 10
                and raw.startswith("07")
                and not _preceded_by(text, result.start, self._CONTEXT_RE)
            ):
                result.score = 0.6
        return results


# --------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------


class SwedishPhoneRecognizer(PhoneRecognizer):
    """Presidio's phone recognizer, Swedish first and lenient.

    `phonenumbers` parses Swedish national formats with region SE and every
    international number written with + or 00, whatever the region. Leniency
    POSSIBLE also catches numbers with a wrong digit; such a match is kept only
    if it starts like a phone number (0, +) and is not a date or time range.
    Public service numbers are removed by the scrubber's allow-list.
    """

    CONTEXT = [
        "telefon",
        "telefonnummer",
        "tel",
        "tfn",
        "mobil",
        "mobilnummer",
        "nummer",
        "numret",
        "nr",
        "ring",
        "ringa",
        "sms",
        "smsa",
        "swish",
        "swisha",
        "whatsapp",
    ]
    MIN_DIGITS = 7
    VALID_SCORE = 0.8
    POSSIBLE_SCORE = 0.6

    def __init__(self) -> None:
        super().__init__(
            context=self.CONTEXT,
            supported_language=LANGUAGE,
            supported_regions=("SE",),
            leniency=Leniency.POSSIBLE,
            name="SwedishPhoneRecognizer",
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Optional[NlpArtifacts] = None,
    ) -> list[RecognizerResult]:
        """Phone numbers with at least seven digits."""
        results: list[RecognizerResult] = []
        for region in self.supported_regions:
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=self.leniency):
                raw = match.raw_string
                if len(digits_of(raw)) < self.MIN_DIGITS or looks_like_date_or_time(raw):
                    continue
                if phonenumbers.is_valid_number(match.number):
                    score = self.VALID_SCORE
                elif raw.lstrip("(").startswith(("0", "+")):
                    score = self.POSSIBLE_SCORE
                else:
                    continue
                results.append(_result(self, PHONE, match.start, match.end, score))
        return EntityRecognizer.remove_duplicates(results)


# --------------------------------------------------------------------------
# Reused generic recognizers, made Swedish
# --------------------------------------------------------------------------


def iban_recognizer() -> IbanRecognizer:
    """IBAN with checksum (SE45 5000 0000 0583 9825 7466)."""
    return IbanRecognizer(
        context=["iban", "konto", "kontonummer", "bank", "bankkonto"],
        supported_language=LANGUAGE,
        regex_flags=re.DOTALL | re.MULTILINE | re.IGNORECASE,
    )


def card_recognizer() -> CreditCardRecognizer:
    """Payment card numbers, validated by Luhn."""
    return CreditCardRecognizer(
        context=["kort", "kortnummer", "bankkort", "kreditkort", "visa", "mastercard", "amex"],
        supported_language=LANGUAGE,
    )


# --- registration plates -----------------------------------------------------

# Swedish plates never use I, Q, V, Å, Ä, Ö; the last character may be a letter.
_PLATE_LETTER = "[A-HJ-PR-UW-Z]"
_PLATE_STOP = r"(?!\s*(?:kr\b|kronor|sek\b|:-|spänn|st\b|%|år\b|gånger|dagar|timmar|km|mil\b))"
_PLATE_NOT = (
    r"(?!(?:SEK|EUR|USD|NOK|DKK|GBP|CHF|KAST|UMO|BRIS|och|som|han|hon|men|med|kan|har|"
    r"ska|nog|den|det|jag|var|tar|får|ger|min|mig|dom|gav|fan|lol|omg|typ)\b)"
)


class RegistrationPlateRecognizer(RegexRecognizer):
    """Swedish registration plates: "ABC 123", "ABC 12A".

    Upper case anywhere; lower case only after a vehicle word ("regnr abc 123",
    "bilen hade skylt abc123"), since "och 150" has the same shape.
    """

    ENTITY = PLATE
    CONTEXT = ("regnr", "registreringsnummer", "skylt", "nummerplåt", "bil", "bilen")
    RULES = (
        Rule(
            "upper-case plate",
            re.compile(
                rf"(?<![\wåäö]){_PLATE_NOT}(?-i:{_PLATE_LETTER}{{3}})\s?\d{{2}}"
                rf"(?-i:[0-9A-HJ-PR-UW-Z])(?![\wåäö]){_PLATE_STOP}",
                _FLAGS,
            ),
            0.7,
        ),
        # The vehicle word is matched, not looked behind for: a variable-length
        # lookbehind at every position cost more than all other rules together.
        Rule(
            "plate after a vehicle word",
            re.compile(
                r"\b(?:regnr|reg\.?\s*nr|reg|registreringsnummer|registreringsnumret|"
                r"registreringsskylt(?:en)?|skylt(?:en)?|nummerplåt(?:en)?|plåt(?:en)?|bil(?:en)?|"
                r"bilnummer|bilnumret|volvo|saab|bmw|audi|mercan?|merca|tesla|taxi|van|bilen\s+hade)"
                r"\b[^.\n]{0,25}?"
                rf"(?<![\wåäö])(?P<plate>{_PLATE_NOT}{_PLATE_LETTER}{{3}}\s?\d{{2}}"
                rf"[0-9A-HJ-PR-UW-Z])(?![\wåäö]){_PLATE_STOP}",
                _CI,
            ),
            0.8,
            "plate",
        ),
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """In a shouted message "HAR 100" is a word and a number, not a plate."""
        if is_common_word(match.group(rule.group)[:3]):
            return None
        return rule.score


# --- bank accounts -------------------------------------------------------------

_BANK_CONTEXT = re.compile(
    r"konto|clearing|bank|swedbank|nordea|handelsbanken|seb\b|icabanken|danske|"
    r"länsförsäkringar|sparbank|skandia|avanza|lön|insättning|sätt\s+in|föra\s+över|överför",
    re.IGNORECASE,
)


class BankAccountRecognizer(RegexRecognizer):
    """Swedish bank account: clearing number (4 digits, Swedbank 4+1) and account.

    "8327-9 123 456 789-1", "6000-123 456 789", "5000 12 345 67",
    "3300-800101-1234" (Nordea personkonto). After a word such as
    "kontonummer" any run of 7+ digits counts.
    """

    ENTITY = BANK_ACCOUNT
    CONTEXT = ("konto", "kontonummer", "clearing", "clearingnummer", "bankkonto", "bank")
    RULES = (
        Rule(
            "clearing and account",
            re.compile(
                r"(?<![\d+\-.,])[1-9]\d{3}(?:-\d)?(?:\s*[-,]\s*|\s+)\d(?:[\s\-]?\d){5,11}(?![\d])",
                _CI,
            ),
            0.6,
        ),
        Rule(
            "after an account word",
            re.compile(
                r"(?<=\b(?:kontonummer|kontonumret|kontonr|konto|kontot|bankkonto|"
                r"clearing(?:nummer|nr)?|clearing\s*nr)\.?\s*(?::|är|e|ä|nr)?\s*)"
                r"\d(?:[\s\-]?\d){6,18}(?!\d)",
                _CI,
            ),
            0.85,
        ),
    )
    _YEAR_GROUPS = re.compile(r"^(?:(?:19|20)\d{2}[\s\-]*)+$")

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """Not a list of years, not money; a bank word nearby raises the score."""
        raw = match.group(0)
        if self._YEAR_GROUPS.match(raw) or _MONEY_AFTER.match(_following(text, match.end())):
            return None
        if rule.name == "clearing and account" and _preceded_by(
            text, match.start(), _BANK_CONTEXT, 60
        ):
            return 0.85
        return rule.score


# --- catch-all for long digit runs ---------------------------------------------


class LongNumberRecognizer(RegexRecognizer):
    """Any run of eight or more digits that no other recognizer explains.

    A mistyped personnummer, an account or membership number, a phone number
    in an odd format: in this chat a long number is almost always someone's.
    Dates, year and time ranges, and sums of money ("1 000 000 kr") are kept.
    """

    ENTITY = LONG_NUMBER
    RULES = (
        Rule(
            "eight or more digits",
            re.compile(r"(?<![\w+])\+?\d(?:[ \t./\-]?\d){7,}+(?![\wåäö])", _CI),
            0.55,
        ),
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """Skip dates, ranges and money."""
        raw = match.group(0)
        if looks_like_date_or_time(raw) or _MONEY_AFTER.match(_following(text, match.end())):
            return None
        if _THOUSANDS.match(raw):
            return None
        return rule.score
