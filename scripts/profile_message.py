#!/usr/bin/env python3
"""Where a message's time goes inside Rasa (docs/benchmarks.md).

Run in the engine environment: `.venv/engine/bin/python scripts/profile_message.py`
(about 1½ minutes on 2 cores, longer under load). Prints figures; asserts
nothing; writes nothing in the repository.

It migrates a throwaway gateway database in a temporary directory (the tracker
store lives there), starts the action server on a free loopback port, wraps the
parts of a message at the class level, and then loads models/assistant.tar.gz
in-process with endpoints.yml, as `rasa run` does (each graph node takes its
component's method from the class when the model is loaded). Measured: the
lock store; the encrypted tracker store (SQL, Fernet, JSON); the NLU graph and
each component of config.yml's pipeline; the dialogue graph, each policy and
the ensemble; every call to the action server (payload, HTTP round trip, Rasa's
check of the reply); and `Agent.handle_message` as a whole. What is left over
is Rasa's own work, shown in the "(the rest)" rows.

The messages are the user turns of tests/test_stories.yml, each story followed
by held-out examples from tests/nlu/, sent as conversations (30 of 10 messages
by default), one message at a time as the gateway sends them, after a warm-up
conversation that is not counted. Printed per part: calls per message, mean
and p95 ms per message, and the share of the total.

Unless --no-candidates is given, every conversation is also sent with each
candidate change switched on in memory (config.yml, endpoints.yml and Rasa's
files are not touched), interleaved with the baseline so that all see the same
machine, and what the person would see (the replies, the final slots) is
compared: `enable_selective_domain: true` on the action endpoint, Rasa's reply
validator built once instead of on every call, MemoizationPolicy removed, and
all three. The wrappers are removed, the action server is stopped and the
temporary directory is deleted before it exits.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
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
from collections import Counter
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


# --- measuring -------------------------------------------------------------------------


class Recorder:
    """Seconds and calls per labelled part, kept per message."""

    def __init__(self) -> None:
        self.current: Optional[Dict[str, List[float]]] = None
        self.graph: Optional[str] = None  # the graph being run, NLU or CORE
        self.nlu_target = ""  # the NLU graph's target node, known once the model is loaded
        self.changes: frozenset = frozenset()  # candidate changes switched on just now
        self.in_payload = False
        self.counting = False  # count events (baseline conversations only)
        self.counters: Dict[str, Counter] = {}
        self.payloads: List[Any] = []
        self._active: set = set()

    def count(self, kind: str, what: str) -> None:
        if self.counting and self.current is not None:
            self.counters.setdefault(kind, Counter())[what] += 1

    def add(self, label: str, seconds: float) -> None:
        if self.current is not None and label:
            entry = self.current.setdefault(label, [0.0, 0])
            entry[0] += seconds
            entry[1] += 1

    @staticmethod
    def _label(label: Any, this: Any) -> str:
        return label(this) if callable(label) else label

    def sync(self, original: Callable, label: Any) -> Callable:
        @functools.wraps(original)
        def timed(this: Any, *args: Any, **kwargs: Any) -> Any:
            key = (id(this), original.__name__)
            if key in self._active:  # a super() call inside a wrapped method
                return original(this, *args, **kwargs)
            self._active.add(key)
            started = time.perf_counter()
            try:
                return original(this, *args, **kwargs)
            finally:
                self.add(self._label(label, this), time.perf_counter() - started)
                self._active.discard(key)

        return timed

    def asynchronous(self, original: Callable, label: Any) -> Callable:
        @functools.wraps(original)
        async def timed(this: Any, *args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return await original(this, *args, **kwargs)
            finally:
                self.add(self._label(label, this), time.perf_counter() - started)

        return timed

    def static(self, original: Callable, label: str) -> Callable:
        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.add(label, time.perf_counter() - started)

        return timed


class Patches:
    """Class attributes replaced for the run, put back exactly as they were."""

    def __init__(self) -> None:
        self._undo: List[Tuple[type, str, bool, Any]] = []

    def wrap(self, recorder: Recorder, cls: type, name: str, label: Any) -> None:
        static = inspect.getattr_static(cls, name)
        original = getattr(cls, name)
        if isinstance(static, staticmethod):
            new: Any = staticmethod(recorder.static(original, label))
        elif inspect.iscoroutinefunction(original):
            new = recorder.asynchronous(original, label)
        else:
            new = recorder.sync(original, label)
        self.replace(cls, name, new)

    def replace(self, cls: type, name: str, new: Any) -> None:
        self._undo.append((cls, name, name in cls.__dict__, cls.__dict__.get(name)))
        setattr(cls, name, new)

    def restore(self) -> None:
        while self._undo:
            cls, name, had, old = self._undo.pop()
            if had:
                setattr(cls, name, old)
            else:
                delattr(cls, name)


# The table: each parent row is followed by its parts and a derived row, the
# parent's time minus its parts', so every level adds up. Parts marked False are
# inside another part and are not subtracted.
# Candidate changes, each switched on in memory for its own conversations.
SELECTIVE_DOMAIN = "selective domain"  # endpoints.yml action_endpoint enable_selective_domain
CACHED_VALIDATOR = "validator built once"  # RemoteAction's reply check, see below
NO_MEMOIZATION = "no MemoizationPolicy"  # config.yml without it (it predicts nothing)
BASELINE = "as configured"
ARMS: Dict[str, frozenset] = {
    BASELINE: frozenset(),
    "enable_selective_domain: true": frozenset({SELECTIVE_DOMAIN}),
    "reply validator built once": frozenset({CACHED_VALIDATOR}),
    "without MemoizationPolicy": frozenset({NO_MEMOIZATION}),
    "all three": frozenset({SELECTIVE_DOMAIN, CACHED_VALIDATOR, NO_MEMOIZATION}),
}
POSITION = "_position"  # a sample's place in its conversation, not a part
TOTAL = "Agent.handle_message (total)"
LOCK = "lock store (ticket, acquire, release)"
RETRIEVE = "tracker store: retrieve"
SAVE = "tracker store: save"
NLU = "NLU graph"
CORE = "dialogue graph"
REMOTE = "action server calls (RemoteAction.run)"
NLU_OTHER = "other nodes (message in/out, domain)"
CORE_OTHER = "providers (domain, rule-only data)"
LAYOUT: List[Tuple[str, List[Tuple[str, bool]], str]] = [
    (LOCK, [], ""),
    (
        RETRIEVE,
        [("Fernet decrypt", True), ("JSON -> tracker", True)],
        "SQL read, session split",
    ),
    (SAVE, [("tracker -> JSON", True), ("Fernet encrypt", True)], "SQL write"),
    (
        NLU,
        [
            ("WhitespaceTokenizer", True),
            ("AgeExtractor (bot)", True),
            ("RegexEntityExtractor", True),
            ("EntitySynonymMapper", True),
            ("CountVectorsFeaturizer (word 1-2)", True),
            ("CountVectorsFeaturizer (char_wb 2-6)", True),
            ("LogisticRegressionClassifier", True),
            ("CrisisOverride (bot)", True),
            ("FallbackClassifier", True),
            (NLU_OTHER, True),
        ],
        "graph runner (dask) itself",
    ),
    (
        CORE,
        [
            ("RulePolicy", True),
            ("MemoizationPolicy", True),
            ("ensemble (combine predictions)", True),
            (CORE_OTHER, True),
        ],
        "graph runner (dask) itself",
    ),
    (
        REMOTE,
        [
            ("build payload", True),
            ("domain.as_dict() (in payload)", False),
            ("HTTP round trip", True),
            ("validate reply (jsonschema)", True),
        ],
        "rest (responses, events)",
    ),
]


def cached_reply_validator() -> Callable[[Any, Dict[str, Any]], bool]:
    """RemoteAction._validate_action_result with the validator built once.

    Rasa calls `jsonschema.validate(result, schema)` on every reply, and that
    checks the schema itself against the JSON Schema meta-schema each time.
    """
    from jsonschema import ValidationError, validators
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)

    def validate(this: Any, result: Dict[str, Any]) -> bool:
        try:
            validator.validate(result)
        except ValidationError as error:
            error.message += (
                ". Failed to validate Action server response from API, "
                "make sure your response from the Action endpoint is valid. "
                "For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions"
            )
            raise
        return True

    return validate


def _cvf_label(this: Any) -> str:
    return f"CountVectorsFeaturizer ({this.analyzer} {this.min_ngram}-{this.max_ngram})"


def instrument(recorder: Recorder, patches: Patches) -> None:
    """Wrap every measured part at the class level (patches.restore() undoes it).

    Before the model is loaded: each graph node takes its component's method from
    the class when it is built.
    """
    from cryptography.fernet import MultiFernet
    from rasa.core.actions.action import RemoteAction
    from rasa.core.lock_store import LockStore
    from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble
    from rasa.core.policies.memoization import MemoizationPolicy
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.graph_components.converters.nlu_message_converter import NLUMessageConverter
    from rasa.graph_components.providers.domain_provider import DomainProvider
    from rasa.graph_components.providers.rule_only_provider import RuleOnlyDataProvider
    from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
    from rasa.nlu.classifiers.logistic_regression_classifier import (
        LogisticRegressionClassifier,
    )
    from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler
    from rasa.nlu.extractors.entity_synonyms import EntitySynonymMapper
    from rasa.nlu.extractors.regex_entity_extractor import RegexEntityExtractor
    from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
        CountVectorsFeaturizer,
    )
    from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
    from rasa.shared.core.domain import Domain
    from rasa.utils.endpoints import EndpointConfig

    from bot.nlu.components import AgeExtractor, CrisisOverride
    from bot.tracker_store import EncryptedTrackerStore

    wrap = functools.partial(patches.wrap, recorder)
    for name in ("issue_ticket", "_acquire_lock", "cleanup"):
        wrap(LockStore, name, LOCK)

    wrap(EncryptedTrackerStore, "retrieve", RETRIEVE)
    wrap(EncryptedTrackerStore, "save", SAVE)
    wrap(EncryptedTrackerStore, "serialise_tracker", "tracker -> JSON")
    wrap(EncryptedTrackerStore, "deserialise_tracker", "JSON -> tracker")
    wrap(MultiFernet, "encrypt", "Fernet encrypt")
    wrap(MultiFernet, "decrypt", "Fernet decrypt")

    original_run = DaskGraphRunner.run

    def graph_run(this: Any, inputs: Any, targets: Any = None) -> Any:
        recorder.graph = NLU if targets == [recorder.nlu_target] else CORE
        started = time.perf_counter()
        try:
            return original_run(this, inputs, targets)
        finally:
            recorder.add(recorder.graph, time.perf_counter() - started)
            recorder.graph = None

    patches.replace(DaskGraphRunner, "run", graph_run)

    for cls, label in [
        (WhitespaceTokenizer, "WhitespaceTokenizer"),
        (AgeExtractor, "AgeExtractor (bot)"),
        (RegexEntityExtractor, "RegexEntityExtractor"),
        (EntitySynonymMapper, "EntitySynonymMapper"),
        (CountVectorsFeaturizer, _cvf_label),
        (LogisticRegressionClassifier, "LogisticRegressionClassifier"),
        (CrisisOverride, "CrisisOverride (bot)"),
        (RegexMessageHandler, NLU_OTHER),
    ]:
        wrap(cls, "process", label)
    wrap(NLUMessageConverter, "convert_user_message", NLU_OTHER)

    def provider(this: Any) -> str:
        return NLU_OTHER if recorder.graph == NLU else CORE_OTHER

    wrap(DomainProvider, "provide_inference", provider)
    wrap(RuleOnlyDataProvider, "provide", provider)

    fallback_process = FallbackClassifier.process

    def fallback(this: Any, messages: List[Any]) -> List[Any]:
        before = [(m.get("intent") or {}).get("name") for m in messages]
        started = time.perf_counter()
        result = fallback_process(this, messages)
        recorder.add("FallbackClassifier", time.perf_counter() - started)
        for name, message in zip(before, result, strict=True):
            fired = (message.get("intent") or {}).get("name") != name
            recorder.count("fallback", "fired" if fired else "passed")
        return result

    patches.replace(FallbackClassifier, "process", fallback)

    wrap(RulePolicy, "predict_action_probabilities", "RulePolicy")
    memoization = MemoizationPolicy.predict_action_probabilities

    def memo(this: Any, tracker: Any, domain: Any, *args: Any, **kwargs: Any) -> Any:
        if type(this) is not MemoizationPolicy:  # RulePolicy inherits from it
            return memoization(this, tracker, domain, *args, **kwargs)
        started = time.perf_counter()
        try:
            if NO_MEMOIZATION in recorder.changes:  # what the ensemble sees without it
                return this._prediction(this._default_predictions(domain))
            return memoization(this, tracker, domain, *args, **kwargs)
        finally:
            recorder.add("MemoizationPolicy", time.perf_counter() - started)

    patches.replace(MemoizationPolicy, "predict_action_probabilities", memo)
    combine = DefaultPolicyPredictionEnsemble.combine_predictions_from_kwargs

    def ensemble(this: Any, tracker: Any, domain: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        prediction = combine(this, tracker, domain, **kwargs)
        recorder.add("ensemble (combine predictions)", time.perf_counter() - started)
        recorder.count("winner", str(prediction.policy_name))
        memo = [p for p in kwargs.values() if p.policy_name == "MemoizationPolicy"]
        if memo and max(memo[0].probabilities, default=0.0) > 0:
            recorder.count("memoization", "predicted something")
        return prediction

    patches.replace(DefaultPolicyPredictionEnsemble, "combine_predictions_from_kwargs", ensemble)

    remote_run = RemoteAction.run

    async def remote(this: Any, *args: Any, **kwargs: Any) -> Any:
        recorder.count("action", this.name())
        started = time.perf_counter()
        try:
            return await remote_run(this, *args, **kwargs)
        finally:
            recorder.add(REMOTE, time.perf_counter() - started)

    patches.replace(RemoteAction, "run", remote)
    payload = RemoteAction._action_call_format

    def build_payload(this: Any, tracker: Any, domain: Any) -> Any:
        recorder.in_payload = True
        started = time.perf_counter()
        try:
            return payload(this, tracker, domain)
        finally:
            recorder.add("build payload", time.perf_counter() - started)
            recorder.in_payload = False

    patches.replace(RemoteAction, "_action_call_format", build_payload)
    wrap(Domain, "as_dict", lambda this: "domain.as_dict() (in payload)" * recorder.in_payload)
    validate = RemoteAction._validate_action_result
    cached = cached_reply_validator()

    def validate_reply(this: Any, result: Dict[str, Any]) -> bool:
        started = time.perf_counter()
        try:
            if CACHED_VALIDATOR in recorder.changes:
                return cached(this, result)
            return validate(this, result)
        finally:
            recorder.add("validate reply (jsonschema)", time.perf_counter() - started)

    patches.replace(RemoteAction, "_validate_action_result", validate_reply)
    request = EndpointConfig.request

    async def round_trip(this: Any, *args: Any, **kwargs: Any) -> Any:
        if recorder.current is not None and recorder.counting:
            recorder.payloads.append(kwargs.get("json"))
        started = time.perf_counter()
        try:
            return await request(this, *args, **kwargs)
        finally:
            recorder.add("HTTP round trip", time.perf_counter() - started)

    patches.replace(EndpointConfig, "request", round_trip)


# --- the messages ----------------------------------------------------------------------


def conversations(senders: int, per_sender: int, seed: int = 7) -> List[List[str]]:
    """Each conversation: a test story's user turns, then held-out NLU examples."""
    from rasa.shared.nlu.training_data.entities_parser import replace_entities
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.utils.io import read_yaml_file

    stories = []
    for story in read_yaml_file(ROOT / "tests" / "test_stories.yml")["stories"]:
        turns = [
            replace_entities(step["user"]).strip() for step in story["steps"] if "user" in step
        ]
        stories.append(turns)
    held_out = sorted(m.get("text") for m in load_data(str(ROOT / "tests" / "nlu")).intent_examples)
    rng = random.Random(seed)
    result = []
    for index in range(senders):
        turns = list(stories[index % len(stories)])
        turns += rng.sample(held_out, per_sender)
        result.append(turns[:per_sender])
    return result


