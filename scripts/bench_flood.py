#!/usr/bin/env python3
"""Benchmark a normal person's replies while others flood the service (`make bench`).

Prints figures; asserts nothing. Starts scripts/serve.sh (actions, Rasa, the
gateway) on free ports with the default limits, then:

1. a person chats alone, a realistic message every few seconds;
2. a person who had opened the chat before goes on while, at once,
   - `--floods` clients open fresh conversations and send heavy Unicode
     (characters that NFKC multiplies: U+FDFA, U+3302) as fast as answered,
   - `--logins` clients post staff logins for unknown names as fast as answered.

For each phase: the person's reply time (p50, p95, max), and how the flood was
answered (status counts). Run in the gateway environment.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import re
import sys
import time
from pathlib import Path
from typing import Counter, List

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench_gateway import percentile, serving  # noqa: E402

PERSON = [
    "hej",
    "jag är 16 och en kille vill ge mig pengar om jag skickar bilder",
    "vad händer om jag berättar för någon",
    "kan jag prata med en människa",
    "är det anonymt",
]
# A person types; within the per-conversation limit (20 a minute).
PAUSE_S = 3.5
HEAVY = ["\ufdfa" * 2000, "\u3302" * 500, "\u3302" * 2000, "\ufdfa" * 110]


async def person(base: str, seconds: float, times: List[float]) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{base}/api/conversations") as response:
            new = await response.json()
        url = f"{base}/api/conversations/{new['conversation_id']}/messages"
        auth = {"Authorization": f"Bearer {new['token']}"}
        stop = time.monotonic() + seconds
        n = 0
        while time.monotonic() < stop:
            text = PERSON[n % len(PERSON)]
            n += 1
            started = time.perf_counter()
            async with http.post(url, json={"text": text}, headers=auth) as response:
                await response.read()
                ok = response.status == 200
            times.append(time.perf_counter() - started if ok else float("inf"))
            await asyncio.sleep(PAUSE_S)


async def flood(base: str, stop: float, answered: Counter[str]) -> None:
    async with aiohttp.ClientSession() as http:
        n = 0
        while time.monotonic() < stop:
            async with http.post(f"{base}/api/conversations") as response:
                answered[f"new {response.status}"] += 1
                if response.status != 201:
                    continue
                new = await response.json()
            url = f"{base}/api/conversations/{new['conversation_id']}/messages"
            auth = {"Authorization": f"Bearer {new['token']}"}
            for _ in range(3):
                text = HEAVY[n % len(HEAVY)]
                n += 1
                async with http.post(url, json={"text": text}, headers=auth) as response:
                    await response.read()
                    answered[f"message {response.status}"] += 1


async def logins(base: str, stop: float, answered: Counter[str]) -> None:
    # unsafe=True: keep the login page's cookie although the host is an IP address.
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        page = await (await http.get(f"{base}/staff/")).text()
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        n = 0
        while time.monotonic() < stop:
            n += 1
            form = {"name": f"ingen{n}", "password": "fel lösenord igen", "csrf": csrf and csrf[1]}
            async with http.post(f"{base}/staff/login", data=form) as response:
                answered[f"login {response.status}"] += 1
                # Each answer is a fresh login page with a fresh CSRF value.
                csrf = re.search(r'name="csrf" value="([^"]+)"', await response.text()) or csrf


def report(name: str, times: List[float]) -> None:
    failed = sum(1 for t in times if t == float("inf"))
    ok = [t for t in times if t != float("inf")] or [float("nan")]
    print(
        f"{name:28} n={len(times):3d} p50 {percentile(ok, 0.5):5.2f} s"
        f"  p95 {percentile(ok, 0.95):5.2f} s  max {max(ok):5.2f} s  refused {failed}"
    )


async def run(base: str, seconds: float, floods: int, login_clients: int) -> None:
    alone: List[float] = []
    await person(base, seconds, alone)
    report("alone", alone)
    under: List[float] = []
    answered: Counter[str] = collections.Counter()
    stop = time.monotonic() + seconds
    attackers = [flood(base, stop, answered) for _ in range(floods)]
    attackers += [logins(base, stop, answered) for _ in range(login_clients)]
    await asyncio.gather(person(base, seconds, under), *attackers)
    report(f"under {floods} floods + {login_clients} logins", under)
    print("flood answered: " + ", ".join(f"{k} x{v}" for k, v in sorted(answered.items())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--floods", type=int, default=8)
    parser.add_argument("--logins", type=int, default=10)
    args = parser.parse_args()
    with serving({}) as ports:  # the default limits, as a real service runs
        base = f"http://127.0.0.1:{ports['GATEWAY_PORT']}"
        asyncio.run(run(base, args.seconds, args.floods, args.logins))
    return 0


if __name__ == "__main__":
    sys.exit(main())
