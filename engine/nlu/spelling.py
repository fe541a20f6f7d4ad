"""Typing errors repaired to the nearest common Swedish word, for the rules and the classifier.

"tabeletter", "sjävmord", "tvngad", "e sedton": one slip of a finger and a
pattern written for "tabletter" or an age written "sexton" no longer
matches. A word that is not a Swedish word is looked up in a SymSpell index
of the words wordfreq ships for Swedish, plus the words of the training
examples (this field's slang: "sugardejtar", "swishar"), and replaced by
the most frequent word at the smallest edit distance.

The index is keyed on the folded spelling (text.fold: no å/ä/ö), because
the rules already read "vagar" as "vågar" and must not see it "repaired" to
"dagar". Left alone: known words, short words, compounds of two known words
("dödsrädd", "camsidor") unless one slip from a very common word ("uranför"),
words of the other languages people write here ("sexo", "adus"), and rare
words with no far more frequent neighbour.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Dict, FrozenSet, Optional

from symspellpy import SymSpell, Verbosity
from wordfreq import top_n_list, zipf_frequency

# Swedish words at least this frequent are targets (about 73,000 words; zipf 2.3
# is about once per 5 million words): rarer targets make rarer typos look like words.
TARGET_ZIPF = 2.3
# A word this common in a language people write here is not a Swedish typo
# ("please", "sexo", "pomoc").
OTHER_LANGUAGE_ZIPF = 3.0
OTHER_LANGUAGES = ("en", "es", "de", "fr", "pt", "it", "ro", "pl", "nl", "da", "nb", "fi", "tr")
# A Swedish word this common is a rare word, not a typo ("massös", "moralisera" 2.2).
REAL_WORD_ZIPF = 2.0
# A word is replaced only by one at least this much more frequent (1.5 on the zipf
# scale is about 30 times): "masas" (1.3, a typo that made it into the corpus) is
# "massa" (4.6), but a rare real word is not pulled to a common neighbour.
MORE_FREQUENT_BY = 1.5
# Edit distance allowed: two letters swapped in a word of three, one edit for words of
# 4–6 letters, two from 7 letters when the first letter is right and the lengths differ
# by at most one (first letters are rarely mistyped; two letters lost is another word).
SHORTEST = 4
TWO_EDITS_FROM = 7
# Three-letter words are repaired only to words this common ("jga" → "jag").
SHORT_ZIPF = 5.0
# A slip away from a word this common beats reading two words run together.
COMMON_ZIPF = 4.5
# Parts of a compound: "döds"+"rädd" (common words), "cam"+"sidor" (the field's own).
PART_ZIPF = 2.5
_PART_MIN = 4
_OWN_PART_MIN = 3
# The training examples' words count as much as a word seen once per million.
_OWN_WORD_ZIPF = 3.0

_TRAINING_DATA = Path(__file__).resolve().parents[2] / "data" / "nlu"
_WORD = re.compile(r"[^\W\d_]+")
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e"})


def _folded(word: str) -> str:
    return word.translate(_FOLD)


@functools.lru_cache(maxsize=1)
def _own_words() -> FrozenSet[str]:
    """The words of the training examples: slang and compounds of this field."""
    words = set()
    for path in sorted(_TRAINING_DATA.glob("*.yml")):
        words.update(_WORD.findall(path.read_text(encoding="utf-8").lower()))
    return frozenset(words)


class _Index:
    """SymSpell over folded spellings, and the written word each folded key stands for."""

    def __init__(self) -> None:
        self.symspell = SymSpell(max_dictionary_edit_distance=2, prefix_length=5)
        self.written: Dict[str, str] = {}
        self.zipf: Dict[str, float] = {}
        for word in top_n_list("sv", 100_000):
            zipf = zipf_frequency(word, "sv")
            if zipf < TARGET_ZIPF:
                break
            if word.isalpha() and len(word) >= 2:
                self._add(word, zipf)
        for word in sorted(_own_words()):
            if len(word) >= 2:
                self._add(word, _OWN_WORD_ZIPF)

    def _add(self, word: str, zipf: float) -> None:
        key = _folded(word)
        if key in self.zipf:
            return  # the most frequent written form came first ("vågar" before "vägar")
        self.written[key] = word
        self.zipf[key] = zipf
        self.symspell.create_dictionary_entry(key, max(1, int(10**zipf)))


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    """Built once (about 3 s, 90 MB) when first needed."""
    return _Index()


def _is_part(word: str) -> bool:
    """A word that can be half of a Swedish compound: common, or one of the field's own."""
    if len(word) >= _OWN_PART_MIN and word in _own_words():
        return True
    return len(word) >= _PART_MIN and zipf_frequency(word, "sv") >= PART_ZIPF


