"""Classes of message a blind routing set showed the bot misreading, in new words.

Each case gives the classifier a wrong or unsure reading on purpose: the
answer must come from what the message says (engine/nlu/situation.py and
actions/routing.py), not from a lucky intent.
"""

import pytest

from tests.actions.conftest import make_tracker, respond_to, run_action
from tests.actions.test_actions import assert_told, bubbles, handover, texts

# One list per blind set whose classes the cases come from (tests/routing/heldout/),
# each case in new words; every list runs through the one test at the end.
SET_B = [
    # Suicidal thoughts said through a plan or about someone else: 112 and 90101 first.
    ("står på taket o tänker hoppa, han har tagit allt", "coerced_exploited",
     ["112", "90101"], ["Preventell"]),
    ("min son sa i kväll att han inte vill leva mer, han är 16", "relative_sells_sex",
     ["112", "90101"], ["Preventell", "KAST"]),
    ("köper sex o ingen mening med nåt längre, tänker köra av vägen", "buys_sex",
     ["112", "90101"], ["Preventell"]),
    # Someone else's age said in a relative clause, in brackets, or in English.
    ("mamma till en tjej som är fjorton, hon får saker av en vuxen man hon chattar med",
     "professional_advice", ["Stödcentrum"], ["Mikamottagningen", "Preventell"]),
    ("jag är kurator, en av tjejerna (14) får pengar av äldre killar", "chitchat",
     ["Socialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
    ("I am a social worker. A 16 year old client gets money from older men.", "chitchat",
     ["Socialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
    # A sibling or friend named without "min", or "asking for a friend": a peer, so BRIS too.
    ("storebror här. lillasyster har en gubbe som köper allt åt henne, hon är 15", "sells_sex",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "Preventell"]),
    ("om en kille på 16 tar betalt av en man, är det olagligt? undrar för en kompis",
     "sells_sex", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # What is done to an adult relative: the police too.
    ("my sister is 30 and her boyfriend took her passport and sells her to men", "sells_sex",
     ["Mika", "114 14"], ["Stödcentrum", "Preventell"]),
    # Paid in things, or a payment taken: being paid.
    ("kan jag få problem om jag tog emot pengar från en gubbe för att ses? e 15",
     "ask_law_selling", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("en kund vägrade betala efteråt, kan jag anmäla? jag är 27", "ask_law_selling",
     ["Mika"], ["Stödcentrum"]),
    # The writer pays: KAST, also when the classifier hears wanting out or health.
    ("betalar för escorts varje helg o kan inte sluta", "wants_out", ["KAST"], ["Stödcentrum"]),
    ("har betalt en 16-åring för sex, vad händer nu", "ask_law_minors", ["KAST"], ["Mika "]),
    ("jag har köpt sex och behöver testa mig för klamydia", "health_question",
     ["KAST", "1177"], ["Preventell"]),
    # Health: a person who sells sex is asked the age (Mika Hälsa is for adults).
    ("var testar man sig, har träffat kunder utan kondom", "health_question",
     ["under 18"], ["Preventell", "KAST"]),
    ("jag är 13 o har blödningar efter sex", "buys_sex", ["UMO"], ["KAST", "Mika"]),
    ("i work with sex, 35, need a hiv test", "professional_advice",
     ["Mika", "1177"], ["Socialtjänsten"]),
    # English images posted.
    ("im 24 and my ex posted my private videos on a porn site", "chitchat",
     ["Mika", "114 14"], ["Stödcentrum"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "jag säljer sex, 31 år. kan nån uppsökare höra av sig till mig?",
        "köper sex ibland och vill snacka om det, en riktig person helst",
    ],
)
async def test_asking_for_a_worker_beside_a_situation_calls_one(text):
    messages, _ = await respond_to(text, "sells_sex", 0.6)
    assert handover(messages), texts(messages)


async def told_with_112_first(text, intent, must, must_not):
    """assert_told, and when 112 is demanded it opens the first bubble (danger first)."""
    messages = await assert_told(text, intent, must, must_not)
    if must[0] == "112":
        assert "112" in bubbles(messages)[0]
    return messages


async def test_when_are_you_open_is_answered_with_this_chat():
    messages, _ = await respond_to("när har ni öppet?", "ask_contact", 0.9)
    said = texts(messages)
    assert "när som helst" in said and "Vilken verksamhet" in said


async def test_anonymity_asked_in_english_is_answered():
    messages, _ = await respond_to("do i have to give my name? im 29 and sell sex", "sells_sex")
    assert "anonym" in texts(messages) and "Mika" in texts(messages)


SET_B_AND_A = [
        # Received as clients; paid "for money" in English.
        ("jag är 41 och tar emot killar hemma när lönen inte räcker", "buys_sex",
         ["Mika"], ["KAST"]),
        ("29 years, i do escort for money in stockholm, can police take me?", "suicidal",
         ["Mika", "inte brottsligt"], ["112"]),
        # A purchase's own words are not a sign of being paid.
        ("är det straffbart att betala för en sugardate om hon är 20?", "ask_law_buying",
         ["KAST"], ["under 18"]),
        # A client who hurt the writer: the assault route.
        ("im 33, a customer choked me last night and now i am scared", "sells_sex",
         ["Kvinnofridslinjen", "Mika"], ["Preventell"]),
        # Advertised by someone who takes the money: the police too.
        ("vuxen kvinna, min ex annonserar ut mig och tar pengarna", "sells_sex",
         ["Mika", "114 14"], ["Preventell"]),
        # Unwanted interest in children said about "man" (one).
        ("hur får man hjälp om man är sexuellt attraherad av barn", "ask_anonymity",
         ["Preventell"], ["KAST"]),
        # A buyer who writes at length about his family is not a professional.
        ("Jag är en man i 40-årsåldern med fru och barn. Jag har köpt sex via annonser i "
         "flera år och vill sluta.", "professional_advice", ["KAST"], ["Socialtjänsten"]),
]


async def test_an_anonymity_question_naming_a_service_says_how_to_reach_it():
    from actions.respond import ActionRespond
    from tests.actions.conftest import make_tracker, run_action

    tracker = make_tracker(
        "ask_anonymity",
        entities=[{"entity": "service", "value": "kast"}],
        situation={"signs": [], "asks": ["anonymity"], "concerned": "self"},
    )
    messages, _ = await run_action(ActionRespond(), tracker)
    said = texts(messages)
    assert "anonym" in said and "KAST" in said


SET_C = [
        # A minor in crisis who has been paid: Stödcentrum as well as BRIS.
        ("e 15 o vill dö, alla i klassen vet vad jag gjort för pengar", "suicidal",
         ["112", "90101", "Stödcentrum", "BRIS"], ["Mika"]),
        # Looking at ads as a buyer is not being paid.
        ("sitter o kollar på escortannonser igen, 38 år, vill inte men gör det ändå", "sells_sex",
         ["KAST"], ["Mikamottagningen"]),
        # School years written as numbers; a band closing the message.
        ("går andra året på gymnasiet o en man betalar min hyra", "sugar_dating",
         ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        ("han säger att jag måste jobba av skulden hos hans vänner. e inte myndig",
         "coerced_exploited", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        # A grandparent about an adult grandchild; a shelter about a resident sold.
        ("Mitt barnbarn är 24 och verkar ha något ihop med äldre män och pengar. Vad gör jag?",
         "health_question", ["Mika"], ["Stödcentrum"]),
        ("vi är ett härbärge och en kvinna hos oss blir såld av sin pojkvän", "chitchat",
         ["Mika", "114 14"], ["Preventell"]),
        # "om man e 15": the writer's own age in a question.
        ("får man testa sig gratis om man är 14?", "health_question", ["UMO"], ["Mika"]),
]


async def test_a_follow_up_question_keeps_the_conversations_need():
    # A minor told she sold pictures; the classifier hears health in the next question.
    messages, _ = await respond_to(
        "kan han straffas för det?", "health_question", 0.6,
        slots={"need": "selling", "age_group": "minor"},
    )
    said = texts(messages)
    assert "UMO" not in said and "brott" in said


async def test_a_follow_up_age_keeps_the_conversations_need():
    messages, _ = await respond_to(
        "han är 41. vad kan jag göra som hans syster", "health_question", 0.6,
        slots={"need": "relative_buying"},
    )
    assert "KAST" in texts(messages) and "UMO" not in texts(messages)


async def test_a_number_we_do_not_have_is_said_plainly():
    messages, _ = await respond_to("jag är 33 och säljer sex, vilket nummer har mika?", "sells_sex")
    assert "inget bekräftat telefonnummer till Mika" in texts(messages)


SET_D = [
        # An age told in English after other words; a madam who keeps the passport.
        ("i am girl from Ghana 24 years, the boss keep my passport and i must pay debt",
         "sells_sex", ["Mika", "114 14"], ["Stödcentrum"]),
        # A parent who found messages; the son's age said last.
        ("Jag är mamma. Såg i min dotters mobil att vuxna män erbjuder henne pengar. "
         "Hon är 13.", "sells_sex", ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen"]),
        # A friend paid by a stranger: the friend's exchange, not a relative who buys.
        ("min bästis e 16 o en gubbe betalar henne för sex, kan han straffas?", "relative_buys_sex",
         ["Stödcentrum"], ["KAST"]),
        # An older sibling with their own adult age.
        ("my sister is 16 and she gets money from older men. i am 22. what can i do",
         "sells_sex", ["Stödcentrum"], ["Mikamottagningen"]),
        # Urges in English are the writer's own, not a victim's.
        ("i have thoughts about forcing girls, never done it, scared of myself",
         "coerced_exploited",
         ["Preventell"], ["Stödcentrum", "inte ditt fel"]),
        ("kan inte sluta blotta mig för folk, behöver hjälp", "wants_out", ["Preventell"],
         ["Mikamottagningen"]),
        # Placed in a home for children: under 18.
        ("bor på hvb o en man hämtar oss på nätterna, vi måste göra allt han säger", "chitchat",
         ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        # Recruited with an offer of money.
        ("en kompis sa att om jag följer med till hans polare får jag 500 kr, det var typ "
         "fyra gubbar där. e 15", "buys_sex", ["Stödcentrum", "BRIS"], ["KAST"]),
        # Held down; sold; an ad open.
        ("I am 30. Two men held me down after the customer paid", "sells_sex",
         ["Kvinnofridslinjen"], ["Preventell"]),
        ("im 16 and my boyfriend sells me to his friends", "sells_sex", ["Stödcentrum", "BRIS"],
         ["Mikamottagningen"]),
        ("har annonsen uppe i en flik o är på väg att boka igen, vill sluta", "wants_out",
         ["KAST"], ["Mikamottagningen"]),
        ("I am pregnant, 29, I sell sex and have no doctor", "sells_sex", ["Mika", "1177"],
         ["Stödcentrum"]),
        # Another language's way to say the age, as a short answer.
        ("tengo 16", "chitchat", [], []),
]


async def test_an_age_in_spanish_answers_the_age_question():
    messages, _ = await respond_to(
        "tengo 16", "chitchat", 0.5,
        slots={"need": "coercion", "awaiting": "age_self", "asked_age_self": True},
    )
    assert "Stödcentrum" in texts(messages) and "Mikamottagningen" not in texts(messages)


async def test_a_counsellor_going_on_about_her_pupil_stays_a_counsellor():
    messages, _ = await respond_to(
        "Hon säger att hon träffar män som betalar henne med alkohol.", "sells_sex", 0.6,
        slots={"need": "professional", "other_age_group": "minor"},
    )
    said = texts(messages)
    assert "Socialtjänsten" in said and "Mikamottagningen" not in said


SET_E = [
        # Birthdays and "almost" ages anywhere in the message.
        ("säljer nudes på snap. fyller 16 i mars", "sells_images", ["Stödcentrum", "BRIS"],
         ["Mikamottagningen"]),
        ("kan han som swishar mig åka fast? han vet att jag bara är 14", "ask_law_selling",
         ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        ("ja e nästan 18 o en kille lägger ut annonser på mig", "sells_sex",
         ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        ("precis fyllt 18 och träffar män för pengar", "sells_sex", ["Mika"], ["Stödcentrum"]),
        # Selling with nothing after it; the street.
        ("e 16 o säljer, vill snacka me en människa", "request_human", ["Stödcentrum", "BRIS"],
         ["Mikamottagningen"]),
        ("31 år och står på gatan ibland", "chitchat", ["Mika"], ["Stödcentrum"]),
        # Pregnant after a man met for money: a minor's exchange, not only health.
        ("e 15 o kanske gravid efter en gubbe jag träffade för pengar", "health_question",
         ["UMO", "Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        # Health with a customer and no age: the health services now, and the age asked.
        ("kondomen gick sönder med en kund, vad gör jag", "health_question",
         ["UMO", "1177", "under 18"], ["Preventell"]),
        # Suicidal in other words.
        ("har skurit mig o vill inte vara kvar längre", "sells_sex", ["112", "90101"], []),
        # An adult pupil: the stated age wins over "elev".
        ("jag är lärare på komvux och en elev i 40-årsåldern blir hämtad av en man varje dag",
         "professional_advice", ["Mika"], ["Stödcentrum"]),
        # A number asked for beside a situation; a field worker asked for.
        ("har ni nåt nummer? köper sex och vill sluta", "buys_sex", ["KAST", "telefonnummer"],
         []),
]


async def test_asking_for_a_field_worker_calls_one():
    messages, _ = await respond_to("finns det nån fältarbetare? jag e 30 o säljer sex", "sells_sex")
    assert handover(messages) and "Mika" in texts(messages)


async def test_asking_for_a_friend_turns_the_need_into_the_friends():
    messages, slots = await respond_to(
        "frågar för en kompis, hon e 15", "inform_age", 0.9,
        slots={"need": "selling", "awaiting": "age_self", "asked_age_self": True},
    )
    said = texts(messages)
    assert "Stödcentrum" in said and "Mikamottagningen" not in said
    assert slots["need"] == "relative_selling"


async def test_what_can_happen_to_him_is_a_law_question():
    messages, _ = await respond_to(
        "vad kan hända honom?", "out_of_scope", 0.5, slots={"need": "selling", "age_group": "minor"}
    )
    assert "brott" in texts(messages)


SET_F = [
        # Paid in English words; an age band opening a clause.
        ("I am 31, I work in a massage place and do extra for more money", "suicidal",
         ["Mika"], ["112"]),
        ("tar emot kunder för att klara räkningarna. 50-årsåldern, ensam", "chitchat",
         ["Mika"], ["Stödcentrum"]),
        # A buyer's worry about the woman is not the buyer's own coercion.
        ("köpte sex i helgen och jag tror att någon annan tog hennes pengar", "coerced_exploited",
         ["KAST"], ["Stödcentrum"]),
        # Hurt or strangled by a buyer: the violence route, and 112 when it goes on now.
        ("blev misshandlad av en kund i natt, jag är 29, får jag polisanmäla", "sells_sex",
         ["Kvinnofridslinjen", "1177"], ["Preventell"]),
        ("kunden har stryptag på mig ibland, nu sover han, vågar inte gå. 26", "sells_sex",
         ["112", "Kvinnofridslinjen"], ["Preventell"]),
        # The one who sells the writer; money not enough.
        ("han som säljer mig bankar på dörren nu, jag är 24", "sells_sex", ["112", "114 14"], []),
        ("he beats me when i dont make enough money, i am 26", "sells_sex", ["Mika", "114 14"], []),
        # A farewell letter; inverted word order.
        ("har redan skrivit ett brev till mamma, ingen framtid för mig", "sells_sex",
         ["112", "90101"], []),
        ("han gav mig pengar och nu vill jag inte leva. e 14", "sells_sex",
         ["112", "90101", "Stödcentrum"], []),
        # Pictures the writer sold, seen by everyone; spread in English.
        ("e 15 o alla har sett bilderna jag sålde", "sells_images", ["BRIS", "Stödcentrum"],
         ["Mikamottagningen"]),
        ("my ex client will send my pictures to my family, im 29", "sells_sex",
         ["Mika", "114 14"], ["Stödcentrum"]),
        # Someone who paid is a sign of being paid.
        ("är 16 o killen som betalade ville inte använda kondom, kan jag vara gravid",
         "health_question",
         ["UMO", "Stödcentrum"], ["Mikamottagningen"]),
        # English thoughts about teens; a teacher's duty.
        ("my thoughts about young teens scare me, i am 41", "wants_out", ["Preventell"], ["Mika"]),
        ("I am a teacher in a school. A student says older men pay her. What is my obligation?",
         "chitchat", ["Socialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
        # A pupil who just turned 18.
        ("kurator här, en elev som nyss fyllt 18 säljer sex", "professional_advice", ["Mika"],
         ["Stödcentrum"]),
        # A daughter with a man who pays her, in danger now.
        ("min dotter 15 är hos en man som betalar henne och hon skrev hjälp mig",
         "relative_sells_sex",
         ["112", "Stödcentrum", "Socialtjänsten"], ["Mikamottagningen"]),
]


async def test_the_writer_who_paid_her_is_a_buyer():
    messages, _ = await respond_to(
        "Jag swishade henne efteråt. Sen sa hon att hon var 15.", "sells_sex", 0.6
    )
    assert "KAST" in texts(messages) and "Mikamottagningen" not in texts(messages)


SET_F_AGAIN = [
        ("mitt ex hotar att skicka mina bilder till min chef om jag inte betalar honom. 27 år",
         "sells_sex", ["Mika", "114 14"], ["KAST"]),
        ("Jag såg att en vuxen man erbjuder honom presentkort för bilder. Han är 12.",
         "images_spread", ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen"]),
        ("syns mitt nummer här? e 15 o har träffat gubbar för pengar", "sells_sex",
         ["anonym", "Stödcentrum"], ["Mikamottagningen"]),
]


SET_G = [
        ("hjälp e 14 sitter i en bil med två män som inte släpper av mig", "chitchat",
         ["112", "Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        ("hon hotar att visa mina bilder för alla om jag inte fortsätter. åk 9", "images_spread",
         ["BRIS", "Stödcentrum"], ["Mikamottagningen"]),
        ("hittade swishar till en escortsida i min sambos telefon", "sells_sex", ["KAST"],
         ["Mikamottagningen"]),
        ("tja e tjej 15 o träffar äldre killar som swishar mig", "sells_sex",
         ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        ("har alla mina tabletter framför mig nu", "chitchat", ["112", "90101"], []),
        ("jag sitter på taket nu", "goodbye", ["112", "90101"], []),
        ("köper sex o frun vet, ser ingen utväg", "buys_sex", ["112", "90101"], []),
        ("flicka 14. jag tänker sexuellt på mindre barn och vill sluta", "sexual_thoughts_children",
         ["Preventell", "BRIS"], ["KAST"]),
        ("en kund gjorde saker som jag inte gick med på. 30 år", "sells_sex",
         ["Kvinnofridslinjen", "Mika"], ["Preventell"]),
        ("min kusin 15 skrev precis att hon är hos några gubbar och vill hem", "relative_sells_sex",
         ["112", "Stödcentrum"], ["Mikamottagningen"]),
]


SET_I = [
        ("han kommer tillbaka snart o jag har inga kläder, säger att jag är skyldig honom",
         "sells_sex",
         ["112"], []),
        ("min son 15 svarar inte, han skrev att han sitter i en bil med tre män och är rädd",
         "relative_unwanted_sexuality", ["112", "Stödcentrum"], ["Preventell"]),
        ("i am 25, i work in a massage place and the boss locked the door, "
         "i cannot leave until i pay",
         "professional_advice", ["112", "Mika"], ["Socialtjänsten"]),
        ("i natt tvingade en kund mig, han sover kvar här. 28", "sells_sex",
         ["112", "Kvinnofridslinjen"], ["Preventell"]),
        ("min lillasyster 15 ringde o grät, en kille har tagit henne till en lägenhet",
         "relative_sells_sex",
         ["112", "Stödcentrum"], ["Mikamottagningen"]),
        ("står på perrongen varje morgon o tänker ta ett steg fram",
         "chitchat", ["112", "90101"], []),
        ("har skrivit ett brev till min syster ifall nåt händer", "chitchat", ["112", "90101"], []),
        ("född -10 o får betalt för videos",
         "sells_images", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        ("im 16 and a man is on his way to my house, he says he will share my pics",
         "images_spread",
         ["112", "BRIS"], ["Mikamottagningen"]),
        ("mannen jag säljer till har hållit mig kvar sen i går. 17",
         "sells_sex", ["112", "Stödcentrum"],
         []),
        ("mitt ex som var min hallick står utanför nu. 33",
         "coerced_exploited", ["112", "Mika"], []),
        ("my friend says she took all her pills and is saying goodbye",
         "chitchat", ["112", "90101"], []),
        ("he is a client and he wont let me out of the car, im 24",
         "chitchat", ["112", "Mika"], []),
]


async def test_refusing_the_age_names_both_routes():
    messages, _ = await respond_to(
        "spelar ingen roll hur gammal jag är", "out_of_scope", 0.5,
        slots={"need": "selling", "awaiting": "age_self", "asked_age_self": True},
    )
    said = texts(messages)
    assert "Stödcentrum" in said and "Mikamottagningen" in said


SET_J = [
        ("orkar inte, har gjort grejer för para o vill försvinna för alltid. e 15", "suicidal",
         ["112", "90101", "Stödcentrum"], ["Mikamottagningen"]),
        ("nån har lagt ut mina bilder på snap o alla har sett 😭 e 13", "images_spread",
         ["BRIS", "Stödcentrum"], ["Mikamottagningen"]),
        ("e 16 o swishade en tjej för att hon skulle skicka bilder", "sells_sex",
         ["KAST", "BRIS"], ["Mikamottagningen"]),
        ("om man får 3k av nån för att ses o man e 16, e det ens olagligt", "ask_law_selling",
         ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        ("en gubbe vill swisha 2000 om vi ses. e 15", "ask_law_minors", ["Stödcentrum", "BRIS"],
         ["Mikamottagningen"]),
        ("har sålt använda strumpor o trosor på nätet, e 16", "health_question",
         ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        # Danger with the age unknown: both the youth and the adult route after 112.
        ("han slår mig nu o säger att jag ska ut o ta kunder ikväll", "acute_danger",
         ["112", "Stödcentrum", "Mika"], []),
]


SET_L = [
        ("transkvinna 31, tar kunder via en sajt. har ni ett nummer jag kan ringa?", "buys_sex",
         ["Mika"], ["KAST"]),
        ("vill prata med nån från ert team. är 24 och säljer sex", "sells_sex", ["Mika"], []),
        ("Jag är farmor till en pojke på 15. En vuxen man ger honom pengar.", "sells_sex",
         ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen"]),
        ("e 14, en kille köper snus till mig o vill ha nåt tillbaka", "buys_sex",
         ["Stödcentrum", "BRIS"], ["KAST"]),
        ("jag är 16 och har tankar om barn, kan jag få hjälp utan att mina föräldrar får veta?",
         "sexual_thoughts_children", ["Preventell", "anonym"], ["KAST"]),
        ("Kurator här. En 16-årig elev får pengar av en man i 50-årsåldern.", "professional_advice",
         ["Socialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
        ("om man är 13 och nån betalar en för att skicka bilder, är det brott?", "ask_law_minors",
         ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
        ("jobbar med massage med extra och kunderna blir jobbiga. 35", "buys_sex", ["Mika"],
         ["KAST"]),
]


async def test_a_parent_asked_about_her_daughters_age_answers_in_the_past_tense():
    messages, _ = await respond_to(
        "hon fyllde 14 i våras", "inform_age", 0.9,
        slots={"need": "relative_selling", "awaiting": "age_other", "asked_age_other": True},
    )
    assert "Stödcentrum" in texts(messages) and "Mikamottagningen" not in texts(messages)


# From H and K, the two sets first kept unread (read once they had been measured).
SET_H_K = [
    # Someone else's deed, told by a writer who only worries, with that person's adult age.
    ("hon har börjat sälja sig för att klara hyran sen hon separerade. hon är 47. jag vet inte "
     "vad jag ska säga till henne", "sells_sex", ["Mika"], ["Stödcentrum", "Är du under 18"]),
    # A grandparent who names no "min", and things a child cannot explain.
    ("farfar här. barnbarnet har plötsligt massa nya grejer och en dyr mobil, han är 12",
     "chitchat", ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen"]),
    ("en vän till mig får betalt av en äldre man för nudes, hon är 16", "sells_sex",
     ["Stödcentrum", "Socialtjänsten", "BRIS"], ["Mikamottagningen"]),
    # Staff who saw something and ask how "we" go on.
    ("Nattpersonalen har märkt att en flicka på 15 hämtas med bil av vuxna män. Hur ska vi "
     "agera?", "relative_sells_sex", ["Socialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
    # Fetched from a home and driven to men: a child exploited, not a buyer.
    ("nån hämtar tjejer från boendet och kör dem till hotell. e 15 o har åkt med", "buys_sex",
     ["Stödcentrum", "BRIS"], ["KAST"]),
    # Danger from a customer: 112 first, and the seller's own service.
    ("kunden slog mig och har låst dörren, 31 år", "acute_danger", ["112", "Mika"], ["KAST"]),
    ("he says he will kill my son if i leave him", "coerced_exploited", ["112"], ["Preventell"]),
    ("han sitter i rummet bredvid nu och har tagit min telefon", "sells_sex", ["112"], []),
    # An age said as "N nu".
    ("har sålt sex i många år, 44 nu. vill bara prata", "sells_sex", ["Mika"],
     ["Är du under 18"]),
]


async def test_you_dont_understand_offers_a_human_at_once(run):
    from actions.conversation import ActionHandleFallback
    from tests.actions.conftest import make_tracker

    messages, slots = await run(
        ActionHandleFallback(),
        make_tracker("nlu_fallback", situation={"signs": [], "asks": ["misread"]}),
    )
    assert [m.get("response") for m in messages] == ["utter_offer_handover"]
    assert slots == {"awaiting": "handover"}


@pytest.mark.parametrize("text", ["hmm", "eeh", "typ det där ni vet", "det där med honom du vet"])
def test_a_hesitation_is_not_understood_whatever_the_classifier_says(text):
    from engine.nlu.situation import analyze, decide_intent

    situation = analyze(text, "ask_anonymity", 0.7)
    assert decide_intent("ask_anonymity", situation, False, 0.7) == "nlu_fallback"


async def test_the_friend_asked_about_turns_out_to_be_the_writer():
    messages, slots = await respond_to(
        "det är faktiskt jag", "chitchat", 0.5,
        slots={"need": "relative_selling", "other_age_group": "minor"},
    )
    said = texts(messages)
    assert "inte ditt fel" in said and "Stödcentrum" in said and "BRIS" in said
    assert "Mikamottagningen" not in said and slots["age_group"] == "minor"


async def test_a_health_question_stands_when_the_writer_then_says_she_sells_sex():
    messages, _ = await respond_to(
        "är 33 och säljer sex", "sells_sex", 0.9, slots={"need": "health"}
    )
    assert "Mika" in texts(messages) and "1177" in texts(messages)


# From M (teenagers on a phone) and P (conversations), read after their first run.
SET_M_P = [
    # Ages: "blir N" is a coming birthday, an age closing the message, "båda e", "kvinna över 40".
    ("blir 15 nästa vecka o en snubbe ger mig vapes om ja skickar bilder", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("orkar inte med kunderna längre, vill ut ur det. sjutton", "wants_out",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "Är du under 18"]),
    ("man över 40. tar emot kunder hemma mot betalning ibland", "buys_sex", ["Mika"],
     ["Är du under 18"]),
    ("jag o min bästis e 16 o har snackat om att köpa sex av nån", "buys_sex", ["KAST", "BRIS"],
     []),
    # The writer pays for pictures; a man pays for pictures of the writer.
    ("betalade en tjej för bilder på snap o nu är ja rädd att hon var för ung", "sells_sex",
     ["KAST"], ["Mikamottagningen"]),
    ("e 15, en kille på insta betalar för nudes på mig", "buys_sex", ["Stödcentrum", "BRIS"],
     ["KAST"]),
    # Signs said the teen way: a bed for sex, "får betalt", touched, "tar inte nej".
    ("e 14 o sover hos en äldre kille när ja inte får va hemma, sen vill han ha sex", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("om jag säger att jag är 16 och får betalt, anmäler ni mig då?", "ask_anonymity",
     ["Stödcentrum", "BRIS", "anonym"], ["Mikamottagningen"]),
    ("ledaren på klubben tar på mig fast ja inte vill, e 12", "chitchat", ["Stödcentrum", "BRIS"],
     ["Preventell"]),
    ("var på en fest hos några män o de tog inte nej, jag är 24", "chitchat",
     ["Mika", "Kvinnofridslinjen"], ["KAST"]),
    ("jag får en drift att tvinga min flickvän ibland och hatar det", "chitchat",
     ["Preventell"], ["KAST"]),
    # Danger said by a teen: drugged, hit just now, an SOS, sold by a man right now.
    ("nån har drogat mig tror jag, vet inte var jag är. 19", "chitchat", ["112"], []),
    ("han slog mig precis o säger att jag ska ta fler kunder, e 16", "sells_sex",
     ["112", "Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("lillasyster skickade sos, hon är 13 o sitter i en bil med en gubbe hon mött på nätet nu",
     "relative_sells_sex", ["112"], []),
    ("kan inte sluta tänka på att ta livet av mig efter det som hände", "chitchat",
     ["112", "90101"], []),
    # Someone close, with that person's age, while the writer says their own.
    ("min pappa är 45 o tror han köper sex, jag är 14 o vet inte vad jag ska göra",
     "buys_sex", ["KAST"], ["Mikamottagningen"]),
    ("skolkurator. tjejer 14-15 får pengar av vuxna män på ett gym. hur går vi vidare?",
     "sells_sex", ["Socialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
    ("vill inte säga vem jag är, men har ni numret till mika?", "ask_contact", ["anonym"], []),
]


async def test_an_unclear_message_after_danger_hears_112_again():
    for intent in ("chitchat", "out_of_scope", "deny"):
        messages, _ = await respond_to("mamma e inte hemma", intent, 0.7,
                                       slots={"crisis": "danger"})
        assert "112" in texts(messages), intent


async def test_how_to_report_is_answered_with_the_police():
    messages, _ = await respond_to("hur polisanmäler man sånt", "chitchat", 0.4,
                                   slots={"need": "images_spread", "age_group": "adult"})
    said = texts(messages)
    assert "Polisen" in said and "114 14" in said


async def test_can_he_talk_to_someone_himself_names_his_own_service():
    messages, _ = await respond_to("kan han prata med nån själv om det?", "request_human", 0.8,
                                   slots={"need": "relative_buying"})
    assert "KAST" in texts(messages) and not handover(messages)


async def test_having_done_it_after_a_law_question_makes_it_the_writers_own():
    messages, _ = await respond_to("jag frågar eftersom jag har gjort det", "sells_sex", 0.8,
                                   slots={"need": "buying"})
    assert "KAST" in texts(messages) and "Är du under 18" not in texts(messages)


async def test_a_counsellors_follow_up_about_herself_stays_a_counsellors():
    messages, _ = await respond_to("finns det stöd för mig som vill ha råd?", "wants_out", 0.7,
                                   slots={"need": "professional", "other_age_group": "adult"})
    assert "konsultation" in texts(messages)


# From N (second-language Swedish), O (crisis, mixed needs), Q (everyday) and R (minors and
# those around them), read after their first run.
SET_N_O_Q_R = [
    # Danger put together from its parts: a moment, an adult or a place, an alarm.
    ("min dotter är 14 och sitter i en bil med en vuxen man just nu, hon svarar inte",
     "relative_sells_sex", ["112"], []),
    ("kompisen åkte med en äldre kille för en halvtimme sen o nu svarar hon inte", "chitchat",
     ["112"], []),
    ("jag vet inte var jag är, han tog med mig till ett hus på landet. 15", "chitchat",
     ["112", "Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("they took my phone and i dont know which address this is", "chitchat", ["112"], []),
    ("det står en kille utanför min dörr och bankar, jag är 30", "chitchat", ["112", "Mika"],
     []),
    ("han säger att han ska skada min lillasyster om jag slutar", "coerced_exploited", ["112"],
     []),
    ("han är i köket med en kniv och jag gömmer mig i badrummet, 27 år", "sells_sex",
     ["112", "Mika"], []),
    # Suicidal thoughts said as sleep, a pet handed over, easier for everyone.
    ("vill bara somna in för alltid, e 16", "chitchat", ["112", "90101"], []),
    ("det vore enklare för familjen om jag inte fanns", "chitchat", ["112", "90101"], []),
    ("hon bad mig ta hand om hennes hund och nu svarar hon inte", "relative_sells_sex",
     ["112", "90101"], []),
    # Ages in other languages and second-language Swedish.
    ("tengo 29 años, chefen har mitt pass och jag måste jobba med män", "chitchat",
     ["Mika", "Polisen"], ["Stödcentrum"]),
    ("jag har 33 år och säljer sex på en salong, vill sluta", "wants_out", ["Mika"],
     ["Är du under 18"]),
    ("I'm sixteen and a man pays me for pictures", "chitchat", ["Stödcentrum", "BRIS"],
     ["Mikamottagningen"]),
    # Whose situation: a parent is an adult; staff "we have contact with"; a priest's buyer.
    ("min pappa köper sex och jag vet inte vad jag ska göra", "relative_buys_sex", ["KAST"],
     ["Är personen"]),
    ("jobbar som fritidspedagog, en tjej på 13 som vi träffar får pengar av en vuxen", "sells_sex",
     ["Socialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
    ("jag är diakon och en man har berättat att han köper sex och vill sluta, vart hänvisar jag",
     "professional_advice", ["KAST"], []),
    # Buyers in other words; a seller's massage is not a purchase.
    ("har spenderat typ 20k på privata shows på camsajter, frun vet inget", "chitchat",
     ["KAST"], ["Mikamottagningen"]),
    ("I work in a salon and give massage with extras, I am 34", "buys_sex", ["Mika"], ["KAST"]),
    # Coercion and violence in other words.
    ("kvinnan som äger mig tar hälften av pengarna, jag är 25", "chitchat",
     ["Mika", "Polisen"], []),
    ("kunden som betalade slog mig när jag ville gå, 23 år", "sells_sex",
     ["Mika", "Kvinnofridslinjen"], []),
    ("har ont och det svider när jag kissar, jobbar med sex. 30", "sells_sex", ["Mika", "1177"],
     []),
]


SET_S_T = [
    # Ages: a school year as a digit, "sonen 16", "Jag (20)", "41-årig man", "egentligen",
    # a gender letter after the age, a writer's age at the start beside someone else's.
    ("går i 9:an o en snubbe på insta swishar mig för bilder", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("dottern 15 har fått en ny iphone av en vuxen man hon träffat", "relative_sells_sex",
     ["Stödcentrum", "Socialtjänsten"], ["Är personen"]),
    ("Jag (20) har en sugardaddy som betalar mina räkningar", "sugar_dating",
     ["Mika"], ["Är du under 18"]),
    ("41-årig kvinna. killen jag bor med tar alla pengar kunderna ger mig", "chitchat",
     ["Mika", "Polisen"], ["Är du under 18"]),
    ("har sagt att jag är 18 men är faktiskt 16 och träffar män för pengar", "sells_sex",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("han hotar att skicka mina nakenbilder till min familj. 31 f", "images_spread",
     ["Mika", "Polisen"], ["Är du under 18"]),
    ("16 och har missat mensen, han jag träffade e 30", "health_question", ["UMO", "BRIS"], []),
    # Generic "man" is no husband; a check-up is a health question.
    ("var testar man sig när man jobbar som escort? 29", "chitchat", ["Mika", "1177"],
     ["Är personen"]),
    ("jobbar med sex och vill boka en hälsokontroll, 35 år", "sells_sex", ["1177"], []),
    # Paid, in English; unwanted thoughts of a young writer, in English.
    ("i sold nudes to a guy on kik, im 15", "chitchat", ["Stödcentrum", "BRIS"],
     ["Mikamottagningen"]),
    ("some man offered me 3000 kr for a night and i went", "chitchat", ["Är du under 18"], []),
    ("im 16 and i cant stop watching videos of little kids and i feel disgusting", "chitchat",
     ["Preventell", "BRIS"], []),
    # Danger: no answer since meeting a buyer hours ago; still at the door; in a car.
    ("min syster skulle träffa en kund för två timmar sen och nu svarar hon inte", "chitchat",
     ["112"], []),
    ("han står kvar utanför dörren och vill ha pengarna tillbaka", "sells_sex", ["112"], []),
    ("im in a car with two men, they took my phone", "chitchat", ["112"], []),
    ("everybody would be better off without me honestly", "chitchat", ["112", "90101"], []),
    ("alla skulle ha det bättre utan mig", "chitchat", ["112", "90101"], []),
    # Asks: delete this, reported for talking, someone to call, the buyer's "what now".
    ("kan ni ta bort chatten sen? jag säljer sex och är 27", "sells_sex", ["Mika", "anonym"],
     []),
    ("could someone from the team contact me? i am 30 and sell sex", "sells_sex",
     ["Mika", "uppsökare"], []),
    ("köpte sex av en tjej som sen sa att hon var 15, jag är 40, vad händer nu", "buys_sex",
     ["KAST", "brott"], ["Mikamottagningen"]),
    # Bought, with the subject dropped: "träffat en tjej via en app och betalat".
    ("har träffat en kvinna via en app och betalat henne för sex", "chitchat", ["KAST"],
     ["Mikamottagningen"]),
    # The writer sells and a young sister has started too: both routes.
    ("är 22 och säljer sex, nu har min lillebror på 15 börjat göra det också", "sells_sex",
     ["Mika", "Stödcentrum", "Socialtjänsten"], ["Preventell"]),
]


SET_U_V = [
    # Suicidal thoughts as meaning gone, not waking, pills out or taken, a rope, a balcony.
    ("ser inte nån mening alls längre med nånting, e 17", "chitchat", ["112", "90101"], []),
    ("tror inte jag vaknar imorn, har bestämt mig", "chitchat", ["112", "90101"], []),
    ("sömntabletterna ligger framme på bordet", "chitchat", ["112", "90101"], []),
    ("tog typ 30 panodil nyss", "health_question", ["112", "90101"], []),
    ("har köpt ett rep", "chitchat", ["112", "90101"], []),
    ("sitter på balkongen på sjätte våningen o tänker", "chitchat", ["112", "90101"], []),
    ("i dont want to be around anymore, im 19", "chitchat", ["112", "90101"], []),
    # Danger: fetched by a man and it feels wrong; outside the house; coming home soon;
    # hiding in his toilet; not able to breathe; heard through the wall; driven somewhere.
    ("en kille från tiktok ska hämta mig snart o det känns läskigt, e 14", "sells_sex",
     ["112", "Stödcentrum", "BRIS"], []),
    ("han står utanför mitt hus och ringer hela tiden", "chitchat", ["112"], []),
    ("hallicken kommer tillbaka om tio minuter, jag är 24", "coerced_exploited",
     ["112", "Mika"], []),
    ("gömmer mig på kundens toalett, han är jättearg", "sells_sex", ["112"], []),
    ("han tryckte mig mot väggen och nu kan jag inte andas ordentligt", "chitchat", ["112"], []),
    ("hör genom väggen hur grannens hallick slår henne", "chitchat", ["112"], []),
    ("he is driving me somewhere and wont tell me where", "chitchat", ["112"], []),
    ("dom låser in oss på kvällarna, jag är 23", "coerced_exploited",
     ["112", "Mika", "Polisen"], []),
    # Not acute: tired of it all, last year.
    ("är så trött på alltihop med jobbet, behöver ledigt. 31 o escort", "chitchat", ["Mika"],
     ["112", "90101"]),
    # Ages: a year ago, "nu är hon 22", "in year 8", "35 o escort".
    ("i fjol när jag var 16 sålde jag nudes, mår dåligt av det", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("min son sålde sex för några år sen, nu är han 22 och vill inte prata om det",
     "relative_sells_sex", ["Mika"], ["Är personen"]),
    ("someone is sharing my nudes in the group chat. in year 8", "images_spread",
     ["BRIS", "Stödcentrum"], []),
    # Signs: vapes for nudes, feet pics, paying an escort, a promised job, forced in English,
    # pictures that turned up on a site, urges near children, a little cousin who is paid.
    ("han ger mig vapes om jag skickar nudes, e 14", "chitchat", ["Stödcentrum", "BRIS"],
     ["Mikamottagningen"]),
    ("vill sälja feet pics, hur gör man", "chitchat", ["Är du under 18"], []),
    ("tänker betala en escort i helgen, vad riskerar jag", "sells_sex", ["KAST"],
     ["Mikamottagningen"]),
    ("en man lovade mig jobb som städerska men det var sex med kunder och ingen lön, 30 år",
     "chitchat", ["Mika", "Polisen"], []),
    ("he dragged me into the stairwell and did stuff to me. im 15", "chitchat",
     ["Stödcentrum", "BRIS"], []),
    ("filmerna jag gjorde för en kille har hamnat på en porrsajt, är 24", "chitchat",
     ["Mika", "Polisen"], []),
    ("har urges när jag går förbi skolgården och är rädd för mig själv", "chitchat",
     ["Preventell"], ["Stödcentrum"]),
    ("jag är 20 och min lillkusin på 14 får pengar av gubbar, vad gör jag", "chitchat",
     ["Stödcentrum", "Socialtjänsten"], []),
    # Asks: is there a human; can the service see who I am.
    ("is there a real person here? im 26 and escort", "sells_sex", ["Mika", "uppsökare"], []),
    ("kan Mika se vem jag är om jag ringer dit? jag säljer sex och är 29", "sells_sex",
     ["Mika", "anonym"], []),
    # Urges that feel close right now: 112 and Preventell; "one day" is not acute.
    ("står vid skolgården och har urges, det känns nära nu", "chitchat",
     ["112", "Preventell"], []),
    ("har tankar om barn och är rädd att jag ska göra nåt en dag, 45 år",
     "sexual_thoughts_children", ["Preventell"], ["112"]),
    # Staff who say "we" or name a young person are professionals, whatever else is missing.
    ("Kurator här. Vi har en ung person som kanske får betalt för sex, vem ringer vi?",
     "professional_advice", ["Socialtjänsten"], []),
]


SET_X_Y = [
    # Suicidal: best for all if I removed myself, cutting "all the way", the last night,
    # "thinking about ending it", "en massa piller".
    ("det vore bäst för familjen om jag försvann, köper sex och hatar mig", "buys_sex",
     ["112", "90101", "KAST"], []),
    ("skär mig efter jobbet och inatt går jag hela vägen. 25", "chitchat", ["112", "90101"], []),
    ("ikväll blir sista natten, har bestämt mig", "chitchat", ["112", "90101"], []),
    ("cant stop thinking about ending it after he posted my nudes", "images_spread",
     ["112", "90101"], []),
    ("har svalt en massa tabletter o säljer mig, e 17", "chitchat", ["112", "90101", "BRIS"], []),
    # Danger: breaking in, barely breathing, bleeding that does not stop, a whispered call.
    ("nån försöker bryta sig in i lägenheten där jag jobbar", "sells_sex", ["112"], []),
    ("hon andas knappt efter att ha tagit nåt, jag köpte sex av henne", "buys_sex", ["112"], []),
    ("blödde efter en kund igår och det slutar inte", "health_question", ["112"], []),
    ("min dotter på 15 ringde och viskade att hon är i en lägenhet med vuxna män",
     "relative_sells_sex", ["112", "Stödcentrum"], ["Preventell"]),
    ("min kompis e 14 o åkte med en vuxen man, nu skriver hon att hon inte vet var hon är",
     "relative_sells_sex", ["112"], []),
    # Ages: years left to 18, a classmate at högstadiet, "fyller 15", "woman 30 years",
    # "blev myndig", "my sister 20", "jag och min syster som är 14 ... jag är 19".
    ("ett år kvar tills jag blir myndig och en gubbe swishar mig", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("en kille i samma klass som mig på högstadiet säljer mig till sina kompisar", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("pappa till en kille som fyller 15 i höst, han får pengar av vuxna män",
     "relative_sells_sex", ["Stödcentrum", "Socialtjänsten"], ["Är personen"]),
    ("me nigeria woman 30 years, work with sex in flat", "chitchat", ["Mika"], ["Är du under"]),
    ("har sålt nudes sen jag blev myndig", "sells_images", ["Mika"], ["Är du under 18"]),
    ("my sister 20 does sugar dating and we are worried", "relative_sells_sex", ["Mika"],
     ["Är personen"]),
    ("jag och min lillebror som är 15 måste ligga med hans vänner för att få bo där. jag är 20",
     "coerced_exploited", ["Mika", "Stödcentrum"], []),
    # Signs: debt in English, a pimping "chef", regulars, an age then "o säljer", both selling,
    # a young buyer looking for girls who take money.
    ("a woman promised me job in a shop, now i must work with sex to pay debt. 26", "chitchat",
     ["Mika", "Polisen"], []),
    ("har bara stammisar nu, e 33 o vill prata", "chitchat", ["Mika"], ["Preventell"]),
    ("om man e 16 o säljer, blir man anmäld?", "ask_law_selling", ["Stödcentrum", "BRIS"], []),
    ("jag e 22 och min tjejkompis e 15, vi båda säljer", "sells_sex",
     ["Mika", "Stödcentrum"], []),
    ("var hittar man tjejer som tar betalt i göteborg", "chitchat", ["KAST"], []),
    # Whose situation: "jag tror hon säljer", English "how do i help him".
    ("min syster är 30 och jag tror hon säljer sex, vad gör jag", "relative_sells_sex",
     ["Mika"], ["Är personen"]),
    ("my brother is 16 and someone is blackmailing him with pics. im 25, how can i help him",
     "images_spread", ["Stödcentrum"], []),
    # Asks: without saying who one is, tell the police about me, a person please, the police's
    # number when it is not urgent, reporting a rape.
    ("köper sex ibland, kan jag prata med nån utan att säga vem jag är?", "buys_sex",
     ["KAST", "anonym"], []),
    ("will you tell the police about me? i sell sex, 28", "sells_sex", ["Mika", "anonym"], []),
    ("är det en bot? isf vill jag ha en människa", "bot_challenge", ["uppsökare"], []),
    ("vilket nummer har polisen när det inte är akut", "chitchat", ["114 14"], []),
]

SET_W_AC_AD_AE_AF = [
    # Suicidal: someone else's plan, no reason to go on, pills gathered, a jump thought of,
    # all of a parent's pills, a car in the garage, belongings given away, a farewell.
    ("min kusin (30) sa nyss att hon ska ta sitt liv inatt", "relative_sells_sex",
     ["112", "90101"], ["Preventell"]),
    ("ser ingen anledning att fortsätta leva sen frun fick veta att jag köper sex", "buys_sex",
     ["112", "90101"], []),
    ("har samlat på mig sömntabletter i en månad nu", "chitchat", ["112", "90101"], []),
    ("säljer mig sen flera år, tänker på att hoppa från bron", "sells_sex", ["112", "90101"], []),
    ("ikväll tar jag alla pappas piller. e 15", "chitchat", ["112", "90101", "BRIS"], []),
    ("sitter i bilen i garaget med motorn på", "chitchat", ["112", "90101"], []),
    ("har gett bort alla mina kläder och skrivit ett brev till mamma", "chitchat",
     ["112", "90101"], []),
    ("om jag inte svarar imorn så vet du varför", "goodbye", ["112", "90101"], []),
    # Danger: a customer driving the wrong way, followed now, gone to meet a man and the
    # phone off, the pimp waiting outside, kept in a flat, the boss coming in minutes.
    ("sitter i en kunds bil, han kör åt fel håll och blivit jättekonstig", "sells_sex",
     ["112"], []),
    ("en gubbe följer efter mig från stationen, e 16", "chitchat", ["112", "BRIS"], []),
    ("min lillasyster 15 gick till en kille från snap igår och nu är mobilen avstängd",
     "relative_sells_sex", ["112", "Stödcentrum"], ["Preventell"]),
    ("hennes hallick står utanför porten och väntar, hon är 25", "relative_sells_sex",
     ["112"], ["Preventell"]),
    ("they keep me in the flat and take all money, please", "sells_sex", ["112"], []),
    ("the boss is coming in 5 minutes and he will be angry, no clients today", "sells_sex",
     ["112"], []),
    # Buyers: an escort met, the one paid, an ad he tries not to call, a raid, a sugar daddy's
    # law question, paid shows, wanting to stop buying.
    ("hittade swishar till en escort på mitt konto, jag måste sluta", "sells_sex", ["KAST"],
     ["Är du under 18"]),
    ("tjejen jag köpte av i fredags verkade rädd", "coerced_exploited", ["KAST"],
     ["Är du under 18"]),
    ("har annonsen uppe och försöker låta bli att ringa", "ask_contact", ["KAST"], []),
    ("åkte fast i ett tillslag i helgen, vad händer nu", "health_question", ["KAST"], []),
    ("jag är sugardaddy åt en tjej på 22, är det egentligen sexköp?", "sugar_dating",
     ["KAST", "brott"], ["Är du under 18"]),
    ("betalar för privata camshows flera kvällar i veckan", "sells_images", ["KAST"],
     ["Är du under 18"]),
    ("vill sluta köpa men klarar det inte", "wants_out", ["KAST"], ["Mikamottagningen"]),
    ("en kund vill boka mig över natten", "buys_sex", ["under 18"], ["KAST"]),
    # Selling and coercion: an age in brackets after the work, "me 44 year", a debt for the
    # trip, moved between cities, "e en tjej på 15", a son's age before the word.
    ("jobbar som eskort (31) och vill testa mig för hiv", "chitchat", ["Mika", "1177"],
     ["Är du under 18"]),
    ("me 44 year, customer pay me for sex in massage", "buys_sex", ["Mika"], ["KAST"]),
    ("i owe 30 000 euro for the trip and madam says i work until it is paid. 24", "chitchat",
     ["Mika", "114 14"], ["Preventell"]),
    ("min storebror skickar mig mellan olika städer och säger vem jag ska träffa, e 16",
     "compulsive_sexual_behaviour", ["Stödcentrum", "BRIS"], ["Preventell"]),
    ("e en tjej på 15 o en vuxen ger mig pengar för grejer på kameran", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("min 16-åriga dotter har tagit emot pengar från vuxna män", "sells_sex",
     ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen"]),
    ("mamma till en 15-åring. en vuxen man har betalat henne för sex, är det våldtäkt?",
     "buys_sex", ["Stödcentrum"], ["KAST"]),
    ("new girl here is only 15, the man takes all her money, how can i help her", "chitchat",
     ["Stödcentrum"], ["Preventell"]),
    ("im 17 and staying at a guys place, sex is the rent", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("my sugar daddy spiked my drink and did stuff to me. 25", "sugar_dating",
     ["Kvinnofridslinjen"], []),
    ("how often should i get tested if i work with clients? 29", "professional_advice",
     ["Mika", "1177"], ["Socialtjänsten"]),
    ("escort 30 här, vill prata", "chitchat", ["Mika"], ["Är du under 18"]),
    ("e en kille på 15 o får tankar om att tvinga tjejer", "chitchat", ["Preventell", "BRIS"],
     []),
    # Asks: help that will not report me.
    ("finns det stöd som inte polisanmäler mig? köper sex ibland", "buys_sex",
     ["KAST", "anonym"], []),
    # A probe of young people exploited, their relatives and staff (this session), in new
    # words: a debt paid "another way", a gang, fetched after school, "you are ours", a
    # share taken, sent anyway; a coach, a foster child, a pupil's school year; a parent's
    # "min 14-åring", a daughter "född 2010", a grandparent's worry.
    ("e 15 o skyldig en snubbe för gräs, han sa ja kan betala på annat sätt", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("lillebror min e 14 o har hamnat hos ett gäng som skickar honom till vuxna män",
     "chitchat", ["Stödcentrum"], ["Mikamottagningen", "Preventell"]),
    ("dom hämtar mig efter skolan o kör mig till en lägenhet, går i åttan", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("han tar en procent av allt jag får från killarna, jag e 16", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("som tränare undrar jag hur jag gör, en spelare i laget, 15, får pengar av en vuxen",
     "chitchat", ["Socialtjänsten", "Stödcentrum"], ["Är du under"]),
    ("mitt familjehemsbarn är fjorton och får dyra saker av någon hon inte vill berätta om",
     "chitchat", ["Stödcentrum"], ["Mikamottagningen"]),
    ("en tjej i nian har berättat för mig att hon träffar män för pengar, vart slussar jag henne",
     "chitchat", ["Stödcentrum"], ["Är du under"]),
    ("min 15-åring har chattar med en man som skriver att han betalar bra", "chitchat",
     ["Stödcentrum"], ["Är du under"]),
    ("min dotter, född 2011, har en äldre pojkvän som betalar allt åt henne", "chitchat",
     ["Stödcentrum"], ["Är personen"]),
    # Set AA: unwanted thoughts named without "jag"; staff whose young person just got
    # into a car with older men, destination unknown.
    ("sexuella fantasier kring småbarn. är 41 och har aldrig gjort något", "wants_out",
     ["Preventell"], ["Mikamottagningen"]),
    ("fritidsledare här. en tjej hos oss klev precis in i en bil med två äldre killar, vi vet "
     "inte vart de kör", "professional_advice", ["112", "Socialtjänsten"], []),
    # Set AI: a child about to meet a paying adult soon is danger now; the school year
    # named after the school; "en tjej 15" described by staff; pictures "of me" are the
    # writer's own even when a parent is named; a group's ages as a range.
    ("e 15 o ska ses med en vuxen snubbe som swishar mig efter skolan idag", "sells_sex",
     ["112", "Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("min lillasyster e 13, en man hon pratar med på roblox ska hämta henne inatt", "chitchat",
     ["112", "Stödcentrum"], ["Mikamottagningen"]),
    ("gymnasiet andra året, en gubbe ger mig snus o pengar för att vi ses", "sells_sex",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "Är du under"]),
    ("kurator här, en tjej 15 berättar att hon sover hos män mot sex", "professional_advice",
     ["Stödcentrum"], ["Är du under"]),
    ("we are two girls, 19 to 21 years, the boss keeps all the money", "coerced_exploited",
     ["Mika", "114 14"], ["Är du under"]),
    ("efter jag var med en som swishade mig vill jag inte leva, är 16", "buys_sex",
     ["112", "Stödcentrum", "BRIS"], ["KAST"]),
    # Set AK: ages written "I am Thai woman 45", "mujer 44", "jag tjej 38 år"; a niece
    # of 16 pimped by her boyfriend; the impersonal "om man e under 18".
    ("I am romanian woman 33, the man who drive me take all money", "coerced_exploited",
     ["Mika", "114 14"], ["Är du under"]),
    ("mujer 41, vendo sexo, necesito ayuda", "chitchat", ["Mika"], ["Är du under"]),
    ("min niece är 15 och hennes pojkvän säljer henne till sina vänner", "relative_sells_sex",
     ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen", "Är personen"]),
    ("vad gör man om man är under 18 och får betalt för att träffa gubbar", "ask_law_minors",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # An age staff give without an owner is the young person's, not the writer's.
    ("jag är socialsekreterare och har en ungdom, född 2010, som annonseras på en escortsida",
     "professional_advice", ["Socialtjänsten", "Stödcentrum"], ["Är du under"]),
]


# A turn read with what the conversation already holds: (text, intent, confidence, slots,
# must be said, must not be said).
FOLLOW_UPS = [
    # After a buyer's law question, "the one who was 15" is the child, not a buyer.
    ("jag var den som var 15. det var i våras", "chitchat", 0.5, {"need": "buying"},
     ["Stödcentrum", "BRIS"], ["KAST"]),
    # Staff ask whether to report to social services after telling of a child (set AS).
    ("ska jag också göra en anmälan till socialen efteråt?", "chitchat", 0.5,
     {"need": "professional", "other_age_group": "minor"}, ["Socialtjänsten"], ["KAST"]),
    # A child who fears a report hears she is anonymous, not where reports go.
    ("kommer ni anmäla till soc om jag berättar mer?", "chitchat", 0.5,
     {"need": "selling", "age_group": "minor"}, ["anonym"], ["dit anmäls oro"]),
    # ... also when the classifier hears only an age ("asså ja e tjejen. e 16", set AQ).
    ("asså jag e tjejen dom pratar om. e 15", "inform_age", 0.8, {"need": "buying"},
     ["Stödcentrum", "BRIS"], ["KAST"]),
    # "What can I do for her?" names her own route, not Preventell.
    ("vad kan jag göra för henne?", "relative_unwanted_sexuality", 0.6,
     {"need": "selling", "age_group": "adult", "other_age_group": "minor"},
     ["Stödcentrum"], ["Preventell"]),
    # A young writer once paid keeps Stödcentrum and BRIS when the next question is health.
    ("kan man bli sjuk av det?", "health_question", 0.8,
     {"need": "selling", "age_group": "minor"},
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # A question with no one else named is not a professional's.
    ("hur går sugardejting till? en man har erbjudit mig pengar", "professional_advice", 0.7,
     {}, ["under 18"], ["Socialtjänsten"]),
    # "Me too" after a relative's turn takes the writer's own age.
    # After a buyer's law question the writer says she is the young one who sells.
    ("fast det är ju jag som är 15 och säljer bilderna", "chitchat", 0.5, {"need": "buying"},
     ["Stödcentrum", "BRIS"], ["KAST"]),
    ("jag gör det med ibland, fast jag är 16", "chitchat", 0.5,
     {"need": "relative_selling", "other_age_group": "minor"},
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # A law question about paying a girl of 15, then "i am that girl" (set GO): the child
    # paid is the writer, with her age.
    ("okej det handlar om mig. jag är tjejen", "chitchat", 0.5,
     {"need": "buying", "other_age_group": "minor"}, ["Stödcentrum", "BRIS"], ["KAST"]),
    ("ok so its me, i'm the girl", "buys_sex", 0.6,
     {"need": "buying", "other_age_group": "minor"}, ["Stödcentrum", "BRIS"], ["KAST"]),
]


@pytest.mark.parametrize("text, intent, confidence, slots, must, must_not", FOLLOW_UPS)
async def test_a_follow_up_is_read_with_the_conversation(
    text, intent, confidence, slots, must, must_not
):
    messages, _ = await respond_to(text, intent, confidence, slots=slots)
    said = texts(messages)
    assert all(phrase in said for phrase in must), said
    assert not any(phrase in said for phrase in must_not), said


# A turn that answers the conversation: (previous message, text, intent, slots, must, must_not).
CONVERSATIONS = [
    # The age answered after a trafficking story keeps the police beside Mika.
    ("min kompis kom hit från polen och en kvinna säger att hon är skyldig 30 000 kr som hon "
     "måste jobba av med män", "hon är 24", "inform_age",
     {"need": "relative_selling", "awaiting": "age_other", "asked_age_other": True},
     ["Mika", "114 14"], ["Preventell"]),
    # Pictures "of me" with a parent named: still the writer's own story, age asked.
    ("hej", "en snubbe har nudes av mig o säger att han skickar dom till pappa om jag inte "
     "betalar", "images_spread", {}, ["under 18"], ["Socialtjänsten – dit"]),
    # An age answered with danger now after a rape: 112, and the rape's own services.
    ("en kund våldtog mig i natt", "är 30. han sover kvar i sängen och jag har låst in mig i "
     "badrummet", "inform_age", {"need": "sexual_violence", "awaiting": "age_self",
                                 "asked_age_self": True},
     ["112", "Kvinnofridslinjen", "1177"], ["Preventell"]),
    # A buyer's urges stay KAST's; the age of the one he pays is not his.
    ("kan inte sluta tänka på att boka en tjej", "tankarna tar över hela dagarna",
     "compulsive_sexual_behaviour", {"need": "buying"}, ["KAST"], ["Preventell"]),
    ("vill bli sugardaddy", "hon jag skriver med är 16 men säger att det är lugnt",
     "coerced_exploited", {"need": "buying"}, ["KAST"], ["Är du under 18"]),
    # Threatened in a buyer's conversation: 112 first, then KAST.
    ("är hos en tjej jag har betalat", "nu kom två killar in som kräver mer pengar, en har kniv",
     "coerced_exploited", {"need": "buying"}, ["112", "KAST"], []),
    # Asking for a person after KAST was named: the worker, and KAST stays in view.
    ("min man köper sex", "finns det nån jag kan prata med?", "request_human",
     {"need": "relative_buying", "referred_services": ["kast"]}, ["uppsökare", "KAST"], []),
    # A parent's health worry, then the child paid (set BN): the child's routes, and the
    # clinic for the health worry still in the answer.
    ("min dotter 14 har fått en infektion där nere", "nu visar det sig att äldre killar "
     "swishar henne pengar", "relative_sells_sex",
     {"need": "relative_health", "other_age_group": "minor"},
     ["Stödcentrum", "Socialtjänsten", "UMO"], ["KAST", "Preventell"]),
]


@pytest.mark.parametrize("before, text, intent, slots, must, must_not", CONVERSATIONS)
async def test_a_turn_is_read_with_the_turn_before(before, text, intent, slots, must, must_not):
    messages, _ = await respond_to(text, intent, 0.8, slots=slots, before=before)
    said = texts(messages)
    assert all(phrase in said for phrase in must), said
    assert not any(phrase in said for phrase in must_not), said
    if must[0] == "112":
        assert said.index("112") < 200


async def test_a_relatives_age_button_keeps_the_relatives_route():
    # "min lillebror säljer bilder på sig själv", then the "under 18" button: the story's
    # signs are carried to the answer, and the story stays the brother's.
    from actions.respond import ActionRespond
    from engine.nlu.situation import analyze

    tracker = make_tracker(
        "inform_age",
        slots={"need": "relative_selling", "awaiting": "age_other", "asked_age_other": True},
        entities=[{"entity": "age_group", "value": "minor"}],
        previous_intents=["relative_sells_sex"],
        previous_situation=analyze("min lillebror säljer bilder på sig själv").as_dict(),
    )
    said = texts((await run_action(ActionRespond(), tracker))[0])
    assert "Stödcentrum" in said and "Är du under" not in said, said


async def test_an_age_after_danger_gives_112_again_and_that_ages_route():
    messages, _ = await respond_to("e 19", "inform_age", 0.9, slots={"crisis": "danger"})
    said = texts(messages)
    assert said.index("112") < 200 and "Mika" in said


# Typing errors (a routing set with one word in five mistyped): each is read as the word
# meant, by the rules and the ages alike (engine/nlu/spelling.py).
SET_TYPOS = [
    ("har sparat tablettr i en låda o ikväll tar jga alla", "chitchat",
     ["112", "90101"], ["Preventell", "KAST"]),
    ("en gubbe ger mig pengr för bilder, e sedton", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("inte mydnig än o en kile swishar mig efter vi ses", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("han har tagti mitt pass o jag blir tvngad att ta kunder, 26 år", "chitchat",
     ["Mika", "114 14"], ["Preventell", "Stödcentrum"]),
]

# Sets AV and AW (teenagers on phones; relatives and professionals), in new words.
SET_AV_AW = [
    # Someone paid, gone from home or silent with those who pay, age unknown: 112 first.
    ("min kusin skulle träffa några killar som betalar henne i helgen, nu har hon inte "
     "kommit hem", "relative_sells_sex", ["112"], ["Preventell", "KAST"]),
    ("min vän får betalt av en äldre man, hon åkte dit i eftermiddags och nu svarar hon inte",
     "relative_sells_sex", ["112"], ["Preventell", "KAST"]),
    # A child gone to a paying man, at his place now.
    ("min dotter 14 har dragit iväg till en man som ger henne pengar, hon är hos honom nu",
     "relative_sells_sex", ["112", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    # Suicidal thoughts: "lika bra att dö", in English, and said of someone else.
    ("gör grejer för pengar o det känns lika bra att dö, 15", "sells_sex",
     ["112", "90101"], ["Mikamottagningen", "KAST"]),
    ("i cant stop thinking about killing myself after what those men did", "chitchat",
     ["112", "90101"], ["Preventell", "KAST"]),
    ("min sambo säljer sex och pratar om att inte vilja leva", "relative_sells_sex",
     ["112", "90101"], ["KAST", "Preventell"]),
    # A threat now, told by someone who works: waiting outside, will hurt her.
    ("jobbar på en bensinmack, en tjej säger att hennes hallick väntar ute i bilen och kommer "
     "skada henne", "professional_advice", ["112"], ["Preventell", "KAST"]),
    # A young writer's sexual thoughts about children: Preventell, not the selling route.
    ("e 15 o tänker mycket sexuella grejer om barn som e 8, vill inte ha det så", "sells_sex",
     ["Preventell", "BRIS"], ["KAST", "begår ett brott – inte du"]),
    # Whether parents can see the chat; English health words of a child.
    ("kan mamma se om jag skriver här? eller syns det för min familj? e 15 o får pengar av en "
     "kille", "sells_sex", ["anonym", "Stödcentrum"], ["Mikamottagningen"]),
    ("im 16 and it stings when i pee, where can i go", "chitchat", ["UMO"], ["KAST", "Mika"]),
    # The writer helps a woman: her situation, not the writer's, so her age is asked.
    ("jag hjälper en kvinna som tvingas ta kunder för att betala en skuld", "coerced_exploited",
     ["Är personen du är orolig för under 18"], ["KAST", "Preventell"]),
]

# Written in English (probes of our own; issue 12 asks for more): the same classes as Swedish.
SET_ENGLISH = [
    ("a guy i met on insta sends me money if i send him videos. im 15", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("im in 9th grade and a man buys me vapes when i meet him", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("my uncle touches me when nobody is home, i'm 11", "buys_sex",
     ["Stödcentrum", "BRIS"], ["KAST", "Mikamottagningen"]),
    ("there's a razor next to me and tonight is the night", "chitchat",
     ["112", "90101"], ["Preventell", "KAST"]),
    ("ive been collecting sleeping pills and im taking them all tonight", "chitchat",
     ["112", "90101"], ["Preventell", "KAST"]),
    ("im 14 and an adult from a game is picking me up in 20 minutes, i'm scared", "sells_sex",
     ["112", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    ("my daughter is 16, she says the men at the flat won't let her leave", "relative_sells_sex",
     ["112", "Stödcentrum"], ["KAST", "Preventell"]),
]

# Crises told by someone else (a probe of our own, 20 cases, 16 right before).
SET_THIRD_PARTY = [
    ("min väninna smsade 'hämta mig' från en okänd adress och sen dog hennes telefon",
     "relative_sells_sex", ["112"], ["KAST", "Preventell"]),
    ("min dotter 14 har skickat hejdå till alla i klassen efter att filmen kom ut",
     "relative_sells_sex", ["112", "90101"], ["Mikamottagningen", "KAST"]),
    ("min flickvän är 17 och hennes ex hotar att skicka bilderna till hennes pappa",
     "images_spread", ["Stödcentrum"], ["Mikamottagningen", "KAST"]),
    # Suicidal: the pills "här" in the definite form, an ultimatum (a probe of our own).
    ("har pillren här bredvid mig och orkar inte mer med det här livet", "chitchat",
     ["112", "90101"], ["KAST", "Preventell"]),
    ("om ingen hör av sig inom en halvtimme så gör jag det", "chitchat",
     ["112", "90101"], ["KAST", "Preventell"]),
    # A child told a client comes at a set hour, unwilling (a probe of minors' coercion).
    ("ska vara redo klockan 21 för att en kund kommer, vill inte. 15 år", "sells_sex",
     ["112", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    ("kurator här, elevens hallick står utanför skolan och hon säger att hon blir slagen om "
     "hon berättar", "professional_advice", ["112"], ["KAST", "Preventell"]),
]

# Set AX (children on a helpline), in new words.
SET_AX = [
    # On the way to a stranger now, afraid; fetched within the hour under a threat.
    ("15 år, sitter på bussen på väg till en man jag aldrig sett o jag är rädd", "sells_sex",
     ["112", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    ("han vill att jag ses med hans kompis annars skickar han bilderna, kompisen hämtar mig "
     "om en halvtimme. 14", "images_spread", ["112", "Stödcentrum"], ["Mikamottagningen"]),
    # A teenager who paid a peer for pictures: KAST, and BRIS for his age.
    ("17. swishade en tjej för att få bilder av henne, vet att det var fel", "sells_sex",
     ["KAST", "BRIS"], ["begår ett brott – inte du"]),
    # "ungdom 14 år": the writer's own age.
    ("ungdom 15 år här. tittar på saker med små barn på nätet och vill sluta", "chitchat",
     ["Preventell", "BRIS"], ["KAST"]),
]

# Set AU (second-language writers, formal older buyers), in new words.
SET_AU = [
    ("i am 17 boy, i think about rape a girl sometimes and it scares me", "sells_sex",
     ["Preventell", "BRIS"], ["Stödcentrum", "KAST"]),
    ("right now the door is locked and men come every night, i am 16, i write on customer phone",
     "chitchat", ["112", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    ("Jag har under många år sökt upp damer via nätet mot ersättning. Jag är 70 år.",
     "chitchat", ["KAST"], ["Stödcentrum", "Preventell"]),
    ("10 year i work in massage with men, now i am 41 and want another life", "chitchat",
     ["Mika"], ["Stödcentrum", "BRIS"]),
    ("får pengar efter sex med en vän till min mamma, säg inget", "chitchat",
     ["under 18"], ["KAST", "Preventell"]),
    ("can i talk to UMO without my mom finding out? im 15", "chitchat", ["anonym"], ["KAST"]),
]

# Sets BA, BC, BD and BF (relatives and staff; second-language adults; buyers and urges;
# no å/ä/ö), in new words.
SET_BA_BC_BD_BF = [
    # A child's age said as "på 16 år", "som fyllde 15", a team's age, an English birth year.
    ("fick veta igår att vår dotter på 15 år har sålt sex via snap sen i höstas",
     "professional_advice", ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen"]),
    ("farmor här, har ett barnbarn som fyllde 14 i julas och som får pengar av en vuxen man",
     "chitchat", ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen", "KAST"]),
    ("handbollstränare för ett flicklag, tjejerna är 13. en av dem får presentkort av en man",
     "coerced_exploited", ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen"]),
    ("i sell pictures to a man on snap, i am born 2011", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    # A writer introduced as a relative, with their own age beside: the other's route.
    ("jag är moster (41) till en kille i sjuan som swishas av en okänd vuxen", "sells_sex",
     ["Stödcentrum"], ["Mikamottagningen", "KAST"]),
    # An adult's age said as a second-language speaker says it.
    ("i have 29 years, the man i live with keep my passport and i must work with men",
     "chitchat", ["Mika", "114 14"], ["Stödcentrum"]),
    ("me man 33, i work with sex in sauna, need test", "chitchat", ["Mika", "1177"],
     ["Stödcentrum"]),
    # Kept in a flat, hurt for saying no: the police and Kvinnofridslinjen beside 112.
    ("i am 30 and they locked me in the room, the door is locked, they come back at night",
     "chitchat", ["112", "114 14"], ["KAST", "Preventell"]),
    ("customer hit me because i said no sex without condom, he is in the bathroom now, i am 28",
     "chitchat", ["112", "Kvinnofridslinjen"], ["KAST", "Preventell"]),
    # Staff who see someone's passports held: the police for adults.
    ("jobbar i en frisersalong, en man kommer med olika kvinnor runt 25 och har hand om deras "
     "pass, de får inte prata själva", "professional_advice", ["Mika", "114 14"],
     ["Stödcentrum", "KAST"]),
    # A child who speaks of customers is paid, whatever the law question.
    ("kunden säger att det är lugnt för jag är 15, stämmer det?", "ask_law_minors",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    # The writer pays: a sugar daddy, rent paid, booked dates, a minor who paid, no subject.
    ("är sugardaddy och betalar hyran åt en tjej på 21, är det olagligt?", "sells_sex",
     ["KAST"], ["Mikamottagningen", "Stödcentrum"]),
    ("bokade en tjej på en sida i fredags o swishade henne efteråt", "sells_sex",
     ["KAST"], ["Mikamottagningen"]),
    ("min sambo bokar tider med tjejer på nätet och pratar om priser, vad gör jag", "chitchat",
     ["KAST"], ["Preventell", "Mikamottagningen"]),
    ("e 16 o har swishat andra killar för att ha sex, känns sjukt", "sells_sex",
     ["KAST", "BRIS"], ["Mikamottagningen"]),
    # Paid by many, asking for a test: the writer sells, no KAST.
    ("var kan man testa sig om man haft flera olika som betalat för att ligga med en",
     "health_question", ["1177"], ["KAST"]),
    # An addiction to sex is one's own: Preventell.
    ("tror jag har sexberoende, kan inte sluta träffa nya hela tiden", "chitchat",
     ["Preventell"], ["Mikamottagningen", "KAST"]),
    # Own urges about a child, now: Preventell beside 112; money in hand: KAST beside it.
    ("har haft tankar om henne länge, hon är 11 och jag är ensam med henne nu, det blir värre",
     "acute_danger", ["112", "Preventell"], ["Mikamottagningen"]),
    ("står utanför hennes port nu, hon är 14, har cashen i fickan. hjälp mig att låta bli",
     "acute_danger", ["112", "KAST"], ["Mikamottagningen"]),
    # A child held in a flat by men who paid: no KAST for the parent who writes.
    ("min son 15 är i en lägenhet med vuxna män som har betalat och han vågar inte gå",
     "buys_sex", ["112", "Stödcentrum"], ["KAST", "Preventell"]),
    # Anonymity and contact, in English and as a report or register.
    ("do i have to give my real name to chat here?", "chitchat", ["anonym"], ["KAST"]),
    ("where is your office, can i meet someone in person", "chitchat", ["Vilken verksamhet"],
     ["KAST"]),
    ("kan jag få hjälp att sluta köpa sex utan att det registreras nånstans?", "buys_sex",
     ["KAST", "anonym"], ["Preventell"]),
]

# Sets CA-CF (teens in crisis, ages either side of 18, relatives and staff, adults'
# figures of speech, one-liners), in new words.
SET_BL = [
    # Set BL: the buyer is the subject, the child the one bought from: never KAST.
    ("den äldre killen köper nudes av mig varje helg, jag går i nian", "buys_sex",
     ["Stödcentrum", "BRIS"], ["KAST"]),
    ("blev köpt av två män förra veckan. 16 år", "buys_sex", ["Stödcentrum"], ["KAST"]),
    ("typ 45-åringar som köper brukar dm:a mig, e 15", "buys_sex", ["Stödcentrum"], ["KAST"]),
    ("min lillasyster 14, en vuxen man köper filmer av henne", "buys_sex",
     ["Stödcentrum", "Socialtjänsten"], ["KAST"]),
    # The writer who buys stays the buyer; so does "man", one, asking about buying.
    ("vad händer om man köper sex av henne, hon sa att hon var 19", "chitchat", ["KAST"],
     ["Mikamottagningen"]),
    ("jag köpte sex av henne i helgen och ångrar mig, jag är 40", "buys_sex", ["KAST"],
     ["Mikamottagningen"]),
    # A wish not to exist, said as "better if": 112 first, then 90101.
    ("bättre om jag va död. e 15 o säljer bilder", "sells_sex", ["112", "90101"], ["KAST"]),
]


SET_BG_BH = [
    # A family threatened "annars", tonight: 112 first, and a child's route.
    ("ska till hans lägenhet inatt annars gör dom nåt mot min lillasyster. jag e 15", "chitchat",
     ["112", "Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    # A friend who goes off with older men: the friend's situation, social services for a child.
    ("min klasskompis (vi e i nian) drar iväg med vuxna män varje fredag o har fått en ny mobil",
     "sells_sex", ["Stödcentrum", "Socialtjänsten"], ["KAST", "Mikamottagningen"]),
    # Anonymity asked in other words, beside selling.
    ("har sålt sex några gånger, kan jag prata med er utan att ni vet vem jag är?", "chitchat",
     ["anonym"], ["KAST", "Preventell"]),
    # Raped by someone who was to pay: what happened, not only selling.
    ("en kund tog mig med våld i lördags, jag e 34", "sells_sex",
     ["Kvinnofridslinjen", "1177"], ["KAST", "Preventell"]),
    # Staff on a night shift, a resident in danger now.
    ("jobbar kväll på ett hvb, en av killarna, 15, sitter i en bil med okända män nu",
     "chitchat", ["112", "Socialtjänsten"], ["Mikamottagningen", "KAST"]),
    # A neighbour's girl picked up by ever new men: someone else, a child.
    ("grannens tjej e nog 16, hon hämtas av olika män i bilar på nätterna", "buys_sex",
     ["Stödcentrum", "Socialtjänsten"], ["KAST"]),
    # A sibling introduced with "jag har en", the writer an adult.
    ("jag har en syster född 2010 o jag tror hon får betalt för bilder. själv e jag 20",
     "sells_sex", ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen", "KAST"]),
    # Sets BI, BJ: held by his anger now; lost and alone; "ettan på gym".
    ("e hos gubben som swishar mig o han blir skitarg när ja säger att ja ska hem", "chitchat",
     ["112"], ["KAST"]),
    ("vet int var ja e", "chitchat", ["112"], ["KAST", "Preventell"]),
    ("trean på gym o tar betalt för bilder", "chitchat", ["Stödcentrum", "BRIS"],
     ["Mikamottagningen", "KAST"]),
    ("får mamma veta att jag skrivit här? jag e 15 o säljer nudes", "sells_sex", ["anonym"],
     ["KAST"]),
    # A child's video or pictures sold on, told by an adult: BRIS, the child's own line.
    ("min systerdotter är 13, en gubbe fick henne att skicka bilder o nu säljer han dom",
     "relative_sells_sex", ["BRIS", "Stödcentrum"], ["KAST", "Mikamottagningen"]),
    # A child raped, told by a parent: BRIS too, and no word of being paid.
    ("vår son (15) blev våldtagen av en vuxen man i somras", "relative_sells_sex",
     ["BRIS", "Stödcentrum", "Socialtjänsten"], ["KAST", "får betalt"]),
    # One of the young people met at work, named without "jag jobbar": a professional.
    ("en av killarna på boendet säger att en äldre man fixar kunder åt honom", "chitchat",
     ["Socialtjänsten"], ["KAST", "Preventell"]),
    # Afraid of a clinic visit is not being held.
    ("min dotter är 16 och vågar inte gå till ungdomsmottagningen för att testa sig",
     "health_question", ["UMO"], ["112"]),
    # Set BK: a young buyer, not a child paid; nudes spread and a plan to die; held there.
    ("jag e 15 o har swishat en kille för nakisar, är det brottsligt?", "sells_sex",
     ["KAST"], ["Mikamottagningen"]),
    ("nån har lagt ut mina nudes på snap, e 13 o vill inte leva längre", "suicidal",
     ["112", "90101", "Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("e hos en kille från tiktok, han sa att jag ska stanna tills hans polare kommer. e 15",
     "chitchat", ["112", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    # The age said beats the school year's guess: an adult student.
    ("en elev på komvux, hon går i tvåan och är 19, säger att hennes kille tvingar henne "
     "sälja sex", "professional_advice", ["Mika"], ["Preventell", "KAST"]),
]


SET_CA_CF = [
    # Figures of speech with death in them are no crisis; the real thing is.
    ("säljer sex på helgerna, 29. stressen tar livet av mig lol men det går runt", "suicidal",
     ["Mika"], ["112", "90101"]),
    ("dog nästan av skam när jag köpte sex första gången, hur slutar man", "suicidal",
     ["KAST"], ["112", "90101"]),
    ("pappa säger att det inte är nån idé att leva längre, han har köpt sex i åratal",
     "chitchat", ["112", "90101"], ["Preventell"]),
    # Life events that tell an adult's age; school that tells a child's.
    ("tog körkort förra månaden och har börjat träffa män mot betalning", "sells_sex",
     ["Mika"], ["Stödcentrum", "Är du under 18"]),
    ("läser på komvux och säljer sex ibland för att klara hyran", "sells_sex",
     ["Mika"], ["Stödcentrum"]),
    ("går på högstadiet och en vuxen man betalar mig för bilder", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    # Someone else's age: finished school, one of a group, a client, a friend named first.
    ("min brorson gick ut nian i juni och en äldre man ger honom pengar för sex, jag är 52",
     "chitchat", ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen"]),
    ("fritidsledare här, flera killar pratar om en man som betalar, en av dem är bara 14",
     "chitchat", ["Socialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
    ("socialtjänsten. brukare 42 säljer sex och vill ha stöd", "chitchat", ["Mika"],
     ["Stödcentrum"]),
    ("bästis 16 säljer nudes till gubbar", "chitchat", ["Stödcentrum"], ["Mikamottagningen"]),
    # A child with the one who pays, now; a customer turning violent now; stuck at a hotel.
    ("hon är 14 och en gubbe har swishat henne för sex. jag tror hon är hos honom just nu",
     "chitchat", ["112", "Stödcentrum"], ["KAST", "Preventell"]),
    ("är 15 o kunden blir aggressiv nu", "chitchat", ["112", "BRIS"], ["Mikamottagningen"]),
    ("sitter fast i en lägenhet, hjälp", "chitchat", ["112"], ["KAST", "Preventell"]),
    # Images posted, a customer's violence, held by threats, brought here by a man.
    ("någon har lagt upp mig på en porrsida, är 23", "chitchat", ["Mika"], ["Preventell"]),
    ("19, en kund var våldsam i förrgår", "chitchat", ["Mika", "Kvinnofridslinjen"],
     ["KAST", "Preventell"]),
    ("he said i can not go from here, i was brought here by him, i am 25", "chitchat",
     ["Mika", "114 14"], ["Stödcentrum"]),
    # Questions: parents seeing the chat, a report counted, an accomplice, a seller's law.
    ("ser mamma vad jag skriver här? jag är 14 och har fått pengar för bilder", "chitchat",
     ["anonym", "Stödcentrum"], ["Mikamottagningen"]),
    ("blir jag medskyldig om min man köper sex och jag vet om det?", "chitchat", ["KAST"],
     ["Preventell"]),
    ("jag säljer, är det olagligt?", "chitchat", ["under 18"], ["KAST", "Preventell"]),
    # Watching material with younger people: one's own urges.
    ("16 o kollar på filmer med folk som e yngre än mig, vill sluta", "chitchat",
     ["Preventell", "BRIS"], ["KAST"]),
]

ALL = (
    SET_BL + SET_BG_BH + SET_CA_CF + SET_BA_BC_BD_BF + SET_TYPOS + SET_AV_AW + SET_ENGLISH
    + SET_THIRD_PARTY
    + SET_AX + SET_AU
    + SET_B + SET_B_AND_A + SET_C + SET_D + SET_E + SET_F + SET_F_AGAIN + SET_G + SET_I + SET_J
    + SET_L + SET_H_K + SET_M_P + SET_N_O_Q_R + SET_S_T + SET_U_V + SET_X_Y + SET_W_AC_AD_AE_AF
)


@pytest.mark.parametrize("text, intent, must, must_not", ALL)
async def test_the_situation_decides_not_the_classifier(text, intent, must, must_not):
    messages = await assert_told(text, intent, must, must_not)
    assert len(bubbles(messages)) <= 3
    if must and must[0] == "112":
        assert texts(messages).index("112") < 200  # in the first bubble's opening


@pytest.mark.parametrize(
    "intent", ["relative_unwanted_sexuality", "compulsive_sexual_behaviour"]
)
async def test_the_classifier_alone_never_gives_preventell_to_a_worried_friend(intent):
    # No word of sex, urges or children: "your thoughts" (or "their thoughts") is never
    # the answer, whatever the classifier guesses.
    text = "min kompis har inte svarat på hela veckan och hennes kille säger bara att hon mår bra"
    messages, _ = await respond_to(text, intent, 0.9)
    assert "Preventell" not in "\n".join(bubbles(messages))


async def test_a_crisis_about_a_child_in_care_keeps_the_childs_age_for_the_next_question():
    # Set BA: night staff at an HVB, a girl there is suicidal; the next turn ("vem
    # kontaktar vi imorgon?") is still about a child, so the child's age is kept.
    text = "personal på ett hvb, en tjej här säger att hon ska ta livet av sig ikväll"
    messages, slots = await respond_to(text, "suicidal", 0.9)
    assert "112" in texts(messages)
    assert slots.get("other_age_group") == "minor"


SET_BM = [
    # Set BM: moved every week with an ad, and the money not one's own: controlled.
    ("dom flyttar oss varje vecka till ny stad, annonserna skriver han, jag e 28", "sells_sex",
     ["Polisen"], ["KAST"]),
    ("får aldrig behålla pengarna själv, allt går till honom. jag är 30", "sells_sex",
     ["Mikamottagningen"], ["KAST"]),
    # A buyer robbed with a knife where he bought sex: 112, and still the buyer's service.
    ("jag köpte sex i en lägenhet och nu står en kille med kniv och hotar mig, jag är 52",
     "buys_sex", ["112", "KAST"], ["Mikamottagningen"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_BM)
async def test_control_by_moves_and_money_and_a_threatened_buyer(text, intent, must, must_not):
    messages = await assert_told(text, intent, must, must_not)
    if must[0] == "112":
        assert texts(messages).index("112") < 200


SET_BP = [
    # Set BP: an age told by a milestone ahead (learner driving at 16, majority at 18),
    # with a law question; "när man inte e 18" asked for oneself.
    ("e det olagligt att få betalt av en kille för att skicka bilder? ska börja övningsköra "
     "nästa år", "ask_law_selling", ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("jag får betalt för att träffa en gubbe, blir myndig i höst. blir jag anmäld?",
     "ask_law_selling", ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("ringer polisen hem om man inte är 18 o har tagit betalt för sex?", "ask_law_selling",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # A goodbye and "klarar inte mer", beside images spread, a school year with a filler.
    ("ville säga hejdå. bilderna på mig ligger överallt, går ju bara i nian, klarar inte av "
     "det här längre", "images_spread", ["112", "90101"], ["Mikamottagningen", "KAST"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_BP)
async def test_milestones_ahead_and_goodbyes_are_read(text, intent, must, must_not):
    await told_with_112_first(text, intent, must, must_not)


SET_BQ = [
    # Set BQ: the writer pays women "för sex", with words between.
    ("Jag är 61 och betalar ibland yngre tjejer från andra länder för sex, vill sluta",
     "sells_sex", ["KAST"], ["Mikamottagningen"]),
    # A nephew men pay for, now: the relative's route with 112, never KAST.
    ("Min systerson 16 sitter i en bil med några killar nu, de kör honom till ett ställe där "
     "gubbar betalar för honom", "relative_sells_sex", ["112", "Stödcentrum"], ["KAST"]),
    # A taxi driver with a child going to a man who paid and waits: 112 and social services.
    ("Kör taxi. Har en kille i bilen som ser ut som 15, en man betalade resan till sin "
     "lägenhet och väntar där", "buys_sex", ["112", "ocialtjänsten"], ["KAST"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_BQ)
async def test_paying_for_sex_a_child_paid_for_and_a_taxi_driver_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


async def test_out_of_danger_hears_the_route_for_what_was_told_not_112_alone():
    """Set BR: "kom ut, står på en bensinmack nu" after a client's car, with an age said."""
    messages, slots = await respond_to(
        "kom ut, står på en bensinmack nu", "nlu_fallback", 0.3,
        slots={"need": "coercion", "crisis": "danger", "age_group": "adult"},
    )
    said = texts(messages)
    assert "Mika" in said and "Skönt att du är ute" in said
    assert "Om du eller någon annan är i fara just nu" not in said
    assert slots.get("crisis") is None


async def test_out_of_danger_with_no_need_names_the_services_named_in_the_crisis():
    messages, _ = await respond_to(
        "i got out, im at a gas station now", "nlu_fallback", 0.3, language="en",
        slots={"crisis": "danger", "referred_services": ["emergency", "mika", "police"]},
    )
    said = texts(messages)
    assert "Mika" in said and "Good that you are out" in said


async def test_a_message_after_danger_that_says_nothing_new_hears_112_again():
    messages, _ = await respond_to(
        "mamma e inte hemma", "nlu_fallback", 0.3, slots={"crisis": "danger"},
    )
    assert "112" in texts(messages)


async def test_the_police_involved_after_danger_hears_who_helps_afterwards():
    """Set BT: "polisen kom o tog med honom. vem kan jag prata med nu efteråt"."""
    messages, _ = await respond_to(
        "polisen kom o tog med honom. vem kan jag prata med nu efteråt", "ask_contact", 0.5,
        slots={"need": "sexual_violence", "crisis": "danger", "age_group": "adult"},
    )
    said = texts(messages)
    assert "Bra att polisen är inkopplad" in said and "Mika" in said


async def test_a_yes_that_asks_for_a_person_calls_one():
    """Set FJ: "yes please connect me" after the bot said a worker is being asked."""
    messages, _ = await respond_to("yes please connect me", "affirm", 0.96, language="en")
    assert handover(messages)


@pytest.mark.parametrize(
    "intent, confidence",
    [("acute_danger", 0.54), ("coerced_exploited", 0.8), ("acute_danger", 0.8)],
)
async def test_a_follow_up_keeps_the_conversations_need_whatever_the_classifier_guesses(
    intent, confidence
):
    """Set FJ: a classifier's "acute_danger" or "coerced_exploited" on "and if he calls
    himself, is it anonymous for him?" takes no Preventell from a partner's answer."""
    messages, _ = await respond_to(
        "and if he calls himself, is it anonymous for him?", intent, confidence,
        language="en", slots={"need": "relative_unwanted_sexuality"},
    )
    said = texts(messages)
    assert "Preventell" in said and "112" not in said


async def test_a_first_message_about_someone_elses_urges_keeps_the_classifiers_reading():
    """Set BQ: "min bror har berättat att han tänder på barn ... vart kan han vända sig"
    starts a conversation: with no need before it, the classifier's reading stands."""
    messages, _ = await respond_to(
        "min bror har berättat att han tänder på barn och mår jättedåligt av det. vart kan han "
        "vända sig", "relative_unwanted_sexuality", 0.8,
    )
    assert "Preventell" in texts(messages)


async def test_a_partners_thread_takes_no_exploitation_the_writer_was_guessed_to_tell():
    """Set FJ: an earlier message read as the writer's "coercion" takes no Preventell from
    the answer about the partner's urges."""
    messages, _ = await respond_to(
        "and if he calls himself, is it anonymous for him?", "ask_anonymity", 0.8,
        language="en", slots={"need": "relative_unwanted_sexuality"},
        before="he forces me to meet men for money",
    )
    assert "Preventell" in texts(messages)


SET_BZ_CH_CI = [
    # Set BZ: a child's life at home says the writer's age where no number does.
    ("gubben som swishar mig vill ses på fredag men jag får inte vara ute efter nio",
     "sells_sex", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("en man ger mig pengar när vi ses. min behandlare på bup vet inget om det",
     "sells_sex", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("han låter mig bo hos sig men tar allt jag tjänar. pappa tror jag sover hos en "
     "tjejkompis", "coerced_exploited", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("får 200 i veckopeng så när en kille erbjöd pengar för bilder sa jag ja",
     "sells_images", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("han tvingar mig att ses med andra. jag bor hos mamma varannan vecka och hon märker "
     "inget", "coerced_exploited", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # A parent of pupils is an adult: Mika, not the youth route.
    ("jag säljer sex ibland. mina två barn går i mellanstadiet och får inte veta",
     "sells_sex", ["Mikamottagningen"], ["BRIS"]),
    # Set CH: a group's age told by a band or a guess is someone else's.
    ("jag är kurator och några killar, runt 15, säger att en vuxen man bjuder dem på allt",
     "professional_advice", ["ocialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
    ("lärare här. elev 13 år berättar att hon får pengar av en vuxen man",
     "professional_advice", ["ocialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
    ("säljer sex sen länge (41 nu) och vill ha någon att prata med", "sells_sex",
     ["Mikamottagningen"], ["BRIS", "under 18"]),
    # A death threat from the one who holds the writer: 112 first.
    ("de har tagit mitt pass och jag är rädd att de dödar mig om jag försöker gå",
     "coerced_exploited", ["112"], ["Preventell"]),
    # Set CI: a buyer's violence is violence: Kvinnofridslinjen and 1177 too.
    ("är 33 och en sexköpare misshandlade mig i helgen", "sells_sex",
     ["Kvinnofridslinjen", "1177"], ["Stödcentrum"]),
    # The writer sent by a boyfriend to his friends, who pay him: the writer's own route.
    ("min kille e 21 o säger att jag ska ligga med hans polare o dom betalar honom. e 15",
     "coerced_exploited", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_BZ_CH_CI)
async def test_a_childs_life_a_groups_age_and_a_threat_to_life_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


async def test_anonymity_asked_after_a_referral_names_the_services_again():
    """Set CH: "kan jag vara anonym hos dom?" after KAST was named: about KAST too."""
    messages, _ = await respond_to(
        "kan man vara anonym där?", "ask_anonymity", 0.95,
        slots={"need": "buying", "referred_services": ["kast"]},
    )
    said = texts(messages)
    assert "anonym" in said and "KAST" in said


SET_CJ_CK = [
    # Set CJ: suicidal thoughts said by what is put in order, given away or asked about.
    ("har tömt garderoben och raderat insta. det är dags nu", "chitchat",
     ["112", "90101"], ["Preventell"]),
    ("gav bort allt jag hade till min syster, jag behöver det inte mer", "chitchat",
     ["112", "90101"], ["Preventell"]),
    ("om jag dör så slipper mamma allt det här. hon vet om killarna", "sells_sex",
     ["112", "90101"], ["Preventell"]),
    ("hur många alvedon är dödligt? bara nyfiken", "health_question",
     ["112", "90101"], ["Preventell"]),
    # A mother of two who does webcam is the writer, not a relative of a child.
    ("är 29, mamma till tre, gör camshower när barnen sover", "sells_images",
     ["Mikamottagningen"], ["ocialtjänsten", "BRIS"]),
    # Thoughts of forcing a partner: the writer's own urge, never a victim's route.
    ("har tankar på att tvinga min tjej när hon inte vill, har aldrig gjort det",
     "coerced_exploited", ["Preventell"], ["Mikamottagningen", "Stödcentrum"]),
    # A young buyer looking at an ad and thinking of calling: KAST and BRIS.
    ("e 16 o har kollat massa annonser o tänkt boka nån, vad händer om man åker fast",
     "ask_law_minors", ["KAST", "BRIS"], ["Mikamottagningen"]),
    # School health care is about a child.
    ("skolsköterska här. en elev har blåmärken och pratar om en man som ger henne pengar",
     "professional_advice", ["ocialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
    # Set CK: a parent asking where a son can ask about condoms: health, never Preventell.
    ("min dotter e 14 o vill ha preventivmedel, vart ska hon vända sig",
     "relative_unwanted_sexuality", ["UMO"], ["Preventell"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_CJ_CK)
async def test_goodbyes_in_deeds_a_young_buyer_and_a_parents_health_question_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


@pytest.mark.parametrize("text", ["nej. en människa tack",
                                  "vill prata med nån som faktiskt jobbar där"])
async def test_a_person_asked_for_in_few_words_is_called(text):
    messages, _ = await respond_to(text, "deny", 0.7)
    assert handover(messages)


SET_CL_CM = [
    # Set CL: men let into the writer's room, paying the one the writer lives with.
    ("e 15 o bor hos en snubbe som låter gubbar komma in till mitt rum, dom betalar honom",
     "coerced_exploited", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # Set CM: cash a parent cannot explain is a sign of being paid: the relative's route.
    ("min son har mer pengar än han kan förklara och en vuxen man skjutsar honom, han är 14",
     "relative_health", ["Stödcentrum", "ocialtjänsten"], ["Mikamottagningen", "KAST"]),
    # A payer named by his age is a third party, not the writer buying.
    ("om en 30åring betalar en 14åring för sex, vad händer med henne? undrar för min syster",
     "ask_law_minors", ["Stödcentrum"], ["KAST"]),
    # Reporting years later: the report answered beside the route.
    ("var tvungen att sälja sex åt en kille för flera år sen, nu är jag 28 och trygg. "
     "har aldrig anmält, kan man fortfarande det?", "coerced_exploited",
     ["Mikamottagningen", "Polisen"], ["Stödcentrum"]),
    # A writer's own sugardaddy, told at length, is the writer's selling, not staff asking.
    ("hej, lite pinsamt. har en sugardaddy sen i våras som betalar hyran och vi har sex "
     "ibland. är jag en som säljer sex då?", "professional_advice",
     ["under 18"], ["Socialtjänsten i kommunen – dit anmäls"]),
    # Whether the chat passes on what is written: anonymity answered beside the route.
    ("kan ni säga till soc vad jag skriver här? har tagit betalt för sex ett par gånger",
     "sells_sex", ["anonym"], ["KAST"]),
    # "räknas det som sexköp": the law answered.
    ("räknas det som sexköp om man betalar för massage med avslutning?", "relative_buys_sex",
     ["brott"], ["Stödcentrum"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_CL_CM)
async def test_a_room_let_to_men_cash_unexplained_and_a_late_report_are_read(
    text, intent, must, must_not
):
    await assert_told(text, intent, must, must_not)


SET_CN_CO_CP = [
    # Set CN: ages from a teenager's life: no moped licence yet, "gymnan", confirmation, the
    # last year before upper secondary school.
    ("har inte ens moppekort o en kille på 25 köper snus åt mig om jag skickar bilder",
     "sells_images", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("går första året på gymnan o en äldre snubbe swishar mig för att ses", "sells_sex",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("konfirmationen e i sommar o en man från discord betalar mig för bilder", "sells_images",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("sista året innan gymnasiet och jag träffar män för pengar ibland", "sells_sex",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # Young buyers paying together: KAST and BRIS, not a victim's route.
    ("jag o två polare swishade en tjej för att hon skulle visa sig naken, vi går i ettan "
     "på gymnasiet", "sells_images", ["KAST", "BRIS"], ["Mikamottagningen"]),
    # A child writing about a parent who sells: the parent's route.
    ("min mamma säger att hon jobbar natt men hon träffar män för pengar, jag går i sexan",
     "sells_sex", ["Mikamottagningen"], ["Preventell"]),
    # A friend's health, told by a classmate: UMO and 1177.
    ("min bästis (vi e båda i åttan) tror hon e gravid, vart ska hon vända sig",
     "health_question", ["UMO", "1177"], ["Mikamottagningen"]),
    # Set CP: out of it, the ads deleted and the men blocked, at fifteen.
    ("har blockat alla gubbar o tagit bort annonsen, e 15, vad gör jag nu", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # An age said right after a pupil's year beats the year's guess.
    ("jag är lärare. en elev i trean, han fyllde 18 i våras, tar betalt för sex. vad gör jag?",
     "professional_advice", ["Mikamottagningen"], ["Stödcentrum"]),
    # Set CO: a decision, the calm after it and a goodbye; a last thank-you and the end near.
    ("jag har bestämt mig nu. det känns lugnt. hej då alla", "chitchat",
     ["112", "90101"], ["Preventell"]),
    ("ville bara tacka för att ni fanns. skönt att allt snart är över", "chitchat",
     ["112", "90101"], ["Preventell"]),
    # Beaten, and the one who did it is home now.
    ("han slog mig när jag vägrade träffa hans vänner, han är hemma nu", "coerced_exploited",
     ["112"], ["Preventell"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_CN_CO_CP)
async def test_a_teenagers_life_a_parent_who_sells_and_a_calm_goodbye_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


@pytest.mark.parametrize("text", ["finns det ngn jag kan chatta med live",
                                  "kan ngn vuxen som jobbar där skriva med mig"])
async def test_a_person_asked_for_in_chat_spelling_is_called(text):
    messages, _ = await respond_to(text, "chitchat", 0.7)
    assert handover(messages)


SET_CQ_CR = [
    # Set CQ: a married man meeting young men "mot betalning" is the one who pays.
    ("gift, 52. träffar tjejer runt 20 från en app mot betalning, hur slutar jag", "sells_sex",
     ["KAST"], ["Mikamottagningen"]),
    # A young buyer asking about paying someone to meet: KAST and BRIS.
    ("om jag swishar en tjej på 16 för att ses, är det olagligt? jag är själv 17",
     "ask_law_minors", ["KAST", "BRIS"], ["Mikamottagningen"]),
    # The writer's own urge to send pictures no one asked for: Preventell and BRIS.
    ("e 15 o får impulser att skicka nakenbilder till tjejer som inte bett om det",
     "sells_images", ["Preventell", "BRIS"], ["Mikamottagningen", "Stödcentrum"]),
    # A question about sex itself, from a pupil: UMO and BRIS.
    ("går i nian, gör det ont med analsex? vågar inte fråga nån", "chitchat",
     ["UMO", "BRIS"], ["Mikamottagningen"]),
    # "vart kan en tjej under 18 vända sig": asked for oneself, a minor.
    ("vart kan en tjej under 18 vända sig om man fått betalt för bilder", "sells_images",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # Set CR: letting men pay is being paid, not buying.
    ("när jag mår dåligt raggar jag upp män online och låter dem betala för sex", "buys_sex",
     ["Mikamottagningen"], ["KAST"]),
    # A bed given for sex with a 16-year-old: the writer is the one who pays.
    ("får jag låta en kille på 16 bo hos mig om han har sex med mig ibland?", "ask_law",
     ["KAST"], ["Mikamottagningen"]),
    # Whether a service tells the parents: anonymity answered beside the route.
    ("jag är 15, måste bris berätta för mina föräldrar att jag säljer bilder?",
     "sells_images", ["anonym", "Stödcentrum"], ["Mikamottagningen"]),
    # Someone else's job at the health centre is no professional's question.
    ("23 år, fick sveda efter sex, vill inte gå till vårdcentralen för min kusin jobbar i "
     "receptionen", "health_question", ["1177"], ["konsultation"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_CQ_CR)
async def test_a_paying_married_man_an_urge_to_send_pictures_and_letting_men_pay_are_read(
    text, intent, must, must_not
):
    await assert_told(text, intent, must, must_not)


async def test_a_counsellors_later_message_about_the_pupil_stays_the_counsellors():
    # Set CR: "nu sms:ade hon mig att ..." is the pupil's news told to the counsellor, not a
    # deed done to the writer: the professional's route again, never the victim's.
    messages, _ = await respond_to(
        "nu sms:ade hon mig att hon redan sitter på planet med honom och att han tagit hennes pass",
        "coerced_exploited", 0.8,
        slots={"referred_services": ["socialtjanst", "stodcentrum"], "need": "professional",
               "other_age_group": "minor"},
    )
    said = texts(messages)
    assert "Socialtjänsten" in said and "Är du under 18" not in said, said


SET_CS_CT = [
    # Set CS: a pupil's school day says the age: the mentor, a class trip, the last lesson,
    # fritids, a parent who thinks the writer is at practice, graduation two years ahead.
    ("säljer nudes för att ha råd med skolresan, min mentor har börjat undra", "sells_images",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("träffar en gubbe efter sista lektionen som ger mig pengar, pappa tror jag e på handbollen",
     "sells_sex", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("har sugardejtat ett tag, tar studenten om två år o vill sluta innan dess", "wants_out",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("träffat män för pengar sen jag bodde på hvb, nu bor jag i familjehem", "sells_sex",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    # Among pupils: a classmate, "halva skolan", the school nurse one dare not ask.
    ("en kille i min klass tipsade om sugardejting, nu betalar en man mina kläder",
     "sells_sex", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("kan man bli gravid av det? vågar inte prata med skolsköterskan", "health_question",
     ["UMO", "BRIS"], ["Mikamottagningen"]),
    # A teacher on the class trip is staff, not a pupil.
    ("jag är lärare och på klassresan såg jag att en elev fick pengar av en vuxen man",
     "professional_advice", ["ocialtjänsten"], ["BRIS – för dig under 18"]),
    # Set CT: staff named by their work: a library, a coach, BUP.
    ("jobbar på bibblan, några tjejer från högstadiet säger att de säljer bilder till en man",
     "sells_images", ["ocialtjänsten", "Stödcentrum"], ["Mikamottagningen"]),
    ("jag tränar henne i fotboll och hon får pengar av en vuxen man för sex, vad gör jag",
     "sells_sex", ["ocialtjänsten"], ["Preventell", "BRIS – för dig under 18"]),
    # A coach's own thoughts about the children are his own urge: Preventell.
    ("tränar ett lag med 11-åringar och får tankar om dom som skrämmer mig",
     "unwanted_sexuality", ["Preventell"], ["ocialtjänsten"]),
    # Witnessed danger now: 112 first.
    ("just nu slår en man en tjej utanför vår butik och skriker att hon är skyldig honom",
     "coerced_exploited", ["112"], ["Preventell"]),
    ("någon skriker hjälp från lägenheten bredvid och en man svarar inte när vi knackar",
     "chitchat", ["112"], ["Preventell"]),
    # Hit by a man met for pay: violence, its services.
    ("26 år. en man jag träffade för betalt slog mig och nu har jag ont", "sells_sex",
     ["Kvinnofridslinjen", "1177"], ["Stödcentrum"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_CS_CT)
async def test_a_pupils_school_day_staff_by_their_work_and_witnessed_danger_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_CV_CW = [
    # Sets CV and CW: a boss or boyfriend who decides or sells, gone at night and back with
    # money, drugged and woken undressed, filmed without being asked, paid "after every kund".
    ("22 år, chefen på massagestället bestämmer att vi ska ha sex med kunderna", "sells_sex",
     ["Mikamottagningen", "114 14"], ["KAST"]),
    ("jag e 25 o min boyfriend säljer mig till sina polare, vill anmäla", "sells_sex",
     ["Mikamottagningen", "114 14"], ["KAST"]),
    ("jobbar på ett hvb. en av tjejerna försvinner på nätterna och kommer tillbaka med pengar "
     "och dyra kläder", "professional_advice", ["Socialtjänsten", "Stödcentrum"], ["KAST"]),
    ("24 år, blev drogad på en dejt med en sugardaddy och vaknade utan kläder", "chitchat",
     ["Kvinnofridslinjen", "1177"], ["Preventell"]),
    ("e 29 o en kund filmade mej utan lov o har lagt ut det på en porrsajt", "sells_sex",
     ["Mikamottagningen", "114 14"], ["KAST"]),
    # A child asking the law of being paid is the one paid; an adult asking about paying
    # a child is KAST's, and the law is told.
    ("om jag är 17 och nån betalar mig för sex, är det jag eller han som gör nåt olagligt",
     "ask_law_buying", ["Stödcentrum", "BRIS"], ["KAST"]),
    ("är det brottsligt att betala en 16-åring för sex om hon själv vill?", "ask_law_minors",
     ["KAST", "under 18 för sex begår ett brott"], ["Mikamottagningen"]),
    # Staff: "en av de placerade" with her boyfriend's age, not hers.
    ("en av de placerade har en pojkvän på 30 som ger henne pengar. vad gäller lagmässigt?",
     "relative_sells_sex", ["Socialtjänsten"], ["KAST", "Preventell"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_CV_CW)
async def test_those_who_decide_or_sell_the_writer_and_payers_of_children_are_read(
    text, intent, must, must_not
):
    await assert_told(text, intent, must, must_not)


async def test_a_buyer_told_afterwards_she_was_16_is_told_the_law():
    """Set CT: "jag har betalat för sex", then "hon sa efteråt att hon bara var 16"."""
    messages, _ = await respond_to("hon sa efteråt att hon bara var 16. vad händer nu?",
                                   "chitchat", 0.5, slots={"need": "buying"})
    said = texts(messages)
    assert "KAST" in said and "någon under 18 för sex begår ett brott" in said, said


SET_CX_CY = [
    # Sets CX and CY: a pupil's class and team, a grandchild just confirmed, a parent whose
    # child was paid, a boy whose sibling tells it, a young buyer asking the law.
    ("vi är två tjejer i nian som gör webcam för pengar på en sida", "sells_images",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("mina polare i nian vill att vi slår ihop pengar och köper en tjej till en fest",
     "buys_sex", ["KAST", "BRIS"], ["Mikamottagningen"]),
    ("min tränare i innebandyn har tagit på mig på sätt jag inte vill, jag spelar i P11-laget",
     "chitchat", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("mitt barnbarn konfirmerades i somras och nu har hon plötsligt dyra kläder och en 'vän' "
     "på 30 år. jag är rädd att hon får betalt för sex", "relative_sells_sex",
     ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen"]),
    ("Är fotbollstränare för F12 och en av tjejerna har sagt att en man betalar henne",
     "sells_sex", ["Socialtjänsten", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    ("jag e 16. om jag betalar nån som e 15 för att suga av mig, vad händer lagligt?",
     "ask_law_minors", ["KAST", "BRIS"], ["Mikamottagningen"]),
    ("min bror han är 15 år. jag tror äldre män ger honom pengar för sex. vad ska jag göra",
     "buys_sex", ["Stödcentrum", "Socialtjänsten"], ["KAST"]),
    ("Kan jag som förälder polisanmäla en man som betalat min 15-åring för bilder?",
     "ask_law_minors", ["Stödcentrum"], ["KAST"]),
    # A rape in second-language Swedish; ending it all, and a last goodbye.
    ("jag kvinna 33 år. en man tvinga mig sex i hans bil förra veckan", "coerced_exploited",
     ["Kvinnofridslinjen", "1177"], ["KAST"]),
    ("Jag är 27, filmerna på mig har spridits till hela min familj och jag funderar på att "
     "avsluta allt", "images_spread", ["112", "90101"], ["KAST"]),
    ("ni behöver inte svara mer. säg till min lillebror att det inte var hans fel. hejdå",
     "chitchat", ["112", "90101"], ["KAST"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_CX_CY)
async def test_a_pupils_class_and_team_payers_and_a_last_goodbye_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_CZ_DC = [
    # Sets CZ, DA, DB and DC: a team class and an inverted school year, a bracketed age after
    # years of selling, a pupil who turned 19, gifts on condition of sex, images uploaded or
    # threatened, a drink spiked at his place, a grandfather, a secret and a person asked.
    ("en ledare i mitt handbollslag rörde mig på sätt som inte var ok efter träningen. vi e P14",
     "chitchat", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("det började när jag gick i 7an, nu går jag i 9an. en kille säljer mig till andra, han "
     "har bilder på mig o hotar", "acute_danger", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("Hej, jag har sålt sex i några år (38 år) och har ont när jag kissar. Vart vänder jag mig?",
     "health_question", ["Mikamottagningen", "1177"], ["KAST", "Stödcentrum"]),
    ("lärare på gymnasiet. en elev i trean som fyllt 19 har berättat att hon säljer sex",
     "professional_advice", ["Mikamottagningen"], ["KAST", "Stödcentrum"]),
    ("får resor och märkeskläder av en äldre man om jag ställer upp sexuellt när han vill",
     "professional_advice", ["Stödcentrum", "Mikamottagningen"], ["konsultation", "KAST"]),
    ("drog mig ur en sugardaddy grej o nu hotar han skicka mina nudes till mitt jobb. ja e 23",
     "sugar_dating", ["Mikamottagningen", "114 14"], ["KAST", "Stödcentrum"]),
    ("mina gamla webcam klipp har laddats upp igen på en sida. e 23", "sells_images",
     ["Mikamottagningen", "114 14"], ["KAST"]),
    ("tror kunden la nåt i mitt glas, e kvar hemma hos honom. jag e 19", "chitchat",
     ["112", "114 14"], ["KAST", "Stödcentrum"]),
    ("morfar här. min dotterdotter, 16, har frågat mig hur man testar sig för könssjukdomar",
     "relative_sells_sex", ["UMO", "1177"], ["Mikamottagningen", "KAST"]),
    ("sparas de här? vill inte att nån ska veta att ja säljer. 27 år", "ask_anonymity",
     ["anonym", "Mikamottagningen"], ["KAST", "Stödcentrum"]),
    ("e 16. kan ja chatta m en vuxen på riktigt om grejer med en sugardaddy", "sugar_dating",
     ["uppsökare", "BRIS"], ["Mikamottagningen"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_CZ_DC)
async def test_team_classes_images_uploaded_and_gifts_on_condition_of_sex_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_DD_DF = [
    # Sets DD, DE and DF: ages from a moped licence, a class at högstadiet, "själv bara i
    # åttan", a class for the newly arrived; paid in cash or a phone plan; a mother who
    # sells; a staff member's shorthand; a buyer in second-language Swedish.
    ("tog AM-kort förra månaden, en vuxen kille lovade köpa en moped åt mig om jag gör "
     "sexgrejer med honom", "sells_sex", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("halva tjejerna i min klass på högstadiet säljer bilder på snap, nu har jag också gjort det",
     "sells_images", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("en man jag lärde känna på discord har betalat mitt mobilabonnemang sen jag konfirmerades i "
     "somras", "buys_sex", ["Stödcentrum", "BRIS"], ["KAST", "Mikamottagningen"]),
    ("han betalar kontant varje gång vi ses på hans kontor. slutar när jag fyller 18",
     "buys_sex", ["Stödcentrum", "BRIS"], ["KAST", "Mikamottagningen"]),
    ("ensamstående mamma till en 6-åring, jag tar emot män hemma för pengar. 34 år",
     "relative_sells_sex", ["Mikamottagningen"], ["Stödcentrum", "Socialtjänsten"]),
    ("min moster låter män komma till mitt rum på nätterna. jag går i förberedelseklass",
     "relative_sells_sex", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("jag får tankar om yngre barn som skrämmer mig, jag e själv bara i åttan", "compulsive_"
     "sexual_behaviour", ["Preventell", "BRIS"], ["Mikamottagningen"]),
    ("umo-mott: tjej 15 säger att hon träffar män för pengar. hur hänvisar vi henne?",
     "sells_sex", ["Socialtjänsten", "Stödcentrum"], ["KAST", "Mikamottagningen"]),
    ("gubbe på snap vill köpa bilder på mig för 500 kr styck. jag har 15 år", "buys_sex",
     ["Stödcentrum", "BRIS"], ["KAST", "Mikamottagningen"]),
    ("jag betala kvinna för massage med sex, jag är 50, kan jag få fängelse?",
     "sells_sex", ["KAST"], ["Mikamottagningen"]),
    ("vi är på en fest och gubbarna turas om att ta in en tjej i ett rum, hon är helt borta",
     "chitchat", ["112"], ["KAST", "Preventell"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DD_DF)
async def test_moped_licences_phone_plans_and_a_staff_members_shorthand_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_DG_DH = [
    # Sets DG and DH: reported speech with "mig" in it, a cousin's age after "som", images
    # held over a child who wants to die, paid "för att ses", camshows, a network that decides.
    ("min dotter 15 skrev 'dom låter mig inte gå' och nu svarar hon inte", "chitchat",
     ["112", "Socialtjänsten"], ["KAST", "Mikamottagningen"]),
    ("min kusin som går på gymnasiet och är 16 säger att hon får betalt av en gubbe",
     "sells_sex", ["Stödcentrum", "Socialtjänsten"], ["Mikamottagningen", "KAST"]),
    ("jag e 14 o han har mina bilder, tänker ta alla tabletter ikväll", "chitchat",
     ["112", "90101", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    ("jag är 16, en man har betalt mig för att ses o nu vill jag inte leva", "sells_sex",
     ["112", "90101", "Stödcentrum"], ["Mikamottagningen"]),
    ("jag (23) gör camshows och nu vill en av tittarna ses irl mot betalning", "buys_sex",
     ["Mikamottagningen"], ["KAST"]),
    ("han bestämmer allt, vilka hotell och hur många kunder per dag. jag är 26", "chitchat",
     ["Mikamottagningen", "114 14"], ["KAST"]),
    ("vi sitter i en bil med män vi inte känner, dom har gett oss pengar o vi vill hem. vi e 14 "
     "o 15", "chitchat", ["112", "Stödcentrum"], ["KAST", "Mikamottagningen"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DG_DH)
async def test_reported_speech_images_held_and_a_network_that_decides_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_DI_DK = [
    # Sets DI, DJ and DK: "gör åttan", driven off to meet his friends, a man who keeps a
    # sugarbaby, "e de lugnt att", massage "med extra" as work, a son's pain, a buyer
    # threatened, "är ni polisen?".
    ("svider när ja kissar efter helgen, gör åttan, måste ja gå till doktor??", "health_question",
     ["UMO", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("killen ja träffade för swish kör iväg me mig o säger ja ska träffa hans polare, ja går i "
     "nian, ska ja hoppa ur??", "sells_sex", ["112", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    ("har en sugarbaby som e 19, betalar henne varje månad, e de olagligt för mig?", "sells_sex",
     ["KAST"], ["Mikamottagningen", "Stödcentrum"]),
    ("im 18 nu så e de lugnt att ta betalt för webcam shows va?", "sells_sex",
     ["Mikamottagningen", "inte brottsligt"], ["KAST", "Stödcentrum"]),
    ("i am 33, jobbar massage med extra, jag har klada och lukt dar nere, var finns doktor",
     "buys_sex", ["Mikamottagningen", "1177"], ["KAST"]),
    ("min son ar 16 och han sager det gor ont nar han kissar, han vill inte ga till doktor med mig",
     "relative_unwanted_sexuality", ["UMO", "1177"], ["Preventell", "KAST"]),
    ("min syster ar 22 och jobbar som escort, hon har ont i magen och feber efter en kund",
     "relative_sells_sex", ["Mikamottagningen", "1177"], ["KAST", "Preventell"]),
    ("jag traffade en tjej for sex mot betalning och nu tre man hotar mig med kniv utanfor bilen",
     "acute_danger", ["112", "KAST"], ["Stödcentrum", "Preventell"]),
    ("är ni polisen? e 16 o vill veta om ni måste berätta för nån om jag får betalt för sex",
     "sells_sex", ["Stödcentrum", "anonym"], ["Mikamottagningen", "KAST"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DI_DK)
async def test_a_year_done_a_car_driving_off_a_kept_sugarbaby_and_a_sons_pain_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_DL_DM = [
    # Sets DL and DM: ages from a moped and a mother's rules, locked car doors, a young buyer
    # paying in snus, a 16-year-old's own unwanted urges, "måste man säga sitt namn".
    ("en kille runt tjugofem skjutsar mig o köper sprit, sen vill han att vi har sex. mamma "
     "bestämmer fortfarande när jag ska va hemma", "sells_sex", ["Stödcentrum", "BRIS"],
     ["Mikamottagningen", "KAST"]),
    ("fick moped förra året o en kille jag åkte med våldtog mig i hans bil", "sells_sex",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("e sjutton o står på en parkering, gubben jag fick skjuts av kräver sex för skjutsen o har "
     "låst bildörrarna", "sells_sex", ["112", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    ("går på högstadiet och har betalat en äldre tjej med snus för att få se henne naken",
     "sells_sex", ["KAST", "BRIS"], ["Mikamottagningen", "Stödcentrum"]),
    ("jag är 16 och har börjat kolla på sexuella grejer med mycket yngre barn på nätet. jag vet "
     "att det är fel, hjälp", "sells_sex", ["Preventell", "BRIS"],
     ["Stödcentrum", "inte ditt fel", "Mikamottagningen"]),
    ("säljer sex sen ett år, 24. måste man säga sitt namn om man ringer er?", "sells_sex",
     ["Mikamottagningen", "anonym"], ["KAST"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DL_DM)
async def test_a_moped_a_mothers_rules_locked_doors_and_a_young_buyer_in_snus_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_DN_DO = [
    # Sets DN and DO: a child controlled and taken to it today (danger now), pressed "om jag
    # älskar honom", a threat to tell her father, a father who pays a young woman's rent.
    ("han säger att jag e skyldig honom 20k för grejer han gett mig o att jag ska jobba av det "
     "med hans vänner, ikväll ska jag dit första gången. går i nian", "sells_sex",
     ["112", "Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("gänget som min bror hänger med använder mig som betalning för hans skuld, dom hämtar mig "
     "efter skolan idag. jag är 15 år", "coerced_exploited", ["112", "Stödcentrum"],
     ["Mikamottagningen", "KAST"]),
    ("dom skrev att jag ska komma ikväll annars berättar dom allt för min pappa, ja vill inte. 16",
     "suicidal", ["112", "Stödcentrum"], ["Mikamottagningen", "KAST"]),
    ("e 13 snart 14, min pojkvän e 19 o han säger att om jag älskar honom så gör jag det här för "
     "hans kompisar", "relative_sells_sex", ["Stödcentrum", "BRIS"],
     ["Mikamottagningen", "anhörig"]),
    ("Jag tror att min pappa betalar hyran för en ung kvinna mot sex. Han är 58.",
     "relative_sells_sex", ["KAST"], ["Mikamottagningen"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DN_DO)
async def test_a_child_taken_to_it_today_and_pressed_by_love_or_a_threat_is_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_DP_DQ = [
    # Sets DP and DQ: the years left until eighteen, giving someone money for sex asked about
    # as a law question, and "some of them pay" beside a health question.
    ("två år kvar tills ja e myndig o ja har sålt sex ngra gånger för att mamma inte har råd m "
     "hyran", "sells_sex", ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("har 1 år kvar till 18 och en gubbe swishar mig för bilder", "sells_sex",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("e det olagligt att ge ngn pengar för sex om hon själv erbjuder? har gjort det typ 4 ggr",
     "ask_law_selling", ["KAST", "brott"], ["Mikamottagningen"]),
    ("Jag träffar flera män och några av dem betalar. Var får man PrEP?", "health",
     ["under 18", "1177"], ["KAST"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DP_DQ)
async def test_years_left_to_eighteen_money_given_for_sex_and_some_who_pay_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_DR_DS = [
    # Sets DR and DS: a young writer's sexual thoughts about younger children (never the
    # victim's text), a weapon in the hall, a throw before the train, a client's stranglehold
    # last Tuesday, a video the writer sent, and "syns det vem jag e".
    ("17 å har fått sexuella tankar om min lillasysters kompisar som är typ 10. vad är fel på "
     "mig", "unwanted_sexuality", ["Preventell", "BRIS"], ["Mikamottagningen", "Stödcentrum"]),
    ("15 år. kan inte sluta tänka sexuella saker om barnen jag är barnvakt åt", "sells_sex",
     ["Preventell", "BRIS"], ["Mikamottagningen", "inte ditt fel"]),
    ("e 16 o tittar på filmer på nätet med folk som e mycket yngre än mig, vill sluta",
     "sells_sex", ["Preventell", "BRIS"], ["Mikamottagningen", "inte ditt fel"]),
    ("hennes kille står i hallen med ett basebollträ och kräver mer pengar, jag köpte sex av "
     "henne", "buys_sex", ["112", "KAST"], ["Mikamottagningen"]),
    ("ska kasta mig framför tåget ikväll. har köpt sex i åratal och frun vet", "buys_sex",
     ["112", "90101"], ["Mikamottagningen"]),
    ("Jag är 35 och säljer sex ibland. En kund tog strypgrepp på mig i tisdags. Borde jag gå "
     "till läkare?", "sells_sex", ["Kvinnofridslinjen", "1177", "Mikamottagningen"], ["112"]),
    ("e 17, skickade en video till en jag trodde va min kille och nu säljer nån den",
     "relative_sells_sex", ["BRIS", "Stödcentrum"], ["Mikamottagningen", "anhörig"]),
    ("syns det vem jag e om jag skriver här? e 16 o har gjort grejer för pengar", "sells_sex",
     ["anonym", "Stödcentrum", "BRIS"], ["Mikamottagningen"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DR_DS)
async def test_a_young_writers_urges_a_weapon_in_the_hall_and_a_past_stranglehold_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


async def test_a_brother_gone_since_friday_is_still_danger_now():
    messages = await assert_told(
        "min bror har inte kommit hem sen i fredags o han har sagt att han får betalt av män, "
        "vet ej var han e", "relative_sells_sex", ["112"], ["KAST"])
    assert "112" in bubbles(messages)[0]


SET_DT = [
    # Set DT: drugs given for sexual acts is buying; "en man gör saker mot mig" beside
    # wanting to die is a child harmed; "hjälper ni folk under 18?" is asked for oneself.
    ("brukar ge tjejer knark mot att dom gör saker med mig, vill sluta", "sells_sex", ["KAST"],
     ["Mikamottagningen", "Stödcentrum"]),
    ("jag e 14. orkar inte leva längre. en vuxen gör saker mot mig", "suicidal",
     ["112", "90101", "Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("hjälper ni folk under 18? jag säljer bilder på snap", "sells_sex",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "under 18 eller"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DT)
async def test_drugs_given_for_acts_a_man_who_does_things_and_help_under_18_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_DU = [
    # Set DU: paying men received at home is selling (never KAST), clips of the writer on a
    # porn site are spread images (never Preventell), a passport taken by "dom" is danger.
    ("är 61 och tar emot betalande herrar hemma sen pensionen tog slut", "buys_sex",
     ["Mikamottagningen"], ["KAST"]),
    ("har gjort cam i smyg i flera år, nu ligger bilder på mig på en porrsajt. 52 år",
     "unwanted_sexuality", ["Mikamottagningen", "114 14"], ["Preventell"]),
    ("dom tog passet när jag kom hit och nu måste jag jobba med sex. 26", "coerced_exploited",
     ["112", "Mikamottagningen"], ["KAST", "Preventell"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DU)
async def test_paying_men_at_home_clips_on_a_porn_site_and_a_taken_passport_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


async def test_a_controlled_adult_meeting_her_mother_today_is_no_danger():
    messages = await assert_told("min kille tar alla mina pengar, idag ska jag träffa mamma. 24",
                                 "coerced_exploited", ["Mikamottagningen"], ["KAST"])
    assert "112" not in bubbles(messages)[0]


SET_DV_DW = [
    # Set DV: school years as teenagers say them ("första ring", "2:an på gymnasiet", the
    # writer's "första året" beside someone else's "tvåan på gymnasiet"), too young to
    # practise driving; the men who pay, as a group, beside suicidal thoughts.
    ("jag går i första ring o har tagit betalt av en gubbe några gånger", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("jag går i 3:an på gymnasiet och har sålt sex", "sells_sex", ["Stödcentrum"],
     ["Mikamottagningen"]),
    ("en kille i trean på gymnasiet tvingade mig till sex på festen, själv går jag andra året",
     "chitchat", ["Stödcentrum"], ["Mikamottagningen"]),
    ("mitt ex tar betalt när hans polare ligger med mig. får inte ens övningsköra än",
     "coerced_exploited", ["Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("vill inte leva längre efter allt med gubbarna som swishar, ska ta tabletter inatt. går i "
     "åttan", "chitchat", ["112", "90101", "Stödcentrum", "BRIS"], ["Mikamottagningen"]),
    ("fick något i glaset på festen och vaknade hos en kille jag inte känner, jag är 30",
     "chitchat", ["Kvinnofridslinjen", "1177"], ["KAST"]),
    # Set DW: the writer's payment said through what it buys; "tjej 35 år." closing a
    # sentence is the writer's own age; money left afterwards is being paid.
    ("gav en tjej en ny telefon mot att hon sov hos mig i helgen, är det sexköp?", "sells_sex",
     ["KAST"], ["Mikamottagningen", "Stödcentrum"]),
    ("hon ses bara med mig om jag har betalat först. 52 år", "relative_sells_sex", ["KAST"],
     ["Mikamottagningen", "Stödcentrum"]),
    ("min dejt får 800 kr varje gång vi träffas, är jag en torsk då?", "relative_sells_sex",
     ["KAST"], ["Mikamottagningen", "Stödcentrum", "anhörig"]),
    ("jag swishar pengar till en tjej i Polen varje månad och när hon är här har vi sex",
     "chitchat", ["KAST"], ["Mikamottagningen", "112"]),
    ("hon har sex med mig för pengarna, det vet jag ju. 47", "sells_sex", ["KAST"],
     ["Mikamottagningen"]),
    ("jag låter en ung tjej bo gratis i min stuga och i utbyte har vi sex", "chitchat",
     ["KAST"], ["Mikamottagningen"]),
    ("hon sa hon var 20, jag betalade. vad gäller för mig", "buys_sex", ["KAST", "brott"], []),
    ("han lämnade pengar på bordet efteråt, 23 år, känns skit", "chitchat",
     ["Mikamottagningen"], ["KAST"]),
    ("säljer mig för att betala skulder. kille 29 år. vet inte vad jag ska göra", "chitchat",
     ["Mikamottagningen"], ["Stödcentrum"]),
    ("vem kan se det jag skriver här? säljer sex, 31", "sells_sex",
     ["anonym", "Mikamottagningen"], []),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DV_DW)
async def test_school_years_payments_said_through_what_they_buy_and_drugging_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_DX_DY = [
    # Set DX: staff who name their ward in passing; a child who "har sålts"; a child getting
    # into a car with an older man this moment; a job named beside the writer's own purchase;
    # sex offered for the writer's money; "extra tjänster" at a massage salon one worked at.
    ("Personalen på HVB: en tjej på 15 säger att hon ska hämtas av några äldre killar om en "
     "timme. Vi vet att hon har sålts förut.", "acute_danger",
     ["112", "Socialtjänsten", "Stödcentrum"], ["KAST"]),
    ("jobbar i en kiosk vid stationen, en flicka runt 13 har precis klivit in i en bil med en "
     "äldre man", "professional_advice", ["112", "Socialtjänsten"], ["KAST"]),
    ("kör buss på kvällarna och har några gånger betalat kvinnor för sex, vill sluta",
     "professional_advice", ["KAST"], ["Socialtjänsten"]),
    ("en kund på restaurangen erbjöd mig sex för pengar, är det olagligt om jag säger ja?",
     "chitchat", ["KAST"], ["Stödcentrum"]),
    ("har arbetat på en massageklinik med extra i två år, 31 år, vill sluta nu", "buys_sex",
     ["Mikamottagningen"], ["KAST"]),
    # Set DY: "nu låter han mig inte gå"; a man who "ville betala" is the payer; friends who
    # paid a girl "så hon skulle" are the ones who pay.
    ("sitter hos en kille från appen, han ville betala för sex och nu låter han mig inte gå",
     "chitchat", ["112"], ["KAST"]),
    ("jag o min kompis swishade en kille så han skulle skicka bilder", "chitchat", ["KAST"],
     ["Mikamottagningen"]),
    # (A daughter who offers sex for money is the one paid; only sex offered *to the writer*
    # is the writer buying.)
    ("min dotter är 16 och hon erbjuder sex för pengar på nätet", "relative_sells_sex",
     ["Stödcentrum", "Socialtjänsten"], ["KAST"]),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_DX_DY)
async def test_staff_in_passing_a_child_driven_off_and_who_pays_in_a_hurry_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


SET_DZ_HA = [
    # Set DZ: a boyfriend's "if you love me" and his friends who pay him; an employer who
    # demands sex; "can the police or my parents see this?"; a hypothetical 15-year-old
    # paid by "an adult", with the writer's own trouble asked about, is the writer.
    ("jag e 15 o min pojkvän säger att om jag bryr mig om honom så sover jag med hans polare. "
     "sen betalar dom honom", "relative_sells_sex", ["Stödcentrum", "BRIS"],
     ["Mikamottagningen", "Som anhörig"]),
    ("ägaren på salongen kräver att vi ligger med kunderna annars blir vi av med rummet. är 29",
     "buys_sex", ["Mikamottagningen", "114 14"], ["KAST"]),
    ("kan skolan eller mina föräldrar läsa det jag skriver här? e 15 o en kille swishar mig för "
     "bilder", "chitchat", ["anonym", "Stödcentrum"], ["Mikamottagningen"]),
    ("om en äldre kille ger nån som är 14 pengar för sex, kan jag bli straffad då?", "chitchat",
     ["Stödcentrum", "BRIS"], ["Mikamottagningen", "KAST"]),
    ("har ätit sömntabletter hela kvällen sen bilderna spreds, är helt snurrig nu. e 16",
     "chitchat", ["112", "90101"], []),
    ("tittar på filmer på nätet som jag vet att jag inte borde, med för unga tjejer", "chitchat",
     ["Preventell"], ["Stödcentrum"]),
    # Set HA: "vi e på ett hotell" is where the writer is, not a workplace; "han gjorde det mot
    # mig"; a journey worked off or paid off to the man who arranged it.
    ("jag är 15, killen som betalade säger att hans polare är på väg hit nu och jag vill inte. "
     "vi är på ett hotell i stan", "chitchat", ["112", "Stödcentrum"],
     ["Mikamottagningen", "anmäla"]),
    ("en kund gjorde det mot mig igår natt och jag vågar inte gå hem, jag är 26", "chitchat",
     ["Kvinnofridslinjen", "1177"], ["KAST"]),
    ("vi betalar av resan hit genom att ta emot män, jag är 30", "sells_sex",
     ["Mikamottagningen", "114 14"], ["KAST"]),
    ("38 år, säljer sex, har ett utslag som inte går över. kostar det att gå till en läkare?",
     "sells_sex", ["1177"], ["KAST"]),
]


SET_HC = [
    # Set HC: "pallar inte mer" beside a means; "säger ni till soc"; a client who forced sex
    # without a condom is a rape, not only control.
    ("asså jag pallar inte mer, har ett rep i garderoben", "chitchat", ["112", "90101"], []),
    ("e 15 o får cash för sex, säger ni till soc eller min pappa?", "chitchat",
     ["anonym", "Stödcentrum"], ["Mikamottagningen"]),
    ("kunden tvingade mig utan skydd i natt, jag är 28", "sells_sex",
     ["Kvinnofridslinjen", "1177"], ["KAST"]),
]


SET_HB = [
    # Set HB: a man who "har skrivit till mig" about a daughter tells of her, not of the
    # writer; one of the girls "här på boendet" is staff's case; a resident who says she will
    # cut herself and die is a suicide risk (90101), not only danger.
    ("min syster svarar inte, hennes kille har skrivit till mig att hon jobbar av en skuld åt "
     "honom i natt", "coerced_exploited", ["Socialtjänsten", "Stödcentrum"],
     ["KAST", "tvinga dig"]),
    ("en av killarna här på hvb:t har fått nya skor och pengar av en äldre man igen",
     "chitchat", ["Socialtjänsten"], ["KAST"]),
    ("hon sitter inlåst på toaletten och säger att hon ska döda sig", "chitchat",
     ["112", "90101"], []),
]


@pytest.mark.parametrize("text, intent, must, must_not", SET_HB)
async def test_told_to_the_writer_here_at_the_home_and_her_own_death_said_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


async def test_we_are_both_fifteen_answers_for_the_friend_too():
    messages, _ = await respond_to(
        "vi e 14 bägge", "inform_age", 0.9,
        slots={"need": "relative_selling", "crisis": "danger", "awaiting": "age_other"},
        before="min kompis har åkt iväg med två gubbar som lovat henne pengar",
    )
    said = texts(messages)
    assert "Stödcentrum" in said and "Mikamottagningen" not in said, said


@pytest.mark.parametrize("text, intent, must, must_not", SET_HC)
async def test_no_strength_beside_a_rope_telling_soc_and_forced_without_a_condom_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)


@pytest.mark.parametrize("text, intent, must, must_not", SET_DZ_HA)
async def test_a_boyfriends_friends_an_employers_demand_and_it_done_to_me_are_read(
    text, intent, must, must_not
):
    await told_with_112_first(text, intent, must, must_not)
