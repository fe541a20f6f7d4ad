"""Presidio recognizers for the identifiers people write in Swedish chat.

Presidio ships the generic ones (e-mail, IP, IBAN, credit card, phone via
`phonenumbers`) and two Swedish ones (personnummer, organisationsnummer). This
module reuses them where they fit, makes them Swedish and offline, and adds
what is missing: Swedish street addresses, postnummer, social-media handles,
registration plates, bank accounts, a catch-all for long digit runs, and three
ways to find names besides the NER model: after a cue ("jag heter sara"),
from a list of first names, and (optionally) any unexplained capitalised word
inside a sentence.

Every recognizer here is deterministic and offline. Scores are chosen against
the scrubber's threshold (`SCORE_THRESHOLD`): a recognizer that should always
redact returns a score at or above it without needing Presidio's lemma-based
context enhancer, because the local spaCy pipeline may have no lemmatizer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Optional

import phonenumbers
import regex as re
import tldextract
from phonenumbers import Leniency
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    LocalRecognizer,
    RecognizerResult,
)
from presidio_analyzer import Pattern as PresidioPattern
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    SePersonnummerRecognizer,
)

from bot.scrub.lexicon import (
    CITIES,
    NAME_FILLERS,
    SERVICE_NAMES,
    SURNAME_SUFFIXES,
    is_common_word,
)
from bot.scrub.names import CAPITALISED_ONLY, FIRST_NAMES, LOWER_CASE_IN_NAME_POSITION

LANGUAGE = "sv"
# A finding at or above this score is redacted.
SCORE_THRESHOLD = 0.5

# Entity types (Presidio's names where Presidio has one).
PERSONNUMMER = "SE_PERSONNUMMER"
PHONE = "PHONE_NUMBER"
EMAIL = "EMAIL_ADDRESS"
IP_ADDRESS = "IP_ADDRESS"
ADDRESS = "SE_ADDRESS"
POSTNUMMER = "SE_POSTNUMMER"
HANDLE = "SOCIAL_HANDLE"
PLATE = "SE_REGISTRATION_PLATE"
BANK_ACCOUNT = "SE_BANK_ACCOUNT"
IBAN = "IBAN_CODE"
CARD = "CREDIT_CARD"
PERSON = "PERSON"
LONG_NUMBER = "LONG_NUMBER"

# Presidio compiles with IGNORECASE by default; rules that depend on case say so.
_FLAGS = re.UNICODE | re.MULTILINE
_CI = _FLAGS | re.IGNORECASE

_WORD = r"[^\W\d_]"  # one letter, any alphabet (å, ä, ö, é ...)


def digits_of(text: str) -> str:
    """The digits of `text` (for comparing numbers written differently)."""
    return "".join(ch for ch in text if ch.isdigit())


_DATE_OR_TIME = re.compile(
    r"""^(?:
        (?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])       # 2024-01-15
      | (?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)?\d{2}     # 15/01/2024
      | (?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}                                  # 2019-2024
      | (?:[01]?\d|2[0-3])[.:][0-5]\d\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d      # 12.30-14.00
    )$""",
    re.VERBOSE,
)
_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:[ \u00a0.]\d{3})+(?:,\d+)?$")
_MONEY_AFTER = re.compile(
    r"^\s*(?:kr\b|kronor|kr\.|sek\b|:-|spänn|euro|eur\b|€|\$|dollar|usd\b|lax|papp)",
    re.IGNORECASE,
)


def looks_like_date_or_time(text: str) -> bool:
    """Dates, year and time ranges are digit runs that identify no one."""
    return bool(_DATE_OR_TIME.match(text.strip()))


def _preceded_by(text: str, start: int, pattern: re.Pattern[str], window: int = 40) -> bool:
    """True if `pattern` matches in the `window` characters before `start`."""
    return bool(pattern.search(text[max(0, start - window) : start]))


def _result(
    recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float
) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        # Presidio's context enhancer writes into the explanation.
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, textual_explanation=entity
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


# --------------------------------------------------------------------------
# Personnummer and samordningsnummer
# --------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    """Luhn check over all of `digits` (personnummer: the last ten)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


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
# E-mail
# --------------------------------------------------------------------------

