"""Typing errors put into routing-set messages, to measure how the bot reads a slipped finger.

A blind writer types carefully compared with a person on a phone at night.
`mistype` gives a share of the words (four letters or more) one error each,
the kinds people make: a letter lost, two letters swapped, a letter doubled,
or a key's neighbour hit instead (Swedish keyboard). Seeded, so a run is
repeatable and two runs with different seeds are two different samples.
"""

from __future__ import annotations

import random
import re
from typing import List

_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")


def _neighbours() -> dict:
    keys = {}
    for row_index, row in enumerate(_ROWS):
        for column, key in enumerate(row):
            near = set()
            for other_row in range(max(0, row_index - 1), min(len(_ROWS), row_index + 2)):
                for other_column in (column - 1, column, column + 1):
                    if 0 <= other_column < len(_ROWS[other_row]):
                        near.add(_ROWS[other_row][other_column])
            near.discard(key)
            keys[key] = sorted(near)
    return keys


_NEIGHBOURS = _neighbours()
_WORD = re.compile(r"\w+")
KINDS = ("lost", "swapped", "doubled", "neighbour")


def mistype_word(word: str, rng: random.Random) -> str:
    """One typing error inside the word (never its first or last letter's place)."""
    if len(word) < 4 or not word.isalpha():
        return word
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(KINDS)
    if kind == "lost":
        return word[:at] + word[at + 1:]
    if kind == "swapped":
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    if kind == "doubled":
        return word[:at] + word[at] + word[at:]
    near: List[str] = _NEIGHBOURS.get(word[at].lower(), [])
    return word[:at] + rng.choice(near) + word[at + 1:] if near else word


def mistype(text: str, rng: random.Random, rate: float) -> str:
    """The text with about `rate` of its words mistyped."""
    return _WORD.sub(lambda m: mistype_word(m.group(0), rng) if rng.random() < rate
                     else m.group(0), text)
