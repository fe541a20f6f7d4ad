"""Which language a conversation is held in.

The bot answers in Swedish and English; for Romanian, Spanish, Russian,
Ukrainian, Polish, Thai, Arabic, Tigrinya and Somali it shows a help card
(data/help_cards.yml). The language is detected from what the person
writes, with lingua (its models ship in the wheel: nothing is downloaded),
and the person can always choose on the page; a choice is never overridden.

Short messages ("hej", "e 16", "ok") say nothing about a language: lingua
calls "hej" Polish. So a message changes the conversation's language only
when it has at least `MIN_WORDS` words and lingua is sure of it, or when it
is written in a script of its own (Cyrillic, Arabic, Thai, Ethiopic).

Russian, Ukrainian and Arabic are often typed in Latin letters on a phone
("u menya zabrali pasport", "mish 3arfa"). Such a message, neither Swedish
nor English by its words, is written back in Cyrillic (the `transliterate`
package) and counted as Russian or Ukrainian when most of its words are
then that language's words (wordfreq); digits inside words ("3arfa",
"7abibi") are Arabizi.

Between Swedish and English, chat as people type it ("if i tell you im 15 …
socialtjänsten?") fools lingua, which learned from edited text. There the
words decide: wordfreq (which counts chat, subtitles and forums) says for
each word whether it is far commoner in English or in Swedish, and a clear
majority wins.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Dict, List, Optional

import regex
from lingua import Language, LanguageDetectorBuilder
from transliterate import translit
from wordfreq import zipf_frequency

from actions.help_cards import get_cards

DEFAULT = "sv"
# Languages with a full assistant; the others have a help card.
ANSWERED = ("sv", "en")
LINGUA_CODES: Dict[Language, str] = {
    Language.SWEDISH: "sv",
    Language.ENGLISH: "en",
    Language.ROMANIAN: "ro",
    Language.SPANISH: "es",
    Language.RUSSIAN: "ru",
    Language.UKRAINIAN: "uk",
    Language.POLISH: "pl",
    Language.THAI: "th",
    Language.ARABIC: "ar",
    Language.SOMALI: "so",
}
NAMES = {"sv": "Svenska", "en": "English"}
SWEDISH_NAMES = {
    "sv": "svenska", "en": "engelska", "ro": "rumänska", "es": "spanska", "ru": "ryska",
    "uk": "ukrainska", "pl": "polska", "th": "thailändska", "ar": "arabiska",
    "ti": "tigrinja", "so": "somaliska",
}
MIN_WORDS = 3
MIN_CONFIDENCE = 0.5
# A word counts for English or Swedish when it is this much commoner there (Zipf scale:
# 1 is ten times as common); a side wins with this many words and twice the other's.
WORD_MARGIN = 1.0
MIN_VOTES = 2
UNKNOWN_WORD = 2.0  # Zipf below this in both Swedish and English: a word of neither
# Latin-typed Russian or Ukrainian: this share of its words (of 3+ letters) must be
# common words of the language once written in Cyrillic.
TRANSLIT_SHARE = 0.5
TRANSLIT_COMMON = 2.5  # Zipf: about once in 300,000 words
TRANSLIT_NEARLY_ALL = 0.85  # the share needed when half the words are English or Swedish too
# Arabizi: a digit for an Arabic letter inside a word ("a3mel", "sa3douni") or opening
# one before a vowel ("3arfa", "7abibi"); "5min", "2ggr" and "20åring" are not.
# (Set XE: also after a digit, "2s2al", and closing a word of three letters or more, "hala2".)
_ARABIZI = regex.compile(
    r"\b[a-z0-9]*(?:[a-z][23579][a-z]|(?<![0-9])\b[23579][aeiou])[a-z0-9]*\b"
    r"|\b[a-z]{3,}[2379]\b"
)
# Numbers with a Swedish or English ending are not Arabizi: school years ("gick i 7an, nu
# i 9an", set CZ) and times ("5am"). ("3a" and "3an" stay Arabizi: "on" and "about".)
_NUMBER_WITH_ENDING = regex.compile(
    r"(?:[124-9]|1[0-2])(?:an|ans|or|orna)|\d+(?:am|pm|st|nd|rd|th|ar|are|aring|ing|ingar)"
)

# Tigrinya typed in Latin letters, which lingua (no Tigrinya) reads as Somali: its
# commonest words ("hiji ab geza allo": now, in, house, is). Somali's own commonest words
# keep a Somali message Somali.
TIGRINYA_LATIN = frozenset({
    "ane", "aney", "iye", "eye", "allo", "alo", "aleku", "alekhu", "allekhu", "hiji",
    "hji", "geza", "nay", "kab", "entay", "kemey", "selam", "hagezuni", "hagizuni", "hagezeni",
    "bejakum", "bejaka", "bejakhum", "ayfeltn", "ayfelitn", "tigrinya", "tigrigna", "tigrinia",
    "yekenyeley", "yeqenyelay", "abzi", "kulu", "kitgeber", "kegeber", "zeyblu",
    # Set XF: "seb ab dege ytsebeyeni alo, ferihe" (someone waits outside, I'm afraid),
    # "abey kigeber yikealo?" (where can I do it?): where, can, afraid, outside, person, waits.
    "abey", "abeyti", "kigeber", "yikealo", "yikeal", "ferihe", "fereh", "ferihaye", "dege",
    "ytsebeyeni", "yitsebeyeni", "teqedidu", "teqediduni", "sebay", "sebeyti", "genzeb",
    "aydeleyen", "deleye", "hagez", "hagizeni", "kemzi", "kabzi", "nsu", "nsa", "nsom",
})
SOMALI_COMMON = frozenset({
    "waan", "waxaan", "iga", "caawi", "fadlan", "hadda", "aniga", "waa", "iyo", "maxaa",
    "guriga", "booliis", "haddii", "ayaa", "waxa", "ma", "ku", "iyaga", "caawimaad",
})
MIN_TIGRINYA_WORDS = 2
# "¿hablas español?", "vorbiți română?", "mówisz po polsku?" (set XC): asking, in the
# language itself, whether it is spoken here decides it whatever the length.
_ASKS_FOR_LANGUAGE = {
    "es": regex.compile(r"\bhabl\w*\s+(?:en\s+)?(?:espanol|castellano)\b"),
    "ro": regex.compile(r"\bvorbi\w*\s+(?:si\s+)?(?:in\s+)?(?:romana|romaneste)\b"),
    "pl": regex.compile(r"\bmowi\w*\s+(?:ktos\s+)?po\s+polsku\b"),
    "ru": regex.compile(r"\bgovor\w*\s+(?:kto\s+)?po[\s-]?russki\w*"),
    "uk": regex.compile(r"\b(?:rozmovlia\w*|rozmovlya\w*|hovor\w*)\s+(?:po[\s-]?)?ukrains\w*"),
    "so": regex.compile(r"\b(?:ku\s+)?(?:hadl|hadash|hadal)\w*\s+(?:af\s+)?soomaali\b"),
}
# A first message that is only a greeting or a cry for help ("hola", "dzień dobry",
# "socorro"; set XC) says which card language it is, though too short for lingua. Only
# words no Swedish or English writer uses: not "salam" or "hej", which Swedish teenagers
# write too.
GREETINGS: Dict[str, str] = {
    **dict.fromkeys(("ayuda", "socorro", "ayudame", "auxilio"), "es"),
    **dict.fromkeys(("ajutor", "ajutati ma", "ajutati-ma"), "ro"),
    **dict.fromkeys(("pomocy", "ratunku", "pomoc"), "pl"),
    **dict.fromkeys(("pomogite", "pomogi", "spasite"), "ru"),
    **dict.fromkeys(("dopomozhit", "dopomozhy", "ryatuite"), "uk"),
    **dict.fromkeys(("caawi", "i caawi", "caawimaad"), "so"),
    **dict.fromkeys(("hagezuni", "hagizuni"), "ti"),
    **dict.fromkeys(("hola", "buenas", "buenos dias", "buenas tardes", "buenas noches",
                     "hola que tal", "hola q tal", "que tal", "q tal", "hola buenas"), "es"),
    **dict.fromkeys(("buna", "buna ziua", "buna seara", "salut", "salutare"), "ro"),
    **dict.fromkeys(("dzien dobry", "czesc", "witam", "dobry wieczor"), "pl"),
    **dict.fromkeys(("privet", "zdravstvuyte", "zdravstvuite", "zdrastvuyte", "zdrasti"), "ru"),
    **dict.fromkeys(("pryvit", "vitayu", "dobryi den", "dobrogo dnya"), "uk"),
    **dict.fromkeys(("marhaba", "marhaban", "ahlan", "ahlan wa sahlan"), "ar"),
    **dict.fromkeys(("nabad", "iska warran", "see tahay", "salaan", "asc walaal", "asc walal",
                     "asc walaalo", "salaan walaal"), "so"),
    **dict.fromkeys(("sawasdee", "sawatdee", "sawadee", "sawasdee ka", "sawasdee krub",
                     "sawatdee ka", "sawatdee krap", "sawasdee krap"), "th"),
    **dict.fromkeys(("selam", "kemey", "kemey aleki", "kemey aleka", "kemey alekha"), "ti"),
}

_WORD = regex.compile(r"[^\W\d_]+")
# A placeholder the scrubber left (<NAMN>) is Swedish whatever the person wrote.
_PLACEHOLDER = regex.compile(r"<[\p{Lu}-]+>")
_OWN_SCRIPT = {
    # lingua has no Tigrinya; Ethiopic script here is most likely Tigrinya.
    "ti": regex.compile(r"\p{Ethiopic}"),
    "th": regex.compile(r"\p{Thai}"),
}
_SCRIPT_DECIDES = regex.compile(r"[\p{Cyrillic}\p{Arabic}]")


@functools.lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    return LanguageDetectorBuilder.from_languages(*LINGUA_CODES).build()


def warm_up() -> None:
    """Load lingua's models and wordfreq's lists before the first person waits for them."""
    detect("det här är en mening på svenska, and this one is English")


def _votes(words: List[str]) -> Dict[str, int]:
    """How many words are clearly commoner in English, in Swedish, or in neither."""
    votes = {"sv": 0, "en": 0, "neither": 0}
    for word in words:
        english, swedish = zipf_frequency(word, "en"), zipf_frequency(word, "sv")
        if max(english, swedish) < UNKNOWN_WORD:
            votes["neither"] += 1
        elif english > swedish + WORD_MARGIN:
            votes["en"] += 1
        elif swedish > english + WORD_MARGIN:
            votes["sv"] += 1
    return votes


def swedish_or_english(words: List[str]) -> Optional[str]:
    """sv or en when most words are clearly commoner in one of them, else None.

    Words neither language uses ("zabrali", "kvartiry") count against both:
    a few English-looking words ("i", "a") do not make a Russian message English.
    """
    votes = _votes(words)
    for side, other in (("en", "sv"), ("sv", "en")):
        if (
            votes[side] >= MIN_VOTES
            and votes[side] >= 2 * votes[other]
            and votes[side] > votes["neither"]
        ):
            return side
    return None


# Latin-script card languages whose common words wordfreq knows: a message in one of them
# without its diacritics ("nie dam rady dluzej mam tabletki"; set XD) also reads as
# Latin-typed Russian word by word ("дам", "рады", "мам", "таблетки").
LATIN_RIVALS = ("pl", "ro", "es")
SURE_SOMALI = 0.9


def latin_typed(words: List[str], rival: Optional[str] = None) -> Optional[str]:
    """ru or uk for a message typed in Latin letters in one of them, else None.

    `rival`: lingua's guess; when it is a Latin-script language and more of the
    words are common in it than in Russian or Ukrainian, it is not Latin-typed.
    """
    long_words = [w for w in words if len(w) >= 3]
    foreign = [w for w in long_words
               if max(zipf_frequency(w, "en"), zipf_frequency(w, "sv")) < UNKNOWN_WORD]
    # Mostly words neither Swedish nor English: "är du en bot? i want a person" is not Russian.
    # (Unless nearly every word is common once in Cyrillic: "potribno zdaty test na vil, ale
    # ya bez dokumentiv tut", set XE, has four words that are English or Swedish too.)
    if len(long_words) < MIN_WORDS or len(foreign) < 2:
        return None
    mostly_foreign = len(foreign) * 2 >= len(long_words)
    best, best_share = None, 0.0
    for code in ("ru", "uk"):
        written = translit(_iotated(" ".join(long_words), code), code).lower().split()
        share = sum(zipf_frequency(w, code) >= TRANSLIT_COMMON for w in written) / len(written)
        if share > best_share:
            best, best_share = code, share
    if best_share < (TRANSLIT_SHARE if mostly_foreign else TRANSLIT_NEARLY_ALL):
        return None
    if rival in LATIN_RIVALS:
        rival_share = sum(zipf_frequency(w, rival) >= TRANSLIT_COMMON for w in long_words)
        if rival_share / len(long_words) > best_share:
            return None
    return best


# The phone spellings of iotated vowels and of a vowel with й, which `transliterate` reads
# letter by letter ("menya" → "меныа", "seichas" → "сеичас"; set XC): written first.
_IOTATED = (("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("iy", "ий"), ("yy", "ый"), ("ei", "ей"),
            ("ai", "ай"), ("oi", "ой"), ("ay", "ай"), ("oy", "ой"), ("uy", "уй"), ("ey", "ей"))
_IOTATED_UK = (("ye", "є"), ("yi", "ї"))


def _iotated(text: str, code: str) -> str:
    """Latin-typed Russian or Ukrainian with its iotated vowels already in Cyrillic."""
    for latin, cyrillic in (_IOTATED_UK if code == "uk" else ()) + _IOTATED:
        text = text.replace(latin, cyrillic)
    return text


def detect(text: str, first: bool = False) -> Optional[str]:
    """The language of a message, or None when it is too short to tell.

    `first`: nothing is known yet, so two clear words ("hi there") are enough
    to tell Swedish from English, and one clear English word with none against
    it when lingua also says English ("real person pls"); later it takes
    `MIN_WORDS` to switch.
    """
    text = _PLACEHOLDER.sub(" ", text)
    plain = _without_marks(text.lower())
    for code, asked in _ASKS_FOR_LANGUAGE.items():
        if asked.search(plain):
            return code
    for code, script in _OWN_SCRIPT.items():
        if script.search(text):
            return code
    own_script = bool(_SCRIPT_DECIDES.search(text))
    words = [w.lower() for w in _WORD.findall(text)]
    if first and len(words) <= 4:
        # "hola q tal" (set XF): a greeting phrase of a card language, three words or four.
        greeted = GREETINGS.get(" ".join(_without_marks(w) for w in words))
        if greeted:
            return greeted
    if not own_script and len(words) < MIN_WORDS:
        # Too short for lingua ("hej hej" is Polish to it); two clear words may do at first,
        # or one clearly English word with none against it when lingua finds English likelier
        # than Swedish ("real person??", which it calls Spanish first; "human pls").
        if not first:
            return None
        greeted = GREETINGS.get(" ".join(_without_marks(w) for w in words))
        if greeted:
            return greeted
        short_card = _short_card_language(text, words)
        if short_card:
            return short_card
        voted = swedish_or_english(words)
        if voted is None and _leans_english(words) and _lingua_prefers_english(text):
            return "en"
        return voted
    ranked = _detector().compute_language_confidence_values(text)
    found = LINGUA_CODES[ranked[0].language] if ranked else None
    sure = bool(ranked) and ranked[0].value >= MIN_CONFIDENCE
    if own_script:
        return found
    arabizi = [w for w in _ARABIZI.findall(text.lower()) if not _NUMBER_WITH_ENDING.fullmatch(w)]
    if len(arabizi) >= 2:
        return "ar"  # digits for Arabic letters ("3arfa", "sa3douni"): Arabizi
    if found in ANSWERED or not sure:
        # lingua says Swedish or English, or is unsure: the words decide between the two.
        voted = swedish_or_english(words)
        if voted:
            return voted
        if first and found == "en" and _leans_english(words):
            return "en"  # "real person pls": lingua's guess, and no word against it
    # lingua knows no Latin-typed Russian or Arabic ("pomogite", "3arfa"): check first.
    # Somali lingua is all but certain of is no Latin-typed Russian ("ma rabo inaan noolaado
    # mar dambe" reads letter by letter as Russian words; set XE).
    somali = found == "so" and ranked[0].value >= SURE_SOMALI
    typed = None if somali else latin_typed(words, found)
    if not typed and (found == "so" or not sure) and latin_tigrinya(words):
        typed = "ti"  # lingua has no Tigrinya: typed in Latin letters, it reads as Somali
    if typed:
        return typed
    if found in ANSWERED:
        # "daca vorbesc cu voi spuneti la socialtjänsten …" (set XC): one Swedish word made
        # lingua say Swedish, but most words are of neither language: lingua's likeliest
        # card language, when it is a real contender.
        other = _card_contender(ranked, words)
        if other:
            return other
        mixed = _votes(words)
        if not first and mixed["en"] and mixed["sv"]:
            # Later on, lingua alone does not move a conversation between Swedish and English:
            # "she's 16, goes to gymnasiet in Solna" (set GU) is English with two place words.
            return None
    if not sure:
        return None
    if found not in ANSWERED and sum(len(w) >= 3 for w in words) < MIN_WORDS:
        # "e i åttan" is not Somali: a card language needs real words to go on, or lingua all
        # but sure and no longer word of ours ("m-a incuiat in camera", set XF).
        return found if _sure_and_one_theirs(ranked, words) else None
    return found


# A card language lingua ranks below Swedish or English wins when most of the words are of
# neither and lingua gives it at least this much.
CONTENDER_CONFIDENCE = 0.2


def _card_contender(ranked, words: List[str]) -> Optional[str]:  # type: ignore[no-untyped-def]
    """The card language lingua ranks best, when most words are neither Swedish nor English."""
    votes = _votes(words)
    if votes["neither"] <= votes["sv"] + votes["en"] or votes["neither"] < MIN_WORDS:
        return None
    for value in ranked:
        code = LINGUA_CODES[value.language]
        if code not in ANSWERED:
            return code if value.value >= CONTENDER_CONFIDENCE else None
    return None


# A first message of one or two words ("necesito ayuda", "socorro", "boję się"; set XC)
# with no Swedish or English word in it is a card language when lingua is this sure and
# the words have this many letters between them.
SHORT_CONFIDENCE = 0.85
SHORT_LETTERS = 6
# English subtitles and chat hold many foreign words ("tengo", "socorro" at Zipf 2.3-2.5):
# a word is ours in English only from this frequency.
OURS_IN_ENGLISH = 3.0


def _short_card_language(text: str, words: List[str]) -> Optional[str]:
    """The card language of a very short first message, when nothing in it is ours."""
    votes = _votes(words)
    if votes["sv"] or votes["en"] or sum(len(w) for w in words) < SHORT_LETTERS:
        return None
    if any(zipf_frequency(w, "sv") >= UNKNOWN_WORD or zipf_frequency(w, "en") >= OURS_IN_ENGLISH
           for w in words):
        return None  # "tjena", "wallah": words we use, though not clearly one side's
    ranked = _detector().compute_language_confidence_values(text)
    if not ranked or ranked[0].value < SHORT_CONFIDENCE:
        return None
    code = LINGUA_CODES[ranked[0].language]
    return None if code in ANSWERED else code


def _sure_and_one_theirs(ranked, words: List[str]) -> bool:  # type: ignore[no-untyped-def]
    """lingua is this sure, no word is Swedish, and a longer word is neither ours nor English's
    ("incuiat" beside "camera", which is Romanian for a room too)."""
    if not ranked or ranked[0].value < SHORT_CONFIDENCE or _votes(words)["sv"]:
        return False
    return any(
        zipf_frequency(w, "sv") < UNKNOWN_WORD and zipf_frequency(w, "en") < OURS_IN_ENGLISH
        for w in words if len(w) >= 3
    )


def _without_marks(word: str) -> str:
    """A word without its diacritics ("dzień" → "dzien", "bună" → "buna")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _lingua_prefers_english(text: str) -> bool:
    """Between the two languages answered in full, lingua finds English likelier."""
    values = {LINGUA_CODES.get(r.language): r.value
              for r in _detector().compute_language_confidence_values(text)}
    return values.get("en", 0.0) > values.get("sv", 0.0)


