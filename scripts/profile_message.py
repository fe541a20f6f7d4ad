#!/usr/bin/env python3
"""Where a message's time goes inside Rasa (docs/benchmarks.md).

Run in the engine environment: `.venv/engine/bin/python scripts/profile_message.py`
(about half a minute on 2 cores). It prints figures, asserts nothing and writes
nothing in the repository.

Rasa runs as `scripts/serve.sh` runs it: `engine.command.install()` first (the
reply validator built once), then models/assistant.tar.gz loaded in-process
with endpoints.yml, the encrypted tracker store in a throwaway database (a
temporary directory, migrated by the gateway) and an action server of its own
on a free loopback port. Each part of a message is timed by wrapping its
method at the class level: the lock store, the tracker store (SQL, Fernet,
JSON), each node of the NLU and dialogue graphs (whatever components and
policies the model has), and the calls to the action server. A "(the rest)"
row is its parent's time minus the parts measured inside it.

The messages are the user turns of tests/test_stories.yml, each story followed
by held-out examples from tests/nlu/: 30 conversations of 10 messages by
default, one message at a time as the gateway sends them, after a warm-up
conversation that is not counted.

One candidate change is measured too, unless --baseline-only is given:
`enable_selective_domain: true` on the action endpoint (Rasa then stops sending
the domain with every call). Every conversation is sent again with it switched
on in memory, interleaved with the baseline, and the replies and final slots
are compared.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import hashlib
import inspect
import json
import logging
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import warnings
from importlib.metadata import version
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
ENGINE_BIN = ROOT / ".venv" / "engine" / "bin"
GATEWAY_PYTHON = ROOT / ".venv" / "gateway" / "bin" / "python"
MODEL = ROOT / "models" / "assistant.tar.gz"

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
warnings.filterwarnings("ignore", category=DeprecationWarning)
sys.path.insert(0, str(ROOT))

TOTAL = "Agent.handle_message (total)"
LOCK = "lock store (ticket, acquire, release)"
RETRIEVE = "tracker store: retrieve"
SAVE = "tracker store: save"
NLU = "NLU graph"
CORE = "dialogue graph"
REMOTE = "action server calls (RemoteAction.run)"
# The table's top-level parts, in order, each with a name for "(the rest)".
# Their parts are labelled "parent/part" and shown in the order first seen.
PARTS = [
    (LOCK, ""),
    (RETRIEVE, "SQL read, session split"),
    (SAVE, "SQL write"),
    (NLU, "graph runner itself"),
    (CORE, "graph runner itself"),
    (REMOTE, "responses, events"),
]
BASELINE = "as in production"
CANDIDATE = "enable_selective_domain: true"

Sample = Dict[str, List[float]]  # label -> [milliseconds, calls], for one message


class Recorder:
    """Wraps methods at the class level and adds their time to the current message."""

    def __init__(self) -> None:
        self.sample: Optional[Sample] = None  # None between measured messages
        self.graph = ""  # NLU or CORE while a graph runs
        self._undo: List[Tuple[type, str, Any]] = []

    def add(self, label: str, seconds: float) -> None:
        if self.sample is not None:
            entry = self.sample.setdefault(label, [0.0, 0])
            entry[0] += seconds * 1000
            entry[1] += 1

    def wrap(self, cls: type, name: str, label: Any) -> None:
        """Time cls.name as label: a string, or a function of the instance."""
        static = isinstance(inspect.getattr_static(cls, name), staticmethod)
        original = getattr(cls, name)
        label_of: Callable[..., str] = label if callable(label) else lambda *_: label

        if inspect.iscoroutinefunction(original):

            async def timed(*args: Any, **kwargs: Any) -> Any:
                started = time.perf_counter()
                try:
                    return await original(*args, **kwargs)
                finally:
                    self.add(label_of(*args[:1]), time.perf_counter() - started)

        else:

            def timed(*args: Any, **kwargs: Any) -> Any:
                started = time.perf_counter()
                try:
                    return original(*args, **kwargs)
                finally:
                    self.add(label_of(*args[:1]), time.perf_counter() - started)

        new = functools.wraps(original)(timed)
        self.replace(cls, name, staticmethod(new) if static else new)

    def replace(self, cls: type, name: str, new: Any) -> None:
        self._undo.append((cls, name, cls.__dict__.get(name)))
        setattr(cls, name, new)

    def restore(self) -> None:
        while self._undo:
            cls, name, old = self._undo.pop()
            if old is None:
                delattr(cls, name)
            else:
                setattr(cls, name, old)


def instrument(recorder: Recorder, nlu_target: str) -> None:
    """Wrap every measured part (recorder.restore() undoes it)."""
    from cryptography.fernet import MultiFernet
    from rasa.core.actions.action import RemoteAction
    from rasa.core.lock_store import LockStore
    from rasa.engine.graph import GraphNode
    from rasa.utils.endpoints import EndpointConfig

    from engine.command import SequentialGraphRunner
    from engine.tracker_store import EncryptedTrackerStore

    for name in ("issue_ticket", "_acquire_lock", "cleanup"):
        recorder.wrap(LockStore, name, LOCK)
    recorder.wrap(EncryptedTrackerStore, "retrieve", RETRIEVE)
    recorder.wrap(EncryptedTrackerStore, "deserialise_tracker", f"{RETRIEVE}/JSON -> tracker")
    recorder.wrap(MultiFernet, "decrypt", f"{RETRIEVE}/Fernet decrypt")
    recorder.wrap(EncryptedTrackerStore, "save", SAVE)
    recorder.wrap(EncryptedTrackerStore, "serialise_tracker", f"{SAVE}/tracker -> JSON")
    recorder.wrap(MultiFernet, "encrypt", f"{SAVE}/Fernet encrypt")

    run = SequentialGraphRunner.run  # what engine.command.install() makes Rasa use

    def graph_run(this: Any, inputs: Any = None, targets: Any = None) -> Any:
        recorder.graph = NLU if targets == [nlu_target] else CORE  # for its nodes' labels
        started = time.perf_counter()
        try:
            return run(this, inputs, targets)
        finally:
            recorder.add(recorder.graph, time.perf_counter() - started)
            recorder.graph = ""

    recorder.replace(SequentialGraphRunner, "run", graph_run)

    def node(this: GraphNode) -> str:
        name, config = this._component_class.__name__, this._component_config
        if "analyzer" in config:  # tell the CountVectorsFeaturizers apart
            name += f" ({config['analyzer']} {config['min_ngram']}-{config['max_ngram']})"
        return f"{recorder.graph}/{name}"

    recorder.wrap(GraphNode, "__call__", node)
    recorder.wrap(RemoteAction, "run", REMOTE)
    recorder.wrap(RemoteAction, "_action_call_format", f"{REMOTE}/build payload")
    recorder.wrap(EndpointConfig, "request", f"{REMOTE}/HTTP round trip")
    recorder.wrap(RemoteAction, "_validate_action_result", f"{REMOTE}/validate reply")


# --- the table -------------------------------------------------------------------------


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def per_message(samples: List[Sample], label: str) -> List[float]:
    return [s.get(label, [0.0, 0])[0] for s in samples]


def print_table(samples: List[Sample]) -> None:
    """Calls per message, mean and p95 ms per message, and share of the total."""
    n, total = len(samples), per_message(samples, TOTAL)
    print(f"\nPer message, over {n} messages (· is part of the row above it):\n")
    print(f"| {'part':<46} | calls/msg | mean ms | p95 ms |  share |")
    print(f"|{'-' * 48}|----------:|--------:|-------:|-------:|")

    def row(label: str, values: List[float], calls: str) -> None:
        print(
            f"| {label:<46} | {calls:>9} | {statistics.fmean(values):7.2f} "
            f"| {percentile(values, 0.95):6.2f} | {sum(values) / sum(total):6.1%} |"
        )

    def rest(parent: List[float], parts: List[List[float]]) -> List[float]:
        return [value - sum(part[i] for part in parts) for i, value in enumerate(parent)]

    def calls(label: str) -> str:
        return f"{sum(s.get(label, [0.0, 0])[1] for s in samples) / n:.2f}"

    seen = list(dict.fromkeys(label for sample in samples for label in sample))
    row(TOTAL, total, "1.00")
    tops = []
    for parent, remainder in PARTS:
        tops.append(per_message(samples, parent))
        row(parent, tops[-1], calls(parent))
        parts = [label for label in seen if label.startswith(parent + "/")]
        for label in parts:
            row("· " + label.split("/", 1)[1], per_message(samples, label), calls(label))
        if remainder:
            row(
                f"· {remainder} (the rest)",
                rest(tops[-1], [per_message(samples, p) for p in parts]),
                "",
            )
    row("Rasa's processor outside all the parts above", rest(total, tops), "")
    print(
        f"\nTotal per message: p50 {percentile(total, 0.5):.1f} ms, "
        f"p95 {percentile(total, 0.95):.1f} ms, mean {statistics.fmean(total):.1f} ms"
    )


# --- the messages ----------------------------------------------------------------------


def conversations(count: int, length: int, seed: int = 7) -> List[List[str]]:
    """Each conversation: a test story's user turns, then held-out NLU examples."""
    from rasa.shared.nlu.training_data.entities_parser import replace_entities
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.utils.io import read_yaml_file

    stories = [
        [replace_entities(step["user"]).strip() for step in story["steps"] if "user" in step]
        for story in read_yaml_file(ROOT / "tests" / "test_stories.yml")["stories"]
    ]
    held_out = sorted(m.get("text") for m in load_data(str(ROOT / "tests" / "nlu")).intent_examples)
    rng = random.Random(seed)
    return [
        (stories[i % len(stories)] + rng.sample(held_out, length))[:length] for i in range(count)
    ]


