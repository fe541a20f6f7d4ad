"""Word frequencies, to tell an ordinary word from a name, handle or street.

The hand lists in `lexicon` hold the words that follow a cue in chat; they
cannot hold Swedish. A capitalised "Kristen" or "Gratis" mid-sentence, an
all-caps "HJÄLP", a lower-case "nian" or "HVB-hem" were taken for names
because nothing knew they were words. wordfreq ships maintained frequency
lists (subtitles, Wikipedia, news, web text) inside the package, so they are
read from disk, never downloaded.

Names are in those lists too ("sara" is as frequent as "kille"), so these
tests answer "is this a word?", and callers ask them only where a listed
first name or a strong cue has not already decided.
"""

from __future__ import annotations

from functools import lru_cache

from bot.scrub.lexicon import is_common_word
from bot.scrub.names import FIRST_NAMES

# Zipf = log10(occurrences per billion words). 3.0 is once per million words:
# wordfreq's own floor for its "small" lists, and where names thin out.
ORDINARY_ZIPF = 3.0
# A capital letter is evidence of a name; it takes more to overrule it: a very
# frequent word ("Kristen", "Gratis"), or a frequent one that inflects like a
# word ("Ateist": "ateister"), which names do not ("Nadja", "Torbjörn").
CAPITALISED_ZIPF = 4.0
_INFLECTED_ZIPF = 2.5
_INFLECTIONS = ("en", "et", "er", "ar", "or", "na", "a", "t", "n", "erna", "arna", "orna")
# An inflected form of a frequent word ("Anonymt" of "anonym"). Not "-a" or
# "-n": "Paula", "Stellan" are names made from names.
_BASE_ZIPF = 3.5
_ENDINGS = ("t", "en", "et", "er", "ar", "or", "na")
# Swedish words rarer than this are dropped on loading (memory: ~100k words).
_FLOOR_ZIPF = 2.0
# A lower-case word this frequent in English is a word ("clients", "offered").
_ENGLISH_ZIPF = 3.5
# Parts of a compound: the head may be rarer than a word on its own
# ("upp" + "sökaren"), the compound must be long enough not to be a name.
_COMPOUND_MIN_LENGTH = 9
_HEAD_ZIPF = 2.5
# Surname endings that make a frequent word a surname anyway ("Svensson",
# "Lindström"): these are never declared ordinary by frequency alone.
_SURNAME_ENDINGS = (
    "sson",
    "berg",
    "ström",
    "lund",
    "qvist",
    "kvist",
    "gren",
    "dahl",
    "holm",
    "stedt",
    "blad",
)


def _zipf_table(language: str, wordlist: str, floor: float) -> dict[str, float]:
    """Words at or above `floor`, read from the package's file.

    wordfreq's own `get_frequency_dict` caches the whole list (340 000 Swedish
    words) for the life of the process; the file is read here instead and only
    the part above the floor is kept. Bucket i holds the words at Zipf 9 - i/100.
    """
    from wordfreq import available_languages, read_cBpack

    table: dict[str, float] = {}
    for index, bucket in enumerate(read_cBpack(available_languages(wordlist)[language])):
        zipf = 9 - index / 100
        if zipf < floor:
            break
        table.update(dict.fromkeys(bucket, zipf))
    return table


@lru_cache(maxsize=1)
def _swedish() -> dict[str, float]:
    return _zipf_table("sv", "large", _FLOOR_ZIPF)


@lru_cache(maxsize=1)
def _english() -> dict[str, float]:
    return _zipf_table("en", "small", _ENGLISH_ZIPF)


def load() -> None:
    """Read the lists now (the scrubber's constructor), not on a first message."""
    _swedish()
    _english()


def zipf(word: str) -> float:
    """Swedish Zipf frequency of `word` (0 when rarer than the floor)."""
    return _swedish().get(word.lower(), 0.0)


def _inflects(lower: str) -> bool:
    """The list holds another form of the word that is no first name."""
    table = _swedish()
    return any(
        lower + ending in table and lower + ending not in FIRST_NAMES for ending in _INFLECTIONS
    )


def _inflected_form(lower: str) -> bool:
    """`lower` is a frequent word plus an ending ("anonymt", "katolska")."""
    table = _swedish()
    for ending in _ENDINGS:
        base = lower[: -len(ending)]
        if lower.endswith(ending) and len(base) >= 4 and base not in FIRST_NAMES:
            if table.get(base, 0.0) >= _BASE_ZIPF:
                return True
    return False


def _frequent(lower: str, capitalised: bool = False) -> bool:
    sv = _swedish().get(lower, 0.0)
    if capitalised and sv < CAPITALISED_ZIPF:
        return (sv >= _INFLECTED_ZIPF and _inflects(lower)) or _inflected_form(lower)
    # Lower case: a frequent English word too ("clients"); people write in
    # English here. Capitalised, English frequency cannot tell "Tyler" from
    # "Romania", so it does not count.
    return sv >= ORDINARY_ZIPF or lower in _english()


def is_english_word(word: str) -> bool:
    """A frequent English word ("offered", "sends"): chat mixes in English."""
    return word.lower() in _english()


def _acronym(part: str) -> bool:
    """HVB, SiS, LVU: two or more capitals in a short part."""
    return 2 <= len(part) <= 5 and sum(ch.isupper() for ch in part) >= 2


def is_compound_of_words(lower: str) -> bool:
    """A long word made of two words ("uppsökaren", "socialsekreteraren")."""
    if len(lower) < _COMPOUND_MIN_LENGTH or lower.endswith(_SURNAME_ENDINGS):
        return False
    table = _swedish()
    for cut in range(3, len(lower) - 3):
        head = table.get(lower[cut:], 0.0)
        if head < _HEAD_ZIPF:
            continue
        modifier = lower[:cut]
        if table.get(modifier, 0.0) >= ORDINARY_ZIPF:
            return True
        # Linking s: "kvinnofrids" + "linjen", "lands" + "tinget".
        if modifier.endswith("s") and table.get(modifier[:-1], 0.0) >= ORDINARY_ZIPF:
            return True
    return False


def is_ordinary_word(word: str, compounds: bool = True) -> bool:
    """True if `word` (any case) is a word of the language, not a name.

    Listed first names are never ordinary; the chat list always is. Then a
    frequent Swedish (or, in lower case, frequent English) word, a compound
    of two words, or a hyphenated word whose head is ordinary and whose other
    parts are words or acronyms ("HVB-hem", "SiS-hem", "LVU-boende"). A
    capitalised word needs more evidence (`CAPITALISED_ZIPF`). User names
    are often made of words ("sweetlisa"): `compounds=False` for them.
    """
    lower = word.lower()
    if is_common_word(lower):
        return True
    if lower in FIRST_NAMES:
        return False
    if "-" in word:
        parts = word.split("-")
        if any(p.lower() in FIRST_NAMES for p in parts) or not all(parts):
            return False
        head, rest = parts[-1], parts[:-1]
        return is_ordinary_word(head, compounds) and all(
            _acronym(p) or is_ordinary_word(p, compounds) for p in rest
        )
    if lower.endswith(_SURNAME_ENDINGS) and len(lower) > 5:
        return False
    return _frequent(lower, word[:1].isupper() and not word.isupper()) or (
        compounds and is_compound_of_words(lower)
    )


def is_rare_word(word: str, below: float = 4.0) -> bool:
    """Not a chat word and rarer than `below` (a lower-case name after a cue)."""
    lower = word.lower()
    return not is_common_word(lower) and zipf(lower) < below
