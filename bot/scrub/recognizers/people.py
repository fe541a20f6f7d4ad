"""Recognizers for names of people besides the NER model.

After a cue ("jag heter sara"), from the list of first names in
`bot.scrub.names`, and (optionally) any unexplained capitalised word inside a
sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

import regex as re
from presidio_analyzer.nlp_engine import NlpArtifacts

from bot.scrub.lexicon import CITIES, NAME_FILLERS, SERVICE_NAMES, SURNAME_SUFFIXES, is_common_word
from bot.scrub.names import CAPITALISED_ONLY, FIRST_NAMES, LOWER_CASE_IN_NAME_POSITION
from bot.scrub.recognizers.common import _CI, _WORD, PERSON, RegexRecognizer, Rule

# --- names after a cue ---------------------------------------------------------

_NAME_TOKEN = rf"{_WORD}+(?:[-']{_WORD}+)?"
_FILLERS = "|".join(sorted(NAME_FILLERS))
# Cues after which a lower-case word is a name ("jag heter sara").
_LOWER_OK_CUES = (
    r"(?:\b(?:jag|ja|jg|i|han|hon|hen|dom|de|som|killen|tjejen|mannen|kvinnan|kunden|"
    r"hallicken|pojkvännen|flickvännen|kompisen|vännen|personen|gubben|typen|snubben|"
    r"han\s+som|hon\s+som)\s+(?:heter|hette)"
    r"|\b(?:min|mitt|mina|hans|hennes|hens|vår|deras)\s+\w+\s+(?:heter|hette)"
    r"|(?:^|[.!?\n]\s*)(?:heter|hette)"
    r"|\bmitt\s+namn\s+(?:är|e|ä|va|var)"
    r"|\bnamnet\s+(?:är|e|ä)"
    r"|\bkalla\s+mig(?:\s+för)?"
    r"|\b(?:kallas|kallar\s+(?:mig|sig)|kallar\s+(?:dom|de)\s+(?:mig|honom|henne))(?:\s+för)?"
    r"|\b(?:mvh|hälsningar|vänliga\s+hälsningar)"
    r")"
)
# Cues after which only a capitalised word is a name ("jag e Sara", not "jag e rädd").
_CAPITAL_CUES = (
    r"(?:\b(?:jag|ja|jg)\s+(?:är|e|ä|ar)"
    r"|\bdet\s+(?:är|e|ä)"
    r"|\b(?:heter|hette)"
    r"|\b(?:min|mitt|hans|hennes|vår)\s+(?:kompis|vän|väninna|bästis|bästa\s+vän|kille|tjej|"
    r"pojkvän|flickvän|sambo|partner|man|fru|mamma|pappa|bror|syster|lillebror|lillasyster|"
    r"storebror|storasyster|dotter|son|kusin|granne|chef|kollega|hallick|kund|lärare|"
    r"mentor|kurator|tränare|styvpappa|styvmamma|farbror|morbror|moster|faster)"
    r"|\b(?:kompisen|killen|tjejen|mannen|kunden|gubben)"
    r"|\b(?:hej|hejsan|tja|tjena|hallå)(?:\s+(?:det\s+(?:är|e)|jag\s+(?:är|e)))?"
    r")"
)


class NameCueRecognizer(RegexRecognizer):
    """First names (and surnames) after a cue such as "jag heter" or "min kompis".

    Lower-case names are taken only after "heter", "mitt namn är", "kalla mig"
    and signatures; after "jag e", "min kompis", "hej" the name must be
    capitalised, so "jag e rädd" and "jag e 15" stay. Fillers are skipped
    ("jag heter typ Sara"); an ordinary word ends the search ("jag heter inte").
    """

    ENTITY = PERSON
    CONTEXT = ("heter", "namn", "namnet", "kalla")
    _FIRST = rf"(?:(?:{_FILLERS})\s+)*(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})"
    RULES = (
        Rule("lower-case cue", re.compile(rf"{_LOWER_OK_CUES}\s*:?\s*{_FIRST}", _CI), 0.85, "name"),
        Rule("capital cue", re.compile(rf"{_CAPITAL_CUES}\s*,?\s+{_FIRST}", _CI), 0.7, "name"),
    )

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """Trim each candidate to its name tokens, or drop it."""
        for rule in self.RULES:
            for match in rule.pattern.finditer(text):
                start = match.start("name")
                tokens = [
                    (m.start() + start, m.end() + start, m.group())
                    for m in re.finditer(_NAME_TOKEN, match.group("name"))
                ]
                kept = self._name_tokens(tokens, capital_only=rule.name == "capital cue")
                if kept:
                    yield kept[0][0], kept[-1][1], rule.score

    @staticmethod
    def _name_tokens(
        tokens: list[tuple[int, int, str]], capital_only: bool
    ) -> list[tuple[int, int, str]]:
        kept: list[tuple[int, int, str]] = []
        for i, (start, end, word) in enumerate(tokens):
            capital = word[0].isupper()
            if is_common_word(word) or len(word) < 2:
                break
            if capital_only and word.lower() in SERVICE_NAMES:
                break
            if i == 0:
                if capital_only and not capital:
                    break
            elif not (capital or word.lower().endswith(SURNAME_SUFFIXES)):
                break
            kept.append((start, end, word))
        return kept


# --- known first names anywhere ----------------------------------------------------

_WORD_TOKEN = re.compile(rf"(?<![\w@]){_NAME_TOKEN}(?![\w@])")
# Where a lower-case name typically stands in chat: at the start of the message
# or after "med", "och" ("o"), "till", "från", "hos", "åt", "att".
_NAME_POSITION = re.compile(r"\b(?:med|och|o|till|från|hos|åt|att)\s+$", re.IGNORECASE)


class FirstNameRecognizer(RegexRecognizer):
    """A first name from `bot.scrub.names` anywhere, with a surname after it.

    "Emma sa att det var okej", "jag och lisa brukar ses": no cue, and the
    NER model misses many such names in chat. A following capitalised word
    (or a lower-case one with a surname ending) is taken as the surname.
    Names that are also words ("Grace") count in lower case only where a
    name typically stands ("jag bor hos grace"), and only some of them.
    """

    ENTITY = PERSON
    SCORE = 0.7

    @staticmethod
    def _is_first_name(word: str, in_name_position: bool = False) -> bool:
        lower = word.lower()
        # "jan-erik" is listed whole; "anna-karin" is two listed names.
        parts = [lower] if lower in FIRST_NAMES else lower.split("-")
        if not all(p in FIRST_NAMES and not is_common_word(p) for p in parts):
            return False
        if word[0].isupper():
            return True
        return all(
            p not in CAPITALISED_ONLY or (in_name_position and p in LOWER_CASE_IN_NAME_POSITION)
            for p in parts
        )

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """Each known first name, extended by one surname-like word."""
        tokens = list(_WORD_TOKEN.finditer(text))
        for i, token in enumerate(tokens):
            before = text[max(0, token.start() - 12) : token.start()]
            in_position = i == 0 or bool(_NAME_POSITION.search(before))
            if not self._is_first_name(token.group(), in_position):
                continue
            end = token.end()
            if i + 1 < len(tokens):
                following = tokens[i + 1]
                word = following.group()
                adjacent = text[end : following.start()].strip() == ""
                surname_like = word[0].isupper() or word.lower().endswith(SURNAME_SUFFIXES)
                if adjacent and surname_like and not is_common_word(word):
                    end = following.end()
            yield token.start(), end, self.SCORE


# --- unknown capitalised words mid-sentence ------------------------------------------

_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"(]|\s-)\s*$")
# "på Plattan", "i Rinkeby", "vid Centralen": after these, a capitalised word is a place.
_PLACE_PREPOSITION = re.compile(r"\b(?:på|i|vid|utanför|nära|via|mot|över)\s+$", re.IGNORECASE)
# Endings of place, organisation and language words: "Ungdomsmottagningen", "Arabiska".
_NOT_NAME_SUFFIXES = (
    "gatan",
    "vägen",
    "torget",
    "platsen",
    "mottagningen",
    "mottagning",
    "jouren",
    "centralen",
    "bolaget",
    "verket",
    "kliniken",
    "sjukhuset",
    "skolan",
    "gymnasiet",
    "kommun",
    "kommunen",
    "staden",
    "landet",
    "huset",
    "parken",
    "stationen",
    "iska",
    "ska",
    "ensk",
    "ansk",
    "insk",
    "ländare",
    "bladet",
    "tidningen",
    "appen",
    "banken",
    "daters",
    "dating",
    "dejting",
)
_BRANDS = frozenset(
    """
    flashback aftonbladet expressen mcdonalds burger king max scandic clarion hilton
    elite ica coop hemköp willys lidl systembolaget sl pressbyrån seven-eleven
    google apple iphone android samsung tiktok youtube netflix spotify whatsapp viber
    feeld tinder grindr bumble badoo hinge sugardaters seeking happypancake
    plattan centralen ramadan jul påsk eid volvo bmw audi tesla saab uber bolt
    """.split()
)


class CapitalisedWordRecognizer(RegexRecognizer):
    """A capitalised word inside a sentence that nothing else explains.

    Names of people from everywhere ("Najib", "Kristóf") are neither in the
    name list nor always found by the NER model. Inside a sentence, a
    capitalised word that is not an ordinary word, a town, a service, or a
    place or organisation according to the NER model is most likely a name.
    Sentence-initial and all-capital words are skipped.
    """

    ENTITY = PERSON
    SCORE = 0.55
    NON_PERSON_LABELS = frozenset({"LOC", "ORG", "MISC", "GPE", "LOCATION", "ORGANIZATION"})

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """Unexplained capitalised words, skipping the model's places and organisations."""
        places = [
            (e.start_char, e.end_char)
            for e in (nlp_artifacts.tokens.ents if nlp_artifacts and nlp_artifacts.tokens else ())
            if e.label_ in self.NON_PERSON_LABELS
        ]
        for token in _WORD_TOKEN.finditer(text):
            word = token.group()
            if not word[0].isupper() or word.isupper() or len(word) < 2:
                continue
            lower = word.lower()
            if (
                is_common_word(lower)
                or lower in SERVICE_NAMES
                or lower in CITIES
                or lower in _BRANDS
                or lower.endswith(_NOT_NAME_SUFFIXES)
            ):
                continue
            before = text[max(0, token.start() - 30) : token.start()]
            if _SENTENCE_START.search(text[: token.start()]) or _PLACE_PREPOSITION.search(before):
                continue
            start, end = token.span()
            if any(s < end and start < e for s, e in places):
                continue
            yield start, end, self.SCORE
