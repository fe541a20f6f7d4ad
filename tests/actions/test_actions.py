"""Actions as Rasa runs them: what the person is told, and what is remembered."""

import re
from pathlib import Path

import pytest

from actions.conversation import ActionHandleFallback
from actions.handover import ActionRequestHandover
from actions.respond import ActionRespond
from actions.slots import ages
from tests.actions.conftest import DOMAIN, make_tracker, respond_to


def responses(messages):
    return [m.get("response") for m in messages]


def bubbles(messages):
    """The bubbles a person sees: Rasa's output channels send each part of a text
    between blank lines ("\n\n") as a message of its own."""
    return [part for m in messages if m.get("text") for part in m["text"].strip().split("\n\n")]


def texts(messages):
    return "\n".join(bubbles(messages))


def handover(messages):
    return [m["custom"]["handover"] for m in messages if "handover" in (m.get("custom") or {})]


def stats(messages):
    return [m["custom"]["stats"] for m in messages if "stats" in (m.get("custom") or {})]


async def assert_told(text, intent, must, must_not, confidence=0.6):
    """What `text` is answered names every phrase in `must` and none in `must_not`."""
    messages, _ = await respond_to(text, intent, confidence)
    said = texts(messages)
    for phrase in must:
        assert phrase in said, (text, said)
    for phrase in must_not:
        assert phrase not in said, (text, said)
    return messages


def words(messages):
    return sum(len(b.split()) for b in bubbles(messages))


async def test_an_adult_who_sells_sex_is_sent_to_mika_in_three_short_bubbles():
    messages, slots = await respond_to("jag är 25 och säljer sex", "sells_sex")
    said = texts(messages)
    assert "Mikamottagningen (Mika)" in said and "inte brottsligt" in said
    assert "Stödcentrum" not in said and "BRIS" not in said
    assert slots["referred_services"] == ["mika"]
    assert len(bubbles(messages)) <= 3 and words(messages) <= 80
    titles = [b["title"] for m in messages for b in m.get("buttons") or []]
    assert titles == ["Mer om Mika", "Prata med en uppsökare"]


async def test_a_seller_of_unknown_age_is_asked_with_buttons_once():
    messages, slots = await respond_to("jag har en sugardaddy som ger mig pengar", "sugar_dating")
    assert "Är du under 18" in texts(messages)
    assert [b["title"] for b in messages[-1]["buttons"]] == ["Under 18", "18 eller äldre"]
    # The payload a tap sends must be the JSON Rasa reads, not the domain's template escape.
    assert messages[-1]["buttons"][0]["payload"] == '/inform_age{"age_group": "minor"}'
    assert slots == {"need": "selling", "awaiting": "age_self", "asked_age_self": True}


async def test_a_child_paid_for_sex_hears_it_is_not_her_fault_and_gets_stodcentrum_and_bris():
    messages, _ = await respond_to("e 16 o en snubbe swishar mig efter vi ses", "chitchat", 0.2)
    said = texts(messages)
    assert "inte ditt fel" in said and "begår ett brott" in said
    assert "Stödcentrum för unga brottsutsatta" in said and "116 111" in said
    assert "Mika" not in said


async def test_a_law_question_is_answered_with_the_referral_not_instead_of_it():
    messages, _ = await respond_to(
        "jag är 14 och en gubbe betalar mig för sex, är det olagligt?", "ask_law_minors"
    )
    said = texts(messages)
    assert "begår ett brott – inte du" in said
    assert "Stödcentrum" in said and "BRIS" in said
    adult, _ = await respond_to("jag är 30 och säljer sex, kan jag åka fast?", "ask_law_selling")
    assert "inte brottsligt" in texts(adult) and "Mikamottagningen" in texts(adult)