def sender_id(name: str) -> str:
    """Shaped like the gateway's HMAC conversation ids (64 hex characters)."""
    return hashlib.sha256(name.encode()).hexdigest()


# --- processes -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def migrate(env: Dict[str, str]) -> str:
    """Create the gateway's database (rasa_trackers included) in the data directory."""
    if GATEWAY_PYTHON.exists():
        done = subprocess.run(
            [str(GATEWAY_PYTHON), "-m", "bot", "migrate"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        if done.returncode:
            sys.exit(f"python -m bot migrate failed:\n{done.stdout.decode(errors='replace')}")
        return "gateway migrations (python -m bot migrate)"
    import sqlalchemy as sa

    from bot.gateway.settings import load_settings
    from bot.tracker_store import _METADATA, engine_url

    _METADATA.create_all(sa.create_engine(engine_url(load_settings(env).database_url)))
    return "bot.tracker_store metadata (no gateway environment)"


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


# --- running ---------------------------------------------------------------------------


async def send(agent: Any, sender: str, text: str) -> List[Dict[str, Any]]:
    """What Rasa's REST channel does with a message from the gateway."""
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    message = UserMessage(text, CollectingOutputChannel(), sender, input_channel="rest")
    return await agent.handle_message(message) or []


async def converse(
    agent: Any, recorder: Recorder, sender: str, turns: List[str], seed: int, samples: List[Dict]
) -> List[Any]:
    """Send one conversation, one message at a time; one sample per message.

    Returns what an outside observer sees: each message's replies, and the
    slots at the end.
    """
    import numpy as np

    np.random.seed(seed)  # Rasa picks among a response's variations with numpy
    seen: List[Any] = []
    for position, text in enumerate(turns, 1):
        recorder.current = {}
        started = time.perf_counter()
        answer = await send(agent, sender, text)
        elapsed = time.perf_counter() - started
        recorder.current[TOTAL] = [elapsed, 1]
        recorder.current[POSITION] = [position, 0]
        samples.append(recorder.current)
        recorder.current = None
        seen.append([json.dumps({**m, "recipient_id": None}, sort_keys=True) for m in answer])
    tracker = await agent.tracker_store.retrieve(sender)
    seen.append(json.dumps(tracker.current_slot_values(), sort_keys=True, default=str))
    return seen


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def per_message(samples: List[Dict], label: str) -> List[float]:
    return [s.get(label, (0.0, 0))[0] * 1000 for s in samples]


def calls(samples: List[Dict], label: str) -> float:
    return sum(s.get(label, (0.0, 0))[1] for s in samples) / len(samples)


Row = Tuple[str, str, float, float, float]


def table(samples: List[Dict]) -> List[Row]:
    """Rows: (label, calls per message, mean ms, p95 ms, share of the total)."""
    total = per_message(samples, TOTAL)
    grand = sum(total)
    rows: List[Row] = []

    def row(label: str, values: List[float], count: Optional[float]) -> None:
        shown = "" if count is None else f"{count:.2f}"
        p95 = percentile(values, 0.95)
        rows.append((label, shown, statistics.fmean(values), p95, sum(values) / grand))

    def rest(parent: List[float], parts: List[List[float]]) -> List[float]:
        return [value - sum(part[i] for part in parts) for i, value in enumerate(parent)]

    row(TOTAL, total, 1.0)
    tops = []
    for parent, children, remainder in LAYOUT:
        values = per_message(samples, parent)
        tops.append(values)
        row(parent, values, calls(samples, parent))
        parts = []
        for child, direct in children:
            child_values = per_message(samples, child)
            indent = "  " if direct else "    "
            row(indent + child, child_values, calls(samples, child))
            if direct:
                parts.append(child_values)
        if remainder:
            row(f"  {remainder} (the rest)", rest(values, parts), None)
    row("Rasa's processor outside all the parts above", rest(total, tops), None)
    return rows


def print_table(rows: List[Row], count: int) -> None:
    print(f"\nPer message, over {count} messages:\n")
    print("(a row marked · is part of the row above it; · · is part of that part)\n")
    print(f"| {'part':<52} | calls/msg | mean ms | p95 ms |  share |")
    print(f"|{'-' * 54}|----------:|--------:|-------:|-------:|")
    for label, count_shown, mean, p95, share in rows:
        depth = (len(label) - len(label.lstrip())) // 2
        label = "· " * depth + label.strip()
        print(f"| {label:<52} | {count_shown:>9} | {mean:7.2f} | {p95:6.2f} | {share:6.1%} |")


async def sizes(agent: Any, senders: List[str]) -> Dict[str, float]:
    """Bytes per stored tracker, and per action call with and without the domain."""
    import sqlalchemy as sa
    from rasa.core.actions.action import RemoteAction

    from bot.tracker_store import TRACKERS

    store = agent.tracker_store._tracker_store
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(TRACKERS.c.sender_id, TRACKERS.c.body)).all()
    bodies = [len(body) for sender, body in rows if sender in senders]
    action = RemoteAction("action_refer_to_service", agent.action_endpoint)
    call, events = [], []
    for sender in senders:
        tracker = await store.retrieve(sender)
        call.append(len(json.dumps(action._action_call_format(tracker, agent.domain))))
        events.append(len(tracker.events))
    return {
        "tracker": statistics.fmean(bodies),
        "tracker_max": max(bodies),
        "events": statistics.fmean(events),
        "call": statistics.fmean(call),
        "domain": len(json.dumps(agent.domain.as_dict())),
    }


async def replay_actions(payloads: List[Dict[str, Any]]) -> float:
    """Mean ms of the action code with rasa-sdk alone, in process, on the same calls."""
    from rasa_sdk.executor import ActionExecutor

    logging.getLogger("rasa_sdk").setLevel(logging.ERROR)  # as quiet as the server's log
    executor = ActionExecutor()
    executor.register_package("actions")
    for payload in payloads[:20]:
        await executor.run(copy.deepcopy(payload))  # warm-up
    timings = []
    for payload in payloads:
        payload = copy.deepcopy(payload)
        started = time.perf_counter()
        await executor.run(payload)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.fmean(timings)


async def load(model: Path) -> Any:
    """The agent as `rasa run` builds it: the model and endpoints.yml."""
    from rasa.core.agent import load_agent
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING, warn_only_once=True)
    configure_structlog(logging.WARNING)
    started = time.perf_counter()
    endpoints = AvailableEndpoints.read_endpoints(str(ROOT / "endpoints.yml"))
    agent = await load_agent(model_path=str(model), endpoints=endpoints)
    if not agent.is_ready():
        sys.exit(f"could not load {model}")
    store = type(agent.tracker_store._tracker_store).__name__
    if store != "EncryptedTrackerStore":
        sys.exit(f"endpoints.yml gave {store}, not the encrypted tracker store")
    print(
        f"agent loaded in {time.perf_counter() - started:.1f} s (tracker store {store}, "
        f"lock store {type(agent.lock_store).__name__}, action server "
        f"{agent.action_endpoint.url})"
    )
    return agent


