"""Being paid, in whatever form, and paying: the signs that decide Mika or KAST."""

from __future__ import annotations

from typing import Dict

from engine.nlu.lexicon.common import ME, PAYMENT, SEXUAL, near

# The writer keeps a sugarbaby (set DI: "har en sugarbaby som e 19, betalar henne"), not a
# sugarbaby profile: buying here, and situation.py drops "being paid" beside it.
KEEPS_SUGAR_BABY = (
    r"(?:(?:^\W*|\b(?:jag|ja|jg|i) )(?:har|hade|skaffat|skaffade|have|had|got) "
    r"(?:en |ett |a |tva |two |flera )?|\b(?:min|mina|my) (?:\w+ )?)"
    r"sugar ?bab(?:y|ies|ys|yn|ysen)\b(?! ?-?(?:profil|konto|sida|app|account|profile))"
    # "I'm 45 and I support a 22 year old with money, and we have sex" (set GK).
    r"|\b(?:i|jag|ja) (?:\w+ )?(?:support|supports|supported|keep|help out|forsorjer|stottar) "
    r"(?:a |an |my |en |min )?(?:\d+ ?(?:year old|yo|y/o|aring|arig)|young \w+|woman|girl|student|"
    r"tjej|kvinna)\b.{0,20}?\b(?:with|med) (?:\w+ )?(?:money|cash|an allowance|rent|pengar)\b"
)

