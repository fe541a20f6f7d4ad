"""Who is concerned: a professional, someone close, a child, the writer as doer."""

from __future__ import annotations

from typing import Dict

from engine.nlu.lexicon.common import WRITER
from engine.nlu.lexicon.english import EN_RELATIVES

# "en kompis till mig", "en vän till mig": someone close, named without "min".
CLOSE_TO_ME = (
    r"\b(?:en|ett|nan|nagon) (?:\w+ )?(?:kompis|van|vannina|vaninna|kusin|lillkusin|"
    r"klasskompis|granne|"
    r"tjejkompis|"
    r"killkompis|bekant) (?:till|av) (?:mig|mej)\b"
)

# Roles of people who meet others in their work, folded. A writer who says they are one,
# or opens with one ("fältare här", "kurator,"), asks as a professional. Not "min
# tränare", "min kurator": the writer's own coach or counsellor.
_ROLES = (
    r"(?:kurator|skolkurator|skolskoterska|skolsyster|skolpsykolog|faltassistent|faltare|"
    r"faltsekreterare|socialsekreterare|socialarbetare|ungdomsbehandlare|socionom|behandlingsassistent|behandlingspedagog|"
    r"behandlare|hvb-personal|hvb personal|boendestodjare|boendepersonal|handlaggare|"
    r"lss-handlaggare|bistandshandlaggare|personlig assistent|barnmorska|sjukskoterska|"
    r"underskoterska|lakare|psykolog|psykoterapeut|terapeut|larare|mentor|rektor|"
    r"specialpedagog|studievagledare|fritidsledare|fritidspedagog|ungdomscoach|ungdomsvardare|"
    r"ungdomsledare|polis|aklagare|advokat|jurist|malsagandebitrade|prast|diakon|imam|pastor|"
    r"volontar|familjehemsforalder|kontaktperson|god man|tolk|stodperson|frivardsinspektor|"
    r"kriminalvardare|sfi-larare|elevassistent|barnskotare|forskollarare|kvinnojour\w*|"
    r"school nurse|teacher|social worker|youth worker|counsel+or|"
    # Volunteers out at night (set CT): "vi är ett gäng nattvandrare".
    r"nattvandrare|nattvandrarna|nattvandring|night walkers?|"
    # Others who see it at work (a probe of our own): care, transport, hotels, sport, church.
    r"tandlakare|tandhygienist|tandskoterska|fysioterapeut|sjukgymnast|arbetsterapeut|"
    r"apotekare|ambulanssjukvardare|ambulanspersonal|vardbitrade|vaktare|ordningsvakt|"
    r"receptionist|hotellpersonal|nattportier|taxichauffor|taxiforare|busschauffor|"
    r"vikarie|lararvikarie|idrottsledare|scoutledare|konfirmandledare|ungdomspastor|"
    r"bibliotekarie|skolvard\w*|elevcoach|socialpedagog|fritidsassistent|"
    # Sport: "fotbollstränare för ett pojklag", "lagledare".
    r"tranare|fotbollstranare|handbollstranare|hockeytranare|innebandytranare|"
    r"basketbollstranare|simtranare|ridlarare|lagledare|klubbledare|"
    # "jag är ledare i en simklubb" (set BJ): a leader of a club or a group.
    r"ledare(?= (?:i|pa|for|inom) (?:en |ett |var |vart )?\w*(?:klubb\w*|forening\w*|lag\w*|"
    r"scout\w*|grupp\w*|kyrka\w*|forsamling\w*)))"
)
_WORKPLACES = (
    r"(?:ungdomsmottagning\w*|elevhalsa\w*|bup|tjejjour\w*|kvinnojour\w*|killjour\w*|"
    r"skyddat boende|frivard\w*|kriminalvard\w*|migrationsverket|arbetsformedling\w*|"
    r"socialjour\w*|fritidsgard\w*|hvb\w*|stodboende|familjehem\w*|akuten|psykiatri\w*|"
    r"barnahus\w*|polisen|aklagarmyndighet\w*|advokatbyra\w*|forsamling\w*|moske\w*|"
    r"kyrka\w*|sis|sis-hem\w*|ungdomshem\w*|behandlingshem\w*|hotell\w*|vardcentral\w*|"
    r"tandvard\w*|apotek\w*|reception\w*|"
    # Disability services: "daglig verksamhet (LSS)", "en gruppbostad".
    r"daglig verksamhet|dagverksamhet|lss\w*|gruppbostad\w*|servicebostad\w*)"
)

