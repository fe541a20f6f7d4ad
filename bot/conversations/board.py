"""Everyone's view of the queue, kept current as it changes.

After any change to the queue (a handover request, a take, a hand-back, a
transfer, a close, a person leaving) `announce` sends each connected worker
their board — who is waiting and which conversations they hold — and tells
each waiting person their place and an honest expected wait. `relay` passes
a person's (already scrubbed) message to the worker who holds it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Dict, List, Optional

from aiohttp import web

from bot.conversations import language
from bot.conversations.queue import QUEUE
from bot.foundation.keys import HUB, SESSIONS, STAFF_HUB
from bot.foundation.sessions import as_utc
from bot.foundation.storage import utcnow

# What a waiting person is told, in Swedish and in English (English also for every
# language that has only a help card).
QUEUE_WORDS = {
    "sv": {
        "where": "Du är nummer {place} i kön till en uppsökare.",
        "unknown": "Vi vet inte hur länge det dröjer, men uppsökaren i tjänst ser att du väntar.",
        "under_a_minute": "mindre än en minut",
        "about": "ungefär {minutes} {unit}",
        "units": ("minut", "minuter"),
        "took": "Senaste tiden har det tagit {took} innan en uppsökare svarat.",
        "meanwhile": "Du kan skriva med chattboten medan du väntar, eller lämna chatten.",
    },
    "en": {
        "where": "You are number {place} in the queue for an outreach worker.",
        "unknown": "We do not know how long it will take, but the worker on duty sees you waiting.",
        "under_a_minute": "less than a minute",
        "about": "about {minutes} {unit}",
        "units": ("minute", "minutes"),
        "took": "Lately it has taken {took} before an outreach worker answered.",
        "meanwhile": "You can write with the chatbot while you wait, or leave the chat.",
    },
}


def queue_text(
    place: int, typical_wait: Optional[dt.timedelta], language: Optional[str] = None
) -> str:
    """What a waiting person is told: their place, and what recent waits were."""
    words = QUEUE_WORDS["sv" if language in (None, "sv") else "en"]
    if typical_wait is None:
        how_long = words["unknown"]
    else:
        minutes = round(typical_wait.total_seconds() / 60)
        unit = words["units"][0 if minutes == 1 else 1]
        took = (
            words["under_a_minute"]
            if minutes < 1
            else words["about"].format(minutes=minutes, unit=unit)
        )
        how_long = words["took"].format(took=took)
    return f"{words['where'].format(place=place)} {how_long} {words['meanwhile']}"


async def _waiting(app: web.Application) -> List[Dict[str, Any]]:
    now, hub = utcnow(), app[HUB]
    return [
        {
            "conversation_id": w.conversation_id,
            "urgency": w.urgency,
            "waited_s": max(0, int((now - as_utc(w.queued_at)).total_seconds())),
            "connected": await hub.connected(w.conversation_id),
            "language": w.language or "sv",
            "language_name": language.in_swedish(w.language),
        }
        for w in await app[QUEUE].waiting()
    ]


async def _mine(app: web.Application, staff_id: int) -> List[Dict[str, Any]]:
    hub = app[HUB]
    return [
        {"conversation_id": cid, "connected": await hub.connected(cid)}
        for cid in await app[QUEUE].held(staff_id)
    ]


async def board(
    app: web.Application, staff_id: int, waiting: Optional[List[Dict[str, Any]]] = None
) -> Dict[str, Any]:
    """One worker's view: the queue, their own conversations, how many are on duty."""
    return {
        "type": "board",
        "waiting": await _waiting(app) if waiting is None else waiting,
        "mine": await _mine(app, staff_id),
        "on_duty": await app[SESSIONS].on_duty_count(),
    }


async def announce(app: web.Application) -> None:
    """Send every connected worker their board and every waiting person their place.

    Each gateway builds the boards of the consoles open on it (`send_boards`,
    called through the bus); the places go once, to wherever the page is.
    """
    await app[STAFF_HUB].boards_changed()
    waiting = await _waiting(app)
    if waiting:
        typical = await app[QUEUE].typical_wait()
        for place, item in enumerate(waiting, start=1):
            await app[HUB].publish(
                item["conversation_id"],
                {
                    "type": "queue",
                    "place": place,
                    "text": queue_text(place, typical, item["language"]),
                },
            )


async def send_boards(app: web.Application) -> None:
    """Every worker with a console open on this gateway gets their board."""
    staff_hub = app[STAFF_HUB]
    staff_ids = staff_hub.staff_ids()
    if not staff_ids:
        return
    waiting = await _waiting(app)
    for staff_id in staff_ids:
        await staff_hub.send_here(staff_id, await board(app, staff_id, waiting))


async def relay(app: web.Application, conversation_id: str, text: str) -> None:
    """A person's scrubbed message, to the worker who holds the conversation."""
    holder = await app[QUEUE].holder(conversation_id)
    if holder is not None:
        await app[STAFF_HUB].send(
            holder,
            {"type": "message", "conversation_id": conversation_id, "sender": "user", "text": text},
        )
