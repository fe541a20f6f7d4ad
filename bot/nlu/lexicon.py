"""Signs of a situation in folded chat text (see text.fold), one pattern per sign.

Each pattern is written for the folded spelling: lower case, no å/ä/ö, no
punctuation. They are deliberately about *signs*, not topics: "han tar alla
mina pengar" is a sign of coercion whatever else the message says. The
statistical classifier covers the long tail; these make the few decisions
that must not depend on it (situation.py says which).
"""

from __future__ import annotations

import re
from typing import Dict, Pattern

# Words that stand for the writer, and for someone who does something to them.
WRITER = r"(?:jag|ja|jg|i|im)"
ME = r"(?:mig|mej|me|mei)"
THEY = (
    r"(?:han|hon|hen|de|dom|dem|nagon|nan|folk|killen|mannen|gubben|kunden|kunderna|"
    r"chefen|pojkvannen|min kille|min pojkvan|min man|min karlek|hallicken|ganget|"
    r"kompisen|hans kompis|hans kompisar|he|she|they)"
)
_WORD = r"(?:\w+\s+)"


def _near(first: str, second: str, words: int = 8) -> str:
    """`first` and `second` within `words` words of each other, either order."""
    return (
        rf"(?:\b{first}\b\W+{_WORD}{{0,{words}}}?{second}\b"
        rf"|\b{second}\b\W+{_WORD}{{0,{words}}}?{first}\b)"
    )


# Being paid, in whatever form: money, gifts, a bed, drugs, a ride.
PAYMENT = (
    r"(?:pengar\w*|cash|swish\w*|betal\w*|stalar|kronor|\d+ ?(?:kr|spann|lax|k)|"
    r"presenter?|grejer|saker|klader|smink|parfym|vape|vejp|snus|cigg|sprit|alkohol|"
    r"ol|droger|knark|gras|weed|tjack|piller|ladd\w*|saldo|mobil|iphone|airpods|"
    r"sova|sover|sov|sovplats|sangplats|bo|boende|tak over huvudet|skjuts|mat|hyra\w*|"
    r"ersattning|som tack|i utbyte|i gengald|som betalning|money|paid|pay\w*|gifts?|"
    r"skins?|robux|v-?bucks|presentkort\w*|spel)"
)
SEXUAL = (
    r"(?:sex|sexuell\w*|ligga|ligger|lag|legat|knull\w*|suga|suger|sog|sugit|"
    r"gora saker|gor saker|gjort saker|gjorde saker|grejer med|grejer me|saker me|sexgrejer|"
    r"naken\w*|nudes?|oral\w*|blowjob|bj|ta pa mig|tar pa mig|tog pa mig|"
    r"rora mig|ror mig|visa mig|visar mig|stall\w* upp|traffa\w* (?:gubbar|aldre|man|kunder)|"
    r"hang\w* med (?:gubbar|aldre man|aldre killar)|sexual\w*)"
)