PEOPLE_SIGNS: Dict[str, str] = {
    "professional": "|".join(
        [
            # Set DE: "umo-mott: kille 16 säger ...", "hur hänvisar vi honom bäst?".
            r"^\W*(?:umo|ungdomsmottagning\w*|soc|socialtjanst\w*|bup|vardcentral\w*|elevhalsa\w*|"
            r"hvb|polis\w*)[ -]?(?:mott\w*)?\s*:"
            # Set DX: "Avdelningen på SiS: en pojke på 16 ...", "personalen på boendet:".
            r"|^\W*(?:avdelningen|avd|personal|personalen|vi|natten|kvallen) (?:pa|vid) (?:ett "
            r"|vart )?"
            r"(?:sis|hvb|lss|boendet|institutionen|ungdomshemmet|behandlingshemmet)\w*\b"
            r"|\bhur (?:hanvisar|slussar) (?:vi|jag|man) (?:honom|henne|hen|dem|dom|den unga|"
            r"ungdomen|eleven|klienten|patienten)\b",
            rf"(?:\b{WRITER} |^\W*)(?:jobbar|arbetar|ar anstalld|ar) "
            r"(?:som|pa|inom|med|i) (?:\w+ )?(?:ett |en )?(?:\w+ )?"
            r"(?:\w*boende\b|ungdomsboende|jourhem\w*|harbarge\w*|klinik\w*|mottagning\w*|"
            r"sjukhus\w*|lsu|skyddat boende)|"
            rf"(?:\b{WRITER} |^\W*)(?:jobbar|arbetar|ar anstalld|ar) "
            # "jobbar natt på ett HVB" (set BH): the shift before the place.
            r"(?:(?:natt|natter|dag|dagtid|kvall|kvallar|helger|extra|deltid|heltid|som vikarie) )?"
            r"(?:som|pa|inom|med|i) (?:\w+ )?"
            r"(?:kurator|skolskoterska|larare|socialsekreterare|behandlare|"
            r"fritidsledare|ungdomsvardare|handlaggare|polis|barnmorska|sjukskoterska|"
            r"lakare|psykolog|mentor|rektor|boendestod\w*|hvb|skola|skolan|elevhalsa\w*|"
            r"socialtjanst\w*|soc|ungdomsmottagning\w*|fritidsgard\w*|stodboende|"
            r"familjehem|sis|personal|socialen|kommunen|vard\w*)",
            r"\b(?:min|mina|en|ett|vara|var) (?:elev|elever|klient|klienter|brukare|"
            r"patient|patienter|placerade|placerad ungdom|ungdomar pa|tjejer pa|killar pa)\b",
            # "En av tjejerna på fritidsgården ..." (set BJ): one of those met at work.
            # ("en av tjejerna här på boendet", set HB.)
            r"\ben av (?:tjejerna|killarna|ungdomarna|eleverna|barnen|flickorna|pojkarna) "
            r"(?:har |hos oss )?(?:pa|i|fran) (?:fritidsgarden|garden|fritids|boendet|hvb\w*|"
            r"avdelningen|gruppen|"
            r"laget|klubben|traningen|skolan)\b",
            r"\b(?:vara|var|en av vara) "
            r"(?:flickor|pojkar|tjejer|killar|ungdomar|boende|placerade)\b"
            # "en av de placerade har en pojkvän på 30" (set CT).
            r"|\b(?:en|ett|nan|nagon|tva) av (?:de|dom|alla) (?:placerade|boende|inskrivna)\b",
            r"\b(?:vi pa|personal pa|kollega pa|kollegor pa|vi som jobbar pa) "
            r"(?:skolan|boendet|hvb|hvb-hemmet|gardsen|fritids|enheten|mottagningen|"
            r"avdelningen|soc)",
            r"\b(?:anmalningsplikt|orosanmal\w*|skyldig att anmala)",
            # "Kör taxi i natt. Har en tjej i bilen som ser ut som 14-15" (set BQ): at work.
            rf"(?:^\W*|\b{WRITER} )(?:kor|korde|kor som) (?:taxi|buss|uber|bolt|fardtjanst)\b"
            # (The writer's own job: not "min moster jobbar i receptionen där", set CR.)
            r"|(?:^\W*|\b(?:jag|ja|jg) )(?:jobbar|arbetar|sitter|star) (?:\w+ )?i (?:receptionen|"
            r"kassan|entren|dorren)\b",
            # Set CT: "BUP-behandlare, har en 13-åring ...", "jobbar på biblioteket", "jag
            # tränar henne i handboll", "tränar ett pojklag".
            r"^\W*bup\W*(?:behandlare|personal|psykolog|kurator|lakare|sjukskoterska|skotare)\b"
            r"|(?:^\W*|\b(?:jag|ja) )(?:jobbar|arbetar) (?:pa|i) "
            r"(?:biblioteket|bibblan|ungdomsgarden|"
            r"fritidsgarden|vardcentralen|apoteket|kyrkan|forsamlingen)\b"
            # (Not a coach's own thoughts about the children: "tränar ett lag ... får tankar".)
            r"|^(?!.*\b(?:tankar|tanker|fantasi\w*|dras till|attraherad|tander pa)\b).*?"
            r"\b(?:jag|ja) (?:tranar|ar tranare for|leder) (?:henne|honom|dem|dom|ett \w*lag|"
            r"laget|ungdomar|barn|tjejer|killar|flickor|pojkar|ett \w+ ?lag)\b"
            r"|^(?!.*\b(?:tankar|tanker|fantasi\w*|dras till|attraherad|tander pa)\b)\W*"
            r"(?:tranar|leder) (?:ett|en) \w*(?:lag|grupp)\b",
            # "ska jag göra nåt mer, typ anmälan till soc?" (staff, after the police came).
            r"\b(?:anmalan|anmala|anmaler|gora en anmalan) (?:till|hos) (?:soc|socialen|"
            r"socialtjansten)\b(?!.{0,40}\b(?:om mig|pa mig|mina foraldrar))",
            # "en flicka på vårt boende", "jobbar med asylsökande" (a probe of our own).
            # (Not a resident's "vi som bor på vårt boende".)
            r"^(?!.*\b(?:bor|bodde|placerad\w*|rymt|rymde)\b).*?"
            r"\b(?:pa|i|hos) (?:vart|var|vara) (?:\w+ )?(?:boende|hvb\w*|skola|fritidsgard|"
            r"mottagning|avdelning|enhet|verksamhet|jour|harbarge|stodboende|klinik)\b",
            r"\b(?:jobbar|arbetar) (?:\w+ )?med (?:asylsokande|nyanlanda|ensamkommande|hemlosa|"
            r"ungdomar|unga|barn|klienter|brukare|patienter|utsatta|missbrukare|flyktingar|"
            r"papperslosa|familjer)\b",
            r"\b(?:vi ar|vi jobbar pa|vi pa) (?:en |ett )?(?:kvinnojour|tjejjour|jour|harbarge\w*|"
            r"skyddat boende|hvb\w*|boende|mottagning\w*|skola|fritidsgard\w*|ideell forening)\b",
            r"^\W*(?:kurator|skolskoterska|larare|socialsekreterare|behandlare|fritidsledare|"
            r"ungdomsvardare|handlaggare|polis|barnmorska|sjukskoterska|lakare|psykolog|mentor|"
            r"rektor|socionom|faltassistent|boendestodjare|elevhalsan|school nurse|teacher|"
            r"social worker|counsel+or)\b",
            # ("i work in his friend's house", set GO: someone's house is no workplace of staff.)
            r"\bi work (?:as|at|in|with)\b(?! (?:an? |the |his |her |their )?(?:\w+'?s )?"
            r"(?:many |some |a lot "
            r"of |"
            r"lots of |"
            r"different |other |my )?(?:sex|escort\w*|clients|customers|men|"
            r"massage|salon|parlou?r|club|strip\w*|hotel|apartment|flat|house|brothel|girls)\b"
            # "I work in this (with clients)", "i work with it" (set FF): the writer's own work.
            r"|(?: this| it| that)\b"
            r"(?! (?:field|area|school|unit|team|clinic|office|sector|role)\b))"
            r"|\b(?:as|i am|im|i'm) an? (?:school )?(?:teacher|nurse|social worker|counsel+or|"
            r"doctor|youth worker|police officer|police|midwife|psychologist|case worker)\b",
            r"\b(?:ge|fa|boka|behover) (?:oss |mig )?(?:en )?konsultation\b",
            # Set CD/CF: a message that opens with the workplace: "HVB. En 16-årig flicka
            # rymde från oss", "soc, klient 30 säljer sex".
            r"^\W*(?:hvb|hvb-hem\w*|sis|lss|soc|socialtjansten|elevhalsan|fritidsgarden|"
            r"skolkurator|kurator)\b(?! (?:vet|far|ska|kommer|tar|har tagit|sa|sade|sager|"
            r"tycker|tyckte|tipsade|ringde|vill))",
            # "Taxichaufför. Släppte nyss av en ung tjej ...": the role alone, first.
            rf"^\W*(?:(?:hej|hejsan|hallo)\W+)?{_ROLES}\b(?! (?:vet|far|ska|kommer|tar|har tagit|"
            r"sa|sade|sager|tycker|tyckte|tipsade|ringde|vill))",
            # "jag är skolsköterska", "jobbar som fältare", "hej, kurator här", "som tolk".
            rf"\bsom (?:{_ROLES}|yrkesperson|professionell)\b",
            rf"(?:\b{WRITER} |^\W*)(?:ar|e|jobbar som|arbetar som|jobbar extra som) (?:en |ett )?"
            rf"(?:\w+ )?{_ROLES}\b|\bvi (?:ar|e) (?:ett gang |en grupp |nagra |ett par )?{_ROLES}\b"
            rf"|^\W*(?:(?:hej|hejsan|hallo|halla|hi|hello) )?\w*?{_ROLES} "
            r"(?:har|here|pa|inom|vid|fran|hos|i|med|sedan|sen|och|sa|en|ett|samma|vi|for|at)\b"
            # "i mitt jobb på Migrationsverket", "i mitt arbete som tolk".
            rf"|\bi (?:mitt|vart) (?:jobb|arbete) (?:pa|vid|inom|hos) (?:\w+ )?{_WORKPLACES}"
            rf"|\bi (?:mitt|vart) (?:jobb|arbete) som (?:\w+ )?{_ROLES}\b"
            rf"|\b(?:{WRITER} |^\W*)(?:jobbar|arbetar|ar anstalld|praktiserar) (?:pa|inom|i|vid) "
            rf"(?:en |ett )?(?:\w+ )?{_WORKPLACES}"
            # (Not where the writer is: "vi e på ett hotell" is a place, set DZ.)
            rf"|\b(?:vi pa|vi (?:ar|e) (?:fran|pa(?! (?:en|ett)\b))|personal pa|kollega pa) "
            rf"(?:\w+ )?{_WORKPLACES}",
            # "en tjej jag har kontakt med i jobbet", "i min verksamhet", "vi är personal på",
            # "som god man", "vi på behandlingshemmet", "vi är familjehem".
            r"\b(?:kontakt med|traffar|moter|traffat|mott|har hand om) (?:\w+ ){0,2}?i (?:jobbet|"
            r"mitt jobb|min tjanst|arbetet)\b|\bi (?:min yrkesroll|min verksamhet|var verksamhet)\b"
            r"|\bvi (?:ar|e) (?:personal|familjehem|jourhem|kontaktfamilj|ett familjehem|"
            r"ett jourhem)\b"
            r"|\bsom (?:god man|kontaktperson|stodperson|kontaktfamilj|familjehem|tranare|ledare|"
            r"jourhemsforalder|familjehemsforalder|elevassistent|personal)\b"
            # A coach, a foster parent, a night team; "ett barn jag har ansvar för", "en av
            # deltagarna", "vi har en pojke på fritidsgården".
            r"|\b(?:elevassistent|jourhemsforalder|familjehemsforalder|familjehemsbarn\w*|"
            r"socialjour\w*)\b"
            r"|\b(?:ett barn|en ungdom|en tonaring|ett av barnen) (?:som )?(?:jag|vi) (?:har "
            r"ansvar for|"
            r"har hand om|jobbar med|moter)\b"
            r"|\b(?:en|ett|tva) av (?:mina|vara) (?:spelare|deltagare|medlemmar)\b"
            r"|\bvi har en (?:\w+ )?(?:pojke|flicka|tjej|kille|ungdom|elev) pa (?:\w+ "
            r")?(?:fritidsgarden|"
            r"boendet|avdelningen|skolan|garden|hemmet)\b"
            r"|\b(?:jag|vi) (?:leder|haller i) (?:en |ett )?(?:tjejgrupp|killgrupp|grupp|lag|"
            r"klubb)\w*"
            r"|\bpersonal (?:pa|i) (?:ett |en )?\w*(?:boende|hem|skola|gard)\w*"
            r"|\bvi pa (?:\w+ )?\w*(?:hemmet|boendet|garden|mottagningen|skolan|enheten|"
            r"kliniken)\b",
            # "ungdomsbehandlare inom socialtjänsten", "en kille som vi har kontakt med".
            rf"\b{WRITER} (?:jobbar|arbetar|ar anstalld) (?:som|pa|inom|med|i) \w*(?:behandlare|"
            r"handlaggare|sekreterare|pedagog|vardare|ledare|assistent|skoterska|larare|kurator|"
            r"radgivare|coach)\b",
            r"\b(?:jobbar|arbetar) (?:\w+ ){0,3}?inom (?:socialtjansten|soc|varden|skolan|polisen|"
            r"elevhalsan|ungdomsvarden|kommunen|regionen)\b",
            r"\bsom vi (?:har kontakt med|jobbar med|traffar|har hand om|moter|har i (?:behandling|"
            r"kontakt))\b",
            # Staff who saw something, a case, how "we" go on: "Personal har sett att ...".
            r"\b(?:personal(?:en)?|kollegor(?:na)?|vi i personalen|nattpersonal\w*) "
            r"(?:har |hade )?(?:sett|markt|upptackt|hittat|fatt veta|misstanker|noterat"
            r"|reagerat)\b",
            r"\b(?:i ett|i mitt|i vart|ett) arende\b|\bhandlaggning\w*\b",
            r"\bhur (?:gar|ska|bor|kan) vi (?:vidare|ga vidare|agera|hantera|prata med"
            r"|bemota)\b",
        ]
    ),
    # The writer worries about someone else.
    "other_person": "|".join(
        [
            # Set CR: "jag är mormor och skriver för mitt barnbarns skull", "skriver om min son".
            r"\bskriver (?:for|pa|at) (?:min|mitt|mina) (?:\w+ )?\w+s (?:skull|vagnar)\b"
            r"|\bskriver (?:angaende|om) (?:min|mitt|mina) (?:\w+ )?(?:dotter|son|barn|barnbarn|"
            r"syster|bror|systerdotter|brorsdotter|systerson|brorson|"
            r"dotterdotter|dotterson|sondotter|sonson|kusin|tonaring\w*|fosterbarn|"
            r"bonusdotter|bonusson|elev|elever)\b",
            # Set BV: "meddelanden där vuxna män erbjuder henne pengar och presenter" (not
            # when the writer tells of being given things too: then it is the writer's own).
            r"^(?!.*\b(?:mig|mej|jag far|ja far|jag fick|ja fick|jag fatt|ja fatt)\b).*?"
            r"\b(?:erbjuder|erbjod|ger|gav|betalar|swishar|lovar) (?:henne|honom|hen) (?:\w+ )?"
            r"(?:pengar|presenter|grejer|saker|betalt|kladder|mobil)\b",
            r"\b(?:orolig|oroar mig|oroad|rad|bekymrad|worried) (?:for|over|about) "
            r"(?:min|mitt|mina|var|vart|vara|en|ett|my)\b",
            # "bonusdottern (snart 16) har en pojkvän på 25" (set DS): a step-parent's word.
            r"\b(?:bonus|plast|styv|foster)(?:dottern|sonen|barnet|barnen|dottrarna|sonerna)\b"
            r"|^\W*(?:dottern|sonen) (?:\w+ )?(?:har|ar|e|som|pa|fyller|gar)\b",
            # "grannens dotter 15", "kompisens lillebror": someone's child or sibling.
            r"\b\w+(?:ens|ans|ns|ets|arnas|ernas) (?:dotter|son|barn|unge|ungar|syster|bror|"
            r"lillasyster|lillebror|tonaring\w*|tjej|kille|flicka|pojke)\b",
            # "vart testar man sig": "vart" is also "where", and "man" also "one".
            r"(?:\b(?:min|mitt|mina|var(?! \w+ man\b)|vart(?! \w+ man\b)) (?:\d{1,2}[ -]?ariga? |"
            r"\w+ )?"
            r"(?:dotter|son|barn|unge|ungar|niece|nephew|"
            r"tonaring\w*|tonars\w+|plastdotter|plastson|syster|bror|lillasyster|lillebror|"
            r"storasyster|storebror|kompis|"
            r"kompisar|van|vanner|vannina|vaninna|bastis|kusin|lillkusin|systerdotter|"
            r"brorsdotter|"
            r"systerson|brorson|bonusdotter|bonusson|styvdotter|styvson|fosterdotter|"
            r"fosterson|barnbarn|flickvan|pojkvan|kille|tjej|sambo|fru|man|partner|pappa|mamma|"
            # ... the relative does it, not the writer ("min mamma vet inte att jag säljer").
            r"klasskompis|granne|kollega|arbetskamrat)\b|"
            + CLOSE_TO_ME
            + r")\W+(?:(?!(?:jag|ja|jg)\b)(?!i\b(?! (?:nian|attan|sjuan|samma|skolan|klassen|"
            r"gymnasiet|hogstadiet)\b))\w+\W+){0,6}?"
            r"(?:saljer|salt|har salt|salde|far betalt|tar betalt|far pengar|traffar|"
            # "min syster skulle träffa en kund ikväll" (set BJ).
            r"(?:ska|skulle|har|hade) traffa\w*|"
            r"(?:far|fatt|fick) (?:\w+ )?(?:swish|pengar|presenter|grejer|saker|klader) (?:av|fran)"
            r"|"
            r"har en sugar|ar escort|eskortar|ar prostituerad|tvingas|blir tvingad|"
            r"utnyttjas|blir utnyttjad|ligger med|koper|kopt|kopte|har kopt|anvander|"
            r"tittar|har tankar|har en aldre|hanger med|har (?:traffat|kontakt med)|"
            # "åker iväg med äldre killar o kommer tillbaka med nya grejer" (set BG).
            r"(?:aker|drar|gar|sticker) (?:ivag |ut |runt |hem )?(?:med|till) (?:\w+ )?(?:aldre|"
            r"vuxna|okanda|olika) (?:killar|man|gubbar|snubbar|personer))"
            r"(?!\w)(?!\s+(?:mig|mej)\b)",
            # "jag har en bror född 2011 o jag tror han får betalt av gubbar" (set BH).
            r"\b(?:jag|ja|vi) har en (?:\w+ )?(?:bror|syster|lillebror|lillasyster|storebror|"
            r"storasyster|dotter|son|kompis|van|vaninna|kusin|bastis|tjejkompis|killkompis)\b"
            r".{0,60}?\b(?:han|hon|hen) (?:\w+ )?(?:far betalt|saljer|tar betalt|far pengar|"
            r"traffar|ligger med|sugardejtar|har en sugar\w*)\b",
            # Set AW: "jag hjälper en kvinna från Nigeria som tvingas": the writer helps her.
            # ("jag hjälper en man med massage" is the writer's own work: "som" must follow.)
            r"\b(?:jag|ja|vi) (?:hjalper|stottar|har kontakt med|bor granne med) "
            r"(?:en|ett|nagra|tva) (?:ung |ung\w+ )?(?:kvinna|kvinnor|tjej|tjejer|kille|killar|"
            r"person|flicka|pojke)\b(?:\W+\w+){0,3}?\W+som\b",
            # "kompis 17 tar betalt för sex": someone close named first, without "min".
            r"^\W*(?:en )?(?:kompis|kompisen|bastis|bastisen|syrran|brorsan|lillasyster|"
            r"lillebror|storasyster|storebror|kusin|kusinen|van|vannen|vannina|tjejkompis|"
            r"killkompis)\b(?: ?\(?\d{1,2}\)?)?\W+(?:\w+\W+){0,4}?(?:saljer|tar betalt|far betalt|"
            r"far pengar|traffar|ar escort|sugardejtar|har en sugar\w*)\b",
            # "farmor här, har ett barnbarn som ...": a relative introducing themselves.
            r"^\W*(?:(?:hej|hejsan|hallo)\W+)?(?:mamma|pappa|mormor|morfar|farmor|farfar|moster|"
            r"faster|morbror|farbror|storasyster|storebror|fostermamma|fosterpappa|bonusmamma|"
            r"bonuspappa|styvmamma|styvpappa|foralder) (?:har|here)\b",
            # "jag är storasyster (23) till en tjej som ...", "mormor till en pojke",
            # "vi är två föräldrar som ...": the writer introduced as someone's relative.
            r"\b(?:jag|ja|vi) (?:ar|e) (?:\w+ )?(?:mamma|pappa|mor|far|foralder|foraldrar|"
            r"mormor|morfar|farmor|farfar|storasyster|storebror|syster|bror|moster|faster|"
            r"morbror|farbror|styvmamma|styvpappa|bonusmamma|bonuspappa|"
            r"fosterforaldrar|fosterforalder|fostermamma|fosterpappa|familjehemsforaldrar|"
            r"gudmor|gudfar)\b(?: \d{1,2})? (?:till|at|for|som)\b"
            # (Not "jag är 31, mamma till två, kör webcam": a count says what she is, set CJ.)
            r"(?! (?:tva|tre|fyra|fem|sex|\d|ett par|flera|tva barn|tre barn)\b)",
            r"\b(?:fraga|fragar|undrar|skriver) (?:at|for) en (?:kompis|van|vannina|vaninna"
            r"|kompis skull)\b"
            r"|\basking for a friend\b",
        ]
    ),
    # The person someone asks about is a child (for professionals' questions).
    # "mitt barn", "två vuxna barn" say nothing of the age: asked once instead.
    "about_child": r"\b(?:elev|elever|eleven|ungdomar|ungdomarna|ungdomen|"
    # "en ung patient som kommer via skoltandvården" (set CJ): school health care is a child's.
    r"skoltandvard\w*|barntandvard\w*|skolhalsovard\w*|skolskoterska\w*|barnmottagning\w*|"
    # "en kille i laget" (a youth team's coach, set CH).
    r"(?:en|ett|nan|nagon|nagra|tva) (?:\w+ )?(?:kille|tjej|pojke|flicka|killar|tjejer) i laget|"
    r"(?<!mitt )(?<!vart )(?<!mina )(?<!vara )(?<!vuxna )(?<!vuxen )"
    r"(?<!vuxet )barn|barnet|barnen|hvb\w*|"
    r"sis-hem|skolan|klassen|minderarig\w*|tonaring\w*|tonars\w+|tjej pa 1[0-7]|kille pa 1[0-7]|"
    # "en flicka", "en pojke": a child, as Swedish names a girl or a boy (a probe of ours).
    r"(?:en|ett|nan|nagon|nagra|tva) (?:ung |liten |yngre )?(?:flicka|pojke|flickor|pojkar)"
    r"(?!.{0,80}\b(?:vet (?:inte|ej) hur gammal|oklart hur gammal|okand alder))|"
    r"(?:pa|i|fran) (?:ett )?(?:sis|sis-hem\w*|ungdomshem\w*|behandlingshem\w*)|"
    r"1[0-7] ?-?ar\w*|1[0-7] ?-?(?:year|yr)s? ?-?old|1[0-7] ?- ?1[0-8]|(?:ak|arskurs) ?[4-9]\b|"
    r"(?:a|my|one of my) (?:student|pupil)s?|(?:at|in) (?:a|an|the|my) (?:\w+ )?school|"
    r"(?:som|who) (?:ar|e|is) (?:1[0-7]|tretton|fjorton|femton|sexton|sjutton)|"
    r"(?:pa|i|fran) (?:hogstadiet|mellanstadiet|gymnasiet)|under 18|"
    r"(?:i|pa) (?:sjuan|attan|nian|ettan|tvaan|trean)|pa (?:garden|fritids|fritidsgarden)|"
    r"(?:kille|tjej|pojke|flicka) (?:pa|i) (?:\w+ )?(?:garden|skolan|klassen|1[0-7]))\b",
    # The other person is a parent, grandparent or spouse: an adult, no need to ask.
    "adult_relative": r"\b(?:min|mitt|my) (?:mamma|pappa|mor|morsa|farsa|mormor|farmor|morfar|"
    r"farfar|fru|make|man|mother|father|mom|dad|wife|husband)\b(?! (?:och|o) (?:jag|ja)\b)"
    # (Not "my wife sister", "min frus syster": someone else of theirs, set FN.)
    r"(?!'?s? (?:sister|brother|daughter|son|niece|nephew|cousin|friend|kid|child|girl|boy)\b)",
    # The other person is the writer's peer (a friend, a sibling, a partner): the
    # writer is likely as young, so a child's own line fits them too.
    "peer": r"\b(?:min|mitt|mina|my) (?:\w+ )?(?:kompis\w*|van|vannina|vaninna|vanner|"
    r"bastis\w*|"
    r"klasskompis\w*|syster|bror|lillasyster|lillebror|storasyster|storebror|pojkvan|"
    r"flickvan|friend|sister|brother|boyfriend|girlfriend)\b"
    r"|\b(?:kompisen|bastisen|vannen|vaninnan|syrran|brorsan|systern|lillasyster|lillebror)\b"
    r"|" + CLOSE_TO_ME
    + r"|\b(?:fraga|fragar|undrar|skriver) (?:at|for) en (?:kompis|van|vannina|vaninna)\b"
    r"|\basking for a "
    r"friend\b"
    # "om en 16åring tar betalt för sex, är det hon som gör fel?" (set CH): a child no one
    # is named for may be the writer, who then needs a child's own line too.
    r"|^\W*(?:om|if) (?:en|ett|a|an) "
    r"(?:1[0-7] ?-?(?:aring|ars)\w*|1[0-7] ?-?(?:year|yr)s?[ -]?old)\b",
    # A live danger beyond what crisis.py already knows.
}


