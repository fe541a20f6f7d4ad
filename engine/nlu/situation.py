"""What a message tells about the person's situation, beyond one intent label.

A message can say several things at once: "jag e 15 o en gubbe swishar mig,
är det olagligt?" is a child being paid for sex (the situation), asking
about the law (the question), about herself (who is concerned). One intent
cannot carry that, so each message gets a `Situation`:

- `signs`: what is happening (exchange, buying, unwanted, coercion,
  sexual_violence, images_spread, exit, health, danger, suicidal);
- `asks`: what is asked (law, anonymity, contact, human, service);
- `concerned`: whose situation it is (self, other, professional).

Signs come from two places. The rules in lexicon/ read the folded text;
the statistical intent classifier adds the sign of its intent when it is
confident enough. Signs of being a victim (coercion, sexual violence, spread
images, danger, suicidal thoughts) are *authoritative*: the rules find them
whatever the classifier says, and they remove the classifier's "unwanted
sexuality" reading, because telling a victim to seek help for "your thoughts"
is the most harmful answer the bot can give. The other rule signs only fill
in when the classifier has nothing to say. `decide_intent` then picks the
intent Rasa's rules act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Optional

from engine.nlu.age import MINOR as AGE_MINOR
from engine.nlu.age import OTHER as AGE_OTHER
from engine.nlu.age import SELF as AGE_SELF
from engine.nlu.age import AgeMention, find_ages
from engine.nlu.crisis import (
    ACUTE_DANGER,
    SUICIDAL,
    away_or_silent,
    child_gone,
    child_meets_adult_soon,
    child_with_adult_now,
    child_with_them_now_en,
    crisis_intent,
    without_figures,
)
from engine.nlu.lexicon import (
    ASK_PATTERNS,
    DONE_TO_ME,
    DONE_TO_ME_BY_THEM,
    DONE_TO_THEM,
    FIRST_PERSON,
    FOR_ME,
    PERPETRATOR,
    RELATION,
    SIGN_PATTERNS,
    THIRD_PERSON,
    WRITER_INCLUDED,
    WRITER_OWN_ACT,
    WRITER_SELLS,
    WRITER_WORRIES,
    compile_all,
)
from engine.nlu.lexicon.asks import LAW_OF_BUYING_ASKED
from engine.nlu.lexicon.english import EN_WRITER_BUYS
from engine.nlu.lexicon.paid import BOUGHT_FROM, KEEPS_SUGAR_BABY, WRITER_BUYS
from engine.nlu.text import fold, repaired, standard

SELF = "self"
OTHER = "other"
PROFESSIONAL = "professional"

VICTIM_SIGNS = frozenset({"coercion", "sexual_violence", "images_spread", "danger", "suicidal"})
# Below this confidence the classifier's intent adds no sign (FallbackClassifier's threshold).
MIN_CONFIDENCE = 0.3

# The sign each intent of the classifier stands for.
SIGN_BY_INTENT: Dict[str, str] = {
    "sells_sex": "exchange",
    "sugar_dating": "exchange",
    "sells_images": "exchange",
    "self_harm_sex": "exchange",
    "relative_sells_sex": "exchange",
    "buys_sex": "buying",
    "relative_buys_sex": "buying",
    "sexual_thoughts_children": "unwanted",
    "urge_to_force": "unwanted",
    "compulsive_sexual_behaviour": "unwanted",
    "relative_unwanted_sexuality": "unwanted",
    "coerced_exploited": "coercion",
    "sexual_assault": "sexual_violence",
    "images_spread": "images_spread",
    "wants_out": "exit",
    "health_question": "health",
    "acute_danger": "danger",
    "suicidal": "suicidal",
}
ASK_BY_INTENT: Dict[str, str] = {
    "ask_law_selling": "law",
    "ask_law_buying": "law",
    "ask_law_minors": "law",
    "ask_anonymity": "anonymity",
    "ask_contact": "contact",
    "ask_about_service": "service",
    "request_human": "human",
}
RELATIVE_INTENTS = frozenset(
    {"relative_sells_sex", "relative_buys_sex", "relative_unwanted_sexuality"}
)
# Intents that say nothing about a situation: a rule sign overrides them.
SMALL_TALK = frozenset(
    {
        "greet",
        "goodbye",
        "thanks",
        "affirm",
        "deny",
        "bot_challenge",
        "chitchat",
        "out_of_scope",
        "nlu_fallback",
        "inform_age",
    }
)
# The intent that stands for a sign, when a rule sign has to replace the classifier's.
INTENT_BY_SIGN = {
    "suicidal": SUICIDAL,
    "danger": ACUTE_DANGER,
    "sexual_violence": "sexual_assault",
    "coercion": "coerced_exploited",
    "images_spread": "images_spread",
    "exchange": "sells_sex",
    "exit": "wants_out",
    "buying": "buys_sex",
    "unwanted": "compulsive_sexual_behaviour",
    "health": "health_question",
}
INTENT_BY_ASK = {
    "law": "ask_law_selling",
    "anonymity": "ask_anonymity",
    "contact": "ask_contact",
    "human": "request_human",
    "service": "ask_about_service",
    "report": "ask_contact",  # answered with the police (actions/respond.py)
}
# Order of precedence when one sign has to stand for the message.
SIGN_ORDER = (
    "suicidal",
    "danger",
    "sexual_violence",
    "coercion",
    "images_spread",
    "exit",
    "exchange",
    "health",
    "buying",
    "unwanted",
)

_SIGNS = compile_all(SIGN_PATTERNS)
_ASKS = compile_all(ASK_PATTERNS)
_RULE_ONLY = frozenset({"professional", "other_person"})
# Who the other person is, not what happens: added back only for someone else's situation.
_WHO_SIGNS = frozenset({"about_child", "peer", "adult_relative"})
_RELATION = re.compile(RELATION)
_FIRST_PERSON = re.compile(FIRST_PERSON)
_PERPETRATOR = re.compile(PERPETRATOR)
# Something done to the writer ("betalar mig", "tvingar mig"): their own situation.
# What is the writer's own: "min lön", "mina pengar", "mitt pass".
_MINE = re.compile(
    r"\b(?:min (?:lon|kropp|telefon|mobil|inkomst)|mina (?:pengar|papper|bilder|nudes)|"
    r"mitt (?:pass|id|konto|kort)|(?:bilder|bild|nudes|filmer|film|video|videon|klipp) "
    r"(?:av|pa) (?:mig|mej)"
    # English: "my boyfriend put my photos on site ... he keep all the money".
    r"|my (?:photos?|pictures?|pics|nudes|videos?|body|passport|papers|money|phone))\b"
)
_THIRD_PERSON = re.compile(THIRD_PERSON)
# A parent or spouse who sells (set CN): told by the child or partner, it is theirs.
_RELATIVE_SELLS = re.compile(
    r"\b(?:hon|han|she|he)\s+(?:\w+\s+)?(?:traffar|saljer|salde|salt|tar betalt|sells?|sold|"
    r"meets?|sees?|sleeps? with|ligger med)\s+(?:\w+\s+)?(?:man|kunder|gubbar|sex|sig|men|clients|"
    r"guys|customers|for pengar|for money)\b"
)
_DONE_TO_THEM = re.compile(DONE_TO_THEM)
_DONE_TO_ME_BY_THEM = re.compile(DONE_TO_ME_BY_THEM)
_FOR_ME = re.compile(FOR_ME)
_DONE_TO_ME = re.compile(DONE_TO_ME)
_WRITER_SELLS = re.compile(WRITER_SELLS)
_WRITER_OWN_ACT = re.compile(WRITER_OWN_ACT)
_TO_ME = re.compile(r"\b(?:mig|mej|me)\b")
_BOUGHT_FROM = re.compile(BOUGHT_FROM)
_WRITER_BUYS = re.compile(WRITER_BUYS)
# "mig" that says nothing of what is done to the writer (set CD, a grandparent): "bor hos
# mig", "vad jag ska ta mig till", "hon sa till mig", "hjälp mig".
_NOT_A_DEED = re.compile(
    r"\b(?:bor|bodde|sover|ar|e|finns|var|stannar) (?:\w+ )?hos (?:mig|mej)\b"
    r"|\bta (?:mig|mej) till\b|\bhjalp\w* (?:mig|mej)\b|\b(?:sa|sade|berattade|berattat|skrev|"
    r"skriver|skrivit|sagt) "
    r"(?:\w+ ){0,2}?(?:till|for) (?:mig|mej)\b|\b(?:ringde|smsade|sms ade|messade|snappade) "
    r"(?:\w+ )?(?:mig|mej)\b"
    # "one of the boys told me men pay him": telling the writer is no deed done to them.
    r"|\b(?:told|tells|tell|telling|asked|asks|texted|texts|called|calls|messaged|wrote to|"
    r"said to|confided in|showed) me\b"
    # "my daughter just sent me 'sorry mum ...'": a message sent is no deed either.
    r"|\b(?:sent|sends|send) me (?:a |an |this |her |his )?(?:message|text|msg|snap|voice ?note|"
    r"sms|dm|'|\")"
    # "she sent me her location", "sent me 'help'", "made me promise", "said come get me":
    # a message to the writer, not a deed.
    r"|\b(?:sent|sends|send) me '?(?:her|his|their|a|an|the|this|that|messages?|texts?|location|"
    r"help|pics? of (?:her|him))\b"
    r"|\b(?:sent|sends|send) me (?:the |an? )?address\b"
    r"|\b(?:made|makes|make) me (?:promise|swear)\b"
    # Reported speech (set DG): "skrev 'dom låter mig inte gå'", "texted 'they wont let me go'".
    r"|\b(?:skrev|skriver|smsade|sa|sade|texted|wrote|said|says|texts) (?:bara |just |typ )?"
    r"'[^']{3,80}'"
    r"|\b(?:say|says|said|texted|wrote|writes|screamed|shouted) '?(?:come get me|help me|help)\b"
    # "colleagues take me to apartment with thai girls, i pay": brought along, not a deed.
    r"|\b(?:colleagues?|friends?|mates?|my boss|a colleague|buddies) (?:\w+ )?(?:took|take|takes|"
    r"brought|bring|brings) me\b"
)
_WRITER_WORRIES = re.compile(WRITER_WORRIES)
_WE = re.compile(r"\b(?:vi|oss|we|us)\b")
_WE_STAFF = re.compile(r"\bvi (?:\w+ ){0,3}?(?:slussa|hanvisa|skicka|lotsa|har gripit|gor)\b")
_WRITER_INCLUDED = re.compile(WRITER_INCLUDED)
# Where a buyer met her ("en sugarsida", "via onlyfans"): a site, not a sign of being paid.
_SITES = re.compile(
    # ("a sugar site", "en sugar app", set GP: the words apart too.)
    r"\b(?:sugar|cam|webcam|onlyfans|escort)\w* ?(?:sida|sidan|sidor|sajt|sajten|sajter|app|appen|"
    r"site|sites|website|dating site|dating app)\b|\b(?:pa|via|on) (?:onlyfans|webcam|cam)\b|\b"
    r"(?:onlyfans|only fans)\b"
)
# The writer gives the "extras": "i do massage w happy ending", "jag ger massage med avslut".
_I_GIVE_EXTRAS = re.compile(
    r"\bi (?:do|give|offer|provide|did|gave) (?:\w+ )?massages? (?:w|with|w/) (?:a )?"
    r"(?:happy endings?|extras?)\b"
    r"|\b(?:jag|ja) (?:ger|gor|erbjuder|gav|gjorde) (?:\w+ )?massage (?:med|me) (?:happy ending|"
    r"avslut\w*|extra\w*)\b"
    # Set GA: "I am thai massage lady ... customer ask happy ending and I do it".
    r"|\b(?:i am|im|i'm|i work as|i work in|i work at) (?:a |an )?(?:\w+ )?massage (?:lady|girl|"
    r"woman|therapist|worker|salon|parlou?r|place)\b"
    r"|\b(?:customers?|clients?|men|guys) (?:\w+ )?(?:ask|asks|want|wants|asked|wanted) "
    r"(?:for |me for )?(?:a )?(?:happy endings?|extras?)\b"
    r"|\b(?:kunder\w*|kunden|mannen|manga) (?:\w+ )?(?:vill ha|fragar efter|ber om) "
    r"(?:happy ending|extra\w*|avslut\w*)"
    # Set DJ, Swedish as a second language: "jobbar massage med extra", "massage jobb, 'happy
    # ending' ar del av jobbet".
    # (The writer's own work: opening, after "jag" or after an age; not "min kille jobbar".)
    r"|(?:^\W*|\b(?:jag|ja|i|har|hade)\s+|\b\d{2}\s+)(?:jobbar|jobba|arbetar|arbeta|work|jobbat|"
    r"arbetat|jobbade|arbetade|worked|have worked) "
    r"(?:pa |med |som |i |on |at |in )?"
    r"(?:en |a )?(?:\w+ )?massage\w*\b"
    r"|\bmassage ?jobb\w*\b.{0,40}?\b(?:happy ending|extra\w*|avslut\w*)"
    r"|\b(?:happy ending|extra\w*|avslut\w*) (?:\w+ ){0,2}?(?:ar |is )?(?:en )?(?:del|part) "
    r"(?:av|of) (?:jobbet|the job)\b"
)
# Someone else selling, in a buyer's message: "a girl on an app selling nudes", "a flat
# where girls do stuff for cash", "tjejer som säljer" (set FF).
_OTHERS_SELL = re.compile(
    r"\b(?:girls?|women|woman|ladies|lady|escorts?|tjej\w*|kvinn\w*|she|they)\b(?: \w+){0,5}? "
    r"(?:selling|sells|sell|sold|do|does|doing|who sell\w*|that sell\w*|som saljer|saljer)"
    r"(?: \w+){0,3}?(?: for (?:money|cash|gifts)| for pengar)?\b"
)
_HER = re.compile(r"\b(?:hon|henne|hennes|she|her|kvinna|kvinnor|kvinnan|tjej\w*|flick\w*|women|"
                  r"woman|girls?)\b")
_MY = re.compile(r"\b(?:min|mitt|mina|my)\b")
_ONE_WHO_PAYS = re.compile(
    r"\b(?:sugar ?dadd\w*|sugar ?mamm\w*|sugar ?mom\w*|kunden|torsken|koparen|gubben|snubben|"
    r"(?:en|min|nan|nagon) (?:aldre |vuxen |gift )?(?:man|kille|gubbe|snubbe|kund|torsk))\b"
)
# Folded text has no punctuation, so "he/she" anywhere tells of a third person.
_THIRD_WORD = re.compile(r"\b(?:han|hon|hen|he|she|honom|henne)\b")
# The writer is the one who pays: "jag betalade henne".
_WRITER_GIVES = re.compile(
    r"(?<!om )\b(?:jag|ja|jg) (?!inte\b)(?:\w+ )?(?:betala\w*|swisha\w*|gav|ger|kopte|koper)\b"
    r"|\bi (?:\w+ )?(?:paid|pay|gave)\b"
)
# The writer is the buyer: "jag är kund", "im a customer", "Paid for a girl at a hotel",
# "I met a girl from an ad and paid her", "jag köpte sex av en tjej".
_WRITER_BUYS = re.compile(
    r"\b(?:jag|ja|jg) (?:ar|e) (?:en |den )?(?:kund|kopare|torsk)\b"
    r"|\b(?:jag|ja|jg) (?:har )?(?:kopte|kopt|betalade|betalat) (?:sex|for sex|en tjej|en kvinna|"
    r"henne|honom)\b"
    r"|\b(?:i'?m|i am|im) (?:a |the )?(?:customer|client|buyer|punter|john)\b(?! of)"
    r"|\b(?:i|we) (?:\w+ ){0,2}?(?<!get )(?<!got )(?<!gets )(?<!am )(?<!was )(?<!being )(?<!getting"
    r" )(?<!be )(?<!been )(?:paid|pay|payed|paying|bought|buy) (?:for )?(?:sex|a|an|the|this|"
    r"that|one|her|him)\b"
    r"|^\W*(?:paid|payed) (?:for )?(?:a|an|the) "
    r"|\b(?:met|found|booked|called) (?:a|an|this) (?:\w+ ){0,5}?and (?:then )?(?:paid|payed) "
    r"(?:her|him)\b"
    # "min flickvän får tusen kr varje gång vi ses" (set DW): paid for meeting the writer.
    r"|\bfar (?:\d+ ?(?:k|kr|kronor|spann|lax)?|tusen\w*|en tusenlapp|pengar|betalt|cash) "
    r"(?:\w+ ){0,2}?"
    r"(?:varje gang|nar|efter|efter att|sa fort) vi (?:ses|traffas|har sex|ligger|har traffats)\b"
    r"|" + EN_WRITER_BUYS
)
# A message that opens with someone close: "My sister is 17 and she ...", "my little brother
# (16) stays with an older man": theirs, unless something is done to the writer too.
_OPENS_WITH_CLOSE_ONE = re.compile(
    # "mum here. daughter is 17", "I am writing about my granddaughter".
    r"^\W*(?:(?:hi|hello|hey|hej)\W+)?(?:mum|mom|dad|mother|father|parent|grandma|grandmother|"
    r"grandpa|grandfather|aunt|auntie|uncle|big sister|big brother) here\b"
    r"|\b(?:i am|i'?m|im) writing (?:about|for|on behalf of) (?:my|our)\b"
    r"|^\W*(?:(?:hi|hello|hey|hej)\W+)?(?:my|our) (?:\w+ )?(?:little |big |younger |older |best |"
    r"baby )?(?:sister|brother|cousin|friend|daughter|son|niece|nephew|bestie|bff|classmate|"
    r"roommate|flatmate|aunt|uncle|mum|mom|mother|dad|father|grandson|granddaughter|"
    r"stepdaughter|stepson|stepsister|stepbrother|grandaughter|foster ?(?:son|daughter|child|kid)|"
    r"grandchild)\b"
)
# Set CN: "min kompis i klassen (vi går i nian) tror hon fått klamydia": told of them, unless
# the writer is the one done to ("min kompis storebror säljer mig") or does it too.
_OPENS_WITH_CLOSE_ONE_SV = re.compile(
    r"^\W*(?:(?:hej|hejsan|halla)\W+)?(?:(?:mormor|morfar|farmor|farfar|mamma|pappa|morsan|"
    r"farsan|foralder|storasyster|storebror) har\W+)?(?:min|mitt) (?:\w+ )?(?:kompis|bastis|van|"
    r"vaninna|"
    r"tjejkompis|killkompis|klasskompis|syster|lillasyster|storasyster|bror|lillebror|storebror|"
    r"kusin|dotter|son|systerdotter|brorsdotter|dotterdotter|dotterson|sondotter|sonson|barnbarn)\b"
)
_ME_OR_BOTH = re.compile(
    r"\b(?:mig|mej)\b|\b(?:bada|bagge) (?:tva|vi)\b|\bvi (?:\w+ )?(?:bada|bagge)\b"
)
# The writer's own urge beside a job named: "i am teacher and i feel attraction for one
# student girl" is no professional's question.
_OWN_URGE_EN = re.compile(
    r"\bi (?:\w+ ){0,2}?(?:feel|have|get|think|thought|am attracted|fantasi\w*|keep thinking|look|"
    r"looking|watch|watching)\b"
)
# Students who are adults: "a counsellor at an SFI school for adults. One of my students".
_ADULT_SCHOOL = re.compile(
    r"\b(?:sfi|komvux|folkhogskola\w*|school for adults|adult education|adult school|university|"
    r"universitet\w*|hogskola\w*|college)\b"
)
# A man named as the one who pays, in a message about someone else: "a man who pays girls
# for sex", "a man we know buys sex", "gang members who pimp girls out".
_THIRD_PARTY_PAYS = re.compile(
    r"\b(?:a|an|the|some|this|that) (?:\w+ ){0,2}?(?:man|men|guy|guys|buyer|buyers)\b(?: \w+){0,5}?"
    r" "
    r"(?:(?:who|that|which) (?:we know |everyone knows |people say )?|(?:we|i|everyone|people) "
    r"(?:know|knows|think|say|says) )(?:pays?|paid|buys?|bought)\b"
    r"|\b(?:a |the )?(?:sex )?buyer'?s (?:flat|place|apartment|car|hotel)\b"
    # "en äldre man betalade resan till ett hotell och väntar där" (set BQ).
    # "om en 25åring betalar en 15åring" (set CM): a payer named by an age.
    r"|\b(?:en|nan|nagon) (?:\w+ ){0,2}?(?:man|gubbe|kille|snubbe|vuxen|\d{2} ?-?aring)\b"
    r"(?: \w+){0,3}? "
    r"(?:betalade|betalar|har betalat|betalat|swishade|swishar|bjod pa|bjuder pa)\b"
)
# Paying named in English, for a child with someone now: "a man pays her with vapes".
_PAY_WORD_EN = re.compile(
    r"\b(?:pays?|paid|paying|money|cash|buyer'?s?|buys|vapes?|gifts?|swish\w*)\b"
)
# A message about her alone: "she has a 'sugar daddy' who pays her phone bill".
_SHE_OPENS = re.compile(r"^\W*(?:she|shes|she's|she is)\b")
_THEY_OPEN = re.compile(r"^\W*(?:hon|han|(?:hans|hennes) \w+)\b")
_HER_OR_HIM = re.compile(r"\b(?:henne|honom)\b")
# "I found out he's been getting money from men online" (set FZ): the writer learned of it.
_FOUND_OUT_OF_THEM = re.compile(
    r"\bi (?:just |recently )?(?:found out|noticed|discovered|learned|learnt|heard|saw|see|"
    r"suspect|think) (?:that )?(?:he|she|hes|shes)\b"
)
_FIRST_PERSON_EN = re.compile(r"\b(?:i|i'?m|im|i'?ve|me|my|mine|we|us|our)\b")
# The writer's own journey or work, not a professional's: "I came from Colombia for work
# in a restaurant ... say I work with men until the debt is finish".
_WRITER_BROUGHT = re.compile(
    r"\bi (?:came|come|was brought|was taken|travel+ed) (?:\w+ ){0,3}?(?:for (?:a )?(?:work|job)|"
    r"to (?:sweden|stockholm|work))\b"
    r"|\bi (?:must |have to |had to )?(?:work|working|worked) with (?:the )?(?:men|clients|customer"
    r"s)\b"
    r"|\b(?:my|the) debt (?:is|for)\b"
    # "my uncle brought me here from Nigeria" (set GA): the writer was brought.
    r"|\b(?:brought|took|sent|trafficked|smuggled) me (?:here|to (?:sweden|europe|stockholm|this "
    r"country))\b"
    # "my uncle brought me from Nigeria, i work in his friend's house" (set GO).
    r"|\b(?:brought|took|sent|trafficked|smuggled|bring|bringed) me (?:\w+ )?from\b"
    r"|\b(?:men|man|clients|customers) (?:\w+ )?(?:come|comes|came|coming) (?:in)?to my (?:room"
    r"|bed)\b"
    r"|\bi (?:must|have to|need to) pay (?:\w+ )?back\b"
)
# "a boy in my class put my face on a porn video": the writer's own image, whoever did it.
_MY_IMAGE = re.compile(
    r"\b(?:put|puts|putting|photoshopped|edited|pasted|faked) my (?:face|head|pics?|photos?|"
    r"pictures?|body) (?:on|onto|into|in)\b"
    # "e 17, skickade en video till en jag trodde va min kille och nu säljer nån den" (DS).
    r"|(?:^\W*|\b(?:jag|ja|jg) (?:\w+ )?|\b(?:e|ar) 1\d )(?:skickade|skickat|skicka) (?:en |ett |"
    r"mina |min |nagra |massa )?(?:video\w*|bild\w*|nudes?|nakenbild\w*|film\w*|klipp|snaps?) "
    r"(?:\w+ )?till\b"
)
# The writer's own urges about a child named ("am 13 and i have sexual thoughts about my
# little sister", "I get urges to touch my little cousin"): theirs, not the child's situation.
_OWN_URGE_ABOUT = re.compile(
    r"\bi (?:\w+ )?(?:have|get|got|keep having|am having|had) (?:\w+ )?(?:sexual )?(?:thoughts|"
    r"urges|fantasies|feelings) (?:about|to touch|of touching|for)\b"
)
_GIVES_THEM_EN = re.compile(
    r"\b(?:give|gives|gave|given|offer|offers|offered|pay|pays|paid|buy|buys|bought|send|sends|"
    r"sent) (?:him|her|them)\b"
)
_GIVES_THEM = re.compile(
    r"\b(?:ger|gav|gett|erbjuder|erbjod|bjuder|betalar|betalade|swishar|swishade|koper|kopte) "
    r"(?:honom|henne|hen)\b|" + _GIVES_THEM_EN.pattern
)
# "en av tjejerna har börjat sugardejta": someone in the writer's care.
_ONE_OF_THEM = re.compile(
    r"\ben av (?:tjejerna|killarna|eleverna|ungdomarna|de boende|vara|mina|vara boende)\b"
    r"|\bone of (?:the|our|my) (?:girls|boys|kids|students|pupils|residents|clients|patients|"
    r"young people|youths?)\b"
)
_PAID_THEM = re.compile(
    # "en lägenhet där män betalar för honom" (set BQ): men pay to have him.
    r"\b(?:man|killar|gubbar|vuxna|kunder|snubbar|nagon|nan|folk) (?:\w+ )?(?:betalar|betalade|"
    r"betalat|swishar|swishade) for (?:honom|henne|hen)\b|"
    r"\b(?:betala\w*|swisha\w*) (?:henne|honom|hen|(?:min|mitt|var) (?:\w+ )?(?:kompis|van|"
    r"vannina|syster|lillasyster|dotter|son|bror|lillebror|kusin|klasskompis|tjejkompis|"
    r"killkompis|elev))\b"
    # "min dotter 15 ... i en lägenhet med flera män som betalat": the men paid her.
    r"|\b(?:man|killar|gubbar|vuxna|kunder|personer|snubbar)\b (?:\w+ )?som (?:har )?"
    r"(?:betalat|betalar|betalade|swishat|swishar|swishade)\b(?! (?:for )?(?:mig|mej)\b)"
    # "older men are paying him for sex": the one close is paid.
    r"|\b(?:pay|pays|paying|paid|give|gives|giving|gave) (?:him|her) (?:money |cash )?(?:for|to "
    r"have) (?:sex|it)\b"
)
# "what I can do for her", "hur kan jag hjälpa honom": the writer helps someone else.
_HELP_THEM = re.compile(
    r"\b(?:vad|hur) (?:kan|ska|bor|borde) (?:jag|ja|vi) (?:gora for|hjalpa) (?:henne|honom|hen)\b"
    r"|\bwhat (?:can i|i can|should i|do i|could i) do (?:for|to help) (?:her|him)\b"
    r"|\bhow (?:can|do|should|could) i help (?:her|him)\b"
    # "vart slussar jag henne?": the writer refers someone else on.
    r"|\b(?:vart|var|till vem|hur) (?:kan |ska |bor )?(?:jag|ja|vi) (?:\w+ )?"
    r"(?:slussa|skicka|hanvisa|lotsa|remittera|vanda)\w* (?:henne|honom|hen)\b"
    r"|\b(?:vart|var|till vem|hur) (?:slussa|skicka|hanvisa|lotsa|remittera)\w* (?:jag|ja|vi) "
    r"(?:henne|honom|hen)\b"
)
_WHAT_NOW = re.compile(r"\b(?:vad|va) (?:hander|kommer (?:att )?handa) (?:nu|sen|da)\b"
                       r"|\bwhat (?:happens|will happen) (?:now|next|to me)\b")
# "jag säljer ... nu har min lillasyster på 14 börjat också": someone close is in it too.
_CLOSE_ONE_TOO = re.compile(
    r"\b(?:min|mitt|mina|my) (?:\w+ )?(?:syster|lillasyster|storasyster|bror|lillebror|kompis|"
    r"kompisar|van|vannina|vaninna|bastis|kusin|dotter|son|sister|brother|friend)\b(?: \w+){0,4}? "
    r"(?:har )?(?:borjat|gor det|gor de|saljer|salt|traffar (?:dom|gubbar|kunder)|started|"
    r"does it|sells)\b(?: \w+){0,2}? (?:ocksa|med|too|as well)\b"
)
# Words that name a work role or a person other than the writer (for a professional's
# reading, situation._concerned).
_SOMEONE_ELSE_NAMED = re.compile(
    r"\b(?:jobbar|arbetar|jobb|arbete|tjanst|work|job|personal|handlaggare|polis|person|"
    r"pojke|ungdom|ung|klient|elev|brukare|patient|foralder|foraldrar)\w*"
)
# Words without which a message is not about one's own sexuality (every Preventell case
# of the read routing sets has one or a rule sign): the classifier alone needs one.
_URGE_WORDS = re.compile(
    r"\b(?:tank\w*|tanke\w*|fantas\w*|fantis\w*|dras|drar mig|attraher\w*|upphets\w*|tand|"
    r"tander|kat|"
    r"porr\w*|barn\w*|onan\w*|sexualitet\w*|sexuell\w*|lust\w*|begar\w*|impuls\w*|tvang\w*|"
    r"beroende|missbruk|kan inte sluta|blott\w*|smyg\w*|fetisch\w*|pedofil\w*|minderarig\w*|"
    r"yngre|unga|tonaring\w*|kolla\w*|tittar|titta\w*|bilder|filmer|urges?|thoughts?|"
    r"attracted|porn|kids|children|sex\w*|tvinga\w*|valdta\w*|preventell|1[0-7])\b"
)
# In a question, a writer's own age or "get in touch" is no word of urges ("how do i get in
# touch with stödcentrum, im 17").
_AGE_OR_TOUCH = re.compile(r"\b(?:get |be |keep |stay )?in touch\b|\b(?:i'?m|im|i am) 1[0-7]\b")
# Children named: urges about them are the writer's own, not a purchase.
_CHILD_WORDS = re.compile(
    r"\b(?:barn\w*|minderarig\w*|yngre|kids?|children|minors?|underage|younger|"
    r"little (?:girls|boys))\b"
)
# The impersonal "man" buying: the writer asking about their own purchase.
# A last word sent through the bot to someone close: the writer's own goodbye.
_MY_LAST_WORDS = re.compile(
    r"\b(?:sag|saga|tell) (?:till )?(?:min|mitt|mina|my|mamma|pappa|mum|mom|dad) (?:\w+ )?"
    r"(?:att|that)\b"
)
# Someone else's health asked about: "tror hon e gravid", "vart ska hon vända sig".
_THEIR_HEALTH = re.compile(
    r"\b(?:hon|han|hen|she|he|shes|hes)\b (?:\w+ ){0,2}?(?:gravid|pregnant|smittad|infected)\b"
    r"|\b(?:vart|var|where|who) (?:ska|kan|can|should|could) (?:hon|han|hen|she|he) "
    r"(?:\w+ )?(?:vanda sig|ga|go|turn|get tested|testa sig|fa hjalp|get help)\b"
)
_MY_HEALTH = re.compile(
    r"\b(?:jag|ja|i|im)\b (?:\w+ ){0,2}?(?:gravid|pregnant|smittad|infected)\b"
    r"|\b(?:vart|var|where) (?:ska|kan|can|should|do) (?:jag|ja|i) (?:\w+ )?(?:vanda mig|ga|go|"
    r"turn|get tested|testa mig)\b"
)
# Others lured with money or drink, told by someone who saw it (set CT, night walkers).
_LURES_OTHERS = re.compile(
    r"\b(?:erbjuder|erbjod|lovar|lovade|bjuder|bjod|offer|offers|offered|promise|promises|"
    r"promised) (?:tjejer|tjejerna|killar|killarna|unga|ungdomar|barn|flickor|pojkar|girls|boys|"
    r"kids|teens|young people)\b"
)
# The writer drives or fetches someone somewhere: a driver telling of the one driven.
_I_CARRY_SOMEONE = re.compile(
    r"\b(?:jag|ja|jg|i)\b (?:\w+ )?(?:kor|korde|skjutsar|skjutsade|hamtar|hamtade|drive|drove|"
    r"pick up|picked up)(?: ofta| ibland| alltid| often| sometimes)? "
    r"(?:en|ett|samma|den|nan|nagon|a|the same|this|that) (?:\w+ )?"
    r"(?:tjej|kille|flicka|pojke|ungdom|tonaring|kvinna|girl|boy|teen|woman|young \w+)\b"
    r".{0,30}?\b(?:till|fran|to|from)\b"
)
_ONE_BUYS = re.compile(
    r"\b(?:om|nar|ifall|kan|far|maste|och) man (?:\w+ )?(?:betalar|betala|koper|kopa|har kopt|"
    r"har betalat|swishar|swishat)\b"
    # "is it crime to pay a 16 year old for sex if she say yes" (set FV): the writer asks.
    r"|\b(?:is it|would it be|is that|was it|whats|what is) (?:\w+ ){0,3}?(?:crime|illegal|legal|"
    r"allowed|punishment|penalty) (?:\w+ )?(?:to|if (?:i|you|u|someone)) (?:pay|paying|buy|"
    r"buying|swish)\b"
    r"|\b(?:ar|e) (?:det|de) (?:\w+ )?(?:brottsligt|olagligt|lagligt|ett brott|tillatet) att "
    r"(?:betala|kopa|swisha)\b"
)
# An adult who pays a child, the child named by age: "om en 30åring betalar en 16åring".
_ADULT_PAYS_CHILD = re.compile(
    r"\b(?:en|nan|nagon|han|en vuxen|vuxna|en man|en gubbe|en kille|\d{2} ?-?aring|aldre \w+) "
    r"(?:\w+ )?(?:betalar|betalade|betalat|swishar|swishade|koper|kopte|kopt) (?:sex (?:av|med) )?"
    r"(?:en |ett )?(?:1[0-7] ?-?aring\w*|barn|minderarig\w*|tonaring\w*|tjej under 18|"
    r"kille under 18)\b"
)
_RELATIVE_PAYS = re.compile(
    r"\b(?:min|mitt) (?:\w+ )?(?:man|kille|pojkvan|sambo|pappa|bror|son|make|partner|fru) "
    r"(?:\w+ ){0,2}(?:betala\w*|swisha\w*|koper|kopt|kopte)"
    r"|\b(?:my|our) (?:\w+ )?(?:husband|boyfriend|partner|dad|father|son|brother|man|fiance\w*|"
    r"wife|uncle|stepdad)(?:'?s)? (?:\w+ ){0,2}(?:pays?|paid|paying|buys?|bought|buying)\b"
)


@dataclass(frozen=True)
class Situation:
    """What one message says; see the module docstring."""

    signs: FrozenSet[str] = field(default_factory=frozenset)
    asks: FrozenSet[str] = field(default_factory=frozenset)
    concerned: str = SELF
    # Starts with yes or no ("nej, jag vill inte prata med nån"): an answer, not a question.
    yes_or_no: bool = False
    # The signs the rules read in the text itself; the rest is the classifier's guess.
    ruled: FrozenSet[str] = field(default_factory=frozenset)
    # Told only of "hon"/"han", never of "jag": in a conversation about someone else,
    # still about them ("Hon har berättat att hon träffar män som betalar henne").
    third_person: bool = False
    # The classifier read a crisis the text denies or only supposes ("jag vill inte dö,
    # jag vill bara sluta"); the rules' other reading decides (decide_intent).
    crisis_denied: bool = False

    def is_empty(self) -> bool:
        """Nothing found: no sign of a situation and no question."""
        return not self.signs and not self.asks

    def main_sign(self) -> Optional[str]:
        return next((sign for sign in SIGN_ORDER if sign in self.signs), None)

    def as_dict(self) -> Dict[str, object]:
        return {
            "signs": sorted(self.signs),
            "asks": sorted(self.asks),
            "concerned": self.concerned,
            "ruled": sorted(self.ruled),
            "third_person": self.third_person,
        }


# What adults may do, asked about in general: the law, not a purchase.
_LAW_OF_BUYING_ASKED = re.compile(LAW_OF_BUYING_ASKED)
_PAID_BY_SOMEONE = re.compile(
    r"\b(?:got|gets|was|were|been|being) paid by (?:a|an|some|this|the|older) (?:\w+ )?(?:man|men|"
    r"guy|guys|adult|woman|client|customer)\b"
)
_I_PAID = re.compile(r"\bi (?:\w+ )?(?:paid|pay|payed|bought|buy|swished)\b")
_KEEPS_SUGAR_BABY = re.compile(KEEPS_SUGAR_BABY)
_PAYS_ME = re.compile(
    r"\b(?:betalar|betalade|ger|gav|swishar|pays|paid|gives|gave) (?:mig|mej|me)\b"
)
# "is it a crime to pay a 16 year old for sex? my friend is 16 and she does it" (set GG):
# the law asked, then someone close said to do what was asked about.
_SOMEONE_DOES_IT = re.compile(
    r"\b(?:she|he|they|hon|han|hen|dom|de)\s+(?:does|do|did|has\s+done|is\s+doing|gor|gjorde|"
    r"har\s+gjort|haller\s+pa\s+med)\s+(?:it|that|this|det|de|sa|just\s+det)\b"
)
_I_DO_IT = re.compile(r"\b(?:(?:jag|ja) (?:gor|ska gora|maste gora)|(?:gor|ska|maste) (?:jag|ja) "
                     r"(?:gora )?(?:det|de|sa))\b")
# Today or tonight, and being taken or sent to them (with coercion: danger now).
_SOON = re.compile(
    # (Not "hämtar mig efter skolan ibland": a habit, not today.)
    r"\b(?:ikvall|ikvell|i kvall|inatt|i natt|idag|i dag|om en timme|tonight|today|this evening|"
    r"right now|rn|in an hour)\b"
)
_TAKEN_THERE = re.compile(
    r"\b(?:ska (?:jag |ja )?(?:dit|ga dit|aka dit)|(?:jag|ja) ska (?:dit|komma|ga dit|aka dit)|"
    r"ska (?:jag|ja) komma|hamtar (?:mig|mej|henne|oss)|(?:kommer|ska) (?:och |o )?hamta (?:mig|"
    r"mej|henne)|maste (?:jag |ja )?(?:komma dit|dit|ga dit)|(?:picking|pick|picks) (?:me|her|us) "
    r"up|(?:have|has|got) to (?:go|be) (?:there|to (?:him|them|his|their))|(?:i'?m|im|i am) "
    r"(?:going|supposed|meant) to (?:go there|meet (?:them|him|his|their))"
    # "theyre driving me to some house rn" (set GM).
    r"|(?:driving|taking|bringing) (?:me|her|us) to)\b"
)
_CHAT_READ_SIGNS = ("exchange", "exchange_unsure", "exit", "coercion", "images_spread")


# Done for or to the writer, in English (set GQ): "he paid for stuff for me", "wants to meet me
# at the station" is the writer's own, not a professional's case.
_DONE_FOR_ME_EN = re.compile(
    r"\b(?:paid|pays|paying|bought|buys|gave|gives|sent|sends|offered|offers) (?:\w+ ){0,3}?"
    r"(?:for|to) me\b|\b(?:wants? to|trying to|tries to|will|gonna) (?:meet|see|pick up) me\b"
)
_OWN_PURCHASE = re.compile(
    r"\b(?:har|hade|jag|ja|och|o) (?:\w+ ){0,4}?(?:betalat|betalade|swishat|swishade|kopt|kopte) "
    r"(?:\w+ )?(?:tjejer|kvinnor|en tjej|en kvinna|escort\w*|for sex|sex)\b"
    # The trade's words for the one who pays (set GR): "regular client of an escort agency".
    r"|^\W*(?:a )?regular client of\b|\b(?:used to be|been|as|i'?m|im|i am) (?:a )?(?:john"
    r"|punter)\b"
)
_SOMEONE_PAYS_THEM = re.compile(
    r"\b(?:man|men|guy|guys|someone|somebody|dude|gubbe|gubbar)\b(?: \w+){0,4}? (?:paying"
    r"|pays|paid|"
    r"has paid|betalar|betalat|betalade|swishar|swishat) (?:him|her|honom|henne)\b"
)


# A university's words: its students are adults (set GP).
_UNIVERSITY = re.compile(
    r"\b(?:universit\w*|college|uni|lecturer|professor|phd|campus|hogskola\w*|universitetet|"
    r"forelasare|doktorand\w*|studentkar\w*|kursen|my course|my class at uni)\b"
)
_A_STUDENT = re.compile(r"\b(?:a|my|one of my) students?\b")


def rule_signs(text: str) -> FrozenSet[str]:
    """Signs the rules find in a message (including professional and other_person)."""
    folded = fold(text)
    found = {name for name, pattern in _SIGNS.items() if pattern.search(folded)}
    chat = fold(standard(text))
    if chat != folded:
        # "vill sluta me det här", "hotell me en kund": chat forms written out. Only the
        # signs of the writer's own situation: ages and whose it is stay with the message.
        found |= {name for name in _CHAT_READ_SIGNS if _SIGNS[name].search(chat)}
    if "about_child" in found and _UNIVERSITY.search(folded):
        # "I'm a lecturer and a student confided she does sugar dating" (set GP): a university
        # student is no child; only a child's own word ("15", "gymnasiet") keeps the sign.
        without = _A_STUDENT.sub(" ", folded)
        if not _SIGNS["about_child"].search(without):
            found.discard("about_child")
    sold = bool(_BOUGHT_FROM.search(folded)) and not _WRITER_BUYS.search(folded)
    if sold:
        # "en gubbe köper bilder av mig", "jag blir köpt": bought from, so paid, not buying.
        found.discard("buying")
        found.add("exchange")
    if "buying" in found and "coercion" in found and not _TO_ME.search(folded):
        # "köpte sex igår, jag tror nån annan tog pengarna": the buyer's worry for her.
        found.discard("coercion")
    if "buying" in found and _I_GIVE_EXTRAS.search(folded):
        # "i do massage w happy ending at a salon" (set FG): the writer gives them.
        found.discard("buying")
        found.add("exchange")
    if "buying" in found and "exchange" in found:
        # "betala för en sugardate": the words of a purchase say nothing of being paid.
        rest = _OTHERS_SELL.sub(" ", _SITES.sub(" ", _SIGNS["buying"].sub(" ", folded)))
        if not _SIGNS["exchange"].search(rest) or (
            _KEEPS_SUGAR_BABY.search(folded) and not _PAYS_ME.search(folded)
        ):
            # "har en sugarbaby som e 19, betalar henne" (set DI): he pays her.
            found.discard("exchange")
    if "buying" in found and "coercion" in found and "danger" in _crisis_signs(text, folded) and (
        "exchange" not in found
    ):
        # "där jag köpte sex men nu kom två killar in och hotar mig med kniv": a buyer
        # threatened, in danger now; not someone controlled into selling.
        found.discard("coercion")
    if "coercion" in found and "sexual_violence" in found:
        # "my husband forces me to have sex" (set FH): the force is the assault itself, not
        # someone making the writer sell; coercion stays only with words of its own.
        # ("forced to have sex with clients" is made to sell: words of paying keep it.)
        rest = _SIGNS["sexual_violence"].sub(" ", folded)
        if not _SIGNS["coercion"].search(rest) and not _PAID_WORDS.search(folded):
            found.discard("coercion")
    if "buying" in found and "exit" in found and "exchange" not in found:
        found.discard("exit")  # "vill sluta köpa", "sluta med escorterna": KAST's, not Mika's
    if "unwanted_other" in found:
        found.discard("unwanted_other")
        found.add("unwanted")
    if "exchange_unsure" in found:
        found.discard("exchange_unsure")
        # "skriver sexuella saker till 13-åringar" is not being paid.
        if "buying" not in found and "unwanted" not in found:
            found.add("exchange")
    if "buying" in found and _PAID_BY_SOMEONE.search(folded) and not _I_PAID.search(folded):
        # "my 15 year old nephew got paid by a man for sex. is that a crime for the man?"
        # (set GF): someone paid, the law asked; the writer buys nothing.
        found.discard("buying")
        found.add("exchange")
    if "buying" in found and _LAW_OF_BUYING_ASKED.search(folded) and not _WRITER_BUYS.search(
        folded
    ):
        # "min kompis säger att vuxna får betala för sex om man e över 15, e det sant?"
        # (set BT): a question about the law, not the writer buying.
        found.discard("buying")
    if (
        "exchange" not in found
        and found & _WHO_SIGNS
        and _SOMEONE_DOES_IT.search(folded)
        and _PAID_WORDS.search(folded)
        and not _WRITER_BUYS.search(folded)
    ):
        found.discard("buying")
        found.add("exchange")  # "... my friend is 16 and she does it": she is paid
    if _PERPETRATOR.search(folded) and not _DONE_TO_ME_BY_THEM.search(folded):
        # The writer is the one who did or fears doing it: no victim's sign.
        found -= {"sexual_violence", "coercion", "images_spread"}
    found |= _crisis_signs(text, folded)
    if "coercion" in found and _SOON.search(folded) and _TAKEN_THERE.search(folded):
        # "ikväll ska jag dit första gången", "dom hämtar mig efter skolan idag" (set DN):
        # controlled, and taken to it today: danger now.
        found.add("danger")
    return frozenset(found)


def _crisis_signs(text: str, folded: str) -> FrozenSet[str]:
    crisis = crisis_intent(text) or crisis_intent(folded)
    if crisis == SUICIDAL:
        return frozenset({"suicidal"})
    if crisis == ACUTE_DANGER:
        return frozenset({"danger"})
    return frozenset()


def rule_asks(text: str) -> FrozenSet[str]:
    folded = fold(text)
    asks = {name for name, pattern in _ASKS.items() if pattern.search(folded)}
    if "anonymity" in asks:
        asks.discard("report_child")  # "kommer ni anmäla till soc?" is a fear, not a plan
    return frozenset(asks)


# A crisis denied or only supposed: "jag vill inte dö, jag vill bara sluta", "vad händer
# om en kund blir våldsam?". The classifier alone does not make these acute.
# "are we in trouble now", "blir jag anmäld nu?" (set FF): a question of consequences, not
# danger, whatever "now" it ends with.
_CONSEQUENCE = re.compile(
    r"\b(?:are|am|is|will|would|could) (?:we|i|he|they|you|u) (?:\w+ )?(?:in|get|be) "
    r"(?:in )?(?:trouble|arrested|charged|reported)\b(?: now)?"
    r"|\b(?:blir|ar|kan) (?:vi|jag|ja) (?:\w+ )?(?:anmald\w*|domd\w*|straffad\w*|"
    r"gripen|gripna)\b(?: nu)?"
)
# Words of paying, selling or buying; without any, the classifier's "selling" beside a
# health question the rules read is a guess.
_PAID_WORDS = re.compile(
    r"\b(?:pengar|cash|swish\w*|betal\w*|kronor|\d+ ?(?:kr|k|sek|euro)|money|paid|pay\w*|"
    r"gifts?|presenter?|salj\w*|salt|sell\w*|sold|kop\w*|buy\w*|bought|escort\w*|kund\w*|"
    r"client\w*|customer\w*|sugar\w*|torsk\w*|johns?|punters?|vapes?|snus|alkohol|droger|"
    r"drugs?|tjana\w*|earn\w*|prostitu\w*|massage)\b"
)
# A message this short that gives an age says nothing else the learned model could read.
AGE_ONLY_WORDS = 4


# What may stand beside an age in a message that says nothing else.
_AGE_FILLER = frozenset(
    "i im i'm am me myself only just too also age aged years year yrs yo old btw lol "
    "jag ja jg e ar är bara själv sjalv också ocksa ar år typ nu now "
    # Someone else's age answered ("he's 14", "hon e 15", set FZ): no crisis in it either.
    "he he's hes she she's shes is was han hon hen they they're theyre are".split()
)


def _age_only(text: str, folded: str) -> bool:
    """An age and nothing else ("im only 15 myself", "e bara 15"): no crisis in it."""
    if len(folded.split()) > AGE_ONLY_WORDS:
        return False
    lowered = text.lower()
    mentions = find_ages(text)
    if not mentions:
        return False
    for mention in mentions:
        blank = " " * (mention.end - mention.start)
        lowered = lowered[: mention.start] + blank + lowered[mention.end:]
    return all(word in _AGE_FILLER for word in re.findall(r"[\w']+", lowered))
_NOT_A_CRISIS = re.compile(
    r"\b(?:vill|ville) (?:inte|int) (?:do|dö)\b|\binte (?:vill|ville) (?:do|dö)\b"
    r"|\b(?:dont|don'?t|do not) want to die\b"
    # "im done with the cam stuff fr, deleted everything" (set GQ): done with a thing, not life;
    # "klar med det där med gubbarna".
    r"|\b(?:i'?m|im|i am) (?:so |really |totally )?done with (?:the |this |that |my |all (?:the"
    r" |this |"
    r"that )?)(?!life\b|living\b|everything\b|it all\b)\w+ (?:stuff|thing|things|work|shit|app|"
    r"account)\b|\b(?:jag ar|ja e|e) (?:klar|fardig) med (?:det dar|det har) med\b"
    # "inte på DET sättet alltså, jag vill leva" (set CE).
    r"|\bjag vill (?:fortfarande )?leva\b|\binte pa det sattet\b"
    r"|^\W*(?:(?:men|och|o|hej|hejsan|fraga|en fraga)\W+)*(?:vad (?:hander|gor (?:jag|man)|"
    r"ska (?:jag|man) gora)|tank om|what if|what happens|what do i do) (?:\w+ ){0,3}?"
    r"(?:om|if|when)\b"
    r"|" + _CONSEQUENCE.pattern
)
# A buyer named as the third party ("en köpare har tagit hennes telefon"): the one written
# about is paid; the writer is not the buyer.
_BUYER_NAMED = re.compile(
    r"\b(?:kopare|koparen|koparna|sexkopare\w*|torsken|torskar|buyer|buyers)\b"
)
# Alone with the one the urges are about, now (set BD).
_ALONE_WITH_NOW = re.compile(
    r"\b(?:ensam|sjalv|bara vi) (?:hemma )?(?:med (?:henne|honom|hen|barnet|barnen|min \w+|"
    r"dem|dom) )?(?:\w+ ){0,3}?(?:nu|ikvall|i kvall|inatt|i natt|just nu)\b"
    r"|\balone with (?:her|him|them|the (?:child|kid|girl|boy)|a child|my \w+(?: \w+)?) "
    r"(?:\w+ ){0,3}?(?:now|tonight|right now)\b"
    # "my stepdaughter is home alone with me tonight" (set GF).
    r"|\b(?:is|are|s) (?:home )?alone with me (?:\w+ ){0,2}?(?:now|tonight|right now)\b"
)
# Below this, a crisis the classifier alone sees yields to the signs the rules find.
CLASSIFIER_ONLY_CRISIS = 0.9
_YES_OR_NO = re.compile(
    r"^\W*(?:ja|jo|japp|jepp|jaa|jaha|mm|okej|ok|visst|absolut|garna|gärna|yes|yeah|"
    r"nej|nä|na|nae|nope|no|aldrig|inte)\b"
)


def analyze(
    text: str,
    intent: Optional[str] = None,
    confidence: float = 0.0,
    acute: Optional[str] = None,
    young: bool = False,
    crisis_doubted: bool = False,
    learned_sign: Optional[str] = None,
) -> Situation:
    """Combine the rules' reading of `text` with the classifier's intent.

    The rules read the message with its typing errors repaired ("har tagit en
    masa tabeletter"); a known word is never changed (spelling.repair).
    `acute` is the crisis ("danger" or "suicidal") the acute model
    (learned.py) reads above its threshold, if any: it adds a crisis the
    rules missed, unless the message asks "what if" or says it is no wish to die.
    `young` is the minor model's reading that the person concerned is under 18:
    where no age is written, it becomes the sign `likely_minor` (routing.py).
    `crisis_doubted`: the acute model finds almost no sign of a crisis; a crisis only
    the intent classifier hears, and not surely, is then dropped.
    `learned_sign`: the situation model's sign (learned.FALLBACK_SIGNS, above its
    threshold), added only when neither the rules nor the classifier read any.
    """
    text = without_figures(repaired(text))
    folded = fold(text)
    rules = rule_signs(text)
    signs = set(rules - _RULE_ONLY - _WHO_SIGNS)
    asks = set(rule_asks(text))
    confident = intent is not None and confidence >= MIN_CONFIDENCE
    classifier_sign = SIGN_BY_INTENT.get(intent or "") if confident else None

    victim = signs & VICTIM_SIGNS
    supporting = signs - VICTIM_SIGNS
    if (
        classifier_sign in ("suicidal", "danger")
        and not rules & {"suicidal", "danger"}
        and rules - _RULE_ONLY - _WHO_SIGNS
        and (confidence < CLASSIFIER_ONLY_CRISIS or "exit" in rules)
    ):
        # A crisis only the classifier sees, in a message the rules explain
        # otherwise ("vill ta mig ur det här livet" is wanting out, not dying).
        classifier_sign = None
    if (
        classifier_sign in ("suicidal", "danger")
        and not rules & {"suicidal", "danger"}
        and _age_only(text, folded)
    ):
        # "im only 15 myself" (set FK) answers who the writer is; the classifier's 1.0
        # "suicidal" (from "myself") is no crisis the rules or the words show.
        classifier_sign = None
    if (
        classifier_sign in ("suicidal", "danger")
        and not rules & {"suicidal", "danger"}
        and asks & {"anonymity", "contact", "law", "report", "service"}
        and not rules - _RULE_ONLY - _WHO_SIGNS
        and confidence < CLASSIFIER_ONLY_CRISIS
    ):
        # A question and nothing else the rules read, the classifier unsure of a crisis:
        # "will they know who i am if i call them?" (set FK) is asked, not danger. (The
        # acute model's own reading, below, still adds a crisis it is sure of.)
        classifier_sign = None
    if (
        classifier_sign in ("suicidal", "danger")
        and crisis_doubted
        and not rules & {"suicidal", "danger"}
        and confidence < CLASSIFIER_ONLY_CRISIS
    ):
        # Two readings disagree and the rules see no crisis: "han är 17. kan han själv ringa
        # någonstans utan att säga vem han är?" is a question, not danger.
        classifier_sign = None
    if (
        classifier_sign == "suicidal"
        and "danger" in rules
        and "suicidal" not in rules
        and confidence < CLASSIFIER_ONLY_CRISIS
    ):
        # "they will hurt my mum if i dont come tonight": a threat the rules read, no wish to
        # die said; the unsure classifier's suicidal reading would add 90101 to 112.
        classifier_sign = "danger"
    crisis_denied = (
        classifier_sign in ("suicidal", "danger")
        and not rules & {"suicidal", "danger"}
        and _NOT_A_CRISIS.search(folded) is not None
        and bool(signs or asks)
    )
    if crisis_denied:
        classifier_sign = None  # "jag vill inte dö", "vad händer om en kund blir våldsam?"
    if (
        classifier_sign == "unwanted"
        and "unwanted" not in rules
        and not _URGE_WORDS.search(_AGE_OR_TOUCH.sub(" ", folded) if asks else folded)
    ):
        # Preventell ("your thoughts") only where the message speaks of sex, urges or
        # children at all: "de flyttar mig till en annan stad imorgon och jag vill inte"
        # is no one's unwanted sexuality, and that answer would wound a victim.
        classifier_sign = None
    ages = find_ages(text)
    if classifier_sign == "buying" and "buying" not in rules and _BUYER_NAMED.search(folded):
        classifier_sign = "exchange"  # "en köpare har tagit hennes telefon": she is paid
    if (
        classifier_sign in ("buying", "unwanted")
        and classifier_sign not in rules
        and rules & {"exchange", "health", "exit"}
    ):
        # KAST or Preventell only on the classifier's word, against what the rules
        # read ("jag är 13 o har blödningar"): the rules' reading stands.
        classifier_sign = None
    if (
        classifier_sign == "exchange"
        and rules & {"health"}
        and "exchange" not in rules
        and not _PAID_WORDS.search(folded)
    ):
        # "my daughter has a sexual infection, where can she get treated" (set FF): a health
        # question with no word of anyone paying is not selling; the rules' reading stands.
        classifier_sign = None
    if (
        "buying" in rules
        and classifier_sign in ("coercion", "sexual_violence", "images_spread")
        and classifier_sign not in rules
    ):
        classifier_sign = "buying"  # "köpte sex, tror nån annan tog hennes pengar": his worry
    if "unwanted" in rules and (
        classifier_sign in ("exit", "health")
        or (classifier_sign == "exchange" and "exchange" not in rules)
        or (
            classifier_sign in ("coercion", "sexual_violence", "images_spread")
            and classifier_sign not in rules
        )
    ):
        # "thoughts about forcing girls", "kan inte sluta blotta mig": the writer's own urges.
        classifier_sign = "unwanted"
    if (
        classifier_sign == "buying"
        and "unwanted" in rules
        and "buying" not in rules
        and _CHILD_WORDS.search(folded)
    ):
        # "looking at stuff online with people younger than me": the writer's own urges,
        # not a purchase the rules never read.
        classifier_sign = "unwanted"
    if classifier_sign == "buying" and "buying" not in rules and rules & {"suicidal", "danger"}:
        # "ending it tonight. sorry for bothering": a crisis the rules read, and no word of
        # anyone paying; KAST beside 112 would answer what was never said.
        classifier_sign = None
    if classifier_sign == "unwanted" and "buying" in rules and "unwanted" not in rules:
        classifier_sign = "buying"  # "har köpt sexuella tjänster i tio år, vill sluta": KAST
    if classifier_sign in ("exchange", "exit") and "buying" in rules and "exchange" not in rules:
        # "beställa en escort", "betalar för escort o kan inte sluta": the writer pays.
        classifier_sign = "buying"
    if classifier_sign:
        # The classifier decides the non-victim reading; rule signs of the same
        # kind only fill in when it has none.
        signs = set(victim) | {classifier_sign}
        if "exchange" in supporting:
            signs.add("exchange")  # a sign of being paid is never dropped (minors)
        if "exit" in supporting and classifier_sign == "exchange":
            signs.add("exit")
        if "health" in supporting:
            signs.add("health")
        if "unwanted" in supporting and classifier_sign in ("danger", "suicidal"):
            # "alone with my stepdaughter tonight and scared of what i might do to her. please
            # help me" (set GF): Preventell beside 112 (a victim's sign still removes it below).
            signs.add("unwanted")
        if "buying" in supporting and classifier_sign in ("health", "danger", "suicidal"):
            # "köpt sex och behöver testa mig", "sitter i bilen utanför nu ... har pengarna i
            # handen": KAST beside the health answer or beside 112.
            signs.add("buying")
    if victim - {"danger", "suicidal"} or (victim and "unwanted" not in rules):
        # A victim is never sent to Preventell; a writer afraid of their own urges "now"
        # keeps it beside 112.
        signs.discard("unwanted")
    if confident and intent in ASK_BY_INTENT:
        asks.add(ASK_BY_INTENT[intent])
    if "for_them" in asks:
        asks.discard("human")  # "kan han prata me nån själv": not a worker for the writer

    if "unwanted" in rules and _ALONE_WITH_NOW.search(folded):
        # "har haft tankar om henne länge ... jag är ensam med henne nu": a child at risk now.
        signs.add("danger")
    if _gone_or_with_adult_now(text, rules, ages):
        rules = rules | {"danger"}  # "han vet att jag e 14 ... om 20 min": danger now
        signs.add("danger")
    if acute in ("danger", "suicidal") and not signs & {"danger", "suicidal"}:
        if _NOT_A_CRISIS.search(folded) is None and not _age_only(text, folded):
            signs.add(acute)  # a crisis in words the rules have no pattern for
    if signs & {"danger", "suicidal"} and "unwanted" not in rules:
        # A crisis found only now, beside the classifier's "your thoughts": the same rule
        # as above ("hon säger att hon är 16 och inte vill att jag ringer polisen").
        signs.discard("unwanted")
    age_only = bool(ages) and len(folded.split()) <= AGE_ONLY_WORDS
    if learned_sign and not signs and not crisis_denied and not age_only:
        # (Not on an age alone: "31" answering the age question after a rape told before
        # read as selling would turn the crisis' route into Mika's alone; set BP.)
        # "a man sends me gift cards and i do cam stuff for him": told in words no rule
        # has; asking "what do you want to talk about?" would leave a child unanswered.
        signs.add(learned_sign)
    concerned = _concerned(text, rules, intent, confident, ages)
    if (
        (concerned in (SELF, OTHER) or "professional" not in rules)
        and ("buying" in signs or "buying" in rules)
        and (_WRITER_BUYS.search(folded) or _my_purchase(folded))
        and not any(p.search(_NOT_A_DEED.sub(" ", folded)) for p in (_DONE_TO_ME, _MINE, _FOR_ME))
    ):
        # "im a customer ... the woman whispered she cant leave": what is done to her is
        # what the buyer saw; his own line is KAST, with 112 first when she is in danger.
        # ("the girl i visit every month told me she cant leave", set GT: the classifier's
        # "coerced" is hers.)
        signs -= {"coercion", "sexual_violence", "images_spread", "exchange", "exit"}
        signs.add("buying")
        concerned = SELF
    if "buying" in signs and any(m.role == AGE_OTHER and m.group == AGE_MINOR for m in ages):
        asks.add("law")  # "sa att hon var 17": buying from a child is a crime of its own
    if (
        "buying" in signs
        and any(m.role == AGE_OTHER and m.group == AGE_MINOR for m in ages)
        and _NOW_EN.search(_CONSEQUENCE.sub(" ", folded))
    ):
        signs.add("danger")  # "booked a girl ... tonight, she looks 13": a child sold now
    if "buying" in signs and _WHAT_NOW.search(folded):
        asks.add("law")  # "betalade en tjej, hon var 16 ... vad händer nu": the buyer's law
    if (
        concerned in (OTHER, PROFESSIONAL)
        and "buying" in signs
        and _PAID_THEM.search(folded)
        and not _RELATIVE_PAYS.search(folded)
        and not _WRITER_GIVES.search(folded)
    ):
        # "min kompis e 15 o en vuxen kille betalar henne": the one close is paid.
        signs = (signs - {"buying"}) | {"exchange"}
    if (
        concerned == SELF
        and "buying" in signs
        and any(m.role == AGE_SELF and m.group == AGE_MINOR for m in ages)
        and _ADULT_PAYS_CHILD.search(folded)
        and not _WRITER_GIVES.search(folded)
    ):
        # "om en 30åring betalar en 16åring för sex ... jag e alltså 16": the child paid
        # is the writer, not the buyer.
        signs = (signs - {"buying"}) | {"exchange"}
    if (
        concerned in (OTHER, PROFESSIONAL)
        and "buying" in signs
        and _THIRD_PARTY_PAYS.search(folded)
        and not _WRITER_GIVES.search(folded)
    ):
        # "my niece went off with a man who pays girls for sex": she is the one paid.
        signs = (signs - {"buying"}) | {"exchange"}
    if "buying" in signs and _OFFERED_AND_DID.search(folded):
        signs = (signs - {"buying"}) | {"exchange"}  # offered pay, and the writer went
        rules = (rules - {"buying"}) | {"exchange"}
    if concerned == PROFESSIONAL and "buying" in signs and _HER.search(folded):
        # "flicka i en lägenhet med annonser om sexköp": the one asked about is paid.
        signs = (signs - {"buying"}) | {"exchange"}
    if (
        concerned != SELF
        and "about_child" in rules
        and not (
            _ADULT_SCHOOL.search(folded)
            and not any(m.role == AGE_OTHER and m.group == AGE_MINOR for m in ages)
        )
    ):
        signs.add("about_child")  # the other person is a child: no need to ask their age
    if concerned == OTHER and "adult_relative" in rules and "about_child" not in rules:
        signs.add("adult_relative")  # "min mamma säljer sex": a parent is an adult
    if concerned == OTHER and "peer" in rules:
        signs.add("peer")  # a friend or sibling: routing.py adds the child's own line
    if (
        concerned == SELF
        and signs & {"exchange", "coercion"}
        and any(m.role == AGE_OTHER and m.group == AGE_MINOR for m in ages)
        and (_CLOSE_ONE_TOO.search(folded) or _WRITER_INCLUDED.search(folded))
    ):
        signs.add("minor_close_too")  # the writer's own route and the child's (routing.py)
    if (
        young
        and not ages
        and (signs or asks or concerned != SELF)  # staff asking advice may tell no sign
        and not signs & {"about_child", "adult_relative"}  # the text says whose age it is
        and not signs & {"buying", "unwanted"}  # the writer's own line, whoever is young
    ):
        signs.add("likely_minor")  # no age written, but written as the young write
    yes_or_no = _YES_OR_NO.match(folded) is not None
    ruled = frozenset(rules - _RULE_ONLY - _WHO_SIGNS)
    others_age_only = any(m.role == AGE_OTHER for m in ages) and not any(
        m.role == AGE_SELF for m in ages
    )
    # "nu skrev hon precis till mig att ..." (set CR): telling the writer is no deed done to them.
    told = _NOT_A_DEED.sub(" ", folded)
    third_person = (
        (_THIRD_WORD.search(folded) is not None or _ONE_OF_THEM.search(folded) is not None)
        and (_FIRST_PERSON.search(told) is None or others_age_only)
        and _TO_ME.search(told) is None
    )
    return Situation(
        frozenset(signs), frozenset(asks), concerned, yes_or_no, ruled, third_person, crisis_denied
    )


def _my_purchase(folded: str) -> bool:
    """The writer names the one he pays: "the girl i visit every month" (set GT)."""
    return _THE_ONE_I_PAY.search(folded) is not None


_THE_ONE_I_PAY = re.compile(
    r"\bthe (?:girl|woman|lady|escort) i (?:visit|see|book|pay|meet|go to) (?:every|each|once|"
    r"twice|regularly|sometimes|now and then|on)\b"
    r"|\b(?:apartment|flat|place|address|girl|woman|lady|number) i (?:found|got|saw) (?:on|from|"
    r"through) (?:an? |the )?(?:escort|sex|adult|hooker)\w* ?(?:site|website|page|ad|app)\b"
    r"|\b(?:tjejen|kvinnan|damen) (?:jag|ja) (?:traffar|besoker|koper av|betalar|bokar) "
    r"(?:varje|en gang|ibland|regelbundet)\b"
    r"|\b(?:lagenheten|adressen|tjejen|kvinnan|numret) (?:jag|ja) (?:hittade|fick) (?:pa|fran|via) "
    r"(?:en |ett )?(?:escort|sex|annons)\w*"
)


# The writer says the person asked about is the writer: "Me I am the girl", "jag e tjejen".
_I_AM_THE_ONE = re.compile(
    r"\bi(?:'?m| am) (?:the|that) (?:girl|boy|woman|guy|person|one)\b(?! (?:who|that|he|she)\b)"
    r"|\bthe (?:girl|boy|woman|person) (?:is|was) me\b"
    # "my boyfriend say i must do sex with his friend for money" (set GO): made to do it.
    r"|\b(?:says?|said|tells?|told|wants?|makes?) (?:me )?(?:that )?i (?:must|have to|should"
    r"|need to|"
    r"got to|gotta) (?:do sex|have sex|sleep with|do it with|meet (?:his|the|these|those)|work"
    r" for)\b"
    r"|\b(?:jag|ja) (?:ar|e|var) (?:tjejen|killen|personen|flickan|pojken)\b(?! som\b)"
    # "... pimp out year 9 girls from my school and now im one of them" (set FO).
    r"|\b(?:now |and )?i(?:'?m| am) (?:now )?one of (?:them|those girls|those boys|the girls)\W*$"
    r"|\b(?:nu )?(?:ar|e) (?:jag|ja) (?:en av dem|en av dom|en av tjejerna|en av killarna)\b"
    r"|\b(?:jag|ja) (?:ar|e) (?:nu )?(?:en av dem|en av dom|en av tjejerna|en av killarna)\W*$"
)
# Offered pay, and the writer went along (set FN): "man in chat say he pay for sex. i did
# two times", "han sa att han skulle betala för sex, jag gjorde det". The writer was paid.
_OFFERED_AND_DID = re.compile(
    r"\b(?:says?|said|say|offers?|offered|wants? to|wanted to|promised?) (?:that )?"
    r"(?:he |they |she )?(?:will |would |'ll |can |could )?(?:pay|give) (?:me )?"
    r"(?:money |cash |\d+ ?\w* )?for (?:sex|it|meeting|meet)\b.{0,60}?"
    r"\bi (?:did|said yes|went|agreed|accepted|do it)\b"
    # "met man on tinder who offered 3000 kr for one night. i went" (set GO).
    r"|\b(?:offers?|offered|offering) (?:me )?(?:\d+ ?(?:k|kr|sek|euros?|dollars?)?|money|cash) "
    r"(?:for|to) (?:\w+ ){0,3}?(?:night|hour|sex|meet|come)\w*\b.{0,40}?\bi (?:did|said yes|went|"
    r"agreed|accepted|did it|go|met him)\b"
    r"|\b(?:sa|sager|erbjod|erbjuder|ville) (?:att )?(?:han|de|dom) (?:skulle |kan |ville )?"
    r"betala (?:mig )?(?:for sex|for det|for att ses)\b.{0,60}?\b(?:jag|ja) (?:gjorde|sa ja|gick|"
    r"gjorde det|tackade ja)\b"
)
_I_SENT_MY_PICS = re.compile(
    r"\bi (?:got caught |was caught |have been |ve been |been |was |keep |kept |started |start )?"
    r"(?:sending|selling|sold|sent|send|sell) (?:my )?(?:pics|pictures|nudes|photos|videos|vids|"
    r"content)\b(?: \w+){0,6}? for (?:money|cash|gifts|vapes|swish|robux|gift ?cards?)\b"
)
_NOW_EN = re.compile(r"\b(?:right now|now|tonight|rn)\b")
# With the one who pays, now (set CD): "jag tror han är hos honom nu".
_WITH_PAYER_NOW = re.compile(
    r"\b(?:hon|han|hen) (?:ar|e|sitter|sover) (?:\w+ )?(?:hos|med) (?:honom|henne|mannen|gubben|"
    r"killen|kunden|dom|dem)\b(?: \w+){0,2}? (?:nu|just nu|ikvall|inatt)\b"
)


def _gone_or_with_adult_now(text: str, rules: FrozenSet[str], ages: List[AgeMention]) -> bool:
    """A child, or someone paid whose age is not said, with an adult or gone to one now.

    "ska träffa en man som swishat mig om 20 min" with a child's age; "min bästis ska
    till en lägenhet o få betalt av flera killar, nu svarar hon inte" of anyone: the
    age is asked after 112.
    """
    paid_other = "exchange" in rules and (
        bool(rules & {"other_person", "peer", "about_child"})
        or any(m.role == AGE_OTHER for m in ages)
    )
    # With a man who pays (English, set EX): "one of the girls [at an HVB] left with a man
    # in his 40s who pays young girls", "my daughter went to meet a man who pays for sex".
    folded = fold(text)
    with_buyer = ("buying" in rules or _THIRD_PARTY_PAYS.search(folded) is not None) and bool(
        rules & {"other_person", "peer", "about_child"}
    )
    own_age = any(m.role == AGE_SELF for m in ages)
    if not (
        any(m.group == AGE_MINOR for m in ages)
        or (paid_other and not ages)
        or ((paid_other or with_buyer) and "about_child" in rules and not own_age)
        or (with_buyer and not ages)
    ):
        return False
    paid = "exchange" in rules or ("buying" in rules and _PAID_THEM.search(folded))
    if paid and _WITH_PAYER_NOW.search(folded):
        return True  # "en man har betalat honom för sex förut. jag tror han är hos honom nu"
    rules_now = [child_meets_adult_soon, child_gone, child_with_adult_now]
    if paid or with_buyer or "about_child" in rules or _PAY_WORD_EN.search(folded):
        rules_now.append(child_with_them_now_en)  # "left 20 minutes ago with a man ..."
    if paid_other:
        rules_now.append(away_or_silent)  # gone from home, or silent, with those who pay
    return any(
        rule(reading)
        for reading in (folded, fold(standard(text)))  # "ska aka me en kille": chat forms
        for rule in rules_now
    )


_SOLD_ONE = re.compile(r"\s+(?:henne|honom|hen|dem|dom|sin|sina|barn)\b")


def _writer_sells_own(folded: str) -> bool:
    """The writer sells, said plainly: "jag säljer", "jag tar emot män hemma för pengar"; not
    "jag tror säljer henne" nor a word between that may name someone else."""
    return any(
        not _SOLD_ONE.match(folded, m.end())
        and (len(m.group(0).split()) <= 2 or " tar emot " in m.group(0))
        for m in _WRITER_SELLS.finditer(folded)
    )


def _concerned(
    text: str,
    rules: FrozenSet[str],
    intent: Optional[str],
    confident: bool,
    ages: List[AgeMention],
) -> str:
    """Whose situation it is.

    The rules' reading of a professional or a relative wins. The classifier's
    reading needs support in the text: "jag är 12 och en gubbe betalar mig" is
    about the writer, whatever the classifier says.
    """
    folded = fold(text)
    deeds = _NOT_A_DEED.sub(" ", folded)  # "bor hos mig" is no deed done to the writer
    if (
        _I_AM_THE_ONE.search(folded) or _I_SENT_MY_PICS.search(folded)
        or _OFFERED_AND_DID.search(folded)
    ):
        # "can you help a girl who ... Me I am the girl" (set EZ); "i got caught sending
        # pics to an older guy for money and my dad found out" (set EY).
        return SELF
    if (
        _SOMEONE_PAYS_THEM.search(folded) and not any(m.role == AGE_SELF for m in ages)
        and not _TO_ME.search(_NOT_A_DEED.sub(" ", folded)) and "professional" not in rules
    ):
        return OTHER  # "I think some older man has been paying him" (set GP): his, not mine
    if (
        "professional" in rules
        and not _WRITER_OWN_ACT.search(folded)
        # "kör taxi på nätterna och har ett par gånger betalat tjejer för sex" (set DX): a job
        # named, and the writer's own purchase.
        and not ("buying" in rules and _OWN_PURCHASE.search(folded))
        and not ("unwanted" in rules and _OWN_URGE_EN.search(folded))
    ):
        return PROFESSIONAL
    if _I_CARRY_SOMEONE.search(folded) and not _TO_ME.search(_I_CARRY_SOMEONE.sub(" ", deeds)):
        # "jag kör ofta en tjej till en adress där en äldre man betalar" (set CT, a taxi
        # driver): the one driven is the one it is about.
        return OTHER
    if "suicidal" in rules and _MY_LAST_WORDS.search(folded):
        return SELF  # "säg till min lillebror att det inte var hans fel. hejdå": the writer's
    if "health" in rules and _THEIR_HEALTH.search(folded) and not _MY_HEALTH.search(folded):
        # "min bästis (vi e båda i åttan) tror hon e gravid, vart ska hon vända sig": the
        # friend's health, even with the writer's own school year beside it.
        return OTHER
    if _LURES_OTHERS.search(folded) and not _FIRST_PERSON.search(folded):
        return OTHER  # "killar i bil erbjuder tjejer pengar om de åker med": seen, not lived
    if "buying" in rules and _ONE_BUYS.search(folded) and not _RELATION.search(folded):
        return SELF  # "om man betalar en tjej som säger att hon är 19": the writer asks
    if "buying" in rules and _WRITER_BUYS.search(folded) and not _DONE_TO_THEM.search(folded):
        return SELF  # "i book girls online ... my wife doesnt know": the writer buys (set FP)
    if "unwanted" in rules and _OWN_URGE_ABOUT.search(folded):
        return SELF  # "i have sexual thoughts about my little sister": the writer's own urges
    if _WRITER_INCLUDED.search(folded) and not _DONE_TO_THEM.search(folded):
        return SELF  # "min kompis och jag får saker av en äldre kille": the writer too
    own_age = any(m.role == AGE_SELF for m in ages)
    # "jag e 17 o min kille tar betalt när hans vänner ligger med mig": the writer's own.
    mine = _FOR_ME.search(folded) or _MINE.search(folded) or _MY_IMAGE.search(folded) or (
        own_age and (_TO_ME.search(deeds) or _DONE_TO_ME.search(deeds))
    )  # (set CL: "e 16 nu. mannen ... låter andra män komma in till mitt rum")
    if "other_person" in rules and not mine:
        return OTHER  # "min kusin fixar kunder åt mig" is the writer's own situation
    if (
        "adult_relative" in rules
        and _RELATIVE_SELLS.search(folded)
        and not mine
        and not _WRITER_SELLS.search(folded)
        and not any(p.search(deeds) for p in (_DONE_TO_ME, _MINE, _FOR_ME))
    ):
        return OTHER  # "min mamma tror jag inte vet men hon träffar män för pengar, jag e 13"
    done_to_me = any(p.search(deeds) for p in (_DONE_TO_ME, _MINE, _FOR_ME))
    # "my little brother is 15 ... what should i do": the age told is the other's.
    done_to_them = _DONE_TO_THEM.search(folded) is not None or (
        not own_age and any(m.role == AGE_OTHER for m in ages)
    )
    other_age = any(m.role == AGE_OTHER for m in ages)
    told_of_them = (
        _THIRD_WORD.search(folded)
        and not done_to_me
        and not _WRITER_BROUGHT.search(folded)  # "my uncle brought me here ... i must work"
        and not _WRITER_INCLUDED.search(folded)
        and not _WRITER_SELLS.search(folded)
    )
    if told_of_them and (
        (
            _OPENS_WITH_CLOSE_ONE.search(folded)
            and (other_age or not own_age or "about_child" in rules)
        )
        or (
            _OPENS_WITH_CLOSE_ONE_SV.search(folded)
            # ("en man har skrivit till mig att hon är skyldig honom pengar", set HB: told to
            # the writer, done to her.)
            and not _ME_OR_BOTH.search(deeds)
            and (other_age or not own_age)
        )
    ):
        return OTHER
    if (
        _HELP_THEM.search(folded)
        and not own_age
        and not done_to_me
        and not _WE_STAFF.search(folded)  # "vart kan vi slussa henne?": staff, as a team
    ):
        return OTHER  # "new girl ... she is only 16 ... What I can do for her?"
    if (
        _RELATION.search(folded)
        and not done_to_me
        and (
            # ("ensamstående mamma till en 6-åring, jag tar emot män hemma för pengar", set DD:
            # the writer sells, whoever else is named.)
            (not own_age and not _writer_sells_own(folded)
             and (done_to_them or not _FIRST_PERSON.search(folded)))
            # "my brother is 17 and he gets money ... i am 20": the deed is the other's.
            or (
                other_age
                and (_THIRD_PERSON.search(folded) or _DONE_TO_THEM.search(folded))
                and not _TO_ME.search(deeds)
                # (set FV: "16 yo. I do webcam shows for money on my boyfriend account, he is
                # 24": the writer's own age and own selling)
                and not (own_age and _WRITER_SELLS.search(folded))
                # (set DN: "e 13, min pojkvän e 19 o han säger att om jag älskar honom så gör
                # jag det här för hans kompisar": pressed, the writer does it)
                and not (own_age and "coercion" in rules and _I_DO_IT.search(folded))
            )
        )
    ):
        return OTHER  # "min flickvän är 23 och hennes kille tvingar henne …"
    if (
        other_age
        and not own_age
        and _GIVES_THEM.search(folded)
        and not _WRITER_GIVES.search(folded)
        # "give him money" names him itself; only here is an English "him" enough.
        and (_THIRD_WORD.search(folded) or _GIVES_THEM_EN.search(folded))
        and not _TO_ME.search(deeds)
    ):
        return OTHER  # "en vuxen man ger honom skins ... Han är 13": told about a child
    if (
        other_age
        and rules - _RULE_ONLY - _WHO_SIGNS
        and (_THIRD_PERSON.search(folded) or _THIRD_WORD.search(folded))
        # The age told is the close one's, not the payer's ("en sugardaddy, han e 40").
        and (_RELATION.search(folded) or not own_age)
        # (a child's age is never the payer's: "en kille i tvåan ... träffar män")
        and (
            _RELATION.search(folded)
            or not _ONE_WHO_PAYS.search(folded)
            or any(m.role == AGE_OTHER and m.group == AGE_MINOR for m in ages)
        )
        and not done_to_me
        and _FIRST_PERSON.search(_WRITER_WORRIES.sub(" ", deeds)) is None
        and _MY.search(_RELATION.sub(" ", folded)) is None
        and _WE.search(folded) is None
    ):
        # "hon träffar män för pengar ... hon är 52. jag vet inte vad jag ska göra",
        # "min mamma e 38 o tror hon träffar män för pengar, ja e 13".
        return OTHER
    if _SHE_OPENS.match(folded) and not _FIRST_PERSON_EN.search(folded):
        return OTHER  # "she has a 'sugar daddy' who pays her phone bill": told of her
    if (
        (_THEY_OPEN.match(folded) or _FOUND_OUT_OF_THEM.search(folded))
        # A situation told of them, not "hon är 17" alone, and never a crisis: "han har en
        # kniv", "han står utanför nu" are about the one in danger, the writer.
        and rules & {"exchange", "coercion", "sexual_violence", "images_spread", "health",
                     "exit", "buying"}
        # ("... nån vuxen som betalar honom och han är rädd och vill hem NU" is theirs: a
        # deed done to him named beside the danger.)
        and (not rules & {"danger", "suicidal"} or _HER_OR_HIM.search(folded))
        and not own_age
        and not _MY.search(folded)  # "han betalar mitt gymkort": the writer's own
        and not done_to_me
        and _FIRST_PERSON.search(
            _WRITER_WORRIES.sub(" ", _FOUND_OUT_OF_THEM.sub(" ", deeds))) is None
    ):
        # "hon har fått massa presenter från en man ... jag tror han vill ha sex tillbaka",
        # "hans kompis säger att han är i en lägenhet med nån vuxen som betalar honom" (set
        # CX): told of her or him; the writer only worries.
        return OTHER
    if not confident or intent not in RELATIVE_INTENTS | {"professional_advice"}:
        return SELF
    if intent == "professional_advice" and not (
        _RELATION.search(folded) or _THIRD_PERSON.search(folded) or _THIRD_WORD.search(folded)
        or _ONE_OF_THEM.search(folded) or _HER.search(folded) or _SOMEONE_ELSE_NAMED.search(folded)
        or _WE.search(folded)
    ):
        return SELF  # "hur funkar sugardejting? har fått ett erbjudande": no one else named
    if intent == "professional_advice":
        own = own_age or done_to_me or _DONE_FOR_ME_EN.search(folded) is not None or (
            "buying" in rules and _OWN_PURCHASE.search(folded) is not None) or (
            _WRITER_SELLS.search(folded) is not None) or (
            "buying" in rules and _FIRST_PERSON.search(folded) is not None
        ) or _WRITER_BROUGHT.search(folded) is not None
        return SELF if own else PROFESSIONAL
    about_me = own_age or done_to_me or _WRITER_SELLS.search(folded) is not None or (
        _FIRST_PERSON.search(folded) is not None and _RELATION.search(folded) is None
    ) or _WRITER_BROUGHT.search(folded) is not None
    # ("mother of two kids, i sell sex sometimes", set FQ: the writer sells; "my uncle
    # brought me here", set GA: the writer was brought.)
    # No one else named: people drop "jag" ("träffar män från en app o får grejer").
    nobody_else = _RELATION.search(folded) is None and _THIRD_PERSON.search(folded) is None
    return SELF if about_me or nobody_else else OTHER


def decide_intent(
    intent: Optional[str], situation: Situation, has_age: bool, confidence: float = 1.0
) -> Optional[str]:
    """The intent Rasa acts on, or None to keep the classifier's.

    Danger and suicidal thoughts always win. A victim's sign replaces an
    "unwanted sexuality" or small-talk reading. Any sign or question replaces
    small talk, so that "hej, jag e 15 o en gubbe betalar mig" is never
    answered with a greeting. An age alone turns small talk into an answer.
    """
    main = situation.main_sign()
    if main in ("suicidal", "danger"):
        return INTENT_BY_SIGN[main]
    if situation.crisis_denied:
        # The classifier's crisis is denied in the text: what the rules read is answered.
        ask = next((a for a in ("human", "law", "anonymity", "report", "contact")
                    if a in situation.asks), None)
        return INTENT_BY_SIGN[main] if main else INTENT_BY_ASK[ask] if ask else "chitchat"
    if intent in ("suicidal", "acute_danger") and main is None:
        # analyze() refused the classifier's crisis (a question and nothing else, read
        # unsurely): "do i have to give my name if i call KAST?" (set GB) is answered.
        ask = next((a for a in ("human", "law", "anonymity", "report", "contact")
                    if a in situation.asks), None)
        if ask is not None:
            return INTENT_BY_ASK[ask]
    if situation.concerned == PROFESSIONAL and intent in ("request_human", "ask_about_service"):
        return "professional_advice"  # "kan ni ge konsultation till mig som handläggare?"
    if intent == "request_human" and main is not None:
        return INTENT_BY_SIGN[main]  # the situation is answered; refer() calls the worker too
    if intent in ("suicidal", "acute_danger") and main is not None:
        return INTENT_BY_SIGN[main]  # analyze() judged the classifier's crisis to be another sign
    victim = main in VICTIM_SIGNS
    if victim and (intent in SMALL_TALK or SIGN_BY_INTENT.get(intent or "") == "unwanted"):
        return INTENT_BY_SIGN[main]
    unsure = confidence < MIN_CONFIDENCE
    if (
        SIGN_BY_INTENT.get(intent or "") == "unwanted"
        and "unwanted" not in situation.signs
        and not unsure
    ):
        # analyze() refused the classifier's "your thoughts" (no word of sex, urges or
        # children; a victim moved by others): what the rules read is answered instead.
        # Without a sign, a message with an age (a child) is asked again rather than
        # given Preventell; without one the conversation so far decides.
        if main:
            return INTENT_BY_SIGN[main]
        # "how do i get in touch with stödcentrum, im 17": the question is answered.
        ask = next((a for a in ("contact", "human", "law", "anonymity", "report")
                    if a in situation.asks), None)
        if ask is not None:
            return INTENT_BY_ASK[ask]
        return "nlu_fallback" if has_age else None
    if main is None and "vague" in situation.asks:
        return "nlu_fallback"  # "hmm", "det där ni vet": nothing to answer yet
    # "kom ut, står på en bensinmack nu" after danger: the conversation answers it too.
    follow_up = {"its_me", "for_them", "safe_now", "police_involved"} & situation.asks
    if main is None and follow_up and (intent in SMALL_TALK or unsure or intent == "request_human"):
        return "inform_age"  # "det är alltså jag": a follow-up the conversation answers
    if main is None and "misread" in situation.asks and intent in ("affirm", "deny", None):
        return "nlu_fallback"  # "nej inte så, du fattar inte" is no answer to a question
    if intent not in SMALL_TALK and intent is not None and not unsure:
        return None
    if situation.concerned == PROFESSIONAL:
        return "professional_advice"
    if main is None and "no_age" in situation.asks:
        return "deny"  # "spelar ingen roll hur gammal jag e": no age, so both routes
    if main is None and "misread" in situation.asks:
        return "nlu_fallback"  # "du fattar inte": two of these offer a human
    if main is not None:
        if situation.concerned == OTHER and main in ("exchange", "coercion"):
            return "relative_sells_sex"
        return INTENT_BY_SIGN[main]
    ask = next(
        (a for a in ("human", "law", "anonymity", "report", "contact") if a in situation.asks), None
    )
    if ask is not None and (
        intent not in ("affirm", "deny") or unsure or not situation.yes_or_no or ask == "human"
    ):
        return INTENT_BY_ASK[ask]  # "nej. en person tack" (set CJ) asks for a person all the same
    # "över" answering the age question is an age, not "over and out".
    if has_age and (unsure or intent in SMALL_TALK):
        return "inform_age"
    return None
