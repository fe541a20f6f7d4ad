"""Signs of a situation in folded chat text (see text.fold), one pattern per sign.

Each pattern is written for the folded spelling: lower case, no å/ä/ö, no
punctuation. They are deliberately about *signs*, not topics: "han tar alla
mina pengar" is a sign of coercion whatever else the message says. The
statistical classifier covers the long tail; these make the few decisions
that must not depend on it (situation.py says which). One module per kind:
paid.py (being paid, buying), victims.py (coercion, violence, images, danger),
needs.py (unwanted sexuality, wanting out, health), people.py (who is
concerned) and asks.py (the questions); english.py adds the English wordings of
each, joined to the Swedish pattern of the same name.
"""

from __future__ import annotations

import re
from typing import Dict, Pattern

from engine.nlu.lexicon.asks import ASK_PATTERNS as _SWEDISH_ASKS
from engine.nlu.lexicon.english import EN_SIGNS
from engine.nlu.lexicon.english_asks import EN_ASKS
from engine.nlu.lexicon.needs import NEED_SIGNS
from engine.nlu.lexicon.paid import PAID_SIGNS
from engine.nlu.lexicon.people import (
    DONE_TO_ME,
    DONE_TO_ME_BY_THEM,
    DONE_TO_THEM,
    FIRST_PERSON,
    FOR_ME,
    PEOPLE_SIGNS,
    PERPETRATOR,
    RELATION,
    THIRD_PERSON,
    WRITER_INCLUDED,
    WRITER_OWN_ACT,
    WRITER_SELLS,
    WRITER_WORRIES,
)
from engine.nlu.lexicon.victims import VICTIM_SIGNS


def _joined(swedish: Dict[str, str], english: Dict[str, str]) -> Dict[str, str]:
    """One pattern per name: the Swedish one, or the English one beside it."""
    return {
        name: "|".join(p for p in (swedish.get(name), english.get(name)) if p)
        for name in {**swedish, **english}
    }


SIGN_PATTERNS: Dict[str, str] = _joined(
    {**PAID_SIGNS, **NEED_SIGNS, **VICTIM_SIGNS, **PEOPLE_SIGNS}, EN_SIGNS
)
ASK_PATTERNS: Dict[str, str] = _joined(_SWEDISH_ASKS, EN_ASKS)

__all__ = [
    "ASK_PATTERNS",
    "DONE_TO_ME",
    "DONE_TO_ME_BY_THEM",
    "DONE_TO_THEM",
    "FIRST_PERSON",
    "FOR_ME",
    "PERPETRATOR",
    "RELATION",
    "SIGN_PATTERNS",
    "THIRD_PERSON",
    "WRITER_OWN_ACT",
    "WRITER_SELLS",
    "WRITER_INCLUDED",
    "WRITER_WORRIES",
    "compile_all",
]


def compile_all(patterns: Dict[str, str]) -> Dict[str, Pattern[str]]:
    return {name: re.compile(pattern) for name, pattern in patterns.items()}
