"""Storage on SQLite and on a real PostgreSQL: encrypted, deletable, migrated."""

import datetime as dt

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text

from bot.foundation import migrate
from bot.foundation.accounts import StaffStore
from bot.foundation.storage import Store, utcnow

SECRET = "jag heter <NAMN> och säljer sex"


@pytest.fixture
def keys():
    return [Fernet.generate_key()]


@pytest.fixture
async def store(database_url, keys):
    store = Store.from_url(database_url, keys)
    yield store
    await store.close()


def _raw_bodies(database_url):
    engine = create_engine(migrate.sync_url(database_url))
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT body FROM messages")).all()
    engine.dispose()
    return [bytes(row[0]) for row in rows]


def _execute(database_url, statement, params=None):
    engine = create_engine(migrate.sync_url(database_url))
    with engine.begin() as connection:
        rows = connection.execute(text(statement), params or {})
        result = [tuple(r) for r in rows] if rows.returns_rows else None
    engine.dispose()
    return result


def _add_tracker(database_url, sender_id, age=dt.timedelta(0)):
    _execute(
        database_url,
        "INSERT INTO rasa_trackers (sender_id, body, updated_at) VALUES (:s, :b, :t)",
        {"s": sender_id, "b": b"encrypted", "t": utcnow() - age},
    )


def _trackers(database_url):
    return sorted(r[0] for r in _execute(database_url, "SELECT sender_id FROM rasa_trackers"))


async def test_deleting_a_conversation_deletes_rasas_tracker_of_it(store, database_url):
    gone, kept = await store.create_conversation(), await store.create_conversation()
    _add_tracker(database_url, gone.id)  # this store's sender id is the conversation id
    _add_tracker(database_url, kept.id)
    await store.delete_conversation(gone.id)
    assert _trackers(database_url) == [kept.id]


def _tombstones(database_url):
    return sorted(r[0] for r in _execute(database_url, "SELECT sender_id FROM deleted_senders"))


async def test_a_deleted_conversation_leaves_a_tombstone_until_retention(store, database_url):
    gone, idle = await store.create_conversation(), await store.create_conversation()
    await store.delete_conversation(gone.id)
    assert _tombstones(database_url) == [gone.id]
    await store.delete_conversation(gone.id)  # twice is still one tombstone
    assert _tombstones(database_url) == [gone.id]
    old = utcnow() - dt.timedelta(days=8)
    _execute(database_url, "UPDATE deleted_senders SET deleted_at = :t", {"t": old})
    _execute(database_url, "UPDATE conversations SET last_activity_at = :t", {"t": old})
    assert await store.delete_idle(utcnow() - dt.timedelta(days=7)) == 1
    # The old tombstone is purged; the idle conversation just deleted gets its own.
    assert _tombstones(database_url) == [idle.id]


async def test_message_text_is_encrypted_at_rest(store, database_url):
    new = await store.create_conversation()
    await store.add_messages(new.id, [("user", SECRET), ("bot", "Hej!")])
    bodies = _raw_bodies(database_url)
    assert len(bodies) == 2
    assert all(SECRET.encode() not in body and b"Hej!" not in body for body in bodies)
    lines = await store.transcript(new.id)
    assert [(line.sender, line.text) for line in lines] == [("user", SECRET), ("bot", "Hej!")]


async def test_sqlite_file_holds_no_readable_text(tmp_path, keys):
    url = f"sqlite+aiosqlite:///{tmp_path / 'gateway.db'}"
    migrate.upgrade(url)
    store = Store.from_url(url, keys)
    new = await store.create_conversation()
    await store.add_messages(new.id, [("user", SECRET)])
    await store.close()
    assert "säljer sex".encode() not in (tmp_path / "gateway.db").read_bytes()