_MAIL_PROVIDERS = (
    "gmail|googlemail|hotmail|outlook|live|msn|icloud|me|yahoo|protonmail|proton|"
    "telia|spray|bredband|comhem|tele2|yandex|mail|gmx|aol"
)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's EmailRecognizer without network access.

    The stock `validate_result` calls `tldextract.extract`, which fetches the
    public suffix list on first use. This one uses the snapshot bundled with
    tldextract and no disk cache. An address with an unknown or misspelt
    top-level domain ("sara@gmail.con") is still redacted, at a lower score:
    a typo does not make it less identifying. Also catches addresses written
    without a domain ending ("sara@hotmail") or spelled out ("sara at gmail
    dot com", "sara snabel-a gmail punkt com").
    """

    PATTERNS = [
        *EmailRecognizer.PATTERNS,
        PresidioPattern(
            "E-mail at a known provider without domain ending",
            rf"(?<![\w.+\-@])[\w.+\-]*\w@(?:{_MAIL_PROVIDERS})\b(?!\.\w)",
            0.6,
        ),
        PresidioPattern(
            "E-mail spelled out",
            r"(?<![\w.+\-])\w[\w.+\-]*(?:\s+(?:punkt|dot)\s+[\w+\-]+)*"
            r"\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+|\s*snabel-?a\s*)\s*"
            r"[\w\-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+|\s+punkt\s+)\s*[\w\-]+)+",
            0.6,
        ),
    ]
    CONTEXT = ["e-post", "epost", "mejl", "mejla", "mail", "maila", "email", "adress"]
    UNKNOWN_TLD_SCORE = 0.55

    def __init__(self, extractor: Optional[tldextract.TLDExtract] = None) -> None:
        # No URL to fetch, no cache directory: the bundled snapshot only.
        self._extract = extractor or tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        super().__init__(
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=LANGUAGE,
            name="OfflineEmailRecognizer",
        )

    @staticmethod
    def normalise(text: str) -> str:
        """Turn a spelled-out address back into local@domain.tld."""
        out = re.sub(r"\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+|snabel-?a)\s*", "@", text, count=1)
        out = re.sub(r"\s*(?:\(dot\)|\[dot\]|\s+dot\s+|\s+punkt\s+)\s*", ".", out)
        return re.sub(r"\s+", "", out)

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """Known suffix or provider: certain. Otherwise keep the pattern's score."""
        address = self.normalise(pattern_text)
        if address.count("@") != 1:
            return False
        local, domain = address.split("@")
        if not local or not domain:
            return False
        if re.fullmatch(rf"(?:{_MAIL_PROVIDERS})", domain, flags=re.IGNORECASE):
            return True
        if self._extract(domain).fqdn:
            return True
        spelled_out = "@" not in pattern_text
        # A spelled-out address needs a real suffix: "vi ses at home dot ..." is prose.
        return False if spelled_out else None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Optional[NlpArtifacts] = None,
        regex_flags: Optional[int] = None,
    ) -> list[RecognizerResult]:
        """Like Presidio's, with unknown-suffix matches kept at a lower score."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if result.score < 1.0:
                result.score = max(result.score, self.UNKNOWN_TLD_SCORE)
        return results


# --------------------------------------------------------------------------
# Reused generic recognizers, made Swedish
# --------------------------------------------------------------------------


def ip_recognizer() -> IpRecognizer:
    """IPv4/IPv6, validated by `ipaddress`; Swedish context words."""
    return IpRecognizer(
        context=["ip", "ip-adress", "ipadress", "ipv4", "ipv6", "adress"],
        supported_language=LANGUAGE,
    )


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


# --------------------------------------------------------------------------
# Regex recognizers with access to the whole text
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One regex of a `RegexRecognizer`; `group` selects the span to redact."""

    name: str
    pattern: re.Pattern[str]
    score: float
    group: int | str = 0


