"""The chat page's own texts in the help cards' languages (data/help_cards.yml, `page:`).

The page carries its Swedish and English texts itself (TEXTS in static/chat.js).
When the conversation is in a help card's language (Română, العربية, …) it asks
GET /api/languages/{code}/page once and shows those texts instead, with
<html lang> set to the code and dir="rtl" for a right-to-left script. A key the
answer lacks stays English on the page.

The texts are AI drafts like the cards, under the same `translation.checked_by`.
The file is checked whenever the gateway reads it (at start, and again after it
changes): each language's `page` must have exactly the page's keys, every one a
non-empty string, and `remaining` must hold `{n}`. A broken file is an error,
never a half-translated page.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import yaml

from actions.help_cards import cards_path

# The keys of TEXTS.en in static/chat.js, in its order.
KEYS = (
    "title", "exit", "exitHint", "language", "heading", "intro", "privacyHeading",
    "privacyAnonymous", "privacyScrubbed", "privacyDeleted", "danger", "delete",
    "confirmText", "confirmDelete", "cancelDelete", "chatHeading", "typing", "inputLabel",
    "send", "hint", "maxLength", "labelBot", "labelWorker", "labelUser", "workerBadge",
    "choices", "network", "generic", "busy", "unavailable", "queued", "human", "handedBack",
    "closed", "welcomeBack", "deleted", "remainingNone", "remaining",
)
# Texts the page fills in: what each must hold.
PLACEHOLDERS = {"remaining": "{n}"}
# Languages written right to left (of the cards today: Arabic).
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "ckb"})

Texts = Dict[str, Dict[str, str]]


def direction(code: str) -> str:
    """The page's writing direction in a language: "rtl" or "ltr"."""
    return "rtl" if code in RIGHT_TO_LEFT else "ltr"


def check(code: str, page: Any) -> Dict[str, str]:
    """One language's page texts, or ValueError naming what is wrong with them."""
    if not isinstance(page, dict):
        raise ValueError(f"help card {code}: no page texts (a `page:` mapping of {len(KEYS)} keys)")
    problems = []
    missing = [key for key in KEYS if key not in page]
    if missing:
        problems.append("missing " + ", ".join(missing))
    unknown = sorted(str(key) for key in page if key not in KEYS)
    if unknown:
        problems.append("unknown " + ", ".join(unknown))
    bad = [
        key for key in KEYS
        if key in page and not (isinstance(page[key], str) and page[key].strip())
    ]
    if bad:
        problems.append("not a text: " + ", ".join(bad))
    for key, mark in PLACEHOLDERS.items():
        if key not in missing and key not in bad and mark not in page[key]:
            problems.append(f"{key} lacks {mark}")
    if problems:
        raise ValueError(f"help card {code}: page texts " + "; ".join(problems))
    return {key: page[key] for key in KEYS}


def load(path: Path) -> Texts:
    """Every help card language's page texts, checked."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    languages = raw.get("languages") or {}
    return {
        str(code): check(str(code), (entry or {}).get("page") if isinstance(entry, dict) else None)
        for code, entry in languages.items()
    }


_lock = threading.Lock()
_cache: Dict[Path, Tuple[float, Texts]] = {}


def get_all() -> Texts:
    """The page texts of every card language, re-read (and re-checked) when the file changes."""
    path = cards_path()
    mtime = path.stat().st_mtime
    with _lock:
        cached = _cache.get(path)
        if cached is None or cached[0] != mtime:
            cached = (mtime, load(path))
            _cache[path] = cached
        return cached[1]


def get(code: str) -> Optional[Dict[str, str]]:
    """One language's page texts; None when it has no help card (sv and en live in the page)."""
    return get_all().get(code)
