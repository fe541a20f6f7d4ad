"""A safety net for crisis messages that the intent classifier may miss.

A statistical classifier will sometimes read "sen tar jag mitt liv" as
something harmless. Missing a crisis costs far more than treating a message as
one too often, so plain phrases that only people in acute danger or with
suicidal thoughts write override the classifier (`SituationAnalyzer` in
components.py).
"""

from __future__ import annotations

import re
from typing import Optional

from engine.nlu.suicide_cues import suicidal_by_signs
from engine.nlu.text import fold, standard

SUICIDAL = "suicidal"
ACUTE_DANGER = "acute_danger"

# [aå], [aä] and [oö]: people often type without Swedish letters.
_SUICIDAL = re.compile(
    r"\b(?:"
    r"sj[aä]lvmord\w*|suicid\w*"
    # Set BN: asking about the line for suicidal thoughts ("om jag ringer 90101 ser dom mitt
    # nummer"); planning one's own funeral; walking into the water not to come back.
    r"|90\s?101\b"
    # Cutting that might not stop this time (set FE, in Swedish words).
    r"|(?:sk[aä]r|skurit|skadar)\s+mig\b.{0,80}?(?:inte\s+sluta|slutar\s+inte|k[aä]nns\s+annorlunda"
    r"|f[oö]r\s+djupt)"
    r"|planer\w*\s+(?:min|sin|hans|hennes)\s+(?:egen\s+)?begravning"
    r"|g[aå]\s+(?:ut\s+)?i\s+(?:vattnet|sj[oö]n|havet|[aä]lven)\s+(?:och\s+)?(?:aldrig|inte)\s+"
    r"(?:komma|kommer)\s+tillbaka"
    r"|ta[rs]?\s+(?:jag\s+)?(?:mitt\s+(?:eget\s+)?liv|livet\s+av\s+mig)"
    r"|vill\s+(?:bara\s+)?d[oö]\b|vill\s+inte\s+(?:leva|finnas)|orkar\s+inte\s+(?:leva|finnas)"
    # "det är inte nån idé att leva" (set CD, said of a daughter).
    r"|(?:inte|ingen)\s+(?:[aä]r\s+|e\s+)?(?:n[aå]n\s+|n[aå]gon\s+)?id[eé]\s+(?:att|med\s+att)\s+l"
    r"eva"
    r"|[oö]nskar\s+(?:att\s+)?jag\s+(?:var|vore)\s+d[oö]d"
    r"|d[oö]da\s+mig\s+sj[aä]lv|avsluta\s+mitt\s+liv"
    # On the edge of a bridge, a roof or the tracks (not waiting for a bus there).
    r"|st[aå]r\s+(?:p[aå]|vid\s+kanten\s+(?:p[aå]|av))\s+(?:bron|taket|r[aä]cket|kanten|"
    r"sp[aå]ret|sp[aå]ren|perrongkanten)\b(?!.{0,40}v[aä]ntar)"
    r"|kms|kill\s+myself|want\s+to\s+die|end\s+my\s+life"
    # "lika bra att dö", "pratar om att inte vilja leva", "thinking about killing myself".
    r"|lika\s+(?:bra|g[aä]rna|g[oö]tt|gott)\s+(?:att\s+|om\s+jag\s+)?d[oö]\b"
    r"|inte\s+vilja\s+(?:leva|finnas)|killing\s+myself|ending\s+(?:it\s+all|my\s+life)"
    # Not waking up, sleeping for ever, easier for all without me, a pet handed over.
    r"|(?:bara|aldrig|att)\s+inte\s+vakna|inte\s+vakna\s+(?:imorgon|igen|mer|n[aå]t)"
    r"|(?:sova|somna|somna\s+in)\s+f[oö]r\s+(?:alltid|gott)|aldrig\s+vakna"
    r"|(?:l[aä]ttare|b[aä]ttre|enklare|sk[oö]nare)\s+(?:f[oö]r\s+(?:alla|er|dom|familjen)\s+)?om\s+"
    r"(?:jag|ja|han|hon)\s+inte\s+(?:fanns|levde|var\s+h[aä]r)"
    r"|ta\s+hand\s+om\s+(?:min|hans|hennes)\s+(?:katt|hund|kanin|djur|husdjur|v[aä]xter)"
    r"|tr[oö]tt\s+p[aå]\s+(?:allt\b(?!\s+(?:tjat|skit|br[aå]k|jobb|plugg|fr[aå]gor|snack|stress))|"
    r"livet|att\s+leva)|unalive|kys\b"
    # A goodbye, or not able to live with it: "texted me goodbye", "kan inte leva med det".
    r"|can'?t\s+live\s+(?:with|like\s+this|anymore|any\s+more)|(?:texted|wrote|sent|"
    r"said)\s+(?:me\s+)?"
    r"(?:a\s+)?goodbye|(?:doesn'?t|dont|don'?t)\s+want\s+to\s+live|wants?\s+to\s+die"
    r"|kan\s+inte\s+leva\s+(?:med|s[aå]\s+h[aä]r|l[aä]ngre)|(?:skrev|skrivit|sa|sagt|skickade|"
    r"skickat)\s+(?:\w+\s+)?hejd[aå]\s+(?:f[oö]r\s+alltid|till\s+alla)"
    # "kan inte sluta tänka på att dö", "tankar på att ta livet av mig".
    r"|(?:t[aä]nk\w*|tankar|tankarna|funderar|funderingar)\s+(?:p[aå]|om)\s+att\s+(?:d[oö]\b|"
    r"ta\s+livet"
    r"|inte\s+(?:leva|finnas|vakna))"
    r"|b[aä]ttre\s+om\s+jag\s+inte\s+(?:fanns|levde)|inte\s+(?:vill|orkar)\s+vakna"
    # A probe of our own in adults' words: the only way out, no one to care, for good.
    r"|(?:enda|sista)\s+(?:utv[aä]gen|l[oö]sningen|v[aä]gen\s+ut)\s+(?:[aä]r|e|blir)\s+att\s+"
    r"(?:f[oö]rsvinna|d[oö]|ge\s+upp|sluta\s+(?:leva|finnas)|ta\s+livet)"
    r"|enda\s+som\s+(?:[aä]r|e)\s+kvar\s+(?:[aä]r|e)\s+att\s+(?:ge\s+upp|f[oö]rsvinna|d[oö])"
    r"|f[oö]rsvinna\s+p[aå]\s+riktigt|ge\s+upp\s+p[aå]\s+livet"
    r"|enda\s+(?:s[aä]ttet|utv[aä]gen|l[oö]sningen)\b.{0,40}\batt\s+inte\s+(?:finnas|leva)\b"
    r"|att\s+inte\s+finnas\s+(?:alls|mer|l[aä]ngre|till)\b"
    r"|snart\s+(?:[aä]r|e|vara)\s+borta\s+f[oö]r\s+(?:alltid|gott)"
    r"|ingen\s+(?:kommer\s+(?:att\s+)?|skulle\s+)(?:bry\s+sig|m[aä]rka|sakna\s+mig)\b.{0,30}"
    r"(?:n[aä]r|om)\s+(?:jag|ja)\s+(?:[aä]r|e)\s+borta\b(?!\s+(?:p[aå]|i|en|ett|[oö]ver|hos|"
    r"fr[aå]n|tv[aå]|n[aå]gra)\b)"
    r"|slipp(?:er|a)\s+(?:jag\s+)?(?:allt|alltihop)\b(?!\s+(?:tjat|br[aå]k|stress|jobb|plugg|"
    r"skit))\s*(?:\w+\s+){0,3}?f[oö]r\s+gott"
    r"|allt\s+ska\s+(?:ta\s+slut|sluta\b(?!\s+(?:med|att))|vara\s+[oö]ver)|avskedsbrev|"
    # A letter left where parents will find it.
    r"brev\b.{0,30}\b(?:lagt|lade|la|l[aä]mnat|l[aä]mnade|g[oö]mt|g[oö]mde)\s+(?:det\s+)?(?:under|"
    r"p[aå])\s+"
    r"(?:huvud)?(?:kudden|s[aä]ngen)|"
    r"(?:lagt|lade|la|l[aä]mnat|g[oö]mt)\s+(?:ett\s+|mitt\s+)?brev\s+(?:under|p[aå])\s+"
    r"(?:huvud)?(?:kudden|s[aä]ngen)|f[oö]rsvinna\s+f[oö]r\s+alltid"
    r"|vill\s+inte\s+va(?:ra)?\s+med\s+(?:mer|l[aä]ngre)\W*$"
    r"|inte\s+leva\s+(?:mer|l[aä]ngre)|orkar\s+inte\s+(?:mer|l[aä]ngre)\s*$"
    r"|ingen\s+mening\s+med\s+(?:att\s+leva|livet)|sluta\s+finnas|gladare\s+utan\s+mig"
    r"|f[oö]rsvinna\s+f[oö]r\s+gott|ingen\s+skulle\s+(?:m[aä]rka|sakna)"
    r"|(?:vill|orkar)\s+inte\s+vakna|d[oö]den\s+[aä]r\s+(?:den\s+)?enda\s+utv[aä]gen"
    r"|inte\s+v[aä]rt\s+att\s+leva|slippa\s+leva|varf[oö]r\s+ska\s+jag\s+(?:ens\s+)?leva"
    r"|spelar\s+ingen\s+roll\s+om\s+jag\s+d[oö]r"
    # Set BL: "det e bättre om jag inte finns", "bättre om jag va död".
    r"|b[aä]ttre\s+(?:om|ifall|att)\s+(?:jag|ja)\s+(?:inte\s+(?:finns|fanns|levde|lever)|"
    r"(?:var|va|vore|[aä]r|e)\s+d[oö]d)"
    # Pills gathered, and the thought that it is time: "samlat på mig piller ... dags nu".
    r"|(?:samla[rt]?|sparat|sparar|gömt|gömmer)\s+(?:p[aå]\s+(?:mig|mej)\s+)?(?:\w+\s+)?"
    r"(?:piller|tabletter|tabbar|sömnpiller|alvedon)\b"
    # A goodbye with no strength left: "ville bara säga hejdå, orkar inte mer med nåt"
    r"|s[aä]ga\s+hej\s?d[aå]\b.{0,60}orkar\s+inte"
    # "ville bara säga hejdå till nån ... ja klarar inte det här mer" (set BP).
    r"|s[aä]ga\s+hej\s?d[aå]\b.{0,120}\b(?:klarar|pallar|fixar)\s+inte\s+(?:av\s+)?"
    r"(?:\w+\s+){0,2}(?:mer|l[aä]ngre)\b"
    r"|orkar\s+inte\s+(?:mer\s+)?med\s+(?:n[aå]got|n[aå]t|n[aå]nting|n[aå]gonting|allt|livet)\b"
    r"|(?:ingen|finns\s+ingen)\s+(?:anledning|mening|id[eé])\s+(?:att|med\s+att)\s+"
    r"(?:forts[aä]tta|leva|finnas|k[aä]mpa)\b(?!\s+(?:med|h[aä]r|p[aå]|jobba|plugga|s[aä]lja))"
    # Word order of a subordinate clause: "att hon inte vill leva mer".
    r"|inte\s+(?:vill|orkar)\s+(?:leva|finnas)"
    r"|(?:vill|orkar)\s+inte\s+vara\s+kvar\s+(?:l[aä]ngre|mer|h[aä]r|p[aå]\s+jorden)"
    # Inverted word order: "nu vill jag inte finnas".
    r"|(?:vill|orkar)\s+(?:jag|ja)\s+inte\s+(?:leva|finnas|vara\s+kvar)"
    # Pills in front of one; on the bridge now; no way out.
    r"|har\s+(?:\w+\s+){0,2}(?:tabletter|piller|tabl[ae]tter)(?:na|n)?\s+(?:framf[oö]r\s+mig|"
    r"bredvid\s+mig|"
    r"i\s+handen"
    r"|h[aä]r|redo)|(?:have|got)\s+(?:the\s+)?pills\s+(?:here|ready|in\s+front)"
    # In English: "a bottle of pills in front of me", "tonight is the night", "jumping off".
    r"|(?:pills|tablets|a\s+rope|a\s+knife|a\s+razor)\s+(?:\w+\s+){0,2}(?:in\s+front\s+of|next\s+t"
    r"o)"
    r"\s+me|tonight\s+is\s+the\s+night|(?:jump|jumping)\s+(?:off|from|in\s+front\s+of)\s+"
    r"(?:the\s+|a\s+)?(?:bridge|roof|building|train|balcony)"
    r"|(?:no\s+(?:point|reason)\s+(?:in\s+)?(?:living|to\s+live|anymore|any\s+more))"
    # An ultimatum: "om ingen svarar inom en timme så gör jag det".
    r"|om\s+(?:ingen|ni\s+inte|du\s+inte|n[aå]gon\s+inte)\s+(?:\w+\s+){0,3}?(?:svarar|h[oö]r\s+av|"
    r"ringer|kommer)\b.{0,40}?\b(?:s[aå]|d[aå])\s+(?:g[oö]r|tar)\s+(?:jag|ja)\s+(?:det|livet)\b"
    r"|(?:saved|saving|collected|collecting|hoarded|stockpiled)\s+(?:up\s+)?(?:\w+\s+)?"
    r"(?:pills|tablets|painkillers)|taking\s+(?:them|all\s+of\s+them|it\s+all)\s+"
    r"(?:tonight|today|now)"
    r"|(?:st[aå]r|sitter)\s+p[aå]\s+(?:bron|taket|kanten|perrongen|r[aä]cket)\s*(?:nu)?\W*$"
    r"|(?:st[aå]r|sitter)\s+p[aå]\s+(?:bron|taket|kanten|r[aä]cket)\s+(?:nu|och\s+t[aä]nker)"
    r"|ingen\s+(?:annan\s+)?utv[aä]g"
    r"|hur\s+(?:m[aå]nga|mycket)\s+(?:\w+\s+)?(?:tabletter|piller|tabl[ae]tter|s[oö]mntabletter|al"
    r"vedon|"
    r"panodil)"
    r"\s+(?:som\s+)?(?:beh[oö]vs|man\s+beh[oö]ver|kr[aä]vs|det\s+tar)"
    r"|(?:perrongen|sp[aå]ret|t[aå]get|tunnelbanan).{0,60}steg\s+fram|steg\s+fram.{0,40}(?:t[aå]get"
    r"|perrongen|sp[aå]ret)"
    r"|brev\s+till\s+\w+(?:\s+\w+)?\s+(?:ifall|om)\s+(?:n[aå]t|n[aå]got|n[aå]nting)\s+"
    r"(?:skulle\s+)?h[aä]nd(?:er|a)"
    r"|took\s+(?:a\s+lot\s+of|all\s+(?:the|her|his|my)|many|so\s+many)\s+pills|saying\s+goodbye"
    r"|overdos\w*"
    # A farewell letter.
    r"|(?:har\s+)?(?:redan\s+)?skrivit\s+(?:ett\s+)?(?:sista\s+)?brev\s+till\s+(?:mamma|pappa"
    r"|familjen|mina\s+barn|min\s+familj)(?!\s+(?:om\s+(?:att|hur|varf[oö]r)|och\s+ber[aä]ttat))"
    # Anyone's: "googlat hur man tar livet av sig", "min kompis vill ta livet av sig".
    r"|ta[rs]?\s+livet\s+av\s+(?:mig|sig)|tog\s+livet\s+av\s+mig"
    r"|ingen\s+mening\s+med\s+(?:n[aå]got|n[aå]t|n[aå]gonting|allt)(?:\s+l[aä]ngre|\s+mer)?\b"
    r"|ser\s+ingen\s+mening\s+(?:l[aä]ngre|mer|med\s+att\s+leva)"
    # Ways of dying named as a plan: a jump, a crash, a rope, pills.
    r"|(?:t[aä]nker|ska|vill|funderar\s+p[aå]\s+att|kommer\s+att)\s+hoppa"
    r"(?!\s+(?:av|[oö]ver|in|p[aå]|upp|till|ner\s+i\s+poolen))"
    r"|hoppa\s+(?:fr[aå]n|framf[oö]r|ut\s+fr[aå]n|ner\s+fr[aå]n)\s+(?:bron|taket|balkongen|t[aå]get"
    r"|tunnelbanan|ett\s+tak|en\s+bro|f[oö]nstret)"
    r"|k[oö]ra\s+(?:rakt\s+)?(?:in\s+)?i\s+(?:ett\s+tr[aä]d|en\s+(?:bergv[aä]gg|lastbil|mur|v[aä]g"
    r"g|bro"
    r"|pelare|betongv[aä]gg|m[oö]tande\s+\w+)|ett\s+(?:brof[aä]ste|r[aä]cke)|m[oö]tande\s+trafik)"
    # "hellre dö än ...", "better I die than go back".
    r"|hellre\s+d[oö]\b(?!\s+av\s+(?:skratt|tristess|tr[aå]kighet))|b[aä]ttre\s+(?:att\s+)?(?:jag"
    r"\s+)?d[oö]r?\s+[aä]n\b"
    r"|(?:better|rather)\s+(?:that\s+|if\s+)?i\s+(?:die|was\s+dead|were\s+dead|be\s+dead)\b"
    r"|i'?d\s+rather\s+(?:die|be\s+dead)"
    r"|k[oö]ra\s+av\s+(?:v[aä]gen|bron)"
    # ("ska kasta mig framför tåget efter jobbet", set DR.)
    r"|(?:g[aå]|st[aä]lla\s+mig|l[aä]gga\s+mig|kasta\s+mig|sl[aä]nga\s+mig)"
    r"\s+framf[oö]r\s+(?:t[aå]get|tunnelbanan|en\s+bil"
    r"|en\s+lastbil|bussen)"
    r"|h[aä]nga\s+mig|[oö]verdos\w*|ta\s+alla\s+(?:mina\s+)?(?:tabletter|piller|tabl[ae]tter)"
    r"|skära\s+upp\s+(?:handlederna|pulsådern)|sk[aä]ra\s+mig\s+djupt"
    r"|(?:don'?t|do\s+not|dont)\s+want\s+to\s+(?:live|be\s+alive|exist|wake\s+up)"
    r"|end\s+it\s+all|better\s+off\s+dead|take\s+my\s+(?:own\s+)?life|suicidal"
    # Meaning gone, not waking, pills out or taken, a rope, going on "tills det tar slut".
    r"|(?:inte|ingen)\s+(?:ser\s+)?(?:n[aå]n\s+|n[aå]gon\s+)?mening\s+(?:l[aä]ngre|mer|alls)"
    r"|(?:inte|aldrig)\s+(?:jag\s+|ja\s+)?vaknar\s+(?:imorgon|imorn|imorrn|i\s+morgon|mer|igen)"
    r"|vaknar\s+(?:inte|aldrig)\s+(?:imorgon|imorn|imorrn|i\s+morgon|mer|igen)"
    r"|(?:tabletterna|pillren|piller|tabletter|s[oö]mntabletterna)\s+(?:\w+\s+)?(?:framme|redo|"
    r"h[aä]r\s+bredvid)"
    r"|(?:ta|tar|tagit|tog|svalt|svalde|sv[aä]lja|k[aä]kat|[aä]tit|took|taken|swallowed)\s+"
    r"(?:typ\s+|ungef[aä]r\s+|like\s+|about\s+)?(?:en\s+)?(?:alla|\d{2,3}|massa|hela\s+burken|"
    r"all)\s+"
    r"(?:\w+\s+)?(?:tabletter|tabl[ae]tterna|s[oö]mntabletter\w*|v[aä]rktabletter\w*|piller|"
    r"pillren|alvedon|panodil|"
    r"ipren|treo|pills|sleeping\s+pills|painkillers)(?!.{0,30}\b(?:varje|som\s+(?:l[aä]karen|"
    r"doktorn)|enligt|p[aå]\s+recept|every))"
    # Set GS, said in Swedish: "har tagit värktabletter sen han la ut bilderna, känner mig yr".
    r"|(?:tagit|tog|svalt|svalde|[aä]tit|k[aä]kat)\s+(?:\w+\s+){0,3}?(?:tabletter|"
    r"v[aä]rktabletter|s[oö]mntabletter|piller|alvedon|ipren|panodil)\b.{0,60}\b(?:k[aä]nner\s+"
    r"(?:mig|mej)|[aä]r|blir|e)\s+(?:s[aå]\s+|j[aä]tte\s+|helt\s+)?(?:yr|snurrig|d[aå]sig|"
    r"avdomnad)\b"
    r"|(?:k[oö]pt|k[oö]pte|skaffat|bought)\s+(?:ett\s+|a\s+)?(?:rep|rope)\b"
    r"|(?:inte|aldrig)\s+t[aä]nker\s+(?:att\s+)?leva|t[aä]nker\s+inte\s+(?:att\s+)?leva"
    r"|tills?\s+(?:det|allt|jag)\s+(?:tar\s+slut|[aä]r\s+slut|d[oö]r)"
    r"|(?:orkar|vill)\s+inte\s+vara\s+kvar\s+(?:alls|n[aå]gonstans)"
    r"|(?:don'?t|do\s+not|dont)\s+want\s+to\s+be\s+(?:here|around)\s+(?:anymore|any\s+more)"
    r"|(?:won'?t|will\s+not)\s+be\s+(?:here|around)\s+(?:tomorrow|much\s+longer)"
    r"|(?:st[aå]r|sitter)\s+p[aå]\s+(?:balkongen|balkongr[aä]cket|f[oö]nsterbr[aä]dan)\b"
    r".{0,40}(?:v[aå]ning|h[oö]gt|hoppa|s[aä]ga\s+det)"
    # "bäst för alla om jag tog bort mig själv", "thinking about ending it", "sista natten".
    r"|(?:b[aä]st|b[aä]ttre|l[aä]ttare|enklare)\s+f[oö]r\s+(?:alla|er|dom|familjen)\s+om\s+jag\s+"
    r"(?:tog\s+bort\s+mig|f[oö]rsvann|dog|inte\s+fanns)"
    r"|ta\s+bort\s+mig\s+sj[aä]lv|tog\s+bort\s+mig\s+sj[aä]lv"
    r"|sk[aä]r\s+mig\b.{0,80}\bhela\s+v[aä]gen"
    r"|(?:thinking\s+about|think\s+about|want\s+to|going\s+to|wanna|gonna)\s+end(?:ing)?\s+it\b"
    r"|(?:blir|[aä]r|e)\s+(?:min\s+)?sista\s+(?:natten|natt|dagen|kv[aä]llen)"
    # Gone for good, nobody will miss me, pills gathered or all taken, the last message.
    r"|f[oö]rsvinna\s+och\s+aldrig\s+komma\s+tillbaka|ingen\s+(?:kommer\s+(?:att\s+)?)?sakna\s+mig"
    r"|samla[rt]?\s+(?:ihop\s+|p[aå]\s+)?(?:mig\s+)?(?:piller|tabletter|s[oö]mntabletter|medicin)"
    r"|sista\s+g[aå]ngen\s+(?:ni|du|n[aå]gon|n[aå]n)\s+h[oö]r\s+(?:fr[aå]n|av)\s+mig"
    r"|g[oö]ra\s+slut\s+p[aå]\s+(?:allt|mig|mitt\s+liv|livet)"
    r"|(?:[aä]tit|tagit|svalt|tog|[aå]t)\s+alla\s+mina\s+\w+"
    r"|(?:if|when)\s+i\s+(?:just\s+)?(?:disappeared|was\s+gone|were\s+gone)\b"
    r"|disappear\s+(?:forever|for\s+good)"
    # "everyone would be better off without me", "alla har det bättre utan mig".
    r"|(?:better|easier|happier)\s+off\s+without\s+me"
    # "i catch myself thinking everyone would be fine if i just wasnt here" (set FI).
    r"|(?:everyone|everybody|they|my\s+(?:kids|family|parents))\s+(?:would|will|'d)\s+(?:be\s+)?"
    r"(?:fine|ok|okay|better|happier|better\s+off)\s+(?:if\s+i\s+(?:just\s+)?(?:wasn'?t|weren'?t|"
    r"was\s+not|were\s+not|wasnt|werent)\s+(?:here|around|alive)|without\s+me)"
    r"|\bend\s+it\s+(?:myself|now|tonight)|better\s+(?:if\s+)?i\s+end\s+it"
    # Warning signs said as a plan or a farewell: all of someone's pills tonight, a car in
    # the garage with a hose, the rope laid out, belongings given away, "om jag inte svarar
    # imorgon så vet ni varför", "ni behöver inte svara. hejdå".
    r"|(?:ta|tar|tagit|tog)\s+(?:jag\s+|ja\s+)?alla\s+(?:\w+\s+)?(?:tabletter|tabletterna|piller|"
    r"pillren|medicin\w*|s[oö]mntabletter\w*)(?!.{0,30}\b(?:varje|som\s+(?:l[aä]karen|doktorn)|"
    r"enligt|p[aå]\s+recept))"
    r"|(?:bilen|en\s+bil)\s+i\s+garaget\s+(?:\w+\s+){0,3}?(?:slang\w*|motorn\s+p[aå]|"
    r"motorn\s+ig[aå]ng)"
    r"|avgasr[oö]r\w*|\brepet\s+(?:ligger|h[aä]nger|[aä]r)\s+(?:redo|framme|klart|uppe|i\s+\w+)"
    r"|(?:gett|gav|ger|har\s+gett)\s+bort\s+(?:alla\s+)?(?:mina|mitt|min)\s+(?:\w+\s+)?(?:grejer|"
    r"saker|"
    r"kl[aä]der|djur|katt|hund|smycken)"
    r"|om\s+(?:jag|ja)\s+inte\s+(?:svarar|h[oö]rs|skriver|h[oö]r\s+av\s+mig)\s+(?:imorgon|imorn|"
    r"i\s+morgon|"
    r"mer)\s+(?:s[aå]\s+)?vet\s+(?:ni|du)\s+varf[oö]r"
    r"|(?:ni|du)\s+beh[oö]ver\s+inte\s+svara\b.{0,30}\bhej\s?d[aå]"
    r"|finns\s+ingen\s+mening(?:\s+(?:l[aä]ngre|mer|alls|med\s+(?:n[aå]t|n[aå]got|"
    r"n[aå]nting)))?\W*$"
    # No reason left to live; someone else's plan said in the third person: "hon ska ta
    # sitt liv ikväll", "samlat på sig piller", "ingen kommer sakna henne".
    r"|(?:ingen|inte\s+n[aå]gon|inte\s+n[aå]n)\s+(?:anledning|id[eé]|mening)\s+(?:\w+\s+)?att\s+"
    r"(?:forts[aä]tta\s+(?:att\s+)?)?(?:leva|finnas|vara\s+kvar)"
    r"|(?:orkar|vill|kan)\s+inte\s+forts[aä]tta\s+(?:att\s+)?leva|no\s+reason\s+to\s+(?:live|"
    r"go\s+on)"
    r"|ta[rs]?\s+(?:sitt|hennes|hans)\s+(?:eget\s+)?liv(?![^.]{0,25}\binte\s+(?:nu|l[aä]ngre))"
    # Set HB: "säger att hon ska skära sig och dö", "han ska döda sig" (staff, of a resident).
    r"|(?:hon|han|hen)\s+(?:ska|t[aä]nker|vill|kommer\s+att)\s+(?:sk[aä]ra\s+sig\s+(?:och|o)\s+"
    r"d[oö]|d[oö]da\s+sig|d[oö]\b|hoppa\s+fr[aå]n|h[aä]nga\s+sig|ta\s+(?:alla\s+)?(?:sina\s+)?"
    r"(?:tabletter|piller))"
    r"|samla[rt]?\s+(?:ihop\s+|p[aå]\s+)?(?:sig\s+)?(?:p[aå]\s+)?(?:piller|tabletter|"
    r"s[oö]mntabletter|"
    r"medicin)"
    r"|ingen\s+(?:kommer\s+(?:att\s+)?|skulle\s+)?sakna\s+(?:henne|honom|hen|mig|mej)"
    r"|(?:t[aä]nk\w*|funder\w*)\s+p[aå]\s+att\s+hoppa"
    r"(?!\s+(?:av|[oö]ver|in|p[aå]|upp|till|ner\s+i\s+poolen))"
    r"|(?:b[aä]ttre|l[aä]ttare|enklare)\s+(?:\w+\s+){0,2}utan\s+mig\b"
    # A third probe of our own (crisis-line practice): not wanting to "be part of it" any
    # more, not one more day, a last message, goodbyes said, not being here after the
    # weekend, the means at hand, a plan, self-harm now, pills after drinking.
    r"|(?:vill|orkar)\s+inte\s+(?:vara\s+med|h[aä]nga\s+med)\s+(?:l[aä]ngre|mer)\b"
    r"|(?:klarar|orkar|pallar|kan)\s+inte\s+(?:en\s+)?(?:enda\s+)?(?:dag|natt|vecka)\s+till"
    r"(?!\s+(?:utan|med|p[aå]|i)\b)"
    r"|sista\s+g[aå]ngen\s+(?:jag|ja)\s+(?:skriver|h[oö]r\s+av\s+mig|pratar\s+med\s+n[aå]gon)"
    r"(?!.{0,20}\b(?:var|va|f[oö]rra|i\s+fjol|sen)\b)"
    r"|(?:har\s+)?sagt\s+hej\s?d[aå]\s+(?:till\s+(?:alla|mina|min|familjen|mamma|pappa)\s+"
    r"(?:\w+\s+)?)?(?:f[oö]r\s+(?:alltid|gott|sista\s+g[aå]ngen))"
    r"|(?:inte|aldrig)\s+(?:att\s+)?(?:jag\s+|ja\s+)?finns\s+kvar\s+(?:efter|imorgon|i\s+morgon|"
    r"n[aä]sta|om\s+en|p[aå]\s+m[aå]ndag)"
    r"|har\s+(?:\w+\s+)?(?:repet|ett\s+rep|rakblad\w*|kniven)\s+(?:redan\s*$|framf[oö]r\s+mig"
    r"|redo|i\s+handen|bredvid\s+mig|uppe|uppsatt)"
    r"|har\s+en\s+plan\s+(?:f[oö]r\s+|p[aå]\s+)?(?:hur|att|n[aä]r)\s+(?:jag\s+|ja\s+)?(?:ska\s+)?"
    r"(?:d[oö]|g[oö]ra\s+det|avsluta|ta\s+(?:mitt|livet))"
    r"|(?:vill|ska|t[aä]nker)\s+(?:bara\s+)?(?:skada\s+mig\s+sj[aä]lv|sk[aä]ra\s+mig)"
    r"|sk[aä]r\s+mig\b.{0,40}\b(?:ikv[aä]ll|inatt|just\s+nu|v[aä]rre|djupare)"
    r"|(?:druckit|full|packad|h[oö]g)\s+(?:\w+\s+)?(?:och|o)\s+(?:tagit|tog|[aä]tit|svalt)\s+"
    r"(?:\w+\s+)?(?:tabletter|piller|tabl[ae]tter|medicin)"
    r"|(?:st[aå]r|sitter)\s+p[aå]\s+(?:en\s+bro|ett\s+tak|bron|taket)\s+(?:just\s+)?nu"
    r"|(?:life|living)\s+(?:is\s+)?(?:not|isn'?t)\s+worth|not\s+worth\s+living"
    # "funderar på att avsluta allt" (set CX): thinking of ending it all.
    r"|(?:funderar|t[aä]nker|t[aä]nkt|[oö]verv[aä]ger|vill)\s+(?:p[aå]\s+)?(?:att\s+)?avsluta\s+"
    r"(?:allt|livet|mitt\s+liv|det\s+hela)\b"
    r"|avsluta\s+allt\s+(?:ikv[aä]ll|inatt|i\s+natt|nu|idag|snart)|(?:ta|g[oö]ra)\s+slut\s+p[aå]\s"
    r"+allt"
    r"|(?:enklast|b[aä]st)\s+om\s+(?:jag|ja)\s+(?:bara\s+)?(?:dog|d[oö]r|f[oö]rsvann)"
    # Set AL: not sure one wants to wake up; cut again.
    r"|(?:vet\s+inte|os[aä]ker\s+p[aå])\s+om\s+(?:jag|ja)\s+(?:ens\s+)?(?:vill|orkar)\s+"
    r"(?:vakna|leva|finnas|vara\s+kvar)"
    # "vet inte hur länge till jag orkar." (set CH): strength running out, nothing after.
    r"|vet\s+inte\s+hur\s+l[aä]nge\s+(?:till\s+|mer\s+)?(?:jag|ja)\s+orkar(?:\s+till)?"
    r"(?:\s*[.!]|\s*$|\s+(?:leva|finnas|vara\s+kvar))"
    r"|(?:har\s+)?sk[uaä]rit\s+mig\s+(?:igen|djup\w*|v[aä]rre)"
    # A fourth probe of our own: dying as the way out, death on one's mind, sleep for ever.
    r"|vill\s+(?:jag|ja)\s+(?:bara\s+)?d[oö]\b"
    r"|(?:sk[oö]nt|sk[oö]nast|b[aä]st|sk[oö]n)\s+att\s+(?:f[aå]\s+)?(?:slippa\s+(?:vakna(?!\s+tidi"
    r"gt)|leva|finnas)"
    r"|d[oö]\b)"
    r"|ser\s+ingen\s+(?:annan\s+)?(?:v[aä]g\s+ut|utv[aä]g)|mitt\s+liv\s+[aä]r\s+slut\b"
    r"|enda\s+(?:s[aä]ttet|utv[aä]gen|l[oö]sningen)\b.{0,40}\bd[oö]\b"
    r"|(?:t[aä]nk\w*|tankar|tankarna)\s+(?:\w+\s+)?p[aå]\s+d[oö]den"
    r"|spelar\s+ingen\s+roll\s+(?:vad\s+som\s+h[aä]nder\s+med\s+mig|om\s+jag\s+lever)"
    r"|sova\s+f[oö]r\s+evigt|om\s+(?:jag|ja)\s+d[oö]r\s+(?:s[aå]\s+)?slipper"
    r"|sk[uaä]rit\s+mig\b.{0,40}\bbl[oö]d"
    # Set AM's classes: pills saved, going to the bridge today, run over would be a
    # relief, a jar of pills in the room, English "not wake up", "no one miss me".
    r"|(?:sparat|sparar|sparade|gömt|g[oö]mmer|har\s+en\s+burk\s+med)\s+(?:\w+\s+)?(?:p[aå]\s+)?"
    r"(?:tabletter|piller|tabl[ae]tter|s[oö]mntabletter|medicin)"
    r"|burk\s+med\s+(?:\w+\s+)?(?:tabletter|piller|s[oö]mntabletter)"
    r"|(?:t[aä]nker|ska)\s+g[aå]\s+(?:till|upp\s+p[aå]|ut\s+p[aå])\s+(?:bron|taket|sp[aå]ret|"
    r"sp[aå]ren|perrongen|r[aä]lsen)"
    r"|(?:sk[oö]nt|sk[oö]nast|l[aä]ttast|enklast)\s+att\s+bli\s+(?:p[aå]k[oö]rd|[oö]verk[oö]rd)"
    r"|\bi\b.{0,30}\b(?:sleep\s+and\s+)?(?:not|never)\s+wake\s+up"
    # "id rather just sleep forever than keep doing this" (set FF).
    r"|\b(?:rather|want\s+to|wanna|just|to)\s+(?:just\s+)?sleep\s+(?:forever|for\s+ever|for\s+good)\b"
    # "giving my clothes ... to my cousin, i wont need them where im going" (set FG).
    r"|\b(?:won'?t|wont|will\s+not)\s+need\s+(?:them|it|this|these|those|that|my\s+\w+|anything)\s+"
    r"(?:where\s+i'?m\s+going|where\s+im\s+going|after\s+(?:tonight|today|tomorrow)|"
    r"when\s+i'?m\s+gone|when\s+im\s+gone)"
    r"|\bgiv(?:e|ing|en)\s+(?:away\s+)?(?:all\s+)?my\s+(?:\w+\s+){0,4}?(?:to|away)\b.{0,60}"
    r"\b(?:won'?t|wont)\s+need\b"
    r"|\b(?:behöver|behover)\s+(?:dom|dem|de|den|det|inget|ingenting)\s+(?:inte\s+)?(?:där|dar)\s+"
    r"(?:jag|ja)\s+ska\b|\bger\s+bort\s+(?:alla\s+)?mina\s+(?:saker|grejer|kläder|klader)\b"
    r"|no\s*one\s+(?:will\s+|would\s+)?miss\s+me"
    r"|nobody\s+(?:will\s+|would\s+)?miss\s+me"
    r"|(?:inget|ingenting)\s+(?:kvar\s+)?att\s+leva\s+f[oö]r|sluta\s+existera"
    r"|(?:en\s+)?b[oö]rda\s+f[oö]r\s+(?:alla|er|dom|familjen|alla\s+runt\s+mig)"
    # A fifth probe of our own: a lethal dose looked up, things handed out, the night not
    # survived, death as the only way to stop it, a belt round the neck.
    r"|(?:hur\s+(?:mycket|m[aå]nga)|vilken\s+m[aä]ngd)\s+(?:\w+\s+){0,2}?(?:som\s+)?"
    r"(?:[aä]r|e|blir)\s+(?:farligt|d[oö]dligt|livsfarligt)|d[oö]dlig\s+dos"
    r"|(?:delat|delar|delade)\s+ut\s+(?:alla\s+)?(?:mina|mitt|min)\s+(?:\w+\s+)?(?:grejer|saker|"
    r"kl[aä]der|smycken)"
    r"|(?:klara|klarar|[oö]verleva|[oö]verlever)\s+(?:inte\s+)?(?:mig\s+)?(?:genom|igenom)\s+(?:na"
    r"tten|kv[aä]llen|den\s+h[aä]r\s+"
    r"natten)"
    r"|d[oö]den\s+(?:[aä]r|e)\s+(?:den\s+|det\s+)?enda\b"
    r"|(?:rep|rept|b[aä]lte|b[aä]ltet|sladd|sladden|snara|snaran)\s+(?:\w+\s+)?runt\s+(?:min\s+)?"
    r"halsen"
    r"|(?:vill|ska|t[aä]nker)\s+(?:bara\s+)?sluta\s+andas"
    r"|\b(?:kliva|hoppa|g[aå])\s+(?:p[aå]\s+)?eller\s+framf[oö]r"
    # Set CJ: the writer's own belongings given away as no longer needed, "om jag försvinner
    # nu så slipper pappa ...", and how many pills are too many.
    r"|(?:gett|gav|gitt|sk[aä]nkt|sk[aä]nkte)\s+bort\s+(?:det\s+mesta|allt|mina\s+saker|"
    r"mina\s+grejer|mycket)\b.{0,60}?\bbeh[oö]ver\s+(?:det|dem|dom|dem\s+inte|inget)\s+"
    r"(?:inte\s+)?(?:l[aä]ngre|mer)"
    r"|om\s+(?:jag|ja)\s+(?:bara\s+)?(?:f[oö]rsvinner|f[oö]rsvann|inte\s+fanns|inte\s+finns|"
    r"d[oö]r|dog)\b.{0,25}?\bslipper\b"
    r"|hur\s+m[aå]nga\s+(?:\w+\s+)?(?:tabletter|piller|s[oö]mntabletter|alvedon|panodil|ipren)\s+"
    r"(?:som\s+)?(?:[aä]r\s+f[oö]r\s+m[aå]nga|beh[oö]vs|kr[aä]vs|d[oö]dar|m[aå]ste\s+man\s+ta|"
    r"[aä]r\s+d[oö]dligt)"
    r"|how\s+many\s+(?:\w+\s+)?(?:pills|tablets|sleeping\s+pills|paracetamol|tylenol)\s+"
    r"(?:is|are|would\s+be)\s+(?:too\s+many|deadly|lethal|enough\s+to\s+die)"
    # A sixth probe of our own (others' words, methods asked about): a pet given away, "sorry
    # for everything", "inte är värt att leva", medicine stopped and saved, drowning asked.
    r"|(?:gett|gav|ger|har\s+gett|l[aä]mnat|l[aä]mnade)\s+bort\s+(?:sin|sina|sitt|hennes|hans)\s+"
    r"(?:\w+\s+)?(?:katt|hund|kanin|djur|husdjur|saker|grejer|kl[aä]der|smycken)"
    r"|(?:(?:[aä]r|e)\s+(?:s[aå]\s+)?ledsen|f[oö]rl[aå]t)\s+f[oö]r\s+allt"
    r"(?=\s*[.!,]|\s*$|\s+(?:och|o|jag|ja|hejd[aå])\b)"
    r"|sorry\s+for\s+everything"
    r"|inte\s+(?:[aä]r|e)\s+(?:\w+\s+)?v[aä]rt\s+att\s+leva"
    r"|(?:slutat|slutar)\s+ta\s+(?:min|mina|sin|sina)\s+(?:\w+\s+)?(?:medicin\w*|tabletter)"
    r"\b.{0,40}\b(?:spar|samla|g[oö]m)"
    # A seventh probe of our own (teenagers' words): not wanting to be here any more (no
    # place named after it), on the roof now, belongings willed, never waking again.
    r"|(?:jag|ja)\s+(?:vill|orkar)\s+(?:typ\s+|bara\s+|liksom\s+|asså\s+)?inte\s+(?:va|vara)\s+"
    r"h[aä]r\s+(?:l[aä]ngre|mer)\b(?!\s+(?:p[aå]|i|hos|med|f[oö]r)\s)"
    r"|(?:[aä]r|e|sitter|st[aå]r)\s+(?:uppe\s+)?p[aå]\s+(?:taket|bron|kanten|r[aä]cket|"
    r"perrongkanten)\b.{0,30}\bnu\b"
    r"|(?:skrivit|skrev|skriver)\s+(?:ner\s+)?(?:vem|vilka)\s+som\s+ska\s+(?:f[aå]|ha)\s+"
    r"(?:mina|mitt|min)\b|skrivit\s+(?:ett\s+|mitt\s+)?testamente"
    r"|aldrig\s+(?:mer|igen)\s+vakna|inte\s+vakna\s+(?:mer|igen)"
    # The safety net for what only the classifier caught in our probes: gone tomorrow,
    # better off if I were gone, everything over for ever, the last message, a way of
    # dying thought of or asked about, pills lying here.
    r"|ifall\s+(?:jag|ja)\s+inte\s+finns\s+(?:kvar|h[aä]r)"
    r"|(?:inte|aldrig)\s+(?:att\s+)?(?:kommer\s+(?:att\s+)?)?finnas\s+(?:kvar\s+)?(?:imorgon|i\s+m"
    r"orgon|"
    r"imorn|l[aä]ngre|mer|efter\s+\w+)"
    r"|(?:kommer|ska)\s+inte\s+(?:att\s+)?finnas\s+(?:kvar\s+)?(?:imorgon|i\s+morgon|imorn|l[aä]ng"
    r"re)"
    r"|allt\s+ska\s+(?:va|vara)\s+[oö]ver|f[aå]\s+(?:det|allt)\s+att\s+ta\s+slut"
    r"|(?:vill|[oö]nskar)\s+(?:bara\s+)?att\s+(?:det|allt)\s+ska\s+(?:ta\s+slut|bli\s+tyst|va\s+[o"
    r"ö]ver|"
    r"vara\s+[oö]ver)\s+(?:f[oö]r\s+alltid|nu\b)"
    r"|slippa\s+allt\s+f[oö]r\s+(?:gott|alltid)|tyst\s+f[oö]r\s+alltid"
    r"|(?:b[aä]ttre|klara\s+sig\s+b[aä]ttre|m[aå]\s+b[aä]ttre|ha\s+det\s+b[aä]ttre)\s+(?:\w+\s+){0"
    r",3}?"
    r"om\s+(?:jag|ja)\s+(?:var|vore)\s+borta"
    r"|(?:om|att)\s+(?:jag|ja)\s+aldrig\s+(?:fanns|hade\s+funnits|f[oö]ddes|hade\s+f[oö]tts)"
    r"|aldrig\s+(?:mer\s+)?beh[oö]va\s+vakna|sova\s+(?:och|o)\s+(?:aldrig|inte)\s+vakna"
    r"|\bse\s+om\s+(?:jag|ja)\s+vaknar"
    r"|(?:enda|bara)\s+(?:jag|ja)\s+(?:t[aä]nker\s+p[aå]|vill)\s+(?:[aä]r|e)\s+att\s+(?:d[oö]|"
    r"f[oö]rsvinna|inte\s+vakna)"
    r"|ingen\s+(?:skulle|kommer)\s+(?:ens\s+)?(?:att\s+)?(?:m[aä]rka|sakna)\s+(?:om|n[aä]r|att|mig)"
    r"|hoppa\w*\s+(?:ut\s+)?fr[aå]n\s+(?:\w+\s+){0,2}?v[aå]ning\w*"
    r"|(?:t[aä]nker|funderar|t[aä]nkt|funderat)\s+(?:\w+\s+)?p[aå]\s+att\s+(?:skjuta|h[aä]nga|"
    r"dr[aä]nka|skära|sk[aä]ra|f[oö]rgifta)\s+mig"
    r"|(?:f[oö]nstret|balkongen|bron|taket|kanten)\b.{0,60}\bsl[aä]ppa\s+taget"
    r"|(?:ta|tar|tagit)\s+(?:\w+\s+){0,2}?slut\s+p[aå]\s+mig"
    r"|(?:mitt|ett)\s+sista\s+(?:sms|meddelande|mess|brev)\b|sista\s+(?:sms|meddelande|mess)\w*\s+"
    r"till\s+(?:mamma|pappa|familjen|min|mina)"
    r"|(?:sh|sk[aä]r|skurit|skadar)\w*\b.{0,60}\bg[aå]\s+f[oö]r\s+l[aå]ngt"
    r"|\bsluta\s+leva\b|(?:lika\s+bra|b[aä]st)\s+att\s+avsluta\s+(?:det|allt)"
    r"|(?:inte|aldrig)\s+(?:ett|en)\s+(?:problem|b[oö]rda)\s+f[oö]r\s+(?:n[aå]n|n[aå]gon|er|dig|"
    r"alla)\s+(?:l[aä]ngre|mer)"
    r"|\bnever\s+wake\b"
    r"|(?:tabletterna|pillren|s[oö]mntabletterna|medicinen)\s+(?:ligger|[aä]r|finns)\s+(?:h[aä]r|"
    r"framme|redo|bredvid)"
    r"|(?:g[oö]r\s+(?:det\s+)?ont|hur\s+l[aå]ng\s+tid\s+tar\s+det|hur\s+k[aä]nns\s+det)\s+att\s+"
    r"(?:drunkna|dr[aä]nka\s+(?:sig|mig)|h[aä]nga\s+(?:sig|mig)|d[oö]|f[oö]rbl[oö]da|kv[aä]vas)"
    r"|dr[aä]nka\s+(?:mig|sig)\s+(?:sj[aä]lv|i)"
    r"|(?:har|sitter\s+med|st[aå]r\s+med|ligger\s+med)\s+(?:\w+\s+){0,2}(?:s[oö]mn)?"
    r"(?:tabletter\w*|piller|pillren)\s+(?:framf[oö]r\s+mig|bredvid\s+mig|i\s+handen|redo)"
    r"|(?:hel|hela|flera|en\s+massa)\s+(?:karta|kartor|burk|burkar|askar|paket)\s+(?:med\s+|av\s+)?"
    r"(?:\w+\s+)?(?:s[oö]mntabletter|tabletter|piller|sobril|stesolid|imovane)"
    r")"
)
# Someone else does it: "det slår mig att..." (it occurs to me) is no danger.
_SOMEONE = (
    r"(?:han|hon|hen|de|dom|n[aå]gon|n[aå]n|kunden|killen|mannen|pappa|mamma|"
    r"min\s+\w+|hallickens?|torsken)"
)
_DANGER = re.compile(
    r"\b(?:"
    # Someone else at the door; "jag står utanför dörren till en tjej" is the writer.
    r"(?<!jag\s)(?<!ja\s)(?<!vi\s)(?:st[aå]r|v[aä]ntar)\s+(?:fortfarande\s+|kvar\s+|nu\s+|"
    r"still\s+)?utanf[oö]r\s+(?:min\s+|v[aå]r\s+)?d[oö]rr"
    # "nu står han utanför min dörr": the verb first after "nu", "där".
    r"|(?:st[aå]r|v[aä]ntar)\s+(?:han|hon|hen|de|dom|n[aå]gon|n[aå]n|kunden|mannen|killen)\s+"
    r"utanf[oö]r\s+(?:min\s+|v[aå]r\s+)?d[oö]rr"
    r"|(?:sparka|bryta|bryter|sparkar)\s+(?:in|upp)\s+\w*d[oö]rr|bankar\s+p[aå]\s+\w*d[oö]rr"
    # Someone outside the house or in the doorway, coming back or home soon, coming in now.
    r"|(?<!jag\s)(?<!ja\s)(?<!vi\s)st[aå]r\s+(?:nere\s+)?(?:utanf[oö]r\s+(?:v[aå]rt|mitt|"
    r"hennes|hans)\s+(?:hus|port|f[oö]nster|l[aä]genhet)|i\s+porten|vid\s+porten)"
    r"|(?:kommer|komma)\s+(?:tillbaka|hem|hit)\s+om\s+(?:n[aå]gra|n[aå]n|ett\s+par|en\s+halv|"
    r"\d+|tio|fem|en)"
    r"|nu\s+kommer\s+(?:han|hon|de|dom|kunden)\b"
    # Witnessed now (set CT): "just nu slår en man en kvinna på parkeringen", "gästen skriker
    # hjälp", "han kan inte ta sig därifrån".
    r"|(?:just\s+nu|nu|precis\s+nu)\s+(?:sl[aå]r|misshandlar|sparkar|stryper|drar)\s+(?:en\s+man|han|"
    r"n[aå]gon|n[aå]n|de|dom|killen|mannen)\s+(?:en\s+kvinna|en\s+tjej|en\s+kille|henne|honom|"
    r"ett\s+barn)\b"
    r"|skriker\s+(?:p[aå]\s+)?hj[aä]lp\b"
    r"|(?:han|hon|hen)\s+(?:(?:kan|kommer)\s+inte|inte\s+(?:kan|kommer))\s+(?:att\s+)?(?:ta\s+sig|"
    r"komma|g[aå])\s+(?:d[aä]rifr[aå]n|hem|ut)\b"
    # Beaten, and the one who did it is there now: "han slog mig ... han är hemma nu".
    r"|(?:slog|sl[aå]r|slagit|sparkade|sparkar|misshandlade|misshandlar|v[aå]ldtog|str[yu]p\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:mig|mej|oss)\b.{0,120}?\b(?:han|hon|de|dom)\s+(?:[aä]r|e)\s+(?:kvar\s+)?"
    r"(?:hemma|h[aä]r|i\s+(?:rummet\s+bredvid|andra\s+rummet|l[aä]genheten)|utanf[oö]r)\s+"
    r"(?:just\s+)?nu\b"
    r"|(?:will|is\s+going\s+to|gonna)\s+come\s+back\s+(?:tonight|soon|later)"
    r"|(?:keeps|kept|keep|locks|locked|lock)\s+(?:me|us)\s+(?:in|inside)\b"
    r"|(?:choking|strangling|hitting|beating|raping|hurting)\s+me\b"
    r"|(?:l[aå]ser|l[aå]ste|l[aå]st)\s+in\s+(?:oss|henne|honom|dem|dom)"
    r"|(?:f[aå]r|ska\s+f[aå])\s+stryk|f[oö]rs[oö]ker\s+strypa\s+(?:en|mig|henne)\b"
    r"|andas\s+(?:hon\s+|han\s+)?(?:knappt|inte)|(?:bryta|bryter|br[oö]t)\s+sig\s+in"
    # Locked in, threatened with death, guarded, unconscious, told to come along, "help he's
    # coming".
    r"|(?:kommer|kan)\s+(?:jag\s+|ja\s+|vi\s+)?inte\s+ut\b|inst[aä]ngd|vaktar\s+(?:d[oö]rren|mig|"
    r"oss|henne)"
    r"|hotar\s+(?:att|med\s+att)\s+(?:d[oö]da|m[oö]rda|sl[aå]\s+ihj[aä]l|skada|skjuta)\s+mig"
    r"|(?:ska|kommer\s+att|kommer|vill|t[aä]nker)\s+(?:\w+\s+){0,4}?(?:d[oö]da|m[oö]rda|"
    r"sl[aå]\s+ihj[aä]l)\s+mig"
    r"|medvetsl[oö]s|s[aä]ger\s+att\s+jag\s+m[aå]ste\s+f[oö]lja\s+med"
    r"|v[aä]ntar\s+utanf[oö]r\s+(?:skolan|huset|porten|min\s+skola|mitt\s+hus|jobbet)"
    r"|^\W*(?:hj[aä]lp|help)\W+(?:han|hon|de|dom|he|they)\s+(?:kommer|is\s+coming|are\s+coming)\b"
    r"|bl[oö](?:dde|dd|der|dit)\s+(?:\w+\s+){0,6}?(?:och\s+|o\s+)?det\s+slutar\s+inte"
    r"|kan\s+(?:jag\s+|ja\s+|hon\s+|han\s+)?inte\s+andas|(?:n[aä]stan\s+)?svimmar|"
    r"h[aå]ller\s+p[aå]\s+att\s+svimma"
    r"|(?:sl[aå]r|misshandlar|stryper|v[aå]ldtar)\s+(?:henne|honom)\s+(?:just\s+)?nu"
    r"|h[oö]r\s+(?:\w+\s+){0,5}?(?:som\s+)?(?:sl[aå]r|misshandlar|stryper|v[aå]ldtar)\s+"
    r"(?:henne|honom|n[aå]gon|n[aå]n|en\s+tjej|en\s+kvinna|en\s+kille)\b"
    r"|h[oö]r\s+(?:genom\s+v[aä]ggen|att|hur)\b.{0,60}\b(?:sl[aå]r|misshandlar|stryper|"
    r"skriker\s+p[aå]\s+hj[aä]lp)"
    r"|(?:driving|taking)\s+me\s+somewhere|k[oö]r\s+mig\s+(?:n[aå]nstans|n[aå]gonstans|"
    r"till\s+ett\s+st[aä]lle)"
    r"|(?:sitter|[aä]r|e|g[oö]mmer\s+mig)\s+(?:p[aå]|i)\s+(?:hans|deras|kundens)\s+"
    r"(?:toa|toalett|badrum)\w*"
    r"|k[aä]nns\s+n[aä]ra\s+nu|^\W*(?:hj[aä]lp\W*){2,}$"
    # Followed now; driven to a place one does not know; the pimp waiting in the street;
    # a threat of fire; kept in a flat; someone who does not wake up.
    r"|f[oö]ljer\s+efter\s+(?:mig|oss|henne|honom)|(?:is|are|keeps?|keep|he'?s|they'?re)\s+"
    r"following\s+(?:me|us|her)\b"
    r"|(?:k[oö]r|[aå]ker)\s+(?:vi\s+|han\s+|de\s+|dom\s+)?(?:mot|till)\s+(?:n[aå]t|n[aå]got|ett)\s+"
    r"(?:\w+\s+)?st[aä]lle\s+(?:som\s+)?(?:jag|ja|vi)\s+inte\s+(?:k[aä]nner\s+igen|vet|"
    r"k[aä]nner\s+till)"
    r"|st[aå]r\s+(?:nere\s+)?(?:p[aå]\s+gatan|p[aå]\s+parkeringen|utanf[oö]r)\s+(?:och|o|"
    r"å)\s+v[aä]ntar"
    r"|(?:ska|kommer\s+att|hotar\s+(?:med\s+)?att)\s+(?:t[aä]nda\s+eld\s+p[aå]|spr[aä]nga|skjuta|"
    r"knivhugga)"
    r"|\b(?:keep|keeps|kept)\s+(?:me|us|her|girls)\s+in\s+(?:the\s+|an?\s+)?(?:apartment|flat|house"
    r"|"
    r"room)"
    r"|(?:not|doesn'?t|does\s+not|cannot|can'?t|won'?t)\s+wake\s+up\b"
    r"|(?<!jag\s)(?<!ja\s)(?<!vi\s)(?:st[aå]r|v[aä]ntar|"
    r"sitter)\s+(?:\w+\s+){0,2}?utanf[oö]r\s+(?:porten|"
    r"d[oö]rren|huset|v[aå]rt\s+hus|"
    r"mitt\s+hus)"
    r"|(?<!jag\s)(?<!ja\s)(?<!vi\s)v[aä]ntar\s+(?:p[aå]|vid|i|utanf[oö]r)\s+(?:\w+\s+){0,2}?(?:nu|"
    r"just\s+nu)\b"
    r"|last\s+(?:message|text|sms)\s+(?:\w+\s+){0,4}?(?:was|said)\s+(?:just\s+)?\W*(?:help|hj[aä]lp"
    r"|sos)"
    r"|inte\s+(?:kommit|varit)\s+hem(?:ma)?\s+(?:sen|sedan)\s+(?:ig[aå]r|i\s+g[aå]r|inatt|i\s+natt|"
    r"i\s+morse)"
    r"|h[aå]ller\s+fast\s+(?:henne|honom|mig|oss)|(?:ringde|ringer)\s+(?:och|o)\s+(?:skrek|gr[aä]t|"
    r"viskade)"
    r"|(?:kommer|ska)\s+(?:och|o|å)\s+h[aä]mta[rs]?\s+mig\s+(?:nu|ikv[aä]ll|inatt)"
    r"|vet\s+var\s+(?:jag|ja)\s+(?:[aä]r|e)\b.{0,40}(?:kommer|h[aä]mtar)"
    r"|(?:is|are|he'?s|they'?re|she'?s)\s+coming\s+(?:back\s+)?(?:in\s+(?:\d+|ten|five|twenty|"
    r"a\s+few)\s+"
    r"(?:min\w*|hours?)|soon|tonight)"
    r"|(?:kommer|kommer\s+hit|kommer\s+tillbaka)\s+om\s+(?:\d+|tio|fem|tjugo|en\s+halv)\s*(?:min\w*"
    r"|timm\w*)"
    # A call just now, crying or whispering from a car; driven away to "work".
    r"|(?:nyss|precis|just\s+nu)\s+(?:\w+\s+){0,2}?(?:gr[aå]tande|i\s+panik|skrikande|viskande)"
    r"|(?:gr[aå]tande|i\s+panik|skrikande|viskande)\s+(?:\w+\s+){0,2}?(?:fr[aå]n|i)\s+(?:en\s+)?bil"
    r"|(?:k[oö]r|skjutsar|tar)\s+(?:henne|honom|mig|oss)\s+(?:till|mot)\s+\w+.{0,60}?"
    r"(?:jobba|kunder|s[aä]lja|tr[aä]ffa\s+(?:m[aä]n|gubbar|kunder))"
    r"|k[oö]r\s+(?:\w+\s+)?(?:[aå]t\s+)?fel\s+(?:h[aå]ll|v[aä]g|riktning)"
    rf"|{_SOMEONE}\s+(?:sl[aå]r|sparkar|hotar|stryper|v[aå]ldtar|f[oö]rf[oö]ljer|jagar)\s+mig"
    # ("står i hallen med ett basebollträ och kräver mer pengar", set DR.)
    r"|(?:har|med)\s+(?:en\s+|ett\s+)?(?:kniv|pistol|vapen|basebollträ|basebolltra|järnrör|"
    r"jarnror|batong|machete)"
    # ("jag har låst in mig på toa" is hiding from someone: danger too)
    r"|(?:l[aå]st|l[aå]ser|st[aä]ngt)\s+in\s+mig|inl[aå]st"
    r"|(?:tagit|tog|tar)\s+(?:mitt|mina)\s+(?:pass|id|id-kort|papper)"
    # ("dom tog passet o nu tvingas jag sälja sex", set DU.)
    r"|(?:dom|de|han|hon|dem|n[aå]n|n[aå]gon)\s+(?:har\s+)?(?:tagit|tog|tar)\s+(?:passet|"
    r"papperna|id-kortet|legitimationen)"
    rf"|{_SOMEONE}\s+har\s+(?:mitt|mina)\s+(?:pass|id|id-kort|papper)"
    r"|f[aå]r\s+inte\s+(?:g[aå]|l[aä]mna|[aå]ka)\s+(?:ut|h[aä]rifr[aå]n|hem)"
    r"|jag\s+[aä]r\s+i\s+fara"
    # Held against one's will: "vill inte släppa ut mig", "jag inte får gå förrän ..."
    r"|(?:(?:vill|t[aä]nker)\s+inte|inte\s+vill)\s+(?:sl[aä]ppa|l[aå]ta)\s+(?:ut\s+)?mig"
    r"|(?:sl[aä]pper|l[aå]ter)\s+(?:(?:mig|henne|honom|hen|oss)\s+)?inte\s+(?:ut\s+)?"
    r"(?:(?:mig|henne|honom|hen|oss)\s+)?(?:g[aå]|[aå]ka|komma\s+ut|ut)"
    r"|inte\s+l[aå]ter\s+(?:mig|henne|honom|hen|oss)\s+(?:g[aå]|[aå]ka|komma)"
    # "en tjej i 13-årsåldern har just satt sig i en bil med en äldre man" (set DX): gone
    # with him this moment.
    r"|(?:just|precis|nyss)\s+(?:satt\s+sig|hoppat\s+in|klivit\s+in|[aå]kt\s+iv[aä]g|f[oö]ljt\s+med)"
    r"\s+(?:i\s+(?:en|hans)\s+bil\s+)?med\s+(?:en\s+)?(?:[aä]ldre|vuxen|ok[aä]nd|gammal)\s+"
    r"(?:man|kille|gubbe|snubbe)"
    r"|just\s+(?:got|went|climbed)\s+into\s+(?:a|his)\s+car\s+with\s+(?:an?\s+)?(?:older|adult|"
    r"old|grown)\s+(?:man|guy)"
    # "the trick wont give me my clothes back and says i have to stay till morning" (set GR).
    r"|(?:wont|won'?t|will\s+not|refuses\s+to)\s+give\s+(?:me\s+)?(?:back\s+)?my\s+(?:clothes|"
    r"phone|passport|keys|shoes|id)\b"
    r"|(?:says?|said)\s+i\s+(?:have|must|need)\s+(?:to\s+)?stay\s+(?:here\s+)?(?:till|until|untill)\b"
    # "a punter wont leave my incall" (set GR).
    r"|(?:wont|won'?t|will\s+not|refuses\s+to)\s+leave\s+(?:my|the)\s+(?:incall|flat|apartment|room|"
    r"place|house|hotel\s+room)\b"
    # "theres a man following me home from the metro" (set GQ): followed now, whatever past
    # ("the one who paid me last week") is told beside it.
    r"|following\s+me\s+(?:home|hem|to\s+my|from\s+the|now|right\s+now|rn)\b"
    # "nu låter han mig inte gå härifrån" (set DY): the word order after "nu".
    r"|l[aå]ter\s+(?:han|hon|dom|de|dem|mannen|killen|gubben)\s+(?:mig|henne|oss)\s+inte\s+"
    r"(?:g[aå]|[aå]ka|komma|l[aä]mna)"
    r"|(?:jag|mig|hon|han|hen)\s+(?:inte\s+)?f[aå]r\s+(?:inte\s+)?(?:g[aå]|l[aä]mna|[aå]ka)"
    r"(?:\s+(?:f[oö]rr[aä]n|h[aä]rifr[aå]n|d[aä]rifr[aå]n|hem|ut)|\W*$)"
    r"|\binte\s+f[aå]r\s+g[aå]\W*$"
    r"|\binte\s+f[aå]r\s+(?:g[aå]|l[aä]mna|[aå]ka)\s+(?:d[aä]rifr[aå]n|h[aä]rifr[aå]n|hem)\b"
    r"|sitter\s+fast\s+(?:p[aå]|hos|i|med)"
    # Drugged, or bleeding that does not stop: a body in danger now.
    r"|(?:fick|f[aå]tt|har\s+f[aå]tt)\s+(?:n[aå]n?t|n[aå]got|n[aå]gonting)\s+i\s+(?:drinken|drickan"
    r"|glaset|[oö]len)"
    r"|bl[oö]der\s+(?:s[aå]\s+)?(?:mycket|massor|j[aä]ttemycket|kraftigt|och\s+det\s+slutar\s+inte)"
    r"|slutar\s+inte\s+bl[oö]da"
    # A threat that follows the writer home.
    r"|vet\s+var\s+jag\s+bor"
    r"|(?:k[oö]r|k[oö]rde|skjutsar|sl[aä]pper|sl[aä]ppte)\s+(?:inte|"
    r"aldrig)\s+(?:hem\s+)?(?:av\s+)?mig\b"
    r"|(?:k[oö]r|k[oö]rde|skjutsar)\s+inte\s+hem\s+mig"
    # Coming back, outside now, held for days, taken to a flat, in a car with men.
    r"|(?:han|hon|de|dom|kunden|mannen|killen|gubben)\s+kommer\s+tillbaka\s+(?:snart|strax|nu|"
    r"ikv[aä]ll"
    r"|om\s+en)"
    r"|(?<!jag\s)(?<!ja\s)(?<!vi\s)(?:st[aå]r|v[aä]ntar|sitter)\s+utanf[oö]r(?:\s+\w+){0,2}\s+nu\b"
    r"|(?<!ingen\s)(?<!inte\s)(?:h[aå]llit|h[oö]ll|h[aå]ller|h[aå]llt)\s+(?:mig|mej|oss|henne|"
    r"honom)"
    r"\s+kvar"
    r"|(?:k[oö]rde|tog|f[oö]rde|skjutsade)\s+(?:mig|oss|henne)\s+hit\b.{0,60}"
    r"(?:jobba|vet\s+inte\s+var|ska\s+stanna)"
    r"|vet\s+inte\s+var\s+jag\s+(?:[aä]r|e)\b.{0,40}(?:k[oö]rde|tog|f[oö]rde|skjutsade)\s+"
    r"(?:mig|oss)"
    r"|(?:tagit|tog|f[oö]rt|f[oö]rde)\s+(?:henne|honom|mig)\s+till\s+(?:en\s+)?(?:l[aä]genhet|"
    r"adress"
    r"|hotell|annan\s+stad)"
    r"|(?:sitter|satt)\s+i\s+(?:en\s+)?bil\s+(?:med|me|m)\s+(?:\w+\s+){0,3}(?:m[aä]n|gubbar|killar"
    r"|snubbar|kunder)\b"
    r"|\b(?:rymde|har\s+rymt|p[aå]\s+rymmen)\b"
    r"|locked\s+(?:the\s+)?door|(?:cannot|can'?t|not\s+allowed\s+to)\s+(?:go|leave)(?:\s+home|"
    r"\s+out)?"
    r"\s+(?:before|until)\b"
    r"|on\s+(?:his|their|her)\s+way\s+(?:to\s+my|here)|coming\s+to\s+my\s+(?:house|home|place)"
    r"|won'?t\s+let\s+me\s+(?:out|get\s+out)"
    r"|inte\s+(?:k[oö]r|k[oö]rde|sl[aä]pper|sl[aä]ppte|skjutsar)\s+(?:hem\s+)?(?:av\s+|ut\s+)?mig\b"
    # (not "vågar inte gå till vårdcentralen": afraid of a visit, not held, set BJ)
    r"|v[aå]gar\s+inte\s+(?:g[aå](?!\s+(?:till|på|pa|dit)\b)|l[aä]mna|r[oö]ra\s+mig|"
    r"[aå]ka\s+hem|g[aå]\s+hem)\b"
    # "han ska hämta mig om en timme, jag vill inte": fetched against one's will.
    r"|(?:(?:ska|kommer\s+att|kommer)\s+(?:att\s+)?(?:komma\s+(?:och|o|å)\s+)?h[aä]mta\s+mig"
    r"|blir\s+h[aä]mtad|v[aä]ntar\s+(?:nere\s+)?i\s+bilen|m[aå]ste\s+komma\s+(?:ner|ut))"
    r"(?=.*\b(?:vill\s+inte|v[aå]gar\s+inte|r[aä]dd|k[aä]nns\s+(?:fel|l[aä]skigt|konstigt)|"
    r"annars))"
    r"|won'?t\s+let\s+me\s+(?:leave|go)|locked\s+(?:me\s+)?in|i'?m\s+in\s+danger"
    r"|\b(?:has|have|had|with|holding|got)\s+(?:a\s+)?(?:knife|gun|weapon|pistol|baseball\s+bat|"
    r"crowbar|machete)\b"
    r"|\bor\s+(?:he|they|she)(?:'ll|\s+will|\s+is\s+going\s+to)?\s+(?:cut|kill|hurt|stab|shoot"
    r"|beat)\s+me\b"
    # A threat to the writer's life by those who hold them (sets CH, FO): "jag är rädd att
    # de dödar mig om de hittar telefonen", "han säger att han dödar mig om jag slutar".
    r"|(?:r[aä]dd|livr[aä]dd|skraj)\s+(?:f[oö]r\s+)?(?:att\s+)?(?:han|hon|de|dom|n[aå]gon|n[aå]n|"
    r"kunden|mannen|killen|hallicken|hallick)\s+(?:ska\s+|kommer\s+(?:att\s+)?|tänker\s+)?"
    r"(?:d[oö]da|d[oö]dar|m[oö]rda|m[oö]rdar|ta\s+livet\s+av)\s+(?:mig|oss)"
    r"|(?:hotar|hotat|har\s+hotat)\s+(?:\w+\s+)?(?:att|med\s+att)\s+(?:d[oö]da|m[oö]rda|"
    r"ta\s+livet\s+av)\s+(?:mig|oss)"
    r"|(?:han|hon|de|dom|kunden|mannen|killen|hallicken)\s+(?:\w+\s+){0,3}?(?:d[oö]dar|m[oö]rdar|"
    r"ska\s+d[oö]da|kommer\s+(?:att\s+)?d[oö]da)\s+(?:mig|oss)\s+om\s+(?:jag|ja|vi)\b"
    r"|\b(?:he|she|they)(?:'ll|\s+will|\s+would|'d|\s+is\s+going\s+to|\s+are\s+going\s+to|"
    r"\s+gonna)\s+(?:\w+\s+)?(?:kill|murder)\s+(?:me|us)\b"
    r"|\b(?:says|said|told\s+me|threatens|threatened|swears|swore)\s+(?:that\s+)?"
    r"(?:he|she|they|hell|shell|theyll|he'll|she'll|they'll)\s+(?:will\s+|would\s+|'ll\s+)?"
    r"(?:kill|murder)\s+me\b"
    r"|\bthreat(?:en|ens|ened)\s+to\s+(?:kill|murder)\s+me\b"
    r"|\b(?:scared|afraid|terrified)\s+(?:that\s+)?(?:he|she|they)(?:'ll|\s+will|\s+would|'d|"
    r"\s+(?:is|are)\s+going\s+to|\s+gonna)?\s+(?:kill|murder)\s+(?:me|us)\b"
    # A threat to the writer's family, and someone in the next room or hidden from now.
    r"|(?:hurt|kill|harm|find)\s+my\s+(?:daughter|son|kids?|children|family|mother|mom|baby)"
    r"|(?:skada|d[oö]da|g[oö]ra\s+illa|hitta)\s+(?:min|mina|mitt)\s+(?:\w+\s+)?(?:dotter|son|barn|"
    r"familj|mamma|pappa|bebis|syster|bror|lillebror|lillasyster|storebror|storasyster|kusin)"
    r"|(?:han|hon|de|dom|n[aå]gon|n[aå]n|mannen|kunden|killen|gubben)\s+bankar"
    r"|st[aå]r\s+(?:en\s+\w+|n[aå]gon|n[aå]n|han|hon|de|dom)\s+(?:\w+\s+)?utanf[oö]r\s+(?:min|"
    r"v[aå]r|"
    r"d[oö]rren|huset|skolan|\w+s\s+skola)"
    r"|(?:tagit|tog)\s+(?:min|mitt)\s+(?:mobil|telefon)"
    r"|(?:they|he|she)(?:'re|'s|\s+are|\s+is)\s+(?:in\s+)?(?:the\s+)?next\s+room"
    rf"|{_SOMEONE}\s+(?:[aä]r|sitter|st[aå]r|v[aä]ntar)\s+i\s+(?:rummet\s+bredvid|n[aä]sta\s+rum)"
    r"|(?:g[oö]mmer|g[oö]mt)\s+mig\s+(?:(?:i|p[aå])\s+(?:badrummet|toan|toaletten|garderoben|"
    r"f[oö]rr[aå]det|ett\s+f[oö]rr[aå]d)|under\s+s[aä]ngen|f[oö]r\s+(?:honom|henne|dom|dem|kunden))"
    r"|hiding\s+(?:in\s+the\s+(?:bathroom|toilet|closet)|from\s+(?:him|them|the\s+client))"
    # Bleeding from the head, beaten "right now" in the next room, afraid he will hurt her.
    r"|bl[oö]der\s+(?:fr[aå]n|ur|i)\s+(?:huvudet|munnen|n[aä]san|ansiktet|underlivet|[oö]rat)"
    r"|(?:slog|sparkade)\s+mig\s+(?:s[aå]\s+)?(?:h[aå]rt|s[oö]nder|medvetsl[oö]s|blodig)"
    r"|(?:blir|bli)\s+(?:slagen|misshandlad|v[aå]ldtagen|str[yö]pt|hotad)\b.{0,40}?(?:just\s+nu|"
    r"nu\b|"
    r"rummet\s+bredvid)"
    r"|r[aä]dd\s+(?:att|f[oö]r\s+att)\s+(?:han|hon|de|dom|kunden|mannen)\s+ska\s+(?:g[oö]ra\s+"
    r"(?:henne|honom|mig|oss)\s+illa|skada|d[oö]da|sl[aå])"
    # Drugged; hit just now; an SOS; with the man right now.
    r"|(?:blivit|blev|[aä]r|e|k[aä]nner\s+mig)\s+drogad|drogade\s+mig|drogat\s+mig|drugged"
    r"|(?:slog|sparkade|str[yö]pte|v[aå]ldtog|attackerade|misshandlade)\s+mig\s+(?:nyss|precis|"
    r"just|f[oö]r\s+en\s+stund\s+sen|ikv[aä]ll|i\s+natt)"
    r"|har\s+(?:precis|nyss|just)\s+(?:slagit|v[aå]ldtagit|misshandlat|attackerat)\s+mig"
    r"|(?:skickade|skickat|skrev|skriver)\s+(?:ett\s+)?sos|\bsos\s+(?:till|fr[aå]n)"
    r"|(?:sitter|[aä]r|e)\s+i\s+(?:en\s+)?bil\s+(?:med|me|m)\s+(?:en\s+)?(?:\w+\s+){0,2}"
    r"(?:gubbe|man|snubbe|kund|vuxen)\b.{0,60}?\b(?:just\s+nu|nu\b)"
    r"|(?:[aä]r|e|sitter)\s+(?:hos|med|me)\s+(?:en|n[aå]n|n[aå]gon)\s+(?:\w+\s+)?(?:man|gubbe|kille"
    r"|"
    r"snubbe|kund|vuxen)\s+(?:just\s+)?nu\s+som\s+(?:s[aä]ljer|tvingar|hotar|betalar|har\s+tagit"
    r"|l[aå]ser|inte\s+sl[aä]pper)"
    r")"
)