PAID_SIGNS: Dict[str, str] = {
    "exchange": "|".join(
        [
            # Set CZ: "får resor och märkeskläder av en äldre man om jag ställer upp sexuellt
            # när han vill": gifts on condition of sex.
            r"\b(?:far|fick|ger|gav) (?:jag |ja )?(?:\w+ ){1,4}?(?:av|fran) (?:en|nan|min|den|"
            r"han|honom|\w+en)\b.{0,60}?\bom (?:jag|ja) (?:\w+ )?(?:staller upp|ligger med|har sex|"
            r"gor (?:sexuella )?saker|skickar (?:bilder|nudes))\b"
            r"|\bstaller upp (?:sexuellt|pa sex)\b.{0,40}?\b(?:far|fick|betalar|ger|gav)\b",
            # Set DU: "har börjat ta emot betalande män hemma sedan jag blev änka".
            r"\b(?:tar|ta|tagit|tog) emot (?:\w+ )?(?:betalande|betalade) (?:man|kunder|herrar|"
            r"gubbar|killar)\b|\b(?:jag|ja) (?:\w+ ){0,2}?(?:tar|ta|tagit|tog) emot (?:man|kunder|"
            r"herrar|gubbar) (?:hemma|hos mig) (?:for|mot) (?:pengar|betalning|betalt)\b",
            # Set DQ: "jag träffar många män och några av dom betalar".
            r"\b(?:jag|ja) (?:traffar|traffat|traffade|ses med|har sex med|ligger med) "
            r"(?:\w+ ){0,2}?(?:man|killar|gubbar|personer|kunder)\b.{0,30}?\b(?:nagra|en del|"
            r"vissa|flera|manga|en|nan|nagon|de flesta|alla) av (?:dom|dem|dessa) (?:\w+ )?"
            r"(?:betalar|betalade|betalat|ger mig pengar|swishar)\b",
            # Set DG, DH: "en man har betalt mig för att ses", "dom har gett oss pengar", "en av
            # tittarna vill träffas irl mot betalning", "gör camshows".
            # (Given only with money or things named: not "han ger mig ångest".)
            r"\b(?:dom|de|han|mannen|gubben|gubbarna|kunden|killarna|en man|en kille|nan) "
            r"(?:har )?(?:betalat|betalt|betalade|betalar|swishat|swishar) (?:oss|mig|mej)\b"
            r"|\b(?:dom|de|han|mannen|gubben|gubbarna|kunden|killarna|en man|en kille|nan) "
            r"(?:har )?(?:gett|gav|ger) (?:oss|mig|mej) (?:\w+ )?(?:pengar|cash|kontanter|"
            r"\d+ ?(?:kr|spann)?|sprit|alkohol|droger|grejer|presenter|ett stalle|nagonstans att|"
            r"gratis \w+|skor|klader|vodka|snus)\b"
            r"|\b(?:tittarna|tittare|en tittare|foljare|en foljare|foljarna)\b(?: \w+){0,2}? "
            r"(?:traffas|ses|mota mig)\b(?: \w+)? (?:mot|for) (?:betalning|pengar|betalt)\b"
            r"|\b(?:jag|ja) (?:\d+ )?(?:har )?(?:borjat )?(?:gora|gor|gjort|kora|kor|kort) "
            r"(?:web)?cam ?shows?\b",
            # Set DD, DF: "han betalar kontant varje gång vi ses", "en man ... betalat mitt
            # mobilabonnemang", "jag tar emot män hemma för pengar", "min situation med män som
            # betalar".
            r"\b(?:han|mannen|gubben|killen|snubben) (?:\w+ )?(?:betalar|betalade|betalat|ger mig|"
            r"gav "
            r"mig) (?:\w+ )?kontant\w* (?:\w+ )?(?:varje|varenda|nar|efter)\b"
            r"|^(?=.*\b(?:gubbe\w*|en man|mannen|snubbe\w*|aldre (?:kille|man|snubbe)|killen)\b)"
            r".*?\b(?:betalar|betalade|betalat|swishar|swishat) (?:\w+ )?(?:min|mina|mitt) "
            r"(?:mobilabonnemang|abonnemang|mobilrakning|busskort|sl-kort|gymkort|frisor|naglar|"
            r"tandlakare|korkort|moped)\b"
            r"|\b(?:jag|ja) (?:\w+ )?tar emot (?:man|kunder|gubbar|killar) (?:\w+ )?(?:for|mot) "
            r"(?:pengar|betalt|betalning)\b"
            r"|\bmin situation med (?:\w+ )?(?:man|gubbar|killar|kunder|torskar)\b",
            # Set DA: "vill inte att nån ska veta att ja säljer": selling, said as a secret.
            r"\b(?:veta|vet|visste|reda pa|upptacka|upptacker|marka|marker|fatta|fattar|"
            r"listar ut) (?:att|om) (?:jag|ja) (?:har )?(?:saljer|salt|salde)\b(?! (?:\w+ )?"
            r"(?:klader|grejer|saker|kakor|bilen|biljetter|snus|grejor|droger|knark|gras))",
            # Set CR: "ragger upp gubbar på nätet och låter dom betala för sex".
            r"\blater (?:dom|de|dem|honom|gubbarna|kunderna|killarna|mannen|gubbar|man) betala\b",
            # Set BX, in second-language Swedish: "jobbar massage och sex med män".
            r"\b(?:jobbar|jobba|arbetar|jobbade|gor) (?:med )?(?:massage (?:och|o|och med) )?sex "
            r"(?:med|for|at) (?:man|kunder|gubbar|killar|klienter)\b",
            # Set BW: "nån gubbe ... han betalar min telefonräkning o köper grejer till mig",
            # "ska träffa en som betalar nu", "har träffat några äldre män som betalat".
            r"^(?=.*\b(?:gubbe\w*|en man|mannen|snubbe\w*|aldre (?:kille|man|snubbe)|killen)\b)"
            r".*?\b(?:han|gubben|mannen|snubben|killen) (?:\w+ )?(?:betalar|betalade|betalat|koper|"
            r"kopte|kopt|swishar) (?:\w+ )?(?:min|mina|mitt) (?:telefonrakning|rakning\w*|hyra|"
            r"mobil|kladder|naglar|resor?|biljett\w*|mat)\b",
            r"^(?=.*\b(?:gubbe\w*|en man|mannen|snubbe\w*|aldre (?:kille|man|snubbe)|killen)\b)"
            r".*?\b(?:koper|kopte|kopt|ger|gav) (?:\w+ )?(?:grejer|saker|kladder|presenter|snus|"
            r"vape|alkohol|sprit) (?:till|at) (?:mig|mej)\b",
            r"\btraffa (?:en|nan|nagon|honom|killen|mannen|gubben|snubben) som (?:betalar|swishar|"
            r"ger mig)\b",
            r"\b(?:traffat|traffar|traffade|varit med|legat med|hangt med) (?:\w+ ){0,2}?(?:man|"
            r"gubbar|killar|snubbar|kunder) som (?:har )?(?:betalat|betalar|betalade|swishat|"
            r"swishar|gett mig|ger mig)\b",
            # Set DV: "orkar inte mer efter allt med killarna som betalar": the men who pay, as a
            # group the writer lives with (not "en av männen som betalar", a buyer).
            r"(?<!en av )(?<!jag ar )(?<!vi ar )\b(?:killarna|gubbarna|snubbarna|kunderna|typerna|"
            r"aldre mannen|vuxna mannen) som (?:betalar|betalat|betalade|swishar|swishat"
            r"|swishade)\b"
            r"(?! (?:for|till|at) (?:henne|honom|dem|dom|tjejer|killar|sex med))",
            # Set DW: "han la pengar på bordet efteråt och jag tog dom".
            r"\b(?:han|dom|de|mannen|killen|gubben|kunden|snubben) (?:\w+ )?(?:la|lade|lagt"
            r"|lamnade|"
            r"lamnat|stack at mig|gav mig|stoppade) (?:\w+ )?(?:pengar|cash|sedlar|en tusenlapp|"
            r"\d+ ?(?:kr|spann|lax)) (?:\w+ ){0,3}?(?:efterat|efter det|efter sexet|sen|pa"
            r" bordet)\b"
            r"|\b(?:he|they|the guy|the man) (?:\w+ )?(?:left|put|gave me|handed me|slipped me) "
            r"(?:\w+ )?(?:money|cash|notes|\d+ ?(?:kr|sek)) (?:\w+ ){0,3}?(?:after|afterwards"
            r"|on the "
            r"table)\b",
            # Set BV: "han e 24 o ja e 16, han betalar för att vi träffas".
            r"\b(?:han|hon|de|dom|gubben|mannen|killen) (?:\w+ )?(?:betalar|betalade|swishar|"
            r"swishade|ger mig pengar) (?:mig )?(?:for att|nar) (?:vi|jag|ja) (?:ses|traffas|"
            r"moter|motes|hanger|umgas|ska ses)\b",
            r"\b(?:salj|salt|salde|salja)\w*\s+(?:sex|mig|min kropp|kroppen|mig sjalv|sexuella|"
            r"sig|sin kropp|sig sjalv)\b",
            r"\bsex mot (?:ersattning|betalning|pengar|betalt)",
            # Money from a man on someone's phone (set BN): "hittade swishar från en man på 3000
            # kr i hennes telefon", "pengar från äldre killar".
            r"\b(?:swish\w*|pengar|overforing\w*|betalning\w*)(?: \w+){0,2}? fran (?:en (?:\w+ )?"
            r"(?:man|gubbe|snubbe|vuxen)|(?:aldre|vuxna|gamla) (?:man|killar|gubbar|snubbar)|"
            r"gubbar|okanda man)\b",
            # Paid in bills (set BI): "gubben betalar min mobil om ja e hos honom helgerna".
            r"\b(?:gubben|gubbe|han|mannen|killen|snubben|sugardaddyn) (?:\w+ )?(?:betalar|betalade"
            r"|"
            r"fixar|swishar) (?:min|mitt|mina) (?:mobil\w*|telefon\w*|rakning\w*|hyra|klader|naglar"
            r"|"
            r"frisor|abonnemang\w*)\b.{0,40}?\b(?:om|nar|sa lange) (?:jag|ja) (?:\w+ )?(?:ar|e|sove"
            r"r|"
            r"stannar|kommer|traffar|ligger)\b",
            # Picked up by ever new men (sets BH, EX): "kommer hem med olika män i dyra bilar",
            # "gets picked up by different cars late at night".
            r"\b(?:hamtas|hamtar|plockas upp|kommer hem|aker (?:ivag |ut |runt )?|sticker) "
            r"(?:\w+ ){0,2}?(?:med|av|i) olika (?:man|killar|gubbar|bilar|aldre)\b"
            r"|\b(?:picked up|gets? in|getting into|comes? home|came home|goes off|leaves) (?:\w+ "
            r"){0,3}?"
            r"(?:by|with|in|into) different (?:cars|men|guys|older)\b",
            # "vi matchat på en app o skulle ses mot betalning" (set BH): the writer paid.
            r"\b(?:vi|jag|ja) (?:\w+ ){0,6}?(?:skulle )?(?:ses|traffas|ligga|hooka) mot (?:betalnin"
            r"g|"
            r"betalt|ersattning|pengar)\b",
            r"\b(?:salde|saljer|salt) (?:jag|ja) (?:sex|mig|min kropp|bilder|nudes)\b",
            # "om man e 17 o säljer", "jag e 16 o säljer": an age, then selling.
            r"\b(?:1\d|[2-7]\d) (?:o|och|&) (?:saljer|salt|salde|har salt)\b",
            r"\bwork\w* (?:\w+ ){0,3}?with sex\b",
            # Something given on condition of meeting, sex or pictures (a probe of our own):
            # "betalar mitt gymkort om jag ses med honom", "skickar robux för bilder", a bed
            # "och han vill ha nåt tillbaka".
            r"\b(?:ger|gav|skickar|skickade|betalar|betalade|koper|kopte|fixar|fixade|swishar) "
            r"(?:mig |mej )?(?:\w+ ){0,3}?(?:om|for att|mot att|sa lange|bara om) (?:jag|ja) "
            r"(?:ses med (?:honom|dem|dom|henne)|traffar (?:honom|dem|dom|henne)|ligger med|"
            r"skickar (?:bilder|nudes|nakenbilder|videos?)|sover (?:hos|med)|har sex|"
            r"foljer med (?:honom|hem))\b"
            r"|\b(?:robux|v-?bucks|skins|nitro|presentkort|gavokort|snus|vape|alkohol|sprit) "
            r"(?:\w+ )?(?:for|mot|om) (?:att )?(?:\w+ )?(?:bilder|nudes|nakenbilder|sex|ses|"
            r"traffas|videos?|filmer)\b"
            r"|\b(?:vill|ville|kraver) (?:han |hon |hen |dom |de |dem )?"
            r"(?:ju |typ |alltid |ocksa )?"
            r"(?:ha )?(?:nat|nagot|ngt|"
            r"sex|betalt) (?:tillbaka|i gengald|"
            r"i utbyte)\b|\bi utbyte mot (?:sex|bilder|nudes|att)\b",
            # The writer's own customers: "kunder vill mer och betala extra", "vendo sexo",
            # "en kund håller henne kvar".
            r"\b(?:kunder|kunderna|customers?) (?:\w+ ){0,5}?(?:betala|betalar|pay|pays) extra\b"
            r"|\bvendo (?:sexo|mi cuerpo)\b|\b(?:en|hennes|hans) (?:kund|torsk) (?:\w+ ){0,2}?"
            r"(?:haller|har|slar|hotar|later|vill|betalar|betalade|slog) (?:henne|honom)\b",
            # "efter jag träffade en som betalade": the writer was the one paid.
            r"\b(?:jag|ja) (?:traffade|traffar|traffat|sov med|legat med|var med) (?:en|nan|nagon)"
            r" (?:\w+ )?som (?:betalade|betalar|betalat|swishade|swishar|swishat)\b",
            r"\btraffa\w* (?:killar|man|gubbar|kunder|aldre man|en man|en kille|en gubbe)\b.{0,30}?"
            r"\bmot (?:betalning|betalt|ersattning|pengar)\b",
            # English: "i sleep with men for money", "i get paid for sex".
            r"\b(?:sleep|slept|sleeping|have sex|had sex|hook up|hooking up|meet|meeting) with "
            r"(?:\w+ ){0,2}?(?:men|guys|a man|clients|people|strangers) for (?:money|cash|a place|"
            r"drugs|gifts)\b"
            r"|\b(?:get|gets|getting|got|am|was|being) paid (?:for|to have) (?:sex|it|pics|"
            r"nudes)\b",
            # "sends me money when i send him pics", "buys me stuff if i meet him".
            r"\b(?:sends?|gives?|gave|sent|pays?|paid|buys?|bought) (?:me|us) (?:\w+ ){0,2}?"
            r"(?:money|cash|\$?\d+|stuff|things|clothes|gifts|vapes?|weed|drinks)\b(?:\W+\w+){0,4}?"
            r"\W+(?:when|if|after|for|so) (?:i|we) (?:\w+ )?(?:send|sent|meet|met|see|sleep|have "
            r"sex|do|hook up|come|go)\b"
            r"|\b(?:money|cash|gifts|stuff) (?:for|in exchange for) (?:pics|pictures|nudes|sex|"
            r"videos)\b",
            # Paid for, and something wanted back: "betalar min mobilräkning och vill ha
            # bilder", "ger mig 500 varje gång vi ses", "bjuder på allt, sen vill de ha sex",
            # "lovar pengar om jag följer med".
            r"\b(?:betalar|betalade|fixar|fixade|koper|kopte) (?:min|mina|mitt) \w+\b.{0,60}?"
            r"\b(?:vill ha|kraver|ska ha) (?:\w+ )?(?:bilder|nudes|sex|nat tillbaka|tillbaka)\b",
            r"\b(?:ger|gav|ge) (?:mig|mej) (?:\w+ ){0,2}?(?:\d+ ?(?:kr|k|spann|lax)?|pengar|cash) "
            r"(?:\w+ ){0,3}?(?:nar|varje gang|om|efter|for att) (?:vi |jag |ja )?(?:ses|traffas|"
            r"ligger|ligga|kommer|komma|har sex)\b",
            # Paid in drugs, an ad offering "massage med avslut", a "torsk" the writer had.
            r"\b(?:tar|ta|tog|tagit) betalt (?:i|med) \w+"
            r"|\b(?:erbjuder|erbjod|saljer|annonserar) (?:\w+ ){0,2}?massage med (?:avslut|extra|"
            r"happy "
            r"ending)"
            r"|\b(?:hade|har|haft|tar|tog|fick) (?:en |ett par |flera )?torsk(?:ar)?\b",
            r"\b(?:bjuder|bjod|betalar|fixar)\b.{0,60}?\bvill (?:de|dom|han|dem) ha "
            r"(?:sex|nat|nagot|nat tillbaka)\b",
            r"\blova\w* (?:mig )?(?:pengar|\d+ ?(?:kr|k|spann|lax)|cash|betalt)\b.{0,30}?\bom "
            r"(?:jag|ja)\b|\bsponsor\w*\b",
            # Fetched by cars or older men at night (an indicator; a probe of our own).
            r"\b(?:hamtas|blir hamtad|hamtades|blev hamtad|hamtar henne|hamtar honom) "
            r"(?:\w+ ){0,2}?"
            r"(?:av )?(?:bilar|olika bilar|okanda bilar|aldre man|okanda man|vuxna man|olika man)\b"
            r"(?:.{0,30}\b(?:natt\w*|kvall\w*|sent))?",
            # A seller's clients asking for more (a probe of our own): "kunderna vill ha happy
            # ending", "har börjat säga ja för pengarna".
            r"\b(?:kunderna|mina kunder|klienterna|mina klienter|gaster(?:na)?) (?:\w+ ){0,2}?"
            r"(?:vill|ber om|fragar efter|kraver|tjatar om) (?:\w+ ){0,2}?(?:happy ending|extra|"
            r"avslut\w*|sex|mer)\b"
            r"|\b(?:sager|sagt|sa|borjat saga) ja (?:\w+ )?for (?:pengarnas? skull|pengarna|pengar|"
            r"extra betalt|betalt)\b"
            r"|\bvi (?:ar |e )?(?:bada|bagge|tva|alla) (?:har )?(?:saljer|salt|salde)\b"
            r"|\b(?:bada|bagge) (?:har )?(?:salt|saljer|salde) (?:sex|oss|bilder)\b",
            r"\b(?:swishar|swishade|betalar|betalade) (?:mig |mej )?(?:efter|efterat|i forvag)\b",
            r"\b(?:kopt|kopte|koper|kopa|kop\w*) (?:\w+ )?(?:av|fran) (?:mig|mej)\b",
            r"\b(?:tar|ta|tog|tagit|far|fa|fick|fatt) (?:betalt|ersattning|pengar|cash|swish|para) "
            r"for",
            r"\b(?:betalade|betalar|betalat|fixade|stod for) (?:min|mina) (?:resa|resor|hyra|"
            r"rakningar|"
            r"mobil|telefon|klader|skulder|flygbiljett)\b.{0,60}?\b(?:sex|ligga|ha sex|sov med)\b",
            r"\bbetalt for (?:sex|att|bilder|nudes)",
            r"\b(?:betala|swisha)\w* (?:\w+ )?for (?:bilder|nudes|nakenbilder|videos?|filmer|"
            r"klipp) "
            r"(?:pa|av) (?:mig|mej)\b",
            rf"\b(?:betalar|betalade|betala|betalat|swishar|swishade|swisha|swishat) {ME}\b",
            r"\b(?:far|fick|fatt|far ibland) (?:betalt|pengar|cash|swish|grejer|saker|presenter) "
            r"(?:av|fran) (?:en |nan |nagon |olika |aldre )?"
            r"(?:gubbe|gubbar|man|aldre|kille|killar|snubbe|kund|kunder|typ)",
            rf"\b(?:ger|gav|gett|ge|bjuder) (?:{ME}|henne|honom|hen) (?:\w+ ){{0,2}}?{PAYMENT}",
            # "killen jag åkte med för pengar".
            r"\b(?:akte|akt|aka|aker|foljde|gick|var) (?:med|me|hem med|hem till) (?:\w+ "
            r"){0,2}?for "
            r"(?:pengar|cash|betalt|swish)\b",
            # "killen som betalade", "bilderna jag sålde", "I do it for more money"
            r"\b(?:killen|mannen|gubben|snubben|kunden|han|typen) som (?:betala\w*|swisha\w*)\b",
            r"\b(?:bilder|bilderna|nudes|videos?|videon|filmer|filmerna) (?:som )?(?:jag|ja) "
            r"(?:har )?(?:salt|salde|saljer|skickade for pengar)\b",
            r"\b(?:do|did|doing) (?:it|that|this|extra|more) for (?:more |extra )?(?:money|cash)\b"
            r"|\bcustomers? (?:want|wants|ask|asks) (?:for )?(?:extra|more|sex)\b",
            r"\bbetala\w* (?:\w+ )?for att (?:jag|ja) ska\b",
            # "en man som betalar henne": someone close is paid (situation.py tells whose).
            # (Not "träffade en tjej via en annons o betalade henne": the writer, unnamed.)
            r"^(?!\W*(?:har |hade )?(?:traffade|traffat|bokade|bokat|hamtade|besokte|besokt|"
            r"motte|ragg?ade)\b).*?"
            r"(?<!jag )(?<!ja )(?<!jg )(?<!vi )(?<!inte )"
            r"\b(?:betalar|betalade|betalat|swishar|swishade|swishat) (?:henne|honom|hen)\b",
            rf"\bladdar (?:mitt|min|{ME})",
            # (Not "sugardaddy här", "är sugardaddy": the writer pays; see buying.)
            r"(?!(?:(?<=^ar )|(?<=^e )|(?<=^ar en )|(?<=jag ar )|(?<=jag ar en )|(?<=ja e )|"
            r"(?<=ja e en )|(?<=jag e en )|(?<=som ))sugar ?dadd)"
            r"\b(?!sugar ?dadd(?:y|ies)? (?:har|here|sjalv)\b)(?:sugar\w*|sugar ?dadd|sugar ?dejt|"
            r"sugar ?dat|sugar ?bab|sugar ?mom|sugarboy|sugardaddy|sugarbaby|onlyfans|"
            r"only fans|webcam|camming|cammar|camgirl)\w*",
            r"\b(?:jag|ja) (?:ar|e|jobbar som|har varit|var) (?:en )?"
            r"(?:escort|eskort|prostituerad)",
            r"\b(?:eskortar|eskorta|escortar|horar|horade)\b",
            r"\b(?:salj|salja|salt|salde)\w* "
            r"(?:\w+ ){0,3}?(?:bilder|nudes|nakenbilder|videos?|filmer|klipp|trosor|pics|content)",
            r"\b(?:sell\w*|sold) (?:my )?(?:sex|myself|my body|nudes|pics|pictures|photos|videos|"
            r"content|feet pics)",
            # "a guy offered me 2000 kr for one night and i said yes".
            r"\boffer(?:ed|s|ing)? (?:me )?(?:\d+ ?(?:kr|k|sek|euro?s?|dollars?|\$)|money|cash) "
            r"(?:\w+ ){0,2}?for (?:sex|a night|one night|the night|a date|meeting|pics|nudes)\b",
            r"\bbeen (?:selling|escorting|camming|doing sex work|working as an escort)\b",
            # "sometime customer pay for sex and I do": the customers pay the writer.
            r"\b(?:customers?|clients?|guys|men) (?:\w+ )?(?:pay|pays|paid|paying) (?:me |us )?"
            r"(?:for|to)\b|\bwork (?:in |at |with )?(?:thai )?massage\b",
            # Someone else's child paid by an adult: "om en vuxen betalar en 16-åring för sex",
            # "en 'kompis' på 25 som köper vodka och ny iphone åt henne".
            r"\b(?:vuxen|vuxna|aldre|gubbe|gubbar|man|kille|\d{2} ?-?aring|nan|nagon) (?:\w+ )?"
            r"(?:betalar|betalade|betalat|"
            r"swishar|swishade|ger|gav) (?:en |ett )?(?:1[0-7] ?-?aring\w*|barn|minderarig\w*|"
            r"tonaring\w*)\b",
            r"\b(?:pa|som ar|som e) [2-9]\d\b.{0,40}?\b(?:koper|kopte|fixar|fixade|ger|gav|bjuder)"
            r"\b.{0,40}?\b(?:at|till|pa) (?:henne|honom|hen|mig|mej)\b",
            # An older partner who buys her everything (set FN, in Swedish): "en pojkvän som är
            # mycket äldre och han köper allt åt henne".
            r"\b(?:(?:mycket |mkt |myket |mycke |langt )?aldre (?:pojkvan|kille|man|snubbe|gubbe)|"
            r"(?:pojkvan|kille|man|snubbe) (?:som (?:ar|e) )?(?:mycket |mkt |langt )?aldre)\b"
            r".{0,60}?\b(?:koper|kopte|ger|gav|betalar|betalade|fixar) (?:allt|saker|grejer|klader|"
            r"presenter|en (?:ny )?(?:mobil|telefon|iphone)) (?:at|till) (?:henne|honom|hen)\b",
            r"\bi (?:do|give|offer|work with) (?:\w+ )?massage with extras?\b",
            r"\b(?:pay|pays|paid|paying|give|gives) me\b",
            r"\btraffa\w* (?:dom|dem|han|honom|man|gubbar|killar|kunder) for (?:pengar"
            r"|cash|betalt)",
            r"\b(?:dom|de|dem) betalar (?:men|o|och|bra|mycket|alltid)\b",
            r"\b(?:get|gets|getting|got) (?:money|paid|gifts|cash|stuff) (?:from|by) "
            r"(?:an? |this |some )?(?:older |old )?(?:man|men|guy|guys)\b",
            # Given by an older person to a child, said by a parent or a grandparent: "en
            # äldre kille bjuder", "paket från en okänd man", "vill inte säga vad han gör för
            # det", "gör tjänster åt honom", "skriver att han betalar bra".
            r"\b(?:aldre|vuxen|vuxna|okand) (?:kille|man|gubbe|kvinna|pojkvan|van|snubbe) (?:som )?"
            r"(?:bjuder|betalar|ger|fixar|koper|skickar)\b"
            r"|\b(?:far|fatt|fick|hittade|hittat) (?:\w+ ){0,3}?(?:paket|presenter|pengar|grejer) "
            r"(?:\w+ ){0,2}?fran "
            r"(?:en |nan |nagon )?(?:okand|vuxen|aldre|nan som|nagon som)"
            r"|\bvill inte (?:saga|beratta) vad (?:han|hon|hen) (?:gor|gjort|gjorde) for (?:det|dom"
            r"|dem|"
            r"pengarna|grejerna)\b"
            r"|\bgor (?:\w+ )?tjanster (?:at|for) (?:honom|henne|dom|dem|en man|mannen)\b"
            r"|\b(?:skriver|sager|lovar) (?:att )?(?:han|hon) betalar (?:bra|mycket|\d+)\b"
            r"|\bfar (?:nat|nagot) tillbaka\b.{0,60}?\b(?:vuxen|aldre)\b",
            # Money or things nobody can explain, seen by someone close.
            r"\b(?:massa|mycket|en massa|konstigt mycket|gott om) (?:pengar|kontanter)\b"
            r".{0,80}?\b(?:inte kan forklara|fran ingenstans|vet inte var|vuxna man|aldre man|"
            r"aldre kille|aldre killar|vuxen man|vuxen kille|en vuxen)",
            # Paid for the writer: "min räkning betalas av en snubbe", "köper sprit åt mig".
            # "fått en iphone av en man han träffat", "tar emot swish från en gubbe"
            rf"\b(?:far|fa|fick|fatt|har fatt|tar|tog|tagit|ta emot|tar emot|tog emot|tagit emot) "
            r"(?:en |ett |massa )?"
            rf"{PAYMENT} (?:\w+ ){{0,3}}?(?:av|fran) (?:en |nan |nagon |olika |flera )?(?:\w+ )?"
            r"(?:man|man|gubbe|gubbar|kille|killar|snubbe|snubbar|vuxen|vuxna|aldre|kund\w*)\b",
            r"\b(?:tar|ta|tog|tagit) emot (?:swish|betalt|betalning|pengar)\b",
            # "tar emot män hemma": men received as clients.
            r"\b(?:tar|ta|tog|tagit) emot (?:man|kunder|gubbar|killar|torskar)\b",
            r"\b(?:massage|sex|escort\w*|dates?|meet(?:ing)? men)\b.{0,30}\bfor (?:money|cash)\b",
            # "vad ja gjort för pengar", "låtit killar göra vad dom vill för att få pengar"
            r"\b(?:gjort|gor|gjorde|gora|skickat|skickar|skickade|salt|salde) (?:\w+ ){0,2}for "
            r"(?:att fa )?(?:pengar|cash|betalt|para|paran|deg|stalar|swish)\b",
            # "om man får 2k av nån för att ses", "en gubbe vill swisha 1500 om vi ses"
            rf"\b(?:far|fick|fatt) {PAYMENT} (?:av|fran) (?:nan|nagon|en) (?:\w+ )?for att "
            r"(?:ses|traffas|ligga|komma)\b",
            r"\b(?:swisha|betala|ge|ger) (?:mig )?\d+ ?(?:kr|k|spann|lax)? (?:om|for att) "
            r"(?:vi|jag|ja) (?:ses|traffas|ligger|kommer)\b",
            near(r"(?:man|gubbar|gubbe|killar|snubbar|kunder|kunden)",
                  r"for att fa (?:pengar|cash|betalt|grejer|saker)", 10),
            r"\bsom (?:kunden|kunderna|torsken|koparen) (?:ville|vill|sa|bad|kraver)\b",
            r"\btraffa\w* (?:\w+ ){0,2}?for (?:att fa )?(?:pengar|cash|betalt|swish)\b"
            r"|\btraffa\w* (?:en |nan |nagon |flera |mina |min )?(?:kund|kunder|kunden|torsk|"
            r"torskar|stamkund\w*)\b",
            r"\b(?:jobbar|star|jobba) (?:pa|i) gatan\b|\bgatuprostitu\w*",
            # A probe of our own, young people's words: "en gubbe vill köpa mina trosor",
            # "killar säger att jag kan tjäna pengar på snap", "fått 3000 för att träffa en man".
            r"(?<!jag )(?<!ja )(?<!jg )\b(?:vill |ville |ska )?(?:kopa|koper|kopte|kopt) "
            r"(?:mina|min|mitt|dina|din|ditt) (?:\w+ )?(?:trosor|trosa|strumpor|sockor|"
            r"underklader|kalsonger|bh|bilder|nudes|videos?|filmer|klipp)\b"
            r"|\btjana (?:\w+ )?(?:pengar|cash|para|deg|bra) (?:pa|med|genom) (?:snap\w*|nudes|"
            r"bilder|onlyfans|min kropp|kroppen|sex|att (?:skicka|salja|visa|traffa|ses))\b"
            r"|\b(?:far|fick|fatt) (?:\d+ ?(?:kr|k|spann|lax)?|pengar|cash|betalt) for att "
            r"(?:traffa|ses|ligga|sova|komma|folja|skicka|visa)\b"
            # "en man vill betala för att träffa mig", "... betala om vi ses": the writer paid.
            r"|\bbetala\w* (?:\w+ ){0,2}?for att (?:fa )?(?:traffa|se|ligga med|sova med|"
            r"ha sex med|ta pa|filma|kolla pa) (?:mig|mej)\b"
            r"|(?<!jag )(?<!ja )(?<!jg )\b(?:vill|ska|kan|lovar att|erbjuder sig att|"
            r"erbjod sig att) betala (?:\w+ ){0,2}?"
            r"(?:for att|om) (?:vi|jag|ja) (?:ses|traffas|ligger|har sex|foljer med)\b",
            # "e 17 o säljer": selling with nothing after it is selling oneself.
            r"\b(?:e|ar|jag|ja|o|och|men) (?:typ |ocksa |ibland |fortfarande |sjalv |sjalv ocksa )?"
            r"(?:saljer|salt|"
            r"salde)"
            # ("jag säljer, kan jag åka fast?": the comma is gone once folded.)
            r"(?= (?:o|och|men|eller|vill|typ|ibland|sen|nu|pa natet|pa gatan|har|fast|for att|"
            r"kan|ska|far|maste|hur|vad|ar det|e de|"
            r"sjalv|"
            r"ocksa|med)\b|\W*$)",
            r"\b(?:han|hon|det) (?:ar|e|var) (?:en )?(?:kund|torsk|stamkund)\b",
            r"\b(?:tar|ta|tog|tagit|har) (?:emot )?(?:\w+ )?kunder\b(?! (?:som )?(?:jag|ja) )",
            r"\b(?:jobbar|arbetar|jobba) (?:med|pa|i) (?:en |ett )?massage\w*",
            # Given things, and something wanted back: "köper vape till mig o vill ha nåt tillbaka".
            r"\b(?:koper|kopte|bjuder|ger|gav|fixar|fixade) .{0,40}?(?:at|till) (?:mig|"
            r"mej)\b.{0,60}?"
            r"\b(?:tillbaka|i gengald|i utbyte|som tack)\b",
            r"\bbetalar (?:en|mig|dig) for att (?:skicka|visa|ses|traffas|ligga)\b",
            # Set CD: "allt e mitt fel, jag tog emot pengarna själv" (a child blaming herself).
            r"\b(?:jag|ja) (?:\w+ )?(?:tog|tar|har tagit) emot (?:pengarna|pengar|betalt|"
            r"betalningen|swishen|swishar)\b",
            # Set CD: "kommer hem med pengar ... hon får det för sex med en man".
            r"\b(?:far|fick|fatt|tar emot|tog emot) (?:det|dem|dom|pengarna|grejerna|sakerna|allt "
            r"det|det dar) (?:\w+ )?for (?:sex|att ligga|att ha sex|att sova)\b",
            # Set BC: "jag jobba med sex", "eu lucrez cu sex"; paid by many: "haft många
            # olika som betalat för sex med en".
            r"\b(?:jobba|jobbar|jobbat|arbeta|arbetar|arbetat|lucrez|trabajo|trabalho) "
            r"(?:med|cu|con|com) sex\b"
            r"|\b(?:olika|manga|man|killar|gubbar|kunder|folk|personer|de|dom) som (?:har )?"
            r"(?:betalat|betalar|betalade) (?:for sex |for att ligga )?med (?:en|mig|mej)\b",
            # Set BC: "if i write here about my work with men", "me work with sex".
            r"\b(?:my|the) (?:work|job) with (?:men|clients|customers|sex)\b"
            r"|\b(?:i|me) (?:work|working|make money) with (?:sex|my body)\b",
            # Set BC: "om en kund är 45 och jag är 16, vem bryter mot lagen?": a child who
            # speaks of customers, or of one's own customers, is paid.
            r"\bkund(?:en|er|erna)?\b.{0,40}\b(?:jag|ja) (?:ar|e) (?:bara |typ )?(?:1[0-7]|"
            r"tretton|fjorton|femton|sexton|sjutton)\b|\b(?:jag|ja) (?:ar|e) (?:bara |typ )?"
            r"(?:1[0-7]|tretton|fjorton|femton|sexton|sjutton)\b.{0,40}\bkund(?:en|er|erna)?\b"
            r"|\b(?:mina|min) (?:kunder|kund|torskar|stamkunder)\b",
            # Set BA: "män erbjuder honom pengar för bilder och för att ses": an offer is
            # already the exchange a child is protected from.
            r"\b(?:erbjuder|erbjod|erbjudit|lovar|lovade|lovat) (?:honom|henne|hen|mig|mej|dem|"
            r"min \w+) (?:\w+ ){0,2}?(?:pengar|betalt|\d+ ?(?:kr|k|spann)|cash|presentkort|"
            r"grejer|saker) (?:for|mot) (?:bilder|nudes|sex|att (?:ses|traffas|ligga|skicka|visa|"
            r"komma|sova))\b",
            r"\b(?:he|she|they) (?:is|was|are|were) (?:a |my |one of my )?(?:client|customer)s?\b"
            r"|\b(?:met|meet|meeting|seeing|saw) (?:a |my |the |one )?(?:client|customer|buyer)s?\b"
            r"|\bi work (?:in|at) (?:an? |the )?(?:massage|salon|parlou?r|strip club|brothel)"
            # "I work in apartment in Hallonbergen": a flat clients come to.
            r"|\b(?:i|me) (?:work|working) (?:in|from) (?:an? |the )?(?:apartment|flat|private "
            r"flat)\b",
            # Offered money to come along: "om jag följer med till hans kompis får jag 1000 kr".
            r"\bom (?:jag|ja|vi) (?:foljer med|kommer (?:dit|over|hem)|ses|traffas|stannar)"
            r"\b.{0,40}?\b(?:far|fa) (?:jag |ja |vi )?(?:\d+ ?(?:kr|spann|lax|k)\b|pengar|cash|"
            r"betalt)",
            r"\bkund(?:en|er|erna)? (?:som )?(?:inte )?(?:betala\w*|vagra\w* betala)\b"
            r"|\bkund(?:en|er|erna)? (?:\w+ )?(?:vill |ska )?(?:boka|bokar|bokade|bokat) (?:mig|"
            r"mej)\b"
            r"|\bsex (?:is|as) (?:the |my )?rent\b|\b(?:sleep|sleeping|stay|staying|live|living) "
            r"(?:at|with) (?:a |an |some |this )?(?:older )?(?:guy|man|men)\w*(?: place)?\b.{0,60}?"
            r"\b(?:sex|sleep with)\b",
            r"\b(?:i )?(?:work|working|worked) (?:with|in) (?:sex|escort\w*|clients|customers)\b",
            r"\b(?:betalas|betalades|swishas|laddas|fixas) av (?:en |nan |nagon |min "
            r"|hans )?(?:\w+ )?"
            r"(?:snubbe|kille|gubbe|man|aldre|sugardaddy|sugar daddy)",
            r"\b(?:kille|killar|gubbe|gubbar|snubbe|snubbar|man|han|aldre \w+) (?:\w+ )?"
            rf"(?:koper|kopte|kopt|fixar|fixade|skaffar|bjuder pa) (?:\w+ ){{0,2}}?(?:at|till) {ME}"
            r"(?: och \w+| o \w+)?\b.{0,40}?\bom (?:jag|vi)\b",
            # A bed, and sex wanted for it: "sovit hos en snubbe ... o då vill han ha sex".
            r"\b(?:sov\w*|sova|bo|bor|bott|bodde|far sova|fick sova|crasha\w*|ligga over) hos "
            r"(?:en |nan |nagon |olika |aldre )?(?:\w+ )?(?:snubbe|snubbar|kille|killar|gubbe|"
            r"gubbar|man|aldre|vuxen|vuxna|honom|dom|dem)\b.{0,80}?\b(?:vill|ska|maste|kraver|"
            r"forvantar) "
            r"(?:han|dom|de|dem|sig) (?:ha sex|ligga|att jag|ha nat|ha nagot|nat tillbaka)",
            # A roof in exchange: "sover hos en äldre kille för att få bo där".
            r"\b(?:sov\w*|bor|bott|bodde|ligg\w*|flytt\w*) (?:hos|med|till) (?:\w+ ){0,2}?"
            r"(?:aldre|gubb\w*|vuxn?\w*|olika (?:man|killar|snubbar))\b.{0,40}?"
            r"\bfor att (?:fa |ha |slippa )?(?:bo|sova|nanstans|ett stalle|tak|en sang"
            r"|vara ute|va ute)",
        ]
    ),
    # Payment near a sexual word, direction unknown: a sign of being paid unless
    # the message is about buying (situation.rule_signs decides).
    "exchange_unsure": near(PAYMENT, SEXUAL, 8)
    + r"|\b(?:escort|eskort|prostitu)\w*"
    + r"|\b(?:mina|ta|tar|traffar|traffa|fler) (?:kunder|torskar)\b|\bstammis\w*"
    # A "kund" the writer is with, a "köpare", work done for him: the writer's the one paid.
    + r"|\b(?:med|av|hos|fran|efter|till) (?:en |min |mina |flera |manga |varje |var )?"
    r"(?:kund|kunden|kunder|kunderna|kopare|koparen|koparna|sexkopare|sexkoparen)\b"
    r"|\b(?:min|mina) (?:kund|kunder|stamkund\w*)\b|\b(?:sexarbet\w*|sex ?work\w*|branschen)\b"
    + r"|\bjobbar (?:at|for) (?:honom|dom|dem|han)\b"
    + r"|\b(?:med|me|av) (?:alla )?(?:dom|de) dar (?:mannen|gubbarna|kunderna|killarna)\b"
    + r"|\b(?:allt|det|det som hant) (?:med|me) (?:alla )?(?:mannen|gubbarna|kunderna|torskarna)\b"
    # "om ja berättar att ja e 15 o får betalt": paid, not for a job.
    + r"|\b(?:far|fa|fick|fatt|tar|ta|tog|tagit) betalt\b"
    r"(?! (?:for|pa|fran|av) (?:jobbet|jobb|mitt jobb|"
    r"skolan|sommarjobb\w*|extrajobb\w*|lonen))"
    # "efter varje gång med honom (han betalar)": paid by the one the writer is with.
    + r"|\b(?:med|me|hos) (?:honom|dom|dem|gubben|mannen)\b.{0,15}?\b(?:han|dom|de) "
    r"(?:betalar|betalade|swishar|swishade)\b"
    # "kunden har kniv": the writer's customer.
    + r"|\b(?:kunden|torsken|koparen) (?:har|hade|vill|ville|ar|e|slar|slog|hotar|hotade|tvingar|"
    r"later|vagrar|sa|sager|blev|tog|tar|kom|kommer|betalade|betalar)\b"
    # Things nobody can explain, seen by someone close: "kommer hem med dyra kläder
    # och ny iphone", "får swish från okända vuxna".
    + r"|\b(?:kommer hem med|kommer tillbaka med|har fatt|har plotsligt|plotsligt har|har massa|"
    r"har en massa|dyker upp med|har helt)\b.{0,30}?\b(?:dyra|nya|ny|nytt|dyr|massa"
    r"|markes\w*)\b.{0,20}?"
    r"\b(?:klader|grejer|skor|vaskor|mobil|mobiler|telefon|telefoner|iphone|smycken|parfym|"
    r"pengar|kontanter|naglar)\b"
    # Lured with money or drink (set CT, night walkers): "killar i bil erbjuder tjejer vid
    # skateparken pengar och sprit om de åker med".
    r"|\b(?:erbjuder|erbjod|erbjudit|lovar|lovade|bjuder|bjod) (?:tjejer|tjejerna|killar|"
    r"killarna|unga|ungdomar|barn|flickor|pojkar|henne|honom|dem|dom|min dotter|min son)\b"
    r"(?: \w+){0,4}? (?:pengar|cash|sprit|alkohol|droger|knark|snus|vape\w*|presenter|grejer)"
    r"\b.{0,30}?\b(?:om|for att|mot att) (?:de|dom|hon|han|hen) (?:\w+ )?(?:aker med|foljer med|"
    r"kommer med|hanger med|hoppar in|satter sig)\b"
    # A parent's child paid (set CX): "en man som betalat min 15-åring för bilder".
    r"|\b(?:betalar|betalat|betalade|swishar|swishat|swishade|ger|gett|gav) (?:min|mitt|var|vart|"
    r"hennes|hans) (?:\d{1,2} ?-?aring|dotter|son|barn|unge|tonaring|barnbarn|fosterdotter|"
    r"fosterson)\b(?: \w+){0,3}? for (?:bilder|nudes|sex|att|filmer|videos?|nakenbilder)\b"
    # Gone at night, back with money (set CV): "en av tjejerna försvinner på nätterna och
    # kommer tillbaka med pengar".
    r"|\b(?:forsvinner|forsvann|forsvunnen|ar borta|e borta)\b.{0,25}?"
    r"\b(?:natter|natterna|natten|nattetid|hela natter|flera dagar|dagar i strack|helgerna)\b"
    r".{0,60}?\b(?:pengar|kontanter|cash|klader|grejer|presenter|mobil|iphone|smycken)\b"
    # "hon har mycket mer kontanter än hon kan förklara" (set CM).
    r"|\b(?:pengar|kontanter|cash|grejer|klader|saker)\b.{0,30}?\b(?:an|som) (?:hon|han|hen) "
    r"(?:inte )?(?:kan|vill) (?:forklara|saga var)"
    r"|\b(?:far|fatt|fick|tar emot) (?:swish\w*|pengar|presenter) (?:fran|av) "
    r"(?:okanda|vuxna|aldre|olika|flera) "
    # "fastnat i något med äldre män och pengar"
    + "|" + near(r"(?:aldre|vuxna|gamla) (?:man|gubbar|killar|snubbar)",
                  r"(?:pengar|cash|betalt|presenter|grejer)", 6),
    # Buying, by the writer or someone they write about.
    "buying": "|".join(
        [
            # Set DW: the writer's payment said through what it buys. "köpte en mobil åt en
            # kvinna ... mot att hon sov över hos mig", "hon ses bara med mig när jag har
            # swishat", "hon har sex med mig för det", "min flickvän får tusen kr varje gång vi
            # ses", "skickar pengar till henne varje månad ... vi har sex", "jag är den som
            # betalade", "låter en kille bo gratis ... i utbyte ses vi".
            r"(?:^\W*|\b(?:jag|ja|jg) )(?:\w+ ){0,2}?(?:kopte|koper|kopt|gav|ger|gett|bjod"
            r"|bjuder|betalade|"
            r"betalar|betalat|swishade|swishar|swishat)\b(?: \w+){0,8}? mot att (?:hon|han|hen|dom|"
            r"de) (?:\w+ ){0,2}?(?:sov|sover|sova|ligger|lag|legat|har sex|hade sex|ska ha sex|"
            r"foljde med|foljer med|stannade|stannar|sov over|sover over)\b",
            r"\b(?:hon|han|hen) (?:\w+ ){0,2}?(?:ses|traffas|traffar mig|kommer|ligger med mig|"
            r"har sex med mig|sover over) (?:\w+ ){0,3}?(?:nar|om|efter att) (?:jag|ja|jg) "
            r"(?:har |hade |forst )?(?:swishat|swishar|swishade|betalat|betalar|betalade|gett "
            r"(?:henne|honom) pengar|gav (?:henne|honom) pengar)\b",
            r"\b(?:hon|han|hen) (?:har|hade) sex med (?:mig|mej) (?:for|pga|pa grund av|i utbyte "
            r"mot) (?:det|pengarna|knarket|drogerna|grejerna|amfetaminet|ammet|hyran|att (?:jag"
            r"|ja))\b",
            r"\b(?:hon|han|hen|min (?:flickvan|tjej|pojkvan|kille|dejt|sugar ?baby)\w*) "
            r"(?:\w+ ){0,6}?far (?:\d+ ?(?:k|kr|kronor|spann|lax)?|tusen\w*|en tusenlapp|pengar|"
            r"betalt|cash) (?:\w+ ){0,2}?(?:varje gang|nar|efter|efter att|sa fort) (?:vi|jag och "
            r"hon|jag och han) (?:ses|traffas|har sex|ligger|har traffats|setts)\b",
            r"(?:\b(?:jag|ja|jg) (?:\w+ )?(?:skickar|skickade|swishar|swishade|overfor) pengar "
            r"(?:\w+ )?till (?:en (?:\w+ )?(?:kvinna|tjej|kille)|henne|honom)\b"
            r"|\b(?:en|ett) (?:\w+ ){0,4}?(?:kvinna|tjej|kille|man) (?:\w+ ){0,3}?som (?:jag|ja"
            r"|jg) "
            r"(?:skickar|skickade|swishar|swishade|overfor|ger|gav) pengar (?:till )?)"
            r".{0,120}?"
            r"\b(?:vi (?:har|hade) sex|ligger (?:vi|med henne|med honom)|har vi sex|sover hos"
            r" mig)\b",
            r"\b(?:jag|ja|jg) (?:ar|e|var) (?:alltsa |ju |ocksa |faktiskt )?den som "
            r"(?:betalade|betalar|betalat|swishade|swishat|koper|kopte|kopt)\b",
            r"\b(?:jag|ja|jg) (?:later|lat|lata|latit) (?:en (?:\w+ )?(?:tjej|kille|kvinna|man)"
            r"|henne|"
            r"honom)\b(?: \w+){0,5}? bo (?:\w+ )?gratis\b.{0,60}?\b(?:i utbyte|mot att|och vi "
            r"(?:ses|har sex|ligger))\b",
            # Set DX: "en gäst erbjöd mig sex för pengar och jag har funderat på att tacka ja":
            # sex offered for the writer's money.
            r"\b(?:erbjod|erbjuder|erbjudit|erbjot|ville salja|vill salja) mig sex (?:for"
            r"|mot) "
            r"(?:pengar|betalning|betalt|\d+ ?(?:kr|spann|lax))\b"
            r"|\boffer(?:ed|s)? me sex for (?:money|cash|\d+)\b",
            # Set DY: "min polare o jag swishade en tjej så hon skulle göra grejer med oss".
            r"\b(?:jag|ja|vi) (?:\w+ ){0,3}?(?:swishade|swishat|betalade|betalat|gav) (?:en"
            r" tjej|en kille|"
            r"henne|honom|tjejer|killar)(?: \w+){0,3}? sa (?:att )?(?:hon|han|dom|de) skulle\b",
            # Set DG: "mitt barnbarn ... swishar till en kvinna med 'massage'", "han swishat
            # till en sida som säljer sex".
            r"\b(?:swishar|swishat|swishade|betalar|betalat|betalade) (?:\w+ )?till (?:en "
            r"(?:kvinna|tjej|escort|sida|hemsida)|ett konto)\b.{0,40}?\b(?:massage|sex|escort|"
            r"saljer "
            r"sex|som saljer)\b",
            # Set DD, DF: "svara på en annons där nån erbjuder sex mot betalning", "jag betala
            # kvinna för massage med sex".
            r"\b(?:svara|svarar|svarat|ringa|ringer|ringt) pa (?:en |nagon |nan )?"
            r"(?:annons|annonser)"
            r"\b.{0,40}?\b(?:sex|escort|massage)\b"
            r"|\b(?:jag|ja) (?:\w+ )?(?:betala|betalar|betalade|betalat) (?:en )?(?:kvinna|kvinnor|"
            r"tjej|tjejer|flicka|dam) (?:for|mot) (?:massage med sex|sex|massage med extra)\b",
            # Set DT: "brukar ge tjejer knark mot att dom gör saker med mig".
            r"\b(?:ge|ger|gav|gett|bjuder|bjod) (?:tjejer|en tjej|henne|dom|dem|killar|en kille|"
            r"honom|unga \w+) (?:\w+ )?(?:knark|droger|grass|piller|alkohol|sprit|pengar|grejer|"
            r"cash) (?:mot|for) att (?:dom|de|hon|han) (?:\w+ )?(?:gor|ska gora|gjorde) (?:\w+ )?"
            r"(?:saker|grejer|nat|sexuella saker|sex) (?:med|mot|for) (?:mig|mej)\b",
            # Set DP: "e det olagligt att ge ngn pengar för sex om hon själv erbjuder?".
            r"\b(?:att|jag|ja|man) (?:\w+ )?(?:ge|ger|gett|gav) (?:ngn|nagon|nan|en tjej|en kvinna|"
            r"henne|tjejer|kvinnor) (?:\w+ )?(?:pengar|betalt|cash|\d+ ?(?:kr|k|spann|lax)) "
            r"(?:for|mot) sex\b",
            # Set CJ: "har tittat på en annons och funderat på att ringa".
            r"\b(?:tittat|kollat|kollar|tittar|scrollat|scrollar|last|laser) (?:pa )?(?:en |nagra |"
            r"massa |olika )?(?:annons|annonser|escortannons\w*|escortsid\w*|sexannons\w*)\b"
            r".{0,60}?\b(?:ringa|boka|hora av mig|skriva till|kontakta|traffa)\b",
            # Set BW: "har betalat för cam o escorts i flera år".
            r"\b(?:har|hade|jag|ja) (?:\w+ )?(?:betalat|betalade|betalar|lagt pengar|spenderat) "
            r"(?:\w+ )?(?:for|pa) (?:\w+ )?(?:cam(?:shower|show|tjejer)?|escorts?|escorter|sexkop|"
            r"horor|prostituerade|massage med extra)\b",
            # Set BU: "min kompis som e 17 vill att jag ska köpa hennes bilder".
            r"\b(?:jag|ja) (?:ska|skulle|vill|kan|borde) (?:\w+ )?kopa (?:hennes|hans|deras|dina|"
            r"nagons|nans|hens) (?:bilder|nudes|pics|videos?|filmer|nakenbilder)\b",
            # A young buyer (set BK): "har swishat en tjej på snap för nudes", "har betalat
            # 500 till en tjej för att hon skulle göra grejer i videosamtal".
            r"\b(?:jag|ja|har|hade) (?:\w+ ){0,3}?(?:swishat|swishade|betalat|betalade|betalar|"
            r"swishar|gett|gav) (?:\d+ ?(?:kr|spann|lapp)? )?(?:till )?(?:en tjej|tjejer|en kille|"
            r"killar|nan|nagon|henne|honom)\b(?: \w+){0,3}? (?:for (?:nudes|nakisar|nakenbilder|"
            r"bilder|sex|att (?:hon|han|de|dom) skulle))\b",
            # Set CQ: "om jag swishar en kille på 17 för att ses".
            r"\b(?:jag|ja) (?:\w+ )?(?:swishar|swishade|swishat|betalar|betalade|betalat) "
            r"(?:en|ett) "
            r"(?:kille|tjej|person|snubbe|brud|\w+)(?: \w+){0,3}? for att (?:ses|traffas|ligga|"
            r"ha sex)\b",
            # Set BD/BA: "sugardaddy här", "betalar hyran åt en tjej på 19", "han bokar tid med
            # kvinnor och pratar om priser", "träffade en tjej via en annons o betalade henne".
            r"^\W*sugar ?dadd(?:y|ies)? (?:har|here)\b"
            r"|(?:^\W*|\b(?:jag|ja) )(?:ar|e) (?:en )?sugar ?daddy\b|"
            + KEEPS_SUGAR_BABY
            + r"|\b(?:betalar|betalade|betalat) (?:hyran|hyra|rakningar\w*|resor|resan|telefonen|"
            r"mobilen|klader|skolan) (?:at|for|till) "
            r"(?:en (?:ung |yngre |\d+ ?arig )?(?:tjej|kille|kvinna|man)|henne|honom)\b"
            r"|\bbokar (?:\w+ )?(?:tid|tider|traffar|moten|en tid) (?:med|hos) (?:kvinnor|tjejer|"
            r"escort\w*|damer|en kvinna|en tjej)\b"
            r"|^\W*(?:har |hade )?(?:traffade|traffat|bokade|bokat|hamtade|besokte|besokt)\b"
            r".{0,80}?\b(?:o|och|sen|sedan) (?:\w+ )?(?:betalade|betalat|swishade|swishat) "
            r"(?:henne|honom|hen|tjejen|killen)\b"
            r"|(?:^\W*|\b(?:jag|ja|jg) |\b\d{1,2} (?:o|och) )(?:har |hade )?(?:betalat|betalade|"
            r"swishat|swishade) (?:aldre |yngre |andra )?(?:killar|tjejer|man|kvinnor|en kille|"
            r"en tjej|nan|nagon) (?:\w+ ){0,2}?for att (?:ses|traffas|ligga|ha sex|fa ha sex)\b"
            # Set DL: "går på högstadiet och har betalat en äldre tjej med snus för att få se
            # henne naken": paid in kind to see or touch.
            r"|(?:^\W*|\b(?:jag|ja|jg) |\b(?:och|o) (?=har |hade ))(?:har |hade )?(?:betalat|"
            r"betalade|swishat|swishade|gett|gav) (?:en |ett )?(?:aldre |yngre )?(?:tjej|kille|"
            r"kvinna|man|person|nan|nagon)\w* (?:\w+ ){0,3}?for att (?:fa )?"
            r"(?:se (?:henne|honom|hen|dom|dem) naken|ses|traffas|ligga|ha sex|"
            r"ta pa (?:henne|honom)|rora (?:henne|honom))\b",
            # Set CR: "om jag låter en tjej på 16 bo hos mig gratis om hon har sex med mig": a
            # bed paid for with sex; the writer is the one who pays.
            r"\b(?:jag|ja) (?:\w+ )?(?:later|lat|lata|latit) "
            r"(?:en tjej|en kille|henne|honom|en \w+)"
            r"(?: \w+){0,4}? (?:bo|sova|bor|sover) (?:hos|med) mig\b(?: \w+){0,2}? "
            r"(?:om|mot att|sa lange|nar) (?:hon|han|hen) (?:har sex|ligger|sover|gor) (?:\w+ )?"
            r"(?:med mig|sex)\b",
            # Set CQ: "gift man, 45. träffar killar runt 20 via grindr mot betalning": the ones
            # met named by their age are those the writer pays.
            r"\btraffar (?:unga |yngre )?(?:killar|tjejer|kvinnor|man|grabbar) (?:runt|kring|pa|i) "
            r"(?:\d{2}|tjugo)\w*\b.{0,40}?\b(?:mot betalning|mot ersattning|for pengar|"
            r"och betalar)\b",
            # Set BQ: "jag betalar unga kvinnor från Östeuropa för sex": the writer pays.
            # "jag är 61 och betalar ibland yngre tjejer ... för sex": no one else named between.
            r"\b(?:jag|ja|jg|vi)\b(?: (?!(?:han|hon|hen|dom|de|min|mitt|mina|hans|hennes|man|"
            r"killen|mannen|pappa|sambon|maken|nan|nagon|ngn|nagra|folk|gubbar"
            r"|kunder)\b)\w+){0,4}? "
            r"(?:har |hade |brukar |ibland |ofta )?"
            r"(?:betalar|betalade|betalat)\b(?! (?:mig|mej|oss)\b)(?: \w+){0,6}? for (?:sex"
            r"|sexuella tjanster|att ligga|att ha sex|att suga|att fa suga|en avsugning|att knulla|"
            r"att fa sex)\b",
            # Set BD: "sitter i bilen utanför nu ... har pengarna i handen. stoppa mig".
            r"\b(?:har|med) (?:pengarna|cashen|kontanterna|stalarna) (?:\w+ )?(?:i handen|i fickan|"
            r"redo|framme)\b",
            # Set AU, a buyer's formal words: "besökt damer som tar emot herrar mot ersättning",
            # "ersätta en dam för intimt umgänge", "besök hos kvinnor mot betalning".
            r"\b(?:besokt|besoker|besokte|besok hos|soker upp|sokt upp|sokte upp) (?:\w+ )?"
            r"(?:damer|kvinnor|en dam|en kvinna|tjejer|unga kvinnor|flickor)\b.{0,60}?"
            r"\b(?:mot (?:ersattning|betalning|betalt|pengar)|ersatt\w*)",
            r"\b(?:ersatta|ersatter|ersatt|ersatte) (?:en dam|damer|dem|henne|kvinnor|en kvinna|"
            r"tjejer) (?:\w+ )?for (?:\w+ ){0,3}?(?:umgange|tid|narhet|sallskap|sex|tjanster)\b",
            # Set AX: "har swishat en tjej i min ålder för att få nudes av henne": the writer
            # paid her.
            r"(?:^\W*|\b\d{1,2} (?:ar |bast )?|\b(?:jag|ja|jg) )(?:har |hade )?"
            r"(?:swishat|swishade|betalat|betalade|betalar|swishar|gett|gav) "
            r"(?:en tjej|en kille|henne|honom|tjejer|killar|nan|nagon)\b(?:\W+\w+){0,5}?\W+"
            r"(?:for att (?:fa|se)|for) (?:\w+ )?(?:nudes|nakenbilder|bilder|sex|filmer)\b",
            # Blind set AR/AS: a group paying for a girl, an ad answered, ads scrolled with
            # an urge ("kan nån stoppa mig").
            r"\b(?:fixa|fixar|fixat|boka|bokar|bokat|ordna|ordnar|ordnat) (?:en |nagra |tva )?"
            r"(?:tjej|tjejer|escort\w*|hora|horor)\b.{0,60}?\b(?:swish\w*|betala\w*|"
            r"\d+ ?(?:kr|spann|lax)|\d{3,})",
            r"\b(?:ringde|ringt|svarade pa|kontaktade) (?:ett nummer (?:i|fran|pa) )?en "
            r"(?:annons|sexannons|escortannons)\b.{0,60}?\b(?:akte|gick|tog mig|for) "
            r"(?:till|hem till|dit)\b",
            r"\b(?:scrollar|kollar|tittar pa|kollar igenom) (?:\w+ )?(?:annonser|escortannonser|"
            r"sexannonser|escortsidor|eskortsidor)\b.{0,80}?\b(?:stoppa mig|kommer (?:att )?gora "
            r"det|klarar inte (?:att )?lata bli|suget)",
            r"\b(?:kopt|kopte|kopa|koper|kop|kopa mig) (?:\w+ )?(?:sex|sexuella|sexuell|escort\w*|"
            r"eskort\w*|en tjej|tjejer|horor|prostituerad\w*|en prostituerad)\b",
            # A buyer's own words (a probe of our own): a massage "with happy ending",
            # visiting prostitutes or brothels, "torskat", a sugarbaby of his, an act bought.
            r"(?<!\bvill ha )(?<!\bvill ofta ha )(?<!\bber om )(?<!\bfragar efter )"
            r"\bhappy ending\b|\b(?:varit|gatt|gar|gick|aker|akte|besokt|besoker|besoka|ga) "
            r"(?:hos|till|pa) (?:en |ett )?(?:prostituerad\w*|horor|hora|bordell\w*|"
            r"horhus\w*)\b|\bbesok\w* (?:en |ett )?(?:prostituerad\w*|bordell\w*)"
            r"|\b(?:jag|ja) (?:har |hade )?(?:torskat|torskade|torskar)\b|\bhar torskat\b"
            r"|\b(?:har en|min|mina) sugar ?bab(?:y|ies|ys|isar)\b(?! ?-?(?:profil|konto|sida|app))"
            r"|\b(?:kopt|kopte|koper) (?:en |ett )?(?:avsugning|ligg|handjobb|knull|tjanst\w*)\b"
            # A buyer who fears she was not there of her own will (a probe of our own).
            r"|\b(?:tjejen|kvinnan|hon|killen|personen) (?:som )?(?:jag|ja) (?:bokade|betalade|"
            r"kopte \w+ av|var hos|traffade)\b.{0,60}?\b(?:inte (?:var )?(?:dar )?frivilligt|"
            r"tvingad|(?:nan|nagon) annan tog (?:betalt|pengarna)|hallick\w*|sag (?:\w+ )?radd ut)"
            r"|(?:\b(?:jag|ja) |^\W*)ringde (?:numret|henne|tjejen) i (?:en |den )?annons\w*",
            # "swishade en tjej för nudes": the writer pays (said, or the opening verb).
            r"(?:\b(?:jag|ja|jg) (?:\w+ )?|\batt |^(?:typ |assa |har |ba |alltsa )?)"
            r"(?:betalat|betalade|betalar|swishat|swishade|swishar|swisha) (?!mig\b|mej\b)"
            r"(?:en |ett |nan |nagon |\w+ ){0,2}for (?:nudes|bilder|nakenbilder|pics|videos?|"
            r"filmer|en show|shows)\b(?! (?:pa|av) (?:mig|mej)\b)",
            r"\b(?:betalar|betalade|betalat|swishar|swishade) (?:tjejer|kvinnor|killar|en tjej|"
            r"en kvinna) (?:pa|via|pa en) (?:webcam|cam|onlyfans|snap|sajter|natet|appar)\b",
            # Paying a child, asked about (set FV, in Swedish): "är det brottsligt att betala en
            # 16-åring för sex".
            r"\b(?:att|om jag|om man|ifall man|ifall jag) (?:\w+ )?(?:betala|betalar|swisha|"
            r"swishar) (?:en|ett) (?:1[0-7]|\w+ton) ?-?(?:aring|arig)\w*\b(?: \w+){0,3}? for "
            r"(?:sex|det|nudes|bilder)\b",
            # The writer is the one who pays (set FU, in Swedish): "hon gör grejer om jag swishar
            # henne", "han kan fixa en tjej åt mig för 300 kr".
            r"\b(?:hon|han|hen|de|dom|tjejen|killen) (?:\w+ )?(?:gor|gora|gjorde|skickar|skicka|"
            r"visar|visa|ger|ge) (?:\w+ )?(?:grejer|saker|allt|bilder|nudes|sex|nakenbilder)\b"
            r"(?: \w+){0,2}? om (?:jag|ja|jg|vi) (?:\w+ )?(?:swishar|swisha|swishade|betalar|"
            r"betala|betalade|ger henne|ger honom|ger dom|skickar pengar)\b",
            r"\b(?:fixa|fixar|ordna|ordnar|skaffa|skaffar) (?:en |nan |nagon |tjejer |nagra )?"
            r"(?:tjej|tjejer|kvinna|kvinnor|escort)? ?(?:at|till) (?:mig|mej|oss)\b.{0,20}?"
            r"\bfor \d+ ?(?:kr|spann|lax|kronor|k)\b",
            r"\b(?:fixade|fixat|bokade|bestallde|kopte|hyrde) (?:en |nan |tva |nagra )?(?:tjej|"
            r"tjejer|"
            r"escort\w*|horor)\b|\b(?:som|o|och) (?:man|vi|jag|ja) betalade\b",
            r"\b(?:traffade|traffat|motte|mott|bokade|bokat|hittade|hittat) en "
            r"(?:tjej|kvinna|escort) (?:\w+ ){0,4}?(?:och|o) (?:har )?"
            r"(?:betalade|betalat|swishade|swishat)\b",
            r"\b(?:pay|paid|paying|buy|bought|get|got|getting) (?:\w+ ){0,3}?(?:massage with "
            r"extras?|"
            r"happy ending)|\b(?:pay|paid|paying) for (?:a )?massage|\b(?:ga|gar|gick) (?:\w+ "
            r"){0,3}?"
            r"(?:massage|thaimassage) med (?:happy ending|extra|avslutning)",
            r"\b(?:lagt|lagger|spenderat|slosat) (?:\w+ ){0,2}?pa (?:camsajter|cam|shows|privata "
            r"shows|"
            r"onlyfans|escorter|tjejer|sexsajter|sugar\w*)\b",
            r"\bsexkop(?!are)\w*|\b(?:jag ar|ja e|jag e|har varit|var) (?:en )?sexkopare\b",
            r"\b(?:anlit|bestall|boka)\w* (?:en |ett )?(?:escort|eskort|tjej|prostituerad)",
            r"\b(?:swishat|swishade|swisha|swishar|betalat|betalade|betala|betalar) (?:tjejer|en "
            r"tjej|"
            r"kvinnor|en kvinna)(?: (?:pa|via) \w+)? for att (?:traffas|ses|ligga|ha sex)\b"
            # "träffa tjejer från en sajt mot betalning", "betalar för att träffa kvinnor",
            # "använt escorttjänster", "tar hem tjejer och betalar dom", "hyr en tjej".
            r"|\btraffa\w* (?:tjejer|kvinnor|en tjej|en kvinna|escorter)\b.{0,40}?\bmot "
            r"(?:betalning|betalt|ersattning|pengar)\b"
            r"|\bbetala\w* for att (?:traffa|ligga med|fa traffa) (?:tjejer|kvinnor|en tjej|"
            r"en kvinna)\b"
            r"|\b(?:anvant|anvander|anlitat|anlitar|kopt|koper) (?:\w+ )?(?:escort|eskort|sex)"
            r"tjanst\w*"
            r"|\b(?:jag|ja)\b.{0,40}?\b(?:tjejer|kvinnor)\b.{0,30}?\bbetalar (?:dom|dem|dem)\b"
            r"|\bhyr(?:a|er|t)? (?:jag |ja )?(?:en |ett par |nagra )?(?:tjej|tjejer|kvinna|"
            r"kvinnor|escort\w*)\b"
            r"|\b(?:visit|go to|went to|going to) (?:\w+ )?massage (?:parlou?rs?|salons?|places?) "
            r"for (?:extras?|sex|a happy ending)\b"
            r"|\b(?:varit|var|legat|lag) med (?:en |flera )?(?:escort\w*|eskort\w*|"
            r"prostituerad\w*)",
            r"\bbetala\w* for (?:en |ett )?(?:escort\w*|eskort\w*|sugar ?dat\w*|sugardejt\w*)",
            r"\bbetala\w* (?:en |ett )?(?:escort|eskort|prostituerad)\b",
            # A probe of our own: "jag träffar escorts", "betalar för att titta på en camtjej".
            r"\b(?:jag|ja|jg) (?:\w+ )?(?:traffar|traffat|traffade|ringer|besoker|besokt|gar till|"
            r"gick till) (?:\w+ )?(?:escorts|eskorts|escorter|eskorter|prostituerade|sexarbetare|"
            r"horor|en escort|en eskort|en prostituerad)\b"
            r"|\bbetala\w* (?:\w+ )?for att (?:fa )?(?:titta|kolla|se) pa (?:en |nan |nagon )?"
            r"(?:camtjej\w*|camgirl\w*|tjej|tjejer|kvinna|kvinnor|strippa\w*|show)\b",
            r"\b(?:koper|kopte|kopt|kopa) (?:\w+ )?(?:bilder|nudes|videos?|content|filmer|klipp) "
            r"(?:pa|av|fran)\b",
            r"\b(?:hitta|hittar|fa tag pa|hitta nan) (?:man |jag )?(?:tjejer|en tjej|kvinnor|"
            r"escorter|horor) som (?:tar betalt|saljer)\b",
            # An ad open, a call he knows he should not make: a buyer's moment.
            r"\bannons\w*\b.{0,60}?\b(?:inte borde|borde inte|ska inte|skulle inte) "
            r"(?:ringa|boka|skriva)\b",
            # (Not "många olika som betalat för sex med en": they paid the writer.)
            # (Nor "låter dom betala för sex": the writer lets them pay her, set CR.)
            r"(?<!som )(?<!som har )(?<!dom )(?<!dem )(?<!de )(?<!honom )(?<!gubbarna )"
            r"(?<!kunderna )(?<!killarna )(?<!mannen )"
            r"\bbetala\w* (?:for sex|en tjej|en kille|tjejer|"
            r"(?:henne|honom) for (?:sex|att (?:ligga|fa|hon|han) (?:sex|ligga|suga|med)))",
            r"(?<!get )(?<!got )(?<!getting )(?<!am )(?<!being )(?<!was )(?<!customer )"
            r"(?<!customers )(?<!client )(?<!clients )(?<!they )(?<!men )(?<!guys )(?<!he )"
            r"(?<!gets )(?<!be )(?<!is )(?<!are )"  # "she gets paid for sex": she is paid
            # ("ive been paid for sex" too; "i have been buying sex" is buying.)
            r"\b(?:(?<!been )paid|pay|paying|buy|buying|bought) (?:for )?sex",
            # Set FE: "my mates dared me to pay for a hooker and I did", "booked an escort".
            r"(?<!been )(?<!get )(?<!got )(?<!gets )\b(?:paid|pay|paying|payed|bought|buy|buying|"
            r"hired|hire|booked|book|booking) (?:for )?(?:a|an|the|some|another|this) (?:hooker|"
            r"prostitute|escort|sex worker|call girl)s?\b",
            # "paid a girl on snap for nudes", "i have a meeting booked ... the buyer".
            # (Not "man online pay him for videos": the one close is paid.)
            r"(?<!get )(?<!got )(?<!am )(?<!was )(?<!man )(?<!men )(?<!guy )(?<!guys )(?<!online )"
            r"(?<!someone )(?<!he )(?<!they )(?<!she )\b(?:paid|pay|paying|sent money to|swished) "
            r"(?:(?:a |some |this |the |an? older )?(?:girl|girls|woman|women|guy|someone)|"
            # "her"/"him" only when the writer pays: not "a friend of her teacher paid her for
            # photos" (set EU).
            r"(?<=\bi paid )(?:her|him)|(?<=\bwe paid )(?:her|him)|(?<=\bi pay )(?:her|him)|"
            r"(?<=\bwe pay )(?:her|him)|(?<=swished )(?:her|him)|(?<=sent money to )(?:her|him)) "
            r"(?:\w+ ){0,3}?for (?:an? |some )?(?:private |few )?(?:nudes|pics|pictures|photos|"
            r"videos?|sex|a show|show|content)\b",
            # The writer pays someone, with what it is for named near: "swishade 500 till en
            # kille för bilder", "har gett en tjej pengar för att ha sex", "erbjöd en tjej
            # 1000 kr om hon följde med hem", "ger en yngre kvinna ersättning för sällskap".
            # (Not "jag tror äldre män ger honom pengar för sex", set CY: others pay.)
            near(r"(?:(?:jag|ja|jg) (?:(?!(?:han|hon|hen|dom|de|man|gubbar|killar|gubben|mannen|"
                 r"killen|aldre|vuxna|nan|nagon|folk|kunder|min|mitt|mina|hans|hennes)\b)"
                 r"\w+ ){0,4}?"
                 r"|^\W*(?:har |ja |jag )?)"
                 r"(?:betalar|betalade|betalat|"
                 r"swishar|swishade|swishat|"
                 r"gav|ger|gett|erbjod|erbjudit|erbjuder|lagt|lagger) (?!mig\b|mej\b)(?:\d+ ?(?:kr|"
                 r"k|"
                 r"spann|lax)? )?(?:till )?(?:en|ett|nan|nagon|tjejen|tjejer|kvinnor|kvinnan|"
                 r"henne|honom|killen|tjejerna|\w+salong\w*|baren)",
                 r"(?:sex|nudes|bilder|video\w*|show\w*|sallskap|ligga|full service|escort\w*|"
                 r"prostituerad\w*|foljde med|komma hem|ha sex)", 10),
            r"^\W*(?:har |ja |jag )?(?:erbjod|erbjudit|swishade|swishat|betalade|betalat) (?:en|ett"
            r"|"
            r"nan|nagon) (?:\w+ ){0,3}?(?:\d+ ?(?:kr|k|spann)?|pengar) (?:\w+ ){0,3}?(?:om|for "
            r"att) "
            r"(?:hon|han|hen)\b",
            # "tjejen man betalar", "hamnar på escortsidorna", "bokar tjejer från en sajt",
            # "träffat kvinnor från annonser", "webcam-shower", "massage parlours".
            r"\b(?:tjejen|kvinnan|killen|hon|han) (?:som )?(?:man|jag|ja) (?:betalar|betalade|bokar"
            r"|"
            r"bokade)\b"
            r"|(?<!\bar )(?<!\be )(?<!\bsom )\b(?:escort|eskort) ?(?:flick|tjej)\w*"
            r"|\bbok(?:a|ar|ade|at) (?:jag |ja )?(?:sex|tjejer|en tjej|kvinnor|en kvinna|escort\w*|"
            r"eskort\w*)\b"
            r"|\btraffa\w* (?:kvinnor|tjejer|en kvinna|en tjej) (?:fran|via|genom|i) (?:en |ett )?"
            r"(?:annons\w*|sajt\w*|escort\w*|app\w*)"
            r"|\b(?:mejla|maila|sms|ring|kontakta|svara)\w* (?:\w+ ){0,3}?(?:kvinna|tjej|"
            r"kille|escort\w*) (?:i|fran|via|pa) (?:en |ett )?annons"
            r"|\b(?:visit\w*|going|go|went|keep going back) (?:to )?(?:the )?massage "
            r"(?:parlou?rs?|salons?|places?)\b"
            r"|\b(?:varit|var|gick|gatt|besokt|besoker) (?:\w+ ){0,5}?bordell\w*"
            r"|\blagt (?:\w+ ){0,4}?pa (?:escort|eskort)\w*"
            r"|\bthe (?:girl|woman|lady) i (?:paid|booked|was with)\b"
            r"|\bthe (?:girl|woman|lady) i (?:met|saw) (?:at the hotel|through an ad|from an ad|"
            r"on (?:a|the) site)"
            # Paid shows, the escort sites he ends up on, "hon i annonsen".
            r"|\bbetala\w* for (?:en |\w+ )?(?:privat\w* )?(?:kam|cam|webcam)?[ -]?show\w*"
            r"|\bhamnar (?:jag |ja )?(?:igen )?pa (?:escort|eskort|sex) ?(?:sid|sajt)\w*"
            r"|\b(?:hon|tjejen|kvinnan) (?:i|fran) (?:en )?annons(?:en)?\b"
            r"|\b(?:tjejen|kvinnan|hon) (?:som )?(?:jag|ja|i) (?:traffade|motte|var hos|var med|"
            r"met) "
            r"(?:\w+ ){0,3}?(?:i lagenheten|pa hotellet|at the hotel|via annonsen|i annonsen|"
            r"pa sajten|pa massage\w*|pa stallet|via sajten)",
            near(r"(?:buyer|buyers|kopare|koparen|sexkop\w*|escort\w*)",
                 r"(?:booked|bokat|bokade|bokar)", 20),
            r"(?<!get )(?<!got )(?<!getting )(?<!am )(?<!being )(?<!was )(?<!customer )"
            r"(?<!customers )(?<!client )(?<!clients )(?<!they )(?<!men )(?<!guys )(?<!he )"
            r"(?<!gets )(?<!be )(?<!is )(?<!are )"
            r"\b(?:i )?(?:pay|paid|paying) (?!me\b)(?:\w+ )?(?:for sex|women|girls|escorts?)\b",
            r"(?<!som )(?<!som har )(?<!dom )(?<!dem )(?<!de )(?<!honom )(?<!gubbarna )"
            r"(?<!kunderna )(?<!killarna )(?<!mannen )"
            r"\b(?:betalat|betalade|betalar|betala|swishat|swishade|swishar|"
            r"swisha) (?!mig\b|mej\b)(?:\w+ ){0,3}for (?:sex|att (?:ligga|fa sex|fa ligga|"
            r"(?:hon|han"
            r"|hen) "
            r"(?:skulle )?(?:skicka|visa|ses|ligga|suga|komma)))\b",
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
            r"(?<!jobbar med )(?<!arbetar med )(?<!jobba i )(?<!jobbar i )(?<!jobba pa )"
            r"(?<!jobbar pa )(?<!arbeta i )(?<!arbetar i )\bmassage\w* med extra|\b(?:jag ar|"
            r"varit) torsk\b",
            r"\b(?:kollat|kollar|kolla|tittat|tittar|titta|scrollat|scrollar|scrolla|surfat|surfar"
            r"|surfa) "
            r"(?:\w+ ){0,2}(?:pa )?(?:escort|eskort|sex) ?(?:annons|sid|sajt)\w*",
            # Found by someone close: "kvitton från en escortsida i min mans telefon".
            r"\b(?:kvitto\w*|betalningar|dragningar|bokningar|swishar) (?:\w+ ){0,3}?"
            r"(?:escort|eskort|sex) ?(?:sid|sajt|annons|tjej)\w*",
            # (Not "har lagt upp annonser om mig o bokar in män" (set BW): others book the
            # writer; that is coercion.)
            r"\b\w*annons\w*\b(?! om (?:mig|mej|henne|honom))(?!.{0,60}?\bbokar in (?:man|kunder"
            r"|gubbar|killar))"
            r".{0,60}?\b(?:boka|bokar|bokat|bokade)\b(?! in (?:man|kunder|gubbar|killar))"
            r"|\b(?:boka|bokar|bokat|bokade)\b(?! in (?:man|kunder|gubbar|killar)).{0,60}?"
            r"\w*annons\w*"
            r"(?! om (?:mig|mej|henne|honom))",
            r"\b(?:book|booking|booked|hire|hiring|hired|visit|visiting|visited) "
            r"(?:an? )?(?:escort|prostitute|sex worker|hooker)s?\b",
            # An escort as the one met, not the writer's own work: "varit hos en escort",
            # "har en escort jag träffar", "testa en escort", "sluta med escorterna" (not
            # "jag är en escort", "jobbar som escort").
            r"(?<!\bar )(?<!\be )(?<!\bsom )(?<!\bvar )(?<!\bva )(?<!\bblev )(?<!\bbli )"
            r"(?<!\bvarit )(?<!\bjobba )\b(?:en|ett|nagon|nan|flera|olika|fler|dyra) (?:\w+ )?"
            r"(?:escort|eskort)(?:tjej\w*|kille\w*)?\b(?! (?:sen|i|pa|och jag|o jag)\b)"
            r"|(?<!\bar )(?<!\be )(?<!\bsom )(?<!\bvi )\b(?:escorten|escorterna|eskorten|eskorterna"
            r"|"
            r"escorttjej\w*)\b"
            r"|\b(?:hos|till|pa) (?:en |nan |flera |olika )?(?:escort|eskort)(?:er|erna|en)?\b"
            r"|\b(?:escort|eskort)\w* (?:varje gang|varannan|nar jag reser|pa (?:jobbresor|resor|"
            r"tjansteresor))\b",
            # The one the writer paid: "tjejen jag köpte av", "killen jag betalade".
            r"\b(?:tjej|tjejen|kille|killen|kvinna|kvinnan|hon|han|personen) (?:som )?(?:jag|ja) "
            r"(?:har )?(?:betalat|betalade|betalar|kopte|kopt|koper|kopte sex av|swishat|"
            r"swishade)\b",
            r"\bbetala\w* for (?:tjejen|killen|henne|honom|en tjej|en kille|kvinnan|traffar|"
            r"traffarna|dejter|dejterna|dates)\b"
            r"|\bbetala\w* for (?:\w+ )?(?:privata )?(?:cam ?shows?|camshows?|shows|sallskap)\b"
            r"|\bbetala\w* (?:\w+ ){0,2}?(?:man|killar|tjejer|kvinnor|pojkar) for (?:sallskap|"
            r"sex)\b",
            # Stopping buying, a sugar daddy, picked up on the street, caught in a raid.
            r"\bsluta (?:att )?(?:kopa|kop\w*|betala for sex|ga till escort\w*|med escort(?:erna|"
            r"er)"
            r"|boka escort\w*)\b"
            r"|\b(?:jag|ja) (?:ar|e|vill bli|blev|har varit|var) (?:en |typ )?sugar ?dadd\w*"
            r"|\bvill bli (?:en )?sugar ?dadd\w*|\bsugar ?dadd\w* (?:at|for|till) (?:en|nan|"
            r"henne)\b"
            r"|\bplocka\w* upp (?:en |nan |nagon |tjejer|horor|nan tjej)"
            r"|\b(?:aka|aker|akte|akt|akit) fast (?:for|i) (?:sexkop|kop|ett tillslag)\w*|"
            r"\btillslag\w*"
            r"|\b(?:varit|vart|gatt|gick|gar|aker|akt) (?:\w+ )?(?:pa|till|hos) (?:en )?(?:san|"
            r"sadan|"
            r"bordell\w*) (?:lagenhet|stalle|massage\w*)"
            r"|\bragga\w* (?:\w+ ){0,3}?(?:o|och) betala\b"
            r"|\bannons\w*\b.{0,80}?\b(?:lata bli|later bli|avsta|motsta|inte) (?:att )?(?:ringa|"
            r"boka|"
            r"skriva)\b",
            r"\b(?:jag|ja) (?:har )?(?:gett|gav|ger|swishat|swishade|betalat|betalade) (?:henne|"
            r"honom|"
            r"hen|tjejen|killen) (?:\w+ )?(?:pengar|presenter|grejer|\d+)",
        ]
    ),
    # The writer's own unwanted sexual interest in children (never a victim's words).
}

