"""Rasa tracker store that keeps every conversation encrypted in SQL.

Runs inside Rasa (engine environment, SQLAlchemy 1.4), named by import path in
endpoints.yml. Rasa's own SQL store writes event text in clear and its
in-memory store cannot be deleted from outside, so this one stores each
tracker as one MultiFernet-encrypted row in the gateway's database (table
`rasa_trackers`, created by the gateway's migrations), keyed by the HMAC
sender id Rasa is given. The gateway deletes rows there when a person deletes
their conversation or it passes retention. Keys and the database URL are the
gateway's settings (`OUTREACH_*`), so both processes agree.

Errors are never hidden: if the database cannot be reached, Rasa answers with
an error and the gateway tells the person so, rather than silently keeping the
conversation in memory.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Optional, Text

import sqlalchemy as sa
from cryptography.fernet import Fernet, MultiFernet
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SerializedTrackerAsText, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import (
    DialogueStateTracker,
    get_trackers_for_conversation_sessions,
)

from bot.gateway.settings import load_settings

_METADATA = sa.MetaData()
TRACKERS = sa.Table(
    "rasa_trackers",
    _METADATA,
    sa.Column("sender_id", sa.String(64), primary_key=True),
    sa.Column("body", sa.LargeBinary, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# SQLAlchemy 1.4 (Rasa's) has neither aiosqlite nor psycopg 3 in this environment.
_SYNC_DRIVERS = {
    "sqlite+aiosqlite": "sqlite",
    "postgresql+psycopg": "postgresql+psycopg2",
    "postgresql+asyncpg": "postgresql+psycopg2",
}


def engine_url(database_url: str) -> sa.engine.URL:
    url = sa.engine.make_url(database_url)
    return url.set(drivername=_SYNC_DRIVERS.get(url.drivername, url.drivername))


class EncryptedTrackerStore(TrackerStore, SerializedTrackerAsText):
    """One encrypted row per conversation in `rasa_trackers`."""

    def __init__(
        self,
        domain: Domain,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        settings = load_settings()
        url = engine_url(host or settings.database_url)
        connect_args = {"timeout": 15} if url.get_backend_name() == "sqlite" else {}
        self.engine = sa.create_engine(url, pool_pre_ping=True, connect_args=connect_args)
        self._fernet = MultiFernet([Fernet(k) for k in settings.fernet_keys])
        super().__init__(domain, event_broker, **kwargs)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        body = self._fernet.encrypt(self.serialise_tracker(tracker).encode())
        row = {
            "sender_id": tracker.sender_id,
            "body": body,
            "updated_at": dt.datetime.now(dt.timezone.utc),
        }
        with self.engine.begin() as connection:
            updated = connection.execute(
                TRACKERS.update().where(TRACKERS.c.sender_id == tracker.sender_id).values(**row)
            )
            if updated.rowcount == 0:
                connection.execute(TRACKERS.insert().values(**row))

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        tracker = await self.retrieve_full_tracker(sender_id)
        if tracker is None:
            return None
        sessions = get_trackers_for_conversation_sessions(tracker)
        return sessions[-1] if len(sessions) > 1 else tracker

    async def retrieve_full_tracker(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        with self.engine.connect() as connection:
            body = connection.execute(
                sa.select(TRACKERS.c.body).where(TRACKERS.c.sender_id == sender_id)
            ).scalar()
        if body is None:
            return None
        return self.deserialise_tracker(sender_id, self._fernet.decrypt(bytes(body)).decode())

    async def keys(self) -> Iterable[Text]:
        with self.engine.connect() as connection:
            return [row[0] for row in connection.execute(sa.select(TRACKERS.c.sender_id))]