# Danger put together from its parts, on folded text (no å/ä/ö, no punctuation): a
# moment (now, tonight, an hour ago), an adult or a place the person is taken to, and
# an alarm (no answer, taken phone, not let go, waiting, don't know where). Two of the
# three are enough: a false alarm costs a 112 line; a missed one costs far more.
_PRESENT = (
    r"(?:ar|e|sitter|star|ligger|sover|gar|gick|aker|akte|vantar|ar kvar|e kvar|befinner sig|is|"
    r"sits|im|am|are)"
)
_NOW = re.compile(
    r"\b(?:just nu|precis nu|right now|ikvall|i kvall|inatt|i natt|tonight|"
    r"for (?:en|nan|nagon) (?:timme|stund|halvtimme) sen\w*|"
    # "för 3 timmar sen", "det var två timmar sen", "hours ago".
    r"(?:for|var) (?:\d|en|ett par|tva|tre|fyra|fem|flera) (?:timme|timmar|h) sen\w*|"
    r"(?:\d|an|two|three|four|five|several) hours? ago|rn)\b"
    # ("24 år, vad gör jag nu", set DV: "år" after a number folds to "ar", and is no "är".)
    rf"|(?<!\d )\b{_PRESENT} (?:\w+ ){{0,6}}?nu\b|\bnu (?:ar|e|sitter|star|vantar|gar|aker|ligger|"
    r"svarar)\b"
)
_WITH_ADULT = re.compile(
    rf"\b{_PRESENT} (?:\w+ ){{0,3}}?(?:hos|med|me|m|with) (?:en |nan |nagon |nagra |tva |flera |"
    rf"den |"
    r"hans |a |an |some )?(?:\w+ ){0,2}?(?:man|gubbe|gubbar|gubben|mannen|vuxen|vuxna|kund|kunden|"
    r"aldre kille|vuxen kille|hallick\w*|older man|men|adult)\b"
    r"|\b(?:the|some|two|three|older) (?:men|man|guys?) (?:at|in) (?:the|a|an|his|their) "
    r"(?:flat|apartment|house|hotel|room)\b"
)
_PLACE = re.compile(
    rf"\b(?:{_PRESENT}|hoppade|hoppat|hoppar|klev|kliver|satte sig|tagit med (?:mig|henne|honom)|"
    rf"tog med (?:mig|henne|honom)|tar med (?:mig|"
    rf"henne|"
    r"honom)|kor (?:mig|henne)|korde (?:mig|henne)) (?:\w+ ){0,2}?(?:i|till|pa|vid|in|into|in i) "
    r"(?:en |hans |hennes |sin |nat |ett |his |a |the )?(?:\w+ ){0,2}?(?:bil|bilen|lagenhet|"
    r"lagenheten|"
    r"hotell|hotellet|hotellrum\w*|stuga|stugan|kallare\w*|baksatet|baksate|framsatet|tunnelbana\w"
    r"*|rum|rummet|car|flat|"
    r"apartment|hotel|room|hus|huset|lada|ladan|skog|skogen|sommarstuga|villa|fest|festen|house|"
    r"basement)\b"
    r"|\b(?:vi|jag|ja) (?:ar|e|sitter) pa (?:en )?(?:fest|efterfest|party)\b"
)
_ALARM = re.compile(
    r"\b(?:(?:vet inte|inte vet|vet int|vetinte) (?:var|va|vart|vilken adress) (?:jag|ja|hon|han|vi"
    r"|det)"
    r" (?:ar|e)"
    r"|vet inte adressen|inte far ga|viskade|viskar"
    # Set DE: at a party, "gubbarna turas om att ta in henne i ett rum", "helt borta".
    r"|turas om (?:att |med att |med )?(?:\w+ ){0,3}?(?:henne|honom|mig|en tjej|en kille|tjejen|"
    r"killen)\b|(?:ta|tar|tog|dra|drar|drog|bar) (?:in )?(?:henne|honom|en tjej|en kille|tjejen|"
    r"killen) (?:in )?i (?:ett|ett annat|sovrummet|rummet)\b"
    # In English (blind set AS): "I write from his ipad when he shower".
    r"|(?:when|while) (?:he|they) (?:shower|showers|sleep|sleeps|"
    r"is sleeping|is in the shower|are sleeping)"
    r"|(?:vet inte|inte vet) (?:var|vart) (?:vi|jag|ja|hon|han|dom|de) (?:aker|kor|ar pa vag|"
    r"ska aka|ska till|tas)\b"
    r"|(?:tagit|tog) (?:min|hennes|var|vara|deras) (?:\w+ (?:och|o) )?(?:mobil|telefon|lur|"
    r"mobiler|telefoner)"
    r"|(?:later|slapper) (?:oss|mig|henne|honom|dom) inte|bankar"
    # "sen dog hennes mobil": the phone died after a cry for help.
    r"|(?:dog|dodde|laddade ur) (?:hennes|hans|min|mobilen|telefonen)|(?:mobilen|telefonen|"
    r"hennes mobil|hans mobil) (?:dog|dodde)"
    r"|(?:won'?t|wont|will not) let (?:me|her|him|us|them) (?:leave|go)\b(?! out)"
    r"|(?:vantar|star) (?:pa (?:henne|honom|mig|oss|dom|dem)|utanfor)|hamta mig"
    r"|(?:skickade|skickat|skickar|delade|delat) (?:sin|min|hennes|hans) (?:plats|position|"
    r"platsen|location|pin)"
    r"|(?:skriver|skrev|smsar|smsade|sms ade) (?:bara |typ |bara typ )?'?(?:snalla )?(?:hjalp|sos)"
    r"\b(?! (?:med|till|om|pa) )"
    # A last message of one word, someone sent to an address (a probe of our own).
    r"|(?:skickade|skrev|smsade|sms ade) (?:(?:hon|han|hen|dom|de) )?(?:bara|endast|typ bara) "
    r"'?(?:\w+ )?(?:snalla|hjalp|sos|"
    r"kom|ring)"
    r"|(?:kan|snalla) (?:ni|du) skicka (?:nagon|nan|nagra|polis\w*|hjalp) (?:hit|dit|till)"
    r"|(?:kan inte|inte kan) (?:sta upp|ga|rora (?:sig|mig|mej))|kan knappt (?:sta|ga|rora "
    r"mig|halla ogonen)|kanner (?:jag |ja )?inte (?:av )?(?:mina |mitt )?(?:ben|benen|armar|"
    r"armarna|kroppen|ansiktet)\b"
    # A probe of our own (danger in teenagers' words): woken in a strange flat, remembering
    # nothing, men in the next room; drugged; "ring polisen" written and then silence.
    r"|vaknade (?:upp )?(?:i|pa|hos) .{0,30}(?:inte kanner igen|okand\w*|vet inte var)"
    r"|minns (?:inget|ingenting|inte hur jag kom hit)"
    r"|(?:man|killar|gubbar|snubbar) i (?:andra|nasta) rummet"
    r"|(?:gett|gav|hallt|lagt) (?:mig|henne) "
    r"(?:nat|nagot|nan drog)\b|(?:hallt|hallde|lagt|lade|gett|gav|blandat) (?:nat|nagot) i "
    r"(?:min|mitt|hennes|hans) (?:drink|glas|dricka|ol|vin|cola)\b"
    r"|(?:skrev|skriver|smsade|skickade) (?:bara )?'? ?(?:ring (?:polisen|112|"
    r"polis)|hjalp mig)|sen (?:inget|ingenting) mer"
    r"|ska (?:gora (?:mig|henne|oss) illa|skada (?:mig|henne)|doda (?:mig|henne))"
    r"|skadar (?:mig|henne) om|(?:blivit|blir) \w*(?:konstig|aggressiv|hotfull|otack|laskig|"
    r"obehaglig)|(?:got|is getting|getting) (?:really |very )?(?:weird|aggressive|angry|scary)"
    r"|(?:will|gonna|going to) (?:hurt|kill|beat|rape) me|i hide|hiding"
    r"|(?:took|take|taken|have|has) my (?:phone|passport)|(?:dont|don't|do not) know (?:which "
    r"address|"
    r"where i am))\b"
)


