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

from bot.scrub.frequency import is_ordinary_word, is_rare_word
from bot.scrub.languages import is_foreign_text, is_foreign_word, is_latin, is_word_name
from bot.scrub.lexicon import (
    BRANDS,
    CITIES,
    NAME_FILLERS,
    PERSON_SERVICE_NAMES,
    SERVICE_NAMES,
    SURNAME_SUFFIXES,
    is_common_word,
    names_a_brand,
)
from bot.scrub.names import CAPITALISED_ONLY, FIRST_NAMES, LOWER_CASE_IN_NAME_POSITION
from bot.scrub.recognizers.common import _CI, _WORD, PERSON, RegexRecognizer, Rule

# --- names after a cue ---------------------------------------------------------

_NAME_TOKEN = rf"{_WORD}+(?:[-']{_WORD}+)?"
_FILLERS = "|".join(sorted(NAME_FILLERS))
# People written about in the definite form ("kompisen", "mamman").
_PEOPLE_DEFINITE = (
    r"kompisen|killen|tjejen|mannen|kunden|gubben|pojkvännen|flickvännen|sambon|vännen|"
    r"bästisen|brorsan|syrran|kusinen|grannen|hallicken|exet|morsan|farsan|styvpappan|"
    r"mamman|pappan|systern|brodern|dottern|sonen|läraren|tränaren|chefen|handläggaren"
)
# Cues after which a lower-case word is a name ("jag heter sara").
_LOWER_OK_CUES = (
    rf"(?:\b(?:jag|ja|jg|i|han|hon|hen|dom|de|som|kvinnan|personen|typen|snubben|"
    rf"{_PEOPLE_DEFINITE}|han\s+som|hon\s+som)\s+(?:heter|hette)"
    r"|\b(?:min|mitt|mina|hans|hennes|hens|vår|deras)\s+\w+\s+(?:heter|hette)"
    r"|(?:^|[.!?\n])[ \t]*+(?:heter|hette)"
    r"|\bmitt\s+namn\s+(?:är|e|ä|va|var)"
    r"|\bnamnet\s+(?:är|e|ä)"
    r"|\bkalla\s+mig(?:\s+för)?"
    r"|\b(?:kallas|kallar\s+(?:mig|sig)|kallar\s+(?:dom|de)\s+(?:mig|honom|henne))(?:\s+för)?"
    r"|\b(?:mvh|hälsningar|vänliga\s+hälsningar)"
    r")"
)
# Cues after which only a capitalised word that is no ordinary word is a name
# ("jag e Sara", not "jag e rädd" or "Jag är Kristen").
_IDENTITY_CUES = (
    r"(?:\b(?:jag|ja|jg)\s+(?:är|e|ä|ar)"
    r"|\bdet\s+(?:är|e|ä)"
    r"|\b(?:hej|hejsan|tja|tjena|hallå)(?:\s+(?:det\s+(?:är|e)|jag\s+(?:är|e)))?"
    r")"
)
# After "heter" a capitalised word is a name, but not a service ("det heter Mika").
_HETER_CUE = r"\b(?:heter|hette)"
# People someone writes about. After these, a capitalised word is a name even
# when it is also a word or a service ("min kille Mika"), and so is a rare
# lower-case word ("min kille jompa").
_PEOPLE = (
    r"kompis|vän|väninna|bästis|bästa\s+vän|kille|tjej|pojkvän|flickvän|sambo|partner|man|fru|"
    r"mamma|pappa|bror|syster|lillebror|lillasyster|storebror|storasyster|dotter|son|kusin|"
    r"granne|chef|kollega|hallick|kund|lärare|mentor|kurator|tränare|styvpappa|styvmamma|"
    r"farbror|morbror|moster|faster|ex|handläggare|kontaktperson"
)
_RELATION_CUES = (
    rf"(?:\b(?:min|mitt|hans|hennes|hens|vår|deras|sin)\s+(?:{_PEOPLE})"
    rf"|\b(?:{_PEOPLE_DEFINITE}))"
)
# "han jompa sa att ...": spoken Swedish puts a name after the pronoun.
_PERSON_VERBS = (
    r"sa|sade|säger|skrev|skriver|ringde|ringer|har|hade|är|e|var|va|kom|kommer|vill|ville|"
    r"ska|skulle|kan|kunde|brukar|brukade|tog|tar|gav|ger|slog|slår|hotade|hotar|tvingade|"
    r"tvingar|betalade|betalar|frågade|frågar|tycker|tyckte|vet|visste|bor|bodde|jobbar|"
    r"jobbade|fick|får|sålde|säljer|köpte|köper|skickade|skickar|lovade|lovar|smsade|hämtade|"
    r"körde|filmade|ljög|ljuger"
)
# Endings of verb forms: a lower-case word after "han" that ends so is what
# he did ("han misshandlar"), not his name.
_VERB_ENDINGS = ("ar", "er", "ir", "ade", "de", "te", "tt", "it", "at", "s")
# Lower-case nicknames are short and end in a vowel, "-an" or "-is" ("jompa",
# "lollo", "stickan", "majsis"); verb forms after "min kille" mostly do not
# ("spred", "förgrep", "dömas", "setts").
_NICKNAME = re.compile(r"^\p{L}{2,6}(?:[aeiouyåäö]|an|is)$", re.IGNORECASE)


