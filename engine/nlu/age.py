"""Find an age or age band in a Swedish chat message.

Routing depends on whether someone is under 18, so this parser is deliberately
conservative: it only reads an age when the sentence says whose age it is
("jag är 15", "min dotter är 14") or when the whole message is a short answer
("16", "16 år", "under 18"). "En 45-årig man betalar mig" says nothing about
the writer and is ignored. When a message holds several ages, the youngest
decides, so a child is never routed as an adult by mistake.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from engine.nlu.age_en import TOLD_AGE, english_mentions, implausible_for_writer, writer_claims
from engine.nlu.age_groups import group_mentions
from engine.nlu.age_relative import relative_mentions
from engine.nlu.age_stages import stage_mentions

MINOR = "minor"
ADULT = "adult"

SELF = "self"
OTHER = "other"

ADULT_AGE = 18
MIN_PLAUSIBLE_AGE = 5
MAX_PLAUSIBLE_AGE = 99
# A message of at most this many words is read as a bare answer ("16 år").
SHORT_ANSWER_WORDS = 5

# School years in Swedish compulsory school map to ages: "nian" is 15-16.
_SCHOOL_YEARS = {
    "fyran": 10,
    "femman": 11,
    "sexan": 12,
    "sjuan": 13,
    "åttan": 14,
    "attan": 14,
    "nian": 15,
    # Upper secondary school: "ettan på gymnasiet" is 16-17; trean may be 18, but
    # the youngest reading wins, so a child is never routed as an adult.
    "ettan": 16,
    "tvåan": 17,
    "tvaan": 17,
    "trean": 17,
}
# "går i 8an", "e i 9:an": the school year as a digit.
_SCHOOL_YEARS.update({f"{grade}{sep}an": 6 + grade for grade in range(4, 10) for sep in ("", ":")})
# Ages written as words: "sexton", "tjugotvå".
_UNITS = {"ett": 1, "en": 1, "två": 2, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
          "sju": 7, "åtta": 8, "atta": 8, "nio": 9}
NUMBER_WORDS = {
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
    "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30,
    "fyrtio": 40, "femtio": 50,
    # English: "I'm fifteen".
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    # French and Spanish, as a short answer in one's own language: "dix-sept ans".
    "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
    "dix-huit": 18, "dix-neuf": 19, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
}
for _tens, _value in (("tjugo", 20), ("trettio", 30), ("fyrtio", 40)):
    for _unit, _add in _UNITS.items():
        NUMBER_WORDS[_tens + _unit] = _value + _add
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DISCOURSE = (
    r"(?:(?:asså|alltså|assa|allsa|typ|hej|hejsan|hallå|halla|ok|okej|så|sa|men|hmm|eh|"
    r"ja|jo|aa|jaa|mm|nej|nä|na|tjena|tja|tjo|yo|hey|hi|hello|hjälp|hjalp|help|snälla|snalla)"
    r"\W+)*"
)
_IDENTITY = (
    r"(?:kille|tjej|man|kvinna|transkvinna|transkille|transtjej|transman|transperson|"
    r"icke-?binär|icke-?binar|ickebinär|enby|gubbe|tant|guy|girl|boy|woman|ensamkommande|hen|"
    r"pojke|flicka|grabb|tjej|kvinna|escort|eskort|sexarbetare|sugarbaby|"
    r"bög|bog|gay|bi|lesbisk|homo|hetero|"
    # What the writer does, said first: "massör 33 år, kunderna vill ...".
    r"massör|massös|massos|student|studerande|stripper|strippa|dansare|modell|"
    r"camgirl|camtjej|camkille|sugardaddy|sugardejtare|pensionär|pensionar|arbetslös|arbetslos|"
    # A parent introducing themselves: "mamma på 35, säljer ibland".
    r"mamma|pappa|småbarnsmamma|smabarnsmamma|ensamstående\s+mamma|ensamstaende\s+mamma|"
    r"ungdom|tonåring|tonaring)"
)
_NUM = rf"(?P<num>\d{{1,2}}|{_NUMBER_WORD})"
# "född 2009": the year it is now decides the age.
CURRENT_YEAR = dt.date.today().year
# Step, foster and teen compounds: "styvdotter", "fosterson", "tonårsdotter".
_STEP = r"(?:styv|bonus|foster|tonårs|tonars|plast)?"
_FILLER = (
    r"(?:(?:bara|ba|typ|snart|nyss|precis|ju|endast|ungefär|ca|cirka|runt|nästan|nastan|ett|en|"
    r"fortfarande|själv|sjalv|också|ocksa|redan|only|just|still|egentligen|faktiskt|actually|"
    r"really|around|about|maybe|like|probably|approx|approximately|fyllda|fyllt|alltså|alltsa|"
    r"asså|assa)"
    r"\s+)*"
)
# Present tense only: "när jag var 14" says nothing about the age now.
_BE = r"(?:är|ar|ä|e|blir|fyller|fyllde|har\s+fyllt|har\s+precis\s+fyllt)"
_YEARS = r"(?:\s*-?\s*(?:år|ar|åring|aring|bast|yo|y/o|years?(?:\s+old)?|yrs|ans|años|anos))?"
_SELF_SUBJECT = (
    r"(?:(?:jag|ja|jg)\s+(?:o|och|å)\s+(?:min|mina)\s+\w+|jag|ja|jg|i'm|im|i\s+am|vi|alla"
    r"|båda|bada|bägge|bagge)"
)
_OTHER_SUBJECT = (
    # "jag har en bror född 2011" (set BH): "en" after "har" introduces someone else too.
    r"(?:(?:min|mitt|mina|vår|vårt|var|vart|(?<=har\s)en|(?<=har\s)ett)\s+(?:\w+\s+){0,2}?"
    rf"(?:{_STEP}(?:dotter|son|barn)|"
    r"unge|tjej|kille|flickvän|pojkvän|syster|bror|lillasyster|"
    r"lillebror|storasyster|storebror|kompis|tjejkompis|killkompis|vän|väninna|van|bästis|"
    r"klasskompis|systerdotter|"
    r"brorsdotter|systerson|brorson|"
    r"dotterdotter|dotterson|sondotter|sonson|kusin|lillkusin|elev|fosterbarn|bonusdotter|"
    r"bonusson|barnbarn|"
    r"brorsbarn|systerbarn|bonusbarn|styvbarn|styvdotter|styvson|mamma|pappa|mor|far|"
    r"familjehemsbarn|fosterbarn|tjejkompis|killkompis|"
    r"moster|faster|morbror|farbror|fru|man|sambo|partner|polare|niece|nephew)"
    r"|(?:bästa\s+)?(?:kompisen|bästisen|vännen|systern|syrran|brorsan|dottern|sonen|kusinen|"
    r"lillasyster|lillebror|storasyster|storebror|lillasyrran|lillbrorsan|"
    r"klienten|eleven|ungdomen|tjejen|killen|flickan|pojken|barnet|personen|patienten)"
    # Someone's child or sibling named by a genitive: "grannens dotter", "kompisens bror".
    r"|\w+(?:ens|ans|ns|ets|arnas|ernas)\s+(?:dotter|son|barn|unge|syster|bror|lillasyster|"
    r"lillebror|tjej|kille)"
    # "de flesta av tjejerna går i sjuan och åttan" (set CT): a group met at work.
    r"|(?:(?:de\s+flesta|flera|många|manga|några|nagra|alla|en\s+del|hälften|halften|ett\s+par)"
    r"\s+av\s+)?(?:tjejerna|killarna|ungdomarna|barnen|eleverna|flickorna|pojkarna)"
    r"|hon|han|hen)"
)

# The writer's own age, said in a way another pattern reads as someone else's; where
# these match, that reading is dropped.
_CLAIMS = [
    # "jag jobbar som escort (22)": who the writer is, then the age in brackets.
    re.compile(rf"(?:\b(?:jag|ja|jg)\s+|^\W*{_DISCOURSE}|[,.!?;]\s*)(?:jobbar|arbetar|är|ar|e)\s+"
               rf"(?:som\s+)?(?:en\s+)?\w+\s*\(\s*{_NUM}\s*(?:år|ar)?\s*\)"),
    # "e en kille på 16 o ...": the verb opening a clause is the writer's.
    re.compile(rf"(?:^|[,.!?;]\s*|\b(?:och|o|men)\s+)\W*{_DISCOURSE}(?:är|ar|e)\s+(?:en\s+|ett\s+)"
               rf"(?:kille|tjej|man|kvinna|person|pojke|flicka|grabb)\w*\s+(?:på|pa)\s+{_NUM}\b"),
    # "i'm a guy (27) who sells sex" (set FX): the writer, then their age in brackets.
    re.compile(rf"\b(?:i'm|im|i\s+am|jag\s+är|jag\s+ar|ja\s+e|jag\s+e)\s+(?:a\s+|an\s+|en\s+|ett\s+)?"
               rf"(?:\w+\s+)?(?:guy|girl|man|woman|boy|kille|tjej|kvinna|person|dude|lady)\s*"
               rf"\(\s*{_NUM}\s*(?:år|ar|y|yo|years?)?\s*\)"),
    # "jag (tjej, 14) har ...": the writer's age in brackets after "jag".
    re.compile(rf"\b(?:jag|ja|i'm|im)\s*\(\s*(?:{_IDENTITY}\s*,?\s*)?{_NUM}\s*(?:år|ar)?\s*\)"),
    # "vad e numret till mika? ... 27 o säljer": an age opening a clause on the writer's act.
    re.compile(rf"(?:^|[.!?;:]\s*){_NUM}\s+(?:år\s+|ar\s+)?(?:o|och|å)\s+(?:säljer|saljer|"
               r"jobbar|tar\s+emot|träffar|traffar|escortar|eskortar|sugardejtar)\b"),
]

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Said in the writer's own language or Swedish as a second language: "tengo 35 años",
    # "mam 19 lat", "am 23 de ani", "j'ai 20 ans", "ich bin 30", "jag har 22 år", "jag 24,",
    # "now 23", "vi e båda 16".
    *[
        (SELF, re.compile(pattern))
        for pattern in (
            rf"\b(?:tengo|mam|j'ai|jai|ich\s+bin|jestem|sunt|am)\s+(?:de\s+)?{_NUM}\s*"
            r"(?:años|anos|lat|ans|jahre|ani|år|ar|de\s+ani)\b",
            rf"\b(?:jag|ja)\s+har\s+{_NUM}\s*(?:år|ar)\b",
            # "i have 16", "jag har 17 och ..." (set GG): a Romance or Arabic speaker's "have"
            # with the number alone, closing a clause.
            rf"\b(?:jag|ja|i)\s+(?:har|have|hav)\s+(?:bara\s+|only\s+|just\s+)?{_NUM}"
            r"(?=\s*(?:$|[,.!?;)]|(?:och|o|å|men|and|but|so|n)\b))",
            rf"\b(?:jag|ja)\s+{_NUM}(?=\s*(?:år|ar)?\s*[,.]|\s+(?:år|ar)\b)",
            rf"\bnow\s+(?:i'?m\s+|im\s+)?{_NUM}\b",
            # "en tjej i min ålder (15)", "vi är två tjejer 15 och 16".
            rf"\bi\s+min\s+ålder\s*\(?\s*{_NUM}\b",
            rf"\bvi\s+(?:är|ar|e)\s+(?:två|tva|tre|några)?\s*(?:tjejer|killar|ungar|"
            rf"barn)?\s*,?\s*{_NUM}\b",
            rf"\b{_NUM}\s+now\b",
            # "jag (tjej, 14) har ...", "24 år gammal här": the writer's own, in brackets or
            # introducing themselves.
            rf"\b(?:jag|ja|i'm|im)\s*\(\s*(?:{_IDENTITY}\s*,?\s*)?{_NUM}\s*(?:år|ar)?\s*\)",
            # "har sålt sex i några år (38 år)" (set DB): an age in brackets after a span of
            # time is the writer's, who is telling of themselves.
            rf"\b(?:jag|ja|i\s+(?:have|am|was)|i'?ve|im|i'm)\s+(?:\w+\s+){{1,6}}?(?:år|ar|years?|"
            r"månader|manader|months?)\s*\(\s*"
            rf"{_NUM}\s*(?:år|ar|y/?o)?\s*\)",
            rf"(?:^|[,.!?;:]\s*){_NUM}\s*(?:år|ar)\s+(?:gammal|gamla?)\s+(?:här|har)\b",
            rf"(?:^|[.!?;:]\s*){_NUM}\s+(?:år\s+|ar\s+)?(?:o|och|å)\s+(?:säljer|saljer|"
            r"jobbar|tar\s+emot|träffar|traffar|escortar|eskortar|sugardejtar)\b",
            rf"\b(?:vi\s+(?:är|ar|e)\s+)?(?:båda|bada|bägge|bagge)\s+(?:(?:är|ar|e)\s+)?"
            rf"{_FILLER}{_NUM}\b",
        )
    ],
    # "jag är 15", "jag e typ 16 år", "i'm 17"
    (SELF, re.compile(
        rf"\b{_SELF_SUBJECT}\s+(?:som\s+(?={_BE}))?{_FILLER}(?:{_BE}\s+)?{_FILLER}{_NUM}\b{_YEARS}"
    )),
    # "..., fyller 15 i januari", "nyss fyllt 18": the writer's birthday at a clause start.
    (
        SELF,
        re.compile(
            rf"(?:^|[,.!?;]\s*|\b(?:och|o|men|å|jag|ja)\s+){_FILLER}(?:har\s+)?{_FILLER}"
            rf"(?:fyller|fyllt|fyllde|blir)\s+{_NUM}\b"
        ),
    ),
    # "säljer sex. 40-årsåldern, två barn": an age band opening a clause is the writer's.
    (
        SELF,
        re.compile(
            r"(?:^|[,.!?;]\s*)\W*(?:i\s+)?(?P<num>[1-9]0)\s*-?\s*(?:års|ars)(?:åldern|aldern)"
        ),
    ),
    # "hej, 27 här": an age introducing the writer.
    (SELF, re.compile(rf"(?:^|[,.!?;]\s*)\W*{_DISCOURSE}{_NUM}\s+här\b")),
    # "en elev i 30-årsåldern"
    (
        OTHER,
        re.compile(
            r"\b(?:en|ett|min|mitt|hans|hennes)\s+(?!man\b|gubbe\b|kund\b|kille\b|snubbe\b)"
            r"(?:\w+\s+){1,2}?(?:i|runt)\s+"
            r"(?P<num>[1-9]0)\s*-?\s*(?:års|ars)(?:åldern|aldern)"
        ),
    ),
    # "min dotter är 15", "min lillasyster som är 14", "hon är 16"
    (
        OTHER,
        re.compile(
            rf"\b{_OTHER_SUBJECT}\s+(?:som\s+)?{_FILLER}{_BE}\s+{_FILLER}{_NUM}\b{_YEARS}"
        ),
    ),
    # "..., e 15", "o e 16 år": a clause that starts with the verb is the writer's
    (
        SELF,
        re.compile(
            r"(?:^|[,.!?;:\u2600-\u27bf\U0001f000-\U0001faff]\s*|\b(?:och|o|men|å)\s+)"
            rf"(?:är|ar|e)\s+{_FILLER}{_NUM}\b{_YEARS}"
        ),
    ),
    # "..., 15 år": an age that opens a clause, not "för 10 år sedan"
    (
        SELF,
        re.compile(
            rf"(?:[,.!?;]\s*|\b(?:men|och|o|å)\s+){_FILLER}{_NUM}\s*-?\s*"
            r"(?:år|ar|bast|åring|aring|yo|y/o|years?|yrs?)\b"
            r"(?!\s+(?:sen|sedan|till|kvar|tidigare|gammal\w*\s+\w+))"
        ),
    ),
    # "en kille på 24", "min dotter på 15", "a girl of 16"
    (
        SELF,
        re.compile(
            rf"\b{_SELF_SUBJECT}\s+(?:är|ar|e)\s+(?:en\s+|ett\s+)?(?:kille|tjej|man|kvinna|person|"
            rf"transperson|transkvinna|transman|pojke|flicka)\w*\s+(?:på|pa)\s+{_NUM}\b"
        ),
    ),
    (
        OTHER,
        re.compile(
            rf"\b(?:min|mitt|vår|vårt|var|vart|en|ett)\s+(?:\w+\s+)?(?:{_STEP}(?:dotter|son|barn)|"
            r"syster|bror|"
            r"lillasyster|lillebror|storasyster|storebror|kompis|vän|elev|tjej|kille|flicka|pojke|"
            rf"klient|ungdom|kusin|lillkusin|barnbarn|spelare|deltagare)\s+(?:på|pa)\s+{_NUM}\b"
        ),
    ),
    (
        OTHER,
        re.compile(
            r"\b(?:my\s+(?:\w+\s+)?(?:sister|brother|daughter|son|friend|girlfriend|boyfriend|wife|"
            rf"husband|child|kid|student|client)|she|he)\s+is\s+{_FILLER}{_NUM}\b"
        ),
    ),
    # "min dotter 15 har inte kommit hem", "min son, 19, ..."
    (
        OTHER,
        re.compile(
            rf"\b(?:min|mitt|vår|vårt)\s+(?:\w+\s+)?(?:{_STEP}(?:dotter|son|barn)|"
            r"syster|bror|lillasyster|"
            r"lillebror|storasyster|storebror|kompis|elev|klient|kusin|lillkusin|systerdotter|"
            r"brorsdotter|"
            rf"systerson|brorson|"
            r"dotterdotter|dotterson|sondotter|sonson|bästis|vän|flickvän|pojkvän|barnbarn)"
            rf"\s*[,(]?\s*{_NUM}\b"
            r"(?!\s*(?:år\s+sen|år\s+sedan|min|minuter|kr|gånger)(?!\w))"
        ),
    ),
    # "new girl here is only 15".
    (OTHER, re.compile(rf"\b(?:girl|boy|guy|woman|kid|child|client|student)\s+"
                       rf"(?:here\s+|there\s+)?is\s+"
                       rf"{_FILLER}{_NUM}\b")),
    # "bror min e 16", "min 14-åring har fått en telefon".
    (OTHER, re.compile(rf"\b(?:lillebror|lillasyster|storebror|storasyster|bror|syster|kompis|"
                       rf"dotter|son|kusin)\s+min\s+(?:är|ar|e)\s+{_FILLER}"
                       rf"{_NUM}\b")),
    (OTHER, re.compile(rf"\b(?:min|mitt|vår|vårt)\s+{_NUM}\s*-?\s*(?:åring|aring)\b")),
    # Someone seen, their age guessed: "ser ut att vara 13-14 år", "max 14 år", "inte kan
    # vara mer än 15" (hotel staff, neighbours). The youngest guess is the one read.
    (OTHER, re.compile(
        rf"\b(?:ser\s+ut\s+(?:att\s+vara|som)|verkar\s+vara|kan\s+inte\s+vara\s+(?:mer|äldre|"
        rf"aldre|över|over)(?:\s+än|\s+an)?|inte\s+kan\s+vara\s+(?:mer|äldre|aldre|över|over)"
        rf"(?:\s+än|\s+an)?)\s+(?:typ\s+|kanske\s+|runt\s+|ca\s+)?"
        rf"{_NUM}(?:\s*[-–]\s*\d{{1,2}})?\s*(?:år|ar|åring|aring)?(?!\s*(?:kr|kronor|min|st|gånger|"
        rf"timmar|dagar|veckor|%))(?!\w)"
    )),
    (OTHER, re.compile(
        rf"\b(?:max|högst|hogst|knappt)\s+{_NUM}(?:\s*[-–]\s*\d{{1,2}})?\s*(?:år|ar)\b"
        rf"(?!\s+(?:sen|sedan|kvar|till|i\s+fängelse))"
    )),
    # "min 15-åriga dotter"
    (OTHER, re.compile(rf"\b(?:min|mitt|vår|vårt)\s+{_NUM}\s*-?\s*åri(?:g|ga)\b")),
    # "kille 22, träffar ...", "transkille 16 här", "jag e en kille 16 år", "man 35":
    # the writer introducing themselves at the start of a clause.
    (
        SELF,
        re.compile(
            rf"(?:^|[,.!?;:]\s*|\b{_SELF_SUBJECT}\s+(?:är|ar|e)\s+(?:en\s+|ett\s+)?)"
            rf"\W*{_DISCOURSE}(?:(?:e|är|ar)\s+)?(?:vuxen\s+)?{_IDENTITY}\s*(?:här\s*)?,?\s*"
            rf"(?:på\s+|pa\s+)?{_NUM}\b"
            r"(?!\s*(?:min|minuter|kr|kronor|st|gånger|ganger|%)(?!\w))"
            # (Not "umo-mott: kille 16 säger att ...", set DE: someone told of.)
            r"(?!\s*(?:år\s+)?(?:säger|sager|berättar|berattar|berättade|berattade|har\s+berättat|"
            r"sa\b|sade|kom\s+in|söker|soker))"
        ),
    ),
    # "jag e trans o 16", "jag är kille och 17"
    (
        SELF,
        re.compile(
            rf"\b{_SELF_SUBJECT}\s+(?:är|ar|e)\s+(?:\w+\s+){{1,2}}?(?:o|och|å)\s+{_NUM}\b"
            r"(?!\s*(?:år\s+sen|år\s+sedan|min|minuter|timm\w*|kr|gånger|dagar|veckor|månader)"
            r"(?!\w))"
        ),
    ),
    # "..., nu 23", "nu e jag 24": the age now, after one in the past.
    (SELF, re.compile(rf"(?:^|[,.!?;]\s*|\bmen\s+)nu\s+(?:(?:är|ar|e)\s+(?:jag\s+)?)?{_NUM}\b")),
    # "i work with sex, 35, need a test", "escort, 31.", "lagligt då? 25": a bare age
    # as a clause of its own.
    # "..., to my job. 26 f": with the writer's gender after it.
    (SELF, re.compile(r"[,.?!]\s*(?P<num>1[3-9]|[2-7]\d)\s*(?:[fmk]|tjej|kille|kvinna|female|"
                      r"male|(?:o|och)\s+(?:escort|eskort|tjej|kille|kvinna|säljer\s+sex))?"
                      r"\s*(?:[,.!?]|$)")),
    # "nu är hon 20", "e han 15?": the verb first, someone else's age.
    (OTHER, re.compile(rf"\b(?:nu\s+)?(?:är|ar|e)\s+(?:hon|han|hen)\s+(?:nu\s+)?{_FILLER}{_NUM}\b"
                       rf"{_YEARS}(?!\s*(?:min|minuter|kr|gånger|timm\w*)(?!\w))")),
    # "me romania woman 27 years", "woman 31 years, work in massage".
    # "thai lady 41 yrs.", "me 38 year".
    (SELF, re.compile(rf"(?:^|[,.!?;]\s*|\bme\s+|\bjag\s+)(?:(?!min\b|mitt\b|my\b|hans\b|"
                      rf"hennes\b|her\b|his\b|en\b|a\b|the\b)\w+\s+)?(?:woman|man|girl|guy|lady|boy|female|male|"
                      rf"kvinna|tjej)\s+{_NUM}\s*(?:years?|yrs?|år|ar)\b")),
    (SELF, re.compile(rf"\bme\s+{_NUM}\s*(?:years?|yrs?|år|ar)\b")),
    # "I am Thai woman 45", "mujer 44, vendo sexo", "soy 36".
    (SELF, re.compile(rf"\b(?:i\s+am|i'm|im|jag\s+är|jag\s+ar)\s+(?:an?\s+)?(?:\w+\s+)?(?:woman|"
                      rf"lady|girl|man|guy|kvinna|tjej)\s*,?\s*{_NUM}\b(?!\s*(?:min|kr|\$)(?!\w))")),
    (SELF, re.compile(rf"(?:^|[,.!?;]\s*)(?:mujer|hombre|chica|femeie|femme)\s*,?\s*{_NUM}\b")),
    (SELF, re.compile(rf"\bsoy\s+{_NUM}\b(?!\s*(?:min|kr)(?!\w))")),
    (OTHER, re.compile(rf"\bmy\s+(?:\w+\s+)?(?:brother|sister|daughter|son|friend|cousin)\s+{_NUM}"
                       r"\b(?!\s*(?:min|minutes|hours|kr|times|\$)(?!\w))")),
    # "min ålder är 14", "ålder: 16".
    (SELF, re.compile(rf"\b(?:min\s+ålder|min\s+alder|ålder|alder|my\s+age)\s*(?:är|ar|e|is|:)?\s*"
                      rf"{_NUM}\b")),
    # "är bara femtonåring", "sextonårig tjej här".
    (SELF, re.compile(rf"(?:^\W*|[,.!?;]\s*|\b(?:jag|ja)\s+(?:är|ar|e)\s+|^\W*(?:är|ar|e)\s+)"
                      rf"{_FILLER}(?:en\s+)?{_NUM}(?:åring|aring|årig|arig)\b")),
    # "Jag (19) träffar ...", "jag, 19, ...": the writer's age in brackets or commas.
    (SELF, re.compile(rf"\b(?:jag|ja|jg|me)\s*\(\s*{_NUM}\s*(?:år|ar|y/?o)?\s*\)")),
    *[(SELF, pattern) for pattern in _CLAIMS],
    (SELF, re.compile(rf"\b(?:jag|ja|jg)\s*,\s*{_NUM}\s*(?:år|ar)?\s*,")),
    # "39-årig kvinna. min chef ...": an age with who one is, opening a clause.
    (SELF, re.compile(rf"(?:^|[,.!?;]\s*)\W*{_DISCOURSE}{_NUM}\s*-?\s*(?:årig|arig|åring|aring)"
                      rf"a?\s+{_IDENTITY}\b")),
    # "sonen 16 har massa pengar", "dottern, 15,": someone close, named by the word alone.
    (OTHER, re.compile(
        r"\b(?:sonen|dottern|kompisen|bästisen|bastisen|systern|syrran|brorsan|lillasyster|"
        rf"lillebror|kusinen|barnbarnet|eleven|flickvännen|pojkvännen)\s*[,(]?\s*{_NUM}\b"
        r"(?!\s*(?:år\s+sen|år\s+sedan|min|minuter|timm\w*|kr|gånger|dagar|veckor)(?!\w))"
    )),
    # "kan man testa sig om man e 15?": "man" (one) in a question about oneself.
    (SELF, re.compile(rf"\b(?:om|o|och|när|nar|fast)\s+man\s+(?:är|ar|e)\s+{_FILLER}{_NUM}\b")),
    # "my age 38", "my age is 17", "i am woman from Nigeria 28 years"
    (SELF, re.compile(rf"\bmy\s+age\s+(?:is\s+)?{_NUM}\b")),
    (
        SELF,
        re.compile(
            rf"\b(?:i\s+am|i'm|im)\s+(?:[a-z]+\s+){{1,4}}?{_NUM}\s*(?:years?|yrs?|y/?o)\b"
        ),
    ),
    # The age as other languages say it, so that a short answer in one's own language
    # counts: "tengo 17 (años)", "am 27 de ani", "mam 23 lata", "ich bin 16",
    # "j'ai 17 ans", "عمري 16".
    (
        SELF,
        re.compile(
            r"(?:\b(?:tengo|tenho|ich\s+bin|j'ai|jai)\s+|عمري\s*)"
            r"(?P<num>\d{1,2})(?=\s*(?:$|[,.!?]|años|anos|jahre|ans|y\b|e\b|und\b|et\b|"
            r"o\b|och\b|سنة))"
        ),
    ),
    (
        SELF,
        re.compile(
            r"\b(?P<num>\d{1,2})\s*(?:de\s+)?(?:años|anos|ans|ani|lat|lata|jahre|jahr|anni|лет|года"
            r"|год"
            r"|років|роки|ปี|سنة|سنوات|sano)(?!\w)"
        ),
    ),
    # "jag är en man i 50-årsåldern"
    (
        SELF,
        re.compile(
            rf"\b{_SELF_SUBJECT}\s+(?:är|ar|e)\s+(?:\w+\s+){{0,2}}?(?:i|runt)\s+"
            r"(?P<num>[1-9]0)\s*-?\s*(?:års|ars)(?:åldern|aldern)"
        ),
    ),
    # "en pojke som fyllde 15 i våras", "en tjej som är 14": someone else, introduced.
    (OTHER, re.compile(
        r"\b(?:en|ett)\s+(?:\w+\s+)?(?:pojke|flicka|tjej|kille|elev|unge|grabb|spelare|"
        r"deltagare|ungdom|barnbarn|barn|son|dotter|systerdotter|brorsdotter|systerson|brorson|"
        r"dotterdotter|dotterson|sondotter|sonson|"
        rf"kusin|brorsbarn|systerbarn)\s+som\s+(?:nyss\s+|precis\s+|just\s+)?{_BE}\s+{_FILLER}{_NUM}\b"
    )),
    # "en av mina elever, en kvinna runt 35": someone else described by an age.
    (OTHER, re.compile(
        r"\b(?:en|ett)\s+(?:kvinna|man|tjej|kille|person|pojke|flicka|elev|deltagare)\s*,?\s*"
        rf"(?:runt|kring|omkring|ca|cirka|typ|ungefär)\s+{_NUM}\b"
        r"(?!\s*(?:min|minuter|kr|kronor|st|gånger|%)(?!\w))"
    )),
    # "kompis 17 tar betalt för sex": someone close named first, their age beside.
    (OTHER, re.compile(
        r"^\W*(?:en\s+)?(?:kompis|kompisen|bästis|bastis|bästisen|bastisen|syrran|brorsan|"
        r"lillasyster|lillebror|storasyster|storebror|kusin|kusinen|vän|van|vännen|vannen)"
        rf"\s*[,(]?\s*{_NUM}\b(?!\s*(?:min|minuter|kr|kronor|st|gånger|%)(?!\w))"
    )),
    # "en av dem är typ 15", "soc, klient 30 säljer sex".
    (OTHER, re.compile(
        r"\ben\s+av\s+(?:dem|dom|tjejerna|killarna|eleverna|ungdomarna|barnen|flickorna|"
        rf"pojkarna)\s+(?:är|ar|e)\s+{_FILLER}{_NUM}\b"
    )),
    (OTHER, re.compile(
        rf"\b(?:klient|klienten|brukare|brukaren|patient|patienten)\s*,?\s*{_NUM}\b"
        r"(?!\s*(?:min|minuter|kr|kronor|st|gånger|%)(?!\w))"
    )),
    # "killarna är 14", "tjejerna i laget e 15": a group the writer is responsible for.
    (OTHER, re.compile(
        r"\b(?:killarna|tjejerna|pojkarna|flickorna|eleverna|barnen|ungarna|ungdomarna|"
        rf"spelarna|deltagarna)\s+(?:\w+\s+){{0,2}}?(?:är|ar|e)\s+{_FILLER}{_NUM}\b"
        r"(?!\s*(?:st|stycken|personer)\b)"
    )),
    # "ar en kille 20 och ...": the verb and who the writer is, opening the message.
    (SELF, re.compile(
        rf"^\W*{_DISCOURSE}(?:är|ar|e)\s+(?:en|ett)\s+{_IDENTITY}\s*,?\s*(?:på\s+|pa\s+)?{_NUM}\b"
        r"(?!\s*(?:min|minuter|kr|kronor|st|gånger|ganger|%)(?!\w))"
    )),
    # "i have 21 years", "me have 30 year": a Romance language's way, in English.
    (SELF, re.compile(rf"\b(?:i|me)\s+(?:have|has)\s+{_NUM}\s*(?:years?|yrs?|år|ar)\b")),
    # "me woman 38, i live ...": the age closing who the writer is, without "years".
    (SELF, re.compile(
        r"(?:^|[.!?;]\s*|\bme\s+)(?:woman|man|girl|guy|lady|boy|kvinna|tjej|kille)\s+"
        # ("tjej 35 år.", set DW: the unit before the stop.)
        r"(?P<num>1[3-9]|[2-7]\d)\s*(?:år|ar|years?|yo)?\s*(?=[,.!?]|$)"
    )),
    # English school years: "im in year 9" (Swedish pupils translate "nian" so).
]
_SCHOOL_YEAR_EN = re.compile(
    r"(?:\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+in\s+|[,.!?;]\s*(?:in\s+)?|^\s*(?:in\s+)?)(?:year|grade|class)\s+"
    # "in class 8, my stepdad ..." (set GO): the school year as many countries say it.
    r"(?P<grade>[5-9])\b"
    # "i'm in 8th grade", "in 9th grade": the ordinal before the word.
    # (And "we are in 8th grade", set FQ: the writer among them.)
    r"|(?:\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+in\s+(?:the\s+)?|^\s*(?:in\s+)?)(?P<ordinal>[5-9])"
    r"(?:th|st|nd|rd)\s+"
    r"(?:grade|year)\b"
)
# "två år kvar tills jag blir myndig": eighteen less the years left.
_YEARS_LEFT = re.compile(
    r"\b(?P<left>ett|en|två|tva|tre|1|2|3)\s+(?:år|ar)\s+kvar\s+(?:tills?|innan|till)\s+"
    # "två år kvar tills ja e myndig", "2 år kvar till 18" (set DP).
    r"(?:(?:jag|ja)\s+(?:blir|fyller|e|är|ar)\s+)?(?:myndig|18|arton)"
)
_LEFT = {"ett": 1, "en": 1, "1": 1, "två": 2, "tva": 2, "2": 2, "tre": 3, "3": 3}
# "jag var den som var 16. det var i somras": an age this past year is the youngest reading.
_RECENT = re.compile(
    rf"\b(?:jag|ja)\s+(?:var|va)\s+(?:den\s+som\s+(?:var|va)\s+)?{_NUM}\b"
    r"(?=.{0,50}\b(?:i\s+somras|i\s+våras|i\s+vintras|i\s+höstas|nyligen|förra\s+månaden))"
)
# "e i sjätte klass", "går i nionde klass": an ordinal school year.
_ORDINAL_CLASS = re.compile(
    r"\b(?P<ord>fjärde|fjarde|femte|sjätte|sjatte|sjunde|åttonde|attonde|nionde)\s+klass"
)
_ORDINAL = {"fjärde": 4, "fjarde": 4, "femte": 5, "sjätte": 6, "sjatte": 6, "sjunde": 7,
            "åttonde": 8, "attonde": 8, "nionde": 9}
# "har inte fyllt 17 än": one year less.
_NOT_YET_TURNED = re.compile(rf"\binte\s+(?:fyllt|fyllt\s+än|blivit)\s+{_NUM}\b")
# "förra året när jag var 15": an age a year ago is one year less than now.
_LAST_YEAR = re.compile(
    rf"(?:förra\s+året|forra\s+aret|i\s+fjol|för\s+ett\s+år\s+sen)\s+när\s+(?:jag|ja)\s+"
    rf"(?:var|va)\s+{_NUM}\b|\bnär\s+(?:jag|ja)\s+(?:var|va)\s+"
    + _NUM.replace("?P<num>", "?P<then>") + r"\s+(?:förra\s+året|forra\s+aret|i\s+fjol)"
)
_BARE_NUMBER = re.compile(
    rf"^\W*{_DISCOURSE}{_FILLER}{_NUM}{_YEARS}(?:\s+gammal)?"
    r"(?:\s+(?:då|da|typ|ish|btw|asså|eller\s+nåt|eller\s+nat|om\s+du\s+måste\s+veta|"
    r"men\s+fyller\s+snart|fyller\s+snart|"
    # A laugh or a shrug after the answer: "typ 14 hehe", "16 iaf", "15 lol".
    r"ha(?:ha)+\w*|he(?:he)+\w*|lol|xd|iaf|ju|bara|nu|okej|ok|liksom|"
    # An urging after it, in a crisis: "16 plz hurry", "15 snälla skynda".
    r"plz|pls|please|snälla|snalla|hurry|skynda|help|hjälp|hjalp|asap|quick|fort|snabbt))*\W*$"
)
_SCHOOL = re.compile(
    rf"\b(?:(?P<subject>{_SELF_SUBJECT}|{_OTHER_SUBJECT})\s+(?:som\s+)?)?(?:går"
    # "i am in nian": a Swedish school year in English.
    # "gör åttan" (set DI): "går" mistyped, or doing the year.
    # "im in nian" (set GU).
    rf"|gar|gaar|gör|gor|e|är|ar|am|im|i'm|i’m)\s+"
    # "ja går bara i ettan", "går fortfarande i nian" (set BP): a word between.
    # "nu går jag i 9an" (set CZ): the writer named after the verb.
    r"(?:(?:bara|ba|fortfarande|ju|typ|nu|just|precis|än|an|båda|bada|bägge|bagge|också|ocksa|oxå|"
    r"jag|ja|jg|vi|själv|sjalv)\s+){0,3}"
    r"(?:i\s+|på\s+|pa\s+|in\s+)?"
    r"(?P<year>fyran|femman|sexan|sjuan|åttan|attan|nian|[4-9]:?an|"
    # "går i tvåan": year two of upper secondary or of primary school, a child either way.
    r"ettan|tvåan|tvaan|trean)\b"
)
# "en tjej i åttan", "en kille i tvåan på gymnasiet": someone else's school year.
_SCHOOL_OTHER = re.compile(
    r"\b(?:en|ett|min|mitt|mina)\s+(?:\w+\s+)?(?:tjej|kille|flicka|pojke|elev|dotter|son|unge|"
    # "min kompis i sexan", "mina polare i nian" (set CX): friends and family too.
    r"spelare|kompis|kompisar|polare|vän|väninna|vänner|bästis|kusin|syster|bror|lillasyster|"
    r"lillebror|barnbarn|klasskompis|klasskompisar)"
    r"\s+(?:som\s+(?:går|gar)\s+)?i\s+(?P<year>fyran|femman|sexan|sjuan|åttan|attan|nian|[4-9]:?an|"
    r"ettan|tvåan|tvaan|trean)\b"
)
# "går i åk 8", "e i årskurs 9", "går andra året på gymnasiet": numbered school years,
# with a verb or opening the message ("en tjej i åk 9" is someone else).
_SCHOOL_START = (
    rf"(?:\b(?P<subject>{_SELF_SUBJECT}|{_OTHER_SUBJECT})\s+(?:som\s+)?)?"
    rf"(?:(?:^\W*{_DISCOURSE})|[,.!?;]\s*|\b(?:går|gar|gaar|e|är|ar)\s+)(?:i\s+|på\s+|pa\s+)?"
)
_SCHOOL_NUMBERED = re.compile(rf"{_SCHOOL_START}(?:åk|ak|årskurs|arskurs)\s*(?P<grade>[4-9])\b")
_GYMNASIUM_YEAR = re.compile(
    rf"{_SCHOOL_START}(?P<ord>första|forsta|andra|tredje|1:a|2:a|3:e)\s+(?:året|aret|år|ar)\s+"
    r"(?:på|pa|i)\s+(?:gymnasiet|gympa|gymnan|gymmet|gymnasium|gymnasie\w*)"
    # "går i första ring" (set DV): the old word for a year of upper secondary school.
    rf"|{_SCHOOL_START.replace('?P<subject>', '?:')}(?P<ord2>första|forsta|andra|tredje|1:a|2:a"
    rf"|3:e)"
    r"\s+(?:ring|ringen)\b"
)
# "en kille i tvåan på gymnasiet ..., jag går första året" (set DV): the writer's year, with the
# school named elsewhere in the message.
_MY_YEAR_AT_GYM = re.compile(
    r"\b(?:(?:jag|ja|jg)\s+(?:går|gar)|(?:går|gar)\s+(?:jag|ja|jg))\s+(?:bara\s+|ba\s+|själv\s+|sjalv\s+)?"
    r"(?:i\s+)?"
    r"(?P<ord>första|forsta|andra|tredje)\s+(?:året|aret)\b"
)
# "gymnasiet första året", "gymnasiet, ettan": the school named first.
_GYMNASIUM_FIRST = re.compile(
    rf"{_SCHOOL_START}(?:gymnasiet|gymnasium|gympa|gymnan)\s*,?\s*(?:(?P<ord>första|forsta|andra|tredje|"
    r"1:a|2:a|3:e)\s+(?:året|aret|år|ar)|(?P<year>ettan|tvåan|tvaan|trean|"
    r"(?:åk|ak|år|ar|årskurs|arskurs)\s*[1-3]|[1-3]:?an))\b"
)
_GYMNASIUM_YEARS = {"ettan": 16, "tvåan": 17, "tvaan": 17, "trean": 17}
# "ettan på gym", "e i tvåan på gymnasiet" (set BI): the year, then the school.
_YEAR_ON_GYM = re.compile(
    rf"{_SCHOOL_START}(?P<year>ettan|tvåan|tvaan|trean|[1-3]:?an)\s+(?:på|pa)\s+(?:gym|gymmet|gymnan|gymnasiet|"
    r"gymnasium|gymnasie\w*)\b"
)


def _gymnasium_year_age(year: str) -> int:
    """16 in the first year, 17 after: "ettan", "åk 1", "1:an"."""
    if year in _GYMNASIUM_YEARS:
        return _GYMNASIUM_YEARS[year]
    return 16 if "1" in year else 17
# "we are three girls ..., 20 to 24 years": the youngest of the writer's group.
# Set BN: "dom andra tjejerna e typ 13-14 som jag", "the other girls are 14 like me": the
# writer's age by likeness.
_LIKE_ME = re.compile(
    r"\b(?P<num>1[0-7])(?:\s*[-–]\s*1[0-7])?\s+(?:år\s+|ar\s+|years?\s+(?:old\s+)?)?"
    r"(?:gamla\s+)?(?:som\s+(?:jag|ja|mig|mej)|like\s+me|same\s+as\s+me)\b"
)
# "I do escort work (33)", "jag jobbar som escort (24)": an age in brackets after the
# writer's own clause is the writer's.
_SELF_IN_PARENS = re.compile(
    # The writer's clause, also without "jag" ("Har sålt sex i några år (38 nu)", set CH).
    r"(?:^|[.!?]\s*)\W*(?:i|i'm|im|i am|jag|ja|jg|har|hade|säljer|saljer|sålt|salt|sålde|salde)\b"
    # (Not "jag undrar om min dotter (15) ...", "jag har en son (15)": someone named first
    # owns the brackets.)
    r"(?:(?!\b(?:min|mitt|mina|vår|var|hans|hennes|deras|my|our|his|her|their)\b"
    r"|\b(?:an?|en|ett|the|this|den)\s+(?:\w+\s+)?(?:girl|boy|guy|man|woman|kid|child|friend|"
    r"daughter|son|sister|brother|cousin|niece|nephew|"
    r"tjej|kille|flicka|pojke|kvinna|barn|kompis|vän|van|person|dotter|son|syster|bror|"
    r"brorsa|syrra|kusin)\b)[^.!?()]){0,50}"
    r"\((?P<num>\d{2})(?:\s*(?:år|ar|nu|years?|yrs?|y/?o|now))?\)"
    # "me n my friends (all 16)", "vi (båda 15)" (set FF): the writer's group, in brackets.
    r"|\(\s*(?:all|both|we'?re|were|we\s+are|alla|båda|bada|vi\s+är|vi\s+e)\s+"
    r"(?P<num2>1[0-9]|[2-6][0-9])\s*\)"
    # "IB1 girl here (16)", "tjej här (15)" (set FS): the writer introducing themselves.
    r"|(?:^|[.!?]\s*)\W*(?:\w+\s+){0,3}(?:here|här)\s*\(\s*(?P<num3>1[0-9]|[2-6][0-9])\s*\)"
)
# A question about "en 17-åring", then "frågar för min egen skull" (set BO): the writer's age.
_ASKING_FOR_MYSELF = re.compile(
    r"\b(?:frågar|fragar|undrar)\s+(?:för|for)\s+(?:min\s+egen\s+skull|mig\s+själv|mig\s+sjalv)\b"
    r"|\basking for (?:myself|me)\b"
)
_IF_SOMEONE_AGED = re.compile(
    r"\b(?:om|if)\s+(?:en|ett|a|an|nån|någon|nagon|someone)\s+(?:som\s+är\s+|who\s+is\s+)?"
    r"(?P<num>1[0-7])\s*-?\s*(?:åring|aring|år|ar|years?[- ]old|yo)\b"
    # "if a 30 year old pays a 16 year old for sex? asking for me" (set FL): the one paid.
    r"|\b(?:pays?|paid|paying|betalar|betalade|köper|koper)\s+(?:en|ett|a|an)\s+"
    r"(?P<num2>1[0-7])\s*-?\s*(?:åring|aring|år|ar|years?[- ]old|yo)\b"
    # "om en vuxen betalar nån som e 15 för sex" (set DZ).
    r"|\b(?:pays?|paid|paying|gives?|betalar|betalade|ger|swishar|köper|koper)\s+(?:nån|någon|"
    r"nagon|en\s+tjej|en\s+kille|ett\s+barn|someone|somebody|a\s+girl|a\s+boy|a\s+kid)\s+"
    r"(?:som\s+(?:är|ar|e)|who\s+is|who's|whos)\s+(?P<num3>1[0-7])\b"
)
# The payer named as another adult, and the writer's own trouble asked about (set DZ):
# "om en vuxen betalar nån som e 15 …, kan jag hamna i trubbel?" is the 15-year-old asking.
_AN_ADULT_PAYS_IF = re.compile(
    r"\b(?:om|if)\s+(?:en|nån|någon|nagon|an?|some)\s+(?:vuxen|äldre|aldre|man|gubbe|adult|"
    r"older|grown)\w*(?:\s+\w+)?\s+(?:betalar|ger|swishar|köper|koper|pays|gives|buys)\b"
)
_MY_TROUBLE = re.compile(
    r"\b(?:kan|blir|får|far|åker|aker)\s+(?:jag|ja)\s+(?:hamna\s+i\s+(?:trubbel|problem|skit)|"
    r"åka\s+dit|aka\s+dit|bli\s+(?:straffad|anmäld|anmald|dömd|domd)|straffad|anmäld|anmald|"
    r"få\s+straff|fa\s+straff|problem|dit)\b"
    r"|\b(?:can|will|could)\s+i\s+get\s+in(?:to)?\s+trouble\b|\bam\s+i\s+in\s+trouble\b"
)
_I_PLAY_IN = re.compile(
    r"\b(?:jag|ja|jg|i|i'?m|im)\s+(?:\w+\s+)?(?:spelar|spelade|tränar|tranar|play|plays|played|"
    r"am)\s+(?:\w+\s+)?(?:i|in|on|for)\s+(?:ett\s+|the\s+|an?\s+|mitt\s+|my\s+)?[pfu]$"
)
# "vi e P14", "jag är F15" (set CZ): the writer's own youth team, by its age class.
_WE_ARE_TEAM = re.compile(
    r"\b(?:vi|jag|ja|we|i)\s*(?:är|ar|e|are|'re|am|'m)\s+(?:ett\s+|an?\s+)?[pfu](?P<num>1[0-7])"
    r"(?:\s*-?\s*(?:lag\w*|team))?\b"
)
# "vi är två tjejer i nian som ...", "jag är en kille i åttan" (set CX): the writer among them.
_WE_ARE_PUPILS = re.compile(
    r"\b(?:vi|jag|ja)\s+(?:är|ar|e)\s+(?:två\s+|tva\s+|tre\s+|några\s+|nagra\s+|ett\s+par\s+|"
    r"en\s+|ett\s+)?(?:tjejer|killar|tjej|kille|flickor|pojkar|kompisar|vänner|vanner|bästisar)"
    r"\s+(?:som\s+(?:går|gar)\s+)?(?:i|på|pa)\s+(?P<year>fyran|femman|sexan|sjuan|åttan|attan|"
    r"nian)\b"
)
# Friends named with a school year, and "vi" beside them: the writer is one of the class.
_OUR_CLASS = re.compile(
    r"\bmina\s+(?:\w+\s+)?(?:kompisar|polare|vänner|vanner|klasskompisar)\s+(?:i|på|pa)\s+"
    r"(?P<year>fyran|femman|sexan|sjuan|åttan|attan|nian)\b(?=.{0,60}\b(?:vi|oss)\b)"
    # "jag o mina polare i tvåan på gymnasiet" (set DD): the writer named with them.
    r"|\b(?:jag|ja|jg)\s+(?:o|och|å)\s+mina\s+(?:\w+\s+)?(?:kompisar|polare|vänner|vanner|"
    r"klasskompisar)\s+(?:i|på|pa)\s+(?P<year2>fyran|femman|sexan|sjuan|åttan|attan|nian|ettan|"
    r"tvåan|tvaan|trean)\b"
)
# "kille i nian här. ...": a pupil introducing themselves, no article (set BN).
_OPENS_AS_PUPIL = re.compile(
    r"^\W*(?:kille|tjej|grabb|brud|flicka|pojke|elev)\s+(?:som\s+(?:går|gar)\s+)?i\s+"
    r"(?P<year>fyran|femman|sexan|sjuan|åttan|attan|nian)\b"
)
_OUR_RANGE = re.compile(
    r"\b(?:we are|we're|vi är|vi ar|vi e)\b.{0,60}?\b(?P<num>\d{2})\s*(?:-|–|to|till|och|and)"
    r"\s*\d{2}\s*(?:years|year|yrs|år|ar|yo)\b"
)
_GYMNASIUM_AGE = {"första": 16, "forsta": 16, "1:a": 16, "andra": 17, "2:a": 17,
                  "tredje": 17, "3:e": 17}
# "ettan på gymnasiet" without a verb, and a bare school year as a short answer.
_SCHOOL_ALONE = re.compile(
    r"(?<!\w)(?P<year>(?:ettan|tvåan|tvaan|trean)(?=\s+(?:på|pa|i)\s+"
    r"(?:gymnasiet|gymnasium|gympa|gymnan|gymnasie\w*|gymmet))|sjuan|åttan|attan|nian|[7-9]:?an)(?!\w)"
)
# English subjects of a birth year (set FR): "my niece, she was born 2010", "i was born 2009".
_BORN_SUBJECT_EN = (
    r"(?:(?P<self_en>i)|(?P<other_en>she|he|they|my\s+(?:\w+\s+)?(?:daughter|son|niece|nephew|"
    r"sister|brother|cousin|friend|girlfriend|boyfriend|kid|child|grandchild|granddaughter|"
    r"grandson|stepdaughter|stepson)))"
)
_BIRTH_YEAR = re.compile(
    rf"\b(?:(?P<subject>{_SELF_SUBJECT}|{_OTHER_SUBJECT})\s*,?\s+(?:är\s+|ar\s+|e\s+)?"
    rf"|{_BORN_SUBJECT_EN}\s+(?:was\s+|is\s+|are\s+|were\s+|am\s+)?)?"
    # "f. 2010" as a form is filled in: only with a four-digit year.
    # "i am born 2010", "born in 2009": English as a second language.
    r"(?:(?:född|fodd|född\s+år|fodd\s+ar|born(?:\s+in)?)\s+(?:år\s+|ar\s+)?"
    r"|(?<!\w)f\.?\s*(?=(?:19|20)\d\d\b))"
    r"(?P<year>(?:19[4-9]\d|20[0-2]\d)\b"
    r"|[-'’]\d{2}(?!\d)"
    # "född 97": two digits alone, not a day of a month ("född 12 mars").
    r"|\d{2}(?![\d:])(?!\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|/|-)))"
)
# A school year, then the age itself: "i trean som är 18", "går i tvåan, 18 år".
_YEAR_THEN_AGE = re.compile(
    r"\b(?:i|på|pa)\s+(?P<year>ettan|tvåan|tvaan|trean|nian|åttan|attan|sjuan)"
    r"(?:\s+på\s+gymnasiet|\s+pa\s+gymnasiet)?\s*(?:,\s*|\s+som\s+(?:är|ar|e)\s+|\s+och\s+"
    r"(?:är|ar|e)\s+"
    # "en elev i trean som fyllt 19" (set DB).
    r"|\s+(?:som|och)\s+(?:har\s+)?(?:fyllt|fyllde|redan\s+har\s+fyllt|redan\s+fyllt)\s+)"
    r"(?:\d{1,2})\b"
)
# "e 16 o ...", "fyller 16 snart", "16 tjej här": the writer's own age at the very start.
_LEADING_SELF = re.compile(
    rf"^\W*{_DISCOURSE}(?:är|ar|e|fyller|fyllde|ska\s+fylla|har\s+fyllt|blir)\s+{_FILLER}{_NUM}\b"
)
_LEADING_NUMBER = re.compile(
    # ("17 å har fått ...", set DR: "å" for "år", or for "och" as "o" is.)
    rf"^\W*{_DISCOURSE}{_FILLER}{_NUM}\s*(?=(?:år|ar|å|åring|aring|bast|yo|y/o|y"
    rf"|tjej|kille|girl|boy|f|m|o|och|sen|sedan|btw|snart|,|\.|\)"
    # "21 han gick precis", "16 dom har mitt pass": the age, then the story.
    rf"|han|hon|dom|de|jag|ja|min|mina|nån|någon)(?!\w))"
    # "en 19 år gammal kille kontrollerar ...": someone else described.
    r"(?!\s*(?:år|ar)\s+gammal\s+(?:kille|man|tjej|kvinna|gubbe|snubbe|person))"
)
# "ja får börja övningsköra om 2 år", "tar körkort nästa år", "blir myndig i höst" (set BP):
# an age limit still ahead gives the age now (learner driving from 16, a licence and
# majority at 18).
_MILESTONE_AHEAD = re.compile(
    rf"(?:\b(?P<subject>{_SELF_SUBJECT}|{_OTHER_SUBJECT})\s+)?(?:får|far|kan|ska|skall|blir|"
    r"fyller)?\s*(?:börja\s+|borja\s+)?"
    r"(?P<what>övningsköra|ovningskora|övningsköring|ovningskorning|ta\s+körkort|ta\s+korkort|"
    r"tar\s+körkort|tar\s+korkort|bli\s+myndig|blir\s+myndig|fylla\s+(?:18|arton)|"
    r"fyller\s+(?:18|arton))\s+"
    r"(?P<when>nästa\s+år|nasta\s+ar|i\s+år|i\s+ar|i\s+höst|i\s+host|i\s+vår|i\s+var|"
    r"till\s+sommaren|till\s+hösten|till\s+våren|snart|om\s+(?P<n>ett|en|två|tva|tre|fyra|"
    r"[1-4])\s+(?:år|ar)|om\s+(?:ett\s+halvår|\w+\s+månader|\w+\s+manader|\w+\s+veckor))"
    r"(?!\w)"
)
_MILESTONE_AGE = {"övni": 16, "ovni": 16, "körk": 18, "kork": 18, "mynd": 18, "18": 18,
                  "arto": 18}


def _ahead(match: re.Match[str]) -> int:
    """Whole years until the milestone: "om 2 år" is two, anything sooner one."""
    raw = match.group("n")
    return _LEFT.get(raw, 4 if raw in ("fyra", "4") else 1) if raw else 1


_OTHER_EXTRA = [
    # "umo-mott: kille 16 säger att ..." (set DE): someone told of, by a professional.
    re.compile(
        r"(?:^|[:,.;]\s*)(?:en\s+)?(?:kille|tjej|flicka|pojke|elev|patient|klient|ungdom)\s+"
        rf"{_NUM}\s*(?:år\s+)?(?:säger|sager|berättar|berattar|berättade|berattade|har\s+berättat|"
        r"sa\b|sade|kom\s+in|söker|soker)"
    ),
    # "en av våra ungdomar som e 19 har berättat" (set BU): one of a group, then "som är N".
    re.compile(
        r"\ben\s+av\s+(?:våra|vara|mina|dom|dem|de|tjejerna|killarna|eleverna|ungdomarna|"
        rf"barnen|de\s+boende)(?:\s+\w+)?\s+som\s+(?:är|ar|e)\s+{_FILLER}{_NUM}\b"
    ),
    # "En av tjejerna, 16, ringde precis" (set BH): one of a group, the age in apposition.
    re.compile(
        r"\ben\s+av\s+(?:dem|dom|tjejerna|killarna|eleverna|ungdomarna|barnen|flickorna|"
        rf"pojkarna|de\s+boende|våra\s+\w+|vara\s+\w+|mina\s+\w+)\s*[,(]\s*{_NUM}\b"
    ),
    # "my wife 32 år", "min dotter 15 år", "en av mina elever, 34 år", "vi e båda 16".
    re.compile(
        r"\b(?:min|mitt|mina|my|our|vår|vårt)\s+(?:\w+\s+)?(?:dotter|son|syster|bror|kompis|"
        r"vän|fru|man|sambo|flickvän|pojkvän|wife|husband|girlfriend|boyfriend|daughter|son|"
        r"sister|brother|friend|mamma|pappa|elev|elever|klient|patient|niece|nephew|kusin|"
        r"systerdotter|brorsdotter|systerson|brorson|"
        r"dotterdotter|dotterson|sondotter|sonson|barnbarn|styvdotter|bonusdotter|"
        r"styvson|bonusson)\s*,?\s*"
        rf"{_NUM}\s*(?:år|ar|years?|yo)\b"
    ),
    re.compile(
        rf"\b(?:elev|elever|klient|klienter|patient|patienter|brukare)\s*,\s*{_NUM}\s*(?:år|ar)\b"
    ),
    # "grannens dotter 15", "kompisens lillebror på 13": someone's child or sibling.
    re.compile(
        r"\b\w+(?:ens|ans|ns|ets|arnas|ernas)\s+(?:dotter|son|barn|unge|syster|bror|lillasyster|"
        r"lillebror|tjej|kille)\s*,?\s*(?:på\s+|pa\s+|(?:e|är|ar)\s+(?:nog\s+|typ\s+|bara\s+|"
        rf"kanske\s+|runt\s+|ca\s+)?)?{_NUM}\b"
        r"(?!\s*(?:kr|kronor|min|st|gånger|ganger)(?!\w))"
    ),
    # "en kille 16 säger att ...": someone described with the age straight after.
    re.compile(
        r"(?<!\bär )(?<!\bar )(?<!\be )(?<!\bä )(?<!\bam )"
        r"\b(?:en|ett)\s+(?:\w+\s+)?(?:kille|tjej|pojke|flicka|ungdom|unge|elev|person)\s*,?\s*"
        r"(?P<num>1\d|[2-9]\d)\b(?!\s*(?:år|ar)\s+(?:sen|sedan|äldre|aldre|yngre))"
        r"(?!\s*(?:kr|kronor|min|st|gånger|ganger)(?!\w))(?!\s*:)"
    ),
    re.compile(
        rf"\b(?:vi\s+(?:är|ar|e)\s+)?(?:båda|bada|bägge|bagge)\s+(?:(?:är|ar|"
        rf"e)\s+)?{_FILLER}{_NUM}\b"
    ),
    re.compile(
        rf"\b(?:{_STEP}(?:dotter|son|barn)|"
        r"unge|syster|bror|lillasyster|lillebror|kompis|elev|tjej|kille|"
        r"systerdotter|brorsdotter|dotterdotter|dotterson|sondotter|sonson|bonusdotter|bonusson|"
        r"styvdotter|styvson|kusin)"
        rf"\s*[(,]?\s*{_NUM}\s*(?:år|ar|åring)?\s*\)"
    ),
    # "en av killarna (15)": an age in brackets after anyone but the writer. (Not after a
    # span of time: "har sålt sex i några år (38 år)", set DB, is the writer's age.)
    re.compile(
        r"\b(?!jag\b|ja\b|jg\b|i\b|me\b|here\b|här\b|har\b|btw\b|år\b|ar\b|years?\b|"
        r"månader\b|manader\b|veckor\b|months?\b|weeks?\b|tid\b|time\b|sen\b|ago\b)"
        rf"\w+\s*\(\s*{_NUM}\s*(?:år|ar|åring|y/?o)?\s*\)"
    ),
    # "en kille som e sexton", "a patient who is 17".
    re.compile(
        r"\b(?:en|ett|min|mitt|vår|vårt|a|an|my|our)\s+(?:\w+\s+)?(?:kille|tjej|pojke|flicka|"
        r"elev|patient|klient|ungdom|person|son|dotter|unge|kompis|vän|syster|bror|kusin|"
        r"girl|boy|student|client|kid|friend|sister|brother|cousin|daughter)\s+"
        # "en elev i trean som är 18": where they are, between.
        r"(?:(?:i|på|pa|in|at|from|från|fran)\s+\w+\s+)?"
        r"(?:som|who)\s+(?:är|ar|e|is|fyller|blir|(?:precis\s+|nyss\s+|just\s+)?(?:har\s+)?fyllt|"
        rf"(?:has\s+)?(?:just\s+)?turned)\s+{_FILLER}{_NUM}\b"
    ),
    # "en 17-årig tjej", "a 17 year old patient" (not "en 45-årig man": a buyer's age says
    # nothing of whom to help)
    re.compile(
        rf"\b(?:en|ett|min|mitt|a|an|my|our|the|this)\s+{_NUM}\s*-?\s*(?:årig|arig|åriga|ariga)\s+"
        r"(?:tjej|kille|flicka|pojke|elev|patient|klient|ungdom|dotter|son|unge|brukare)"
    ),
    # "hon ser ut att vara kanske 15-16"
    re.compile(
        r"\b(?:hon|han|hen|she|he)\s+(?:ser\s+ut\s+att\s+vara|verkar\s+vara|ser\s+ut\s+som|looks)"
        rf"\s+{_FILLER}(?:kanske\s+|typ\s+|like\s+|maybe\s+)?{_NUM}\b"
    ),
    # "a 17 year old patient"
    re.compile(rf"\b(?:a|an|my|our|the|this)\s+{_NUM}\s*-?\s*(?:year|yr)s?\s*-?\s*old\b"),
    # "mamma till en 14-åring", "betalar en 16-åring" (not "jag är en 15-åring").
    re.compile(rf"(?<!\bär\s)(?<!\bar\s)(?<!\be\s)\ben\s+{_NUM}\s*-?\s*(?:åring|aring)\b"),
]
_MINOR_BAND = (
    r"(?:under\s*18|under\s+arton|inte\s+(?:ens\s+)?(?:18|arton|myndig|fyllt\s+18)|minderårig|"
    r"inte\s+ens\s+(?:1[0-7]|sjutton|sexton|femton|fjorton|tretton)(?!\s*(?:000|tusen|kr|st))|"
    r"minderarig|fjortis|"
    r"omyndig|på\s+högstadiet|pa\s+hogstadiet|på\s+mellanstadiet|högstadiet|hogstadiet|"
    r"nästan\s+(?:18|arton)|nastan\s+(?:18|arton)|snart\s+(?:18|arton)|"
    r"(?:snart|nästan|nastan)\s+myndig|inte\s+myndig\s+än)"
)
# "vart ringer man om man e under 18": the impersonal "man" asking for oneself.
_IMPERSONAL_MINOR = re.compile(
    rf"\b(?:om|när|nar|då|da)\s+man\s+(?:är|ar|e|ä)\s+(?P<band>{_MINOR_BAND})"
    # "måste dom ringa hem när man inte e 18" (set BP): the negation before the verb.
    r"|\b(?:om|när|nar|då|da)\s+man\s+(?P<band2>(?:inte|int|ej)\s+(?:är|ar|e|ä)\s+"
    r"(?:18|arton|myndig|vuxen))(?!\w)"
    # "vart kan en kille under 18 ringa om man fått betalt" (set CQ): asked for oneself.
    r"|\b(?:vart|var|vem|hur)\s+(?:kan|ska|ringer|vänder|vander|pratar)\s+(?:en|nån|nan|någon)\s+"
    rf"(?:kille|tjej|person|ungdom|unge)\s+(?:som\s+(?:är|ar|e)\s+)?(?P<band3>{_MINOR_BAND})"
    # "hjälper ni folk under 18? jag säljer bilder" (set GM, in Swedish): asked for oneself.
    r"|\b(?:hjälper|hjalper|pratar|tar|stöttar|stottar)\s+ni\s+(?:även\s+|också\s+|ocksa\s+|"
    r"ens\s+)?(?:med\s+)?(?:folk|personer|nån|någon|nan|ungdomar|unga|barn|oss)\s+"
    rf"(?:som\s+(?:är|ar|e)\s+)?(?P<band4>{_MINOR_BAND})"
)
_ADULT_BAND = (
    r"(?:(?:över|over)\s*(?:1[89]|[2-9]\d)|18\s*\+|(?:18|arton)\s+eller\s+(?:äldre|aldre)|"
    r"(?:över|over)\s+arton|myndig|vuxen)"
)
# A band with a subject counts anywhere: "jag är under 18 och ...".
_SUBJECT = rf"\b(?P<subject>{_SELF_SUBJECT}|{_OTHER_SUBJECT})\s+(?:som\s+)?"
_BANDS_WITH_SUBJECT = [
    (MINOR, re.compile(rf"{_SUBJECT}(?:{_BE}|går)\s+{_FILLER}(?P<band>{_MINOR_BAND}|barn)(?!\w)")),
    (ADULT, re.compile(rf"{_SUBJECT}(?:{_BE}\s+)?{_FILLER}(?P<band>{_ADULT_BAND})(?!\w)")),
    # "sen jag blev myndig förra året".
    (ADULT, re.compile(
        rf"{_SUBJECT}(?:blev|blivit|har\s+blivit)\s+(?P<band>myndig|18|arton)(?!\w)"
    )),

]
# A band that opens the message or a clause is the writer's: "inte 18 än, min kille ...",
# "vuxen kvinna, tar emot kunder", "fyller 18 nästa månad".
_CLAUSE_START = (
    rf"(?:^|[,.!?;:]\s*)\W*{_DISCOURSE}(?:(?:jag|ja|jg)\s+)?(?:(?:är|ar|e)\s+)?"
)
_BANDS_OPENING = [
    (MINOR, re.compile(rf"{_CLAUSE_START}(?:(?:går|gar)\s+(?:i\s+|på\s+|pa\s+)?)?"
                       rf"(?P<band>{_MINOR_BAND}|fyller\s+(?:18|arton)|"
                       r"ska\s+fylla\s+(?:18|arton))(?!\w)")),
    (ADULT, re.compile(rf"{_CLAUSE_START}(?:{_IDENTITY}\s+)?(?:nyss\s+|precis\s+|just\s+)?"
                       rf"(?P<band>{_ADULT_BAND}|(?:[2-9]\d)\s*\+)(?!\w)")),
    # "fick körkort i somras", "tog studenten förra året", "läser på komvux" (set CB):
    # a car licence (B, from 18), school finished a year ago, adult education.
    (ADULT, re.compile(rf"{_CLAUSE_START}(?:(?:fick|har|tog|tagit|har\s+tagit)\s+(?:mitt\s+)?"
                       r"(?P<band>körkort|korkort|b-körkort|b-korkort)(?!\w)"
                       r"|(?:tog|tagit|har\s+tagit)\s+(?P<band2>studenten)\s+(?:förra\s+året|"
                       r"forra\s+aret|i\s+fjol|för\s+\w+\s+år\s+sen|for\s+\w+\s+ar\s+sen)"
                       r"|(?:läser|laser|pluggar|går|gar)\s+(?:på\s+|pa\s+)?(?P<band3>komvux))")),
    # "studerar på uni o ...": university is for adults.
    (ADULT, re.compile(rf"{_CLAUSE_START}(?:studerar|pluggar|läser|laser)\s+(?:på|pa|vid)\s+"
                       r"(?P<band>uni|universitet\w*|högskola\w*|hogskola\w*)(?!\w)")),
]
# Placed where children live: "bor på ett HVB", "sitter på SiS", "bor på ett boende för
# ensamkommande barn" say the writer is under 18 (the youngest reading wins).
_PLACED = re.compile(
    r"(?:^\W*|[,.!?;]\s*|\b(?:jag|ja|jg)\s+(?:\w+\s+)?)"
    r"(?:bor|sitter|är\s+placerad|ar\s+placerad|e\s+placerad|har\s+placerats)\s+"
    r"(?:på|pa|i)\s+(?:ett\s+|en\s+)?(?P<band>hvb\w*|sis\w*|boende\s+för\s+ensamkommande"
    r"|boende\s+for\s+ensamkommande|ungdomsboende|jourhem|familjehem)"
)
# A band alone counts only as a short answer: "under 18", "vuxen".
_BANDS_ALONE = [
    (MINOR, re.compile(rf"(?<!\w){_MINOR_BAND}(?!\w)")),
    (ADULT, re.compile(rf"(?<!\w){_ADULT_BAND}(?!\w)")),
]
_DURATION = re.compile(
    r"\s*(?:years?|yrs?|år|ar)\s+(?:i|we|jag|ja|vi|har|have|has)\s+(?:\w+\s+)?(?:work\w*|jobb\w*|"
    r"sålt|salt|sold|sell\w*|säljer|saljer|done|gjort|hållit|hallit|been|varit|do|gör|gor)\b"
    # "10 years of escorting", "5 år av det här" (set FE): how long, not how old.
    r"|\s*(?:years?|yrs?|år|ar)\s+(?:of|av|med|in|i)\s+(?:this|that|it|det|the|\w+ing|\w+ande)\b"
)
# "son på 16 år", "en tjej på 15 år": the number after a person and "på" is their age.
_PERSON_OF = re.compile(
    r"\b(?:son|dotter|barn|pojke|flicka|tjej|kille|grabb|elev|unge|ungdom|syster|bror|"
    r"kompis|kusin|barnbarn|man|kvinna)\w{0,4}\s+(?:på|pa)\s+$"
)
# A doubted adult age of someone else (blind set AW): "vet inte åldern, hon ser ung ut
# men säger att hon är vuxen" asks for both routes, not the adult one.
_DOUBTED_AGE = re.compile(
    r"\b(?:ser\s+(?:\w+\s+)?(?:ung|yngre)\s+ut|ser\s+ut\s+(?:att\s+vara\s+)?(?:yngre|ung)\b|"
    r"vet\s+(?:inte|ej)\s+(?:hennes\s+|hans\s+|hens\s+)?(?:[aå]lder|[aå]ldern|hur\s+gammal)|"
    r"os[aä]ker\s+p[aå]\s+(?:\w+\s+)?[aå]lder|kan\s+vara\s+(?:yngre|under\s+18|minder[aå]rig)|"
    r"(?:tror|misst[aä]nker)\s+(?:att\s+)?(?:hon|han|hen)\s+(?:[aä]r|e)\s+(?:yngre|under\s+18|"
    r"minder[aå]rig))"
)
# "escort i tio år, 38 nu.": a number with "nu" opening a clause is the writer's age now.
_AGE_NOW = re.compile(
    rf"(?:^|[,.;:!?]\s*|\s(?:och|o|men|fast)\s+)(?:jag\s+(?:är|ar|e)\s+|ja\s+e\s+|är\s+|e\s+)?"
    rf"{_NUM}\s+(?:nu|idag|i\s+dag|numera)(?=\W|$)"
)
# "orkar inte mer. sexton", "vet ej vad det spelar för roll.. 17 då": an age alone
# closing a longer message is the writer's answer.
_AGE_CLOSING = re.compile(
    rf"(?:[,.;:!?]\s*|\s(?:och|o|men)\s+){_FILLER}{_NUM}{_YEARS}"
    r"(?:\s+(?:då|da|nu|typ|ish|btw|asså|eller\s+nåt|eller\s+nat))?\W*$"
)
_WITH_AN_AGED_MAN = re.compile(
    r"\b(?:with|by|from|to|for|meets?|met|meeting|sees|seeing|dates|dating|dated)\s+(?:a|an)\s+\d{2}\s*-?\s*(?:years?|yrs?|y)?\s*-?\s*(?:old|o|yo)\s+"
    r"(?:man|guy|men|dude|male|businessman)\b"
    r"|\b(?:med|av|hos|till)\s+en\s+\d{2}\s*-?\s*(?:årig|arig|åring|aring)\s+"
    r"(?:man|gubbe|kille|snubbe)\b"
)
_BOTH_OF_US = re.compile(
    r"\b(?:båda\s+två|bada\s+tva|bägge\s+två|bagge\s+tva|vi\s+båda|vi\s+bada|vi\s+bägge|"
    r"both\s+of\s+us|we\s+both|we'?re\s+both|we\s+are\s+both)\b"
    # "vi e 15 båda", "vi är båda 15" (set HB): one age, the writer's and the friend's.
    r"|\b(?:vi|we)\s*(?:är|ar|e|'re|are)\s+(?:\d{1,2}\s*(?:år|ar)?\s+)?(?:båda|bada|bägge|"
    r"bagge|both)\b"
    # "my best friend from class ... we're in year 9" (set FN): a class the two share.
    r"|\b(?:we'?re|we\s+are|vi\s+går|vi\s+gar|vi\s+är|vi\s+ar|vi\s+e)\s+"
    r"(?:båda\s+|bada\s+|bägge\s+|bagge\s+|both\s+)?(?:in\s+|i\s+)"
    r"(?:year|grade|yr|sjuan|åttan|attan|nian|ettan|tvåan|tvaan|trean)\b"
)
_SOMEONE_WHO = re.compile(
    r"(?<!\bär\s)(?<!\bar\s)(?<!\be\s)\b(?:en|ett|nån|någon|nagon|nan)\s+som\s+$"
)
# "kan en 29-åring åka fast för att han betalar en som går i nian": the payer's age,
# beside a child's, is not the age of the one the writer asks about.
_PAYER_AFTER = re.compile(
    r"\W*(?:\w+\W+){0,8}?(?:han|hon|som|who|he)?\s*(?:betalar|betalade|betalat|köper|köpte|"
    r"koper|swishar|swishade|pays|paid|buys|bought)\b"
)
_PARTNER_OF_THE_OTHER = re.compile(
    r"\b(?:min|mitt|mina|vår|vårt|hennes|hans|my|our|her|his)\s+\w+\s+(?:har|hade|has|had|"
    r"is\s+seeing|träffar|traffar)\s+(?:en|ett|a|an)\s+(?:\w+\s+)?(?:pojkvän|pojkvan|kille|karl|"
    r"man|snubbe|gubbe|flickvän|flickvan|boyfriend|girlfriend|guy|man)\s+(?:som|who\s+is|who'?s|"
    r"that\s+is)\s+(?:är\s+|ar\s+|e\s+)?(?:typ\s+|like\s+|around\s+|ca\s+)?$"
)
# "en av de placerade har en pojkvän på 30" (set CT): the adult partner's age, whoever has him.
_PARTNER_AGED = re.compile(
    r"\b(?:har|hade|has|had|träffar|traffar|is\s+seeing|dejtar|dates)\s+(?:en|ett|a|an)\s+"
    r"(?:\w+\s+)?(?:pojkvän|pojkvan|kille|karl|man|snubbe|gubbe|flickvän|flickvan|boyfriend|"
    r"girlfriend|guy|sugardaddy|sugar\s+daddy)\s+(?:på|pa|som\s+(?:är|ar|e)|who\s+is|who'?s|"
    r"that\s+is|of|aged)\s+(?:typ\s+|like\s+|around\s+|ca\s+|över\s+|over\s+)?$"
)
# "has an older 'boyfriend', 23, who gives her money" (set FT): the partner's age, in commas.
_PARTNER_AGE_AFTER = re.compile(
    # (Not "vi har en kille, 15, som ...": staff telling of one they meet.)
    r"\b(?:has|have|had|har|hade|with|med)\s+(?:a|an|en|ett)\s+(?:(?:older|äldre|aldre)\s+"
    r"['\"‘’]?(?:boyfriend|girlfriend|pojkvän|pojkvan|kille|man|guy|snubbe|gubbe|sugardaddy|"
    r"sugar\s+daddy|friend|vän|van)|['\"‘’]?(?:boyfriend|girlfriend|pojkvän|pojkvan|sugardaddy|"
    r"sugar\s+daddy))['\"‘’]?\s*[,(]\s*(?:like\s+|typ\s+|around\s+|ca\s+)?$"
)
# "16 år och ..." at the very start of a message is the writer's own age.
_LEADING_AGE = re.compile(
    rf"^\s*{_NUM}\s*-?\s*(?:år|ar|åring|aring|bast|yo|y/o|years?|yrs?|y\.o\.?)(?!\w)"
)


# "en tjej i samma klass som mig på högstadiet": the writer is at that school too.
_CLASSMATE = re.compile(
    r"\bsamma\s+klass\s+som\s+(?:mig|jag)\b.{0,40}?"
    r"(?P<band>högstadiet|hogstadiet|mellanstadiet|sjuan|åttan|attan|nian)"
)
# "jag har precis börjat gymnasiet", "jag går på högstadiet".
_AT_SCHOOL = re.compile(
    r"(?:\b(?:jag|ja|jg)\s+(?:har\s+)?(?:precis\s+|nyss\s+|just\s+|bara\s+)?(?:börjat|borjat|går|"
    r"gar|pluggar|studerar|läser|laser|ska\s+börja|ska\s+borja|ska\s+gå|ska\s+ga)\s+"
    r"(?:på\s+|pa\s+|i\s+)?|(?:^|[,.!?;]\s*)\W*(?:har\s+)?(?:ett|två|tva|1|2)\s+år\s+kvar\s+"
    r"(?:på|pa)\s+)(?P<band>gymnasiet|gymnan|högstadiet|hogstadiet|mellanstadiet)"
)
# Set BN: a pupil's own class teacher, and one's confirmation coming up (at 14-15): "min
# klassföreståndare har börjat fråga", "konfirmationen e i maj o jag har fått pengar".
_PUPIL = re.compile(
    r"\b(?:min|mina|vår|var)\s+(?P<band>klassföreståndare|klassforestandare|klassförståndare)\b"
    r"|(?:^|[,.!?;]\s*)\W*(?:min\s+)?(?P<band2>konfirmation)(?:en)?\s+(?:är|ar|e)\s+(?:i|på|pa|nu)\b"
)
_SAID_OF_THEM = re.compile(
    r"(?:\s+på\s+gymnasiet|\s+pa\s+gymnasiet)?\s*[,(]?\s*(?:(?:och|o|men|but|and)\s+)?"
    r"(?:hon|han|hen|som|she|he|who)\s+(?:\w+\s+)?(?:är|ar|e|fyllde|fyller|blev|har\s+fyllt|"
    r"is|turned|was)\s+(?:\w+\s+)?$"
)
# "jag e en 09:a", "jag är 2010": the birth year as teenagers name their year group.
_YEAR_GROUP = re.compile(
    r"\b(?:jag|ja|jg)\s+(?:är|ar|e)\s+(?:en\s+|typ\s+)?(?:(?P<year>20[01]\d)|"
    r"(?P<short>0[4-9]|1[0-4]):?a)(?![\w:])(?!\s*(?:kr|kronor|st|gånger|mil|km)(?!\w))"
)
# "ska börja sjuan", "börjar gymnasiet i höst", "slutar nian i vår": a school year about to
# start or end is a child's (ending gymnasiet is not, so only compulsory school ends here).
# Someone else named just before a verb: "mitt barnbarn gick ...", "en kille som gick ...".
_SOMEONE_BEFORE = re.compile(
    rf"(?:\b{_OTHER_SUBJECT}|\b(?:en|ett)\s+(?:\w+\s+)?(?:kille|tjej|pojke|flicka|elev|unge|"
    r"grabb|ungdom|barn))\s+(?:som\s+)?$"
)
_SCHOOL_NEXT = re.compile(
    r"(?:^\W*|[,.!?;]\s*|\b(?:jag|ja|jg|och|o|men)\s+)(?:(?:ska|skall)\s+(?:börja|borja)|"
    r"börjar|borjar)\s+(?:i\s+|på\s+|pa\s+)?(?P<band>fyran|femman|sexan|sjuan|åttan|attan|nian|"
    r"[4-9]:?an|gymnasiet|högstadiet|hogstadiet|mellanstadiet)(?!\w)"
    r"|(?:^\W*|[,.!?;]\s*|\b(?:jag|ja|jg|och|o|men)\s+)(?:slutar|går\s+ut|gar\s+ut)\s+"
    r"(?P<ending>sexan|sjuan|åttan|attan|nian|[6-9]:?an|högstadiet|hogstadiet|mellanstadiet)"
    r"(?!\w)(?!\s+(?:för|for)\s+\d)"
    # "gick ut nian i juni": just finished compulsory school.
    r"|\b(?:gick|har\s+gått|gatt)\s+ut\s+(?P<done>nian|9:?an|högstadiet|hogstadiet)\s+"
    r"(?:i\s+(?:juni|våras|varas|somras|år|ar)|nyss|precis|förra\s+månaden|i\s+förra\s+veckan)"
)
# "min tonårsdotter", "vår tonåring": a teenager, and the youngest reading wins.
_TEEN_OTHER = re.compile(
    r"\b(?:min|mitt|mina|vår|vårt|våra|var|vart|hennes|hans)\s+(?:\w+\s+)?(?P<band>"
    r"(?:tonårs|tonars)(?:dotter|son|barn|tjej|kille|flicka|pojke|döttrar|söner)\w*"
    r"|tonåring\w*|tonaring\w*)"
)
# "en tjej på högstadiet", "mina elever på mellanstadiet": someone else at a child's school.
_AT_SCHOOL_OTHER = re.compile(
    r"\b(?:en|ett|min|mitt|mina|hennes|hans|vår|våra)\s+(?:\w+\s+)?(?:tjej|kille|flicka|pojke|"
    r"elev|elever|dotter|son|unge|ungar|barn|kompis|kompisar|tjejer|killar)\s+(?:som\s+(?:går|gar)"
    r"\s+)?(?:på|pa|i)\s+(?P<band>högstadiet|hogstadiet|mellanstadiet|lågstadiet|lagstadiet)(?!\w)"
)
# "har fått pengar för sex och är inte 18 än": the band in a clause that goes on from the
# writer's own (no subject of its own). Someone else named earlier owns it instead.
_ELLIPTIC_MINOR = re.compile(
    rf"\b(?:och|o|å|men)\s+(?:är|ar|e)\s+{_FILLER}(?P<band>{_MINOR_BAND})(?!\w)"
)
_SOMEONE_NAMED = re.compile(
    r"\b(?:min|mitt|mina|vår|vårt|hennes|hans)\s+(?:\w+\s+)?(?:dotter|son|barn|syster|bror|"
    r"lillasyster|lillebror|kompis|vän|van|väninna|kusin|elev|klient|tjej|kille|flickvän|"
    r"pojkvän)\b|\b(?:hon|han|hen)\s+(?:är|ar|e|säljer|saljer|har)\b"
)
# "han visste att jag var 15 när han betalade": after a verb of knowing in the past, "var"
# is the age now (Swedish puts the reported clause in the past too).
_KNEW_MY_AGE = re.compile(
    r"\b(?:visste|vet|fick\s+veta|kände\s+till|kande\s+till|brydde\s+sig\s+inte\s+om|"
    r"struntade\s+i|frågade\s+inte\s+om|fragade\s+inte\s+om)\s+(?:om\s+)?(?:att\s+)?"
    rf"(?:jag|ja)\s+(?:var|va|bara\s+var)\s+(?:bara\s+)?{_NUM}{_YEARS}\b"
)
# "efteråt sa hon att hon var 17", "det visade sig att han bara var 15": someone else's
# age, told or found out after the fact (a buyer's words).
_TOLD_THEIR_AGE = re.compile(
    r"\b(?:sa|sade|berättade|berattade|skrev|erkände|erkande|visade\s+sig|fick\s+(?:jag\s+)?veta|"
    r"visste|förstod|forstod|insåg|insag|märkte|markte)\s+(?:\w+\s+){0,2}?(?:att\s+)?"
    r"(?:hon|han|hen|tjejen|killen|personen)\s+(?:bara\s+|egentligen\s+|bara\s+var\s+)?"
    rf"(?:var|va|är|ar|e)\s+(?:bara\s+)?{_NUM}{_YEARS}\b"
    r"|\bvisade\s+sig\s+vara\s+(?:bara\s+)?"
    + _NUM.replace("?P<num>", "?P<then>") + rf"{_YEARS}\b"
)
# "vi är två tjejer på 14 o 15": the writer and a friend, the youngest age counts.
_WE_AGED = re.compile(
    r"\b(?:vi|jag|ja)\s+(?:är|ar|e)\s+(?:\w+\s+){0,2}?(?:tjejer|killar|kompisar|tjej|kille|"
    rf"flickor|pojkar|vänner|vanner)\s+(?:på|pa)\s+{_NUM}\b"
)
_THEIRS = re.compile(
    r"(?:och|o|å)\s+(?:min|mina|mitt)\s+\w+\s+som\s+(?:är|ar|e)\s+\D{0,20}$"
    # "min kusin som går i 2an på gymnasiet och är 17" (set DG): the cousin's age.
    r"|\b(?:min|mitt)\s+(?:\w+\s+)?\w+\s+som\s+[^.!?]{0,60}?\s(?:och|o|å)\s+(?:är|ar|e)\s+$"
)


@dataclass(frozen=True)
class AgeMention:
    """An age band found in a message, whose age it is, and the span of the age."""

    group: str
    role: Optional[str]
    start: int
    end: int
    age: Optional[int] = None


# "i am a 16 year old girl": an English "a N-year-old" right after "I am" is the writer.
_I_AM_A = re.compile(
    r"\b(?:i'?m|i\s+am|im|i’m)\s+(?:only\s+|just\s+)?an?\s+$"
    # "hey. so i'm a 16 yo boy" (set GD): the apostrophe is read as typed.
    r"|\bi'm\s+(?:only\s+|just\s+)?an?\s+$"
)


def _group(age: int) -> str:
    return MINOR if age < ADULT_AGE else ADULT


def _plausible(age: int) -> bool:
    return MIN_PLAUSIBLE_AGE <= age <= MAX_PLAUSIBLE_AGE


def _role_of(subject: Optional[str]) -> Optional[str]:
    if subject is None:
        return None
    return SELF if re.fullmatch(_SELF_SUBJECT, subject) else OTHER


def _full_year(raw: str) -> int:
    """ "2009", or "-09" and "'95": a two-digit year is the latest one already past."""
    digits = raw.lstrip("-'’")
    if len(digits) == 4:
        return int(digits)
    century = 2000 if int(digits) <= CURRENT_YEAR % 100 else 1900
    return century + int(digits)


def _number(match: re.Match[str]) -> int:
    raw = match.group("num")
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw]


def find_ages(text: str) -> list[AgeMention]:
    """Return every age mention whose owner is clear, in text order."""
    lowered = text.lower()
    short = len(lowered.split()) <= SHORT_ANSWER_WORDS
    # Without a subject, a school year or birth year is the writer's own in a
    # longer message, and a bare answer (owner decided by the dialogue) in a short one.
    unowned = None if short else SELF
    mentions: list[AgeMention] = []
    school: set[tuple[int, int]] = set()  # spans of school years (an age guessed from them)
    for role, pattern in _PATTERNS + [(OTHER, p) for p in _OTHER_EXTRA]:
        for match in pattern.finditer(lowered):
            age = _number(match)
            owner = role
            if role == SELF and _THEIRS.search(lowered[: match.start("num")]):
                owner = OTHER  # "jag och min syster som är 14": the sister's age
            elif role == OTHER and _I_AM_A.search(lowered[: match.start("num")]):
                owner = SELF  # "i am a 16 year old girl": the writer is the girl
            if _plausible(age):
                mentions.append(AgeMention(_group(age), owner, *match.span("num"), age))
    for match in _SCHOOL.finditer(lowered):
        age = _SCHOOL_YEARS[match.group("year")]
        role = _role_of(match.group("subject"))
        if role is None and _SOMEONE_WHO.search(lowered[: match.start()]):
            role = OTHER  # "han betalar en som går i nian" (set BT): that someone's year
        mentions.append(AgeMention(_group(age), role or unowned, *match.span("year"), age))
        school.add(match.span("year"))
    for match in _SCHOOL_OTHER.finditer(lowered):
        age = _SCHOOL_YEARS[match.group("year")]
        mentions.append(AgeMention(_group(age), OTHER, *match.span("year"), age))
        school.add(match.span("year"))
    for pattern, group_name in ((_SCHOOL_NUMBERED, "grade"), (_GYMNASIUM_YEAR, "ord")):
        for match in pattern.finditer(lowered):
            # The year in "första ring" is its own group.
            name = "ord2" if group_name == "ord" and not match.group("ord") else group_name
            raw = match.group(name)
            age = 6 + int(raw) if name == "grade" else _GYMNASIUM_AGE[raw]
            role = _role_of(match.group("subject")) or unowned
            mentions.append(AgeMention(_group(age), role, *match.span(name), age))
            school.add(match.span(name))
    if re.search(r"\bgym", lowered):
        for match in _MY_YEAR_AT_GYM.finditer(lowered):
            if not any(m.start < match.end("ord") and match.start("ord") < m.end for m in mentions):
                age = _GYMNASIUM_AGE[match.group("ord")]
                mentions.append(AgeMention(_group(age), SELF, *match.span("ord"), age))
                school.add(match.span("ord"))
    for match in _GYMNASIUM_FIRST.finditer(lowered):
        raw = match.group("ord")
        age = _GYMNASIUM_AGE[raw] if raw else _gymnasium_year_age(match.group("year"))
        role = _role_of(match.group("subject")) or unowned
        mentions.append(AgeMention(_group(age), role, *match.span("ord" if raw else "year"), age))
        school.add(match.span("ord" if raw else "year"))
    for match in _YEAR_ON_GYM.finditer(lowered):
        age = _gymnasium_year_age(match.group("year"))
        role = _role_of(match.group("subject")) or unowned
        if not any(m.start < match.end("year") and match.start("year") < m.end for m in mentions):
            mentions.append(AgeMention(_group(age), role, *match.span("year"), age))
    for match in _LIKE_ME.finditer(lowered):
        age = int(match.group("num"))
        mentions.append(AgeMention(_group(age), SELF, *match.span("num"), age))
    for match in _SELF_IN_PARENS.finditer(lowered):
        name = next(n for n in ("num", "num2", "num3") if match.group(n))
        age = int(match.group(name))
        if _plausible(age):
            mentions.append(AgeMention(_group(age), SELF, *match.span(name), age))
    for match in [*_WE_ARE_PUPILS.finditer(lowered), *_OUR_CLASS.finditer(lowered)]:
        name = "year2" if "year2" in match.groupdict() and match.group("year2") else "year"
        age = _SCHOOL_YEARS[match.group(name)]
        mentions.append(AgeMention(_group(age), SELF, *match.span(name), age))
    for match in _OPENS_AS_PUPIL.finditer(lowered):
        age = _SCHOOL_YEARS[match.group("year")]
        mentions.append(AgeMention(_group(age), SELF, *match.span("year"), age))
    for match in _OUR_RANGE.finditer(lowered):
        age = int(match.group("num"))
        if _plausible(age):
            mentions.append(AgeMention(_group(age), SELF, *match.span("num"), age))
    for match in _BIRTH_YEAR.finditer(lowered):
        age = CURRENT_YEAR - _full_year(match.group("year"))
        # Born that year: one year younger until the birthday; the youngest reading wins.
        if _plausible(age):
            role = (_role_of(match.group("subject")) or (SELF if match.group("self_en") else None)
                    or (OTHER if match.group("other_en") else None) or unowned)
            mentions.append(AgeMention(_group(age - 1), role, *match.span("year"), age - 1))
    for group, pattern in _BANDS_WITH_SUBJECT:
        for match in pattern.finditer(lowered):
            role = _role_of(match.group("subject"))
            mentions.append(AgeMention(group, role, *match.span("band")))
    for match in _IMPERSONAL_MINOR.finditer(lowered):
        name = next(n for n in ("band", "band2", "band3", "band4") if match.group(n))
        mentions.append(AgeMention(MINOR, SELF, *match.span(name)))
    for match in _MILESTONE_AHEAD.finditer(lowered):
        age = _MILESTONE_AGE[match.group("what").split()[-1][:4]] - _ahead(match)
        role = _role_of(match.group("subject")) or SELF
        mentions.append(AgeMention(_group(age), role, *match.span("what"), age))
    for match in [*_PLACED.finditer(lowered), *_CLASSMATE.finditer(lowered),
                  *_AT_SCHOOL.finditer(lowered)]:
        mentions.append(AgeMention(MINOR, SELF, *match.span("band")))
    for match in _PUPIL.finditer(lowered):
        name = "band" if match.group("band") else "band2"
        mentions.append(AgeMention(MINOR, SELF, *match.span(name)))
    for start, end, age in relative_mentions(lowered):
        if age is not None and _plausible(age):
            mentions.append(AgeMention(_group(age), SELF, start, end, age))
    for start, end, age in group_mentions(lowered):
        if _plausible(age):
            # "jag spelar i P11-laget" (set CX): a team the writer plays in is their age.
            mine = _I_PLAY_IN.search(lowered[max(0, start - 40): start])
            mentions.append(AgeMention(_group(age), SELF if mine else OTHER, start, end, age))
    for match in _WE_ARE_TEAM.finditer(lowered):
        age = int(match.group("num"))
        mentions.append(AgeMention(_group(age), SELF, *match.span("num"), age))
    for group, theirs, start, end, age in stage_mentions(lowered):
        mentions.append(AgeMention(group, OTHER if theirs else SELF, start, end, age))
    for match in _SCHOOL_NEXT.finditer(lowered):
        name = next(g for g in ("band", "ending", "done") if match.group(g))
        span = match.span(name)
        # "mitt barnbarn gick ut nian i våras", "en kille som gick ut nian": theirs.
        theirs = name == "done" and _SOMEONE_BEFORE.search(lowered[: match.start()])
        mentions.append(AgeMention(MINOR, OTHER if theirs else SELF, *span))
    for match in [*_AT_SCHOOL_OTHER.finditer(lowered), *_TEEN_OTHER.finditer(lowered)]:
        mentions.append(AgeMention(MINOR, OTHER, *match.span("band")))
    for match in _YEAR_GROUP.finditer(lowered):
        raw = match.group("year") or "20" + match.group("short")
        age = CURRENT_YEAR - int(raw) - 1
        if _plausible(age):
            name = "year" if match.group("year") else "short"
            mentions.append(AgeMention(_group(age), SELF, *match.span(name), age))
    if not short:
        for group, pattern in _BANDS_OPENING:
            for match in pattern.finditer(lowered):
                name = next(g for g in ("band", "band2", "band3")
                            if g in pattern.groupindex and match.group(g))
                mentions.append(AgeMention(group, SELF, *match.span(name)))
        for match in _ELLIPTIC_MINOR.finditer(lowered):
            before = lowered[: match.start()]
            role = OTHER if _SOMEONE_NAMED.search(before) else SELF
            mentions.append(AgeMention(MINOR, role, *match.span("band")))
        for match in _WE_AGED.finditer(lowered):
            age = _number(match)
            if _plausible(age):
                mentions.append(AgeMention(_group(age), SELF, *match.span("num"), age))
        for match in _TOLD_THEIR_AGE.finditer(lowered):
            name = "num" if match.group("num") else "then"
            raw = match.group(name)
            age = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
            if _plausible(age) and age < ADULT_AGE:
                mentions.append(AgeMention(_group(age), OTHER, *match.span(name), age))
        for match in _KNEW_MY_AGE.finditer(lowered):
            age = _number(match)
            if _plausible(age) and age < ADULT_AGE:
                mentions.append(AgeMention(_group(age), SELF, *match.span("num"), age))
        for match in _ORDINAL_CLASS.finditer(lowered):
            age = 6 + _ORDINAL[match.group("ord")]
            mentions.append(AgeMention(_group(age), SELF, *match.span("ord"), age))
        for match in _NOT_YET_TURNED.finditer(lowered):
            age = _number(match) - 1
            if _plausible(age):
                mentions.append(AgeMention(_group(age), SELF, *match.span("num"), age))
        for match in _YEARS_LEFT.finditer(lowered):
            age = ADULT_AGE - _LEFT[match.group("left")]
            mentions.append(AgeMention(_group(age), SELF, *match.span("left"), age))
        for match in _RECENT.finditer(lowered):
            age = _number(match)
            if _plausible(age):
                mentions.append(AgeMention(_group(age), SELF, *match.span("num"), age))
        for match in _LAST_YEAR.finditer(lowered):
            group = "num" if match.group("num") else "then"
            raw = match.group(group)
            age = (int(raw) if raw.isdigit() else NUMBER_WORDS[raw]) + 1
            if _plausible(age):
                mentions.append(AgeMention(_group(age), SELF, *match.span(group), age))
        for match in _SCHOOL_YEAR_EN.finditer(lowered):
            name = "grade" if match.group("grade") else "ordinal"
            age = 6 + int(match.group(name))
            mentions.append(AgeMention(_group(age), SELF, *match.span(name), age))
    # English readings add what the Swedish ones missed, and give an owner to an age
    # they read without one ("12yo and they lock me in": the writer's, in a long message).
    claimed = writer_claims(lowered)
    for group, role, start, end, age in english_mentions(lowered, short):
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        # A named owner in English ("one of the girls, 15,") corrects a Swedish guess too,
        # and so does the writer claiming an age ("im legal (18)").
        corrects = (role == OTHER and all(m.role == SELF for m in overlapping)) or (
            role == SELF and (start, end) in claimed
        )
        if overlapping and not corrects and not (role and all(m.role is None for m in overlapping)):
            continue
        mentions = [m for m in mentions if m not in overlapping]
        mentions.append(AgeMention(group, role, start, end, age))
    if not mentions and short:
        mentions.extend(_short_answer(lowered))
    elif not short and not any(m.role == SELF for m in mentions):
        # "15 och tror jag e gravid, killen e 24": the other's age does not hide the writer's.
        taken = [(m.start, m.end) for m in mentions]
        mentions.extend(
            m for m in _leading_age(lowered)
            if not any(start < m.end and m.start < end for start, end in taken)
        )
    if not mentions:
        # "spelar det nån roll? okej 16 då": a bare answer closing a longer message.
        last = re.split(r"[?!.]\s+", lowered.strip())[-1]
        if len(last.split()) <= SHORT_ANSWER_WORDS and _BARE_NUMBER.search(last):
            offset = lowered.rfind(last)
            mentions.extend(
                AgeMention(m.group, m.role, m.start + offset, m.end + offset, m.age)
                for m in _short_answer(last)
            )
    own = {
        match.span("num" if match.group("num") else "num2")
        for pattern in (*_CLAIMS, _LIKE_ME, _SELF_IN_PARENS)
        for match in pattern.finditer(lowered)
    }
    if _ASKING_FOR_MYSELF.search(lowered) or (
        _AN_ADULT_PAYS_IF.search(lowered) and _MY_TROUBLE.search(lowered)
    ):
        # "om en 17-åring får betalt …? frågar för min egen skull": the 17-year-old is the writer.
        for match in _IF_SOMEONE_AGED.finditer(lowered):
            name = next(n for n in ("num", "num2", "num3") if match.group(n))
            age = int(match.group(name))
            mentions.append(AgeMention(_group(age), SELF, *match.span(name), age))
            own.add(match.span(name))
    # "jag jobbar som escort (22)": the writer's reading of a span wins over another's.
    mentions = [m for m in mentions if m.role != OTHER or (m.start, m.end) not in own]
    # "vår fosterdotter, 15, har ...": an age a named person owns is not also the writer's.
    theirs = {(m.start, m.end) for m in mentions if m.role == OTHER}
    mentions = [
        m for m in mentions
        if m.role != SELF or (m.start, m.end) not in theirs
        # "jag o min bästis e 16", "en tjej i min ålder (15)": both.
        or re.search(r"\b(?:jag|ja|jg|vi|min\s+ålder|min\s+alder)\b",
                     lowered[max(0, m.start - 30): m.start])
        # "im the same age as my twin sister who is 14" (set GQ): hers and the writer's.
        or re.search(r"\bsame\s+age\s+as\b|\bsamma\s+ålder\s+som\b",
                     lowered[max(0, m.start - 50): m.start])
        # "mina polare i nian vill att vi ..." (set CX): the class is the writer's too.
        or any(match.span("year") == (m.start, m.end) for match in _OUR_CLASS.finditer(lowered))
    ]
    # "8 year i work with men", "tio år har jag sålt": how long, not how old (set AU).
    # "vår son på 16 år har sålt ..." is an age all the same: a person "på" a number.
    mentions = [
        m for m in mentions
        if not _DURATION.match(lowered, m.end) or _PERSON_OF.search(lowered[: m.start])
    ]
    # "i'm 5 minutes away", "we are 5 girls": a small number is not the writer's age.
    mentions = [
        m for m in mentions if m.role != SELF or not implausible_for_writer(lowered, m.end, m.age)
    ]
    for match in _YEAR_THEN_AGE.finditer(lowered):
        # "en elev i trean som är 18" (set BH): the age said beats the school year's guess.
        mentions = [
            m for m in mentions
            if not (m.age is not None and m.start >= match.start("year")
                    and m.end <= match.end("year"))
        ]
    if any(m.group == MINOR for m in mentions):
        mentions = [
            m for m in mentions
            if not (m.role == OTHER and m.group == ADULT and _PAYER_AFTER.match(lowered, m.end))
        ]
    # "a pupil told me she does sugar dating with a 40 year old man" (set FQ): the man's
    # age, not the age of the one asked about.
    mentions = [
        m for m in mentions
        if not (m.role == OTHER and m.group == ADULT
                and _WITH_AN_AGED_MAN.search(lowered[max(0, m.start - 12): m.end + 24]))
    ]
    # "min lillasyster har en pojkvän som e 30" (set BT): the age of the one she has, not
    # of the sister the writer worries about; whose route it decides is still unknown.
    mentions = [
        m for m in mentions
        if m.role != OTHER or not _PARTNER_OF_THE_OTHER.search(lowered[: m.start])
    ]
    # Only an adult age is the partner's: "a sugar daddy, 12yo" is still the writer's.
    mentions = [m for m in mentions
                if m.group != ADULT or not (_PARTNER_AGE_AFTER.search(lowered[: m.start])
                                            or _PARTNER_AGED.search(lowered[: m.start]))]
    if _BOTH_OF_US.search(lowered):
        # "vi går i nian båda två" (set BX), answering about a friend: the friend's age too.
        mentions += [AgeMention(m.group, OTHER, m.start, m.end, m.age)
                     for m in mentions if m.role == SELF]
    told = [match.span("num") for match in TOLD_AGE.finditer(lowered)]
    mentions = [m for m in mentions if (m.start, m.end) not in told]
    # (Ages others tell or believe, TOLD_AGE, are already gone.)
    said_adult = [
        m for m in mentions
        if m.role == SELF and m.age in (18, 19) and (m.start, m.end) not in school
    ]
    if said_adult:
        # "går trean o fyllde 18 i augusti" (set BU): the age said beats the guess from the
        # last year of upper secondary (17 or 18); never a compulsory-school year's.
        mentions = [m for m in mentions if m.role != SELF or (m.start, m.end) not in school
                    or (m.age or 0) < 17]
    # "en elev i trean, hon fyllde 18 i höstas" (set CP): someone else's age said right after
    # their upper-secondary year beats the year's guess.
    said_after = [m for m in mentions if m.role == OTHER and m.group == ADULT
                  and (m.start, m.end) not in school]
    mentions = [
        m for m in mentions
        if not (m.role == OTHER and (m.start, m.end) in school and (m.age or 0) >= 16
                and any(0 < a.start - m.end <= 40
                        and _SAID_OF_THEM.match(lowered[m.end: a.start]) for a in said_after))
    ]
    if _DOUBTED_AGE.search(lowered):
        # "säger att hon är vuxen, men hon ser ung ut": her age is not known.
        mentions = [m for m in mentions if not (m.role == OTHER and m.group == ADULT)]
    return sorted((_not_yet(lowered, m) for m in mentions), key=lambda m: m.start)


def _not_yet(lowered: str, mention: AgeMention) -> AgeMention:
    """ "fyller 18 snart" is 17: one year younger when the age is a coming birthday."""
    before = lowered[: mention.start]
    if mention.age is not None and re.search(
        r"(?:(?:fyller|blir)\s+(?:\w+\s+)?|\b(?:nästan|nastan|snart)\s+)$", before
    ):
        age = mention.age - 1
        return AgeMention(_group(age), mention.role, mention.start, mention.end, age)
    # "ja blir myndig nästa år", "tills jag blir myndig": majority still ahead is a minor's.
    if (
        mention.age is None
        and mention.group == ADULT
        and lowered[mention.start : mention.end] in ("myndig", "18", "arton")
        and re.search(r"\b(?:blir|bli|fyller|fylla)\s+$|\bkvar\s+(?:tills?|innan|till)\s+"
                      r"(?:(?:jag|ja)\s+(?:e|är|ar)\s+)?$", before)
    ):
        return AgeMention(MINOR, mention.role, mention.start, mention.end, ADULT_AGE - 1)
    return mention


def _leading_age(lowered: str) -> list[AgeMention]:
    """Read "16 år och ...", "e 16 o ..." at the start of a longer message as the writer's age."""
    for pattern in (_LEADING_AGE, _LEADING_SELF, _LEADING_NUMBER, _AGE_NOW, _AGE_CLOSING):
        match = pattern.search(lowered)
        if match and _plausible(_number(match)):
            age = _number(match)
            return [AgeMention(_group(age), SELF, *match.span("num"), age)]
    match = _SCHOOL_ALONE.search(lowered)
    # "ettan på gymnasiet, ..." opening the message; "en tjej i nian" later is someone else.
    opening = rf"\W*{_DISCOURSE}(?:går\s+i\s+|gar\s+i\s+|i\s+)?"
    if match and re.fullmatch(opening, lowered[: match.start()]):
        age = _SCHOOL_YEARS[match.group("year")]
        return [AgeMention(_group(age), SELF, *match.span("year"), age)]
    # "... när dom ringer. nian": the writer's school year closing the message.
    match = _SCHOOL_CLOSING.search(lowered)
    if match:
        age = _SCHOOL_YEARS[match.group("year")]
        return [AgeMention(_group(age), SELF, *match.span("year"), age)]
    return []


