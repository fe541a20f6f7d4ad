"""Who answers a conversation: `bot → queued → human → bot | closed`.

Each transition is one conditional UPDATE (`... WHERE state = 'queued'`), so
when two workers take the same conversation at once the database lets
exactly one of them win, on SQLite and on PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from typing import List, Optional

from aiohttp import web
from sqlalchemy import case, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from bot.foundation.storage import Conversation, State, utcnow

ACUTE = "acute"
NORMAL = "normal"


class TransitionError(Exception):
    """The conversation is not in a state that allows this step."""


@dataclass(frozen=True)
class Waiting:
    conversation_id: str
    urgency: str
    queued_at: dt.datetime
    language: Optional[str] = None


@dataclass(frozen=True)
class Released:
    """A conversation taken out of the queue because nobody can answer it."""

    conversation_id: str
    urgency: str
    need: Optional[str]
    age_group: Optional[str]
    language: Optional[str] = None


class Queue:
    def __init__(self, engine: AsyncEngine) -> None:
        self._session = async_sessionmaker(engine, expire_on_commit=False)

    async def _move(self, conversation_id: str, allowed_from: State, **values: object) -> None:
        async with self._session.begin() as session:
            result = await session.execute(
                update(Conversation)
                .where(Conversation.id == conversation_id, Conversation.state == allowed_from.value)
                .values(**values)
            )
        if result.rowcount != 1:
            raise TransitionError(f"{conversation_id} is not {allowed_from.value}")

    async def enqueue(
        self,
        conversation_id: str,
        urgency: str = NORMAL,
        need: Optional[str] = None,
        age_group: Optional[str] = None,
    ) -> None:
        """bot → queued. Asking again while queued can only raise the urgency."""
        if urgency not in (ACUTE, NORMAL):
            raise ValueError(urgency)
        try:
            await self._move(
                conversation_id,
                State.BOT,
                state=State.QUEUED.value,
                urgency=urgency,
                queued_at=utcnow(),
                taken_at=None,
                need=need,
                age_group=age_group,
            )
        except TransitionError:
            if urgency == ACUTE:
                await self._move(conversation_id, State.QUEUED, urgency=ACUTE)
            else:  # already queued: nothing changes, anything else is refused
                await self._move(conversation_id, State.QUEUED, state=State.QUEUED.value)

    async def take(self, conversation_id: str, staff_id: int) -> None:
        """queued → human: exactly one worker wins."""
        await self._move(
            conversation_id,
            State.QUEUED,
            state=State.HUMAN.value,
            staff_id=staff_id,
            taken_at=utcnow(),
        )

    async def _mine(self, conversation_id: str, staff_id: int) -> None:
        async with self._session() as session:
            owner = await session.scalar(
                select(Conversation.staff_id).where(
                    Conversation.id == conversation_id, Conversation.state == State.HUMAN.value
                )
            )
        if owner != staff_id:
            raise TransitionError(f"{conversation_id} is not with staff {staff_id}")

    async def hand_back(self, conversation_id: str, staff_id: int) -> None:
        """human → bot, by the worker who has it (queued_at/taken_at stay for estimates)."""
        await self._mine(conversation_id, staff_id)
        await self._move(
            conversation_id, State.HUMAN, state=State.BOT.value, staff_id=None, urgency=None
        )

    async def release_all(self) -> List[Released]:
        """queued → bot for everyone waiting: nobody is left to answer them."""
        released = []
        async with self._session.begin() as session:
            rows = await session.execute(
                select(
                    Conversation.id,
                    Conversation.urgency,
                    Conversation.need,
                    Conversation.age_group,
                    Conversation.language,
                ).where(Conversation.state == State.QUEUED.value)
            )
            for row in rows.all():
                result = await session.execute(
                    update(Conversation)
                    .where(Conversation.id == row.id, Conversation.state == State.QUEUED.value)
                    .values(state=State.BOT.value, urgency=None, queued_at=None)
                )
                if result.rowcount == 1:  # not taken in the meantime
                    urgency = row.urgency or NORMAL
                    released.append(
                        Released(row.id, urgency, row.need, row.age_group, row.language)
                    )
        return released

    async def transfer(self, conversation_id: str, staff_id: int, to_staff_id: int) -> None:
        """human → human, to another worker."""
        await self._mine(conversation_id, staff_id)
        await self._move(conversation_id, State.HUMAN, staff_id=to_staff_id)

    async def close(self, conversation_id: str, staff_id: int) -> None:
        """human → closed; the transcript goes with retention."""
        await self._mine(conversation_id, staff_id)
        await self._move(conversation_id, State.HUMAN, state=State.CLOSED.value)

    async def held_by(self, conversation_id: str, staff_id: int) -> bool:
        """Whether this worker has the conversation now."""
        try:
            await self._mine(conversation_id, staff_id)
        except TransitionError:
            return False
        return True

    async def holder(self, conversation_id: str) -> Optional[int]:
        """The worker who has the conversation now, if a worker has it."""
        async with self._session() as session:
            return await session.scalar(
                select(Conversation.staff_id).where(
                    Conversation.id == conversation_id, Conversation.state == State.HUMAN.value
                )
            )

    async def held(self, staff_id: int) -> List[str]:
        """The conversations this worker has now, oldest take first."""
        async with self._session() as session:
            rows = await session.scalars(
                select(Conversation.id)
                .where(Conversation.state == State.HUMAN.value, Conversation.staff_id == staff_id)
                .order_by(Conversation.taken_at, Conversation.id)
            )
            return list(rows)

    async def typical_wait(
        self, since: dt.timedelta = dt.timedelta(hours=24), samples: int = 20
    ) -> Optional[dt.timedelta]:
        """The median wait of the latest takes, or None with fewer than three to go on."""
        async with self._session() as session:
            rows = await session.execute(
                select(Conversation.queued_at, Conversation.taken_at)
                .where(
                    Conversation.taken_at >= utcnow() - since,
                    Conversation.queued_at.is_not(None),
                )
                .order_by(Conversation.taken_at.desc())
                .limit(samples)
            )
            waits = [(taken - queued).total_seconds() for queued, taken in rows]
        if len(waits) < 3:
            return None
        return dt.timedelta(seconds=statistics.median(waits))

    async def waited(self, conversation_id: str) -> Optional[dt.timedelta]:
        """How long the conversation waited in the queue before it was taken."""
        async with self._session() as session:
            row = (
                await session.execute(
                    select(Conversation.queued_at, Conversation.taken_at).where(
                        Conversation.id == conversation_id
                    )
                )
            ).first()
        if row is None or row.queued_at is None or row.taken_at is None:
            return None
        return row.taken_at - row.queued_at

    async def state(self, conversation_id: str) -> Optional[State]:
        async with self._session() as session:
            value = await session.scalar(
                select(Conversation.state).where(Conversation.id == conversation_id)
            )
        return State(value) if value else None

    async def waiting(self) -> List[Waiting]:
        """The queue: acute first, then who has waited longest."""
        acute_first = case((Conversation.urgency == ACUTE, 0), else_=1)
        async with self._session() as session:
            rows = await session.execute(
                select(
                    Conversation.id,
                    Conversation.urgency,
                    Conversation.queued_at,
                    Conversation.language,
                )
                .where(Conversation.state == State.QUEUED.value)
                .order_by(acute_first, Conversation.queued_at, Conversation.id)
            )
            return [Waiting(*row) for row in rows]


QUEUE = web.AppKey("queue", Queue)
