"""Referrals: tell a person which service fits them, with facts from the directory."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.directory import describe_service, get_directory
from actions.routing import NEED_BY_INTENT, route
from actions.slots import ages, latest_intent

# The opening said before naming a service, by the intent that raised the need.
_INTRO_BY_INTENT = {
    "sells_sex": "utter_intro_sells_sex",
    "sugar_dating": "utter_intro_sugar_dating",
    "sells_images": "utter_intro_sells_images",
    "self_harm_sex": "utter_intro_self_harm_sex",
    "buys_sex": "utter_intro_buys_sex",
    "sexual_thoughts_children": "utter_intro_unwanted_sexuality",
    "urge_to_force": "utter_intro_unwanted_sexuality",
    "compulsive_sexual_behaviour": "utter_intro_unwanted_sexuality",
    "relative_sells_sex": "utter_intro_relative",
    "relative_buys_sex": "utter_intro_relative",
    "relative_unwanted_sexuality": "utter_intro_relative",
}


def stats_payload(services: Sequence[Text], age_group: Optional[Text]) -> Dict[Text, Any]:
    """What the gateway counts for its anonymous statistics, then removes from the reply.

    Only which services were named and the age band of the person concerned
    (minor, adult or unknown): nothing the person wrote.
    """
    return {"stats": {"routes": list(services), "age_group": age_group or "unknown"}}


def send_services(dispatcher: CollectingDispatcher, service_ids: Sequence[Text]) -> None:
    """One message per service: who it is for and how to reach it."""
    directory = get_directory()
    for service_id in service_ids:
        dispatcher.utter_message(text=describe_service(directory[service_id]))


def refer(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    need: Text,
    intro: Optional[Text] = None,
) -> List[EventType]:
    """Ask for the age if the route needs it, otherwise name the services."""
    own_age, other_age, age_events = ages(tracker)
    referral = route(
        need,
        own_age,
        other_age,
        asked_self=bool(tracker.get_slot("asked_age_self")),
        asked_other=bool(tracker.get_slot("asked_age_other")),
    )
    events: List[EventType] = [*age_events, SlotSet("need", need)]
    if intro:
        dispatcher.utter_message(response=intro)

    if referral.ask_age_of:
        whose = referral.ask_age_of
        dispatcher.utter_message(response=f"utter_ask_age_{whose}")
        return events + [
            SlotSet("awaiting", f"age_{whose}"),
            SlotSet(f"asked_age_{whose}", True),
        ]

    relative = need.startswith("relative_")
    if referral.minor and need == "selling":
        dispatcher.utter_message(response="utter_minor_not_your_fault")
    elif referral.minor and relative:
        dispatcher.utter_message(response="utter_relative_minor")

    if referral.age_unknown:
        suffix = "other_" if relative else ""
        dispatcher.utter_message(response=f"utter_if_{suffix}under_18")
        send_services(dispatcher, referral.youth)
        dispatcher.utter_message(response=f"utter_if_{suffix}adult")
        send_services(dispatcher, referral.adult)
    else:
        send_services(dispatcher, referral.services)
    dispatcher.utter_message(response="utter_offer_human")
    concerned = other_age if relative else own_age
    dispatcher.utter_message(json_message=stats_payload(referral.services, concerned))
    return events + [
        SlotSet("awaiting", None),
        SlotSet("referred_services", list(referral.services)),
        SlotSet("service", referral.services[0]),
    ]


class ActionReferToService(Action):
    """Runs on every need intent and on an age given in answer to our question."""

    def name(self) -> Text:
        return "action_refer_to_service"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Dict[Text, Any]]:
        intent = latest_intent(tracker)
        need = NEED_BY_INTENT.get(intent or "") or tracker.get_slot("need")
        if need is None:
            # An age on its own, before we know what the person needs.
            dispatcher.utter_message(response="utter_age_noted")
            return [SlotSet("awaiting", None)]
        return refer(dispatcher, tracker, need, intro=_INTRO_BY_INTENT.get(intent or ""))
