"""The public JSON API: start a conversation, send a message, choose its language, delete it.

And, for the page, the languages on offer and its own texts in a help card's language.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any, Dict, List, Tuple

from aiohttp import web

from bot.conversations import board, choices, handover, language
from bot.foundation.errors import DANGER, ApiError
from bot.foundation.keys import BUDGETS, PAYLOADS, RASA, SCRUB_POOL, SETTINGS, STORE
from bot.foundation.limits import Busy
from bot.foundation.payloads import GREETING, defang
from bot.foundation.rasa import RasaUnavailable
from bot.foundation.scrubbing import clean_text
from bot.foundation.storage import WITH_STAFF, Conversation, State
from bot.public import page_texts
from bot.stats import counts
from bot.stats.counts import STATS

log = logging.getLogger("bot.gateway")

CONVERSATION_ID = re.compile(r"^[0-9a-f]{32}$")
# Tokens are secrets.token_urlsafe: anything else cannot be one (and must not
# reach the hash, where non-ASCII would raise).
TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
BUSY = "Chatten har väldigt mycket att göra just nu. Försök igen om en liten stund. " + DANGER
MANY_NEW = "Många startar en chatt just nu. Försök igen om en minut. " + DANGER


def _bearer(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401)
    if not TOKEN.match(token.strip()):
        raise ApiError(404)  # the same answer as a wrong token
    return token.strip()


async def _conversation(request: web.Request) -> Conversation:
    conversation_id = request.match_info["conversation_id"]
    if not CONVERSATION_ID.match(conversation_id):
        raise ApiError(404)
    conversation = await request.app[STORE].authorise(conversation_id, _bearer(request))
    if conversation is None:
        # The same answer whether the id is unknown or the token wrong.
        raise ApiError(404)
    return conversation


def _unique_keys(pairs: List[Tuple[str, Any]]) -> Dict[str, Any]:
    """A JSON object whose keys are unique (json.loads would keep the last one)."""
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("duplicate key")
    return found


async def _json_object(request: web.Request) -> Dict[str, Any]:
    if request.content_type != "application/json":
        raise ApiError(415)
    if (request.charset or "utf-8").lower() not in ("utf-8", "utf8"):
        raise ApiError(415, "Meddelandet måste skickas som JSON i UTF-8.")
    try:
        data = json.loads((await request.read()).decode("utf-8"), object_pairs_hook=_unique_keys)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ApiError(400) from None
    if not isinstance(data, dict):
        raise ApiError(400)
    return data


async def _scrubbed(request: web.Request, text: str) -> str:
    """The bot's own button payloads pass as they are; everything else is scrubbed."""
    if request.app[PAYLOADS].allowed(text):
        return text
    # A text not scrubbed in time is a 422 (ScrubTimeout), never kept unscrubbed.
    return defang(await request.app[SCRUB_POOL].scrub(defang(text)))


async def create_conversation(request: web.Request) -> web.Response:
    if not await request.app[BUDGETS].new_conversation():
        raise ApiError(429, MANY_NEW, "busy")
    new = await request.app[STORE].create_conversation()
    await request.app[STATS].add(counts.CONVERSATIONS)
    # Where the person came from, by the operator's code only: never tied to the conversation.
    channel = counts.channel_key(request.query.get("k"), request.app[SETTINGS].channels)
    await request.app[STATS].add(counts.CHANNELS, channel)
    log.info("conversation_created id=%s", new.id)
    return web.json_response({"conversation_id": new.id, "token": new.token}, status=201)


async def post_message(request: web.Request) -> web.Response:
    conversation = await _conversation(request)
    data = await _json_object(request)
    text = data.get("text")
    if not isinstance(text, str):
        raise ApiError(422, "Skriv ett meddelande.", "missing_text")
    text = clean_text(text, request.app[SETTINGS].max_message_chars)
    budgets = request.app[BUDGETS]
    if not await budgets.message(conversation.id):
        raise ApiError(429)
    try:
        async with budgets.work(len(text)):
            return await _answer(request, conversation, text)
    except Busy:
        raise ApiError(503, BUSY, "busy") from None


