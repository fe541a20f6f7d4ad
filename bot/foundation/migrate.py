"""Bring the database schema up to date with the Alembic migrations."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import make_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def sync_url(database_url: str) -> str:
    """Alembic runs synchronously: swap the async driver for its sync twin."""
    url = make_url(database_url)
    drivers = {"sqlite+aiosqlite": "sqlite", "postgresql+asyncpg": "postgresql+psycopg"}
    return url.set(drivername=drivers.get(url.drivername, url.drivername)).render_as_string(
        hide_password=False
    )


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", sync_url(database_url).replace("%", "%%"))
    return config


def private_sqlite_file(database_url: str) -> None:
    """A SQLite file readable by its owner only (0600), created so if new.

    The default umask would leave it 0644: readable by every account on the
    machine. SQLite gives its journal files the database file's mode.
    """
    url = make_url(database_url)
    if not url.drivername.startswith("sqlite") or url.database in (None, "", ":memory:"):
        return
    path = Path(url.database)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)


def upgrade(database_url: str) -> None:
    private_sqlite_file(database_url)
    command.upgrade(alembic_config(database_url), "head")
