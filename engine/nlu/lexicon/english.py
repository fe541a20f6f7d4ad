"""English signs, beside the Swedish ones (lexicon/__init__.py joins them).

Written from blind English sets (EC to ER) class by class, never sentence by
sentence: being paid in kind ("pays my phone bill ... I have to do stuff in
return"), the trade's own words ("SW here, full service"), being sold, moved or
kept in debt by others, buying in a buyer's words ("punter here", "the girl I
booked"), one's own urges, health, professionals by their role. Also the
non-native grammar people write ("he give me place to sleep", "he take my
passport"). The questions are in english_asks.py. Patterns are written for the
folded text (text.fold): lower case, no punctuation but apostrophes.
"""

from __future__ import annotations

from typing import Dict

# Something the writer is given or has paid for them: money, things, a bed, a ride.
EN_GIVEN = (
    r"(?:(?:pays?|paid|paying|covers?|covered|covering|tops? up|topped up|topping up|buys?|"
    r"bought|buying) (?:for )?(?:me|my|us|our)"
    r"|(?:gives?|gave|giving|give|gets?|got|swish(?:es|ed)?|offers?|offered|promised?|lets?|"
    r"letting) (?:me|us))\b"
)
# What is asked back: sex, "stuff", "what he wants", pictures.
EN_DEMAND = (
    r"(?:(?:do|does|did|doing|done|have to do|had to do|must do) (?:\w+ )?(?:sex(?:ual)? (?:things|"
    r"stuff|acts?)|sexual \w+|stuff|things|favou?rs|what (?:he|she|they|the guys?|the men|the man) "
    r"(?:wants?|wanted|asks?|asked|says|said|tells? me|likes?))"
    r"|(?:have|had|having) sex|sleep(?:ing)? with (?:him|them|her)|slept with (?:him|them|her)"
    r"|hook(?:ing)? up|let (?:him|them|her) (?:touch|do|have|film|see)"
    r"|send (?:him |them |her )?(?:nudes|pics|pictures|photos|videos)"
    # "i have to be available whenever he wants" (set FP).
    r"|(?:have to|had to|must|need to|got to|gotta) be (?:available|ready|there) "
    r"(?:for (?:him|them) )?(?:whenever|when|any ?time)\b"
    r"|(?:wants?|wanted|expects?|expected|expecting|asks? for|asked for|demands?|demanded) "
    r"(?:\w+ ){0,2}?(?:stuff|something|things|sex|favou?rs|pics|nudes)(?: back| in return)?\b"
    r"|go (?:in|into|to) (?:the |his |a )?(?:bedroom|room|car|hotel)"
    r"|(?:he|they|she) (?:gets?|takes?) what (?:he|they|she) wants?)"
)
# Payment words for "if i ..." deals: "free weed if i go in the bedroom".
EN_PAYMENT = (
    r"(?:sleep (?:at|over|in)|stay (?:at|over)|crash (?:at|with)|(?:his|their|her) (?:place|flat|"
    r"apartment|house)|money|cash|\d+ ?(?:k|kr|sek|euros?|dollars?)?|free|gifts?|presents?|clothes"
    r"|vapes?|weed|"
    r"drugs|coke|alcohol|booze|drinks?|food|rides?|a place|a bed|rent|phone|robux|skins|"
    r"gift ?cards?|stuff|things)"
)
# People close to the writer, in English (situation._concerned reads RELATION).
EN_RELATIVES = (
    r"(?:step ?(?:brother|sister|son|daughter|kid|child)|half ?-?(?:brother|sister)|bestie|bff|"
    r"best friend|classmate|roommate|flatmate|grandson|granddaughter|grandchild|"
    r"foster (?:son|daughter|child|kid)|teenage (?:son|daughter)|teen|teenager|kids|children|"
    r"sons|daughters|uncle|aunt|fiance\w*|partner|husband|wife|dad|father|mum|mom|mother|"
    r"son|daughter|sister|brother|cousin|niece|nephew|friend|boyfriend|girlfriend)"
)
# Roles of people who meet others in their work, in English.
EN_ROLES = (
    r"(?:school (?:nurse|counsel+or|social worker|psychologist|staff)|teacher|social worker|"
    r"youth (?:worker|leader|counsel+or|coach)|youth club (?:worker|leader|staff)|counsel+or|"
    r"case ?worker|police officer|policeman|policewoman|police (?:staff|employee)|detective|gp|"
    r"general practitioner|doctor|physician|nurse|midwife|psychologist|therapist|psychiatrist|"
    r"dentist|paramedic|foster (?:parents?|carers?|mum|mom|dad|mother|father)|hvb staff|"
    r"hvb worker|care worker|support worker|residential worker|key worker|coach|interpreter|"
    r"lawyer|receptionist|hotel (?:staff|receptionist|manager)|night porter|taxi driver|principal|"
    r"head ?teacher|librarian|pastor|priest|imam|volunteer|legal guardian|contact person|"
    r"mentor|teaching assistant|welfare officer|probation officer|prison officer|cleaner|"
    r"cleaning lady|housekeeper|room attendant|hotel cleaner|hr manager|hr officer|hr|"
    r"fritidsledare|pharmacist|youth worker|"
    r"(?:youth |football |sports |swim |swimming )+coach)"
)
EN_WORKPLACES = (
    r"(?:youth (?:club|centre|center|clinic)|fritidsgard\w*|school|hvb\w*|care home|group home|"
    r"residential (?:home|unit|care)|shelter|clinic|health cent(?:re|er)|vardcentral\w*|hospital|"
    r"emergency room|police|social services|socialtjansten|ungdomsmottagning\w*|"
    r"sports club|football club|after ?-?school|refugee \w+|asylum \w+|migrationsverket|prison|"
    r"church|mosque|hotel)"
)

# The writer as the one who pays, in a buyer's own words: "Long-time hobbyist", "the last
# girl I booked", "going halves on an escort", "spent 40k on escorts", "paid women for
# 'dates'", "paying for private webcam shows", "seeing a woman who charges", "ending up on
# escort sites ... booking", "is that illegal for the customer", "colleagues take me to
# apartment with thai girls, i pay", "after i go to escort", "woman i pay".
EN_WRITER_BUYS = (
    # "an older woman who wants me to pay her for sex" (set FY): the writer is asked to pay.
    r"\b(?:wants|wanted|asks|asked|asking|told) me to pay (?:her|him|them)\b|"
    r"\bhobbyists?\b|\b(?:girl|woman|escort|lady|one|girls|women) i (?:booked|saw|paid|pay|"
    r"visited|hired)\b"
    r"|\b(?:book|booking|booked|hire|hiring|hired|going halves on|split(?:ting)?) (?:an? |the )?"
    r"(?:escort|prostitute|sex worker|hooker|call ?girl)\b"
    r"|\bi (?:\w+ )?(?:book|booked|booking) (?:girls|women|ladies)\b"
    r"|\b(?:spent|spend|spending) (?:\w+ ){0,7}?on (?:escorts?|prostitutes?|sex workers?|hookers?|"
    r"massages? with extras|webcam shows?|cam ?girls?|girls|women)\b"
    r"|\b(?:paid|paying|pay) (?:for )?(?:women|girls|escorts|a woman|a girl) (?:\w+ ){0,2}?for\b"
    # ("i do paid cam shows" is the one who gives them: set FJ.)
    r"|\b(?:i|i'?ve|ive|i have|been|we) (?:(?!do |does |did |doing |make |run |host |give |sell )"
    r"\w+ )?(?:paying|paid|pay|buy|buying|bought) (?:for )?"
    r"(?:private )?(?:webcam|cam) (?:shows?|"
    r"sessions?)\b"
    r"|\b(?:seeing|see|visit|visiting) a (?:woman|girl|lady) who (?:charges|i pay)\b"
    r"|\bescort (?:sites?|ads?|pages?)\b.{0,60}\b(?:booking|book|booked)\b"
    r"|\b(?:illegal|legal|a crime) (?:here )?for the (?:customer|client|buyer|guy who pays|man)\b"
    # (Not "my old escort photos ... unless i pay": extortion, set GE.)
    r"|\b(?:girls|women|ladies|escorts?)\b.{0,40}(?<!unless )(?<!or )\bi (?:pay|paid|payed)\b"
    r"|\bi (?:\w+ )?(?:go|went|going) to (?:an? |the )?(?:escort|escorts|prostitute|hooker|"
    r"brothel|massage parlou?r)\b"
    r"|\bi (?:give|gave|pay|paid) (?:a |my |the |this )?(?:young |younger )?(?:woman|girl|lady|"
    r"sugar baby|student)\b(?: \d+)? (?:\w+ ){0,3}?(?:allowance|money|cash|gifts|rent)\b"
    r"|\bi (?:pay|paid|payed) (?:sometimes|often|every \w+|regularly|a few times|few times)\b"
    # "went to one of those apartments u know what i mean. now im scared police will come"
    # (set GM): a place of paid sex, named by hinting.
    r"|\b(?:went|been|go|going) to (?:one of )?(?:those|these|that kind of|such) (?:apartments?|"
    r"flats?|places?|massage places?|parlou?rs?|houses?)\b(?=.{0,80}\b(?:police|cops|law|illegal|"
    r"arrested|trouble|you know what i mean|u know what i mean|wife|scared)\b)"
    # "how do i find a sugar baby in sweden" (set GL): looking for someone to pay.
    r"|\b(?:find|finding|get|getting|looking for|look for|searching for|search for) "
    r"(?:a |an |some )?"
    r"(?:sugar ?bab(?:y|ies)|escorts?|hookers?|prostitutes?|call ?girls?)\b"
    # "my colleagues want to hit a 'massage place' ... am i breaking swedish law" (set GL).
    r"|\b(?:hit|visit|go to|going to|try|check out) (?:a |an |the |one of the )?(?:massage place|"
    r"massage parlou?rs?|massage salon|brothels?|strip club)\b(?=.{0,120}\b(?:law|legal|illegal|"
    r"crime|trouble|arrested|police)\b)"
    # "At home visiting girls is normal, here I hear it is crime" (set GK).
    r"|\bvisit(?:ing|ed|s)? (?:the )?(?:prostitutes|escorts|hookers|brothels?|a brothel|"
    r"working girls)\b|\bvisiting (?:the )?girls\b(?=.{0,80}\b(?:crime|illegal|law|legal)\b)"
    # "punter here", "how do i stop seeing pros", "i pay her an allowance", "a massage place
    # where you can pay for more", "booked a girl", "the girl they sent up", "texts from the
    # escort agency", "my account on an escort site ... all the bookings", "chip in for an
    # escort", "paying a girl from another school to do sexual stuff".
    r"|\bpunter here\b|\b(?:i'?m|im|i am) a punter\b|^\W*punter\b"
    r"|\bi was (?:a|the) (?:customer|client|buyer|punter)\b"
    r"|\b(?:contacting|contact|calling|texting|messaging|hiring|booking|seeing) an escort\b"
    r"|\b(?:thinking about|considering|tempted to) (?:booking|hiring|paying|contacting|seeing|"
    r"visiting) (?:an? )?(?:escort|prostitute|sex worker|hooker)s?\b"
    r"|\b(?:seeing|see|visiting|visit|using|use|booking|book) (?:pros|hookers|escorts|call ?girls)"
    r"\b"
    r"|\bi (?:pay|paid|give|gave) (?:her|him|them) (?:an? )?(?:monthly )?allowance\b"
    # ("says he'll pay for more": the buyer's offer to a writer who sells, set FL.)
    r"|(?<!he'll )(?<!hell )(?<!he will )(?<!she'll )(?<!they'll )(?<!he would )(?<!he'd )"
    r"(?<!says he )(?<!offers to )(?<!wants to )"
    # ("sometimes clients pay for extra": the writer's clients, set GS.)
    r"(?<!clients )(?<!client )(?<!customers )(?<!customer )(?<!men )(?<!guys )"
    r"\b(?:pay|paid|paying) (?:for|extra for) (?:more|"
    r"extras?|the extras|a happy ending|happy endings?)\b"
    r"|\b(?:booked|book|booking|ordered|order) (?:a|the|this|that) (?:girl|woman|lady|boy|guy)\b"
    # Set GU: "i've been on those sites where you pay for dates".
    r"|\b(?:been on|using|use|used|visit\w*|go on|going on|i'?m on|im on|i am on) (?:those |these "
    r"|the |some )?(?:sites|"
    r"apps|websites|pages) where (?:you|u|people|men) (?:can )?(?:pay|buy) (?:for )?(?:dates|sex|"
    r"girls|women|escorts|company)\b"
    # Set GT: "the girl i visit every month", "an apartment i found on an escort site".
    r"|\bthe (?:girl|woman|lady|escort) i (?:visit|see|book|pay|meet|go to) (?:every|each|once|"
    r"twice|regularly|sometimes|now and then|on)\b"
    r"|\b(?:apartment|flat|place|address|girl|woman|lady|number) i (?:found|got|saw) (?:on|from|"
    r"through) (?:an? |the )?(?:escort|sex|adult|hooker)\w* ?(?:site|website|page|ad|app)\b"
    r"|\bthe (?:girl|woman|lady) (?:they|he|the agency|the man) sent (?:up|over|to (?:my|the) room)"
    r"\b"
    r"|\b(?:texts?|messages?|emails?|receipts?|calls?) (?:from|with|to) (?:an? |the )?escort "
    r"(?:agency|site|service|page)\b|\baccount on (?:an? |the )?escort (?:site|page|app)\b"
    r"|\b(?:chip|chipping|pitch|pitching|split|splitting) in (?:for|on) (?:an? )?(?:escort|"
    r"prostitute|hooker|sex worker)\b"
    r"|\b(?:i'?ve been |i have been |i )?(?:paying|paid|pay) (?:a|this|some) (?:girl|woman|guy|boy)"
    r" (?:\w+ ){0,4}?to (?:do|have|give|let)\b"
)

# What a seller's client does ("client is getting aggressive and has a knife", set FW;
# "client is banging on the bathroom door and screaming, im locked in", set GN): the sign
# of being paid, and never a professional's client.
CLIENT_MENACE = (
    r"(?:aggressive|knife|weapon|gun|hit me|hits me|hurt me|choke\w*|won'?t (?:pay|leave|let me)|"
    r"wont (?:pay|leave|let me)|doesn'?t pay|doesnt pay|didn'?t pay|didnt pay|never paid|"
    r"not paying|refus\w* to (?:pay|leave)|without (?:a )?condom|took off the condom|condom|"
    r"banging|kicking|screaming|yelling|shouting|"
    r"threaten\w*|locked (?:me|in|myself)|i'?m locked|im locked)"
)

