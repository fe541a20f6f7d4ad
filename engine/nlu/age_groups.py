"""The age of people written about as a group or roughly: someone else's age.

Professionals and relatives describe young people by a band or a guess: "tre tjejer,
runt 14", "tjejer mellan 15 och 17", "elever i åldern 14-16", "two boys, 15,",
"girls around 15", "a P15 team" (sets BZ, CH). The youngest age said decides the
route; none of it is the writer's own.
"""

from __future__ import annotations

import re
from typing import Iterator

_PEOPLE = (
    r"(?:tjej|tjejer|kille|killar|flick\w*|pojk\w*|elev\w*|ungdom\w*|ungar|unga|barn|"
    r"tonåring\w*|tonaring\w*|kompisar|klasskamrater|"
    r"girls?|boys?|guys|kids?|students?|pupils?|teens?|teenagers?|young\s+people|children|"
    r"youngsters|minors)"
)
_ABOUT = (
    r"(?:runt|kring|cirka|ca\.?|typ|ungefär|ungefar|omkring|i\s+åldern|i\s+aldern|"
    r"mellan|från|fran|på|pa|around|about|aged|age|ages|approx\.?|approximately|roughly|"
    r"between|from|of|like|maybe)"
)
_NUM = r"(?P<num>1[0-7]|[2-9]|[2-6][0-9])"
_RANGE_END = r"(?:\s*(?:-|–|till|och|to|and)\s*(?P<num2>1[0-9]|[2-6][0-9]))?"
_UNIT = r"(?:\s*(?:år|ar|åringar|aringar|years?\s+old|years?|yrs?|yo|y/o))?"

_PATTERNS = [
    # "tre tjejer, runt 14", "tjejer mellan 15 och 17", "girls around 15", "two boys aged 14".
    re.compile(rf"\b{_PEOPLE},?\s+{_ABOUT}\s+(?:år\s+)?{_NUM}{_RANGE_END}{_UNIT}\b"),
    # "två killar, 15 år,", "tjejer 15-17", "some kids, 14-15,".
    re.compile(rf"\b{_PEOPLE},?\s+{_NUM}\s*(?:-|–)\s*(?P<num2>1[0-9])\b"),
    re.compile(rf"\b{_PEOPLE},\s+{_NUM}(?:\s*(?:år|ar|years?\s+old|yo))?\s*,"),
    # "lärare. elev 12 år säger att ..." (set CH).
    re.compile(rf"\b{_PEOPLE}\s+{_NUM}\s*(?:år|ar|years?\s+old|yo)\b"),
    # A youth sports team named by its age class: "ett P15-lag", "F14", "our U16 team".
    re.compile(r"\b(?:[pf]|u)(?P<num>1[0-7])\s*-?\s*(?:lag\w*|laget|team|squad|gäng|grupp\w*)\b"),
    re.compile(r"\b(?:i|tränar|tranar|coach|coaches|coaching|in|för|for)\s+(?:ett\s+|an?\s+|the\s+|our\s+)?"
               r"(?:[pf]|u)(?P<num>1[0-7])\b"),
]


_ONE_PERSON = re.compile(r"(?:tjej|kille|girl|boy|guy)\s")
# "vi är två tjejer på 16", "jag är en kille 16 år": the writer is one of them.
_WE_ARE = re.compile(
    r"\b(?:vi|we|jag|ja|i)\s*(?:är|ar|e|are|'re|am|'m)\s+(?:\w+\s+){0,2}$|\b(?:im|i'm)\s+(?:\w+\s+){0,2}$"
)


def group_mentions(lowered: str) -> Iterator[tuple[int, int, int]]:
    """Yield (start, end, age) for each age of people written about by a band or a guess."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(lowered):
            before = lowered[max(0, match.start() - 40): match.start()]
            # "girl aged 16, from eritrea, ...", "ungdom 15 år här": the writer, opening.
            if _WE_ARE.search(before) or not re.search(r"\w", lowered[: match.start()]):
                continue
            # "säljer sex för mitt missbruk. tjej 35 år. orkar inte" (set DW): one person opening
            # a sentence that ends with the age is the writer's tag ("elev 12 år säger" is not).
            if (re.search(r"[.!?]\s*$", before) and _ONE_PERSON.match(match.group(0))
                    and re.match(r"\s*(?:[.,!?]|$)", lowered[match.end():])):
                continue
            for name in ("num", "num2"):
                if name in pattern.groupindex and match.group(name):
                    yield (*match.span(name), int(match.group(name)))