_NO_ANSWER = re.compile(
    r"\b(?:svarar (?:(?:hon|han|hen|dom|de) )?(?:inte|int)|(?:har )?inte svarat|"
    r"(?:mobilen|telefonen|luren|(?:hennes|hans|min|mitt) (?:telefon|mobil)) (?:(?:ar|e|har varit) "
    r")?"
    r"(?:\w+ )?(?:avstangd|dod|off)|"
    r"(?:phone|mobile) (?:is|has been) (?:\w+ )?(?:off|dead)|"
    r"inte (?:hort|hört) av sig|not answering|doesn'?t answer|(?:hasn'?t|has not) answered)\b"
)
# Gone to meet a buyer or a man from the net: with no answer since, an alarm.
_MEETING = re.compile(
    r"\b(?:traffa|traffar|traffade|ses med|sag|akte med|akt med|aka med|foljde med|gick med|"
    r"went with|meet|meeting|met) (?:\w+ ){0,3}?(?:kund|kunden|en man|mannen|gubbe|gubben|"
    r"snubbe|torsk|client|customer|a guy|a man|some guy)\b"
    # "gick till nån snubbe", "skulle på ett möte", "skulle vara hemma klockan 22".
    r"|\b(?:gick|akte|for|skulle|went) (?:\w+ ){0,2}?(?:till|pa|to) (?:nan|nagon|en|ett|a|an) "
    r"(?:\w+ )?(?:snubbe|kille|man|gubbe|kund|mote|dejt|date|traff|buyer|client)\b"
    r"|\bskulle (?:vara|komma) hem\w*\b"
    r"|\b(?:var|ar|e|gick|akte) (?:hos|hem till|med) (?:en |nan |nagon )?(?:kund|torsk|man|gubbe|"
    r"snubbe|client)\b"
)


