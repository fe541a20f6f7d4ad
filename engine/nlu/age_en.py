"""Ages as people write them in English, beside the Swedish readings of `engine.nlu.age`.

School years (UK "year 10", US "10th grade", "sophomore", "sixth form"),
self tags ("16f", "f17", "15 here"), bands ("i'm a minor", "not 18 yet",
"in my twenties"), and ages still to come ("turning 17" is 16 today).
Returns plain tuples so that `age` can build its mentions without a cycle.
"""

from __future__ import annotations

import datetime
import re
from typing import List, Optional, Set, Tuple

ADULT_AGE = 18
SELF = "self"
OTHER = "other"
MINOR = "minor"
ADULT = "adult"

# (group, role, start, end, age or None)
Found = Tuple[str, Optional[str], int, int, Optional[int]]

_I_AM = r"(?:i'?m|i\s+am|im|i’m|iam)"
# Someone else, as an age's owner; "a girl" is left out ("im a girl in year 9").
_SOMEONE = (
    r"(?:she|he|they|she'?s|he'?s|they'?re|my\s+\w+|our\s+\w+|her|his|the\s+(?:girl|boy|kid|child)"
    r"|an?\s+(?:student|pupil|client|resident|young\s+person))"
)
_NUMBER_WORDS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
_NUM = r"(?P<num>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"

