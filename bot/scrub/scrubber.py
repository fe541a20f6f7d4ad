"""Scrub identifying data from a user message before it goes anywhere.

The gateway calls `Scrubber.scrub` on every message before it is stored,
logged or forwarded to Rasa. Each finding is replaced by a typed Swedish
placeholder ("<TELEFONNUMMER>"), so the bot and the outreach worker still see
what kind of thing was said without seeing the thing itself.

Build one Scrubber per process and reuse it: construction loads spaCy.
"""

from __future__ import annotations

import os
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import regex as re
import tldextract
import yaml
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult

from bot.scrub import frequency, languages
from bot.scrub import recognizers as rec
from bot.scrub.frequency import is_ordinary_word
from bot.scrub.languages import is_foreign_text, is_foreign_word, is_latin
from bot.scrub.lexicon import PUBLIC_NUMBERS, SERVICE_NAMES, is_common_word, names_a_brand
from bot.scrub.nlp import PERSON_ENTITY, LocalSpacyNlpEngine

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "sv_ner"
DEFAULT_SERVICES_FILE = Path(__file__).resolve().parents[2] / "data" / "services.yml"

# Entity type -> placeholder label (shown as <LABEL>).
PLACEHOLDERS: Mapping[str, str] = {
    rec.PERSONNUMMER: "PERSONNUMMER",
    rec.PHONE: "TELEFONNUMMER",
    rec.EMAIL: "E-POST",
    rec.IP_ADDRESS: "IP-ADRESS",
    rec.ADDRESS: "ADRESS",
    rec.POSTNUMMER: "POSTNUMMER",
    rec.HANDLE: "ANVÄNDARNAMN",
    rec.PLATE: "REGISTRERINGSNUMMER",
    rec.BANK_ACCOUNT: "KONTONUMMER",
    rec.IBAN: "KONTONUMMER",
    rec.CARD: "KORTNUMMER",
    rec.PERSON: "NAMN",
    rec.LONG_NUMBER: "NUMMER",
    rec.LINK: "LÄNK",
    rec.SCHOOL: "SKOLA",
    rec.SCHOOL_CLASS: "KLASS",
    rec.CLUB: "FÖRENING",
}
# When findings overlap, the longest decides the label; on a tie, the higher
# score; then this order (most specific first).
_PRIORITY = (
    rec.PERSONNUMMER,
    rec.CARD,
    rec.IBAN,
    rec.BANK_ACCOUNT,
    rec.EMAIL,
    rec.IP_ADDRESS,
    rec.PHONE,
    rec.ADDRESS,
    rec.POSTNUMMER,
    rec.PLATE,
    rec.HANDLE,
    rec.LINK,
    rec.SCHOOL,
    rec.SCHOOL_CLASS,
    rec.CLUB,
    rec.PERSON,
    rec.LONG_NUMBER,
)
# Number-like entities checked against the allow-list of public numbers.
_NUMERIC = frozenset(
    {rec.PHONE, rec.LONG_NUMBER, rec.POSTNUMMER, rec.BANK_ACCOUNT, rec.PERSONNUMMER}
)


@dataclass(frozen=True)
class Finding:
    """One span to redact, after overlaps were merged."""

    start: int
    end: int
    entity: str
    score: float

    @property
    def label(self) -> str:
        return PLACEHOLDERS[self.entity]


@dataclass(frozen=True)
class ScrubResult:
    """The scrubbed text and how many placeholders of each label it holds."""

    text: str
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def redacted(self) -> int:
        """Number of placeholders inserted."""
        return sum(self.counts.values())


# Format characters and every other code point Unicode says to display as
# nothing: zero-width spaces, the Hangul fillers, the combining grapheme
# joiner, variation selectors. After an emoji, the emoji's own joiner and
# variation selectors stay ("❤️" keeps its colour): they split no digits.
_EMOJI_PARTS = "\u200d\ufe0e\ufe0f"
_INVISIBLE = re.compile(
    rf"(?<!\p{{Extended_Pictographic}}[{_EMOJI_PARTS}]{{0,8}})[{_EMOJI_PARTS}]"
    rf"|(?![{_EMOJI_PARTS}])[\p{{Cf}}\p{{Default_Ignorable_Code_Point}}]"
)
# Combining marks on a digit ("0̸7̸0̸", keycaps "7⃣") hide it from patterns.
_DIGIT_MARKS = re.compile(r"(?<=\p{Nd})[\p{Mn}\p{Me}]+")
# Characters that look like a space but are symbols: the braille blank.
_BLANK = re.compile(r"[\u2800]")


