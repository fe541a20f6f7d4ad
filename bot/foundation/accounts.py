"""Staff accounts: add, list, disable, reset, check a login; and the audit log.

The audit log records who did what and when (login, take, hand back, close,
transfer), never message content. Conversation ids in it are blanked once
they are older than the retention period (`forget_old_audit`), so it cannot
outlive the conversations it points at.

Admins read statistics and change what every person is told, so an admin
account always has a second factor (TOTP); each code works once.
"""

from __future__ import annotations

import datetime as dt
import enum
import hmac
import re
import time
from dataclasses import dataclass
from typing import List, Optional, Sequence

import pyotp
from cryptography.fernet import Fernet, MultiFernet
from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column

from bot.foundation import passwords
from bot.foundation.passwords import Hasher
from bot.foundation.storage import Base, utcnow

ISSUER = "Uppsök-chatten"
_CODE = re.compile(r"^[0-9]{6}$")
ADMIN_NEEDS_TOTP = (
    "ett administratörskonto måste ha engångskod (TOTP): "
    "skapa det med --totp, eller lägg till koden med `python -m bot staff totp NAMN`"
)


class Role(str, enum.Enum):
    WORKER = "worker"
    ADMIN = "admin"


class StaffError(ValueError):
    """A staff command cannot be carried out (unknown name, name taken...)."""


class AdminWithoutTotp(StaffError):
    """Right password, but an admin account without TOTP may not log in."""


class StaffRow(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    # The TOTP secret is encrypted like message text.
    totp_secret: Mapped[Optional[bytes]] = mapped_column(LargeBinary, nullable=True)
    # The time step of the last code accepted: a code is good once (migration 0010).
    totp_last_step: Mapped[Optional[int]] = mapped_column(BigInteger, nullable=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class AuditRow(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(32))
    conversation_id: Mapped[Optional[str]] = mapped_column(String(32), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: Role
    disabled: bool
    has_totp: bool


def _member(row: StaffRow) -> StaffMember:
    return StaffMember(row.id, row.name, Role(row.role), row.disabled, row.totp_secret is not None)


def _uri(secret: str, name: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=name, issuer_name=ISSUER)


def _matching_step(secret: str, code: str) -> Optional[int]:
    """The time step (now, or one either side for clock drift) whose code this is."""
    code = code.strip()
    if not _CODE.match(code):
        return None
    totp = pyotp.TOTP(secret)
    now = int(time.time()) // totp.interval
    for step in (now - 1, now, now + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


class StaffStore:
    def __init__(
        self, engine: AsyncEngine, fernet_keys: Sequence[bytes], hasher: Optional[Hasher] = None
    ) -> None:
        self._session = async_sessionmaker(engine, expire_on_commit=False)
        self._fernet = MultiFernet([Fernet(k) for k in fernet_keys])
        self.hasher = hasher or Hasher()

    async def add(
        self, name: str, password: str, role: Role = Role.WORKER, totp: bool = False
    ) -> Optional[str]:
        """Create an account; return the TOTP provisioning URI when asked for one."""
        name = name.strip()
        if not name or len(name) > 64:
            raise StaffError("namnet behöver 1–64 tecken")
        if role is Role.ADMIN and not totp:
            raise StaffError(ADMIN_NEEDS_TOTP)
        password_hash = await self.hasher.hash(password)
        secret = pyotp.random_base32() if totp else None
        async with self._session.begin() as session:
            if await session.scalar(select(StaffRow.id).where(StaffRow.name == name)):
                raise StaffError(f"det finns redan ett konto som heter {name}")
            session.add(
                StaffRow(
                    name=name,
                    password_hash=password_hash,
                    role=role.value,
                    totp_secret=self._fernet.encrypt(secret.encode()) if secret else None,
                    totp_last_step=None,
                    disabled=False,
                    created_at=utcnow(),
                )
            )
        return None if secret is None else _uri(secret, name)

    async def add_totp(self, name: str) -> str:
        """A new TOTP secret for an account (replacing any old one); its provisioning URI."""
        secret = pyotp.random_base32()
        await self._update(
            name, totp_secret=self._fernet.encrypt(secret.encode()), totp_last_step=None
        )
        return _uri(secret, name)

    async def list(self) -> List[StaffMember]:
        async with self._session() as session:
            rows = await session.scalars(select(StaffRow).order_by(StaffRow.name))
            return [_member(row) for row in rows]

    async def _update(self, name: str, **values: object) -> None:
        async with self._session.begin() as session:
            row = await session.scalar(select(StaffRow).where(StaffRow.name == name))
            if row is None:
                raise StaffError(f"det finns inget konto som heter {name}")
            for key, value in values.items():
                setattr(row, key, value)

    async def disable(self, name: str) -> None:
        await self._update(name, disabled=True)

    async def reset(self, name: str, password: str) -> None:
        """A new password; the account is enabled again."""
        await self._update(name, password_hash=await self.hasher.hash(password), disabled=False)

    async def check_login(
        self, name: str, password: str, totp_code: Optional[str] = None
    ) -> Optional[StaffMember]:
        """The member if name, password (and TOTP code, when set up) are right.

        Exactly one scrypt run whatever the name, so neither time nor CPU tells
        whether an account exists. Raises AdminWithoutTotp for an admin whose
        password is right but who has no second factor yet.
        """
        async with self._session() as session:
            row = await session.scalar(select(StaffRow).where(StaffRow.name == name.strip()))
        stored = row.password_hash if row is not None else passwords.DUMMY_HASH
        if not await self.hasher.verify(password, stored) or row is None or row.disabled:
            return None
        if row.totp_secret is None:
            if row.role == Role.ADMIN.value:
                raise AdminWithoutTotp(ADMIN_NEEDS_TOTP)
            return _member(row)
        secret = self._fernet.decrypt(row.totp_secret).decode()
        step = _matching_step(secret, totp_code or "")
        if step is None or not await self._claim_step(row.id, step):
            return None
        return _member(row)

    async def _claim_step(self, staff_id: int, step: int) -> bool:
        """Record `step` as used unless it or a later one already was (atomic: no replay)."""
        async with self._session.begin() as session:
            result = await session.execute(
                update(StaffRow)
                .where(
                    StaffRow.id == staff_id,
                    or_(StaffRow.totp_last_step.is_(None), StaffRow.totp_last_step < step),
                )
                .values(totp_last_step=step)
            )
        return result.rowcount == 1

    async def audit(
        self, staff_id: Optional[int], action: str, conversation_id: Optional[str] = None
    ) -> None:
        async with self._session.begin() as session:
            session.add(
                AuditRow(
                    staff_id=staff_id,
                    action=action,
                    conversation_id=conversation_id,
                    created_at=utcnow(),
                )
            )

    async def audit_log(self) -> List[tuple[Optional[int], str, Optional[str]]]:
        async with self._session() as session:
            rows = await session.scalars(select(AuditRow).order_by(AuditRow.id))
            return [(r.staff_id, r.action, r.conversation_id) for r in rows]

    async def forget_old_audit(self, older_than: dt.datetime) -> int:
        """Blank conversation ids in entries older than `older_than`; how many.

        Run with the retention job: who did what and when stays, but not for
        which (by then deleted) conversation.
        """
        async with self._session.begin() as session:
            result = await session.execute(
                update(AuditRow)
                .where(AuditRow.created_at < older_than, AuditRow.conversation_id.is_not(None))
                .values(conversation_id=None)
            )
        return result.rowcount
