"""Signs of being a victim: coerced, assaulted, images spread, danger now.

These are authoritative in situation.py: the classifier cannot remove them.
"""

from __future__ import annotations

from typing import Dict

from engine.nlu.lexicon.common import ME, THEY, WORD, WRITER, near

VICTIM_SIGNS: Dict[str, str] = {
    "coercion": "|".join(
        [
            # Set DN: "om jag älskar honom så gör jag det här för hans kompisar", "jag ska komma
            # ikväll annars berättar dom allt för min pappa" (pressed by love or by a threat).
            r"\bom (?:jag|ja|du) (?:alskar|gillar) (?:honom|mig|mej) (?:sa )?(?:gor|ska|maste|kan|"
            r"ligger|sover|har) .{0,40}?\b(?:hans|sina) (?:kompisar|vanner|polare|killar|brorsor)\b"
            # Set DZ: "... så ligger jag med hans vänner. tror dom ger honom pengar" (sold on).
            r"|\b(?:ligger|sover|har sex) (?:jag |ja )?med (?:hans|hennes) (?:vanner|kompisar|polar"
            r"e|"
            r"grabbar)\b.{0,60}?\b(?:ger|betalar|swishar) (?:honom|henne)\b"
            r"|\b(?:ska|maste) (?:komma|ga dit|aka dit|ses|traffa \w+)\b.{0,30}?\bannars "
            r"(?:berattar|skickar|sprider|visar|lagger ut|sager) (?:dom|de|han|hon)\b"
            r"|\bannars (?:berattar|skickar|sprider|visar|lagger ut) (?:dom|de|han|hon) (?:allt|"
            r"bilderna|bilder|videon|filmen|det)\b",
            # Set DZ: "chefen på massagestället kräver att vi gör mer än massage annars åker vi
            # ut ur boendet": the employer demands sex.
            r"\b(?:chefen|chefen\w*|agaren|agarn|bossen|arbetsgivaren|han som ager|hon som ager)\b"
            r".{0,60}?\b(?:kraver|tvingar|sager at|bestammer|vill) (?:att )?(?:vi|jag|ja|oss|mig|me"
            r"j) "
            r".{0,30}?\b(?:mer an (?:bara )?massage|extra med kunder\w*|sex med kunder\w*|ligger me"
            r"d|"
            r"ligga med|happy ending)\b",
            # Set DH: "nätverket bestämmer allt, vilka städer vilka hotell hur många per dag".
            r"\b(?:natverket|han|dom|de|chefen|killen|mannen|hallicken|hon) bestammer (?:allt|over "
            r"mig|vilka (?:stader|hotell|kunder)|hur manga)\b.{0,80}?\b(?:per dag|kunder|hotell|"
            r"stader|pengar|bankkort|pass)\b",
            # Set BW: "har lagt upp annonser om mig o bokar in män som ja måste träffa".
            r"\b(?:lagt|lagger|la|lade|satt|satter) (?:upp|ut) (?:\w+ )?annons\w* (?:om|pa|med) "
            r"(?:mig|mej|henne|oss)\b|\bbokar in (?:man|kunder|gubbar|killar) (?:som|at|till) "
            r"(?:mig|mej|jag|ja|henne|hon)\b|\b(?:man|kunder|gubbar) som (?:jag|ja|hon) (?:maste|"
            r"ar "
            r"tvungen att|e tvungen att) traffa\b",
            # Sent to a client against one's no (set BU): "han säger att jag ska ut till en
            # kund nu fast jag gråter o säger nej", "bestämmer vilka jag ska ligga med".
            r"\b(?:sager|sa|bestammer|kraver) (?:att )?(?:jag|ja|hon|vi) (?:ska|maste) (?:ut |ga |"
            r"aka |ta )?(?:till |emot )?(?:en |nasta |fler |flera )?(?:kund|kunder|torsk|torskar|"
            r"gubbe|gubbar)\b",
            # Moved by others, a sign of trafficking (a probe of our own): "de flyttar mig
            # till en annan stad imorgon", "skickar henne till Göteborg".
            r"\b(?:de|dom|han|hon|chefen|hallicken|madame|mannen) (?:\w+ )?(?:flyttar|flyttade|"
            r"skickar|skickade|kor|korde|tar|tog) (?:mig|henne|oss|tjejerna) (?:vidare )?till "
            r"(?:en annan|en ny|nasta|ett annat|nya) (?:stad|lagenhet|land|hotell|stalle|adress)\b",
            # Promised a job (in English too), sex work to pay a debt, "tar mina kunders pengar".
            r"\b(?:promised?|promise) (?:me |us )?(?:a )?(?:job|work)\b.{0,80}?"
            r"\b(?:sex|debt|pay|clients)\b|\b(?:must|have to|forced to) (?:work|do) (?:with )?sex\b"
            r"|\bto pay (?:back )?(?:the |my |a )?debt\b"
            r"|\btar (?:\w+ )?(?:mina kunders|kundernas) pengar\b|\bfixar (?:trafar|traffar|kunder|"
            r"man|gubbar) (?:\w+ ){0,3}?at (?:mig|mej)\b.{0,30}?\btar (?:halften|pengarna|allt|"
            r"det mesta)\b",
            r"\b(?:take|takes|took) all (?:the |our |my |her )?money\b|"
            r"\b(?:takes?|took|keeps?|kept) (?:all |most of |half of )?(?:the |my )?money "
            r"(?:i make|i earn|i get|from (?:the )?(?:clients|customers))\b",
            # A debt worked off: "måste jobba tills skulden är betald".
            r"\b(?:jobba|salja|ligga) (?:\w+ ){0,3}?(?:tills|for att betala|for att bli av med) "
            r"(?:\w+ )?(?:skuld\w*|det jag ar skyldig)",
            # Promised a job, found sex with clients and no pay; brought here and kept.
            r"\blovade (?:mig|mej|oss|henne) (?:ett )?(?:jobb|arbete)\b.{0,80}?"
            r"\b(?:sex|kunder|ingen lon|inga pengar|skuld)\b"
            r"|\b(?:brought|took|bring) me (?:here |to sweden|to europe)\b.{0,80}?"
            r"\b(?:keeps|kept|owe|debt|passport|beat|work)\b"
            r"|\b(?:owns|own|owned) me\b|\bsays i owe (?:him|them)\b",
            # A debt for the journey or the visa, worked off: "i owe 40 000 euro for the
            # journey", "agent take money for my visa ... to pay back", "madam", "juju".
            r"\b(?:i|we|she|he) (?:\w+ )?owe (?:\w+ ){0,4}?(?:for the (?:journey|trip|travel|ticket"
            r"|"
            r"visa|flight)|to (?:him|her|them|the boss|madam\w*))\b"
            r"|\b(?:must|have to|need to|forced to) (?:\w+ ){0,4}?(?:until|to pay) (?:\w+ ){0,2}?"
            r"(?:paid|back|debt)\b"
            r"|\b(?:takes?|took) (?:\w+ )?money for (?:my|her|the) (?:visa|ticket|flight|journey|"
            r"papers)\b|\bjuju\b|\bmadam(?:e|en)?\b",
            r"\b(?:ar|e) skyldig (?:\w+ ){0,2}?\d[\d ]* ?(?:kr|kronor|euro|eur|dollar|usd|sek|"
            r"spann)?"
            r"\b.{0,60}?\b(?:jobba|arbeta|salja|kunder|man|gubbar)\b"
            r"|\bjobba av (?:\w+ )?(?:med|hos|at) (?:man|kunder|gubbar|killar)\b",
            r"\b(?:saljer|salde|skickar|skickade) (?:henne|honom|hen) (?:till|for) "
            r"(?:andra|man|gubbar|kunder|pengar)\b",
            rf"\b{THEY} (?:\w+ )?(?:saljer|salde) (?:henne|honom|hen)\b",
            rf"\b{THEY} (?:\w+ )?(?:saljer|salde|har salt|saljer ut) (?:mig|mej|min kropp)\b",
            r"(?<!ingen )(?<!inte )\btvinga\w* (?:mig|mej|oss)\b(?! pa)|"
            r"(?<!inte )\b(?:tvingad|tvingades|tvingas)\b|"
            r"\btvungen att (?:salja|ta emot|traffa|ha sex|ligga|jobba|gora det|gora saker)\b",
            r"\b(?:hallick|hallic|pimp|loverboy|manniskohand|traffick|trafficking)\w*",
            # (Not "it makes me want to throw up", "makes me sick": a feeling, not a deed.)
            # ("it makes me disgusted with myself", set GT: a thing, and a feeling.)
            # ("please dont make me go to hospital": a plea, set GS.)
            r"\b(?:forced?|forcing|(?<!it )(?<!this )(?<!that )(?<!which )(?<!dont )(?<!don't )"
            r"(?<!not )makes? me|(?<!it )"
            r"(?<!this )(?<!that )made me)\b(?! (?:want to (?:throw up|puke|vomit|cry|die)|"
            r"sick|feel|so|really|laugh|cry|angry|sad|happy|ashamed|think|disgusted|hate|scared|"
            r"nervous|anxious|worried|uncomfortable|upset|mad|lonely|paranoid|wonder|doubt|"
            r"question|realise|realize|depressed))",
            # Set CB/CE: "was brought to sweden by a man ... have to give him money from
            # clients", "han sa att jag inte kommer härifrån levande om jag försöker gå".
            r"\b(?:was|were|got|been) (?:brought|taken|sent) (?:to (?:sweden|europe|here)|here)\b"
            r"|\b(?:have to|must|need to) give (?:him|her|them) (?:the |my |all )?(?:money|cash)\b"
            r"|\b(?:inte kommer|kommer inte) harifran\b|\bom (?:jag|ja) (?:forsoker|provar) "
            r"(?:att )?(?:ga|sticka|rymma|fly)\b",
            # Set BC, English as a second language: kept in a locked flat.
            r"\b(?:door|doors) (?:\w+ )?(?:is |are |be )?(?:lock|locked)\b"
            r"|\b(?:cannot|can not|cant|can't|not allowed to|dont let me|don't let me|not let me) "
            r"(?:\w+ )?(?:(?:go|get|walk) (?:out|away)|leave)\b(?=.{0,40}\b(?:flat|apartment|house|"
            r"room|place|door|here|outside)\b)"
            r"|\b(?:lock|locks|locked) (?:me|us|her) (?:in|inside|up)\b"
            # Set GG: "men hit her in apartment in Rinkeby and she cant leave"; "hon kan inte
            # gå därifrån".
            r"|\bin (?:an? |the |their |his |some )?(?:flat|apartment|house|room)\b.{0,40}?"
            r"\b(?:she|he|i|we|they) (?:cant|can'?t|cannot|is not allowed to|isnt allowed to|"
            r"are not allowed to) (?:leave|get out|go out)\b"
            r"|\b(?:hon|han|hen|jag|ja|vi) (?:kan|far|kommer) (?:inte|int) (?:ga|komma|ta sig) "
            r"(?:ut )?(?:darifran|harifran)\b",
            rf"\b(?!{WRITER}\b){THEY}\b\W+{WORD}{{0,3}}?(?:tar|tog|tagit|behaller|haller|"
            r"kraver|vill ha) (?:alla |all |hela |halva |halften av |allt av |det mesta av )?"
            r"(?:mina |min |mitt |vara |vart |deras )?(?:pengar\w*|lon|inkomst|cash|"
            r"allt (?:jag|vi) tjanar)",
            # A child's coercion probe of our own: a gang selling girls that wants her in,
            # a promise she "cannot back out of".
            r"\b(?:saljer|salde|saljer ut) (?:\w+ )?(?:tjejer|flickor|brudar|killar)\b.{0,60}?"
            r"\b(?:vill|ska|sager|sa|sager att) (?:dom|de|dem|han|hon|ganget) (?:att )?(?:jag|ja) "
            r"(?:ska )?(?:vara med|borja|jobba|ga med)"
            r"|\b(?:sager|sa|tjatar om) att (?:jag|ja) (?:har )?(?:lovat|lovade)\b.{0,50}?"
            r"\b(?:inte kan backa|maste|inte kan sluta|inte far sluta|inte kan saga nej)\b"
            r"|\b(?:kan|far) inte backa (?:ur|nu|langre|fran det)\b",
            # A job promised that was not there: "fick jobb i restaurang men det var inte
            # restaurang", "det fanns inget städjobb".
            r"\b(?:fick|fatt|lovades|lovade|erbjods|erbjod|sokte) (?:\w+ ){0,3}?(?:jobb|arbete|"
            r"jobbet)\b.{0,60}?\b(?:det var|det fanns|fanns) (?:inte|inget|ingen|nan|nagon) "
            r"(?:\w+ )?(?:restaurang\w*|stad\w*|jobb\w*|arbete\w*|salong\w*|hotell\w*|"
            r"barnvakt\w*|modell\w*|dans\w*|massage\w*|fabrik\w*|tjanst)\b"
            r"|\b(?:det fanns (?:inget|inte nagot|inte nat|ingen) (?:\w+)?(?:jobb|stadjobb|"
            r"restaurang|arbete|salong|tjanst))\b",
            r"\b(?:har|tagit|tog|tar|behaller|haller|gomt|gommer|har kvar|lasa in) "
            r"(?:mitt|mina|min|vart|vara|varan|vat) (?:pass\w*|id\w*|legitimation|papper|id-kort|"
            r"telefon\w*|mobil\w*|phone)\b",
            # Set BA, a hotel receptionist: "han har hand om deras pass".
            r"\b(?:har hand om|tar hand om|haller i|bar pa|behaller|har tagit|tar|tog|samlar in) "
            r"(?:deras|hennes|tjejernas|kvinnornas) (?:pass\w*|id-?handlingar|legitimation\w*|"
            r"papper|id-kort)\b",
            # (Not "I have the money from my summer job": the writer's own.)
            r"\b(?:takes?|took|keeps?|taken) (?:all )?(?:my|her|his|their|the) "
            r"(?:money|passport|pass|papers|id|phone)\b"
            r"|(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bu )\b(?:has|have) (?:all )?(?:my|her|his|their|"
            r"the) (?:passport|pass|papers|id|phone)\b(?! (?:number|nr|nummer))",
            # Moved around, ads written by others, a growing debt, no keys, paid back with the
            # body, threats on refusing, someone who decides whom the writer meets.
            # Set BM: "vi flytta varje vecka, göteborg, malmö", "jag får inte pengar själv".
            r"\b(?:vi|jag|ja) (?:flytta|flyttar|flyttas|byter stad|byter lagenhet) (?:varje|"
            r"varannan|hela tiden|till ny\w*) ?(?:vecka|dag|helg|stad)?\b.{0,80}?(?:\b(?:annons\w*|"
            r"pengar\w*|kunder|chefen)\b)"
            r"|\b(?:far|fick) (?:inte|aldrig) (?:behalla (?:\w+ )?pengar\w*|(?:\w+ )?pengar\w* "
            r"sjalv)\b",
            r"\b(?:flyttas|skickas|kors|flyttar vi|byter vi) (?:\w+ ){0,3}?(?:mellan|runt|hela "
            r"tiden|"
            r"till olika|till en ny|till ny)\b"
            r"|\b(?:nan annan|nagon annan|han|hon|de|dom|killen|mannen) (?:skriver|lagger ut|gor|"
            r"styr|svarar pa) (?:mina|min) (?:annons\w*|profil\w*|mobil|telefon)\b"
            r"|\b(?:en man|mannen|en kille|killen|ett gang|ganget|hennes kille|hans kompis) "
            r"(?:\w+ )?(?:saljer|salde) (?:henne|honom|hen|mig|mej)\b"
            r"|\bskulden (?:ar|e|har blivit|blir|vaxer) (?:\w+ )?(?:storre|hogre|dubbel\w*)"
            r"|\bom (?:jag|ja|vi) (?:inte (?:fortsatter|staller upp|gor det|gor som)|vagrar)\b"
            r"|\b(?:far|fick|far vi) (?:inte|aldrig) ha (?:\w+ )?(?:nycklar|nyckel|pass|passet|"
            r"telefon|mobil)"
            r"|\b(?:hamtas|hamtades|plockas upp) (?:\w+ ){0,4}?av (?:\w+ )?(?:aldre|vuxna|killar|"
            r"man|"
            r"gubbar)\b"
            r"|\b(?:they|he|she) (?:say|says|said|tell|told) (?:me )?(?:the )?police (?:will|"
            r"would)\b"
            r"|\bmaste (?:\w+ ){0,3}?(?:gaster|gasterna)\b"
            r"|\bbestammer (?:vilka|vem|var|nar|hur mycket) (?:jag|ja|vi|hon)\b"
            r"|\bbetala (?:tillbaka |av )?med (?:kroppen|min kropp|sex)\b"
            r"|\b(?:far|fick) (?:jag |vi )?(?:ingen|inte) mat\b"
            r"|\b(?:ingen|inget) pass\b.{0,30}\b(?:ingen|inga) pengar\b",
            # A young person's exploitation said indirectly: a debt paid "another way", a gang,
            # fetched after school, forced to sell for others, a share taken, "you are ours",
            # not allowed to talk to social services, "or something happens", sent anyway.
            r"\bbetala (?:\w+ )?(?:pa|med) (?:ett )?annat satt\b|\bskulden (?:ar|e|blir) avbetald\b"
            r"|\bskuld\w* (?:till|hos) (?:nan|en|nagon|ett) (?:\w+ )?(?:kille|snubbe|gang|"
            r"langare)\b"
            r"|\b(?:av|fran|med|i|hos) (?:ett )?gang(?:et)?\b|\bgangkriminell\w*"
            r"|\btvinga\w* (?:henne|honom|hen)\b"
            r"|\b(?:hamta|hamtar|hamtas|hamtad|hamtade) (?:mig |henne |honom )?(?:\w+ "
            r"){0,3}?(?:efter|vid|"
            r"utanfor) skolan\b|\bblir hamtad i (?:en )?(?:\w+ )?bil\b"
            r"|\b(?:kvinnan|tanten|snubbarna|killarna|grabbarna|dom|de|han|hon) (?:\w+ "
            r"){0,2}?(?:tar|tog) "
            r"(?:all|alla|allt|hennes|hans|mina) (?:\w+ )?(?:cash|pengar|pengarna|para|paran|deg|"
            r"lon)\b"
            r"|\btar (?:en )?(?:procent|del|andel|halften|provision) av (?:allt|det|pengarna)\b"
            r"|\bsager (?:att )?(?:jag|ja|hon|han) (?:redan )?(?:ar|e) (?:deras|hans)\b"
            r"|\b(?:far|fick) inte (?:prata|beratta|saga) (?:\w+ )?(?:med|me|till|for) (?:socialen|"
            r"soc|"
            r"polisen|nagon|nan|mamma|pappa|skolan)\b"
            r"|\bskickar (?:han |dom |de )?(?:mig|mej|henne) (?:anda|dit|till (?:dom|dem|kunder|man"
            r"|"
            r"gubbar|killar|sina))\b|\bbestammer over (?:henne|mig|mej|honom|oss)\b"
            r"|\bkontroller\w* (?:mig|mej|henne|honom|min|hennes|hans)\b"
            r"|\b(?:vara trevlig|vara snall) mot (?:deras|hans|kunderna|gasterna|kunder)\b"
            r"|\bom (?:jag|ja|hon|han) (?:drar|sticker|lamnar|slutar|sager "
            r"nej)\b.{0,30}?\b(?:lagger|"
            r"skickar|sprider|visar|hander|gor|kommer)\b"
            r"|\bhar (?:\w+ )?(?:bilder|nudes|filmer) (?:pa|av) (?:mig|mej|henne)\b.{0,60}?\bsager "
            r"(?:att )?"
            r"(?:jag|ja|hon) (?:ska|maste)\b"
            r"|\bdone (?:me|med|with) (?:killarna|the guys|them)\b",
            # Moved between cities and told whom to meet; a boss who hits or threatens; a door
            # locked from outside; kept until a debt is paid.
            r"\b(?:skickar|skickade|flyttar|flyttade|kor|korde) (?:mig|mej|oss|henne|tjejerna) "
            r"(?:\w+ ){0,2}?(?:till|mellan) (?:olika )?(?:stader|stad|lagenheter|hotell|kunder)\b"
            r"|\bsager (?:vem|vilka|var|nar) (?:jag|ja|vi|hon) ska (?:traffa|jobba|aka|ligga|"
            r"vara)\b"
            r"|\b(?:chefen|hallicken|bossen|madam\w*|agenten|agent) (?:\w+ )?(?:slar|slog|hotar|"
            r"hotade|"
            r"tvingar|tvingade|later inte|laser in|last in)\b"
            r"|\b(?:the |my )?(?:boss|pimp|madam\w*|owner)\b.{0,80}?\b(?:clients?|customers?|salary"
            r"|"
            r"hit|beat|angry|money)\b"
            r"|\b(?:dorren|dorrarna) (?:ar|e) (?:\w+ )?last\w* (?:fran utsidan|utifran)\b"
            r"|\b(?:lock|locks|locked) (?:me|us|her) (?:in|inside)\b"
            r"|\buntil (?:i|we|she) (?:pay|paid|have paid|work off)\b(?: \w+){0,2}? back\b"
            r"|\buntil (?:i|we|she) (?:pay|have paid) (?:it|him|them|the debt|everything)\b"
            # Indicators of trafficking and pimping (a probe of our own, in
            # tests/engine/test_situation_signs.py): earnings handed over, someone else deciding
            # the clients, a debt for the journey, moved around, watched, papers held.
            r"|\b(?:ge|ger|lamna|lamnar|skicka|skickar) (?:\w+ ){0,2}?(?:allt|alla pengar\w*|"
            r"pengarna|det mesta|halften|halva) (?:\w+ ){0,4}?(?:till|at) (?:honom|henne|dom|dem|"
            r"chefen|hallicken|mannen|kvinnan|killen|han|hon)\b"
            r"|\b(?:give|send|hand) (?:\w+ )?(?:all|most of) (?:the |my )?money to\b"
            r"|\b(?:han|hon|de|dom|nan|nagon (?:annan)?|chefen|mannen|kvinnan) (?:\w+ ){0,4}?"
            r"(?:bestammer|bokar|svarar pa|skoter|valjer) (?:\w+ ){0,3}?(?:kunder|kunderna|"
            r"annons\w*|min telefon|mina kunder)\b"
            r"|\b(?:hamtar|tar|samlar in) pengarna (?:efter|fran) (?:varje|alla|kunderna)\b"
            r"|\bskuld\w* (?:for|till|pa) (?:resan|flyget|biljett\w*|lagenheten|hyran|papper\w*|"
            r"visum)|\btills skulden (?:ar )?betald|\bowe (?:them|him|her) (?:for|money)\b"
            r"|\b(?:flyttar|flyttas|kor) (?:runt )?(?:oss|mig) (?:\w+ )?(?:varje|mellan|till nya?|"
            r"runt)\b|\bkameror i (?:lagenheten|rummet|huset)\b|\bvaktar oss\b"
            r"|\bfar (?:bara )?behalla (?:en )?(?:liten del|lite|nagra|\d+ ?%|\d+ procent)"
            r"|\bom (?:jag|ja|vi) inte (?:tjanar|drar in|tar) (?:tillrackligt|nog|\w+ kunder)\b"
            r"|\b(?:betala|betalar|betalat) (?:tillbaka )?(?:\w+ ){0,2}?med sex\b"
            r"|\bpay (?:\w+ )?back with sex\b|\b(?:mina|mitt) (?:papper|pass|id|id-kort) "
            r"(?:ar|e|finns) (?:hos|kvar hos) (?:chefen|honom|henne|dom|dem|mannen|kvinnan)\b"
            r"|\b(?:chefen|han|hon|de|dom) (?:\w+ ){0,3}?(?:maste|ska) ge (?:extra|full) service\b"
            r"|\bbrought me here\b.{0,60}?\bmoney\b|\bmoney\b.{0,60}?\bbrought me here\b"
            # "must do sex with customer or she call migrationsverket".
            r"|\b(?:must|have to|has to|forced to) (?:do |have )?sex with (?:the )?(?:customers?|"
            r"clients?|men)\b|\bor (?:she|he|they) (?:will )?(?:call|calls|tell|tells) (?:the )?"
            r"(?:migrationsverket|police|immigration|migration)\b"
            r"|\bannars (?:ringer|anmaler|kontaktar|sager) (?:han|hon|de|dom) (?:till )?"
            r"(?:migrationsverket|polisen)\b"
            # Passed on: "han vill att jag ligger med hans vänner".
            r"|\b(?:han|hon|min kille|pojkvan|pojkvannen|killen) (?:\w+ ){0,4}?(?:vill|sager) "
            r"(?:att )?(?:jag|ja) (?:ska )?(?:ligger med|ligga med|sover med|sova med|har sex med|"
            r"ha sex med|gor saker med|gora saker med) (?:hans|hennes|sina) (?:vanner|kompisar|"
            r"polare|grabbar|kollegor)\b"
            # "they drive me to a man", "i go with men to other city and i cant say no".
            r"|\b(?:they|he|she) (?:drive|drives|take|takes|send|sends|bring|brings) (?:me|us|her) "
            r"to (?:a |the )?(?:man|men|clients?|customers?|guys?)\b"
            r"|\b(?:i|we) (?:\w+ ){0,6}?(?:cant|can'?t|cannot|not allowed to) say no\b",
            r"\b(?:tar|tog|tagit|har|behaller) (?:hennes|hans|deras) (?:pass|papper|id|pengar|para|"
            r"cash|lon|deg)\b",
            r"\b(?:must|has to|have to|had to) (?:work|sleep|be) with (?:men|clients|customers)\b",
            # A debt to those who control the writer, not to Klarna or a friend.
            r"\b(?:skuld|skulder|skulden) (?:till|hos) (?:dom|dem|honom|han|henne|ganget|hallicken|"
            r"chefen|mannen|kvinnan|de som|killen som|familjen som|resebyran)\b",
            r"\b(?:ar|e) skyldig (?:dom|dem|honom|henne|ganget|dem som)\b",
            r"\b(?:betala|jobba|arbeta|betalar|jobbar|arbetar|betalade|jobbade) (?:av|tillbaka) "
            r"(?:\w+ )?(?:skulden|skuld|resan|biljetten|lagenheten|det jag)\b",
            # Set HA: "säljer sex för att betala av till en man som ordnade min resa".
            r"\b(?:betala|jobba|betalar|jobbar) (?:av|tillbaka) (?:till|at|hos) (?:en man|en kvinna"
            r"|"
            r"honom|henne|dom|dem|mannen|kvinnan|de) (?:som )?(?:\w+ )?(?:ordnade|fixade|betalade|"
            r"bokade|ordnat|fixat|betalat|bokat) (?:min|var|hit|\w+ )?(?:resa|resan|biljett\w*|"
            r"flyg\w*|hit)\b",
            rf"\bskyldig (?:honom|henne|dem|dom|de|{THEY}) (?:pengar|for)",
            r"\bowe (?:him|them|her)\b",
            r"\butnyttja\w* (?:mig|mej|oss)\b",
            r"\b(?:sager|sa|bestammer|kraver|vill) (?:att )?(?:jag|ja|vi|hon) (?:maste"
            r"|ska) (?:\w+ ){0,2}?"
            r"(?:jobba|traffa|salja|ha sex|ligga|stalla upp|ta kunder|suga|gora)",
            r"\bmaste (?:jobba|ta kunder|traffa kunder|stalla upp|ligga med) (?:\w+ )?"
            r"(?:for|at|med) (?:honom|henne|dem|dom|hans)",
            r"\b(?:far|fick) inte (?:sluta|lamna|ga harifran|aka hem|ga ut|ringa)",
            rf"\b(?:later|lat|laser|slapper) (?:{ME}|oss) inte",
            # ("jag har låst in mig på toa" is hiding, not being held)
            rf"(?<!jag )(?<!ja )(?<!jag har )(?<!ja har )\b(?:laser|last|laste|stanger|stangt|"
            rf"stangde|haller) in {ME}\b|\binlast\b",
            r"\b(?:ordnar|fixar|bokar|skaffar|hittar|tar in|ringer) (?:\w+ )?"
            r"(?:kunder|man|gubbar|killar|torskar) (?:at|till|for) (?:mig|mej)",
            rf"\b(?!{WRITER}\b){THEY} (?:saljer|salde|har salt|hyr ut|hyrde ut) (?:mig|mej)\b",
            # "min boyfriend säljer mig till sina polare" (set CW): sold on by someone.
            # (Someone named does it: "säljer mig till äldre killar" alone is the writer's own.)
            r"\b(?:han|hon|hen|de|dom|kille|killen|pojkvan|pojkvannen|boyfriend|bf|mannen|gubben|"
            r"sambon|hallicken|mamma|pappa|mamman|pappan|kusin|kusinen|chefen|kompisen|(?:\w+s|min|"
            r"hennes) (?:kille|man|pojkvan|sambo|boyfriend))(?: \w+){0,3}? "
            r"(?:saljer|salde|har salt|hyr ut|hyrde ut|erbjuder|lanar ut) (?:mig|mej|henne|oss) "
            r"(?:till|at|for) (?:sina |hans |hennes |andra |aldre |olika |flera )?(?:polare"
            r"|kompisar|"
            r"vanner|man|gubbar|killar|kunder|folk|snubbar|bekanta)\b",
            # Promised a job that was not one, kept in (set FV, and in Swedish): "promise me job
            # in cafe but it was not cafe", "we cant go out alone".
            r"\b(?:promis\w*|lovade|lovat) (?:me |us |her |mig |mej |oss |henne )?(?:a |an |ett )?"
            r"(?:job|work|jobb|arbete)\b.{0,60}?\b(?:but|and|men) (?:it|there|det) "
            r"(?:was|is|were|var|ar|e) (?:not|no|nothing like|inte|inget|inga)\b"
            r"|\b(?:we|the girls|none of us) (?:can'?t|cannot|cant|are not allowed to|arent "
            r"allowed to|never get to|may not) (?:go|leave) (?:out|outside|anywhere)(?: \w+){0,2}? "
            r"(?:alone|by ourselves)\b"
            r"|\b(?:can'?t|cannot|cant|not allowed to) (?:go|leave) (?:out |outside |the "
            r"(?:flat|apartment|house|place) )?without (?:him|them|the boss|madam\w*|the driver)\b"
            r"|\b(?:far|fick) inte (?:ga|gå) ut (?:ensam|ensamma|sjalv|sjalva|utan (?:honom|henne|"
            r"dom|dem))\b",
            r"\b(?:skjutsar|skjutsade|kor|korde|tar|tog|hamtar|hamtade) (?:mig|mej|oss|dem|dom|"
            r"tjejer|tjejerna|killar|flickor|henne|honom) (?:\w+ )?(?:till|ut till) "
            r"(?:lagenheter|hotell|kunder|man|gubbar|olika|adresser|fester|en lagenhet)",
            # "en kille utanför hämtar tjejer härifrån": fetched from a home or a school.
            r"\b(?:hamtar|hamtade|plockar upp|plockade upp) (?:\w+ )?(?:tjejer|flickor|killar|"
            r"ungdomar|barn) (?:harifran|fran (?:boendet|hvb\w*|skolan|garden))",
            r"\b(?:tog|tagit|fick|lurade|lurat) (?:mig|mej) (?:hit|till sverige)",
            # "de säger jag måste jobba i massage med extra", "måste göra sex med hans vänner".
            r"\b(?:de|dom|han|hon|chefen|madame|boss\w*) (?:\w+ )?(?:sager|sa|sagt) (?:att )?"
            r"(?:jag|ja|vi) (?:maste|ska|skall|behover) (?:jobba|arbeta|ta|gora|ligga|traffa|"
            r"salja)\b",
            r"\b(?:maste|tvingas) (?:gora|ha) sex (?:med|for)\b",
            r"\b(?:saljer|salde|tar kunder|jobbar|gar) (?:at|for) (?:honom|henne|dom|dem|han|"
            r"hallicken|min kille|min pojkvan)\b(?! (?:som|pa jobbet))",
            r"\b(?:hotar|hotade|hotat) (?:mig|mej|att|min|mina|hennes|hans|deras)",
            r"\bthreat\w*",
            r"\b(?:annonserar|annonserade|saljer) ut (?:mig|mej|henne|honom)\b",
            r"\b(?:lagger|la|lade|satter|satte|skriver|skrev) (?:upp |ut |in )?(?:\w+ )?annons\w* "
            r"(?:pa|om|med|for) (?:mig|mej|henne|oss)\b",
            r"\b(?:blir|blev|har blivit|bli) (?:\w+ )?sald\b",
            r"\b(?:maste|tvingas) (?:ga|sova|vara|ligga) (?:med|me) (?:man|gubbar|kunder|killar)\b",
            r"\bbetala (?:av )?(?:smugglaren|smugglarna|skulden|resan|min skuld|hans skuld)\b",
            # "han som styr mig", "passet har madame", "tar hälften av pengarna".
            r"\b(?:han|hon|de|dom|den) som (?:styr|kontrollerar|bestammer over|ager|saljer) "
            r"(?:mig|mej|oss|henne)\b|\bthe (?:man|woman|guy) who (?:sells?|controls?|owns?) (?:me|"
            r"us)\b",
            r"\bpasset (?:har|tog|tagit|behaller) (?:han|hon|de|dom|madame|chefen|mamman)\b",
            r"\bbetala tillbaka\b.{0,50}?\b(?:jobba|arbeta|ta kunder|traffa man)\b",
            r"\b(?:tar|tog|behaller) (?:halften|en del|det mesta|allt|50 ?%|mesta) av (?:mina |"
            r"vara )?"
            r"(?:pengar|pengarna|inkomsten)\b",
            r"\b(?:fixar|ordnar|bokar) (?:jobb|kunder|dejter|traffar) (?:at|till) (?:mig|mej|"
            r"oss)\b",
            r"\b(?:tell|show|send) (?:my|her|his) (?:parents|mom|dad|family|school)\b.{0,40}?\bif "
            r"(?:i|she|he) "
            r"(?:stop|dont|don't|refuse|say no)",
            # A threat with a condition: "om jag inte jobbar ikväll", "or he cut me".
            r"\bom (?:jag|ja) inte (?:jobbar|tar (?:fler )?kunder|traffar (?:kunden|kunderna|dom|"
            r"dem"
            r"|honom|hans)|staller upp|gor som (?:han|dom|de|kunden) (?:sager|vill))\b",
            r"\b(?:says?|said|tells? me|tell us) (?:that )?(?:i|we) (?:must|have to|need to)\b",
            r"\b(?:he|she|they|man|men|pimp|boyfriend) (?:sells?|sold|rents?|rented) me\b",
            r"\bmaste gora (?:allt|det) (?:han|hon|dom|de|kunden|kunderna) (?:sager|vill|kraver)\b",
            r"\b(?:sager|sa|pastar) (?:att )?(?:jag|ja) (?:\w+ )?(?:ar|e) skyldig\b",
            r"\bsom saljer (?:mig|mej)\b",
            r"\b(?:killarna|killen|mannen|dom|de|han|gubben|gubbarna) (?:som )?(?:jag|ja) jobbar "
            r"(?:at|for)\b",
            r"\binte far (?:ga|aka|lamna) (?:\w+ )?forran\b",
            r"\b(?:cannot|can'?t|not allowed to) (?:leave|go)(?: home)? (?:before|until) i (?:pay|"
            r"work)",
            # A threat that keeps the writer selling: "han vet var jag bor ... så jag fortsätter".
            r"\bvet (?:var jag bor|vilken skola|var (?:min|mina) (?:dotter|son|barn|familj))"
            r"|\bvet var (?:min |mina )?(?:mamma|pappa|familj\w*|syster|bror|foraldrar) (?:jobbar|"
            r"bor)",
            r"\b(?:didn'?t|did not|dont|don'?t) (?:make|earn|bring(?: home)?) enough(?: money)?\b"
            r"|\b(?:tjanade|tjanat|tjanar|drog in|drar in) inte (?:tillrackligt|nog)\b",
            r"(?<!jag )(?<!ja )(?<!vi )\b(?:tar|tog) (?:alla |hela )?(?:pengarna|min lon|"
            r"allt jag tjanar|det jag tjanar)\b",
        ]
    ),
    # Raped or sexually assaulted (in the past or just now).
    "sexual_violence": "|".join(
        [
            # A child touched by an adult (set BJ): "en ledare har ... rört henne".
            r"\b(?:har |hade )?(?:rort|rorde|tafsat|tafsade|tafsar|kladdat|kladdade) (?:pa )?"
            r"(?:henne|honom|barnet|flickan|pojken|min dotter|min son)\b",
            # Set CX, CY: "har tagit på mig på sätt jag inte vill", "en man tvinga mig sex".
            r"\b(?:tagit|tar|tog|ror|rort|rorde|tafsat|tafsar|tafsade|kladdat|kladdar|kladdade) "
            r"(?:pa )?(?:mig|mej)\b.{0,30}?\b(?:inte vill|inte ville|fast jag sa nej|fast jag sa "
            r"stopp|utan lov|pa satt|dar nere|mellan benen|pa brosten|pa rumpan)"
            # (Not "tvingar henne ligga med hans vänner": made to sell, coercion.)
            r"|\btvinga\w* (?:mig|mej|henne|oss) (?:till |att ha |ha |att )?(?:sex|ligga|suga)\b"
            r"(?!.{0,40}\b(?:andra|folk|kunder|man|killar|gubbar|vanner|kompisar|polare|pengar|"
            r"cash|betalt)\b)",
            # Drugged and woken undressed (set CV): "blev drogad på en dejt ... och vaknade utan
            # kläder", "was drugged and woke up naked".
            r"\b(?:drogad|drogade mig|drogat mig|drugged|spiked)\b.{0,80}?\b(?:vaknade|woke|"
            r"waking)\b(?: \w+){0,3}? (?:utan klader|naken|avklad\w*|naked|undressed|without "
            r"(?:my )?clothes)\b",
            # Set BY: "vaknade i en främmande säng o minns ingenting, tror nån har gjort nåt
            # med mig".
            r"\b(?:nan|nagon|han|de|dom|nan kille|nagon kille) (?:har )?(?:gjort|gjorde) (?:nat|"
            r"nagot|saker|grejer) (?:med|mot) (?:mig|mej)\b(?=.{0,80}\b(?:minns|sov|sovit|full|"
            r"vaknade|drogad|drog)\b)|\b(?:vaknade|minns)\b.{0,80}\b(?:gjort|gjorde) "
            r"(?:nat|nagot|saker|grejer) (?:med|mot) (?:mig|mej)\b",
            # Told the way children tell it (set BS): "min mammas kille kommer in på mitt rum
            # på nätterna när hon jobbar", "he comes into my room at night".
            r"\b(?:kommer|kom|gar|gick|smyger|smog) in (?:pa|i|till) (?:mitt|mitt sov) ?rum "
            r"(?:\w+ )?(?:pa natterna|pa natten|nar (?:hon|mamma|pappa|alla) (?:jobbar|sover|"
            r"ar borta)|pa kvallarna|varje natt)\b"
            r"|\b(?:comes|came|sneaks|snuck|keeps coming) (?:in|into) (?:to )?my (?:bed)?room "
            r"(?:at night|every night|when (?:mum|mom|she|dad|everyone) (?:is|are) (?:at work|"
            r"asleep|away|out))\b",
            # "nån tog mig med våld igår" (set BH), "tvingade sig på mig".
            r"\b(?:tog|tar|tagit) mig med (?:vald|tvang)\b|\btvinga\w* sig pa (?:mig|mej)\b",
            # "fortsatte fast jag sa stopp", "vaknade och han höll på med mig".
            r"\bfortsatte (?:\w+ ){0,3}?(?:fast|trots att|aven om) (?:jag|ja) (?:sa|sag|skrek) "
            r"(?:nej|stopp|sluta|att)\b|\bvaknade (?:\w+ ){0,4}?(?:han|nan|nagon|kunden) "
            r"(?:holl pa|hade sex|var) (?:med|inne i|pa) (?:mig|mej)\b",
            # "blev tvingad till sex av en man som skulle betala"; "do things i say no to".
            r"\b(?:blev|blivit|har blivit) tvingad till sex\b|"
            r"\b(?:do|does|did|doing) things (?:that )?i (?:say|said) no to\b|"
            r"\bforced himself on me\b|\bforced me to have sex\b"
            r"|\b(?:pulled|dragged|forced) me (?:into|in|to)\b|\bdid (?:things|stuff) to me\b"
            r"|\bforced me\b|\btouched me (?:when|without|even)\b|\bchoking me\b"
            # "my mothers boyfriend touches me at night", "he keeps touching me".
            r"|\b(?:touches|touching|touched|molests|molested|abuses|abused) me\b"
            # Drugged and done to while asleep: "put something in my drink", "had done stuff
            # to me".
            r"|\b(?:did|done|doing|do) (?:things|stuff|something|sexual things) to me\b"
            r"|\b(?:put|slipped|spiked|mixed) (?:something|stuff|drugs|a pill|pills)?\s?"
            r"(?:in|into) my (?:drink|glass)\b|\bspiked my drink\b|\bmy drink was spiked\b",
            r"\b(?:valdtog|valtog|valdtag|valtag|valdtogs|raped|rapist)\w*",
            rf"\b(?:{WRITER}|mig|mej|{ME})\b.{{0,50}}\b(?:valdtakt(?!sman)\w*|overgrepp"
            rf"(?!smaterial|sbild|sfilm)\w*|rape)\b",
            r"\butsatt\w* for (?:en |ett )?(?:valdtakt|overgrepp|sexuellt)",
            r"\b(?:forgrep|forgripit|forgripa|forgriper)\w* (?:sig )?(?:pa|mot) (?:mig|mej)\b",
            r"\b(?:ofredad|antastad|forgripen|utnyttjad sexuellt)\b",
            r"\bsexuellt (?:utnyttjad|trakasserad|ofredad|angripen)",
            # "det tär på mig" folds to "tar pa mig": someone must do it.
            rf"\btafsa\w* pa (?:mig|mej)|\b{THEY} (?:\w+ )?(?:tog|tar|tagit) pa mig\b",
            # "min tränare tar på mig på sätt ja inte vill", "dom tar inte nej".
            r"\b(?:min|mitt|en|hans|hennes) \w+ (?:tar|tog|tagit|har tagit) pa (?:mig|mej)\b",
            r"\b(?:tar|tog|ror|rorde|tafsar|tafsade) (?:pa )?(?:mig|mej)\b.{0,30}?\b(?:inte vill|"
            r"inte ville|sa nej|sager nej)\b",
            r"\b(?:tar|tog|accepterar|accepterade|lyssnar|lyssnade|respekterar) (?:inte|int) "
            r"(?:pa )?(?:mitt |ett )?nej\b",
            r"\bdrog(?:ade|at)? (?:mig|mej)\b",
            r"\b(?:nagot|nat|droger) i (?:min|mitt) (?:drink|glas|dricka)",
            # Set DV: "fick nåt i drinken på krogen igår o vaknade hemma hos en främling".
            r"\b(?:fick|fatt|har fatt) (?:nat|nagot|nagonting|nan grej|nan drog|droger) i "
            r"(?:drinken|"
            r"glaset|drickan|olen|vinet)\b.{0,100}?\b(?:vaknade|minns (?:inte|ingenting|inget)|"
            r"blackout|svart)\b",
            # Set GO, in English as a second language: "the father in the family touch me
            # sexually when his wife is away", "my stepdad touch me at night".
            r"\b(?:touch|touches|touching|touched) me (?:sexually|at night|in the night|every"
            r" night|"
            r"when|in my (?:bed|room|sleep)|on my (?:body|breast|private)|under my|down there"
            r"|there)\b"
            r"|\bsexually touch(?:es|ed|ing)? me\b",
            r"\bmot min vilja\b|\butan (?:mitt )?samtycke\b|\bagainst my will\b",
            r"\btog av (?:sig )?kondomen\b|\bstealth\w*",
            r"\boverfall(?:en|d|s)\b|\boverfoll (?:mig|mej)\b",
            rf"\b{WRITER} (?:sa|sade) nej\b|\bsa nej (?:men han|men de|och han|o han)\b",
            r"\b(?:slutade|stannade|lyssnade) inte (?:fast|nar|trots|nar jag)",
            r"\btvinga\w* (?:mig|mej) (?:till sex|att ha sex|att suga|att ligga)",
            r"\btvingar (?:\w+ )?(?:till )?sex\b|\btvinga\w* sig pa (?:mig|mej)\b",
            # Hit by the one who paid: "mannen som betalade mig slog mig".
            near(r"(?:kund\w*|torsk\w*|(?:sex)?kopare\w*|betalade|betalat|betalar|betalt|swishade)",
                 r"(?:slog|slar|sparkade|strypte|stryper|misshandlade|skadade|knuffade) (?:mig|"
                 r"mej)",
                 10),
            r"\butan kondom (?:fast|trots|fast jag|nar jag)",
            # Set CF: "16, kunden var våldsam": violence by the one who paid.
            r"\b(?:kunden|en kund|torsken|koparen|kopare|han som betalade) (?:\w+ )?"
            r"(?:var|blev|har varit) (?:valdsam|aggressiv|aggro|brutal)\b",
            # Set BC: "he beat me because i say no without condom", "he hurt me down there".
            r"\b(?:beat|hit|hurt|slap\w*|kick\w*|choke\w*) me\b.{0,40}\b(?:condom|say no|said no|"
            r"no sex)\b|\bhurt me down there\b|\b(?:gjorde|gjort) (?:mig|mej) illa (?:dar nere|i "
            r"underlivet)\b",
            r"\b(?:kunden|en kund|kund|client|customer|a client|the client|a customer)\b"
            r"(?:\s+\w+){0,2}\s+(?:hurt|hit|beat|choked|strangled|slog|misshandla\w*|skadade|"
            r"strypte|gjorde illa) (?:me|mig|mej)\b",
            r"\b(?:blev|blir|har blivit|bli) (?:\w+ )?(?:slagen|misshandlad|strypt|skadad|sparkad|"
            r"knuffad) av (?:en |min |hans )?(?:kund|kunden|kopare|koparen|torsk|torsken|"
            r"sexkopare)\b",
            # "jag e 15. jag vill dö. en man gör saker mot mig" (set DT): told the way children
            # tell it. (Not "han gör saker för mig": a favour.)
            # (Nor "ger tjejer knark mot att dom gör saker med mig": what a buyer pays for.)
            r"(?<!mot att )(?<!for att )(?<!sa att )"
            r"\b(?:en man|en vuxen|en gubbe|en aldre \w+|mannen|gubben|styvpappa|min styvpappa|"
            r"mammas kille|han|dom|de) (?:\w+ )?(?:gor|gjorde|har gjort|brukar gora) (?:\w+ )?"
            r"(?:saker|grejer|sexuella saker|nat|nagot) (?:mot|med) (?:mig|mej)\b"
            r"(?! (?:som jag (?:vill|ville|gillar)|for att hjalpa))"
            # "han gjorde det mot mig och han är kvar i lägenheten" (set HA): "det", done to.
            r"|\b(?:en man|en vuxen|en kund|kunden|mannen|gubben|killen|han) (?:\w+ )?(?:gjorde|har"
            r" "
            r"gjort|gor) det mot (?:mig|mej)\b",
            # Set HC: "kund tvinga mig utan kondom igar": sex forced, said by what was missing.
            r"\b(?:kund|kunden|en kund|torsken|koparen|han|mannen|killen) (?:\w+ )?(?:tvinga|"
            r"tvingade|tvingat|tvingar|tvang) (?:mig|mej) (?:att ha sex |att ligga |till sex )?"
            r"(?:utan kondom|utan skydd)\b",
            # ("tog strypgrepp och slog mig", set DS.)
            r"\bstryptag\b|\bstrypgrepp\w*|\b(?:stryper|strypte|strypt) (?:mig|mej)\b",
            r"\b(?:tvingade|tvingat|tvingar) (?:en |min |den )?(?:kund|kunden|torsken|koparen) "
            r"(?:mig|mej)\b"
            r"|\b(?:kund|kunden|koparen|torsken) (?:\w+ )?(?:tvingade|tvingat|tvingar) (?:mig|"
            r"mej)\b",
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
            # Set BX: "en kund filmade i smyg o nu ligger det ute på nätet".
            r"\b(?:filmade|filmat|fotade|fotat|spelade in) (?:\w+ )?i smyg\b"
            r"|\b(?:ligger|finns|hamnat|hamnade|kom) (?:det |den |dom |de |filmen |videon |"
            # ("nu ligger klipp på mig på en porrsajt", set DU.)
            r"bilderna |(?:klipp|bilder|filmer|videos|film|video) (?:pa|av|med) (?:mig|mej|oss) )?"
            r"(?:nu )?(?:ute )?(?:pa natet|pa porrsidor|pa en porrsida|pa internet|"
            r"pa pornhub|pa xvideos|pa en porrsajt|pa porrsajter)\b"
            # Filmed without being asked (set FV, in Swedish): "filmade oss utan att fråga".
            r"|\b(?:filmade|filmat|fotade|fotat|spelade in) (?:\w+ )?(?:mig|mej|oss|henne|honom) "
            r"(?:\w+ )?utan (?:att (?:fraga|jag visste|vi visste|hon visste|jag ville)|lov|"
            r"samtycke|min vetskap)\b",
            # "Det cirkulerar en video på en av tjejerna ... några killar säljer den" (set BJ).
            r"\b(?:cirkulerar|sprids|sprider|delas|skickas runt|gar runt) (?:en |ett |nagra )?"
            r"(?:video|film|filmer|bild|bilder|nudes|klipp)\w* (?:pa|av|med) (?:henne|honom|mig|"
            r"en av|en tjej|en kille|min|hennes|hans)\b"
            r"|\b(?:video|videon|film|filmen|bilder|bilderna|nudes)\b.{0,80}?\b(?:saljer|salde|"
            r"delar|sprider|lagt ut|lagger ut) (?:han |hon |de |dom |nan )?(?:den|dem|dom|de)\b",
            # "ngn har lagt ut mina nakisar i klassens gruppchatt" (set BK).
            r"\b(?:lagt|la|lade|lagger|lagg) ut (?:mina|hennes|hans|min|hennes) (?:\w+ )?(?:nakisar"
            r"|"
            r"nakenbilder|nudes|bilder|filmer|video|videos)\b",
            # Set DC: "mina gamla webcam klipp har laddats upp igen på en sida", "någon har
            # gjort ett fejk onlyfans med mina bilder och tar betalt för dom".
            r"\b(?:mina|hennes|hans) (?:\w+ ){0,2}?(?:bilder|klipp|filmer|videos?|nudes|nakisar)\b"
            r"(?: \w+){0,3}? (?:har )?(?:laddats upp|lagts upp|lagts ut|publicerats|dykt upp)\b"
            r"|\b(?:fejk|fake|falsk\w*)\w* ?(?:onlyfans|of|konto|profil|account)\w* (?:med|m) "
            r"(?:mina|hennes|hans) (?:\w+ )?(?:bilder|klipp|filmer|videos?|nudes)\b",
            # Set DG: "jag e 15 o han har mina bilder" (held over the writer).
            r"\b(?:han|hon|dom|de|killen|mannen|gubben|kunden) har (?:kvar )?(?:mina (?:\w+ )?"
            r"(?:bilder|nudes|nakisar|nakenbilder|filmer|videos)|(?:bilder|nudes|nakisar|"
            r"nakenbilder|filmer) (?:pa|av) (?:mig|mej))\b",
            # Set CF: "nån la upp mig på porrsajt".
            r"\b(?:la|lagt|lagger|lade) upp (?:mig|mej|bilder pa mig|mina bilder|filmer pa mig) "
            r"(?:\w+ )?(?:pa|till) (?:en )?(?:porrsajt\w*|porrsida\w*|natet|sajt\w*|sidan|"
            r"onlyfans|instagram|insta|tiktok|snap)\b",
            r"\b(?:bild|bilder|bilderna|bilden|nudes?|nakenbild\w*|video\w*|film|filmen|"
            r"filmer|filmat|klipp|klippet|pics?)\b\W+" + rf"{WORD}{{0,7}}?"
            r"(?:sprid\w*|spred\w*|spritt|lagt ut|lagts ut|lagger ut|lagga ut|lade ut|la ut|"
            r"la upp|lagt upp|lade upp|"
            r"delat\w*|delas|delade|skickat vidare|skickar vidare|skickade vidare|"
            r"skicka vidare|postat|postar|posta|publicer\w*|lackt|lacker|lacka|ute pa|"
            r"kommer ut|visa alla|visat alla)",
            r"\b(?:sprid\w*|spred\w*|lagt ut|lagger ut|lagga ut|lade ut|la ut|la upp|lagt upp|"
            r"lade upp|delat|delar|"
            r"skickat vidare|skickar vidare|postat|postar|lackt)\W+" + rf"{WORD}{{0,5}}?"
            r"(?:bild|bilder|bilderna|nudes?|nakenbild\w*|video\w*|film\w*|klipp\w*)\b",
            r"\b(?:sextortion|utpress\w*|blackmail\w*)",
            # "bilderna på mig ligger överallt", "filmen på mig finns på hela skolan" (set BP).
            r"\b(?:bilder|bilderna|bilden|nudes|nakisar|filmen|filmer|videon|videos?|klippet)"
            r" (?:pa|av|med) (?:mig|mej|henne|honom)\b (?:\w+ )?(?:ligger|finns|ar|e|gar|har gatt)"
            r" (?:runt |ute )?(?:overallt|pa natet|i hela|pa hela|ute|runt|i alla|hos alla|"
            r"i (?:\w+ )?(?:grupp|gruppchatt|chatt)\w*)",
            # Inverted: "annars lägger han ut mina nudes", "så sprider dom bilderna".
            r"\b(?:lagger|lade|la|skickar|sprider|postar|visar) (?:han|hon|dom|de|nan) (?:ut |upp |"
            r"vidare )?(?:\w+ ){0,2}?(?:bilder|bilderna|bilden|nudes|filmen|filmer|videon|"
            r"klippen)\b",
            r"\b(?:har|med) (?:\w+ )?(?:bilder|bilderna|filmer|videos?|nudes) (?:pa|av) (?:mig|mej|"
            r"henne)\b.{0,60}?\b(?:skicka|skickar|sprida|sprider|visa|visar|lagga ut|lagger ut)\b",
            r"\b(?:tar|tog|tagit) bilder (?:pa (?:mig|mej|henne) )?(?:o|och) (?:saljer|salde|"
            r"lagger ut|"
            r"lade ut|sprider) (?:dom|dem|de)\b",
            # "annars skickas filmen till min fru": passive, a threat.
            r"\b(?:skickas|sprids|laggs ut|visas|publiceras|delas) (?:\w+ ){0,2}?(?:filmen|bilderna"
            r"|"
            r"bilden|videon|klippet|nudesen)\b|\b(?:filmen|bilderna|bilden|videon|klippet) "
            r"(?:\w+ )?(?:skickas|sprids|laggs ut|visas|publiceras|delas) (?:till|for|pa)\b",
            r"\b(?:hotar|hotade|hotat) (?:att |med att )?(?:skicka|visa|sprida|lagga ut|posta|"
            r"dela) "
            r"(?:\w+ ){0,2}(?:bilder|bilderna|nudes|filmer|filmerna|videos?|videon|klipp)\b",
            r"\bskicka (?:mina|hennes|hans) (?:bilder|nudes|filmer|videos?)\w* till\b",
            r"\b(?:send|sends|show|shows|post|posts|share|shares|leak|leaks|spread)(?:ing)? "
            r"(?:all )?(?:my|her|his) (?:pictures|pics|photos|nudes|videos?)\b",
            r"\b(?:alla|hela skolan|hela klassen|alla i skolan|alla i klassen) (?:har )?(?:sett|"
            r"set) "
            r"(?:mina |hennes |hans )?(?:bilder|bilderna|nudes|videon|"
            r"filmen|filmerna)\b",
            r"\b(?:pics|pictures|nudes|photos|videos?) (?:are|is) (?:all )?over (?:the )?"
            r"(?:internet|school|snap\w*|insta\w*)\b",
            r"\b(?:pics|pictures|nudes|photos|videos?) (?:got|get|are|were|have been) "
            r"(?:out|leaked|shared|spread|posted)\b",
            # "screenshotted my pics and is sending them", "dykt upp på en sajt", "säljer filmen".
            r"\bscreenshot\w* (?:my|her|his) (?:pics|pictures|photos|nudes|snaps?)\b"
            r"|\b(?:nudes|bilder|bilderna|filmer|filmerna|filmen|videon|videos?|klippen) "
            r"(?:\w+ ){0,8}?"
            r"(?:dykt upp|hamnat|ligger ute|finns) (?:pa|i) (?:en |ett )?"
            r"(?:sajt|sida|natet|internet|"
            r"porrsajt|porrsida|forum|telegram)"
            # An images probe of our own: "min bild finns i en grupp", "mina nudes ligger på
            # ett fejkkonto", "bilden cirkulerar".
            r"|\b(?:min|mina|hennes|hans|var|vara) (?:\w+ )?(?:bild|bilder|bilden|bilderna|nudes?|"
            r"nakenbild\w*|video\w*|film|filmen|klipp\w*) (?:\w+ ){0,2}?(?:finns|ligger|sitter|"
            r"cirkulerar|gar runt|har hamnat|hamnade|dok upp|har dykt upp) (?:ute )?(?:pa|i) "
            r"(?:en |ett |nan |nat )?(?:\w+ )?(?:grupp\w*|chatt\w*|konto\w*|sajt\w*|sida\w*|"
            r"server\w*|kanal\w*|forum|telegram|discord|snap\w*|insta\w*|tiktok|natet|"
            r"internet|porr\w*)"
            r"|\b(?:fejkkonto|fake konto|fakekonto|fejkprofil)\w* (?:\w+ ){0,3}?(?:med|av) "
            r"(?:mina|hennes|hans) (?:bilder|nudes|nakenbilder|videos?|filmer)"
            r"|\b(?:bilder|bilderna|nudes|filmen|videon|klippet) (?:pa|av) (?:mig|mej|henne|honom) "
            r"(?:\w+ ){0,2}?(?:cirkulerar|gar runt|sprids|finns overallt)"
            r"|\b(?:filmat|filmade|fotat|fotade) (?:mig|mej|henne|honom) (?:o|och) "
            r"(?:saljer|salde|lagt ut|lagger ut|sprider|delar)\b",
            # Set GE: "threatening to send my old escort photos to my university", "my nudes
            # from when i was 14 are on some website".
            r"\b(?:threaten\w*|threats?) (?:me )?(?:to|that (?:he|she|they)(?:'ll| will)) (?:send|"
            r"share|post|leak|show|spread) my (?:\w+ ){0,2}?(?:photos|pics|pictures|nudes|"
            r"videos?)\b"
            r"|\bmy (?:nudes|pics|photos|pictures|videos?)\b.{0,40}?\b(?:are|is|were|got|ended up) "
            r"(?:\w+ )?(?:on|up on|posted on) (?:some|a|the|an) (?:website|site|forum|porn site|"
            r"group|server)\b"
            r"|\b(?:sharing|shared|posted|posting|leaked|spreading|spread) (?:\w+ ){0,2}"
            r"(?:nudes|pics|pictures|photos|videos?|content|clips?)\b",
        ]
    ),
    # Wants to stop selling or get out.
    "danger": "|".join(
        [
            rf"\b{THEY} (?:ar|e|star|sitter|vantar) (?:kvar|utanfor|pa vag|i rummet|i lagenheten|"
            r"i hallen|bredvid)\b|\b{THEY} (?:star|sitter|vantar) har\b",
            # (Not a habit: "när hon är här bor hon hos mig", set DW.)
            rf"(?<!nar )(?<!om )(?<!da )\b{THEY} (?:ar|e) har\b",
            rf"\b(?:kommer|ska|tanker|hotar att|hotade att) (?:att )?(?:doda|mord\w*|"
            rf"skada|sla ihjal|knivhugga) {ME}",
            rf"(?<!behover )(?<!vill ha )(?<!fa )\b(?:hjalp|help) {ME}? ?(?:nu|snabbt|asap|fort)\b",
            r"\b(?:will|gonna|going to) kill me\b|\b(?:is|he's) coming back\b",
            # Set CF: "e 16 o köparen blir aggro nu", "fast på ett hotell, hjälp".
            r"\b(?:kunden|koparen|torsken|han|mannen) (?:blir|ar|e|borjar bli) (?:\w+ )?(?:aggro|"
            r"aggressiv|valdsam|hotfull|arg) (?:nu|just nu)\b"
            r"|(?:^\W*|\b(?:sitter|ar|e) )fast (?:pa|i) (?:ett |en )?(?:hotell\w*|lagenhet\w*|rum|"
            r"bil\w*)\b",
            # Set BC: the one who hurt the writer is still there ("he in shower now").
            r"\b(?:he|she|they|the man|the client|the customer|client|customer)(?:'s| is| are)? "
            r"(?:still |now )?(?:here|in (?:the )?(?:shower|bathroom|toilet|next room|other room|"
            r"kitchen|hall|bed|car)|sleeping in|outside (?:the|my) door)\b.{0,30}?\bnow\b"
            r"|\bnow (?:he|she|they) (?:is |are )?(?:\w+ )?(?:in (?:the )?(?:shower|bathroom|"
            r"toilet|next room|other room)|sleeping|outside)\b",
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
            r"\b(?:skrev|skriver|skickade|smsade|sms|messade) (?:\w+ ){0,4}?(?:hjalp mig|help "
            r"me)\b",
        ]
    ),
}
