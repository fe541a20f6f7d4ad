"""engine/command.py: the speed fixes change nothing Rasa computes; the safety fixes hold.

The speed fixes check action server replies exactly as Rasa does and run the
same graph nodes. The safety fixes: Rasa refuses to start without our tracker
and lock stores, and nothing a person wrote reaches Rasa's log (checked in a
fresh Python with Rasa's own logging set up, as `python -m engine` runs).
"""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from aiohttp import web
from jsonschema import ValidationError
from rasa.core import run as rasa_run
from rasa.core import tracker_store as rasa_tracker_store
from rasa.core.actions.action import RemoteAction
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.events import (
    ActionExecuted,
    Event,
    SlotSet,
    UserUttered,
    deserialise_events,
)
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from actions.logsafe import WITHHELD, safe_traceback
from engine import command as engine

ROOT = Path(__file__).resolve().parents[2]
MARKER = "markor_q7x9z_sara"

GOOD = {
    "events": [{"event": "slot", "name": "age_group", "value": "minor"}],
    "responses": [{"text": "Hej"}],
}
BAD = {"events": [{"event": "slot", "timestamp": "not a number"}], "responses": []}


@pytest.fixture
def action(monkeypatch):
    monkeypatch.setattr(RemoteAction, "_validate_action_result", engine._validate_action_result)
    return RemoteAction("action_x", EndpointConfig("http://127.0.0.1:1/webhook"))


@pytest.fixture(autouse=True)
def restore_rasas_loader(monkeypatch):
    """engine.install() replaces Rasa's tracker store loader and more: put them back afterwards."""
    name = "_load_from_module_name_in_endpoint_config"
    monkeypatch.setattr(rasa_tracker_store, name, getattr(rasa_tracker_store, name))
    monkeypatch.setattr(Event, "resolve_by_type", staticmethod(Event.resolve_by_type))
    monkeypatch.setattr(EndpointConfig, "request", EndpointConfig.request)
    monkeypatch.setattr(rasa_run, "close_resources", rasa_run.close_resources)
    for (owner, name), rasas in engine.dialogue.RASAS.items():
        monkeypatch.setattr(owner, name, rasas)
    featurizer = engine.featurizing.CountVectorsFeaturizer
    monkeypatch.setattr(featurizer, "process", featurizer.process)


def test_install_replaces_rasas_check(monkeypatch):
    monkeypatch.setattr(RemoteAction, "_validate_action_result", lambda self, result: None)
    engine.install()
    assert RemoteAction._validate_action_result is engine._validate_action_result


def test_a_valid_reply_passes(action):
    assert action._validate_action_result(GOOD) is True


def test_an_invalid_reply_fails_with_rasas_message(action):
    with pytest.raises(ValidationError) as failed:
        action._validate_action_result(BAD)
    assert "Failed to validate Action server response" in failed.value.message


def test_the_schema_is_checked_once(action, monkeypatch):
    """Rasa's own check re-checks the schema on every reply; this one does not."""
    engine._validator.cache_clear()
    engine._event_validators.cache_clear()
    cls = engine.jsonschema.validators.validator_for(RemoteAction.action_response_format_spec())
    checks = []
    real = cls.check_schema.__func__
    monkeypatch.setattr(
        cls, "check_schema", classmethod(lambda c, s: checks.append(1) or real(c, s))
    )
    for _ in range(3):
        action._validate_action_result(GOOD)
    assert len(checks) == 1


def _replies(count, seed=1):
    """Replies as an action server sends them, many with one thing wrong somewhere."""
    import copy
    import datetime as dt
    import random

    from rasa.shared.core import events as ev

    rng = random.Random(seed)
    events = [
        e.as_dict()
        for e in (
            UserUttered("hej", {"name": "greet", "confidence": 0.9}),
            ev.BotUttered("Hej!", {"buttons": [{"title": "a", "payload": "/b"}]}),
            SlotSet("age_group", "minor"),
            SlotSet("x", {"a": [1, 2]}),
            ActionExecuted("action_listen", "policy", 0.9),
            ev.FollowupAction("action_x"),
            ev.Restarted(),
            ev.SessionStarted(),
            ev.ActiveLoop(None),
            ev.EntitiesAdded([{"entity": "a", "value": 1}]),
            ev.ReminderScheduled("intent", dt.datetime(2026, 1, 1)),
            ev.AgentUttered("x"),
        )
    ]
    values = [None, 1, 1.5, "s", True, [], {}, [1], {"a": 1}]
    for _ in range(count):
        chosen = [copy.deepcopy(rng.choice(events)) for _ in range(rng.randint(0, 5))]
        for event in chosen:
            if rng.random() < 0.3:
                key = rng.choice(list(event) + ["event", "extra", "timestamp"])
                if rng.random() < 0.3:
                    event.pop(key, None)
                else:
                    event[key] = rng.choice(values + ["user", "bot", "nope"])
        reply = {"events": chosen, "responses": [{"text": "hej"}]}
        if rng.random() < 0.1:
            reply[rng.choice(["events", "responses"])] = rng.choice(values + [[1]])
        yield reply


