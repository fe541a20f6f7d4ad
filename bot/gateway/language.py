"""Which language a conversation is held in.

The bot answers in Swedish and English; for Romanian, Spanish, Russian,
Ukrainian, Polish, Thai, Arabic, Tigrinya and Somali it shows a help card
(data/help_cards.yml). The language is detected from what the person
writes, with lingua (its models ship in the wheel: nothing is downloaded),
and the person can always choose on the page; a choice is never overridden.

Short messages ("hej", "e 16", "ok") say nothing about a language: lingua
calls "hej" Polish. So a message changes the conversation's language only
when it has at least `MIN_WORDS` words and lingua is sure of it, or when it
is written in a script of its own (Cyrillic, Arabic, Thai, Ethiopic).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Dict, Optional

import regex
import yaml
from lingua import Language, LanguageDetectorBuilder

DEFAULT = "sv"
# Languages with a full assistant; the others have a help card.
ANSWERED = ("sv", "en")
LINGUA_CODES: Dict[Language, str] = {
    Language.SWEDISH: "sv",
    Language.ENGLISH: "en",
    Language.ROMANIAN: "ro",
    Language.SPANISH: "es",
    Language.RUSSIAN: "ru",
    Language.UKRAINIAN: "uk",
    Language.POLISH: "pl",
    Language.THAI: "th",
    Language.ARABIC: "ar",
    Language.SOMALI: "so",
}
NAMES = {"sv": "Svenska", "en": "English"}
MIN_WORDS = 3
MIN_CONFIDENCE = 0.5
CARDS_FILE = Path(__file__).resolve().parents[2] / "data" / "help_cards.yml"

_WORD = regex.compile(r"[^\W\d_]{2,}")
# A placeholder the scrubber left (<NAMN>) is Swedish whatever the person wrote.
_PLACEHOLDER = regex.compile(r"<[\p{Lu}-]+>")
_OWN_SCRIPT = {
    # lingua has no Tigrinya; Ethiopic script here is most likely Tigrinya.
    "ti": regex.compile(r"\p{Ethiopic}"),
    "th": regex.compile(r"\p{Thai}"),
}
_SCRIPT_DECIDES = regex.compile(r"[\p{Cyrillic}\p{Arabic}]")


@functools.lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    return LanguageDetectorBuilder.from_languages(*LINGUA_CODES).build()


def warm_up() -> None:
    """Load lingua's models before the first person waits for them."""
    detect("det här är en mening på svenska")


def detect(text: str) -> Optional[str]:
    """The language of a message, or None when it is too short to tell."""
    text = _PLACEHOLDER.sub(" ", text)
    for code, script in _OWN_SCRIPT.items():
        if script.search(text):
            return code
    own_script = bool(_SCRIPT_DECIDES.search(text))
    if not own_script and len(_WORD.findall(text)) < MIN_WORDS:
        return None
    ranked = _detector().compute_language_confidence_values(text)
    if not ranked or (not own_script and ranked[0].value < MIN_CONFIDENCE):
        return None
    return LINGUA_CODES[ranked[0].language]


def next_language(current: Optional[str], chosen: bool, text: str) -> Optional[str]:
    """The conversation's language after this message: a choice stands, else what is detected."""
    if chosen:
        return current
    return detect(text) or current


@functools.lru_cache(maxsize=1)
def _card_names() -> Dict[str, str]:
    raw = yaml.safe_load(CARDS_FILE.read_text(encoding="utf-8")) if CARDS_FILE.exists() else {}
    return {code: entry["name"] for code, entry in ((raw or {}).get("languages") or {}).items()}


def known() -> Dict[str, str]:
    """Every language a conversation can be held in, by code, with its own name."""
    return {**NAMES, **_card_names()}


def _main() -> None:
    """For scripts/eval_routing.py, which talks to Rasa directly in the engine environment:
    stdin a JSON list of conversations (each a list of texts), stdout the language the
    gateway would send with each text."""
    import json
    import sys

    result = []
    for texts in json.load(sys.stdin):
        current: Optional[str] = None
        spoken = []
        for text in texts:
            current = next_language(current, False, text)
            spoken.append(current or DEFAULT)
        result.append(spoken)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    _main()