# Danger read from its cues rather than from one phrase: a threat, a hold, a wound, a
# pursuit or a disappearance said in the present, two of them or one with "now". Past
# events, supposed ones and jokes are not danger now.
_THREAT = re.compile(
    r"\b(?:kniv\w*|pistol\w*|vapen|skjut(?!s)\w*|knivhugg\w*|sl[a]r (?:mig|henne|honom)|"
    # Woken somewhere unknown, not knowing where (set BY): "vaknade i en främmande säng o
    # minns ingenting ... vet inte ens var jag e", "woke up in a strange bed".
    r"vaknade (?:\w+ ){0,3}?(?:frammande|okand|okanda|nan annans|nagon annans) (?:sang|"
    r"lagenhet|rum|bil|hus)|vet (?:inte|int) (?:ens )?(?:var|vart) (?:jag|ja) (?:ar|e)\b|"
    r"minns (?:ingenting|inget|inte nanting)\b|"
    r"woke up (?:\w+ ){0,3}?(?:strange|unknown|someone else'?s|a stranger'?s) (?:bed|flat|"
    r"apartment|room|house|car)|(?:dont|don'?t|do not) (?:even )?know where i am\b|"
    r"(?:cant|can'?t|don'?t|dont) remember (?:anything|what happened)\b|"
    # Sent somewhere, or else (set BR): "måste dit ikväll o ta hand om hans vänner annars
    # gör han slut o sprider mina bilder" (with "ikväll", danger now).
    r"(?:maste|ska|tvungen att) (?:\w+ ){0,2}?(?:dit|dar|till (?:honom|dom|dem|hans \w+|deras "
    r"\w+))\b.{0,80}?\bannars\b|"
    # "har slagit henne" (with "nyss"), "kommer skada henne", "väntar ute på parkeringen"
    # (not "väntar alltid utanför", "väntar i bilen" of a pimp's routine).
    # "hallicken sitter i väntrummet", "hon blir slagen om hon pratar med oss".
    r"(?:hallick\w*|pimp) (?:sitter|star|vantar|ar) (?:i|utanfor|pa|nere) |"
    r"(?:blir|bli) slagen (?:om|nar) (?:hon|han|jag|ja) (?:pratar|berattar|sager|gar)|"
    r"(?:slagit|slog) (?:mig|henne|honom)|kommer (?:att )?(?:skada|sla|doda|ta) (?:mig|henne|"
    r"honom)|vantar (?:nu |just nu |dar )?(?:ute|utanfor|nere|pa parkeringen)|"
    r"(?:han|de|dom|kunden|mannen|killen) (?:\w+ ){0,5}?med vald|"
    r"misshandl\w*|stryp\w*|blod\w*|bloder (?:fortfarande|mycket|massor|kraftigt|hela tiden)|"
    r"drogad\w*|"
    r"(?:far|fa) inte liv i|reagerar inte|vaknar inte|kommer tillbaka snart|"
    r"andas (?:knappt|inte|konstigt|tungt)|kan (?:knappt|inte) andas|"
    r"svimm\w*|medvetslos|last (?:in|dorren|ytterdorren)|laser (?:in|dorren)|reglad\w*|"
    r"(?:tagit|tog|har) (?:min |mina |mitt )?(?:nyckeln|nycklarna|nyckel)|fangen|fangad|instangd|"
    r"inlast|stangt ute|slapper (?:inte|mig inte|henne inte)|later (?:mig|henne|oss) inte|"
    r"vagrar (?:ga|lamna|slappa)|stannar inte|far inte (?:ga|lamna)|foljer efter|forfoljd|"
    r"forfoljer|letar efter (?:mig|henne|oss)|jagar (?:mig|henne)|springer efter|skriker "
    r"(?:utanfor|pa mig|at mig)|knackar|bankar|sparkar pa|bryter sig in|brot (?:upp|sig in)|"
    r"pa vag hit|kommer hit|betala (?:pa|med) (?:ett )?annat satt|"
    r"(?:han|hon|de|dom|mannen|kunden|killen|hallicken|chefen) (?:\w+ )?"
    r"kommer tillbaka|kommer (?:och|o) (?:hamtar|hamta|tar)|hor (?:bilen|"
    r"honom|dom|dem|stegen)|utanfor (?:dorren|min dorr|fonstret|huset|porten|lagenheten)|"
    r"i trapphuset|gomd|gommer mig|gomt mig|lamnade mig|ingen aning (?:var|vart)|sos|"
    r"hjalp hjalp|tagit (?:min|mina|mitt) (?:mobil|telefon)|"
    r"kor (?:nanstans|nagonstans|mot \w+|ivag)|sa inte vart|mobilen (?:ar |e )?"
    r"(?:dod|avstangd)|hallen fangen|hallas fangen|halls fangen|"
    r"knife|gun|shoot\w*|stab\w*|bleed\w*|can'?t breathe|not breathing|unconscious|"
    r"lock(?:ed)? (?:me|the door|us|her)|locked in|won'?t let me|not let me|must stay|"
    r"won'?t let (?:him|her|them|us) (?:leave|go)|"
    # Set AU, in learners' English: "door is lock", "he hurt me bad if i talk". ("cannot
    # leave" and "they beat her" alone are coercion told, not danger now: they gave 112 to
    # six coercion cases of read sets.)
    r"door (?:is )?lock(?:ed)?|hurt (?:me|her|him) (?:bad|if|when)|"
    r"following me|running after me|chasing me|outside my (?:door|window|house)|knocking|"
    r"banging|broke (?:the door|in)|is inside|on (?:his|their|the) way|coming (?:here|back|"
    r"now|tonight)|he come|hiding|i hide|escaped|threaten\w*|took my (?:documents|passport|"
    r"phone)|pls help|please help|phone is (?:off|dead)"
    # Still there, pushed, driven from or towards a city, owned, an unknown address or
    # number, more men fetched, not home, wanting to go home, a last message "hjälp".
    r"|(?:ar|e) kvar (?:i|pa|har|hos)|(?:tryckte|knuffade|slet) (?:mig|henne) (?:mot|i|ner|ut)"
    r"|(?:kort|korde|kor|hamtat|hamtade) (?:henne|honom|mig|oss) (?:fran|till|mot|med bil)"
    r"|(?:aker|kor) mot \w+|som ager (?:henne|mig|oss)|okand adress|okant nummer|"
    r"vet (?:inte|int) (?:adressen|(?:var|va|vart) (?:jag|ja|hon|han|vi) (?:ar|e)|vilken (?:stad|or"
    r"t|gata|plats|"
    r"lagenhet|adress) (?:jag|ja|hon|han|vi) (?:ar|e))|(?:tagit|tog|har) (?:vara|deras) "
    r"(?:mobiler|telefoner)|"
    r"hamta (?:fler|andra|flera) (?:man|killar|kunder)|inte kommit hem|"
    r"(?:hennes|hans|min) (?:mobil|telefon) (?:ar |e )?(?:dod|"
    r"avstangd)|"
    r"sista (?:sms|smset|meddelande\w*|mess|messet) (?:\w+ ){0,3}?(?:hjalp|sos)|"
    r"(?:kommer|ska komma|tanker komma) (?:\w+ ){0,2}?(?:hit|till (?:lagenheten|rummet|hotellet|"
    r"mig))|"
    r"ta med (?:sig )?(?:kompisar|fler|andra|sina vanner|sin kompis|sina kompisar|sin polare|"
    r"en kompis|en polare|fler killar)|om (?:jag|ja) inte gor som (?:han|hon|de|"
    r"dom) (?:sager|vill)|(?:kan|snalla) (?:ni|du|nan) ringa (?:nan|nagon|polisen|112)|"
    r"(?:inte far|far inte) (?:ga|lamna|aka)|laser (?:nar|om|efter|dorren)|(?:jatte|valdigt) ?ont|"
    # A door blocked, someone paid for the writer and she must go, "bara hem".
    r"blockerar dorren|(?:star|stallt sig) (?:i|framfor|vid) dorren|haller (?:igen|for) dorren|"
    r"maste (?:\w+ ){0,10}?(?:for|eftersom) (?:han|de|dom|nan|kunden|mannen|killen) (?:har )?"
    r"betalat for (?:mig|henne|oss)|"
    r"akt ivag (?:med|me|m) (?:en |nan |nagon )?(?:\w+ )?(?:gubbe|man|vuxen|kund|snubbe)|"
    r"sista (?:\w+ ){0,3}?(?:skrev|sa|skickade|smsade) (?:\w+ ){0,5}?radd|"
    r"(?:drive|drives|driving|take|takes|taking|bring|bringing) (?:me|her|us) to (?:a |the |"
    r"other |another )?(?:man|men|client|customer|guy|city)|(?:cant|can'?t|cannot) say no|"
    r"(?:scared|afraid) (?:that )?(?:they|he|she) (?:will |gonna |going to |might )?"
    r"(?:hurt|kill|beat|rape)|"
    # A probe of our own: drunk and angry, something in the drink, more men called, a
    # door that will not open, a flat not known, a friend lost at a party, gone for days.
    r"(?:full|packad|hog|drogad) och (?:arg|aggressiv|galen)|(?:arg|aggressiv) och (?:full|"
    r"packad)|"
    r"(?:hallt|hallde|lagt|lade|haft|fick|fatt) (?:nat|nagot|nagonting|grejer) i (?:min|"
    r"mitt|hennes|hans|var|vart) "
    r"(?:drink|dricka|glas|ol|lask|kaffe|vin|vinet|cider|flaska|flaskan|juice|vatten)|"
    r"ringa (?:sina|hans|fler) (?:vanner|kompisar|polare|killar)|"
    r"dorren gar inte att oppna|(?:kan|kommer) (?:inte|int) (?:oppna|ut genom) dorren|"
    r"(?:lagenhet|rum|stalle|hus|omrade|gata|stad|plats)\w* (?:som )?(?:jag|ja|vi) (?:inte "
    r"kanner igen|kanner inte igen)|"
    r"hittar (?:inte|int) (?:min|hennes|hans|var) (?:\w+ )?(?:kompis|van|vannina|syster|"
    r"dotter|son|bror|tjej)|"
    r"(?:varit borta|forsvunnen|forsvann) (?:sen|sedan|i) (?:i )?(?:fredags|lordags|sondags|"
    r"igar|helgen|\w+ dagar)|"
    r"(?:has|have|got) my phone|(?:use|using) (?:a |my )?friends? phone|"
    r"(?:they|he|she) (?:are|is|re|s) (?:here )?(?:at|outside) (?:the|my) door|they are here|"
    # "There is a man in our living room now waiting and he says I have no choice" (EZ).
    r"(?:there is|theres|there s) (?:a|another|one more|the) (?:man|guy|client|customer|buyer) "
    r"(?:\w+ ){0,5}?(?:now|right now|already) (?:waiting|here|inside)|"
    r"(?:a|the|another) (?:man|guy|client|customer|buyer) (?:is )?(?:waiting )?(?:in|at) "
    r"(?:our|my|the) (?:living room|flat|apartment|house|bedroom|room|kitchen) (?:right )?now|"
    r"(?:blir|blir det|far jag|ska jag fa|ger han mig|(?:jag|ja) far|(?:jag|ja) ska fa) "
    r"(?:\w+ )?straff|"
    r"folja (?:med|me) (?:\w+ ){0,2}?(?:i bilen|till en annan stad|till \w+ stad)|"
    r"annars hander (?:det |de )?(?:grejer|saker)|"
    # "säger jag måste stanna o göra grejer" (set BK): kept there by what he says.
    r"(?:sager|sa) (?:att )?(?:jag|ja) (?:maste|ska) stanna\b|"
    # "nu e ja där o han blir sjukt arg när ja vill gå" (set BI): held by his anger now.
    r"(?:blir|blev) (?:\w+ )?\w*(?:arg|sur|galen|tokig|aggressiv) (?:nar|om) (?:jag|ja) (?:vill |sk"
    r"a |"
    r"forsoker |tanker |sager att (?:jag|ja) (?:vill|ska) )?(?:ga|dra|aka hem|ga hem|hem|lamna|"
    r"sticka)\b|"
    # "annars gör de nåt mot min lillebror" (set BG): the family threatened if not.
    r"annars (?:\w+ ){0,2}?(?:gor|gora) (?:\w+ )?(?:nat|nagot|nagonting|nat dumt) (?:mot|med) "
    r"(?:min|mitt|mina|mig|henne|honom|oss|familjen)\b|"
    r"(?:blev|blivit|har blivit) (?:\w+ )?(?:aggressiv|hotfull|valdsam)|"
    r"bakom mig|in a car with (?:\w+ ){0,2}?(?:men|guys|strangers)|i (?:dont|don'?t) know (?:them|"
    r"him|where)"
    # Locked inside, told to stay, not come out for hours, found where one lives, waiting
    # in the yard, "come down to the car now or he comes up".
    r"|(?:gor|gora) (?:han |de |dom )?(?:mig|henne|oss) illa|annars (?:hander (?:nat|nagot)|blir "
    r"(?:de|det) varre)|(?:last|lasta|stangd|instangd) inne|left me (?:in|at|on|alone)|maste "
    r"stanna (?:tills|har|"
    r"kvar)|vet inte (?:ens "
    r")?vilken "
    r"adress|inte kommit (?:ut|hem|tillbaka)|(?:hittat|vet|tagit reda pa|listat ut) var (?:jag|ja|"
    r"hon|vi) bor|(?<!jag )(?<!ja )(?<!vi )(?:star|vantar|sitter) (?:\w+ )?(?:pa garden|pa gatan|"
    r"nedanfor|i trapphuset|"
    r"pa parkeringen|vid porten|i bilen utanfor)|om (?:jag|ja) inte (?:kommer|gar|foljer) "
    # A probe of our own: harm promised "otherwise", a family threatened, "they know
    # where I am".
    r"(?:ner|ut|med)|annars (?:\w+ ){0,2}?(?:slar|dodar|skadar|straffar|sparkar|knivhugger|"
    r"gor (?:\w+ )?illa|tar (?:\w+ )?(?:livet|barnen))|hotar (?:att \w+ )?(?:min|mitt|mina|"
    r"hennes|hans) (?:familj|barn|mamma|pappa|son|dotter|syster|bror|foraldrar)|"
    r"(?<!jag )(?<!ja )(?:hittat|vet|tagit reda pa|listat ut) var (?:jag|ja|hon|vi) (?:ar|e)\b|"
    # Harm "if I refuse", forced to have sex with others, held down, a child held.
    r"(?:slar|dodar|skadar|straffar) (?:\w+ )?om (?:jag|ja|hon) (?:vagrar|sager nej|inte|gar|"
    r"pratar)|tvingar (?:mig|henne|oss) (?:att )?(?:ha sex|ligga|ta (?:fler )?kunder|salja|"
    r"jobba)|haller (?:(?:han|hon|de|dom) )?(?:fast|kvar|ner) (?:mig|henne)|"
    r"haller (?:mig|henne) (?:fast|kvar|nere)|"
    r"(?:de|dom|han|hon) har (?:min|mitt|mina|hennes|hans) (?:son|dotter|barn|barnen|bror|"
    r"syster)\b(?! (?:pa|i) (?:dagis|forskolan|skolan|fritids))|"
    r"om (?:jag|ja) inte (?:kommer|gar|foljer) "
    r"(?:ner|ut|med)|kommer (?:han|de|dom) (?:upp|in|hit)|blev aggressiv|(?:har|tog|tagit) "
    r"(?:precis |nyss |just )?min "
    r"(?:vaska|jacka|mobil|telefon)|"

    # A third probe of our own: punished tonight, a debt "or something happens", forced to
    # take clients, a friend who never came back from a client, a debt beside a held child.
    r"(?:ska|kommer att|kommer) straffas|straffas (?:ikvall|inatt|nu|snart)|"
    r"om (?:jag|ja|hon) inte (?:betalar|gor det|gor som)\b.{0,40}?\b(?:hander|gor|slar|dodar|"
    r"skadar)|tvingar (?:mig|henne|oss) (?:att )?(?:ta emot|traffa|ga till) (?:fler |nya )?"
    r"(?:kunder|man|gubbar)|(?:kom|har) (?:aldrig|inte) (?:kommit )?tillbaka (?:fran|efter) "
    r"(?:kunden|en kund|mannen|en man|gubben|snubben|traffen|motet|dejten)|"
    r"(?:maste|ska) betala (?:\w+ )?skulden\b|"
    # Set AM's classes: a deadline or "you'll see what happens", harm to a child or a sister,
    # the rapist still in the flat, a drink spiked by a client, his friends coming tonight,
    # driven somewhere, a passport held upstairs, the last message "hjälp".
    r"(?:far|fa) (?:jag |ja |hon )?(?:se vad som hander|det varre|det jobbigt)|"
    r"hander (?:nat|nagot|nagonting) (?:med|mot) (?:min|mitt|mina|hennes|hans) \w+|"
    r"vet (?:han|hon|de|dom) (?:vilken|var|vart) (?:\w+ )?(?:forskola|skola|dagis|fritids) "
    r"(?:min|mitt|mina|hennes)|"
    r"om (?:jag|ja|hon) inte (?:dyker upp|kommer till|kommer ner|har \d+|betalar)\b|"
    r"(?:han|hon|de|dom|kunden|mannen) (?:ar|e) (?:kvar )?(?:i|pa) (?:\w+ )?(?:badrummet|rummet|"
    r"sovrummet|koket|hallen|duschen|toan|toaletten|lagenheten|balkongen) nu|"
    r"nar (?:han|hon|de|dom) kommer (?:ut|tillbaka|hem|in)\b|"
    # "har lagt nåt i min kompis drink o försöker få med henne ut" (set BT).
    r"(?:lagt|lade|la|hallt|hallde|stoppat|stoppade|blandat|blandade) (?:\w+ )?(?:nat|nagot|"
    r"grejer|en tablett|nan tablett|droger|nat pulver) i (?:\w+ ){0,2}?(?:drinken|drink|glaset|"
    r"glas|drickan|olen|colan)\b|"
    r"forsoker (?:fa med|ta med|dra med|lura med) (?:sig )?(?:henne|honom|mig|oss|hen) "
    r"(?:ut|hem|harifran|till)\b|"
    r"(?:gett|gav|ger) (?:mig|henne|oss) (?:nat|nagot|grejer) i (?:drinken|min drink|glaset|"
    r"drickan|olen)|"
    r"(?:hans|deras|dennes) (?:kompisar|vanner|polare|kollegor) (?:kommer|ska komma)|"
    r"(?:vi |jag |hon )?aker (?:nanstans|nagonstans|sodrut|norrut|ut ur stan)|"
    r"ska (?:till|aka till|hem till) (?:hans|deras) (?:kompisar|vanner|polare|kompis)|"
    r"(?<!jag )(?<!ja )(?<!vi )har (?:hennes|mitt|min|mina) (?:pass|telefon|mobil|vaska|id) "
    r"(?:och|o) (?:hennes |mitt |min |mina )?(?:pass|telefon|mobil|vaska|id|nycklar)|"
    r"maste (?:ga )?tillbaka (?:upp|in|dit)|"
    r"annars (?:\w+ ){0,2}?(?:ut pa gatan|kastar (?:han|de|dom) ut)|"
    r"(?:och|o) sen (?:bara |inget mer an |bara skrev )?(?:hjalp|sos)\b|"
    # Told to come to his car now, or the pictures go out (a probe of our own).
    r"(?:vill att|sager att|kraver att|sa att) (?:jag|ja|hon) (?:ska )?(?:komma|ga|folja med|"
    r"hoppa in) (?:ner |ut |upp )?(?:till|i) (?:hans|deras|en|bilen|hotellet)\b|"
    r"annars (?:lagger|skickar|sprider|visar|postar) (?:han|de|dom|hon) (?:ut )?"
    r"(?:bilderna|bilder|videon|filmen|allt)|"
    r"skickade (?:sin|hennes|hans) (?:plats|position|platsen|location|pin)|"
    r"(?:de|dom|han|chefen|hallicken|madame|mannen) (?:\w+ )?(?:flyttar|skickar|kor) "
    r"(?:mig|henne|oss) (?:vidare )?till (?:en annan|en ny|nasta|"
    r"ett annat) (?:stad|lagenhet|land|hotell|stalle|adress)|"
    r"(?:han|hon|de|dom|nan|hallicken) har (?:min|mitt|hennes) (?:telefon|mobil|pass)|"
    r"skriver (?:fran|pa|med) (?:en annans|nan annans|nagon annans|en kompis|hennes|hans) ?"
    r"(?:telefon|mobil|lur)?|"
    # A sixth probe of our own (danger now, told as events): hit and gone to fetch his
    # friends, still here asleep, guards, the door barred or locked from outside, a fire,
    # a beating promised "otherwise", writing from the toilet, an English plea at the door.
    r"(?:slog|sparkade|strypte|knuffade) (?:mig|henne|oss)|strypgrepp|"
    r"hamta (?:sina|hans|fler|flera|andra) (?:vanner|kompisar|polare|killar|man)|"
    r"(?:har|med) (?:\w+ )?(?:kompisar|vanner|polare|killar|man) med sig|"
    r"(?:ar|e) (?:fortfarande|fortfarnde|still) (?:har|kvar|hemma|i lagenheten|i rummet|hos mig)|"
    r"(?:har|finns|star) (?:\w+ )?vakt(?:er|erna)?|"
    r"(?:forsokte|forsokt|forsoker) (?:att )?(?:fly|rymma|sticka harifran)|"
    r"(?:sparrat|sparrar|sparrade|blockerat|blockerade) dorren|"
    r"dorren (?:ar |e )?(?:last|stangd|reglad) (?:fran )?(?:utsidan|utifran)|"
    r"det brinner|(?:far|ska) (?:jag|ja|hon|vi) stryk|annars (?:\w+ ){0,2}?stryk|"
    r"skriver (?:fran|pa|inne pa) (?:toaletten|toan|toa|badrummet)|"
    r"(?:blir|blev|blivit) (?:\w+ )?(?:aggressiv|hotfull|valdsam)|"
    r"(?:can|could) (?:you|u|someone|somebody) (?:please )?call (?:the )?police|"
    r"(?:man|someone|somebody|a man|the man|client|the client|he|they) (?:is|are|s|re) (?:\w+ )?"
    r"(?:outside|at) (?:the|my) (?:door|room)|"
    r"(?:kort|korde|tagit|tog|forde|skjutsat) (?:mig|henne|honom|oss) (?:langt bort|langt hemifran|"
    r"till en okand|nanstans|nagonstans)|"
    # Danger seen or heard by someone else (a probe of our own): blows heard, forced into a
    # car, "kom och hämta mig" and then silence, an ad with a missing girl's pictures.
    r"hor (?:\w+ ){0,3}?(?:som )?(?:slar|sla|misshandlar|stryper|valdtar|skrika|skriker)|"
    r"(?:tvingas|tvingades|drogs|dras|slets|knuffades|trycktes|slangdes) in i (?:\w+ ){0,2}?"
    r"(?:bil|bilen|skapbil|skapbilen|van)|"
    r"kom (?:och|o|a) hamta mig|(?:och|o) sen (?:inget|ingenting) (?:mer|mera)|"
    r"(?:sen|sedan) (?:dess )?(?:har (?:hon|han|hen) )?(?:varit )?(?:helt )?tyst|"
    r"annons (?:\w+ ){0,2}?(?:med|pa|om) (?:hennes|hans) (?:bilder|bild|kropp)|"
    r"(?:lagt|lagger) ut (?:en )?annons (?:\w+ ){0,2}?(?:pa|om|med) (?:henne|honom|hen)|"
    # An eighth danger probe of our own: petrol poured, running from the car while he
    # searches, hurt on the floor, a child held "tills jag har jobbat klart", "min sista
    # chans", friends called "om jag inte stannar".
    r"(?:hallt|hallde|stankt|stankte) (?:ut )?bensin|bensin (?:i|pa|over) \w+|"
    r"tander (?:pa|eld)|(?:tanda|satta) eld|"
    r"(?:hoppade|sprang|slet mig|tog mig) ut (?:ur|genom|fran) (?:bilen|fonstret|balkongen)|"
    r"springer (?:nu|for livet|ifran)|"
    r"(?:kor|gar|springer|aker) runt (?:och|o|a) letar|letar (?:overallt|efter mig)|"
    r"kan (?:inte|knappt) rora (?:benet|armen|mig|handen|foten|nacken)|ligger pa golvet|"
    r"tills (?:jag|ja|hon) (?:har )?(?:jobbat|betalat|gjort|tjanat) (?:klart|av|det|ihop)|"
    r"(?:ringer|ringde|ska ringa) (?:sina|hans|fler|nagra) (?:vanner|kompisar|polare|killar)|"
    r"om (?:jag|ja|hon) inte stannar|"
    r"(?:min|din|hennes|sista) (?:sista )?chans\b|vet vad som hander (?:annars|om)|"
    # A ninth: left in the woods, a child held in the car, "köpt" by a new man, sent abroad.
    r"(?:blev|blivit|har blivit) (?:lamnad|avslappt|avslangd) (?:\w+ ){0,2}?(?:i|pa|vid|utanfor) "
    r"(?:skogen|vagen|diket|stan|en parkering|motorvagen|en akerfalt)|"
    r"har (?:mitt|min|mina) (?:barn|son|dotter|bebis|dottrar|soner) (?:i bilen|hos sig|hos honom|"
    r"hos dem|hos dom|inlast)|far (?:se|traffa) (?:henne|honom|barnet|barnen) (?:igen )?"
    r"(?:nar|forst nar)|"
    r"(?:som|han|hon|de|dom|man|mannen|kunden) (?:har )?'?(?:kopt|kopte)'? mig|"
    r"(?:salt|salde|saljer) mig (?:till|vidare)|"
    r"(?:send|sending|sends|take|taking|move|moving) (?:me|her|us) to (?:\w+ )?(?:another|other|"
    r"germany|norway|denmark|\w+land|\w+ia)\b|never come back|"
    # A tenth: a belt taken off to "teach her", kept in a basement without food, a child
    # streaming live from an unknown flat with men there, a friend silent for days.
    r"(?:tog|tar|tagit) av sig (?:\w+ )?(?:baltet|skarpet)|ska (?:\w+ )?fa lara mig|"
    r"(?:latit|later|lat|haller|hallit) (?:mig|henne|oss) (?:vara |sitta |sta )?(?:i|pa) "
    r"(?:kallaren|rummet|garderoben|forradet|vinden|badrummet)|utan (?:mat|vatten)\b|"
    r"(?:livesander|livear|streamar|sander live|ar live)|"
    r"okand (?:lagenhet|plats|adress|bil|man)|"
    r"(?:ar|e) (?:\w+ )?(?:vuxna|aldre|okanda) (?:man|killar|gubbar) "
    r"(?:dar|har|med (?:henne|honom))|"
    r"inte (?:svarat|hort av sig|horts av|synts) (?:pa|sedan|sen|i) (?:\w+ )?(?:dagar|dygn|"
    r"veckan|vecka)|det stammer inte"
    r")\b"
)
_CUE_NOW = re.compile(
    # "e hos gubben som swishar mig" (set BI): at the payer's place, said in the present.
    r"^\W*(?:jag |ja )?(?:e|ar|sitter) (?:hemma )?hos (?:gubben|honom|mannen|killen|kunden|snubben"
    r"|en (?:man|kille|gubbe|snubbe|aldre \w+))\b|"
    # "e kvar hemma hos honom" (set DC): still at his place.
    r"\b(?:e|ar|sitter|ligger) kvar (?:hemma )?hos (?:gubben|honom|mannen|killen|kunden|snubben|"
    r"dom|dem|han)\b|"
    r"\b(?:nu|snart|just nu|precis|nyss|for (?:typ )?en (?:timme|halvtimme) sen|"
    r"inatt|i natt|ikvall|i kvall|idag|"
    r"om (?:\d+|tio|fem|tjugo|en|ett par) (?:min\w*|timm\w*)|om (?:en )?(?:halvtimm\w*|kvart|"
    r"stund)|sen (?:igar|i morse|inatt|i natt|"
    r"igarkvall|igar kvall)|now|right now|tonight|yesterday|jag skakar|snalla|"
    r"(?:\d+|tva|tre|fyra|fem|sex|atta|flera) timmar|igar kvall|igarkvall|igar natt|igarnatt|"
    r"i morse|just|sedan i gar|sen i gar|in (?:one|an|1|2|two|half an) hours?|is there now)\b"
)
_NOT_NOW = re.compile(
    r"\b(?:forra (?:aret|veckan|manaden|sommaren|hosten|vintern|varen)|i fjol|for (?:\w+ )?"
    r"(?:ar|manader|veckor) sen\w*|nar jag var|lange sen|tidigare|mardrom\w*|drommer|"
    r"last (?:summer|year|month|week)|years? ago|when i was|"
    # A weekday past ("en man jag träffade i tisdags tog strypgrepp", set DS).
    # ("inte kommit hem sen i fredags" is still going on: not past.)
    r"(?<!sen )(?<!sedan )i (?:mandags|tisdags|onsdags|torsdags|fredags|lordags|sondags|"
    r"forrgar)|(?<!sen )(?<!sedan )forra helgen|"
    r"(?<!since )last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|"
    r"vad gor (?:jag|man|vi) om|vad hander om|om (?:en|nan|nagon|jag|man) (?:\w+ )?"
    r"(?:skulle|blir|borjar)|what if|what should i do if|rutiner)\b|^\W*(?:haha|hah|lol|xd)\b"
)


