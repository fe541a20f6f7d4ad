"""Classes of English message the blind English sets (EC, ED, EE) showed the bot misreading.

Every case is in new words, not copied from the sets, and is answered with the
`language` slot set to "en". The classifier's reading is wrong or unsure on
purpose: the answer must come from what the message says (engine/nlu/lexicon/
english.py, engine/nlu/crisis.py, engine/nlu/situation.py), not from a lucky intent.
"""

import re

import pytest

from engine.nlu.situation import analyze, rule_asks, rule_signs
from tests.actions.conftest import respond_to
from tests.actions.test_actions import bubbles, handover, texts

# What a reader sees in an English reply (as scripts/eval_routing.py reads it).
SAID = {
    "112": r"\b112\b",
    "90101": r"90101|Självmordslinjen",
    "mika": r"Mikamottagningen|\bMika\b",
    "kast": r"\bKAST\b",
    "stodcentrum": r"Stödcentrum",
    "preventell": r"Preventell",
    "bris": r"\bBRIS\b|116 111",
    "police": r"114 14|\bPolisen\b",
    "kvinnofridslinjen": r"Kvinnofridslinjen|020-50 50 50",
    "1177": r"\b1177\b",
    "umo": r"\bUMO\b",
    "socialtjanst": r"[Ss]ocialtjänsten",
    "ask_age": r"[Aa]re you under 18|[Ii]s the person you are worried about under 18",
    "anonymity": r"[Yy]ou are anonymous here|do not save anything that can show|not save any IP",
    "law": r"\bcrime\b|illegal|punish|[Pp]rison",
    "worker": r"asking an outreach worker to take over",
}


async def told_in_english(text, intent, must, must_not, confidence=0.6):
    messages, _ = await respond_to(text, intent, confidence, language="en")
    said = texts(messages)
    for name in must:
        assert re.search(SAID[name], said), (text, name, said)
    for name in must_not:
        assert not re.search(SAID[name], said), (text, name, said)
    assert len(bubbles(messages)) <= 3
    if must and must[0] == "112":
        assert re.search(SAID["112"], bubbles(messages)[0]), (text, said)
    return messages


CASES = [
    # Second-language English (set EH): force, hiding now, health, anonymity, school staff.
    ("i am 29. a client make sex with me by force yesterday, i am hurt", "sells_sex",
     ["mika", "kvinnofridslinjen", "1177"], ["kast", "preventell"]),
    ("i am 26, i hide in the toilet, he is behind the door with knife", "chitchat",
     ["112"], ["kast", "preventell"]),
    ("romanian, 31. i work with men and want test my blood, where is doctor who not judge",
     "sells_sex", ["mika", "1177"], ["kast", "preventell"]),
    ("i am 35, i sell sex. i can go to mika without give my name?", "sells_sex",
     ["mika", "anonymity"], ["kast"]),
    ("school nurse here, one of my students say an old man give her money for sex",
     "professional_advice", ["stodcentrum", "socialtjanst"], ["kast", "preventell"]),
    # Staff telling of someone in their care ("told me" is no deed done to the writer).
    ("one of our residents, 15, told me a man at the mall pays her for sex",
     "sells_sex", ["stodcentrum", "socialtjanst"], ["mika", "kast"]),
    ("one of the kids, 14, texted me that older guys give him weed for sex stuff",
     "sells_sex", ["stodcentrum"], ["mika", "kast", "ask_age"]),
    # Paid in kind: something given, then something asked back or done "in return".
    ("im 14, an older guy covers my bus card and i have to do sexual stuff with him in return",
     "chitchat", ["stodcentrum", "bris"], ["mika", "kast", "preventell"]),
    ("i'm fifteen, i crash at some dude's flat and in exchange i let him do what he wants",
     "professional_advice", ["stodcentrum", "bris"], ["mika", "kast"]),
    ("this man lets me stay at his place on weekends but then expects things back. im 16",
     "chitchat", ["stodcentrum", "bris"], ["mika", "kast"]),
    ("im 15 and i get free vapes and lifts from him if i let him touch me", "greet",
     ["stodcentrum", "bris"], ["mika", "kast"]),
    ("i trade pics for weed sometimes, im 16", "chitchat", ["stodcentrum", "bris"], ["mika"]),
    ("32, he pays my bills and in return i sleep with him. is there support for that",
     "chitchat", ["mika"], ["stodcentrum", "kast", "preventell"]),
    # Second-language grammar: "I am have 17 years", "the man give me room".
    ("I am have 17 years. the man give me room and food, I must do sex things for it",
     "chitchat", ["stodcentrum", "bris"], ["mika", "kast"]),
    ("some guy on tiktok is offering 1500 to hook up, should i", "chitchat", ["ask_age"],
     ["kast", "preventell"]),
    ("28, massage w extras is my job and a customer wont pay what he owes", "chitchat",
     ["mika"], ["stodcentrum", "kast"]),
    # Crises in English: pills taken, the bridge or the tracks, a noose, "better if i was dead".
    ("swallowed a whole pack of my mums tablets", "chitchat", ["112", "90101"],
     ["preventell", "kast"]),
    ("i keep staring at the train tracks and i dont trust myself", "chitchat", ["112", "90101"],
     ["preventell", "kast"]),
    ("honestly it would be better if i was dead than do this again", "coerced_exploited",
     ["112", "90101"], ["preventell"]),
    ("there is a noose in my wardrobe", "chitchat", ["112", "90101"], ["preventell", "kast"]),
    # Danger now: someone waiting outside, a drink that made one dizzy, a friend's "sos".
    ("im 13 and the man from the game is parked outside my school right now", "chitchat",
     ["112", "stodcentrum"], ["mika", "kast", "preventell"]),
    ("a guy at the party handed me a drink and now im dizzy and cant stand up", "chitchat",
     ["112"], ["preventell", "kast"]),
    ("my friend keeps messaging me sos from some guys flat", "relative_sells_sex", ["112"],
     ["kast", "preventell"]),
    # A child paid and now in crisis keeps the youth services beside 112.
    ("im 17, after everything i did for cash i want to die", "suicidal",
     ["112", "90101", "stodcentrum", "bris"], ["mika", "kast"]),
    ("my brother's mate sells me to older men since last year and i wanna be dead. im 15",
     "suicidal", ["112", "90101", "stodcentrum", "bris"], ["mika", "kast"]),
    # Coerced: passed on to others, moved around, papers taken (second-language grammar).
    ("my ex pimps me out to his mates, im 24", "chitchat", ["mika", "police"],
     ["stodcentrum", "preventell"]),
    ("he take my passport and decide which customers I see. I am 29", "chitchat",
     ["mika", "police"], ["stodcentrum", "preventell"]),
    ("the boss drives us to a new town every week and keeps our money, 26", "chitchat",
     ["mika", "police"], ["preventell"]),
    # Relatives: someone close buys (KAST); an adult son paid by men (Mika, not KAST).
    ("my partner has been buying sex behind my back, what help is there for me",
     "relative_sells_sex", ["kast"], ["stodcentrum", "preventell"]),
    ("my son is 23 and i think guys give him cash for sex", "relative_buys_sex",
     ["mika"], ["kast", "stodcentrum"]),
    ("my 14 year old stepdaughter gets gifts from a grown man she met online",
     "chitchat", ["stodcentrum", "socialtjanst"], ["mika", "kast"]),
    # Professionals named by their English role.
    ("school counsellor here, a pupil in grade 8 is being paid by adults for pictures",
     "chitchat", ["socialtjanst", "stodcentrum"], ["mika", "kast"]),
    ("youth club worker. some of the kids get picked up by older guys in fancy cars",
     "chitchat", ["socialtjanst", "stodcentrum"], ["mika", "kast"]),
    ("I'm a GP. a patient of mine keeps paying for escorts and wants to stop, where do i "
     "send him", "professional_advice", ["kast"], ["stodcentrum", "preventell"]),
    ("police officer here, we met a woman selling sex from a flat, age unknown. who do we "
     "involve", "ask_anonymity", ["mika", "socialtjanst"], ["kast", "preventell"]),
    # Buyers under 18.
    ("im 16 and i paid a girl from snap to send me nudes", "sells_sex", ["kast", "bris"],
     ["stodcentrum"]),
    ("im 17, me and a mate booked a hooker. are we in trouble", "chitchat",
     ["kast", "bris", "law"], ["stodcentrum"]),
    # One's own unwanted sexuality: images of minors, thoughts about kids.
    ("i've been saving videos of underage girls and i hate myself", "chitchat",
     ["preventell"], ["stodcentrum", "kast"]),
    ("sometimes i fantasise about little kids and it disgusts me", "suicidal",
     ["preventell"], ["stodcentrum", "kast"]),
    ("im 17 and i watch stuff with kids younger than me online, i need to stop", "buys_sex",
     ["preventell", "bris"], ["kast"]),
    # Assault, spread images and health in English.
    ("a client groped me and wont stop messaging, im 30", "chitchat",
     ["mika", "kvinnofridslinjen"], ["preventell"]),
    ("photos of me from year 8 are circulating in a discord, im 15", "chitchat",
     ["bris", "stodcentrum"], ["mika", "kast"]),
    ("sold sex last month and now i have weird bumps down there, im 25", "chitchat",
     ["mika", "1177"], ["stodcentrum", "kast"]),
    # Questions: the law, and whether the bot tells anyone.
    ("im 15 and an older guy pays me, can i be punished for this", "chitchat",
     ["stodcentrum", "law"], ["mika"]),
    ("will you call the cops if i tell you i sell sex", "chitchat", ["anonymity"],
     ["kast", "preventell"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES)
async def test_english_is_understood_whatever_the_classifier_says(text, intent, must, must_not):
    await told_in_english(text, intent, must, must_not)


@pytest.mark.parametrize(
    "text",
    [
        "could i speak to an actual human please",
        "are you real? i'd prefer a human",
        "is anybody there? i want someone real not a bot",
    ],
)
async def test_asking_for_a_human_in_english_calls_a_worker(text):
    messages, _ = await respond_to(text, "bot_challenge", 0.9, language="en")
    assert handover(messages), texts(messages)


@pytest.mark.parametrize(
    "text",
    [
        "if i ring bris will they let my mum know",
        "would you report me to social services if i told you everything",
        "can my boyfriend ever find out about this chat",
        "does this chat store what i write",
    ],
)
def test_fearing_a_report_in_english_is_an_anonymity_question(text):
    assert "anonymity" in rule_asks(text)


@pytest.mark.parametrize(
    "text, sign",
    [
        ("he make me see his friends for money and he keep everything", "coercion"),
        ("since last summer she sells me to her cousins", "coercion"),
        ("they're sending me to another city tomorrow, i dont want to go", "coercion"),
        ("someone else writes my ads and picks which clients i see", "coercion"),
        ("a man who bought me a phone wants pics now", "exchange"),
        ("i get paid in weed for doing things with older guys", "exchange"),
        ("he pays for my gym and in exchange he gets what he wants", "exchange"),
        ("my wife has been visiting prostitutes", "buying"),
        ("our son went missing last night with an older guy from discord", "danger"),
        ("i swap nudes for a place to sleep", "exchange"),
        ("she keeps forcing me to see clients at night", "coercion"),
        ("they said i have to pay off the flight by seeing men", "coercion"),
        ("he kept going even though i said stop", "sexual_violence"),
        ("i can stay over at his flat if i hook up with him", "exchange"),
        ("he gave me something to drink and i feel really strange", "danger"),
        ("she's waiting outside my door right now", "danger"),
        ("thoughts of dying every single night", "suicidal"),
        ("took like 30 pills an hour ago", "suicidal"),
    ],
)
def test_english_signs_are_read(text, sign):
    assert sign in rule_signs(text), rule_signs(text)


@pytest.mark.parametrize(
    "text, sign",
    [
        # An exchange student is not paid in kind; a parent's kids are not urges.
        ("im an exchange student in stockholm, can i still get help here", "exchange"),
        ("i think about my kids a lot since the divorce", "unwanted"),
        # Pills taken as prescribed are no overdose; a daughter paid is not a buyer.
        ("i take lots of pills every day for my asthma", "suicidal"),
        ("my niece is 16 and i think she is being paid for sex by men", "buying"),
        # A parent picking a child up, no threat, is no danger.
        ("my dad waits outside after football practice", "danger"),
        # A rope on a climbing trip is not a noose.
        ("we tied the rope around the tree for the tent", "suicidal"),
        # A home where the writer works is no professional's workplace.
        ("a man hurt me and forced me. i work in his house", "professional"),
    ],
)
def test_everyday_english_is_not_a_sign(text, sign):
    assert sign not in rule_signs(text), rule_signs(text)


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend sells me to his friends",
        "my cousin makes me meet men for money",
    ],
)
def test_done_to_the_writer_by_someone_close_is_the_writers_own(text):
    assert analyze(text, "chitchat", 0.1).concerned == "self"


