"""Scrubbing off the event loop, in a bounded pool, with a time limit.

spaCy and Presidio hold the GIL while they work, so the pool is small (one
thread per core is all the CPU there is) and separate from the default
executor the database and start-up use. A text that cannot be scrubbed in
time is refused, never stored or forwarded unscrubbed; the thread finishes
its (length-capped) work in the background and the result is dropped.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor

from bot.scrub.scrubber import Scrubber


class ScrubTimeout(Exception):
    """The text took longer than the limit to scrub."""


class ScrubPool:
    def __init__(self, scrubber: Scrubber, timeout_s: float, workers: int | None = None) -> None:
        self.scrubber = scrubber
        self.timeout_s = timeout_s
        self._pool = ThreadPoolExecutor(
            max_workers=workers or min(4, os.cpu_count() or 1), thread_name_prefix="scrub"
        )

    async def scrub(self, text: str) -> str:
        loop = asyncio.get_running_loop()
        job = loop.run_in_executor(self._pool, self.scrubber.scrub, text)
        try:
            return (await asyncio.wait_for(job, self.timeout_s)).text
        except asyncio.TimeoutError:
            raise ScrubTimeout() from None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