# Cues too ordinary to count alone ("vill bara hem och sova"), which make one other
# cue danger as "now" does.
_WEAK = re.compile(
    r"\b(?:vill (?:bara |ba )?(?:ga |aka |komma )?(?:hem|harifran)|i (?:dont|don'?t) want this|"
    r"(?:han|hon|de|dom|chefen|hallicken|mannen|kunden) kommer snart|allt snurrar|helt borta|"
    r"slut pa batteri\w*|snart slut pa|"
    r"kor (?:jatte|skit|alldeles for |for )?fort|"
    r"med (?:nagra |tva |en |flera |massa |en massa |manga )?(?:aldre|vuxna|okanda) "
    r"(?:killar|man|gubbar|kille)|"
    r"(?:han|hon|de|dom) star i (?:hallen|dorren|koket|rummet)|vagrar betala|sitter (?:\w+ "
    r")?i (?:ett|en) (?:rum|kallare|bil|lagenhet)|"
    # A probe of our own: feeling strange (after a drink), no answer.
    r"mar (?:\w+ )?(?:konstigt|konstig|yr|snurrig|jattekonstigt)|"
    r"svarar (?:(?:hon|han|hen|dom|de) )?(?:inte|int)|(?:hon|han) svarar inte|"
    r"(?:jag|ja) (?:ar |e )?(?:sa |jatte |skit )?radd|vill inte vara (?:har|kvar)|"
    r"morkt (?:och|o) kallt|kallt (?:och|o) morkt|fryser|i skogen|"
    # Somewhere the writer cannot name, the phones taken (set CJ): "dom har tagit våra
    # mobiler förutom min som jag gömde ... vi e i ett kök nånstans i botkyrka".
    r"(?:e|ar|sitter|star) (?:i|pa) (?:ett|en) \w+ (?:nanstans|nagonstans)|"
    r"(?:har|tog|tagit) (?:precis |nyss |just )?(?:vara|alla|allas|mina|hennes) "
    r"(?:mobiler|telefoner|mobilerna|telefonerna)|"
    r"(?:och|o|men) (?:jag|ja) vill (?:verkligen )?inte(?: \w+)?(?= jag| ja|$))\b"
)

