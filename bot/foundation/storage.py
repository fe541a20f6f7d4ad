"""Conversations and their scrubbed transcript, encrypted at rest.

SQLAlchemy 2 (async) on SQLite by default or PostgreSQL by URL; the schema is
owned by the Alembic migrations in migrations/. Message text is encrypted
with MultiFernet before it reaches the database, so a copied database file
holds no readable text, and keys can be rotated (new key first, old keys
kept until re-encrypted).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence

from cryptography.fernet import Fernet, MultiFernet
from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    TextClause,
    column,
    delete,
    func,
    insert,
    select,
    table,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class State(str, enum.Enum):
    """Who answers the conversation: the bot, a queue, a human, or nobody."""

    BOT = "bot"
    QUEUED = "queued"
    HUMAN = "human"
    CLOSED = "closed"


# States in which workers' consoles show the conversation.
WITH_STAFF = (State.QUEUED.value, State.HUMAN.value)


class Base(DeclarativeBase):
    pass


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    # Only a hash of the bearer token is kept: a database copy cannot be used
    # to write into someone's conversation.
    token_hash: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default=State.BOT.value, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_activity_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    # Set while queued or with a human (bot/conversations/queue.py).
    urgency: Mapped[Optional[str]] = mapped_column(String(16), nullable=True)
    queued_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime(timezone=True), nullable=True)
    staff_id: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
    # Kept after a hand-back: recent waits give the next person an honest estimate.
    taken_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime(timezone=True), nullable=True)
    # What the bot knew when it asked for a human (need: selling/buying/…; age band).
    need: Mapped[Optional[str]] = mapped_column(String(32), nullable=True)
    age_group: Mapped[Optional[str]] = mapped_column(String(32), nullable=True)
    # sv, en or a help card's language (bot/conversations/language.py); None until known.
    language: Mapped[Optional[str]] = mapped_column(String(8), nullable=True)
    language_chosen: Mapped[bool] = mapped_column(Boolean, default=False)


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    sender: Mapped[str] = mapped_column(String(16))  # user, bot, worker
    body: Mapped[bytes] = mapped_column(LargeBinary)  # Fernet token of the scrubbed text
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RasaTracker(Base):
    """Rasa's encrypted tracker, written by engine/tracker_store.py inside Rasa."""

    __tablename__ = "rasa_trackers"

    sender_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


CONVERSATIONS = Conversation.__table__
MESSAGES = Message.__table__
# Rasa's sender ids of deleted conversations (migration 0009): the tracker store
# refuses to save a tracker for one, so a message in flight cannot bring it back.
DELETED_SENDERS = table(
    "deleted_senders", column("sender_id", String), column("deleted_at", DateTime(True))
)


@dataclass(frozen=True)
class NewConversation:
    id: str
    token: str


@dataclass(frozen=True)
class TranscriptLine:
    sender: str
    text: str
    created_at: dt.datetime


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# The reads and writes of every message as SQL text: SQLAlchemy's Core statements cost
# more per call here than the database does (docs/benchmarks.md). Typed columns, so
# each dialect's values come back as Core's would.
_CONVERSATION = text(
    f"SELECT {', '.join(c.name for c in CONVERSATIONS.c)} FROM conversations WHERE id = :id"
).columns(*CONVERSATIONS.c)


@functools.lru_cache(maxsize=16)
def _lines_and_activity(count: int) -> TextClause:
    """PostgreSQL: `count` lines and the conversation's activity time in one statement.

    One statement is atomic on its own, so it runs outside a transaction: one
    round trip instead of BEGIN, INSERT, UPDATE and COMMIT. The rows are numbered
    in the order of VALUES, the order the lines were said.
    """
    rows = ", ".join(f"(:conversation_id, :sender{i}, :body{i}, :now)" for i in range(count))
    return text(
        "WITH lines AS (INSERT INTO messages (conversation_id, sender, body, created_at) "
        f"VALUES {rows}) UPDATE conversations SET last_activity_at = :now "
        "WHERE id = :conversation_id"
    )


