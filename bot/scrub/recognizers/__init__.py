"""Presidio recognizers for the identifiers people write in Swedish chat.

Presidio ships the generic ones (e-mail, IP, IBAN, credit card, phone via
`phonenumbers`) and two Swedish ones (personnummer, organisationsnummer). This
module reuses them where they fit, makes them Swedish and offline, and adds
what is missing: Swedish street addresses, postnummer, social-media handles,
links, registration plates, bank accounts, phone numbers written to get past
a pattern, schools, classes and clubs, a catch-all for long digit runs, and
three ways to find names besides the NER model: after a cue ("jag heter
sara"), from a list of first names, and (optionally) any unexplained
capitalised word inside a sentence.

Every recognizer here is deterministic and offline. Scores are chosen against
the scrubber's threshold (`SCORE_THRESHOLD`): a recognizer that should always
redact returns a score at or above it without needing Presidio's lemma-based
context enhancer, because the local spaCy pipeline may have no lemmatizer.

The recognizers live in modules by kind of identifier: `common` (language,
threshold, entity names, shared helpers and the `RegexRecognizer` base),
`numbers`, `phones`, `online`, `links`, `places`, `schools` and `people`;
`english` (addresses, postcodes) and `world` (names in English and the help
cards' languages) cover what people write in other languages.
Everything is re-exported here, so callers keep writing
`from bot.scrub import recognizers as rec`.
"""

from bot.scrub.recognizers.common import (
    ADDRESS,
    BANK_ACCOUNT,
    CARD,
    CLUB,
    EMAIL,
    HANDLE,
    IBAN,
    IP_ADDRESS,
    LANGUAGE,
    LINK,
    LONG_NUMBER,
    PERSON,
    PERSONNUMMER,
    PHONE,
    PLATE,
    POSTNUMMER,
    SCHOOL,
    SCHOOL_CLASS,
    SCORE_THRESHOLD,
    RegexRecognizer,
    Rule,
    digits_of,
    looks_like_date_or_time,
    luhn_ok,
)
from bot.scrub.recognizers.english import EnglishAddressRecognizer, PostcodeRecognizer
from bot.scrub.recognizers.links import LinkRecognizer
from bot.scrub.recognizers.numbers import (
    BankAccountRecognizer,
    LongNumberRecognizer,
    RegistrationPlateRecognizer,
    SwedishPersonnummerRecognizer,
    SwedishPhoneRecognizer,
    card_recognizer,
    iban_recognizer,
    valid_personnummer,
)
from bot.scrub.recognizers.online import (
    LooseEmailRecognizer,
    OfflineEmailRecognizer,
    SocialHandleRecognizer,
    ip_recognizer,
)
from bot.scrub.recognizers.people import (
    CapitalisedWordRecognizer,
    FirstNameRecognizer,
    NameCueRecognizer,
)
from bot.scrub.recognizers.phones import ObfuscatedPhoneRecognizer, SpelledPhoneRecognizer
from bot.scrub.recognizers.places import (
    PostnummerRecognizer,
    SwedishAddressRecognizer,
)
from bot.scrub.recognizers.schools import (
    ClubRecognizer,
    SchoolClassRecognizer,
    SchoolRecognizer,
)
from bot.scrub.recognizers.world import WorldNameCueRecognizer, WorldNameRecognizer

__all__ = [
    "ADDRESS",
    "BANK_ACCOUNT",
    "BankAccountRecognizer",
    "CARD",
    "CLUB",
    "CapitalisedWordRecognizer",
    "ClubRecognizer",
    "EMAIL",
    "EnglishAddressRecognizer",
    "FirstNameRecognizer",
    "HANDLE",
    "IBAN",
    "IP_ADDRESS",
    "LANGUAGE",
    "LINK",
    "LONG_NUMBER",
    "LinkRecognizer",
    "LongNumberRecognizer",
    "LooseEmailRecognizer",
    "NameCueRecognizer",
    "ObfuscatedPhoneRecognizer",
    "OfflineEmailRecognizer",
    "PERSON",
    "PERSONNUMMER",
    "PHONE",
    "PLATE",
    "POSTNUMMER",
    "PostcodeRecognizer",
    "PostnummerRecognizer",
    "RegexRecognizer",
    "RegistrationPlateRecognizer",
    "Rule",
    "SCHOOL",
    "SCHOOL_CLASS",
    "SCORE_THRESHOLD",
    "SchoolClassRecognizer",
    "SchoolRecognizer",
    "SocialHandleRecognizer",
    "SpelledPhoneRecognizer",
    "SwedishAddressRecognizer",
    "SwedishPersonnummerRecognizer",
    "SwedishPhoneRecognizer",
    "WorldNameCueRecognizer",
    "WorldNameRecognizer",
    "card_recognizer",
    "digits_of",
    "iban_recognizer",
    "ip_recognizer",
    "looks_like_date_or_time",
    "luhn_ok",
    "valid_personnummer",
]