def _rare_lower_name(word: str, nickname: bool) -> bool:
    """A lower-case word after a person cue that may be an unlisted name."""
    lower = word.lower()
    if lower in FIRST_NAMES or lower in PERSON_SERVICE_NAMES:
        return not is_common_word(lower)
    if not is_rare_word(lower) or len(lower) > 3 and lower.endswith(_VERB_ENDINGS):
        return False
    return not nickname or _NICKNAME.match(lower) is not None


# Between a cue and the name: spaces, or a colon or comma. Possessive: a long
# run of spaces after a cue must not be tried split at every position.
_GAP = r"(?:\s*+[:,]\s*+|\s++)"


class NameCueRecognizer(RegexRecognizer):
    """First names (and surnames) after a cue such as "jag heter" or "min kompis".

    Lower-case names are taken after "heter", "mitt namn är", "kalla mig" and
    signatures, and, if rare words, after a person ("min kille jompa") or
    between a pronoun and a verb ("han jompa sa"). After "jag e", "det är",
    "hej" the name must be capitalised and no ordinary word, so "jag e rädd",
    "jag e 15" and "Jag är Kristen" stay. Fillers are skipped ("jag heter typ
    Sara"); an ordinary word ends the search ("jag heter inte").
    """

    ENTITY = PERSON
    CONTEXT = ("heter", "namn", "namnet", "kalla")
    _FIRST = rf"(?:(?:{_FILLERS})\s+)*(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})"
    RULES = (
        Rule("lower-case cue", re.compile(rf"{_LOWER_OK_CUES}{_GAP}?{_FIRST}", _CI), 0.85, "name"),
        Rule("identity cue", re.compile(rf"{_IDENTITY_CUES}{_GAP}{_FIRST}", _CI), 0.7, "name"),
        Rule("heter cue", re.compile(rf"{_HETER_CUE}{_GAP}{_FIRST}", _CI), 0.7, "name"),
        Rule("person cue", re.compile(rf"{_RELATION_CUES}{_GAP}{_FIRST}", _CI), 0.7, "name"),
        Rule(
            "pronoun, name, verb",
            re.compile(
                rf"\b(?:han|hon|hen)\s+(?P<name>{_NAME_TOKEN})(?=\s+(?:{_PERSON_VERBS})\b)", _CI
            ),
            0.7,
            "name",
        ),
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
                kept = self._name_tokens(tokens, rule.name)
                if kept:
                    yield kept[0][0], kept[-1][1], rule.score

    @staticmethod
    def _first_token_ok(word: str, cue: str) -> bool:
        """Whether the first word after a cue of kind `cue` is a name."""
        lower = word.lower()
        capital = word[0].isupper()
        if cue == "lower-case cue":
            return True
        if cue in ("person cue", "pronoun, name, verb"):
            if not capital:
                return _rare_lower_name(word, nickname=cue == "person cue")
            if lower in SERVICE_NAMES and lower not in PERSON_SERVICE_NAMES:
                return False
            return cue == "person cue" or not is_ordinary_word(word)
        if not capital or lower in SERVICE_NAMES:
            return False
        return cue == "heter cue" or not is_ordinary_word(word)

    @classmethod
    def _name_tokens(
        cls, tokens: list[tuple[int, int, str]], cue: str
    ) -> list[tuple[int, int, str]]:
        kept: list[tuple[int, int, str]] = []
        for i, (start, end, word) in enumerate(tokens):
            if is_common_word(word) or len(word) < 2:
                break
            if i == 0:
                if not cls._first_token_ok(word, cue):
                    break
            elif not (word[0].isupper() or word.lower().endswith(SURNAME_SUFFIXES)):
                break
            kept.append((start, end, word))
        return kept


# --- known first names anywhere ----------------------------------------------------

_WORD_TOKEN = re.compile(rf"(?<![\w@]){_NAME_TOKEN}(?![\w@])")
# Where a lower-case name typically stands in chat: at the start of the message
# or after "med", "och" ("o"), "till", "från", "hos", "åt", "att".
_NAME_POSITION = re.compile(r"\b(?:med|och|o|till|från|hos|åt|att)\s+$", re.IGNORECASE)
# "I am Christian", "she's Frank": English copulas, after which a word follows.
_COPULA = re.compile(r"\b(?:i['’]?m|am|is|are|was|were|['’]s)\s+$", re.IGNORECASE)


class FirstNameRecognizer(RegexRecognizer):
    """A first name from `bot.scrub.names` anywhere, with a surname after it.

    "Emma sa att det var okej", "jag och lisa brukar ses": no cue, and the
    NER model misses many such names in chat. A following capitalised word
    (or a lower-case one with a surname ending) is taken as the surname.
    Names that are also words ("Grace") count in lower case only where a
    name typically stands ("jag bor hos grace"), and only some of them; in
    English text not at all at the start of a sentence.
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
        foreign = None
        for i, token in enumerate(tokens):
            before = text[max(0, token.start() - 12) : token.start()]
            in_position = i == 0 or bool(_NAME_POSITION.search(before))
            if not self._is_first_name(token.group(), in_position):
                continue
            if is_word_name(token.group()) and (
                _starts_sentence(text, token.start()) or _COPULA.search(before)
            ):
                # "Grace is all I need", "I am Christian": in English a name
                # that is a word is a word at the start or after "is".
                foreign = is_foreign_text(text) if foreign is None else foreign
                if foreign:
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

_SENTENCE_START = re.compile(r"(?:[.!?:;\n\"(]|\s-)\s*$")


def _starts_sentence(text: str, start: int) -> bool:
    """The word at `start` begins the text or a sentence (a window: linear time)."""
    before = text[max(0, start - 30) : start]
    return (start <= 30 and not before.strip()) or _SENTENCE_START.search(before) is not None


# "på Plattan", "i Rinkeby", "vid Centralen", "in Lagos": after these, a
# capitalised word is a place.
_PLACE_PREPOSITION = re.compile(
    r"\b(?:på|i|vid|utanför|nära|via|mot|över|in|near)\s+$", re.IGNORECASE
)
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


class CapitalisedWordRecognizer(RegexRecognizer):
    """A capitalised word inside a sentence that nothing else explains.

    Names of people from everywhere ("Najib", "Kristóf") are neither in the
    name list nor always found by the NER model. Inside a sentence, a
    capitalised word that is not an ordinary word, a town, a service, or a
    place or organisation according to the NER model is most likely a name.
    Sentence-initial and all-capital words are skipped, and so are words of
    the other languages in their own text (`bot.scrub.languages`).
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
        previous = ""
        for token in _WORD_TOKEN.finditer(text):
            word, after_brand = token.group(), names_a_brand(previous)
            previous = word
            if not word[0].isupper() or word.isupper() or len(word) < 2:
                continue
            lower = word.lower()
            if (
                after_brand  # "ICA Maxi", "Coop Forum"
                or lower in SERVICE_NAMES
                or lower in CITIES
                or lower in BRANDS
                or lower.endswith(_NOT_NAME_SUFFIXES)
                or is_ordinary_word(word)
            ):
                continue
            start, end = token.span()
            before = text[max(0, start - 30) : start]
            if _starts_sentence(text, start) or _PLACE_PREPOSITION.search(before):
                continue
            # "I'm from Romania", "помогите, Полиция": words of the other languages.
            if (not is_latin(word) or is_foreign_text(text)) and is_foreign_word(word):
                continue
            if any(s < end and start < e for s, e in places):
                continue
            yield start, end, self.SCORE