EN_SIGNS: Dict[str, str] = {
    "exchange": "|".join(
        [
            # A seller's client (set FW, FV): "client is getting aggressive and has a knife",
            # "clients pay us direct", "i cut myself after every client".
            r"\b(?:the |my |a |this )?(?:client|customer|john)\b.{0,40}?\b"
            + CLIENT_MENACE
            + r"|\b(?:clients?|customers?|johns|the men|men) (?:\w+ )?(?:pay|pays|paid|paying) "
            r"(?:me|us)\b"
            r"|\b(?:after|before|with) (?:every|each|a|the|my|one) (?:client|customer|john)\b"
            # Set GE: "the guys i see for money".
            r"|\b(?:guys|men|clients|customers|people) i (?:see|meet|sleep with|hook up with|do "
            r"stuff with) (?:\w+ )?for (?:money|cash|pay)\b"
            # Set GD: "a guy i met on snap is paying for my taxi to his place tonight".
            r"|\b(?:he|he'?s|a guy|the guy|a man|the man|an older (?:guy|man)|this (?:guy|man))\b"
            r"(?: \w+){0,5}? (?:is |s )?(?:paying|pays|paid|covers|covering|covered) (?:for )?my "
            r"(?:taxi|uber|cab|ride|train|ticket|flight|bus card|rent|phone bill|nails|hair|"
            r"clothes)\b"
            # Sex for a roof (set GB): "he expects sex every night, its kind of the rent".
            r"|\bsex\b.{0,50}?\b(?:(?:kind of|sort of|like|as|instead of|for) (?:the |my )?rent|"
            r"(?:for|instead of) (?:a |the )?(?:place to (?:stay|sleep|crash)|room|roof|bed))\b"
            r"|\b(?:rent|a place to (?:stay|sleep|crash)|a roof|the room)\b.{0,30}?\b(?:for|with|"
            r"in exchange for|by having) sex\b"
            # "im 15 and selling" (set FZ), "a guy gave her money afterwards".
            r"|\b(?:i'?m|im|i am)\b(?: \w+){0,3}? (?:and |n )?selling\b(?! (?:my|the|stuff|things|"
            r"clothes|weed|drugs|vapes?|cars?|tickets|\w+s)\b)"
            r"|\b(?:gave|gives|give|paid|pays) (?:her|him|me) (?:money|cash|\d+ ?(?:kr|sek)) "
            r"(?:afterwards|after|for it|after we)\b"
            # "im at a clients place and he left" (set FX).
            r"|\b(?:at|in) (?:a|the|my|this) (?:client|customer|john)(?:'?s)? (?:place|flat|"
            r"apartment|house|home|hotel|room|car)\b",
            # Set FT: "an older 'boyfriend', 23, who gives her money and bought her an iPhone".
            r"\b(?:older|grown|adult|grown up) (?:\w+ )?['‘’]?"
            r"(?:boyfriend|man|guy|men|guys|friend)\b['‘’]?"
            r"(?: \w+){0,3}? (?:who |that )?(?:gives?|gave|giving|buys?|bought|pays?|paid|"
            r"sends?|sent) "
            r"(?:her|him|them|me) (?:money|cash|gifts|presents|an? (?:\w+ )?(?:iphone|phone|bag)|"
            r"clothes|stuff|things)\b",
            # Set FT: "I'm 20 and sell sometimes", said where people ask about selling sex.
            r"\b(?:i|and) sell (?:sometimes|now and then|occasionally|a bit|on the side)\b",
            # Set FL: "i sold used underwear online".
            r"\b(?:sold|sell|selling|sells) (?:my |some )?(?:used |worn )?(?:underwear|panties|"
            r"knickers|socks|bras?)\b",
            # Set FI: "paying my way through my masters by seeing a few regulars".
            r"\b(?:seeing|see|meet|meeting|have|got|with) (?:a few |some |my |a couple of |"
            r"\d+ |two |three )?regulars\b|\bpaying (?:my|her|his) way through\b.{0,40}?\b(?:by "
            r"(?:seeing|meeting|escorting|dating)|regulars|clients|sugar)\b",
            # Advertised: "an ad with his photo on some site" (set FF).
            r"\b(?:an? |the |some )?(?:ad|ads|advert|escort ad|sex ad) (?:with|using|showing) "
            r"(?:his|her|their|my) (?:photo|pic|picture|face|photos|pics|pictures)\b",
            # Set FE: gifts with a grown man in view ("suddenly has new clothes and airpods and
            # a grown man picks him up after school").
            r"\b(?:new|expensive|brand new|designer) (?:clothes|phones?|iphones?|airpods|shoes|"
            r"sneakers|jewell?ery|bags?|stuff|things)\b.{0,80}?\b(?:grown|older|adult|old) (?:man|"
            r"men|guy|guys)\b"
            r"|\b(?:grown|older|adult|old) (?:man|men|guy|guys)\b.{0,80}?\b(?:new|expensive|brand "
            r"new|designer) (?:clothes|phones?|iphones?|airpods|shoes|sneakers|jewell?ery|bags?)\b",
            # Set EY: "after every time i meet him for money", "what the men do for money",
            # "ive been paid for stuff".
            r"\b(?:meet|meeting|met|see|seeing) (?:him|them|men|guys|older guys|older men) for "
            r"(?:money|cash)\b"
            r"|\bwhat (?:the )?(?:men|guys) do (?:to me )?for (?:money|cash)\b"
            r"|\b(?:i'?ve|ive|i have) been (?:paid|getting paid) for (?:stuff|things|it|pics|sex|"
            r"nudes)\b",
            # Set ES-EV: gifts or money for pictures or a show from a child ("sends me gift cards
            # and i do cam stuff for him", "offering 1000 for a pic"), going with guys for
            # cigarettes, "swishes me money after we hang out at his place", "cant do this with
            # the men anymore", "i see clients".
            r"\b(?:sends|sent|gives|gave|buys|bought|pays|paid) me (?:\w+ )?(?:gift ?cards|robux|"
            r"vapes?|weed|money|cash|clothes|credits?)\b.{0,60}?\bi (?:do|did|send|sent|show|showed"
            r")"
            r" (?:\w+ ){0,2}?(?:stuff|things|pics|nudes|videos|cam|for him|for them)\b"
            r"|\boffer(?:s|ed|ing)? (?:me )?\d+ ?(?:k|kr|sek|euros?|dollars?|quid|pounds?)? (?:for|"
            r"to "
            r"send) (?:a |my |some )?(?:pics?|pictures?|nudes|photos?|videos?)\b"
            r"|\b(?:go|goes|going|went) (?:with|home with|off with) (?:older )?(?:guys|men|boys|dud"
            r"es)"
            r" (?:\w+ )?for (?:cigs|cigarettes|weed|money|cash|vapes?|snus|alcohol|booze|drugs|food"
            r"|"
            r"a place to (?:sleep|stay)|clothes|stuff)\b"
            r"|\b(?:older|old|grown) (?:guy|man|dude) (?:who |that )?(?:swishes|swished|sends|sent|"
            r"gives|gave|pays|paid) me (?:money|cash|\d+)\b"
            r"|\b(?:do|doing) (?:this|it|that) with (?:the )?(?:men|guys|clients|customers)\b"
            r"|\bi (?:see|meet|take) (?:clients|customers)\b"
            # "i do massage w happy ending at a salon" (set FG): the writer gives them.
            r"|\bi (?:do|give|offer|provide|did|gave) (?:\w+ )?massages? (?:w|with|w/) "
            r"(?:a )?(?:happy endings?|extras?)\b"
            # Set GT: "do you tell police or migration what i write here? no papers and i work
            # with men": working with men, beside papers or the police, is selling.
            r"|\b(?:papers|police|migration|visa|deport\w*)\b.{0,80}\bi (?:work|am working|"
            r"'?m working|im working) with (?:men|clients|customers)\b"
            r"|\bi (?:work|am working|'?m working|im working) with (?:men|clients|customers)\b"
            r".{0,80}\b(?:papers|police|migration|visa|deport\w*|money|cash)\b"
            # Set GU: "after everything with the men and the money", "is it illegal för mig to
            # sell?"
            r"|\b(?:everything|all|stuff|things|what happened) with (?:the |those |these )?(?:older"
            r" )?"
            r"(?:men|guys|clients|customers) and (?:the )?(?:money|cash|gifts)\b"
            r"|\b(?:illegal|legal|a crime|allowed|ok|okay) (?:for me |for mig |för mig )?to sell"
            r"(?! (?:drugs|weed|stuff|things|clothes|my|it on)\b)\b"
            # Set GS: "working at a massage place where sometimes clients pay for extra".
            r"|\b(?:clients?|customers?) (?:\w+ )?(?:pay|pays|paid|ask|asks|want|wants) (?:me )?"
            r"(?:for )?(?:extra|extras|a happy ending|more than (?:a )?massage)\b"
            # Set GS: "I saw Swish payments to him from a man in his 40s" (money from a man).
            r"|\b(?:swish\w*|payments?|transfers?|money|cash) (?:\w+ ){0,2}?(?:to|into) (?:him|her|"
            r"his|her) ?(?:account|phone)? ?from (?:a|an|some|this|one) (?:much )?(?:older )?"
            r"(?:man|men|guy|adult|grown man|dude)\b"
            # "I work in this (with clients)" (set FF).
            r"|\bi work in (?:this|it)\b.{0,5}\bwith (?:the )?(?:clients|customers|men)\b",
            # Given things, then something asked back: "pays my phone bill ... and I have
            # to do stuff with him in return", "lets me sleep at his place but then he
            # wants stuff back", "buys me clothes ... and i do what he wants".
            rf"\b{EN_GIVEN}.{{0,100}}?\b(?:(?:and|then|but|so|after(?:wards)?|if|when|because) "
            rf"(?:\w+ ){{0,4}}?)?{EN_DEMAND}",
            # The deal named: "in exchange i do what they want", "I must do sex things with
            # him for it", "i have to do stuff with him in return".
            rf"\b(?:in return|in exchange|as payment|as repayment)\b.{{0,60}}?\b{EN_DEMAND}"
            rf"|\b{EN_DEMAND}\b(?: with (?:him|them|her))?(?: \w+){{0,3}}? (?:in return|in exchang"
            rf"e|"
            r"for it|for that|as payment)\b",
            # "free weed if i go in the bedroom", "free rides and food if i let him touch me".
            rf"\b{EN_PAYMENT}\b.{{0,60}}?\b(?:if|when|as long as|only if) (?:i|we) "
            r"(?:let (?:him|them|her) (?:touch|do|have|film|see)|do (?:\w+ )?(?:stuff|things|sexual"
            r"|what)|(?:have|had) sex|sleep with|hook up|send (?:\w+ )?(?:nudes|pics|pictures|"
            r"videos)|go (?:in|into|to) (?:the |his |a )?(?:bedroom|room|car|hotel)|come (?:over|"
            r"home with))",
            # Swapped or traded: "i swap sex for a place to crash", "'favours'".
            r"\b(?:swap|swaps|swapping|swapped|trade|trades|trading|traded|exchange|exchanging|"
            r"exchanged) (?:sex|nudes|pics|pictures|videos|my body|sexual \w+|favou?rs|hook ?ups?)"
            r"\b (?:\w+ ){0,2}?for\b"
            r"|\bfor '?(?:sexual )?favou?rs\b",
            # "offering 2k to meet up", "offered me money to come over".
            r"\boffer(?:s|ed|ing)? (?:me |us )?(?:like )?(?:\d+ ?(?:k|kr|sek|euros?|dollars?)?|mon"
            r"ey|"
            r"cash) (?:\w+ ){0,2}?to (?:meet|hook up|come over|spend the night|sleep|have sex|go "
            r"home|send)\b",
            # What was done for money: "after what i did for money", "a girl ... does stuff
            # for money", "meeting guys for money", "the things i did for money".
            r"\b(?:what|things|stuff|everything|anything) (?:\w+ ){0,2}?(?:i|we|i've|ive|she|he) "
            r"(?:\w+ )?(?:did|do|does|done|doing|had to do|have to do) (?:\w+ ){0,4}?for "
            r"(?:money|cash|gifts|drugs|weed|vapes|a place|rent)\b"
            r"|\b(?:did|do|does|doing|done) (?:\w+ ){0,2}?(?:stuff|things|it|sex|sexual \w+) "
            r"(?:\w+ ){0,3}?for (?:money|cash|gifts|drugs|weed|vapes)\b"
            r"|\b(?:meet|meets|meeting|met|see|seeing|saw|date|dating|dated) (?:up with )?"
            r"(?:\w+ ){0,1}?(?:guys|men|a man|a guy|older \w+|clients|strangers|dudes) "
            r"(?:\w+ ){0,3}?for (?:money|cash|gifts|drugs|weed|vapes|a place)\b"
            # "i let them use me for money" (set FB); "someone pays her" of a girlfriend.
            r"|\b(?:let|letting|lets) (?:them|him|men|guys|people|those men) use me for (?:money|ca"
            r"sh|"
            r"gifts|stuff|drugs)\b"
            r"|\b(?:someone|somebody|(?:a|an|the|this|some) (?:\w+ )?(?:man|guy|men|guys)|men|guys|"
            r"he|"
            r"they) (?:\w+ )?(?:pays|paid|is "
            r"paying|are paying) (?:her|him)\b"
            # "can i get in trouble w the police for selling? im 20", "condom broke w a customer"
            # (set GM): the writer's own selling, asked about or told in passing.
            r"|\b(?:trouble|arrested|punished|fined|deported|charged|jail|prison)\b.{0,30}?\bfor "
            r"(?:selling|sex work|escorting|doing sex work|selling sex|selling myself)\b"
            r"|\b(?:condom|rubber|sex|pep|prep)\b.{0,40}?\b(?:w|with) (?:a|the|my|one|this) "
            r"(?:customer|client|john|punter)\b"
            # Set GN: "the man who paid for me wont let me leave", "i let guys do what they want
            # for a place to crash", "any advice on staying safer with new clients?".
            r"|\b(?:the |a |this |that )?(?:man|guy|client|customer|john|dude) (?:who|that) "
            r"(?:paid|pays|booked|bought) (?:for )?me\b"
            r"|\b(?:let|letting|lets) (?:guys|men|them|him|people) do (?:what|whatever) "
            r"(?:they|he) wants? (?:\w+ ){0,2}?for (?:a place to (?:crash|sleep|stay)|a bed|a room|"
            r"money|cash|drugs|weed|food)\b"
            r"|\b(?:safe|safer|safety|screen|screening|vet|vetting)\b.{0,30}?\b(?:new |my |the )?"
            r"(?:clients|customers|johns)\b"
            # "some guy says its fine for him to pay her" (set GL).
            r"|\bfor (?:him|them|the guy|that guy|a man|an adult|men|guys) to "
            r"(?:pay|give money to) "
            r"(?:her|him)\b"
            # "a 40yo man pays my 14 year old niece for pictures" (set FB).
            r"|\b(?:pays|paid|is paying|pay|paying) (?:my|our|his|her) (?:\w+ ){0,3}?(?:niece|"
            r"nephew|daughter|son|sister|brother|granddaughter|grandson|kid|child|cousin|"
            r"girlfriend|boyfriend|friend)\b(?=.{0,40}\b(?:for (?:pics|pictures|photos|nudes|sex|"
            r"videos|meeting|it)|to (?:meet|send|have sex|come|see him)|with (?:money|cash|gifts|"
            r"vapes|drugs))\b)"
            # "ive been taking money from men for months" (set FA).
            r"|\b(?:taking|take|takes|took|taken|getting|get|gets|got|accepting|accepted) "
            r"(?:\w+ )?(?:money|cash|payment|gifts) (?:from|off) (?:\w+ )?(?:men|guys|older \w+|"
            r"strangers|clients|customers|a man|an older man|him)\b"
            # "a man offers her money to meet" (set EZ).
            r"|\b(?:offers?|offered|offering|promises?|promised) (?:her|him|me|them) (?:\w+ )?"
            r"(?:money|cash|\d+ ?(?:kr|sek|euros?|dollars?)|gifts?|vapes|airpods|a phone) (?:to|for"
            r")"
            r" (?:meet|come|sex|pics|nudes|see him|hook up|sleep)\b"
            # "sending pics to an older guy for money" (set EY).
            r"|\b(?:send|sends|sending|sent|selling|sell|sold) (?:\w+ )?(?:pics|pictures|photos|nud"
            r"es|"
            r"videos|vids) (?:\w+ ){0,5}?for (?:money|cash|gifts|swish|vapes|robux|gift ?cards?)\b",
            # The one who paid: "something happened with a man who gave me money".
            r"\b(?:man|guy|men|guys|dude|person|someone|somebody|client|customer) (?:who|that) "
            r"(?:\w+ )?(?:gave|gives|paid|pays|sent|sends|offered|offers|buys|bought|promised) "
            r"(?:me|us) (?:\w+ )?(?:money|cash|\d+\w*|gifts|stuff|things|clothes|drugs|weed|vapes)"
            r"\b",
            # Paid by others for pictures: "a pupil is being paid by adults for pictures",
            # money "from older men".
            r"\b(?:is|are|was|were|being|been|gets?|got|getting) paid (?:\w+ ){0,3}?for (?:pics|"
            r"pictures|photos|nudes|videos|sex|sexual \w+)\b"
            r"|\b(?:money|cash|gifts|presents|stuff)\b.{0,30}\bfrom (?:\w+ )?(?:older|grown|adult|"
            r"different|unknown|strange) (?:men|guys|man|guy)\b"
            r"|\b(?:get|gets|getting|got) (?:money|paid|gifts|cash|stuff) (?:from|by) (?:an? |this"
            r" |"
            r"some )?(?:grown|adult|grown up) (?:man|men|guy|guys)\b",
            # Paid in kind: "i get paid in vapes for doing stuff with a guy".
            r"\b(?:get|gets|getting|got|am|was|being|is) paid (?:in|with) (?:\w+ )?(?:vapes?|weed|"
            r"drugs|coke|gifts?|clothes|robux|skins|gift ?cards?|alcohol|booze|food|snus|pills)\b"
            r"|\bpaid (?:\w+ ){0,3}?for (?:doing )?(?:stuff|things|sexual \w+|it) with\b",
            # Set FQ: "my friend got a iphone from a man for doing stuff with him".
            r"\b(?:got|gets|get|getting|received) (?:a |an |new )?(?:\w+ )?(?:iphone|phone|money|"
            r"cash|gifts?|clothes|bag|shoes|vapes?) (?:from|off) (?:a|an|some|this|that|the) "
            r"(?:\w+ )?(?:man|guy|men|guys|dude)\b(?: \w+){0,2}? for (?:doing|sending|showing|sex|"
            r"stuff)\b",
            # Seen by someone close (set FP): "she has money lately that I can't explain".
            r"\b(?:has|have|had|got|gets|comes home with|came home with) (?:\w+ )?(?:money|cash|"
            r"clothes|phones?|gifts|presents|stuff)\b.{0,40}?\b(?:can'?t|cannot|couldn'?t|don'?t|"
            r"dont|won'?t) (?:explain|know where|say where|tell (?:me|us) where)"
            r"|\bunexplained (?:money|cash|gifts|presents|clothes)\b"
            # Lured with money or drink (set CT, in English): "guys in cars offer girls money
            # and alcohol if they come along".
            r"|\b(?:offer|offers|offered|offering|promise|promises|promised) (?:girls|boys|kids|"
            r"teens|young people|her|him|them|my daughter|my son)\b(?: \w+){0,4}? (?:money|cash|"
            r"alcohol|booze|drinks|drugs|weed|vapes?|gifts)\b.{0,30}?\b(?:if|to) (?:they|she|he)? ?"
            r"(?:come|go|get in|ride|hang out)\b"
            # Gone at night, back with money (set CV, in English).
            r"|\b(?:disappears?|disappeared|vanish\w*|gone|goes missing|went missing)\b.{0,25}?"
            r"\b(?:nights?|at night|overnight|for days|weekends)\b.{0,60}?\b(?:money|cash|"
            r"clothes|gifts|presents|phones?|iphone|jewell?ery)\b",
            # "i sell sometimes and he dont know" (set FN): selling, said without "sex".
            r"\bi (?:only |just )?(?:sell|sold) (?:sometimes|now and then|occasionally|on the side|"
            r"a bit|a little|again)\b",
            # Selling oneself, said of oneself or of someone close: "is selling herself".
            r"\b(?:sell\w*|sold) (?:herself|himself|themselves|her body|his body|their body)\b",
            # A seller's own clients: "massage with extras ... the clients are rude",
            # "condom broke with a customer", "doing OF plus the occasional meetup".
            r"\bmassage (?:with|w) extras?\b(?=.{0,100}\b(?:clients?|customers?|regulars)\b)"
            r"|\b(?:clients?|customers?|regulars)\b.{0,100}\bmassage (?:with|w) extras?\b"
            r"|\b(?:i |we )?(?:do|give|offer|did|doing) (?:\w+ )?massages? (?:with|w) extras?\b"
            r"|\b(?:with|from|by) (?:a|the|one|this|one of my) (?:customer|client|punter|john|"
            r"buyer)s?\b(?! of)"
            r"|\b(?:doing|selling on|posting on|post on|started|start) of\b"
            r"(?! (?:the|a|an|my|his|her|this|that|it|course|them|us|with|by|as)\b)"
            r"|\b(?:meet ?ups?|dates|hook ?ups?) (?:\w+ ){0,3}?to (?:cover|pay|make) (?:my |the )?"
            r"(?:rent|bills|ends meet)\b",
            # Seen by someone close: "goes out every night with different men", "picked up
            # by older men in nice cars", "new clothes, a second phone, comes home at 4am",
            # "older men are paying him for sex", "found ads for him on a site".
            r"\b(?:goes|going|went|go) out (?:\w+ ){0,3}?with (?:different|older|various|lots of|"
            r"many|strange|grown) (?:men|guys)\b"
            r"|\b(?:picked up|collected|fetched|driven (?:home|around)) (?:\w+ ){0,2}?by (?:\w+ ){"
            r"0,2}?"
            r"(?:older|different|strange|unknown|adult|grown) (?:men|guys)\b"
            r"|\b(?:new|expensive|designer) (?:clothes|phones?|shoes|bags?|stuff|jewel\w*)\b.{0,8"
            r"0}?"
            r"\b(?:second phone|another phone|comes? home (?:at \d|late|in the morning)|older (?:m"
            r"en|"
            r"guys)|can'?t explain|won'?t say|doesn'?t say)"
            r"|\b(?:men|guys|someone|people|a man|a guy|man|guy|older \w+|clients|customers) (?:\w+"
            r" ){0,2}?"
            r"(?:pay|pays|paying|paid|give|gives|giving|gave) (?:him|her) (?:money |cash )?(?:for|"
            r"to "
            r"have) (?:sex|it|pics|nudes|videos)\b"
            r"|\b(?:found|saw|seen|came across|find) (?:an? |some |his |her )?(?:ads?|adverts?|"
            r"profiles?|listings?) (?:for|of|with) (?:him|her|them|my \w+)\b",
            # Those who pay, named by what they do: "men who pay her", "an older man who
            # gives him place and money", "the guy who pays me", "is paid by older men".
            r"\b(?:men|guys|man|guy|clients|customers|someone|people|adults|older \w+) (?:who|that)"
            r" "
            r"(?:\w+ )?(?:pay|pays|paid|paying) (?:him|her|them|me|us)\b"
            r"|\b(?:older |adult |grown )?(?:man|men|guy|guys) (?:who|that) (?:\w+ )?(?:gives?|gave"
            r"|"
            r"giving|offers?|buys?) (?:him|her|them) (?:\w+ ){0,2}?(?:place|room|bed|money|cash|"
            r"gifts?|drugs|weed|alcohol|clothes|phone)\b"
            r"|\b(?:is|are|was|were|being|been|gets?|got|getting) paid by (?:\w+ ){0,2}?(?:men|guys"
            r"|"
            r"man|guy|adults|clients|customers)\b"
            r"|\b(?:be|is|are|go|goes|sleep|sleeps|sleeping|been) with (?:\w+ )?(?:men|guys|clients"
            r"|customers|strangers|friends|mates|buddies) for (?:money|cash)\b",
            # A seller's own clients: "after a night with clients", "after the last client",
            # "just did a client", "10-12 clients a day" (not "a client of mine": a worker's).
            r"\b(?:night|nights|evening|day|shift) (?:with|of) (?:\w+ )?(?:clients|customers|johns|"
            r"punters)\b"
            r"|\b(?:after|before|did|done|had) (?:a |the |my |one |another |\d+ )?(?:last |next |"
            r"first |new )?(?:client|customer|john|punter)s?\b(?! of)"
            r"|\b\d+(?: ?-? ?\d+)? (?:clients|customers|johns|punters) (?:a|per|each|every) (?:day|"
            r"night|week|shift)\b",
            # The trade's own words for one's own work: "SW here", "full service, incall from my
            # own place", "done GFE bookings", "I see male clients", "cam work and some
            # meets", "been a pro domme", "companionship bookings", "doing outcall".
            r"\b(?:i'?m|i am|im|as|been|being) (?:an? )?(?:\w+ )?(?:sex worker|escort|sw|pro ?domme"
            r"|"
            r"dominatrix|cam ?girl|cam model|sugar baby|companion|provider|working girl)\b"
            r"|^\W*(?:\w+ )?(?:sw|sex worker|escort|provider|pro domme)\b(?= here\b|\W+\d)"
            r"|\b(?:sw|sex worker|escort|provider) here\b"
            r"|\b(?:been|in|into|doing|do|did|done|started|start) (?:\w+ ){0,2}?(?:sex work|escorti"
            r"ng|"
            r"full service|gfe bookings?|gfe|outcalls?|incalls?|camming|cam work|companionship "
            r"bookings?)\b"
            r"|\b(?:incall|outcall)s? from my (?:own )?(?:place|flat|apartment|home)\b"
            r"|\b(?:i )?(?:see|seeing|saw) (?:\w+ )?(?:male |female |new |regular )?clients\b"
            r"(?! (?:of|at|in) )"
            r"|\bcam work and (?:\w+ )?(?:meets|meetups)\b|\b(?:meets|meetups) (?:with|for) "
            r"(?:clients|subscribers|fans|guys)\b",
            # "does paid cam shows", "i get vapes n money for sending pics", "makes money off old
            # guys", "always with the same much older man paying".
            r"\b(?:does|do|doing|did) (?:paid )?(?:cam|webcam) (?:shows|work)\b|\bpaid (?:cam|webca"
            r"m) "
            r"shows\b"
            r"|\b(?:get|gets|got|getting) (?:\w+ )?(?:vapes?|money|cash|weed|gifts|robux|skins|"
            r"gift ?cards?|clothes|snus|alcohol|v-?bucks)(?: (?:n|a"
            r"nd|&) "
            # "i get robux from a guy for sending pictures" (set FO).
            r"(?:vapes?|money|cash|weed|gifts))?(?: (?:from|off|of)(?: \w+){1,3}?)? for "
            r"(?:sending|selling|doing|showing|making) (?:\w"
            r"+ )?"
            r"(?:pics|pictures|nudes|videos|stuff)\b"
            r"|\b(?:makes?|making|made) (?:\w+ )?money (?:off|from) (?:old|older|grown) (?:guys|men"
            r")\b"
            r"|\b(?:older|grown) (?:man|men|guy|guys) (?:\w+ )?paying\b"
            # An older partner who buys her everything (set FN): "my girl has a boyfriend
            # much older and he buys her everything".
            r"|\b(?:(?:much |way |a lot |far )?older (?:boyfriend|bf|man|guy)|(?:boyfriend|bf|man|"
            r"guy) (?:who is |who'?s |that is )?(?:much |way |a lot |far )?older)\b.{0,60}?\b"
            r"(?:buys|bought|gives|gave|pays for|paid for) (?:her|him) "
            r"(?:everything|stuff|things|gifts|clothes|a phone|whatever|all)\b",
            # "the guy who pays for my pics", "gets paid to 'chill' with an older guy".
            r"\b(?:man|guy|men|guys|someone|he) (?:who|that) (?:\w+ )?(?:pays?|paid|paying) for my "
            r"(?:pics|pictures|nudes|photos|videos|stuff|phone|clothes|rent)\b"
            # Set GS: "an older guy pays for my stuff" (no "who").
            r"|\b(?:older|old|grown|adult) (?:guy|man|dude|men|guys) (?:\w+ )?(?:pays?|paid|paying|"
            r"buys|bought|covers) (?:for )?(?:my|all my) (?:stuff|things|clothes|nails|hair|phone|"
            r"bills|rent|food|vapes?|weed)\b"
            r"|\b(?:gets?|got|getting|is|being) paid (?:\w+ )?to '?(?:chill|hang out|hang|spend tim"
            r"e|keep "
            r"(?:him|them) company)\b",
            # A bed for sex: "i sleep with guys so i have a place to crash", "i go home with
            # older guys bc they let me sleep there"; "we do guys in cars"; "a guy who bought
            # pics from me"; "advertises sexual services online"; "stuff with guys and money".
            r"\bsleep(?:ing|s)? with (?:\w+ )?(?:guys|men|people|him|them|strangers) (?:so|to|for) "
            r"(?:that )?(?:i (?:have|get|can have|can get) )?(?:a place|somewhere|a bed|a roof|a co"
            r"uch)\b"
            r"|\b(?:go|goes|going|went) home with (?:\w+ )?(?:older )?(?:guys|men)\b.{0,40}?\b(?:le"
            r"t|lets|"
            r"give|gives) (?:me|us) (?:sleep|stay|a place|a bed|crash)\b"
            r"|\b(?:we|i|they make us|he makes us) do (?:guys|men|clients) in (?:cars|the car|hotel"
            r"s)\b"
            r"|\b(?:bought|buys|buying|paid for|pays for) (?:\w+ )?(?:pics|pictures|nudes|photos|vi"
            r"deos|"
            r"content) (?:from|of|off) me\b"
            r"|\b(?:advertises|advertising|advertised|sells|selling) (?:sexual services|sex|herself"
            r"|"
            r"himself)\b|(?<!scrolling )(?<!scroll )(?<!browsing )(?<!browse )(?<!looking at )"
            r"(?<!look at )(?<!checking )(?<!reading )(?<!through )\bescort ads?\b"
            r"|\bstuff with (?:older )?(?:guys|men) and (?:money|cash|gifts)\b",
            # Offers to meet from one's own followers: "subscribers keep offering proper money to
            # meet irl".
            r"\b(?:subscribers|fans|followers|simps|regulars)\b (?:\w+ ){0,3}?(?:offering|offer|"
            r"offered|paying|pay) (?:\w+ ){0,3}?(?:money|cash|\d+\w*) (?:\w+ ){0,2}?to meet\b",
            # Set GR, the seller's words for the one who pays: "the john is still here", "the
            # trick wont give me my clothes back", "a punter wont leave my incall".
            r"\bthe (?:john|trick)\b(?! (?:i|we) (?:am|was|used))|\b(?:a|the) (?:regular"
            r" )?punter (?:paid|pays|wants|wanted|booked|wont"
            r"|won'?t|"
            r"is|just|keeps|refuses|refused|didnt|didn'?t|took|stole)\b|\bmy (?:incall|outcall)\b",
            # Set GP: "I think some older man has been paying him" (a parent, after a health
            # question): an adult paying a young person, with nothing said of what for.
            r"\b(?:an? |the |some )?(?:adult|older|grown|old|much older) (?:man|men|guy|guys|dude) "
            r"(?:\w+ ){0,2}?(?:has been |have been |is |are |was |were |been |keeps? )?"
            r"(?:paying|paid|"
            r"pays|giving (?:\w+ )?money to|sending (?:\w+ )?money to) (?:him|her|them)\b",
            # Set GP: a trade said as fair. "I get gifts and he gets company", "he pays for my
            # flat. I get somewhere to live, he gets... well you know", "my landlord has a
            # creative payment plan, if you know what I mean".
            r"\bi get (?:\w+ ){0,3}?(?:gifts|money|cash|somewhere to live|a place to (?:live|stay)|"
            r"my rent paid|rent|an allowance|stuff|nice things|paid)\b,? (?:and |while |he |they )?"
            r"(?:he|they|him|the guy|the man) (?:gets|get)\b"
            r"|\b(?:landlord|landlady)\b.{0,60}?\b(?:payment plan|other ways? (?:to|of) pay\w*|"
            r"pay (?:\w+ )?(?:in|with) (?:other|different) ways|in kind|if you know what i mean|"
            r"you know what i mean|wink)\b",
            # "offered me 2000 kr to keep him company at his place".
            r"\boffer(?:s|ed|ing)? (?:me |us )?(?:\w+ ){0,2}?(?:\d+ ?(?:k|kr|sek|euros?|dollars?)?|"
            r"money|"
            r"cash) (?:\w+ ){0,2}?to '?(?:keep (?:him|them) company|come to his (?:place|flat))\b",
        ]
    ),
    "buying": "|".join(
        [
            # Set GR, the trade's words for the one who pays: "used to be a john", "as a punter",
            # "regular client of an agency", "booked an outcall", "i have one booked friday",
            # "if you get caught buying", "paid for a meet with a girl", "pay for GFE", and a
            # partner's texts with escorts (a relative of a buyer).
            r"(?:\b(?:i (?:was|am|'m|used to be|have been|'ve been|ve been)|im|i'm|as|been|being)|"
            r"^\W*(?:used to be|was))"
            r" (?:a |an )?(?:regular )?(?:john|punter|regular client|client of (?:an |the )?"
            r"(?:agency|"
            r"escort\w*))\b|^\W*regular client of\b",
            r"(?:^\W*|\bi (?:\w+ )?)(?:booked|have booked|book) (?:an |a )?(?:outcall|incall"
            r"|escort|gfe|"
            r"session|girl)\b|\b(?:i have|i've|ive|got) (?:one|her|a girl|an escort|a session)"
            r" booked\b",
            r"\b(?:if|when) (?:you|u|i|one|people) (?:get|gets|got) caught buying\b",
            r"\bpaid for a (?:meet|meeting|session|date|night) with (?:a|an|the) (?:girl|woman"
            r"|escort|"
            r"lady)\b|\b(?:pay|paying|paid) for (?:a )?gfe\b",
            r"\b(?:husband|partner|boyfriend|dad|father|son)'?s (?:texts|messages|phone|chats"
            r"|emails?|"
            r"browser history|history)\b(?: \w+){0,3}? (?:escorts?|incall\w*|outcall\w*"
            r"|prostitutes?|"
            r"hookers?|sex workers?)\b",
            # Set GP: the writer's payment said as help or a gift. "I helped her out with money
            # after we slept together", "I gave a woman 1500 to 'keep me company' at the hotel".
            r"\bi (?:\w+ )?(?:helped|help|helping|help out) (?:her|him|a (?:\w+ )?(?:girl|woman"
            r"|guy|"
            r"lady|student)) (?:out )?with (?:some )?(?:money|cash|rent|bills|her rent|his rent)\b"
            r".{0,60}?\b(?:slept together|had sex|we slept|hooked up|sleeping together|after sex|"
            r"sex with (?:her|him))\b",
            r"\b(?:slept together|had sex|we slept|hooked up)\b.{0,40}?\bi (?:\w+ )?(?:helped|help|"
            r"gave|give|sent|send|paid) (?:her|him) (?:out )?(?:with )?(?:some )?(?:money|cash"
            r"|rent|"
            r"\d+)\b",
            r"\bi (?:\w+ )?(?:gave|give|paid|pay|sent|send|offered) (?:a|an|the|this|some) "
            r"(?:\w+ )?"
            r"(?:woman|girl|lady|escort|guy|student) (?:\d+ ?(?:k|kr|sek|euros?|dollars?)?|some"
            r" money|"
            r"money|cash)\b.{0,30}?\bto (?:keep me company|spend the night|stay the night|"
            r"come (?:up|over|back|home)|come to my|sleep with me|stay with me)\b",
            # Set FT: "i keep booking massages that i know end with sex".
            r"\b(?:book|booking|booked|books|buy|buying|bought) (?:\w+ )?massages?\b.{0,40}?"
            r"\b(?:end|ends|ending|ended) (?:with|in) (?:sex|a happy ending)\b",
            # Set FR: "where i can find girls for money?", "where to get a woman for the night".
            r"\bwhere (?:can |could |do |to )?(?:i |we |one )?(?:can |could )?"
            r"(?:find|get|meet|buy|book|"
            r"pick up) (?:some |a |an )?(?:girls?|women|woman|ladies|lady|escorts?|hookers?|"
            r"prostitutes?|sex)\b(?: \w+){0,3}? (?:for (?:money|cash|sex|the night|an hour|pay)|"
            r"to pay)\b",
            # Set FM: "is there anywhere to talk if you buy escorts and want to stop?".
            r"\b(?:i|you|u|we|people who|men who|guys who) (?:\w+ )?(?:buy|buying|bought|pay for|"
            r"paying for|book|booking) (?:escorts?|hookers?|prostitutes?|sex workers?|call ?girls?"
            r"|sex)\b"
            # "i book girls online" (set FP); "i buy girls on escort sites", "I use escort
            # girls a lot" (set GA).
            r"|\bi (?:\w+ )?(?:book|booked|booking|buy|bought|hire|hired|use|used) (?:the )?"
            r"(?:girls|women|ladies|a girl|a woman|escort girls?|massage girls?|call girls?)\b",
            # Set FQ: "paid a girl on snap to send stuff to our group", "how much does an
            # escort cost", "cant stop paying for cam shows", "found a girl on an ad".
            r"\bpaid (?:a|an|some|this|that) (?:\w+ )?(?:girl|boy|guy|woman)\b(?: \w+){0,3}? to "
            r"(?:send|show|strip|film|come)\b"
            r"|\bhow much (?:does|do|is|are|would) (?:an? )?(?:escorts?|hookers?|prostitutes?|"
            r"call ?girls?|sex workers?) (?:cost|charge|take|be)\b"
            r"|\b(?:paying|paid|pay|spend\w*|spent)\b(?: \w+){0,3}? (?:for|on) (?:cam ?shows?|"
            r"webcam ?shows?|cam ?girls?)\b"
            r"|\b(?:found|saw|booked|called|contacted|met) (?:a|an|this) (?:girl|woman|escort) "
            r"(?:on|from|through|via|in) (?:an? )?(?:ad|ads|advert|site|website|escort site)\b",
            # Set FO, FN: "where do guys find escorts here", "I go to the girls sometimes on
            # weekend".
            r"\bwhere (?:do|can|does|could|would|to) (?:guys|men|i|you|u|one|a guy|a man|people)? ?"
            r"(?:find|get|meet|book|buy|pick up) (?:an? )?(?:escorts?|hookers?|prostitutes?|"
            r"call ?girls?|sex workers?|girls for (?:sex|money))\b"
            r"|\bi (?:\w+ )?(?:go|went|visit|visited|going) (?:to )?(?:the )?(?:girls|escorts|"
            r"hookers|prostitutes|brothels?|massage (?:girls|parlou?rs?|places?))\b"
            r"(?! (?:in|at|from) (?:my|our|the) (?:school|class))",
            # A buyer's worry afterwards (set FL): "the girl may have been underage".
            r"\b(?:the|that|this) (?:girl|woman|escort|lady|boy|guy) "
            r"(?:i (?:paid|saw|met|booked) )?(?:may|might|could|must) (?:have been|be) "
            r"(?:underage|under 18|under eighteen|a minor|too young|\d{2} or younger)\b",
            # Set FY, FZ: "we should chip in for a girl", "i can sleep with her if i pay 1000
            # kr", "at an escort's apartment", "visiting women I find online", "used massage
            # places with extras".
            r"\b(?:chip in|pool (?:our )?money|split the cost|pay together|club together) "
            r"(?:for|on) (?:a|some|this|that) (?:girl|woman|escort|hooker)\b"
            # Set GE, GF: "if im 18 and she's 17 and i pay her", "paid an older girl to have sex
            # w me", "buying OF customs ... meet some of the girls irl for cash", "I went to meet
            # an escort".
            r"|\bif (?:[\w']+ ){0,6}?i (?:pay|paid) (?:her|him|them|a girl|a guy)\b"
            r"|\bpaid (?:a|an|some|this|that) (?:\w+ )?(?:girl|boy|guy|woman|man) (?:\w+ )?to "
            r"(?:have sex|sleep with|hook up|fuck|do stuff)\b"
            r"|\b(?:buying|bought|buy) (?:\w+ )?(?:of|onlyfans) (?:customs|content|pics|videos)\b"
            r"|\bi (?:\w+ )?(?:meet|see|book) (?:some of )?(?:the )?(?:girls|women|escorts)\b"
            r"(?: \w+)? "
            r"for (?:cash|money)\b"
            r"|\b(?:went|going|go|came|drove) to (?:meet|see|visit) (?:an|a|the) (?:escort|"
            r"prostitute|"
            r"hooker|sex worker)\b"
            # Set GC: "a girl who said she'd do all of us for 1500 and they want me to pay my
            # share".
            r"|\b(?:she'?d|she would|she will|she'?ll) (?:do|fuck|sleep with|have sex with) (?:all "
            r"of |both of )?(?:us|me|them)\b.{0,60}?\b(?:pay|paying|chip in) (?:my|our) (?:share|"
            r"part|bit|cut)\b"
            r"|\b(?:i|we) (?:can|could) (?:sleep with|have sex with|fuck|hook up with|bang) "
            r"(?:her|him)\b.{0,20}?\bif (?:i|we) (?:pay|paid|give|swish)\b"
            r"|\b(?:at|in) (?:an|the|this) escort'?s? (?:apartment|place|flat|room)\b"
            r"|\b(?:visiting|visited|visit|seeing|meeting|met) (?:women|girls|escorts|ladies) "
            r"(?:i|we) (?:find|found|book|booked) (?:online|on (?:sites|websites|ads|apps))\b"
            r"|\b(?:used|use|using|visited|visiting|went to|go to|going to) (?:\w+ )?massage "
            r"(?:places|parlou?rs|salons?|place) (?:with|for) (?:extras?|happy endings?)\b",
            # Paying a child, asked about or offered (set FV, FW): "is it crime to pay a 16 year
            # old for sex", "a girl on snap offered sex for 1000kr, she says shes 16".
            r"\b(?:to|i|we|me|if i|if you|you) (?:\w+ )?(?:pay|paying|paid|swish\w*) (?:a|an|some|"
            r"this|that) (?:\d{1,2}|\w+teen)[ -]?(?:year[ -]old|yo|y/o|yr old)s?\b(?: \w+){0,3}? "
            r"for (?:sex|it|nudes|pics|stuff)\b",
            r"\b(?:she|he|a girl|the girl|a woman|a guy|someone|somebody)\b(?: \w+){0,4}? "
            r"(?:offered|offers|offering) (?:me |us )?(?:sex|herself|himself|a night|a blowjob|to "
            r"have sex|to sleep with me)\b.{0,20}?\bfor (?:\d+|money|cash)",
            # The writer pays (set FU): "she'd do stuff if i swished her", "he can get me a girl
            # for 300 kr".
            r"\b(?:she|he|they|the girl|the guy)(?:'d|'ll| would| will| could| can|d|ll)? "
            r"(?:\w+ )?(?:do|send|show|give) (?:\w+ )?(?:stuff|things|it|something|anything|"
            r"nudes|pics|sex)\b(?: \w+){0,2}? if (?:i|we) (?:\w+ )?(?:swish\w*|paid|pay|"
            r"(?:sent|send) (?:her|him|them) money)\b",
            r"\b(?:get|find|fix|arrange|sort) (?:me|us) (?:up with )?(?:a|some|an?other) (?:girls?|"
            r"women|woman|escorts?)\b.{0,20}?\bfor \d+ ?(?:kr|sek|kronor|euros?|dollars?|bucks)?\b",
            # Set FC: "a guy sells pics of girls ... and i bought some", "got caught with a
            # girl he paid" (a parent of a young buyer), "a colleague wants to take me to a
            # 'massage place'".
            r"\b(?:i|we|me and \w+) (?:\w+ )?(?:bought|buy|paid for|purchased) (?:some|a few|one|"
            r"them|a couple)\b(?=.{0,60}\b(?:pics|pictures|nudes|photos|videos|legally|illegal|"
            r"crime|trouble)\b)|\b(?:pics|pictures|nudes|photos|videos)\b.{0,60}?\b(?:i|we) "
            r"(?:\w+ )?(?:bought|paid for|purchased) (?:some|a few|one|them|a couple)\b",
            r"\b(?:a|the|some) (?:girl|woman|boy|guy|escort|prostitute)s? (?:that |who )?"
            r"(?:he|she|they|my son|my husband|my partner) (?:had )?(?:paid|pays|bought|booked)\b",
            r"\b(?:take|takes|taking|bring|brings|bringing) (?:me|us) (?:\w+ )?to (?:a |the |some )"
            r"?"
            r"\W?(?:massage (?:place|parlou?r|salon|studio)|brothel|strip club|sex club)\b",
            # A young buyer (set FB): "i keep buying private snaps from cam girls".
            r"\b(?:buying|buy|bought|buys|paying for|paid for|pay for) (?:\w+ )?(?:snaps|pics|"
            r"pictures|nudes|videos|shows|content) (?:from|off|of) (?:\w+ )?(?:cam ?girls?|girls?|"
            r"women|a woman|someone|models?|escorts?)\b",
            # "i keep scrolling escort ads and thinking about paying someone" (set EZ).
            r"\b(?:scroll|scrolling|scrolls|browse|browsing|looking at|look at|checking|reading)"
            r" (?:through )?escort (?:ads|sites|pages|profiles)\b",
            # "he's been paying for 'massages' with extras" (set EX).
            r"\b(?:paying|paid|pays|pay|payed|buying|bought|buys) for \W?(?:a )?massages?\W? with "
            r"(?:\w+ )?(?:extras?|happy endings?)\b",
            # Set ES-EV: a young or any buyer in their own words: "me and 2 mates swished a girl
            # ... for nudes", "i gave a girl my vape and she gave me head for it", "our group
            # chat pays a guys little sister to show stuff", "i want to pay someone for real sex",
            # "we chipped in and paid a older girl to come", "paying for a bj from a 16 yo",
            # "i paid a 15 year old girl for sex", "how much does it cost to buy a girl",
            # "my friends take me to girls who charge money", "we go ... to girls in apartment
            # and pay".
            r"\b(?:i|we|me and \w+(?: \w+)?|my (?:friends|mates|boys) and i|our group ?chat|the "
            # (Not "me and my bestie get paid by guys": they are paid, set FT.)
            r"group ?chat) (?:\w+ ){0,4}?(?<!get )(?<!got )(?<!gets )(?<!getting )"
            r"(?<!are )"
            r"(?<!were )(?<!being )(?<!was )(?<!is )(?:swished|swish|swishes|paid|pay|pays|paying|"
            r"payed|sent|"
            r"send|sends) "
            r"(?:\w+ ){0,2}?(?:a |an |the |this |some |that )?(?:\w+ ){0,3}?(?:girl|girls|guy|guys|"
            r"boy|boys|sister|brother|woman|women|men|someone|somebody)\b(?: \w+){0,6}? "
            r"(?:\d+ (?:\w+ )?)?(?:for (?:"
            r"nudes|pics|pictures|videos|sex|head|a bj|bj|a blowjob|blowjobs?|stuff)|to (?:show|"
            r"send|come|do stuff|sleep|have sex|strip|film))\b",
            r"\b(?:gave|give|gives|giving) me (?:head|a bj|bjs|a blowjob|a handjob|a hj|sex)\b (?:"
            r"\w+ )"
            r"?for (?:it|that|money|cash|my|\d+)\b"
            r"|\b(?:want|wanna|going|planning|plan|thinking about|tempted|trying) (?:to )?(?:pay|"
            r"paying|buy|buying) (?:someone|somebody|a girl|a woman|a guy|a prostitute|an escort|fo"
            r"r "
            r"sex)\b"
            r"|\b(?:pay|paying|paid|payed) (?:someone|somebody) for (?:\w+ )?sex\b"
            r"|\b(?:pay|paying|paid|payed) (?:for )?(?:a |her )?(?:bj|blowjob|blow job|head|handjob"
            r"|"
            r"hj) (?:from|off)\b"
            r"|\bi (?:paid|payed|swished|pay|swish) (?:a|an|the|this|that) (?:\d+|\w+)[ -]"
            r"(?:year|yr|y)s?[ -]?old\b"
            r"|\bhow much (?:does it cost|is it|are|for|to) (?:\w+ ){0,2}?(?:buy|book|get|have|rent"
            r")"
            r" (?:a |an )?(?:girl|woman|escort|hooker|prostitute|sex worker)\b"
            r"|\bbuy (?:a|an) (?:girl|woman|escort|hooker|prostitute) for\b"
            r"|\b(?:girls|women|ladies) (?:who|that) (?:charge|take money|ask for money|sell)\b"
            r".{0,60}?\b(?:i|we) (?:\w+ )?(?:went|go|going|paid|pay|visited)\b"
            r"|\b(?:take|took|takes|bring|brought) me to (?:girls|women|ladies) (?:who|that) "
            r"(?:charge|take money|sell)\b"
            r"|\b(?:go|went|going) (?:\w+ ){0,5}?to (?:the )?(?:girls|women|ladies) (?:in|at) (?:an"
            r"? |"
            r"the )?(?:apartment|flat|massage|hotel)\w*\b.{0,30}?\b(?:pay|paid)\b"
            r"|\bi (?:paid|payed|swished) (?:her|him) (?:\d+|money|cash)\b"
            # Set FF: "we swished her for a few", "is buying illegal if everyone is an adult?".
            r"|\b(?:i|we) (?:\w+ )?(?:swished|payed|paid|venmoed|cashapped) (?:her|him|them) "
            r"(?:for|\d+)\b"
            r"|\bis (?:it )?(?:buying|paying for)(?: sex| it| them| pics| nudes)? (?:illegal|"
            r"legal|a crime|against the law)\b",
            # Someone close buys: "my husband pays for sex", "he pays women for sex",
            # "admitted he buys sex regularly".
            r"\b(?:he|she|husband|dad|father|son|brother|boyfriend|partner|patient|man|guy|"
            r"uncle|grandpa|grandfather|stepdad|colleague|friend) (?:\w+ ){0,3}?(?:buys|buy|buying|"
            r"swishes|swished|"
            r"pays? for|paying for|pays|"
            # (Not "she is being paid for sex": she is the one paid.)
            r"(?<!is )(?<!was )(?<!being )(?<!been )(?<!get )(?<!gets )(?<!got )(?<!getting )"
            r"(?<!were )(?<!are )(?:bought|paid for|paid)) (?:for )?(?:sex|escorts?|prostit"
            r"utes?|sex workers?|women|girls|"
            r"sexual services|massages? with extras?)\b(?! (?:with|from|off|of|to) (?:me|us)\b)"
            r"(?! (?:for|to) (?:me|us)\b)",
            # The writer offers money for pictures or sex: "i keep offering girls money to
            # send me pics".
            r"\b(?:offer|offering|offered|pay|paying|paid|send|sending|sent) (?:girls|a girl|"
            r"women|a woman|guys|boys|people|someone|strangers) (?:\w+ )?(?:money|cash|\d+\w*) "
            r"(?:to|for) (?:send|sleep|have sex|meet|nudes|pics|pictures|videos|sex)\b"
            # "i paid a girl from snap to send me nudes".
            r"|\b(?:i|we) (?:\w+ )?(?:paid|pay|paying|offered|offer|sent money to) (?:a |some |thi"
            r"s )?"
            r"(?:girl|girls|woman|women|guy|boy|someone) (?:\w+ ){0,3}?to (?:send|sleep|have sex|"
            r"meet|hook up|show)\b",
            # Booking someone from the sites on business trips: "end up on those sites in the
            # hotel room and booking someone".
            r"\b(?:booking|book|booked|books) (?:someone|somebody|a girl|a woman|girls|women)\b"
            r"(?=.{0,60}\b(?:sites?|ads?|hotel|escort\w*|trips?)\b)"
            r"|\b(?:sites?|ads?)\b.{0,60}\b(?:booking|book|booked|books) (?:someone|somebody|"
            r"a girl|a woman|girls|women)\b",
            r"\b(?:paid|pay|paying) (?:an? |the )?(?:escort|prostitute|sex worker|hooker)s?\b",
            EN_WRITER_BUYS,
            # The writer as the one who pays: "im a customer", "I paid a young man from an
            # app", "Paid for a girl at a hotel", "I met a girl from an ad and paid her".
            r"\b(?:i'?m|i am|im) (?:a |the )?(?:customer|client|buyer|punter|john)\b(?! of)"
            r"|\b(?:i|we) (?:\w+ ){0,2}?"
            r"(?<!get )(?<!got )(?<!gets )(?<!am )(?<!was )(?<!being )(?<!getting )(?:paid|pay|paye"
            r"d|paying) (?:for )?(?:a|an|the|this|that|on"
            r"e)"
            r" (?:young |younger |\w+ )?(?:girl|woman|lady|guy|boy|man|escort|person)\b"
            # Set GJ: "talked about paying a girl from an ad and one of them actually did".
            r"|\b(?:paying|pay for|paid|buying|buy) (?:a|an|the) (?:girl|woman|escort|guy) "
            r"(?:from|off|on|via) (?:an? |the )?(?:ad|advert|app|site|website)\b"
            # Set GI: "cant go to the police since i was the one paying", "I let a guy live in my
            # spare room rent free and we have sex".
            r"|\bi (?:was|am|m|'m) the one (?:paying|who paid|who pays|that paid)\b"
            r"|\b(?:i )?let (?:a|this|the|some) (?:guy|girl|man|woman|boy|lady) (?:\w+ ){0,2}?"
            r"(?:live|stay|sleep) (?:in|at) my (?:\w+ )?(?:room|flat|apartment|place|house)\b"
            r".{0,60}?\b(?:sex|sleep with|sleeps with)\b"
            # Set GH: "answered an ad last week, the girl ... I left but I still paid her".
            r"|\b(?:answered|replied to|called|contacted|responded to) (?:an? |the |her |some )?"
            r"(?:ad|advert|advertisement|listing|escort ad)\b.{0,120}?\bi (?:\w+ ){0,2}?"
            r"(?:paid|payed) (?:her|him|them)\b"
            # Without the article (set FH): "I paid woman at massage place for extra".
            r"|\b(?:i|we) (?:\w+ ){0,2}?(?:paid|payed|pay|paying) (?:woman|women|girl|girls|lady|"
            r"ladies)\b(?: \w+){0,5}? for (?:extra|extras|sex|happy ending|more)\b"
            r"|^\W*(?:paid|payed) (?:for )?(?:a|an|the) (?:\w+ )?(?:girl|woman|lady|escort|boy|guy|"
            r"man)\b"
            r"|\b(?:women|girls|ladies) (?:\w+ )?(?:offer|offers|offered|sell|sells|selling|"
            r"offering) (?:sex|themselves|massages? with extras?)\b.{0,60}?\bi (?:\w+ )?(?:paid|pay"
            r"ed"
            r"|pay|bought)\b|\bi (?:\w+ )?"
            r"(?<!get )(?<!got )(?<!gets )(?<!am )(?<!was )(?<!being )(?<!getting )(?:paid|payed) ("
            r"?:one time|once|twice|for sex)\b"
            r"|\b(?:met|found|contacted|booked|called) (?:a|an|this) (?:\w+ )?(?:girl|woman|lady|"
            r"escort|boy|guy) (?:\w+ ){0,4}?(?:and|then) (?:i )?(?:paid|payed|pay) (?:her|him)\b",
            # "has been seeing escorts for years", "hired a call girl".
            r"\b(?:seeing|sees|saw|seen|visiting|visits|visited|using|uses|used|hiring|hires|hired|"
            r"booking|books|booked) (?:an? |some |different |several )?(?:escorts?|prostitutes?|"
            r"hookers?|sex workers?|call ?girls?)\b",
        ]
    ),
    "coercion": "|".join(
        [
            # Set GU: "the man she works for is beating her": the one she sells for.
            r"\bthe (?:man|guy|woman|people|men|guys) (?:she|he|i|they) (?:works?|working) for\b"
            r"(?=.{0,60}\b(?:beat\w*|hits?|hitting|hurts?|hurting|takes? (?:all|her|his|the) "
            r"money|keeps? (?:her|him|the) (?:passport|papers|money)|won'?t let|threaten\w*)\b)",
            # Set GR: "my driver takes 70 % and holds my phone between bookings".
            r"\bmy (?:driver|manager|agency|agent|boss|minder|handler)\b.{0,30}?\b(?:takes?|keeps?|"
            r"holds?|has) (?:\d+ ?(?:%|percent)|half|most|all|my (?:phone|passport|money"
            r"|earnings|id|"
            r"papers))",
            # Set GO: "i work in his friend's house and at night men come to my room".
            r"\b(?:men|clients|customers|guys|strangers) (?:\w+ )?(?:come|comes|came|coming|are"
            r" sent|"
            r"get sent|are brought) (?:in)?to my (?:room|bed)\b",
            # Set GJ: "her 'manager' drives her to hotels on weekends", "he drives me to clients".
            r"\b(?:manager|boss|pimp|boyfriend|bf|he|they|someone|a guy|a man) (?:\w+ )?"
            r"(?:drives|drove|takes|took|brings|brought|sends|sent) (?:me|her|us|them) (?:\w+ )?"
            r"to (?:\w+ )?(?:hotels?|clients?|customers?|men|guys|"
            r"different (?:flats|apartments|addresses|cities))\b",
            # Set FY: "keep our ID cards and take most of what clients pay", "the man she
            # 'works' for ... won't let her leave", "a guy picks up some of us girls at night
            # and we have to do stuff for his friends".
            r"\b(?:keeps?|kept|took|takes) (?:our|my|her|his|their|all (?:our|the)) "
            r"(?:id|ids|id cards?|passports?|papers|documents)\b"
            r"|\b(?:takes?|took|keeps?|kept) (?:most|half|all|everything|\w+ percent) of what "
            r"(?:the )?(?:clients|customers|men|guys) (?:pay|give)\b"
            # "im 17 theyre driving me to some house rn and i dont want to go" (set GM).
            r"|\b(?:driving|taking|bringing|sending|drove|took) (?:me|her|us) to (?:some|a|an|his|"
            r"their|this|another) (?:\w+ )?(?:house|place|flat|apartment|hotel|address|guy|man|"
            r"men)\b(?=.{0,60}\b(?:don'?t want|dont want|do not want|scared|afraid|won'?t let|"
            r"wont let)\b)"
            # "my manager at the 'massage' place takes most of what I earn and says I can't quit
            # until I pay off my fees" (set GL): earnings taken, held by a debt.
            r"|\b(?:takes?|took|keeps?|kept) (?:most|half|all|everything|\w+ percent) of (?:what i "
            r"(?:earn|make|get)|my (?:money|earnings|pay))\b"
            r"|\b(?:can'?t|cannot|not allowed to|won'?t let me|wont let me) (?:quit|leave|stop)\b"
            r".{0,30}?\buntil i (?:pay|paid|work) (?:\w+ )?(?:off|back|my|the)\b"
            r"|\b(?:the )?(?:man|guy|woman|people) (?:she|he|i|we) ['\"‘’]?(?:works?|working)"
            r"['\"‘’]? for\b(?=.{0,80}\b(?:hit|hits|beat|beats|won'?t let|wont let|doesn'?t let"
            r"|locks?|keeps?"
            r"|takes?)\b)"
            r"|\b(?:picks?|picked) up (?:some of |a few of )?(?:us|the girls|the boys|us girls)\b"
            r".{0,60}?\b(?:have to|has to|must|made to|make us)\b"
            # Set GD: "women whose boyfriend sells them", "my husband rents me out".
            r"|\b(?:boyfriend|bf|husband|partner|pimp|man|ex)\b(?: \w+){0,2}? (?:sells|sold|is "
            r"selling|rents out|rented out|pimps|pimped) (?:me|them|her|us|women|girls)\b"
            # Set GB: "a man brought me here from nigeria ... i must pay him 40000 euro by
            # selling sex", "i owe them for the trip to sweden".
            r"|\b(?:must|have to|has to|got to|need to|forced to) (?:pay|pay back|repay|give) "
            r"(?:him|them|her|the man|the woman|madam|the madam)\b.{0,60}?\b(?:selling|by sex|"
            r"with sex|working|clients|customers)\b"
            r"|\b(?:owe|owes|owed|owing) (?:him|them|her|the man|madam|the madam)\b(?: \w+){0,6}? "
            r"(?:for )?(?:the )?(?:trip|travel|ticket|flight|journey|visa|bringing me)\b",
            # Set FJ: "they are coming back tonight to take me to another city".
            r"\b(?:take|taking|takes|move|moving|moves|send|sending|sends|drive|driving|ship|"
            r"shipping) (?:me|us|her|the girls) (?:\w+ )?to (?:another|a new|the next|a different|"
            r"some other) (?:city|town|country|place|apartment|flat|hotel)\b",
            # Set ET-EV: phones or passports kept by a boss, a cousin or a man ("the boss keeps our
            # phones", "He keep our phones"), "we must see men", work "until the debt is finish".
            r"\b(?:boss|he|she|they|cousin|madam|man|woman|owner|driver) (?:\w+ )?(?:keeps?|kept|"
            r"holds?|collects?|takes?|took|has) (?:all )?(?:our|my) (?:phones?|passports?|papers|"
            r"documents|ids?)\b"
            r"|\b(?:we|i) (?:must|have to|had to|need to|are made to|were made to) (?:see|meet|serv"
            r"e|"
            r"sleep with|do|work with) (?:the )?(?:men|clients|customers|guys)\b"
            r"|\b(?:work|working|works) (?:with (?:the )?(?:men|clients)|for (?:him|them|her)) "
            r"(?:\w+ )?until (?:the |my |our )?debt\b"
            r"|\buntil (?:the |my |our )?debt (?:is )?(?:paid|finish\w*|done|over|gone)\b",
            # "he forces me to meet his friends"; a journey paid back with clients.
            r"\bforc(?:es|ing) (?:me|us|her|him)\b"
            # Pressed by a partner: "he says if I love him I will sleep with his friends".
            # "he sets up the meetings and i get like 20 percent", "they say i still owe 40 000",
            # "he keeps the swish money from the men".
            r"|\b(?:sets? up|arranges?|arranged|books?|booked) (?:all )?(?:the |my |our )?(?:meetin"
            r"gs|"
            r"dates|clients|appointments|men)\b.{0,60}?\bi (?:only )?(?:get|keep) (?:like |only |ab"
            r"out )?"
            r"\d+ ?(?:percent|%)"
            r"|\b(?:say|says|said|tell|tells|told me) (?:that )?i (?:still )?owe\b"
            r"|\b(?:keeps?|kept|takes?|took) (?:all )?(?:the |my |our )?(?:\w+ )?money (?:from|of) "
            r"(?:the )?"
            r"(?:men|clients|guys|customers)\b"
            # "a woman from home arranged my trip here and now i work in her apartment".
            r"|\b(?:arranged|paid for|organi[sz]ed|booked) (?:my|our|her) (?:trip|journey|ticket|tr"
            r"avel|"
            r"flight|visa)\b.{0,80}?\b(?:work|working) (?:in|at|from) (?:her|his|their) (?:apartmen"
            r"t|flat|"
            r"place|house)\b"
            # "my friends older brother 'manages' me and 2 other girls", "pressured by her partner".
            r"|\b'?manag(?:es|ed|ing)'? (?:me|us|her|him|them)\b(?! to (?:get|find|stay))"
            r"|\bpressured by (?:her|his|their|my) (?:partner|boyfriend|husband|pimp)\b"
            # A debt worked off: "the deal was I'd 'entertain' their friends until it was paid off".
            r"|\b(?:debt|debts|owe|owed|owing)\b.{0,100}?\buntil (?:it'?s |it is |it was |the debt "
            r"(?:is|was) |i'?ve |i have )?(?:paid (?:off|back)?|cleared|worked off)\b"
            # Driven to the men: "they drive me to apartments", "he takes us to hotels".
            r"|\b(?:they|he|she|the man|the men|the guy|my pimp|my boyfriend)\b (?:\w+ )?(?:drive|"
            r"drives|drove|driving|take|takes|took|taking|bring|brings|brought) (?:me|us|her|him) "
            r"(?:\w+ )?to (?:apartments|flats|hotels|hotel rooms|different (?:places|apartments|fla"
            r"ts|"
            r"hotels)|men|clients|customers|guys|his friends)\b"
            r"|\b(?:he|she|boyfriend|bf|girlfriend|husband|partner) (?:\d+ )?(?:says|said|wants|wan"
            r"ted|tells"
            r"|"
            r"told|asks|asked) (?:me )?(?:\w+ ){0,7}?(?:sleep|have sex|be|go) with (?:his |her "
            r"|their )?(?:friends|mates|buddies|men|guys|clients)\b"
            r"|\bpay (?:back|off) (?:the |my |our |her |his )?(?:trip|journey|ticket|travel|flight|"
            r"debt|visa|smuggler)\b",
            # The police used as a threat by the one in charge (set FA): "my manager says if i
            # go to the police they'll arrest me for selling".
            r"\b(?:my|the|our|her|his) (?:manager|boss|madam\w*|mamasan|owner|agent|pimp|driver)\b"
            r".{0,40}?\b(?:says?|said|tells?|told|warns?|warned)\b.{0,60}?\b(?:police|cops)\b.{0,4"
            r"0}?"
            r"\b(?:arrest\w*|deport\w*|prison|jail|punish\w*|send (?:me|us|her) (?:home|back))\b",
            # Sold or passed on by others: "since he started selling me to his friends".
            r"\b(?:sell|sells|selling|sold|rent|rents|renting|rented|pimp|pimps|pimping|pimped|"
            r"pass|passes|passing|passed|give|gives|giving|gave|offers?|offered) (?:me|her|him|us) "
            r"(?:out |around )?(?:to|for) (?:his |her |their |other |older |different |some )?"
            r"(?:friends|mates|men|guys|clients|customers|buddies|people|strangers)\b"
            r"|\b(?:he|she|they|boyfriend|bf|pimp) (?:\w+ ){0,2}?(?:sells?|selling|sold) (?:me|her|"
            r"him|us)\b(?! (?:weed|drugs|stuff|things|\w+s)\b)"
            # "has been sold to men by her boyfriend", "was pimped out by him" (set EX).
            r"|\b(?:has been|have been|had been|was|were|is being|are being|been|being|got|gets|get"
            r")"
            r" (?:\w+ )?(?:sold|pimped|rented|prostituted)(?: out)? (?:to|by) (?:\w+ )?(?:men|guys|"
            r"clients|customers|strangers|friends|him|them|her boyfriend|his friends|a gang|"
            r"older)\b",
            # Moved by others: "they're moving us to Oslo tonight", "sending me to
            # another city". (Not a family's move: the mover is not a parent.)
            r"\b(?:they|they're|theyre|he|he's|hes|she|the boss|madam\w*|the man|the driver|"
            r"my pimp|the agent|the people)\b (?:are |is |re |s )?(?:\w+ )?(?:moving|move|moves|"
            r"sending|send|sends|taking|take|takes|driving|drive|drives|shipping|ship) (?:me|us|he"
            r"r|"
            r"the girls) (?:around )?(?:to|between) (?:(?:\w+ ){1,2}?(?:tonight|tomorrow|today|"
            r"next week|again)\b|(?:another|a new|a different|other|new|different) (?:cit\w+|"
            r"towns?|countr\w+|flats?|apartments?|places?|hotels?))",
            # Someone else runs the ads and chooses the clients: "runs my ads and tells me
            # which clients to see", "he take my passport".
            r"\b(?:runs?|ran|writes?|wrote|posts?|posted|manages?|controls?|handles?) my "
            r"(?:ads?|profile|account|bookings)\b"
            r"|\b(?:tells?|told|decides?|decided|chooses?|picks?) (?:me )?(?:which|what|who|how "
            r"many) (?:clients|customers|guys|men)\b"
            r"|\b(?:he|she|they|the boss|madam\w*) (?:take|took|keep|kept|have|hold|holds|hide)"
            r" (?:my|our|her) (?:passports?|papers|id|phone)\b"
            r"|\bi (?:get|got|keep|kept) (?:nothing|none of the money) (?:from|of|out of) "
            r"(?:it|this|the money|them)\b",
        ]
    ),
    "exit": "|".join(
        [
            # Set GQ: "im done with the cam stuff fr, deleted everything".
            r"\b(?:i'?m|im|i am) (?:so |really |totally )?done with (?:the |this |that |my |all"
            r" (?:the |"
            r"this |that )?)(?:cam|webcam|escort\w*|sugar\w*|selling|onlyfans|sex work|nudes"
            r"|pics|"
            r"meeting (?:guys|men)|meets)\b",
            # Wanting out of it, the selling named: "i want to stop doing the meetups for
            # cash", "how do i get out of escorting", "deleted all my ads".
            r"\b(?:want|wanna|wanted|need|trying|try|ready|how (?:do|can|could) i|help me) (?:to )?"
            r"(?:get out|quit|stop|leave|be done with|give up|step away from)\b(?: \w+){0,3}? "
            r"(?:of )?(?:escorting|selling|sex work|the life|this life|this work|this job|the "
            r"business|the industry|doing (?:this|it|meetups|dates)|the meetups|meetups|the ads|"
            r"sugar\w*|webcam\w*|camming|onlyfans|the game)\b",
            r"\b(?:deleted|removed|took down|taken down|closed|shut down) (?:all )?(?:of )?(?:my )?"
            r"(?:ads?|adverts?|profiles?|escort \w+|sugar \w+)\b"
            r"|\bstay(?:ing)? out (?:of (?:it|this|the life) )?for good\b"
            r"|\b(?:blocked|blocking) (?:all )?(?:of )?(?:the |my )?(?:clients|customers|men|guys|"
            r"sugar daddies|daddies|buyers)\b",
        ]
    ),
    "images_spread": "|".join(
        [
            # Set GU: "my old escort ads with my face are still floating around online".
            r"\b(?:ads?|adverts?|profiles?|pics|pictures|photos|videos?|nudes) (?:with|of|showing) "
            r"(?:my|her|his) (?:face|body|real name)\b.{0,40}?\b(?:floating around|online|out "
            r"there|all over|everywhere|spread\w*|posted|up on|still up)\b",
            # "my face is on a website with my real name and phone number" (set FQ).
            r"\b(?:my|her|his) (?:face|pics|pictures|photos|nudes|videos?|body) (?:is|are) "
            r"(?:now )?(?:on|all over) (?:a|an|some|this|that|the|porn) (?:\w+ )?(?:website|site|"
            r"page|account|forum|group|chat)\b",
            # A face put on porn and spread: "put my face on a porn video with some app and sent
            # it round".
            r"\b(?:put|puts|putting|photoshopped|edited|pasted|faked) (?:my|her|his|our) (?:face|he"
            r"ad)"
            r" (?:on|onto|into) (?:a |an |some )?(?:porn|nude|naked|sex)\w*\b",
            # "pics of me ... are going round in a group chat", "made a fake acc with my pics".
            r"\b(?:pics|pictures|photos|nudes|videos?|images?|vids)\b(?: [\w']+){0,8}? (?:are |is |"
            r"were |was |been |being |keep )?(?:going (?:a)?round|circulating|(?:passed|sent|share"
            r"d|"
            r"spread) (?:a)?round|in (?:a|the|some) (?:group ?chat|group|chat)|on (?:a|an|some) "
            r"(?:fake|porn) \w+)"
            r"|\bfake (?:acc|account|profile|insta|snap)\w* (?:\w+ ){0,3}?(?:with|using) (?:my|her"
            r"|his)"
            r" (?:pics|pictures|photos|nudes|images|videos)\b"
            r"|\b(?:post|posts|posted|posting|upload\w*|share|shares|shared|send|sends|show|shows) "
            r"(?:my|her|his) (?:\w+ )?(?:nudes|pics|pictures|photos|videos|vids)\b"
            # "a guy i sent nudes to is selling them in a telegram group".
            r"|\b(?:nudes|pics|pictures|photos|videos)\b.{0,60}?\b(?:selling|sells|sold|sharing|sha"
            r"res|"
            r"shared|posting|posted|spreading|spread) them\b"
            # "since the video of me got out", "my nudes leaked".
            r"|\b(?:video|videos|vid|pics?|pictures|photos|nudes) of (?:me|her|him) (?:\w+ )?(?:got"
            r" "
            r"out|is out|are out|leaked|went (?:a)?round|(?:is|are) everywhere|(?:is|are) online)\b"
            r"|\b(?:leaked|leaking|leak) (?:my|her|his) (?:\w+ )?(?:nudes|pics|pictures|photos|"
            r"videos?)\b|\b(?:my|her|his) (?:nudes|pics|pictures|photos|videos?) (?:got |were |was "
            r")?leaked\b"
            # Set GI: "my pics are everywhere now", "her nudes are all over snap".
            r"|\b(?:my|her|his|our) (?:\w+ )?(?:nudes|pics|pictures|photos|videos?|vids) "
            r"(?:are|is|got|went|have been) (?:now )?(?:everywhere|all over|online|out there|"
            r"on (?:every|some|a) \w+|going around|being shared|spread)\b"
            # Filmed without consent and put online (set FV): "a guy record us without asking and
            # now it is on pornhub".
            r"|\b(?:record\w*|film\w*|tap\w*) (?:me|us|her|him|it)\b.{0,20}?\bwithout (?:asking|"
            r"consent|permission|(?:me|us|her|him) knowing)\b"
            r"|\b(?:it|they|the video|the videos|the vid|the clip|the film)\b (?:is|are|was|were) "
            r"(?:now )?(?:on|up on|posted on|uploaded to) (?:pornhub|xvideos|xhamster|a porn \w+|"
            r"porn sites?)\b"
            # A threat to post what someone holds: "my ex has nudes of me ... says hes going to
            # post them" (set FU).
            r"|\b(?:nudes|pics|pictures|photos|videos?|vids|images)\b.{0,80}?\b(?:going to|gonna|"
            r"will|threaten\w* to|wants? to|(?:says|said|saying|sayin) (?:he|she|they)"
            r"(?:'?ll| will| would)|(?:hes|shes) (?:saying|threatening) (?:hell|shell|he will|"
            r"she will|to)) "
            r"(?:\w+ )?(?:post|share|send|spread|leak|upload|show|publish)\w* (?:them|it|those)\b"
            # "sold content on OF and now someone leaked all of it" (set EY).
            r"|\b(?:content|onlyfans|fansly|pics|videos|nudes)\b.{0,60}?\b(?:leaked|reposted|"
            r"shared|posted|spread) (?:all of )?(?:it|them|everything)\b",
        ]
    ),
    "sexual_violence": "|".join(
        [
            # Set FZ: "my sugardaddy hits me when hes drunk and then wants sex anyway".
            r"\b(?:hits|hit|beats|beat|slaps|slapped|chokes|choked) me\b.{0,40}?\b(?:then |and )"
            r"(?:still )?(?:wants|forces|makes me have|has) sex\b"
            # Set GB: "got really rough and choked me even tho i said stop".
            r"|\b(?:choked|strangled|chokes|strangles|choking|strangling) me\b"
            r"|\beven (?:tho|though|after|when) (?:i|she) (?:said|told him) "
            r"['\"]?(?:stop|no)\b"
            # "hurt me during sex even tho i told him to stop" (set GL).
            r"|\beven (?:tho|though|after|when|if) (?:i|she) (?:told|asked|begged) "
            r"(?:him|them|her) "
            r"(?:to stop|not to|no)\b",
            # "he did not stop when i said no", "kept going even though i said stop".
            r"\b(?:did not|didn'?t|didnt|would not|wouldn'?t|wouldnt|does not|doesn'?t|doesnt|won'"
            r"?t|"
            r"wont) stop\b(?: \w+){0,3}? (?:when|after|even (?:when|though|after)|though|although) "
            r"(?:i|she|he) (?:said|says|told him|screamed|cried|begged|was crying)\b"
            r"|\b(?:kept going|carried on|continued) (?:\w+ ){0,2}?(?:when|after|even (?:when|thou"
            r"gh|"
            r"after)|though|although) (?:i|she) (?:said|told him|screamed|cried|begged)\b"
            r"|\bi said no (?:but|and) (?:he|they|she) (?:\w+ )?(?:did it|kept|didn'?t|didnt|would"
            r"n'?t|"
            r"continued|forced|held)\b",
            r"\b(?:assaulted|assaulting|attacked|groped|molested|abused) me\b"
            r"|\b(?:was|got|been|were) (?:sexually )?(?:assaulted|abused|molested|groped)\b"
            r"|\bsexually (?:assaulted|abused|attacked)\b",
            # Second-language English: "make sex by force", "he do things i not want", "he not
            # stop when i cry".
            r"\b(?:make|makes|made|making|do|does|doing|did|have|had|take|took) (?:\w+ )?sex (?:\w+"
            r" ){0,2}?(?:by|with) "
            r"force\b|\bforc(?:e|es|ed|ing) (?:me )?(?:to )?(?:have )?sex\b|\bsex by force\b"
            r"|\b(?:he|they|man|client) (?:do|did|does|make|made) (?:\w+ )?things (?:to me )?"
            r"(?:i|what i) (?:not|no|dont|don'?t|did not|didn'?t) (?:want|like)\b"
            r"|\b(?:he|they) (?:not|no|never) stop (?:\w+ ){0,3}?(?:when|even|although|if) i\b",
            # Told without the words: "comes into my room at night and does things to me".
            r"\b(?:does|did|do|doing|done) (?:\w+ )?(?:things|stuff) to (?:me|her|him)\b"
            r"(?! (?:for|in return))"
            # "he did it to me and he is still in the flat" (set HA, in Swedish): "it", said
            # of a man, to the writer.
            r"|\b(?:he|the (?:man|guy|client|customer)) (?:\w+ )?(?:did|has done|done) it to me\b"
            r"|\b(?:comes?|came|coming|gets?|got) (?:into|in|to) my (?:room|bed)\b.{0,40}?"
            r"\b(?:at night|in (?:the )?night|every night|touch\w*|things|stuff)\b"
            r"|\btouch(?:ed|es|ing)? me (?:everywhere|all over|down there|between|under)\b"
            r"|\btouch(?:ed|es|ing)? my (?:body|breasts?|chest|private\w*|bum|butt|ass)\b"
            r"|\b(?:take|took|takes|drove|drive|drives) me (?:\w+ ){0,2}?to (?:the |a )?(?:forest|w"
            r"oods|"
            r"car park|parking)\b.{0,40}\b(?:you understand|you know)\b",
        ]
    ),
    "unwanted": "|".join(
        [
            # Set ES-EV: a young writer's own urges about a relative child: "i have sexual thoughts
            # about my little sister", "I get urges to touch my little cousin".
            r"\bi (?:\w+ )?(?:have|get|got|keep having|am having|had) (?:\w+ )?(?:sexual )?(?:thoug"
            r"hts|"
            r"urges|fantasies|feelings) (?:about|to touch|of touching|for) (?:my |a |the )?(?:\w+ )"
            r"?"
            r"(?:sister|brother|cousin|niece|nephew|child|kid|kids|children|girl|boy|stepsister|"
            r"stepbrother)\b"
            r"|\burges? to touch\b",
            # Set GF: "telegram groups with stuff i know is illegal, girls who look way too
            # young"; "im scared of what i might do to her".
            # "i look at stuff online w young ppl that i know is illegal" (set GM).
            r"\b(?:look|looking|looked|watch|watching|watched)(?: at)? (?:stuff|things|content|"
            r"videos|pics|material|porn) (?:online |on the internet )?(?:w|with|of) "
            r"(?:very |really )?(?:young|underage|little) (?:ppl|people|girls|boys|kids|ones|"
            r"teens)\b",
            # ("looking at stuff online with people who looked way too young", set GL.)
            r"\b(?:girls|boys|kids|people|children) who (?:look|looks|looked|seem|seems|seemed) "
            r"(?:way |far |much |really |a bit )?(?:too young|"
            r"underage|under 18|like kids|like children)\b"
            r"|\b(?:scared|afraid|terrified|worried) (?:of )?what i (?:might|could|will|would) do "
            r"to (?:her|him|them|my \w+|a child|the (?:girl|boy|kid|child))\b",
            # Set GC, GD: "i look at pictures online ... of people way too young", "I get
            # aroused by pictures of young teens".
            r"\b(?:look|looking|looked|watch|watching|watched|aroused|attracted|turned on|drawn)"
            r"\b(?: \w+){0,3}? (?:pictures|pics|images|photos|videos|porn|content)\b.{0,50}?\b"
            r"(?:of |with )?(?:people |girls |boys |kids |children )?(?:way |much |far )?"
            r"(?:too young|"
            r"young teens|underage|minors|under ?age)\b"
            r"|\b(?:aroused|attracted|turned on) (?:by|to) (?:young |younger )?(?:teens|teenagers|"
            r"children|kids|minors|young girls|young boys)\b",
            # Set FW: "I can't stop sending explicit pics to strangers".
            r"\b(?:can'?t|cant|cannot|unable to) stop (?:sending|showing|flashing|exposing)\b"
            r".{0,30}?\b(?:strangers|people i don'?t know|random (?:people|women|girls|men)|women|"
            r"girls|kids)\b",
            # Set FH: "he looks at child abuse material and wants to stop".
            r"\b(?:look|looks|looking|looked|watch\w*|download\w*|view\w*|sav(?:e|es|ing|ed)|"
            r"collect\w*|search\w*|found|find) (?:at |for )?(?:\w+ ){0,2}?(?:child (?:sexual )?"
            r"abuse (?:material|images?|pictures?|videos?|content)|csam|child porn\w*|"
            r"kiddie porn)\b",
            # "looking at stuff online with people younger than me in it", "I look at images
            # I shouldn't. of minors".
            r"\b(?:look|looks|looking|looked|watch|watches|watching|watched|download\w*|sav(?:e|es|"
            r"ing|ed)|search\w*|view\w*) (?:at )?(?:\w+ ){0,4}?(?:images?|pictures?|pics|photos?|"
            r"videos?|porn|stuff|material|content|things|films?|clips?)\b(?: [\w']+){0,5}? "
            r"(?:of|with|involving|showing) (?:\w+ )?(?:minors|underage \w+|children|kids|"
            r"people (?:\w+ )?younger than me|(?:\w+ )?younger than me|little (?:girls|boys|kids)|"
            r"young (?:kids|children|girls|boys|teens))\b",
            # "i think about kids. in a way i shouldnt", "feelings for much younger children".
            r"\b(?:think|thinking|thought|dream|dreaming|fantasi[sz]e\w*) (?:\w+ )?about "
            r"(?:kids|children|minors|little (?:girls|boys|kids)|young (?:girls|boys|kids))\b"
            r"(?=.{0,60}\b(?:shouldn'?t|shouldnt|wrong|sexual\w*|scar\w*|disgust\w*|ashamed|sick|"
            r"not normal|hate myself|never act|in that way|in a way)\b)"
            r"|\b(?:feelings?|attraction|urges?|desires?) (?:for|towards?) (?:\w+ )?(?:younger )?"
            r"(?:children|kids|minors|little (?:girls|boys))\b",
            # An urge to force someone: "sometime i feel i want force a woman to sex".
            r"\b(?:want|wants|wanting|urge|urges|feel like|think about|thinking about) (?:to )?"
            r"(?:force|forcing|rape|raping|hurt|hurting) (?:a |some |the )?(?:woman|women|girl|"
            r"girls|someone|somebody|person|people|her|a child|kids?|children)\b",
            # "i cant stop thinking sexually about small kids" (set GU, in new words).
            r"\b(?:think|thinking|thought|thinks|dream\w*|fantasi[sz]\w*) (?:\w+ )?(?:sexually|in a"
            r" "
            r"sexual way) (?:about|of) (?:\w+ )?(?:kids|children|minors|girls|boys|teens|"
            r"(?:small|little|young|younger) \w+)\b",
            # Set GT: "i look at things online i know i shouldnt, young stuff".
            r"\b(?:look|looking|looked|watch|watching|watched)(?: at)? (?:things|stuff|content|pics"
            r"|"
            r"pictures|videos|material|images|porn) (?:online |on the internet )?(?:that )?"
            r"(?:i know )?(?:i )?(?:shouldn'?t|shouldnt|should not)\b(?=.{0,60}\b(?:young|kids|"
            r"children|minors|underage|teens?|little)\b)",
            # Set GS: "i keep getting turned on by sexual stuff online that i find disgusting
            # and i feel like a monster": aroused by what the writer finds wrong.
            r"\b(?:turned on|aroused|get off|getting off) (?:by|to|from|on) .{0,60}?\b(?:disgust\w*"
            r"|"
            r"gross|wrong|sick|shameful|ashamed|hate myself|shouldn'?t|monster|pervert|creep)\b"
            r"|\b(?:feel|feeling|felt) like (?:a |such a )?(?:monster|pervert|creep)\b"
            r"(?=.{0,80}\b(?:sex\w*|turned on|aroused|porn|urges?|thoughts)\b)"
            r"|\b(?:sex\w*|turned on|aroused|porn|urges?)\b.{0,80}\b(?:feel|feeling|felt) like "
            r"(?:a |such a )?(?:monster|pervert|creep)\b",
            # "the porn i watch keeps getting younger and younger".
            r"\bporn\b.{0,40}?\b(?:younger and younger|getting younger|way too young|too young)\b",
            # "attracted to kids way younger than me", "attraction for one student girl",
            # "the thoughts are very strong", "i think to touch womens in metro".
            r"\b(?:attracted|attraction|drawn) (?:to|towards?|for) (?:\w+ ){0,2}?(?:kids|children|"
            r"minors|little (?:girls|boys|ones)|young (?:girls|boys|kids|children)|younger (?:girls"
            r"|"
            r"boys|kids)|(?:student|pupil|school) ?(?:girls?|boys?)?|students|pupils|teens?)\b",
            r"\b(?:the |my |these |sexual )(?:thoughts|urges|feelings|fantasies) (?:are|is|get|"
            r"getting|feel) (?:very |so |too |really )?(?:strong|stronger|bad|worse|intense)\b",
            r"\b(?:excited|aroused|turned on)\b.{0,40}?\b(?:touch|touching|grab|grabbing|rub|rubbin"
            r"g)"
            r" (?:\w+ )?(?:women|womens|girls|people|strangers)\b"
            r"|\b(?:touch|touching|grab|grabbing|rub|rubbing) (?:\w+ )?(?:women|womens|girls|strang"
            r"ers)"
            r" (?:\w+ ){0,3}?(?:metro|bus|train|subway|tube|crowd|street)\b",
            r"\b(?:look|looking|watch|watching) (?:at )?(?:young|little|small) (?:girls|boys|kids|"
            r"children)\b.{0,40}?\b(?:wrong way|sexual\w*|shouldn'?t|shouldnt|not normal)\b",
            r"\bcompulsive (?:porn|sex|masturbat\w*)\b|\bporn (?:\w+ )?(?:addict\w*|compulsion)\b"
            r"|\baddicted to porn\b",
            r"\b(?:thoughts?|fantasies|feelings) (?:for|about|of|towards?) (?:young|little|small|"
            r"underage) (?:girls|boys|kids|children)\b",
            # "looking at stuff online thats way too young": what is watched is the children.
            r"\b(?:look|looks|looking|looked|watch|watches|watching|watched|download\w*|search\w*)"
            r" (?:at )?(?:\w+ ){0,3}?(?:stuff|things|pics|pictures|images|videos|porn|content|"
            r"material)\b.{0,30}?\b(?:(?:way|much|far) )?too young\b",
            # Porn that cannot be stopped: "watch porn like 6 hrs a day, cant stop".
            r"\bporn\b.{0,60}?\b(?:can'?t|cannot|cant|unable to) stop\b"
            r"|\b(?:can'?t|cannot|cant) stop\b.{0,40}?\bporn\b"
            r"|\bporn (?:\w+ ){0,2}?(?:addiction|problem|habit|thing) (?:is )?(?:\w+ )?(?:out of "
            r"control|ruining|taking over)",
        ]
    ),
    "health": "|".join(
        [
            # Set GR: "worried about my son's health, I think he might have caught something".
            r"\b(?:might have|may have|has|have|think (?:he|she|i)|probably) (?:\w+ )?(?:caught"
            r"|picked up|"
            r"got) (?:something|an sti|a std|an infection|chlamydia|gonorrh\w*|herpes)\b",
            r"\b(?:condoms|contraception|contraceptives?|birth control)\b"
            # "my daughter has an infection down there" (set FP).
            r"|\b(?:sores?|blisters?|bumps|rash|itch\w*|discharge|burns?|burning|stings?|"
            r"infections?) "
            r"(?:\w+ ){0,3}?(?:down there|when i pee|when i piss|on my (?:vagina|penis|dick|"
            r"privates))\b"
            r"|\b(?:chlamydia|gonorrh\w*|syphilis|herpes|hpv|stds?|stis?|hiv|pregnan\w*|plan b|"
            r"morning after pill)\b"
            # "she has a sexual infection", "where can she get treated", "pain down there"
            # (set FF).
            r"|\b(?:sexual(?:ly)?(?: transmitted)?|genital|vaginal|std|sti) "
            r"(?:infection|disease)s?\b"
            r"|\b(?:get|be|been) (?:treated|checked)\b(?=.{0,60}\b(?:infection|std|sti|"
            r"down there|disease|pain|bleed\w*)\b)"
            r"|\b(?:infection|std|sti|down there|disease)\b.{0,60}\b(?:get|be) (?:treated|"
            r"checked)\b"
            r"|\b(?:pain|hurts?|hurting|bleeding)\b (?:\w+ ){0,2}?down there\b"
            r"|\bsee a (?:doctor|gyn\w*|midwife|nurse)\b"
            # Set GT: "do i have to pay to see doctor? ... a wound that does not heal".
            r"|\b(?:see|visit|go to|get to) (?:the |a )?(?:doctor|gp|nurse|clinic|hospital)\b"
            r"(?=.{0,80}\b(?:wound|sore|rash|pain|bleed\w*|infection|std|sti|test\w*|pregnan\w*|"
            r"sick|ill|hurts?|no papers|papers|pay|cost|free)\b)"
            r"|\b(?:wound|sore|cut|rash|infection)s? (?:that |which )?(?:does not|doesn'?t|doesnt|"
            r"won'?t|wont|will not|is not|isn'?t) (?:heal|healing|go away|going away|get better)\b"
            # "i think she has infection but she dont want doctor" (set FV).
            r"|\b(?:think|maybe|probably|afraid|scared|worried) (?:that )?(?:she|he|i|it|they) "
            r"(?:has|have|is|got|might have|may have) (?:an? )?(?:infection|std|sti|disease)\b"
            r"|\b(?:doesn'?t|doesnt|dont|don'?t|do not|does not|won'?t|wont) (?:want|wanna) (?:a "
            r"|the "
            r"|to see a |to go to a |to go to the |go to )?(?:doctor|clinic|hospital|gyn\w*)\b",
            # "need check blood for everything", "where i can test myself", "see a doctor".
            r"\b(?:check|test|testing|tested|checkup|check-up|check up) (?:my |the )?(?:blood|"
            r"myself|for (?:everything|(?:sex |sexual |venereal )?(?:diseases?|infections?)|"
            r"sickness))\b"
            # Set GA: "I have pain and some bleeding after", "afraid to go hospital because no
            # papers", "now he is sick, maybe infection".
            r"|\b(?:pain|bleeding|bleed|blood|burning|hurts?)\b(?: \w+){0,3}? after\b"
            r"|\b(?:afraid|scared|too scared|dont dare|don'?t dare) (?:to )?(?:go )?(?:to )?(?:the "
            r"|a )?(?:hospital|doctor|clinic|emergency room|er)\b"
            r"|\bmaybe (?:an? |some )?(?:infection|std|sti|disease)\b"
            r"|\bperiods? (?:\w+ ){0,3}?(?:weird|irregular|stopped|late|gone)\b"
            r"|\b(?:don'?t|dont|do not) have (?:a |any )?(?:regular )?(?:doctor|gp)\b"
            r"|\bperiod (?:is |has been |was )?(?:\w+ ){0,3}?late\b|\blate period\b|\bmissed (?:my "
            r"|"
            r"a )?period\b|\bno period\b"
            r"|\b(?:woman |women |female )?(?:doctor|gyn\w*|midwife|clinic) (?:who|that|for|to "
            r"check|to test|to see)\b|\bget (?:a )?(?:test|tested|check\w*)\b",
        ]
    ),
    "professional": "|".join(
        [
            # "if a student tells me she gets paid", "do I have a duty to report": staff asking.
            r"\b(?:a|one|if a|when a|this) (?:student|pupil|patient|client|resident)\b (?:\w+ )?"
            r"(?:tells|told|says|said|confides|confided|discloses|disclosed) (?:me|us)\b"
            r"|\b(?:duty|obligation|obliged|required) to report\b"
            # "a student in 9th class gets gifts ... what should we do" (set FR): staff asking.
            r"|\b(?:a|one of (?:our|my|the)|our|my) (?:student|pupil|resident|client|patient)s?\b"
            r".{0,160}?\b(?:what (?:should|can|do|must) we do|how (?:should|do|can) we (?:help|act|"
            r"handle|respond))\b"
            r"|\breporting (?:duty|obligation)\b",
            # Set GI: "I teach at an international school", "I work at a youth centre/an HVB".
            r"\b(?:i|we) (?:teach|tutor|coach) (?:at|in|year|grade|\d)"
            r"|\b(?:i|we) (?:work|volunteer) (?:as an? \w+ )?(?:at|in) (?:an? |the )?(?:\w+ )?"
            r"(?:youth (?:centre|center|club)|hvb|care home|group home|residential home|"
            r"fritidsgard)\b",
            # "A young person on my caseload", "a client of mine", "a girl in my care".
            r"\b(?:on|in) (?:my|our) caseload\b|\b(?:a|one) (?:young person|girl|boy|client|woman|m"
            r"an)"
            r" in (?:my|our) care\b",
            # The role first: "Police officer here.", "GP in Stockholm.", "youth leader at a
            # fritidsgård", "school nurse here".
            # (Not "min mentor sa ...", "my coach": the writer's own.)
            rf"^\W*(?:(?:hi|hello|hey|hej)\W+)?(?:i'?m |i am |im )?(?:an? )?"
            rf"(?:(?!(?:min|mitt|mina|my|our|his|her|their)\b)\w+[ -]){{0,2}}{EN_ROLES}\b"
            r"(?! (?:says|said|told|tells|touched|touches|hit|hits|raped|is|was|has|had|did|does|"
            r"wants|wanted|gave|gives|asked|asks|keeps|kept|made|makes|sent|sends|paid|pays)\b)",
            # "I am police student on internship", "nursing student on placement".
            r"\b(?:i'?m|i am|im) (?:an? )?(?:police|nursing|nurse|social work|medical|midwifery|"
            r"teacher|teaching) (?:student|trainee|intern)\b|\bon (?:my |an? )?(?:internship|"
            r"placement|practicum)\b",
            rf"\b(?:i'?m|i am|im|we'?re|we are|i work as|working as) (?:an? |the )?(?:\w+ )?"
            rf"{EN_ROLES}\b"
            rf"|\bas an? (?:\w+ )?{EN_ROLES}\b",
            rf"\bi (?:work|volunteer|am staff|am on staff) (?:at|in|for) (?:an? |the |our )?(?:\w+"
            rf" )?"
            rf"{EN_WORKPLACES}\b",
            # "15yo student getting paid by older guys", "pupil sends pics for money, report?"
            # (set FB): staff naming the young person first, in few words.
            # (Not a seller's client: "client is getting aggressive and has a knife", set FW.)
            r"^\W*(?:(?:a|an|one|my|our)\s+)?(?:\d{1,2} ?(?:yo|y/o|year old) )?(?:student|pupil|"
            r"resident|patient|client(?!.{0,80}\b"
            + CLIENT_MENACE
            + r"))\b (?:\w+ ){0,2}?(?:is |gets |getting |sends |"
            r"sending |sells |selling |takes |taking |says |said |told )",
            # "one of our students", "a male patient, 40".
            r"\b(?:one of (?:our|my) |(?:our|my) )(?:hvb |new |young |teenage )?(?:students|pupils|"
            r"residents|patients|"
            r"young people|service users)\b"
            r"|\b(?:male|female|young|teenage|adolescent|new|a) patient\b"
            # "i coach football boys 13-14", "i clean rooms in hotel", "my employee in nail salon".
            r"|\bi (?:coach|train|teach) (?:\w+ )?(?:boys|girls|kids|children|students|pupils|youth"
            r"|"
            r"teens|juniors)\b|\bi clean (?:rooms|the rooms|apartments|offices)\b"
            r"|\b(?:my|one of my|our) (?:employee|employees|staff member|worker|workers|apprentice)"
            r"\b"
            # "one student in my class is paid by older men": a teacher's pupil.
            r"|\b(?:a|one|some|two|several|this) (?:of the )?(?:students?|pupils?) (?:in|from|at) "
            r"my (?:class|school|group|form|course)\b",
        ]
    ),
    "about_child": "|".join(
        [
            r"\b(?:in )?(?:year|grade|yr) ?(?:[4-9]|1[01])\b|\b(?:[4-9]|1[01])th grade\b"
            r"|\b(?:ak|arskurs) ?[4-9]\b",
            r"(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\btheir )"
            r"\b(?:kids?|teens?|teenagers?|minors?|underage|schoolgirls?|schoolboys?|pupils?|"
            r"youngsters?|juveniles?)\b",
            r"\bone of the (?:kids|boys|girls|teens|youngsters)\b"
            # "a boy in our unit", "one of our girls", "one of the young people" (set FN).
            r"|\b(?:a|one|some|two|three|several|this) (?:\w+ )?(?:boys?|girls?) (?:in|at|from) "
            r"(?:our|the|my) (?:unit|group home|care home|youth club|youth centre|youth center|"
            r"team|placement|ward|home)\b"
            r"|\bone of (?:our|the) (?:boys|girls|young people|young ones|youth)\b"
            r"|\b(?:a|one|some|two|several|this) students? (?:in|from) my class\b"
            r"|\bu1[0-7]s?\b(?= (?:team|football|soccer|hockey|squad|group|players?))",
            # "teacher here, one student tell me", "a home for unaccompanied youth".
            # (Not at a school for adults: "a counsellor at an SFI school for adults".)
            r"^(?!.*\b(?:sfi|for adults|adult education|komvux|university|college)\b).*?"
            r"\b(?:teacher|school nurse|school counsell?or|at (?:a|the|my|our) school)\b.{0,80}?"
            r"\b(?:students?|pupils?)\b|\bunaccompanied\b|\byouth (?:home|housing|residence)\b",
        ]
    ),
    "peer": r"\b(?:my|our) (?:\w+ )?(?:bestie|bff|best friend|classmate|mate|cousin|"
    r"step ?(?:brother|sister)|half ?-?(?:brother|sister))\b"
    r"|\ba (?:girl|boy|guy|friend) (?:in|from) my (?:class|school|year|team)\b",
    "other_person": "|".join(
        [
            # "a grown man who pays my 16 year old": the writer's child.
            r"\b(?:my|our) (?:\d{1,2}|\w+teen)[ -]?(?:year[ -]old|yo|y/o)\b(?! (?:self|me)\b)",
            # Someone close does it: "i think my bestie sells sex", "my brother is 20 and i
            # found ads for him", "my son ... older men are paying him".
            rf"\b(?:my|our) (?:\w+ ){{0,2}}?{EN_RELATIVES}\b(?:\W+\w+){{0,8}}?\W+"
            # (Not "can my husband see it? i sell sometimes": the writer's own deed, set FN.)
            r"(?<!\bi )(?<!\bi also )(?:sells?|selling|sold|is selling|has been selling|"
            r"gets? (?:paid|money|gifts)|"
            r"is paid|takes? money|meets? (?:older )?(?:men|guys)|is an escort|escorts|"
            r"(?:does|is doing|is into|started) sugar ?dat\w*|sugar ?dates|"
            r"does sex work|buys? sex|pays? for sex|pays (?:women|girls)|has a sugar|"
            r"ads? for (?:him|her)|is being (?:groomed|exploited|sold|pimped|used|trafficked|force"
            r"d)|"
            r"is forced|says (?:she|he) has to)\b(?! (?:me|us|my)\b)",
            r"\ba (?:girl|boy|guy|friend) (?:in|from) my (?:class|school|year|team)\b",
            # "an ad with his photo on some site" (set FF): someone close advertised.
            rf"\b(?:my|our) (?:\w+ ){{0,2}}?{EN_RELATIVES}\b.{{0,120}}?\b(?:an? )?(?:ad|ads|advert|"
            r"profile) (?:with|using|showing) (?:his|her|their) (?:photo|pic|picture|face|photos|"
            r"pics|pictures)\b",
            r"\b(?:worried|scared|concerned) (?:about|for) (?:my|our|a)\b",
            # A neighbour: "the girl next door gets picked up by different cars" (set EX).
            r"\bthe (?:girl|boy|woman|lady|guy|kid|teen|young woman|young girl) (?:next door|upstai"
            r"rs|"
            r"downstairs|across the (?:hall|street|road))\b|\b(?:my|our) neighbou?r'?s'? (?:daughte"
            r"r|"
            r"son|girl|boy|kid|teen)\b|\b(?:a|the) (?:young )?(?:girl|boy|woman) (?:in|from|on) (?:"
            r"my|"
            r"our) (?:building|street|block|floor|stairwell)\b",
        ]
    ),
}
