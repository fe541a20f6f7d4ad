"""Rasa really uses the encrypted tracker store, and it keeps no readable text.

Rasa falls back to its in-memory store with only a warning when the class in
endpoints.yml cannot be imported, so the first test builds the store exactly
as Rasa does from endpoints.yml. The store is tested on SQLite (`make run`)
and on a real PostgreSQL the tests start (production).
"""

import asyncio
import datetime as dt
import threading
import uuid

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet, InvalidToken
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import (
    DialogueStateTracker,
    get_trackers_for_conversation_sessions,
)
from rasa.utils.endpoints import read_endpoint_config

from engine.tracker_store import (
    _METADATA,
    DELETED_SENDERS,
    TRACKERS,
    EncryptedTrackerStore,
    engine_url,
    store_settings,
)

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

    stored_bytes.engine = engine
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


async def test_saving_the_latest_session_keeps_the_sessions_before_it(database):
    """Rasa saves what `retrieve` gave it plus new events: nothing earlier may be lost."""
    from rasa.shared.core.events import SessionStarted, SlotSet

    store = EncryptedTrackerStore(Domain.empty())
    start = [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
    ]
    # As Rasa starts a session the gateway sent metadata for: the slot comes first.
    first = [SlotSet("session_started_metadata", {"language": "en"})] + start
    first += [UserUttered("im 15", {"name": "inform_age"})]
    second = start + [UserUttered("hej", {"name": "greet"})]
    await store.save(DialogueStateTracker.from_events("e" * 64, first + second, []))

    latest = await store.retrieve("e" * 64)
    assert len(latest.events) == len(second)
    latest.update(UserUttered("tack", {"name": "thanks"}))
    await store.save(latest)

    full = await store.retrieve_full_tracker("e" * 64)
    stored = [event.as_dict() for event in full.events]
    expected = [event.as_dict() for event in first + second] + [latest.events[-1].as_dict()]
    assert stored == expected
    # A tracker saved whole again (the one-session path) is not doubled.
    await store.save(full)
    assert len((await store.retrieve_full_tracker("e" * 64)).events) == len(expected)
    # One made elsewhere with only the latest session keeps the stored ones before it.
    made = DialogueStateTracker.from_events("e" * 64, list(latest.events) + [UserUttered("ok")])
    await store.save(made)
    stored = [event.as_dict() for event in (await store.retrieve_full_tracker("e" * 64)).events]
    assert stored == expected + [made.events[-1].as_dict()]