# Wanting away from where one is: with men around, danger now.
_WANT_AWAY = re.compile(
    r"\b(?:vill (?:bara |ba )?(?:ga |aka |komma |springa )?(?:hem|harifran|harifrn|ut harifran)|"
    r"vill (?:bara |ba )?(?:ga |hoppa |kliva )?(?:av|ut)\W*$|"
    r"vill inte vara (?:har|kvar)|i (?:dont|don'?t) want (?:this|to be here)|i want to go home)\b"
)

# A child about to meet an adult: to meet, be fetched by or go to a man, soon. With a
# child's age in the message (engine/nlu/situation.py), this is danger now.
_MEET = re.compile(
    r"\b(?:vantar|ska vanta|star och vantar) pa (?:henne|honom|mig|hen)\b"
    r"|\bska (?:\w+ )?till (?:hans|hennes|deras|en) (?:\w+ )?(?:lagenhet|hotell\w*|hus|stuga|"
    r"sommarstuga)\b"
    r"|\b(?:ska|skall|vill|tanker|kommer att|ska ga och) (?:\w+ ){0,2}?(?:traffa|ses med|mota|"
    r"hamtas|aka (?:med|till|hem till)|sova hos|hamta (?:mig|honom|henne))\b"
    r"|\b(?:hamtar|hamtas|moter) (?:mig|honom|henne)?\b"
    r"|\b(?:picking|pick|picks) (?:me|her|him) up\b|\b(?:going|have) to (?:meet|go to|see)\b"
    r"|\b(?:is|are) (?:meeting|taking|driving) (?:me|her|him)\b"
    r"|\bwaiting (?:\w+ ){0,4}?for (?:me|her|him)\b|\b(?:i|she|he) (?:have|has) to come\b"
    r"|\b(?:en |nasta )?(?:kund|kunden|kunder|gubben|gubbarna|mannen|killarna|dom|de) (?:som )?"
    r"(?:kommer|ska komma)\b"
    # "på väg hem till en jag aldrig träffat" (set AX).
    r"|\bpa (?:\w+ )?vag (?:hem )?till (?:en|nan|nagon|honom|hans|dom|dem|ett)\b"
)
_ADULT = re.compile(
    r"\b(?:a man|an old(?:er)? (?:man|guy)|adult|client|"
    r"man|mannen|gubbe|gubben|vuxen|vuxna|aldre (?:kille|killar|man)|kund|kunden|snubbe|"
    r"\d{2} ?-?(?:aring|ars))\b"
)
_SOON = re.compile(
    r"\b(?:in (?:\d+|ten|five|twenty|an|a few) (?:min\w*|hours?)|right now|now|"
    r"(?:kl|klockan|vid) ?\d{1,2}(?:[.:]\d{2})?(?: ikvall| i kvall| idag)?|"
    r"om (?:\d+|en|ett par|tio|fem|tjugo) (?:min\w*|timm\w*)|om (?:en )?(?:halvtimm\w*|"
    r"kvart|stund)|ikvall|i kvall|inatt|i natt|nu|snart|efter skolan|idag|imorgon|tonight|"
    r"sitter (?:pa|i) (?:ett |en )?(?:tag|taget|buss|bussen|bil|bilen|flyg|planet))\b"
)


# A child gone: "varit borta sen i fredags", "har inte kommit hem på två dygn". Said of a
# child (engine/nlu/situation.py checks the age), this is danger now.
_GONE = re.compile(
    r"\b(?:varit borta|ar borta|e borta|forsvunnen|forsvann|har inte kommit hem|inte kommit hem|"
    r"har rymt|rymde|ingen vet var (?:hon|han|hen) ar"
    # "my son has been gone for 3 days", "she ran away on friday" (set FF).
    r"|(?:has|have|had) been (?:gone|missing|away)|(?:is|went) missing|(?:hasn'?t|hasnt|has not|"
    r"didn'?t|didnt|did not) come (?:home|back)|ran away|run away|disappeared|"
    r"no ?one knows where (?:she|he|they) (?:is|are))\b"
    r"(?=.{0,60}\b(?:sen|sedan|i (?:\w+ )?(?:dygn|dagar|natter)|igar|inatt|i natt|i helgen|"
    r"fredags|lordags|sondags|mandags|tisdags|onsdags|torsdags|\w+ dagar|\w+ dygn|"
    r"sen dess|for (?:\w+ )?(?:days?|nights?|a day|a night|a week)|since|last night|yesterday|"
    r"(?:on )?(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|\w+ days)\b|$)"
)


# A child not back or not answering, and an adult beside it: "har inte kommit tillbaka ...
# hos en man hon inte känner", "svarar inte ... en vuxen kille hämtade henne".
_AWAY = re.compile(
    r"\b(?:(?:har )?inte kommit (?:hem|tillbaka)|kom (?:aldrig|inte) (?:hem|tillbaka)|"
    r"(?:ar|e|varit) borta|forsvunnen|forsvann|har rymt|rymde|dok inte upp|"
    r"(?:har )?(?:akt|stuckit|dragit|gatt) (?:ivag|harifran|hemifran)|"
    r"(?:har )?inte varit hemma|(?:ar|e) (?:dar|hos (?:honom|dom|dem|han|dem)) nu)\b"
)
_MET_ONLINE = re.compile(
    r"\b(?:traffat|traffade|lart kanna|snackat med) (?:\w+ )?(?:pa|via|over) (?:natet|appen|"
    r"snap\w*|tiktok|roblox|discord|insta\w*|fortnite|kik|telegram|en app|ett spel|online)"
    r"|\bfran (?:natet|appen|snap\w*|tiktok|roblox|discord|insta\w*)\b"
)
_TAKEN_BY_ADULT = re.compile(
    r"\b(?:hos|med|me) (?:en|nan|nagon|nagra|tva|flera) (?:\w+ )?(?:man|man|gubbe|gubbar|snubbe|"
    r"kille|killar|vuxen|vuxna)\b.{0,30}\b(?:inte kanner|aldrig traffat|fran natet|fran appen)"
    r"|\b(?:en |nan |nagon )?(?:vuxen|aldre) (?:kille|man|snubbe)\b.{0,20}\b(?:hamtade|hamtat|"
    r"plockade upp|korde|tog med) (?:henne|honom|hen)\b"
    r"|\b(?:hamtade|hamtad|hamtat|plockade upp|plockats upp)\b.{0,20}\b(?:av )?(?:en |nan )?"
    r"(?:vuxen|aldre) (?:kille|man|snubbe)\b"
)


