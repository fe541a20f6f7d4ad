"""Acute danger and suicidal thoughts: 112 first, before anything else."""

from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.directory import get_directory
from actions.handover import ACUTE, request_handover
from actions.referrals import send_services, stats_payload
from actions.routing import crisis_services
from actions.slots import ages, latest_intent


def _first_phone(service_id: Text) -> Text:
    return get_directory()[service_id].phones()[0].fact.value


class ActionHandleCrisis(Action):
    """Gives the emergency number first, then fitting help, and calls a worker."""

    def name(self) -> Text:
        return "action_handle_crisis"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        suicidal = latest_intent(tracker) == "suicidal"
        emergency = _first_phone("emergency")
        if suicidal:
            dispatcher.utter_message(
                response="utter_crisis_suicidal",
                emergency=emergency,
                suicide_line=_first_phone("mind"),
            )
        else:
            dispatcher.utter_message(response="utter_crisis_danger", emergency=emergency)

        own_age, _, age_events = ages(tracker)
        services = crisis_services(
            "suicidal" if suicidal else "danger", tracker.get_slot("need"), own_age
        )
        # 112 (and the suicide line) are already in the first message.
        send_services(dispatcher, [s for s in services if s not in ("emergency", "mind")])
        dispatcher.utter_message(json_message=stats_payload(services, own_age))
        return age_events + request_handover(
            dispatcher,
            tracker,
            reason="suicidal" if suicidal else "acute_danger",
            urgency=ACUTE,
            response="utter_handover_acute",
        )
