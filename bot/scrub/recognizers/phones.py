"""Phone numbers written to slip past a pattern.

`phonenumbers` reads what people type when they want to be understood:
"070-123 45 67". To get past a filter people write "070_123_45_67",
"O7O 123 45 67", digits between invisible characters (removed by the
scrubber's `normalise`), or the digits as words ("noll sju noll ..."). Rather
than list such spellings, these recognizers read a run back into digits and
ask `phonenumbers` whether the digits are a Swedish (or +-prefixed) number.
A 7-digit local number (no area code) needs a phone word nearby or a phone
number's grouping ("123 45 67").

Every pattern here is possessive or has disjoint parts, so a long run of
digits, letters or separators costs linear time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Optional

import phonenumbers
import regex as re
from presidio_analyzer.nlp_engine import NlpArtifacts

from bot.scrub.recognizers.common import (
    PHONE,
    RegexRecognizer,
    _following,
    _preceded_by,
    looks_like_date_or_time,
)
from bot.scrub.recognizers.numbers import _MONEY_AFTER, valid_personnummer

_PHONE_CONTEXT = re.compile(
    r"\b(?:tel|tele|telefon\w*|tfn|mobil\w*|nummer|numret|numm?ret|nr|hemnumm?er|hemnumret|"
    r"ring|ringa|ringer|sms|smsa|sms:a|swish|swisha|whatsapp|wa|nås|nå\s+mig)\b",
    re.IGNORECASE,
)
# Dates inside a run of digits ("01.02.2024 03.04.2024" is no phone number).
_DATE_INSIDE = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\b"
)
# Phone groupings of a 7-digit local number: 123 45 67, 12 34 567, 123 4567.
_LOCAL_SHAPES = frozenset({(3, 2, 2), (2, 2, 3), (3, 4)})

VALID_SCORE = 0.8
POSSIBLE_SCORE = 0.6


@lru_cache(maxsize=4096)
def _classify(digits: str, international: bool, shape: tuple[int, ...], context: bool) -> float:
    """Score of `digits` as a phone number (0 when it is none).

    Cached: a long run of repeated digits asks the same question many times.
    """
    try:
        if international or digits.startswith("00"):
            number = phonenumbers.parse("+" + digits.removeprefix("00"), None)
            return VALID_SCORE if phonenumbers.is_valid_number(number) else 0.0
        if digits.startswith("0") and 8 <= len(digits) <= 11:
            number = phonenumbers.parse(digits, "SE")
            if phonenumbers.is_valid_number(number):
                return VALID_SCORE
            possible = phonenumbers.is_possible_number(number) and digits.startswith("07")
            return POSSIBLE_SCORE if possible and len(digits) == 10 else 0.0
    except phonenumbers.NumberParseException:
        return 0.0
    if len(digits) == 7 and not digits.startswith("0") and (context or shape in _LOCAL_SHAPES):
        return POSSIBLE_SCORE
    return 0.0


class _Piece:
    """A token of a run: its span in the text, its digits, and a group flag."""

    __slots__ = ("start", "end", "digits")

    def __init__(self, start: int, end: int, digits: str) -> None:
        self.start, self.end, self.digits = start, end, digits


class _RunRecognizer(RegexRecognizer):
    """Find runs, cut them into pieces, and take the longest phone numbers in them."""

    ENTITY = PHONE
    RUN: re.Pattern[str]
    LENGTHS = range(13, 6, -1)

    def pieces(self, run: re.Match[str]) -> list[_Piece]:
        raise NotImplementedError

    def accept(self, text: str, pieces: Sequence[_Piece]) -> bool:
        return True

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """The longest phone numbers that start and end on piece boundaries."""
        for run in self.RUN.finditer(text):
            pieces = self.pieces(run)
            i = 0
            while i < len(pieces):
                found = self._longest(text, pieces, i)
                if found is None:
                    i += 1
                    continue
                j, score = found
                start = pieces[i].start
                if text[start - 1 : start] == "+":
                    start -= 1
                yield start, pieces[j - 1].end, score
                i = j

    def _longest(self, text: str, pieces: Sequence[_Piece], i: int) -> tuple[int, float] | None:
        digits = ""
        ends: list[tuple[int, str]] = []
        for j in range(i, len(pieces)):
            digits += pieces[j].digits
            if len(digits) > max(self.LENGTHS):
                break
            ends.append((j + 1, digits))
        context = _preceded_by(text, pieces[i].start, _PHONE_CONTEXT)
        international = text[max(0, pieces[i].start - 1) : pieces[i].start] == "+"
        for j, candidate in reversed(ends):
            if len(candidate) < min(self.LENGTHS):
                break
            chosen = pieces[i:j]
            shape = tuple(len(p.digits) for p in chosen)
            score = _classify(candidate, international, shape, context)
            if not score or not self.accept(text, chosen):
                continue
            if not _MONEY_AFTER.match(_following(text, chosen[-1].end)):
                return j, score
        return None


# --- digits with odd separators, O for zero --------------------------------------

# O for zero, when it is not part of a word ("O7O", "555 OO 12"; not "och").
_DIGIT = r"(?:[0-9]|(?<![^\W\d_Oo])[Oo](?![^\W\d_Oo]))"
# Anything people put between digits, but no letters and no colon (times).
_SEPARATOR = r"[\s_*,.\-/\\|~()'\"•·+=#]"


_ODD = re.compile(r"[Oo]|[^\d\s\-+()]")


class ObfuscatedPhoneRecognizer(_RunRecognizer):
    """Digits (and O for 0) with any short separators: "070_123_45_67", "O7O*123".

    The run is cut where separators stand; a number must start and end at a
    cut, so a run holding a phone number and a time keeps the time.
    Personnummer-shaped and date-shaped pieces are left to their own
    recognizers.
    """

    RUN = re.compile(rf"(?<![\w+])\+?{_DIGIT}(?:{_SEPARATOR}{{0,3}}+{_DIGIT})*+")
    _GROUP = re.compile(_DIGIT + "+")

    def pieces(self, run: re.Match[str]) -> list[_Piece]:
        offset = run.start()
        return [
            _Piece(
                offset + m.start(), offset + m.end(), m.group().replace("O", "0").replace("o", "0")
            )
            for m in self._GROUP.finditer(run.group())
        ]

    def accept(self, text: str, pieces: Sequence[_Piece]) -> bool:
        raw = text[pieces[0].start : pieces[-1].end]
        if looks_like_date_or_time(raw) or _DATE_INSIDE.search(raw):
            return False
        plain = not _ODD.search(raw)
        digits = "".join(p.digits for p in pieces)
        # A plainly written personnummer is the personnummer recognizer's.
        return not (plain and len(digits) in (10, 12) and valid_personnummer(raw))


# --- digits as words -----------------------------------------------------------------

_UNITS = {
    "noll": "0", "nolla": "0", "ett": "1", "etta": "1", "två": "2", "tvåa": "2",
    "tre": "3", "trea": "3", "fyra": "4", "fyran": "4", "fem": "5", "femma": "5",
    "sex": "6", "sexa": "6", "sju": "7", "sjua": "7", "åtta": "8", "åttan": "8",
    "nio": "9", "nia": "9", "nie": "9",
}  # fmt: skip
_TEENS = {
    "tio": "10", "tia": "10", "elva": "11", "tolv": "12", "tretton": "13", "fjorton": "14",
    "femton": "15", "sexton": "16", "sjutton": "17", "arton": "18", "aderton": "18",
    "nitton": "19",
}  # fmt: skip
_TENS = {
    "tjugo": "2", "tjugu": "2", "tjuge": "2", "trettio": "3", "tretti": "3", "trätti": "3",
    "fyrtio": "4", "fyrti": "4", "förtio": "4", "förti": "4", "femtio": "5", "femti": "5",
    "sextio": "6", "sexti": "6", "sjuttio": "7", "sjutti": "7", "åttio": "8", "åtti": "8",
    "nittio": "9", "nitti": "9",
}  # fmt: skip
_TEN_UNITS = {"en": "1", "ett": "1", "två": "2", "tre": "3", "fyra": "4", "fem": "5",
              "sex": "6", "sju": "7", "åtta": "8", "nio": "9"}  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_NUMBER_WORD = (
    rf"(?:(?:{_alternation(_TENS)})(?:{_alternation(_TEN_UNITS)})?"
    rf"|{_alternation(_TEENS)}|{_alternation(_UNITS)})(?![\p{{L}}\d])"
)
_TOKEN = rf"(?:{_NUMBER_WORD}|\d{{1,4}}+(?![\p{{L}}\d]))"
_WORD_VALUE = re.compile(
    rf"(?P<tens>{_alternation(_TENS)})(?P<unit>{_alternation(_TEN_UNITS)})?$", re.IGNORECASE
)


def word_digits(token: str) -> str:
    """The digits a number word or digit group stands for ("fyrtiofem" -> "45")."""
    lower = token.lower()
    if lower.isdigit():
        return lower
    if lower in _UNITS:
        return _UNITS[lower]
    if lower in _TEENS:
        return _TEENS[lower]
    match = _WORD_VALUE.match(lower)
    if not match:
        return ""
    return _TENS[match["tens"]] + (_TEN_UNITS[match["unit"]] if match["unit"] else "0")


class SpelledPhoneRecognizer(_RunRecognizer):
    """Phone numbers written as words: "noll sju noll, ett två tre, fyrtiofem ...".

    Digits and digit groups may be mixed in ("070 ett två tre 45 67"). At
    least two number words must take part, and the digits must make a phone
    number, so "ett två tre kunder" and "hon är sexton" stay.
    """

    RUN = re.compile(
        rf"(?<![\p{{L}}\d]){_TOKEN}(?:[\s,.\-/]{{1,3}}+{_TOKEN}){{1,29}}+", re.IGNORECASE
    )
    _PIECE = re.compile(_TOKEN, re.IGNORECASE)

    def pieces(self, run: re.Match[str]) -> list[_Piece]:
        offset = run.start()
        return [
            _Piece(offset + m.start(), offset + m.end(), word_digits(m.group()))
            for m in self._PIECE.finditer(run.group())
        ]

    def accept(self, text: str, pieces: Sequence[_Piece]) -> bool:
        words = sum(not text[p.start : p.end].isdigit() for p in pieces)
        return words >= 2
