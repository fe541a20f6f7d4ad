"""Rasa tracker store that keeps every conversation encrypted in SQL.

Runs inside Rasa (engine environment, SQLAlchemy 1.4), named by import path in
endpoints.yml. Rasa's own SQL store writes event text in clear and its
in-memory store cannot be deleted from outside, so this one stores each
tracker as one MultiFernet-encrypted row in the gateway's database (table
`rasa_trackers`, created by the gateway's migrations), keyed by the HMAC
sender id Rasa is given. The gateway deletes rows there when a person deletes
their conversation or it passes retention, and leaves a tombstone
(`deleted_senders`, kept for the retention period): a message still in flight
must not save the tracker again, so a tombstoned sender's tracker is never
written. The database URL is the gateway's (`OUTREACH_DATABASE_URL`); the keys
are OUTREACH_TRACKER_FERNET_KEYS, or the gateway's own keys when that is unset
(`make run`; compose gives Rasa keys of its own).

Errors are never hidden: if the database cannot be reached, Rasa answers with
an error and the gateway tells the person so, rather than silently keeping the
conversation in memory. The database calls (and encryption) run in a worker
thread, so Rasa's event loop goes on with other conversations meanwhile.

Each message reads the row once and writes it about once, so those are kept
to few round trips (docs/benchmarks.md): a read is one statement outside a
transaction, and a write is the lock and one guarded upsert. A tracker this
store has read or saved remembers which stored events come before its own
(`BEFORE`), so its row is not read back and decrypted to save it again.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import sys
from typing import Any, Callable, Iterable, Mapping, Optional, Text, Tuple, TypeVar

import sqlalchemy as sa
from cryptography.fernet import Fernet, MultiFernet
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SerializedTrackerAsText, TrackerStore
from rasa.shared.core.constants import ACTION_SESSION_START_NAME
from rasa.shared.core.conversation import Dialogue
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker

from common.settings import PREFIX, load_settings, parse_fernet_keys

logger = logging.getLogger(__name__)
T = TypeVar("T")
TRACKER_KEYS = PREFIX + "TRACKER_FERNET_KEYS"
_METADATA = sa.MetaData()
TRACKERS = sa.Table(
    "rasa_trackers",
    _METADATA,
    sa.Column("sender_id", sa.String(64), primary_key=True),
    sa.Column("body", sa.LargeBinary, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)
# Written by the gateway when it deletes a conversation (migration 0009).
DELETED_SENDERS = sa.Table(
    "deleted_senders",
    _METADATA,
    sa.Column("sender_id", sa.String(64), primary_key=True),
    sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
)

# Set on a tracker this store read or saved: the stored events (as dicts) before its
# own first event; [] when it holds its whole row.
BEFORE = "_outreach_stored_before"
STORED = "_outreach_stored_events"  # the row's events as read, until `retrieve` splits them

# SQLAlchemy 1.4 (Rasa's) has neither aiosqlite nor psycopg 3 in this environment.
_SYNC_DRIVERS = {
    "sqlite+aiosqlite": "sqlite",
    "postgresql+psycopg": "postgresql+psycopg2",
    "postgresql+asyncpg": "postgresql+psycopg2",
}


def engine_url(database_url: str) -> sa.engine.URL:
    url = sa.engine.make_url(database_url)
    return url.set(drivername=_SYNC_DRIVERS.get(url.drivername, url.drivername))


def tracker_keys(raw: str) -> Tuple[bytes, ...]:
    return parse_fernet_keys(raw, TRACKER_KEYS)


def store_settings(env: Optional[Mapping[str, str]] = None) -> Tuple[str, Tuple[bytes, ...]]:
    """The database URL and the tracker keys.

    The gateway's settings are read only for what is not given here, so Rasa
    in compose needs neither the gateway's keys nor its HMAC key.
    """
    env = os.environ if env is None else env
    url, raw = env.get(PREFIX + "DATABASE_URL"), env.get(TRACKER_KEYS)
    if url is not None and raw is not None:
        return url, tracker_keys(raw)
    shared = load_settings(env)
    return (
        url if url is not None else shared.database_url,
        tracker_keys(raw) if raw is not None else shared.fernet_keys,
    )


# Insert or replace a tracker's row, unless its sender is tombstoned (no row then).
# One statement, so on SQLite the check and the write are one step; on PostgreSQL it
# runs after the transaction lock, so it sees any tombstone committed before the lock
# was granted. Written as SQL (both dialects read it alike): SQLAlchemy 1.4 cannot
# cache its own ON CONFLICT construct and compiled it anew for every save.
_UPSERT = sa.text(
    "INSERT INTO rasa_trackers (sender_id, body, updated_at) "
    "SELECT :sender_id, :body, :updated_at "
    "WHERE NOT EXISTS (SELECT 1 FROM deleted_senders WHERE sender_id = :sender_id) "
    "ON CONFLICT (sender_id) DO UPDATE "
    "SET body = excluded.body, updated_at = excluded.updated_at"
).bindparams(
    sa.bindparam("sender_id", type_=TRACKERS.c.sender_id.type),
    sa.bindparam("body", type_=TRACKERS.c.body.type),
    sa.bindparam("updated_at", type_=TRACKERS.c.updated_at.type),
)


_READ = sa.select(TRACKERS.c.body).where(TRACKERS.c.sender_id == sa.bindparam("sender_id"))
_LOCK = sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtext(sa.bindparam("sender_id"))))


def stored_before(stored: list, new: list) -> list:
    """The stored events (as dicts) that came before `new`'s first one.

    A tracker Rasa retrieved whole starts where the stored one does (none); one
    that starts at the latest session has the sessions before it.
    """
    if new:
        for index in range(len(stored) - 1, -1, -1):
            if stored[index] == new[0]:
                return stored[:index]
    return []


class EncryptedTrackerStore(TrackerStore, SerializedTrackerAsText):
    """One encrypted row per conversation in `rasa_trackers`."""

    def __init__(
        self,
        domain: Domain,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        database_url, keys = store_settings()
        url = engine_url(host or database_url)
        connect_args = {"timeout": 15} if url.get_backend_name() == "sqlite" else {}
        pool = {} if url.get_backend_name() == "sqlite" else {"pool_size": 10, "max_overflow": 10}
        # No ping before every use: a connection the database dropped is noticed
        # when used, the pool is renewed, and the (idempotent) call runs again.
        self.engine = sa.create_engine(url, connect_args=connect_args, **pool)
        # Reads are one statement each, outside a transaction (no BEGIN and ROLLBACK);
        # connections of their own, so none is switched back and forth.
        self._reader = sa.create_engine(
            url, connect_args=connect_args, isolation_level="AUTOCOMMIT", **pool
        )
        self._fernet = MultiFernet([Fernet(k) for k in keys])
        super().__init__(domain, event_broker, **kwargs)

    def serialise_tracker(self, tracker: DialogueStateTracker) -> Text:  # type: ignore[override]
        """Rasa's serialise_tracker, after the stored events before the tracker's own (`BEFORE`)."""
        dialogue = tracker.as_dialogue().as_dict()
        before = getattr(tracker, BEFORE, None)
        if before:
            dialogue["events"] = before + dialogue["events"]
        return json.dumps(dialogue)

    async def save(self, tracker: DialogueStateTracker) -> None:
        text = self.serialise_tracker(tracker)
        before = getattr(tracker, BEFORE, None)
        before = await self._in_thread(self._write, tracker.sender_id, text, before)
        if before is not None:
            setattr(tracker, BEFORE, before)  # Rasa saves a tracker again as it goes on
            await self.stream_events(tracker)
        else:
            logger.info("A tracker was not saved: its conversation has been deleted.")

    async def _in_thread(self, call: Callable[..., T], *args: Any) -> T:
        """Run a database call in a worker thread; once more if the connection was stale."""
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(None, call, *args)
        except sa.exc.DBAPIError as error:
            if not error.connection_invalidated:
                raise
            return await loop.run_in_executor(None, call, *args)

    def _write(self, sender_id: Text, text: Text, before: Optional[list]) -> Optional[list]:
        """Store the tracker unless its sender is tombstoned; the stored events before
        its own, or None when it was not stored.

        Rasa hands back what `retrieve` gave it (the latest session) plus the new
        events, so the sessions before it are kept from the stored row; when they
        are known (`before`, see `BEFORE`) they are already in `text`.
        On PostgreSQL the gateway's delete takes the same transaction lock, so a
        delete either sees this row or commits its tombstone before the upsert.
        (SQLite lets one writer in at a time.)
        """
        with self.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(_LOCK, {"sender_id": sender_id})
            if before is None:
                before = []
                prior = connection.execute(_READ, {"sender_id": sender_id}).scalar()
                if prior is not None:
                    earlier = json.loads(self._fernet.decrypt(bytes(prior)))["events"]
                    dialogue = json.loads(text)
                    before = stored_before(earlier, dialogue["events"])
                    if before:
                        text = json.dumps({**dialogue, "events": before + dialogue["events"]})
            row = {
                "sender_id": sender_id,
                "body": self._fernet.encrypt(text.encode()),
                "updated_at": dt.datetime.now(dt.timezone.utc),
            }
            return before if connection.execute(_UPSERT, row).rowcount else None

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """The latest conversation session, as Rasa's own stores return it."""
        tracker = await self.retrieve_full_tracker(sender_id)
        if tracker is None:
            return None
        stored = tracker.__dict__.pop(STORED, None)
        starts = [
            i
            for i, event in enumerate(tracker.events)
            if isinstance(event, ActionExecuted) and event.action_name == ACTION_SESSION_START_NAME
        ]
        if not starts or starts[-1] == 0:
            return tracker  # one session: no need to rebuild it (that replays every event)
        latest = DialogueStateTracker.from_events(
            sender_id,
            list(tracker.events)[starts[-1] :],
            tracker.slots.values(),
            sender_source=tracker.sender_source,
            max_event_history=tracker._max_event_history,
        )
        if getattr(tracker, BEFORE, None) == []:  # every stored event read: they match one to one
            setattr(latest, BEFORE, stored[: starts[-1]])
        return latest

    async def retrieve_full_tracker(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        text = await self._in_thread(self._read, sender_id)
        return None if text is None else self.deserialise_tracker(sender_id, text)

    def deserialise_tracker(self, sender_id: Text, text: Text) -> DialogueStateTracker:
        """Rasa's deserialise_tracker; the stored events ride along for `retrieve`.

        Nothing is stored before it (`BEFORE`) when it holds every stored event;
        if Rasa left some out (max_event_history), a save reads the row back.
        """
        stored = json.loads(text)
        tracker = self.init_tracker(sender_id)
        tracker.recreate_from_dialogue(Dialogue.from_parameters(stored))
        if len(tracker.events) == len(stored["events"]):
            setattr(tracker, BEFORE, [])
            setattr(tracker, STORED, stored["events"])
        return tracker

    def _read(self, sender_id: Text) -> Optional[Text]:
        with self._reader.connect() as connection:
            body = connection.execute(_READ, {"sender_id": sender_id}).scalar()
        return None if body is None else self._fernet.decrypt(bytes(body)).decode()

    async def keys(self) -> Iterable[Text]:
        with self.engine.connect() as connection:
            return [row[0] for row in connection.execute(sa.select(TRACKERS.c.sender_id))]

    def rotate_keys(self) -> int:
        """Re-encrypt every tracker with the first key; how many. Older keys can then go."""
        with self.engine.begin() as connection:
            rows = connection.execute(sa.select(TRACKERS.c.sender_id, TRACKERS.c.body)).all()
            for sender_id, body in rows:
                connection.execute(
                    TRACKERS.update()
                    .where(TRACKERS.c.sender_id == sender_id)
                    .values(body=self._fernet.rotate(bytes(body)))
                )
        return len(rows)


def main(argv: Iterable[str]) -> int:
    """`python -m engine.tracker_store rotate-keys`: where Rasa's keys are its own (compose)."""
    if list(argv) != ["rotate-keys"]:
        print("usage: python -m engine.tracker_store rotate-keys", file=sys.stderr)
        return 2
    count = EncryptedTrackerStore(Domain.empty()).rotate_keys()
    print(f"==> Re-encrypted {count} trackers with the first key; older keys can now be removed.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
