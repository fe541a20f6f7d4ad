"""Shared fixtures for the gateway tests.

The scrubber loads spaCy, so one instance serves the whole session, built
from the committed pipeline at bot/scrub/sv_ner (scripts/train_ner.py).
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import configuration as hypothesis_configuration
from sqlalchemy import create_engine, text

from bot.foundation import migrate
from tests.gateway.browser import launched
from tests.gateway.fixtures import (  # noqa: F401 (fixtures)
    gateway,
    rasa,
    rasa_received,
    settings,
    staff_app,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
SV_NER = REPO_ROOT / "bot" / "scrub" / "sv_ner"

# Hypothesis keeps caches in ./.hypothesis; keep them out of the work tree.
hypothesis_configuration.set_hypothesis_home_dir(
    Path(tempfile.gettempdir()) / "outreach-gateway-hypothesis"
)


@pytest.fixture(scope="session")
def scrubber():
    """One Scrubber for the session, warmed up."""
    from bot.scrub.scrubber import Scrubber

    instance = Scrubber(SV_NER)
    instance.scrub("värm upp: sara@example.se 070-123 45 67")
    return instance


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A fresh, migrated database of each kind."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'gateway.db'}"
    else:
        server = request.getfixturevalue("postgres")
        name = "t_" + uuid.uuid4().hex[:12]
        admin = create_engine(migrate.sync_url(server), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        url = server.rsplit("/", 1)[0] + "/" + name
    migrate.upgrade(url)
    return url


@pytest.fixture
def scrypt_runs(monkeypatch):
    """Every scrypt run, counted (the unit of a login's CPU cost)."""
    import hashlib

    from bot.foundation import passwords

    runs = []
    scrypt = hashlib.scrypt

    def counting(*args, **kwargs):
        runs.append(1)
        return scrypt(*args, **kwargs)

    monkeypatch.setattr(passwords.hashlib, "scrypt", counting)
    return runs


@pytest.fixture
async def browser():
    """Debian's Chromium, launched for one test (tests/gateway/browser.py)."""
    async with launched() as instance:
        yield instance