async def _language(request: web.Request, conversation: Conversation, text: str) -> str:
    """The conversation's language after this message, kept when it changes.

    Detected on the text as written (in memory only), before scrubbing turns
    names into Swedish placeholders; the bot's own button payloads and the
    page's silent opener say nothing about it.
    """
    current = conversation.language
    if text != GREETING and not request.app[PAYLOADS].allowed(text):
        found = language.next_language(current, conversation.language_chosen, text)
        if found != current and found is not None:
            await request.app[STORE].set_language(conversation.id, found, chosen=False)
            await request.app[STATS].add(counts.LANGUAGES, found)
            current = found
    return current or language.DEFAULT


async def _answer(request: web.Request, conversation: Conversation, text: str) -> web.Response:
    started = time.perf_counter()
    spoken = await _language(request, conversation, text)
    scrubbed = await _scrubbed(request, text)
    store = request.app[STORE]
    # A button's payload goes to Rasa; the transcript keeps the button's title.
    shown = choices.button_title(request.app, conversation.id, text, spoken) or scrubbed
    # The page's silent opener is not something the person wrote.
    said = [] if text == GREETING else [("user", shown)]
    if conversation.state in (State.HUMAN.value, State.CLOSED.value):
        # A worker has the conversation (or closed it): the bot stays silent.
        await store.add_messages(conversation.id, said)
        if conversation.state == State.HUMAN.value:
            await board.relay(request.app, conversation.id, shown)
        return web.json_response(
            {"state": conversation.state, "replies": [], "language": spoken}
        )
    try:
        replies = await request.app[RASA].send(conversation.id, scrubbed, spoken)
    except RasaUnavailable as error:
        log.warning("rasa_unavailable id=%s reason=%s", conversation.id, error)
        await store.add_messages(conversation.id, said)  # kept for a worker to read
        raise ApiError(503) from None
    replies = await counts.count_and_strip(request.app[STATS], replies)
    state, replies = await handover.handle(request.app, conversation.id, replies, spoken)
    request.app[choices.CHOICES].remember(conversation.id, replies)
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
    return web.json_response({"state": state, "replies": replies, "language": spoken})


async def choose_language(request: web.Request) -> web.Response:
    """The person picks the language on the page; no detection overrides it afterwards."""
    conversation = await _conversation(request)
    data = await _json_object(request)
    chosen = data.get("language")
    if not isinstance(chosen, str) or chosen not in language.known():
        raise ApiError(422, "Det språket finns inte här.", "unknown_language")
    if chosen != conversation.language:
        await request.app[STATS].add(counts.LANGUAGES, chosen)
    await request.app[STORE].set_language(conversation.id, chosen, chosen=True)
    return web.json_response({"language": chosen})


async def languages(request: web.Request) -> web.Response:
    """The languages the page offers: Swedish, English and each help card's own name."""
    listed = [{"code": code, "name": name} for code, name in language.known().items()]
    return web.json_response({"languages": listed})


async def page_texts_of(request: web.Request) -> web.Response:
    """The page's own texts in a help card's language (Swedish and English are in the page)."""
    code = request.match_info["code"]
    texts = page_texts.get(code)
    if texts is None:
        raise ApiError(404, "Sidans texter finns inte på det språket.", "unknown_language")
    body = {"language": code, "dir": page_texts.direction(code), "texts": texts}
    return web.json_response(body)


async def delete_conversation(request: web.Request) -> web.Response:
    conversation = await _conversation(request)
    await request.app[STORE].delete_conversation(conversation.id)
    await request.app[BUDGETS].forget(conversation.id)
    log.info("conversation_deleted id=%s", conversation.id)
    if conversation.state in WITH_STAFF:
        await board.announce(request.app)  # gone from the queue or the worker's list
    return web.Response(status=204)


async def healthz(request: web.Request) -> web.Response:
    """Healthy when the database answers (a DBAPIError becomes a 503)."""
    await request.app[STORE].ping()
    return web.json_response({"status": "ok"})
