"""Rasa really uses the encrypted tracker store, and it keeps no readable text.

Rasa falls back to its in-memory store with only a warning when the class in
endpoints.yml cannot be imported, so the first test builds the store exactly
as Rasa does from endpoints.yml.
"""

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

from bot.tracker_store import _METADATA, EncryptedTrackerStore

SECRET = "jag heter <NAMN> och säljer sex"


@pytest.fixture
def database(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'gateway.db'}"
    monkeypatch.setenv("OUTREACH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OUTREACH_DATABASE_URL", url)
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    # The gateway's migrations own this table; here it is made from the same shape.
    _METADATA.create_all(sa.create_engine(url))
    return tmp_path / "gateway.db"


def test_endpoints_yml_loads_the_encrypted_store(database):
    config = read_endpoint_config("endpoints.yml", "tracker_store")
    store = TrackerStore.create(config, Domain.empty())
    assert type(store) is EncryptedTrackerStore


async def test_a_tracker_round_trips_and_the_database_holds_no_text(database):
    store = EncryptedTrackerStore(Domain.empty())
    tracker = DialogueStateTracker.from_events(
        "a" * 64, [ActionExecuted("action_listen"), UserUttered(SECRET, {"name": "sells_sex"})]
    )
    await store.save(tracker)
    await store.save(tracker)  # a second save updates the same row

    again = await store.retrieve("a" * 64)
    assert again.latest_message.text == SECRET
    assert list(await store.keys()) == ["a" * 64]
    assert "säljer".encode() not in database.read_bytes()
    assert await store.retrieve("b" * 64) is None


async def test_an_unreachable_database_is_an_error_not_a_memory_fallback(tmp_path, monkeypatch):
    monkeypatch.setenv("OUTREACH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OUTREACH_DATABASE_URL", f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    store = EncryptedTrackerStore(Domain.empty())
    with pytest.raises(sa.exc.OperationalError):
        await store.retrieve("a" * 64)
