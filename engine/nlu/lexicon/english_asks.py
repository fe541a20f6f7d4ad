"""English questions, beside the Swedish ones (lexicon/asks.py; lexicon/__init__.py joins them).

Asking for a human, whether the bot or a service tells anyone (the police,
migration, parents, a wife), the law, and how to reach a service. Written from
the blind English sets class by class; patterns are for the folded text
(text.fold): lower case, no punctuation but apostrophes.
"""

from __future__ import annotations

from typing import Dict

EN_ASKS: Dict[str, str] = {
    "contact": "|".join(
        [
            # "is there somewhere i can call for me?" (set FJ).
            r"\b(?:is there|are there|any) (?:somewhere|someone|somebody|anyone|a place|a number"
            r"|people) (?:i|we) (?:can|could) (?:call|talk to|contact|turn to|go to|write to)\b",
            # "How do I get hold of Mika?", "where are they and when are they open?".
            r"\b(?:how (?:do|can|could) i|where (?:do|can) i|how to) (?:get hold of|contact|reach|"
            r"call|find|get in touch with|visit|go to) (?:mika|kast|bris|preventell|stodcentrum|umo"
            r"|"
            r"them|you)\b"
            r"|\bopening (?:hours|times)\b|\bwhen (?:are|is) (?:they|mika|kast|it|you) open\b"
            r"|\bwhere (?:are|is) (?:they|mika|kast|stodcentrum|umo)\b(?: located)?"
            r"|\b(?:their|the|your) (?:phone )?number\b"
            # "should I contact socialtjänsten even if I'm not sure?" (set FG).
            r"|\bshould (?:i|we) (?:\w+ )?(?:contact|call|report (?:it |this |her |him )?to|tell|"
            r"reach out to|go to) (?:the )?(?:socialtjansten|social services|soc|police|bris|mika|"
            r"kast|stodcentrum|umo)\b"
            # "I'd like to talk to someone at Mika" (set GS): that service's way in.
            r"|\b(?:talk|speak|chat|get in touch) (?:to|with) (?:someone|somebody|a person|people|"
            r"a counsel+or) (?:at|from) (?:the )?(?:mika\w*|kast|bris|preventell|stodcentrum|umo|"
            r"kvinnofridslinjen)\b",
        ]
    ),
    "human": "|".join(
        [
            # "r u a robot? i need an actual counsellor", "id rather chat with an actual
            # outreach worker", "i want a human", "is anyone there?".
            r"\b(?:real|actual|live|living) (?:human|person|people|counsel+or|outreach worker|"
            r"social worker|worker|staff|adult|someone|somebody|humans)\b"
            r"|\b(?:want|need|wanna|would like|like|prefer|rather have|rather talk to|get me|"
            r"give me) (?:to (?:talk|speak|chat) (?:to|with) )?(?:a |an )?human\b"
            r"|\b(?:someone|somebody|a person|anyone) real\b"
            # "I prefer speaking with a staff member", "can i talk to one of your staff" (GK).
            r"|\b(?:prefer|want|wanna|need|like|rather|can i|could i|may i|let me) (?:to )?"
            r"(?:speak|speaking|talk|talking|chat|chatting|write|writing) (?:to|with) "
            r"(?:a |an |one of (?:the|your) )?(?:staff|staff member|employee|counsel+or|"
            r"volunteer|worker|social worker|outreach worker)s?\b"
            r"|^\W*(?:(?:hello|hi|hey)\W+)?(?:is )?(?:anyone|anybody|someone|somebody) "
            r"(?:there|here|online)\b|\bis (?:anyone|anybody|someone|somebody) (?:there|here|onlin"
            r"e|"
            r"reading this)\b"
            r"|^\W*(?:(?:hello|hi|hey)\W+)?(?:is this|are you|r u|am i (?:talking|chatting|speaking"
            r") "
            r"(?:to|with)) (?:a |an )?(?:bot|robot|ai|machine|computer)\b"
            r"|\b(?:ai|a bot|bot|a robot|robot) or (?:a |an )?(?:real |human|someone|a person|staff"
            r"|"
            r"person)\b"
            # Set GI: "bots freak me out. get me a person", "i want a person not a bot".
            r"|\b(?:get|give|find|send) me (?:a |an )?(?:person|human|real one|staff|worker)\b"
            r"|\b(?:a |an )?(?:person|human|people) (?:not|instead of|rather than) (?:a |an )?"
            r"(?:bot|robot|ai|machine)\b|\bbots? (?:freak|scare|creep|annoy)\w* me\b"
            # "no links. a person. now" (set FQ).
            r"|\b(?:a|one) (?:real )?(?:person|human)\W+(?:now|please|pls|plz)\W*$"
            # "I'd rather speak to someone from your team than an AI" (set FO).
            r"|\b(?:speak|talk|chat|write) (?:to|with) (?:someone|somebody|a person|one of you|"
            r"a member) (?:from|of|in|on) (?:your|the) (?:team|staff|service)\b"
            r"|\b(?:rather|prefer to) (?:speak|talk|chat|write) (?:to|with) (?:\w+ ){1,5}?than "
            r"(?:to |with )?(?:an? )?(?:ai|bot|robot|machine|computer|chatbot)\b"
            r"|\b(?:discuss|talk about|go through) (?:\w+ ){0,3}?with (?:one of )?your (?:outreach "
            r")?"
            r"(?:workers?|staff|team|counsel+ors?)\b"
            r"|\b(?:woman|female|male|real|a|any) (?:worker|counsel+or|person|staff) (?:who|that|to"
            r") "
            r"(?:can )?(?:talk|speak|chat|write)\b"
            r"|\b(?:don'?t|dont|do not) want (?:a |the )?(?:computer|robot|bot|machine|ai) "
            r"(?:answers?|replies|reply|talking)\b"
            r"|\b(?:connect|put|transfer|pass|send) me (?:with|to|through to|on to) (?:a |an |one o"
            r"f )?"
            r"(?:your )?(?:\w+ )?(?:worker|workers|person|human|counsel+or|staff|someone|somebody)"
            r"\b"
            r"|\b(?:don'?t|dont|do not|never) (?:trust|like|want to (?:talk|write) (?:to|with)) "
            r"(?:a |the )?(?:robots?|bots?|machines?|ai|computers?)\b"
            r"|\b(?:talk|speak|chat) (?:to|with) (?:a |an |one of )?(?:your )?(?:counsel+ors?|"
            r"outreach (?:workers?|team)|staff|a staff member|human)\b"
            # "speak to someone who works there, not automatic answers" (set EX).
            r"|\b(?:talk|speak|chat|write) (?:to|with) (?:someone|somebody|a person|a human|people)"
            r" (?:who|that) works? (?:there|here|at \w+|for \w+|with this)\b"
            r"|\bnot (?:an? )?(?:automatic|automated|auto|computer|generic|robot|bot|ai|canned)"
            r"(?:-generated| generated)? (?:answers?|replies|reply|responses?|messages?)\b",
        ]
    ),
    "anonymity": "|".join(
        [
            # Set GS: "is there someone i can talk to about it who wont contact my parents".
            r"\b(?:who|that|which) (?:won'?t|wont|will not|doesn'?t|doesnt|don'?t|dont|do not|does "
            r"not) (?:\w+ )?(?:contact|tell|call|inform|report me to|report to|go to) (?:my |the )?"
            r"(?:parents|mum|mom|dad|family|school|police|social services|socialtjansten|soc)\b",
            # Set GS: "does socialtjänsten or the police get what i write?".
            r"\b(?:does|do|will|would|can|could) (?:socialtjansten|soc|social services|the police|"
            r"police|migration\w*|my parents|my mum|my mom|my dad|my school|anyone|anybody)"
            r"(?: or (?:socialtjansten|soc|social services|the police|police|migration\w*|my "
            r"parents|my mum|my mom|my dad|my school))? (?:get|see|read|receive|have|access) "
            r"(?:access to )?(?:what i (?:write|wrote|say|said)|this chat|my messages|this)\b",
            # Set GR: "will socialtjänsten find out if i talk to you?".
            r"\b(?:will|would|do|does|can) (?:socialtjansten|soc|social services|my parents|my"
            r" mum|my "
            r"mom|my dad|my school|the police|anyone|anybody) (?:\w+ )?(?:find out|know|be told"
            r"|get "
            r"told|see)\b(?=.{0,40}\b(?:talk|write|tell|chat|this|here|you|u)\b)",
            # Set GP: "Is this chat saved? Who gets to see what I write here?".
            r"\b(?:is|are|will|does|do) (?:this|the|my|these|our) (?:chat|conversation|messages?|"
            r"texts?) (?:\w+ )?(?:saved|stored|recorded|logged|kept|read|deleted)\b"
            r"|\bwho (?:gets to |can |will |else |is able to )?(?:see|sees|read|reads) (?:what|the "
            r"things|everything|the stuff) (?:i|we) (?:write|wrote|type|say|send)\b",
            # Set FV: "can i go there and not say my name?".
            r"\b(?:and|but|without|if i|if we|can i|could i) (?:not |dont |don'?t |never )?(?:say|"
            r"saying|give|giving|tell|telling|use|using|show|showing) (?:my|our) (?:real |full )?"
            r"(?:name|names|id|personal number|personnummer|personal id number|social security "
            r"number)\b",
            # Set FL: "is there help where nobody finds out who i am".
            r"\b(?:nobody|no one|noone|no-one) (?:\w+ )?(?:finds? out|knows?|will know|sees?) "
            r"(?:who i am|my name|it'?s me)\b",
            # Set FK: "will they know who i am if i call them?".
            r"\b(?:will|would|can|could|do|does) (?:they|you|u|he|she|anyone|someone|kast|mika|"
            r"bris|"
            r"stodcentrum|preventell) (?:\w+ )?(?:know|find out|see|tell) (?:who i am|my name|my "
            r"number|who's calling|whos calling|it'?s me)\b",
            # "will you report me to the police or social services?", "will they tell my
            # parents", "does it go to my parents".
            r"\b(?:will|would|do|does|are|can|could|must|have to|going to|gonna|has to) "
            # ("do they have to tell the police", set FW: two words between.)
            r"(?:you|u|they|she|he|it|anyone|stodcentrum|bris|mika|kast|umo|the \w+) (?:\w+ ){0,2}?"
            r"(?:report|tell|call|contact|inform|notify|snitch|text|phone|go) (?:\w+ ){0,3}?"
            r"(?:police|cops|social services|socialtjansten|soc|social|parents|mom|mum|dad|family|"
            r"school|husband|wife|boss|migration\w*)\b"
            # "will anyone find out about this chat", "do you save this conversation".
            r"|\b(?:will|would|can|could|does|do) (?:anyone|anybody|someone|people|my \w+|they|"
            r"the police|the school) (?:ever )?(?:find out|know about|see this|read this)\b"
            r"|\b(?:do|does|will|can) (?:you|u|this|it|this chat) (?:\w+ )?(?:save|store|keep|log|"
            r"record|track) (?:this|the|my|our|any|what) ?(?:chat|conversation|messages|data|info"
            r"\w*|"
            r"ip|i write|i say)?\b"
            r"|\bconfidential\b"
            # Set GG, GH: "does anybody else see this chat?", "will anything i write here end
            # up with Migrationsverket?", "are you the police?".
            r"|\b(?:anybody|anyone|someone|somebody|who) else (?:\w+ )?(?:see|sees|read|reads|"
            r"know|knows) (?:this|the|my|what)\b"
            r"|\bend (?:up )?(?:with|at|in) (?:the )?(?:police|cops|migration\w*|social\w*|soc|"
            r"my (?:school|parents|file|record))\b"
            r"|\bare (?:you|u) (?:the |a )?(?:police|cops?|social services)\b"
            r"|\b(?:you|u|they) (?:will|would|gonna|going to) (?:report|tell|call) (?:me |us |it )?"
            r"(?:to )?(?:the )?(?:police|cops|social\w*|migration\w*)\b"
            # Fear of the authorities, in second-language English: "they tell to police or
            # migrationsverket??", "if i call 112 they take me to migration?", "register my
            # name somewhere?", "can i call 112 without they check my visa", "passed on to".
            r"|\b(?:they|you|u|police|mika|kast|bris|112|socialtjansten|social|doctor|hospital)\b "
            r"(?:\w+ ){0,3}?(?:tell|tells|report|reports|send|sends|call|calls|inform|check|checks|"
            r"register|registers|take|takes) (?:\w+ ){0,3}?(?:migration\w*|my visa|visa|papers|my "
            r"name|me back|deport\w*|my wife|my husband|my family)\b"
            r"|\b(?:get|gets|be|is|are) passed on to\b|\b(?:deport|deported|deportation)\b"
            r"|\bwithout (?:my|a|giving (?:my|a)|telling (?:my|a)|saying my) (?:real )?name\b"
            # Set FC: "who can i talk to without getting reported?"
            r"|\bwithout (?:getting|being|me being|me getting|them) (?:reported|found out|"
            r"identified|traced|caught|in trouble)\b"
            # "can i talk to someone without my parents or the police finding out" (set FF).
            r"|\bwithout (?:my |the |anyone |anybody |them )(?:\w+ ){0,4}?(?:finding out|knowing|"
            r"being told|getting told|hearing|seeing)\b"
            r"|\b(?:my )?(?:job|work|boss|employer|wife|husband|family|parents) (?:to |will |would "
            r"|could "
            r"|might )?(?:find out|know)\b(?=.{0,10}$|\W)"
            r"|\b(?:help|call|go|come|talk|see (?:a )?doctor|get help)\b (?:\w+ ){0,3}?without (?:"
            r"\w+ )?"
            r"(?:papers|visa|id|personnummer|documents|permit|samordningsnummer|insurance)\b"
            r"|\b(?:how much|does it|do i (?:have|need) to pay|is it) (?:\w+ )?(?:cost|costs|free)"
            r"\b"
            # Second-language English: "without say my name", "my name stay secret?", "if i go
            # to mika they tell the police?", "police will know?".
            r"|\bwithout (?:say|saying|give|giving|tell|telling|to say|to give) (?:my|the) name\b"
            r"|\bmy name (?:stay|stays|is|will be|will stay|be) (?:\w+ )?"
            r"(?:secret|hidden|private)\b"
            r"|\b(?:they|you|u|she|he|mika|kast|bris|umo|stodcentrum) (?:will |would )?(?:tell|"
            r"call|inform|report to) (?:the |my )?(?:police|polis|social\w*|soc|parents|family|"
            r"university|school|boss|migration\w*)\b"
            r"|\b(?:police|polis|social services|socialtjansten|my parents|my family|migration\w*) "
            r"(?:will|would|can|could)? ?(?:know|find out|see|hear)\b\W*$"
            r"|\b(?:will|would|do|does|can|could) (?:you|u|they|it|she|he) (?:\w+ )?let (?:my|the) "
            r"(?:parents|mom|mum|dad|family|school|police|social services) know\b"
            r"|\b(?:will|would|can|could) (?:my|the) (?:parents|mom|mum|dad|family|school|police|"
            r"social services|husband|wife) (?:\w+ )?(?:find out|know|see|be told|hear)\b",
        ]
    ),
    "law": "|".join(
        [
            # Set FC: "how much trouble am i in legally", "is he in trouble with the law".
            # Set FD: "will the police come for me?", "are the cops coming after us".
            r"\b(?:police|cops|feds) (?:\w+ )?(?:come|coming|comes|after) (?:for|after) "
            r"(?:me|us|him|her|my \w+)\b"
            r"|\b(?:will|could|can|are|is) (?:the )?(?:police|cops) (?:\w+ )?(?:arrest|charge|"
            r"come after|coming after|come for|coming for|find|take|pick up|lock up) "
            r"(?:me|us|him|her|my \w+)\b|"
            r"\bhow much trouble (?:am i|are we|is (?:he|she|my \w+)|will (?:i|he|she) be) in\b"
            r"|\b(?:am i|are we|is (?:he|she|my \w+)|will (?:i|he|she) be|could (?:i|he|she) be|"
            r"can (?:i|he|she) get) in (?:\w+ )?trouble (?:legally|with the (?:law|police|cops))\b",
            # "does that still count as buying sex?", "can they deport me for selling?", "Can I
            # report this?".
            r"\b(?:does|would|will|is) (?:that|it|this) (?:still )?(?:count|counted) as (?:buying|"
            r"selling|prostitution|a crime|sex)\b"
            # "is that the same as buying sex in swedish law??" (set GK).
            r"|\b(?:is|was) (?:that|it|this) (?:the same as|the same thing as|like) (?:buying|"
            r"selling|paying for) sex\b|\b(?:in|under|by|according to) swedish law\b"
            # "am i breaking swedish law even as a foreigner?" (set GL).
            r"|\b(?:am i|are we|is (?:he|she|it|that|this)|would i be|will i be|would that be|"
            r"would it be) (?:\w+ )?breaking (?:the |any |a |swedish )?laws?\b"
            # "now im scared police will come" (set GM).
            r"|\b(?:scared|afraid|worried|terrified|paranoid) (?:that )?(?:the )?(?:police|cops) "
            r"(?:will|might|are going to|gonna|could) (?:come|find|knock|call|track|catch)\b"
            r"|\bdeport(?:ed)? (?:me|us|her|him) (?:\w+ )?for (?:selling|this|that|working|sex)\b"
            r"|\bcan (?:i|we) (?:report|press charges)\b"
            # "Can I even go to the police when I sell sex myself?" (set EX).
            r"|\bcan (?:i|we|she|he) (?:even |still |really )?(?:go to|report (?:it )?to|call|conta"
            r"ct)"
            r" the (?:police|cops)\b.{0,40}?\b(?:when|if|even though|though|as|since) (?:i|we|she|h"
            r"e)"
            r" (?:\w+ )?(?:sell|sells|selling|sold|work|escort|am|is|was)\b",
            r"\b(?:get|be|getting|being|end up) in trouble\b|\bpunish\w*|\bpenalt\w*"
            r"|\b(?:am i|are we|is he|is she|will i be|will we be|could i be|could we be) "
            r"(?:\w+ )?in trouble\b"
            r"|\b(?:get|gets|getting) caught\b|\bcriminal record\b|\bagainst the law\b"
            r"|\b(?:go|get sent|be sent|end up) (?:to|in) (?:jail|prison)\b"
            r"|\bwhat (?:happens|will happen|would happen|could happen) to (?:him|her|them|the (?:"
            r"man|"
            r"guy|buyer|client|customer|men|guys))\b"
            r"|\b(?:do|must|should|shall) (?:i|we) (?:have to |need to )?report (?:it|this|him|her|"
            r"them|that)\b|\b(?:have|need) to report (?:it|this|him|her|them|that)\b"
            r"|\b(?:arrest|arrested|arresting) (?:me|us)\b|\b(?:get|be|being) arrested\b"
            r"|\bbreaking the law\b|\b(?:am i|is (?:it|that|this)) (?:\w+ )?(?:illegal|legal|a crim"
            r"e)\b"
            r"|\b(?:running|run|runs) a brothel\b"
            # Set FV, FW: "my boss take my passport, is this allowed in sweden?", "my mate says
            # paying for cam shows isnt buying sex so its fine. true?".
            r"|\bis (?:this|that|it) (?:\w+ )?(?:allowed|permitted) (?:in sweden|here|by law|"
            r"legally)\b"
            # "is it ok to sell pics now that im 18?", "am i allowed to charge for cam shows".
            r"|\b(?:is it|its|it'?s|is that) (?:\w+ )?(?:ok|okay|fine|alright|allowed) "
            r"(?:for (?:me|us|him|her) )?(?:to|if (?:i|we|you)) (?:\w+ ){0,2}?"
            r"(?:sell|selling|buy|buying|pay|paying|take money|get paid|charge|charging)\b"
            r"|\bis (?:this|that|it) (?:\w+ )?(?:buying|selling|paying for) sex\b"
            r"|\bam i (?:the )?(?:criminal|one (?:committing|breaking)|breaking the law)\b"
            r"|\b(?:am i|are we|is she|is he) allowed to (?:\w+ ){0,2}?(?:sell|buy|pay|charge|take "
            r"money|get paid)\b"
            r"|\b(?:says?|said|claims?|told me|thinks?)\b.{0,60}?\b(?:isn'?t|isnt|is not|not|"
            r"doesn'?t count as|doesnt count as) (?:really |actually )?(?:buying|selling|illegal|a "
            r"crime|prostitution)\b"
            # Set FU: "do people who buy sex just get a fine here?" ("just fine" is not one).
            r"|\b(?:get|gets|got|getting|given|pay|paying) (?:a )?fines?\b|\b(?:just|only) a fine\b"
            # Set GO: "if i buy sex they only give fine?".
            r"|\b(?:give|gives|giving|gave) (?:you |me |him |them |only |just )*(?:a )?fines?\b"
            r"|\b(?:be|get|gets|got|getting|been|being) fined\b"
            # "Am I legally required to report this", "mandatory reporting", "duty to report".
            r"|\b(?:legally |required |obliged |obligated )?(?:required|obliged|obligated|duty|"
            r"mandatory) (?:to )?report\w*\b|\bmandatory report\w*\b|\breporting (?:duty|"
            r"obligation)\b",
        ]
    ),
}