# Someone close to the writer, named as such ("min dotter", "vår son", "my sister").
RELATION = (
    r"\b(?:min|mitt|mina|var|vart|vara|my|our)\s+(?:\d{1,2}[\s-]*ariga?\s+|\w+\s+)?(?:dotter|son|"
    r"barn|unge|ungar|niece|nephew|"
    r"tonaring\w*|tonars\w+|plastdotter|plastson|syster|bror|lillasyster|lillebror|"
    r"storasyster|storebror|kompis|kompisar|van|"
    r"vanner|vannina|vaninna|bastis|kusin|lillkusin|systerdotter|brorsdotter|systerson|"
    r"brorson|bonusdotter|"
    r"bonusson|styvdotter|styvson|fosterdotter|fosterson|barnbarn|flickvan|sambo|fru|"
    r"partner|pappa|mamma|klasskompis|elev|elever|daughter|son|sister|brother|friend|"
    r"sons|dotters|barns|systers|brors|kompis|flickvans|pojkvans|mans|makes|sambos|frus|pappas|"
    r"girlfriend|wife|husband|granne|grannen|kollega|kollegan)\b"
    # "min tjej är 16 och hennes ex hotar ...": a partner whose age is told ("min kille"
    # is often the one who sells the writer: left out).
    r"|\b(?:min|my) (?:tjej|pojkvan|boyfriend|girlfriend) (?:ar|e|is) (?:bara |typ |only )?"
    r"\d{1,2}\b"
    # "bästa kompisen", "syrran", "pappa till en kille på 16": named without "min".
    r"|\b(?:basta )?(?:kompisen|bastisen|vannen|vaninnan|systern|syrran|brorsan|dottern|sonen|"
    r"kusinen|flickvannen|pojkvannen|sambon|frugan)\b"
    r"|\b(?:mamma|pappa|foralder|forealder|vardnadshavare|mormor|farmor|morfar|farfar|moster|"
    r"faster|morbror|farbror|storasyster|storebror|syster|bror) (?:till|at) (?:en|ett|min|mitt)\b"
    r"|\b(?:min|mitt|var|vart) \d{1,2}[ -]?aring\b|\b(?:lillebror|lillasyster|storebror|storasyster"
    r"|bror|syster|kompis|dotter|son|"
    r"kusin) min\b"
    r"|\b(?:min|mitt|my) (?:tjejkompis|killkompis|polare|familjehemsbarn|fosterbarn)\b"
    r"|\bsom (?:hans |hennes )?(?:syster|bror|mamma|pappa|foralder|anhorig|mormor|farmor|morfar|"
    r"farfar|kompis|van|fru|sambo|flickvan|pojkvan)\b"
    r"|^\W*(?:lillasyster|lillebror|storasyster|storebror|syrran|brorsan|systerdotter|"
    r"brorsdotter|systerson|brorson|kusin)\b"
    r"|\bmy\s+(?:\w+\s+)?(?:cousin|niece|nephew|aunt|mother|father|mom|dad|kid|child|"
    r"boyfriend|partner)\b"
    # "barnbarnet", "dotterdottern": a grandchild named without "min".
    r"|\b(?:barnbarnet|barnbarnen|dotterdottern|sondottern|dotterdotter|sondotter|dotterson|"
    r"sonson|systerdottern|brorsdottern|kusinen)\b"
    # The writer names their own place: "mormor här", "mamma här, ...".
    # (folded text has no punctuation: "här" is "har", known by what follows).
    r"|\b(?:mamma|pappa|mormor|farmor|morfar|farfar|moster|faster|morbror|farbror|foralder|"
    r"storasyster|storebror)\s+(?:har|hr)\s+(?=(?:jag|ja|och|o|som|min|mitt|vill|undrar|hej)\b|$)"
    r"|" + CLOSE_TO_ME
    # English: "my 15 year old daughter", "my stepbrother", "my dads phone", "a girl in my
    # class".
    + rf"|\b(?:my|our)\s+(?:[\w-]+\s+){{0,3}}?{EN_RELATIVES}(?:'?s)?\b"
    r"|\ba (?:girl|boy|guy|friend) (?:in|from) my (?:class|school|year|team)\b"
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
    r"work with sex|work in sex|sell|sold|do escort\w*|do sugar ?dat\w*|sugar ?date|"
    # "jag har en sugardaddy som jag har träffat i ett halvår" (set CM).
    r"(?:har|have|got) (?:en |a )?sugar ?dadd\w*|"
    r"sugardejtar|sugardejtat|sugardatear)\b"
    # "I do webcam shows for money on my boyfriend account" (set FV): the writer's own shows.
    rf"|\b{WRITER} (?:\w+ )?(?:do|did|doing|make|made|gor|gjorde) (?:\w+ )?(?:webcam|cam|sex|"
    r"private|nude|naken)\w* ?(?:shows?|videos?|content|shower|filmer)\b.{0,20}?\b(?:for|mot) "
    r"(?:money|cash|pay|pengar|betalt)\b"
    # Without "jag": "har en sugardaddy sen i våras", "är jag en som säljer sex då?".
    r"|(?:^|[.!?] ?)\W*har (?:en )?sugar ?dadd\w*|\b(?:ar|e) (?:jag|ja) en som (?:saljer|salt)\b"
    # "jag tar emot män hemma för pengar" (set DD).
    rf"|\b{WRITER} (?:\w+ )?tar emot (?:man|kunder|gubbar|killar) (?:\w+ )?(?:for|mot) "
    r"(?:pengar|betalt|betalning)\b"
    # "får resor ... om jag ställer upp sexuellt" (set CZ): sex as the writer's side of a deal.
    r"|\bom (?:jag|ja) (?:\w+ )?(?:staller upp (?:sexuellt|pa sex)|ligger med (?:honom|dom|dem)|"
    r"har sex med (?:honom|dom|dem))\b"
)
# "jag är undersköterska och säljer sex vid sidan om", "jag är lärare och köper sex": a
# job named beside the writer's own selling or buying is not a professional's question.
WRITER_OWN_ACT = (
    rf"\b{WRITER} (?:\w+ ){{0,6}}?(?:och|o|men|and) (?:\w+ ){{0,2}}?(?:saljer|salt|salde|koper|"
    r"kopt|kopte|kopa|salja) (?:sex|mig|min kropp|escort\w*|tjejer)\b"
)
# "my" is left out: "my sister" names someone else, as "min syster" does.
FIRST_PERSON = rf"\b(?:jag|ja|jg|mig|mej|me|{_ENGLISH_I})\b"

