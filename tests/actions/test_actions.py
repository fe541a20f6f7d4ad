"""Actions as Rasa runs them: what the person is told, and what is remembered."""

import pytest
import yaml

from actions.conversation import ActionHandleFallback, ActionHandleReply
from actions.crisis import ActionHandleCrisis
from actions.handover import ActionRequestHandover
from actions.info import ActionDescribeService
from actions.referrals import ActionReferToService
from actions.slots import ages
from tests.actions.conftest import make_tracker


def responses(messages):
    return [m.get("response") for m in messages]


def texts(messages):
    return "\n".join(m.get("text") or "" for m in messages)


def handover(messages):
    return [m["custom"]["handover"] for m in messages if "handover" in (m.get("custom") or {})]


async def test_an_adult_who_sells_sex_is_sent_to_mika(run):
    tracker = make_tracker("sells_sex", slots={"age_group": "adult"})
    messages, slots = await run(ActionReferToService(), tracker)
    assert responses(messages)[0] == "utter_intro_sells_sex"
    assert "Mikamottagningen (Mika)" in texts(messages)
    assert "Stödcentrum" not in texts(messages)
    assert slots["referred_services"] == ["mika"]
    assert [r for r in responses(messages) if r][-1] == "utter_offer_human"


async def test_a_seller_of_unknown_age_is_asked_with_buttons_once(run):
    messages, slots = await run(ActionReferToService(), make_tracker("sugar_dating"))
    assert responses(messages) == ["utter_intro_sugar_dating", "utter_ask_age_self"]
    assert slots == {"need": "selling", "awaiting": "age_self", "asked_age_self": True}


async def test_the_answer_under_18_sends_a_child_to_stodcentrum_and_bris(run):
    tracker = make_tracker(
        "inform_age", slots={"need": "selling", "age_group": "minor", "asked_age_self": True}
    )
    messages, slots = await run(ActionReferToService(), tracker)
    assert "utter_minor_not_your_fault" in responses(messages)
    assert "Stödcentrum för unga brottsutsatta" in texts(messages)
    assert "116 111" in texts(messages)
    assert "Mika" not in texts(messages)
    assert slots["referred_services"] == ["stodcentrum", "bris"]
    assert slots["awaiting"] is None


async def test_no_answer_about_age_names_both_the_youth_and_the_adult_service(run):
    tracker = make_tracker(
        "deny", slots={"need": "selling", "awaiting": "age_self", "asked_age_self": True}
    )
    messages, slots = await run(ActionHandleReply(), tracker)
    order = responses(messages)
    assert order.index("utter_if_under_18") < order.index("utter_if_adult")
    assert "Stödcentrum" in texts(messages) and "Mikamottagningen" in texts(messages)
    assert slots["awaiting"] is None


async def test_a_buyer_is_sent_to_kast(run):
    messages, slots = await run(ActionReferToService(), make_tracker("buys_sex"))
    assert "KAST ger råd och stöd" in texts(messages)
    assert slots["referred_services"] == ["kast"]


@pytest.mark.parametrize(
    "intent", ["sexual_thoughts_children", "urge_to_force", "compulsive_sexual_behaviour"]
)
async def test_unwanted_sexuality_is_sent_to_preventell_with_its_caveat(run, intent):
    messages, _ = await run(ActionReferToService(), make_tracker(intent))
    assert responses(messages)[0] == "utter_intro_unwanted_sexuality"
    assert "Preventell är en nationell hjälplinje" in texts(messages)
    assert "inte bekräftad" in texts(messages)


async def test_a_parent_is_asked_the_childs_age_and_the_answer_is_the_childs(run):
    messages, slots = await run(ActionReferToService(), make_tracker("relative_sells_sex"))
    assert responses(messages) == ["utter_intro_relative", "utter_ask_age_other"]
    assert slots["awaiting"] == "age_other"

    # "15" as the answer fills the other person's age, not the writer's.
    answer = make_tracker(
        "inform_age",
        slots={"awaiting": "age_other", "need": "relative_selling", "asked_age_other": True},
        entities=[{"entity": "age_group", "value": "minor"}],
    )
    messages, slots = await run(ActionReferToService(), answer)
    assert slots["other_age_group"] == "minor" and "age_group" not in slots
    assert "utter_relative_minor" in responses(messages)
    assert "Stödcentrum" in texts(messages)


def test_a_bare_age_is_the_writers_unless_we_asked_about_someone_else():
    bare = [{"entity": "age_group", "value": "minor"}]
    own, other, events = ages(make_tracker("inform_age", entities=bare))
    assert (own, other) == ("minor", None) and events
    asked_other = make_tracker("inform_age", slots={"awaiting": "age_other"}, entities=bare)
    assert ages(asked_other)[:2] == (None, "minor")


def test_ages_with_a_role_come_from_rasas_own_slot_mappings():
    # Rasa has already filled the slots from "jag är 15 och min son är 20".
    tracker = make_tracker("sells_sex", slots={"age_group": "minor", "other_age_group": "adult"})
    assert ages(tracker) == ("minor", "adult", [])


