"""Spelling-neutral lemmas let "salja" and "sälja" count as one word."""

from bot.nlu.tokenizer import fold


def test_fold_removes_diacritics_case_and_long_runs():
    assert fold("Sälja") == fold("salja") == "salja"
    assert fold("KÖPA") == "kopa"
    assert fold("hejjjjj") == "hejj"
