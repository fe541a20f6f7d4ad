"""Words of the other languages people write here, and which language a message is in.

The recognizers were written for Swedish: an unknown capitalised word is
taken for a name, and so is whatever the Swedish NER model marks. In English
("I'm from Romania", "the Police took it"), Spanish or Russian those are
words. wordfreq's lists for these languages (read from disk, as in
`frequency`) and spaCy's stop words (shipped with spaCy) tell words from
names; the name lists decide for names, which are frequent words too.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from bot.scrub.frequency import _english, _zipf_table, zipf
from bot.scrub.lexicon import _CHAT_WORDS
from bot.scrub.names import FIRST_NAMES
from bot.scrub.world_names import (
    ARABIC_NAMES,
    ARABIC_WORD_NAMES,
    CYRILLIC_NAMES,
    CYRILLIC_WORD_NAMES,
    ENGLISH_NAMES,
    ENGLISH_WORD_NAMES,
)

# At or above this Zipf frequency a word of these languages is a word
# (once per million words: "Albanian", "убьёт" he will kill).
FOREIGN_ZIPF = 3.0
_LANGUAGES = ("en", "es", "pl", "ro", "ru", "uk", "ar")
_STOP_LANGUAGES = ("en", "es", "pl", "ro", "ru", "uk", "ar")
# spaCy has no Somali; the words that carry a Somali sentence and the help
# card's danger words ("booliska" the police, "baasaboor" passport).
_SOMALI = """
waa iyo ayaa ayuu ayay ayaan oo ka ku u la ma aan waxaa waxay wuxuu waxaan iga igu ii ah
ee kale haa maya hadda waan wuu way baan buu bay maxaa sidee halkee ninka naagta gabadha
booliska boolis baasaboor baasaboorka dil dilay caawi caawimaad mindi xiran
"""
# Words of the name cues of `recognizers.world` ("ma numesc", "menya zovut"):
# never part of a name, whatever the NER model says.
_CUE_WORDS = """
numesc numele cheama cheamă llamo nombre nazywam nazywa imię imie magacaygu magacayga
magaciisu magaceedu magacaa yiraahdaa yidhaahdaa menya mene zovut zvat zvaty zvut imya
اسمي إسمي أسمي واسمي اسمه إسمه اسمها إسمها يدعى تدعى يدعي
"""
# English contractions, as people type them with and without the apostrophe.
_CONTRACTIONS = """
i'm im i've ive i'll ill i'd it's its he's she's that's what's don't dont can't cant
won't wont didn't didnt doesn't isn't wasn't
"""

# What "I'm" or "I am" is followed by besides a name: a faith or a people
# ("I'm Christian", "I'm Eritrean"). Words, whatever the name lists say.
PEOPLES_AND_FAITHS: frozenset[str] = frozenset(
    """
    christian muslim catholic orthodox jewish buddhist hindu atheist eritrean ethiopian somali
    somalian nigerian ghanaian gambian thai romanian bulgarian albanian ukrainian russian
    moldovan syrian iraqi afghan kurdish iranian moroccan swedish kosovar roma romani
    """.split()
)
WORD_NAMES: frozenset[str] = ENGLISH_WORD_NAMES | CYRILLIC_WORD_NAMES | ARABIC_WORD_NAMES


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, float], ...]:
    return tuple(_zipf_table(lang, "small", FOREIGN_ZIPF) for lang in _LANGUAGES)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Stop words of English and the help cards' languages, Somali's commonest, cue words."""
    import importlib

    words = set(_SOMALI.split()) | set(_CONTRACTIONS.split()) | set(_CUE_WORDS.split())
    for lang in _STOP_LANGUAGES:
        words |= importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    return frozenset(w.replace("’", "'") for w in words)


@lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], frozenset[str]]:
    """Words only Swedish uses, and words only the other Latin-script languages use.

    A word both use, a frequent English word in Swedish chat ("ok", "man") or
    a stop word that is also a given name ("ella", "sam") marks neither.
    """
    from spacy.lang.sv.stop_words import STOP_WORDS

    swedish = set(STOP_WORDS) | set(_CHAT_WORDS.split())
    foreign = stop_words() - swedish - FIRST_NAMES
    return frozenset(swedish - stop_words() - set(_english())), frozenset(foreign)


def load() -> None:
    """Read the lists now (the scrubber's constructor), not on a first message."""
    _tables()
    _markers()
    cyrillic_forms()


