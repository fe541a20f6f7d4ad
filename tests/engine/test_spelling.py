"""Typing errors are read as the word meant; real words, compounds and other languages are not."""

import pytest

from engine.nlu.spelling import repair
from engine.nlu.text import repaired


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("tabeletter", "tabletter"),  # a letter added
        ("pengr", "pengar"),  # a letter lost
        ("hoonm", "honom"),  # letters swapped and doubled
        ("tvngad", "tvingad"),
        ("sjävmord", "självmord"),
        ("mydnig", "myndig"),
        ("sedton", "sexton"),
        ("innte", "inte"),
        ("jga", "jag"),  # three letters: only a swap
        ("niaan", "nian"),  # a doubled letter, not "nivån" (a letter changed)
        ("nättet", "nätet"),  # not "natten"
        ("uranför", "utanför"),  # a slip from a common word, not "uran" + "för"
    ],
)
def test_a_typo_is_read_as_the_word_meant(typed, meant):
    assert repair(typed) == meant


@pytest.mark.parametrize(
    "word",
    [
        "vill",  # a known word
        "vagar",  # "vågar" without å: folding reads it, it is not "dagar"
        "doda",  # "döda", not "goda"
        "dödsrädd",  # a compound of two words, not "dödsbädd"
        "camsidor",  # a compound with this field's own word
        "sugardejtar",  # this field's word, from the training examples
        "sexo",  # Spanish
        "massös",  # a rare real word
        "sextortar",  # two letters shorter is another word ("störtar")
        "kul",  # known
        "hal",  # three letters, not a swap of a word
    ],
)
def test_what_is_not_a_typo_is_left_as_written(word):
    assert repair(word) is None


def test_the_message_keeps_everything_but_the_typos():
    assert repaired("Jag har tagit en massa Tabeletter, 16 år!") == (
        "Jag har tagit en massa Tabletter, 16 år!"
    )
