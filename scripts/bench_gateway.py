#!/usr/bin/env python3
"""Benchmark the gateway (`make bench`): scrub time, and latency added over Rasa.

Prints figures; asserts nothing. Starts scripts/serve.sh on free ports (the
action server, Rasa and the gateway), then sends the same messages to Rasa's
REST channel directly and through the gateway's API, one at a time.
Run in the gateway environment.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Dict, Iterator, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.stack import running_stack  # noqa: E402

MESSAGES = [
    "hej",
    "jag säljer sex och vet inte vad jag ska göra",
    "jag heter Sara och mitt nummer är 070-123 45 67",
    "min dotter är 15 och jag tror att hon sugardejtar",
    "är det olagligt att köpa sex?",
    "maila mig på kalle.anka@example.se eller ring +46 70 123 45 67",
    "jag bor på Storgatan 12, 111 51 Stockholm",
    "sparar ni det jag skriver?",
]


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _post(url: str, body: dict, headers: dict | None = None) -> dict:
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json", **(headers or {})}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def bench_scrub(rounds: int) -> None:
    from bot.scrub.scrubber import Scrubber
    from common.settings import Settings

    started = time.perf_counter()
    scrubber = Scrubber(Settings.ner_model, Settings.directory_file)
    print(f"scrubber load: {time.perf_counter() - started:.2f} s")
    for text in MESSAGES:
        scrubber.scrub(text)  # warm-up
    timings = []
    for _ in range(rounds):
        for text in MESSAGES:
            t0 = time.perf_counter()
            scrubber.scrub(text)
            timings.append((time.perf_counter() - t0) * 1000)
    print(
        f"scrub per message over {len(timings)} messages: "
        f"p50 {percentile(timings, 0.5):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms"
    )


@contextlib.contextmanager
def serving(extra_env: Dict[str, str]) -> Iterator[Dict[str, int]]:
    """The servers as `make run` starts them (tests/stack.py), on free ports; yields the ports."""
    with tempfile.TemporaryDirectory(prefix="outreach-bench-") as work:
        with running_stack(Path(work), extra_env) as stack:
            yield stack


def bench_latency(rounds: int) -> None:
    unlimited = {"OUTREACH_RATE_LIMIT_PER_MINUTE": "100000"}
    unlimited["OUTREACH_NEW_CONVERSATIONS_PER_MINUTE"] = "100000"
    with serving(unlimited) as ports:
        rasa = f"http://127.0.0.1:{ports['RASA_PORT']}/webhooks/rest/webhook"
        base = f"http://127.0.0.1:{ports['GATEWAY_PORT']}/api/conversations"
        direct, gateway = [], []
        for round_ in range(rounds):
            conversation = _post(base, {})
            auth = {"Authorization": f"Bearer {conversation['token']}"}
            url = f"{base}/{conversation['conversation_id']}/messages"
            for text in MESSAGES:
                t0 = time.perf_counter()
                _post(rasa, {"sender": f"bench-{round_}", "message": text})
                direct.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                _post(url, {"text": text}, auth)
                gateway.append((time.perf_counter() - t0) * 1000)
        for name, values in (("Rasa directly", direct), ("through the gateway", gateway)):
            print(
                f"{name:22} n={len(values)} p50 {percentile(values, 0.5):6.1f} ms"
                f"  p95 {percentile(values, 0.95):6.1f} ms  mean {statistics.mean(values):6.1f} ms"
            )
        added = [g - d for g, d in zip(gateway, direct, strict=True)]
        print(
            f"added by the gateway   p50 {percentile(added, 0.5):6.1f} ms"
            f"  p95 {percentile(added, 0.95):6.1f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=25)
    args = parser.parse_args()
    bench_scrub(args.rounds)
    bench_latency(args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