# UK years 7-13 and US grades 6-12 are all under 18 (year 13 ends the summer one turns 18).
# "I'm in year 10", "me in year 9": the subject (group "me") names the writer even after
# someone else ("my boyfriend is 24 and I'm in year 10").
_UK_YEAR = re.compile(
    rf"(?:\b(?P<me>{_I_AM}\s+(?:in\s+|doing\s+|an?\s+)?|me\s+in\s+)|\bin\s+|\bstarting\s+|^"
    r"|[,.!?;(]\s*"
    # "im a year 10 student", "a year 9 girl in my class" (set GI): a pupil described.
    r"|\b(?:a|an|one|my|our|the)\s+(?=(?:year|yr)\s?(?:1[0-3]|[6-9])\s+(?:student|pupil|girl|boy|"
    r"kid|child)s?\b))"
    r"(?:year|yr|y)\s?(?P<year>1[0-3]|[6-9])\b(?!\s*(?:old|olds|ago|s\b))"
)
_US_GRADE = re.compile(
    rf"(?:\b(?P<me>{_I_AM}\s+|me\s+)in\s+(?:the\s+)?)?"
    r"(?:\b(?P<grade>1[0-2]|[6-9]|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
    r"(?:(?:th|st|nd|rd)?\s+grade(?:r)?|(?:th|st|nd|rd)\s+class)\b"
    r"|\b(?:grade|gr\.?)\s+(?P<grade2>1[0-2]|[6-9])\b"
    # "in class 8", "im in class 7" (set GO): the school year as many countries say it.
    r"|\bclass\s+(?P<grade3>[6-9])\b(?!\s*(?:am|pm|[:.]\d|o'?clock)))"
)
# "class 2 of high school", "class 1 in gymnasiet" (set GO): a year of upper secondary school.
_HIGH_SCHOOL_CLASS = re.compile(
    rf"(?:\b(?P<me>{_I_AM}\s+|me\s+)in\s+)?\b(?:class|year|grade)\s+(?P<year>[1-3])\s+(?:of|in|at)\s+"
    r"(?:the\s+)?(?:high\s*school|gymnasiet|gymnasium|upper\s+secondary(?:\s+school)?|secondary\s+"
    r"school)\b"
)
_GRADE_WORDS = {"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                "twelfth": 12}
_HIGH_SCHOOL_YEAR = re.compile(
    r"\b(?P<band>freshman|sophomore|sophmore|sophomor|junior|senior)\b(?!\s+(?:at|in)\s+(?:college|uni))"
    r"(?=.{0,30}\b(?:high\s*school|hs|school|year)\b|\s*$|\s*[,.!?(]|\s+here\b)"
    # "sophmore and a guy i met pays me" (set FG): opening the message.
    r"|^\W*(?:(?:i'?m|im|i\s+am)\s+)?(?:a\s+)?(?P<band2>freshman|sophomore|sophmore|sophomor)\b"
    r"(?!\s+(?:at|in)\s+(?:college|uni))"
)
# "im a sophomore so idk", "as a freshman": the writer's own school year, with nothing about
# school after it. "junior" and "senior" also name jobs and the old ("junior developer",
# "senior citizen"), so those need a school word, the end of a clause or a filler after them.
_MY_SCHOOL_YEAR = re.compile(
    rf"(?:\b{_I_AM}\s+(?:only\s+|just\s+|still\s+)?|\bas\s+)an?\s+(?:high\s*school\s+)?"
    r"(?:(?P<band>freshman|sophomore|sophmore)\b(?!.{0,30}\b(?:college|uni|university)\b)"
    r"|(?P<band2>junior|senior)\b(?=\s*(?:$|[,.!?;(])|\s+(?:so|lol|lmao|haha|and|but|here|now|"
    r"btw|idk|tho|though|too|rn|year|student|(?:in|at)\s+(?:high\s*school|hs|school)|"
    r"at\s+\w+\s+high)\b))"
)
# "we're all sophomores", "we are freshmen" (set FD): the writer's group, the writer in it.
_WE_SCHOOL_YEAR = re.compile(
    r"\b(?:we'?re|we are|were) (?:all |both )?(?:high ?school )?"
    r"(?P<band>freshm[ae]n|sophomores?|(?:high ?school )?juniors)\b(?!\s+(?:at|in) (?:college|uni))"
)
# "is it normal to plan your own funeral at 16": a question about the writer, the age last.
_NORMAL_AT_AGE = re.compile(
    r"\b(?:normal|ok|okay|weird|wrong|bad|healthy|common)\b.{0,80}?\bat (?P<num>1[0-7])"
    r"\s*[?.!]*\s*$"
)
_SCHOOL_BAND = re.compile(
    rf"\b(?:{_I_AM}\s+(?:still\s+)?(?:in|at)|still\s+(?:in|at)|i\s+(?:go|went)\s+to|"
    rf"i\s+attend|goes\s+to|in)\s+(?:the\s+)?(?:an?\s+)?"
    r"(?P<band>middle\s+school|high\s*school|secondary\s+school|junior\s+high|"
    r"lower\s+sixth|upper\s+sixth|sixth\s+form|grundskola\w*|högstadiet|hogstadiet|gymnasiet)\b"
)
_SIXTH_FORM = re.compile(r"\b(?P<band>lower\s+sixth|upper\s+sixth|sixth\s+form)\b")
_GYMNASIUM_YEAR = re.compile(
    r"\b(?P<ord>first|1st|second|2nd|third|3rd)\s+year\s+(?:(?:of|at|in)\s+)?(?:the\s+)?"
    r"(?:gymnasiet|gymnasium|high\s*school|upper\s+secondary)\b"
)
_GYMNASIUM_AGE = {"first": 16, "1st": 16, "second": 17, "2nd": 17, "third": 17, "3rd": 17}
# "16f", "f17", "(15m)", "16 / f": a writer's own tag.
_TAG = re.compile(
    r"(?:^|[\s(,\[])(?P<num>1[0-9]|[2-6][0-9])\s?/?\s?(?:f|m|ftm|mtf|nb)(?=$|[\s),.!?\]])"
    r"|(?:^|[\s(,\[])(?:f|m)\s?/?\s?(?P<num2>1[0-9]|[2-6][0-9])(?=$|[\s),.!?\]])"
)
# A youth team's age class named before "F12"/"P11" (not a "f, 12" tag).
_TEAM_BEFORE = re.compile(
    r"\b(?:för|for|i|in|on|tränare|tranare|coach|coachar|tränar|tranar|med|with|mitt|my|our|"
    r"the|vårt|vart|ett|an?|laget|team|spelar|spelade|play|plays)\s*$"
)
# "16yo and ...", "15 y/o": the writer's own in a longer message, open in a short answer.
_YO = re.compile(r"\b(?P<num>1[0-9]|[2-7][0-9])\s?(?:yo|y/o|y\.o\.?|yrs?\s+old)\b")
# "i work as escort, 30y" (set FE): a bare "y" closing the writer's clause.
_Y_CLOSING = re.compile(
    r"\b(?:i|i'?m|im)\b[^.!?]{0,50}?,\s*(?P<num>1[0-9]|[2-7][0-9])y(?=\s*(?:$|[,.!?;]))"
)
# "16 and i sell pics", "me 24 from peru": an age opening the message is the writer's.
_OPENING = re.compile(
    r"^\W*(?:me\s+|i\s+|age\s+|am\s+)?(?P<num>1[0-9]|[2-6][0-9]|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen)\s*(?:,\s*|\s+)"
    r"(?:and|n|&|from|here|years?|yrs?|y\.?o\.?|f|m|girl|boy|woman|man|guy|,"
    # "21 he just raped me", "16 they took my phone" (set FF): the age, then the story.
    r"|he|she|they|im|i'm|my|someone|somebody"
    r"|i(?=\s+(?:was|am|have|had|got|just|need|cant|can't|dont|don't|think|sell|work|do)\b))\b"
)
# "i think 16.", "prob 15 idk": a hedged age opening the message.
_HEDGED_OPENING = re.compile(
    r"^\W*(?:i\s+think\s+(?:i'?m\s+|im\s+)?|think\s+|prob(?:ably)?\s+|maybe\s+)"
    r"(?P<num>1[0-9]|[2-6][0-9])\s*(?=[.,!;]|$|\s+(?:idk|or|maybe|and)\b)"
)
# "were all 17 if that matters" (set FF): "we're" without its apostrophe, opening a clause.
_WERE_ALL = re.compile(
    rf"(?:^|[.,!?;]\s*)\W*were\s+(?:all|both)\s+(?:like\s+|just\s+|only\s+)?{_NUM}\b"
)
# "is it illegal to sell nudes if youre 16?": the generic "you", as Swedish "om man är 16";
# whose age it is, the dialogue decides (the writer unless the bot asked about someone else).
_IF_YOU = re.compile(
    r"\b(?:if|when|once|while)\s+(?:you'?re|youre|you\s+are|ur|u\s+r|u\s+are|u'?re)\s+"
    r"(?:only\s+|just\s+|still\s+)?(?:(?P<num>1[0-7]|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen)\b(?!\s*(?:min|minutes|hours|days|%))|(?P<band>under\s*(?:18|eighteen)|"
    r"underage|a\s+minor|not\s+18(?:\s+yet)?)\b)"
)
# "they tell everyone im 19", "the ad says i'm 20", "de säger att jag är 19" (set FF): an age
# others give the writer is not the writer's age.
TOLD_AGE = re.compile(
    r"\b(?:they|he|she|the\s+(?:ad|boss|profile|post|clients|customers)|my\s+(?:ad|profile)|de|"
    r"dom|han|hon|annonsen|profilen|chefen|kunderna|kunden|killarna)\s+(?:\w+\s+)?(?:tell|tells|"
    r"told|say|says|said|write|writes|wrote|put|puts|säger|sager|sa|skriver|skrev|påstår|pastar|"
    # Believed, not said (set BU): "kunderna tror att jag är 19", "han tror jag e 18".
    r"tror|trodde|think|thinks|thought|believe|believes|believed|ljuger\s+om\s+att)\s+"
    r"(?:to\s+|till\s+)?(?:everyone|everybody|people|clients|customers|the\s+men|men|them|"
    r"alla|kunderna|kunder|folk|männen|mannen)?\s*(?:that\s+|att\s+)?"
    r"(?:i'?m|im|i\s+am|jag\s+är|jag\s+e|ja\s+e|jag\s+ar|ja\s+är)\s+(?P<num>1[0-9]|[2-6][0-9])\b"
)
# "Ukrainian woman 38.", "syrian boy fourteen.", "me colombiana 24 years", "Bulgarian, 36.":
# a writer introducing themselves by origin or as a woman or boy, then the age.
_INTRODUCED = re.compile(
    rf"(?:^|[.!?]\s*)\W*(?:me\s+|i\s+am\s+|im\s+)?(?:a\s+)?"
    rf"(?:[a-z]+(?:an|ian|ia|ea|ese|ish|ic|i|ean|ine|ino|ina|ana|ano)\b[\s,]*)?"
    rf"(?:(?:(?:trans|transgender|single|young)\s+)?(?:woman|girl|boy|man|lady|guy|mother|wife|mom|"
    rf"mum|female|male)\b[\s,]*|(?:tgirl|t-girl|ladyboy|trans)\b[\s,]*)?"
    rf"{_NUM}\s*(?:years?|yrs?|y\.?o\.?|year\s+old)?\s*(?=[.,!?;]|$|\s+(?:from|and|here|i)\b)"
)
# "i am au pair 24", "im student 19 from kenya" (set GO): the writer's work or study, then the age.
_WORK_INTRO = re.compile(
    rf"\b(?:i\s+am|i'?m|im)\s+(?:an?\s+)?(?:au\s*pair|student|nanny|cleaner|waitress|dancer|"
    rf"escort|nurse|masseuse)\s*,?\s*{_NUM}\s*(?:years?|yrs?|y\.?o\.?)?\s*(?=[.,!?;]|$|\s+(?:from|"
    rf"and|here|i|in|at|with)\b)"
)
# "im the same age as my twin sister who is 14" (set GQ): the writer's age by likeness.
_SAME_AGE_AS = re.compile(
    r"\b(?:i'?m|im|i\s+am)\s+(?:the\s+)?same\s+age\s+as\s+(?:my\s+|a\s+|her\s+|his\s+)?(?:\w+\s+){0,2}?"
    rf"(?:who\s+is\s+|who'?s\s+|whos\s+|,\s*|\(\s*)?{_NUM}\b"
)
# "if he pay a girl 15 for sex" (set GO): someone described with the age straight after.
_GIRL_AGED = re.compile(
    r"(?<!\bim )(?<!i'm )(?<!i am )(?<!\bme )(?<!\bas )"
    r"\b(?:a|the|this|that) (?:girl|boy|kid|teen|child) (?:of |aged |age )?(?P<num>1[0-7])\b"
    r"(?!\s*(?:min|minutes|hours|kr|sek|times|%|euros?|dollars?|k)\b)"
)
# "my boyfriend he is 24 and me 15": "me" and the age, the writer's.
_ME_AGE = re.compile(rf"\b(?:and|but)\s+me\s+{_NUM}\b")
# "my nephew 16 from Syria": a relative with the age straight after, theirs.
_RELATIVE_AGE = re.compile(
    r"\b(?:my|our|her|his)\s+(?:little\s+|big\s+|younger\s+|older\s+|foster\s+|step\s*)?"
    r"(?:son|daughter|nephew|niece|brother|sister|cousin|grandson|granddaughter|grandaughter|"
    r"friend|child|kid|"
    r"stepson|stepdaughter|boy|girl)\s+"
    + _NUM
    + r"\b(?!\s*(?:min|minutes|hours|days|times|%|kr|sek|euro))"
)
# "we're both 15", "we are 16": the writer's age too.
# Not a count of people: "we are 5 girls", "we're 3 of us here".
_WE = re.compile(
    rf"\b(?:we\s*(?:'re|are|r)|(?:me|i)\s+(?:and|n|&)\s+my\s+(?:\w+\s+)?\w+\s+(?:are|r)|"
    rf"my\s+(?:\w+\s+)?\w+\s+(?:and|n|&)\s+(?:i|me)\s+(?:are|r))\s+(?:both\s+|all\s+)?{_NUM}\b"
    r"(?!\s*(?:girls|boys|women|men|ladies|guys|people|persons|kids|children|friends|sisters|"
    r"brothers|clients|customers|workers|escorts|students|of)\b)"
)
# "shes 17", "he's 15", "my nephew is 22", "my grandson is 16": someone else's.
_THEIRS = re.compile(
    rf"\b(?:she'?s|he'?s|hes|shes|she\s+is|he\s+is|they\s+are|they'?re|"
    rf"(?:my|our|her|his)\s+(?:\w+\s+)?\w+\s+(?:is|was))\s+(?:only\s+|just\s+|like\s+|"
    rf"about\s+|maybe\s+)?{_NUM}\b(?!\s*(?:min|minutes|hours|days|times|%|kr|sek|euro))"
)
# "I just found out she was 16", "turns out he was only 15", "she told me after she was 17"
# (set GP): someone else's age, learned after the fact (a buyer's words). Only a child's: an
# adult age she gave is what a buyer was told, not known (as _TOLD_THEIR_AGE in Swedish).
_TOLD_THEIRS = re.compile(
    r"\b(?:found\s+out|find\s+out|turns?\s+out|turned\s+out|said|says|told\s+me|admitted|"
    r"reali[sz]ed|learned|learnt|knew|know|saw\s+on\s+her\s+\w+|saw\s+on\s+his\s+\w+)\s+"
    r"(?:\w+\s+){0,2}?(?:that\s+)?(?:she|he|they)\s+(?:was|were|is|are|'s)\s+(?:only\s+|just\s+|"
    r"actually\s+|really\s+)?(?P<num>1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen)\b(?!\s*(?:min|minutes|hours|days|times|%|kr|sek|euro))"
)
# "a 15 y/o boy", "the girl they sent up looks 14 max": someone described, not the writer.
_DESCRIBED = re.compile(
    r"\ban?\s+(?P<num>1[0-9]|[2-7][0-9])\s*(?:y/?o|yo|-?\s*years?[\s-]*old|yr[\s-]*old)\s+"
    r"(?:boy|girl|kid|child|lad|guy|man|woman|teen|teenager|student|pupil|player|son|daughter)\b"
    r"|\b(?:boy|girl|kid|lad|teen|son|daughter|granddaughter|grandson|brother|sister)\s+(?:of\s+)?"
    r"(?:around|about|maybe|roughly|approx\w*)\s+(?P<num3>1[0-7])\b"
    r"|\bcan'?t\s+be\s+(?:more|older)\s+than\s+(?P<num4>1[0-7])\b"
    r"|\b(?:looks?|looking|looked|seems?|seemed)\s+(?:like\s+)?(?:maybe\s+|about\s+|around\s+|"
    r"only\s+|barely\s+)?(?P<num2>1[0-7])\b(?!\s*(?:min|minutes|hours|kr|times))"
)
# "one of the girls, 15, told me": the pupil's or client's age, not the writer's.
_ONE_OF = re.compile(
    r"\bone\s+of\s+(?:the|our|my)\s+\w+\s*[,(]\s*(?P<num>1[0-9]|[2-6][0-9])\s*[,)]"
)
# "i see clients, 25 woman, no swedish personal number": the writer's age and sex as a tag.
_AGE_AND_SEX = re.compile(
    r"(?:^|[,.;!?]\s*)(?P<num>1[0-9]|[2-6][0-9])\s+(?:woman|man|female|male|girl|boy)\s*(?=[,.;!?]|"
    r"$)"
)
# "my 13 y/o's pictures", "a 16yo resident": an age owned or described is someone else's.
_OWNER_BEFORE = re.compile(r"\b(?:my|our|her|his|their|a|an|the)\s+$")
# "i'm a 16 yo boy" (set GD): the writer is the "a".
# "im the 16 yo" (set GH) too.
_I_AM_A = re.compile(rf"\b{_I_AM}\s+(?:only\s+|just\s+)?(?:an?|the)\s+$")
_WRITER_BEFORE = re.compile(r"(?:^|\b(?:me|i'?m|im|i\s+am|as|being))\W*$")
_PERSON_AFTER = re.compile(
    r"\s*(?:'s\b|girl|boy|son|daughter|niece|nephew|resident|pupil|student|kid|child|client|"
    r"patient|cousin|sister|brother|grandson|granddaughter)"
)
# "she's in gymnasiet, second year, so 17": told of someone else, with no word of the writer.
_ABOUT_THEM_ONLY = re.compile(r"^\W*(?:she|he|they)(?:'s|s|'re| is| was| are| turned| has)?\b")
_WRITER_WORD = re.compile(r"\b(?:i|i'?m|im|me|my|mine|we|us|our)\b")
_HERE = re.compile(r"^\W*(?P<num>1[0-9]|[2-6][0-9])\s+(?:here|btw|yo)\b")
# "am 15 is it bad", "condom broke ... last night am 30 do i need pep" (set GM): "i" left out.
_BARE_AM = re.compile(
    r"(?:^\W*|(?<!\bi )(?<![\d:] )\b)am\s+(?P<num>1[0-9]|[2-6][0-9])\b"
    r"(?!\s*(?:min\w*|%|kr|sek|euros?|dollars?|pounds?|km|kg|times|years?\s+(?:in|ago|of)|[:.]\d))"
)
_AGED = re.compile(rf"(?:^|[,.!?;(]\s*|\b(?P<me>{_I_AM})\s+)ag(?:e|ed)\s*:?\s*(?P<num>\d{{1,2}})\b")
# "I am Kenyan lady aged 27", "my son aged 15", "girl aged 16": someone, then "aged". Whose
# is read from what comes before (see `_aged_owner`).
_AGED_PERSON = re.compile(r"\b[a-z]+\s*,?\s+aged\s+(?P<num>\d{1,2})\b")
_AGED_MINE = re.compile(
    rf"(?:\b{_I_AM}|\bme)\s+(?:an?\s+)?"
    r"(?:(?!(?:with|and|of|for|to|a|an|the|my|have|has|met|know)\b)[a-z]+\s*,?\s+){0,3}$"
)
_AGED_THEIRS = re.compile(
    r"\b(?:my|our|his|her|their|a|an|the|this|that|one)\s+(?:[a-z]+\s+){0,2}$"
    r"|\b(?:met|meet|know|knows|see|saw|with|and|of|for|to)\s+$"
)
# "I'm 16yrs old", "i am 15 years, from Eritrea": a count of years after "I am" is the age,
# unless it is how long ("i am 20 years here", "2 years clean").
_I_AM_YEARS = re.compile(
    rf"\b{_I_AM}\s+(?:only\s+|just\s+|now\s+)?{_NUM}\s*(?:years?|yrs?|y/?o|y\.o\.?)(?!\w)"
    r"(?!\s+(?:in|into|here|there|clean|sober|married|together|with|of|ago|since|working|"
    r"experience|now\s+in)\b)"
)
# "if im also 16", "we're 16 too": the writer's age beside someone else's.
_ALSO = re.compile(rf"\b(?:{_I_AM}|we'?re|we\s+are)\s+(?:also|both)\s+{_NUM}\b")
# "shes 15 like us", "she is 14, same as me": her age, and the writer's too.
_LIKE_US = re.compile(
    r"\b(?P<num>1[0-9]|[2-6][0-9])\s*,?\s+(?P<us>like\s+(?:us|me)|same\s+(?:age\s+)?as\s+"
    r"(?:us|me))\b"
)
# "ninth grader", "a 10th grader", "ninth grade girl." (set FP): the writer's school year,
# after "i'm" or opening the message.
_GRADER = re.compile(
    r"(?:^\W*|\b(?:i'?m|im|i\s+am|me)\s+(?:a\s+|an\s+)?)(?P<band>(?:sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|6th|7th|8th|9th|10th|11th)\s+(?:grader|grade\s+(?:girl|boy|student|kid)))\b"
)
# "we are 4 girls in one flat all over 20": the writer among adults.
_ALL_OVER = re.compile(r"\b(?:all|both)\s+(?P<band>over\s+(?:18|eighteen|19|[2-6]0))\b")
# "im legal (18)", "i'm legal, 19": the age said with "legal" is the writer's, though
# "legal (18)" alone reads like someone named before a bracket.
_LEGAL_AGE = re.compile(
    rf"\b{_I_AM}\s+(?:finally\s+|now\s+|fully\s+)?legal\s*(?:age\s*)?[(,:]?\s*"
    r"(?P<num>1[89]|[2-9]\d)\b"
)
# "18 (just).", "19, just", "(19) ...": the age opening the message, the writer's.
_OPENING_JUST = re.compile(
    r"^\W*(?P<num>1[0-9]|[2-6][0-9])\s*[(,]?\s*(?:just|only\s+just|barely)\b"
    r"|^\W*\(\s*(?P<num2>1[0-9]|[2-6][0-9])\s*(?:y/?o|yrs?|f|m)?\s*\)"
    # "17 (18 in june).": the age now, then the birthday to come.
    r"|^\W*(?P<num3>1[0-7])\s*[(,]\s*(?:18|eighteen)\s+(?:in|next|on|this|at|by)\b"
)
_A_N_YEAR_OLD = re.compile(
    rf"\b{_I_AM}\s+(?:only\s+|just\s+)?an?\s+{_NUM}[\s-]*(?:years?|yr)[\s-]*old\b"
)
_TURNING = re.compile(
    rf"\b(?:turning|turn|will\s+be|i'?ll\s+be|gonna\s+be|going\s+to\s+be|about\s+to\s+turn)"
    rf"\s+{_NUM}\b(?!\s*(?:min|minutes|hours|days))"
)
# (Not "been in this life for almost 15 years", set FY: how long.)
_ALMOST = re.compile(
    rf"(?<!\bfor\s)\b(?:{_I_AM}\s+)?(?:almost|nearly|not\s+yet|not\s+even)\s+{_NUM}\b"
    r"(?!\s*(?:years?|yrs?)\b(?!\s+old))"
)
_NOT_YET = re.compile(rf"\bnot\s+{_NUM}\s+yet\b")
_JUST_TURNED = re.compile(rf"\b(?:just\s+)?turned\s+{_NUM}\b")
# "underage lol but i sell pics", "underage here", "me underage": the band opening the
# message, or after "me", is the writer's. "underage girls are sold there" describes others,
# so only the end of a clause or a filler word may follow.
_UNDERAGE_OPENING = re.compile(
    r"(?:(?:^|[.!?;]\s*)\W*(?:and\s+|but\s+|still\s+|also\s+)?|\b(?P<me>me)\s+(?:still\s+|too\s+)?)"
    r"(?P<band>underage|under\s+age|under\s*18)"
    r"(?=\W*$|\s*[,.!?;)]|\s+(?:lol|lmao|haha|here|btw|and|but|so|too|tho|though|myself|still|"
    r"rn|idk|tbh|honestly|xd|i|im|i'm|af|ok|okay)\b)"
)
# "do u help ppl under 18?? i sell nudes" (set GM): asking whether help is for under-18s is
# the writer's own age told (the youngest reading decides; an adult would not ask).
_HELP_UNDER_18 = re.compile(
    r"\b(?:do|can|will|would) (?:u|you|ya|y'all|you guys) (?:also |even |still )?(?:help|talk to|"
    r"support|take) (?:ppl|people|someone|somebody|anyone|kids|teens|minors|young people|us) "
    r"(?:who are |who r |that are )?(?P<band>under\s*18|under\s+eighteen|underage|under\s+age)\b"
)
# "i'm legal", "im legal now": of legal age. Not "legal here", "legal resident" (the right to
# stay), so only the end of a clause or a filler word may follow.
_LEGAL = re.compile(
    rf"\b{_I_AM}\s+(?:finally\s+|now\s+|fully\s+)?(?P<band>legal)(?:\s+age)?"
    r"(?=\s*(?:$|[,.!?;(])|\s+(?:now|lol|btw|and|but|so|haha|trust|dont|don't|i|im|i'm)\b)"
)
# "i am a student in high school", "im high school student", "I am student at high school":
# the writer at a school for those under 18.
_HIGH_SCHOOL_STUDENT = re.compile(
    rf"\b(?:{_I_AM}|me)\s+(?:still\s+|just\s+|only\s+)?(?:an?\s+)?(?:"
    r"(?:student|pupil)\s+(?:at|in|of)\s+(?:the\s+|a\s+)?(?P<band>high\s*school|gymnasium|"
    r"gymnasiet|secondary\s+school|upper\s+secondary|middle\s+school)"
    r"|(?P<band2>high\s*school|gymnasium|secondary\s+school|middle\s+school)\s+"
    r"(?:student|pupil|girl|boy|kid))\b"
)
# "high school, 2nd year", "gymnasium second year": the school named first.
_YEAR_OF_SCHOOL = re.compile(
    r"\b(?:high\s*school|gymnasium|gymnasiet|upper\s+secondary)\s*,?\s*(?:in\s+)?(?:the\s+|my\s+)?"
    r"(?P<ord>first|1st|second|2nd|third|3rd)\s+year\b"
)
_MINOR_BAND = re.compile(
    rf"\b{_I_AM}\s+(?:still\s+|only\s+|just\s+)?(?:a\s+)?"
    r"(?P<band>minor|underage|under\s+age|under\s+18|under\s+eighteen|kid|child|teen|teenager)\b"
)
# Under 18 said without a number: "too young to drive", "not even old enough to vote",
# "teen guy here", "my 16th birthday is next month".
_YOUNG_SAID = re.compile(
    r"\b(?P<band>too\s+young\s+to\s+(?:drive|vote|drink)|not\s+(?:even\s+)?old\s+enough\s+to\s+"
    r"(?:vote|drive|drink)|teen\s+(?:guy|girl|boy)\s+here|(?:^|[.!?]\s*)teen\s+(?:guy|girl|boy)\b"
    # Set FG: "not even old enough for my learners permit", "i cant drive yet", "im not 18",
    # "my foster mum doesnt know" (a child placed in a foster home).
    r"|not\s+(?:even\s+)?old\s+enough\s+(?:for|to\s+get)\s+(?:my\s+|a\s+)?(?:learner'?s?|"
    r"driver'?s?|driving)\s+(?:permit|license|licence)"
    r"|(?:can'?t|cant|cannot)\s+(?:even\s+)?(?:drive|vote)\s+yet"
    r"|(?:i'?m|im|i\s+am)\s+(?:still\s+)?not\s+(?:even\s+)?(?:18|eighteen)\b"
    # Set GS: "not 18 till june", "wont be 18 until march".
    r"|(?:^|[.,!?;]\s*)\W*not\s+(?:18|eighteen)\s+(?:till|until|til|before|yet)\b"
    r"|\b(?:won'?t|wont|will\s+not)\s+be\s+(?:18|eighteen)\s+(?:till|until|til|before)\b"
    # Set FR: "i am not adult yet", "not an adult yet", "still not adult".
    r"|(?:(?:i'?m|im|i\s+am)\s+(?:still\s+)?|(?:^|[.,!?;]\s*)\W*(?:still\s+)?)not\s+(?:yet\s+)?"
    r"(?:an?\s+)?(?:adult|grown\s*up|of\s+age)(?:\s+yet)?\b"
    r"|my\s+foster\s+(?:mum|mom|mother|dad|father|parents?|family|home|carers?))"
)
# "been sugar dating for 2 yrs now (22, uni student)" (set FG): the writer's age, in
# brackets with a word about the writer.
_BRACKET_ABOUT_ME = re.compile(
    r"\((?P<num>1[0-9]|[2-6][0-9])\s*,\s*(?:uni|university|student|single|mum|mom|f|m|female|"
    r"male|woman|girl|guy|from|living|working)\b[^)]{0,30}\)"
)
# "im a sophomore (16)", "i'm in year 11 (15)" (set GH): the writer describing themselves,
# then the age in brackets; not "im worried about my son (16)".
_I_AM_THEN_BRACKET = re.compile(
    rf"\b{_I_AM}\s+(?:(?!(?:my|her|his|their|our|with|about|for|to|and|of|worried|scared)\b)"
    r"[a-z0-9]+\s+){1,3}\(\s*(?P<num>1[0-9]|[2-6][0-9])\s*\)"
)
# "asking as someone who's 17 and has a sd" (set GI): the writer, described.
_AS_SOMEONE_WHO = re.compile(
    r"\bas\s+(?:someone|somebody|a\s+(?:girl|guy|boy|person|kid|teen))\s+(?:who'?s|who\s+is|"
    rf"that'?s|thats)\s+(?:only\s+|just\s+|still\s+)?{_NUM}\b"
)
_NEXT_BIRTHDAY = re.compile(
    # ("my 16th is in july", "my 16th is next month": the birthday word left out, set GL.)
    r"\bmy\s+(?P<num>1[0-9])(?:th|st|nd|rd)\s+(?:(?:birthday|bday|b-day)\s+)?(?:is|comes|will\s+be)"
    r"\s+(?:next|in|this|on|soon)\b"
)
# "she's in her twenties", "my sister is in her thirties": someone else, an adult.
_OTHER_ADULT_BAND = re.compile(
    r"\b(?:she'?s|he'?s|shes|hes|she\s+is|he\s+is|they\s+are|they'?re|who\s+is|is)\s+in\s+"
    r"(?:her|his|their)\s+(?:early\s+|mid\s+|late\s+)?(?P<band>twenties|20s|thirties|30s|forties|"
    r"40s|fifties|50s)\b|\b(?:her|his|their)\s+(?:early\s+|mid\s+|late\s+)?(?P<band2>30s|thirties|"
    r"40s|forties)\b"
)
# A man described by his age, beside a girl or a child: the age is his, not theirs.
_MAN_AGED = re.compile(
    r"\b(?:man|men|guy|guys|dude|bloke|gentleman|buyer|client|customer|boyfriend)\s+"
    r"(?:who\s+is\s+|who'?s\s+|that\s+is\s+)?in\s+(?:his|their)\s+(?:early\s+|mid\s+|late\s+)?"
    r"(?:twenties|20s|thirties|30s|forties|40s|fifties|50s|sixties|60s)\b"
    r"|\ban?\s+(?:older\s+)?(?:[2-7][0-9])\s*(?:y/?o|-?\s*years?[\s-]*old|yr[\s-]*old)\s+"
    r"(?:man|guy|dude|bloke)\b"
)
_CHILD_OR_HER = re.compile(
    r"\b(?:girls?|daughter|niece|granddaughter|child|children|kids?|teens?|teenagers?|boys?|son|"
    r"nephew|grandson|pupils?|students?|residents?|minors?|she|her)\b"
)
# "mum here. daughter is 17": a relation named at a clause start is someone else.
_RELATION_IS = re.compile(
    r"(?:^|[.!?,;]\s*)(?:(?:my|our)\s+)?(?:\w+'?s\s+)?(?:little\s+|big\s+|younger\s+|older\s+)?"
    r"(?:daughter|son|sister|brother|granddaughter|grandson|niece|nephew|stepdaughter|stepson|"
    r"cousin)\s+(?:is|was|just\s+turned)\s+(?:only\s+|just\s+)?(?P<num>1[0-9]|[2-7][0-9])\b"
)
# "my granddaughter, born 2010": someone else's birth year.
_THEIR_BIRTH_YEAR = re.compile(
    r"\b(?:my|our|her|his)\s+(?:\w+'?s\s+)?(?:\w+\s+)?(?:daughter|son|sister|brother|granddaughter|"
    r"grandson|niece|nephew|child|kid|girl|boy|friend|student|pupil|cousin)\s*[,(]?\s*(?:who\s+(?:w"
    r"as|"
    r"is)\s+|was\s+)?born\s+(?:in\s+)?(?P<year>(?:19|20)\d\d)\b"
)
# "I (f, 27) was raped": the writer's age in brackets after "I".
_I_BRACKET = re.compile(
    r"\bi\s*\(\s*(?:[fm]|female|male|woman|man)?\s*,?\s*(?P<num>1[0-9]|[2-7][0-9])"
    r"\s*(?:,?\s*[fm])?\s*\)"
)
_ADULT_BAND = re.compile(
    rf"\b{_I_AM}\s+(?:an?\s+)?(?:grown\s+)?"
    r"(?P<band>adult|over\s+18|over\s+eighteen|18\+|of\s+age|grown\s+(?:wo)?man|"
    r"in\s+my\s+(?:20s|twenties|30s|thirties|40s|forties|50s|fifties|60s|sixties))"
)
_OTHER_BAND = re.compile(
    rf"\b{_SOMEONE}\s+(?:is|was|are|'s)\s+(?:still\s+|only\s+|just\s+)?(?:a\s+)?"
    r"(?P<band>minor|underage|under\s+18|in\s+(?:middle|high)\s+school|in\s+year\s+(?:[6-9]|1[0-3])"
    r")"
    r"\b"
)
# "my daughter, fifteen, ...", "our son (16)": an age in apposition to someone.
_APPOSITION = re.compile(
    r"\b(?:my|our|her|his)\s+(?:\w+'?s\s+)?(?:\w+\s+)?\w+\s*[,(]\s*"
    + _NUM
    + r"\s*(?:y/?o|yrs?|years?(?:\s+old)?)?\s*[,)]"
)
_OTHER_YEAR = re.compile(
    rf"\b{_SOMEONE}\s+(?:who\s+is\s+|is\s+|'s\s+)?(?:in\s+)?(?:(?:year|grade)\s+"
    r"(?P<year>1[0-3]|[6-9])\b|(?:the\s+)?(?P<year2>1[0-2]|[6-9])(?:th|st|nd|rd)\s+(?:grade|class)\b)"
)


def _number(raw: str) -> int:
    return int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]


