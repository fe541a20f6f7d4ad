"""The help cards file (data/help_cards.yml): reading it, and its words of danger.

The bot understands Swedish and English. Someone writing Romanian, Russian,
Thai … gets a short card in their language (actions/other_languages.py).
The translations are drafts until a native speaker has checked them: each
card says who checked it, and the admin pages show the operator which are
unchecked. No Rasa import here: the gateway reads the cards too.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Tuple

import regex
import yaml

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "help_cards.yml"
# Scripts without spaces between words, or with prefixes glued on: a word of
# danger there may stand anywhere in the text, not only at a word's start.
_ANYWHERE = regex.compile(r"[\p{Thai}\p{Ethiopic}\p{Arabic}]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


def fold(text: Text) -> Text:
    """Lower case without diacritics (NFKD, combining marks dropped), as the word lists are."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Card:
    language: str
    name: str
    english_name: str
    danger: str
    card: str
    english_offer: str
    checked_by: Optional[str]
    checked_on: Optional[str]
    translated_by: str

    @property
    def checked(self) -> bool:
        return bool(self.checked_by)


@dataclass(frozen=True)
class Cards:
    cards: Dict[str, Card]
    _danger: Tuple[regex.Pattern, ...]

    def get(self, language: Optional[str]) -> Optional[Card]:
        return self.cards.get(language or "")

    def danger_in(self, text: Text) -> bool:
        """Whether the text holds a word of danger in any card's language.

        All languages, not only the detected one: a short message may be
        detected wrongly, and 112 must not depend on it.
        """
        folded = fold(text)
        return any(pattern.search(folded) for pattern in self._danger)


def _danger_pattern(words: List[Any]) -> Optional[regex.Pattern]:
    """One pattern of a language's danger stems: at a word's start, or anywhere in some scripts."""
    alternatives = []
    for word in words:
        if not isinstance(word, str) or not word.strip():
            continue
        stem = fold(word.strip())
        body = r"\s+".join(regex.escape(part) for part in stem.split())
        alternatives.append(body if _ANYWHERE.search(stem) else rf"(?<!\w){body}")
    return regex.compile("|".join(alternatives)) if alternatives else None


def load_cards(path: Path) -> Cards:
    """Reads and checks the cards file; a card missing a text is an error, not a blank."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    cards: Dict[str, Card] = {}
    patterns = []
    for code, entry in (raw.get("languages") or {}).items():
        translation = entry.get("translation") or {}
        texts = {key: entry.get(key) for key in ("name", "danger", "card", "english_offer")}
        missing = [key for key, value in texts.items() if not isinstance(value, str) or not value]
        if missing:
            raise ValueError(f"help card {code}: missing {', '.join(missing)}")
        checked_on = translation.get("checked_on")
        cards[code] = Card(
            language=code,
            name=texts["name"],
            english_name=str(entry.get("english_name") or code),
            danger=texts["danger"],
            card=texts["card"],
            english_offer=texts["english_offer"],
            checked_by=translation.get("checked_by") or None,
            checked_on=str(checked_on) if checked_on else None,
            translated_by=str(translation.get("by") or "unknown"),
        )
        pattern = _danger_pattern(entry.get("danger_words") or [])
        if pattern is not None:
            patterns.append(pattern)
    return Cards(cards, tuple(patterns))


def cards_path() -> Path:
    return Path(os.environ.get("OUTREACH_HELP_CARDS_FILE", DEFAULT_PATH))


_lock = threading.Lock()
_cache: Dict[Path, Tuple[float, Cards]] = {}


def get_cards() -> Cards:
    """The cards, re-read whenever the file changes (an operator's check lands at once)."""
    path = cards_path()
    mtime = path.stat().st_mtime
    with _lock:
        cached = _cache.get(path)
        if cached is None or cached[0] != mtime:
            cached = (mtime, load_cards(path))
            _cache[path] = cached
        return cached[1]
