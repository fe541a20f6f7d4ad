"""The bot asks for a human: queue when someone is on duty, honesty when not."""

import pytest
from aiohttp.test_utils import TestServer

from bot.app import create_app
from bot.conversations.handover import NOBODY_ON_DUTY
from bot.conversations.queue import QUEUE
from bot.foundation.keys import SESSIONS, STAFF
from bot.foundation.storage import State
from common.settings import load_settings
from tests.gateway.fixtures import OPEN_ALL_WEEK


async def _client(aiohttp_client, settings, scrubber):
    server = TestServer(create_app(settings, scrubber=scrubber))
    await server.start_server()
    return await aiohttp_client(server)


async def _say(client, text, conversation=None):
    if conversation is None:
        body = await (await client.post("/api/conversations")).json()
        conversation = (body["conversation_id"], {"Authorization": f"Bearer {body['token']}"})
    response = await client.post(
        f"/api/conversations/{conversation[0]}/messages",
        json={"text": text},
        headers=conversation[1],
    )
    assert response.status == 200
    return conversation, await response.json()


def _texts(body):
    return "\n".join(r.get("text", "") for r in body["replies"])


async def test_nobody_on_duty_is_told_at_once_with_the_right_services(
    aiohttp_client, settings, scrubber
):
    client = await _client(aiohttp_client, settings, scrubber)  # the shipped hours: closed
    conversation, body = await _say(client, "/request_human")
    assert body["state"] == "bot"
    text = _texts(body)
    assert NOBODY_ON_DUTY["sv"] in text
    # need=selling, age_group=minor: the youth services, never an adult one only.
    assert "Stödcentrum för unga brottsutsatta" in text and "116 111" in text
    assert await client.server.app[QUEUE].waiting() == []

    _, acute = await _say(client, "jag är i fara nu")
    assert "ring 112" in _texts(acute)


@pytest.fixture
def open_settings(tmp_path, settings):
    hours = tmp_path / "hours.yml"
    hours.write_text(OPEN_ALL_WEEK, encoding="utf-8")
    return load_settings(
        {
            "OUTREACH_DATA_DIR": str(settings.data_dir),
            "OUTREACH_RASA_URLS": ",".join(settings.rasa_urls),
            "OUTREACH_CHAT_HOURS_FILE": str(hours),
        }
    )


async def test_with_a_worker_on_duty_the_person_joins_the_queue(
    aiohttp_client, open_settings, scrubber, rasa_received
):
    client = await _client(aiohttp_client, open_settings, scrubber)
    app = client.server.app
    await app[STAFF].add("anna", "ett långt lösenord")
    (anna,) = await app[STAFF].list()
    # Logged in but not on duty: still nobody to take over.
    token = await app[SESSIONS].start(anna.id)
    _, body = await _say(client, "/request_human")
    assert NOBODY_ON_DUTY["sv"] in _texts(body)

    await app[SESSIONS].set_on_duty(token, True)
    first, body = await _say(client, "/request_human")
    assert body["state"] == "queued" and "nummer 1 i kön" in _texts(body)
    _, body = await _say(client, "jag är i fara nu")
    assert "nummer 1 i kön" in _texts(body)  # acute goes first
    assert [w.urgency for w in await app[QUEUE].waiting()] == ["acute", "normal"]

    # While queued the bot keeps answering; once a worker takes it, the bot is silent.
    _, body = await _say(client, "hej", first)
    assert body["state"] == "queued" and body["replies"]
    await app[QUEUE].take(first[0], anna.id)
    sent_before = len(rasa_received)
    _, body = await _say(client, "hallå?", first)
    assert body == {"state": State.HUMAN.value, "replies": [], "language": "sv"}
    assert len(rasa_received) == sent_before