def foreign_zipf(word: str) -> float:
    """The highest Zipf frequency of `word` in the other languages (0 below 3.0)."""
    lower = word.lower()
    return max(table.get(lower, 0.0) for table in _tables())


def is_stop_word(word: str) -> bool:
    return word.lower().replace("’", "'") in stop_words()


def is_word_name(word: str) -> bool:
    """A name that is also a word ("Hope", "Вера"): a name only after a cue."""
    return word.lower() in WORD_NAMES


def is_listed_name(word: str) -> bool:
    """A given name of any list, in any of its listed forms."""
    lower = word.lower()
    return (
        lower in FIRST_NAMES
        or lower in ENGLISH_NAMES
        or lower in ARABIC_NAMES
        or lower in cyrillic_forms()
        or lower in WORD_NAMES
    )


def is_foreign_word(word: str) -> bool:
    """A word of English or a help card's language that is no listed name.

    Also any lower-case Cyrillic word: Russian and Ukrainian write names with
    a capital, and a verb form may be too rare for the list ("вбить" kill).
    And any word in a script without a list here (Thai, Ethiopic): there only
    a cue says what is a name.
    """
    if is_word_name(word) or word.lower() in PEOPLES_AND_FAITHS:
        return True
    if is_listed_name(word):
        return False
    if word.islower() and _CYRILLIC.search(word):
        return True
    if _UNLISTED_SCRIPT.search(word):
        return True
    return is_stop_word(word) or foreign_zipf(word) >= FOREIGN_ZIPF


_CYRILLIC = re.compile(r"\p{Cyrillic}")
_UNLISTED_SCRIPT = re.compile(r"[^\P{L}\p{Latin}\p{Cyrillic}\p{Arabic}]")
_LATIN_WORD = re.compile(r"[\p{Latin}]+(?:['’][\p{Latin}]+)?")
_LETTER = re.compile(r"\p{L}")
_NON_LATIN_LETTER = re.compile(r"[^\P{L}\p{Latin}]")


def is_latin(word: str) -> bool:
    return not _NON_LATIN_LETTER.search(word)


@lru_cache(maxsize=512)
def is_foreign_text(text: str) -> bool:
    """True if `text` reads as English (or another help card language), not Swedish.

    Mostly non-Latin letters, or more words that only the other languages use
    ("the", "my", "la", "się") than words only Swedish uses ("jag", "och");
    without either, more words their frequency lists know better.
    """
    letters = len(_LETTER.findall(text))
    if letters and len(_NON_LATIN_LETTER.findall(text)) * 2 > letters:
        return True
    swedish, foreign = _markers()
    words = [w.lower().replace("’", "'") for w in _LATIN_WORD.findall(text)]
    ours, theirs = sum(w in swedish for w in words), sum(w in foreign for w in words)
    if not ours and not theirs:
        # No function word ("policja zabrała paszport"): which lists know the
        # words better.
        ours = sum(zipf(w) > foreign_zipf(w) for w in words)
        theirs = sum(foreign_zipf(w) > zipf(w) for w in words)
    return theirs > ours


# --- Russian and Ukrainian names in their cases ---------------------------------

# Endings by the nominative's last letter ("" for a consonant): Наташ-у, Иван-ом,
# Андре-ем, Петр-ові. Ukrainian vocatives ("Олено", "Іване") are among them.
_FEMININE = ("а", "я", "у", "ю", "ы", "и", "і", "е", "є", "ой", "ей", "ою", "ею", "ёй", "о")
_ENDINGS = {
    "а": _FEMININE,
    "я": _FEMININE,
    "й": ("й", "я", "ю", "ем", "ём", "е", "єм", "ї"),
    "ь": ("ь", "я", "ю", "ем", "ём", "е"),
    "о": ("о", "а", "у", "ом", "е", "ові"),
    "": ("", "а", "у", "ом", "ем", "е", "ові", "еві"),
}


@lru_cache(maxsize=1)
def cyrillic_forms() -> frozenset[str]:
    """Every case form of the listed Cyrillic names that is not a commoner word.

    "Люда" gives "Люди" (people), "Влад" gives "влада" (government): a form
    more frequent than its name is that word, and left out.
    """
    forms: set[str] = set()
    for name in CYRILLIC_NAMES:
        last = name[-1] if name[-1] in _ENDINGS else ""
        stem = name[: len(name) - len(last)]
        ceiling = foreign_zipf(name)
        for ending in _ENDINGS[last]:
            form = stem + ending
            if form == name or foreign_zipf(form) <= ceiling:
                forms.add(form)
    return frozenset(forms)