# Thai and Lao SARA AM: NFKC splits it in two ("ตำรวจ" police would come back
# changed), and it hides no digit.
_KEEP_COMPOSED = re.compile(r"([\u0e33\u0eb3])")


def normalise(text: str) -> str:
    """NFKC, no invisible characters or marks on digits, blank-looking symbols as spaces.

    Full-width digits and invisible characters inside a number would otherwise
    hide it from every pattern ("070\u200b123 45 67", "070\u3164123 45 67").
    Never longer than the NFKC form.
    """
    text = "".join(
        part if _KEEP_COMPOSED.fullmatch(part) else unicodedata.normalize("NFKC", part)
        for part in _KEEP_COMPOSED.split(text)
    )
    text = _DIGIT_MARKS.sub("", _INVISIBLE.sub("", text))
    return _BLANK.sub(" ", text)


def national_digits(text: str) -> str:
    """Digits of a phone number in national form (+46 / 0046 -> 0)."""
    digits = rec.digits_of(text)
    stripped = text.strip()
    if stripped.startswith("+46") or stripped.startswith("0046"):
        digits = "0" + digits[4 if stripped.startswith("0046") else 2 :]
    return digits


def load_service_facts(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """Phone numbers (digits) and short names of every service in the directory."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    numbers: set[str] = set()
    names: set[str] = set()
    for service in (data.get("services") or {}).values():
        for key in ("short_name", "name"):
            if isinstance(service.get(key), str):
                names.add(service[key].lower())
        for contact in service.get("contacts") or []:
            if contact.get("kind") == "phone" and contact.get("value"):
                numbers.add(national_digits(str(contact["value"])))
    return frozenset(numbers), frozenset(names)


def load_service_domains(path: Path) -> frozenset[str]:
    """Registered domains of the services' websites ("umo.se"): their links stay."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    urls: list[str] = []
    for service in (data.get("services") or {}).values():
        website = service.get("website")
        urls.append(website.get("value") if isinstance(website, dict) else website)
        urls.extend(
            c.get("value")
            for c in service.get("contacts") or []
            if c.get("kind") in ("web", "chat")
        )
    domains = set()
    for url in urls:
        parts = extract(str(url)) if url else None
        if parts and parts.domain and parts.suffix:
            domains.add(f"{parts.domain}.{parts.suffix}".lower())
    return frozenset(domains)


_NER_RECOGNIZER = SpacyRecognizer.__name__
# A word (letters, digits, inner hyphens or apostrophes) or one other character.
_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*|\S")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
# "registreringsnummer", "adressen": words the model may pull into a name.
_NOT_NAME_ENDINGS = ("nummer", "numret", "adress", "adressen", "gatan", "vägen")


def _is_ner(result: RecognizerResult) -> bool:
    name = result.recognition_metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY)
    return result.entity_type == rec.PERSON and name == _NER_RECOGNIZER


def drop_explained_long_numbers(
    text: str, results: list[RecognizerResult]
) -> list[RecognizerResult]:
    """Drop a catch-all long number whose digits other findings already cover.

    "0701234567/0731234567" is two phone numbers, not one long number.
    """
    others = [r for r in results if r.entity_type != rec.LONG_NUMBER]

    def explained(result: RecognizerResult) -> bool:
        return all(
            any(o.start <= i < o.end for o in others)
            for i in range(result.start, result.end)
            if text[i].isdigit()
        )

    return [r for r in results if r.entity_type != rec.LONG_NUMBER or not explained(r)]


# A handle's tail after a name cut at a dot or underscore: "prinsessan.x".
_TOKEN_TAIL = re.compile(r"(?:[._]\w+)+")


def _whole_token(text: str, result: RecognizerResult) -> RecognizerResult:
    """Extend a name or user name to the end of its token ("<NAMN>.x" leaks "x")."""
    if result.entity_type not in (rec.PERSON, rec.HANDLE) or not text[result.end - 1].isalnum():
        return result
    tail = _TOKEN_TAIL.match(text, result.end, min(len(text), result.end + 64))
    if tail and not (tail.end() < len(text) and text[tail.end()].isalnum()):
        result.end = tail.end()
    return result


def _without_possessive(text: str, result: RecognizerResult) -> RecognizerResult:
    """An English "'s" after a name is no part of it: "<NAMN>'s place"."""
    if (
        result.entity_type == rec.PERSON
        and result.end - result.start > 3
        and text[result.end - 2 : result.end] in ("'s", "’s")
    ):
        result.end -= 2
    return result