def test_the_youngest_bare_or_own_age_wins():
    entities = [
        {"entity": "age_group", "value": "adult", "role": "self"},
        {"entity": "age_group", "value": "minor"},
    ]
    tracker = make_tracker("inform_age", slots={"age_group": "adult"}, entities=entities)
    assert ages(tracker)[0] == "minor"


async def test_acute_danger_gives_112_first_and_asks_for_a_worker_urgently(run):
    tracker = make_tracker("acute_danger", slots={"need": "selling", "age_group": "minor"})
    messages, _ = await run(ActionHandleCrisis(), tracker)
    assert messages[0]["response"] == "utter_crisis_danger"
    assert messages[0]["emergency"] == "112"
    assert "Stödcentrum" in texts(messages)
    assert handover(messages) == [
        {"reason": "acute_danger", "urgency": "acute", "need": "selling", "age_group": "minor"}
    ]


async def test_suicidal_thoughts_give_112_and_the_suicide_line(run):
    messages, _ = await run(ActionHandleCrisis(), make_tracker("suicidal"))
    assert messages[0]["response"] == "utter_crisis_suicidal"
    assert (messages[0]["emergency"], messages[0]["suicide_line"]) == ("112", "90101")
    assert handover(messages)[0]["urgency"] == "acute"


async def test_asking_for_a_human_emits_the_handover_payload(run):
    messages, _ = await run(ActionRequestHandover(), make_tracker("request_human"))
    assert responses(messages)[0] == "utter_handover_requested"
    assert handover(messages)[0]["reason"] == "user_request"
    assert handover(messages)[0]["urgency"] == "normal"


async def test_one_misunderstanding_asks_to_rephrase_two_offer_a_human(run):
    first, slots = await run(ActionHandleFallback(), make_tracker("nlu_fallback"))
    assert responses(first) == ["utter_rephrase"] and slots == {}

    second, slots = await run(
        ActionHandleFallback(), make_tracker("nlu_fallback", previous_intents=["nlu_fallback"])
    )
    assert responses(second) == ["utter_offer_handover"]
    assert slots == {"awaiting": "handover"}

    # Understood in between: the count starts again.
    again, _ = await run(
        ActionHandleFallback(),
        make_tracker("nlu_fallback", previous_intents=["nlu_fallback", "greet"]),
    )
    assert responses(again) == ["utter_rephrase"]


async def test_yes_to_the_offer_hands_over_and_no_does_not(run):
    yes, _ = await run(ActionHandleReply(), make_tracker("affirm", slots={"awaiting": "handover"}))
    assert handover(yes)[0]["reason"] == "fallback_offer"
    no, slots = await run(ActionHandleReply(), make_tracker("deny", slots={"awaiting": "handover"}))
    assert responses(no) == ["utter_handover_declined"] and not handover(no)
    assert slots == {"awaiting": None}


async def test_contact_question_uses_the_named_or_last_referred_service(run):
    named = make_tracker("ask_contact", entities=[{"entity": "service", "value": "preventell"}])
    messages, _ = await run(ActionDescribeService(), named)
    assert texts(messages).startswith("Så här når du Preventell:")
    assert "020-66 77 88" in texts(messages)

    remembered = make_tracker("ask_contact", slots={"service": "bris"})
    messages, _ = await run(ActionDescribeService(), remembered)
    assert "116 111 (dygnet runt)" in texts(messages)

    unknown, _ = await run(ActionDescribeService(), make_tracker("ask_about_service"))
    assert responses(unknown) == ["utter_which_service"]


def test_every_response_an_action_sends_exists_in_the_domain():
    import re
    from pathlib import Path

    domain = {}
    for path in Path("domain").glob("*.yml"):
        domain.update(yaml.safe_load(path.read_text(encoding="utf-8")).get("responses", {}))
    used = set()
    for path in Path("actions").glob("*.py"):
        used |= set(re.findall(r"\"(utter_\w+)\"", path.read_text(encoding="utf-8")))
    # Names built at run time, like f"utter_ask_age_{whose}".
    used |= {
        "utter_ask_age_self",
        "utter_ask_age_other",
        "utter_if_other_under_18",
        "utter_if_other_adult",
        "utter_if_under_18",
        "utter_if_adult",
    }
    assert used - set(domain) == set()


def stats(messages):
    return [m["custom"]["stats"] for m in messages if "stats" in (m.get("custom") or {})]


async def test_a_referral_tells_the_gateway_what_to_count_and_nothing_else(run):
    tracker = make_tracker("sells_sex", slots={"age_group": "adult"})
    messages, _ = await run(ActionReferToService(), tracker)
    assert stats(messages) == [{"routes": ["mika"], "age_group": "adult"}]

    asked, _ = await run(ActionReferToService(), make_tracker("sugar_dating"))
    assert stats(asked) == []  # asking for the age names no service yet

    relative = make_tracker("relative_sells_sex", slots={"other_age_group": "minor"})
    messages, _ = await run(ActionReferToService(), relative)
    assert stats(messages)[0]["age_group"] == "minor"  # the age of the person concerned


async def test_a_crisis_counts_112(run):
    messages, _ = await run(ActionHandleCrisis(), make_tracker("acute_danger"))
    assert stats(messages)[0]["routes"][0] == "emergency"
    assert stats(messages)[0]["age_group"] == "unknown"
