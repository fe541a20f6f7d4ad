"""Anonymous daily counts: what is counted, when, and that nothing names a person."""

import asyncio
import datetime as dt

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import inspect

from bot.foundation import migrate
from bot.foundation.storage import Store
from bot.stats import counts
from bot.stats.counts import STATS, Stats, shown, wait_bucket
from tests.gateway.fixtures import staff_client


@pytest.fixture
async def stats(database_url):
    store = Store.from_url(database_url, [Fernet.generate_key()])
    yield Stats(store.engine)
    await store.close()


async def test_concurrent_events_are_all_counted(stats):
    day = dt.date(2026, 11, 20)
    await asyncio.gather(*(stats.add(counts.ROUTES, "mika", day=day) for _ in range(20)))
    await stats.add(counts.ROUTES, "kast", day=day)
    totals = await stats.totals(day, day)
    assert totals == {(counts.ROUTES, "mika"): 20, (counts.ROUTES, "kast"): 1}


def test_the_table_holds_aggregates_only(database_url):
    from sqlalchemy import create_engine

    engine = create_engine(migrate.sync_url(database_url))
    columns = {c["name"] for c in inspect(engine).get_columns("daily_counts")}
    engine.dispose()
    assert columns == {"day", "metric", "key", "count"}  # no conversation, no time of day


def test_small_counts_are_never_shown_as_such():
    assert [shown(n) for n in range(7)] == ["<5", "<5", "<5", "<5", "<5", "5", "6"]


def test_waits_fall_into_buckets():
    assert wait_bucket(dt.timedelta(seconds=59)) == "0-1 min"
    assert wait_bucket(dt.timedelta(seconds=60)) == "1-2 min"
    assert wait_bucket(dt.timedelta(minutes=12)) == "10-20 min"
    assert wait_bucket(dt.timedelta(hours=3)) == "40+ min"


async def _person(client):
    body = await (await client.post("/api/conversations")).json()
    return body["conversation_id"], {"Authorization": f"Bearer {body['token']}"}


async def _say(client, person, text):
    response = await client.post(
        f"/api/conversations/{person[0]}/messages", json={"text": text}, headers=person[1]
    )
    assert response.status == 200
    return await response.json()


async def test_a_referral_is_counted_and_its_payload_never_reaches_the_page(staff_app):
    from aiohttp.test_utils import TestClient

    client = TestClient(staff_app)
    await client.start_server()
    try:
        reply = await _say(client, await _person(client), "jag säljer sex och är 25")
        assert reply["replies"] == [{"text": "Mikamottagningen (Mika) …"}]
        totals = await staff_app.app[STATS].totals(counts.today(), counts.today())
        assert totals[(counts.CONVERSATIONS, "")] == 1
        assert totals[(counts.ROUTES, "mika")] == 1
        assert totals[(counts.AGE_BANDS, "adult")] == 1
    finally:
        await client.session.close()


async def test_handovers_requested_queued_taken_missed_and_the_wait(staff_app):
    from aiohttp.test_utils import TestClient

    client = TestClient(staff_app)
    await client.start_server()
    anna, csrf = await staff_client(staff_app, "anna")
    try:
        # Nobody on duty: requested and missed at once.
        await _say(client, await _person(client), "/request_human")
        # Anna on duty: requested, queued, taken, with its wait.
        await anna.post("/staff/api/duty", json={"on_duty": True}, headers=csrf)
        person = await _person(client)
        await _say(client, person, "/request_human")
        await anna.post(f"/staff/api/conversations/{person[0]}/take", headers=csrf)
        # Queued, then Anna goes off duty: missed.
        await _say(client, await _person(client), "/request_human")
        await anna.post("/staff/api/duty", json={"on_duty": False}, headers=csrf)

        totals = await staff_app.app[STATS].totals(counts.today(), counts.today())
        handovers = {k: v for (m, k), v in totals.items() if m == counts.HANDOVERS}
        assert handovers == {"requested": 3, "queued": 2, "taken": 1, "missed": 2}
        assert totals[(counts.WAITS, "0-1 min")] == 1
    finally:
        await client.session.close()
        await anna.session.close()
