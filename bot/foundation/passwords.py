"""Password hashing with scrypt, a memory-hard KDF from the standard library.

Stored as `scrypt$n$r$p$salt$hash` (base64), so the cost can be raised later
and old hashes still verify. n=2**15, r=8 uses 32 MiB and about 0.1 s per
attempt, which makes guessing offline expensive.

That cost is also why the server never runs scrypt on its event loop: `Hasher`
runs it in threads (hashlib releases the GIL), a few at a time, so a flood of
logins cannot stall the chat, its websockets or /healthz.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import os
from typing import Callable, TypeVar

N, R, P = 2**15, 8, 1
_MAX_MEM = 64 * 1024 * 1024
_DKLEN = 64  # hashlib.scrypt's default, which every stored hash uses
MIN_LENGTH = 12
# At most this many scrypt runs at once (32 MiB each); the rest wait their turn.
HASHING_SLOTS = 2
T = TypeVar("T")


class WeakPassword(ValueError):
    """The password is too short to protect an account that reads transcripts."""


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _encode(password: str) -> bytes:
    # A lone surrogate (from a crafted form) must not raise: it simply never matches.
    return password.encode("utf-8", "surrogatepass")


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"lösenordet behöver minst {MIN_LENGTH} tecken")
    salt = os.urandom(16)
    digest = hashlib.scrypt(
        _encode(password), salt=salt, n=N, r=R, p=P, maxmem=_MAX_MEM, dklen=_DKLEN
    )
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            _encode(password),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_MAX_MEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


# What an unknown name is checked against: the same parameters as a real hash,
# so it costs exactly one real verification, made once at import (random bytes,
# no scrypt run) and matched by no password.
DUMMY_HASH = f"scrypt${N}${R}${P}${_b64(os.urandom(16))}${_b64(os.urandom(_DKLEN))}"


class Hasher:
    """Runs scrypt off the event loop, at most `slots` at a time."""

    def __init__(self, slots: int = HASHING_SLOTS) -> None:
        self._slots = asyncio.Semaphore(slots)

    async def _run(self, function: Callable[..., T], *args: str) -> T:
        async with self._slots:
            return await asyncio.get_running_loop().run_in_executor(None, function, *args)

    async def hash(self, password: str) -> str:
        if len(password) < MIN_LENGTH:  # refused at once, without queueing
            raise WeakPassword(f"lösenordet behöver minst {MIN_LENGTH} tecken")
        return await self._run(hash_password, password)

    async def verify(self, password: str, stored: str) -> bool:
        return await self._run(verify_password, password, stored)
