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
        # Set CN: "konfirmationen i vår", "konfan i sommar", "ska på konfa".
        r"|(?<!dotters\s)(?<!sons\s)(?<!barnets\s)(?<!hennes\s)(?<!hans\s)\b"
        rf"(?P<band6>konfirmationen|konfan|konfa|konfirmationslägret|konfalägret)\s+(?:är\s+|ar\s+|e\s+)?"
        rf"{_NOW_OR_SOON}"
        r"|\b(?:jag|ja)\s+(?:ska|åker|aker)\s+på\s+(?P<band7>konfa|konfirmationsläger|konfaläger)\b"
        # Just confirmed (set CX): "mitt barnbarn konfirmerades i somras".
        r"|\b(?P<band8>konfirmerades|konfirmerade\s+sig|blev\s+konfirmerad|got\s+confirmed|was\s+"
        r"confirmed)\s+(?:i\s+somras|i\s+våras|i\s+vaaras|i\s+varas|i\s+år|i\s+ar|nyss|förra\s+"
        r"sommaren|forra\s+sommaren|last\s+summer|this\s+year|in\s+(?:may|june))\b"
        r"|\bmy\s+(?P<band5>confirmation)\s+(?:is|was)\s+(?:in|this|last|next|soon)\b"
    ), None),
    # A moped licence (AM) is from 15: "får inte ta moppekörkort än", "får inte köra moppe".
    (re.compile(
        r"\b(?:får|far|kan|få|fa)\s+(?:ju\s+)?(?:inte|int|ej)\s+(?:ens\s+)?(?:ta\s+|köra\s+|"
        r"kora\s+|ha\s+)?(?P<band>moppe|moped|moppekörkort|moppekorkort|mopedkörkort|"
        r"mopedkorkort|am-körkort|am-korkort|moppekort)\w*"
        r"|\b(?:för|for)\s+ung\s+(?:för|for)\s+(?:att\s+(?:ta|köra|kora)\s+)?"
        r"(?P<band2>moppe|moped|moppekörkort|moppekorkort)\w*"
        # Set CN: "har inte ens moppekort" (not even the licence one may take at 15).
        r"|\b(?:har|hade)\s+(?:ju\s+)?(?:inte|int|ej)\s+ens\s+(?:\w+\s+)?(?P<band3>moppe|moped|"
        r"moppekörkort|moppekorkort|mopedkörkort|mopedkorkort|am-körkort|am-korkort|moppekort)\w*"
    ), 14),
    # Set DD, GC: a moped licence just taken (from 15), a class for the newly arrived, the
    # writer at högstadiet ("vi går båda på högstadiet", "i min klass på högstadiet"), GCSEs.
    (re.compile(
        r"\b(?:tog|tagit|fick|fått|fatt)\s+(?:precis\s+|nyss\s+|just\s+)?(?:mitt\s+)?"
        r"(?P<band>am-kort|am-körkort|am-korkort|moppekort|moppekörkort|mopedkörkort|moppekorkort)"
        r"|\b(?:jag|ja|jg)\s+(?:går|gar)\s+(?:\w+\s+)?(?:i|på|pa)\s+(?:en\s+)?"
        r"(?P<band2>förberedelseklass\w*|forberedelseklass\w*)"
        r"|\b(?:jag|ja|jg|vi)\s+(?:går|gar|e|är|ar)\s+(?:båda\s+|bada\s+|också\s+|ocksa\s+|"
        r"fortfarande\s+|bara\s+)?(?:på|pa)\s+(?P<band3>högstadiet|hogstadiet|mellanstadiet)\b"
        r"|\bi\s+min\s+klass\s+(?:på|pa)\s+(?P<band4>högstadiet|hogstadiet|mellanstadiet)\b"
        r"|\b(?:doing|sitting|taking|revising\s+for|studying\s+for|got)\s+(?:my\s+)?"
        r"(?P<band5>gcses?)\b"
        # Set DL: "fick moped förra året", "köpte moppe i våras": a moped of one's own from 15.
        r"|\b(?:jag\s+|ja\s+)?(?:fick|fått|fatt|köpte|kopte|tog)\s+(?:en\s+|min\s+)?"
        r"(?P<band6>moped|moppe|epa|a-traktor)\s+(?:förra\s+året|forra\s+aret|i\s+fjol|i\s+våras|"
        r"i\s+varas|i\s+somras|i\s+höstas|i\s+hostas|nyss|precis|i\s+år|i\s+ar)\b"
    ), 15),
    # Learner driving is from 16 (set DV): "får inte ens övningsköra än", "kan inte övningsköra".
    (re.compile(
        r"\b(?:får|far|kan|få|fa)\s+(?:ju\s+)?(?:inte|int|ej)\s+(?:ens\s+)?(?:börja\s+|borja\s+)?"
        r"(?P<band>övningsköra|ovningskora|övningsköra|övningsköring|ovningskorning)\b"
    ), 15),
    # The last year before upper secondary school is year 9 (set CN): "sista året innan gymnasiet",
    # "sista året på högstadiet", "last year before high school".
    (re.compile(
        r"(?:^|[,.!?;]\s*|\b(?:jag|ja|jg)\s+(?:går|gar|e|är|ar)\s+|\b(?:går|gar)\s+)\W*(?:i\s+|på\s+|pa\s+)?"
        r"(?P<band>sista)\s+(?:året|aret|år|ar)\s+(?:innan|före|fore|på|pa|i)\s+"
        r"(?:gymnasiet|gymnan|gymnasium|högstadiet|hogstadiet|grundskolan)\b"
        r"|\b(?:i'?m|im|i\s+am)\s+in\s+(?:my\s+|the\s+)?(?P<band2>last)\s+year\s+(?:before|of)\s+"
        r"(?:high\s*school|gymnasiet|middle\s+school|secondary\s+school)\b"
    ), 15),
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
        # A foster home (set FQ): "i live in foster home since 2 years", "bor i familjehem".
        r"|\b(?:i|we)\s+(?:\w+\s+)?(?:live|living|stay|staying|am|'m)\s+(?:in|at|with)\s+(?:a\s+|the\s+|"
        r"my\s+)?(?P<band4>foster\s+(?:home|family|care|parents|mum|mom|dad))\b"
        r"|\b(?:i'?m|im|i\s+am)\s+(?P<band5>in\s+foster\s+care)\b"
        # Set FY: "im at a HVB and a guy picks up some of us girls".
        r"|\b(?:i'?m|im|i\s+am)\s+(?:at|in)\s+(?:a\s+|an\s+|the\s+)?(?P<band9>hvb|group\s+home)\b"
        r"(?!\s+(?:where\s+(?:i|we)\s+work|as\s+(?:a\s+)?(?:staff|worker|night)|(?:at\s+)?work|"
        r"working|on\s+(?:shift|duty)|for\s+work))"
        # Set CS: "nu bor jag i familjehem", "när jag bodde på hvb".
        r"|\b(?:bor|bodde)\s+(?:jag|ja)\s+(?:i|på|pa|hos)\s+(?:ett\s+|en\s+)?(?P<band7>familjehem\w*|"
        r"jourhem\w*|fosterhem\w*|hvb\w*)"
        r"|\b(?:jag|ja)\s+(?:bodde|var\s+placerad)\s+(?:i|på|pa)\s+(?:ett\s+)?(?P<band8>hvb\w*|"
        r"familjehem\w*|jourhem\w*)"
        r"|\b(?:jag|ja)\s+(?:\w+\s+)?(?:bor|är|ar|e)\s+(?:i|på|pa|hos)\s+(?:ett\s+|en\s+|mitt\s+|min\s+)?"
        r"(?P<band6>familjehem\w*|jourhem\w*|fosterhem\w*|fosterfamilj\w*|fosterföräldrar|fosterforaldrar)"
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
# A child's life at home and in care, said of the writer (set BZ): "min kontakt på bup",
# "jag har prao nästa vecka", "bor hos pappa varannan vecka", "300 kr i månadspeng av
# mamma", "får inte vara ute efter tio", "mamma tar min mobil varje kväll", "mamma tror
# jag sover hos en kompis". None of these is an adult's (_CHILDREN_OF_WRITER: a parent
# telling of their own child is not one).
_PARENT = (r"(?:mamma|pappa|morsan|farsan|mamsen|pappsen|min\s+mamma|min\s+pappa|mina\s+föräldrar|"
           r"mina\s+foraldrar|föräldrarna|foraldrarna|mamma\s+och\s+pappa|mamma\s+o\s+pappa)")