def resolve_overlaps(results: Iterable[RecognizerResult]) -> list[Finding]:
    """Merge overlapping findings into one span each, labelled by the longest.

    Presidio's own conflict handling may shorten one of two overlapping spans;
    here the union is redacted, so no digit of either finding survives.
    """
    ordered = sorted(results, key=lambda r: (r.start, -r.end))
    clusters: list[list[RecognizerResult]] = []
    end = -1
    for result in ordered:
        if clusters and result.start < end:
            clusters[-1].append(result)
            end = max(end, result.end)
        else:
            clusters.append([result])
            end = result.end
    findings = []
    for cluster in clusters:
        best = min(
            cluster,
            key=lambda r: (-(r.end - r.start), -r.score, _PRIORITY.index(r.entity_type)),
        )
        findings.append(
            Finding(
                start=min(r.start for r in cluster),
                end=max(r.end for r in cluster),
                entity=best.entity_type,
                score=best.score,
            )
        )
    return findings


class Scrubber:
    """Finds identifying data in Swedish chat text and replaces it with placeholders.

    One AnalyzerEngine (language "sv", the local spaCy pipeline, only the
    recognizers of this package) and one AnonymizerEngine. Nothing here
    touches the network: the spaCy pipeline is read from `model_path`, the
    e-mail recognizer uses tldextract's bundled suffix list. One instance may
    be shared by the threads of an executor: `scrub` keeps no state.
    """

    def __init__(
        self,
        model_path: str | os.PathLike[str] = DEFAULT_MODEL_PATH,
        services_file: Optional[str | os.PathLike[str]] = None,
        *,
        score_threshold: float = rec.SCORE_THRESHOLD,
        capitalised_names: bool = True,
    ) -> None:
        services = Path(
            services_file or os.environ.get("OUTREACH_DIRECTORY_FILE") or DEFAULT_SERVICES_FILE
        )
        directory_numbers, directory_names = load_service_facts(services)
        self.allowed_numbers: frozenset[str] = directory_numbers | {
            rec.digits_of(n) for n in PUBLIC_NUMBERS
        }
        self.allowed_names: frozenset[str] = directory_names | SERVICE_NAMES
        self.score_threshold = score_threshold
        self.links = rec.LinkRecognizer(load_service_domains(services))
        frequency.load()
        languages.load()

        nlp_engine = LocalSpacyNlpEngine(model_path, language=rec.LANGUAGE)
        registry = RecognizerRegistry(supported_languages=[rec.LANGUAGE])
        for recognizer in self._recognizers(capitalised_names):
            registry.add_recognizer(recognizer)
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=[rec.LANGUAGE],
            default_score_threshold=score_threshold,
        )
        self.anonymizer = AnonymizerEngine()
        self._operators = {
            label: OperatorConfig("replace", {"new_value": f"<{label}>"})
            for label in set(PLACEHOLDERS.values())
        }
        self._entities = sorted(PLACEHOLDERS)

    def _recognizers(self, capitalised_names: bool) -> list[EntityRecognizer]:
        """Our recognizers, plus Presidio's generic ones made Swedish.

        `capitalised_names` adds the recognizer that takes any unexplained
        capitalised word inside a sentence for a name: more names found
        (foreign names the list and the model miss), some brand and place
        names redacted too.
        """
        optional: list[EntityRecognizer] = (
            [rec.CapitalisedWordRecognizer()] if capitalised_names else []
        )
        return [
            rec.SwedishPersonnummerRecognizer(),
            rec.SwedishPhoneRecognizer(),
            rec.ObfuscatedPhoneRecognizer(),
            rec.SpelledPhoneRecognizer(),
            rec.OfflineEmailRecognizer(),
            rec.LooseEmailRecognizer(),
            self.links,
            rec.ip_recognizer(),
            rec.iban_recognizer(),
            rec.card_recognizer(),
            rec.SwedishAddressRecognizer(),
            rec.EnglishAddressRecognizer(),
            rec.PostnummerRecognizer(),
            rec.PostcodeRecognizer(),
            rec.SocialHandleRecognizer(),
            rec.RegistrationPlateRecognizer(),
            rec.BankAccountRecognizer(),
            rec.LongNumberRecognizer(),
            rec.SchoolRecognizer(),
            rec.SchoolClassRecognizer(),
            rec.ClubRecognizer(),
            rec.NameCueRecognizer(),
            rec.FirstNameRecognizer(),
            rec.WorldNameCueRecognizer(),
            rec.WorldNameRecognizer(),
            SpacyRecognizer(supported_language=rec.LANGUAGE, supported_entities=[PERSON_ENTITY]),
            *optional,
        ]

    def _allowed(self, text: str, result: RecognizerResult) -> bool:
        """True for public numbers and service names (pattern findings)."""
        found = text[result.start : result.end]
        if result.entity_type in _NUMERIC and national_digits(found) in self.allowed_numbers:
            return True
        if result.entity_type == rec.HANDLE and found.lstrip("@").lower() in self.allowed_names:
            return True
        return False

    @staticmethod
    def _foreign_word(text: str, word: str, after_name: bool) -> bool:
        """A word of another language the Swedish model took for a name.

        In English, Spanish or Russian text ("la policía tiene mi pasaporte")
        the model marks ordinary words. A capitalised word right after a name
        stays a surname ("Sarah Baker").
        """
        if after_name and word[:1].isupper():
            return False
        if is_latin(word) and not is_foreign_text(text):
            return False
        return is_foreign_word(word)

    def _refine_ner(
        self, text: str, result: RecognizerResult, blocked: list[RecognizerResult]
    ) -> list[RecognizerResult]:
        """Cut an NER name span down to the words that can be a name.

        A statistical model's span boundaries are loose ("kompis Lisa",
        "Preventell 020-66"): words that are ordinary, hold digits, name a
        service, or belong to another finding (or an allowed number) are cut;
        what is left, in contiguous runs, is the name. A run may not start
        with a word of the language ("nian", "HJÄLP"); after a name, a word
        is a surname even if it is also a word ("Karin Ek"). Words of the
        other languages go too (`_foreign_word`).
        """
        runs: list[list[tuple[int, int]]] = []
        previous_kept = False
        before = _TOKEN.findall(text[max(0, result.start - 20) : result.start])
        previous_word = before[-1] if before else ""
        for match in _TOKEN.finditer(text, result.start, result.end):
            word = match.group()
            start, end = match.span()
            keep = (
                _NAME_WORD.fullmatch(word) is not None
                and len(word) >= 2
                and not is_common_word(word)
                and (previous_kept or not is_ordinary_word(word))
                and not self._foreign_word(text, word, previous_kept)
                and not names_a_brand(previous_word)  # "ICA Kvantum"
                and not word.lower().endswith(_NOT_NAME_ENDINGS)
                and word.lower() not in self.allowed_names
                and not any(b.start < end and start < b.end for b in blocked)
            )
            if keep:
                if previous_kept:
                    runs[-1].append((start, end))
                else:
                    runs.append([(start, end)])
            previous_kept, previous_word = keep, word
        return [
            RecognizerResult(
                rec.PERSON,
                run[0][0],
                run[-1][1],
                result.score,
                recognition_metadata=result.recognition_metadata,
            )
            for run in runs
        ]

    def analyze(self, text: str) -> list[Finding]:
        """Non-overlapping findings in `text` (already normalised), in order."""
        results = self.analyzer.analyze(
            text=text,
            language=rec.LANGUAGE,
            entities=self._entities,
            score_threshold=self.score_threshold,
        )
        shields = self.links.allowed_spans(text)
        results = [r for r in results if not any(s <= r.start and r.end <= e for s, e in shields)]
        ner = [r for r in results if _is_ner(r)]
        patterns = [r for r in results if not _is_ner(r)]
        kept = [r for r in patterns if not self._allowed(text, r)]
        # Pattern findings and allowed numbers are exact; NER spans yield to them.
        for result in ner:
            kept.extend(self._refine_ner(text, result, patterns))
        kept = [_without_possessive(text, _whole_token(text, r)) for r in kept]
        return resolve_overlaps(drop_explained_long_numbers(text, kept))

    def scrub(self, text: str) -> ScrubResult:
        """Replace every identifier in `text` with its typed placeholder."""
        text = normalise(text)
        if not text.strip():
            return ScrubResult(text=text, counts={})
        findings = self.analyze(text)
        if not findings:
            return ScrubResult(text=text, counts={})
        anonymized = self.anonymizer.anonymize(
            text=text,
            analyzer_results=[AnonymizerResult(f.label, f.start, f.end, f.score) for f in findings],
            operators=self._operators,
        )
        return ScrubResult(text=anonymized.text, counts=dict(Counter(f.label for f in findings)))