async def profile(args: argparse.Namespace) -> None:
    from importlib.metadata import version

    print(
        f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.2f}; Python {sys.version.split()[0]}, Rasa {version('rasa')}, "
        f"jsonschema {version('jsonschema')}"
    )
    recorder, patches = Recorder(), Patches()
    arms = [BASELINE] if args.no_candidates else list(ARMS)
    samples: Dict[str, List[Dict]] = {arm: [] for arm in arms}
    differences: Counter = Counter()
    senders: List[str] = []
    try:
        instrument(recorder, patches)
        agent = await load(args.model)
        recorder.nlu_target = agent.processor.model_metadata.nlu_target
        endpoint = agent.action_endpoint
        plan = conversations(args.senders + 1, args.per_sender)
        warm_up, plan = plan[0], plan[1:]

        async def run(arm: str, index: int, turns: List[str], kept: List[Dict]) -> Any:
            recorder.changes = ARMS[arm]
            recorder.counting = arm == BASELINE and kept is samples[BASELINE]
            if SELECTIVE_DOMAIN in recorder.changes:
                endpoint.kwargs["enable_selective_domain"] = True
            name = sender_id(f"{arm} {index}")
            try:
                return await converse(agent, recorder, name, turns, index, kept)
            finally:
                endpoint.kwargs.pop("enable_selective_domain", None)
                recorder.counting = False
                recorder.changes = frozenset()

        for arm in arms:
            await run(arm, 10**6, warm_up, [])
        for index, turns in enumerate(plan):
            senders.append(sender_id(f"{BASELINE} {index}"))
            # Rotate which arm goes first, so none always finds a warmer machine.
            order = arms[index % len(arms) :] + arms[: index % len(arms)]
            seen = {}
            for arm in order:
                seen[arm] = await run(arm, index, turns, samples[arm])
            for arm in arms[1:]:
                pairs = zip(seen[BASELINE][:-1], seen[arm][:-1], strict=True)
                differences[arm, "replies"] += sum(a != b for a, b in pairs)
                differences[arm, "slots"] += seen[BASELINE][-1] != seen[arm][-1]
    finally:
        patches.restore()

    load_after = os.getloadavg()[0]
    report(args, recorder, samples, differences, len(plan))
    figures = await sizes(agent, senders)
    print(
        f"stored tracker after {args.per_sender} messages: {figures['events']:.0f} events, "
        f"{figures['tracker'] / 1024:.1f} KiB encrypted on average "
        f"(max {figures['tracker_max'] / 1024:.1f} KiB); a call to the action server then "
        f"sends {figures['call'] / 1024:.1f} KiB of JSON, {figures['domain'] / 1024:.1f} KiB "
        "of it the domain"
    )
    print(f"load average at the end of the measured messages: {load_after:.2f}")
    sent = [p for p in recorder.payloads if p]
    if sent:
        code_ms = await replay_actions(sent)
        baseline = samples[BASELINE]
        per_call = sum(per_message(baseline, "HTTP round trip")) / (
            calls(baseline, "HTTP round trip") * len(baseline)
        )
        print(
            f"the same {len(sent)} action calls run in process (action code + rasa-sdk): "
            f"{code_ms:.2f} ms each, against {per_call:.2f} ms per HTTP round trip"
        )