class RegexRecognizer(LocalRecognizer):
    """A Presidio recognizer whose rules see the whole text around a match.

    Presidio's PatternRecognizer validates only the matched text; names,
    handles and postnummer need the words around them to be told apart from
    ordinary words, so subclasses may override `score_match`.
    """

    ENTITY: str = ""
    RULES: Sequence[Rule] = ()
    CONTEXT: Sequence[str] = ()

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=LANGUAGE,
            context=list(self.CONTEXT),
            name=type(self).__name__,
        )

    def load(self) -> None:
        """Nothing to load: the rules are compiled at class creation."""

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """The score of one match, or None to drop it."""
        return rule.score

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """(start, end, score) of every accepted match."""
        for rule in self.RULES:
            for match in rule.pattern.finditer(text):
                start, end = match.span(rule.group)
                if start < 0 or start == end:
                    continue
                score = self.score_match(text, match, rule)
                if score is not None and score > 0:
                    yield start, end, score

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Optional[NlpArtifacts] = None,
    ) -> list[RecognizerResult]:
        """Run every rule; overlapping matches of one entity are deduplicated."""
        if entities and self.ENTITY not in entities:
            return []
        results = [
            _result(self, self.ENTITY, s, e, score)
            for s, e, score in self.spans(text, nlp_artifacts)
        ]
        return EntityRecognizer.remove_duplicates(results)


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


# --- social media handles ----------------------------------------------------

_PLATFORM = (
    r"(?:snap(?:chat)?|snapen|snappen|insta(?:gram)?|instan|ig|kik|tiktok|tiktoken|telegram|"
    r"discord|twitter|wickr|reddit|tinder|twitch|threads|facebook|fb|messenger|skype|"
    r"steam|xbox|psn|bumble|grindr|badoo|onlyfans|fansly|signal|viber|vsco|"
    r"pinterest|tumblr|youtube|spotify|roblox|fortnite)"
)
# No length limit: a cut-off handle would leave its tail in the text.
_HANDLE = r"@?\w(?:[\w.\-]*\w)?"