@pytest.mark.parametrize(
    "text",
    [
        "i found out my dad pays women for sex",
        "my sister is 19 and i found ads for her on an escort site",
        "a girl in my class says she has to sleep with older guys to pay off a debt",
    ],
)
def test_someone_close_told_of_in_english_is_someone_else(text):
    assert analyze(text, "chitchat", 0.1).concerned == "other"


async def test_the_writer_among_those_held_is_asked_their_age_not_sent_as_staff():
    # "keeps us", "we must go with men": the writer is one of them, not someone reporting.
    messages, _ = await respond_to(
        "the man who holds us says we have to go with men tonight, we are two girls",
        "coerced_exploited", 0.6, language="en")
    said = texts(messages)
    assert "Are you under 18" in said and "socialtjänsten" not in said


# Classes three more blind English sets (EI, EJ, EK: teenagers, crises, second-language
# writers) showed; each case in new words.
CASES_EIJK = [
    # The writer is the buyer, whatever was done to her: KAST, and 112 first when now.
    ("im a client, in a flat right now and the girl whispers a man took her passport and she "
     "cant go", "acute_danger", ["112", "kast"], ["preventell"]),
    ("Paid for a woman at a massage place, afterwards she said she was only 15. What now?",
     "professional_advice", ["kast"], ["preventell"]),
    ("I met a lady through an ad and paid her, later I learned she is in year 9",
     "relative_sells_sex", ["kast"], ["preventell"]),
    # Someone close, told of first: their route, not the writer's.
    ("My cousin is 16, she goes to a flat where men who pay her are waiting", "sells_sex",
     ["stodcentrum", "socialtjanst"], ["kast", "preventell"]),
    ("my little sister (15) just sent me her location, shes at a hotel with men who pay her "
     "and scared", "acute_danger", ["112", "stodcentrum", "socialtjanst"], ["preventell"]),
    # Wishing to die, in new words: 112 and 90101 first, and the route of what is done.
    ("i just want to disappear for good. im 17 and the guy who pays me wont stop", "chitchat",
     ["112", "90101", "stodcentrum", "bris"], ["mika"]),
    ("on the platform thinking about lying in front of the train. 30, years of clients",
     "chitchat", ["112", "90101"], ["kast"]),
    ("I think to jump off the balcony, I am 40 and they make me go with clients", "chitchat",
     ["112", "90101"], ["kast", "preventell"]),
    ("ending it tonight. sorry for bothering", "buys_sex", ["112", "90101"], ["kast"]),
    # Danger now, in new words.
    ("hes coming to pick me up in 15 min to take me to some men, i dont want to. im 16",
     "coerced_exploited", ["112", "stodcentrum"], ["mika"]),
    ("i took what the man gave me and now i cant move my legs, im 19", "chitchat", ["112"], []),
    ("he raped me 2 hours ago, i am 30 and i am bleeding", "sexual_assault", ["112"],
     ["preventell"]),
    ("the client is hitting her right now in the room next door, we are both 24", "chitchat",
     ["112"], ["preventell"]),
    # A seller's own clients are her exchange; nothing about "your thoughts".
    ("after my last client tonight i feel so empty. 28", "relative_unwanted_sexuality",
     ["mika"], ["preventell"]),
    ("8 clients a day and i am so tired, 31", "relative_unwanted_sexuality", ["mika"],
     ["preventell"]),
    # Abuse told without the words is no one's urges.
    ("my uncle does stuff to me when mum is at work, i'm 11", "relative_unwanted_sexuality",
     ["bris"], ["preventell"]),
    # The writer's own urges, health, a professional's reporting question.
    ("i watch videos that are way too young and i hate myself, cant stop", "chitchat",
     ["preventell"], []),
    ("my period is late and i'm 15, scared to go alone", "inform_age", ["umo", "bris"], []),
    ("nursing student on placement. a patient, 19, told me she sells sex. where do i refer?",
     "chitchat", ["mika"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_EIJK)
async def test_more_english_classes_are_understood(text, intent, must, must_not):
    await told_in_english(text, intent, must, must_not)


@pytest.mark.parametrize(
    "text, ask",
    [
        ("Am I legally obliged to report this, and to whom?", "law"),
        ("put me through to a real worker please, i dont trust bots", "human"),
    ],
)
def test_more_english_questions_are_read(text, ask):
    assert ask in rule_asks(text), rule_asks(text)


def test_a_message_to_the_writer_is_no_deed_done_to_them():
    situation = analyze("my friend is 14, she sent me 'help' from a car with two older guys "
                        "who give her weed for sex", "chitchat", 0.1)
    assert situation.concerned == "other"


@pytest.mark.parametrize(
    "text, sign",
    [
        # Wanting out, the selling named; driven to the men; the writer's own urge to force.
        ("took down every escort profile last week and want to stay out for good", "exit"),
        ("how can i get out of camming, it eats me", "exit"),
        ("he takes us to hotels and we dont know the men", "coercion"),
        ("i feel i want rape a girl sometimes, i am afraid of it", "unwanted"),
    ],
)
def test_english_exit_transport_and_own_urges_are_read(text, sign):
    assert sign in rule_signs(text), rule_signs(text)


@pytest.mark.parametrize(
    "text, sign",
    [
        # A buyer stopping is no seller leaving; the writer's own urge is no victim's sign.
        ("i want to stop paying for escorts", "exit"),
        ("i feel i want rape a girl sometimes, i am afraid of it", "coercion"),
    ],
)
def test_english_exit_and_urges_are_not_misread(text, sign):
    assert sign not in rule_signs(text), rule_signs(text)


# Classes two more blind sets showed (EL: second-language anonymity, urges, violence, buyers,
# staff; EM: native adults in the trade's and the buyers' own words); new words each.
CASES_ELM = [
    # The trade's own words are the writer's own selling: Mika, never KAST.
    ("provider here, 34, outcalls mostly. is there anyone for the practical side of it",
     "chitchat", ["mika"], ["kast", "preventell"]),
    ("been camming for two years and started some meets with regulars, 27", "chitchat",
     ["mika"], ["kast"]),
    # A buyer in his own words: KAST, never Mika.
    ("Spent way too much money this year on escorts, I'm 44 and want to stop", "sells_sex",
     ["kast"], ["mika"]),
    ("the last woman i booked had someone else answering her phone, im 50. what do i do",
     "coerced_exploited", ["kast"], ["mika", "preventell"]),
    ("i go to massage parlour every week, have wife. is this crime for me?", "sells_sex",
     ["kast", "law"], ["mika"]),
    # Own urges, told with shame: Preventell, also beside a job named.
    ("i am a swim coach and i feel attraction for young girls in my group, nothing happened",
     "professional_advice", ["preventell"], ["socialtjanst"]),
    ("im 16 and attracted to children way younger than me, it makes me sick", "chitchat",
     ["preventell", "bris"], []),
    # Assault told without the words.
    ("i am 33. a client touch me everywhere after i said stop, i cannot sleep", "chitchat",
     ["mika", "kvinnofridslinjen"], ["preventell"]),
    # Fear of the authorities in second-language English is an anonymity question.
    ("i sell sex, 30, if i go to doctor they tell migration? i have no papers", "sells_sex",
     ["mika", "anonymity"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_ELM)
async def test_the_trades_and_the_buyers_own_words_are_understood(text, intent, must, must_not):
    await told_in_english(text, intent, must, must_not)


@pytest.mark.parametrize(
    "text, ask",
    [
        ("How can I get hold of KAST, where are they?", "contact"),
        ("will they arrest me if i call the police about a violent client", "law"),
        ("is there woman worker who can talk with me", "human"),
    ],
)
def test_english_contact_law_and_human_questions_are_read(text, ask):
    assert ask in rule_asks(text), rule_asks(text)


@pytest.mark.parametrize(
    "text",
    [
        # A helper's job is no professional's own urge; a buyer is not the one paid.
        "my clients at the clinic are mostly students",
        "i want to stop paying for escorts",
    ],
)
def test_a_workers_clients_and_a_buyers_stop_are_not_selling(text):
    assert "exchange" not in rule_signs(text), rule_signs(text)


# Classes sets EN (buyers, control, staff), EO (teenagers, age said without a number,
# crises) and EP (short messages, late facts) showed; new words each.
CASES_ENOP = [
    # A buyer in a punter's words, and one who walked out on a child: KAST, 112 first now.
    ("punter here, been seeing the same two ladies for years, is that even legal", "sells_sex",
     ["kast"], ["mika"]),
    ("booked a girl at a hotel tonight, she looks 13 max and a man waits in the car outside",
     "acute_danger", ["112", "kast"], ["preventell"]),
    # Under 18 said without a number.
    ("too young to drive but a man pays me for pics every week", "sells_sex",
     ["stodcentrum", "bris"], ["mika"]),
    ("my 15th birthday is next month and a guy gives me vapes for nudes", "sells_sex",
     ["stodcentrum", "bris"], ["mika"]),
    # Crises in a teenager's words.
    ("nobody would miss me anyway. year 10 and i do stuff with men for money", "chitchat",
     ["112", "90101", "stodcentrum"], ["mika"]),
    ("a guy i sell to is picking me up in 10 mins, hes hit me before", "sells_sex", ["112"], []),
    ("my ex pimp is trying to kick the door in rn, 26", "chitchat", ["112"], ["preventell"]),
    # A bed for sex is selling; spread nudes are images spread.
    ("i sleep with guys so i have a place to stay, im 19", "chitchat", ["mika"],
     ["preventell", "kast"]),
    ("im 16 and a guy is selling my nudes in a discord, sending them to everyone", "chitchat",
     ["bris", "stodcentrum"], ["mika"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_ENOP)
async def test_teenagers_buyers_and_short_messages_are_understood(text, intent, must, must_not):
    await told_in_english(text, intent, must, must_not)


@pytest.mark.parametrize("text", ["is this a bot??", "hello? am i talking to ai or a person"])
async def test_asking_whether_it_is_a_bot_calls_a_worker(text):
    messages, _ = await respond_to(text, "bot_challenge", 0.9, language="en")
    assert handover(messages), texts(messages)


async def test_a_services_number_is_given_in_a_sentence_in_english():
    # The service last named (as "whats the number to bris" leaves it for the action).
    messages, _ = await respond_to("whats the number", "ask_contact", 0.9, language="en",
                                   slots={"referred_services": ["bris"]})
    said = texts(messages)
    assert "This is how you reach BRIS:" in said and "116 111" in said


async def test_a_crisis_written_as_the_young_write_gets_the_youth_route_not_mika():
    # No age written, the minor model reads a child: the youth route in the crisis, and the
    # age asked once after it (sets BS, BY), so that an adult can say so.
    messages, slots = await respond_to(
        "he is outside the door now and wont go away, i have school tomorrow", "acute_danger",
        0.95, language="en", young=True,
    )
    said = texts(messages)
    assert re.search(SAID["112"], bubbles(messages)[0]), said
    assert "Stödcentrum" in said and re.search(SAID["bris"], said), said
    assert "Mikamottagningen" not in said
    assert "Are you under 18?" in bubbles(messages)[-1] and len(bubbles(messages)) <= 3
    assert slots.get("awaiting") == "age_self"
    last = [m for m in messages if m.get("text")][-1]
    assert [b["title"] for b in last.get("buttons") or []] == ["Under 18", "18 or older"]


async def test_an_adult_age_after_a_crisis_guessed_young_gets_the_adult_route_and_112():
    messages, _ = await respond_to(
        "im 24", "inform_age", 0.9, language="en",
        slots={"crisis": "danger", "awaiting": "age_self", "asked_age_self": True},
    )
    said = texts(messages)
    assert re.search(SAID["112"], said) and "Mika" in said, said


# Classes sets EQ (control told without the words) and ER (relatives and staff) showed.
CASES_EQR = [
    ("they say i still owe them 30 000 for the flat and the trip, 28", "sells_sex",
     ["mika", "police"], ["kast"]),
    ("he books the men and i get like 30 percent, im 24", "sells_sex", ["mika", "police"], []),
    ("dad here. son is 16 and i think older men pay him, what do we do", "sells_sex",
     ["stodcentrum", "socialtjanst"], ["mika", "kast"]),
    ("My brother is 25 and does paid cam shows, he seems so low. who can help him?", "buys_sex",
     ["mika"], ["kast"]),
    ("School librarian. A boy who can't be more than 13 says he makes money off older guys.",
     "chitchat", ["socialtjanst", "stodcentrum"], ["mika", "kast"]),
    ("our neighbour's daughter left a goodbye note, she is 20 and her boyfriend sells her",
     "chitchat", ["112", "90101"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_EQR)
async def test_control_relatives_and_staff_are_understood(text, intent, must, must_not):
    await told_in_english(text, intent, must, must_not)


# Sets ES-EV: young buyers, children paid in kind or offered money, a child's own urges, a
# face put on porn, threats with a deadline, adults held by a "boss", staff and the duty to
# report.
CASES_ESV = [
    ("im 16, me and my friend sent a girl 300 each for pics of her", "sells_sex",
     ["kast", "bris"], ["mika", "preventell"]),
    ("she gave me a blowjob for 200 after the party. im 17 and feel weird about it",
     "sells_sex", ["kast", "bris"], ["mika", "preventell"]),
    ("im 15 and thinking about paying a girl for sex, where do ppl even go", "sells_sex",
     ["kast", "bris"], ["mika"]),
    ("how much does it cost to book a woman for an hour here", "ask_anonymity", ["kast"], []),
    ("we went with the guys from work to the women in a flat and paid, one looked scared",
     "coerced_exploited", ["kast"], ["mika"]),
    ("a guy sends me vapes and i send him videos, im 14", "chitchat",
     ["stodcentrum", "bris"], ["mika", "kast"]),
    ("a man on insta is offering 500 for a pic of me. im 13", "ask_law_minors",
     ["stodcentrum", "bris"], ["mika", "kast"]),
    ("15. i keep going home with older guys for weed and i hate it", "suicidal",
     ["stodcentrum", "bris"], ["mika", "kast", "90101"]),
    ("im 14 and i get urges to touch my baby cousin, i hate myself for it", "sexual_assault",
     ["preventell", "bris"], ["stodcentrum", "kast"]),
    ("someone put my face on a nude pic and shared it in the group chat, i'm 15",
     "relative_sells_sex", ["bris", "stodcentrum"], ["mika", "kast"]),
    ("they will hurt my mum if i dont come to the flat tonight. im 16", "suicidal",
     ["112", "stodcentrum", "bris"], ["kast", "preventell", "90101"]),
    ("the men who raped me said they come back tonight. i am 30", "sexual_assault",
     ["112", "police", "mika"], ["kast"]),
    ("my boyfriend is smashing plates and yelling that im next. 25 btw", "coerced_exploited",
     ["112", "police"], ["kast"]),
    ("we are three girls, the owner holds all our passports and we have to see clients, 27",
     "out_of_scope", ["mika", "police"], ["kast"]),
    ("if a pupil tells me that older men pay her, must I report it? she is 14",
     "professional_advice", ["socialtjanst", "stodcentrum"], ["kast", "mika"]),
    ("need testing, i meet clients, 31 woman", "health_question", ["mika"], ["umo", "kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_ESV)
async def test_young_buyers_threats_and_held_adults_are_understood(text, intent, must, must_not):
    await told_in_english(text, intent, must, must_not)


def test_an_age_told_of_her_alone_is_hers():
    """A later turn told of her alone ("she just turned 16, in year 10") gives her age."""
    from engine.nlu.age import find_ages

    roles = [m.role for m in find_ages("she just turned 16, in year 10")]
    assert roles == ["other", "other"]


def test_an_age_in_a_contact_question_is_no_urge():
    """"get in touch with bris, im 15": the unsure classifier's urges are not the writer's."""
    situation = analyze("how can i get in touch with bris? im 15", "urge_to_force", 0.56)
    assert "unwanted" not in situation.signs
    assert "contact" in situation.asks


def test_told_of_her_alone_is_someone_elses():
    """"she gets her rent paid by an older guy": no word of the writer, so hers."""
    situation = analyze("she gets her rent paid by an older guy she met online", "sugar_dating",
                        0.8)
    assert situation.concerned == "other"


def test_a_journey_for_work_that_was_not_is_the_writers_own_not_a_professionals():
    """"I came for a job in a hotel ... I work with clients": a victim, not staff asking."""
    situation = analyze(
        "I came to sweden for a job in a hotel but there was no hotel, now I work with clients "
        "for the man who bought my ticket", "professional_advice", 0.8)
    assert situation.concerned == "self"


def test_a_question_is_answered_when_the_urges_reading_is_refused():
    """"how do i reach umo? im 16": an age and a question, no urges: the question."""
    from engine.nlu.situation import decide_intent

    situation = analyze("how do i get in touch with umo? im 16", "urge_to_force", 0.6)
    assert decide_intent("urge_to_force", situation, True, 0.6) == "ask_contact"


# Sets EX-EY: a child with the one who pays, now, told by an adult; a paid child who thinks
# of dying; made to go in or get in now; suicidal thoughts in new words.
CASES_EXY = [
    ("My niece, 14, went off with a man who pays girls for sex an hour ago and she isn't "
     "answering", "relative_sells_sex", ["112", "stodcentrum", "socialtjanst"], ["mika", "kast"]),
    ("HVB staff: one of our girls is at a buyer's flat right now", "professional_advice",
     ["112", "stodcentrum", "socialtjanst"], ["kast", "mika"]),
    ("im 16 and i meet him for money and after i cut myself, i dont want to live anymore",
     "sells_sex", ["112", "90101", "stodcentrum", "bris"], ["mika", "kast"]),
    ("he parked outside the mall and says if i dont get in he posts my pics. im 15", "chitchat",
     ["112", "stodcentrum", "bris"], ["mika", "kast"]),
    ("30, selling for years and lately I have been googling ways to die", "sells_sex",
     ["112", "90101", "mika"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_EXY)
async def test_a_child_with_the_payer_now_and_new_crises_are_understood(text, intent, must,
                                                                       must_not):
    await told_in_english(text, intent, must, must_not)


def test_an_age_owned_by_the_writer_is_someone_elses():
    """"my 15yo", "a 16yo resident": the age of someone the writer owns or describes."""
    from engine.nlu.age import find_ages

    for text in ("worried about my 15yo, she has new stuff", "a 16yo resident ran off",
                 "my nephew (born 2011) gets money from men"):
        assert [m.role for m in find_ages(text)] == ["other"], text


@pytest.mark.parametrize(
    "text",
    [
        "My son (16) just sent me a text that the men won't let him leave the flat",
        "our foster daughter 14 is at a buyer's flat right now, she's not picking up",
        "My grandaughter is 13 and a man pays her with vapes, she is with him tonight",
    ],
)
def test_a_child_named_first_with_a_message_sent_or_a_foster_child_is_someone_else(text):
    """A message sent to the writer is no deed done to them; a foster child's age is theirs."""
    situation = analyze(text, "relative_sells_sex", 0.8)
    assert situation.concerned == "other"
    assert "danger" in situation.signs


# Sets EX-EZ (sixteenth session): the man's age is not the child's; staff named after two
# words; sold by a boyfriend; a man waiting in the home now; a sister at his flat now; a
# young buyer who scrolls escort ads; the writer who says she is the girl asked about.
CASES_EZ = [
    ("Youth worker. one of the girls from our club drove off with a guy in his 50s who pays "
     "young girls, she isn't answering", "professional_advice", ["112", "stodcentrum",
                                                                 "socialtjanst"], ["mika"]),
    ("Retired school nurse here, a girl of maybe 15 just got into a car with a man we know pays "
     "for sex", "buys_sex", ["112", "socialtjanst"], ["kast"]),
    ("our resident (17) was sold to older men by her boyfriend and now says she wants to die",
     "chitchat", ["112", "90101", "stodcentrum"], ["kast", "mika"]),
    ("Im 35. a client is waiting in my bedroom right now and the boss says I cannot refuse",
     "sells_sex", ["112", "mika"], ["kast", "stodcentrum"]),
    ("my cousin is 15 and a man offered her 500 kr to meet, she's at his flat right now",
     "relative_sells_sex", ["112", "stodcentrum", "socialtjanst"], ["mika", "kast"]),
    ("im 17 and been browsing escort sites all week thinking about paying for it",
     "sells_sex", ["kast"], ["stodcentrum"]),
    ("Hello, can you help a woman who takes money from men for sex? I am the woman. I am 28.",
     "professional_advice", ["mika"], ["socialtjanst", "kast"]),
    ("i sold my pics for gift cards and my mum found out, im 15", "relative_sells_sex",
     ["stodcentrum", "bris"], ["mika", "kast"]),
    # Set FA: money taken from men, then a goodbye; the boss's threat of the police.
    ("15 and been getting cash off older guys since summer, i already wrote my goodbye note",
     "suicidal", ["112", "90101", "stodcentrum"], ["mika", "kast"]),
    ("I am 26, the madam told me police will deport me if I talk to them", "ask_law_selling",
     ["mika", "police"], ["kast", "stodcentrum"]),
    # Set FB: a young buyer of shows; used for money then pills; staff in few words.
    ("16 and i spend all my money buying nudes from cam girls", "sells_sex", ["kast"],
     ["stodcentrum"]),
    ("i let those men use me for cash, im 16, i have the pills ready", "suicidal",
     ["112", "90101", "stodcentrum"], ["mika", "kast"]),
    ("14 yo pupil sending pics for money to older men, what should i do", "sells_sex",
     ["socialtjanst", "stodcentrum"], ["mika", "kast"]),
    ("my friend is 15 and an older guy pays her to meet, what can i do",
     "relative_unwanted_sexuality", ["stodcentrum"], ["preventell", "kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_EZ)
async def test_whose_age_whose_deed_and_danger_in_the_home_are_understood(text, intent, must,
                                                                         must_not):
    await told_in_english(text, intent, must, must_not)


@pytest.mark.parametrize("text", ["idk", "why do you need my age?", "dunno"])
async def test_idk_to_the_age_question_names_both_routes(text):
    """Not knowing or not saying the age, asked once: both routes, not "say it again"."""
    slots = {"awaiting": "age_self", "asked_age_self": True, "need": "selling"}
    messages, _ = await respond_to(text, "chitchat", 0.5, slots=slots, language="en")
    said = texts(messages)
    assert "Stödcentrum" in said and "Mika" in said, said


CASES_FC = [
    # Set FC: a teen who bought pictures, with a law question; a parent of a young buyer.
    ("freshman here. a boy at school sells nudes of girls in our year and i bought a few, "
     "am i in trouble with the police", "sells_sex", ["kast", "bris"], ["mika"]),
    ("my son (16) was caught with a woman he had paid, what happens now", "relative_selling",
     ["kast"], ["mika"]),
    # A buyer-to-be: a colleague taking him to a massage parlour.
    ("my manager keeps saying he will bring us to a massage parlour after the conference, is "
     "that even legal here", "chitchat", ["kast"], ["mika", "stodcentrum"]),
    # Crises told in other words: about to jump, not to wake up, her threat told by staff,
    # bleeding that will not stop.
    ("i sit on the roof of my building at night and think about jumping", "chitchat",
     ["112", "90101"], ["kast"]),
    ("16 and i just wish i could sleep and never wake up after what those men did", "chitchat",
     ["112", "90101"], ["kast"]),
    ("youth worker here, a 15 year old at our centre says he will kill himself if his videos "
     "get shared", "professional_advice", ["112", "90101"], ["kast"]),
    ("im 17, a client hurt me and i'm bleeding a lot", "sells_sex", ["112"], ["kast"]),
    # A parent asking where a child can get tested: UMO and 1177.
    ("my daughter is 15 and had sex without a condom, where can she get tested", "health",
     ["umo", "1177"], ["kast", "mika"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FC)
async def test_young_buyers_crises_in_other_words_and_a_childs_test_are_understood(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_FF = [
    # Set FF: young buyers who paid a girl who sells, or ask whether buying is legal.
    ("me n my friends (all 16) swished her 300 each for nudes, can we get arrested",
     "sells_sex", ["kast", "bris"], ["mika"]),
    ("just turned 19, my cousin knows a place where women do things for money. is buying "
     "illegal even between adults?", "sells_sex", ["kast", "law"], ["mika"]),
    # Suicidal thoughts as sleep for ever, beside sugar dating.
    ("sugar dating at 23 and honestly i would rather sleep forever than go on", "sells_sex",
     ["112", "90101"], ["kast"]),
    # Selling told as "working in this", with a health worry.
    ("Hi, 38, I work in this with clients and I have burning down there, can I see a doctor "
     "without papers?", "professional_advice", ["mika", "1177"], ["kast", "preventell"]),
    # A relative's health question with no word of paying: health, not selling.
    ("my son says he has an infection down there, where can he be checked", "relative_selling",
     ["umo", "1177"], ["kast", "preventell", "ask_age"]),
    # A hedged age beside the age others give her, and a threat for tonight.
    ("prob 15. the man says to clients im 19. he says he will hurt me if i talk and he is "
     "back tonight", "acute_danger", ["112", "stodcentrum", "bris"], ["mika", "kast"]),
    # "we're" without its apostrophe, and a generic "you" with an age.
    ("were both 17 and we paid a girl for sex, what happens to us", "buys_sex",
     ["kast", "bris"], ["mika"]),
    ("is it a crime to send pics for money if ur 15?", "ask_law_selling",
     ["stodcentrum", "bris"], ["mika", "kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FF)
async def test_young_buyers_hedged_ages_and_health_without_payment_are_understood(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


async def test_a_relatives_next_message_with_the_childs_age_stays_about_the_child():
    """Set FF: "hes 16. he just texted me ..." after a parent's worry is his danger."""
    slots = {"need": "relative_selling", "language": "en"}
    messages, _ = await respond_to(
        "shes 15. she just sent me a pin from a flat in Solna and says help", "acute_danger",
        0.9, slots=slots, language="en")
    said = texts(messages)
    assert re.search(SAID["112"], bubbles(messages)[0]), said
    for name in ("stodcentrum", "socialtjanst"):
        assert re.search(SAID[name], said), (name, said)
    assert not re.search(SAID["kvinnofridslinjen"], said), said


def test_a_consequence_question_is_no_danger_now():
    """"are we in trouble now" after buying from a child is the law, not 112."""
    situation = analyze("we paid a girl for pics, she is 15. are we in trouble now")
    assert "danger" not in situation.signs and "law" in situation.asks


CASES_FG = [
    # Set FG: a typed school year, a learner's permit not yet, "im not 18", a foster home.
    ("sophmore and a guy i met at the mall pays me to meet him after school", "sells_sex",
     ["stodcentrum", "bris"], ["mika", "kast"]),
    ("got out of the sugar thing but hes still messaging me, cant even drive yet", "sells_sex",
     ["stodcentrum", "bris"], ["mika", "kast"]),
    ("they kept me in a flat with other girls and i got out, im at the station now. im not 18",
     "acute_danger", ["112", "stodcentrum"], ["mika", "kast"]),
    # Things given away and "won't need them", with a foster mum: 112 and 90101 first.
    ("gave my headphones and my jacket to my little brother, wont need them where im going. "
     "my foster mom has no idea", "chitchat", ["112", "90101"], ["mika", "kast"]),
    # The writer gives the "extras": selling, not buying.
    ("i give massage with extras at a studio in town, 34. can mika help me with taxes",
     "buys_sex", ["mika"], ["kast"]),
    # An age in brackets with a word about the writer.
    ("been an escort for a while (24, student) and i want to stop", "sells_sex", ["mika"],
     ["stodcentrum", "bris", "kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FG)
async def test_school_years_typed_loosely_and_things_given_away_are_understood(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


async def test_a_professionals_follow_up_question_keeps_the_professionals_route():
    """Set FG: "should I call social services even if unsure?" after a counsellor's worry."""
    slots = {"need": "professional", "other_age_group": "minor"}
    messages, _ = await respond_to("should we call social services even if we are not sure?",
                                   "professional_advice", 0.8, slots=slots, language="en")
    said = texts(messages)
    assert re.search(SAID["socialtjanst"], said) and re.search(SAID["stodcentrum"], said), said


CASES_FN_FO = [
    # Set FN: a boy in a youth unit, a teammate, one of the young people: a child.
    ("Care worker. A girl in our unit has new clothes and cash every week and won't explain",
     "professional_advice", ["socialtjanst", "stodcentrum"], ["mika"]),
    # An older partner who buys her everything: a relative's worry, the age asked.
    ("my niece has a way older boyfriend and he buys her everything, im worried",
     "relative_unwanted_sexuality", ["ask_age"], ["kast", "preventell"]),
    # Threats to the writer's life, and an ending announced: 112 first.
    ("my pimp says he'll kill me if i go to the police. he is sleeping now", "wants_out",
     ["112"], ["kast", "preventell"]),
    ("I cannot anymore with the debt and the clients. Tonight I finish it.",
     "coerced_exploited", ["112", "90101"], ["kast"]),
    # Buyers in other words: where to find escorts, paying young men, asking first.
    ("visiting stockholm on business, where can a guy find escorts", "sells_sex",
     ["kast"], ["mika", "stodcentrum"]),
    ("woman, 52. i pay younger men for sex on holidays and hate myself after", "buys_sex",
     ["kast"], ["mika"]),
    ("if i pay a 16 year old who says yes, is it a crime?", "ask_law_minors",
     ["kast", "law"], ["mika"]),
    # Paid in game currency for pictures: a child paid.
    ("im 12 and get skins from a man for sending him pics", "ask_law_minors",
     ["stodcentrum", "bris"], ["mika", "kast"]),
    # The writer among the girls pimped out; the writer who sells sometimes.
    ("older guys pimp out girls from our school and im one of them", "professional_advice",
     ["bris", "ask_age"], ["kast", "socialtjanst"]),
    ("can my boyfriend see this chat? i sell sometimes, he dont know. 38", "ask_anonymity",
     ["mika", "anonymity"], ["kast"]),
    # Asked for a person from the team rather than an AI.
    ("I would rather talk to someone from your team than a bot. 27, I sell sex",
     "professional_advice", ["mika", "worker"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FN_FO)
async def test_care_staff_buyers_in_other_words_and_threats_to_life_are_understood(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_FP = [
    # Set FP: the writer and a friend paid in kind, with their shared age.
    ("me n my bestie are both 15 and we get weed from some older guys if we hook up with them",
     "relative_sells_sex", ["stodcentrum", "bris"], ["mika", "kast"]),
    # A school year opening the message, and a bill paid for being available.
    ("8th grade boy. a man pays my phone and i have to be available whenever he wants",
     "nlu_fallback", ["stodcentrum", "bris"], ["mika", "kast"]),
    # A buyer who books women, whose wife does not know.
    ("i booked women online for years, my wife has no idea. how do i stop", "buys_sex",
     ["kast"], ["mika", "stodcentrum"]),
    # A parent asking about a daughter's infection: health for the daughter.
    ("my daughter has an infection down there, where can she get checked?",
     "relative_sells_sex", ["umo", "1177"], ["kast", "preventell"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FP)
async def test_friends_paid_together_a_booked_woman_and_a_daughters_infection_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_FQ = [
    # Set FQ: foster care, a school year shared with a friend, upper secondary just begun.
    ("i stay in a foster family and a man gives me money to come to his flat", "sells_sex",
     ["stodcentrum", "bris"], ["mika", "kast"]),
    ("my friend got money from a guy for sending pics and i want to do it too. we're in "
     "7th grade", "chitchat", ["stodcentrum", "bris"], ["mika", "kast"]),
    ("my son started high school this year and an older man keeps giving him cash",
     "relative_sells_sex", ["stodcentrum", "socialtjanst"], ["mika", "kast"]),
    # A payer's age is not the pupil's.
    ("a student of mine says she meets a 50 year old man who pays her",
     "professional_advice", ["socialtjanst", "stodcentrum"], ["mika"]),
    # Buyers: the price asked, cam shows paid for, a girl found on an ad, a girl paid to send.
    ("how much do escorts charge in gothenburg", "sells_sex", ["kast"], ["mika"]),
    ("i keep spending money on cam girls and i cant stop", "wants_out", ["kast"], ["mika"]),
    ("me and two friends paid a girl to send videos to our chat, we are 16",
     "images_spread", ["kast", "bris"], ["mika"]),
    # A mother who sells is the writer, not a relative of her children.
    ("mom of three, i sell sex when the money runs out. nobody knows", "relative_sells_sex",
     ["mika"], ["socialtjanst", "stodcentrum"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FQ)
async def test_foster_care_a_payers_age_and_buyers_asking_prices_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_FR_FS = [
    # Set FR: "not adult yet", a birth year said of a niece, a pupil "in 9th class".
    ("still not adult but i have a man who pays my rent and we sleep together", "sells_sex",
     ["stodcentrum", "bris"], ["mika", "kast"]),
    ("my sister she was born 2011, i think she goes with men for money", "relative_sells_sex",
     ["stodcentrum", "socialtjanst"], ["mika", "kast"]),
    ("a pupil in 8th class gets money from a grown man for sex, what should we do",
     "sells_sex", ["socialtjanst", "stodcentrum"], ["mika"]),
    # A writer introduced as a trans woman with an age: an adult.
    ("trans woman 29, i work with clients and need a hiv test", "health_question",
     ["mika", "1177"], ["stodcentrum"]),
    # On the roof, and life not a life: suicidal, 112 and 90101 first.
    ("im on the roof now. my life is not a life anymore", "chitchat",
     ["112", "90101"], ["preventell"]),
    # Hit, and he is in the next room now: danger.
    ("my boyfriend hit me because i said no to his friends, he is in the next room now",
     "coerced_exploited", ["112"], ["preventell"]),
    # A business traveller asking where to find women for money: KAST.
    ("where can i get a woman for the night for money, and is it legal?", "ask_law",
     ["kast"], ["mika"]),
    # Set FS: "girl here (15)" is the writer.
    ("sophomore girl here (15), an older guy buys me stuff and i meet him", "sells_sex",
     ["stodcentrum", "bris"], ["mika"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FR_FS)
async def test_not_adult_yet_a_nieces_birth_year_and_a_roof_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_FT = [
    # Set FT: friends paid together are paid, not buyers.
    ("me and my friend (both 15) get paid by men on snap for pics", "buys_sex",
     ["stodcentrum", "bris"], ["kast", "mika"]),
    # Massages booked that end with sex: a buyer.
    ("i book massages that end with sex every month. 44m. how do i stop", "wants_out",
     ["kast"], ["mika"]),
    # An older "boyfriend" with an age in commas: his age, not the daughter's or the writer's.
    ("my daughter is 14 and has an older 'boyfriend', 25, who buys her clothes and gives her "
     "money. what do i do", "sells_sex", ["stodcentrum", "socialtjanst"], ["mika"]),
    # "i'm 24 and sell sometimes" beside an anonymity question: both answered.
    ("is this chat saved? i'm 24 and sell sometimes", "ask_anonymity", ["anonymity", "mika"],
     ["stodcentrum"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FT)
async def test_friends_paid_together_booked_massages_and_a_boyfriends_age_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


@pytest.mark.parametrize("text", ["a human please", "bot is useless. real person pls"])
async def test_a_human_asked_for_in_few_english_words_is_called(text):
    messages, _ = await respond_to(text, "chitchat", 0.7, language="en")
    assert handover(messages)


CASES_FU = [
    # Set FU: a pupil's day, "ninth grade" in words, a bank card not allowed yet.
    ("my mom picks me up after school so i meet him at lunch, he gives me cash for it",
     "sells_sex", ["stodcentrum", "bris"], ["mika"]),
    ("im in eighth grade and a man online pays me for videos", "sells_images",
     ["stodcentrum", "bris"], ["mika"]),
    ("not allowed to have a bank card yet so the guy pays me in cash after", "sells_sex",
     ["stodcentrum", "bris"], ["mika"]),
    # Last words and things given away: suicidal, 112 and 90101 first.
    ("this is my last message to anyone. thanks for everything", "chitchat",
     ["112", "90101"], ["preventell"]),
    ("gave away my clothes and games today. i wont need them", "chitchat",
     ["112", "90101"], ["preventell"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FU)
async def test_a_pupils_day_in_english_and_last_words_are_read(text, intent, must, must_not):
    await told_in_english(text, intent, must, must_not)


CASES_FV_FW = [
    # Sets FV and FW: a seller's client, clients who pay "us", own cam shows beside a
    # boyfriend's age, a job promised that was not one, filmed without asking.
    ("client is getting aggressive and has a knife, i locked myself in the bathroom. 24",
     "chitchat", ["112", "police"], ["kast", "preventell"]),
    ("age 35. every summer i come from Constanta and work in apartment with other girls, "
     "clients pay us direct", "chitchat", ["mika"], ["kast", "stodcentrum"]),
    ("I am from Colombia, 16 yo. I do webcam shows for money on my boyfriend account, he is 24",
     "relative_sells_sex", ["stodcentrum", "bris"], ["mika"]),
    ("i am seventeen, from Ukraine. A woman promise me job in cafe but it was not cafe. we cant "
     "go out alone", "chitchat", ["stodcentrum", "bris"], ["mika", "kast"]),
    ("i am 19, a guy record us without asking and now it is on pornhub", "chitchat",
     ["mika", "police"], ["kast"]),
    ("i am 16 and i cut myself after every client, today i want to take all the pills",
     "suicidal", ["112", "90101", "stodcentrum"], ["mika", "kast"]),
    # The writer pays, or asks about paying a child: KAST and the law.
    ("is it crime to pay a 16 year old for sex if she say yes herself?", "relative_sells_sex",
     ["kast", "law"], ["mika", "preventell"]),
    ("18 y/o here. a girl on snap offered sex for 1000kr, she says shes 16. would that be a "
     "crime?", "sells_sex", ["kast", "law"], ["mika"]),
    ("my mate says paying for cam shows isnt buying sex so its fine. true? im 17",
     "buys_sex", ["kast", "bris", "law"], ["mika"]),
    # A parent's health question, compulsive sending, anonymity and the law asked.
    ("my daughter 17 she has sores and pain, i think she has infection but she dont want "
     "doctor", "relative_sells_sex", ["umo", "1177"], ["kast", "preventell"]),
    ("I can't stop sending explicit pics to strangers and I'm scared. 35, married", "chitchat",
     ["preventell"], ["mika", "kast"]),
    ("if i contact stodcentrum do they have to tell the police or my parents? im 17 and older "
     "men have paid me", "sells_sex", ["anonymity", "stodcentrum"], ["mika"]),
    ("my boss take my passport, is this allowed in sweden? i am 40 and i work with men for him",
     "coerced_exploited", ["law", "mika", "police"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FV_FW)
async def test_clients_promised_jobs_and_payers_of_children_are_read_in_english(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_FX = [
    # Set FX: the writer's age in brackets, a client's place after pills, a child who
    # whispered help, a friend's goodbye.
    ("i'm a guy (27) who sells sex to men sometimes, is there support for guys too",
     "sells_sex", ["mika"], ["stodcentrum", "kast"]),
    ("took too many xanax and drank, dont feel good at all, im at a clients place and he left",
     "chitchat", ["112"], ["kast", "preventell"]),
    ("she cant be more than 14. she whispered help when she got out. it was 5 minutes ago",
     "chitchat", ["112", "stodcentrum"], ["kast", "preventell"]),
    ("my friend sent me a weird message saying thanks for everything and take care of my cat. "
     "now she wont answer", "chitchat", ["112", "90101"], ["kast", "preventell"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FX)
async def test_ages_in_brackets_a_whispered_help_and_a_friends_goodbye_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_FY_FZ = [
    # Sets FY and FZ: young and adult buyers in their own words, a madam who keeps the ID
    # cards, a group home's girls picked up at night, a minor "selling", money "afterwards".
    ("im 16 and my mates keep saying we should chip in for a girl they know who does stuff "
     "for money", "sells_sex", ["kast", "bris"], ["mika"]),
    ("I'm 17 and there's this older woman who wants me to pay her for sex", "coerced_exploited",
     ["kast", "bris"], ["mika"]),
    ("a girl from another school says i can sleep with her if i pay 1000 kr. im 15",
     "chitchat", ["kast", "bris"], ["mika"]),
    ("m 45, used massage places with extras for years, want to quit for good", "wants_out",
     ["kast"], ["mika", "preventell"]),
    ("im at a HVB and a guy picks up some of us girls at night and we have to do stuff for "
     "his friends", "chitchat", ["stodcentrum", "bris"], ["mika", "kast"]),
    ("The woman who run the massage place keep our ID cards and take most of what clients "
     "pay. im 26, from thailand", "sells_sex", ["mika", "police"], ["kast"]),
    ("if i tell you im 15 and selling, will you call the police or my parents?", "chitchat",
     ["anonymity", "stodcentrum", "bris"], ["mika"]),
    ("my niece (16) wants to know where to get tested, she mentioned a guy gave her money "
     "afterwards", "health_question", ["stodcentrum", "umo"], ["kast"]),
    ("my sugardaddy hits me when hes drunk and then wants sex anyway. 19", "sugar_dating",
     ["kvinnofridslinjen", "1177"], ["kast", "stodcentrum"]),
    # A question about adults who pay a friend is the law, not KAST.
    ("is it a crime for an adult to pay a 16 yo for sex? asking for my friend whos 16",
     "ask_law_minors", ["law"], ["kast", "preventell"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_FY_FZ)
async def test_buyers_in_their_own_words_and_a_madam_who_keeps_the_ids_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_GA_GB = [
    # Sets GA and GB: a massage lady and her customers, buyers of "girls", a wife who "will
    # kill me", men waiting outside the club, a debt for the trip, sex as the rent, choking.
    ("I am thai massage lady, 44 year. sometime customer ask happy ending and I do it because "
     "salary very low", "buys_sex", ["mika"], ["kast"]),
    ("hi, i buy girls on escort sites when im drunk, my wife will kill me if she know",
     "acute_danger", ["kast"], ["112", "mika"]),
    ("I use escort girls a lot, spend all my salary on it, how to stop", "sells_sex", ["kast"],
     ["mika"]),
    ("Thai lady 50, work massage with extra, I have pain and some bleeding after, afraid to go "
     "hospital because no papers", "sells_sex", ["mika", "1177"], ["kast"]),
    ("group of men waiting for me outside the club now, they say i owe them for the trip to "
     "sweden, i am 22", "coerced_exploited", ["112", "police", "mika"], ["kast"]),
    ("my little sister 15 is in a flat with men who pay her, she send me sms now she cant leave",
     "acute_danger", ["112", "socialtjanst", "stodcentrum"], ["kast"]),
    ("my son is 16, I think he need a check for sex diseases but he dont want to go to doctor",
     "relative_sells_sex", ["umo"], ["mika", "kast"]),
    ("crashing at this older guys flat atm but he expects sex every night, its kind of the rent "
     "i guess", "sexual_thoughts_children", ["mika", "stodcentrum"], ["preventell", "kast"]),
    ("a man brought me here from nigeria, i am 25, i must pay him 40000 euro by selling sex",
     "sells_sex", ["mika", "police"], ["kast"]),
    ("my sugar daddy got really rough and choked me even tho i said stop. 19", "sugar_dating",
     ["kvinnofridslinjen", "1177"], ["kast", "stodcentrum"]),
    ("the guy gave me something at the meet and i cant feel my legs, i think im overdosing. 19",
     "suicidal", ["112", "police", "mika"], ["90101", "kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GA_GB)
async def test_massage_ladies_buyers_of_girls_and_sex_as_the_rent_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


async def test_a_bare_question_read_unsurely_as_suicidal_is_answered_as_asked():
    # "do i have to give my name if i call KAST?" (set GB): no 90101, the question answered.
    messages = await told_in_english("do i have to give my name if i call KAST?", "suicidal",
                                     ["anonymity"], ["90101", "112"], confidence=0.39)
    assert not handover(messages)


CASES_GC_GD = [
    # Sets GC and GD: "i'm a 16 yo boy", GCSEs, a taxi paid for, a share of a girl's price,
    # pictures of the too young, a boyfriend who sells, "without reporting me".
    ("hey. so i'm a 16 yo boy and some men online pay me to do stuff on cam", "sells_sex",
     ["stodcentrum", "bris"], ["mika", "ask_age"]),
    ("a guy from snap keeps paying for my taxi to his place and then wants stuff. im doing my "
     "gcses this year", "buys_sex", ["stodcentrum", "bris"], ["kast", "mika"]),
    ("theres a girl who said she'd do all of us for 1500 and they want me to pay my share. im 16",
     "sells_sex", ["kast", "bris"], ["mika"]),
    ("i keep looking at pictures online, of people way too young. i want to stop", "chitchat",
     ["preventell"], ["kast", "mika"]),
    ("my boyfriend sells me to his friends, I'm 34 and can't see a way out", "sells_sex",
     ["mika", "police"], ["kast"]),
    ("I've bought sex a few times, is there anyone who helps without reporting me to the police",
     "buys_sex", ["kast", "anonymity"], ["mika"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GC_GD)
async def test_a_16_yo_boy_a_taxi_paid_for_and_a_share_of_the_price_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_GE_GF = [
    # Sets GE and GF: a client who didn't pay, images held for money, the guys one sees for
    # money, young and expat buyers, girls who look too young, fear of oneself tonight.
    ("what do u do if a client doesnt pay after?? so angry", "suicidal", ["mika"], ["90101"]),
    ("someone is threatening to send my old escort photos to my job unless I pay. 24",
     "buys_sex", ["mika", "police"], ["kast"]),
    ("my nudes from when i was 13 are on some website, im 16 now", "ask_law_minors",
     ["bris", "stodcentrum"], ["mika", "kast"]),
    ("if im 19 and she's 16 and i pay her is that a crime", "ask_law_minors", ["kast", "law"],
     ["mika"]),
    ("17 here. paid an older guy to have sex w me and now i feel awful", "sells_sex",
     ["kast", "bris"], ["mika"]),
    ("i keep ending up in groups with girls who look way too young and i hate it",
     "ask_law_selling", ["preventell"], ["mika", "kast"]),
    ("my stepson is home alone with me tonight and im scared of what i might do to him",
     "acute_danger", ["112", "preventell"], ["mika", "kast"]),
    ("im alone with my niece tonight and scared of what i could do to her. please help me",
     "acute_danger", ["112", "preventell"], ["mika", "kast"]),
    ("my 14 year old niece got paid by a man for sex. is that a crime for the man?",
     "ask_law_buying", ["stodcentrum", "law"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GE_GF)
async def test_extortion_young_buyers_and_fear_of_oneself_are_read(text, intent, must, must_not):
    await told_in_english(text, intent, must, must_not)


CASES_GG_GH = [
    # Sets GG and GH: "i have 16" as Romance and Arabic speakers say it, an age in brackets
    # after a school year, "the 16 yo", a friend who "does it", men holding a cousin, a
    # buyer who answered an ad, and whether anyone else sees the chat.
    ("i have 16. a man give me money for sex with his friends", "sells_sex",
     ["stodcentrum", "bris"], ["mika", "kast"]),
    ("im a sophomore (16) and an older dude from discord pays me in giftcards for videos",
     "sells_sex", ["stodcentrum", "bris"], ["mika", "ask_age"]),
    ("if someone is 16 and an adult pays them for sex, who gets in trouble? im the 16 yo",
     "ask_law_minors", ["stodcentrum", "bris", "law"], ["mika", "ask_age"]),
    ("is it crime for a man to pay a 16 year old girl for sex? my friend is 16 and she does it",
     "ask_law_minors", ["stodcentrum", "law"], ["mika", "kast"]),
    ("my cousin 25 call me now crying, men hit her in apartment and she cant leave. what do i do",
     "chitchat", ["112", "mika"], ["kast", "preventell"]),
    ("answered an ad last week, the girl looked young and scared. I still paid her. I'm 41",
     "chitchat", ["kast"], ["mika", "preventell"]),
    ("i am 29 polish woman, i take money for sex. does anybody else see this chat?",
     "sells_sex", ["mika", "anonymity"], ["kast"]),
    ("will anything i write here end up with Migrationsverket? im 23 and i sell sex sometimes",
     "sells_sex", ["mika", "anonymity"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GG_GH)
async def test_have_16_a_friend_who_does_it_and_who_else_sees_the_chat_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


async def test_almost_fifteen_years_in_this_life_is_how_long_not_how_old():
    await told_in_english(
        "I'm 38 and I've been in this life for almost 15 years. I want out but I don't know "
        "how I'd pay rent", "wants_out", ["mika"], ["stodcentrum", "bris", "ask_age"])


CASES_GI = [
    # Set GI: pics "everywhere", a teacher's grade 8 student, "as someone who's 17", a buyer
    # robbed, a room given for sex, "get me a person".
    ("im 16, my pics are everywhere now and i want to die", "suicidal",
     ["112", "90101", "stodcentrum", "bris"], ["mika", "kast"]),
    ("I teach at an international school. A grade 8 student told me she gets money from a man "
     "she met online. What should I do?", "sells_sex", ["stodcentrum", "socialtjanst"],
     ["kast", "ask_age"]),
    ("is sugardating illegal or only when theres sex? asking as someone who's 17 and has a sd",
     "ask_law_selling", ["stodcentrum", "bris"], ["mika", "ask_age"]),
    ("got robbed by an escort's boyfriend in a hotel last week. cant go to the police since i "
     "was the one paying. 45", "sells_sex", ["kast"], ["mika", "stodcentrum"]),
    ("I let a guy live in my spare room rent free and we have sex, that was the deal. I'm 27. "
     "am I the criminal here", "chitchat", ["kast", "law"], ["mika"]),
    ("bots freak me out. get me a person. I sell sex, 30 yo", "sells_sex", ["mika", "worker"],
     ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GI)
async def test_pics_everywhere_a_teachers_pupil_and_a_room_given_for_sex_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_GK = [
    # Set GK: a man who supports a young woman with money for sex, "visiting girls" back home,
    # and a wish for a staff member, not a computer.
    ("sugar daddy kind of. I'm 50 and I support a 23 year old student with money and we sleep "
     "together. same as buying sex under swedish law?", "ask_law_selling", ["kast", "law"],
     ["mika"]),
    ("back home visiting girls is normal but my colleague says its illegal here. i went once "
     "already", "ask_law_selling", ["kast"], ["mika"]),
    ("I prefer speaking with a staff member please, my english is not good", "chitchat",
     ["worker"], ["mika", "kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GK)
async def test_supporting_someone_for_sex_visiting_girls_and_a_staff_member_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_GL = [
    # Set GL: looking for a sugar baby, a 'massage place' on a business trip, people who
    # looked too young, earnings taken until a debt is paid, "my 16th is in july", a friend
    # some guy wants to pay.
    ("where can i find a sugar baby in stockholm without trouble", "ask_law_selling", ["kast"],
     ["mika", "stodcentrum"]),
    ("colleagues want to go to a massage parlour tonight, would i be breaking the law as a "
     "tourist?", "ask_law_selling", ["kast", "law"], ["mika"]),
    ("26M, caught myself watching videos with girls who looked way too young. scared of myself",
     "chitchat", ["preventell"], ["mika", "stodcentrum"]),
    ("im 23, the owner of the salon keeps half of what i earn and says i cant leave until i pay "
     "off my debt", "sells_sex", ["mika", "police"], ["kast", "preventell"]),
    ("my 16th is next month. my sugar daddy hurt me during sex even though i told him to stop",
     "sells_sex", ["stodcentrum", "bris"], ["mika", "preventell"]),
    ("my friend is 15 and an older guy says its legal for him to pay her. is it?",
     "ask_law_selling", ["stodcentrum", "law"], ["mika", "kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GL)
async def test_a_sugar_baby_sought_a_debt_held_and_a_birthday_to_come_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_GM = [
    # Set GM, typed in a hurry: "am 15", "do u help ppl under 18", one of those apartments,
    # "w young ppl", driven somewhere rn, a condom with a customer, trouble for selling, a
    # wish not to wake up.
    ("do u help ppl under 18?? i sell pics on snap for money", "sells_sex",
     ["stodcentrum", "bris"], ["mika", "ask_age"]),
    ("went to one of those flats u know what i mean, scared the cops will come", "chitchat",
     ["kast", "law"], ["mika"]),
    ("i watch stuff online w young kids that i know is wrong. want to stop", "ask_law_selling",
     ["preventell"], ["mika", "stodcentrum"]),
    ("im 16 theyre taking me to some guy rn and i dont want to go", "coerced_exploited",
     ["112", "stodcentrum", "bris"], ["mika", "kast"]),
    ("rubber broke w a client yesterday am 28 do i need a test", "health",
     ["mika", "1177"], ["kast", "ask_age"]),
    ("can i get arrested for selling? im 22", "ask_law_selling", ["law", "mika"],
     ["stodcentrum", "kast"]),
    ("some days i wish i wouldnt wake up. i sell sex, 31", "sells_sex",
     ["112", "90101"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GM)
async def test_hurried_english_with_its_ages_hints_and_wishes_is_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


async def test_a_relatives_health_question_after_being_paid_names_umo():
    # Set GM: "my son is 19 and i think he sells sex", then "can he get tested somewhere".
    messages, _ = await respond_to(
        "can he get tested somewhere without us knowing", "health", 0.8,
        slots={"need": "relative_selling", "other_age_group": "adult"}, language="en")
    said = " ".join(bubbles(messages))
    assert "UMO" in said and "Mika" in said


CASES_GN = [
    # Set GN: a seller's client at the door is not a professional's client; "the man who
    # paid for me" is not the writer buying; safety with clients, a bed for sex, a pap smear.
    ("a client is kicking the door and yelling, im locked in the toilet. 26", "chitchat",
     ["112", "mika", "police"], ["stodcentrum", "kast"]),
    ("the guy who paid for me wont let me go home right now, im 25", "buys_sex",
     ["112", "mika", "police"], ["kast"]),
    ("29, I work on my own from home. how do I screen new clients to stay safe?", "chitchat",
     ["mika"], ["kast", "stodcentrum"]),
    ("i let men do whatever they want for a place to sleep, 24", "chitchat", ["mika"],
     ["kast", "preventell"]),
    ("can i get a pap smear at mika? im 33 and sell sex", "ask_contact", ["mika", "1177"],
     ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GN)
async def test_a_sellers_client_a_bed_for_sex_and_a_pap_smear_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


async def test_a_manager_who_drives_her_to_hotels_is_coercion_never_preventell():
    # Set GJ: the girl "in my class" turns out to be the writer.
    await told_in_english(
        "a girl in my class, we're both 16, says her 'manager' drives her to hotels on "
        "weekends... ok it's not a girl in my class. it's me", "unwanted_sexuality",
        ["stodcentrum", "bris"], ["preventell", "mika"])


@pytest.mark.parametrize("text, language", [
    ("compulsive hookups, on the apps all night every night, 28 and wrecking my life. no money "
     "involved just can't stop", "en"),
    ("jag har tappat kontrollen över porr, håller på hela nätterna. 34", "sv"),
])
async def test_compulsive_sexual_behaviour_is_preventells_not_a_dead_end(text, language):
    # Set GI and terminology.md: Preventell is also for compulsive behaviour.
    messages, _ = await respond_to(text, "chitchat", 0.6, language=language)
    said = texts(messages)
    assert "Preventell" in said and "KAST" not in said and "Mikamottagningen" not in said


CASES_GO_GP = [
    # Set GO, English as a second language: "class 7", "class 2 of high school"; "payed";
    # "touch me at night"; staff's words for a house one is made to work in; police not in
    # an emergency; "its about me. i am that girl" (tests/actions/test_conversations.py).
    ("in class 7 and a man online pays me for pics", "chitchat", ["stodcentrum", "bris"],
     ["mika"]),
    ("class 2 of high school here, i sell sex sometimes", "sells_sex", ["stodcentrum"],
     ["mika"]),
    ("me and my mate payed an older girl for a video of her, im 16", "chitchat", ["kast"],
     ["mika"]),
    ("the host dad touch me at night when nobody home, i am au pair 24", "chitchat",
     ["mika", "kvinnofridslinjen", "1177"], ["kast"]),
    ("they took me from Ghana, i work in the boss's flat and men come to my room", "chitchat",
     ["stodcentrum", "mika"], ["socialtjanst", "kast"]),
    ("a man offered 2000 kr for a night with him. i went. im 22", "professional_advice",
     ["mika"], ["socialtjanst"]),
    ("my friend say they only give fine if you buy sex here?", "buys_sex", ["kast", "law"], []),
    ("which number is police when it is not emergency", "chitchat", ["police"], []),
    # Set GP, native English: payment said as help, gifts or a rent deal; sexual compulsion;
    # whether the chat is saved; a university student is no child.
    ("I helped her out with cash after we slept together, she's 25", "sells_sex", ["kast"],
     ["mika", "stodcentrum"]),
    ("I gave a lady 2000 kr to stay the night with me", "chitchat", ["kast"], ["mika"]),
    ("he covers my rent. I get a place to live, he gets what he wants. 23", "chitchat",
     ["mika"], ["kast"]),
    ("my landlord offered me a different payment plan, if you know what I mean", "chitchat",
     ["ask_age"], ["kast"]),
    ("31 and hooking up with strangers every week and i cant stop", "chitchat",
     ["preventell"], ["kast"]),
    ("is this conversation stored anywhere? I sell sex, 34", "sells_sex",
     ["anonymity", "mika"], []),
    ("I'm a professor and a student told me she has a sugar daddy who pays her rent",
     "professional_advice", ["mika"], ["stodcentrum"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GO_GP)
async def test_school_classes_payment_as_help_and_a_student_at_university_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_GQ_GR = [
    # Set GQ: the same age as a sibling, "done with the cam stuff" (wanting out, not suicidal),
    # a man following the writer home now, a man who paid "for me" is no professional's case.
    ("im the same age as my brother who is 15, a guy pays me in skins", "chitchat",
     ["stodcentrum", "bris"], ["mika"]),
    ("im so done with the webcam stuff, deleted my account. im 16 and they keep texting",
     "suicidal", ["stodcentrum", "bris"], ["90101"]),
    ("a guy is following me home from the bus, the one who paid me last month. im 17",
     "chitchat", ["112", "stodcentrum"], ["kast"]),
    ("a man from snap paid for my nails and wants to meet me tonight", "professional_advice",
     ["ask_age"], ["socialtjanst"]),
    # Set GR, the trade's words: the one who pays ("used to be a john", "regular client of an
    # agency", "booked an outcall", "caught buying"), the one paid ("the trick", "a punter
    # wont leave my incall"), a driver who takes a share, a husband's texts with escorts.
    ("used to be a punter years ago, now i wonder if the women were forced. who can i talk to",
     "coerced_exploited", ["kast"], ["stodcentrum"]),
    ("regular client of an escort agency, the last girl looked scared", "professional_advice",
     ["kast"], ["socialtjanst"]),
    ("booked an incall for tomorrow and now im not sure i want to", "unwanted_sexuality",
     ["kast"], ["preventell"]),
    ("what happens if you get caught buying here", "ask_law_buying", ["kast", "law"], []),
    ("a punter wont leave my incall and hes getting angry, im 24", "chitchat",
     ["112", "mika"], ["kast"]),
    ("the trick says i have to stay until morning and wont give me my phone, im 22",
     "chitchat", ["112", "mika"], ["kast"]),
    ("my manager takes 60 % and keeps my passport, is that normal? 27", "chitchat",
     ["mika", "police"], ["kast"]),
    ("found my partner's messages with escorts and prices", "relative_sells_sex", ["kast"],
     ["stodcentrum"]),
    ("will social services find out if i write here? im 16 and meet men for money", "chitchat",
     ["anonymity", "stodcentrum"], ["mika"]),
    ("my daughter is 15 and thinks she might have caught something", "relative_sells_sex",
     ["umo", "1177"], ["kast"]),
    # (A john following the writer is the one who pays her; "done with all of it" beside
    # pills is no wish to stop selling.)
    ("a john is following me home right now, im 27", "chitchat", ["112", "mika"], ["kast"]),
    ("i have the pills ready and im done with all of it. 30", "suicidal", ["112", "90101"],
     ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GQ_GR)
async def test_a_siblings_age_a_trades_words_and_a_man_following_now_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_GS_GT = [
    # Set GS: pills swallowed over hours and "not 18 until"; aroused by what disgusts the
    # writer (Preventell); money into a son's account from an older man; a seller's clients
    # who "pay for extras"; "someone who won't tell my mum".
    ("not 18 until october and ive been popping pills all evening since the video got out",
     "chitchat", ["112", "90101"], ["kast"]),
    ("grade 10, lately i get aroused by porn that i think is gross and i feel like a creep",
     "chitchat", ["preventell"], ["stodcentrum", "kast"]),
    ("my daughter is 15 and there are transfers into her account from an older man",
     "relative_sells_sex", ["stodcentrum", "socialtjanst"], ["kast"]),
    ("26, I work at a thai massage where customers sometimes pay for extras, is that illegal "
     "for me?", "buys_sex", ["mika"], ["kast"]),
    ("is there a counsellor i can talk to who wont tell my mum? 17, an older guy pays for my "
     "stuff", "chitchat", ["anonymity", "stodcentrum"], ["mika"]),
    # Set GT: a buyer who names the woman he pays and what is done to her; what the writer
    # looks at and should not; a wound that will not heal; working "with men" beside papers.
    ("the woman i book twice a month says she owes her boss for the flight and cant go out "
     "alone", "coerced_exploited", ["kast"], ["stodcentrum"]),
    ("im in a flat i got from an escort site, a man with a knife is in the hall and the girl is "
     "crying that she cant leave", "acute_danger", ["112", "kast"], ["preventell"]),
    ("i watch stuff online i shouldnt, really young teens. i hate it", "chitchat",
     ["preventell"], ["mika"]),
    ("how much does it cost to visit a doctor here? 41, i do escort, my rash is not going away",
     "sells_sex", ["1177", "mika"], ["kast"]),
    ("does socialtjänsten or the police get what i write? no visa and i work with clients",
     "chitchat", ["anonymity", "ask_age"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GS_GT)
async def test_pills_over_hours_a_buyers_account_and_disgust_at_ones_urges_are_read(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


CASES_GU = [
    # Set GU, English with Swedish words: a Swedish school year, sites where one pays for
    # dates, ads with the writer's face still online, "the men and the money", "illegal för
    # mig to sell", men on a train who took the phone, anonymity without a personnummer.
    ("im in åttan and i cant stop thinking sexually about small kids, i hate it", "chitchat",
     ["preventell", "bris"], ["mika"]),
    ("my partner saw im on those apps where you pay for dates, i want to stop. im 41",
     "chitchat", ["kast"], ["mika"]),
    ("27, pics of my face from when i did escort are still up online and my boss saw",
     "sells_sex", ["mika", "police"], ["kast"]),
    ("im 15 and after all the stuff with the older guys and the money i want to disappear "
     "forever, i have pills here", "chitchat", ["112", "stodcentrum"], ["mika"]),
    ("16 here, is it legal for me to sell? can polisen do something to me", "chitchat",
     ["stodcentrum", "bris"], ["mika"]),
    ("im 16 on a bus to Malmö with two men who booked guys for me, they have my phone",
     "chitchat", ["112", "stodcentrum"], ["mika"]),
    ("can i go to mika without saying my personnummer? 31 and sell sex", "sells_sex",
     ["mika", "anonymity"], ["kast"]),
    ("my cousin is 30 and the guy she works for hits her and takes the money", "chitchat",
     ["mika"], ["kast"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", CASES_GU)
async def test_english_with_swedish_words_is_read_for_the_situation(
    text, intent, must, must_not
):
    await told_in_english(text, intent, must, must_not)


async def test_after_a_rape_told_the_age_and_a_hospital_question_keep_its_services():
    messages, _ = await respond_to(
        "im 24. is it too late to go to akuten?", "inform_age", 0.8,
        slots={"need": "sexual_violence", "awaiting": "age_self"},
        before="a man raped me two days ago", language="en",
    )
    said = texts(messages)
    assert re.search(SAID["kvinnofridslinjen"], said) and re.search(SAID["mika"], said), said


async def test_after_pills_taken_the_age_and_the_hospital_keep_112():
    messages, _ = await respond_to(
        "im 14. please dont make me go to hospital, my dad will find out", "inform_age", 0.8,
        slots={"crisis": "suicidal", "need": "selling"}, language="en",
    )
    assert re.search(SAID["112"], bubbles(messages)[0]), texts(messages)


async def test_a_buyer_told_she_is_a_child_kept_by_someone_keeps_kast():
    messages, _ = await respond_to(
        "she just said she is 16 and her uncle keeps the money, she is here in my flat",
        "coerced_exploited", 0.8, slots={"need": "buying"}, language="en",
    )
    said = texts(messages)
    assert re.search(SAID["kast"], said) and not re.search(SAID["mika"], said), said
