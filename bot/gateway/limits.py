"""Per-conversation rate limit, so one conversation cannot flood Rasa or staff."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from typing import Deque, Dict


class RateLimiter:
    """At most `limit` messages per conversation in any 60 seconds, in memory."""

    def __init__(self, limit: int, window_s: float = 60.0) -> None:
        self.limit = limit
        self.window_s = window_s
        self._sent: Dict[str, Deque[float]] = defaultdict(deque)

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        sent = self._sent[key]
        while sent and now - sent[0] > self.window_s:
            sent.popleft()
        if len(sent) >= self.limit:
            return False
        sent.append(now)
        return True

    def forget(self, key: str) -> None:
        self._sent.pop(key, None)
