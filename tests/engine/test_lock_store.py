"""Rasa's ticket locks: shared through Redis when replicas serve one conversation.

The lock store is built exactly as Rasa builds it from endpoints.yml; the
Redis is a real one the tests start (tests/services.py).
"""

import asyncio

import pytest
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.utils.endpoints import read_endpoint_config

from engine.lock_store import OutreachLockStore, redis_lock_store


@pytest.fixture(autouse=True)
def action_server_url(monkeypatch):
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")  # endpoints.yml


def _from_endpoints() -> LockStore:
    return LockStore.create(read_endpoint_config("endpoints.yml", "lock_store"))


def test_one_rasa_keeps_its_locks_in_memory(monkeypatch):
    monkeypatch.delenv("OUTREACH_REDIS_URL", raising=False)
    store = _from_endpoints()
    assert type(store) is OutreachLockStore
    assert type(store.inner) is InMemoryLockStore


def test_a_malformed_redis_url_is_refused():
    with pytest.raises(ValueError):
        redis_lock_store("localhost:6379")


async def test_two_replicas_share_one_conversations_lock(monkeypatch, redis_url):
    monkeypatch.setenv("OUTREACH_REDIS_URL", redis_url)
    first, second = _from_endpoints(), _from_endpoints()  # as two Rasa processes would
    assert type(first.inner) is RedisLockStore
    order = []

    async def handle(store, name):
        async with store.lock("conversation-1", wait_time_in_seconds=0.01):
            order.append(f"{name} starts")
            await asyncio.sleep(0.2)
            order.append(f"{name} ends")

    await asyncio.gather(handle(first, "first"), handle(second, "second"))
    # One message at a time, even across processes: never interleaved.
    assert order in (
        ["first starts", "first ends", "second starts", "second ends"],
        ["second starts", "second ends", "first starts", "first ends"],
    )
    assert second.get_lock("conversation-1") is None  # cleaned up after both
