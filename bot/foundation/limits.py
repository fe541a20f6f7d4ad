"""Rate limits and budgets, so no one can flood Rasa, the scrubber or the staff.

Counting is done by the `limits` library (moving windows; its memory storage
forgets idle keys, so the maps cannot grow without bound, and the same code
runs on Redis when several gateways share the counts). Three kinds:

- per conversation: at most `rate_limit_per_minute` messages;
- for the whole gateway: at most `new_conversations_per_minute` new
  conversations, since opening new ones is how a per-conversation limit is
  bypassed;
- work in flight: a message holds a slot while it is scrubbed and answered, and
  a long message also holds one of a few "heavy" slots, so a flood of long or
  heavy-Unicode messages waits on itself while short messages go on.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, AsyncIterator, Optional

from limits import RateLimitItemPerMinute
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string


def limits_storage(redis_url: Optional[str]) -> str:
    """Where the counts live: this process, or Redis shared by every gateway."""
    return "async+" + redis_url if redis_url else "async+memory://"


def open_storage(uri: str) -> Any:
    """A `limits` storage; on Redis through redis-py (its asyncio client), not coredis."""
    if uri.startswith("async+redis"):
        return storage_from_string(uri, implementation="redispy", key_prefix="outreach:limits")
    return storage_from_string(uri)


class Busy(Exception):
    """No slot for this work within the wait: answered with a 503 in Swedish."""


class Budgets:
    """Per-conversation and gateway-wide budgets; see the module docstring."""

    def __init__(
        self,
        messages_per_minute: int,
        new_conversations_per_minute: int,
        in_flight: int = 32,
        heavy_in_flight: int = 2,
        heavy_chars: int = 500,
        wait_s: float = 2.0,
        storage_uri: str = "async+memory://",
    ) -> None:
        self._limiter = MovingWindowRateLimiter(open_storage(storage_uri))
        self._messages = RateLimitItemPerMinute(messages_per_minute)
        self._conversations = RateLimitItemPerMinute(new_conversations_per_minute)
        self._in_flight = asyncio.Semaphore(in_flight)
        self._heavy = asyncio.Semaphore(heavy_in_flight)
        self.heavy_chars = heavy_chars
        self._wait_s = wait_s

    async def message(self, conversation_id: str) -> bool:
        """Count a message of this conversation; False when over its limit."""
        return await self._limiter.hit(self._messages, "message", conversation_id)

    async def new_conversation(self) -> bool:
        """Count a new conversation; False when the gateway opened too many."""
        return await self._limiter.hit(self._conversations, "conversation")

    async def forget(self, conversation_id: str) -> None:
        await self._limiter.clear(self._messages, "message", conversation_id)

    @contextlib.asynccontextmanager
    async def work(self, chars: int) -> AsyncIterator[None]:
        """Hold a slot (and a heavy one for a long text) while a message is handled."""
        async with contextlib.AsyncExitStack() as stack:
            slots = [self._in_flight]
            if chars > self.heavy_chars:
                slots.insert(0, self._heavy)
            for slot in slots:
                try:
                    await asyncio.wait_for(slot.acquire(), self._wait_s)
                except asyncio.TimeoutError:
                    raise Busy() from None
                stack.callback(slot.release)
            yield
