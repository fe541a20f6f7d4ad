"""The privacy scrubber: a table of Swedish, English and other-language messages,
generated identifiers that must never survive, the allow-list, and no network
access.

The `scrubber` fixture (conftest.py) is built once per session; building one
loads spaCy.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.scrub import recognizers as rec
from bot.scrub.frequency import is_ordinary_word
from bot.scrub.languages import cyrillic_forms, is_foreign_text
from bot.scrub.lexicon import common_words
from bot.scrub.names import CAPITALISED_ONLY, LOWER_CASE_IN_NAME_POSITION
from bot.scrub.names import FIRST_NAMES as LISTED_NAMES
from bot.scrub.nlp import blank_punctuation_runs
from bot.scrub.recognizers.phones import word_digits
from bot.scrub.scrubber import Scrubber, national_digits, normalise
from bot.scrub.world_names import (
    ARABIC_NAMES,
    ARABIC_WORD_NAMES,
    CYRILLIC_NAMES,
    CYRILLIC_WORD_NAMES,
    ENGLISH_NAMES,
    ENGLISH_WORD_NAMES,
)
from tests.gateway.conftest import SV_NER
from tests.gateway.scrub_cases import CASES, Case

REPO_ROOT = Path(__file__).resolve().parents[2]
# No example database on disk (it would land in the work tree), no deadline
# (the first examples may meet a cold cache).
PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
)


# --- the table -----------------------------------------------------------------


def _case_id(c: Case) -> str:
    return c.text[:40]


@pytest.mark.parametrize("c", CASES, ids=_case_id)
def test_table(c: Case, scrubber) -> None:
    result = scrubber.scrub(c.text)
    assert result.text == c.expected
    assert dict(result.counts) == dict(Counter(label for label, _ in c.identifiers))
    for _, identifier in c.identifiers:
        # As a whole word: "Mika" the person goes, "Mikamottagningen" stays.
        assert not re.search(rf"(?<!\w){re.escape(normalise(identifier))}(?!\w)", result.text)


def test_metrics_count_over_redaction_against_precision(scrubber) -> None:
    from bot.scrub.metrics import evaluate

    report = evaluate(
        scrubber,
        [
            Case("ring 0701234567", "", ()),  # annotated as holding nothing
            Case("min kille Mika slog mig", "", (("NAMN", "Mika"),)),
        ],
    )
    assert report.negatives_changed == ["ring 0701234567"]
    assert report.kinds["TELEFONNUMMER"].precision == 0.0
    assert report.kinds["NAMN"].recall == report.kinds["NAMN"].precision == 1.0


def test_table_is_large_and_covers_every_kind() -> None:
    assert len(CASES) >= 60
    labels = {label for c in CASES for label, _ in c.identifiers}
    assert labels >= {
        "PERSONNUMMER",
        "TELEFONNUMMER",
        "E-POST",
        "IP-ADRESS",
        "ADRESS",
        "POSTNUMMER",
        "ANVÄNDARNAMN",
        "REGISTRERINGSNUMMER",
        "KONTONUMMER",
        "KORTNUMMER",
        "NAMN",
        "LÄNK",
        "SKOLA",
        "KLASS",
        "FÖRENING",
    }
    assert sum(c.is_negative for c in CASES) >= 20


# --- the allow-list ---------------------------------------------------------------


def _directory_numbers() -> list[str]:
    data = yaml.safe_load((REPO_ROOT / "data" / "services.yml").read_text(encoding="utf-8"))
    return [
        contact["value"]
        for service in data["services"].values()
        for contact in service.get("contacts") or []
        if contact.get("kind") == "phone"
    ]


@pytest.mark.parametrize("number", _directory_numbers())
def test_every_directory_number_stays(number: str, scrubber) -> None:
    text = f"ring {number} om du vill prata"
    assert scrubber.scrub(text).text == text


def test_directory_number_in_international_form_stays(scrubber) -> None:
    assert scrubber.scrub("ring +46 20 66 77 88").text == "ring +46 20 66 77 88"
    assert national_digits("+46 20 66 77 88") == "020667788"


@pytest.mark.parametrize(
    "name",
    [
        "Mika",
        "Mikamottagningen",
        "KAST",
        "Stödcentrum",
        "Preventell",
        "BRIS",
        "UMO",
        "Mind",
        "Polisen",
        "Kvinnofridslinjen",
        "Brottsofferjouren",
    ],
)
def test_service_names_stay(name: str, scrubber) -> None:
    for text in (f"kan jag kontakta {name}?", f"hej det är {name}", f"@{name.lower()}"):
        assert scrubber.scrub(text).text == text


def test_an_explicit_introduction_wins_over_a_service_name(scrubber) -> None:
    # "Mika" is also a first name: "jag heter Mika" says who the writer is.
    assert scrubber.scrub("jag heter Mika").text == "jag heter <NAMN>"


# --- building blocks ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("800101-1231", True),
        ("19800101-1231", True),
        ("198001011231", True),
        ("701063-2391", True),  # samordningsnummer: day 63 = 3rd + 60
        ("121212+1212", True),
        ("800101-1234", False),  # Luhn
        ("800230-1234", False),  # 30 February
        ("801301-1234", False),  # month 13
        ("17800101-1231", False),  # century
        ("8001011", False),
    ],
)
def test_personnummer_validation(number: str, valid: bool) -> None:
    assert rec.valid_personnummer(number) is valid


def test_findings_that_overlap_are_redacted_as_one(scrubber) -> None:
    # The bank account contains digit groups the phone matcher would take alone.
    result = scrubber.scrub("swedbank 8327-9 123 456 789-1 tack")
    assert result.text == "swedbank <KONTONUMMER> tack"
    assert result.counts == {"KONTONUMMER": 1}


def test_empty_and_blank_messages(scrubber) -> None:
    assert scrubber.scrub("").text == ""
    assert scrubber.scrub("   ").text == "   "
    assert scrubber.scrub("").redacted == 0


def test_full_width_digits_do_not_hide_a_number(scrubber) -> None:
    assert scrubber.scrub("０７０１２３４５６７").text == "<TELEFONNUMMER>"


def test_only_swedish_recognizers_are_loaded(scrubber) -> None:
    recognizers = scrubber.analyzer.registry.recognizers
    assert recognizers
    assert {r.supported_language for r in recognizers} == {"sv"}


def test_a_missing_model_is_an_error_not_a_download(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Scrubber(tmp_path / "no-such-model")


# --- normalising, word frequencies, links ------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("070\u200b123", "070123"),  # zero-width space
        ("070\u3164123", "070123"),  # Hangul filler
        ("0\u034f7\u034f0", "070"),  # combining grapheme joiner
        ("0\ufe0f7\ufe0f\ufe0f0", "070"),  # variation selectors on digits
        ("0\u03387\u0338", "07"),  # strike-through marks on digits
        ("7\ufe0f\u20e3", "7"),  # keycap
        ("070\u2800123", "070 123"),  # braille blank looks like a space
        ("tack ❤️ du", "tack ❤️ du"),  # an emoji keeps its variation selector
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),  # and its joiners
    ],
)
def test_normalise_removes_what_hides_digits_and_keeps_emoji(raw: str, normalised: str) -> None:
    assert normalise(raw) == normalised


@PROPERTY_SETTINGS
@given(st.text(max_size=200))
def test_normalise_never_grows_past_nfkc(text: str) -> None:
    # The gateway measures the normalised length; normalising must not add to it.
    import unicodedata

    assert len(normalise(text)) <= len(unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize(
    "word", ["Kristen", "Muslim", "Gratis", "HJÄLP", "nian", "Uppsökaren", "HVB-hem", "Anonymt"]
)
def test_words_of_the_language_are_ordinary(word: str) -> None:
    assert is_ordinary_word(word)


@pytest.mark.parametrize("word", ["Nadja", "Torbjörn", "Najib", "kittyxo", "Svensson", "sara"])
def test_names_and_handles_are_not_ordinary(word: str) -> None:
    assert not is_ordinary_word(word)


@pytest.mark.parametrize(
    ("token", "digits"),
    [("noll", "0"), ("sjua", "7"), ("tolv", "12"), ("sjuttio", "70"), ("fyrtiofem", "45"),
     ("sextisju", "67"), ("tjugoen", "21"), ("070", "070")],
)  # fmt: skip
def test_number_words_read_as_digits(token: str, digits: str) -> None:
    assert word_digits(token) == digits


@pytest.mark.parametrize(
    ("url", "redact"),
    [
        ("umo.se", False),  # a service's site (data/services.yml) ...
        ("https://www.umo.se/Kropp-och-sex/Sex-mot-ersattning/", False),  # ... with any path
        ("https://preventell.se/om-oss", False),
        ("mikamottagningen.se/kontakt", False),  # a service name as the domain
        ("google.com", False),  # a bare domain of ordinary words
        ("discord.gg/aBc12Xy", True),  # any path elsewhere points at one thing
        ("sara-nails.se", True),  # someone's own domain
        ("lisasliv.blogg.se", True),  # someone's own subdomain
    ],
)
def test_links_to_services_stay_and_personal_links_go(url: str, redact: bool, scrubber) -> None:
    assert scrubber.links.classify(url) is redact


def test_blanking_punctuation_for_the_model_keeps_every_offset() -> None:
    text = "hej" + "+" * 50 + " Sara :-) ok"
    blanked = blank_punctuation_runs(text)
    assert len(blanked) == len(text)
    assert blanked == "hej" + " " * 50 + " Sara :-) ok"


# --- long adversarial inputs ------------------------------------------------------------

# 8000 characters of what makes a careless pattern backtrack or a tokenizer
# crawl, with real identifiers around them: the identifiers still go and the
# padding comes back as it was. (Time is bounded by the gateway's pool; these
# would hang here if a pattern went quadratic or worse.)
ADVERSARIAL_PADDING = [
    "0" * 8000,
    "0 " * 4000,
    "0_" * 4000,
    "O" * 8000,
    "+" * 8000,
    "_" * 8000,
    "a.b" * 2666 + "@",
    "\n" * 8000,
    " " * 8000,
    "noll " * 1600,
    "sara punkt " * 727,
    "a @ " * 2000,
    "www." + "a." * 3998,
    "heter" + "\n" * 7995,
    "jag är" + " " * 7994,
]


@pytest.mark.parametrize("padding", ADVERSARIAL_PADDING, ids=lambda p: repr(p[:12]))
def test_long_adversarial_input_is_still_scrubbed(padding: str, scrubber) -> None:
    text = f"ring 070_123_45_67 {padding} mejla kalle99@gmail.com"
    out = scrubber.scrub(text).text
    assert out.startswith("ring <TELEFONNUMMER> ")
    assert out.endswith(" mejla <E-POST>")
    assert "0701234567" not in rec.digits_of(out)
    assert "kalle99" not in out


def test_long_runs_of_separators_keep_their_text(scrubber) -> None:
    for padding in ("+" * 8000, "_" * 8000, "-" * 8000, "\n" * 8000):
        assert scrubber.scrub(f"hej {padding} hej").text == f"hej {padding} hej"


# --- the first-name list ------------------------------------------------------------------


def test_no_listed_name_is_an_ordinary_swedish_word() -> None:
    assert LISTED_NAMES
    assert not LISTED_NAMES & common_words()


def test_the_name_lists_are_lower_case_words_and_nest() -> None:
    assert all(name == name.lower() and name.split() == [name] for name in LISTED_NAMES)
    assert CAPITALISED_ONLY <= LISTED_NAMES
    assert LOWER_CASE_IN_NAME_POSITION <= CAPITALISED_ONLY


# Where a lower-case name typically stands in chat.
NAME_POSITIONS = [
    "{} sa att hon var rädd",
    "jag var med {} igår",
    "jag och {} säljer ihop",
    "han körde o {} dit",
    "jag skickade pengar till {}",
    "fick ett sms från {}",
    "jag bor hos {} nu",
    "jag köpte mat åt {}",
    "han sa att {} ljög",
]
_LOWER_OK = sorted(
    name
    for name in LISTED_NAMES
    if name not in CAPITALISED_ONLY or name in LOWER_CASE_IN_NAME_POSITION
)


@pytest.mark.parametrize("template", NAME_POSITIONS)
def test_every_listed_name_is_found_in_lower_case_where_names_stand(template: str) -> None:
    recognizer = rec.FirstNameRecognizer()
    missed = []
    for name in _LOWER_OK:
        text = template.format(name)
        start = text.index(name)
        if (start, start + len(name)) not in {(s, e) for s, e, _ in recognizer.spans(text)}:
            missed.append(name)
    assert not missed


@pytest.mark.parametrize("name", sorted(CAPITALISED_ONLY - LOWER_CASE_IN_NAME_POSITION))
def test_a_name_that_is_a_word_needs_a_capital_even_where_names_stand(name: str) -> None:
    recognizer = rec.FirstNameRecognizer()
    assert not list(recognizer.spans(f"jag var med {name} igår"))
    assert list(recognizer.spans(f"jag var med {name.capitalize()} igår"))


@pytest.mark.parametrize("name", sorted(LOWER_CASE_IN_NAME_POSITION))
def test_a_name_that_is_a_word_stays_lower_case_elsewhere(name: str) -> None:
    assert not list(rec.FirstNameRecognizer().spans(f"det var en {name} igår"))


@PROPERTY_SETTINGS
@given(name=st.sampled_from(_LOWER_OK), template=st.sampled_from(NAME_POSITIONS))
def test_generated_lower_case_listed_name_never_survives(
    name: str, template: str, scrubber
) -> None:
    out = scrubber.scrub(template.format(name)).text
    assert name not in out.split()
    assert "<NAMN>" in out


# --- generated identifiers never survive -----------------------------------------------

PNR_TEMPLATES = [
    "mitt personnummer är {}",
    "pnr {}",
    "{} e mitt pnr",
    "Personnummer: {}.",
    "han sa att hans personnummer va {} typ",
    "ok {} där har du det",
    "{}",
]
PHONE_TEMPLATES = [
    "ring mig på {}",
    "mitt nr e {} sms:a bara",
    "Du når mig på {}.",
    "{}",
    "hans nummer är {} och han är typ 40",
    "swisha {} så kommer jag",
]
EMAIL_TEMPLATES = [
    "min mejl är {}",
    "mejla mig på {} asap",
    "{}",
    "Kontakta mig via {}.",
    "maila {} eller ring",
    "min e-post: {}!",
]
NAME_TEMPLATES = [
    "jag heter {}",
    "hej jag heter {} och är 16",
    "Mitt namn är {}.",
    "kalla mig {} bara",
    "han heter {} och köper sex",
    "min kompis heter {}",
]
FIRST_NAMES = """
Sara Emma Maja Alice Elsa Wilma Ella Ebba Nora Fatima Amira Johanna Lisa Anna Hanna Ida
Linnea Noah William Hugo Lucas Oscar Elias Adam Ali Mohammed Ahmed Kevin Johan Erik
Jonas Marcus Peter Mikael Yusuf Omar Aleksander Viktor Karin
""".split()


def _luhn_digit(nine: str) -> str:
    return next(str(d) for d in range(10) if rec.luhn_ok(nine + str(d)))


@st.composite
def personnummer(draw: st.DrawFn) -> str:
    """A valid personnummer or samordningsnummer in one of the written forms."""
    born = draw(st.dates(min_value=dt.date(1920, 1, 1), max_value=dt.date(2024, 12, 31)))
    day = born.day + (60 if draw(st.booleans()) else 0)
    serial = draw(st.integers(min_value=0, max_value=999))
    nine = f"{born:%y%m}{day:02d}{serial:03d}"
    last4 = nine[6:] + _luhn_digit(nine)
    form = draw(st.sampled_from(["short-", "short", "long", "long-"]))
    century = f"{born.year // 100}"
    return {
        "short-": f"{nine[:6]}-{last4}",
        "short": f"{nine[:6]}{last4}",
        "long": f"{century}{nine[:6]}{last4}",
        "long-": f"{century}{nine[:6]}-{last4}",
    }[form]


@st.composite
def mobile_number(draw: st.DrawFn) -> str:
    """A Swedish mobile number in one of the ways people write it."""
    prefix = draw(st.sampled_from(["70", "72", "73", "76", "79"]))
    rest = draw(st.text(alphabet="0123456789", min_size=7, max_size=7))
    a, b, c = rest[:3], rest[3:5], rest[5:]
    form = draw(st.integers(min_value=0, max_value=8))
    return [
        f"0{prefix}-{a} {b} {c}",
        f"0{prefix}{rest}",
        f"+46 {prefix} {a} {b} {c}",
        f"+46{prefix}{rest}",
        f"0046 {prefix}-{rest}",
        f"0{prefix} {a} {b} {c}",
        f"0{prefix}-{rest}",
        f"0{prefix} {rest}",
        f"+46 (0){prefix}-{a} {b} {c}",
    ][form]


_LOCAL = st.from_regex(r"[a-z][a-z0-9_]{0,10}(?:[.\-][a-z0-9]{1,8})?", fullmatch=True)
_DOMAIN = st.one_of(
    st.sampled_from(
        [
            "gmail.com",
            "hotmail.se",
            "outlook.com",
            "live.se",
            "icloud.com",
            "yahoo.com",
            "protonmail.com",
            "telia.com",
        ]
    ),
    st.builds(
        "{}.{}".format,
        st.from_regex(r"[a-z]{2,12}", fullmatch=True),
        st.sampled_from(["se", "com", "nu", "net", "org", "io", "eu", "info"]),
    ),
)
email_address = st.builds("{}@{}".format, _LOCAL, _DOMAIN)


@PROPERTY_SETTINGS
@given(number=personnummer(), template=st.sampled_from(PNR_TEMPLATES))
def test_generated_personnummer_never_survives(number: str, template: str, scrubber) -> None:
    out = scrubber.scrub(template.format(number)).text
    assert number not in out
    assert rec.digits_of(number)[-10:] not in rec.digits_of(out)


@PROPERTY_SETTINGS
@given(number=mobile_number(), template=st.sampled_from(PHONE_TEMPLATES))
def test_generated_mobile_number_never_survives(number: str, template: str, scrubber) -> None:
    out = scrubber.scrub(template.format(number)).text
    assert number not in out
    assert national_digits(number)[-7:] not in rec.digits_of(out)


@PROPERTY_SETTINGS
@given(address=email_address, template=st.sampled_from(EMAIL_TEMPLATES))
def test_generated_email_never_survives(address: str, template: str, scrubber) -> None:
    out = scrubber.scrub(template.format(address)).text
    assert address not in out
    assert address.split("@")[0] not in out.split()


@PROPERTY_SETTINGS
@given(
    name=st.sampled_from(FIRST_NAMES),
    lower=st.booleans(),
    template=st.sampled_from(NAME_TEMPLATES),
)
def test_generated_name_after_a_cue_never_survives(
    name: str, lower: bool, template: str, scrubber
) -> None:
    name = name.lower() if lower else name
    out = scrubber.scrub(template.format(name)).text
    assert name not in out.split()
    assert "<NAMN>" in out


# Separators people put inside a number to get it past a filter.
ODD_SEPARATORS = ["_", "*", ",", "\n", "/", ".", " - ", "|", "\u3164", "\u2800", "\u200b", "~"]
_SPOKEN = {
    "0": ["noll", "nolla"], "1": ["ett", "etta"], "2": ["två", "tvåa"], "3": ["tre", "trea"],
    "4": ["fyra"], "5": ["fem", "femma"], "6": ["sex", "sexa"], "7": ["sju", "sjua"],
    "8": ["åtta"], "9": ["nio", "nia"],
}  # fmt: skip
SPOKEN_WORDS = {w for words in _SPOKEN.values() for w in words}


@st.composite
def obfuscated_mobile_number(draw: st.DrawFn) -> str:
    """A Swedish mobile number with odd separators and some zeros written as O."""
    digits = (
        "07"
        + draw(st.sampled_from("02369"))
        + draw(st.text(alphabet="0123456789", min_size=7, max_size=7))
    )
    groups = [digits[:3], digits[3:6], digits[6:8], digits[8:]]
    separator = draw(st.sampled_from(ODD_SEPARATORS))
    text = separator.join(groups)
    if draw(st.booleans()):
        text = text.replace("0", "O")
    return text


@st.composite
def spoken_mobile_number(draw: st.DrawFn) -> str:
    """A Swedish mobile number read out digit by digit, commas here and there."""
    digits = (
        "07"
        + draw(st.sampled_from("02369"))
        + draw(st.text(alphabet="0123456789", min_size=7, max_size=7))
    )
    words = [draw(st.sampled_from(_SPOKEN[d])) for d in digits]
    return " ".join(w + ("," if draw(st.booleans()) and i % 3 == 2 else "") for i, w in
                    enumerate(words))  # fmt: skip


@PROPERTY_SETTINGS
@given(number=obfuscated_mobile_number(), template=st.sampled_from(PHONE_TEMPLATES))
def test_generated_obfuscated_number_never_survives(number: str, template: str, scrubber) -> None:
    out = scrubber.scrub(template.format(number)).text
    assert "<TELEFONNUMMER>" in out
    # Read every standalone O as a zero again: none of the number may be left.
    left = rec.digits_of(re.sub(r"(?<![^\W\d_])[Oo](?![^\W\d_])", "0", out))
    assert rec.digits_of(normalise(number).replace("O", "0"))[-7:] not in left


@PROPERTY_SETTINGS
@given(number=spoken_mobile_number(), template=st.sampled_from(PHONE_TEMPLATES))
def test_generated_spoken_number_never_survives(number: str, template: str, scrubber) -> None:
    out = scrubber.scrub(template.format(number)).text
    assert "<TELEFONNUMMER>" in out
    assert not SPOKEN_WORDS & set(re.findall(r"\w+", out))


# --- English and the help cards' other languages ------------------------------------------

EN_NAME_TEMPLATES = [
    "my name is {}",
    "hi, my name is {} and I need help",
    "I'm {} btw",
    "call me {}",
    "a guy called {} sells me",
    "her name's {}",
    "my pimp {} takes my money",
]
EN_NAMES = """
Jake Emily Tyler Chloe Marco Kevin Sarah Ahmed Natasha Ioana Brandon Kayla Megan Dylan Jessica
""".split()


@PROPERTY_SETTINGS
@given(name=st.sampled_from(EN_NAMES), template=st.sampled_from(EN_NAME_TEMPLATES))
def test_generated_name_after_an_english_cue_never_survives(
    name: str, template: str, scrubber
) -> None:
    out = scrubber.scrub(template.format(name)).text
    assert name not in out.split()
    assert "<NAMN>" in out


@PROPERTY_SETTINGS
@given(
    name=st.sampled_from(sorted(CYRILLIC_NAMES)),
    template=st.sampled_from(["меня зовут {}", "мене звати {}, мені 18", "его зовут {}"]),
    capital=st.booleans(),
)
def test_generated_cyrillic_name_after_a_cue_never_survives(
    name: str, template: str, capital: bool, scrubber
) -> None:
    name = name.capitalize() if capital else name
    out = scrubber.scrub(template.format(name)).text
    assert name not in out.split(), out


@PROPERTY_SETTINGS
@given(
    name=st.sampled_from(sorted(ARABIC_NAMES | ARABIC_WORD_NAMES)),
    template=st.sampled_from(["اسمي {}", "انا اسمي {} وعمري 17", "اسمه {}", "يدعى {}"]),
)
def test_generated_arabic_name_after_a_cue_never_survives(
    name: str, template: str, scrubber
) -> None:
    out = scrubber.scrub(template.format(name)).text
    assert name not in out.split(), out


def test_normalise_keeps_thai_sara_am() -> None:
    # NFKC splits "ำ" in two: "ตำรวจ" (police) would be stored changed.
    assert normalise("ตำรวจ ทำ") == "ตำรวจ ทำ"
    assert normalise("１２３ ตำรวจ") == "123 ตำรวจ"


def test_russian_names_are_known_in_their_cases_but_not_as_other_words() -> None:
    forms = cyrillic_forms()
    assert {"наташа", "наташу", "наташей", "иваном", "андрея", "олено"} <= forms
    assert not {"люди", "влада", "кости"} & forms  # people, government, bones


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("Will you help me?", True),
        ("la policía tiene mi pasaporte", True),
        ("policja zabrała paszport", True),
        ("magacaygu waa Hodan", True),
        ("меня зовут Наташа", True),
        ("jag heter Sara and I need help", False),
        ("kan jag ringa Preventell?", False),
        ("Stödcentrum och UMO och Polisen", False),
        ("KAST", False),
    ],
)
def test_the_language_of_a_message(text: str, foreign: bool) -> None:
    assert is_foreign_text(text) is foreign


def test_the_other_name_lists_are_lower_case_words_apart_from_their_word_names() -> None:
    for names, words in (
        (ENGLISH_NAMES, ENGLISH_WORD_NAMES),
        (CYRILLIC_NAMES, CYRILLIC_WORD_NAMES),
        (ARABIC_NAMES, ARABIC_WORD_NAMES),
    ):
        assert all(name == name.lower() and name.split() == [name] for name in names | words)
        assert not names & words


# --- no network ---------------------------------------------------------------------------


def test_building_and_scrubbing_make_no_network_call(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the scrubber tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    fresh = Scrubber(SV_NER)
    result = fresh.scrub(
        "mejla sara.k@gmail.com eller anna@exempel.nu, ring 070-123 45 67, ip 10.0.0.1"
    )
    assert result.text == "mejla <E-POST> eller <E-POST>, ring <TELEFONNUMMER>, ip <IP-ADRESS>"


# --- shared between threads ---------------------------------------------------------------


def test_one_scrubber_serves_several_threads(scrubber) -> None:
    # The gateway runs scrub() in a thread pool with one shared Scrubber.
    texts = [c.text for c in CASES] * 3
    expected = [scrubber.scrub(t).text for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda t: scrubber.scrub(t).text, texts)) == expected