SIGN_PATTERNS: Dict[str, str] = {
    # Sold or paid in any form (the writer or the person they write about).
    "exchange": "|".join(
        [
            r"\b(?:salj|salt|salde|salja)\w*\s+(?:sex|mig|min kropp|kroppen|mig sjalv|sexuella)",
            r"\bsex mot (?:ersattning|betalning|pengar|betalt)",
            r"\b(?:tar|ta|tog|tagit|far|fa|fick|fatt) (?:betalt|ersattning|pengar) for",
            r"\bbetalt for (?:sex|att|bilder|nudes)",
            rf"\b(?:betalar|betalade|betala|betalat|swishar|swishade|swisha|swishat) {ME}\b",
            r"\b(?:far|fick|fatt|far ibland) (?:betalt|pengar|cash|swish|grejer|saker|presenter) "
            r"(?:av|fran) (?:en |nan |nagon |olika |aldre )?"
            r"(?:gubbe|gubbar|man|aldre|kille|killar|snubbe|kund|kunder|typ)",
            rf"\b(?:ger|gav|gett|bjuder) (?:{ME}|henne|honom|hen) (?:\w+ ){{0,2}}?{PAYMENT}",
            # "killen som betalade", "bilderna jag sålde", "I do it for more money"
            r"\b(?:killen|mannen|gubben|snubben|kunden|han|typen) som (?:betala\w*|swisha\w*)\b",
            r"\b(?:bilder|bilderna|nudes|videos?|videon|filmer|filmerna) (?:som )?(?:jag|ja) "
            r"(?:har )?(?:salt|salde|saljer|skickade for pengar)\b",
            r"\b(?:do|did|doing) (?:it|that|this|extra|more) for (?:more |extra )?(?:money|cash)\b"
            r"|\bcustomers? (?:want|wants|ask|asks) (?:for )?(?:extra|more|sex)\b",
            r"\bbetala\w* (?:\w+ )?for att (?:jag|ja) ska\b",
            # "en man som betalar henne": someone close is paid (situation.py tells whose).
            r"(?<!jag )(?<!ja )(?<!jg )(?<!vi )(?<!inte )"
            r"\b(?:betalar|betalade|betalat|swishar|swishade|swishat) (?:henne|honom|hen)\b",
            rf"\bladdar (?:mitt|min|{ME})",
            r"\b(?:sugar\w*|sugar ?dadd|sugar ?dejt|"
            r"sugar ?dat|sugar ?bab|sugar ?mom|sugarboy|sugardaddy|sugarbaby|onlyfans|"
            r"only fans|webcam|camming|cammar|camgirl)\w*",
            r"\b(?:jag|ja) (?:ar|e|jobbar som|har varit|var) (?:en )?"
            r"(?:escort|eskort|prostituerad)",
            r"\b(?:eskortar|eskorta|escortar|horar|horade)\b",
            r"\b(?:salj|salja|salt|salde)\w* "
            r"(?:bilder|nudes|nakenbilder|videos?|filmer|klipp|trosor)",
            r"\bsell\w* (?:sex|myself|my body|nudes|pics)",
            r"\b(?:pay|pays|paid|paying|give|gives) me\b",
            r"\btraffa\w* (?:dom|dem|han|honom|man|gubbar|killar|kunder) for (?:pengar"
            r"|cash|betalt)",
            r"\b(?:dom|de|dem) betalar (?:men|o|och|bra|mycket|alltid)\b",
            r"\b(?:get|gets|getting|got) (?:money|paid|gifts|cash|stuff) (?:from|by) "
            r"(?:an? |this |some )?(?:older |old )?(?:man|men|guy|guys)\b",
            # Money or things nobody can explain, seen by someone close.
            r"\b(?:massa|mycket|en massa|konstigt mycket|gott om) (?:pengar|kontanter)\b"
            r".{0,80}?\b(?:inte kan forklara|fran ingenstans|vet inte var|vuxna man|aldre man)",
            # Paid for the writer: "min räkning betalas av en snubbe", "köper sprit åt mig".
            # "fått en iphone av en man han träffat", "tar emot swish från en gubbe"
            rf"\b(?:far|fick|fatt|har fatt|tar|tog|tagit|tar emot|tog emot|tagit emot) "
            r"(?:en |ett |massa )?"
            rf"{PAYMENT} (?:av|fran) (?:en |nan |nagon |olika |flera )?(?:\w+ )?"
            r"(?:man|man|gubbe|gubbar|kille|killar|snubbe|snubbar|vuxen|vuxna|aldre|kund\w*)\b",
            r"\b(?:tar|ta|tog|tagit) emot (?:swish|betalt|betalning|pengar)\b",
            # "tar emot män hemma": men received as clients.
            r"\b(?:tar|ta|tog|tagit) emot (?:man|kunder|gubbar|killar|torskar)\b",
            r"\b(?:massage|sex|escort\w*|dates?|meet(?:ing)? men)\b.{0,30}\bfor (?:money|cash)\b",
            # "vad ja gjort för pengar", "låtit killar göra vad dom vill för att få pengar"
            r"\b(?:gjort|gor|gjorde|gora) (?:\w+ )?for (?:att fa )?(?:pengar|cash|betalt)\b",
            _near(r"(?:man|gubbar|gubbe|killar|snubbar|kunder|kunden)",
                  r"for att fa (?:pengar|cash|betalt|grejer|saker)", 10),
            r"\bsom (?:kunden|kunderna|torsken|koparen) (?:ville|vill|sa|bad|kraver)\b",
            r"\btraffa\w* (?:\w+ )?for (?:att fa )?(?:pengar|cash|betalt|swish)\b",
            r"\b(?:jobbar|star|jobba) (?:pa|i) gatan\b|\bgatuprostitu\w*",
            # "e 17 o säljer": selling with nothing after it is selling oneself.
            r"\b(?:e|ar|jag|ja|o|och|men) (?:typ |ocksa |ibland |fortfarande )?(?:saljer|salt|salde)"
            r"(?= (?:o|och|men|vill|typ|ibland|sen|nu|pa natet|pa gatan|har|fast|for att)\b|\W*$)",
            r"\b(?:han|hon|det) (?:ar|e|var) (?:en )?(?:kund|torsk|stamkund)\b",
            r"\b(?:he|she|they) (?:is|was|are|were) (?:a |my |one of my )?(?:client|customer)s?\b"
            r"|\b(?:met|meet|meeting|seeing|saw) (?:a |my |the |one )?(?:client|customer)s?\b"
            r"|\bi work (?:in|at) (?:an? |the )?(?:massage|salon|parlou?r|strip club|brothel)",
            # Offered money to come along: "om jag följer med till hans kompis får jag 1000 kr".
            r"\bom (?:jag|ja|vi) (?:foljer med|kommer (?:dit|over|hem)|ses|traffas|stannar)"
            r"\b.{0,40}?\b(?:far|fa) (?:jag |ja |vi )?(?:\d+ ?(?:kr|spann|lax|k)\b|pengar|cash|betalt)",
            r"\bkund(?:en|er|erna)? (?:som )?(?:inte )?(?:betala\w*|vagra\w* betala)\b",
            r"\b(?:i )?(?:work|working|worked) (?:with|in) (?:sex|escort\w*|clients|customers)\b",
            r"\b(?:betalas|betalades|swishas|laddas|fixas) av (?:en |nan |nagon |min "
            r"|hans )?(?:\w+ )?"
            r"(?:snubbe|kille|gubbe|man|aldre|sugardaddy|sugar daddy)",
            r"\b(?:kille|killar|gubbe|gubbar|snubbe|snubbar|man|han|aldre \w+) (?:\w+ )?"
            rf"(?:koper|kopte|kopt|fixar|fixade|skaffar|bjuder pa) (?:\w+ ){{0,2}}?(?:at|till) {ME}"
            r"(?: och \w+| o \w+)?\b.{0,40}?\bom (?:jag|vi)\b",
            # A roof in exchange: "sover hos en äldre kille för att få bo där".
            r"\b(?:sov\w*|bor|bott|bodde|ligg\w*|flytt\w*) (?:hos|med|till) (?:\w+ ){0,2}?"
            r"(?:aldre|gubb\w*|vuxn?\w*|olika (?:man|killar|snubbar))\b.{0,40}?"
            r"\bfor att (?:fa |ha |slippa )?(?:bo|sova|nanstans|ett stalle|tak|en sang"
            r"|vara ute|va ute)",
        ]
    ),
    # Payment near a sexual word, direction unknown: a sign of being paid unless
    # the message is about buying (situation.rule_signs decides).
    "exchange_unsure": _near(PAYMENT, SEXUAL, 8)
    + r"|\b(?:escort|eskort|prostitu)\w*"
    + r"|\b(?:mina|ta|tar|traffar|traffa|fler) (?:kunder|torskar)\b"
    # A "kund" the writer is with, a "köpare", work done for him: the writer's the one paid.
    + r"|\b(?:med|av|hos|fran|efter|till) (?:en |min |mina |flera |manga )?"
    r"(?:kund|kunden|kunder|kunderna|kopare|koparen|koparna|sexkopare|sexkoparen)\b"
    r"|\b(?:min|mina) (?:kund|kunder|stamkund\w*)\b|\b(?:sexarbet\w*|sex ?work\w*|branschen)\b"
    + r"|\bjobbar (?:at|for) (?:honom|dom|dem|han)\b"
    + r"|\b(?:med|me|av) (?:alla )?(?:dom|de) dar (?:mannen|gubbarna|kunderna|killarna)\b"
    + r"|\b(?:allt|det|det som hant) (?:med|me) (?:alla )?(?:mannen|gubbarna|kunderna|torskarna)\b"
    # "fastnat i något med äldre män och pengar"
    + "|" + _near(r"(?:aldre|vuxna|gamla) (?:man|gubbar|killar|snubbar)",
                  r"(?:pengar|cash|betalt|presenter|grejer)", 6),
    # Buying, by the writer or someone they write about.
    "buying": "|".join(
        [
            r"\b(?:kopt|kopte|kopa|koper|kop|kopa mig) (?:\w+ )?(?:sex|sexuella|sexuell|escort\w*|"
            r"eskort\w*|en tjej|tjejer|horor|prostituerad\w*|en prostituerad)\b",
            r"\bsexkop(?!are)\w*|\b(?:jag ar|ja e|jag e|har varit|var) (?:en )?sexkopare\b",
            r"\b(?:anlit|bestall|boka)\w* (?:en |ett )?(?:escort|eskort|tjej|prostituerad)",
            r"\bbetala\w* for (?:en |ett )?(?:escort\w*|eskort\w*|sugar ?dat\w*|sugardejt\w*)",
            r"\bbetala\w* (?:for sex|en tjej|en kille|tjejer|"
            r"(?:henne|honom) for (?:sex|att (?:ligga|fa|hon|han) (?:sex|ligga|suga|med)))",
            r"\b(?:paid|pay|paying|buy|buying|bought) (?:for )?sex",
            r"\b(?:i )?(?:pay|paid|paying) (?!me\b)(?:\w+ )?(?:for sex|women|girls|escorts?)\b",
            r"\b(?:betalat|betalade|betalar|betala|swishat|swishade|swishar|swisha) "
            r"(?!mig\b|mej\b)(?:\w+ ){0,2}for (?:sex|att (?:ligga|fa sex|fa ligga))\b",
            r"(?<!fatt )(?<!fa )(?<!far )(?<!fick )(?<!ta )(?<!tar )(?<!tog )(?<!tagit )"
            r"\bbetalt (?!for\b|mig\b|mej\b)(?:[\w-]+ ){1,3}for (?:sex|att (?:ligga|fa sex))\b",
            r"\b(?:gar|gick|gatt|besok\w*|anlit\w*) (?:till |hos )?(?:prostituerade|horor"
            r"|bordell\w*|"
            r"(?:kvinnor|tjejer|killar) (?:via|pa|fran) (?:annons\w*|sajt\w*|natet|appar))",
            r"\b(?:var|ar|e|har varit|blev) (?:en )?kund hos\b|\bkund hos (?:en )?"
            r"(?:escort|eskort|tjej)",
            r"\bpengar pa (?:escort|eskort|sex|horor|tjejer|massage)\w*",
            r"(?<!om )\b(?:jag|ja|jg) (?!inte\b)(?:\w+ )?(?:betalade|betalat|betalar|swishade|"
            r"swishat|swishar) (?:henne|honom|hen|tjejen|killen|kvinnan)\b",
            r"\b(?:gar|gick|gatt|besok\w*|anlitat) (?:till |hos )?(?:en |ett )?"
            r"(?:escort|eskort)\w*",
            r"\bmassage\w* med extra|\b(?:jag ar|varit) torsk\b",
            r"\b(?:kollat|kollar|kolla|tittat|tittar|scrollat|scrollar|surfat|surfar) "
            r"(?:\w+ ){0,2}(?:pa )?(?:escort|eskort|sex) ?(?:annons|sid|sajt)\w*",
            # Found by someone close: "kvitton från en escortsida i min mans telefon".
            r"\b(?:kvitto\w*|betalningar|dragningar|bokningar|swishar) (?:\w+ ){0,3}?"
            r"(?:escort|eskort|sex) ?(?:sid|sajt|annons|tjej)\w*",
            r"\bannons\w*\b.{0,60}?\b(?:boka|bokar|bokat|bokade|ringa|ringde)\b"
            r"|\b(?:boka|bokar|bokat|bokade)\b.{0,60}?\bannons\w*",
            r"\b(?:book|booking|booked|hire|hiring|hired|visit|visiting|visited) "
            r"(?:an? )?(?:escort|prostitute|sex worker|hooker)s?\b",
        ]
    ),
    # The writer's own unwanted sexual interest in children (never a victim's words).
    "unwanted": "|".join(
        [
            rf"\b{WRITER}\b\W+{_WORD}{{0,8}}?(?:tankar|tanker|fantasi\w*|attraher\w*|dras till|"
            r"tander pa|kat pa|upphets\w*|intresse\w*|intresserad|lockad\w*|lockas|"
            r"fastnat for|sexuellt dragen)\W+" + rf"{_WORD}{{0,6}}?"
            r"(?:barn|ungar|minderarig\w*|smabarn|sma flickor|sma pojkar|under 15|"
            r"(?:som )?ar 1[0-4]\b|"
            r"tonaring\w*|1[0-4] ?-?ar\w*|yngre tjejer|yngre killar)\b",
            rf"\b{WRITER}\b\W+{_WORD}{{0,6}}?(?:tittar|kollar|laddar|sett|tittat|kollat|"
            r"sparat|sparar)\W+" + rf"{_WORD}{{0,4}}?(?:barnporr|overgreppsmaterial|"
            r"overgreppsbilder|overgreppsfilm\w*|bilder pa barn)",
            rf"\b{WRITER} (?:ar|e|kanske ar|tror (?:att )?jag ar|ar nog) (?:en )?pedofil",
            r"\b(?:urges?|thoughts?|fantas\w*|impulses?) (?:\w+ )?(?:to|about) (?:force|forcing|"
            r"rape|raping|hurt|hurting) (?:women|woman|someone|people|girls|her|kids|children)\b",
            r"\b(?:thoughts?|fantas\w*|urges?|attraction|feelings) (?:about|to|towards|for) "
            r"(?:young |younger )?(?:teens?|kids|children|minors|little (?:girls|boys))\b",
            r"\b(?:exposing myself|flashing people|blottar mig|blotta mig|blottat mig|"
            r"smygfilma\w*|smygtitta\w*|exhibitionis\w*|voyeur\w*)",
            r"\bsexuellt (?:intresserad|attraherad|dragen|lockad|upphetsad) (?:av|till|mot) "
            r"(?:barn|minderariga|ungar|smabarn)\b",
            rf"\b{WRITER}\b\W+{_WORD}{{0,6}}?(?:vill|lust|impuls\w*|tankar|fantiser\w*|drommer)\W+"
            + rf"{_WORD}{{0,4}}?(?:tvinga|valdta|skada) (?:nagon|nan|henne|honom|folk|"
            r"kvinnor|tjejer|killar|barn)",
        ]
    ),
    # Someone chatting sexually with children (a relative writes: Preventell).
    "unwanted_other": r"\b(?:chattar|skriver|pratar|har kontakt) (?:med|me) (?:\w+ )?"
    r"(?:1[0-4] ?-?ar\w*|barn|minderarig\w*|smabarn)\b",
    # Forced, pimped, trafficked, controlled: a victim of crime.
    "coercion": "|".join(
        [
            r"\b(?:saljer|salde|skickar|skickade) (?:henne|honom|hen) (?:till|for) "
            r"(?:andra|man|gubbar|kunder|pengar)\b",
            rf"\b{THEY} (?:\w+ )?(?:saljer|salde) (?:henne|honom|hen)\b",
            rf"\b{THEY} (?:\w+ )?(?:saljer|salde|har salt|saljer ut) (?:mig|mej|min kropp)\b",
            r"(?<!ingen )(?<!inte )\btvinga\w* (?:mig|mej|oss)\b(?! pa)|"
            r"(?<!inte )\b(?:tvingad|tvingades|tvingas)\b|"
            r"\btvungen att (?:salja|ta emot|traffa|ha sex|ligga|jobba|gora det|gora saker)\b",
            r"\b(?:hallick|hallic|pimp|loverboy|manniskohand|traffick|trafficking)\w*",
            r"\b(?:forced?|forcing|makes? me|made me)\b",
            rf"\b(?!{WRITER}\b){THEY}\b\W+{_WORD}{{0,3}}?(?:tar|tog|tagit|behaller|haller|"
            r"kraver|vill ha) (?:alla |all |hela |halva |halften av |allt av |det mesta av )?"
            r"(?:mina |min |mitt )?(?:pengar\w*|lon|inkomst|cash|allt jag tjanar)",
            r"\b(?:har|tagit|tog|tar|behaller|haller|gomt|gommer|har kvar|lasa in) "
            r"(?:mitt|mina|min) (?:pass\w*|id\w*|legitimation|papper|id-kort|telefon|mobil)\b",
            r"\b(?:takes?|took|keeps?|has|have|taken) (?:all )?(?:my|her|his|their) "
            r"(?:money|passport|papers|id)\b",
            r"\b(?:tar|tog|tagit|har|behaller) (?:hennes|hans|deras) (?:pass|papper|id|pengar)\b",
            r"\b(?:must|has to|have to|had to) (?:work|sleep|be) with (?:men|clients|customers)\b",
            # A debt to those who control the writer, not to Klarna or a friend.
            r"\b(?:skuld|skulder|skulden) (?:till|hos) (?:dom|dem|honom|han|henne|ganget|hallicken|"
            r"chefen|mannen|kvinnan|de som|killen som|familjen som|resebyran)\b",
            r"\b(?:ar|e) skyldig (?:dom|dem|honom|henne|ganget|dem som)\b",
            r"\b(?:betala|jobba|arbeta) (?:av|tillbaka) (?:\w+ )?(?:skulden|resan|biljetten|"
            r"lagenheten|det jag)",
            rf"\bskyldig (?:honom|henne|dem|dom|de|{THEY}) (?:pengar|for)",
            r"\bowe (?:him|them|her)\b",
            r"\butnyttja\w* (?:mig|mej|oss)\b",
            r"\b(?:sager|sa|bestammer|kraver|vill) (?:att )?(?:jag|ja) (?:maste|ska) "
            r"(?:jobba|traffa|salja|ha sex|ligga|stalla upp|ta kunder|suga|gora)",
            r"\bmaste (?:jobba|ta kunder|traffa kunder|stalla upp|ligga med) (?:\w+ )?"
            r"(?:for|at|med) (?:honom|henne|dem|dom|hans)",
            r"\b(?:far|fick) inte (?:sluta|lamna|ga harifran|aka hem|ga ut|ringa)",
            rf"\b(?:later|lat|laser|slapper) (?:{ME}|oss) inte",
            rf"\b(?:laser|last|laste|stanger|stangt|stangde|haller) in {ME}\b|\binlast\b",
            r"\b(?:ordnar|fixar|bokar|skaffar|hittar|tar in|ringer) (?:\w+ )?"
            r"(?:kunder|man|gubbar|killar|torskar) (?:at|till|for) (?:mig|mej)",
            rf"\b(?!{WRITER}\b){THEY} (?:saljer|salde|har salt|hyr ut|hyrde ut) (?:mig|mej)\b",
            r"\b(?:skjutsar|skjutsade|kor|korde|tar|tog) (?:mig|mej) till "
            r"(?:lagenheter|hotell|kunder|man|gubbar|olika)",
            r"\b(?:tog|tagit|fick|lurade|lurat) (?:mig|mej) (?:hit|till sverige)",
            r"\b(?:hotar|hotade|hotat) (?:mig|mej|att|min|mina)",
            r"\bthreat\w*",
            r"\b(?:annonserar|annonserade|saljer) ut (?:mig|mej|henne|honom)\b",
            r"\b(?:lagger|la|lade|satter|satte|skriver|skrev) (?:upp |ut |in )?(?:\w+ )?annons\w* "
            r"(?:pa|om|med|for) (?:mig|mej|henne|oss)\b",
            r"\b(?:blir|blev|har blivit|bli) (?:\w+ )?sald (?:av|till)\b",
            # A threat with a condition: "om jag inte jobbar ikväll", "or he cut me".
            r"\bom (?:jag|ja) inte (?:jobbar|tar (?:fler )?kunder|traffar (?:kunden|kunderna|dom|dem"
            r"|honom|hans)|staller upp|gor som (?:han|dom|de|kunden) (?:sager|vill))\b",
            r"\b(?:says?|said|tells? me) (?:that )?i (?:must|have to|need to)\b",
            r"\b(?:he|she|they|man|men|pimp|boyfriend) (?:sells?|sold|rents?|rented) me\b",
            r"\bmaste gora (?:allt|det) (?:han|hon|dom|de|kunden|kunderna) (?:sager|vill|kraver)\b",
            r"\b(?:sager|sa|pastar) (?:att )?(?:jag|ja) (?:\w+ )?(?:ar|e) skyldig\b",
            r"\bsom saljer (?:mig|mej)\b",
            r"\b(?:killarna|killen|mannen|dom|de|han|gubben|gubbarna) (?:som )?(?:jag|ja) jobbar "
            r"(?:at|for)\b",
            r"\binte far (?:ga|aka|lamna) (?:\w+ )?forran\b",
            r"\b(?:cannot|can'?t|not allowed to) (?:leave|go)(?: home)? (?:before|until) i (?:pay|work)",
            # A threat that keeps the writer selling: "han vet var jag bor ... så jag fortsätter".
            r"\bvet (?:var jag bor|vilken skola|var (?:min|mina) (?:dotter|son|barn|familj))",
            r"\b(?:didn'?t|did not|dont|don'?t) (?:make|earn|bring(?: home)?) enough(?: money)?\b"
            r"|\b(?:tjanade|tjanat|tjanar|drog in|drar in) inte (?:tillrackligt|nog)\b",
            r"(?<!jag )(?<!ja )(?<!vi )\b(?:tar|tog) (?:alla |hela )?(?:pengarna|min lon|"
            r"allt jag tjanar|det jag tjanar)\b",
        ]
    ),
    # Raped or sexually assaulted (in the past or just now).
    "sexual_violence": "|".join(
        [
            r"\b(?:valdtog|valtog|valdtag|valtag|valdtogs|raped|rapist)\w*",
            rf"\b(?:{WRITER}|mig|mej|{ME})\b.{{0,50}}\b(?:valdtakt(?!sman)\w*|overgrepp"
            rf"(?!smaterial|sbild|sfilm)\w*|rape)\b",
            r"\butsatt\w* for (?:en |ett )?(?:valdtakt|overgrepp|sexuellt)",
            r"\b(?:forgrep|forgripit|forgripa|forgriper)\w* (?:sig )?(?:pa|mot) (?:mig|mej)\b",
            r"\b(?:ofredad|antastad|forgripen|utnyttjad sexuellt)\b",
            r"\bsexuellt (?:utnyttjad|trakasserad|ofredad|angripen)",
            # "det tär på mig" folds to "tar pa mig": someone must do it.
            rf"\btafsa\w* pa (?:mig|mej)|\b{THEY} (?:\w+ )?(?:tog|tar|tagit) pa mig\b",
            r"\bdrog(?:ade|at)? (?:mig|mej)\b",
            r"\b(?:nagot|nat|droger) i (?:min|mitt) (?:drink|glas|dricka)",
            r"\bmot min vilja\b|\butan (?:mitt )?samtycke\b|\bagainst my will\b",
            r"\btog av (?:sig )?kondomen\b|\bstealth\w*",
            r"\boverfall(?:en|d|s)\b|\boverfoll (?:mig|mej)\b",
            rf"\b{WRITER} (?:sa|sade) nej\b|\bsa nej (?:men han|men de|och han|o han)\b",
            r"\b(?:slutade|stannade|lyssnade) inte (?:fast|nar|trots|nar jag)",
            r"\btvinga\w* (?:mig|mej) (?:till sex|att ha sex|att suga|att ligga)",
            r"\butan kondom (?:fast|trots|fast jag|nar jag)",
            r"\b(?:kunden|en kund|kund|client|customer|a client|the client|a customer)\b"
            r"(?:\s+\w+){0,2}\s+(?:hurt|hit|beat|choked|strangled|slog|misshandla\w*|skadade|"
            r"strypte|gjorde illa) (?:me|mig|mej)\b",
            r"\b(?:blev|blir|har blivit|bli) (?:\w+ )?(?:slagen|misshandlad|strypt|skadad|sparkad|"
            r"knuffad) av (?:en |min |hans )?(?:kund|kunden|kopare|koparen|torsk|torsken|sexkopare)\b",
            r"\bstryptag\b|\b(?:stryper|strypte|strypt) (?:mig|mej)\b",
            r"\b(?:tvingade|tvingat|tvingar) (?:en |min |den )?(?:kund|kunden|torsken|koparen) (?:mig|mej)\b"
            r"|\b(?:kund|kunden|koparen|torsken) (?:\w+ )?(?:tvingade|tvingat|tvingar) (?:mig|mej)\b",
            r"\b(?:jag|ja) (?:inte|aldrig) (?:gick med pa|gatt med pa|sa ja till|samtyckt\w*|"
            r"ville vara med pa)\b",
            r"\b(?:hold|holds|held|holding|pinned) me down\b|\bholl (?:fast|ner) (?:mig|mej)\b"
            r"|\bholl mig fast\b",
            r"\bforced (?:me|himself on me)\b.{0,25}\b(?:sex|condom)",
        ]
    ),
    # Nude images or videos spread, posted or threatened to be (sextortion).
    "images_spread": "|".join(
        [
            r"\b(?:bild|bilder|bilderna|bilden|nudes?|nakenbild\w*|video\w*|film|filmen|"
            r"filmer|filmat|klipp|klippet|pics?)\b\W+" + rf"{_WORD}{{0,7}}?"
            r"(?:sprid\w*|spred\w*|spritt|lagt ut|lagts ut|lagger ut|lagga ut|lade ut|"
            r"delat\w*|delas|delade|skickat vidare|skickar vidare|skickade vidare|"
            r"skicka vidare|postat|postar|posta|publicer\w*|lackt|lacker|lacka|ute pa|"
            r"kommer ut|visa alla|visat alla)",
            r"\b(?:sprid\w*|spred\w*|lagt ut|lagger ut|lagga ut|lade ut|delat|delar|"
            r"skickat vidare|skickar vidare|postat|postar|lackt)\W+" + rf"{_WORD}{{0,5}}?"
            r"(?:bild|bilder|bilderna|nudes?|nakenbild\w*|video\w*|film\w*|klipp\w*)\b",
            r"\b(?:sextortion|utpress\w*|blackmail\w*)",
            r"\b(?:hotar|hotade|hotat) (?:att |med att )?(?:skicka|visa|sprida|lagga ut|posta|dela) "
            r"(?:\w+ ){0,2}(?:bilder|bilderna|nudes|filmer|filmerna|videos?|videon|klipp)\b",
            r"\bskicka (?:mina|hennes|hans) (?:bilder|nudes|filmer|videos?)\w* till\b",
            r"\b(?:send|sends|show|shows|post|posts|share|shares|leak|leaks|spread)(?:ing)? "
            r"(?:all )?(?:my|her|his) (?:pictures|pics|photos|nudes|videos?)\b",
            r"\b(?:alla|hela skolan|hela klassen|alla i skolan|alla i klassen) (?:har )?(?:sett|set) "
            r"(?:mina |hennes |hans )?(?:bilder|bilderna|nudes|videon|"
            r"filmen|filmerna)\b",
            r"\b(?:sharing|shared|posted|posting|leaked|spreading|spread) (?:\w+ ){0,2}"
            r"(?:nudes|pics|pictures|photos|videos?|content|clips?)\b",
        ]
    ),
    # Wants to stop selling or get out.
    "exit": "|".join(
        [
            r"\bsluta (?:for gott|helt|salja|med (?:det|sex|escort|eskort|detta|det har)|ta betalt|"
            r"traffa (?:kunder|gubbar|man)|eskorta|ta emot|jobba med det|som escort)",
            r"\b(?:ta mig|komma|kliva|ta sig) (?:ur|bort fran|ut ur) (?:det|detta|branschen|"
            r"det har|livet|den har|den varlden)",
            r"\b(?:hoppa av|lamna (?:branschen|det har livet|det livet|det har))\b",
            r"\bvill (?:ut|bort) (?:ur|fran)\b|\b(?:get out|quit|stop selling)\b",
            r"^\W*(?:jag |ja )?vill (?:bara )?ut\b(?! (?:och|o|pa|i|med|me|ikvall))",
            r"\binte vill (?:salja|gora det|traffa kunder) (?:mer|langre)",
            r"\b(?:ett annat liv|borja om|nytt liv)\b",
            r"\b(?:raderade|raderat|tog bort|tagit bort|slutat med) (?:min |mina )?"
            r"(?:annons|profil)\w*",
        ]
    ),
    # Health: testing, infections, a broken condom, pregnancy.
    "health": "|".join(
        [
            r"\btesta (?:mig|sig|oss)\b|\btestat\b|\bprovtag\w*|\bta prov\w*",
            r"\b(?:std|stds|sti|stis|hiv|prep|klamydia|gonorre|syfilis|herpes|kondylom|"
            r"hepatit\w*|konssjukdom\w*|smittad|smitta\w*|infektion\w*)\b",
            r"\bkondom\w*\W+(?:\w+\W+){0,4}(?:sprack|gick sonder|hal|trasig|gled av|ramlade av)",
            r"\b(?:gravid\w*|akut-?p|dagen efter-?piller|p-piller|abort\w*|mens\w*|flytning\w*)",
            r"\b(?:barnmorska\w*|gynekolog\w*|vardcentral\w*|ungdomsmottagning\w*|"
            r"see a doctor|std test|get tested|morning after)\b",
            r"\bblodning\w*|\b(?:behover|vill ha|soka|fa) (?:\w+ ){0,2}vard\b|\bnan vard\b|"
            r"\bhiv ?test\w*|\bpregnant\b|\b(?:need|see) a (?:doctor|midwife|nurse)\b|"
            r"\b(?:svider|kliar|klada|kladan)\b|\bont (?:i underlivet|nar jag kissar|dar nere)",
        ]
    ),
    # Someone who works with people and asks for advice.
    "professional": "|".join(
        [
            rf"(?:\b{WRITER} |^\W*)(?:jobbar|arbetar|ar anstalld|ar) "
            r"(?:som|pa|inom|med|i) (?:\w+ )?(?:ett |en )?(?:\w+ )?"
            r"(?:boende\b|ungdomsboende|jourhem\w*|harbarge\w*|klinik\w*|mottagning\w*|"
            r"sjukhus\w*|lsu|skyddat boende)|"
            rf"(?:\b{WRITER} |^\W*)(?:jobbar|arbetar|ar anstalld|ar) "
            r"(?:som|pa|inom|med|i) (?:\w+ )?"
            r"(?:kurator|skolskoterska|larare|socialsekreterare|behandlare|"
            r"fritidsledare|ungdomsvardare|handlaggare|polis|barnmorska|sjukskoterska|"
            r"lakare|psykolog|mentor|rektor|boendestod\w*|hvb|skola|skolan|elevhalsa\w*|"
            r"socialtjanst\w*|soc|ungdomsmottagning\w*|fritidsgard\w*|stodboende|"
            r"familjehem|sis|personal|socialen|kommunen|vard\w*)",
            r"\b(?:min|mina|en|ett|vara|var) (?:elev|elever|klient|klienter|brukare|"
            r"patient|patienter|placerade|placerad ungdom|ungdomar pa|tjejer pa|killar pa)\b",
            r"\b(?:vara|var|en av vara) "
            r"(?:flickor|pojkar|tjejer|killar|ungdomar|boende|placerade)\b",
            r"\b(?:vi pa|personal pa|kollega pa|kollegor pa|vi som jobbar pa) "
            r"(?:skolan|boendet|hvb|hvb-hemmet|gardsen|fritids|enheten|mottagningen|"
            r"avdelningen|soc)",
            r"\b(?:anmalningsplikt|orosanmal\w*|skyldig att anmala)",
            r"\b(?:vi ar|vi jobbar pa|vi pa) (?:en |ett )?(?:kvinnojour|tjejjour|jour|harbarge\w*|"
            r"skyddat boende|hvb\w*|boende|mottagning\w*|skola|fritidsgard\w*|ideell forening)\b",
            r"^\W*(?:kurator|skolskoterska|larare|socialsekreterare|behandlare|fritidsledare|"
            r"ungdomsvardare|handlaggare|polis|barnmorska|sjukskoterska|lakare|psykolog|mentor|"
            r"rektor|socionom|faltassistent|boendestodjare|elevhalsan|school nurse|teacher|"
            r"social worker|counsel+or)\b",
            r"\bi work (?:as|at|in|with)\b(?! (?:an? |the )?(?:sex|escort\w*|clients|customers|men|"
            r"massage|salon|parlou?r|club|strip\w*|hotel)\b)"
            r"|\b(?:as|i am|im|i'm) an? (?:school )?(?:teacher|nurse|social worker|counsel+or|"
            r"doctor|youth worker|police officer|police|midwife|psychologist|case worker)\b",
            rf"\b{WRITER} (?:ar|e) (?:en )?(?:kurator|skolskoterska|larare|socialsekreterare|"
            r"behandlare|fritidsledare|ungdomsvardare|handlaggare|polis|barnmorska|sjukskoterska|"
            r"lakare|psykolog|mentor|rektor|socionom|faltassistent|kontaktperson|boendestodjare)\b",
            r"\bsom (?:kurator|skolskoterska|socialsekreterare|behandlare|fritidsledare|"
            r"larare|yrkesperson|professionell|handlaggare|socionom|polis|lakare|sjukskoterska|"
            r"barnmorska|psykolog|boendestodjare|ungdomsvardare|faltassistent)\b",
            r"\b(?:ge|fa|boka|behover) (?:oss |mig )?(?:en )?konsultation\b",
        ]
    ),
    # The writer worries about someone else.
    "other_person": "|".join(
        [
            r"\b(?:orolig|oroar mig|oroad|rad|bekymrad|worried) (?:for|over|about) "
            r"(?:min|mitt|mina|var|vart|vara|en|ett|my)\b",
            r"\b(?:min|mitt|mina|var|vart) (?:\w+ )?(?:dotter|son|barn|unge|ungar|"
            r"tonaring|syster|bror|lillasyster|lillebror|storasyster|storebror|kompis|"
            r"kompisar|van|vanner|vannina|bastis|kusin|systerdotter|brorsdotter|"
            r"systerson|brorson|bonusdotter|bonusson|styvdotter|styvson|fosterdotter|"
            r"fosterson|barnbarn|flickvan|pojkvan|kille|tjej|sambo|fru|man|partner|pappa|mamma|"
            # ... the relative does it, not the writer ("min mamma vet inte att jag säljer").
            r"klasskompis)\b\W+" + r"(?:(?!(?:jag|ja|jg|i)\b)\w+\W+){0,6}?"
            r"(?:saljer|salt|har salt|salde|far betalt|tar betalt|far pengar|traffar|"
            r"har en sugar|ar escort|eskortar|ar prostituerad|tvingas|blir tvingad|"
            r"utnyttjas|blir utnyttjad|ligger med|koper|kopt|kopte|har kopt|anvander|"
            r"tittar|har tankar|har en aldre|hanger med|har (?:traffat|kontakt med))"
            r"(?!\w)(?!\s+(?:mig|mej)\b)",
            r"\b(?:fraga|fragar|undrar|skriver) (?:at|for) en (?:kompis|van|vannina|kompis skull)\b"
            r"|\basking for a friend\b",
        ]
    ),
    # The person someone asks about is a child (for professionals' questions).
    # "mitt barn", "två vuxna barn" say nothing of the age: asked once instead.
    "about_child": r"\b(?:elev|elever|eleven|ungdom|ungdomar|ungdomen|"
    r"(?<!mitt )(?<!vart )(?<!mina )(?<!vara )(?<!vuxna )(?<!vuxen )"
    r"(?<!vuxet )barn|barnet|barnen|hvb\w*|"
    r"sis-hem|skolan|klassen|minderarig\w*|tonaring\w*|tjej pa 1[0-7]|kille pa 1[0-7]|"
    r"1[0-7] ?-?ar\w*|1[0-7] ?-?(?:year|yr)s? ?-?old|(?:ak|arskurs) ?[4-9]\b|"
    r"(?:a|my|one of my) (?:student|pupil)s?|(?:at|in) (?:a|an|the|my) (?:\w+ )?school|"
    r"(?:som|who) (?:ar|e|is) (?:1[0-7]|tretton|fjorton|femton|sexton|sjutton)|"
    r"(?:pa|i) (?:hogstadiet|mellanstadiet|gymnasiet)|under 18|"
    r"(?:i|pa) (?:sjuan|attan|nian|ettan|tvaan|trean)|pa (?:garden|fritids|fritidsgarden)|"
    r"(?:kille|tjej|pojke|flicka) (?:pa|i) (?:\w+ )?(?:garden|skolan|klassen|1[0-7]))\b",
    # The other person is the writer's peer (a friend, a sibling, a partner): the
    # writer is likely as young, so a child's own line fits them too.
    "peer": r"\b(?:min|mitt|mina|my) (?:\w+ )?(?:kompis\w*|van|vannina|vanner|bastis\w*|"
    r"klasskompis\w*|syster|bror|lillasyster|lillebror|storasyster|storebror|pojkvan|"
    r"flickvan|friend|sister|brother|boyfriend|girlfriend)\b"
    r"|\b(?:kompisen|bastisen|vannen|vaninnan|syrran|brorsan|systern|lillasyster|lillebror)\b"
    r"|\b(?:fraga|fragar|undrar|skriver) (?:at|for) en (?:kompis|van|vannina)\b|\basking for a friend\b",
    # A live danger beyond what crisis.py already knows.
    "danger": "|".join(
        [
            rf"\b{THEY} (?:ar|e|star|sitter|vantar) (?:har|kvar|utanfor|pa vag|i rummet|"
            r"i lagenheten|i hallen|bredvid)\b",
            rf"\b(?:kommer|ska|tanker|hotar att|hotade att) (?:att )?(?:doda|mord\w*|"
            rf"skada|sla ihjal|knivhugga) {ME}",
            rf"(?<!behover )(?<!vill ha )(?<!fa )\b(?:hjalp|help) {ME}? ?(?:nu|snabbt|asap|fort)\b",
            r"\b(?:will|gonna|going to) kill me\b|\b(?:is|he's) coming back\b",
            r"\b(?:maste|ska) folja (?:med|me) (?:honom|dom|dem|han) nu\b",
            r"\binte kommit hem (?:pa|sedan|sen|i) (?:\w+ )?(?:dygn|dagar|natter|dar)",
            r"\bkan inte (?:ta mig|komma|fly|ga) (?:harifran|harfran|ut|hem|harifron)(?! utan)",
            r"\b(?:inlast|instangd|last in|laste in|stangt in|stangde in|locked in|locked me)\b",
            rf"\b(?:slar|sparkar|stryper|hugger|skadar) {ME} (?:nu|just nu|hela tiden)",
            r"\b(?:valdt\w*|forgrep\w*|overgrepp) (?:\w+ ){0,3}"
            r"(?:nyss|precis|just nu|ikvall|i natt)\b",
            r"\b(?:nyss|precis|just nu) (?:\w+ ){0,3}(?:valdt\w*|forgrep\w*)",
            r"\b(?:han|de|dom) ar (?:fortfarande )?kvar\b",
            r"\b(?:han|de|dom|kunden|mannen) (?:sover|ligger|sitter|star) kvar\b",
            r"\bi fara\b|\bin danger\b",
            rf"\b{THEY} (?:kommer|ar pa vag) hit\b|\bvantar (?:nedanfor|utanfor|pa mig utanfor)",
            r"(?<!ingen )\b(?:halls|hall|haller mig|haller oss) kvar\b|\bskynda\b",
            r"\b(?:hitting|beating|hurting) me\b|\bhelp me now\b",
            r"\bcoming (?:back )?(?:right )?now\b",
            rf"\b(?:later|slapper) {ME} inte (?:ga|lamna|aka)|\bbankar pa (?:fonstret|dorren)",
            rf"\bpa vag hit\b|\bvagrar lata {ME} ga|\blast dorren\b|\bgommer {ME}\b",
            rf"\bletar efter {ME}\b|\bkor {ME} (?:nanstans|nagonstans|nan annanstans)",
            r"\b(?:precis|just nu|nu)\b.{0,60}?\b(?:vill|vagar inte|kan inte|far inte) "
            r"(?:ga |aka |komma )?hem\b",
            # Someone close just sent "hjälp mig".
            r"\b(?:skrev|skriver|skickade|smsade|sms|messade) (?:\w+ ){0,4}?(?:hjalp mig|help me)\b",
        ]
    ),
}