def _group(age: int) -> str:
    return MINOR if age < ADULT_AGE else ADULT


def _someone_before(lowered: str, start: int) -> bool:
    """An age placed after someone else ("my sister ... year 9"): theirs."""
    match = re.search(rf"\b{_SOMEONE}\s+(?:\w+\s+){{0,3}}$", lowered[:start])
    # "i am a student in high school": the student is the writer.
    return bool(match) and not _WRITER_IS.search(lowered[: match.start()])


def _described_other(lowered: str, match: re.Match) -> bool:
    """A school year said of someone else: after them, or "a grade 8 student" (set GI)."""
    if _someone_before(lowered, match.start()):
        return True
    owned = _OWNED_YEAR.search(lowered[: match.end()])
    # ("im a year 10 student": the writer is the "a".)
    return bool(owned and _PERSON_AFTER.match(lowered, match.end())
                and not _I_AM_A.search(lowered[: owned.end("owner") + 1]))


_OWNED_YEAR = re.compile(
    r"\b(?P<owner>my|our|her|his|their|a|an|the|one)\s+(?:(?:year|yr|grade|gr\.?)\s?\d+"
    r"|\w+\s+grade(?:r)?)$"
)


# The writer named as that someone: "i am a student", "me a student", "as a student".
_WRITER_IS = re.compile(rf"(?:\b{_I_AM}|\bme|\bas)\s+(?:only\s+|just\s+|still\s+)?$")


