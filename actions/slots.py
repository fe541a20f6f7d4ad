"""Reading the tracker: the latest intent, and whose age was said."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.routing import ADULT, MINOR

AGE_ENTITY = "age_group"


def latest_intent(tracker: Tracker) -> Optional[Text]:
    """The intent NLU gave the latest message (nlu_fallback included)."""
    return (tracker.latest_message.get("intent") or {}).get("name")


def _youngest(values: List[Text]) -> Optional[Text]:
    """Minor wins: a child must never be routed as an adult by mistake."""
    if MINOR in values:
        return MINOR
    return ADULT if ADULT in values else None


def _age_values(tracker: Tracker, role: Optional[Text]) -> List[Text]:
    entities = tracker.latest_message.get("entities", [])
    return [
        e.get("value")
        for e in entities
        if e.get("entity") == AGE_ENTITY and e.get("role") == role
    ]


class ValidateSlotMappings(ValidationAction):
    """Runs after every user message and fills the two age slots.

    The `AgeExtractor` NLU component tags an age with role `self` or `other`
    when the sentence says whose it is; a bare answer ("16", a button) has no
    role and belongs to whoever the bot just asked about.
    """

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        return ["age_group", "other_age_group"]

    async def extract_age_group(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        values = _age_values(tracker, "self")
        if tracker.get_slot("awaiting") != "age_other":
            values += _age_values(tracker, None)
        group = _youngest(values)
        return {"age_group": group} if group else {}

    async def extract_other_age_group(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        values = _age_values(tracker, "other")
        if tracker.get_slot("awaiting") == "age_other":
            values += _age_values(tracker, None)
        group = _youngest(values)
        return {"other_age_group": group} if group else {}
