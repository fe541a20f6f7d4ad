"""The writer's own unwanted sexuality, wanting out, and health questions."""

from __future__ import annotations

from typing import Dict

from engine.nlu.lexicon.common import WORD, WRITER, near

NEED_SIGNS: Dict[str, str] = {
    "unwanted": "|".join(
        [
            # Set CT: "tränar ett lag med 11-åringar och får tankar om dom som skrämmer mig".
            r"\b(?:far|fatt|har|haft|fick) (?:\w+ )?(?:tankar|fantasier|kanslor) (?:om|kring|for) "
            r"(?:dom|dem|barnen|eleverna|spelarna|killarna|tjejerna|ungarna)\b"
            r"(?=.{0,60}\b(?:skrammer|inte vill|skams|skammer|ar fel|vill inte)\b)",
            # Sets DR, DS: "17 å har fått sexuella tankar om min lillasysters kompisar som är
            # typ 10", "kan inte sluta tänka sexuella saker om barnen jag är barnvakt åt".
            # (The writer's own: "han har sexuella tankar om barn" is not.)
            r"\b(?:(?:jag|ja|jg) (?:\w+ ){0,3}?|(?:fatt|far|fick|haft|mina|sluta|inte) )"
            r"(?:(?:sexuella|sexiga|snuskiga|sjuka) (?:tankar|fantasier|kanslor|bilder i huvudet)"
            r"|(?:tanka|tanker|tankt|tankte|fantisera|fantiserar|fantiserat) (?:\w+ )?"
            r"(?:sexuella saker|sexuellt|snuskiga saker|pa sex|sexigt)) (?:om|kring|pa|med|for) "
            r"(?:\w+ ){0,4}?(?:barn|barnen|ungar|ungarna|smabarn|bebisar|elever|eleverna|"
            r"yngre (?:barn|tjejer|killar|kusiner)|\w+ som (?:ar|e|va|var) (?:typ |bara |runt |ca |"
            r"kanske )?(?:[1-9]|1[0-3])\b)",
            # Set GI and terminology.md: compulsive behaviour ("compulsive hookups ... can't
            # stop", "tappat kontrollen över porr", "tvångsmässigt sexuellt beteende").
            r"\b(?:tappat|tappar|forlorat|forlorar|ingen) (?:\w+ )?kontroll(?:en)? (?:over|pa) "
            r"(?:\w+ )?(?:porr\w*|sex\w*|mitt sexliv|min sexualitet|onan\w*)"
            r"|\btvangsmassig\w* (?:sex\w*|porr\w*|onan\w*)|\bhypersexu\w*"
            r"|\bcompulsive (?:hook ?ups?|sex\w*|porn|masturbat\w*|cheating)"
            r"|\b(?:lost|losing|no) control (?:over|of) (?:my )?(?:porn|sex\w*|hook ?ups?)"
            # Set GP: "people with sexual compulsions? ... hooking up with strangers constantly
            # and I cant stop"; "sexuella tvångshandlingar".
            r"|\bsexual (?:compulsions?|compulsivity|addiction|urges i can'?t control)\b"
            r"|\bsexuell\w* (?:tvang\w*|tvangshandling\w*)\b"
            r"|\b(?:hooking up|sleeping around|having sex|hook ?ups?) (?:\w+ ){0,4}?(?:and )?i "
            r"(?:can'?t|cant|cannot|can not) stop\b",
            # Set DM: "har börjat kolla på sexuella grejer med mycket yngre barn på nätet";
            # "watching sexual stuff with much younger kids online".
            r"\b(?:kolla\w*|titta\w*|ser|sett|laddar ner|laddat ner|sparar|sparat) "
            r"(?:pa )?(?:\w+ )?"
            r"(?:sexuella|sexiga|sex|porr|naken|nakna)\w* (?:\w+ )?(?:med|pa|av) (?:\w+ ){0,2}?"
            r"(?:barn|ungar|smabarn|yngre (?:tjejer|killar|barn))\b"
            # Set DS: "kollar på grejer på nätet som jag vet e fel, med folk som e mycket yngre
            # än mig. vill sluta men klarar inte".
            r"|\b(?:kolla\w*|titta\w*|ser|sett|laddar ner|laddat ner|sparar|sparat) (?:pa )?"
            r"(?:grejer|saker|bilder|filmer|videos|klipp|material)\b.{0,50}?\b(?:med|pa|av) "
            r"(?:folk|personer|barn|ungar|tjejer|killar) som (?:ar|e) "
            r"(?:mycket |mkt |mycke |lite )?"
            r"(?:yngre|sma|sa unga|minderariga|barn)\b"
            r"|\b(?:watch|watching|watched|looking at|look at|looked at|download\w*|sav\w*) "
            r"(?:\w+ )?(?:sexual|sexy|porn|nude|naked)\w* (?:\w+ )?(?:of|with|involving) "
            r"(?:\w+ ){0,2}?"
            r"(?:kids|children|minors|younger (?:girls|boys|kids))\b",
            # Set CQ: "får impulser att skicka dickpics till folk som inte vill ha dom".
            r"\b(?:impulser|impuls|begar|suget|lust|tvang) (?:att|till att) (?:skicka|visa|ta) "
            r"(?:\w+ )?(?:dickpics|dickpic|kukbilder|nakenbilder|mig naken|kuken)\b"
            r"|\b(?:skicka|skickar|skickat|skickade) (?:\w+ )?(?:dickpics|dickpic|kukbilder|"
            r"nakenbilder) (?:\w+ )?till (?:folk|tjejer|killar|personer|nan|nagon|okanda) som "
            r"(?:inte|aldrig) (?:vill|bett om|bad om|ville)\b",
            # Set BR: "när jag spelar roblox skriver jag till yngre tjejer o vill att dom ska
            # skicka bilder": a young writer's own urges towards younger children.
            r"\b(?:skriver|skrivit|chattar|chattat|snackar|pratar|addar|lagger till) (?:\w+ )?"
            r"(?:till|med) (?:\w+ )?(?:yngre|sma|smaa|minderariga) (?:tjejer|killar|barn|ungar|"
            r"flickor|pojkar)\b(?=.{0,80}\b(?:bilder|nudes|pics|sexuell\w*|sjukt|fel|sluta|"
            r"skams|aklig)\b)"
            r"|\b(?:text|texting|message|messaging|chat|chatting|dm|dming|add|adding) (?:\w+ )?"
            r"(?:to|with) (?:\w+ )?(?:younger|little) (?:girls|boys|kids|children)\b"
            r"(?=.{0,80}\b(?:pics|pictures|nudes|photos|sexual\w*|sick|wrong|stop|ashamed)\b)",
            # Set BU: "tror han kollar på sexuella grejer med barn på datorn".
            r"\b(?:tittar|tittat|kollar|kollat|ser|sett|laddar ner|sparar) (?:pa )?(?:\w+ )?"
            r"(?:sexuella|sexiga|porr\w*) (?:grejer|saker|bilder|filmer|videos?|klipp)? ?"
            r"(?:med|pa|av|om) (?:sma |unga |yngre |riktigt unga )?(?:barn|ungar|minderariga|"
            r"smabarn)\b",
            # Set CA: "tittar på grejer på nätet med folk som e yngre än mig".
            r"\b(?:tittar|tittat|kollar|kollat|ser|sett) (?:pa )?(?:grejer|bilder|filmer|saker|"
            r"videos?|klipp|porr)\b.{0,30}?"
            r"\b(?:folk|personer|barn|ungar|tjejer|killar) som (?:ar|e) yngre\b",
            # Set BD: "sexmissbruk, e det en grej?": an addiction to sex is the writer's own.
            r"\bsex ?(?:missbruk|beroende|addiction|addict)\w*|\bsexmissbrukare\b"
            r"|\b(?:beroende|addicted) (?:av|to) sex\b",
            # Set BD: "min styvdotter är 12 ... har haft tankar om henne länge och ikväll är
            # det värre": thoughts about a child that grow are the writer's own urges.
            r"\b(?:har|haft|har haft|fatt|far) (?:\w+ )?tankar (?:om|pa|kring) "
            r"(?:henne|honom|hen)\b"
            r".{0,40}\b(?:lange|varre|starkare|hela tiden|kan inte sluta|blir fler|vaxer)\b",
            # "fantiserar om att ta någon med våld ... vill ha hjälp innan nåt händer".
            r"\bfantiser\w* (?:om|kring) att (?:ta|tvinga|valdta|skada|forgripa sig pa) "
            r"(?:nagon|nan|en tjej|en kille|barn|ett barn)\b",
            # Set GT, said in Swedish: "kollar på saker på nätet jag vet att jag inte borde,
            # unga grejer".
            r"\b(?:kollar|tittar|kollat|tittat|laddar ner|sparar) (?:pa )?(?:saker|grejer|bilder|"
            r"filmer|porr|klipp|material) (?:pa natet |online )?(?:som )?(?:jag vet )?(?:att )?"
            r"(?:jag )?(?:inte|int) (?:borde|ska|far)\b(?=.{0,60}\b(?:unga|barn|minderarig\w*|"
            r"smabarn|tonaring\w*|sma)\b)",
            # Set GS, said in Swedish: "tänder på sexgrejer på nätet som äcklar mig, känner mig
            # som ett monster".
            r"\b(?:tander|kat|upphetsad|upphetsas|blir kat) (?:pa|av) .{0,60}?\b(?:acklar|ackligt|"
            r"acklig|skams|skammas|fel|sjukt|monster|pervers|hatar mig sjalv)\b"
            r"|\b(?:kanner mig|kanns som|ar) (?:som )?(?:ett )?(?:monster|pervo|pervers)\b"
            r"(?=.{0,80}\b(?:sex\w*|tander|kat|porr|upphets\w*|tankar)\b)"
            r"|\b(?:sex\w*|tander|kat|porr)\b.{0,80}\b(?:kanner mig|kanns som) (?:som )?(?:ett )?"
            r"(?:monster|pervo|pervers)\b",
            # "min sexualitet känns som ett tvång", "sexchattar med främlingar hela nätterna".
            r"\bsexualitet\w* (?:kanns|ar|har blivit) (?:som )?(?:ett )?(?:tvang|beroende|"
            r"missbruk)|\btvangsmassig\w* (?:sex|porr|onan\w*)|\bsexchatt\w* .{0,40}?(?:hela "
            r"(?:natterna|natten|tiden|dagarna)|kan inte sluta)|\bbesatt av att (?:filma|titta|"
            r"smygfilma|kolla)",
            rf"\b{WRITER}\b\W+{WORD}{{0,8}}?(?:tankar|tanker|fantasi\w*|attraher\w*|dras till|"
            r"tander pa|kat pa|upphets\w*|intresse\w*|intresserad|lockad\w*|lockas|"
            r"fastnat for|sexuellt dragen|fantiser\w*)\W+" + rf"{WORD}{{0,6}}?"
            r"(?:barn|ungar|minderarig\w*|smabarn|sma flickor|sma pojkar|under 15|"
            r"(?:som )?ar 1[0-4]\b|"
            r"tonaring\w*|1[0-4] ?-?ar\w*|yngre tjejer|yngre killar|"
            # Someone in the writer's care: "fantisera om en elev", "tankar om en patient".
            r"(?:en |min |mina |ett av )?(?:elev|elever|eleverna|patient|patienter|brukare|"
            r"scout\w*|spelare|konfirmand\w*|barnen jag|barnet jag))\b",
            # Said without "jag": "är lärare och har börjat fantisera om en elev".
            r"\b(?:har borjat|borjat|borjar|brukar|kan inte sluta) (?:att )?"
            r"(?:fantisera|fantiserar|tanka sexuellt|tanker sexuellt) (?:\w+ )?(?:om|pa|kring) "
            r"(?:en av |ett av )?"
            r"(?:en |min |mina |vara |ett )?(?:elev\w*|patient\w*|brukar\w*|barn\w*|tonaring\w*|"
            r"1[0-7] ?-?aring\w*|spelar\w*|scout\w*|konfirmand\w*)\b",
            rf"\b{WRITER}\b\W+{WORD}{{0,6}}?(?:tittar|kollar|laddar|sett|tittat|kollat|"
            r"sparat|sparar)\W+" + rf"{WORD}{{0,4}}?(?:barnporr|overgreppsmaterial|"
            r"overgreppsbilder|overgreppsfilm\w*|bilder pa barn)",
            rf"\b{WRITER} (?:ar|e|kanske ar|tror (?:att )?jag ar|ar nog) (?:en )?pedofil",
            # Set AM: "blir upphetsad av våld i porr och det skrämmer mig".
            rf"\b{WRITER} (?:\w+ ){{0,4}}?(?:blir|ar|e) (?:\w+ )?(?:upphetsad|kat|tand) (?:av|pa) "
            r"(?:vald|att (?:skada|tvinga|strypa|sla)|tvang|overgrepp|valdtakt\w*|barn)\b",
            # "i think about force a girl to have sex with me" (set AU).
            r"\b(?:think|thinking|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) "
            r"(?:force|forcing|rape|raping|hurting|hurt) (?:a |an |some )?(?:girl|woman|someone|"
            r"people|kids?|child|her|women|girls)\b|"
            r"\b(?:urges?|thoughts?|fantas\w*|impulses?) (?:\w+ )?(?:to|about) (?:force|forcing|"
            r"rape|raping|hurt|hurting) (?:women|woman|someone|people|girls|her|kids|children)\b",
            # "i keep looking at stuff with younger kids", "attracted to kids".
            r"\b(?:looking at|look at|watching|watch|downloading|searching for|attracted to|"
            r"turned on by) (?:\w+ ){0,3}?(?:with |of |involving )?(?:young |younger |little )?"
            r"(?:kids|children|minors|teens|girls under|boys under)\b",
            r"\b(?:thoughts?|fantas\w*|urges?|attraction|feelings) (?:about|to|towards|for) "
            r"(?:young |younger )?(?:teens?|kids|children|minors|little (?:girls|boys))\b",
            r"\b(?:exposing myself|flashing people|blottar mig|blotta mig|blottat mig|"
            r"smygfilma\w*|smygtitta\w*|exhibitionis\w*|voyeur\w*)",
            # A follow-up answer: "om yngre barn", "det handlar om barn" (short).
            r"^\W*(?:(?:det )?(?:handlar|galler) )?(?:om|about) (?:yngre |sma |smaa |younger )?"
            r"(?:barn|ungar|minderariga|kids|children)\b(?!(?:\W+\w+){16})",
            r"^\W*(?:mest|mestadels|framforallt|typ|oftast|bara) (?:\w+ )?(?:med|om|pa) (?:valdigt "
            r"|"
            r"riktigt |sma |)?(?:unga|yngre|barn|minderariga|tonaringar|smabarn)\b"
            r"(?!(?:\W+\w+){16})",
            # Urges near children now: "sitter vid en lekplats och har urges".
            r"\b(?:urges?|impulser|impulsen|begar|suget)\b.{0,60}?\b(?:lekplats\w*|skolgard\w*|"
            r"barn|ungar|forskola\w*)\b|\b(?:lekplats\w*|skolgard\w*|forskola\w*)\b.{0,60}?"
            r"\b(?:urges?|impulser|impulsen|begar|suget)\b",
            # "kan inte sluta tänka på att göra saker mot min lillebror".
            r"\bgora (?:saker|grejer|nat|nagot|sexuella saker) (?:mot|med) (?:min|mitt|mina) "
            r"(?:\w+ )?(?:lillebror|lillasyster|syster|bror|kusin|barn|systerdotter|brorsdotter|"
            r"systerson|brorson|elev|elever)\b",
            # Set AX: "kollar på grejer på nätet som har med små barn att göra", "tittar på
            # saker med små barn".
            r"\b(?:tittar|kollar|kolla|titta|laddar ner|soker|soker efter|sparar) (?:pa )?"
            r"(?:grejer|saker|bilder|filmer|videos|klipp|material)\b(?:\W+\w+){0,4}?\W+(?:(?:pa|"
            r"som har med|av) (?:sma |unga |yngre )?(?:barn|ungar|smabarn)|med (?:sma|unga|yngre) "
            r"(?:barn|ungar))\b",
            # Sets AV: "tänker sexuella saker om ... som e 10", "tänker saker ja inte borde
            # asså sexuellt om mycket yngre barn": thoughts, sexual, a child's age or children.
            r"\b(?:tanker|tankar|tankt|fantiserar|fantiserat|fantasier)\b(?:\W+\w+){0,6}?\W+"
            r"sexuell\w*\b(?:\W+\w+){0,8}?\W+(?:barn|ungar|smabarn|minderariga|(?:ar|e) "
            r"(?:[1-9]|1[0-4])\b|[1-9] ?-?ar(?:ingar)?\b|1[0-4] ?-?ar(?:ingar)?\b)",
            # "sexuella tankar om barn alltså": the thoughts named without "jag".
            r"\bsexuella? (?:tankar|fantasier|kanslor|impulser|bilder) (?:\w+ )?(?:om|pa|kring|for|"
            r"mot|till) (?:\w+ )?(?:barn|ungar|minderariga|smabarn|tonaringar|sma flickor|"
            r"sma pojkar)\b",
            r"\bsexuellt (?:intresserad|attraherad|dragen|lockad|upphetsad) (?:av|till|mot) "
            r"(?:barn|minderariga|ungar|smabarn)\b",
            # "e en kille på 16 o får tankar om att tvinga tjejer".
            r"\b(?:far|har|fatt|haft|fick) (?:\w+ )?(?:tankar|fantasier|impulser|lust|bilder i "
            r"huvudet) (?:om|pa) (?:att )?(?:tvinga|valdta|skada|forgripa sig pa) (?:nagon|nan|"
            r"tjejer|killar|kvinnor|folk|barn|henne|honom|min \w+)\b",
            rf"\b{WRITER}\b\W+{WORD}{{0,6}}?(?:vill|lust|impuls\w*|tankar|fantiser\w*|drommer|"
            r"drift\w*|begar|behov)\W+"
            + rf"{WORD}{{0,4}}?(?:tvinga|valdta|skada) (?:nagon|nan|henne|honom|folk|min \w+|"
            r"kvinnor|tjejer|killar|barn)",
        ]
    ),
    # Someone chatting sexually with children (a relative writes: Preventell).
    "unwanted_other": r"\b(?:chattar|skriver|pratar|har kontakt) (?:med|me) (?:\w+ )?"
    r"(?:1[0-4] ?-?ar\w*|barn|minderarig\w*|smabarn)\b",
    # Forced, pimped, trafficked, controlled: a victim of crime.
    "exit": "|".join(
        [
            r"\bsluta (?:for gott|helt|salja|med (?:det|sex|escort|eskort|detta|det har)|ta betalt|"
            r"traffa (?:kunder|gubbar|man)|eskorta|ta emot|jobba med det|som escort)",
            r"\b(?:ta mig|komma|kliva|ta sig) (?:ur|bort fran|ut ur) (?:det|detta|branschen|"
            r"det har|livet|den har|den varlden)",
            r"\b(?:hoppa av|lamna (?:branschen|det har livet|det livet|det har))\b",
            r"\b(?:ta|tar) (?:man |jag |ja )?(?:mig|sig) (?:ur|ut ur|bort fran) "
            r"(?:prostitution\w*|sexhandel\w*|sexarbete\w*|escort\w*)",
            r"\bvill (?:ut|bort) (?:ur|fran)\b|\b(?:get out|quit|stop selling|want out)\b",
            r"^\W*(?:jag |ja )?vill (?:bara )?ut\b(?! (?:och|o|pa|i|med|me|ikvall))",
            r"\binte vill (?:salja|gora det|traffa kunder) (?:mer|langre)",
            r"\b(?:ett annat liv|borja om|nytt liv)\b",
            # "jag vill bara sluta" with the men or the selling named near it.
            near(r"(?:jag|ja) vill (?:bara )?sluta", r"(?:man|kunder|kunderna|salja|saljer|salt|"
                 r"escort\w*|gubbar|torskar)", 12),
            r"\b(?:raderade|raderat|tog bort|tagit bort|slutat med) (?:alla )?(?:min |mina )?"
            r"(?:annons|profil)\w*",
            # "blockat alla män, vill aldrig tillbaka" (set CP).
            r"\b(?:blockat|blockade|blockerat|blockerade|blockar) (?:alla )?(?:mina )?"
            r"(?:kunder|kunderna|"
            r"man|mannen|gubbar|gubbarna|torskar|torskarna|sugardaddies|sugar daddies)\b",
        ]
    ),
    # Health: testing, infections, a broken condom, pregnancy.
    "health": "|".join(
        [
            # Set CQ: "e det farligt med analsex första gången?": a question about sex itself.
            r"\b(?:farligt|ont|skadligt|riskabelt|ofarligt|normalt) (?:med|att ha|att|nar man har) "
            r"(?:\w+ )?(?:analsex|oralsex|anal|sex forsta gangen)\b"
            r"|\b(?:gor|gora) (?:det )?ont (?:med|att ha|nar man har) "
            r"(?:\w+ )?(?:analsex|sex|anal)\b",
            # Set GT, said in Swedish: "ett sår som inte läker", "betala för att träffa en läkare".
            r"\b(?:sar|utslag|infektion|eksem|knol|blasa|blasor)\w* (?:som )?(?:inte|int|aldrig) "
            r"(?:vill )?(?:laker|lakt|gar over|gatt over|forsvinner|blir battre)\b"
            r"|\b(?:betala|kosta|kostar) (?:\w+ ){0,2}?(?:for att )?(?:traffa|ga till|se|besoka) "
            r"(?:en |ett )?(?:lakare|doktor|vardcentral\w*|barnmorska|sjukskoterska|gyn\w*)\b",
            # Set BU: "tar hormoner jag köper på nätet utan recept, e det farligt?", "vågar
            # inte gå till vården".
            r"\b(?:hormoner|mediciner|tabletter|piller|sprutor)\b.{0,40}?\butan recept\b"
            r"|\b(?:vagar|tor|kan) (?:inte|int) (?:ga |soka |aka )?(?:till )?(?:varden|lakaren|"
            r"doktorn|vardcentralen|akuten|ungdomsmottagningen)\b"
            r"|\b(?:hormones|meds|pills)\b.{0,40}?\bwithout (?:a )?prescription\b",
            r"\btesta (?:mig|sig|oss)\b|\btestat\b|\bprovtag\w*|\bta prov\w*",
            # "vart testar man sig", "vill göra en hälsokontroll", "a check-up".
            r"\btestar? (?:man|jag|ja|vi|du) (?:mig|sig|oss|dig)\b|\bhalsokontroll\w*"
            # "jag vill att hon testar sig regelbundet" (set DR).
            r"|\b(?:hon|han|hen|dom|de|min \w+) (?:\w+ )?(?:testar|testa|testat|testas) "
            r"(?:sig|sej)\b"
            r"|\b(?:kolla|undersoka|checka) (?:upp )?(?:mig|min halsa|underlivet)\b"
            r"|\bcheck ?-?ups?\b|\bget (?:myself )?(?:checked|tested)\b"
            # "does mika hälsa do pap smears?" (set GN).
            r"|\bpap (?:smears?|tests?)\b|\bcellprov\w*|\bgyn(?:ecolog\w*|aecolog\w*|ekolog\w*)\b"
            # Set BC, English as a second language: "need test", "want make hiv test".
            r"|\b(?:need|want|must|can i) (?:to )?(?:make |do |take |get )?(?:a |an |the )?"
            r"(?:hiv |sti |std |sex |blood |health )?(?:test|testing|tests)\b",
            r"\b(?:std|stds|sti|stis|hiv|prep|klamydia|gonorre|syfilis|herpes|kondylom|"
            r"hepatit\w*|konssjukdom\w*|smittad|smitta\w*|infektion\w*)\b",
            r"\bkondom\w*\W+(?:\w+\W+){0,4}(?:sprack|gick sonder|hal|trasig|gled av|ramlade av)",
            # "var kan han fråga om kondomer o sånt" (set CK): protection asked about.
            r"\b(?:kondomer|preventivmedel\w*|p-stav\w*|skydd mot graviditet)\b",
            r"\bcondom (?:broke|split|came off|slipped|tore)\b",
            # Hurt, or no condom: "much pain in the arm", "customer no condom".
            r"\b(?:ont|smarta|smartor|vark) i (?:armen|benet|magen|huvudet|underlivet|handen|"
            r"ryggen|bröstet|brostet|halsen)\b|\b(?:pain|hurts?) in (?:the |my )?\w+\b"
            r"|\bno condom\b|\bwithout (?:a )?condom\b|\butan kondom\b",
            r"\b(?:gravid\w*|akut-?p|dagen efter-?piller|p-piller|abort\w*|mens\w*|flytning\w*)",
            # "how often should i test", "vill testa mig för klamydia".
            r"\b(?:should|can|do|where|how|need to) (?:\w+ ){0,3}?(?:i|we|you) (?:get "
            r")?test(?:ed)?\b"
            r"|\btest (?:myself|for (?:std|sti|hiv|infections))\b",
            r"\b(?:sveda|svider|branner|kliar|klada|utslag|blasor|sar) (?:\w+ ){0,3}?(?:nar (?:jag|"
            r"ja) "
            r"kissar|i underlivet|dar nere|i slidan|pa snoppen|pa penis)",
            r"\b(?:barnmorska\w*|gynekolog\w*|vardcentral\w*|ungdomsmottagning\w*|"
            r"see a doctor|std test|get tested|morning after)\b",
            # Set BN: "har blött från ändtarmen", "blöder från underlivet".
            r"\b(?:blott|bloder|blodde|blor|blodit) (?:\w+ )?(?:fran|ur|i) (?:andtarmen|underlivet|"
            r"slidan|snippan|rumpan|baken|stjarten|anus)\b|"
            r"\bblodning\w*|\b(?:behover|vill ha|soka|fa) (?:\w+ ){0,2}vard\b|\bnan vard\b|"
            r"\bfeber\b|\bont i (?:magen|underlivet|slidan|rumpan)\b|\bakuten\b|"
            r"\bhiv ?test\w*|\bpregnant\b|\b(?:need|see) a (?:doctor|midwife|nurse)\b|"
            r"\b(?:svider|kliar|klada|kladan)\b|\bont (?:i underlivet|nar jag kissar|dar nere)",
            # Set DJ: someone else's pain ("gor ont nar han kissar"), a smell, a doctor.
            r"\b(?:ont|svider|sveda|branner|kliar) (?:\w+ )?nar (?:jag|ja|han|hon|hen|man) "
            r"(?:kissar|kissa|pinkar)\b"
            r"|\b(?:lukt\w*|luktar) (?:\w+ ){0,2}?(?:dar nere|i underlivet|fran underlivet|"
            r"fran slidan)\b"
            r"|\b(?:ga|aka|komma) (?:till )?(?:en )?(?:doktor\w*|lakare\w*)\b"
            r"|\b(?:burns?|hurts?|stings?) when (?:he|she|they) (?:pees?|piss\w*)\b"
            r"|\b(?:go|goes|going) to (?:a |the )?(?:doctor|clinic)\b",
            # The body after a drug or a blow (blind set AR): a racing heart, strange sight;
            # "pain down there" in English.
            r"\b(?:hjartat|pulsen) (?:rusar|bankar|slar (?:jatte|skit)?(?:fort|hart))|"
            r"\b(?:rusar|bankar) hjartat\b|\bser (?:konstigt|suddigt|dubbelt)\b|"
            r"\bpain (?:down there|in my (?:vagina|private))\b",
            # Set AW, in English: "it burns when I pee", "itching down there".
            r"\b(?:burns?|burning|stings?|hurts?|itch\w*) (?:\w+ ){0,2}?(?:when i (?:pee|piss)|"
            r"down there)\b|\b(?:discharge|rash) down there\b",
        ]
    ),
    # Someone who works with people and asks for advice.
}