def _statements(store):
    """The SQL statements the store sends from now on."""
    sent = []
    for engine in (store.engine, store._reader):
        sa.event.listen(engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
    return sent


@pytest.mark.parametrize("sessions", [1, 2])
async def test_a_tracker_the_store_has_seen_is_saved_without_reading_its_row_again(
    database, sessions
):
    """Rasa's usual turn: one statement to read; the lock (PostgreSQL) and one to write."""
    from rasa.shared.core.events import SessionStarted, SlotSet

    store = EncryptedTrackerStore(Domain.empty())
    new = store.init_tracker("f" * 64)  # as Rasa creates a conversation's tracker
    new.update(SlotSet("session_started_metadata", {"language": "sv"}))
    for _ in range(sessions):
        new.update(ActionExecuted("action_session_start"))
        new.update(SessionStarted())
        new.update(UserUttered("hej"))
    statements = _statements(store)
    lock = ["lock"] if store.engine.dialect.name == "postgresql" else []
    await store.save(new)  # a tracker it never saw: is a row stored already?
    assert len(statements) == len(lock + ["read", "write"])
    await store.save(new)  # Rasa saves it again as the message goes on
    assert len(statements) == len(lock + ["read", "write"] + lock + ["write"])
    del statements[:]
    tracker = await store.retrieve("f" * 64)  # the next message
    assert len(statements) == 1
    tracker.update(UserUttered(SECRET))
    await store.save(tracker)
    assert len(statements) == len(["read"] + lock + ["write"])
    full = await store.retrieve_full_tracker("f" * 64)
    assert [e.as_dict() for e in full.events] == [e.as_dict() for e in new.events] + [
        tracker.events[-1].as_dict()
    ]
    store.engine.dispose()


async def test_a_tracker_missing_stored_events_keeps_them(database):
    """Rasa can cap the events it loads (max_event_history): those left out stay stored."""
    store = EncryptedTrackerStore(Domain.empty())
    said = [UserUttered(f"{i}") for i in range(6)]
    await store.save(DialogueStateTracker.from_events("g" * 64, said))
    store.max_event_history = 3
    capped = await store.retrieve("g" * 64)
    assert [e.text for e in capped.events] == ["3", "4", "5"]
    capped.update(UserUttered("6"))
    await store.save(capped)
    store.max_event_history = None
    stored = await store.retrieve_full_tracker("g" * 64)
    assert [e.text for e in stored.events] == [f"{i}" for i in range(7)]
    store.engine.dispose()


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


def _delete_as_the_gateway_does(connection, sender_id: str) -> None:
    """bot/foundation/storage.Store.delete_conversation's statements for Rasa's part."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtext(sender_id))))
    connection.execute(
        DELETED_SENDERS.insert().values(
            sender_id=sender_id, deleted_at=dt.datetime.now(dt.timezone.utc)
        )
    )
    connection.execute(TRACKERS.delete().where(TRACKERS.c.sender_id == sender_id))


@pytest.mark.parametrize("read_whole", [True, False])
async def test_a_message_in_flight_cannot_save_a_deleted_tracker_again(database, read_whole):
    store = EncryptedTrackerStore(Domain.empty())
    gone, kept = "a" * 64, "b" * 64
    for sender in (gone, kept):
        await store.save(DialogueStateTracker.from_events(sender, [UserUttered(SECRET)]))
    in_flight = await store.retrieve(gone)
    if not read_whole:
        in_flight = DialogueStateTracker.from_events(gone, [UserUttered(SECRET)])
    with database.engine.begin() as connection:
        _delete_as_the_gateway_does(connection, gone)

    # Rasa was still answering a message of the deleted conversation, and saves.
    in_flight.update(UserUttered("mer"))
    await store.save(in_flight)

    assert await store.retrieve(gone) is None
    assert list(await store.keys()) == [kept]  # nothing else was touched
    assert (await store.retrieve(kept)).latest_message.text == SECRET
    store.engine.dispose()


async def test_a_save_racing_the_delete_waits_for_it_and_stays_deleted(
    postgres, tmp_path, monkeypatch
):
    """A conversation's first message saved while the gateway's delete is not yet committed."""
    name = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(engine_url(postgres), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    url = postgres.rsplit("/", 1)[0] + "/" + name
    monkeypatch.setenv("OUTREACH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OUTREACH_DATABASE_URL", url)
    engine = sa.create_engine(engine_url(url))
    _METADATA.create_all(engine)
    store = EncryptedTrackerStore(Domain.empty())
    sender = "c" * 64

    deleting, release = threading.Event(), threading.Event()

    def gateway_delete() -> None:
        with engine.begin() as connection:
            _delete_as_the_gateway_does(connection, sender)
            deleting.set()
            release.wait(10)  # the transaction stays open until released

    gateway = threading.Thread(target=gateway_delete)
    gateway.start()
    assert deleting.wait(10)
    save = asyncio.ensure_future(
        store.save(DialogueStateTracker.from_events(sender, [UserUttered(SECRET)]))
    )
    await asyncio.sleep(0.5)
    assert not save.done()  # waits for the gateway's transaction
    release.set()
    gateway.join(10)
    await asyncio.wait_for(save, 10)

    assert await store.retrieve(sender) is None
    store.engine.dispose()
    engine.dispose()


def test_trackers_have_keys_of_their_own_when_given(tmp_path):
    gateway_key, tracker_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    url = f"sqlite:///{tmp_path / 'x.db'}"
    env = {"OUTREACH_DATABASE_URL": url, "OUTREACH_TRACKER_FERNET_KEYS": tracker_key}
    # Neither the gateway's keys nor its HMAC key are needed, and no key file is made.
    assert store_settings({**env, "OUTREACH_DATA_DIR": str(tmp_path)}) == (
        url,
        (tracker_key.encode(),),
    )
    assert not (tmp_path / "keys").exists()
    # Outside compose (make run) the gateway's keys serve both.
    shared = {
        "OUTREACH_DATA_DIR": str(tmp_path),
        "OUTREACH_DATABASE_URL": url,
        "OUTREACH_FERNET_KEYS": gateway_key,
    }
    assert store_settings(shared)[1] == (gateway_key.encode(),)
    assert store_settings({**shared, **env})[1] == (tracker_key.encode(),)


async def test_rotate_keys_re_encrypts_every_tracker(database, monkeypatch):
    old, new = Fernet.generate_key(), Fernet.generate_key()
    monkeypatch.setenv("OUTREACH_TRACKER_FERNET_KEYS", old.decode())
    await EncryptedTrackerStore(Domain.empty()).save(
        DialogueStateTracker.from_events("d" * 64, [UserUttered(SECRET)])
    )
    monkeypatch.setenv("OUTREACH_TRACKER_FERNET_KEYS", f"{new.decode()},{old.decode()}")
    assert EncryptedTrackerStore(Domain.empty()).rotate_keys() == 1
    monkeypatch.setenv("OUTREACH_TRACKER_FERNET_KEYS", new.decode())
    assert (
        await EncryptedTrackerStore(Domain.empty()).retrieve("d" * 64)
    ).latest_message.text == SECRET
    with database.engine.connect() as connection:
        body = connection.execute(sa.select(TRACKERS.c.body)).scalar()
    with pytest.raises(InvalidToken):
        Fernet(old).decrypt(bytes(body))