# Someone close to the writer, named as such ("min dotter", "vår son", "my sister").
RELATION = (
    r"\b(?:min|mitt|mina|var|vart|vara|my|our)\s+(?:\w+\s+)?(?:dotter|son|barn|unge|ungar|"
    r"tonaring|syster|bror|lillasyster|lillebror|storasyster|storebror|kompis|kompisar|van|"
    r"vanner|vannina|bastis|kusin|systerdotter|brorsdotter|systerson|brorson|bonusdotter|"
    r"bonusson|styvdotter|styvson|fosterdotter|fosterson|barnbarn|flickvan|sambo|fru|"
    r"partner|pappa|mamma|klasskompis|elev|elever|daughter|son|sister|brother|friend|"
    r"sons|dotters|barns|systers|brors|kompis|flickvans|pojkvans|mans|makes|sambos|frus|pappas|"
    r"girlfriend|wife|husband)\b"
    # "bästa kompisen", "syrran", "pappa till en kille på 16": named without "min".
    r"|\b(?:basta )?(?:kompisen|bastisen|vannen|vaninnan|systern|syrran|brorsan|dottern|sonen|"
    r"kusinen|flickvannen|pojkvannen|sambon|frugan)\b"
    r"|\b(?:mamma|pappa|foralder|forealder|vardnadshavare) (?:till|at) (?:en|ett|min|mitt)\b"
    r"|\bsom (?:hans |hennes )?(?:syster|bror|mamma|pappa|foralder|anhorig|mormor|farmor|morfar|"
    r"farfar|kompis|van|fru|sambo|flickvan|pojkvan)\b"
    r"|^\W*(?:lillasyster|lillebror|storasyster|storebror|syrran|brorsan|systerdotter|"
    r"brorsdotter|systerson|brorson|kusin)\b"
    r"|\bmy\s+(?:\w+\s+)?(?:cousin|niece|nephew|aunt|mother|father|mom|dad|kid|child|"
    r"boyfriend|partner)\b"
)
# English "i" only before a verb: Swedish "i nian", "i stan" is a preposition.
_ENGLISH_I = (
    r"i(?:'m|'ve|'d|'ll|\s+(?=(?:am|was|have|had|need|want|do|did|dont|don't|sell|sold|work"
    r"|worked|think|feel|felt|got|get|can|cant|can't|will|would|just|really|never|also|met"
    r"|live|told|know|tried|wanna|keep|found|saw|pay|paid|buy|bought|use|used)\b))"
)
# The writer's own selling, said outright ("i work with sex", "jag tar betalt").
WRITER_SELLS = (
    rf"\b{WRITER} (?:\w+ )?(?:saljer|salt|salde|tar betalt|jobbar med sex|eskortar|escortar|"
    r"work with sex|work in sex|sell|sold|do escort\w*)\b"
)
# "my" is left out: "my sister" names someone else, as "min syster" does.
FIRST_PERSON = rf"\b(?:jag|ja|jg|mig|mej|me|{_ENGLISH_I})\b"

