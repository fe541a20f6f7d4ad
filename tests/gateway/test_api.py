"""The public API against the real app factory, with a stand-in for Rasa.

Rasa itself is exercised in tests/test_e2e_rest.py and the browser test; here
a small aiohttp server plays Rasa so that we can see exactly what it receives.
"""

import json
import logging
import re
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer

from bot.app import create_app
from bot.foundation.keys import STORE
from bot.foundation.logs import AccessLogger
from bot.foundation.rasa import sender_id
from tests.gateway.fixtures import DOWN

FAKE_IDENTIFIERS = [
    "Sara Lind",
    "070-123 45 67",
    "sara.lind@example.se",
    "19900101-1234",
    "192.168.14.7",
    "Storgatan 12",
]


@pytest.fixture
async def client(aiohttp_client, settings, scrubber):
    # Started here so that it logs with the production access logger.
    server = TestServer(create_app(settings, scrubber=scrubber))
    await server.start_server(access_log_class=AccessLogger)
    return await aiohttp_client(server)


async def start(client):
    response = await client.post("/api/conversations")
    assert response.status == 201
    body = await response.json()
    return body["conversation_id"], {"Authorization": f"Bearer {body['token']}"}


async def send(client, conversation_id, headers, text):
    return await client.post(
        f"/api/conversations/{conversation_id}/messages", json={"text": text}, headers=headers
    )


async def assert_error(response, status):
    assert response.status == status
    assert response.content_type == "application/json"
    body = await response.json()
    assert set(body) == {"error"}
    assert body["error"]["message"]
    assert "Traceback" not in json.dumps(body)
    return body["error"]


async def test_a_conversation_starts_with_a_random_id_and_token(client):
    response = await client.post("/api/conversations")
    body = await response.json()
    assert re.fullmatch(r"[0-9a-f]{32}", body["conversation_id"])
    assert len(body["token"]) >= 40
    assert "Set-Cookie" not in response.headers


async def test_rasa_gets_scrubbed_text_and_an_hmac_never_the_id(client, settings, rasa_received):
    conversation_id, headers = await start(client)
    response = await send(
        client, conversation_id, headers, "jag heter Sara och mitt nummer är 070-123 45 67"
    )
    assert response.status == 200
    body = await response.json()
    assert body["state"] == "bot"
    assert body["replies"][0] == {"text": "Hej! Vad vill du prata om?"}
    assert "recipient_id" not in json.dumps(body)

    (received,) = rasa_received
    assert received["message"] == "jag heter <NAMN> och mitt nummer är <TELEFONNUMMER>"
    assert received["sender"] == sender_id(settings.hmac_key, conversation_id)
    assert conversation_id not in json.dumps(received)


async def test_the_bots_own_button_payloads_pass_unchanged(client, rasa_received):
    conversation_id, headers = await start(client)
    await send(client, conversation_id, headers, '/inform_age{"age_group": "minor"}')
    await send(client, conversation_id, headers, '/inform_age{"age_group": "070-123 45 67"}')
    assert rasa_received[0]["message"] == '/inform_age{"age_group": "minor"}'
    assert "070-123 45 67" not in rasa_received[1]["message"]


@pytest.mark.parametrize(
    "kwargs, status",
    [
        ({"json": {"text": "hej"}, "headers": {}}, 401),
        ({"json": {"text": "hej"}, "headers": {"Authorization": "Basic abc"}}, 401),
        ({"json": {"text": "hej"}, "headers": {"Authorization": "Bearer wrong"}}, 404),
        ({"data": "text=hej", "headers": None}, 415),
        ({"data": "{not json", "headers": None, "content_type": "application/json"}, 400),
        ({"json": ["hej"], "headers": None}, 400),
        ({"json": {"txt": "hej"}, "headers": None}, 422),
        ({"json": {"text": "   "}, "headers": None}, 422),
        ({"json": {"text": 42}, "headers": None}, 422),
        ({"json": {"text": "a" * 2001}, "headers": None}, 422),
        ({"json": {"text": "a" * 20000}, "headers": None}, 413),
    ],
)
async def test_bad_input_gets_a_swedish_json_error(client, kwargs, status):
    conversation_id, headers = await start(client)
    request_headers = headers if kwargs["headers"] is None else kwargs["headers"]
    if "content_type" in kwargs:
        request_headers = {**request_headers, "Content-Type": kwargs["content_type"]}
    response = await client.post(
        f"/api/conversations/{conversation_id}/messages",
        headers=request_headers,
        **{k: v for k, v in kwargs.items() if k in ("json", "data")},
    )
    await assert_error(response, status)


async def test_unknown_and_malformed_conversation_ids_are_404(client):
    _, headers = await start(client)
    for conversation_id in ("0" * 32, "not-an-id", "x" * 32, "A" * 32):
        response = await send(client, conversation_id, headers, "hej")
        await assert_error(response, 404)


