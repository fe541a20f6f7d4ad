"""The staff console's JSON API: duty, the queue, and one conversation's life.

Every route sits behind the guard in web.py (a live session; the CSRF token
on anything that changes state). Each step is audit-logged with the worker's
id and the conversation id, never content. The worker sees the scrubbed
transcript only of a conversation they hold. After each step the boards are
announced (board.py), so every console and every waiting person is current.

What a worker writes is scrubbed like the person's before it is stored or
sent: a worker may paste a client's number by mistake, and the transcript
promises nothing identifying. Service numbers from the directory pass (the
scrubber's allow-list). A body that cannot be read gets a 400, never a 500.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Dict

from aiohttp import web

from bot.conversations import board, choices, handover, language
from bot.conversations.queue import QUEUE, TransitionError
from bot.foundation.keys import HUB, SCRUB_POOL, SESSIONS, SETTINGS, STAFF, STORE
from bot.foundation.scrubbing import clean_text
from bot.staff.live import staff_socket
from bot.staff.web import CURRENT, SESSION_COOKIE
from bot.stats import counts
from bot.stats.counts import STATS

log = logging.getLogger("bot.staff")

MAX_WORKER_MESSAGE = 2000
# What the person reads when the worker hands the conversation back to the bot.
WELCOME_BACK = (
    "Nu svarar chattboten igen. Skriv gärna om du undrar något mer – du kan också be "
    "att få prata med en uppsökare igen."
)


def _error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status)


def _conflict() -> web.Response:
    return _error(409, "conflict", "Samtalet har redan tagits eller avslutats av någon annan.")


def _bad_request() -> web.HTTPBadRequest:
    body = {"error": {"code": "bad_request", "message": "Det gick inte att läsa förfrågan."}}
    return web.HTTPBadRequest(
        text=json.dumps(body, ensure_ascii=False), content_type="application/json"
    )


async def _json(request: web.Request) -> Dict[str, Any]:
    """A JSON object; UTF-8 whatever charset is claimed (RFC 8259). Anything else: 400."""
    try:
        data = json.loads((await request.read()).decode("utf-8") or "{}")
    except (ValueError, RecursionError):  # bad bytes or JSON, or nested too deep
        data = None
    if not isinstance(data, dict):
        raise _bad_request()
    return data


async def duty(request: web.Request) -> web.Response:
    on_duty = bool((await _json(request)).get("on_duty"))
    session = request[CURRENT]
    await request.app[SESSIONS].set_on_duty(request.cookies[SESSION_COOKIE], on_duty)
    await request.app[STAFF].audit(session.staff_id, "duty_on" if on_duty else "duty_off")
    if not on_duty:
        await handover.release_if_unstaffed(request.app)
    await board.announce(request.app)
    return web.json_response({"on_duty": on_duty})


async def queue(request: web.Request) -> web.Response:
    snapshot = await board.board(request.app, request[CURRENT].staff_id)
    return web.json_response({k: v for k, v in snapshot.items() if k != "type"})


async def colleagues(request: web.Request) -> web.Response:
    """Other workers on duty: whom a conversation can be transferred to."""
    me = request[CURRENT].staff_id
    on_duty = await request.app[SESSIONS].on_duty()
    return web.json_response(
        {"colleagues": [{"staff_id": i, "name": name} for i, name in on_duty if i != me]}
    )


async def _step(request: web.Request, action: str) -> web.Response:
    conversation_id = request.match_info["conversation_id"]
    me = request[CURRENT].staff_id
    queue_ = request.app[QUEUE]
    try:
        if action == "take":
            await queue_.take(conversation_id, me)
        elif action == "hand_back":
            await queue_.hand_back(conversation_id, me)
        elif action == "close":
            await queue_.close(conversation_id, me)
        else:
            to = (await _json(request)).get("to_staff_id")
            if not isinstance(to, int) or isinstance(to, bool):
                return _error(400, "bad_request", "Välj vem som ska ta över samtalet.")
            if to == me or to not in dict(await request.app[SESSIONS].on_duty()):
                return _error(409, "not_on_duty", "Kollegan är inte i tjänst just nu.")
            await queue_.transfer(conversation_id, me, to)
    except TransitionError:
        return _conflict()
    await request.app[STAFF].audit(me, action, conversation_id)
    if action == "take":
        await _count_take(request.app, conversation_id)
    state = await queue_.state(conversation_id)
    hub = request.app[HUB]
    await hub.publish(conversation_id, {"type": "state", "state": state.value})
    if action == "hand_back":
        await request.app[STORE].add_messages(conversation_id, [("bot", WELCOME_BACK)])
        await hub.publish(conversation_id, {"type": "bot", "text": WELCOME_BACK})
    await board.announce(request.app)
    log.info("staff_%s staff_id=%d id=%s", action, me, conversation_id)
    return web.json_response({"state": state.value})


async def _count_take(app: web.Application, conversation_id: str) -> None:
    await app[STATS].add(counts.HANDOVERS, "taken")
    waited = await app[QUEUE].waited(conversation_id)
    if waited is not None:
        await app[STATS].add(counts.WAITS, counts.wait_bucket(waited))


async def take(request: web.Request) -> web.Response:
    return await _step(request, "take")


async def hand_back(request: web.Request) -> web.Response:
    return await _step(request, "hand_back")


async def close(request: web.Request) -> web.Response:
    return await _step(request, "close")


async def transfer(request: web.Request) -> web.Response:
    return await _step(request, "transfer")


async def transcript(request: web.Request) -> web.Response:
    conversation_id = request.match_info["conversation_id"]
    if not await request.app[QUEUE].held_by(conversation_id, request[CURRENT].staff_id):
        return _error(403, "forbidden", "Du kan bara läsa samtal som du har tagit.")
    lines = await request.app[STORE].transcript(conversation_id)
    spoken = await request.app[STORE].language_of(conversation_id)
    return web.json_response(
        {
            "lines": [
                {
                    "sender": line.sender,
                    # A button's title, also in lines stored with the payload.
                    "text": choices.stored_line(request.app, line.text, spoken)
                    if line.sender == "user"
                    else line.text,
                }
                for line in lines
            ],
            "language": spoken or language.DEFAULT,
            "language_name": language.in_swedish(spoken),
        }
    )


async def send(request: web.Request) -> web.Response:
    """A worker's message to the person: stored, then pushed over the live channel."""
    conversation_id = request.match_info["conversation_id"]
    if not await request.app[QUEUE].held_by(conversation_id, request[CURRENT].staff_id):
        return _error(403, "forbidden", "Du kan bara skriva i samtal som du har tagit.")
    text = (await _json(request)).get("text")
    if not isinstance(text, str):
        return _error(422, "invalid", f"Skriv ett meddelande på högst {MAX_WORKER_MESSAGE} tecken.")
    # As the person's: normalised, then measured; surrogates and control characters refused.
    # In the person's bounded pool; not scrubbed in time is a 422 (ScrubTimeout).
    scrubbed = await request.app[SCRUB_POOL].scrub(clean_text(text, MAX_WORKER_MESSAGE))
    await request.app[STORE].add_messages(conversation_id, [("worker", scrubbed)])
    # Numbered: a page whose channel was down gets what it missed when it is back (live.py).
    number = await request.app[STORE].count_from(conversation_id, "worker")
    await request.app[HUB].publish(
        conversation_id, {"type": "worker", "text": scrubbed, "n": number}
    )
    return web.json_response({"sent": True, "text": scrubbed})


def setup(app: web.Application) -> None:
    choices.setup(app, app[SETTINGS].domain_dir)
    base = "/staff/api/conversations/{conversation_id}"
    app.router.add_post("/staff/api/duty", duty)
    app.router.add_get("/staff/api/queue", queue)
    app.router.add_get("/staff/api/colleagues", colleagues)
    app.router.add_get("/staff/ws", staff_socket)
    app.router.add_post(f"{base}/take", take)
    app.router.add_post(f"{base}/hand_back", hand_back)
    app.router.add_post(f"{base}/close", close)
    app.router.add_post(f"{base}/transfer", transfer)
    app.router.add_get(f"{base}/transcript", transcript)
    app.router.add_post(f"{base}/messages", send)