_SCHOOL_CLOSING = re.compile(
    r"[,.;:!?]\s*(?:(?:jag|ja)\s+)?(?:(?:går|gar|e|är)\s+)?(?:i\s+)?"
    r"(?P<year>sjuan|åttan|attan|nian|[7-9]:?an)\W*$"
)


# Answers to "Är du under 18 eller 18 år eller äldre?" as people type them: "under",
# "över", "mindre än 18", "15-16", "15 eller 16", "18 i maj", "tonåring".
_UNDER_OVER = re.compile(
    r"^\W*(?:(?:ja|jo|nej|nä|typ|asså|alltså|jag\s+är|jag\s+e|ja\s+e|e|är)\W+)*"
    r"(?P<band>under|över|over|mindre\s+än\s+18|yngre|äldre|aldre|tonåring|tonaring)"
    r"(?:\W+(?:ja|typ|då|da))?\W*$"
)
_TWO_AGES = re.compile(
    r"^\W*(?:typ\s+|kanske\s+|ca\s+)?(?P<num>\d{1,2})\s*(?:-|–|/|eller|el)\s*\d{1,2}"
    r"(?:\s*(?:år|ar))?\W*$"
)
# "18 i maj", "18 nästa vecka": a birthday still to come (one year less).
_BIRTHDAY_AHEAD = re.compile(
    r"^\W*(?P<num>\d{1,2})\s+(?:i\s+(?:jan\w*|feb\w*|mars|april|maj|juni|juli|aug\w*|sep\w*|"
    r"okt\w*|nov\w*|dec\w*|sommar|höst|vår|vinter)|nästa\s+\w+|snart|om\s+\w+\s+\w+)\W*$"
)


