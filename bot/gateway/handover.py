"""What the gateway does with the bot's handover payload.

The bot cannot reach a person itself: it emits `{"handover": {...}}` and the
gateway decides. When the chat is open and a worker is on duty, the
conversation joins the queue and the person learns their place. Otherwise
they are told honestly at once, and given the right service's contact from
the directory (by what they need and their age), so that nothing waits in a
queue nobody watches.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Tuple

from aiohttp import web

from actions.directory import describe_service, get_directory
from actions.routing import route
from bot.gateway.keys import HOURS, QUEUE, SESSIONS
from bot.gateway.storage import State, utcnow
from bot.staff.queue import ACUTE, NORMAL

log = logging.getLogger("bot.gateway")

NOBODY_ON_DUTY = (
    "Just nu finns ingen uppsökare i tjänst som kan ta över chatten. "
    "Du kan fortsätta skriva här med chattboten, och här är några som kan hjälpa dig:"
)
ACUTE_REMINDER = "Är du i fara just nu – ring 112."
# When we know nothing about the person: open round the clock, for everyone.
GENERAL_SERVICES = ("bris", "mind", "brottsofferjouren")


def handover_request(replies: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    for reply in replies:
        custom = reply.get("custom")
        if isinstance(custom, dict) and isinstance(custom.get("handover"), dict):
            return custom["handover"]
    return None


def services_for(need: Optional[str], age_group: Optional[str]) -> Tuple[str, ...]:
    """The services to name when nobody can take over, by the routing table."""
    if need is None:
        return ("bris",) + GENERAL_SERVICES[1:] if age_group == "minor" else GENERAL_SERVICES[1:]
    return route(need, age_group, None, asked_self=True, asked_other=True).services


async def handle(
    app: web.Application, conversation_id: str, replies: List[Dict[str, Any]]
) -> Tuple[str, List[Dict[str, Any]]]:
    """The conversation's state after this turn and the replies to show."""
    request = handover_request(replies)
    if request is None:
        return State.BOT.value, replies
    urgency = ACUTE if request.get("urgency") == ACUTE else NORMAL
    if app[HOURS].is_open(utcnow()) and await app[SESSIONS].on_duty_count() > 0:
        await app[QUEUE].enqueue(conversation_id, urgency)
        place = [w.conversation_id for w in await app[QUEUE].waiting()].index(conversation_id) + 1
        log.info("handover_queued id=%s urgency=%s place=%d", conversation_id, urgency, place)
        text = f"Du står i kö till en uppsökare. Du är nummer {place} i kön."
        return State.QUEUED.value, replies + [
            {"text": text},
            {"custom": {"queue": {"place": place}}},
        ]

    log.info("handover_nobody_on_duty id=%s urgency=%s", conversation_id, urgency)
    directory = get_directory()
    extra = [{"text": NOBODY_ON_DUTY}]
    for service_id in services_for(request.get("need"), request.get("age_group")):
        extra.append({"text": describe_service(directory[service_id])})
    if urgency == ACUTE:
        extra.append({"text": ACUTE_REMINDER})
    return State.BOT.value, replies + extra
