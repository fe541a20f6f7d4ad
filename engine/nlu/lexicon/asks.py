"""What is asked besides the situation: the law, anonymity, contact, a human."""

from __future__ import annotations

from typing import Dict

# What adults may do, asked about in general (set BT): "vuxna får betala för sex om man e
# över 15, e det sant?", "can adults pay for it if you're over 15, is that legal?". A law
# question, and no sign of the writer buying (engine/nlu/situation.py).
LAW_OF_BUYING_ASKED = (
    r"\b(?:vuxna|folk|en vuxen|killar|gubbar|adults|people|men|a man) (?:\w+ )?"
    r"(?:far|is allowed to|are allowed to|can) (?:\w+ )?(?:betala|kopa|pay|buy)\b"
    r".{0,80}?(?:sant|stammer|lagligt|olagligt|true|legal|illegal|allowed)"
    # "is it a crime for an adult to pay a 16 yo for sex? asking for my friend" (set FZ).
    r"|\b(?:crime|illegal|legal|allowed|brottsligt|olagligt|lagligt|tillatet) (?:for|for en|for "
    r"vuxna) (?:an adult|adults|a man|men|grown ups?|older guys|vuxen|vuxna|en man|man) (?:to|att) "
    r"(?:pay|buy|betala|kopa)\b"
)