# Whose deed it is (situation._concerned).
THIRD_PERSON = r"(?:^|[.,!?;] ?|\b(?:och|o|men|and|but|att|that) )(?:hon|han|hen|he|she|hes|shes)\b"
# Done to someone close: "hennes kille skickar henne till andra män".
DONE_TO_THEM = (
    r"\b(?:saljer|salde|skickar|skickade|tvingar|tvingade|hotar|hotade|utnyttjar|slar|slog) "
    r"(?:henne|honom|hen)\b"
    r"|\b(?:takes?|took|sells?|sold|forces?|forced|keeps?|threatens?|makes?|made) (?:her|him)\b"
    # "vi vet att han har sålts förut" (set DX): sold, said in the passive.
    r"|\b(?:hon|han|hen) (?:har |hade )?(?:salts|saldes|blivit sald|blev sald)\b"
    # "some older man has been paying him" (set GP).
    r"|\b(?:been )?(?:paying|pays|paid|giving money to|sending money to) (?:him|her)\b"
    r"(?! (?:back|off|a visit)\b)"
    r"|\b(?:tar|tog|tagit) (?:hennes|hans) (?:pass|papper|pengar)\b"
    # "jag tror hon säljer sex", "how do i help him": the deed is the other's.
    r"|\b(?:hon|han|hen) (?:\w+ )?(?:saljer|salt|salde|tar betalt|ar escort|eskortar)\b"
    r"|\b(?:blackmail\w*|threaten\w*|pressur\w*|exploit\w*) (?:her|him)\b"
    r"|\b(?:help|helping|protect) (?:her|him)\b|\bhjalpa (?:henne|honom)\b"
)
DONE_TO_ME_BY_THEM = (
    r"\b(?:han|hon|de|dom|nan|nagon|kunden|killen|mannen) (?:\w+ )?"
    r"(?:tvingar|tvingade|hotar|hotade|valdtog|tog pa|sprider|spred|slar|slog) (?:mig|mej)\b"
)
FOR_ME = (
    r"\b(?:at|mot) (?:mig|mej)\b|\b(?:far|fick|tvingar|tvingade) (?:mig|mej) att\b"
    # "min kille tar betalt när hans vänner ligger med mig": sold, the writer is.
    r"|\b(?:ligger|ligga|sover|sova|har sex|knullar) med (?:mig|mej)\b"
    # English: "my cousin makes me meet men", "my boyfriend sells me" (not "makes me sad").
    r"|\b(?:makes?|made|forces?|forced) (?:me|us) (?:to )?(?:meet|see|sleep|have sex|do (?:stuff|"
    r"things|it|sex|sexual)|work|sell|go (?:with|to|out))\b"
    r"|\b(?:sells?|sold|selling|pimps?|pimped|pimping|rents?|rented) (?:me|us)\b"
    r"(?! (?:weed|drugs|stuff|things|\w+s)\b)"
)
# Something done to the writer; "det oroar mig" is a feeling, not a deed.
DONE_TO_ME = (
    r"\b(?!oroa|skram|stor|bekymr|angsl|plaga|forvir|for\b|over\b|efter\b|under\b|bakom\b"
    r"|stang|ring|hjalp|svar|lyssn|forst|tror\b)"
    r"\w+(?:ar|er|r|de|te|dde|ade)\s+(?:mig|mej)\b"
    # "hon låter män komma till mitt rum på nätterna" (set DD).
    r"|\b(?:man|gubbar|killar|kunder|kunderna|mannen|gubben)\s+(?:\w+\s+){0,2}?(?:komma|kommer|kom)"
    r"\s+(?:in\s+)?(?:till|in\s+i|in\s+pa)\s+(?:mitt|mitt\s+eget)\s+rum\b"
    # English: "my boyfriend makes me meet guys", "he forced me".
    r"|\b(?:makes?|made|forces?|forced|pays?|paid|sends?|sent|sells?|sold|threatens?|"
    r"threatened|takes?|took|rents?|rented) me\b"
    # The writer paid ("jag får 8000 i månaden"), or their own act opening the message
    # with the subject left out ("sugardejtar just nu, han e 52").
    rf"|\b{WRITER} (?:far|fick|fatt) (?:\d+|pengar|betalt|cash|swish\w*)\b"
    r"|^\W*(?:sugardejtar|sugardatear|saljer sex|saljer mig|eskortar|escortar|tar emot kunder)\b"
    # "får swish efter sex med en kollega till min pappa" (set AU): paid, subject left out.
    r"|^\W*(?:far|fick|fatt) (?:\w+ )?(?:swish\w*|pengar|betalt|cash|presenter|grejer)\b"
    # Men let into the writer's room (set CL): "låter andra män komma in till mitt rum".
    r"|\b(?:later|slapper|slapper in) (?:andra |fler )?(?:man|killar|gubbar|kunder|snubbar) "
    r"(?:komma |ga )?in (?:till|pa|i) (?:mitt|min)\b"
    # Sent to others by someone close (set CI): "han säger att ... ska ja träffa hans vänner
    # o dom betalar honom", "he wants me to sleep with his friends".
    rf"|\b(?:{WRITER} (?:\w+ )?(?:ska|maste|far|tvingas)|(?:ska|maste|far) {WRITER}) (?:\w+ )?"
    r"(?:traffa|ligga med|ha sex med|"
    r"sova med|suga) (?:hans|deras|andra|fler|nya) (?:vanner|kompisar|polare|killar|man|gubbar|"
    r"kunder)\b"
    # "om jag älskar honom så ligger jag med hans vänner" (set DZ): the writer's own act.
    rf"|\b(?:ligger|sover|har sex) {WRITER} med (?:hans|deras|andra|fler) (?:vanner|kompisar|"
    r"polare|killar|grabbar|man|gubbar|kunder)\b"
    r"|\b(?:wants?|makes?|made|tells?|told|forces?|forced) me (?:to )?(?:meet|sleep with|have sex "
    r"with|hook up with|see) (?:his|their|other|more) (?:friends|mates|guys|men|clients)\b"
)