async def test_a_flood_from_one_conversation_is_slowed_down(client):
    conversation_id, headers = await start(client)
    for _ in range(5):
        assert (await send(client, conversation_id, headers, "hej")).status == 200
    error = await assert_error(await send(client, conversation_id, headers, "hej"), 429)
    assert error["code"] == "rate_limited"
    other, other_headers = await start(client)
    assert (await send(client, other, other_headers, "hej")).status == 200


async def test_rasa_down_is_a_503_with_112_and_the_message_is_kept(client, rasa):
    rasa.app[DOWN] = True
    conversation_id, headers = await start(client)
    error = await assert_error(await send(client, conversation_id, headers, "hej"), 503)
    assert "112" in error["message"]


async def test_wrong_method_and_unknown_api_path_are_json(client):
    await assert_error(await client.get("/api/conversations"), 405)
    await assert_error(await client.get("/api/nothing"), 404)


async def test_delete_removes_the_conversation(client):
    conversation_id, headers = await start(client)
    await send(client, conversation_id, headers, "hej")
    response = await client.delete(f"/api/conversations/{conversation_id}", headers=headers)
    assert response.status == 204
    await assert_error(await send(client, conversation_id, headers, "hej"), 404)
    await assert_error(
        await client.delete(f"/api/conversations/{conversation_id}", headers=headers), 404
    )


async def test_the_page_is_served_with_a_strict_policy_and_no_cookie(client):
    response = await client.get("/")
    assert response.status == 200
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "Set-Cookie" not in response.headers
    assert '<html lang="sv"' in await response.text()


async def test_healthz(client):
    response = await client.get("/healthz")
    assert (await response.json()) == {"status": "ok"}


async def test_no_identifier_is_kept_logged_or_forwarded(client, settings, rasa_received, caplog):
    caplog.set_level(logging.DEBUG)
    conversation_id, headers = await start(client)
    script = [
        "hej jag heter Sara Lind",
        "ring mig på 070-123 45 67 eller maila sara.lind@example.se",
        "mitt personnummer är 19900101-1234",
        "jag bor på Storgatan 12 och min ip är 192.168.14.7",
    ]
    for text in script:
        assert (await send(client, conversation_id, headers, text)).status == 200

    forwarded = json.dumps(rasa_received, ensure_ascii=False)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    stored = b"".join(p.read_bytes() for p in Path(settings.data_dir).rglob("*") if p.is_file())
    for identifier in FAKE_IDENTIFIERS:
        assert identifier not in forwarded
        assert identifier not in logged
        assert identifier.encode() not in stored
    # Nothing that identifies the device either.
    assert "127.0.0.1" not in logged
    assert "Python" not in logged  # the client's user agent


async def test_the_live_channel_opens_with_the_token_as_first_message(client):
    conversation_id, headers = await start(client)
    token = headers["Authorization"].split()[1]
    async with client.ws_connect(f"/api/conversations/{conversation_id}/ws") as socket:
        await socket.send_json({"token": token})
        assert await socket.receive_json() == {"type": "state", "state": "bot"}


@pytest.mark.parametrize(
    "seen, replayed",
    [(0, ["eins", "zwei"]), (1, ["zwei"]), (2, []), (True, []), (-1, []), ("0", []), (10**9, [])],
)
async def test_the_live_channel_sends_the_worker_lines_the_page_has_not_shown(
    client, seen, replayed
):
    conversation_id, headers = await start(client)
    token = headers["Authorization"].split()[1]
    store = client.server.app[STORE]
    lines = [("worker", "eins"), ("user", "x"), ("worker", "zwei")]
    await store.add_messages(conversation_id, lines)
    async with client.ws_connect(f"/api/conversations/{conversation_id}/ws") as socket:
        await socket.send_json({"token": token, "seen": seen})
        assert (await socket.receive_json())["type"] == "state"
        got = []
        for _ in replayed:
            got.append(await socket.receive_json())
        assert [line["text"] for line in got] == replayed  # only the numbered lines after `seen`
        assert [line["n"] for line in got] == list(range(3 - len(replayed), 3))
        with pytest.raises(TimeoutError):
            await socket.receive_json(timeout=0.3)  # nothing else: a bad `seen` replays nothing


@pytest.mark.parametrize("first", [{"token": "wrong"}, {"no": "token"}, "not json"])
async def test_the_live_channel_refuses_without_the_right_token(client, first):
    conversation_id, _ = await start(client)
    async with client.ws_connect(f"/api/conversations/{conversation_id}/ws") as socket:
        if isinstance(first, str):
            await socket.send_str(first)
        else:
            await socket.send_json(first)
        reply = await socket.receive_json()
        assert reply["type"] == "error" and reply["error"]["message"]
        await socket.receive()
        assert socket.close_code in (4401, 4404)


async def test_the_live_channel_refuses_other_origins(client):
    conversation_id, _ = await start(client)
    response = await client.get(
        f"/api/conversations/{conversation_id}/ws",
        headers={"Origin": "https://evil.example", "Upgrade": "websocket", "Connection": "Upgrade"},
    )
    await assert_error(response, 403)
