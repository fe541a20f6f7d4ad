"""Issue 11's findings against the public API: no way around the scrubber, no
cheap way to stall the gateway, never a 500 — with the real app factory and a
stand-in Rasa that records what it receives (tests/gateway/fixtures.py)."""

import asyncio
import json
import os
import stat
import time
from pathlib import Path

import pytest

from bot.app import create_app
from bot.foundation.keys import SCRUB_POOL
from bot.foundation.limits import Budgets, Busy
from bot.foundation.payloads import GREETING, Payloads, defang, domain_payloads
from common.settings import Settings, load_settings
from tests.gateway.test_api import assert_error, send, start

IDENTIFIERS = ["sara.lind@example.se", "070-123 45 67", "19900101-1234", "0701234567"]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
async def client(aiohttp_client, settings, scrubber):
    return await aiohttp_client(create_app(settings, scrubber=scrubber))


def _stored(settings) -> bytes:
    return b"".join(p.read_bytes() for p in Path(settings.data_dir).rglob("*") if p.is_file())


async def _raw(client, request: bytes) -> int:
    """Send bytes as they are (headers aiohttp's client would refuse); the status."""
    reader, writer = await asyncio.open_connection(client.host, client.port)
    writer.write(request)
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    return int(status_line.split()[1])


# --- The scrubber cannot be bypassed ---------------------------------------------------


def test_the_allowed_payloads_are_exactly_the_domains_buttons():
    payloads = domain_payloads(REPO / "domain")
    assert '/inform_age{"age_group": "minor"}' in payloads
    assert "/request_human" in payloads
    assert all(p.startswith("/") and "{{" not in p for p in payloads)
    # An intent that no button offers is not a payload a person can send.
    assert "/acute_danger" not in payloads and "/inform_age" not in payloads


