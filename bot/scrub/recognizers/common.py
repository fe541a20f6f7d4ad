"""Shared parts of the recognizers: language, threshold, entity names, helpers.

`RegexRecognizer` and its `Rule` are the base of every recognizer in this
package that needs the text around a match; `digits_of`, `luhn_ok` and
`looks_like_date_or_time` are used by the scrubber as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Optional

import regex as re
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    LocalRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

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
LINK = "URL"
SCHOOL = "SE_SCHOOL"
SCHOOL_CLASS = "SE_SCHOOL_CLASS"
CLUB = "SE_CLUB"

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


def looks_like_date_or_time(text: str) -> bool:
    """Dates, year and time ranges are digit runs that identify no one."""
    return bool(_DATE_OR_TIME.match(text.strip()))


def _following(text: str, end: int, window: int = 40) -> str:
    """The `window` characters after `end`: never the whole rest of a long text."""
    return text[end : end + window]


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


# --------------------------------------------------------------------------
# Regex recognizers with access to the whole text
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One regex of a `RegexRecognizer`; `group` selects the span to redact.

    `trim` lists characters cut from the end of the span: patterns that must
    not backtrack take a run possessively ("bella.swe.") and give back its
    trailing punctuation here instead.
    """

    name: str
    pattern: re.Pattern[str]
    score: float
    group: int | str = 0
    trim: str = ""


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
                while rule.trim and end > start and text[end - 1] in rule.trim:
                    end -= 1
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