class SocialHandleRecognizer(RegexRecognizer):
    """User names on social media: "@namn", "snap: namn", "min insta är x".

    After a platform word, a candidate that is an ordinary Swedish word
    ("min snap är hackad", "snap sen") is not a handle. With only a space
    after the platform ("insta sarak") any other word is still taken, at a
    lower score: a missed handle identifies someone, a redacted word only
    costs the bot some understanding. Profile links (instagram.com/namn) are
    handles too.
    """

    BARE_WORD_SCORE = 0.6

    ENTITY = HANDLE
    CONTEXT = ("snap", "snapchat", "insta", "instagram", "kik", "tiktok", "användarnamn")
    RULES = (
        Rule(
            "at-handle",
            re.compile(r"(?<![\w@.+\-])@\w(?:[\w.]*\w)?", _CI),
            0.85,
        ),
        Rule(
            "platform, separator, handle",
            re.compile(
                rf"\b(?P<platform>{_PLATFORM})(?P<sep>\s*[:=]\s*|\s+(?:(?:är|e|ä|heter|=)\s+"
                rf"|(?:namn|namnet|användarnamn)\s*(?:är|e|ä|:)?\s*)|\s+)(?P<handle>{_HANDLE})",
                _CI,
            ),
            0.8,
            "handle",
        ),
        Rule(
            "user name",
            re.compile(
                rf"\b(?:användarnamn(?:et)?|username|user|anv\.?namn)\s*(?::|är|e|ä|=)?\s*"
                rf"(?P<handle>{_HANDLE})",
                _CI,
            ),
            0.8,
            "handle",
        ),
        Rule(
            "profile link",
            re.compile(
                r"(?:https?://)?(?:www\.)?(?:instagram\.com|snapchat\.com/add|tiktok\.com/@?|"
                r"facebook\.com|fb\.com|twitter\.com|x\.com|onlyfans\.com|t\.me|kik\.me)"
                r"/@?[\w.\-]+",
                _CI,
            ),
            0.9,
        ),
    )
    _POSSESSIVE = re.compile(
        r"\b(?:min|mitt|hans|hennes|hens|deras|sin|adda|addar|lägg\s+till|följ|add)\s+"
        r"(?:mig\s+(?:på|i)\s+)?$",
        re.IGNORECASE,
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """Drop ordinary words after a platform word."""
        if "handle" not in (match.groupdict() or {}):
            return rule.score
        handle = match.group("handle").lstrip("@")
        if match.group("handle").startswith("@"):
            return rule.score
        if is_common_word(handle) or handle.isdigit() and len(handle) < 3:
            return None
        if rule.name != "platform, separator, handle":
            return rule.score
        looks_like_handle = bool(re.search(r"[\d_.]", handle))
        before = text[max(0, match.start() - 30) : match.start()]
        if looks_like_handle or self._POSSESSIVE.search(before):
            return rule.score
        separator = match.group("sep").strip().lower()
        if not separator:
            return self.BARE_WORD_SCORE
        if separator in {"är", "e", "ä"}:
            return None  # "snap är farligt": a statement about the app
        return rule.score


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
        Rule(
            "plate after a vehicle word",
            re.compile(
                r"(?<=\b(?:regnr|reg\.?\s*nr|reg|registreringsnummer|registreringsnumret|"
                r"registreringsskylt(?:en)?|skylt(?:en)?|nummerplåt(?:en)?|plåt(?:en)?|bil(?:en)?|"
                r"bilnummer|bilnumret|volvo|saab|bmw|audi|mercan?|merca|tesla|taxi|van|bilen\s+hade)"
                r"\b[^.\n]{0,25}?)"
                rf"(?<![\wåäö]){_PLATE_NOT}{_PLATE_LETTER}{{3}}\s?\d{{2}}[0-9A-HJ-PR-UW-Z]"
                rf"(?![\wåäö]){_PLATE_STOP}",
                _CI,
            ),
            0.8,
        ),
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """In a shouted message "HAR 100" is a word and a number, not a plate."""
        if is_common_word(match.group(0)[:3]):
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
        if self._YEAR_GROUPS.match(raw) or _MONEY_AFTER.match(text[match.end() :]):
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
        if looks_like_date_or_time(raw) or _MONEY_AFTER.match(text[match.end() :]):
            return None
        if _THOUSANDS.match(raw):
            return None
        return rule.score


# --- names after a cue ---------------------------------------------------------

_NAME_TOKEN = rf"{_WORD}+(?:[-']{_WORD}+)?"
_FILLERS = "|".join(sorted(NAME_FILLERS))
# Cues after which a lower-case word is a name ("jag heter sara").
_LOWER_OK_CUES = (
    r"(?:\b(?:jag|ja|jg|i|han|hon|hen|dom|de|som|killen|tjejen|mannen|kvinnan|kunden|"
    r"hallicken|pojkvännen|flickvännen|kompisen|vännen|personen|gubben|typen|snubben|"
    r"han\s+som|hon\s+som)\s+(?:heter|hette)"
    r"|\b(?:min|mitt|mina|hans|hennes|hens|vår|deras)\s+\w+\s+(?:heter|hette)"
    r"|(?:^|[.!?\n]\s*)(?:heter|hette)"
    r"|\bmitt\s+namn\s+(?:är|e|ä|va|var)"
    r"|\bnamnet\s+(?:är|e|ä)"
    r"|\bkalla\s+mig(?:\s+för)?"
    r"|\b(?:kallas|kallar\s+(?:mig|sig)|kallar\s+(?:dom|de)\s+(?:mig|honom|henne))(?:\s+för)?"
    r"|\b(?:mvh|hälsningar|vänliga\s+hälsningar)"
    r")"
)
# Cues after which only a capitalised word is a name ("jag e Sara", not "jag e rädd").
_CAPITAL_CUES = (
    r"(?:\b(?:jag|ja|jg)\s+(?:är|e|ä|ar)"
    r"|\bdet\s+(?:är|e|ä)"
    r"|\b(?:heter|hette)"
    r"|\b(?:min|mitt|hans|hennes|vår)\s+(?:kompis|vän|väninna|bästis|bästa\s+vän|kille|tjej|"
    r"pojkvän|flickvän|sambo|partner|man|fru|mamma|pappa|bror|syster|lillebror|lillasyster|"
    r"storebror|storasyster|dotter|son|kusin|granne|chef|kollega|hallick|kund|lärare|"
    r"mentor|kurator|tränare|styvpappa|styvmamma|farbror|morbror|moster|faster)"
    r"|\b(?:kompisen|killen|tjejen|mannen|kunden|gubben)"
    r"|\b(?:hej|hejsan|tja|tjena|hallå)(?:\s+(?:det\s+(?:är|e)|jag\s+(?:är|e)))?"
    r")"
)


class NameCueRecognizer(RegexRecognizer):
    """First names (and surnames) after a cue such as "jag heter" or "min kompis".

    Lower-case names are taken only after "heter", "mitt namn är", "kalla mig"
    and signatures; after "jag e", "min kompis", "hej" the name must be
    capitalised, so "jag e rädd" and "jag e 15" stay. Fillers are skipped
    ("jag heter typ Sara"); an ordinary word ends the search ("jag heter inte").
    """

    ENTITY = PERSON
    CONTEXT = ("heter", "namn", "namnet", "kalla")
    _FIRST = rf"(?:(?:{_FILLERS})\s+)*(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})"
    RULES = (
        Rule("lower-case cue", re.compile(rf"{_LOWER_OK_CUES}\s*:?\s*{_FIRST}", _CI), 0.85, "name"),
        Rule("capital cue", re.compile(rf"{_CAPITAL_CUES}\s*,?\s+{_FIRST}", _CI), 0.7, "name"),
    )

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """Trim each candidate to its name tokens, or drop it."""
        for rule in self.RULES:
            for match in rule.pattern.finditer(text):
                start = match.start("name")
                tokens = [
                    (m.start() + start, m.end() + start, m.group())
                    for m in re.finditer(_NAME_TOKEN, match.group("name"))
                ]
                kept = self._name_tokens(tokens, capital_only=rule.name == "capital cue")
                if kept:
                    yield kept[0][0], kept[-1][1], rule.score

    @staticmethod
    def _name_tokens(
        tokens: list[tuple[int, int, str]], capital_only: bool
    ) -> list[tuple[int, int, str]]:
        kept: list[tuple[int, int, str]] = []
        for i, (start, end, word) in enumerate(tokens):
            capital = word[0].isupper()
            if is_common_word(word) or len(word) < 2:
                break
            if capital_only and word.lower() in SERVICE_NAMES:
                break
            if i == 0:
                if capital_only and not capital:
                    break
            elif not (capital or word.lower().endswith(SURNAME_SUFFIXES)):
                break
            kept.append((start, end, word))
        return kept


# --- known first names anywhere ----------------------------------------------------

_WORD_TOKEN = re.compile(rf"(?<![\w@]){_NAME_TOKEN}(?![\w@])")
# Where a lower-case name typically stands in chat: at the start of the message
# or after "med", "och" ("o"), "till", "från", "hos", "åt", "att".
_NAME_POSITION = re.compile(r"\b(?:med|och|o|till|från|hos|åt|att)\s+$", re.IGNORECASE)


class FirstNameRecognizer(RegexRecognizer):
    """A first name from `bot.scrub.names` anywhere, with a surname after it.

    "Emma sa att det var okej", "jag och lisa brukar ses": no cue, and the
    NER model misses many such names in chat. A following capitalised word
    (or a lower-case one with a surname ending) is taken as the surname.
    Names that are also words ("Grace") count in lower case only where a
    name typically stands ("jag bor hos grace"), and only some of them.
    """

    ENTITY = PERSON
    SCORE = 0.7

    @staticmethod
    def _is_first_name(word: str, in_name_position: bool = False) -> bool:
        lower = word.lower()
        # "jan-erik" is listed whole; "anna-karin" is two listed names.
        parts = [lower] if lower in FIRST_NAMES else lower.split("-")
        if not all(p in FIRST_NAMES and not is_common_word(p) for p in parts):
            return False
        if word[0].isupper():
            return True
        return all(
            p not in CAPITALISED_ONLY or (in_name_position and p in LOWER_CASE_IN_NAME_POSITION)
            for p in parts
        )

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """Each known first name, extended by one surname-like word."""
        tokens = list(_WORD_TOKEN.finditer(text))
        for i, token in enumerate(tokens):
            before = text[max(0, token.start() - 12) : token.start()]
            in_position = i == 0 or bool(_NAME_POSITION.search(before))
            if not self._is_first_name(token.group(), in_position):
                continue
            end = token.end()
            if i + 1 < len(tokens):
                following = tokens[i + 1]
                word = following.group()
                adjacent = text[end : following.start()].strip() == ""
                surname_like = word[0].isupper() or word.lower().endswith(SURNAME_SUFFIXES)
                if adjacent and surname_like and not is_common_word(word):
                    end = following.end()
            yield token.start(), end, self.SCORE


# --- unknown capitalised words mid-sentence ------------------------------------------

_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"(]|\s-)\s*$")
# "på Plattan", "i Rinkeby", "vid Centralen": after these, a capitalised word is a place.
_PLACE_PREPOSITION = re.compile(r"\b(?:på|i|vid|utanför|nära|via|mot|över)\s+$", re.IGNORECASE)
# Endings of place, organisation and language words: "Ungdomsmottagningen", "Arabiska".
_NOT_NAME_SUFFIXES = (
    "gatan",
    "vägen",
    "torget",
    "platsen",
    "mottagningen",
    "mottagning",
    "jouren",
    "centralen",
    "bolaget",
    "verket",
    "kliniken",
    "sjukhuset",
    "skolan",
    "gymnasiet",
    "kommun",
    "kommunen",
    "staden",
    "landet",
    "huset",
    "parken",
    "stationen",
    "iska",
    "ska",
    "ensk",
    "ansk",
    "insk",
    "ländare",
    "bladet",
    "tidningen",
    "appen",
    "banken",
    "daters",
    "dating",
    "dejting",
)
_BRANDS = frozenset(
    """
    flashback aftonbladet expressen mcdonalds burger king max scandic clarion hilton
    elite ica coop hemköp willys lidl systembolaget sl pressbyrån seven-eleven
    google apple iphone android samsung tiktok youtube netflix spotify whatsapp viber
    feeld tinder grindr bumble badoo hinge sugardaters seeking happypancake
    plattan centralen ramadan jul påsk eid volvo bmw audi tesla saab uber bolt
    """.split()
)