def test_each_event_checked_by_its_own_schema_is_rasas_whole_check():
    valid = 0
    for reply in _replies(3000):
        expected = engine._validator().is_valid(reply)
        assert engine._is_valid_reply(reply) is expected, reply
        valid += expected
    assert 500 < valid < 2500  # both kinds were checked
    assert engine._is_valid_reply(GOOD) and not engine._is_valid_reply(BAD)


class _Node:
    """Stands in for a GraphNode: returns (name, value) as GraphNode does, and counts calls."""

    def __init__(self, name, calls):
        self.name, self.calls = name, calls

    def __call__(self, *inputs):
        self.calls.append(self.name)
        return self.name, f"{self.name}({','.join(str(value) for _, value in inputs)})"


def _runner(cls, calls):
    from rasa.engine.graph import GraphSchema, SchemaNode

    def node(needs, target=False):
        return SchemaNode(
            needs=needs, uses=object, constructor_name="load", fn="f", config={}, is_target=target
        )

    schema = GraphSchema(
        {
            "tokens": node({"text": "__message__"}),
            "features": node({"tokens": "tokens"}),
            "intent": node({"features": "features", "tokens": "tokens"}, target=True),
            "unused": node({"tokens": "tokens"}),
        }
    )
    runner = cls.__new__(cls)
    runner._graph_schema = schema
    runner._execution_context = None
    runner._instantiated_nodes = {name: _Node(name, calls) for name in schema.nodes}
    return runner


def test_the_sequential_runner_gives_what_dask_gives():
    from rasa.engine.runner.dask import DaskGraphRunner

    dask_calls, our_calls = [], []
    inputs = {"__message__": "hej"}
    expected = _runner(DaskGraphRunner, dask_calls).run(inputs, ["intent"])
    assert _runner(engine.SequentialGraphRunner, our_calls).run(inputs, ["intent"]) == expected
    assert expected == {"intent": "intent(features(tokens(hej)),tokens(hej))"}
    assert sorted(our_calls) == sorted(dask_calls)  # each needed node once; "unused" never


def test_install_makes_rasa_load_models_with_the_sequential_runner(monkeypatch):
    from rasa.core import processor

    monkeypatch.setattr(processor, "DaskGraphRunner", processor.DaskGraphRunner)
    monkeypatch.setattr(
        RemoteAction, "_validate_action_result", RemoteAction._validate_action_result
    )
    engine.install()
    assert processor.DaskGraphRunner is engine.SequentialGraphRunner


def test_each_event_class_is_the_one_rasa_finds():
    rasas = Event.resolve_by_type
    engine.install()
    assert Event.resolve_by_type is not rasas
    for name in {cls.type_name for cls in all_subclasses(Event)}:
        assert Event.resolve_by_type(name) is rasas(name)
        assert Event.resolve_by_type(name) is rasas(name)  # remembered
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", default=Event) is Event
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")
    stored = [UserUttered("hej"), ActionExecuted("action_listen"), SlotSet("age_group", "minor")]
    assert deserialise_events([event.as_dict() for event in stored]) == stored


async def test_action_server_calls_keep_one_connection():
    """Rasa opened a session (a connection) per call; one is kept, replies are Rasa's."""
    peers = []

    async def webhook(request):
        peers.append((request.transport.get_extra_info("peername"), request.headers["X-Key"]))
        if (await request.json()).get("fail"):
            return web.Response(status=400, text="rejected")
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    engine.install()
    try:
        config = EndpointConfig(f"http://127.0.0.1:{port}/webhook", headers={"X-Key": "k"})
        for _ in range(3):
            assert await config.request(json={"next_action": "x"}) == {
                "events": [],
                "responses": [],
            }
        with pytest.raises(ClientResponseError) as failed:
            await config.request(json={"fail": True})
        assert failed.value.status == 400 and failed.value.text == b"rejected"
        assert len({peer for peer, _ in peers}) == 1
        assert {key for _, key in peers} == {"k"}
        session = engine.endpoints.session_of(config)
        await rasa_run.close_resources(type("App", (), {"ctx": object()})(), None)
        assert session.closed
    finally:
        await runner.cleanup()