def _leans_english(words: List[str]) -> bool:
    """At least one word clearly English and none Swedish or of neither language."""
    votes = _votes(words)
    return votes["en"] >= 1 and votes["sv"] == 0 and votes["neither"] == 0


def latin_tigrinya(words: List[str]) -> bool:
    """Tigrinya typed in Latin letters: its common words, and none of Somali's."""
    unique = set(words)
    return len(unique & TIGRINYA_LATIN) >= MIN_TIGRINYA_WORDS and not unique & SOMALI_COMMON


def next_language(current: Optional[str], chosen: bool, text: str) -> Optional[str]:
    """The conversation's language after this message: a choice stands, else what is detected."""
    if chosen:
        return current
    return detect(text, first=current is None) or current


def known() -> Dict[str, str]:
    """Every language a conversation can be held in, by code, with its own name."""
    return {**NAMES, **{code: card.name for code, card in get_cards().cards.items()}}


def in_swedish(code: Optional[str]) -> str:
    """The language's Swedish name, for staff ("engelska"); the code when unknown."""
    return SWEDISH_NAMES.get(code or DEFAULT, code or DEFAULT)


def _main() -> None:
    """For scripts/eval_routing.py, which talks to Rasa directly in the engine environment:
    stdin a JSON list of conversations (each a list of texts), stdout the language the
    gateway would send with each text."""
    import json
    import sys

    result = []
    for texts in json.load(sys.stdin):
        current: Optional[str] = None
        spoken = []
        for text in texts:
            current = next_language(current, False, text)
            spoken.append(current or DEFAULT)
        result.append(spoken)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    _main()
