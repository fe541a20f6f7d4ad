"""Suicidal thoughts told by their warning signs rather than their words.

Crisis-line workers listen for two kinds of sign: the *means* (pills hoarded, a
razor blade, a belt, the railway, a bridge) and the *intent* (a decision made,
a plan, a day chosen, a goodbye, an earlier attempt). People often write one
of each and never the word "dö": "sitter med ett rakblad och vet inte om jag ska
sluta den här gången". One means and one intent, or two intents of different
kinds, are read as suicidal; one sign alone is not. Patterns are written for
folded text (engine/nlu/text.py).
"""

from __future__ import annotations

import re

_MEANS = re.compile(
    r"\b(?:rakblad\w*|(?<!p-)(?<!p )(?<!akut-p-)(?:somn)?tablett(?:er|erna)?|"
    r"(?<!p-)(?<!p )(?<!akut-p-)piller|pillren|alvedon|panodil|ipren|treo|overdos\w*|"
    r"somnmedel|somnpiller|(?:karta|kartor|burk|burkar|ask|askar|paket) (?:(?:med|av) )?"
    r"(?:\w+ )?(?:tabletter|somntabletter|piller)|"
    r"(?:repet|ett rep|snara|snaran|baltet|ett balte|sladden|en sladd|halsduken)\b(?:.{0,30}"
    r"\bhalsen)?|"
    # Self-harm shown or told: "visade mig sina armar".
    r"(?:visade|visat|visar) (?:mig |oss )?(?:sina|hennes|hans|mina) (?:armar|handleder|sar|arr)|"
    # The writer's own self-harm (set BR): "skär mig varje gång efter jag träffat honom".
    r"(?:skar|skara|skurit|skadar|skadat|skada) mig(?: sjalv)?|(?:cut|cutting|cuts|hurt|hurting|"
    r"harm|harming) myself|(?:been|started|keep|still|i) cutting\b|"
    r"jarnvag\w*|spar(?:et|en)|ralsen|perrongkant\w*|perrongen(?!.{0,30}\bvantar)|pendeltaget|bron|taket|"
    r"(?:hoppa|hoppar|kliva|kliver) (?:ut )?(?:fran|framfor|ner fran|ut genom)|"
    r"(?:ga|gar|stalla mig|lagga mig|springa|kasta mig|slanga mig) framfor|"
    r"skjuta mig sjalv|dranka (?:mig|sig)|sluta andas|"
    # On the edge (set FR): "i stand on the balcony now", "sitting on the roof".
    r"(?:stand|standing|sit|sitting|i m|im|i am) (?:now )?on (?:the )?(?:edge of (?:the )?)?"
    r"(?:balcony|roof|bridge|ledge|railing)|(?:star|sitter) (?:nu )?(?:pa|vid) "
    r"(?:kanten (?:av|pa) )?"
    r"(?:balkongen|balkongracket|taket))\b"
)
_INTENT = {
    # A decision, unless it is to do something else ("bestämt mig för att åka hem").
    "decided": r"(?:har |ja |jag )?bestamt mig(?! for (?:att )?(?!(?:do|ta livet|avsluta|"
    r"forsvinna|inte (?:leva|finnas)|gora det)\b))",
    # The calm after a decision, and a goodbye to all that wants no answer (set CO): "jag har
    # bestämt mig och det känns lugnt nu. hej då allihop, ni behöver inte svara".
    "calm": r"(?:kanns|ar|e) (?:sa |helt |sa himla )?(?:lugnt|skont|fridfullt) nu\b|"
    r"feels? (?:so )?(?:calm|peaceful) now\b",
    "closing": r"hej da (?:allihop|allihopa|alla)\b|(?:ni|du) behover inte svara|"
    r"(?:goodbye|bye) (?:everyone|everybody|all)\b|(?:you )?(?:dont|don t|do not) (?:need|have) to "
    r"(?:answer|reply)|no need to (?:answer|reply)",
    # "ville bara säga tack ... skönt att det snart är över nu" (set CO): a last word, and
    # the end near.
    "last_word": r"ville (?:bara )?(?:saga|tacka)\b|(?:just )?wanted to say (?:thanks|thank you)\b",
    "over_soon": r"(?:skont|bra|lugnt|snart) (?:att )?(?:det |allt )?(?:snart )?(?:ar|e) over"
    r"(?: nu)?\W*$|"
    r"(?:glad|good) (?:that )?(?:it|everything) (?:will be|is) over soon\b",
    "plan": r"planerat (?:klart|allt|det)\W*$|har (?:en|min) plan(?: nu| klar)?\W*$|"
    r"har (?:en|sin|min) plan (?:for|till) (?:helgen|ikvall|inatt|imorgon|\w+dag(?:en)?)\W*$|"
    r"(?:hur|nar) (?:jag|ja) (?:ska|skulle) gora det|gora (?:klart|slut pa) det|"
    r"gora det (?:ikvall|inatt|i natt|idag|nu|pa \w+dag|imorgon)|"
    r"(?:ikvall|inatt|i natt|idag|imorgon|pa \w+dag) gor (?:jag|ja) det",
    "farewell": r"ville (?:bara )?att (?:nan|nagon|ngn) (?:skulle )?(?:veta|fa veta)|"
    r"(?:ikvall|inatt|idag|imorgon) (?:ar|blir) (?:det )?sista (?:gangen|dagen|natten)\W*$|"
    r"farval|sista (?:meddelandet|natten|samtalet|smset|sms et|messet)\b"
    r"(?! (?:jag|ja|som|fran|i|idag|for|innan))|"
    r"(?:kommer att|kommer) inte (?:finnas|vara kvar|leva)|inte (?:kommer att|kommer) (?:finnas|"
    r"vara kvar|leva)|ifall (?:jag|ja) inte finns",
    "letter": r"(?:skrivit|skrev|lamnat|lamnade|lagt|lade|la) (?:ett )?(?:brev|avskedsbrev) "
    r"(?:till|at) (?:oss|mig|mamma|pappa|familjen|er|alla|sin|sina|mina|min)\b",
    "sorry": r"(?:sagt|sa|skrev|skrivit|sager|skriver) (?:\w+ )?forlat for allt",
    # Shut in alone, beside another sign: "skrivit förlåt för allt ... låst in sig på toa".
    "shut_in": r"(?:last|lasit|stangt|reglat) in (?:sig|mig) (?:pa|i) (?:toa|toaletten|"
    r"badrummet|rummet|sitt rum|mitt rum)",
    "when": r"vilken dag (?:och|o|det blir)|vilket datum|nar alla (?:ar borta|sover|har gatt)|"
    r"(?:efter|till) (?:helgen|jul|julen|sommaren|ikvall)\W*$|"
    r"(?:finnas|leva|vara kvar|vara har) (?:kvar )?(?:till|efter|pa|om) (?:jul|julen|sommaren|"
    r"helgen|nasta \w+|\w+dag)\b|"
    r"typ vilken dag",
    "alone": r"ingen (?:ar |e )?hemma|ensam hemma|alla (?:har gatt|ar borta|sover)",
    # No strength left, not of one thing ("orkar inte mer med skolan"), beside a means (set
    # HC): "walla ja pallar nt mer ja har ett rep här hemma".
    "no_more": r"(?:orkar|pallar|klarar) (?:inte|int|nt) (?:langre|mer)\b(?! (?:med|av|pa|i) )",
    "attempt": r"(?:har )?forsokt (?:forut|forr|innan|en gang till|tidigare)(?! att (?:sluta|"
    r"ringa|prata|beratta|soka))|forra (?:forsoket|gangen jag forsokte)|"
    r"(?:ska|kommer att|tanker|vill) forsoka igen\W*$",
    "hopeless": r"det (?:ar|e) kort\b|ingen ide (?:langre|mer|alls)?\W*$|ingen vag tillbaka|"
    r"orkar inte (?:langre|mer)\b.{0,40}\b(?:och|o) allt\b|(?:sa )?less pa (?:allt|livet)|"
    r"(?:(?:spelar|spelade) (?:ingen|inte nan|inte nagon)|inte (?:spelar|spelade) (?:nan|nagon)) "
    r"roll vad som hander (?:mig|honom|henne|hen)|"
    r"kanns (?:det )?(?:likadant|samma) (?:igen|som da)|orkar inte (?:langre|mer)\W*$|"
    # "i'm done honestly", closing a message (not "done with him", "done with school").
    r"(?:i'?m|im|i am) (?:so |just |fucking )?done"
    r"(?: honestly| for real| fr| with (?:everything|life|it all))?\W*$"
    r"|(?:jag ar|ja e|jag e) (?:typ )?klar med (?:allt|livet)\W*$"
    # "this life with clients is not life", "no more strength" (set FR).
    r"|(?:this|my) life (?:\w+ ){0,3}?(?:is not|isn t|isnt|is no) (?:a )?life\b"
    r"|no (?:more )?strength"
    r"(?: left| anymore| any more)?\W*$|(?:det har|mitt) liv (?:ar|e) inget liv\b",
    "this_time": r"den har gangen",
    # Things put in order (set CJ): "har städat rummet och raderat snap och allt. känns som
    # att det är dags nu".
    "put_in_order": r"(?:har |ja |jag )?(?:raderat|raderade|tagit bort|tog bort) "
    r"(?:min |mitt |mina )?(?:snap|snapchat|insta|instagram|tiktok|konton?|kontona|"
    r"alla konton|bilder(?:na)?|allt)\b",
    "time_now": r"(?:kanns (?:som )?(?:att )?)?det (?:ar|e) dags (?:nu|ikvall|inatt)\W*$",
    # "now im thinking about something worse" (set FM), "tänker på nåt värre".
    "worse": r"(?:thinking|think|thought|considering) (?:about |of )?(?:doing )?something worse\b|"
    r"(?:tanker|tankt|funderar) (?:pa )?(?:att gora )?(?:nat|nagot) varre\b",
    "last_step": r"(?:ta|tar|tagit) (?:jag )?det sista steget",
    # A note: "tack för allt, nu slipper ni mig".
    "thanks": r"tack for allt\b(?! (?:hjalp|stod|svar|info\w*|rad))|"
    r"thank(?:s| you) for everything\b(?! (?:you(?:ve| have) done|the help|your help))",
    # "säg till min lillebror att det inte var hans fel. hejdå" (set CY): a last message.
    "not_their_fault": r"(?:sag|saga|sag till|saga till|tell) (?:\w+ ){1,3}?(?:att |that )?"
    r"(?:det |it )?(?:inte var|inte ar|wasnt|was not|isnt|is not) (?:hans|hennes|deras|ert|ditt|"
    r"his|her|their|your) (?:fel|fault)",
    "rid_of_me": r"(?:nu |snart )?slipper (?:ni|du|alla|ni alla|dom|de|mamma|pappa) mig\b",
    # Things put in order: "ordnat så att katten tas om hand om det händer nåt mig".
    "pet_cared_for": r"(?:katten|hunden|kaninen|djuren|fageln) (?:tas|blir|ska tas|kommer tas) "
    r"(?:om )?hand|(?:take care of|look after) (?:my|her|his) (?:cat|dog|rabbit|pets?|bird)"
    r"|ta hand om (?:min|mitt|mina|hennes|hans) (?:katt|hund|kanin|djur|fagel)",
    "if_i_am_gone": r"(?:om|ifall) det (?:hander|skulle handa|hander nagon gang) (?:nat|nagot) "
    r"(?:med )?mig",
    # "tar hela kartan": an amount, with a means named beside it.
    # (Not medicine taken as prescribed: "tar alla mina tabletter varje morgon".)
    "amount": r"(?:ta|tar|tagit|svalja|svaljer|svalt) (?:alla|hela (?:kartan|burken|asken|"
    r"paketet)|en hel (?:karta|burk|ask)|(?:typ |kanske |ca )?\d{2,} )"
    r"(?!.{0,40}\b(?:varje|som (?:lakaren|doktorn|lakarn)|enligt|recept\w*|ordinerat))",
    "repeated": r"varje (?:kvall|natt|dag) (?:den har veckan|nu|sen)|hela natten|flera ganger nu",
    # ("do" is also English: "what do i do" is no wish to die.)
    "dying": r"(?<!what )(?<!how )(?<!i )(?<!you )(?<!to )(?<!we )\bdo\b|doden|dod\b|"
    r"slippa (?:allt|leva)|vill (?:bara |typ |ba )?forsvinna",
}
_INTENTS = {name: re.compile(rf"\b(?:{p})") for name, p in _INTENT.items()}
# Signs that count only beside a goodbye (or each other): alone, each is everyday speech.
_GOODBYE_ONLY = frozenset({"shut_in", "thanks", "rid_of_me", "last_word"})
_GOODBYES = frozenset({"sorry", "letter", "farewell", "over_soon", "pet_cared_for"})


def suicidal_by_signs(folded: str) -> bool:
    """A means and an intent, or two kinds of intent, in one message."""
    kinds = {name for name, pattern in _INTENTS.items() if pattern.search(folded)}
    weak = kinds & _GOODBYE_ONLY
    if _MEANS.search(folded) and kinds - weak:
        return True
    if weak and (kinds & _GOODBYES or len(weak) >= 2):
        return True  # "tack för allt, nu slipper ni mig"; a goodbye, then shut in alone
    return len(kinds - weak - {"dying", "repeated", "this_time", "alone", "amount"}) >= 2