async def converse(
    agent: Any, recorder: Recorder, sender: str, turns: List[str], samples: List[Sample]
) -> List[str]:
    """Send one conversation as Rasa's REST channel does; what the person sees.

    One sample per message goes to samples. Returned: each message's replies,
    then the slots at the end.
    """
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    seen = []
    for text in turns:
        recorder.sample = {}
        started = time.perf_counter()
        message = UserMessage(text, CollectingOutputChannel(), sender, input_channel="rest")
        replies = await agent.handle_message(message) or []
        recorder.add(TOTAL, time.perf_counter() - started)
        samples.append(recorder.sample)
        recorder.sample = None
        seen.append(json.dumps([{**r, "recipient_id": None} for r in replies], sort_keys=True))
    tracker = await agent.tracker_store.retrieve(sender)
    seen.append(json.dumps(tracker.current_slot_values(), sort_keys=True, default=str))
    return seen


async def profile(args: argparse.Namespace) -> None:
    import numpy as np
    from rasa.core.agent import load_agent
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    import engine.command

    engine.command.install()  # as `python -m engine run` does in scripts/serve.sh
    configure_logging_and_warnings(logging.WARNING, warn_only_once=True)
    configure_structlog(logging.WARNING)
    endpoints = AvailableEndpoints.read_endpoints(str(ROOT / "endpoints.yml"))
    agent = await load_agent(model_path=str(args.model), endpoints=endpoints)
    store = type(agent.tracker_store._tracker_store).__name__
    if not agent.is_ready() or store != "EncryptedTrackerStore":
        sys.exit(f"could not load {args.model} with the encrypted tracker store ({store})")
    print(
        f"lock store {type(agent.lock_store).__name__}, action server {agent.action_endpoint.url}"
    )

    recorder = Recorder()
    arms = [BASELINE] if args.baseline_only else [BASELINE, CANDIDATE]
    samples: Dict[str, List[Sample]] = {arm: [] for arm in arms}
    replies_differ = slots_differ = 0  # the candidate's, against the baseline's
    warm_up, *plan = conversations(args.conversations + 1, args.length)

    async def send(arm: str, index: int, turns: List[str], kept: List[Sample]) -> List[str]:
        np.random.seed(index)  # Rasa picks among a response's variations with numpy
        agent.action_endpoint.kwargs["enable_selective_domain"] = arm == CANDIDATE
        sender = hashlib.sha256(f"{arm} {index}".encode()).hexdigest()  # like the gateway's ids
        return await converse(agent, recorder, sender, turns, kept)

    load_before = os.getloadavg()
    try:
        instrument(recorder, agent.processor.model_metadata.nlu_target)
        for arm in arms:
            await send(arm, len(plan), warm_up, [])
        for index, turns in enumerate(plan):
            order = arms if index % 2 == 0 else arms[::-1]  # neither always goes first
            seen = {arm: await send(arm, index, turns, samples[arm]) for arm in order}
            if CANDIDATE in seen:
                pairs = zip(seen[BASELINE][:-1], seen[CANDIDATE][:-1], strict=True)
                replies_differ += sum(a != b for a, b in pairs)
                slots_differ += seen[BASELINE][-1] != seen[CANDIDATE][-1]
    finally:
        recorder.restore()
        await engine.endpoints.close_all()  # the action server session Rasa's server would close
    load_after = os.getloadavg()

    print_table(samples[BASELINE])
    print(f"({len(plan)} conversations of {args.length} messages, one message at a time)")
    print(
        "load average (1, 5, 15 min): before %.2f %.2f %.2f, after %.2f %.2f %.2f"
        % (*load_before, *load_after)
    )
    if CANDIDATE not in samples:
        return
    print("\n| variant | p50 ms | p95 ms | mean ms | action server calls ms/msg |")
    print("|---|---:|---:|---:|---:|")
    for arm in arms:
        total, remote = per_message(samples[arm], TOTAL), per_message(samples[arm], REMOTE)
        print(
            f"| {arm} | {percentile(total, 0.5):.1f} | {percentile(total, 0.95):.1f} "
            f"| {statistics.fmean(total):.1f} | {statistics.fmean(remote):.1f} |"
        )
    print(
        f"with {CANDIDATE}: {replies_differ} of {len(samples[CANDIDATE])} messages' replies "
        f"and {slots_differ} of {len(plan)} conversations' final slots differ"
    )