def report(
    args: argparse.Namespace,
    recorder: Recorder,
    samples: Dict[str, List[Dict]],
    differences: Counter,
    conversations_sent: int,
) -> None:
    baseline = samples[BASELINE]
    print_table(table(baseline), len(baseline))
    totals = per_message(baseline, TOTAL)
    print(
        f"\nTotal per message: p50 {percentile(totals, 0.5):.1f} ms, "
        f"p95 {percentile(totals, 0.95):.1f} ms, mean {statistics.fmean(totals):.1f} ms "
        f"({conversations_sent} conversations of {args.per_sender} messages, one at a time)"
    )
    counters = recorder.counters
    n = len(baseline)
    actions = counters.get("action", Counter())
    print(
        "action server calls per message: "
        + ", ".join(f"{name} {count / n:.2f}" for name, count in actions.most_common())
    )
    winners = counters.get("winner", Counter())
    print(
        f"winning policy, over {sum(winners.values())} predictions: "
        + ", ".join(f"{name} {count}" for name, count in winners.most_common())
        + "; MemoizationPolicy predicted anything in "
        + str(counters.get("memoization", Counter())["predicted something"])
    )
    fallback = counters.get("fallback", Counter())
    print(
        f"FallbackClassifier changed the intent of {fallback['fired']} of "
        f"{sum(fallback.values())} messages"
    )
    retrieve, save = per_message(baseline, RETRIEVE), per_message(baseline, SAVE)
    store = [r + v for r, v in zip(retrieve, save, strict=True)]
    for position in (1, args.per_sender):
        at = [i for i, sample in enumerate(baseline) if sample[POSITION][0] == position]
        print(
            f"message {position} of a conversation: {statistics.fmean(totals[i] for i in at):.1f} "
            f"ms, of which tracker store {statistics.fmean(store[i] for i in at):.1f} ms"
        )
    if len(samples) == 1:
        return
    print("\nCandidate changes, switched on in memory, interleaved with the baseline:\n")
    print(
        "| variant | p50 ms | p95 ms | mean ms | change of mean | action server calls ms/msg "
        "| replies that differ | final slots that differ |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    base = statistics.fmean(totals)
    for arm, kept in samples.items():
        values = per_message(kept, TOTAL)
        mean = statistics.fmean(values)
        if arm == BASELINE:
            replies = slots = "-"
        else:
            replies = f"{differences[arm, 'replies']} of {len(kept)}"
            slots = f"{differences[arm, 'slots']} of {conversations_sent}"
        print(
            f"| {arm} | {percentile(values, 0.5):.1f} | {percentile(values, 0.95):.1f} "
            f"| {mean:.1f} | {(mean - base) / base:+.0%} "
            f"| {statistics.fmean(per_message(kept, REMOTE)):.1f} | {replies} | {slots} |"
        )
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--senders", type=int, default=30, help="conversations (default 30)")
    parser.add_argument("--per-sender", type=int, default=10, help="messages in each (10)")
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument(
        "--no-candidates", action="store_true", help="time the configuration as it is only"
    )
    args = parser.parse_args()
    if not args.model.exists():
        sys.exit(f"no model at {args.model}: run 'make train' first")

    data_dir = Path(tempfile.mkdtemp(prefix="profile-message-"))
    port = free_port()
    env = {
        **os.environ,
        "OUTREACH_DATA_DIR": str(data_dir),
        "ACTION_SERVER_URL": f"http://127.0.0.1:{port}/webhook",
        "PYTHONWARNINGS": "ignore::DeprecationWarning",
    }
    env.pop("OUTREACH_DATABASE_URL", None)  # always the throwaway SQLite database
    os.environ.update({k: env[k] for k in ("OUTREACH_DATA_DIR", "ACTION_SERVER_URL")})
    os.environ.pop("OUTREACH_DATABASE_URL", None)
    server = None
    try:
        how = migrate(env)
        print(f"database in {data_dir} from {how}")
        server = start_action_server(port, env, data_dir / "actions.log")
        print(f"action server on 127.0.0.1:{port}, pid {server.pid}")
        asyncio.run(profile(args))
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
