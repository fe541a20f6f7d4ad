"""Turns that depend on what the bot just asked: fallbacks, yes and no."""

from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.handover import request_handover
from actions.referrals import refer
from actions.slots import latest_intent

FALLBACK_INTENT = "nlu_fallback"
# After this many misunderstood messages in a row the bot offers a human.
FALLBACKS_BEFORE_OFFER = 2


def consecutive_fallbacks(tracker: Tracker) -> int:
    """How many of the latest user messages in a row the bot did not understand."""
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        intent = (event.get("parse_data") or {}).get("intent", {}).get("name")
        if intent != FALLBACK_INTENT:
            break
        count += 1
    # A core fallback (an understood intent with no fitting answer) counts as one.
    return max(count, 1)


class ActionHandleFallback(Action):
    """Asks to rephrase; after two misunderstandings in a row, offers a human."""

    def name(self) -> Text:
        return "action_handle_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        if consecutive_fallbacks(tracker) >= FALLBACKS_BEFORE_OFFER:
            dispatcher.utter_message(response="utter_offer_handover")
            return [SlotSet("awaiting", "handover")]
        dispatcher.utter_message(response="utter_rephrase")
        return []


class ActionHandleReply(Action):
    """Understands "ja" and "nej" as answers to the bot's last question."""

    def name(self) -> Text:
        return "action_handle_reply"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        awaiting = tracker.get_slot("awaiting")
        yes = latest_intent(tracker) == "affirm"
        if awaiting == "handover":
            if yes:
                return request_handover(dispatcher, tracker, reason="fallback_offer")
            dispatcher.utter_message(response="utter_handover_declined")
            return [SlotSet("awaiting", None)]
        need = tracker.get_slot("need")
        if awaiting in ("age_self", "age_other") and need:
            # No age given: name both the youth and the adult service.
            return refer(dispatcher, tracker, need)
        dispatcher.utter_message(response="utter_what_about")
        return [SlotSet("awaiting", None)]