# Whose deed it is (situation._concerned).
THIRD_PERSON = r"(?:^|[.,!?;] ?|\b(?:och|o|men|and|but) )(?:hon|han|hen|he|she)\b"
# Done to someone close: "hennes kille skickar henne till andra män".
DONE_TO_THEM = (
    r"\b(?:saljer|salde|skickar|skickade|tvingar|tvingade|hotar|hotade|utnyttjar|slar|slog) "
    r"(?:henne|honom|hen)\b"
    r"|\b(?:takes?|took|sells?|sold|forces?|forced|keeps?|threatens?|makes?|made) (?:her|him)\b"
    r"|\b(?:tar|tog|tagit) (?:hennes|hans) (?:pass|papper|pengar)\b"
)
DONE_TO_ME_BY_THEM = (
    r"\b(?:han|hon|de|dom|nan|nagon|kunden|killen|mannen) (?:\w+ )?"
    r"(?:tvingar|tvingade|hotar|hotade|valdtog|tog pa|sprider|spred|slar|slog) (?:mig|mej)\b"
)
FOR_ME = (
    r"\b(?:at|mot) (?:mig|mej)\b|\b(?:far|fick|tvingar|tvingade) (?:mig|mej) att\b"
)
# Something done to the writer; "det oroar mig" is a feeling, not a deed.
DONE_TO_ME = (
    r"\b(?!oroa|skram|stor|bekymr|angsl|plaga|forvir|for\b|over\b|efter\b|under\b|bakom\b)"
    r"\w+(?:ar|er|r|de|te|dde|ade)\s+(?:mig|mej)\b"
)

