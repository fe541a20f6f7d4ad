"""The typo measure mistypes words the way fingers slip, and repeats itself for a seed."""

import random

from scripts.typo_noise import mistype


def _edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def test_every_long_word_gets_one_slip_and_short_words_none():
    text = "jag har tagit alla tabletter ikväll"
    typed = mistype(text, random.Random(3), 1.0)
    changed = 0
    for before, after in zip(text.split(), typed.split(), strict=True):
        if len(before) < 4:
            assert after == before
        else:
            assert _edit_distance(before, after) <= 2  # a swap counts two here
            changed += after != before  # ("alla" with its two l's swapped is still "alla")
    assert changed >= 3


def test_the_same_seed_gives_the_same_typos():
    text = "han står utanför dörren och vill att jag följer med"
    assert mistype(text, random.Random(7), 0.5) == mistype(text, random.Random(7), 0.5)
    assert mistype(text, random.Random(7), 0.0) == text
