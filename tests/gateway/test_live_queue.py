"""The live side of a handover: boards, queue places, relays, and giving up a queue.

A worker's console socket (`/staff/ws`) and a person's live channel, both on
the real app factory, watched while the queue changes.
"""

import asyncio
import datetime as dt

import aiohttp
import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import update

from bot.conversations.board import queue_text
from bot.conversations.handover import NOBODY_LEFT, release_if_unstaffed
from bot.conversations.queue import QUEUE
from bot.foundation.keys import SESSIONS, STAFF, STORE
from bot.foundation.sessions import SessionRow
from bot.foundation.storage import Conversation, State
from bot.staff.api import WELCOME_BACK
from bot.staff.live import drop_ended_sessions
from tests.gateway.fixtures import staff_client

TIMEOUT = 5


async def _leave(client):
    """Close one client's connections (TestClient.close would stop the shared server)."""
    await client.session.close()


async def _person(app):
    """A person with a conversation and an open live channel."""
    client = TestClient(app)
    await client.start_server()
    body = await (await client.post("/api/conversations")).json()
    auth = {"Authorization": f"Bearer {body['token']}"}
    live = await client.ws_connect(f"/api/conversations/{body['conversation_id']}/ws")
    await live.send_json({"token": body["token"]})
    assert (await live.receive_json(timeout=TIMEOUT))["state"] == "bot"
    return client, body["conversation_id"], auth, live


async def _say(client, cid, auth, text):
    response = await client.post(
        f"/api/conversations/{cid}/messages", json={"text": text}, headers=auth
    )
    assert response.status == 200
    return await response.json()


async def _next(socket, kind):
    """The next push of this kind (others, such as board refreshes, are skipped)."""
    while True:
        message = await socket.receive_json(timeout=TIMEOUT)
        if message["type"] == kind:
            return message


async def _closed_with(socket):
    """The close code the server sent (what a browser sees as event.code)."""
    message = await socket.receive(timeout=TIMEOUT)
    assert message.type == aiohttp.WSMsgType.CLOSE
    return message.data


async def _console(client):
    socket = await client.ws_connect("/staff/ws")
    assert (await socket.receive_json(timeout=TIMEOUT))["type"] == "board"
    return socket


async def test_the_console_socket_refuses_strangers(staff_app):
    app = staff_app
    anonymous = TestClient(app)
    await anonymous.start_server()
    anna, _ = await staff_client(app, "anna")
    try:
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await anonymous.ws_connect("/staff/ws")
        assert refused.value.status == 401
        with pytest.raises(aiohttp.WSServerHandshakeError) as cross_site:
            await anna.ws_connect("/staff/ws", headers={"Origin": "https://evil.example"})
        assert cross_site.value.status == 403
    finally:
        await _leave(anonymous)
        await _leave(anna)


async def test_places_boards_and_relays_update_live(staff_app):
    app = staff_app
    anna, anna_csrf = await staff_client(app, "anna")
    await anna.post("/staff/api/duty", json={"on_duty": True}, headers=anna_csrf)
    console = await _console(anna)
    first = await _person(app)
    second = await _person(app)
    try:
        await _say(first[0], first[1], first[2], "/request_human")
        board = await _next(console, "board")
        assert [w["conversation_id"] for w in board["waiting"]] == [first[1]]
        assert board["waiting"][0]["connected"] is True
        assert (await _next(first[3], "queue"))["place"] == 1

        reply = await _say(second[0], second[1], second[2], "jag är i fara nu")
        assert "nummer 1 i kön" in reply["replies"][-1]["text"]  # acute goes first
        board = await _next(console, "board")
        assert [w["conversation_id"] for w in board["waiting"]] == [second[1], first[1]]
        assert board["waiting"][0]["urgency"] == "acute"
        assert (await _next(first[3], "queue"))["place"] == 2  # moved back, told at once

        base = f"/staff/api/conversations/{second[1]}"
        await anna.post(f"{base}/take", headers=anna_csrf)
        board = await _next(console, "board")
        assert [w["conversation_id"] for w in board["waiting"]] == [first[1]]
        assert board["mine"] == [{"conversation_id": second[1], "connected": True}]
        assert (await _next(first[3], "queue"))["place"] == 1

        # The person writes: scrubbed, and straight to Anna's console.
        await _say(second[0], second[1], second[2], "jag heter Sara, 070-123 45 67")
        relayed = await _next(console, "message")
        assert relayed == {
            "type": "message",
            "conversation_id": second[1],
            "sender": "user",
            "text": "jag heter <NAMN>, <TELEFONNUMMER>",
        }

        await anna.post(f"{base}/hand_back", headers=anna_csrf)
        assert (await _next(second[3], "bot"))["text"] == WELCOME_BACK
        lines = await app.app[STORE].transcript(second[1])
        assert (lines[-1].sender, lines[-1].text) == ("bot", WELCOME_BACK)
        assert (await _next(console, "board"))["mine"] == []
    finally:
        for client, _, _, live in (first, second):
            await live.close()
            await _leave(client)
        await console.close()
        await _leave(anna)