_PARENT_EN = r"(?:my\s+)?(?:mom|mum|mam|dad|mother|father|parents|mom\s+and\s+dad|mum\s+and\s+dad)"
_CHILD_LIFE = re.compile(
    r"(?<!jobbar\spå\s)(?<!jobbar\spa\s)(?<!arbetar\spå\s)(?<!vi\spå\s)(?<!från\s)"
    r"\b(?P<band>bup|camhs)\b(?!\s*-?\s*(?:personal|mottagning\w*\s+(?:där|dar)\s+jag\s+jobbar))"
    r"|\b(?:jag\s+|ja\s+)?(?:har|ska\s+ha|hade|min|mn|på|pa|under)\s+(?P<band2>prao)\w*\b"
    rf"|\b(?:bor|är|ar|e|sover|va|vara)\s+(?:hos|med|på|pa)\s+{_PARENT}\s+(?P<band3>varannan\s+vecka)"
    rf"|\b(?P<band4>varannan\s+vecka)\s+(?:hos|med)\s+{_PARENT}"
    r"|\b(?:jag|ja)\s+bor\s+(?:där|dar|hos\s+\w+)\s+(?P<band5>varannan\s+vecka)"
    r"|\b(?:får|far|fick)\s+(?:\d+\s*(?:kr|kronor|:-|spänn|spann)?\s+)?(?:i\s+)?"
    r"(?P<band6>månadspeng|manadspeng|veckopeng|fickpeng\w*)"
    r"|\b(?:min|mn)\s+(?P<band7>månadspeng|manadspeng|veckopeng|fickpeng\w*)"
    r"|\b(?:får|far)\s+(?:ju\s+)?(?:inte|int|ej)\s+(?:ens\s+)?(?P<band8>(?:vara|va|gå|ga)\s+ute)\s+"
    r"(?:efter|så\s+(?:här\s+|har\s+)?sent|sa\s+(?:har\s+)?sent|sent|på\s+natten|pa\s+natten)"
    rf"|\b{_PARENT}\s+(?:låter|later)\s+(?:mig|mej)\s+(?:inte|int)\s+(?P<band9>(?:vara|va|gå|ga)\s+ute)"
    rf"|\b{_PARENT}\s+(?:tar|tog|beslagtar|konfiskerar)\s+(?P<band10>(?:min|mn)\s+(?:mobil|telefon|"
    r"telle|lur|iphone))"
    rf"|\b{_PARENT}\s+tror\s+(?:att\s+)?(?:jag|ja)\s+(?:sover|är|ar|e|bor)\s+(?:över\s+)?"
    r"(?:hos|med)\s+(?:en\s+|min\s+|mn\s+)?(?P<band11>kompis|kompisar|vän|van|tjejkompis|bästis|"
    r"bastis|polare)"
    # English: "my camhs worker", "every other week at my dad's", "my pocket money",
    # "my curfew", "my mum took my phone", "my parents think i'm sleeping at a friend's".
    # Set DL: "mamma bestämmer fortfarande när jag ska va hemma", "min utegångstid".
    rf"|\b{_PARENT}\s+(?:bestämmer|bestammer)\s+(?:fortfarande\s+|ju\s+|än\s+|an\s+)?"
    r"(?:när|nar|hur\s+sent)\s+(?:jag|ja)\s+ska\s+(?P<band20>(?:va|vara|komma)\s+hem\w*)"
    r"|\b(?:min|mn|har|fick|fått|fatt)\s+(?:\w+\s+)?(?P<band21>utegångstid\w*|utegangstid\w*)"
    rf"|\b(?P<band12>every\s+other\s+week)\s+(?:at|with)\s+{_PARENT_EN}"
    rf"|\b(?:live|stay|living|staying)\s+(?:with|at)\s+{_PARENT_EN}'?s?\s+(?:place\s+)?"
    r"(?P<band13>every\s+other\s+week)"
    r"|\b(?:my|i\s+get|get)\s+(?:\w+\s+)?(?P<band14>pocket\s+money)\b"
    rf"|\b(?P<band15>allowance)\s+from\s+{_PARENT_EN}"
    r"|\bmy\s+(?P<band16>curfew)\b"
    r"|\b(?:not\s+allowed|can'?t\s+be|cant\s+be)\s+(?P<band17>out)\s+(?:after|past|this\s+late|so\s+late)"
    rf"|\b{_PARENT_EN}\s+(?:takes|took|confiscated|confiscates)\s+(?P<band18>my\s+(?:phone|iphone))"
    rf"|\b{_PARENT_EN}\s+(?:thinks?|believes?)\s+(?:that\s+)?i'?m\s+(?:sleeping|staying)\s+(?:over\s+)?"
    r"(?:at|with)\s+(?:a\s+|my\s+)?(?P<band19>friend|mate|bestie)"
)
# A pupil's school day, said of the writer (set CS): "mentorn frågade var jag fick pengarna",
# "pengar till klassresan", "vi ses på studiedagen", "efter sista lektionen", "alla på fritids
# pratar om det", "fröknarna har sett", "skicka videon till mamma o rektorn", "skolkat från
# sjuan", "går på fritidsgården", "parallellklassen", "tar studenten om två år"; English "my
# dad picks me up after practice", "my mentor at school". Staff say these too, so a writer who
# names a school job (_SCHOOL_STAFF) is never read as a pupil by them.
_PUPIL_LIFE = re.compile(
    r"\b(?:min|mn)\s+(?P<band>mentor)\b(?!\s+(?:på|pa)\s+jobbet)"
    r"|\b(?P<band2>mentorn)\s+(?:\w+\s+)?(?:frågade|fragade|frågar|fragar|sa|sade|har|vet|ringde|"
    r"märkte|markte|märkt|markt|tror|pratade|hörde|horde|hört|hort|säger|sager|fått|fatt)\b"
    r"|\b(?:till|på|pa|under|inför|infor|efter)\s+(?P<band3>klassresan|studiedagen|skolbalen|"
    r"klassfesten|skolavslutningen|friluftsdagen|lovskolan)\b"
    r"|\b(?:efter|före|fore|innan|missar|missade|skippar|skippade)\s+(?P<band4>(?:första|forsta|"
    r"sista)\s+lektionen)\b"
    r"|\b(?:på|pa|i|från|fran)\s+(?P<band5>fritids)\b|\b(?P<band6>fröknarna|froknarna)\b"
    r"|\b(?:mamma|pappa|mina\s+föräldrar|mina\s+foraldrar)\s+(?:o|och)\s+(?P<band7>rektorn)\b"
    r"|\b(?:skolkat|skolkar|skolkade)\s+(?:från|fran|i)\s+(?P<band8>sjuan|åttan|attan|nian|skolan)\b"
    r"|\b(?:jag|ja)\s+(?:\w+\s+)?(?:går|gar)\s+(?:på|pa|till)\s+(?P<band9>fritidsgården|fritidsgarden|"
    r"ungdomsgården|ungdomsgarden)\b"
    r"|\b(?P<band10>parallellklassen)\b"
    # "en tjej i min klass sa ...", "nån i klassen har lagt ut det", "halva skolan har det",
    # "vågar inte fråga skolsköterskan" (set CS): the writer among pupils.
    # (Not "en av tjejerna i klassen": a teacher's words as often as a pupil's.)
    r"|(?<!av\s)\b(?:en\s+tjej|en\s+kille|nån|någon|nagon|ngn|folk|alla|några|nagra)\s+"
    r"i\s+(?:min\s+)?(?P<band18>klass(?:en)?)\b"
    r"|\b(?P<band19>halva|hela)\s+skolan\s+(?:har|vet|såg|sag|sett|pratar|snackar)\b"
    r"|\b(?:fråga|fraga|frågar|fragar|berätta\s+för|beratta\s+for|prata\s+med|gå\s+till|ga\s+till)\s+"
    r"(?P<band20>skolsköterskan|skolskoterskan|skolkuratorn)\b"
    r"|\b(?:mamma|pappa|morsan|farsan)\s+(?:hämtar|hamtar|skjutsar)\s+(?:mig|mej)\s+(?:efter|från|fran)\s+"
    r"(?P<band11>träningen|traningen|skolan|fotbollen|handbollen|dansen|ridningen)\b"
    r"|\b(?:mamma|pappa|mina\s+föräldrar|mina\s+foraldrar)\s+tror\s+(?:att\s+)?(?:jag|ja)\s+(?:e|är|ar)\s+"
    r"(?:på|pa)\s+(?P<band12>träningen|traningen|fotbollen|handbollen|fritids|fritidsgården|skolan|"
    r"gympan|dansen)\b"
    r"|\b(?:mamma|pappa|mina\s+föräldrar|mina\s+foraldrar)\s+tror\s+(?:att\s+)?(?:jag|ja)\s+"
    r"(?:sover|e|är|ar)\s+(?:hos|med)\s+(?P<band13>[a-zåäö]+)\b"
    # English: "my dad picks me up after practice", "my dad thinks im at practice".
    r"|\b(?:my\s+)?(?:mom|mum|dad|mother|father|parents?)\s+(?:picks|pick|drives|picked)\s+me\s+up\s+"
    r"(?:after|from)\s+(?P<band14>practice|school|training)\b"
    r"|\b(?:my\s+)?(?:mom|mum|dad|mother|father|parents?)\s+(?:thinks?|believes?)\s+(?:that\s+)?"
    r"(?:i'?m|im|i\s+am)\s+at\s+(?P<band15>practice|school|training|football|soccer)\b"
    r"|\bmy\s+(?P<band16>mentor)\s+at\s+school\b"
    r"|\bnot\s+allowed\s+to\s+(?:have|get)\s+(?:a\s+|my\s+own\s+)?(?P<band17>bank\s*card|bank\s+account|"
    r"debit\s+card)\s+yet\b"
)
_SCHOOL_STAFF = re.compile(
    r"\b(?:jag|ja)\s+(?:är|ar|e|jobbar|arbetar)\s+(?:som\s+)?(?:\w+\s+)?(?:lärare|larare|mentor|kurator|"
    r"rektor|skolsköterska|skolskoterska|fritidsledare|fritidspedagog|elevassistent|"
    r"specialpedagog|skolvärd|skolvard|tränare|tranare)\b"
    r"|^\W*(?:lärare|larare|mentor|kurator|rektor|skolsköterska|skolskoterska|fritidsledare|"
    r"tränare|tranare)\b|\b(?:i'?m|i\s+am|im)\s+(?:a\s+)?(?:teacher|mentor|counsel+or|coach|"
    r"school\s+nurse|principal|youth\s+worker)\b"
)
# A parent's children or a teacher's pupils; "en tjej i min klass" is a pupil's classmate.
_CHILDREN_OF_WRITER_AT_HOME = re.compile(
    r"\b(?:mina|våra|vara|min|vår|var)\s+(?:barn|ungar|son|dotter|elev|elever)\w*"
    r"|\b(?:elev|elever|eleverna)\s+i\s+(?:min|vår|var)\s+klass"
    r"|\b(?:my|our)\s+(?:kids|children|son|daughter|pupils|students)\b"
)
# The writer's own children at school (set BZ): "mina barn går i lågstadiet", "my kids
# are in school". A parent of pupils is an adult. (One child's school year is that
# child's age, read by age.py: "min son går i åttan".)
_PARENT_OF_PUPIL = re.compile(
    r"\b(?:mina|våra|vara)\s+(?:\w+\s+)?(?P<band>barn|ungar|söner|soner|döttrar|dottrar)\s+(?:går|gar|börjar|borjar|ska\s+börja|ska\s+borja|gick)\s+"
    r"(?:i|på|pa)\s+(?:skolan|lågstadiet|lagstadiet|mellanstadiet|högstadiet|hogstadiet|"
    r"gymnasiet|förskoleklass|forskoleklass|ettan|tvåan|tvaan|trean|fyran|femman|sexan|sjuan|"
    r"åttan|attan|nian)\b"
    r"|\bmy\s+(?:\w+\s+)?(?P<band2>kids|children|sons|daughters)\s+(?:go|goes|are|is|"
    r"started|start)\s+(?:to\s+|in\s+)?(?:school|primary\s+school|elementary\s+school|"
    r"middle\s+school|high\s+school|year\s+\d|grade\s+\d)\b"
    # A parent of several (sets CJ, FQ): "mamma till två", "mother of two kids".
    r"|(?:^|\b(?:jag|ja)\s+(?:är|ar|e)\s+|,\s*)(?P<band3>mamma|pappa|mor|far)\s+till\s+(?:två|tva|tre|fyra|"
    r"fem|[2-9])\b"
    r"|(?:^\W*|\b(?:i'?m|im|i\s+am)\s+(?:a\s+)?)(?P<band4>mother|mom|mum|dad|father|single\s+mom|"
    r"single\s+mum)\s+of\s+(?:two|three|four|five|[2-9])\b"
)
# Upper secondary school just begun (set FQ): "before I started gymnasiet", "my daughter
# started gymnasiet this autumn". The first year is 15-16; whose it is follows the subject.
_GYMNASIUM_BEGUN = re.compile(
    r"\b(?P<who>i|my\s+(?:\w+\s+)?(?:daughter|son|sister|brother|niece|nephew|kid|child|"
    r"stepdaughter|stepson|granddaughter|grandson))\s+(?:just\s+|recently\s+)?(?:started|starts|"
    r"began|is\s+starting|am\s+starting)\s+(?P<band>gymnasiet|high\s+school|upper\s+secondary)\b"
)
# "två år kvar tills jag tar studenten": the last day of school is at 18 at the youngest.
_YEARS_TO_GRADUATION = re.compile(
    r"\b(?P<left>ett|en|två|tva|tre|1|2|3)\s+år\s+kvar\s+(?:tills?|innan|till)\s+"
    r"(?:jag\s+|ja\s+)?(?:tar\s+|ta\s+)?studenten\b"
    # "tar studenten om två år" (set CS).
    r"|(?:\b(?:jag|ja)\s+|^\W*|[,.!?;]\s*|\b(?:o|och)\s+)(?:tar|ta)\s+studenten\s+om\s+"
    r"(?P<left2>ett|en|två|tva|tre|1|2|3)\s+år\b"
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
    r"\b(?:han|hon|hen|dom|de|he|she|they|hans|hennes|his|her|their"
    # "mitt barnbarn konfirmerades i somras" (set CX): someone close named as the subject.
    r"|(?:min|mitt|mina|vår|vårt|var|vart|my|our)\s+(?:\w+\s+)?(?:dotter|son|barn|barnbarn|"
    r"syster|bror|lillasyster|lillebror|kusin|kompis|vän|bästis|elev|fosterdotter|fosterson|"
    r"bonusdotter|bonusson|daughter|sister|brother|friend|granddaughter|grandson|kid|child))"
    r"\s+(?:\w+\s+){0,3}$"
)


