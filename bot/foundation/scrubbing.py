"""Text on its way in: cleaned and measured, then scrubbed off the event loop.

`clean_text` is the one check of a text anyone sends (a person or a worker).
Scrubbing runs in a bounded pool, with a time limit.

spaCy and Presidio hold the GIL while they work, so the pool is small (one
thread per core is all the CPU there is) and separate from the default
executor the database and start-up use. A text that cannot be scrubbed in
time is refused, never stored or forwarded unscrubbed; the thread finishes
its (length-capped) work in the background and the result is dropped.
"""

from __future__ import annotations

import asyncio
import os
import re
from concurrent.futures import ThreadPoolExecutor

from bot.foundation.errors import ApiError
from bot.scrub.scrubber import Scrubber, normalise

# Lone surrogates cannot be stored or forwarded as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Control characters other than line breaks and tabs (PostgreSQL refuses NUL).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TOO_COMPLEX = "Meddelandet gick inte att behandla. Dela gärna upp det i kortare meddelanden."
UNREADABLE = "Meddelandet innehåller tecken som inte går att läsa. Försök skriva det igen."


def clean_text(text: str, max_chars: int) -> str:
    """The text as it will be scrubbed, stored and forwarded, or an ApiError.

    Normalised first (NFKC can make one character eighteen) and measured
    after, so the cap holds for what the scrubber and Rasa really get.
    """
    if _SURROGATE.search(text):
        raise ApiError(422, UNREADABLE, "unreadable")
    text = _CONTROL.sub("", normalise(text)).strip()
    if not text:
        raise ApiError(422, "Meddelandet är tomt.", "empty")
    if len(text) > max_chars:
        raise ApiError(422, f"Meddelandet får vara högst {max_chars} tecken.", "too_long")
    return text


class ScrubTimeout(ApiError):
    """The text took longer than the limit to scrub: a 422 asking for shorter messages."""

    def __init__(self) -> None:
        super().__init__(422, TOO_COMPLEX, "too_complex")


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
