"""The public JSON API: start a conversation, send a message, delete it all."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from typing import Any, Dict

from aiohttp import web

from bot.gateway import handover
from bot.gateway.errors import ApiError
from bot.gateway.keys import LIMITER, RASA, SCRUBBER, SETTINGS, STATS, STORE
from bot.gateway.rasa import RasaUnavailable
from bot.gateway.storage import WITH_STAFF, Conversation, State
from bot.staff import board
from bot.stats import counts

log = logging.getLogger("bot.gateway")

_ID = re.compile(r"^[0-9a-f]{32}$")
# Button payloads the bot itself offers: an intent, and only known entity values.
_PAYLOAD = re.compile(r"^/(?P<intent>[a-z_]{2,40})(?P<entities>\{[^{}]{0,200}\})?$")
# What the chat page sends, unseen, when it opens, so the bot says hello first.
GREETING = "/greet"
_PAYLOAD_ENTITIES = {
    "age_group": {"minor", "adult"},
    "service": {"mika", "kast", "stodcentrum", "preventell"},
}


def _bearer(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401)
    return token.strip()


async def _conversation(request: web.Request) -> Conversation:
    conversation_id = request.match_info["conversation_id"]
    if not _ID.match(conversation_id):
        raise ApiError(404)
    conversation = await request.app[STORE].authorise(conversation_id, _bearer(request))
    if conversation is None:
        # The same answer whether the id is unknown or the token wrong.
        raise ApiError(404)
    return conversation


async def _json_object(request: web.Request) -> Dict[str, Any]:
    if request.content_type != "application/json":
        raise ApiError(415)
    try:
        data = json.loads(await request.text())
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400) from None
    if not isinstance(data, dict):
        raise ApiError(400)
    return data


def is_button_payload(text: str) -> bool:
    """A payload from one of the bot's own buttons, safe to forward unscrubbed."""
    match = _PAYLOAD.match(text)
    if not match:
        return False
    if not match.group("entities"):
        return True
    try:
        entities = json.loads(match.group("entities"))
    except ValueError:
        return False
    return isinstance(entities, dict) and all(
        isinstance(v, str) and v in _PAYLOAD_ENTITIES.get(k, ()) for k, v in entities.items()
    )


async def create_conversation(request: web.Request) -> web.Response:
    new = await request.app[STORE].create_conversation()
    await request.app[STATS].add(counts.CONVERSATIONS)
    log.info("conversation_created id=%s", new.id)
    return web.json_response({"conversation_id": new.id, "token": new.token}, status=201)


async def post_message(request: web.Request) -> web.Response:
    conversation = await _conversation(request)
    data = await _json_object(request)
    text = data.get("text")
    if not isinstance(text, str):
        raise ApiError(422, "Skriv ett meddelande.", "missing_text")
    text = text.strip()
    if not text:
        raise ApiError(422, "Meddelandet är tomt.", "empty")
    settings = request.app[SETTINGS]
    if len(text) > settings.max_message_chars:
        raise ApiError(
            422, f"Meddelandet får vara högst {settings.max_message_chars} tecken.", "too_long"
        )
    if not request.app[LIMITER].allow(conversation.id):
        raise ApiError(429)

    started = time.perf_counter()
    if is_button_payload(text):
        scrubbed = text
    else:
        loop = asyncio.get_running_loop()
        scrubbed = (await loop.run_in_executor(None, request.app[SCRUBBER].scrub, text)).text
    store = request.app[STORE]
    # The page's silent opener is not something the person wrote.
    said = [] if text == GREETING else [("user", scrubbed)]
    if conversation.state in (State.HUMAN.value, State.CLOSED.value):
        # A worker has the conversation (or closed it): the bot stays silent.
        await store.add_messages(conversation.id, said)
        if conversation.state == State.HUMAN.value:
            await board.relay(request.app, conversation.id, scrubbed)
        return web.json_response({"state": conversation.state, "replies": []})
    try:
        replies = await request.app[RASA].send(conversation.id, scrubbed)
    except RasaUnavailable as error:
        log.warning("rasa_unavailable id=%s reason=%s", conversation.id, error)
        await store.add_messages(conversation.id, said)  # kept for a worker to read
        raise ApiError(503) from None
    replies = await counts.count_and_strip(request.app[STATS], replies)
    state, replies = await handover.handle(request.app, conversation.id, replies)
    if conversation.state == State.QUEUED.value:
        state = State.QUEUED.value  # still waiting; the bot keeps answering meanwhile
    # One transaction for the person's words and the bot's answer.
    answered = [("bot", r["text"]) for r in replies if "text" in r]
    await store.add_messages(conversation.id, said + answered)
    log.info(
        "message id=%s replies=%d ms=%.1f",
        conversation.id,
        len(replies),
        (time.perf_counter() - started) * 1000,
    )
    return web.json_response({"state": state, "replies": replies})


async def delete_conversation(request: web.Request) -> web.Response:
    conversation = await _conversation(request)
    await request.app[STORE].delete_conversation(conversation.id)
    request.app[LIMITER].forget(conversation.id)
    log.info("conversation_deleted id=%s", conversation.id)
    if conversation.state in WITH_STAFF:
        await board.announce(request.app)  # gone from the queue or the worker's list
    return web.Response(status=204)


async def healthz(request: web.Request) -> web.Response:
    """Healthy when the database answers (a DBAPIError becomes a 503)."""
    await request.app[STORE].ping()
    return web.json_response({"status": "ok"})
