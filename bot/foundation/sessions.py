"""Server-side staff sessions: a random cookie token, stored only as a hash.

Deleting the row ends the session at once (logout, an admin disabling the
account, or idling longer than the timeout). Each session has its own CSRF
token that every state-changing request must carry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import List, Optional, Tuple

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, delete, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column

from bot.foundation.accounts import Role, StaffRow
from bot.foundation.storage import Base, utcnow


class SessionRow(Base):
    __tablename__ = "staff_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[int] = mapped_column(Integer, ForeignKey("staff.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    on_duty: Mapped[bool] = mapped_column(Boolean, default=False)


@dataclass(frozen=True)
class StaffSession:
    staff_id: int
    name: str
    role: Role
    csrf_token: str
    on_duty: bool = False


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SessionStore:
    def __init__(self, engine: AsyncEngine, idle_timeout: dt.timedelta) -> None:
        self._session = async_sessionmaker(engine, expire_on_commit=False)
        self.idle_timeout = idle_timeout

    async def start(self, staff_id: int) -> str:
        """A new session; returns the token for the cookie."""
        token = secrets.token_urlsafe(32)
        now = utcnow()
        async with self._session.begin() as session:
            session.add(
                SessionRow(
                    token_hash=_hash(token),
                    staff_id=staff_id,
                    csrf_token=secrets.token_urlsafe(32),
                    created_at=now,
                    last_seen_at=now,
                    on_duty=False,
                )
            )
        return token

    async def resume(self, token: str, touch: bool = True) -> Optional[StaffSession]:
        """The live session of an enabled account; None otherwise.

        `touch` counts this as activity (any request does); the console's open
        websocket checks with touch=False so an unattended screen still idles out.
        """
        now = utcnow()
        async with self._session.begin() as session:
            row = await session.get(SessionRow, _hash(token))
            if row is None:
                return None
            staff = await session.get(StaffRow, row.staff_id)
            idle = now - as_utc(row.last_seen_at) > self.idle_timeout
            if staff is None or staff.disabled or idle:
                await session.delete(row)
                return None
            if touch:
                row.last_seen_at = now
            return StaffSession(
                staff.id, staff.name, Role(staff.role), row.csrf_token, bool(row.on_duty)
            )

    async def end(self, token: str) -> None:
        async with self._session.begin() as session:
            await session.execute(delete(SessionRow).where(SessionRow.token_hash == _hash(token)))

    async def end_all(self, staff_id: int) -> None:
        async with self._session.begin() as session:
            await session.execute(delete(SessionRow).where(SessionRow.staff_id == staff_id))

    async def set_on_duty(self, token: str, on_duty: bool) -> None:
        async with self._session.begin() as session:
            await session.execute(
                update(SessionRow)
                .where(SessionRow.token_hash == _hash(token))
                .values(on_duty=on_duty)
            )

    async def on_duty(self) -> List[Tuple[int, str]]:
        """Workers on duty now (id, name): live sessions of enabled accounts."""
        since = utcnow() - self.idle_timeout
        async with self._session() as session:
            rows = await session.execute(
                select(StaffRow.id, StaffRow.name)
                .join(SessionRow, StaffRow.id == SessionRow.staff_id)
                .where(
                    SessionRow.on_duty.is_(True),
                    SessionRow.last_seen_at >= since,
                    StaffRow.disabled.is_(False),
                )
                .distinct()
                .order_by(StaffRow.name)
            )
            return [(row.id, row.name) for row in rows]

    async def on_duty_count(self) -> int:
        return len(await self.on_duty())

    async def count(self) -> int:
        async with self._session() as session:
            return len(list(await session.scalars(select(SessionRow.token_hash))))


def as_utc(moment: dt.datetime) -> dt.datetime:
    """SQLite returns naive datetimes; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