def test_a_service_the_operator_adds_gets_its_button(tmp_path):
    directory = tmp_path / "services.yml"
    directory.write_text("version: 1\nservices:\n  mika: {}\n", encoding="utf-8")
    payloads = Payloads(REPO / "domain", directory)
    assert payloads.allowed('/ask_about_service{"service": "mika"}')
    assert not payloads.allowed('/ask_about_service{"service": "bris"}')
    directory.write_text("version: 1\nservices:\n  mika: {}\n  bris: {}\n", encoding="utf-8")
    os.utime(directory, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    assert payloads.allowed('/ask_about_service{"service": "bris"}')
    assert payloads.allowed(GREETING)


@pytest.mark.parametrize(
    "text",
    [
        '/inform_age{"age_group": "minor", "age_group": "sara.lind@example.se 070-123 45 67"}',
        '/inform_age{"age_group": "sara.lind@example.se", "x": "19900101-1234"}',
        "/ring_0701234567",
        '/ask_about_service{"service": "070-123 45 67"}',
        " //inform_age 19900101-1234 sara.lind@example.se",
        "\uff0finform_age sara.lind@example.se",  # a full-width slash, NFKC makes it "/"
    ],
)
async def test_payload_shaped_text_is_scrubbed_and_never_read_as_an_intent(
    client, settings, rasa_received, text
):
    conversation_id, headers = await start(client)
    assert (await send(client, conversation_id, headers, text)).status == 200
    (received,) = rasa_received
    assert not received["message"].startswith("/")
    forwarded = json.dumps(received, ensure_ascii=False)
    stored = _stored(settings)
    for identifier in IDENTIFIERS:
        assert identifier not in forwarded
        assert identifier.encode() not in stored


async def test_an_intent_no_button_offers_cannot_jump_the_queue(client, rasa_received):
    conversation_id, headers = await start(client)
    await send(client, conversation_id, headers, "/acute_danger")
    await send(client, conversation_id, headers, '/request_human{"urgency": "acute"}')
    sent = [r["message"] for r in rasa_received]
    assert sent[0].lower().startswith("acute")
    assert not any(message.startswith("/") for message in sent)


async def test_every_button_of_the_bot_still_passes_unchanged(client, rasa_received):
    conversation_id, headers = await start(client)
    buttons = sorted(domain_payloads(REPO / "domain") - {"/request_human"})
    for payload in buttons:
        assert (await send(client, conversation_id, headers, payload)).status in (200, 429)
    sent = [r["message"] for r in rasa_received]
    assert sent == buttons[: len(sent)] and len(sent) == min(len(buttons), 5)


def test_defang_keeps_ordinary_text_as_it_is():
    assert defang("hej/då, 50/50") == "hej/då, 50/50"
    assert defang("/sara_svensson") == "Sara Svensson"


async def test_a_name_glued_into_a_payload_shape_is_found_surname_and_all(
    client, settings, rasa_received
):
    conversation_id, headers = await start(client)
    assert (await send(client, conversation_id, headers, "/sara_lind_kallas_jag")).status == 200
    forwarded = rasa_received[0]["message"].lower()
    assert "sara" not in forwarded and "lind" not in forwarded
    assert b"lind" not in _stored(settings).lower()


async def test_a_body_with_a_repeated_key_is_refused(client, rasa_received):
    conversation_id, headers = await start(client)
    response = await client.post(
        f"/api/conversations/{conversation_id}/messages",
        data='{"text": "hej", "text": "070-123 45 67"}',
        headers={**headers, "Content-Type": "application/json"},
    )
    await assert_error(response, 400)
    assert rasa_received == []


async def test_a_message_that_cannot_be_scrubbed_in_time_is_refused_not_kept(
    client, settings, rasa_received
):
    conversation_id, headers = await start(client)
    client.app[SCRUB_POOL].timeout_s = 1e-9
    error = await assert_error(
        await send(client, conversation_id, headers, "ring 070-123 45 67 " * 50), 422
    )
    assert error["code"] == "too_complex" and "kortare" in error["message"]
    assert rasa_received == []
    assert b"070-123 45 67" not in _stored(settings)


# --- Bad input is a 4xx, never a 500 --------------------------------------------------


@pytest.mark.parametrize(
    "body, content_type, status",
    [
        (b'{"text": "\\ud800"}', "application/json", 422),
        (b'{"text": "hej \\udfff d\\u00e5"}', "application/json", 422),
        (b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}", "application/json", 400),
        (b'{"text": "hej"}', "application/json; charset=klingon", 415),
        (b'{"text": "hej"}', "application/json; charset=latin-1", 415),
        (b'{"text": "h\xe4j"}', "application/json", 400),
        (b'{"text": "\\u0000\\u0000"}', "application/json", 422),
    ],
)
async def test_malformed_bodies_get_a_swedish_4xx(client, body, content_type, status):
    conversation_id, headers = await start(client)
    response = await client.post(
        f"/api/conversations/{conversation_id}/messages",
        data=body,
        headers={**headers, "Content-Type": content_type},
    )
    await assert_error(response, status)


async def test_a_nul_inside_a_message_is_dropped_not_a_database_error(client, rasa_received):
    conversation_id, headers = await start(client)
    assert (await send(client, conversation_id, headers, "hej\x00 då")).status == 200
    assert rasa_received[0]["message"] == "hej då"


@pytest.mark.parametrize(
    "authorization", ["Bearer \xe5\xe4\xf6".encode("latin-1"), "Bearer åäö".encode()]
)
async def test_non_ascii_in_the_authorization_header_is_a_4xx(client, authorization):
    conversation_id, _ = await start(client)
    body = b'{"text": "hej"}'
    request = (
        f"POST /api/conversations/{conversation_id}/messages HTTP/1.1\r\n"
        f"Host: {client.host}:{client.port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n"
    ).encode() + b"Authorization: " + authorization.split(b" ", 1)[0] + b" "
    request += authorization.split(b" ", 1)[1] + b"\r\n\r\n" + body
    assert await _raw(client, request) == 404


# --- Unicode that grows, floods, budgets ----------------------------------------------


@pytest.mark.parametrize("char, count", [("\ufdfa", 2000), ("\u3302", 600), ("\ufb03", 1500)])
async def test_the_length_cap_holds_after_normalisation(
    client, settings, rasa_received, char, count
):
    conversation_id, headers = await start(client)
    error = await assert_error(await send(client, conversation_id, headers, char * count), 422)
    assert error["code"] == "too_long"
    assert rasa_received == []


async def test_what_is_forwarded_is_never_longer_than_the_cap(client, rasa_received):
    conversation_id, headers = await start(client)
    assert (await send(client, conversation_id, headers, "\u3302" * 500)).status == 200
    assert len(rasa_received[0]["message"]) <= 2000


async def test_opening_new_conversations_is_budgeted_for_the_whole_gateway(
    aiohttp_client, tmp_path, rasa, scrubber
):
    settings = load_settings(
        {
            "OUTREACH_DATA_DIR": str(tmp_path / "var"),
            "OUTREACH_RASA_URLS": str(rasa.make_url("")).rstrip("/"),
            "OUTREACH_NEW_CONVERSATIONS_PER_MINUTE": "3",
        }
    )
    client = await aiohttp_client(create_app(settings, scrubber=scrubber))
    for _ in range(3):
        assert (await client.post("/api/conversations")).status == 201
    error = await assert_error(await client.post("/api/conversations"), 429)
    assert "112" in error["message"]


async def test_long_messages_wait_on_each_other_while_short_ones_go_on():
    budgets = Budgets(100, 100, in_flight=4, heavy_in_flight=1, heavy_chars=500, wait_s=0.05)
    async with budgets.work(2000):
        with pytest.raises(Busy):
            async with budgets.work(1500):
                pass
        async with budgets.work(40):  # a person's short message is not held up
            pass
    async with budgets.work(1500):  # the heavy slot is free again
        pass


async def test_memory_for_limits_does_not_grow_with_conversations():
    budgets = Budgets(5, 1000)
    for n in range(200):
        await budgets.message(f"c{n}")
    await budgets.forget("c1")
    assert await budgets.message("c1")


# --- The live channel -----------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    ["null", "[1]", '"token"', "1", "[" * 2000 + "]" * 2000, '{"token": "åäö-no"}', b"\x00"],
)
async def test_junk_as_the_first_websocket_frame_closes_cleanly(client, first):
    conversation_id, _ = await start(client)
    async with client.ws_connect(f"/api/conversations/{conversation_id}/ws") as socket:
        if isinstance(first, bytes):
            await socket.send_bytes(first)
        else:
            await socket.send_str(first)
        reply = await socket.receive_json()
        assert reply["type"] == "error" and reply["error"]["message"]
        await socket.receive()
        assert socket.close_code in (4401, 4404)
    assert (await client.get("/healthz")).status == 200