def _away_with_adult(folded: str) -> bool:
    """ "min systerdotter 13 svarar inte ... en vuxen kille hämtade henne": with a child's
    age, danger now."""
    if _NOT_NOW.search(folded):
        return False
    return bool(
        (_AWAY.search(folded) or _NO_ANSWER.search(folded))
        and (
            _TAKEN_BY_ADULT.search(folded)
            or _WITH_ADULT.search(folded)
            or (_ADULT.search(folded) and _MET_ONLINE.search(folded))
        )
    )


# A child seen with an adult somewhere now (a neighbour, hotel staff): "en man gick nyss
# upp med en flicka", "en äldre man skriker åt henne att komma in i lägenheten".
_SEEN_NOW = re.compile(
    r"\b(?:nu|nyss|just nu|precis|star|sitter|gick (?:upp|in)|drar|skriker|tar in|bar in"
    # "en äldre man betalade resan till ett hotell och väntar där" (set BQ).
    r"|vantar|vantar dar|vantar pa (?:henne|honom|hen))\b"
)
_PLACE_WORD = re.compile(
    r"\b(?:rummet|rum|hotell\w*|lagenhet\w*|trapp\w*|bil|bilen|porten|kallare\w*)\b"
)
_TRUSTED_ADULT = re.compile(
    r"\b(?:ledare\w*|tranare\w*|larare\w*|pappa|mamma|foralder\w*|familj\w*|pedagog\w*)\b"
)

# "laddar mitt kort om jag sitter i hans bil en stund": a deal told, not a scene now.
_HABIT = re.compile(r"\bom (?:jag|ja|hon|han) (?:\w+ )?(?:sitter|ar|e|gar|foljer|ses|traffar)\b")


# Away as a habit, not gone now: "är borta på nätterna", "borta flera nätter i sträck".
_AWAY_BY_HABIT = re.compile(
    r"\bborta (?:\w+ )?(?:pa natterna|pa natter|natterna|hela natter|flera natter|natter|ofta|"
    r"ibland|pa helger\w*|varje helg|helgerna)\b"
)
# Silent about it, not gone: "hon svarar inte på mina frågor om det".
_WONT_SAY = re.compile(r"\b(?:svarar|svarat) (?:\w+ )?(?:inte|int) (?:pa|nar) ")


def away_or_silent(folded: str) -> bool:
    """ "har inte kommit hem", "nu svarar hon inte", "han e där nu": with the men who pay
    her or him (situation.py), danger now."""
    if _NOT_NOW.search(folded):
        return False
    silent = _NO_ANSWER.search(folded) is not None and not _WONT_SAY.search(folded)
    away = _AWAY.search(folded) is not None and not _AWAY_BY_HABIT.search(folded)
    return silent or away


def child_with_adult_now(folded: str) -> bool:
    """With a child's age (engine/nlu/situation.py), a child with an adult at a place now."""
    if _NOT_NOW.search(folded) or _TRUSTED_ADULT.search(folded) or _HABIT.search(folded):
        return False
    return all(p.search(folded) for p in (_ADULT, _SEEN_NOW, _PLACE_WORD))


# English (set EX): a child, or someone paid, gone to or with the one who pays, now or
# silent: "left 20 minutes ago with a man in his 40s ... isn't answering", "is at his
# place as we speak", "with a sex buyer right now", "went to meet a man who pays for sex.
# She's not picking up", "meeting someone tonight who promised her money", "he'll pick
# her up at the school gate at 3 today", "get into a car with a man we know buys sex".
_WITH_THEM_EN = re.compile(
    r"\b(?:left|went|gone|run off|ran off|ran away|drove off|drove away|driven off|took off|"
    r"is|are|s|shes|hes|has been|is still|got|get|"
    r"gets|"
    r"getting|climbed|jumped) (?:\w+ ){0,4}?"
    r"(?:with|to meet|to see|at|in|into) (?:a |an |the |some |this |one of |his |their )?(?:\w+ )"
    r"{0,3}?(?:man|men|guy|guys|buyer|buyers|gang\w*|him|them|place|flat|flats|apartment|car|"
    r"hotel)\b"
    r"|\b(?:meeting|meets|meet|seeing|going to see|going to meet) (?:someone|somebody|a man|a guy|"
    r"an older \w+|him|them)\b"
    r"|\b(?:pick|picking|picks|collect|collecting) (?:her|him|me) up\b"
)
_NOW_OR_SILENT_EN = re.compile(
    # "and now he wants more than talking": "now" of a story's turn, not of the hour.
    # "she's picking me up again in an hour" (set FM).
    r"\bin (?:an|one|half an|\d+) (?:hour|hours|hrs?|mins?|minutes)\b|"
    r"\b(?:right now|now(?! (?:he|she|they|hes|shes) (?:wants?|says?|asks?|keeps|expects?|"
    r"is asking|started|thinks?|demands?)\b)|tonight|as we speak|just now|\d+ ?(?:mins?|minutes) "
    r"ago|today|at \d|"
    r"just (?:saw|watched|seen|drove off|drove away|got in|got into|left|went off))\b"
    r"|\b(?:not answering|isn'?t answering|won'?t answer|not picking up|isn'?t picking up|"
    r"can'?t reach (?:her|him)|phone is off|hasn'?t come home|didn'?t come home|shared (?:his|her) "
    r"location)\b"
)
_NOT_NOW_EN = re.compile(r"\b(?:last (?:week|month|year|night)|used to|years? ago|before)\b")


def child_with_them_now_en(folded: str) -> bool:
    """In English, with a child's age or someone paid: gone with the one who pays, now."""
    return (
        _WITH_THEM_EN.search(folded) is not None
        and _NOW_OR_SILENT_EN.search(folded) is not None
        and _NOT_NOW_EN.search(folded) is None
    )


def child_gone(folded: str) -> bool:
    """ "vår fosterdotter 15 har varit borta sen i fredags": said of a child, danger now.

    Also a child not back or not answering while with an adult.
    """
    gone = _GONE.search(folded) is not None and not _NOT_NOW.search(folded)
    return gone or _away_with_adult(folded)


# Taken somewhere against the child's will, or to "work": "han säger ja ska jobba där",
# "tar mig till en fest med hans kompisar. vill inte".
_UNWILLING = re.compile(
    r"\bi (?:dont|don'?t|do not) want to\b|\b(?:im|i'?m|i am) (?:so )?(?:scared|afraid)\b|"
    # Made to, with a threat: "jag måste träffa en vän till honom ... annars sprider han dom".
    r"\bannars (?:sprider|skickar|lagger|postar|visar|hander|gor) |"
    r"\b(?:(?:jag|ja) vill (?:inte|int)\b|vill (?:inte|int)\W*$|(?:jag|ja) (?:ar |e )?(?:sa |"
    r"jatte |skit )?radd|tvingar|tvingad|(?:ska|maste) jobba (?:dar|at|for|pa)\b)"
)


def child_meets_adult_soon(folded: str) -> bool:
    """ "ska träffa en man som swishat mig om 20 min": said with a child's age, danger now.

    Also a child fetched soon against their will or to "work", by anyone.
    """
    if _NOT_NOW.search(folded):
        return False
    return bool(
        _MEET.search(folded)
        and _SOON.search(folded)
        and (_ADULT.search(folded) or _UNWILLING.search(folded))
    )


def _danger_by_cues(folded: str) -> bool:
    if _NOT_NOW.search(folded):
        return False
    threats = {m.group(0) for m in _THREAT.finditer(folded)}
    return len(threats) >= 2 or (len(threats) == 1 and (
        _CUE_NOW.search(folded) is not None or _WEAK.search(folded) is not None))


# Taken abroad now by the one she works for: "mannen hon jobbar åt ska ta henne till
# tyskland nu". A trip with family is not this: the one who takes must control her.
_MOVED = re.compile(
    r"\b(?:ta|tar|skicka|skickar|kora|kor|flyga|flyger|frakta|fraktar|flytta|flyttar) "
    r"(?:henne|honom|mig|oss|dem|dom|tjejerna) (?:till|mot) (?:\w+ )?(?:utlandet|\w+land|"
    r"danmark|norge|spanien|holland|nederlanderna|polen|rumanien|dubai)\b"
    r"(?=.{0,40}\b(?:nu|ikvall|inatt|i natt|idag|snart|imorgon)\b)"
)
_CONTROLLER = re.compile(
    r"\b(?:jobbar (?:at|for)|hallick\w*|skuld\w*|passet|hennes pass|mitt pass|kunder\w*|"
    r"saljer (?:sex|sig)|tvingar|tvingad|han som (?:fixade|ager|bestammer|styr))"
)


# Not allowed to say no, on the way there tonight: "tar med en kompis o att ja inte får
# säga nej. e redan på väg dit". (Not allowed to say no, said of the months past, is
# coercion, not danger now.)
_NO_REFUSAL = re.compile(r"\b(?:(?:far|fa|fick) inte|inte (?:far|fa|fick)) (?:saga|sga) nej\b")
_ON_THE_WAY = re.compile(
    r"\b(?:pa vag (?:dit|till (?:honom|dom|dem|hans))|ikvall|inatt|i natt|om (?:\d+|en|ett par|"
    r"tio|fem|tjugo) (?:min\w*|timm\w*))\b"
)


# "vet inte va ja e" said alone (set BI): lost now, with nothing else to tell.
_LOST_NOW = re.compile(
    r"^\W*(?:(?:hjalp|help|snalla|asså|assa)\W+)?(?:jag |ja )?(?:vet (?:inte|int|ej)|vetinte) "
    r"(?:var|va|vart) (?:jag|ja|vi) (?:ar|e)(?: nu| just nu)?\W*(?:(?:hjalp|help|snalla)\W*)?$"
    r"|^\W*(?:i )?(?:dont|don'?t|do not) know where i am(?: now| rn)?\W*(?:(?:help|please)\W*)?$"
)


# Driven off against one's will now (set DI): "kör iväg me mig o säger ja ska träffa hans
# polare ... ska ja hoppa ur??"; the wish to jump out of a moving car.
_DRIVEN_OFF = re.compile(
    r"\b(?:kor|korde) (?:ivag|bort|ut) (?:med|me|m) (?:mig|mej|oss|henne|honom)\b"
    r"(?=.{0,100}\b(?:polare|kompisar|vanner|killar|gubbar|hoppa ur|radd|vill inte|"
    r"vet inte vart|slapper inte))"
    r"|\b(?:ska|borde|kan|vagar) (?:jag|ja|vi|hon) (?:inte )?hoppa ur\b"
    r"|\b(?:driving|drove|drives) (?:off |away )?with me\b(?=.{0,100}\b(?:friends|scared|"
    r"jump out|won'?t stop|wont stop|don'?t know where))|\bshould i jump out\b"
    # Set DL: "kräver sex för skjutsen o har låst bildörrarna"; "locked the car doors".
    r"|\b(?:har |hade )?(?:last|lasst|lasit) (?:bil)?dorrarna\b"
    r"|\b(?:bil)?dorrarna (?:ar |e )?lasta\b"
    r"|\b(?:locked|locks) the (?:car )?doors?\b(?! (?:behind me|when i))"
)


def _danger_by_parts(text: str) -> bool:
    folded = fold(text)
    if _danger_by_cues(folded) or _LOST_NOW.search(folded) or _DRIVEN_OFF.search(folded):
        return True
    if _NO_REFUSAL.search(folded) and _ON_THE_WAY.search(folded) and not _NOT_NOW.search(folded):
        return True
    if _MOVED.search(folded) and _CONTROLLER.search(folded) and not _NOT_NOW.search(folded):
        return True
    now = _NOW.search(folded) is not None
    adult = _WITH_ADULT.search(folded) is not None or _PLACE.search(folded) is not None
    alarms = {m.group(0) for m in _ALARM.finditer(folded)}
    # "svarar inte" alone is a friend asleep; with a man or a place it is an alarm.
    # "svarar inte och hon skulle träffa en man": gone to a man, and silent since.
    quiet = _NO_ANSWER.search(folded) is not None and (
        adult or (_MEETING.search(folded) is not None and not _NOT_NOW.search(folded))
    )
    # "sitter i en lägenhet med tre gubbar ... vill hem": with men, and wanting away.
    held = adult and _WANT_AWAY.search(folded) is not None and not _NOT_NOW.search(folded)
    return (now and adult) or (bool(alarms) and (now or adult)) or len(alarms) >= 2 or quiet or held


# Figures of speech with death in them (set CE): "det här jobbet tar livet av mig haha",
# "skammen tar livet av mig", "vill dö av pinsamhet", "mördande trött". Taken out before
# the suicidal patterns read the message; "jag tar livet av mig" stays.
_FIGURES_OF_SPEECH = re.compile(
    r"\b(?:det|detta|det har|det här|det dar|det där|\w+(?:en|et|an|na))\s+"
    r"(?:\w+\s+)?(?:tar|kommer ta|ska ta)\s+(?:livet|kal|kål)\s+av\s+(?:mig|mej)\b"
    r"|\b(?:do|dö|dor|dör|doo|döö)\s+av\s+(?:skam|pinsamhet|skratt|tristess|nyfikenhet|"
    r"hunger|tråkighet|trakighet|stress|längtan|langtan)\w*"
    r"|\b(?:mordande|mördande|dods|döds)\s*(?:trott|trött|trist|trakig\w*|tråkig\w*|sur)\b"
)


