"""When the bot did not understand: ask again, and after two misses offer a human."""

from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.directory import crisis_phones
from actions.respond import ActionRespond
from actions.slots import latest_asks

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
    """Asks to rephrase; offers a human after two misses or a "du fattar inte"."""

    def name(self) -> Text:
        return "action_handle_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        kind = tracker.get_slot("crisis")
        if kind in ("danger", "suicidal"):
            # After an acute turn an unclear message hears 112 again, not "what do you mean?".
            dispatcher.utter_message(response=f"utter_crisis_reminder_{kind}", **crisis_phones())
            return []
        # "du fattar inte": the person says the last answer was the first miss.
        said_misread = "misread" in latest_asks(tracker)
        entities = tracker.latest_message.get("entities") or []
        if (
            (tracker.get_slot("awaiting") in ("age_self", "age_other") or tracker.get_slot("need"))
            and any(e.get("entity") == "age_group" for e in entities)
            and not said_misread
        ):
            # "de flesta av tjejerna går i sjuan och åttan" after "under 18 or older?" (set
            # CT): the classifier heard nothing it knows, but the age answers the question.
            # So does an age told unasked once the need is known: "hon är 27 och har en
            # lindrig intellektuell funktionsnedsättning" to a professional's question (DB).
            return await ActionRespond().run(dispatcher, tracker, domain)
        if said_misread or consecutive_fallbacks(tracker) >= FALLBACKS_BEFORE_OFFER:
            dispatcher.utter_message(response="utter_offer_handover")
            return [SlotSet("awaiting", "handover")]
        dispatcher.utter_message(response="utter_rephrase")
        return []
