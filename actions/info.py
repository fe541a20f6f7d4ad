"""Questions about a service: what it is, and how to reach it."""

from __future__ import annotations

from typing import List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.directory import describe_contacts, describe_service, get_directory
from actions.slots import latest_intent


def _service_in_question(tracker: Tracker) -> Optional[Text]:
    """The service named now, else the one asked about or referred to before."""
    named = next(tracker.get_latest_entity_values("service"), None)
    return named or tracker.get_slot("service")


class ActionDescribeService(Action):
    """Answers "vad är KAST?" and "vad har de för nummer?"."""

    def name(self) -> Text:
        return "action_describe_service"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        directory = get_directory()
        service_id = _service_in_question(tracker)
        if service_id not in directory.services:
            dispatcher.utter_message(response="utter_which_service")
            return []
        service = directory[service_id]
        if latest_intent(tracker) == "ask_contact":
            dispatcher.utter_message(
                text=f"Så här når du {service.short_name}:\n{describe_contacts(service)}"
            )
        else:
            dispatcher.utter_message(text=describe_service(service))
        return []