# The writer fears doing it: never a victim's sign ("rädd att jag ska begå ett övergrepp").
PERPETRATOR = (
    r"\bbega\w* (?:ett |en )?(?:sexuellt )?(?:overgrepp|valdtakt)|\bvaldtaktsman|"
    r"\b(?:jag|ja) (?:ska|kommer att|kanske) (?:valdta|forgripa|tvinga)|"
    # "får jag tankar om att tvinga henne" (set CJ): the writer's own urge.
    r"\b(?:tankar|tanke|fantasier|fantasi|impulser|impuls|lust|begar) (?:\w+ )?(?:om|pa|att) "
    r"(?:att )?(?:tvinga|valdta|forgripa)|"
    # The writer did it: "jag har hotat min tjej", "ja rörde en tjej som sov"
    r"\b(?:jag|ja) (?:har |hade )?(?:hotat|hotade|tvingat|tvingade|rorde|tafsade|forgrep|"
    r"valdtog|utnyttjade|spred|spridit) (?!mig\b|mej\b)|"
    r"\b(?:urges?|thoughts?|fantas\w*|impulses?) (?:\w+ )?(?:to|about) (?:force|forcing|rape|"
    r"raping)\b"
    r"|\b(?:think|thinking|dream|dreaming) (?:about|of) (?:force|forcing|rape|raping)\b"
    r"|\bi (?:\w+ )?(?:might|could|will|want to|want|wanna|am afraid i will|feel like) "
    r"(?:force|forcing|rape|hurt) (?:someone|somebody|her|a|an|the|women|girls)"
)
# Where the writer is only the one who worries or asks ("jag vet inte hur jag ska
# hantera det", "vad ska jag göra"): what is left tells whose deed it is.
WRITER_WORRIES = (
    r"\b(?:jag|ja|jg) (?:ar|e|blir|kanner mig) (?:sa |jatte |sjukt |valdigt |himla |helt |"
    r"lite |ganska |super)?(?:orolig|oroad|radd|ledsen|forvirrad|chockad|arg|bekymrad|"
    r"forstord|stressad|hjalplos|maktlos|skakad|ratt vilsen|vilsen|desperat)\b"
    r"|\b(?:(?:jag|ja|jg) )?(?:vet|vat) (?:inte|int|ej|inte riktigt)(?: (?:vad|hur|om|var|vem|vart)"
    r"(?: \w+)?(?: (?:jag|ja|jg))?)?\b"
    r"|\b(?:vad|hur|var|vart|vem|nar) (?:ska|kan|bor|gor|borde|skulle) (?:jag|ja|jg|vi)\b"
    r"|\b(?:jag|ja|jg) (?:undrar|tror|tanker|misstanker|har markt|markte|marker|sag|ser|har sett|"
    r"hittade|har hittat|fick veta|fick reda|har fatt veta|har hort|horde|vill|behover|orkar)\b"
    r"|\b(?:oroar|skramer|hjalp|hjalpa) (?:mig|mej)\b|\bfor mig\b"
    r"|\b(?:ska|kan|borde|bor) (?:prata|snacka|ringa|vanda mig|skriva) (?:med|me|till)\b"
    # The writer's own age told beside: "ja e 13".
    r"|\b(?:jag|ja|jg) (?:ar|e) (?:\d{1,2}|\w+ton|tjugo\w*)\b(?: ar)?"
    r"|\bi (?:dont|don't|do not) know\b|\bi(?:'m| am) (?:so |really )?(?:worried|scared)\b"
    r"|\bwhat (?:should|can|do) i\b|\bhelp me\b"
)
# The writer is one of those it happens to: "min kompis och jag får saker av en äldre kille".
WRITER_INCLUDED = (
    r"\b(?:min|mitt|mina|en) (?:\w+ )?(?:kompis|kompisar|van|vannina|vaninna|vanner|polare|"
    r"syster|bror|lillasyster|lillebror|storasyster|storebror|"
    r"kusin|tjejkompis|bastis) (?:och|o|a) (?:jag|ja|jg)\b"
    r"|\b(?:jag|ja|jg) (?:och|o|a) (?:min|mitt|mina|en) (?:\w+ )?(?:kompis|kompisar|van|vannina|"
    r"vaninna|"
    r"vanner|polare|syster|bror|lillasyster|lillebror|storasyster|storebror|kusin|lillkusin|"
    r"tjejkompis|bastis)\b"
    # (Not "vi är två föräldrar som ...": parents writing about their child.)
    r"|\bvi (?:ar |e )?(?:bada|tva|alla|bagge)\b(?! (?:foraldrar\w*|syskon\w*|mammor|pappor|"
    r"grannar|kollegor|larare|vuxna|personal|mor- och farforaldrar))"
    # English: "the woman who keeps us", "she is taking us to the car", "we must go with men":
    # the writer is among those it is done to.
    r"|\b(?:keeps|keep|kept|holds|held|takes|taking|took|sells|selling|sold|forces|forcing|"
    r"forced|makes|making|made|moves|moving|drives|driving) us\b"
    r"|\bwe (?:must|have to|had to|need to) (?:go|meet|sleep|work|have sex)\b"
    # "jag (20) och min flickvän (17) har båda sålt".
    r"|\b(?:jag|ja) (?:\d{1,2} )?(?:och|o) (?:min|mitt) (?:\w+ ){1,2}(?:\d{1,2} )?"
    r"(?:har |ar |e )?(?:bada|bagge|tillsammans)\b"
    # "me and my friend are both 14 and we get vapes ..." (set FP).
    r"|\b(?:(?:me|i) (?:and|n|&) my (?:\w+ )?(?:friends?|bestie|bff|sister|brother|cousin|mates?)"
    r"|my (?:\w+ )?(?:friends?|bestie|bff|sister|brother|cousin|mates?) (?:and|n|&) (?:me|i))\b"
    r"(?=(?: \w+){0,6}? (?:both|get|got|getting|sell|sold|meet|met|are paid|were paid)\b)"
)
