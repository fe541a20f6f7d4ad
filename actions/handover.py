"""Handing the conversation to a human outreach worker (uppsökare).

The bot cannot reach a worker itself: it emits a machine-readable custom
payload that the gateway acts on (queues the conversation, or tells the
person at once that nobody is on duty). The payload carries no text the
person wrote, only why and how urgently.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.reply import Reply
from actions.slots import ages, latest_asks

NORMAL = "normal"
ACUTE = "acute"


_UNSET: Any = object()


def handover_payload(
    reason: Text,
    urgency: Text,
    tracker: Tracker,
    need: Optional[Text] = _UNSET,
    age_group: Optional[Text] = _UNSET,
) -> Dict[Text, Any]:
    """The custom payload the gateway acts on; see docs/architecture.md.

    `need` and `age_group` default to what the tracker knows before this turn;
    an action that learned them this turn passes them.
    """
    return {
        "handover": {
            "reason": reason,
            "urgency": urgency,
            # Lets the gateway give the right service's contact when nobody is on duty.
            "need": tracker.get_slot("need") if need is _UNSET else need,
            "age_group": ages(tracker)[0] if age_group is _UNSET else age_group,
        }
    }


def request_handover(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    reason: Text,
    urgency: Text = NORMAL,
    response: Optional[Text] = "utter_handover_requested",
) -> List[EventType]:
    if response:
        dispatcher.utter_message(response=response)
    dispatcher.utter_message(json_message=handover_payload(reason, urgency, tracker))
    return [SlotSet("awaiting", None)]


def remind_of_services(reply: Reply, tracker: Tracker) -> None:
    """While a person is called, the services already named stay in view.

    "Finns det nån jag som fru kan prata med?" after KAST was named: the worker is
    called, and KAST can be reached directly meanwhile.
    """
    referred = [s for s in tracker.get_slot("referred_services") or []
                if s not in ("emergency", "mind")][:3]
    if referred:
        reply.services(referred, tracker.get_slot("need"),
                       heading=reply.text("utter_also_directly"))


class ActionRequestHandover(Action):
    """The person asked for a human."""

    def name(self) -> Text:
        return "action_request_handover"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        reply = Reply(domain, tracker.get_slot("language"))
        reply.add_response("utter_handover_requested")
        remind_of_services(reply, tracker)
        if "anonymity" in latest_asks(tracker):
            # "kan ja prata med nån utan att mamma får veta?": answered, not only passed on.
            reply.add_response("utter_anonymity_short")
        reply.send(dispatcher)
        return request_handover(dispatcher, tracker, reason="user_request", response=None)