def _short_answer(lowered: str) -> list[AgeMention]:
    """Read a bare answer to "how old are you?", whose owner the dialogue knows."""
    match = _UNDER_OVER.search(lowered)
    if match:
        band = match.group("band")
        group = ADULT if band in ("över", "over", "äldre", "aldre") else MINOR
        return [AgeMention(group, None, *match.span("band"))]
    for pattern, less in ((_TWO_AGES, 0), (_BIRTHDAY_AHEAD, 1)):
        match = pattern.search(lowered)
        if match and _plausible(int(match.group("num")) - less):
            age = int(match.group("num")) - less
            return [AgeMention(_group(age), None, *match.span("num"), age)]
    for group, pattern in _BANDS_ALONE:
        match = pattern.search(lowered)
        if match:
            return [AgeMention(group, None, *match.span())]
    match = (
        _BARE_NUMBER.search(lowered)
        or _LEADING_SELF.search(lowered)
        or _LEADING_NUMBER.search(lowered)
    )
    if match and _plausible(_number(match)):
        age = _number(match)
        return [AgeMention(_group(age), None, match.start("num"), match.end("num"), age)]
    match = _SCHOOL_ALONE.search(lowered)
    if match:
        age = _SCHOOL_YEARS[match.group("year")]
        return [AgeMention(_group(age), None, *match.span("year"), age)]
    return []


def youngest_group(mentions: list[AgeMention]) -> Optional[str]:
    """The band that decides routing: minor if any mention is under 18."""
    if not mentions:
        return None
    return MINOR if any(m.group == MINOR for m in mentions) else ADULT
