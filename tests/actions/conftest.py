"""Helpers to run actions as Rasa would, without a running server."""

from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

ROOT = Path(__file__).resolve().parents[2]


def load_domain() -> Dict[str, Any]:
    """The domain's responses as Rasa sends them to the action server."""
    responses: Dict[str, Any] = {}
    for path in sorted((ROOT / "domain").glob("*.yml")):
        responses.update(yaml.safe_load(path.read_text(encoding="utf-8")).get("responses") or {})
    return {"responses": responses}


DOMAIN = load_domain()


def make_tracker(
    intent: str,
    slots: Optional[Dict[str, Any]] = None,
    entities: Optional[List[Dict[str, Any]]] = None,
    previous_intents: Optional[List[str]] = None,
    situation: Optional[Dict[str, Any]] = None,
    previous_situation: Optional[Dict[str, Any]] = None,
) -> Tracker:
    """A tracker whose latest user message has `intent`, after `previous_intents`.

    `previous_situation` is what the NLU read in the message before the latest one.
    """
    events = []
    names = (previous_intents or []) + [intent]
    for index, name in enumerate(names):
        parse_data: Dict[str, Any] = {"intent": {"name": name}}
        if previous_situation is not None and index == len(names) - 2:
            parse_data["situation"] = previous_situation
        events.append({"event": "user", "parse_data": parse_data})
        events.append({"event": "action", "name": "action_listen"})
    latest = {"intent": {"name": intent}, "entities": entities or [], "text": ""}
    if situation is not None:
        latest["situation"] = situation
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message=latest,
        events=events[:-1],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


async def run_action(action, tracker: Tracker, domain=None):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, DOMAIN if domain is None else domain)
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.fixture
def run():
    return run_action


async def respond_to(
    text: str,
    intent: str = "chitchat",
    confidence: float = 0.9,
    slots: Optional[Dict[str, Any]] = None,
    before: Optional[str] = None,
    young: bool = False,
    language: Optional[str] = None,
):
    """What the person is told when the classifier says `intent` about `text`.

    `before` is the person's previous message, read by the rules alone;
    `young`, the minor model's reading above its threshold (engine/nlu/learned.py);
    `language`, the `language` slot ("en" for a conversation in English).

    Runs the rule-based parts of the NLU as the pipeline does (ages, the
    situation, the intent override), fills the age slots as Rasa's mappings
    would, then the action. The classifier is whatever the test says.
    """
    from actions.respond import ActionRespond
    from engine.nlu.components import AgeExtractor, _youngest_per_role, ages_in
    from engine.nlu.situation import analyze, decide_intent

    entities = [AgeExtractor._entity(m) for m in _youngest_per_role(ages_in(text))]
    slots = dict(slots or {})
    if language is not None:
        slots["language"] = language
    for entity in entities:
        role = entity.get("role")
        if role == "self":
            slots["age_group"] = entity["value"]
        elif role == "other":
            slots["other_age_group"] = entity["value"]
    situation = analyze(text, intent, confidence, young=young)
    has_age = bool(entities)
    final = decide_intent(intent, situation, has_age, confidence) or intent
    previous = analyze(before).as_dict() if before is not None else None
    tracker = make_tracker(final, slots=slots, entities=entities, situation=situation.as_dict(),
                           previous_intents=["chitchat"] if before is not None else None,
                           previous_situation=previous)
    return await run_action(ActionRespond(), tracker)
