"""Password hashing with scrypt, a memory-hard KDF from the standard library.

Stored as `scrypt$n$r$p$salt$hash` (base64), so the cost can be raised later
and old hashes still verify. n=2**15, r=8 uses 32 MiB and about 0.1 s per
attempt, which makes guessing offline expensive.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

N, R, P = 2**15, 8, 1
_MAX_MEM = 64 * 1024 * 1024
MIN_LENGTH = 12


class WeakPassword(ValueError):
    """The password is too short to protect an account that reads transcripts."""


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"lösenordet behöver minst {MIN_LENGTH} tecken")
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, maxmem=_MAX_MEM)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(),
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