def test_an_action_calls_domain_is_encoded_once_and_the_body_means_the_same(monkeypatch):
    import json

    domain = {"intents": ["greet"], "responses": {"utter_x": [{"text": "Hej"}]}}
    payload = {"next_action": "action_respond", "tracker": {"events": []}, "domain": domain}
    assert json.loads(engine.endpoints.json_body(payload)) == payload
    encoded, dumps = [], json.dumps
    monkeypatch.setattr(json, "dumps", lambda value: encoded.append(value) or dumps(value))
    for _ in range(3):
        body = engine.endpoints.json_body({**payload, "tracker": {}})
    assert encoded.count(domain) == 0  # encoded before, not again
    assert json.loads(body) == {**payload, "tracker": {}}
    assert json.loads(engine.endpoints.json_body({"domain": domain})) == {"domain": domain}
    assert json.loads(engine.endpoints.json_body([1, 2])) == [1, 2]


# --- Rasa refuses to start without our stores -----------------------------------


class BrokenStore(TrackerStore):
    """Imports, then fails as a missing dependency would."""

    def __init__(self, *args, **kwargs):
        raise AttributeError("a library it needs is missing")


def _endpoints(tmp_path, tracker_store, lock_store="engine.lock_store.OutreachLockStore"):
    lines = ["action_endpoint:", "  url: http://127.0.0.1:5055/webhook"]
    for key, path in (("tracker_store", tracker_store), ("lock_store", lock_store)):
        if path:
            lines += [f"{key}:", f"  type: {path}"]
    path = tmp_path / "endpoints.yml"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def test_the_repositorys_endpoints_name_loadable_stores(monkeypatch):
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    assert engine.store_problem("endpoints.yml") is None


@pytest.mark.parametrize(
    "tracker_store, lock_store, problem",
    [
        ("bot.tracker_stor.EncryptedTrackerStore", None, "cannot be imported"),
        ("engine.tracker_store.NoSuchStore", None, "cannot be imported"),
        ("engine.lock_store.OutreachLockStore", None, "is not a TrackerStore"),
        (None, None, "names no tracker_store"),
        ("sql", None, "names no tracker_store"),
        (
            "engine.tracker_store.EncryptedTrackerStore",
            "bot.lock_stor.OutreachLockStore",
            "lock_store",
        ),
        ("engine.tracker_store.EncryptedTrackerStore", "", "names no lock_store"),
    ],
)
def test_a_store_rasa_would_replace_by_memory_is_a_problem(
    tmp_path, tracker_store, lock_store, problem
):
    if lock_store is None:
        lock_store = "engine.lock_store.OutreachLockStore"
    assert problem in engine.store_problem(_endpoints(tmp_path, tracker_store, lock_store))


def test_a_missing_endpoints_file_is_a_problem(tmp_path):
    assert "not found" in engine.store_problem(str(tmp_path / "endpoints.yml"))


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["rasa", "run", "--model", "m", "--endpoints", "e.yml"], "e.yml"),
        (["rasa", "run", "--endpoints=e.yml"], "e.yml"),
        (["rasa", "shell"], "endpoints.yml"),
        (["rasa", "run", "actions", "--actions", "actions"], None),
        (["rasa", "train"], None),
        (["rasa"], None),
    ],
)
def test_the_commands_that_serve_conversations_are_checked(argv, expected):
    assert engine.endpoints_to_check(argv) == expected


def test_main_exits_before_rasa_starts(tmp_path, monkeypatch):
    import rasa.__main__

    monkeypatch.setattr(engine, "guard_logs", lambda: None)  # keeps pytest's logging as it is
    monkeypatch.setattr(rasa.__main__, "main", lambda: pytest.fail("Rasa was started"))
    endpoints = _endpoints(tmp_path, "bot.tracker_stor.EncryptedTrackerStore")
    monkeypatch.setattr(sys, "argv", ["engine", "run", "--endpoints", endpoints])
    with pytest.raises(SystemExit) as stopped:
        engine.main()
    assert "refusing to start Rasa" in str(stopped.value.code)


