"""Names in English and the help cards' languages: after a cue, or from a list.

"my name is Sarah", "меня зовут Наташа", "اسمي فاطمة", "ฉันชื่อนิด", "me llamo
Carmen": the Swedish cue recognizer knows none of these. Arabic and Thai have
no capital letters, Thai no spaces between words, and Russian names change
their ending with the case, so each script has its own rules for the words
after a cue. How sure a cue is decides what may follow it: after "my name is"
any word but a stop word ("my name is not ..."), after "I'm" only a name
("I'm Jake", not "I'm Romanian"). Without a cue, the English, Cyrillic and
Arabic names of `bot.scrub.world_names` are found as `FirstNameRecognizer`
finds the Swedish list's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

import regex as re
from presidio_analyzer.nlp_engine import NlpArtifacts

from bot.scrub.frequency import is_ordinary_word
from bot.scrub.languages import (
    PEOPLES_AND_FAITHS,
    cyrillic_forms,
    foreign_zipf,
    is_foreign_text,
    is_foreign_word,
    is_latin,
    is_listed_name,
    is_stop_word,
    is_word_name,
)
from bot.scrub.lexicon import BRANDS, PERSON_SERVICE_NAMES, SERVICE_NAMES
from bot.scrub.names import FIRST_NAMES
from bot.scrub.recognizers.common import _CI, PERSON, RegexRecognizer, Rule
from bot.scrub.world_names import ARABIC_NAMES, ARABIC_WORD_NAMES, CYRILLIC_NAMES, ENGLISH_NAMES

_TOKEN = r"[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)?"
# Between a cue and the name: spaces, or a colon, comma or dash.
_GAP = r"(?:\s*+[:,\-–—=]\s*+|\s++)"
_APOSTROPHE = "['’]"

# Cues by how sure they are. "name": the next word is the name unless it is a
# stop word. "called": a capitalised word, or a lower-case name or rare word.
# "self"/"this": a listed name or a capitalised rare word ("this" never takes
# a name that is a word: "it's May"). "relation": a person is named next.
# "title": "Mr Smith".
_CUES: dict[str, tuple[str, ...]] = {
    "name": (
        rf"\bmy\s+name\s*(?:is|{_APOSTROPHE}s)?",
        rf"(?<!\buser\s)\bname\s*(?:is|was|{_APOSTROPHE}s)",
        r"\b(?:зовут|звать|звати|звуть)",
        r"\b(?:мо[еёє]|его|её|ее|її|його)\s+(?:имя|ім['’ʼ]я)",
        r"\b(?:zovut|zvat|zvaty|zvut)",
        r"\bmo[ey]e?\s+imya",
        r"\bو?(?:ا|إ|أ)سم(?:ي|ه|ها)(?!\w)",
        r"\b(?:يدعى|تدعى|يدعي)",
        r"\bm[aă]\s+numesc",
        r"\bnumele\s+(?:meu|lui|ei)(?:\s+(?:e|este|[iî]i))?",
        r"\b(?:m[aă]|[iî]l|o)\s+cheam[aă]",
        r"\b(?:me|se)\s+llam(?:o|a)",
        r"\b(?:mi|su)\s+nombre\s+es",
        r"\bnazywa(?:m)?\s+si[eę]",
        r"\bsi[eę]\s+nazywa(?:m|sz)?",
        r"\bma(?:m)?\s+na\s+imi[eę]",
        r"\bmagac(?:ayg[au]|iis[au]|eed[au]|aa)\s+waa",
        r"\bwaxaa\s+la\s+(?:i\s+|ii\s+)?(?:yiraahdaa|yidhaahdaa)",
        r"(?:ሽመይ|ስመይ|ሽሙ|ሽማ)",
    ),
    "called": (
        r"\bcall\s+me",
        r"\bnamed",
        r"\bgoes\s+by",
        r"\bcalls\s+(?:him|her|them)sel(?:f|ves)",
        rf"\b(?:is|was|am|are|{_APOSTROPHE}s|{_APOSTROPHE}m|guy|man|woman|girl|boy|dude|lady|"
        r"someone|somebody|person|client|customer|pimp|bloke)\s+called",
        r"\bme\s+dicen",
    ),
    "self": (
        rf"\b(?:i{_APOSTROPHE}?m|i\s+am)",
        r"(?<!\w)я",
        r"\b(?:soy|jestem|sunt)",
    ),
    "this": (
        rf"\b(?:this\s+is|it{_APOSTROPHE}?s)",
        r"\b(?:это|це)",
        r"\b(?:regards|sincerely|cheers)",
    ),
    "relation": (
        r"\b(?:my|his|her|their|our|your|a|the)\s+(?:pimp|sugar\s*daddy|daddy|punter|john|"
        r"boyfriend|girlfriend|bf|gf|husband|"
        r"wife|ex|friend|mate|bestie|best\s+friend|brother|sister|cousin|uncle|aunt|dad|father|"
        r"mum|mom|mother|son|daughter|boss|manager|landlord|client|customer|neighbou?r|"
        r"partner|teacher|coach|trafficker|driver|agent|roommate|flatmate|colleague|"
        r"step(?:dad|mom|mum|father|mother))",
        r"\b(?:мой|моя|мій|его|её|ее|її|його)\s+(?:парень|друг|подруга|муж|брат|сестра|"
        r"сутен[её]р|хозяин|начальник|хлопець|чоловік|подружка|господар)",
    ),
    "title": (r"\b(?-i:Mr|Mrs|Ms|Dr|Miss|Mister|MR|MRS|mr|mrs)\.?",),
}
# Words that may stand between a cue and the name ("my name is just Sarah",
# "зовут меня Катя", "اسمي هو أحمد").
_FILLERS = frozenset(
    "just actually like really simply просто типа вообще меня мене его её ее її його "
    "menya mene هو هي".split()
)
# Colloquial Arabic that says a name is not given ("اسمي مش مهم"); not in spaCy's list.
_ARABIC_STOP = frozenset("مش مو شو ايش إيش وش".split())
# Arabic compounds: "عبد الله", "أبو علي".
_ARABIC_PREFIXES = frozenset("عبد ابو أبو ام أم بن".split())
# Endings of Russian and Ukrainian surnames, taken in lower case after a name.
_CYRILLIC_SURNAME = re.compile(
    r"(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ский|ская|цкий|цкая|енко|чук|юк|ук|ич)$"
)
_CYRILLIC = re.compile(r"\p{Cyrillic}")
_ARABIC = re.compile(r"\p{Arabic}")
_CASELESS = re.compile(r"[\p{Arabic}\p{Ethiopic}]")


def _capital(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _rare(word: str) -> bool:
    """No word of Swedish or of the other lists, long enough to be a name."""
    return len(word) >= 3 and not foreign_zipf(word) and not is_ordinary_word(word)


def _first_ok(word: str, kind: str) -> bool:
    """Whether the first word after a cue of `kind` is a name."""
    lower = word.lower()
    caseless = _CASELESS.search(word) is not None
    if lower in SERVICE_NAMES and not (kind == "relation" and lower in PERSON_SERVICE_NAMES):
        return False
    if lower in PEOPLES_AND_FAITHS and kind in ("self", "this"):
        return False
    if is_word_name(word):
        return kind in ("name", "relation") or kind in ("self", "called") and _capital(word)
    if is_listed_name(word):
        return True
    if is_stop_word(word) or lower in _ARABIC_STOP or lower in BRANDS:
        return False
    if kind == "name":
        return caseless or _capital(word) or not is_latin(word) or foreign_zipf(word) < 4.0
    if kind == "title":
        return _capital(word)
    if caseless:
        return False
    if kind in ("called", "relation") and _capital(word):
        return not is_foreign_word(word)
    if kind in ("self", "this") and _capital(word):
        return _rare(word)
    return kind in ("called", "relation") and _rare(word)


def _follower_ok(word: str, first: str) -> bool:
    """Whether a word after an accepted name is part of it (a surname)."""
    if is_stop_word(word) or word.lower() in _FILLERS:
        return False
    if _ARABIC.search(word):
        listed = word in ARABIC_NAMES or word in ARABIC_WORD_NAMES
        return listed or first in _ARABIC_PREFIXES
    if _CASELESS.search(word):
        return False
    if _capital(word):
        return True
    return _CYRILLIC.search(word) is not None and _CYRILLIC_SURNAME.search(word) is not None


# --- Thai: the name runs on to a space, punctuation, a digit or the end ---------

_THAI_LETTERS = r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]+"
_THAI_CUE = re.compile(
    r"(?<!ราย|ลง|ลาย)ชื่อ(?:เล่น|จริง)?(?:ของ(?:ฉัน|ผม|หนู|เขา|เธอ|ดิฉัน))?(?:ว่า|คือ)?"
    rf"\s*+(?P<name>{_THAI_LETTERS}|\p{{Latin}}+)"
)
# What may end a Thai sentence after the name: polite particles.
_THAI_PARTICLES = re.compile(r"(?:ค่ะ|คะ|ครับ|คับ|ค้าบ|นะ|จ้ะ|จ้า|จ๊ะ|ค่า|ฮะ|น้า|จ้ะ)+$")
# Words after which the name has ended ("นิดอายุ 17": Nid, age 17).
_THAI_AFTER = re.compile(r"(?:อายุ|และ|จาก|เป็น|อยู่|ทำงาน|ค่ะ|ครับ)")
# The question or refusal in place of a name ("ชื่ออะไร" what is the name).
_THAI_NOT_NAME = ("อะไร", "ไหน", "ไม่", "ใคร", "เสียง", "นี้", "นั้น")


def _thai_name(match: re.Match[str]) -> Optional[tuple[int, int]]:
    start, end = match.span("name")
    name = match.group("name")
    if name.startswith(_THAI_NOT_NAME) or is_stop_word(name):
        return None
    after = _THAI_AFTER.search(name, 1)
    if after:
        name = name[: after.start()]
    bare = _THAI_PARTICLES.sub("", name)
    name = bare if len(bare) >= 2 else name
    return (start, start + len(name)) if name else None


_CUE_SCORE = 0.85
_CUE_RULES = tuple(
    Rule(
        kind,
        re.compile(rf"(?:{'|'.join(cues)}){_GAP}(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,4}})", _CI),
        _CUE_SCORE,
        "name",
    )
    for kind, cues in _CUES.items()
)


class WorldNameCueRecognizer(RegexRecognizer):
    """Names after a cue in English, Russian, Ukrainian, Arabic, Thai, Romanian,
    Spanish, Polish, Somali and Tigrinya (see `_CUES` for what each cue admits)."""

    ENTITY = PERSON
    SCORE = _CUE_SCORE
    RULES = _CUE_RULES

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """The name's words after each cue; Thai names by their own rule."""
        for rule in self.RULES:
            for match in rule.pattern.finditer(text):
                offset = match.start("name")
                words = [
                    (m.start() + offset, m.end() + offset, m.group())
                    for m in re.finditer(_TOKEN, match.group("name"))
                ]
                kept = self._name_words(words, rule.name)
                if kept:
                    yield kept[0][0], kept[-1][1], self.SCORE
        for match in _THAI_CUE.finditer(text):
            span = _thai_name(match)
            if span:
                yield span[0], span[1], self.SCORE

    @staticmethod
    def _name_words(words: list[tuple[int, int, str]], kind: str) -> list[tuple[int, int, str]]:
        while words and words[0][2].lower() in _FILLERS and len(words) > 1:
            words = words[1:]
        if not words or len(words[0][2]) < 2 or not _first_ok(words[0][2], kind):
            return []
        kept = [words[0]]
        for word in words[1:3]:
            if not _follower_ok(word[2], kept[0][2]):
                break
            kept.append(word)
        return kept


