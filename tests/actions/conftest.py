"""Helpers to run actions as Rasa would, without a running server."""

from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def make_tracker(
    intent: str,
    slots: Optional[Dict[str, Any]] = None,
    entities: Optional[List[Dict[str, Any]]] = None,
    previous_intents: Optional[List[str]] = None,
) -> Tracker:
    """A tracker whose latest user message has `intent`, after `previous_intents`."""
    events = []
    for name in (previous_intents or []) + [intent]:
        events.append({"event": "user", "parse_data": {"intent": {"name": name}}})
        events.append({"event": "action", "name": "action_listen"})
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message={"intent": {"name": intent}, "entities": entities or [], "text": ""},
        events=events[:-1],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


async def run_action(action, tracker: Tracker, domain=None):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain or {})
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.fixture
def run():
    return run_action
