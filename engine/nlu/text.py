"""Chat text folded to one spelling, so rules match the ways people type.

People write "ar" for "är", "SNÄLLAAA", "tvingad!!!" and "e" for "är". The
rule-based parts (situation.py, crisis.py, age.py) match patterns written in
the folded form: lower case, å/ä → a, ö → o, letters repeated three or more
times cut to two, punctuation to spaces (digits, hyphens and slashes kept).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from engine.nlu.spelling import repair

_LETTERS = str.maketrans(
    {
        "å": "a",
        "ä": "a",
        "æ": "a",
        "á": "a",
        "à": "a",
        "ö": "o",
        "ø": "o",
        "ó": "o",
        "é": "e",
        "è": "e",
        "ü": "u",
        "’": "'",
        "´": "'",
    }
)
_REPEATS = re.compile(r"([a-z])\1{2,}")
_PUNCTUATION = re.compile(r"[^\w\s'/+-]")
_SPACES = re.compile(r"\s+")
# A word or two in scare quotes: "hon 'jobbar' åt honom" (set DB) reads as "hon jobbar åt
# honom". Apostrophes inside words ("don't", "it's") stay.
# (Up to four words: "skrev 'dom låter mig inte gå'" is reported speech, set DG.)
# "payed" (set GO, and often in English as a second language) is "paid".
_PAYED = re.compile(r"\bpayed\b")
_SCARE_QUOTES = re.compile(r"(?<![a-z0-9])'([a-z]+(?: [a-z]+){0,3})'(?![a-z0-9])")


@functools.lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """The message in the one spelling the rules are written for.

    Cached: the age, sign, question and whose-situation rules each fold the
    same message.
    """
    text = unicodedata.normalize("NFKC", text).lower().translate(_LETTERS)
    text = _REPEATS.sub(r"\1\1", text)
    text = _PUNCTUATION.sub(" ", text)
    text = _SCARE_QUOTES.sub(r"\1", text)
    text = _PAYED.sub("paid", text)
    return _SPACES.sub(" ", text).strip()


# Chat spellings of common words, and their written forms. Forms whose written
# reading is nearly always the meant one in a chat ("ja" is sometimes "yes", which
# a second reading can afford); "va" (vad/var/vara) and "sen" (sedan/sent) are left.
_CHAT_FORMS = {
    "mej": "mig",
    "dej": "dig",
    "sej": "sig",
    "ja": "jag",
    "jg": "jag",
    "e": "är",
    "o": "och",
    "å": "och",
    "me": "med",
    "int": "inte",
    "ente": "inte",
    "nåt": "något",
    "nått": "något",
    "ngt": "något",
    "nån": "någon",
    "ngn": "någon",
    "nåra": "några",
    "nånting": "något",
    "ba": "bara",
    "mkt": "mycket",
    "ikv": "ikväll",
    "ikvell": "ikväll",
    "sj": "själv",
    "sjlv": "själv",
    "livt": "livet",
    "dom": "de",
}
# Fillers that sit between the words a pattern expects: "vill bara försvinna typ för alltid".
_FILLERS = frozenset({"typ", "asså", "alltså", "assa", "liksom", "fr", "iaf", "lixom", "ju"})
_TOKEN = re.compile(r"[\w:-]+|\S")


@functools.lru_cache(maxsize=1024)
def standard(text: str) -> str:
    """The message lower-cased, chat spellings written out, fillers left out.

    A second reading for the crisis rules, which are written in standard Swedish:
    "ja vill int va me längre" → "jag vill inte va med längre" (typing errors are
    already repaired: situation.analyze reads `repaired`). Rules match the
    message or this reading, so nothing the message says plainly is lost.
    """
    words = []
    for token in _TOKEN.findall(unicodedata.normalize("NFKC", text).lower()):
        if token in _FILLERS:
            continue
        words.append(_CHAT_FORMS.get(token, token))
    return " ".join(words)


_WORD = re.compile(r"[^\W\d_]+")


def _repaired_word(match: "re.Match[str]") -> str:
    word = match.group(0)
    meant = repair(word.lower())
    if meant is None:
        return word
    return meant.capitalize() if word[:1].isupper() else meant


# Small words that tell an English message from a Swedish one (lower case, as written:
# "i", "in", "at", "men" and "min" are Swedish words too, so they do not count).
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|you|is|are|not|with|your|if|this|my|he|she|it|was|were|have|has|what|"
    r"i'm|im|i've|ive|don't|dont|can't|cant|he's|hes|she's|shes|they|them|their|his|her|him|"
    r"who|would|will|been|from|about|just|that|when|because|want|know|there|here|of|to|on|"
    r"me|we|do|does|did|am|an|a|so|but|how|why|where|some|any|anyone|someone)\b"
)
_SWEDISH_WORDS = re.compile(
    r"\b(?:och|att|jag|ja|är|e|inte|int|det|som|med|me|till|kan|har|vill|mig|mej|en|ett|på|"
    r"för|om|så|han|hon|du|vad|va|dom|de|den|hur|sig|nu|eller|var|mitt|mina|vi|oss|ni|också|"
    r"när|bara|ba|får|fick|typ|asså|o|å|sen|från|av|är|mycket|nån|någon|nåt|något)\b"
)


def is_english(text: str) -> bool:
    """A message written in English: more of its small words English than Swedish.

    ("me" is Swedish chat for "med" too, so it counts for neither when both languages'
    words are there in the same number.)
    """
    lower = unicodedata.normalize("NFKC", text).lower()
    english = len(_ENGLISH_WORDS.findall(lower))
    return english >= 2 and english > len(_SWEDISH_WORDS.findall(lower))


@functools.lru_cache(maxsize=1024)
def repaired(text: str) -> str:
    """The message with each typing error replaced by the word meant, all else as written.

    "jag har tagit en masas piller" → "jag har tagit en massa piller". Words that
    are known, short or compounds stay (spelling.repair). A message in English stays
    as written: the index is Swedish, and "groped", "fantasise" or "disgusts" would
    otherwise be "repaired" into Swedish words the English rules never read.
    """
    if is_english(text):
        return text
    return _WORD.sub(_repaired_word, text)
