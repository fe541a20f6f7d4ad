"""Staff accounts: add, list, disable, reset, check a login; and the audit log.

The audit log records who did what and when (login, take, hand back, close,
transfer), never message content.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import List, Optional, Sequence

import pyotp
from cryptography.fernet import Fernet, MultiFernet
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, String, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column

from bot.gateway.storage import Base, utcnow
from bot.staff.passwords import hash_password, verify_password


class Role(str, enum.Enum):
    WORKER = "worker"
    ADMIN = "admin"


class StaffError(ValueError):
    """A staff command cannot be carried out (unknown name, name taken...)."""


class StaffRow(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    # The TOTP secret is encrypted like message text.
    totp_secret: Mapped[Optional[bytes]] = mapped_column(LargeBinary, nullable=True)
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


class StaffStore:
    def __init__(self, engine: AsyncEngine, fernet_keys: Sequence[bytes]) -> None:
        self._session = async_sessionmaker(engine, expire_on_commit=False)
        self._fernet = MultiFernet([Fernet(k) for k in fernet_keys])

    async def add(
        self, name: str, password: str, role: Role = Role.WORKER, totp: bool = False
    ) -> Optional[str]:
        """Create an account; return the TOTP provisioning URI when asked for one."""
        name = name.strip()
        if not name or len(name) > 64:
            raise StaffError("namnet behöver 1–64 tecken")
        secret = pyotp.random_base32() if totp else None
        async with self._session.begin() as session:
            if await session.scalar(select(StaffRow.id).where(StaffRow.name == name)):
                raise StaffError(f"det finns redan ett konto som heter {name}")
            session.add(
                StaffRow(
                    name=name,
                    password_hash=hash_password(password),
                    role=role.value,
                    totp_secret=self._fernet.encrypt(secret.encode()) if secret else None,
                    disabled=False,
                    created_at=utcnow(),
                )
            )
        if secret is None:
            return None
        return pyotp.TOTP(secret).provisioning_uri(name=name, issuer_name="Uppsök-chatten")

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
        await self._update(name, password_hash=hash_password(password), disabled=False)

    async def check_login(
        self, name: str, password: str, totp_code: Optional[str] = None
    ) -> Optional[StaffMember]:
        """The member if name, password (and TOTP code, when set up) are right."""
        async with self._session() as session:
            row = await session.scalar(select(StaffRow).where(StaffRow.name == name.strip()))
        if row is None:
            # Spend the same time as a real check, so names cannot be probed.
            verify_password(password, hash_password("x" * 16))
            return None
        if not verify_password(password, row.password_hash) or row.disabled:
            return None
        if row.totp_secret is not None:
            secret = self._fernet.decrypt(row.totp_secret).decode()
            if not totp_code or not pyotp.TOTP(secret).verify(totp_code, valid_window=1):
                return None
        return _member(row)

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
