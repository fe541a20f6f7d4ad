"""What the gateway does with the bot's handover payload.

The bot cannot reach a person itself: it emits `{"handover": {...}}` and the
gateway decides. When the chat is open and a worker is on duty, the
conversation joins the queue and the person learns their place. Otherwise
they are told honestly at once, and given the right service's contact from
the directory (by what they need and their age), so that nothing waits in a
queue nobody watches — also later: when the last worker goes off duty or the
chat closes, everyone still waiting is told and given the same contacts
(`release_if_unstaffed`).
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Tuple

from aiohttp import web

from actions.directory import describe_service, get_directory
from actions.routing import ADULT_SERVICE, route
from bot.conversations import board
from bot.conversations.duty import HOURS
from bot.conversations.queue import ACUTE, NORMAL, QUEUE
from bot.foundation.keys import HUB, SESSIONS, STORE
from bot.foundation.storage import State, utcnow
from bot.stats import counts
from bot.stats.counts import STATS

log = logging.getLogger("bot.gateway")

# Swedish, and English for English and for every language with only a help card.
NOBODY_ON_DUTY = {
    "sv": "Just nu finns ingen uppsökare i tjänst som kan ta över chatten. "
    "Du kan fortsätta skriva här med chattboten, och här är några som kan hjälpa dig:",
    "en": "Right now there is no outreach worker on duty who can take over the chat. "
    "You can keep writing here with the chatbot, and here are some who can help you:",
}
NOBODY_LEFT = {
    "sv": "Just nu kan ingen uppsökare svara i chatten, så du står inte längre i kön. "
    "Du kan fortsätta skriva här med chattboten, och här är några som kan hjälpa dig:",
    "en": "Right now no outreach worker can answer in the chat, so you are no longer in the "
    "queue. You can keep writing here with the chatbot, and here are some who can help you:",
}
ACUTE_REMINDER = {
    "sv": "Är du i fara just nu – ring 112.",
    "en": "If you are in danger now, call 112.",
}


def in_language(texts: Dict[str, str], language: Optional[str]) -> str:
    """Swedish for Swedish (and when unknown), else English."""
    return texts["sv"] if language in (None, "sv") else texts["en"]
AGE_GROUPS = {"minor", "adult"}
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


def referral_texts(
    need: Optional[str], age_group: Optional[str], urgency: str, language: Optional[str] = None
) -> List[str]:
    """The contacts to give when no worker can answer, and 112 when it is acute."""
    directory = get_directory()
    answered = "sv" if language in (None, "sv") else "en"
    texts = [describe_service(directory[s], answered) for s in services_for(need, age_group)]
    return texts + ([in_language(ACUTE_REMINDER, language)] if urgency == ACUTE else [])


def _known(value: Any, allowed: Any) -> Optional[str]:
    return value if isinstance(value, str) and value in allowed else None


async def _staffed(app: web.Application) -> bool:
    return app[HOURS].is_open(utcnow()) and await app[SESSIONS].on_duty_count() > 0


async def handle(
    app: web.Application,
    conversation_id: str,
    replies: List[Dict[str, Any]],
    language: Optional[str] = None,
) -> Tuple[str, List[Dict[str, Any]]]:
    """The conversation's state after this turn and the replies to show."""
    request = handover_request(replies)
    if request is None:
        return State.BOT.value, replies
    urgency = ACUTE if request.get("urgency") == ACUTE else NORMAL
    await app[STATS].add(counts.HANDOVERS, "requested")
    need = _known(request.get("need"), ADULT_SERVICE)
    age_group = _known(request.get("age_group"), AGE_GROUPS)
    if await _staffed(app):
        await app[QUEUE].enqueue(conversation_id, urgency, need, age_group)
        place = [w.conversation_id for w in await app[QUEUE].waiting()].index(conversation_id) + 1
        log.info("handover_queued id=%s urgency=%s place=%d", conversation_id, urgency, place)
        text = board.queue_text(place, await app[QUEUE].typical_wait(), language)
        await app[STATS].add(counts.HANDOVERS, "queued")
        await board.announce(app)
        return State.QUEUED.value, replies + [{"text": text}]

    log.info("handover_nobody_on_duty id=%s urgency=%s", conversation_id, urgency)
    await app[STATS].add(counts.HANDOVERS, "missed")
    texts = [in_language(NOBODY_ON_DUTY, language)] + referral_texts(
        need, age_group, urgency, language
    )
    return State.BOT.value, replies + [{"text": text} for text in texts]


async def release_if_unstaffed(app: web.Application) -> int:
    """Give up the queue when nobody can answer it any more; how many were waiting."""
    if not await app[QUEUE].waiting() or await _staffed(app):
        return 0
    released = await app[QUEUE].release_all()
    for conversation in released:
        await app[STATS].add(counts.HANDOVERS, "missed")
        texts = [in_language(NOBODY_LEFT, conversation.language)] + referral_texts(
            conversation.need, conversation.age_group, conversation.urgency, conversation.language
        )
        await app[STORE].add_messages(conversation.conversation_id, [("bot", t) for t in texts])
        await app[HUB].publish(conversation.conversation_id, {"type": "state", "state": "bot"})
        for text in texts:
            await app[HUB].publish(conversation.conversation_id, {"type": "bot", "text": text})
    if released:
        log.info("handover_queue_released count=%d", len(released))
        await board.announce(app)
    return len(released)