async def test_the_last_worker_leaving_gives_the_queue_up_honestly(staff_app):
    app = staff_app
    anna, anna_csrf = await staff_client(app, "anna")
    await anna.post("/staff/api/duty", json={"on_duty": True}, headers=anna_csrf)
    client, cid, auth, live = await _person(app)
    try:
        await _say(client, cid, auth, "/request_human")
        await anna.post("/staff/api/duty", json={"on_duty": False}, headers=anna_csrf)
        assert (await _next(live, "state"))["state"] == "bot"
        told = [(await _next(live, "bot"))["text"] for _ in range(3)]
        assert told[0] == NOBODY_LEFT["sv"]
        # The stand-in's handover said need=selling, age_group=minor: youth services.
        assert "Stödcentrum för unga brottsutsatta" in "\n".join(told)
        assert await app.app[QUEUE].waiting() == []
        assert await app.app[QUEUE].state(cid) == State.BOT
        stored = [line.text for line in await app.app[STORE].transcript(cid)]
        assert NOBODY_LEFT["sv"] in stored
        # The bot answers again.
        assert (await _say(client, cid, auth, "hej"))["replies"]
    finally:
        await live.close()
        await _leave(client)
        await _leave(anna)


async def test_a_worker_on_duty_keeps_the_queue(staff_app):
    app = staff_app
    anna, anna_csrf = await staff_client(app, "anna")
    await anna.post("/staff/api/duty", json={"on_duty": True}, headers=anna_csrf)
    client, cid, auth, live = await _person(app)
    try:
        await _say(client, cid, auth, "/request_human")
        assert await release_if_unstaffed(app.app) == 0
        assert await app.app[QUEUE].state(cid) == State.QUEUED
    finally:
        await live.close()
        await _leave(client)
        await _leave(anna)


async def test_an_ended_session_closes_its_console(staff_app):
    app = staff_app
    anna, anna_csrf = await staff_client(app, "anna")
    bo, _ = await staff_client(app, "bo")
    try:
        console = await _console(anna)
        await anna.post("/staff/logout", headers=anna_csrf)
        assert await _closed_with(console) == 4401

        bo_console = await _console(bo)
        await app.app[STAFF].disable("bo")  # as `python -m bot staff disable bo` does
        await drop_ended_sessions(app.app)
        assert await _closed_with(bo_console) == 4401
    finally:
        await _leave(anna)
        await _leave(bo)


async def test_an_open_console_alone_does_not_keep_a_session_alive(staff_app):
    app = staff_app
    anna, _ = await staff_client(app, "anna")
    try:
        console = await _console(anna)
        sessions = app.app[SESSIONS]

        async def idle_for(minutes):
            async with sessions._session.begin() as session:
                stale = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=minutes)
                await session.execute(update(SessionRow).values(last_seen_at=stale))

        await idle_for(20)
        await console.send_json({"type": "active"})  # a key pressed in the console
        await asyncio.sleep(0.2)
        await drop_ended_sessions(app.app)
        assert (await anna.get("/staff/api/me")).status == 200  # still logged in

        await idle_for(31)  # nobody touched anything for longer than the timeout
        await drop_ended_sessions(app.app)
        assert await _closed_with(console) == 4401
        assert (await anna.get("/staff/api/me")).status == 401
    finally:
        await _leave(anna)


async def test_transfer_only_to_a_colleague_on_duty(staff_app):
    app = staff_app
    anna, anna_csrf = await staff_client(app, "anna")
    bo, bo_csrf = await staff_client(app, "bo")
    client, cid, auth, live = await _person(app)
    try:
        await anna.post("/staff/api/duty", json={"on_duty": True}, headers=anna_csrf)
        await _say(client, cid, auth, "/request_human")
        base = f"/staff/api/conversations/{cid}"
        await anna.post(f"{base}/take", headers=anna_csrf)
        bo_id = next(m.id for m in await app.app[STAFF].list() if m.name == "bo")

        refused = await anna.post(
            f"{base}/transfer", json={"to_staff_id": bo_id}, headers=anna_csrf
        )
        assert (
            refused.status == 409 and "inte i tjänst" in (await refused.json())["error"]["message"]
        )
        assert (await (await anna.get("/staff/api/colleagues")).json())["colleagues"] == []

        await bo.post("/staff/api/duty", json={"on_duty": True}, headers=bo_csrf)
        colleagues = (await (await anna.get("/staff/api/colleagues")).json())["colleagues"]
        assert colleagues == [{"staff_id": bo_id, "name": "bo"}]
        bo_console = await _console(bo)
        moved = await anna.post(f"{base}/transfer", json={"to_staff_id": bo_id}, headers=anna_csrf)
        assert moved.status == 200
        assert (await _next(bo_console, "board"))["mine"][0]["conversation_id"] == cid
        assert (await bo.get(f"{base}/transcript")).status == 200
        assert (await anna.get(f"{base}/transcript")).status == 403
        await bo_console.close()
    finally:
        await live.close()
        await _leave(client)
        await _leave(anna)
        await _leave(bo)


async def test_the_expected_wait_comes_from_recent_takes(staff_app):
    app = staff_app
    queue = app.app[QUEUE]
    store = app.app[STORE]
    assert await queue.typical_wait() is None
    assert "Vi vet inte hur länge det dröjer" in queue_text(1, None)
    now = dt.datetime.now(dt.timezone.utc)
    for minutes in (2, 6, 30):
        new = await store.create_conversation()
        async with queue._session.begin() as session:
            await session.execute(
                update(Conversation)
                .where(Conversation.id == new.id)
                .values(
                    state=State.BOT.value,
                    queued_at=now - dt.timedelta(minutes=minutes),
                    taken_at=now,
                )
            )
    typical = await queue.typical_wait()
    assert typical == dt.timedelta(minutes=6)  # the median, not the mean
    assert "ungefär 6 minuter" in queue_text(2, typical)
    assert "nummer 2 i kön" in queue_text(2, typical)
    assert "mindre än en minut" in queue_text(1, dt.timedelta(seconds=20))