@pytest.mark.parametrize(
    "text, intent, must, must_not",
    [
        ("han tar alla pengar jag tjänar och jag är 23", "sells_sex", ["Mika", "114 14"],
         ["Preventell"]),
        ("jag är 15 och min kille tvingar mig att träffa hans kompisar", "urge_to_force",
         ["Stödcentrum", "BRIS", "inte ditt fel"], ["Preventell", "Mika"]),
        ("jag är 28 och blev våldtagen av en kund i helgen", "sexual_thoughts_children",
         ["Kvinnofridslinjen", "Mika"], ["Preventell"]),
        ("jag jobbar som kurator och en elev på 15 får betalt för sex", "relative_sells_sex",
         ["Socialtjänsten", "anmäla oro"], ["Preventell", "KAST"]),
        ("jag är 26 och vill sluta sälja sex men har ingenstans att bo", "wants_out",
         ["Mika"], ["Stödcentrum"]),
        ("jag är 22 o kondomen sprack med en kund", "health_question", ["Mika Hälsa", "1177"],
         ["Stödcentrum"]),
        ("jag är 16 och han har lagt ut mina nudes", "images_spread",
         ["BRIS", "Stödcentrum"], ["Preventell", "Mika"]),
        # A health worry beside being paid: both services, for a child and an adult.
        ("e 15 o mensen har inte kommit efter att jag sovit hos en äldre kille för att få bo där",
         "coerced_exploited", ["Stödcentrum", "BRIS", "UMO"], ["Mika"]),
        ("jag är 30 och säljer sex, nu svider det när jag kissar", "sells_sex",
         ["Mika", "1177"], ["Stödcentrum"]),
    ],
)
async def test_the_new_routes(text, intent, must, must_not):
    messages = await assert_told(text, intent, must, must_not, confidence=0.9)
    assert len(bubbles(messages)) <= 3


async def test_a_parent_is_asked_the_childs_age_and_the_answer_is_the_childs(run):
    messages, slots = await respond_to("min dotter säljer sex", "relative_sells_sex")
    assert "personen du är orolig för" in texts(messages)
    assert slots["awaiting"] == "age_other"

    tracker = make_tracker(
        "inform_age",
        slots={"need": "relative_selling", "awaiting": "age_other", "asked_age_other": True},
        entities=[{"entity": "age_group", "value": "minor"}],
    )
    assert ages(tracker)[1] == "minor"
    messages, slots = await run(ActionRespond(), tracker)
    assert "Stödcentrum" in texts(messages) and "Mika" not in texts(messages)
    assert slots["other_age_group"] == "minor"


async def test_no_answer_about_age_names_both_the_youth_and_the_adult_service(run):
    tracker = make_tracker(
        "deny", slots={"need": "selling", "awaiting": "age_self", "asked_age_self": True}
    )
    messages, _ = await run(ActionRespond(), tracker)
    said = texts(messages)
    assert said.index("Stödcentrum") < said.index("Mikamottagningen")
    assert len(bubbles(messages)) <= 3


async def test_a_buyer_is_sent_to_kast_and_unwanted_thoughts_to_preventell():
    buyer, _ = await respond_to("jag har köpt sex och vill sluta", "buys_sex")
    assert "KAST" in texts(buyer) and "Mika" not in texts(buyer)
    thoughts, _ = await respond_to("jag har sexuella tankar om barn", "sexual_thoughts_children")
    assert "Preventell" in texts(thoughts) and "inte bekräftat" in texts(thoughts)


async def test_acute_danger_gives_112_first_and_asks_for_a_worker_urgently():
    messages, _ = await respond_to("han står utanför dörren och jag är rädd", "chitchat", 0.1)
    assert "112" in bubbles(messages)[0]
    assert handover(messages)[0]["urgency"] == "acute"
    assert stats(messages)[0]["routes"][0] == "emergency"


async def test_suicidal_thoughts_give_112_and_the_suicide_line_first():
    messages, _ = await respond_to("orkar inte mer, vill inte leva", "sells_sex", 0.9)
    assert "112" in bubbles(messages)[0] and "90101" in bubbles(messages)[0]
    assert handover(messages)[0]["reason"] == "suicidal"


