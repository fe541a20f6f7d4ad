"""The live channel to the chat page: `GET /api/conversations/{id}/ws`.

Browsers cannot send an Authorization header when opening a websocket, so the
page sends its token as the first message. The channel carries the
conversation's state, the person's place in the queue, the outreach worker's
messages and the bot's words after a hand-back (all via `Hub.publish`).
Workers' consoles are told when a waiting person opens or closes the chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Optional, Tuple

from aiohttp import web

from bot.conversations import board
from bot.conversations.queue import QUEUE
from bot.foundation.errors import MESSAGES
from bot.foundation.hub import same_origin
from bot.foundation.keys import HUB, STORE
from bot.foundation.storage import State
from bot.public.api import CONVERSATION_ID, TOKEN

AUTH_TIMEOUT_S = 5.0
# Application close codes (4000-4999): the page knows these mean "start again".
CLOSE_UNAUTHORISED = 4401
CLOSE_NOT_FOUND = 4404
CLOSE_TOO_MANY = 4429
# A person may have the chat open in a few tabs; more is someone holding sockets.
MAX_SOCKETS_PER_CONVERSATION = 4
# More worker messages than any conversation has: a larger "seen" is ignored.
MAX_SEEN = 100_000


async def _close_with_error(socket: web.WebSocketResponse, code: int, status: int) -> None:
    error_code, message = MESSAGES[status]
    with contextlib.suppress(ConnectionError):  # the client may be gone already
        await socket.send_json({"type": "error", "error": {"code": error_code, "message": message}})
        await socket.close(code=code)


async def _first_frame(socket: web.WebSocketResponse) -> Tuple[Optional[str], Optional[int]]:
    """The token from the first frame (None for anything else a client may send), and how
    many of the worker's messages the page has shown (`seen`), when it says."""
    try:
        first = await socket.receive(timeout=AUTH_TIMEOUT_S)
    except (asyncio.TimeoutError, ValueError):
        return None, None
    if first.type != web.WSMsgType.TEXT or not isinstance(first.data, str):
        return None, None
    try:
        data = json.loads(first.data)
    except (ValueError, RecursionError):
        return None, None
    if not isinstance(data, dict):
        return None, None
    token, seen = data.get("token"), data.get("seen")
    seen_ok = isinstance(seen, int) and not isinstance(seen, bool) and 0 <= seen <= MAX_SEEN
    return (token if isinstance(token, str) else None), (seen if seen_ok else None)


async def _replay(socket: web.WebSocketResponse, app: web.Application, conversation_id: str,
                  seen: int) -> None:
    """The worker's messages the page has not shown: sent while its channel was down (a
    gateway restarting, a phone between networks). Numbered, so the page never shows one
    twice."""
    lines = [line.text for line in await app[STORE].transcript(conversation_id, "worker")]
    for number, text in enumerate(lines[seen:], start=seen + 1):
        await socket.send_json({"type": "worker", "text": text, "n": number})


async def live(request: web.Request) -> web.WebSocketResponse:
    if not same_origin(request):
        raise web.HTTPForbidden()
    socket = web.WebSocketResponse(heartbeat=30, max_msg_size=4096)
    await socket.prepare(request)
    conversation_id = request.match_info["conversation_id"]
    token, seen = await _first_frame(socket)
    if socket.closed:
        return socket  # the client went, or sent a frame too large for the channel
    if token is None:
        await _close_with_error(socket, CLOSE_UNAUTHORISED, 401)
        return socket
    conversation = None
    if CONVERSATION_ID.match(conversation_id) and TOKEN.match(token):
        conversation = await request.app[STORE].authorise(conversation_id, token)
    if conversation is None:
        await _close_with_error(socket, CLOSE_NOT_FOUND, 404)
        return socket

    hub = request.app[HUB]
    if hub.count_here(conversation_id) >= MAX_SOCKETS_PER_CONVERSATION:
        await _close_with_error(socket, CLOSE_TOO_MANY, 429)
        return socket
    await hub.add(conversation_id, socket)
    try:
        await socket.send_json({"type": "state", "state": conversation.state})
        if seen is not None:
            await _replay(socket, request.app, conversation_id, seen)
        await _tell_staff(request.app, conversation_id)  # the person is back
        async for _ in socket:
            pass  # the page sends messages over POST; this channel only listens
    finally:
        await hub.remove(conversation_id, socket)
        await _tell_staff(request.app, conversation_id)  # the person left (for now)
    return socket


async def _tell_staff(app: web.Application, conversation_id: str) -> None:
    """Consoles show whether a waiting person still has the chat open."""
    if await app[QUEUE].state(conversation_id) in (State.QUEUED, State.HUMAN):
        await board.announce(app)