# An age under ten is the writer's only when said as years ("i am 9 years old"); a bare small
# number is a count or a time ("we are 5 girls", "i'm 5 minutes away").
MIN_WRITER_AGE = 10
# Under ten, only an age said as one: "i am 9 years old", not "escort 5 years" (how long).
_YEARS_AFTER = re.compile(
    r"\s*-?\s*(?:(?:years?|yrs?)\s+old|år\s+gammal|ar\s+gammal|åring|aring|yo|y/o|y\.o\.?)(?!\w)"
)


def implausible_for_writer(lowered: str, end: int, age: Optional[int]) -> bool:
    """A writer's age below ten not said as years: a count, not an age."""
    return age is not None and age < MIN_WRITER_AGE and not _YEARS_AFTER.match(lowered, end)


def writer_claims(lowered: str) -> Set[Tuple[int, int]]:
    """Spans of ages the writer claims ("im legal (18)"), read by others as someone else's."""
    return {match.span("num") for pattern in (_LEGAL_AGE, _SAME_AGE_AS)
            for match in pattern.finditer(lowered)}


def _aged_owner(lowered: str, match: re.Match) -> str:
    """Whose "X aged N" is: the writer's after "I am" or introducing themselves ("girl aged
    16, from ..."), someone else's after "my" or "a" or with a verb after ("man aged 45 pays")."""
    before = lowered[: match.start()]
    if _AGED_MINE.search(before):
        return SELF
    if _AGED_THEIRS.search(before) or _someone_before(lowered, match.start()):
        return OTHER
    return SELF if _INTRODUCING.match(lowered, match.end()) else OTHER