async def test_asking_for_a_human_emits_the_handover_payload(run):
    messages, _ = await run(ActionRequestHandover(), make_tracker("request_human"))
    assert handover(messages) == [
        {"reason": "user_request", "urgency": "normal", "need": None, "age_group": None}
    ]


async def test_asking_for_a_human_keeps_the_services_already_named_in_view(run):
    tracker = make_tracker(
        "request_human", slots={"need": "relative_buying", "referred_services": ["kast"]}
    )
    messages, _ = await run(ActionRequestHandover(), tracker)
    said = texts(messages)
    assert "uppsökare" in said and "KAST" in said
    alone, _ = await run(ActionRequestHandover(), make_tracker("request_human"))
    assert len(bubbles(alone)) == 1


async def test_asking_for_a_human_and_whether_anyone_will_know_answers_both(run):
    # "kan ja prata med nån utan att mamma får veta?": the worker, and that it is anonymous.
    tracker = make_tracker("request_human", situation={"signs": [], "asks": ["anonymity", "human"]})
    said = texts((await run(ActionRequestHandover(), tracker))[0])
    assert "uppsökare" in said and "anonym" in said


async def test_one_misunderstanding_asks_to_rephrase_two_offer_a_human(run):
    first, slots = await run(ActionHandleFallback(), make_tracker("nlu_fallback"))
    assert responses(first) == ["utter_rephrase"] and slots == {}
    second, slots = await run(
        ActionHandleFallback(), make_tracker("nlu_fallback", previous_intents=["nlu_fallback"])
    )
    assert responses(second) == ["utter_offer_handover"] and slots == {"awaiting": "handover"}


async def test_an_age_the_classifier_did_not_know_still_answers_the_age_question(run):
    """Set CT: "de flesta av tjejerna går i sjuan och åttan" after "is the person under 18?"
    reaches the fallback; the age answers the question all the same."""
    tracker = make_tracker(
        "nlu_fallback",
        slots={"need": "professional", "awaiting": "age_other", "asked_age_other": True,
               "other_age_group": "minor"},
        entities=[{"entity": "age_group", "value": "minor", "role": "other"}],
        situation={"signs": [], "asks": [], "concerned": "self", "ruled": []},
    )
    said = texts((await run(ActionHandleFallback(), tracker))[0])
    assert "Stödcentrum" in said and "Socialtjänsten" in said, said
    assert "förstod inte" not in said


async def test_an_age_told_unasked_after_a_professionals_question_refines_the_route(run):
    """Set DB: "hon är 27 och har en lindrig intellektuell funktionsnedsättning" after a
    professional's question: no age was asked, but the adult's route now follows."""
    tracker = make_tracker(
        "nlu_fallback",
        slots={"need": "professional"},
        entities=[{"entity": "age_group", "value": "adult", "role": "other"}],
        situation={"signs": [], "asks": [], "concerned": "self", "ruled": []},
    )
    said = texts((await run(ActionHandleFallback(), tracker))[0])
    assert "Mika" in said and "förstod inte" not in said, said


async def test_yes_to_the_offer_hands_over_and_no_does_not(run):
    yes, _ = await run(ActionRespond(), make_tracker("affirm", slots={"awaiting": "handover"}))
    assert handover(yes)[0]["reason"] == "fallback_offer"
    no, slots = await run(ActionRespond(), make_tracker("deny", slots={"awaiting": "handover"}))
    assert not handover(no) and slots == {"awaiting": None}


async def test_contact_question_uses_the_named_or_last_referred_services(run):
    named = make_tracker("ask_contact", entities=[{"entity": "service", "value": "preventell"}])
    messages, _ = await run(ActionRespond(), named)
    assert "020-66 77 88" in texts(messages)

    remembered = make_tracker("ask_contact", slots={"referred_services": ["stodcentrum", "bris"]})
    messages, _ = await run(ActionRespond(), remembered)
    assert "116 111 (dygnet runt)" in texts(messages) and "Stödcentrum" in texts(messages)

    unknown, _ = await run(ActionRespond(), make_tracker("ask_about_service"))
    assert "Vilken verksamhet" in texts(unknown)


