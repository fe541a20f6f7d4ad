"""Answering a message in a language the bot does not speak: that language's help card.

The card (actions/help_cards.py) says 112 for danger, that help is free and
confidential, that an outreach worker can take over, the services' names,
and offers English. When the message holds a word of danger in any card's
language, 112 comes first and a worker is called at once (acute), as for a
Swedish crisis.
"""

from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.handover import ACUTE, handover_payload
from actions.help_cards import get_cards
from actions.reply import Reply, stats_payload


class ActionHelpCard(Action):
    """Answers a message in a language the bot does not speak with that language's card."""

    def name(self) -> Text:
        return "action_help_card"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        cards = get_cards()
        language = tracker.get_slot("language")
        card = cards.get(language)
        danger = cards.danger_in(tracker.latest_message.get("text") or "")
        # English for what has no card: it is the bot's other language.
        reply = Reply(domain, "en" if card is None else language)
        if danger:
            reply.add(card.danger if card else reply.text("utter_other_language_danger"))
        if card is not None:
            reply.add(card.card)
            reply.add(card.english_offer)
        else:
            reply.add_response("utter_other_language")
        reply.json(stats_payload(["emergency"] if danger else [], None))
        if danger:
            reply.json(handover_payload("acute_danger", ACUTE, tracker))
        reply.send(dispatcher)
        return []