class CapitalisedWordRecognizer(RegexRecognizer):
    """A capitalised word inside a sentence that nothing else explains.

    Names of people from everywhere ("Najib", "Kristóf") are neither in the
    name list nor always found by the NER model. Inside a sentence, a
    capitalised word that is not an ordinary word, a town, a service, or a
    place or organisation according to the NER model is most likely a name.
    Sentence-initial and all-capital words are skipped.
    """

    ENTITY = PERSON
    SCORE = 0.55
    NON_PERSON_LABELS = frozenset({"LOC", "ORG", "MISC", "GPE", "LOCATION", "ORGANIZATION"})

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """Unexplained capitalised words, skipping the model's places and organisations."""
        places = [
            (e.start_char, e.end_char)
            for e in (nlp_artifacts.tokens.ents if nlp_artifacts and nlp_artifacts.tokens else ())
            if e.label_ in self.NON_PERSON_LABELS
        ]
        for token in _WORD_TOKEN.finditer(text):
            word = token.group()
            if not word[0].isupper() or word.isupper() or len(word) < 2:
                continue
            lower = word.lower()
            if (
                is_common_word(lower)
                or lower in SERVICE_NAMES
                or lower in CITIES
                or lower in _BRANDS
                or lower.endswith(_NOT_NAME_SUFFIXES)
            ):
                continue
            before = text[max(0, token.start() - 30) : token.start()]
            if _SENTENCE_START.search(text[: token.start()]) or _PLACE_PREPOSITION.search(before):
                continue
            start, end = token.span()
            if any(s < end and start < e for s, e in places):
                continue
            yield start, end, self.SCORE