async def test_a_first_frame_too_large_closes_without_a_server_error(client, caplog):
    conversation_id, _ = await start(client)
    async with client.ws_connect(f"/api/conversations/{conversation_id}/ws") as socket:
        await socket.send_str("[" * 3000 + "]" * 3000)
        await socket.receive()
        assert socket.close_code == 1009  # message too big
    assert "unhandled_error" not in caplog.text


async def test_open_sockets_per_conversation_are_capped(client):
    conversation_id, headers = await start(client)
    token = headers["Authorization"].split()[1]
    url = f"/api/conversations/{conversation_id}/ws"
    sockets = []
    for _ in range(4):
        socket = await client.ws_connect(url)
        await socket.send_json({"token": token})
        assert (await socket.receive_json())["type"] == "state"
        sockets.append(socket)
    extra = await client.ws_connect(url)
    await extra.send_json({"token": token})
    assert (await extra.receive_json())["type"] == "error"
    await extra.receive()
    assert extra.close_code == 4429
    await sockets.pop().close()
    again = await client.ws_connect(url)
    await again.send_json({"token": token})
    assert (await again.receive_json())["type"] == "state"
    for socket in [*sockets, again]:
        await socket.close()


# --- Transport and files --------------------------------------------------------------


async def test_hsts_only_over_https_behind_a_trusted_proxy(aiohttp_client, settings, scrubber):
    trusting = Settings(**{**settings.__dict__, "trust_forwarded_proto": True})
    client = await aiohttp_client(create_app(trusting, scrubber=scrubber))
    secure = await client.get("/", headers={"X-Forwarded-Proto": "https"})
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")
    assert "Strict-Transport-Security" not in (await client.get("/")).headers


async def test_the_sqlite_file_is_readable_by_its_owner_only(client, settings):
    await start(client)
    database = Path(settings.data_dir) / "gateway.db"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600