# Studies long finished (set DD): "jag har pluggat klart på universitetet sen länge".
_ADULT_LIFE = re.compile(
    r"\b(?:jag|ja|jg)\s+(?:har\s+)?(?:pluggat|studerat)\s+klart\s+(?:på|pa|vid)\s+"
    r"(?P<band>universitetet|högskolan|hogskolan|uni)\b"
)
# Upper secondary school finished a year or more ago (set DG): "hon tog studenten för två år
# sen" (whose it is follows the subject before it).
_STUDENTEN_AGO = re.compile(
    r"\b(?P<who>jag|ja|jg|hon|han|hen|\w+)?\s*(?:tog|slutade)\s+(?P<band>studenten|gymnasiet)\s+"
    r"(?:för|for)\s+(?:ett|två|tva|tre|fyra|fem|flera|några|nagra|\d+)\s+år\s+(?:sen|sedan)\b"
)


def stage_mentions(lowered: str) -> Iterator[tuple[str, bool, int, int, Optional[int]]]:
    """Yield (group, theirs, start, end, age) for each stage that says someone is a child
    (or, for a parent of a pupil, that the writer is an adult).

    "theirs" is true when a third person is the subject just before the stage.
    """
    for pattern, age in _STAGES:
        for match in pattern.finditer(lowered):
            name = next(g for g in pattern.groupindex if match.group(g) is not None)
            theirs = bool(_THIRD_PERSON_BEFORE.search(lowered[: match.start()]))
            yield ("minor", theirs, *match.span(name), age)
    for match in _YEARS_TO_GRADUATION.finditer(lowered):
        name = "left" if match.group("left") else "left2"
        yield ("minor", False, *match.span(name), ADULT_AGE - _LEFT[match.group(name)])
    for match in _BIRTHDAY_AHEAD.finditer(lowered):
        name = "num" if match.group("num") else "num2"
        age = int(match.group(name)) - 1
        yield ("minor" if age < ADULT_AGE else "adult", False, *match.span(name), age)
    for match in _GYMNASIUM_BEGUN.finditer(lowered):
        yield ("minor", match.group("who") != "i", *match.span("band"), None)
    for match in _PARENT_OF_PUPIL.finditer(lowered):
        name = next(g for g in ("band", "band2", "band3", "band4") if match.group(g))
        yield ("adult", False, *match.span(name), None)
    for match in _ADULT_LIFE.finditer(lowered):
        yield ("adult", False, *match.span("band"), None)
    for match in _STUDENTEN_AGO.finditer(lowered):
        theirs = match.group("who") not in (None, "jag", "ja", "jg")
        yield ("adult", theirs, *match.span("band"), None)
    if not _CHILDREN_OF_WRITER_AT_HOME.search(lowered) and not _SCHOOL_STAFF.search(lowered):
        for match in _PUPIL_LIFE.finditer(lowered):
            name = next(g for g in _PUPIL_LIFE.groupindex if match.group(g) is not None)
            theirs = bool(_THIRD_PERSON_BEFORE.search(lowered[: match.start()]))
            yield ("minor", theirs, *match.span(name), None)
    if not _CHILDREN_OF_WRITER.search(lowered):
        for match in _HOLIDAY.finditer(lowered):
            yield ("minor", False, *match.span("band"), None)
        for match in _CHILD_LIFE.finditer(lowered):
            name = next(g for g in _CHILD_LIFE.groupindex if match.group(g) is not None)
            theirs = bool(_THIRD_PERSON_BEFORE.search(lowered[: match.start()]))
            yield ("minor", theirs, *match.span(name), None)