# --- processes -------------------------------------------------------------------------


def start_action_server(port: int, env: Dict[str, str], log: Path) -> subprocess.Popen:
    command = [str(ENGINE_BIN / "rasa"), "run", "actions", "--actions", "actions"]
    with open(log, "wb") as out:
        process = subprocess.Popen(
            command + ["--port", str(port)],
            cwd=ROOT,
            env={**env, "SANIC_HOST": "127.0.0.1"},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    deadline = time.monotonic() + 90
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2).close()
            return process
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                stop(process)
                sys.exit(f"the action server did not start; its log:\n{log.read_text()}")
            time.sleep(0.3)


def stop(process: subprocess.Popen) -> None:
    """Stop the action server and anything it started (its own process group)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=30, help="how many (default 30)")
    parser.add_argument("--length", type=int, default=10, help="messages in each (default 10)")
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--baseline-only", action="store_true", help="skip the candidate change")
    args = parser.parse_args()
    if not args.model.exists():
        sys.exit(f"no model at {args.model}: run 'make train' first")
    if not GATEWAY_PYTHON.exists():
        sys.exit("no gateway environment (it migrates the database): run 'make gateway' first")

    data_dir = Path(tempfile.mkdtemp(prefix="profile-message-"))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    os.environ.pop("OUTREACH_DATABASE_URL", None)  # always the throwaway SQLite database
    os.environ["OUTREACH_DATA_DIR"] = str(data_dir)
    os.environ["ACTION_SERVER_URL"] = f"http://127.0.0.1:{port}/webhook"
    env = {**os.environ, "PYTHONWARNINGS": "ignore::DeprecationWarning"}
    server = None
    try:
        migrated = subprocess.run(
            [str(GATEWAY_PYTHON), "-m", "bot", "migrate"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        if migrated.returncode:
            sys.exit(f"python -m bot migrate failed:\n{migrated.stdout.decode(errors='replace')}")
        server = start_action_server(port, env, data_dir / "actions.log")
        when, python = time.strftime("%Y-%m-%d %H:%M"), sys.version.split()[0]
        versions = ", ".join(f"{name} {version(name)}" for name in ("rasa", "jsonschema"))
        print(f"{when}, {os.cpu_count()} cores, Python {python}, {versions}")
        asyncio.run(profile(args))
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