class Store:
    """Every database access of the gateway goes through here."""

    def __init__(
        self,
        engine: AsyncEngine,
        fernet_keys: Sequence[bytes],
        sender_of: Callable[[str], str] = lambda conversation_id: conversation_id,
    ) -> None:
        """`sender_of` maps a conversation id to the sender id Rasa knows it by."""
        self.engine = engine
        # The same pool for the one-statement reads of every message, outside a
        # transaction: no BEGIN and ROLLBACK, and psycopg keeps its prepared
        # statements (a rollback makes it drop them all).
        self._reader = engine.execution_options(isolation_level="AUTOCOMMIT")
        self._session = async_sessionmaker(engine, expire_on_commit=False)
        self._fernet = MultiFernet([Fernet(k) for k in fernet_keys])
        self._sender_of = sender_of

    @classmethod
    def from_url(
        cls,
        url: str,
        fernet_keys: Sequence[bytes],
        sender_of: Callable[[str], str] = lambda conversation_id: conversation_id,
    ) -> Store:
        # Enough pooled connections for a busy minute: opening one per request
        # costs more than the request (SQLite keeps its own file handles).
        pool = {} if url.startswith("sqlite") else {"pool_size": 20, "max_overflow": 20}
        if url.startswith("sqlite"):
            # SQLite lets one writer at a time: a save waits for a retention sweep's write
            # instead of failing after sqlite3's default 5 s on a loaded machine (a CI run
            # of 2026-12-06 answered an admin's save "unavailable" that way).
            pool = {"connect_args": {"timeout": 30}}
        engine = create_async_engine(url, pool_pre_ping=True, **pool)
        if engine.dialect.name == "sqlite":
            from sqlalchemy import event

            @event.listens_for(engine.sync_engine, "connect")
            def _foreign_keys(connection, _record) -> None:  # type: ignore[no-untyped-def]
                # SQLite enforces ON DELETE CASCADE only when asked to.
                connection.execute("PRAGMA foreign_keys=ON")

        return cls(engine, fernet_keys, sender_of)

    async def close(self) -> None:
        await self.engine.dispose()

    async def ping(self) -> None:
        """Raise (sqlalchemy DBAPIError) unless the database answers."""
        async with self.engine.connect() as connection:
            await connection.execute(select(1))

    async def create_conversation(self) -> NewConversation:
        new = NewConversation(secrets.token_hex(16), secrets.token_urlsafe(32))
        now = utcnow()
        async with self._session.begin() as session:
            session.add(
                Conversation(
                    id=new.id,
                    token_hash=_token_hash(new.token),
                    state=State.BOT.value,
                    created_at=now,
                    last_activity_at=now,
                )
            )
        return new

    async def authorise(self, conversation_id: str, token: str) -> Optional[Conversation]:
        """The conversation if the token is its own, else None (in constant time)."""
        # Not an ORM session: this runs on every message.
        async with self._reader.connect() as connection:
            row = (await connection.execute(_CONVERSATION, {"id": conversation_id})).first()
        if row is None:
            return None
        if not hmac.compare_digest(row.token_hash, _token_hash(token)):
            return None
        return Conversation(**row._mapping)

    async def add_messages(self, conversation_id: str, lines: List[tuple[str, str]]) -> None:
        """Store (sender, scrubbed text) lines and mark the conversation active."""
        now = utcnow()
        rows = [
            {
                "conversation_id": conversation_id,
                "sender": sender,
                "body": self._fernet.encrypt(text.encode()),
                "created_at": now,
            }
            for sender, text in lines
        ]
        if rows and self.engine.dialect.name == "postgresql":
            params = {"conversation_id": conversation_id, "now": now}
            for i, row in enumerate(rows):
                params.update({f"sender{i}": row["sender"], f"body{i}": row["body"]})
            async with self._reader.connect() as connection:
                await connection.execute(_lines_and_activity(len(rows)), params)
            return
        async with self.engine.begin() as connection:
            if rows:
                await connection.execute(insert(MESSAGES), rows)
            await connection.execute(
                update(CONVERSATIONS)
                .where(CONVERSATIONS.c.id == conversation_id)
                .values(last_activity_at=now)
            )

    async def set_language(self, conversation_id: str, language: str, chosen: bool) -> None:
        """Keep the conversation's language; `chosen` when the person picked it on the page."""
        async with self.engine.begin() as connection:
            await connection.execute(
                update(CONVERSATIONS)
                .where(CONVERSATIONS.c.id == conversation_id)
                .values(language=language, language_chosen=chosen)
            )

    async def language_of(self, conversation_id: str) -> Optional[str]:
        """The conversation's language (None until known), for the worker who holds it."""
        async with self.engine.connect() as connection:
            return (
                await connection.execute(
                    select(CONVERSATIONS.c.language).where(CONVERSATIONS.c.id == conversation_id)
                )
            ).scalar()

    async def count_from(self, conversation_id: str, sender: str) -> int:
        """How many lines `sender` has in the conversation (the worker's are numbered)."""
        async with self.engine.connect() as connection:
            return (
                await connection.execute(
                    select(func.count())
                    .select_from(MESSAGES)
                    .where(MESSAGES.c.conversation_id == conversation_id)
                    .where(MESSAGES.c.sender == sender)
                )
            ).scalar_one()

    async def transcript(
        self, conversation_id: str, sender: Optional[str] = None
    ) -> List[TranscriptLine]:
        """The conversation's lines in order; only `sender`'s when given (none else decrypted)."""
        query = select(Message).where(Message.conversation_id == conversation_id)
        if sender is not None:
            query = query.where(Message.sender == sender)
        async with self._session() as session:
            rows = await session.scalars(query.order_by(Message.id))
            return [
                TranscriptLine(m.sender, self._fernet.decrypt(m.body).decode(), m.created_at)
                for m in rows
            ]

    def _tombstone(self):  # type: ignore[no-untyped-def]
        """An upsert into deleted_senders in this database's dialect."""
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(DELETED_SENDERS)
        return statement.on_conflict_do_update(
            index_elements=["sender_id"], set_={"deleted_at": statement.excluded.deleted_at}
        )

    async def delete_conversation(self, conversation_id: str) -> bool:
        """Delete a conversation, its messages and Rasa's tracker of it, at once.

        A tombstone for Rasa's sender id keeps a message still in flight from
        saving the tracker again (engine/tracker_store.py checks it under the same
        PostgreSQL transaction lock); delete_idle purges it after retention.
        """
        sender = self._sender_of(conversation_id)
        tombstone = self._tombstone().values(sender_id=sender, deleted_at=utcnow())
        async with self._session.begin() as session:
            if self.engine.dialect.name == "postgresql":
                await session.execute(select(func.pg_advisory_xact_lock(func.hashtext(sender))))
            await session.execute(tombstone)
            await session.execute(delete(Message).where(Message.conversation_id == conversation_id))
            await session.execute(delete(RasaTracker).where(RasaTracker.sender_id == sender))
            result = await session.execute(
                delete(Conversation).where(Conversation.id == conversation_id)
            )
        return result.rowcount > 0

    async def delete_idle(self, older_than: dt.datetime) -> int:
        """Delete every conversation idle since before `older_than`; return how many.

        Rasa's trackers go with them, and so does any tracker idle that long on
        its own (a conversation already deleted, or one that reached Rasa directly).
        Each deleted conversation leaves a tombstone for Rasa's sender id (see
        delete_conversation); tombstones older than `older_than` are purged.
        """
        tombstone = self._tombstone()
        now = utcnow()
        async with self._session.begin() as session:
            idle = list(
                await session.scalars(
                    select(Conversation.id).where(Conversation.last_activity_at < older_than)
                )
            )
            senders = [self._sender_of(conversation_id) for conversation_id in idle]
            if senders:
                await session.execute(
                    tombstone, [{"sender_id": s, "deleted_at": now} for s in senders]
                )
            await session.execute(
                delete(DELETED_SENDERS).where(DELETED_SENDERS.c.deleted_at < older_than)
            )
            await session.execute(delete(RasaTracker).where(RasaTracker.sender_id.in_(senders)))
            await session.execute(delete(RasaTracker).where(RasaTracker.updated_at < older_than))
            await session.execute(delete(Message).where(Message.conversation_id.in_(idle)))
            await session.execute(delete(Conversation).where(Conversation.id.in_(idle)))
        return len(idle)

    async def rotate_keys(self, trackers: bool = True) -> int:
        """Re-encrypt messages, TOTP secrets and (`trackers`) Rasa's trackers; how many.

        After this, keys after the first can be dropped from OUTREACH_FERNET_KEYS.
        When Rasa has keys of its own (OUTREACH_TRACKER_FERNET_KEYS, as in
        compose), its trackers are not ours to open: `python -m
        engine.tracker_store rotate-keys` rotates them.
        """
        count = 0
        async with self._session.begin() as session:
            for message in await session.scalars(select(Message)):
                message.body = self._fernet.rotate(message.body)
                count += 1
            for tracker in await session.scalars(select(RasaTracker)) if trackers else ():
                tracker.body = self._fernet.rotate(tracker.body)
                count += 1
            staff = table("staff", column("id"), column("totp_secret"))  # foundation/accounts.py
            rows = await session.execute(
                select(staff.c.id, staff.c.totp_secret).where(staff.c.totp_secret.is_not(None))
            )
            for staff_id, secret in rows.all():
                rotated = self._fernet.rotate(bytes(secret))
                await session.execute(
                    update(staff).where(staff.c.id == staff_id).values(totp_secret=rotated)
                )
                count += 1
        return count
