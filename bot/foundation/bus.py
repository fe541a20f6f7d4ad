"""What one gateway tells every gateway, and who has the chat open anywhere.

The live hub (hub.py) sends its news through a bus. Without Redis the bus is
this process (`LocalBus`), as with one gateway. With `OUTREACH_REDIS_URL`
(`RedisBus`) it is Redis pub/sub, so a worker on one gateway talks live with
a person whose page is connected to another, and presence (whether a waiting
person has the chat open) is counted over all gateways.

What crosses Redis is encrypted with the stored text's Fernet keys, which
every gateway shares: Redis never holds a person's or a worker's words, not
even in passing, and presence keys carry a digest, not a conversation id.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
import uuid
from collections import defaultdict
from typing import Any, Awaitable, Callable, Dict, Optional, Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

Handler = Callable[[str, Dict[str, Any]], Awaitable[None]]

log = logging.getLogger("bot.gateway")

PREFIX = "outreach:live:"
# A gateway that has not been heard from for this long no longer counts for presence.
HEARTBEAT_S = 10.0
ALIVE_S = 3 * HEARTBEAT_S
RECONNECT_S = 1.0


class LocalBus:
    """One gateway: news goes straight to this process's handlers."""

    def __init__(self) -> None:
        self._handlers: Dict[str, Handler] = {}
        self._present: Dict[str, int] = defaultdict(int)

    def subscribe(self, topic: str, handler: Handler) -> None:
        self._handlers[topic] = handler

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def publish(self, topic: str, key: str, message: Dict[str, Any]) -> None:
        handler = self._handlers.get(topic)
        if handler is not None:
            await handler(key, message)

    async def joined(self, conversation_id: str, change: int) -> None:
        self._present[conversation_id] += change
        if self._present[conversation_id] <= 0:
            del self._present[conversation_id]

    async def present(self, conversation_id: str) -> int:
        return self._present.get(conversation_id, 0)


def _digest(conversation_id: str) -> str:
    return hashlib.sha256(conversation_id.encode()).hexdigest()[:32]


class RedisBus(LocalBus):
    """Several gateways: Redis pub/sub for news, a Redis hash per conversation for presence.

    Each gateway subscribes to every topic once and hands what arrives to its
    own handlers, which reach only its own sockets. A gateway that dies stops
    its heartbeat, and its share of presence stops counting after ALIVE_S.
    """

    def __init__(self, url: str, fernet_keys: Sequence[bytes]) -> None:
        super().__init__()
        self._url = url
        self._fernet = MultiFernet([Fernet(key) for key in fernet_keys])
        self.gateway_id = uuid.uuid4().hex
        self._redis: Any = None
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        import redis.asyncio as redis

        self._redis = redis.from_url(self._url)
        await self._redis.ping()  # a wrong URL or password stops the start, with a clear error
        await self._beat()
        ready = asyncio.Event()
        self._tasks = [
            asyncio.create_task(self._listen(ready)),
            asyncio.create_task(self._heartbeat()),
        ]
        await asyncio.wait_for(ready.wait(), 10)

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._redis is not None:
            with contextlib.suppress(Exception):  # Redis may be gone already
                await self._redis.zrem(PREFIX + "gateways", self.gateway_id)
            await self._redis.aclose()

    async def publish(self, topic: str, key: str, message: Dict[str, Any]) -> None:
        """To every gateway; with Redis unreachable, to this one's sockets at least.

        What was said is stored before it is published, so a lost live message
        is never a lost message; the request that said it does not fail.
        """
        data = json.dumps({"k": key, "m": message}, ensure_ascii=False).encode()
        try:
            await self._redis.publish(PREFIX + topic, self._fernet.encrypt(data))
        except Exception as error:  # noqa: BLE001 - Redis down: degrade to one gateway
            log.error("live_bus_publish_failed type=%s", type(error).__name__)
            await super().publish(topic, key, message)

    async def _listen(self, ready: asyncio.Event) -> None:
        """Hand every message to this gateway's handler; resubscribe after a Redis outage."""
        while True:
            pubsub = self._redis.pubsub()
            try:
                await pubsub.subscribe(*(PREFIX + topic for topic in self._handlers))
                ready.set()
                async for message in pubsub.listen():
                    if message.get("type") == "message":
                        await self._deliver(message["channel"], message["data"])
            except asyncio.CancelledError:
                raise
            except Exception as error:  # noqa: BLE001 - keep listening once Redis is back
                log.error("live_bus_lost type=%s", type(error).__name__)
                await asyncio.sleep(RECONNECT_S)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()

    async def _deliver(self, channel: bytes, data: bytes) -> None:
        topic = channel.decode()[len(PREFIX) :]
        handler = self._handlers.get(topic)
        try:
            body = json.loads(self._fernet.decrypt(data))
        except (InvalidToken, ValueError):
            log.warning("live_bus_unreadable topic=%s", topic)  # another key set: not ours
            return
        if handler is not None:
            try:
                await handler(body["k"], body["m"])
            except Exception as error:  # noqa: BLE001 - one bad delivery must not stop the bus
                log.error("live_bus_handler_failed type=%s", type(error).__name__)

    async def _beat(self) -> None:
        await self._redis.zadd(PREFIX + "gateways", {self.gateway_id: time.time()})
        for conversation_id in list(self._present):
            key = PREFIX + "present:" + _digest(conversation_id)
            await self._redis.expire(key, int(2 * ALIVE_S))

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_S)
            try:
                await self._beat()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # noqa: BLE001 - try again at the next beat
                log.error("live_bus_heartbeat_failed type=%s", type(error).__name__)

    async def joined(self, conversation_id: str, change: int) -> None:
        await super().joined(conversation_id, change)
        key = PREFIX + "present:" + _digest(conversation_id)
        try:
            left = await self._redis.hincrby(key, self.gateway_id, change)
            if left <= 0:
                await self._redis.hdel(key, self.gateway_id)
            else:
                await self._redis.expire(key, int(2 * ALIVE_S))
        except Exception as error:  # noqa: BLE001 - presence is a hint for the consoles
            log.error("live_bus_presence_failed type=%s", type(error).__name__)

    async def present(self, conversation_id: str) -> int:
        try:
            return await self._present_anywhere(conversation_id)
        except Exception as error:  # noqa: BLE001 - Redis down: what this gateway knows
            log.error("live_bus_presence_failed type=%s", type(error).__name__)
            return await super().present(conversation_id)

    async def _present_anywhere(self, conversation_id: str) -> int:
        counts = await self._redis.hgetall(PREFIX + "present:" + _digest(conversation_id))
        if not counts:
            return 0
        gateways = list(counts)
        seen = await self._redis.zmscore(PREFIX + "gateways", gateways)
        alive_since = time.time() - ALIVE_S
        return sum(
            int(counts[gateway])
            for gateway, beat in zip(gateways, seen, strict=True)
            if beat is not None and beat >= alive_since and int(counts[gateway]) > 0
        )


def make_bus(redis_url: Optional[str], fernet_keys: Sequence[bytes]) -> LocalBus:
    return RedisBus(redis_url, fernet_keys) if redis_url else LocalBus()