def _is_compound(word: str) -> bool:
    """True if the word is two such words, with or without a linking s."""
    for cut in range(_OWN_PART_MIN, len(word) - _OWN_PART_MIN + 1):
        head, tail = word[:cut], word[cut:]
        if _is_part(head) and (_is_part(tail) or (tail[0] == "s" and _is_part(tail[1:]))):
            return True
    return False


def _other_language(word: str) -> bool:
    # The "small" lists hold every word down to zipf 3, in a tenth of the memory.
    return any(
        zipf_frequency(word, lang, wordlist="small") >= OTHER_LANGUAGE_ZIPF
        for lang in OTHER_LANGUAGES
    )


def _neighbours() -> Dict[str, str]:
    rows = ("qwertyuiopa", "asdfghjkloa", "zxcvbnm")  # Swedish keys, folded
    near: Dict[str, str] = {}
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            near[key] = near.get(key, "") + "".join(
                rows[rr][cc]
                for rr in range(max(0, r - 1), min(3, r + 2))
                for cc in (c - 1, c, c + 1)
                if 0 <= cc < len(rows[rr]) and rows[rr][cc] != key
            )
    return near


_NEAR_KEYS = _neighbours()


def _slip(typed: str, meant: str) -> float:
    """How likely a finger's slip turns `meant` into `typed` (one edit apart), on the zipf scale.

    People most often double a letter or swap two, then drop one or hit the key
    next to it; an unrelated letter is the least likely ("niaan" is "nian", not
    "nivån"; "nättet" is "nätet", not "natten").
    """
    if len(typed) == len(meant) + 1:
        at = next((i for i in range(len(meant)) if typed[i] != meant[i]), len(meant))
        return 1.5 if at > 0 and typed[at] == typed[at - 1] else 0.0  # a letter doubled
    if len(typed) + 1 == len(meant):
        return 0.5  # a letter lost
    if len(typed) == len(meant):
        diff = [i for i in range(len(typed)) if typed[i] != meant[i]]
        if len(diff) == 2 and typed[diff[0]] == meant[diff[1]] and typed[diff[1]] == meant[diff[0]]:
            return 1.0  # two letters swapped
        if len(diff) == 1 and typed[diff[0]] in _NEAR_KEYS.get(meant[diff[0]], ""):
            return 0.5  # the key next to it
    return 0.0


def _meant(key: str, word: str) -> Optional[str]:
    """The folded word most likely meant, among those nearest to the typed key."""
    index = _index()
    distance = 2 if len(key) >= TWO_EDITS_FROM else 1
    best, best_score = None, 0.0
    for found in index.symspell.lookup(key, Verbosity.CLOSEST, max_edit_distance=distance):
        term = found.term
        if len(key) < SHORTEST and (sorted(term) != sorted(key) or index.zipf[term] < SHORT_ZIPF):
            continue  # three letters: only a very common word with two letters swapped ("jga")
        if found.distance == 2 and (term[0] != key[0] or abs(len(term) - len(key)) > 1):
            continue  # "sextortar" is not "störtar"
        score = index.zipf[term] + (_slip(key, term) if found.distance == 1 else 0.0)
        if best is None or score > best_score:
            best, best_score = term, score
    if best is None or index.zipf[best] - zipf_frequency(word, "sv") < MORE_FREQUENT_BY:
        return None
    return best


@functools.lru_cache(maxsize=50_000)
def repair(word: str) -> Optional[str]:
    """The word meant by a lower-case token with a typing error in it, or None."""
    if len(word) < SHORTEST - 1 or not word.isalpha():
        return None
    index = _index()
    key = _folded(word)
    if key in index.zipf or zipf_frequency(word, "sv") >= REAL_WORD_ZIPF or _other_language(word):
        return None
    meant = _meant(key, word)
    if meant is None:
        return None
    if _is_compound(word) and not (
        index.zipf[meant] >= COMMON_ZIPF and _slip(key, meant) > 0
    ):
        # Two words run together stay ("dödsrädd"), unless one slip away from a very
        # common word: "uranför" is "utanför", "allttid" is "alltid", not "uran" + "för".
        return None
    return index.written[meant]


def warm_up() -> None:
    """Build the index and load the other languages' lists now, not on a person's first message."""
    _index()
    _other_language("hej")


__all__ = ["repair", "warm_up"]