# English, on the folded text (apostrophes kept): a blind English set's classes (EC, ED,
# EE) in new words. Suicidal: "better I am dead than this life", "took a bunch of
# pills", "keep looking at the bridge", "theres a rope in my closet", "thoughts of dying".
_SUICIDAL_EN = re.compile(
    # Set FM: "what's the point of living when I can't get rid of these thoughts".
    r"\b(?:what'?s|whats|what is) (?:even )?the point (?:of|in) (?:living|life|being alive|going "
    r"on|carrying on)\b|\bno point (?:in |of )?(?:living|being alive|going on)\b|"
    # Set FD: "is it normal to plan your own funeral at 16", "walking into the water and not
    # coming back", a question about 90101 (the line for suicidal thoughts).
    r"\bplan(?:ning|ned|s)? (?:my|your|her|his|their) own funeral\b"
    # Set FE: "keep thinking about just not waking up", "easier to just not wake up", cutting
    # "and tonight feels different, like i might not stop".
    r"|\b(?:thinking|think|thought|dreaming|dream) about (?:just )?(?:not|never) waking up\b"
    r"|\b(?:easier|better|simpler) (?:for (?:everyone|everybody|all) )?(?:to|if i) (?:just )?"
    r"(?:not|never|didn'?t) (?:wake|woke) up\b"
    r"|\b(?:cutting|cut myself|cuts|hurting myself|self.?harm\w*)\b.{0,80}?\b(?:might not stop|"
    r"won'?t stop|wont stop|not stop this time|feels different|too deep)\b"
    r"|\b(?:walk|walking|walked|swim|swimming|go|going) (?:out )?into the (?:water|sea|ocean|lake|"
    r"river)\b.{0,40}?\bnot (?:come|coming) back\b"
    r"|\b90 ?101\b|"
    # Set FC: "want to cut myself til it stops or not wake up", "she'll kill herself if the
    # pictures come out" (told by staff), "stand on the balcony and think about letting go".
    r"\b(?:want|wanna|wish|hope|hoping)\b.{0,60}?\b(?:not|never) (?:to )?wake up\b"
    # "sometimes i wish i wouldnt wake up" (set GM).
    r"|\b(?:wish|hope|hoping)\b.{0,20}?\b(?:i|i'?d) (?:wouldn'?t|wouldnt|would not|won'?t|wont|"
    r"didn'?t|didnt|never) (?:wake|woke) up\b"
    r"|\b(?:she|he|they|she'?ll|he'?ll|they'?ll)(?: will| would| is going to| s going to|"
    r"'?s going to| wants to| want to| threatens to| threatened to| talks about| talked about| "
    r"said she'?d| said he'?d|)? (?:kill|killing|hurt and kill) (?:herself|himself|themselves)\b"
    r"|\b(?:balcony|bridge|roof|rooftop|ledge|railing|platform|tracks)\b.{0,60}?\b(?:let go|"
    r"letting go|jump|jumping|step off|stepping off)\b"
    r"|"
    # Set EY: "can't see a reason to keep going", "looking up ways to die", "i feel like
    # dying", "easier for everyone if i just killed myself".
    r"\b(?:can'?t|cannot|cant|don'?t|dont|do not) see (?:a|any|the) (?:reason|point) (?:to|in|of) "
    r"(?:keep going|keeping going|living|go on|going on|carry on|carrying on|being here)\b"
    r"|\b(?:looking up|looked up|searching|searched|googling|googled|reading about) (?:\w+ )?"
    r"(?:ways|how) to (?:die|kill myself|end it|end my life)\b"
    r"|\bfeel(?:ing)? like dying\b"
    r"|\b(?:easier|better) (?:for (?:everyone|everybody|all) )?if i (?:just )?(?:killed myself|was "
    r"dead|were dead|died|wasn'?t here|was gone)\b|"
    r"\b(?:better|rather|prefer)(?: that| if| for me)? (?:i|me) (?:am|was|were|would be|be|'d be|"
    r"d be|to be|being) dead\b|\bbetter (?:off )?dead than\b"
    r"|\b(?:wish|want|wanted|wanna) (?:i (?:was|were) |to be |be |that i (?:was|were) )dead\b"
    r"|\bwish i (?:was|were|had) never (?:been )?born\b"
    # Taken (any amount), or about to take all of them ("take lots of pills" for asthma is not).
    r"|\b(?:(?:took|taken|swallowed|popped|downed) (?:a (?:bunch|load|lot|handful|ton|heap|"
    r"fistful|whole (?:bottle|box|pack|packet|strip)|bottle|box|pack)|loads|lots|way too many|"
    r"too many|so many|like \d+|\d{2,})|(?:took|taken|swallowed|popped|downed|take|taking|"
    r"swallow|gonna take|going to take) (?:all (?:of )?(?:my|the|her|his|those|these)|the whole "
    r"(?:bottle|box|pack|packet)|a whole (?:bottle|box|pack|packet))) (?:of )?(?:\w+ ){0,2}?"
    r"(?:pills|tablets|meds|medicine|painkillers|paracetamol|ibuprofen|xanax|benzos)\b"
    r"(?!.{0,30}\b(?:every|a day|daily|as prescribed|prescription)\b)"
    # Set GS: "been swallowing painkillers since he posted my pics, feel weird and dizzy".
    r"|\b(?:been|keep|kept|started|i'?m|im) (?:swallowing|popping|downing) (?:\w+ )?(?:pills|"
    r"tablets|meds|painkillers|paracetamol|ibuprofen)\b"
    r"|\b(?:took|taken|swallowed|popped|downed) (?:\w+ ){0,3}?(?:pills|tablets|meds|painkillers|"
    r"paracetamol|ibuprofen)\b(?!.{0,30}\b(?:birth control|for my|prescri\w*)\b).{0,60}\b(?:feel|"
    r"feeling|felt|im|i'?m) (?:so |really |very )?(?:dizzy|faint|like passing out|numb)\b"
    r"|\b(?:standing|sitting|stood|sat|up|i'?m|im) on (?:the |a )?(?:edge of (?:the |a )?)?"
    r"(?:bridge|roof|rooftop|ledge|railing|tracks|balcony railing)\b"
    r"|\bkeep (?:looking at|staring at|thinking about|going back to|walking to) (?:the |that |a )?"
    r"(?:bridge|tracks|railway|train tracks|roof|pills|rope|knife|razor|ledge)\b"
    r"|\bnoose\b|\brope\b (?:\w+ ){0,3}?(?:in|under|ready|hanging|tied|round|around|from) "
    r"(?:my|the|a) (?:closet|wardrobe|room|bedroom|bag|car|garage|neck|ceiling|beam|attic|shed|"
    r"drawer|bed|banister|door)\b|\brope (?:is )?(?:ready|up)\b"
    r"|\b(?:thoughts?|thinking|think) (?:of|about) (?:dying|death|killing myself|ending (?:it|"
    r"things|my life)|not being (?:here|alive)|not waking up|suicide)\b"
    r"|\b(?:don'?t|do not|dont|no longer|never) (?:want|wanna) (?:to )?(?:be alive|live|exist|"
    r"wake up|go on)\b"
    r"|\b(?:cut|cutting|hurt|hurting|harm|harming) myself\b.{0,40}\b(?:tonight|right now|now|"
    r"deeper)\b"
    r"|\bself ?-?harm\w*\b.{0,30}\b(?:tonight|right now|rn)\b"
    # "wrote 'end it' on her arm" (set EX): words of dying cut or written into the skin.
    r"|\b(?:wrote|writes|written|carved|carves|scratched|cut|cuts) \W{0,2}(?:end it|die|kill me|"
    r"dead|no more|goodbye|bye)\W{0,2} (?:on|into|in) (?:her|his|my|their) (?:\w+ )?(?:arm|arms|"
    r"wrist|wrists|leg|legs|skin|thigh|thighs)\b"
    # "kinda want to disappear ... permanently", "tonight i end it", "end it all",
    # "stepping in front of the train", "I think to jump from the window".
    r"|\b(?:want|wanna|wanted|going|gonna) to disappear\b.{0,40}\b(?:permanently|forever|"
    r"for good|for ever)\b"
    r"|\b(?:tonight|today|now) i(?:'?m| am| will|'ll|ll)? (?:gonna |going to )?end (?:it|my life|"
    r"everything|things)\b|\bend(?:ing)? it(?: all)? (?:tonight|today|now)\b|\bend it all\b"
    # "Tonight I finish it." (set FN).
    r"|\b(?:tonight|today|now) i(?:'?m| am| will|'ll|ll)? (?:gonna |going to )?finish "
    r"(?:it|my life|everything)\W*$|\bfinish(?:ing)? my life\b"
    r"|\b(?:end|ending|take|taking) my (?:own )?life\b"
    r"|\b(?:going to|gonna|will|wants? to|wanna|about to|plans? to|planning to) (?:kill|end) "
    r"(?:myself|herself|himself|themselves|her life|his life|my life)\b"
    r"|\b(?:suicide|goodbye) (?:note|letter|message|text)\b"
    # Set FU: "this is my last message to anyone. thanks for existing"; "i gave away my
    # things this week. i wont need them".
    r"|\bmy last (?:message|text|words?) (?:to anyone|to anybody|to everyone|ever)\b"
    r"|\bthanks? (?:you )?for existing\b"
    r"|\bgave away (?:all )?(?:of )?(?:my|all my) (?:things|stuff|clothes|belongings|games|"
    r"pets?|cat|dog)\b.{0,60}?\b(?:wont|won t|will not|dont|don t|do not) need (?:them|it|"
    r"anything)\b"
    r"|\bnobody (?:would|will|is going to|gonna) miss (?:me|a \w+)\b|\bno one (?:would|will) miss "
    r"(?:me|a \w+)\b|\b(?:not sure|don'?t know if|dont know if) i'?(?:ll| will) (?:still )?be (?:he"
    r"re|"
    r"around|alive)\b|\bwon'?t be (?:here|around|alive) (?:by|tomorrow|next|much longer)\b"
    r"|\b(?:i'?m|im|i am) (?:standing )?(?:at|on|by|near) the (?:tracks|train tracks|railway|"
    r"railway tracks)\b|\bdone with (?:life|living)\b"
    r"|\b(?:took|taken|swallowed) (?:everything|all) (?:in|from) (?:the|my|our) (?:\w+ )?(?:medicin"
    r"e "
    r"cabinet|cabinet|first aid kit)\b"
    r"|\b(?:step|stepping|jump|jumping|throw|throwing|lie|lying) (?:myself )?in front of (?:a |the "
    r")?"
    r"(?:train|bus|car|truck|metro|tube|subway|tram)\b"
    r"|\b(?:jump|jumping|throw myself|throwing myself) (?:out )?(?:from|off|out of) (?:the |a |my |"
    r"this )?(?:window|balcony|roof|bridge|building)\b"
)
# Danger now: "hes waiting downstairs rn", "gave me something to drink and i feel weird",
# "my friend is texting me help help".
_SOMEONE_EN = (
    r"(?:he|hes|he's|she|shes|she's|they|they're|theyre|the guy|the man|the client|the customer|"
    r"the driver|my pimp|his friends?|the men|the guys|someone|somebody|(?:a )?(?:group|bunch|"
    r"gang) of (?:men|guys)|some (?:men|guys)|(?:two|three|four|2|3|4) (?:men|guys))"
)
# "the man from the game is parked outside": who he is may come between.
# "the guy who pays for my pics is waiting outside": a relative clause may come between too.
_WHO_EN = r"(?:(?:from|at|in|on|with|of) (?:\w+ ){1,3}?|(?:who|that) (?:\w+ ){1,5}?)?"
_DANGER_EN = re.compile(
    # Set GU: taken somewhere now by men who took the phone: "on a train to Göteborg with two
    # guys who set up dates for me there, they took my phone".
    r"\b(?:on|in) (?:a|the) (?:train|bus|car|taxi|ferry|plane|flight|van) (?:\w+ ){0,3}?with "
    r"(?:\w+ ){0,2}?(?:guys|men|man|guy)\b.{0,120}?\b(?:took|taken|takes|have|has|keep|keeps|kept) "
    r"(?:my|our) (?:phone|passport|id|papers|documents)\b"
    r"|"
    # Set FX: a child who whispered or mouthed "help", minutes ago: "she whispered help when
    # she got out. it was 5 minutes ago" (and in Swedish: "hon viskade hjälp").
    r"\b(?:whispered|mouthed|whispers|mouths|viskade|viskar)\b(?: \w+){0,2}? (?:help|hjalp|sos)\b"
    r"|"
    # Set FL: fetched soon against one's will, "still at his place, hes in the shower".
    r"\b(?:picking me up|pick me up|coming to get me|coming to pick me up|collecting me|coming for "
    r"me)\b.{0,60}?\b(?:(?:i )?(?:really )?(?:dont|don'?t|do not) want|scared|afraid|terrified)\b"
    r"|\bstill (?:at|in) (?:his|their|the guy'?s|the man'?s|the client'?s) (?:place|flat|apartment|"
    r"house|room|hotel room|car)\b|"
    # Set FC: hurt, and bleeding that will not stop: an ambulance now.
    r"\b(?:won'?t|wont|will not|doesn'?t|doesnt|does not|can'?t|cant|cannot) stop (?:the )?"
    r"bleeding\b|\bbleeding (?:a lot|so much|heavily|badly|everywhere|and (?:it )?won'?t stop)\b|"
    rf"\b{_SOMEONE_EN}\b {_WHO_EN}(?:is |are |s |re )?(?:still |already |now |just |right )?(?:wai"
    rf"ting |"
    r"standing |parked |sitting )?(?:for me )?(?:downstairs|at (?:my|the) (?:front )?door|outside "
    r"(?:my|the|our) (?:door|house|flat|apartment|building|school|room|window)|in the (?:hallway|"
    r"stairwell|lobby))\b"
    rf"|\b{_SOMEONE_EN}\b {_WHO_EN}(?:is |are |s |re )?(?:still |already |now |just )?(?:waiting |"
    r"standing |"
    r"parked |sitting )?(?:for me )?outside\b(?=.{0,40}\b(?:rn|now|right now|already|still|again|"
    r"tonight)\b)"
    r"|\b(?:gave|give|gives|giving|made|bought|handed|poured) (?:me )?(?:something|stuff|a drink|"
    r"drinks|a pill|pills|a shot)\b.{0,60}?\b(?:(?:feel|feeling|felt|i'?m|im) (?:\w+ )?(?:weird|"
    r"strange|dizzy|funny|sick|drugged|off|wrong|sleepy|out of it|faint|numb|heavy|confused)\b"
    # Set FZ: "gave me something at the meet and i cant feel my legs, i think im overdosing".
    r"|(?:can'?t|cant|cannot) (?:feel my|move|stand|walk|breathe|see)\b|overdos\w*|passing out)"
    r"|\b(?:something|stuff|drugs?|a pill) in my (?:drink|glass|coke|soda)\b"
    # A child gone with an older man: "went missing with an older man", "ran away to meet".
    r"|\b(?:went missing|gone missing|is missing|ran away|run away|disappeared|hasn'?t come home|"
    r"didn'?t come home|never came home|not come home|isn'?t answering|hasn'?t answered)\b.{0,60}?"
    r"\b(?:with|to (?:meet|see)) (?:an? |some |this |the |a much )?(?:older|grown|adult|strange|"
    r"unknown) (?:man|men|guy|guys)\b"
    r"|\b(?:texting|texted|texts|text|messaging|messaged|sent|send|sends|snapped|snapping|wrote|"
    r"writing|called|calling|dm'?d|dming) (?:me )?(?:\w+ ){0,3}?'?(?:help(?: help)+|help me|sos|"
    r"come get me|pick me up|save me|call the police|call 112)\b"
    # Hiding from them now: "i am in bathroom now and they are outside", "i locked myself in
    # the toilet, he is at the door".
    r"|\b(?:i'?m|im|i am|i hide|i'?m hiding|hiding|locked myself) (?:\w+ ){0,2}?(?:in )?"
    r"(?:the |a )?"
    rf"(?:bathroom|toilet|wc|closet|wardrobe|bedroom|room)\b.{{0,60}}?\b{_SOMEONE_EN}\b "
    r"(?:is |are |s |re )?(?:still )?(?:outside|at the door|behind the door|in the (?:next|other) "
    r"room)\b"
    # Breaking in, picked up by one who hurt before, a child told to go upstairs to pay a debt,
    # gone in a car with older men and silent, "texted me 'help'".
    r"|\b(?:trying to|tries to|is going to|gonna|about to) (?:break in|get in|kick (?:in )?the door"
    r"|"
    r"break (?:down )?the door)\b"
    r"|\b(?:(?:getting |being |gets )?picked up|(?:picking|picks|pick) (?:me|us|her) up) (?:in \d+ "
    r"?"
    r"(?:mins?|minutes)|tonight|now|soon)\b.{0,60}?"
    r"\b(?:violent|hit me|hurt me|beat me|scared|afraid)\b"
    r"|\b(?:have|has) to go (?:upstairs|to (?:his|the) (?:room|car|flat)) with (?:him|them)\b"
    r"|\bgot into (?:a|the|his|their) car with (?:\w+ ){0,2}?(?:older )?(?:guys|men|man|guy)\b.{0,8"
    r"0}?"
    r"\b(?:not answering|isn'?t answering|location is off|phone is off|not picking up|scared)\b"
    r"|\b(?:texted|texting|sent|messaged|wrote|snapped) me '?help\b(?! (?:with|on|for|me with))"
    # Followed now: "man follow me in street right now since metro".
    r"|\b(?:follow|follows|following|followed) (?:me|us|her)\b.{0,40}?\b(?:right now|now|rn|since)"
    r"\b"
    # A child with the men now: "my daughter 15 is now in apartment with men ... come get me".
    r"|\b(?:is|are|s) (?:\w+ )?(?:now |right now )?(?:in|at) (?:an? |the |some |his )?(?:apartment|"
    r"flat|hotel(?: room)?|car|house) with (?:\w+ )?(?:men|guys|older men|older guys|strangers)\b"
    r"(?=.{0,80}\b(?:now|come get|help|scared|cant leave|can'?t leave)\b)"
    # A location shared in fear: "she sent me her location and said shes scared".
    r"|\b(?:sent|sends|shared|shares|texted) (?:me )?(?:her|his|their|my) (?:live )?location\b"
    r"(?=.{0,80}\b(?:scared|afraid|terrified|help|can'?t leave|cant leave|won'?t let)\b)"
    r"|\b(?:scared|afraid|terrified|help)\b.{0,80}\b(?:sent|sends|shared|shares|texted) (?:me )?"
    r"(?:her|his|their|my) (?:live )?location\b"
    # Coming for them now, against their will: "hes coming to get me in 10 mins ... i dont
    # wanna go"; "he knows my address and comes tonight".
    r"|\b(?:coming|comes|come|gonna come|will come|is coming) (?:to )?(?:get|pick up|fetch|take) "
    r"(?:me|us|her|him)\b(?=.{0,80}?(?:\bin \d+ ?(?:mins?|minutes|m)\b|\btonight\b|\bright now\b|"
    r"\b(?:don'?t|dont|do not) (?:want|wanna)\b|\bscared\b|\bafraid\b))"
    r"|\b(?:knows|found|found out) (?:where i live|my address|where we live)\b.{0,60}?"
    r"\b(?:tonight|today|now|coming|comes|come)\b"
    # Hurt now: "the man is beating her now", "I am bleeding a lot", "a gun".
    r"|\b(?:is|are|s|re) (?:beating|hitting|hurting|choking|strangling|raping|attacking|kicking) "
    r"(?:me|her|him|us|them)\b(?=.{0,30}\b(?:now|right now|rn)\b)"
    r"|\b(?:beating|hitting|hurting|choking|attacking|kicking) (?:me|her|him) (?:right )?now\b"
    # Set GG: "call me now crying, men hit her in apartment and she cant leave".
    r"|\b(?:men|guys|they|he|someone|a man) (?:hit|hits|beat|beats|hurt|hurts) (?:me|her|him|us)"
    r"\b.{0,60}?\b(?:can'?t|cannot|cant|not allowed to|won'?t let (?:me|her|him)) (?:leave|get out|"
    r"go|escape)\b"
    r"|\b(?:i'?m|im|i am|she is|shes|she's|he is|hes) bleeding\b|\bbleeding (?:a lot|heavily|"
    r"badly|so much|everywhere)\b"
    r"|\b(?:has|have|got|holding|holds|carries|carrying|with) (?:a )?(?:gun|pistol|knife|weapon)\b"
    # The body failing after drugs or drink: "cant feel my arms", "she is not waking up".
    r"|\b(?:can'?t|cannot|cant) (?:feel|move) my (?:arms|legs|body|hands|face)\b"
    r"|\b(?:not waking up|won'?t wake up|wont wake up|can'?t wake (?:her|him) up|is unconscious|"
    r"not breathing|can'?t breathe|cant breathe)\b"
    # Waking next to the one who did it: "I woke up in strange place ... afraid to move".
    r"|\bafraid to move\b|\b(?:woke|wake|waking) up (?:in|at) (?:a |an )?(?:strange|unknown|"
    r"different|weird|his|their|some) (?:place|flat|apartment|room|house|bed|hotel)\b"
    r"|\b(?:raped|assaulted) me (?:just now|tonight|an hour ago|one hour ago|\d+ (?:mins?|"
    r"minutes|hours?) ago)\b"
    # Set ES-ET: a threat with a deadline ("theyll hurt my little sister if i dont go to the
    # address tonight"), the ones who raped or beat coming back at a time, a man drunk and
    # throwing things who says "i am next".
    r"|\b(?:hurt|kill|beat|harm|hit)\b (?:\w+ ){0,3}?if (?:i|we) (?:dont|don'?t|do not|wont|"
    r"won'?t|refuse|say no)\b.{0,60}?\b(?:tonight|today|now|right now|rn|in \d+ ?(?:mins?|"
    r"minutes|hours?))\b"
    r"|\b(?:raped|rape|beat|beaten|hit|hurt|attacked)\b.{0,100}?\b(?:they|he|the men|them|"
    r"the boss)\b (?:will |are |is |gonna |say they |said they )?(?:come|comes|coming) back "
    r"(?:at \d|tonight|later|in \d|today|this evening|soon)"
    r"|\b(?:is|are|s|keeps|started|starts) (?:\w+ (?:and )?)?(?:throwing|smashing|breaking) "
    r"(?:things|stuff|chairs|bottles|glasses|plates|furniture)\b"
    r"|\b(?:says?|saying|said|yelling|screaming|shouting) (?:that )?(?:i'?m|i am|im) next\b"
    # Made to go in or get in, now (set EY): "said I have to go in and be with the guy
    # inside", "he says if i dont get in his car", "says he paid so i have to. ... please
    # send someone".
    r"|\b(?:says?|said|saying|tells? me|told me) (?:that )?(?:\w+ ){0,3}?i (?:have to|must|gotta|"
    r"need to) (?:go in|come with (?:him|them)|get in|do it|sleep with|go with (?:him|them))\b"
    r"|\bif i (?:dont|don'?t|do not|won'?t|wont) (?:get in|come with|go with|go in)\b"
    r"|\b(?:please |pls |plz )send (?:someone|somebody|help|the police)\b"
    r"|\bsend (?:someone|somebody|the police) (?:now|asap|please|pls|plz)\b"
    r"|\b(?:getting|is|gets|got) (?:really |very |so )?(?:angry|violent|aggressive)\b.{0,40}?"
    r"\b(?:he|they) paid\b"
    # Beaten, and the one who did it is home now (set FR): "my husband beat me ... he is
    # home now".
    r"|\b(?:beat|beats|beaten|hit|hits|hurt|hurts|kicked|kicks|choked|chokes|raped)\b "
    r"(?:\w+ ){0,2}?"
    r"(?:me|us)\b.{0,120}?\b(?:he|she|they)(?: is| s| are| re|s)? (?:still )?(?:at home|home|here|"
    r"in the (?:next|other) room|in the (?:flat|apartment|house)|outside(?: the door)?) "
    r"(?:right )?now\b"
)


# Poisoned by someone, not self-harm: "the guy gave me something at the meet ... i think im
# overdosing" (set FZ), "han gav mig nåt och nu tror jag att jag har tagit en överdos".
_GIVEN_BY_SOMEONE = re.compile(
    r"\b(?:gave|slipped|put|spiked|drugged|gav|gett|lade|lagt|drogade|drogat)\b (?:\w+ ){0,3}?"
    r"(?:me|mig|mej|my drink|min drink|something|stuff|nat|nagot|nagonting)\b"
)
_OVERDOSE = re.compile(r"\b(?:en |an )?(?:overdos|överdos)\w*")


# Being found out by one's own family, in a figure of speech (set GA): "my wife will kill me
# if she knew", "mamma kommer döda mig om hon får veta". Taken out before anything reads
# danger; a husband's or a pimp's threat stays.
_FOUND_OUT_FIGURE = re.compile(
    r"\b(?:my (?:wife|mom|mum|mother|dad|father|parents|family|gf|girlfriend|missus)|min "
    r"(?:fru|mamma|pappa|flickv[aä]n|tjej|familj)|mina f[oö]r[aä]ldrar|frugan|morsan|farsan|"
    r"mamma|pappa)\s+"
    r"(?:\w+\s+)?(?:will|would|is going to|gonna|'ll|kommer(?:\s+att)?|skulle|ska)\s+"
    r"(?:literally\s+|typ\s+|bokstavligen\s+)?(?:kill|murder|d[oö]da|m[oö]rda)\s+(?:me|mig|mej)"
    r"\s+(?:if|om)\s+(?:she|he|they|hon|han|de|dom)\s+(?:\w+\s+)?(?:knew|know|knows|find|finds|"
    r"found|sees|saw|hears|heard|ever|f[aå]r\s+veta|fick\s+veta|vet|visste|m[aä]rker|ser|hittar|"
    r"kommer\s+p[aå])",
    re.IGNORECASE,
)


def without_figures(text: str) -> str:
    """The text without figures of speech that only sound like danger."""
    return _FOUND_OUT_FIGURE.sub(" ", text)


def crisis_intent(text: str) -> Optional[str]:
    """The crisis intent a message plainly states, or None.

    Suicidal thoughts win over danger: that answer also starts with 112.
    """
    text = without_figures(text)
    readings = (text.lower(), standard(text))
    literal = tuple(_FIGURES_OF_SPEECH.sub(" ", r) for r in readings)
    if _GIVEN_BY_SOMEONE.search(fold(text)):
        literal = tuple(_OVERDOSE.sub(" ", r) for r in literal)
    if any(
        _SUICIDAL.search(r) or _SUICIDAL_EN.search(fold(r)) or suicidal_by_signs(fold(r))
        for r in literal
    ):
        return SUICIDAL
    if any(_DANGER.search(r) or _danger_by_parts(r) for r in readings):
        return ACUTE_DANGER
    if any(_DANGER_EN.search(fold(r)) and not _NOT_NOW.search(fold(r)) for r in readings):
        return ACUTE_DANGER
    return None