# Who the writer fears may read the chat: "polisen", "mina föräldrar" (set DZ).
_READERS = (
    r"(?:polisen|soc|socialen|socialtjansten|skolan|kuratorn|lararna|nan|nagon|nan annan|"
    r"(?:mina |min )?(?:foraldrar|mamma|pappa|morsan|farsan|familj\w*))"
)
ASK_PATTERNS: Dict[str, str] = {
    # The person says the bot misread them: counts as not understood (two offer a human).
    "misread": r"\b(?:du|ni) (?:fattar|forstar|checkar|catchar) "
    r"(?:fortfarande |ju |inte ens |ingenting|inget)?(?:inte|ingenting|inget|noll)\b"
    r"|\bdet var inte (?:det|sa) jag menade\b"
    r"|\b(?:you|u) (?:dont|don'?t|do not) (?:understand|get it)\b|\bthats not what i meant\b"
    # Sets CI, FN: "nej inte det, fel", "nej fortfarande inte det jag menar", "no thats not
    # what i mean": the last answer missed.
    r"|\binte (?:det|sa) (?:jag|ja) (?:menar|menade|fragade|fragar|undrade|undrar)\b"
    r"|^\W*(?:nej|nae|ne|nope)\W+(?:inte det\W+)?fel\b|\b(?:missforstod|missforstar)\b"
    r"|\bnot what i (?:mean|meant|asked|said|wrote)\b|\b(?:you|u) (?:misunderstood|misunderstand|"
    r"got it wrong)\b|^\W*no\W+(?:thats|that'?s|its|it'?s) not (?:it|what i)\b",
    # Out of the danger told before (set BR): "kom ut, står på en bensinmack nu", "i got
    # out", "han har gått nu". Counts only after a danger turn, with no new danger read.
    "safe_now": r"^\W*(?:(?:jag|ja|jg|nu|ok|okej|men) )*(?:kom|har kommit|kommit|tog mig|har "
    r"tagit mig|lyckades (?:ta mig|komma)|sprang|stack|drog) (?:\w+ )?(?:ut|darifran|harifran|"
    r"bort|hem|ur bilen|ur lagenheten)\b"
    r"|\b(?:jag|ja) (?:ar|e) (?:ute|hemma|i sakerhet|saker|trygg|hos (?:en kompis|mamma|pappa|"
    r"polisen))(?: nu| igen)\b"
    r"|\b(?:han|dom|de|kunden|mannen) (?:har )?(?:gatt|stuckit|akt|dragit|gick|stack|akte|drog)"
    r"(?: harifran| hem| darifran)? nu\b"
    r"|^\W*(?:(?:i|ok|okay|so) )*(?:got|get|made it|ran|managed to get|escaped|am) (?:\w+ )?"
    r"(?:out|away|home)\b(?! of (?:this|it|selling))"
    r"|\b(?:i'?m|im|i am) (?:safe|home|out|with (?:a friend|my mum|my mom|the police)) (?:now|"
    r"again)\b|\b(?:he|they) (?:left|has left|have left|is gone|are gone|went home) now\b",
    # The police came or are coming, after danger (set BT): "polisen kom o tog med honom",
    # "personalen ringde polisen", "the cops are on their way".
    "police_involved": r"\bpolisen (?:kom|har kommit|ar har|e har|ar pa vag|e pa vag|kommer nu|"
    r"tog (?:med )?(?:honom|dom|dem|henne|hen)|har tagit (?:med )?(?:honom|dom|dem|henne|hen))\b"
    r"|\b(?:vi |jag |ja |personalen |mamma |pappa |nan |nagon )?(?:ringde|har ringt|ringt) "
    r"(?:till )?(?:polisen|112)\b"
    r"|\b(?:the )?(?:police|cops) (?:came|have come|are here|are on (?:their|the) way|are coming|"
    r"took (?:him|them|her)|arrested (?:him|them|her))\b"
    r"|\b(?:we|i|staff|someone|my mum|my mom|my dad) (?:called|have called|rang) (?:the )?"
    r"(?:police|cops|112)\b",
    # Will not say the age ("spelar ingen roll hur gammal jag e"): both routes are named.
    "no_age": r"\bspelar (?:det )?(?:ingen|nan|nagon) roll\b"
    r"|\b(?:varfor|vafor|vaffor|why) (?:spelar (?:det|de) (?:nan )?roll|(?:vill|behover|maste) "
    r"(?:ni|du) veta|does it matter)\b|\bvad spelar (?:det|de) for roll\b|\b(?:vill|tanker|tankte) "
    r"inte saga "
    r"(?:hur gammal|min alder|nar jag)|\bsager inte (?:hur gammal|min alder)\b|\bskiter (?:val )?i "
    r"(?:hur gammal|min alder|aldern)|\b(?:dont|don'?t|do not) want to (?:say|tell) my age\b"
    r"|\brather not say\b|\bnone of your business\b"
    # "why do u need my age", "does my age matter"; a bare "idk" or "vet inte" answering
    # the age question (set EY): both routes, as for a refusal.
    r"|\bwhy (?:do|would|does|should) (?:u|you|it|this|that|the bot|my age) (?:\w+ )?(?:need|"
    r"want|have to know|ask|matter)\b|\b(?:does|do) (?:my )?age (?:really )?matter\b"
    r"|^\W*(?:idk|i ?dk|i dont know|i don'?t know|dunno|not sure|no idea|vet inte|vet ej|vetinte|"
    r"vet ine|ingen aning|idk tbh|idk man)\W*$",
    # Says nothing yet: a hesitation or "det där ni vet" (not understood; two offer a human).
    "vague": r"^\W*(?:h+m+|e+h+m*|o+h+|a+h+m*|m{3,}|\.+|\?+)\W*$"
    r"|^\W*(?:(?:typ|assa|alltsa|ja|jo|men|eh+|h+m+) )*(?:det dar|det har|den dar|grejen|det)"
    r"(?: (?:med|om) (?:\w+ )?\w+)? (?:ni vet|du vet|you know)\W*$",
    # Help for the other person themselves: "kan han prata me nån själv?" (not a worker now).
    "for_them": r"\b(?:if|when|can|could|should) (?:he|she|they) (?:\w+ )?(?:calls?|contacts?|"
    r"talks?|reaches out|gets? help|writes?) (?:\w+ )?(?:himself|herself|themselves|on (?:his|her) "
    r"own)\b|"
    r"\b(?:han|hon|hen) (?:kan|far|ska) (?:\w+ )?(?:fa stod|fa hjalp|prata|ringa|"
    r"vanda sig)\b"
    r"|\b(?:kan|far|ska|vill|borde|bor) (?:han|hon|hen|he|she) (?:\w+ )?(?:prata|snacka|"
    r"ringa|chatta|skriva|vanda sig|fa hjalp|fa stod|fa prata|soka hjalp|talk|get help)\b"
    r"|\bfinns (?:det )?(?:nan|nagon|nat|nagot|hjalp|stod) (?:for|at) (?:honom|henne|hen)\b"
    r"|\bvart? kan (?:han|hon|hen) (?:vanda sig|ga|ringa)\b"
    r"|\b(?:vad|hur) kan (?:jag|ja|vi) (?:gora for|hjalpa) (?:henne|honom|hen)\b",
    # Where a crime is reported: the police's number is the answer.
    "report": r"\b(?:nummer|numret|ringer man|ringa) (?:\w+ ){0,2}(?:till )?polisen\b|"
    r"\b(?:var|vart|hur|var kan|kan) (?:\w+ )?"
    r"(?:anmaler|polisanmaler|anmala|polisanmala) "
    r"(?:man|jag|ja|vi|nan)\b|\b(?:var|vart|hur) (?:gor|gar) (?:man|jag|ja) (?:en )?"
    r"(?:polis)?anmalan\b|\bhow (?:do|can) i report\b|\bwhere (?:do|can) i report\b"
    r"|\btipsa (?:polisen|snuten)\b|\b(?:ga|vanda mig) till polisen\b"
    # "Jag har aldrig anmält. Går det fortfarande?" (set CJ): reporting long after.
    r"|\b(?:aldrig|inte) (?:har )?(?:polis)?anmalt\b.{0,40}?\b(?:gar det|kan (?:jag|man)|"
    r"far (?:jag|man)|hinner (?:jag|man)|ar det for sent)\b"
    r"|\b(?:kan|far|gar det att) (?:man |jag )?(?:fortfarande |fortf )?(?:polis)?anmala "
    r"(?:\w+ )?(?:efter|sa (?:har )?lang\w* efter|flera ar)"
    r"|\bnever reported\b.{0,40}?\b(?:can i still|is it too late|still possible)\b"
    # "if i call the police do they have to know i sell sex?" (set FG): going to the police.
    # Set GO, GP: "can I report it without him finding out", "how i can call to the police but
    # not emergency? which number", "kan jag anmäla honom".
    r"|\b(?:can|could|do|how do|how can|where do|where can) (?:i|we) (?:report|file a"
    r" report|"
    r"make a report|press charges)\b|\bhow (?:i|we) can (?:call|contact) (?:to )?(?:the )?"
    r"(?:police|polis)\b"
    r"|\b(?:police|polisen)\b.{0,20}?\bnot (?:the )?emergency\b|\bnon-? ?emergency (?:number"
    r"|line)\b"
    r"|\bwhich (?:number|phone number)\b.{0,20}?\bpolice\b|\bpolice\b.{0,20}?\bwhich (?:number"
    r"|phone)\b"
    r"|\b(?:kan|far|ska|bor) (?:jag|ja|vi) (?:polis)?anmala (?:det|honom|henne|dom|dem|han)\b"
    r"|\b(?:if|when|can|should|do) (?:i|we) (?:call|contact|go to|report (?:it |him |them )?to|"
    r"tell) (?:the )?(?:police|cops)\b|\b(?:om|kan|ska|bor) (?:jag|ja|vi) (?:ringer|ringa|"
    r"kontaktar|kontakta|gar till|ga till) polisen\b",
    # A report of concern for a child to social services: "typ anmälan till soc?"
    "report_child": r"\b(?:anmalan|anmala|anmaler|anmal|orosanmal\w*)\b.{0,20}?\b(?:till|hos) "
    r"(?:soc|socialen|socialtjansten|kommunen)\b|\b(?:soc|socialen|socialtjansten)\b.{0,20}?"
    r"\b(?:anmala|anmalan|orosanmala\w*)\b",
    # The person asked about turns out to be the writer ("det är alltså jag").
    "its_me": r"^\W*(?:(?:men|ok|okej|asså|assa|alltsa|typ|ja|jo|sorry|forlat|ärligt|arligt|eller|"
    r"nej|honestly|actually|well|so|fine|tbh|okay|ok so|lol)\s+)*"
    r"(?:det (?:ar|e|var) (?:alltsa |egentligen |faktiskt |ju |typ |asa |)(?:jag|ja|mig|mej)\b"
    r"|det handlar (?:egentligen |faktiskt |alltsa |)om (?:mig|mej)\b"
    r"|(?:kompisen|min kompis|hon|han|personen) (?:ar|e) (?:alltsa |egentligen |faktiskt |)"
    r"(?:jag|ja|mig)\b"
    r"|jag ljog\b.*\b(?:jag|mig)\b"
    r"|(?:its|it is|it was) (?:actually |really )?me\b)"
    # Set FJ: "ok honestly its me. im the friend".
    r"|\b(?:i'?m|im|i am) (?:actually |really )?(?:the|that) (?:friend|girl|boy|person|one)\b"
    r"(?! (?:who|that) (?:told|wrote|asked))"
    # "det är inte en kompis. det är jag", "jag var den som var 16".
    r"|\bdet (?:ar|e|var) (?:inte|int) (?:en |min )?(?:kompis|van|vaninna|kompisen)\w*\b.{0,20}"
    r"\bdet (?:ar|e|var) (?:jag|ja|mig)\b|\b(?:jag|ja) (?:var|ar|e) den som\b"
    # Anywhere: "jag frågar eftersom jag har gjort det", "ja har gjort det själv".
    r"|\b(?:fragar|undrar|skriver) (?:for att|eftersom|da) (?:jag|ja) (?:har |hade )?"
    r"(?:gjort|gor|gjorde) (?:det|de|sant)\b"
    r"|\b(?:jag|ja) har (?:sjalv )?(?:gjort det|gjort de|hallit pa med det)\b"
    r"(?! (?:slut|klart))"
    # "ok. i did it 3 times already" after a question about buying (set FV).
    r"|\bi (?:have |already |'?ve |ve )?(?:did|done) (?:it|that|this) (?:\w+ ){0,2}?(?:already|"
    r"myself|before|\d+ times|once|twice|three times|many times|several times|a few times)\b"
    # "jag gör det också ibland", "me too": the writer is in it as well.
    r"|\b(?:jag|ja) (?:gor|gjorde|har gjort|saljer|har salt|salde) (?:det|de|sant) "
    r"(?:ocksa|med|sjalv)\b|^\W*(?:jag|ja) (?:ocksa|med)\b|\bme too\b|\bi do (?:it|that) "
    r"too\b",
    # "jag var den som var 16": the writer is the person the question was about.
    "the_one": r"\b(?:jag|ja) (?:var|va|ar|e) (?:den|hon|han) som\b"
    # "ok its about me. i am that girl" (set GO), "jag är den där tjejen".
    r"|\bi(?:'?m| am) (?:that|the) (?:girl|boy|kid|teen|person)\b(?! (?:who|that|he|she)\b)"
    r"|\b(?:jag|ja) (?:ar|e|var|va) (?:den dar |den )?(?:tjejen|killen|flickan|pojken)\b(?! som\b)"
    # "alltså det e jag som e 16 o han e 30" (set BV).
    r"|\bdet (?:ar|e|var) (?:jag|ja) som (?:ar|e|var|va) (?:\d|\w+ton\b)"
    # "asså ja e tjejen": the one paid in the question just asked.
    r"|\b(?:jag|ja) (?:var|va|ar|e) (?:tjejen|killen|flickan|pojken|personen|hon|han)"
    # "... tjejen (som) dom pratar om", "tjejen i frågan".
    r"(?:\s+(?:som\s+)?(?:(?:dom|de|du|ni|han|vi) (?:pratar|snackar|fragade|fragar|skrev) om|"
    r"i fragan|det galler))?"
    r"(?:\s+(?:alltsa|assa|typ|ju|da))?\W*"
    r"(?:$|(?:och|o|typ)?\s*(?:e|ar|jag ar|ja e)?\s*\d{1,2}\b)",
    "law": "|".join(
        [
            # Set GF: "back home paying for sex is normal ... a colleague said it's different
            # in Sweden?".
            r"\b(?:it'?s|its|it is|is it|the law is|things are) (?:\w+ )?different (?:here|in "
            r"sweden)\b|\bhow (?:is it|does it work) (?:here|in sweden)\b(?=.{0,80}\b(?:pay|paying|"
            r"buy|buying|sex|escort))",
            # Set CM: "det räknas inte som att köpa sex om man betalar för massage ...?"
            r"\brak?nas (?:det |som )?(?:inte )?(?:som )?(?:att )?(?:kopa sex|sexkop|prostitution|"
            r"att salja sex)\b"
            r"|\b(?:does|do|would) (?:it|that|this) (?:still )?count as "
            r"(?:buying|paying for|selling) sex\b",
            # Set DW: "jag betalade henne. vad gäller för mig?" (the law for the writer).
            r"\bvad (?:gäller|galler) (?:da |egentligen |juridiskt )?(?:for|för) (?:mig|mej|honom|"
            r"henne|oss|mig som|en som)\b",
            # Set BW: "vad kan hända om polisen tar mig?".
            r"\bvad (?:kan |kommer (?:att )?|skulle )?(?:hander|handa|hanta) (?:\w+ ){0,3}?om "
            r"(?:polisen|snuten|aina|soc|socialen) (?:\w+ )?(?:tar|hittar|tar fast|griper|kommer|"
            r"far veta|ser)\b",
            LAW_OF_BUYING_ASKED,
            # Set BM: "blir de polis nu?", "blir det fängelse för mig".
            r"\bblir (?:de|det|dom) (?:en )?(?:polis|polisanmalan|anmalan|straff|fangelse|boter|"
            r"rattegang)\b",
            # "åker jag dit för det?" (set BK): will I be caught for it.
            r"\b(?:aker|akte|kan|kommer) (?:jag|ja|man|han|hon|vi) (?:att )?(?:aka )?dit\b(?! (?:ik"
            r"vall|"
            r"inatt|nu|sen|imorgon|igen))",
            # Set CE: "kan jag bli medskyldig om jag vet om det?"
            r"\b(?:medskyldig\w*|medhjalp\w*|delaktig i brott)\b",
            r"\bvad? (?:hander|kan handa|gor polisen) (?:nu )?juridiskt\b|"
            # "det räknas väl inte som sexköp?": whether it is a purchase in law.
            r"\b(?:(?:raknas|ar|e|blir) (?:det|de)|(?:det|de) (?:raknas|ar|e|blir)) "
            r"(?:val |verkligen |ocksa |ens )?(?:inte |int )?"
            r"(?:som |ett )?(?:sexkop|koep av sex|kop av sex|prostitution)\b|"
            r"\bvad? hander (?:nu )?(?:med|me) (?:mig|mej)\b|\bkan (?:jag|ja) (?:aka fast|straffas|"
            r"bli anmald|fa straff)\b",
            # What it costs if it comes out: a job, a licence, custody, a permit.
            r"\b(?:bli av med|blir (?:jag |ja )?av med|forlorar?|mistar?|fa sparken fran|"
            r"aka ut fran|aker (?:jag |ja )?ut fran) (?:jag |ja )?(?:mitt |min )?(?:jobbet|"
            r"jobb|tjansten|korkortet|vardnaden|uppehallstillstand\w*|medborgarskap\w*|"
            r"lagenheten|kontraktet)\b.{0,40}?\bom (?:det|nan|nagon|polisen|frun|jobbet) "
            r"(?:\w+ )?(?:kommer fram|far veta|far reda pa|upptacker|ser)\b|"
            r"\b(?:get|gets|getting|be|is) (?:punished|arrested|fined|jailed|prosecuted)\b"
            r"|\b(?:is|it'?s) (?:it |that |this )?(?:illegal|legal|a crime|against the law)\b",
            # "och om personen bara är 16?" after a law question.
            r"^\W*(?:och|men|o) om (?:\w+ ){0,3}(?:ar|e) (?:bara |typ |)(?:under 18|\d{1,2}|"
            r"\w+ton)\b",
            # "va händer me han som köpt av mig om ja anmäler"
            r"\bvad? hander (?:med|me) (?:han|honom|henne|dom|dem|den|killen|mannen|gubben|"
            r"kunden)\b"
            r"|\bom (?:jag|ja|man) (?:polis)?anmaler\b",
            r"\b(?:olagligt?|olaglig|lagligt?|brottsligt|ett brott|brott\b|straff\w*|"
            r"fangelse|boter|bota|aka fast|aker fast|akte fast|akt fast|aka dit|aker dit|lagen\b|"
            r"juridisk\w*|lagmassigt|lagstiftning\w*|rattsligt|"
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
            r"\braknas (?:det|detta|sant|de|dom) (?:ens |ocksa |verkligen |faktiskt )?som\b"
            r"|\b(?:ar|e) (?:det|detta) (?:egentligen |ens |verkligen |faktiskt )?(?:en "
            r")?(?:valdtakt|"
            r"overgrepp|brott|sexkop|koppleri|prostitution|manniskohandel)\b",
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
            # Set DI: "im 18 nu så e de lugnt att ta betalt för webcam shows va?", "är det
            # okej att sälja bilder": whether it is allowed.
            r"\b(?:ar|e) (?:det|de|detta) (?:\w+ )?(?:lugnt|okej|ok|okay|oke|fine|tillatet|fel|"
            r"ett problem) (?:att|om) (?:man |jag |ja |vi )?(?:\w+ ){0,2}?"
            r"(?:salja|saljer|ta betalt|tar betalt|kopa|koper|betala|betalar|ha sex|sugardejta\w*|"
            r"cam\w*|webcam\w*|eskorta|escorta|jobba som escort)\b",
            r"\bpolice can (?:take|arrest|deport)\b|\bcan (?:the )?police\b",
        ]
    ),
    "anonymity": "|".join(
        [
            # Set GP, in Swedish too: "vem kan läsa det jag skriver här?".
            r"\bvem (?:kan |far |kommer att |mer )?(?:se|laser|lasa|ser) (?:det|allt|vad) (?:som )?"
            r"(?:jag|ja|vi) (?:skriver|skrev|sager)\b",
            # Set BV: "kan jag testa mig där utan att visa leg?", "får hon veta att jag har
            # hört av mig?", "without showing ID".
            r"\butan (?:att )?(?:visa |uppge |ge |saga )?(?:leg|legitimation|id|id-kort|"
            r"personnummer|mitt namn)\b"
            # Set DF, GD: "kan jag ringa bris utan säga vem jag är?", "without reporting me
            # to the police", "blir det anteckningar om mig nånstans".
            r"|\butan (?:att )?(?:saga|beratta|uppge|skriva) vem (?:jag|ja) (?:ar|e)\b"
            # "syns det vem jag e om jag skriver här?", "kan ni se vem jag är" (set DS).
            r"|\b(?:syns|synns|vet ni|ser ni|kan ni se|kan ni veta|kan ni ta reda pa|far ni veta|"
            r"kan man se) (?:det )?(?:vem|vilken|vart|var) (?:jag|ja) (?:ar|e|bor)\b"
            r"|\bwithout (?:reporting|telling on|calling the police on|turning) (?:me|us)\b"
            r"|\b(?:anteckningar|journal|register|registrerad|registreras|antecknat) (?:\w+ )?"
            r"(?:om|pa) "
            r"(?:mig|mej)\b|\b(?:blir|hamnar) (?:det|jag) (?:\w+ )?(?:registrerad|i (?:nat|nagot) "
            r"register)\b"
            r"|\bwithout (?:showing |giving |saying |telling )?(?:my )?(?:id|name|"
            r"personal number|personnummer|real name|social security number)\b",
            r"\b(?:far|kommer) (?:hon|han|hen|dom|de|mina foraldrar|min mamma|min pappa|nan|"
            r"nagon|soc|skolan) (?:att )?(?:\w+ )?veta (?:att|om) (?:jag|ja|vi)\b",
            # Set BM: "vill inte ge mitt namn", "slipper jag säga vem jag är".
            r"\b(?:vill|kan|behover|maste) (?:jag |ja )?inte (?:ge|saga|lamna|uppge|skriva) "
            r"(?:ut )?(?:mitt|mitt riktiga|nat|nagot) (?:namn|personnummer)\b"
            r"|\bslipper (?:jag|ja) (?:att )?(?:saga|ge|uppge) (?:mitt namn|vem (?:jag|ja) ar)\b",
            r"\banonym\w*|\bsparas\b|\bsparar (?:ni|du|chatten|ni det)|\bloggas\b|\bip-?adress",
            # Set DA: "kommer de synas nånstans att ja pratat m er?".
            r"\b(?:synas|syns|marks|markas|sparas|finnas kvar|ses) (?:\w+ )?(?:att|om) "
            r"(?:jag|ja|vi) (?:har )?(?:pratat|skrivit|chattat|hort av|kontaktat)\b",
            # "ser mina föräldrar att ja chattat här??" (set BI).
            r"\b(?:ser|ser inte|kan|far|kommer) (?:mina |min )?(?:foraldrar|forldrar|mamma|pappa|"
            r"morsan|farsan|familj\w*|skolan|soc|polisen) (?:\w+ )?(?:se |veta |reda pa )?(?:att |o"
            r"m |"
            r"vad )?(?:jag|ja) (?:har )?(?:chattat|chattar|skrivit|skriver|pratat|pratar)\b",
            # "nån som inte kontaktar mina föräldrar" (set GS, said in Swedish).
            rf"\b(?:som|dar) (?:inte|int) (?:\w+ )?(?:kontaktar|berattar for|ringer|meddelar|"
            rf"sager till|anmaler till|gar till) {_READERS}",
            # "ja e 16 o far para for sex men beratta ni for soc eller mamma" (set HC).
            rf"\b(?:berattar|beratta|sager|saga|ringer|meddelar|kontaktar|anmaler|skickar) (?:ni|du"
            rf") "
            rf"(?:\w+ )?(?:(?:for|till) )?{_READERS}",
            # "om jag skriver här, kan polisen eller mina föräldrar se det?" (set DZ).
            rf"\b(?:kan|far|kommer) {_READERS}(?: (?:eller|och|o) {_READERS})? (?:att )?(?:se|lasa|"
            r"fa se|fa veta|fa reda pa|hitta) (?:det|detta|chatten|den har chatten|(?:vad|det) "
            r"(?:jag|ja) (?:skriver|skrev))\b",
            # "vill inte att nån ska få veta vem man är" (set BH).
            r"\b(?:inte|int|utan att) (?:vill )?(?:att )?(?:nan|nagon|ngn|folk|ni|de|dom) (?:ska )?"
            r"(?:fa )?(?:veta|vet|fattar|forstar|kan se|ser) vem (?:jag|ja|man) (?:ar|e)\b",
            # Whether a service tells the parents or the authorities (set CR): "måste dom då
            # berätta för mina föräldrar att jag ...", "kan de ringa polisen eller
            # migrationsverket?" (asked about a clinic or a service, not asking to be put through).
            r"\b(?:maste|kommer|ska|far|kan) (?:dom|de|dem|ni|stodcentrum|bris|mika|umo|kliniken|"
            r"mottagningen|vardcentralen|lakaren|skolan) (?:da |isf |i sa fall )?(?:att )?"
            r"(?:beratta|saga|ringa|meddela|kontakta|anmala) (?:\w+ )?(?:for|till)? ?(?:mina|min) "
            r"(?:foraldrar|mamma|pappa|familj|morsa|farsa)\b"
            r"|\b(?:kan|maste|kommer|ska|far) (?:de|dom|dem|ni|kliniken|mottagningen|vardcentralen|"
            r"lakaren|personalen) (?:da |isf )?(?:att )?(?:ringa|kontakta|anmala mig till|"
            r"beratta for|saga till|tipsa) (?:polisen|migrationsverket|migrations verket)\b",
            # "får ni berätta för någon vad jag skriver?" (set CM).
            r"\b(?:far|kan|maste|kommer) (?:ni|du) (?:att )?(?:beratta|saga|fora vidare|rapportera|"
            r"skicka) (?:\w+ )?(?:for|till|vidare till) (?:nan|nagon|soc|polisen|mina foraldrar|"
            r"skolan) (?:vad|att|om) (?:jag|ja)\b",
            # Set DK: "om ni måste berätta för nån om jag ...", "är ni polisen?", "jobbar ni
            # åt snuten": the subject first, and whether the chat is the police.
            r"\b(?:ni|du) (?:far|kan|maste|kommer|ska) (?:att )?(?:beratta|saga|fora vidare|"
            r"rapportera|skicka|anmala) (?:\w+ )?(?:for|till|vidare till)? ?(?:nan|nagon|soc|"
            r"socialen|polisen|mina foraldrar|skolan)\b"
            r"|\b(?:ar|e|jobbar) (?:ni|du|det har|detta|chatten) (?:\w+ )?(?:polisen|polis|snuten|"
            r"snutar|aina|socialen|soc)\b",
            # "vill inte att nån hemma ska veta" (set BZ), "don't want my parents to find out".
            r"\b(?:vill|vil) (?:inte|int|ej) (?:att )?(?:nan|nagon|ngn|folk|mina foraldrar|"
            r"min mamma|min pappa|mamma|pappa|familjen|min familj|skolan|soc) "
            r"(?:hemma |i skolan |pa skolan )?(?:ska )?(?:fa )?(?:veta|vet|reda pa|se)\b"
            r"|\b(?:dont|don'?t|do not) want (?:anyone|anybody|my (?:parents|mom|mum|dad|family|"
            r"husband|wife|boyfriend|girlfriend)) (?:at home )?to (?:know|find out|see)\b",
            # "kan ni lova att inte ringa soc?"
            r"\blova\w* (?:(?:du|ni) )?(?:att )?(?:(?:ni|du) )?(?:inte|int|aldrig) (?:\w+ )?"
            r"(?:ringa|kontakta|beratta "
            r"for|anmala|saga till|skicka) (?:\w+ )?(?:soc|socialen|socialtjansten|polisen|mina "
            r"foraldrar|mamma|pappa|skolan|nagon|nan)\b",
            # A probe of our own: the history, the police or others seeing the chat, unknown.
            # Set AV: "syns det för mina föräldrar om ja skriver här?"
            r"\b(?:syns|synas|marks|marker) (?:det )?(?:for|hos|pa) (?:mina |min )?(?:foraldrar|"
            r"mamma|pappa|familj\w*|kille|tjej|pojkvan|flickvan|skola\w*|nan|nagon)\b",
            r"\b(?:syns|synas|sparas|hamnar) (?:\w+ ){0,3}?(?:i|pa) (?:min |mitt )?(?:historik\w*|"
            r"webbhistorik\w*|telefon|mobil|dator)\b|\b(?:kan|far|kommer) (?:polisen|soc|socialen|"
            r"skolan|mina foraldrar|nan|nagon|andra) (?:\w+ )?(?:se|lasa|fa se|fa lasa|fa ut|"
            r"fa tag pa) (?:\w+ ){0,2}?(?:chatten|det (?:jag|ja) skriver|det har|meddelandena|"
            r"konversationen)\b|\b(?:vara|forbli) (?:helt )?(?:hemlig|okand|osynlig)\b",
            r"\b(?:maste|kommer|ska) (?:dom|de|ni|hon|han) (?:beratta|saga|ringa) (?:for|till|det "
            r"till) "
            r"(?:mamma|pappa|mina foraldrar|foraldrarna|soc|skolan|polisen)\b",
            r"\bsamarbetar (?:ni )?(?:med )?(?:soc|socialen|socialtjansten|polisen|"
            r"migrationsverket)"
            r"|\bvill inte att (?:nan|nagon|ni|soc|polisen) (?:ringer|kontaktar|hor av sig till) "
            r"(?:mig|mej)\b",
            # "kan det komma till min familjs kännedom?" (set AU, formally).
            r"\bkomma till (?:\w+ ){0,2}?kannedom\b|\b(?:fa|far) (?:\w+ ){0,2}?kannedom om\b",
            # Set AU: "can i call bris without my parents know it?", "finns det nån som inte
            # berättar för mina föräldrar".
            r"\bwithout (?:my |our )?(?:parents|mom|mum|dad|family|husband|wife|boyfriend) "
            r"(?:know\w*|find\w* out|see\w*|notic\w*)\b|\butan att (?:mina foraldrar|foraldrarna|"
            r"mamma|pappa|familjen|min kille|min man) (?:vet|far veta|marker|ser|fattar)\b"
            r"|\b(?:inte|aldrig) (?:berattar|sager|ringer|skvallrar) (?:\w+ )?(?:for|till) (?:mina "
            r"foraldrar|foraldrarna|mamma|pappa|soc|socialen|polisen|skolan)\b",
            # "kommer ni göra en anmälan till soc?": the writer fears a report.
            r"\b(?:kommer|ska|maste|tanker|maste) (?:ni|du) (?:\w+ )?(?:gora (?:en )?)?(?:anmala|"
            r"anmalan|orosanmal\w*|polisanmal\w*)\b|\b(?:anmaler|orosanmaler) (?:ni|du)\b",
            r"\b(?:vill|tanker) (?:inte|int) (?:saga|beratta|uppge) (?:vem (?:jag|ja) (?:ar|e)|"
            r"mitt namn"
            r"|vad (?:jag|ja) heter)\b|\bringer (?:ni|du) (?:soc|socialen|polisen)\b",
            r"\b(?:far|kommer|kan) (?:\w+ )?(?:mina foraldrar|foraldrarna|mamma|pappa|mina|"
            r"skolan|soc|socialen|socialtjansten|polisen|nagon|nan|min kille|min pojkvan|"
            r"min man|min fru|familjen|min familj|kompisarna) (?:att )?"
            r"(?:veta|se|lasa|fa veta|reda pa|ta reda|hitta)",
            r"\bmaste (?:jag|man) (?:saga|uppge|skriva|beratta|lamna) "
            r"(?:mitt|sitt|vem|vad (?:jag|man) heter)",
            # Set CA/CD: "ser mina föräldrar om jag skriver här?", "berättar dom då för mina
            # föräldrar?", "utan att säga namnet, räknas det då som en anmälan?".
            r"\b(?:ser|kan se|far se|marker) (?:mina foraldrar|mamma|pappa|foraldrarna|nan|nagon|"
            r"polisen|soc) (?:\w+ )?(?:om|att|vad) (?:jag|ja) (?:skriver|chattar)\b"
            r"|\b(?:berattar|sager|ringer|skvallrar) (?:dom|de|ni|hon|han) (?:\w+ )?(?:for|till) "
            r"(?:mina foraldrar|foraldrarna|mamma|pappa|skolan|soc|polisen)\b"
            r"|\brakna\w* (?:det )?(?:\w+ )?som (?:en )?(?:anmalan|orosanmalan)\b",
            # Set BA: "kan han själv ringa någonstans utan att säga vem han är?"
            r"\butan att (?:behova |maste )?(?:saga|uppge|beratta|lamna|visa) (?:vem (?:jag|ja|han|"
            r"hon|hen|man|vi) (?:ar|e)|(?:(?:mitt|sitt|hans|hennes|ditt) )?namn|vad (?:jag|han|"
            r"hon|hen|man) heter|(?:mitt|sitt) personnummer)\b",
            # Set BD/BA: "utan att det hamnar i nåt register?", "får hennes föräldrar då veta
            # att det var jag?" (a report made without one's name known).
            r"\b(?:hamnar|hamna|registreras|registrerad|noteras|antecknas) (?:\w+ ){0,2}?"
            r"(?:i |pa )?"
            r"(?:nat |nagot |ett |nan |nagot slags )?(?:register|registret|journal\w*|"
            r"belastningsregist\w*)\b"
            r"|\b(?:far|kommer|kan) (?:\w+ ){0,3}?(?:veta|fa veta|reda pa) (?:att )?(?:det var "
            r"(?:jag|ja)|vem som (?:anmalt|anmalde|ringt|ringde|skrev|gjorde))\b",
            # Set BC, English as a second language: "do you need my name or ID?", "you tell
            # police or migrationsverket?", "will my name be saved".
            r"\b(?:need|want|ask for|have to (?:give|say|tell)|must i (?:give|say|tell)) (?:\w+ )?"
            r"(?:my |your )?(?:real )?(?:name|id|id card|identity|personal number|personnummer)\b"
            r"|\b(?:you|u) (?:tell|report|inform) (?:\w+ )?(?:the )?(?:police|polis\w*|"
            r"migrationsverket|migration|social services|soc|my (?:husband|family|parents))\b"
            r"|\b(?:stay|be|is (?:it|this)) (?:\w+ )?(?:anonymous|secret|private)\b",
            r"\bser (?:polisen|ni|nagon|nan|soc|socialen|socialtjansten|skolan|mina foraldrar|"
            r"mamma|pappa) (?:det har|vem|mitt|vad|mina)",
            r"\b(?:hemligt|tystnadsplikt|konfidentiell\w*|private|secret)\b",
            r"\bvet (?:ni|du) vem jag ar\b|\bspara\w* (?:ni|du) (?:det|detta|nat|nagot)",
            r"\b(?:fa|far) reda pa\b|\b(?:anmaler|rapporterar|kontaktar) ni\b",
            r"\bsyns (?:mitt|mina|min) (?:nummer|namn|ip\w*|profil|konto)\b",
            r"\butan att (?:polisen|soc|socialen|socialtjansten|nagon|nan|mina foraldrar|"
            r"foraldrarna|"
            r"mamma|pappa|skolan|familjen) (?:far|ska fa|kommer att fa|behover fa) (?:veta|reda)",
            r"\b(?:gor|gora) ni (?:en )?orosanmal\w*",
            # Set AL: "syns den här chatten nånstans?", "ingen får veta", "kommer ni ringa
            # soc då?", "ni får inte säga nåt till mamma".
            r"\bsyns (?:den har |denna |min )?(?:chatten|konversationen|chatt|det jag skriver)\b"
            r"|\bingen (?:far|ska|kommer att|kommer) (?:veta|se|fa veta|fa reda pa)\b"
            r"|\b(?:kommer|ska|maste|tanker) (?:ni|du|dom|de) (?:att )?(?:ringa|kontakta|anmala|"
            r"beratta for|saga till|larma) (?:\w+ )?(?:soc|socialen|socialtjansten|polisen|"
            r"mina foraldrar|mamma|pappa|skolan|min familj)\b"
            r"|\b(?:ni|du) (?:far|ska|kan) (?:inte|int|aldrig) (?:saga|beratta|skriva|ringa) "
            r"(?:\w+ )?(?:till|for|nat till|nagot till|det till) (?:mamma|pappa|mina foraldrar|"
            r"foraldrarna|soc|skolan|polisen|nan|nagon|min familj)\b",
            r"\b(?:ringer|kontaktar|berattar|sager|skickar) (?:dom|de|ni|dem) (?:till |for |det "
            r"till )?"
            r"(?:mina foraldrar|foraldrarna|mamma|pappa|skolan|soc|socialen|polisen|min familj)",
            r"\butan att (?:nan|nagon|folk) (?:\w+ )?(?:marker|ser|vet|far veta|fattar)\b",
            r"\butan att (?:han|hon|de|dom|hen|min \w+|mina \w+) (?:far veta|vet om|marker)\b"
            r"|\b(?:does|do|will|can) (?:the )?(?:police|social services|anyone|they|my boss) "
            r"(?:get|see|know|read) (?:my |about )?(?:information|info|messages|name|this|me)\b",
            r"\b(?:blir|hamnar) (?:jag|man|ja) (?:\w+ )?(?:registrerad|registrerat|i nagot register"
            r"|i nat register)",
            r"\bwithout (?:giving|telling|saying|showing) (?:my |them my )?(?:name|who i am|id)\b"
            r"|\bdo i (?:have|need) to (?:give|tell|say) (?:my )?(?:name|who i am)\b|"
            r"\blogged\b|\bsave my\b|\bmy ip\b|\bsparas mina\b",
            r"\b(?:without|utan att) (?:being |bli |jag blir )?(?:reported|anmald|registrerad)\b"
            r"|\b(?:som|dar|och|men) (?:inte|int|aldrig) (?:anmaler|polisanmaler|rapporterar) "
            r"(?:mig|mej|oss)\b",
            # "kan ni radera det här?", "delete this chat": what is kept.
            r"\b(?:radera|radering|ta bort|sudda) (?:\w+ )?(?:det har|detta|chatten|konversationen|"
            r"samtalet|allt|mina meddelanden|meddelandena|historiken)\b"
            r"|\bdelete (?:this|the chat|my messages|the conversation|everything)\b",
            # "blir jag anmäld om jag pratar med dom?": talking to a service, not the deed.
            r"\b(?:anmald|polisanmald|registrerad|reported) (?:\w+ ){0,2}?(?:om|if) "
            r"(?:jag|ja|man|i) (?:pratar|ringer|skriver|chattar|hor av mig|kontaktar|tar kontakt|"
            r"talk|call|contact)",
            r"\b(?:kan|ser) (?:ni|du) (?:se )?vem jag (?:e|ar)\b|\blova att (?:ni|du) inte\b",
            r"\b(?:se|veta|ta reda pa) vem (?:jag|ja) (?:ar|e)\b",
            r"\b(?:doesn'?t|does not|won'?t|will not|dont|don'?t) (?:report|tell)\b",
            r"\btell (?:the )?(?:police|migration\w*|soc\w*) (?:about )?me\b",
            r"\butan att (?:jag |ja |man )?(?:sager|saga|berattar|beratta|uppger|uppge|visar) "
            r"(?:vem (?:jag|man) "
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
            # Opening hours, times, a chat or an e-mail of a service (a probe of our own).
            r"\bnar (?:ar|har) (?:ni|de|dom|dem|mika|kast|bris|preventell|stodcentrum|umo)\w* "
            r"(?:oppet|oppna|oppen)\b|\b(?:vilka|vilken|vad har) (?:\w+ )?(?:tider|oppettider\w*)"
            r"|\b(?:tider|oppettider\w*) (?:\w+ ){0,2}?(?:svarar|har|ar)\b"
            r"|\b(?:har (?:ni|de|dom|mika|kast|bris|preventell|stodcentrum|umo)\w*|"
            r"finns (?:det|dar)) (?:\w+ ){0,2}?(?:en |ett |nan |nagon )?(?:chatt|chat|mejl|mail|"
            r"e-post|epost|mejladress|mailadress)\b",
            r"\bhur (?:nar|kontaktar|far|kommer) (?:jag|ja|jg|man) (?:tag pa|kontakt|i kontakt|dem|"
            r"dom|er|mika|kast|stodcentrum|preventell|bris|umo|kvinnofridslinjen)",
            r"\b(?:oppettider|oppet|har oppet|ar oppna)\b",
            r"\b(?:kan|ska|var|vart|vem) (?:jag|man) (?:ringa|ringer|mejla|skriva till)",
            r"\bboka (?:en )?(?:konsultation|tid|mote|samtal)\b|\bvilket nummer\b|\b(?:nat|nagot|"
            r"ett|nan|ert) (?:nummer|telefonnummer|nr)\b|\bvad ska jag ringa\b|\badress(?:en)? "
            r"till\b",
            r"\b(?:vart|var) ligger\b|\boppettid\w*|\bmejladress|\bmailadress|\bwhen are you open",
            r"\bhow (?:do|can) i (?:contact|reach|call)|\bphone number\b"
            r"|\b(?:what'?s|what is|whats) (?:the |their |your )?(?:number|phone|nr)\b"
            r"|\bnumber (?:to|for) (?:mika|kast|bris|them|you|stodcentrum|preventell)\b",
            r"\bhur (?:ringer|mejlar|mailar|chattar|kontaktar|nar) (?:jag|man)\b",
            # "how i can meet someone from you face to face? where is your office".
            r"\b(?:meet|see|visit) (?:\w+ ){0,3}?(?:face to face|in person)\b"
            r"|\bwhere (?:is|are) (?:your|the|their) (?:office|reception|clinic|address)\b"
            r"|\b(?:traffa|besoka) (?:er|nagon (?:av|fran) er|nan (?:av|fran) er) (?:\w+ ){0,2}?"
            r"(?:ansikte mot ansikte|pa plats|pa ert kontor|pa riktigt)\b",
        ]
    ),
    "human": "|".join(
        [
            # Set DM: "skulle föredra att diskutera ett ärende med en person, inte en automatisk
            # tjänst".
            r"\b(?:med|till) en (?:riktig |levande |verklig )?(?:person|manniska|handlaggare)\W+"
            r"(?:och )?(?:inte|int|ej) (?:med |till )?(?:en )?"
            r"(?:bot|robot|automatisk|maskin|dator|ai)"
            r"|\b(?:foredra\w*|hellre) (?:att )?(?:prata|diskutera|chatta|skriva|tala) "
            r"(?:\w+ ){0,3}?med en (?:riktig |levande )?(?:person|manniska)\b",
            # "yes please connect me" (set FJ), "koppla mig vidare".
            r"\bconnect me\b(?! (?:to|with) (?:mika|kast|bris|umo|stodcentrum|preventell|the "
            r"police))|\bkoppla (?:mig|vidare|over mig)\b",
            # "kan en vuxen som jobbar där skriva me mig" (set BK).
            r"\b(?:en vuxen|nan|nagon|ngn|en person|en manniska)(?: vuxen)? som jobbar "
            r"(?:dar|har|hos er|"
            r"med det har) (?:\w+ )?(?:skriva|prata|chatta|snacka|svara)\b",
            # Set CN: "finns det ngn jag kan chatta med live nu", "chatta live med nån".
            r"\b(?:finns det|ar det|e det) (?:en |nan |nagon |ngn )?(?:\w+ )?(?:jag|ja) kan "
            r"(?:chatta|"
            r"prata|skriva|snacka) (?:med|me|m)\b|\b(?:chatta|prata|skriva|snacka) (?:med |me |m )?"
            r"(?:\w+ )?live\b",
            # Set CJ: "jag vill skriva med någon som faktiskt jobbar där", "nej. en person tack".
            r"\b(?:skriva|prata|chatta|snacka) (?:med|me) (?:en vuxen|nan|nagon|en person|"
            r"en manniska) som (?:faktiskt |verkligen |typ )?(?:jobbar|arbetar)\b"
            r"|^\W*(?:(?:nej|nae|ne)\W+)?(?:en )?(?:person|manniska|riktig person|riktig manniska|"
            r"uppsokare) (?:tack|pls|please|snalla|tx)\W*$",
            r"^\W*(?:halla |hallo |hej )?(?:finns|ar|e) (?:det )?(?:nan|nagon|nagon manniska) "
            r"(?:dar|har)\W*$",
            r"\b(?:prata|snacka|chatta|skriva|tala) (?:med|me|m) (?:en |nan |nagon )?"
            r"(?:manniska|riktig|person|vuxen|uppsokare|personal|kurator|pa riktigt)",
            r"\b(?:prata|snacka|chatta) (?:med|me|m) (?:en |nan )?(?:person|manniska|faltarbetare|"
            r"socialarbetare|uppsokare)\b|\bnan levande\b|\blevande (?:person|manniska)\b"
            r"|\b(?:pa riktigt|en manniska) eller (?:bara )?(?:en )?(?:robot|bot|dator|ai)\b",
            r"\b(?:vill ha|behover|kan jag fa|ge mig) (?:en )?(?:manniska|riktig person|uppsokare|"
            r"riktig manniska|person|levande person)\b",
            r"\b(?:real person|talk to (?:a )?(?:human|person|someone))"
            # ("can i talk to someone at stödcentrum without giving my name?": at that service,
            # not here; set GS.)
            r"(?! (?:at|from|on|in|with) (?:the )?(?:stodcentrum|bris|mika\w*|kast|umo|preventell|"
            r"police|polisen|socialtjansten|social services|soc|kvinnofridslinjen|1177|clinic))"
            # "bot answers are not helping. a human please." (set FT)
            r"|\b(?:a |an )?(?:real )?(?:human|person|human being) (?:please|pls|plz)\b"
            r"|\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:real |social |outreach )?(?:worker|"
            r"staff|human being)\b",
            r"\bvill (?:jag|ja) (?:ha|prata med) (?:en )?(?:person|manniska|riktig)",
            # Set AM: "koppla mig till en kurator eller nåt".
            r"\bkoppla (?:mig|mej|oss) (?:vidare )?(?:till|med) (?:en |nan |nagon )?(?:\w+ )?"
            r"(?:kurator|manniska|person|uppsokare|handlaggare|riktig|personal|vuxen)",
            r"\b(?:is there|are there|is this) (?:a |an |any )?"
            r"(?:human|real person|person|people)\b",
            # "can someone from your team call me?", "could a worker contact me".
            r"\b(?:someone|somebody|anyone|a person|a worker|a social worker|an outreach worker) "
            r"(?:\w+ ){0,3}?(?:call|contact|phone|text|chat with|talk to|speak to|speak with) me\b",
            # "FINNS DET NÅN MÄNNISKA DÄR", "människa tack", "kan nån ringa upp mig?"
            r"\b(?:finns det|ar det|e det) (?:en |nan |nagon )?(?:manniska|riktig person|person)\b",
            r"^\W*(?:en )?manniska\W*(?:tack|please|snalla|nu)?\W*$",
            r"\b(?:ringa|ring) upp mig\b|\bkan (?:nan|nagon|ni) ringa mig\b",
            r"\b(?:prata|snacka|chatta|tala) (?:med|me) (?:en |nan |nagon )?"
            r"(?:vuxen|person|manniska|nan som jobbar|nagon som jobbar|er|nan av er)\b",
            # Set AU: "jag vill tala med en anställd, inte med en dator".
            r"\b(?:prata|tala|chatta|skriva) (?:med|me) (?:en |nan |nagon )?(?:anstalld|"
            r"handlaggare|medarbetare)\b|\binte (?:med )?en (?:dator|robot|bot|maskin)\b",
            # Set AW: "kan jag få prata med någon från uppsökarna?"
            r"\b(?:prata|snacka|chatta|tala) (?:med|me) (?:en |nan |nagon )?(?:av|fran|hos) "
            r"(?:er|uppsokarna|personalen|uppsokare\w*)\b",
            r"\binte (?:en |med en |prata med en )?(?:bot|robot|ai|chattbot)\b",
            r"\b(?:nagon|nan|en) av (?:era|er|ert) (?:faltarbetare|uppsokare|personal|"
            r"socialarbetare)",
            r"\bfinns det (?:en |nan |nagon )?(?:faltarbetare|uppsokare|socialarbetare|"
            r"(?:vuxen|manniska|person) som (?:jobbar|arbetar))\b",
            r"\binte (?:skriva|prata|chatta) (?:med|me) en (?:dator|maskin|robot|bot)\b",
            r"\b(?:nagon|nan) (?:fran|av|i) (?:ert|era|er) (?:team|personal|uppsokare|"
            r"faltarbetare)\b",
            r"\b(?:uppsokar|faltarbetar)\w* (?:\w+ ){0,2}(?:kontakta|ringa|skriva till|prata med|"
            r"hora av sig till) "
            r"(?:mig|mej)\b|\b(?:en )?(?:manniska|riktig person) (?:helst|tack|hellre|please)\b",
        ]
    ),
}
