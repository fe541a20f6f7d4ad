"""Rasa's lock store: Redis when replicas share conversations, memory otherwise.

Rasa processes one message per conversation at a time by taking a ticket
lock. With one Rasa process the in-memory store is enough (`make run`); with
several replicas behind the gateway the locks must be shared, so when
`OUTREACH_REDIS_URL` is set (e.g. `redis://redis:6379/0`) every lock lives in
Redis. Named by import path in endpoints.yml; one endpoints file serves both.
"""

from __future__ import annotations

import os
from typing import Optional, Text
from urllib.parse import unquote, urlsplit

from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

REDIS_URL = "OUTREACH_REDIS_URL"
KEY_PREFIX = "outreach"


def redis_lock_store(url: str) -> RedisLockStore:
    """Rasa's Redis lock store for a `redis://[user:password@]host[:port][/db]` URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        raise ValueError(f"{REDIS_URL} must look like redis://host:6379/0")
    return RedisLockStore(
        host=parts.hostname,
        port=parts.port or 6379,
        db=int(parts.path.strip("/") or 0),
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        use_ssl=parts.scheme == "rediss",
        key_prefix=KEY_PREFIX,
    )


class OutreachLockStore(LockStore):
    """Delegates to Redis (OUTREACH_REDIS_URL set) or to Rasa's in-memory store."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None) -> None:
        url = os.environ.get(REDIS_URL)
        self.inner: LockStore = redis_lock_store(url) if url else InMemoryLockStore()
        super().__init__()

    def get_lock(self, conversation_id: Text) -> Optional[TicketLock]:
        return self.inner.get_lock(conversation_id)

    def delete_lock(self, conversation_id: Text) -> None:
        self.inner.delete_lock(conversation_id)

    def save_lock(self, lock: TicketLock) -> None:
        self.inner.save_lock(lock)
