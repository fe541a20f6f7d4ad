"""When the database cannot be reached: a clear Swedish 503, an error in the log.

Never a silent fallback to memory, and the service recovers by itself when
the database is back. Runs on a PostgreSQL of its own, stopped mid-test.
"""

import logging

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.foundation import migrate
from common.settings import load_settings
from tests.services import postgres_server


@pytest.fixture
def database():
    with postgres_server() as server:
        migrate.upgrade(server.url)
        yield server


async def test_a_lost_database_is_told_plainly_and_recovered_from(
    database, settings, scrubber, caplog
):
    env = {
        "OUTREACH_DATA_DIR": str(settings.data_dir),
        "OUTREACH_RASA_URLS": ",".join(settings.rasa_urls),
        "OUTREACH_DATABASE_URL": database.url,
    }
    server = TestServer(create_app(load_settings(env), scrubber=scrubber))
    client = TestClient(server)
    await client.start_server()
    try:
        body = await (await client.post("/api/conversations")).json()
        url = f"/api/conversations/{body['conversation_id']}/messages"
        auth = {"Authorization": f"Bearer {body['token']}"}
        assert (await client.post(url, json={"text": "hej"}, headers=auth)).status == 200

        database.stop()
        caplog.set_level(logging.ERROR, logger="bot.gateway")
        response = await client.post(url, json={"text": "jag heter Sara"}, headers=auth)
        assert response.status == 503
        error = (await response.json())["error"]
        assert error["code"] == "unavailable" and "112" in error["message"]
        assert (await client.get("/healthz")).status == 503
        assert (await client.post("/api/conversations")).status == 503
        logged = [r.getMessage() for r in caplog.records]
        assert any(m.startswith("database_unavailable") for m in logged)
        assert not any("Sara" in m for m in logged)

        database.start()
        assert (await client.get("/healthz")).status == 200
        again = await client.post(url, json={"text": "hej igen"}, headers=auth)
        assert again.status == 200  # the same conversation, nothing lost
    finally:
        await client.close()
