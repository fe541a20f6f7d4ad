#!/usr/bin/env python3
"""Benchmark the live relay (`make bench`): person → worker and worker → person.

Prints figures; asserts nothing. Starts the gateway in this process on a free
local port (SQLite in a temporary directory, chat open all week, a stand-in
Rasa, the real scrubber), logs a worker in over HTTP, puts them on duty with
their console socket open, and hands one conversation over to them. Then, one
message at a time, it times:

- person → worker: the person's POST …/messages until the worker's console
  socket gets the {"type": "message"} push;
- worker → person: the worker's POST /staff/api/…/messages until the
  person's live channel gets the {"type": "worker"} push.

Nothing leaves 127.0.0.1. Run in the gateway environment.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIMEOUT_S = 10.0
WORKER = "bench"
PASSWORD = "ett långt lösenord"
OPEN_ALL_WEEK = "timezone: Europe/Stockholm\nclosed_on_holidays: false\nhours:\n" + "".join(
    f"  {day}: '00:00-24:00'\n"
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
HANDOVER = {
    "handover": {"reason": "user_request", "urgency": "normal", "need": None, "age_group": None}
}
# What the person writes: distinct each time; some with a name or a number to scrub.
PERSON_TEXTS = [
    "meddelande {i}: jag vill prata om något som hände i helgen",
    "meddelande {i}: jag heter Sara och mitt nummer är 070-123 45 {n:02d}",
    "meddelande {i}: en kille som heter Johan betalar mig ibland, är det farligt?",
    "meddelande {i}: jag vet inte riktigt hur jag ska förklara",
    "meddelande {i}: kan jag ringa er? mitt nummer är 073-555 12 {n:02d}",
]
WORKER_TEXTS = [
    "Hej, jag är uppsökare här i chatten. Berätta gärna mer ({i}).",
    "Tack för att du skriver. Hur mår du just nu? ({i})",
    "Det du berättar stannar här, och du bestämmer själv vad du vill dela. ({i})",
    "Vill du att vi ses, eller passar det bättre att fortsätta här i chatten? ({i})",
]


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def _stand_in_rasa() -> web.AppRunner:
    """A stand-in for Rasa's REST channel: hands over on /request_human."""

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        if body.get("message") == "/request_human":
            return web.json_response(
                [{"text": "Jag ber en uppsökare att ta över."}, {"custom": HANDOVER}]
            )
        return web.json_response([{"recipient_id": body["sender"], "text": "Berätta mer."}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner


def _url(runner: web.AppRunner) -> str:
    host, port = runner.addresses[0][:2]
    return f"http://{host}:{port}"


async def _arrival(socket: aiohttp.ClientWebSocketResponse, kind: str, text: str) -> float:
    """When the next push of this kind arrives (other pushes, e.g. boards, skipped)."""
    while True:
        message = await socket.receive_json(timeout=TIMEOUT_S)
        if message.get("type") == kind:
            if message.get("text") != text:
                raise RuntimeError(f"unexpected {kind} push: {message!r}")
            return time.perf_counter()


async def _time_one(send: Any, arrival: asyncio.Task) -> float:
    """Milliseconds from sending a POST (`send`, not yet awaited) until the push arrives."""
    started = time.perf_counter()
    async with send as response:
        if response.status != 200:
            arrival.cancel()
            raise RuntimeError(f"POST refused: {response.status} {await response.text()}")
    return (await arrival - started) * 1000


async def _login(session: aiohttp.ClientSession, base: str) -> Dict[str, str]:
    """Log in as the worker over HTTP; the CSRF header for the staff API."""
    async with session.get(f"{base}/staff/") as page:
        csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
    form = {"name": WORKER, "password": PASSWORD, "csrf": csrf}
    async with session.post(f"{base}/staff/login", data=form) as response:
        response.raise_for_status()
    async with session.get(f"{base}/staff/api/me") as response:
        response.raise_for_status()
        return {"X-CSRF-Token": (await response.json())["csrf_token"]}


async def bench_relay(messages: int, warmup: int) -> None:
    from bot.app import create_app
    from bot.foundation.keys import STAFF
    from bot.scrub.scrubber import Scrubber
    from common.settings import Settings, load_settings

    started = time.perf_counter()
    scrubber = Scrubber(Settings.ner_model, Settings.directory_file)
    print(f"scrubber load: {time.perf_counter() - started:.2f} s")

    data_dir = Path(tempfile.mkdtemp(prefix="outreach-bench-relay-"))
    runners: List[web.AppRunner] = []
    sessions: List[aiohttp.ClientSession] = []
    sockets: List[aiohttp.ClientWebSocketResponse] = []
    try:
        rasa = await _stand_in_rasa()
        runners.append(rasa)
        hours = data_dir / "hours.yml"
        hours.write_text(OPEN_ALL_WEEK, encoding="utf-8")
        settings = load_settings(
            {
                "OUTREACH_DATA_DIR": str(data_dir / "var"),
                "OUTREACH_RASA_URLS": _url(rasa),
                "OUTREACH_CHAT_HOURS_FILE": str(hours),
                # The person's POSTs count against this: warm-up + messages + handover.
                "OUTREACH_RATE_LIMIT_PER_MINUTE": "100000",
                "OUTREACH_NEW_CONVERSATIONS_PER_MINUTE": "100000",
            }
        )
        app = create_app(settings, scrubber=scrubber)
        gateway = web.AppRunner(app)
        await gateway.setup()
        runners.insert(0, gateway)  # cleaned up first, while the stand-in still answers
        await web.TCPSite(gateway, "127.0.0.1", 0).start()
        base = _url(gateway)
        await app[STAFF].add(WORKER, PASSWORD)

        # The worker: logged in, on duty, console socket open (no Origin header).
        worker = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        sessions.append(worker)
        csrf = await _login(worker, base)
        async with worker.post(f"{base}/staff/api/duty", json={"on_duty": True}, headers=csrf):
            pass
        console = await worker.ws_connect(f"{base}/staff/ws")
        sockets.append(console)

        # The person: a conversation, its live channel, and a request for a human.
        person = aiohttp.ClientSession()
        sessions.append(person)
        async with person.post(f"{base}/api/conversations") as response:
            conversation = await response.json()
        cid, token = conversation["conversation_id"], conversation["token"]
        auth = {"Authorization": f"Bearer {token}"}
        live = await person.ws_connect(f"{base}/api/conversations/{cid}/ws")
        sockets.append(live)
        await live.send_json({"token": token})
        user_url = f"{base}/api/conversations/{cid}/messages"
        async with person.post(user_url, json={"text": "/request_human"}, headers=auth) as r:
            if (await r.json())["state"] != "queued":
                sys.exit("the handover did not queue the conversation")
        staff_base = f"{base}/staff/api/conversations/{cid}"
        async with worker.post(f"{staff_base}/take", headers=csrf) as r:
            if (await r.json())["state"] != "human":
                sys.exit("the worker could not take the conversation")

        async def person_to_worker(i: int) -> float:
            text = PERSON_TEXTS[i % len(PERSON_TEXTS)].format(i=i, n=i % 100)
            expected = scrubber.scrub(text).text  # what the worker should see
            arrival = asyncio.create_task(_arrival(console, "message", expected))
            send = person.post(user_url, json={"text": text}, headers=auth)
            return await _time_one(send, arrival)

        async def worker_to_person(i: int) -> float:
            text = WORKER_TEXTS[i % len(WORKER_TEXTS)].format(i=i)
            arrival = asyncio.create_task(_arrival(live, "worker", text))
            send = worker.post(f"{staff_base}/messages", json={"text": text}, headers=csrf)
            return await _time_one(send, arrival)

        rows = []
        for name, one in (
            ("person → worker", person_to_worker),
            ("worker → person", worker_to_person),
        ):
            for i in range(warmup):
                await one(1000 + i)
            rows.append((name, [await one(i) for i in range(messages)]))

        print(f"{'direction':18} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for name, values in rows:
            print(
                f"{name:18} {len(values):4d} {percentile(values, 0.5):8.1f}"
                f" {percentile(values, 0.95):8.1f} {max(values):8.1f}"
            )
        print(
            "includes: HTTP POST, scrubbing (both ways), encrypted storage in "
            "SQLite, websocket push;\n  the stand-in Rasa is not on this path (the bot is "
            "silent while a worker holds the conversation)"
        )
    finally:
        for socket in sockets:
            await socket.close()
        for session in sessions:
            await session.close()
        for runner in runners:
            await runner.cleanup()
        shutil.rmtree(data_dir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100, help="timed messages each way")
    parser.add_argument("--warmup", type=int, default=5, help="untimed messages each way first")
    args = parser.parse_args()
    asyncio.run(bench_relay(args.messages, args.warmup))
    return 0


if __name__ == "__main__":
    sys.exit(main())