# Set BL: the buyer is the one who buys, and the writer (or the one written about) the one
# bought from: "en gubbe köper bilder av mig", "en man köper sex av mig", "han köper mig",
# "jag blir köpt varannan helg", "har blivit köpt av äldre killar", "killar som köper
# brukar skriva till mig", "köparna fattar inte". Read as being paid, never as buying,
# unless the writer also says they buy (WRITER_BUYS).
BOUGHT_FROM = (
    r"\b(?:koper|kopte|kopt|kopa|kop)\b(?: \w+){0,3}? (?:av|fran) (?:mig|mej|oss)\b"
    # Bought from someone else: only with the buyer named ("en gubbe köper bilder av henne").
    r"|\b(?:han|gubben?|gubbar|mannen|en (?:\w+ )?man|(?:aldre|vuxna|vuxen|gamla|gammal) man|"
    r"snubben?|snubbar|killen|killar|nan|nagon|dom|de|"
    r"aldre \w+|vuxna \w+|vuxna)(?: \w+){0,3}? (?:koper|kopte|kopt|har kopt)\b(?: \w+){0,3}? "
    r"(?:av|fran) (?:henne|honom|hen)\b"
    r"|\b(?:koper|kopte|kopa|kopt|vill kopa) (?:mig|mej)\b"
    # "jag e hos en man ... han ville betala för sex men nu ..." (set DY): he is the payer.
    r"|\b(?:han|mannen|gubben|killen|snubben|kunden) (?:\w+ )?(?:ville|vill|skulle|erbjod sig att|"
    r"erbjuder sig att) betala (?:mig )?(?:for sex|for att (?:vi|jag)|for det)\b"
    # "gubbe på snap vill köpa bilder på mig" (set DF).
    r"|\b(?:koper|kopte|kopa|kopt|kopa) (?:\w+ )?(?:bilder|bild|nudes|filmer|videos?|klipp) "
    r"(?:pa|av) (?:mig|mej)\b"
    r"|\b(?:blir|blev|blivit|bli|vart|varit) (?:\w+ )?kopt\w*\b"
    r"|\b(?:killar|gubbar|man|snubbar|dom|de|folk|aldre \w+) som koper\b.{0,80}?\b(?:mig|mej)\b"
    r"(?<!hjalp mig)(?<!hjalpa mig)"
    r"|\bsom koper\b(?: \w+){0,2}? (?:skriver|skriva|dm\w*|addar|adda|kontaktar|fragar|"
    r"vill|betalar|swishar|hor av sig)\b.{0,20}?\b(?:mig|mej)\b"
    r"|\b(?:koparna|koparen|torskarna) (?:\w+ )?(?:fattar|vet|bryr|tror|sager|ar|e|vill|"
    r"betalar|kommer|hotar|slar|skriver|fragar)\b"
    r"|\b(?:han|hon|dom|de) koper\b.{0,20}?\b(?:jag|ja) (?:koper|kopte) inte\b"
    r"|\b(?:jag|ja) (?:koper|kopte|har kopt) inte\b.{0,30}?\b(?:han|hon|dom|de) (?:koper|kopte)\b"
    # English (sets FD): the writer or a child is the one paid. "ive been paid for sex", "an
    # adult man has been paying him for pictures", "older guys pay her to send pics".
    # (Passive only: "i have paid for sex" is the writer buying.)
    r"|\b(?:i'?m|im|i am|was|were|is|are|been|being|getting|get|got|gets) (?:being )?paid "
    r"(?:for|to|in)\b"
    r"|\b(?:an? |the |some )?(?:adult |older |grown |old |grown-up )?(?:man|men|guy|guys|stranger|"
    r"strangers) (?:\w+ ){0,3}?(?:paying|paid|pays|pay|giving|gave|gives|sending|sent|sends) "
    r"(?:him|her|them|my (?:son|daughter|kid|child|brother|sister)) (?:money |cash |\d+ )?"
    r"(?:for|to)\b"
)
# The writer's own purchase, said outright: then the words above may be about someone else.
WRITER_BUYS = (
    r"\b(?:jag|ja|jg|vi) (?:har |hade |brukar |ska |vill |kan )?(?:kopt|kopte|koper|kopa|"
    r"betalat|betalade|betalar|swishat|swishade|swishar)\b(?! inte\b)(?! (?:av|fran) )"
)