# What may follow the age of a writer introducing themselves: "girl aged 16, from Eritrea".
_INTRODUCING = re.compile(r"\s*(?:[.,!?;)]|$)|\s+(?:from|and|here|i|im|i'm|with|living)\b")


def english_mentions(lowered: str, short: bool) -> List[Found]:
    """The English age mentions of a lowered message: (group, role, start, end, age)."""
    unowned = None if short else SELF
    found: List[Found] = []
    for match in _UK_YEAR.finditer(lowered):
        age = 5 + int(match.group("year"))  # year 9: 13-14 during the year
        role = OTHER if _described_other(lowered, match) else unowned
        found.append((_group(age), SELF if match.group("me") else role, *match.span("year"), age))
    for match in _US_GRADE.finditer(lowered):
        name = next(n for n in ("grade", "grade2", "grade3") if match.group(n))
        raw = match.group(name)
        age = 6 + (_GRADE_WORDS[raw] if raw in _GRADE_WORDS else int(raw))
        role = OTHER if _described_other(lowered, match) else unowned
        found.append((_group(age), SELF if match.group("me") else role, *match.span(name), age))
    for match in _HIGH_SCHOOL_CLASS.finditer(lowered):
        age = 16 if match.group("year") == "1" else 17
        role = OTHER if _described_other(lowered, match) else unowned
        found.append((_group(age), SELF if match.group("me") else role, *match.span("year"), age))
    for pattern, role in (
        (_OPENING, SELF),
        (_WE, SELF),
        (_THEIRS, OTHER),
        (_ONE_OF, OTHER),
        (_INTRODUCED, SELF),
        (_WORK_INTRO, SELF),
        (_SAME_AGE_AS, SELF),
        (_ME_AGE, SELF),
        (_RELATIVE_AGE, OTHER),
        (_TOLD_THEIRS, OTHER),
        (_GIRL_AGED, OTHER),
        (_AGE_AND_SEX, SELF),
        (_ALSO, SELF),
    ):
        for match in pattern.finditer(lowered):
            age = _number(match.group("num"))
            introduced = re.search(r"[a-z]", lowered[match.start() : match.start("num")])
            if pattern is _INTRODUCED and not introduced:
                continue  # a bare "16" is a short answer: the dialogue decides whose
            if 5 <= age <= 99:
                found.append((_group(age), role, *match.span("num"), age))
    for pattern in (_HEDGED_OPENING, _WERE_ALL):
        for match in pattern.finditer(lowered):
            age = _number(match.group("num"))
            found.append((_group(age), unowned if pattern is _HEDGED_OPENING else SELF,
                          *match.span("num"), age))
    for match in _IF_YOU.finditer(lowered):
        if match.group("num"):
            age = _number(match.group("num"))
            found.append((_group(age), None, *match.span("num"), age))
        else:
            found.append((MINOR, None, *match.span("band"), None))
    for match in _APPOSITION.finditer(lowered):
        age = _number(match.group("num"))
        if 5 <= age <= 99:
            found.append((_group(age), OTHER, *match.span("num"), age))
    for match in _OTHER_YEAR.finditer(lowered):
        name = "year" if match.group("year") else "year2"
        # A UK year is one more than a US grade of the same age ("year 10", "9th grade": 14-15).
        age = (5 if name == "year" else 6) + int(match.group(name))
        found.append((MINOR, OTHER, *match.span(name), age))
    for pattern in (_HIGH_SCHOOL_YEAR, _SCHOOL_BAND, _SIXTH_FORM):
        for match in pattern.finditer(lowered):
            if "band2" in pattern.groupindex and match.group("band2"):
                found.append((MINOR, SELF, *match.span("band2"), None))
                continue
            role = OTHER if _someone_before(lowered, match.start()) else unowned
            found.append((MINOR, role, *match.span("band"), None))
    for match in _MY_SCHOOL_YEAR.finditer(lowered):
        name = "band" if match.group("band") else "band2"
        role = OTHER if _someone_before(lowered, match.start()) else SELF
        found.append((MINOR, role, *match.span(name), None))
    for match in _WE_SCHOOL_YEAR.finditer(lowered):
        found.append((MINOR, SELF, *match.span("band"), None))
    for match in _NORMAL_AT_AGE.finditer(lowered):
        age = int(match.group("num"))
        found.append((_group(age), SELF, *match.span("num"), age))
    for match in _HIGH_SCHOOL_STUDENT.finditer(lowered):
        name = "band" if match.group("band") else "band2"
        found.append((MINOR, SELF, *match.span(name), None))
    for pattern in (_GYMNASIUM_YEAR, _YEAR_OF_SCHOOL):
        for match in pattern.finditer(lowered):
            age = _GYMNASIUM_AGE[match.group("ord")]
            mine = re.search(rf"\b{_I_AM}\b[^.!?;]*$", lowered[: match.start()])
            found.append((_group(age), SELF if mine else unowned, *match.span("ord"), age))
    for match in _TAG.finditer(lowered):
        if _TEAM_BEFORE.search(lowered[: match.start() + 1]):
            continue  # "tränare för F12", "i play in P11": a youth team, not "female, 12"
        name = next(n for n in ("num", "num2", "num3") if match.group(n))
        age = int(match.group(name))
        found.append((_group(age), SELF, *match.span(name), age))
    for pattern in (_HERE, _BARE_AM, _AGED, _A_N_YEAR_OLD, _YO, _I_AM_YEARS, _LEGAL_AGE,
                    _Y_CLOSING):
        for match in pattern.finditer(lowered):
            age = _number(match.group("num"))
            if 5 <= age <= 99:
                role = unowned if pattern in (_AGED, _YO) else SELF
                if pattern is _YO and (
                    _someone_before(lowered, match.start())
                    or (_OWNER_BEFORE.search(lowered[: match.start()])
                        and not _I_AM_A.search(lowered[: match.start()]))
                    or (
                        _PERSON_AFTER.match(lowered, match.end())
                        and not _WRITER_BEFORE.search(lowered[: match.start()])
                        and not _I_AM_A.search(lowered[: match.start()])
                    )
                ):
                    role = OTHER  # "my 15yo", "a 16yo resident", "15yo girl brought in"
                if pattern is _AGED and match.group("me"):
                    role = SELF  # "i am aged 27"
                found.append((_group(age), role, *match.span("num"), age))
    for match in _AGED_PERSON.finditer(lowered):
        age = int(match.group("num"))
        if 5 <= age <= 99:
            role = _aged_owner(lowered, match)
            found.append((_group(age), role, *match.span("num"), age))
    for match in _OPENING_JUST.finditer(lowered):
        name = next(n for n in ("num", "num2", "num3") if match.group(n))
        age = int(match.group(name))
        found.append((_group(age), SELF, *match.span(name), age))
    for pattern, less in ((_TURNING, 1), (_ALMOST, 1), (_NOT_YET, 1), (_JUST_TURNED, 0)):
        for match in pattern.finditer(lowered):
            age = _number(match.group("num")) - less
            if 5 <= age <= 99:
                role = OTHER if _someone_before(lowered, match.start()) else unowned or SELF
                found.append((_group(age), role, *match.span("num"), age))
    for match in _GRADER.finditer(lowered):
        found.append((MINOR, SELF, *match.span("band"), None))
    for match in _ALL_OVER.finditer(lowered):
        found.append((ADULT, SELF, *match.span("band"), None))
    for match in _MINOR_BAND.finditer(lowered):
        found.append((MINOR, SELF, *match.span("band"), None))
    for match in _RELATION_IS.finditer(lowered):
        age = int(match.group("num"))
        found.append((_group(age), OTHER, *match.span("num"), age))
    for match in _THEIR_BIRTH_YEAR.finditer(lowered):
        age = datetime.date.today().year - int(match.group("year")) - 1  # before the birthday
        if 5 <= age <= 99:
            found.append((_group(age), OTHER, *match.span("year"), age))
    for match in _OTHER_ADULT_BAND.finditer(lowered):
        name = "band" if match.group("band") else "band2"
        found.append((ADULT, OTHER, *match.span(name), None))
    for match in _DESCRIBED.finditer(lowered):
        if re.search(r"\b(?:i\s+am|i'?m|im|i’m|me|as|being)\s+(?:only\s+|just\s+|still\s+)?$",
                     lowered[: match.start()]):
            continue  # "I am a 16 year old girl": the writer's own, read above
        name = next(n for n in ("num", "num2", "num3", "num4") if match.group(n))
        age = int(match.group(name))
        found.append((_group(age), OTHER, *match.span(name), age))
    for match in _YOUNG_SAID.finditer(lowered):
        role = OTHER if _someone_before(lowered, match.start()) else SELF
        found.append((MINOR, role, *match.span("band"), None))
    for match in _NEXT_BIRTHDAY.finditer(lowered):
        age = int(match.group("num")) - 1
        found.append((_group(age), SELF, *match.span("num"), age))
    for match in _BRACKET_ABOUT_ME.finditer(lowered):
        age = int(match.group("num"))
        found.append((_group(age), SELF, *match.span("num"), age))
    for match in _AS_SOMEONE_WHO.finditer(lowered):
        age = _number(match.group("num"))
        found.append((_group(age), SELF, *match.span("num"), age))
    for match in _I_AM_THEN_BRACKET.finditer(lowered):
        age = int(match.group("num"))
        found.append((_group(age), SELF, *match.span("num"), age))
    for match in _I_BRACKET.finditer(lowered):
        age = int(match.group("num"))
        found.append((_group(age), SELF, *match.span("num"), age))
    for match in _UNDERAGE_OPENING.finditer(lowered):
        said = match.group("me") or lowered[match.end("band") :].strip(" .!?")
        found.append((MINOR, SELF if said else unowned, *match.span("band"), None))
    for match in _HELP_UNDER_18.finditer(lowered):
        found.append((MINOR, SELF, *match.span("band"), None))
    for pattern in (_ADULT_BAND, _LEGAL):
        for match in pattern.finditer(lowered):
            found.append((ADULT, SELF, *match.span("band"), None))
    for match in _OTHER_BAND.finditer(lowered):
        found.append((MINOR, OTHER, *match.span("band"), None))
    if not any(item[1] == SELF for item in found):
        for match in _LIKE_US.finditer(lowered):
            age = int(match.group("num"))
            found.append((_group(age), SELF, *match.span("us"), age))
    if _ABOUT_THEM_ONLY.match(lowered) and not _WRITER_WORD.search(lowered):
        found = [(group, OTHER, *rest) for group, _role, *rest in found]
    if _CHILD_OR_HER.search(lowered):
        # "one of the girls left with a man in his 40s": the age of the man she is with,
        # not of the one the message is about (set EX).
        men = [m.span() for m in _MAN_AGED.finditer(lowered)]
        found = [
            item
            for item in found
            if not (
                item[0] == ADULT
                and item[1] == OTHER
                and any(start <= item[2] and item[3] <= end for start, end in men)
            )
        ]
    return [
        item
        for item in found
        if item[1] != SELF or not implausible_for_writer(lowered, item[3], item[4])
    ]
