"""Reading the tracker: the latest intent, and whose age was said.

No custom action runs after every message (Rasa's slot validation action
would cost a round trip to the action server each time): ages with a role
fill their slots by Rasa's own mappings, and the actions that use an age
resolve a bare answer with `ages()`.
"""

from __future__ import annotations

from typing import FrozenSet, List, Optional, Text, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.routing import ADULT, MINOR

AGE_ENTITY = "age_group"


def latest_intent(tracker: Tracker) -> Optional[Text]:
    """The intent NLU gave the latest message (nlu_fallback included)."""
    return (tracker.latest_message.get("intent") or {}).get("name")


def previous_intent(tracker: Tracker) -> Optional[Text]:
    """The intent of the user message before the latest one, if any."""
    users = [e for e in reversed(tracker.events) if e.get("event") == "user"]
    if len(users) < 2:
        return None
    return ((users[1].get("parse_data") or {}).get("intent") or {}).get("name")


def latest_asks(tracker: Tracker) -> FrozenSet[Text]:
    """The questions the NLU read in the latest user message (law, anonymity, human …)."""
    return frozenset((tracker.latest_message.get("situation") or {}).get("asks") or ())


def previous_signs(tracker: Tracker) -> FrozenSet[Text]:
    """The signs the NLU read in the user message before the latest one."""
    users = [e for e in reversed(tracker.events) if e.get("event") == "user"]
    if len(users) < 2:
        return frozenset()
    situation = (users[1].get("parse_data") or {}).get("situation") or {}
    return frozenset(situation.get("signs") or ())


def told_of_oneself(tracker: Tracker, kinds: FrozenSet[Text]) -> FrozenSet[Text]:
    """The signs of `kinds` any earlier message read about the writer themself.

    "jag får sova hos en snubbe" - "han vill ha nåt tillbaka" (a health question
    by the classifier) - "16": the child who told of being paid two turns ago is
    still that child when her age comes.
    """
    users = [e for e in tracker.events if e.get("event") == "user"][:-1]
    told: set = set()
    for event in users:
        situation = (event.get("parse_data") or {}).get("situation") or {}
        if situation.get("concerned", "self") == "self":
            told |= set(situation.get("signs") or ()) & kinds
    return frozenset(told)


def _youngest(values: List[Text]) -> Optional[Text]:
    """Minor wins: a child must never be routed as an adult by mistake."""
    if MINOR in values:
        return MINOR
    return ADULT if ADULT in values else None


def _age_values(tracker: Tracker, role: Optional[Text]) -> List[Text]:
    entities = tracker.latest_message.get("entities", [])
    return [
        e.get("value") for e in entities if e.get("entity") == AGE_ENTITY and e.get("role") == role
    ]


def said_age(tracker: Tracker, role: Optional[Text]) -> Optional[Text]:
    """The age band the latest message gave `role` ("self", "other", None), youngest first."""
    return _youngest(_age_values(tracker, role))


def ages(tracker: Tracker) -> Tuple[Optional[Text], Optional[Text], List[EventType]]:
    """The writer's and the other person's age bands after the latest message.

    An age said with whose it is ("jag är 15", "min dotter är 14") has already
    filled its slot through Rasa's own `from_entity` mappings (domain/core.yml).
    A bare answer ("16", a button) has no role: it belongs to whoever the bot
    asked about (`awaiting`), the writer if it asked nobody. The youngest band
    said in the message wins. Returns both bands and the SlotSet events for a
    bare answer, which the calling action must return.
    """
    own, other = tracker.get_slot("age_group"), tracker.get_slot("other_age_group")
    bare = _age_values(tracker, None)
    if not bare:
        return own, other, []
    if tracker.get_slot("awaiting") == "age_other":
        other = _youngest(_age_values(tracker, "other") + bare)
        return own, other, [SlotSet("other_age_group", other)]
    own = _youngest(_age_values(tracker, "self") + bare)
    return own, other, [SlotSet("age_group", own)]