async def test_a_law_question_alone_is_answered_for_the_situation_already_told(run):
    tracker = make_tracker("ask_law_selling", slots={"need": "selling", "age_group": "minor"})
    messages, _ = await run(ActionRespond(), tracker)
    assert "köp av sexuell handling av barn" in texts(messages)


@pytest.mark.parametrize("intent", ["deny", "affirm"])
async def test_a_question_read_as_yes_or_no_is_still_answered(intent):
    messages, _ = await respond_to("är det olagligt?", intent, 0.45)
    assert "olagligt" in texts(messages) or "brott" in texts(messages)
    messages, _ = await respond_to("nej, jag vill inte prata med nån", "deny", 0.8)
    assert not handover(messages)


@pytest.mark.parametrize(
    "text, intent, must, must_not",
    [
        # Paid by someone, whatever the verb: never read as buying.
        ("jag är 15 och mitt busskort laddas av en gubbe jag känner", "buys_sex",
         ["Stödcentrum", "BRIS"], ["KAST"]),
        ("e 14, en snubbe köper cigg åt mig om jag gör saker me honom", "buys_sex",
         ["Stödcentrum", "BRIS"], ["KAST"]),
        # Buying in other words.
        ("jag är 45 och har swishat tjejer för sex i flera år", "sells_sex", ["KAST"],
         ["Mika", "Stödcentrum"]),
        # The writer introduces themselves: the age is known, not asked.
        ("tjej 24, tar emot kunder hemma", "sells_sex", ["Mika"], ["Är du under 18"]),
        ("kille 15 här, en man swishar mig för bilder", "sells_images",
         ["Stödcentrum", "BRIS"], ["Mika"]),
        # A relative named without "min" is a relative.
        ("systern e 16 o får pengar av äldre killar", "sells_sex",
         ["Stödcentrum"], ["Mika", "KAST"]),
        # Someone close who does it to the writer: the writer's own situation.
        ("min kusin fixar kunder åt mig och tar pengarna", "relative_sells_sex",
         ["Är du under 18"], ["personen du är orolig för"]),
        # Wanting out of "det här livet" is not wanting to die.
        ("jag e 30 o vill ta mig ur det här livet", "suicidal", ["Mika"], ["90101"]),
    ],
)
async def test_classes_the_blind_set_exposed(text, intent, must, must_not):
    await assert_told(text, intent, must, must_not, confidence=0.8)


async def test_a_child_in_danger_gets_112_and_stodcentrum():
    messages, _ = await respond_to("min kompis e 15 o är hos en gubbe nu, han låter henne inte gå",
                                   "relative_sells_sex", 0.6)
    first = bubbles(messages)[0]
    assert "112" in first
    assert "Stödcentrum" in texts(messages) and "Mika" not in texts(messages)


async def test_asking_for_a_person_calls_a_worker_even_before_the_age_is_known():
    messages, _ = await respond_to("jag säljer sex, kan nån människa ringa upp mig?", "sells_sex")
    assert handover(messages)


async def test_a_young_writer_without_an_age_hears_of_youth_services_not_mika():
    text = "en gubbe ger mig pengar om jag skickar bilder, mamma vet inget"
    messages, slots = await respond_to(text, "sells_sex", young=True)
    said = texts(messages)
    assert "Stödcentrum" in said and "BRIS" in said and "Mika" not in said
    assert "Är du under 18?" in said  # an adult can still say so
    assert slots["awaiting"] == "age_self"
    # Without the model's reading: both routes at once, the youth route first, and the
    # age asked once.
    both, slots = await respond_to(text, "sells_sex")
    said = texts(both)
    assert said.index("Stödcentrum") < said.index("BRIS") < said.index("Mika")
    assert "Är du under 18" in bubbles(both)[-1] and len(bubbles(both)) <= 3
    assert slots["awaiting"] == "age_self" and slots["asked_age_self"] is True


