"""Rasa really uses the encrypted tracker store, and it keeps no readable text.

Rasa falls back to its in-memory store with only a warning when the class in
endpoints.yml cannot be imported, so the first test builds the store exactly
as Rasa does from endpoints.yml. The store is tested on SQLite (`make run`)
and on a real PostgreSQL the tests start (production).
"""

import uuid

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import (
    DialogueStateTracker,
    get_trackers_for_conversation_sessions,
)
from rasa.utils.endpoints import read_endpoint_config

from bot.tracker_store import _METADATA, TRACKERS, EncryptedTrackerStore, engine_url

SECRET = "jag heter <NAMN> och säljer sex"


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path, monkeypatch):
    """The URL the gateway would use, and a function returning every stored byte."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'gateway.db'}"
    else:
        server = request.getfixturevalue("postgres")
        name = "t_" + uuid.uuid4().hex[:12]
        admin = sa.create_engine(engine_url(server), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(sa.text(f"CREATE DATABASE {name}"))
        admin.dispose()
        url = server.rsplit("/", 1)[0] + "/" + name
    monkeypatch.setenv("OUTREACH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OUTREACH_DATABASE_URL", url)
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    # The gateway's migrations own this table; here it is made from the same shape.
    engine = sa.create_engine(engine_url(url))
    _METADATA.create_all(engine)

    def stored_bytes() -> bytes:
        with engine.connect() as connection:
            rows = connection.execute(sa.select(TRACKERS.c.sender_id, TRACKERS.c.body))
            return b"".join(row[0].encode() + bytes(row[1]) for row in rows)

    yield stored_bytes
    engine.dispose()


def test_endpoints_yml_loads_the_encrypted_store(database):
    config = read_endpoint_config("endpoints.yml", "tracker_store")
    store = TrackerStore.create(config, Domain.empty())
    assert type(store) is EncryptedTrackerStore


async def test_a_tracker_round_trips_and_the_database_holds_no_text(database):
    store = EncryptedTrackerStore(Domain.empty())
    tracker = DialogueStateTracker.from_events(
        "a" * 64, [ActionExecuted("action_listen"), UserUttered(SECRET, {"name": "sells_sex"})]
    )
    await store.save(tracker)
    await store.save(tracker)  # a second save updates the same row

    again = await store.retrieve("a" * 64)
    assert again.latest_message.text == SECRET
    assert list(await store.keys()) == ["a" * 64]
    stored = database()
    assert stored and "säljer".encode() not in stored and b"sells_sex" not in stored
    assert await store.retrieve("b" * 64) is None


async def test_an_unreachable_database_is_an_error_not_a_memory_fallback(tmp_path, monkeypatch):
    monkeypatch.setenv("OUTREACH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OUTREACH_DATABASE_URL", f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    store = EncryptedTrackerStore(Domain.empty())
    with pytest.raises(sa.exc.OperationalError):
        await store.retrieve("a" * 64)


async def test_retrieve_gives_the_latest_session_as_rasa_does(database):
    from rasa.shared.core.events import SessionStarted, SlotSet
    from rasa.shared.core.slots import CategoricalSlot

    domain = Domain.from_dict(
        {
            "slots": {
                "age_group": {
                    "type": "categorical",
                    "values": ["minor", "adult"],
                    "mappings": [{"type": "custom"}],
                }
            }
        }
    )
    store = EncryptedTrackerStore(domain)
    start = [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
    ]
    first = start + [
        UserUttered("jag är 15", {"name": "inform_age"}),
        SlotSet("age_group", "minor"),
    ]
    second = start + [UserUttered(SECRET, {"name": "sells_sex"})]
    slots = [CategoricalSlot("age_group", [], values=["minor", "adult"])]
    await store.save(DialogueStateTracker.from_events("c" * 64, first + second, slots))

    latest = await store.retrieve("c" * 64)
    assert [e.as_dict()["event"] for e in latest.events][:2] == ["action", "session_started"]
    assert latest.latest_message.text == SECRET and len(latest.events) == len(second)
    full = await store.retrieve_full_tracker("c" * 64)
    assert len(full.events) == len(first + second)
    # Exactly what Rasa's own stores give for the latest session.
    assert (
        latest.current_state() == get_trackers_for_conversation_sessions(full)[-1].current_state()
    )

    await store.save(DialogueStateTracker.from_events("d" * 64, first, slots))
    assert len((await store.retrieve("d" * 64)).events) == len(first)  # one session: as stored


async def test_a_database_restart_costs_no_message(postgres_cluster, monkeypatch, tmp_path):
    """While PostgreSQL is down Rasa gets an error; once it is back, the next call works."""
    name = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(engine_url(postgres_cluster.url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    url = postgres_cluster.url.rsplit("/", 1)[0] + "/" + name
    monkeypatch.setenv("OUTREACH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OUTREACH_DATABASE_URL", url)
    _METADATA.create_all(sa.create_engine(engine_url(url)))
    store = EncryptedTrackerStore(Domain.empty())
    tracker = DialogueStateTracker.from_events("e" * 64, [UserUttered(SECRET)])
    await store.save(tracker)

    postgres_cluster.stop()
    postgres_cluster.start()
    # The pooled connection died with the server: renewed without an error.
    assert (await store.retrieve("e" * 64)).latest_message.text == SECRET

    postgres_cluster.stop()
    try:
        with pytest.raises(sa.exc.OperationalError):  # an error, never a fallback to memory
            await store.retrieve("e" * 64)
    finally:
        postgres_cluster.start()
    store.engine.dispose()