async def test_a_messages_lines_keep_their_order_and_mark_the_conversation_active(store):
    new = await store.create_conversation()
    before = (await store.authorise(new.id, new.token)).last_activity_at
    lines = [("user", "hej"), ("bot", "Hej!"), ("bot", "Vad vill du prata om?")]
    await store.add_messages(new.id, lines)
    await store.add_messages(new.id, [("user", "jag säljer sex")])
    await store.add_messages(new.id, [])  # only active
    said = [(line.sender, line.text) for line in await store.transcript(new.id)]
    assert said == lines + [("user", "jag säljer sex")]
    conversation = await store.authorise(new.id, new.token)
    assert conversation.last_activity_at > before
    assert isinstance(conversation.created_at, dt.datetime)  # typed, on SQLite too


async def test_only_the_right_token_opens_a_conversation(store):
    new = await store.create_conversation()
    assert (await store.authorise(new.id, new.token)).id == new.id
    assert await store.authorise(new.id, new.token + "x") is None
    assert await store.authorise("0" * 32, new.token) is None


async def test_deleting_a_conversation_deletes_its_messages(store, database_url):
    keep, gone = await store.create_conversation(), await store.create_conversation()
    await store.add_messages(keep.id, [("user", "a")])
    await store.add_messages(gone.id, [("user", "b"), ("bot", "c")])
    assert await store.delete_conversation(gone.id)
    assert await store.authorise(gone.id, gone.token) is None
    assert len(_raw_bodies(database_url)) == 1
    assert not await store.delete_conversation(gone.id)


async def test_retention_deletes_only_idle_conversations(store, database_url):
    old, fresh = await store.create_conversation(), await store.create_conversation()
    await store.add_messages(old.id, [("user", "för länge sen")])
    engine = create_engine(migrate.sync_url(database_url))
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE conversations SET last_activity_at = :t WHERE id = :id"),
            {"t": utcnow() - dt.timedelta(days=8), "id": old.id},
        )
    engine.dispose()

    _add_tracker(database_url, old.id)
    _add_tracker(database_url, fresh.id)
    _add_tracker(database_url, "f" * 64, age=dt.timedelta(days=9))  # no conversation left

    assert await store.delete_idle(utcnow() - dt.timedelta(days=7)) == 1
    assert await store.authorise(old.id, old.token) is None
    assert await store.authorise(fresh.id, fresh.token) is not None
    assert _raw_bodies(database_url) == []
    assert _trackers(database_url) == [fresh.id]


async def test_keys_rotate_without_losing_text(database_url, keys):
    old = Store.from_url(database_url, keys)
    new = await old.create_conversation()
    await old.add_messages(new.id, [("user", SECRET)])
    await old.close()
    tracker = Fernet(keys[0]).encrypt(b'{"events": []}')  # as Rasa's tracker store writes it
    _execute(
        database_url,
        "INSERT INTO rasa_trackers (sender_id, body, updated_at) VALUES (:s, :b, :t)",
        {"s": "rasa", "b": tracker, "t": utcnow()},
    )

    accounts = Store.from_url(database_url, keys)
    await StaffStore(accounts.engine, keys).add("anna", "ett långt lösenord", totp=True)
    await accounts.close()

    rotated_keys = [Fernet.generate_key()] + keys
    both = Store.from_url(database_url, rotated_keys)
    assert await both.rotate_keys(trackers=False) == 2  # Rasa's own keys: not ours
    (body,) = [r[0] for r in _execute(database_url, "SELECT body FROM rasa_trackers")]
    assert bytes(body) == tracker
    assert await both.rotate_keys() == 3
    await both.close()

    only_new = Store.from_url(database_url, rotated_keys[:1])
    assert (await only_new.transcript(new.id))[0].text == SECRET
    await only_new.close()
    (body,) = [r[0] for r in _execute(database_url, "SELECT body FROM rasa_trackers")]
    assert Fernet(rotated_keys[0]).decrypt(bytes(body)) == b'{"events": []}'
    (secret,) = [r[0] for r in _execute(database_url, "SELECT totp_secret FROM staff")]
    assert Fernet(rotated_keys[0]).decrypt(bytes(secret))  # readable with the new key alone


def test_migrations_are_idempotent(database_url):
    migrate.upgrade(database_url)  # already at head: nothing to do, no error
