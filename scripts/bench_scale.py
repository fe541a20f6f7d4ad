#!/usr/bin/env python3
"""Throughput benchmark (`make bench`): the full stack beside a stock `rasa init`.

Prints messages/s and p50/p95 latency at 1, 20 and 50 concurrent
conversations for:

- stock: the assistant `rasa init` creates (DIET, TED; in-memory trackers),
  Rasa's REST channel called directly, on this machine in the same run;
- the full stack with one and with two Rasa replicas, and with two Rasa
  replicas behind two gateways: the gateway (scrubbing, encrypted storage),
  Rasa with the encrypted tracker store on a real PostgreSQL, the action
  server, and Redis as the lock store and the gateways' shared hub and limits
  — started by scripts/serve.sh exactly as in production, PostgreSQL and
  Redis by tests/services.py. With two gateways each message of a
  conversation goes to the other gateway than the one before.

Each conversation sends one message at a time and waits for the answer, as
a person does. Run in the gateway environment:

    .venv/gateway/bin/python scripts/bench_scale.py [--seconds 20] [--write docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Awaitable, Callable, Iterator, List, Optional

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.services import free_port, postgres_server, redis_server  # noqa: E402
from tests.stack import running_stack, stop  # noqa: E402

ENGINE = ROOT / ".venv" / "engine" / "bin"
STOCK_DIR = ROOT / "var" / "bench" / "stock"
LEVELS = (1, 20, 50)
# What people write here, as a conversation (the bot asks for an age on the way).
OUR_SCRIPT = (
    "hej",
    "jag säljer sex",
    "jag är 25",
    "vad gör mika",
    "jag har köpt sex och vill sluta",
    "tack, hej då",
)
# What the stock assistant's own stories cover.
STOCK_SCRIPT = ("hi", "I am sad", "yes", "great", "bye")
MARKER = re.compile(r"<!-- throughput:start -->.*<!-- throughput:end -->", re.S)


@dataclass
class Result:
    system: str
    concurrency: int
    messages: int
    errors: int
    seconds: float
    latencies_ms: List[float]

    @property
    def per_second(self) -> float:
        return self.messages / self.seconds

    def percentile(self, q: float) -> float:
        if len(self.latencies_ms) < 2:
            return self.latencies_ms[0] if self.latencies_ms else float("nan")
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[int(q) - 1]


Send = Callable[[aiohttp.ClientSession, int, int], Awaitable[bool]]


async def load(system: str, send: Send, concurrency: int, seconds: float) -> Result:
    """`concurrency` conversations, each sending one message after another."""
    latencies: List[float] = []
    errors = 0
    deadline = time.monotonic() + seconds
    connector = aiohttp.TCPConnector(limit=concurrency + 10)
    timeout = aiohttp.ClientTimeout(total=60)

    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def conversation(worker: int) -> None:
            nonlocal errors
            for turn in itertools.count():
                if time.monotonic() >= deadline:
                    return
                started = time.perf_counter()
                try:
                    ok = await send(session, worker, turn)
                except (aiohttp.ClientError, asyncio.TimeoutError):
                    ok = False
                if ok:
                    latencies.append((time.perf_counter() - started) * 1000)
                else:
                    errors += 1

        started = time.monotonic()
        await asyncio.gather(*(conversation(i) for i in range(concurrency)))
        elapsed = time.monotonic() - started
    return Result(system, concurrency, len(latencies), errors, elapsed, latencies)


def stock_sender(port: int) -> Send:
    url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
    run = uuid.uuid4().hex[:8]

    async def send(session: aiohttp.ClientSession, worker: int, turn: int) -> bool:
        sender = f"{run}-{worker}-{turn // len(STOCK_SCRIPT)}"
        body = {"sender": sender, "message": STOCK_SCRIPT[turn % len(STOCK_SCRIPT)]}
        async with session.post(url, json=body) as response:
            return response.status == 200 and bool(await response.json())

    return send


def gateway_sender(ports: List[int]) -> Send:
    bases = [f"http://127.0.0.1:{port}/api/conversations" for port in ports]
    conversations: dict = {}

    async def send(session: aiohttp.ClientSession, worker: int, turn: int) -> bool:
        base = bases[(worker + turn) % len(bases)]
        if turn % len(OUR_SCRIPT) == 0 or worker not in conversations:
            async with session.post(base) as response:  # a new person; not timed apart
                body = await response.json()
            conversations[worker] = (
                body["conversation_id"],
                {"Authorization": f"Bearer {body['token']}"},
            )
        conversation_id, auth = conversations[worker]
        text = OUR_SCRIPT[turn % len(OUR_SCRIPT)]
        async with session.post(
            f"{base}/{conversation_id}/messages", json={"text": text}, headers=auth
        ) as response:
            return response.status == 200 and bool((await response.json())["replies"])

    return send


def stock_model() -> Path:
    """The `rasa init` assistant, created and trained once (var/bench/stock)."""
    models = sorted((STOCK_DIR / "models").glob("*.tar.gz")) if STOCK_DIR.exists() else []
    if not models:
        print("==> Creating and training the stock `rasa init` assistant (a few minutes, once)")
        STOCK_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(ENGINE / "rasa"), "init", "--no-prompt", "--init-dir", str(STOCK_DIR)],
            cwd=STOCK_DIR.parent,
            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        models = sorted((STOCK_DIR / "models").glob("*.tar.gz"))
    return models[-1]


@contextmanager
def stock_server() -> Iterator[int]:
    port = free_port()
    model = stock_model()  # creates STOCK_DIR on a fresh clone before the log opens there
    STOCK_DIR.mkdir(parents=True, exist_ok=True)
    log = open(STOCK_DIR / "bench-serve.log", "wb")
    process = subprocess.Popen(
        [
            str(ENGINE / "rasa"),
            "run",
            "--model",
            str(model),
            "--interface",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=STOCK_DIR,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the stock assistant did not start") from None
                time.sleep(0.5)
        yield port
    finally:
        stop(process)
        log.close()


@contextmanager
def full_stack(replicas: int, gateways: int = 1) -> Iterator[List[int]]:
    with postgres_server() as database, redis_server() as redis_url:
        env = {
            "OUTREACH_DATABASE_URL": database.url,
            "OUTREACH_REDIS_URL": redis_url,
            "OUTREACH_RATE_LIMIT_PER_MINUTE": "1000000",
            "OUTREACH_NEW_CONVERSATIONS_PER_MINUTE": "1000000",
        }
        with tempfile.TemporaryDirectory(prefix="outreach-bench-") as work:
            with running_stack(Path(work), env, rasa_replicas=replicas, gateways=gateways) as stack:
                yield stack["GATEWAY_PORTS"]


async def measure(system: str, send: Send, seconds: float) -> List[Result]:
    await load(system, send, 5, 3)  # warm up caches and connections; not counted
    results = []
    for level in LEVELS:
        result = await load(system, send, level, seconds)
        print(
            f"  {system:40} {level:>3} conversations: {result.per_second:6.1f} msg/s, "
            f"p50 {result.percentile(50):6.0f} ms, p95 {result.percentile(95):6.0f} ms, "
            f"{result.errors} errors",
            flush=True,
        )
        results.append(result)
    return results


def table(results: List[Result], cores: Optional[int]) -> str:
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on this machine ({cores} cores), "
        "each level for the same number of seconds, one message at a time per conversation.",
        "",
        "| system | conversations | messages/s | p50 ms | p95 ms | errors |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.system} | {r.concurrency} | {r.per_second:.1f} | {r.percentile(50):.0f} | "
            f"{r.percentile(95):.0f} | {r.errors} |"
        )
    stock = {r.concurrency: r.per_second for r in results if r.system.startswith("stock")}
    ours = [r for r in results if not r.system.startswith("stock") and r.concurrency == 50]
    if stock.get(50) and ours:
        lines.append("")
        for r in ours:
            lines.append(
                f"At 50 conversations, {r.system} serves {r.per_second / stock[50]:.1f}× the stock "
                f"assistant's messages/s (p95 {r.percentile(95):.0f} ms, {r.errors} errors)."
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="per concurrency level")
    parser.add_argument("--write", type=Path, help="replace the throughput section of this file")
    args = parser.parse_args()

    results: List[Result] = []
    print("==> Stock `rasa init` assistant (Rasa's REST channel directly)", flush=True)
    with stock_server() as port:
        results += asyncio.run(measure("stock rasa init", stock_sender(port), args.seconds))
    for replicas, gateways in ((1, 1), (2, 1), (2, 2)):
        name = f"full stack, {replicas} Rasa replica{'s' if replicas > 1 else ''}"
        if gateways > 1:
            name += f", {gateways} gateways"
        print(f"==> {name} (gateway, PostgreSQL, Redis, actions)", flush=True)
        with full_stack(replicas, gateways) as ports:
            results += asyncio.run(measure(name, gateway_sender(ports), args.seconds))

    report = table(results, os.cpu_count())
    print()
    print(report)
    if args.write:
        text = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        section = f"<!-- throughput:start -->\n{report}\n<!-- throughput:end -->"
        text = MARKER.sub(section, text) if MARKER.search(text) else f"{text}\n{section}\n"
        args.write.write_text(text, encoding="utf-8")
        print(f"\n==> Written to {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