# --- listed names without a cue ---------------------------------------------------

_WORD = re.compile(rf"(?<![\w@]){_TOKEN}(?![\w@])")
_ARABIC_CLITICS = "وفبل"


def _listed_span(token: re.Match[str], foreign: bool) -> Optional[tuple[int, int]]:
    """The span of a listed English, Cyrillic or Arabic name in `token`, if any."""
    word, start, end = token.group(), token.start(), token.end()
    lower = word.lower()
    if _ARABIC.search(word):
        if word in ARABIC_NAMES:
            return start, end
        # A conjunction or preposition written onto the name: "ومحمد", "لأحمد".
        if word[0] in _ARABIC_CLITICS and word[1:] in ARABIC_NAMES:
            return start + 1, end
        return None
    if _CYRILLIC.search(word):
        if is_word_name(word):
            return None
        if lower in CYRILLIC_NAMES or _capital(word) and lower in cyrillic_forms():
            return start, end
        return None
    if not _capital(word) or lower not in ENGLISH_NAMES or lower in FIRST_NAMES:
        return None
    return (start, end) if foreign or not is_ordinary_word(word) else None


class WorldNameRecognizer(RegexRecognizer):
    """English, Cyrillic and Arabic given names from `bot.scrub.world_names`, anywhere.

    English ones with a capital letter (and, in Swedish text, only if no
    Swedish word: "Ben", "Tim"); Cyrillic ones in any case form with a
    capital, in the nominative also without; Arabic ones also with "و", "ب",
    "ل" or "ف" written onto them. Names that are words are left to the cues.
    A following surname is taken along.
    """

    ENTITY = PERSON
    SCORE = 0.7

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        foreign = is_foreign_text(text)
        tokens = list(_WORD.finditer(text))
        for i, token in enumerate(tokens):
            span = _listed_span(token, foreign)
            if span is None:
                continue
            end = span[1]
            if i + 1 < len(tokens):
                following = tokens[i + 1]
                adjacent = not text[end : following.start()].strip()
                if adjacent and _follower_ok(following.group(), token.group()):
                    end = following.end()
            yield span[0], end, self.SCORE