# The writer fears doing it: never a victim's sign ("rädd att jag ska begå ett övergrepp").
PERPETRATOR = (
    r"\bbega\w* (?:ett |en )?(?:sexuellt )?(?:overgrepp|valdtakt)|\bvaldtaktsman|"
    r"\b(?:jag|ja) (?:ska|kommer att|kanske) (?:valdta|forgripa|tvinga)|"
    # The writer did it: "jag har hotat min tjej", "ja rörde en tjej som sov"
    r"\b(?:jag|ja) (?:har |hade )?(?:hotat|hotade|tvingat|tvingade|rorde|tafsade|forgrep|"
    r"valdtog|utnyttjade|spred|spridit) (?!mig\b|mej\b)|"
    r"\b(?:urges?|thoughts?|fantas\w*|impulses?) (?:\w+ )?(?:to|about) (?:force|forcing|rape|raping)\b"
    r"|\bi (?:might|could|will|want to|am afraid i will) (?:force|rape|hurt) (?:someone|her|a|women)"
)

ASK_PATTERNS: Dict[str, str] = {
    # The person says the bot misread them: counts as not understood (two offer a human).
    "misread": r"\b(?:du|ni) (?:fattar|forstar|checkar|catchar) (?:fortfarande |ju |inte ens |ingenting"
    r"|inget)?(?:inte|ingenting|inget|noll)\b|\bdet var inte (?:det|sa) jag menade\b"
    r"|\b(?:you|u) (?:dont|don'?t|do not) (?:understand|get it)\b|\bthats not what i meant\b",
    # Will not say the age ("spelar ingen roll hur gammal jag e"): both routes are named.
    "no_age": r"\bspelar (?:det )?(?:ingen|nan|nagon) roll\b|\b(?:vill|tanker|tankte) inte saga "
    r"(?:hur gammal|min alder|nar jag)|\bsager inte (?:hur gammal|min alder)\b|\bskiter (?:val )?i "
    r"(?:hur gammal|min alder|aldern)|\b(?:dont|don'?t|do not) want to (?:say|tell) my age\b"
    r"|\brather not say\b|\bnone of your business\b",
    "law": "|".join(
        [
            r"\b(?:olagligt?|olaglig|lagligt?|brottsligt|ett brott|brott\b|straff\w*|"
            r"fangelse|boter|bota|aka fast|akt fast|aka dit|lagen\b|juridisk\w*|"
            r"kriminell|gripen|arrester\w*|atal\w*|domd|illegal|legal\b|forbjud\w*|"
            r"tillatet|belastningsregist\w*)",
            r"\bkan (?:jag|man|ja) (?:ens |ocksa |fortfarande )?(?:polis)?anmala\b",
            r"\bmaste (?:jag|vi|man|ja) (?:\w+ )?(?:anmala|polisanmala|gora en (?:oros)?anmalan)\b",
            r"\b(?:blir|kan|kommer) (?:jag|man) (?:\w+ )?(?:anmald|polisanmald|straffad|"
            r"dömd|domd|tagen|haktad|utvisad|deporterad)",
            r"\bkan polisen (?:ta|gora|straffa|gripa|hamta)",
            r"\bproblem med polisen\b|\bsa(?:ger|det) lagen\b",
            r"\b(?:far|far man|kan man) (?:\w+ )?(?:salja|kopa|ta betalt)\b.{0,30}\?",
            r"\bsnuten\b|\bregistret\b|\bmot (?:nan|nagon) lag\b|\bcrime\b|\bjail\b|\bprison\b",
            r"\baldersgrans\w*|\bbyxmyndig\w*",
            r"\braknas (?:det|detta|sant|de|dom) som\b|\b(?:ar|e) (?:det|detta) (?:en )?(?:valdtakt|"
            r"overgrepp|brott)\b",
            r"\b(?:gora|gor|gjort) (?:en )?orosanmal\w*|\banmalningsplikt|\bskyldig att anmala",
            r"\b(?:my|our) (?:obligation|duty)\b|\bduty to report\b|\bmandatory report\w*",
            r"\bvad (?:kan |kommer (?:att )?)?hand\w* (?:med )?(?:honom|henne|dom|dem|mig|killen|"
            r"mannen|gubben|kunden)\b",
            r"\bkan (?:dom|de|soc|socialen|socialtjansten|nagon) ta (?:mitt|mina|vart|vara) "
            r"(?:barn|son|dotter|ungar)",
            # Named crimes and rights: "är det människohandel", "kan jag polisanmäla",
            # "får han göra så?"
            r"\b(?:manniskohandel|koppleri|traffick\w*|sexkopslag\w*|polisanmal\w*"
            r"|anmala (?:honom|henne|dem|dom))",
            r"\b(?:far|far man|fa) (?:han|hon|de|dom|man|jag) (?:\w+ ){0,4}?(?:gora sa"
            r"|gora sa har|hyra ut|"
            r"ta mitt|behalla|hota)\b",
            r"\b(?:is it|is that) (?:legal|illegal|a crime)\b|\brattigheter\b|\benligt lagen\b",
            r"\bpolice can (?:take|arrest|deport)\b|\bcan (?:the )?police\b",
        ]
    ),
    "anonymity": "|".join(
        [
            r"\banonym\w*|\bsparas\b|\bsparar (?:ni|du|chatten|ni det)|\bloggas\b|\bip-?adress",
            r"\b(?:far|kommer|kan) (?:\w+ )?(?:mina foraldrar|foraldrarna|mamma|pappa|mina|"
            r"skolan|soc|socialen|socialtjansten|polisen|nagon|nan|min kille|min pojkvan|"
            r"min man|min fru|familjen|min familj|kompisarna) (?:att )?"
            r"(?:veta|se|lasa|fa veta|reda pa|ta reda|hitta)",
            r"\bmaste (?:jag|man) (?:saga|uppge|skriva|beratta) (?:mitt|vem|vad jag heter)",
            r"\bser (?:polisen|ni|nagon|nan|soc) (?:det har|vem|mitt|vad)",
            r"\b(?:hemligt|tystnadsplikt|konfidentiell\w*|private|secret)\b",
            r"\bvet (?:ni|du) vem jag ar\b|\bspara\w* (?:ni|du) (?:det|detta|nat|nagot)",
            r"\b(?:fa|far) reda pa\b|\b(?:anmaler|rapporterar|kontaktar) ni\b",
            r"\bsyns (?:mitt|mina|min) (?:nummer|namn|ip\w*|profil|konto)\b",
            r"\b(?:gor|gora) ni (?:en )?orosanmal\w*",
            r"\b(?:ringer|kontaktar|berattar|sager|skickar) (?:dom|de|ni|dem) (?:till |for |det till )?"
            r"(?:mina foraldrar|foraldrarna|mamma|pappa|skolan|soc|socialen|polisen|min familj)",
            r"\butan att (?:nan|nagon|folk) (?:\w+ )?(?:marker|ser|vet|far veta|fattar)\b",
            r"\b(?:blir|hamnar) (?:jag|man|ja) (?:\w+ )?(?:registrerad|registrerat|i nagot register"
            r"|i nat register)",
            r"\bwithout (?:giving|telling|saying|showing) (?:my |them my )?(?:name|who i am|id)\b"
            r"|\bdo i (?:have|need) to (?:give|tell|say) (?:my )?(?:name|who i am)\b|"
            r"\blogged\b|\bsave my\b|\bmy ip\b|\bsparas mina\b",
            r"\b(?:without|utan att) (?:being |bli |jag blir )?(?:reported|anmald|registrerad)\b",
            r"\b(?:kan|ser) (?:ni|du) (?:se )?vem jag (?:e|ar)\b|\blova att (?:ni|du) inte\b",
            r"\b(?:doesn'?t|does not|won'?t|will not|dont|don'?t) (?:report|tell)\b",
            r"\butan att (?:jag |ja |man )?(?:sager|berattar|uppger|visar) (?:vem (?:jag|man) "
            r"(?:ar|e)|mitt namn|vad jag heter)\b|"
            r"\butan att det (?:registreras|sparas|syns)\b|\b(?:uppge|saga|lamna) "
            r"(?:mitt )?(?:namn|personnummer)\b",
        ]
    ),
    "contact": "|".join(
        [
            r"\b(?:vad|vilket) (?:har|ar) (?:ni|de|dom|dem|deras|mika|kast|bris|preventell|"
            r"stodcentrum)\w* (?:for )?(?:nummer|telefonnummer|tel|mejl|mail|adress|nr)",
            r"\b(?:telefon)?(?:nummer|numret|nr)\b (?:till|till er|till dem|till dom)",
            r"\bhur (?:nar|kontaktar|far|kommer) (?:jag|ja|jg|man) (?:tag pa|kontakt|i kontakt|dem|"
            r"dom|er|mika|kast|stodcentrum|preventell|bris|umo|kvinnofridslinjen)",
            r"\b(?:oppettider|oppet|har oppet|ar oppna)\b",
            r"\b(?:kan|ska|var|vart|vem) (?:jag|man) (?:ringa|ringer|mejla|skriva till)",
            r"\bboka (?:en )?(?:konsultation|tid|mote|samtal)\b|\bvilket nummer\b|\b(?:nat|nagot|ett|nan|ert) (?:nummer|telefonnummer|nr)\b|\bvad ska jag ringa\b|\badress(?:en)? till\b",
            r"\b(?:vart|var) ligger\b|\boppettid\w*|\bmejladress|\bmailadress|\bwhen are you open",
            r"\bhow (?:do|can) i (?:contact|reach|call)|\bphone number\b",
            r"\bhur (?:ringer|mejlar|mailar|chattar|kontaktar|nar) (?:jag|man)\b",
        ]
    ),
    "human": "|".join(
        [
            r"\b(?:prata|snacka|chatta|skriva|tala) med (?:en |nan |nagon )?"
            r"(?:manniska|riktig|person|vuxen|uppsokare|personal|kurator|pa riktigt)",
            r"\b(?:vill ha|behover|kan jag fa) (?:en )?(?:manniska|riktig person|uppsokare)",
            r"\b(?:real person|talk to (?:a )?(?:human|person|someone))",
            # "FINNS DET NÅN MÄNNISKA DÄR", "människa tack", "kan nån ringa upp mig?"
            r"\b(?:finns det|ar det|e det) (?:en |nan |nagon )?(?:manniska|riktig person|person)\b",
            r"^\W*(?:en )?manniska\W*(?:tack|please|snalla|nu)?\W*$",
            r"\b(?:ringa|ring) upp mig\b|\bkan (?:nan|nagon|ni) ringa mig\b",
            r"\b(?:prata|snacka|chatta|tala) (?:med|me) (?:en |nan |nagon )?"
            r"(?:vuxen|person|manniska|nan som jobbar|nagon som jobbar|er|nan av er)\b",
            r"\binte (?:en |med en |prata med en )?(?:bot|robot|ai|chattbot)\b",
            r"\b(?:nagon|nan|en) av (?:era|er|ert) (?:faltarbetare|uppsokare|personal|socialarbetare)",
            r"\bfinns det (?:en |nan |nagon )?(?:faltarbetare|uppsokare|socialarbetare|"
            r"(?:vuxen|manniska|person) som (?:jobbar|arbetar))\b",
            r"\binte (?:skriva|prata|chatta) (?:med|me) en (?:dator|maskin|robot|bot)\b",
            r"\b(?:uppsokar|faltarbetar)\w* (?:\w+ ){0,2}(?:kontakta|ringa|skriva till|prata med|"
            r"hora av sig till) "
            r"(?:mig|mej)\b|\b(?:en )?(?:manniska|riktig person) (?:helst|tack|hellre|please)\b",
        ]
    ),
}


def compile_all(patterns: Dict[str, str]) -> Dict[str, Pattern[str]]:
    return {name: re.compile(pattern) for name, pattern in patterns.items()}