def test_rasa_refuses_to_start_with_a_tracker_store_that_cannot_be_imported(tmp_path):
    """The real command, as scripts/serve.sh and the Rasa image run it."""
    endpoints = _endpoints(tmp_path, "bot.tracker_stor.EncryptedTrackerStore")
    command = [sys.executable, "-m", "engine", "run", "--model", str(tmp_path / "m.tar.gz")]
    done = subprocess.run(
        command + ["--endpoints", endpoints, "--port", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "refusing to start Rasa: the tracker_store bot.tracker_stor" in done.stderr


def test_a_store_failing_in_its_constructor_is_an_error_not_memory(monkeypatch):
    engine.install()
    config = EndpointConfig(type=f"{__name__}.BrokenStore")
    with pytest.raises(AttributeError):
        TrackerStore.create(config)


# --- Nothing a person wrote in Rasa's log ---------------------------------------


def _nested_failure():
    try:
        raise OSError(111, "Connect call failed ('127.0.0.1', 5055)")
    except OSError as error:
        raise ValueError(f"could not handle {MARKER}") from error


def test_a_safe_traceback_keeps_types_and_places_not_messages():
    try:
        _nested_failure()
    except ValueError as error:
        text = safe_traceback(error)
    assert MARKER not in text
    assert f"ValueError: {WITHHELD}" in text
    assert "Connect call failed" in text  # an OS error says where, never what was written
    assert text.count("in _nested_failure") == 2


# The marker comes in argv: source lines are shown in tracebacks, and they are code.
LEAKS = textwrap.dedent(
    """
    import logging, sys
    MARKER = sys.argv[2]
    if sys.argv[1] == "guarded":
        from engine import command as engine
        engine.guard_logs()
    # Rasa's logging, as rasa.__main__.main sets it up.
    import rasa.utils.io
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog
    configure_logging_and_warnings(None, None, warn_only_once=True, filter_repeated_logs=True)
    rasa.utils.io.configure_colored_logging(None)
    configure_structlog(None)

    # An unknown intent after '/', and broken arguments: Rasa's regex message handler.
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
    from rasa.shared.nlu.training_data.message import Message
    domain = Domain.from_dict({"intents": ["greet"]})
    for text in ("/not_an_intent_" + MARKER, "/greet{no json " + MARKER):
        YAMLStoryReader.unpack_regex_message(Message({"text": text}), domain)

    # The REST channel's log of a failed message: the text, and locals in the traceback.
    import structlog
    def handle(text):
        raise ValueError("bad " + text)
    try:
        handle(MARKER)
    except ValueError:
        structlog.get_logger().exception("rest.message.received.failure", text=MARKER)
    structlog.get_logger().error("rest.message.received.timeout", text=MARKER)

    # A failing action: rasa-sdk's error body (the tracker) in the processor's traceback.
    from rasa.shared.exceptions import RasaException
    from rasa.utils.endpoints import ClientResponseError
    try:
        try:
            raise ClientResponseError(500, "Error", '{"request_body": "%s"}' % MARKER)
        except ClientResponseError as error:
            raise RasaException("Failed to execute custom action 'action_respond'") from error
    except RasaException:
        logging.getLogger("rasa.core.processor").exception(
            "Encountered an exception while running action 'action_respond'."
        )
    # ActionExtractSlots quotes the error: "... as a result of error '{str(e)}'".
    error = ClientResponseError(500, "Error", '{"request_body": "%s"}' % MARKER)
    logging.getLogger("rasa.core.actions.action").warning(f"as a result of error '{error}'")
    """
)


@pytest.mark.parametrize("mode", ["guarded", "as_rasa_ships"])
def test_rasas_warnings_and_errors_log_no_text(tmp_path, mode):
    script = tmp_path / "leaks.py"
    script.write_text(LEAKS)
    done = subprocess.run(
        [sys.executable, str(script), mode, MARKER],
        cwd=ROOT,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-3000:]
    if mode == "as_rasa_ships":  # the test would catch a leak
        assert MARKER in log
        return
    assert MARKER not in log
    assert "A message starting with '/' names no intent" in log
    assert "Encountered an exception while running action 'action_respond'" in log
    assert "rasa.utils.endpoints.ClientResponseError" in log
    assert "rest.message.received.failure" in log and "rest.message.received.timeout" in log
    assert "as a result of error '500, Error, body (message withheld" in log