async def test_the_age_answered_after_both_routes_narrows_to_one():
    """Asked once with both routes shown, "16" then names the youth route alone."""
    slots = {"need": "selling", "awaiting": "age_self", "asked_age_self": True}
    messages, _ = await respond_to("16", "inform_age", 0.9, slots=slots)
    said = texts(messages)
    assert "Stödcentrum" in said and "Mika" not in said


def test_every_response_an_action_uses_exists_in_the_domain():
    used = set()
    for path in Path("actions").glob("*.py"):
        used |= set(re.findall(r"\"(utter_\w+)\"", path.read_text(encoding="utf-8")))
    # Names built at run time, like f"utter_ask_age_{whose}".
    used |= {
        "utter_ask_age_self",
        "utter_ask_age_other",
        "utter_ask_age_self_youth_shown",
        "utter_ask_age_other_youth_shown",
        "utter_ask_age_self_both_shown",
        "utter_ask_age_other_both_shown",
        "utter_if_other_under_18",
        "utter_if_other_adult",
        "utter_if_under_18",
        "utter_if_adult",
    }
    assert used - set(DOMAIN["responses"]) == set()


async def test_a_referral_tells_the_gateway_what_to_count_and_nothing_else():
    messages, _ = await respond_to("jag är 25 och säljer sex", "sells_sex")
    assert stats(messages) == [{"routes": ["mika"], "age_group": "adult"}]
    asked, _ = await respond_to("jag har en sugardaddy", "sugar_dating")
    assert stats(asked) == []  # asking for the age names no service yet


def test_every_service_a_route_names_has_a_line_and_a_directory_entry():
    from actions.directory import get_directory
    from actions.routing import ADULT_SERVICE, UNKNOWN_AGE_SERVICE, YOUTH_SERVICE

    named = {s for table in (ADULT_SERVICE, YOUTH_SERVICE, UNKNOWN_AGE_SERVICE)
             for services in table.values() for s in services} | {"bris"}
    directory = get_directory()
    assert named - set(directory.services) == set()
    assert {s for s in named if f"utter_line_{s}" not in DOMAIN["responses"]} == set()


async def test_a_child_who_told_of_being_paid_earlier_keeps_her_route_when_her_age_comes(run):
    # "jag får sova hos en snubbe" (paid with a bed), "han vill ha nåt tillbaka" read as a
    # health question and answered for both ages, then "16" two turns after the exchange.
    tracker = make_tracker(
        "inform_age",
        slots={"need": "health", "asked_age_self": True, "age_group": "minor"},
        entities=[{"entity": "age_group", "value": "minor", "role": None}],
        previous_intents=["sells_sex", "health_question"],
        situation={"signs": [], "asks": [], "concerned": "self"},
    )
    tracker.events[0]["parse_data"]["situation"] = {"signs": ["exchange"], "concerned": "self"}
    messages, _ = await run(ActionRespond(), tracker)
    assert "Stödcentrum" in texts(messages) and "BRIS" in texts(messages)


async def test_what_someone_else_went_through_is_not_carried_to_the_writer(run):
    tracker = make_tracker(
        "health_question",
        slots={"age_group": "minor"},
        previous_intents=["relative_sells_sex", "chitchat"],
        situation={"signs": ["health"], "asks": [], "concerned": "self"},
    )
    tracker.events[0]["parse_data"]["situation"] = {"signs": ["exchange"], "concerned": "other"}
    messages, _ = await run(ActionRespond(), tracker)
    assert "UMO" in texts(messages) and "Stödcentrum" not in texts(messages)


async def test_a_law_anonymity_and_report_question_after_a_referral_stays_three_bubbles():
    # Set CR: five questions' answers folded into three bubbles, none split by a blank line.
    messages, _ = await respond_to(
        "och om jag går till kliniken, kan de ringa polisen eller migrationsverket?",
        "ask_law_selling", 0.9,
        slots={"referred_services": ["mika", "vardguiden"], "need": "health",
               "age_group": "adult"},
    )
    said = texts(messages)
    assert len(bubbles(messages)) == 3, bubbles(messages)
    assert "anonym" in said and "114 14" in said
