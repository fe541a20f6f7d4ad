"""Life stages only a child is in, as the writer's own age.

Teenagers often give no number: "ska konfirmeras i sommar", "får inte ta moppekörkort än",
"två år kvar tills jag tar studenten", "my guardian doesn't know", "too young for a real
job". Each stage below is one a writer of 18 or over is not in (or, for a few, rarely
enough that sending a child only to adult help is the worse mistake). Sets BR and FH.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

ADULT_AGE = 18

_NOW_OR_SOON = (
    r"(?:nästa|nasta|snart|i\s+(?:morgon|helgen|sommar|höst|host|vår|var|vinter)|"
    r"om\s+\w+\s+(?:dagar|veckor|månader|manader))"
)
_LEFT = {"ett": 1, "en": 1, "1": 1, "två": 2, "tva": 2, "2": 2, "tre": 3, "3": 3}

# (pattern, age or None): the age is given where the stage fixes it, else just "minor".
_STAGES: list[tuple[re.Pattern[str], Optional[int]]] = [
    # Confirmation is at 14-15: "ska konfirmeras i sommar", "efter min konfirmation".
    (re.compile(
        r"\b(?:ska|skall|kommer\s+att)\s+(?P<band>konfirmeras)\b"
        rf"|\b(?P<band2>konfirmeras)\s+{_NOW_OR_SOON}"
        r"|\b(?:efter|innan|inför|infor|till|på|pa)\s+(?:min|mn)\s+(?P<band3>konfirmation)"
        r"|\b(?:after|before|since)\s+my\s+(?P<band4>confirmation)\b"
        r"|\bmy\s+(?P<band5>confirmation)\s+(?:is|was)\s+(?:in|this|last|next|soon)\b"
    ), None),
    # A moped licence (AM) is from 15: "får inte ta moppekörkort än", "får inte köra moppe".
    (re.compile(
        r"\b(?:får|far|kan|få|fa)\s+(?:ju\s+)?(?:inte|int|ej)\s+(?:ens\s+)?(?:ta\s+|köra\s+|"
        r"kora\s+|ha\s+)?(?P<band>moppe|moped|moppekörkort|moppekorkort|mopedkörkort|"
        r"mopedkorkort|am-körkort|am-korkort|moppekort)\w*"
        r"|\b(?:för|for)\s+ung\s+(?:för|for)\s+(?:att\s+(?:ta|köra|kora)\s+)?"
        r"(?P<band2>moppe|moped|moppekörkort|moppekorkort)\w*"
    ), 14),
    # Unaccompanied children have a guardian ("god man"); a child too young to work.
    (re.compile(
        r"(?<!med\s)(?<!för\s)(?<!for\s)(?<!om\s)\b(?P<band>ensamkommande)\b(?!\s+(?:barn|ungdomar|unga|flickor|pojkar|killar|"
        r"tjejer)\b)"
        r"|\b(?:min|mn)\s+(?P<band2>gode?\s*man)\b"
        r"|\b(?:(?:är|ar|e)\s+)?(?:för|for)\s+ung\s+(?:för|for)\s+(?:att\s+(?:få\s+|fa\s+)?"
        r"(?:jobba|jobb|arbeta)|ett\s+(?:riktigt\s+)?jobb|jobb)\b(?P<band3>)"
        r"|(?<!with\s)(?<!for\s)(?<!about\s)\b(?P<band4>unaccompanied)\b(?!\s+(?:minors|children|kids|boys|girls)\b)"
        r"|\bmy\s+(?:legal\s+)?(?P<band5>guardian)\b"
        r"|\b(?:i\s+)?came\s+(?:to\s+sweden\s+)?(?P<band6>alone)\s+(?:to\s+sweden\s+)?"
        r"(?:as\s+a\s+(?:kid|child|minor)|unaccompanied|without\s+(?:my\s+)?(?:parents|family))"
        r"|\b(?:too\s+young|not\s+old\s+enough)\s+(?:for\s+a\s+(?:real\s+|proper\s+)?job|"
        r"to\s+(?:work|get\s+a\s+(?:real\s+|proper\s+)?job))\b(?P<band7>)"
        # Too young for one's own bank card (set FI): "he swishes it to my friend".
        r"|\b(?:too\s+young|not\s+old\s+enough)\s+(?:for|to\s+(?:have|get|open))\s+"
        r"(?:my\s+own\s+|a\s+|an\s+)?(?P<band8>bank\s*card|bank\s+account|debit\s+card|bankid|"
        r"bank\s+id|swish|credit\s+card)\b"
        r"|\b(?:för|for)\s+ung\s+(?:för|for)\s+(?:att\s+(?:ha|få|fa|skaffa)\s+)?(?:ett\s+|eget\s+|"
        r"mitt\s+eget\s+)?(?P<band9>bankkort|bankkonto|bank-id|bankid|swish|kort)\b"
    ), None),
    # Placed where children live, or run from it (sets BT, FI): "rymde från hvb:t i
    # fredags", "when i run from the group home".
    (re.compile(
        r"\b(?:rymde|rymt|rymmer|stack|smet|drog)\s+(?:\w+\s+)?(?:från|fran)\s+(?:mitt\s+|vårt\s+|"
        r"vart\s+|det\s+)?(?P<band>hvb\w*|sis\w*|ungdomsboende\w*|jourhem\w*|familjehem\w*)"
        r"|\b(?:run|ran|running|run\s+away|ran\s+away|escaped|escape)\s+(?:away\s+)?from\s+(?:the\s+|"
        r"my\s+)?(?P<band2>group\s+home|care\s+home|children'?s\s+home|foster\s+home|hvb|"
        r"residential\s+home)\b"
        r"|\b(?:i|we)\s+(?:live|living|stay|staying|am\s+placed|was\s+placed|got\s+placed)\s+"
        r"(?:in|at)\s+(?:a\s+|the\s+)?(?P<band3>group\s+home|care\s+home|children'?s\s+home|hvb)\b"
    ), None),
    # A school the writer is still in: selling "sen i sjuan", "nationella proven".
    (re.compile(
        r"\b(?:sen|sedan|ända\s+sen|anda\s+sen)\s+(?:jag\s+(?:gick|började|borjade)\s+)?"
        r"(?:i\s+)?(?P<band>femman|sexan|sjuan|åttan|attan|nian|[5-9]:an)\b"
        r"|(?:^|[,.!?;]\s*|\b(?:jag|ja|jg)\s+(?:har\s+)?|\bhar\s+)\W*"
        r"(?P<band2>nationella)\s+prov\w*(?!\s+(?:för|for|med)\s+(?:mina|våra|vara|eleverna|"
        r"klassen)\b)"
    ), None),
]
# "två år kvar tills jag tar studenten": the last day of school is at 18 at the youngest.
_YEARS_TO_GRADUATION = re.compile(
    r"\b(?P<left>ett|en|två|tva|tre|1|2|3)\s+år\s+kvar\s+(?:tills?|innan|till)\s+"
    r"(?:jag\s+|ja\s+)?(?:tar\s+|ta\s+)?studenten\b"
)
# "min 18-årsfest nästa månad", "innan min 16-årsdag": a birthday still ahead.
_BIRTHDAY_AHEAD = re.compile(
    r"\b(?:min|mn|mitt)\s+(?P<num>1[0-8])\s*-?\s*(?:års|ars)(?:fest|dag|kalas)(?:en)?\s+"
    rf"(?:är\s+|ar\s+|e\s+)?{_NOW_OR_SOON}"
    r"|\binnan\s+(?:min|mn)\s+(?P<num2>1[0-8])\s*-?\s*(?:års|ars)(?:dag|fest)"
)
# A parent or teacher speaking of their children's holidays is not a pupil.
_CHILDREN_OF_WRITER = re.compile(
    r"\b(?:mina|våra|vara|min|vår|var)\s+(?:barn|ungar|son|dotter|elev|elever|klass)\w*"
    r"|\b(?:my|our)\s+(?:kids|children|son|daughter|pupils|students|class)\b"
)
# "på sportlovet träffade jag en man": a pupil's school holiday, told as the writer's own.
_HOLIDAY = re.compile(
    r"(?:^|[,.!?;]\s*)\W*(?:på|pa|under|i|över|over)\s+(?P<band>sportlovet|höstlovet|hostlovet|"
    r"jullovet|påsklovet|pasklovet|sportlovet|lovet)\b(?=.{0,60}\b(?:jag|ja|mig|mej)\b)"
)


# "han är ensamkommande", "she has a guardian": the stage is someone else's.
_THIRD_PERSON_BEFORE = re.compile(
    r"\b(?:han|hon|hen|dom|de|he|she|they|hans|hennes|his|her|their)\s+(?:\w+\s+){0,3}$"
)


def stage_mentions(lowered: str) -> Iterator[tuple[str, bool, int, int, Optional[int]]]:
    """Yield (group, theirs, start, end, age) for each stage that says someone is a child.

    "theirs" is true when a third person is the subject just before the stage.
    """
    for pattern, age in _STAGES:
        for match in pattern.finditer(lowered):
            name = next(g for g in pattern.groupindex if match.group(g) is not None)
            theirs = bool(_THIRD_PERSON_BEFORE.search(lowered[: match.start()]))
            yield ("minor", theirs, *match.span(name), age)
    for match in _YEARS_TO_GRADUATION.finditer(lowered):
        age = ADULT_AGE - _LEFT[match.group("left")]
        yield ("minor", False, *match.span("left"), age)
    for match in _BIRTHDAY_AHEAD.finditer(lowered):
        name = "num" if match.group("num") else "num2"
        age = int(match.group(name)) - 1
        yield ("minor" if age < ADULT_AGE else "adult", False, *match.span(name), age)
    if not _CHILDREN_OF_WRITER.search(lowered):
        for match in _HOLIDAY.finditer(lowered):
            yield ("minor", False, *match.span("band"), None)
