"""Rasa's command line, with speed and safety fixes: `python -m engine run …`.

The speed fixes were found by profiling a message (docs/benchmarks.md); none
changes what Rasa computes. Everything else is Rasa's own `rasa` command.

- Rasa 3.6 checks every reply from the action server with
  `jsonschema.validate`, which first checks Rasa's large event schema against
  the JSON Schema meta-schema: about 26 ms per reply, most of a message's
  time here. The validator is built once, and each event is checked against
  the schema of its own name only (`_is_valid_reply`); an invalid reply gets
  Rasa's check and error message.
- Rasa runs the model's graphs (NLU, then the policies) through Dask's task
  scheduler, whose bookkeeping costs more than our small components. The
  graphs are run in dependency order by plain Python instead, with the same
  nodes, inputs and results.
- Rasa finds each stored event's class by walking every subclass of `Event`,
  for every event of every tracker it loads (about 5 % of its CPU): each
  class found is remembered (`_resolve_by_type`).
- Rasa opens a new HTTP session, and connection, for every action server
  call: one is kept per event loop (engine/endpoints.py).
- Work the dialogue repeats for every message: engine/dialogue.py.
- The count-vector featurizers make token rows no component of our model
  reads: engine/featurizing.py.

The safety fixes:

- Rasa refuses to start unless the tracker and lock stores endpoints.yml names
  can be imported (Rasa itself would quietly keep conversations in memory,
  where the gateway cannot delete them).
- Nothing a person wrote reaches the log: warnings that quote a message
  (an unknown `/intent`) are replaced by a line without it, structlog fields
  that hold text are withheld, and every logged exception is printed without
  its message (an action server's error carries the whole tracker).
"""

from __future__ import annotations

import copy
import functools
import os
import re
import sys
import warnings
from typing import Any, Dict, List, Optional, Sequence, Text, Tuple

import jsonschema
import rasa.shared.utils.io
import rasa.utils.log_utils
from rasa.core import processor
from rasa.core import run as rasa_run
from rasa.core import tracker_store as rasa_tracker_store
from rasa.core.actions.action import RemoteAction
from rasa.core.brokers.broker import EventBroker
from rasa.core.lock_store import LockStore
from rasa.core.tracker_store import TrackerStore
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.constants import DEFAULT_ENDPOINTS_PATH, DOCS_BASE_URL
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses, class_from_module_path
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from actions.logsafe import WITHHELD, exception_of, guard_log_records, safe_traceback
from engine import dialogue, endpoints, featurizing


@functools.lru_cache(maxsize=1)
def _validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@functools.lru_cache(maxsize=1)
def _event_validators() -> Tuple[Optional[Any], Dict[Text, Any]]:
    """The reply schema without its `oneOf` of events, and each event's own schema by name.

    Rasa's schema says an event must match exactly one of 23 schemas, one per
    event name (`"event": {"const": name}`, each name once), so jsonschema tries
    every one for every event. An event whose name has a schema can only
    match that one: checking it alone says the same.
    """
    _validator()  # the whole schema checked once against the meta-schema, as before
    schema = copy.deepcopy(RemoteAction.action_response_format_spec())
    variants = schema["properties"]["events"]["items"].pop("oneOf")
    cls = jsonschema.validators.validator_for(schema)
    names = [variant.get("properties", {}).get("event", {}).get("const") for variant in variants]
    if None in names or len(set(names)) < len(names):
        return None, {}  # not a schema per name (another Rasa): always Rasa's full check
    return cls(schema), {n: cls(variant) for n, variant in zip(names, variants, strict=True)}


def _is_valid_reply(result: Any) -> bool:
    """Whether Rasa's reply schema holds, by each event's own schema (see above)."""
    rest, by_name = _event_validators()
    if rest is None or not rest.is_valid(result):
        return False
    for event in result.get("events") or ():
        name = event["event"]  # an object with a string "event": `rest` checked both
        if name not in by_name or not by_name[name].is_valid(event):
            return False
    return True


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """RemoteAction._validate_action_result with the validator built once.

    A valid reply is recognised by each event's own schema; any other gets
    Rasa's full check and its error message.
    """
    if _is_valid_reply(result):
        return True
    error = jsonschema.exceptions.best_match(_validator().iter_errors(result))
    if error is not None:
        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


_rasa_resolve_by_type = Event.resolve_by_type
_EVENT_CLASSES: Dict[Text, Any] = {}


def _resolve_by_type(type_name: Text, default: Optional[Any] = None) -> Optional[Any]:
    """Event.resolve_by_type, remembering each class found.

    Each of Rasa's event classes has a name of its own (but for a test subclass
    of UserUttered, listed after it), so the class found for a name stays the
    one Rasa finds. A name not found is Rasa's to resolve: "topic", the default
    or its error.
    """
    found = _EVENT_CLASSES.get(type_name)
    if found is None:
        for cls in all_subclasses(Event):
            if cls.type_name == type_name:
                found = _EVENT_CLASSES[type_name] = cls
                break
        else:
            return _rasa_resolve_by_type(type_name, default)
    return found


async def _close_resources(app: Any, loop: Any) -> None:
    """Rasa's close_resources, and the kept action server sessions."""
    try:
        await _rasa_close_resources(app, loop)
    finally:
        await endpoints.close_all()


_rasa_close_resources = rasa_run.close_resources


class SequentialGraphRunner(DaskGraphRunner):
    """DaskGraphRunner's `run`, evaluating each needed node once, in dependency order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        featurizing.mark_sentence_only(self._instantiated_nodes)

    def run(
        self, inputs: Optional[Dict[Text, Any]] = None, targets: Optional[List[Text]] = None
    ) -> Dict[Text, Any]:
        run_targets = targets if targets else self._graph_schema.target_names
        given = inputs or {}
        for value in given.values():  # as DaskGraphRunner checks its inputs
            if isinstance(value, str) and value in self._graph_schema.nodes:
                raise GraphRunError(f"Input value '{value}' clashes with a node name.")
        done: Dict[Text, Any] = {}

        def evaluate(name: Text) -> Any:
            if name in given:
                return name, given[name]
            if name not in done:
                needs = self._graph_schema.nodes[name].needs.values()
                done[name] = self._instantiated_nodes[name](*(evaluate(n) for n in needs))
            return done[name]

        try:
            return dict(evaluate(target) for target in run_targets)
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error


def _load_tracker_store(
    domain: Domain, store: EndpointConfig, event_broker: Optional[EventBroker] = None
) -> TrackerStore:
    """Rasa's loader of a tracker store class, without its fallback to memory."""
    cls = class_from_module_path(store.type)
    return cls(host=store.url, domain=domain, event_broker=event_broker, **store.kwargs)


def install() -> None:
    RemoteAction._validate_action_result = _validate_action_result
    processor.DaskGraphRunner = SequentialGraphRunner  # the runner Rasa loads models with
    rasa_tracker_store._load_from_module_name_in_endpoint_config = _load_tracker_store
    Event.resolve_by_type = staticmethod(_resolve_by_type)
    EndpointConfig.request = endpoints.request
    rasa_run.close_resources = _close_resources  # registered by serve_application
    dialogue.install()
    featurizing.install()


# --- Refuse to start without our stores -------------------------------------

STORES = {"tracker_store": TrackerStore, "lock_store": LockStore}


def store_problem(endpoints: Text) -> Optional[Text]:
    """Why Rasa would not use our tracker and lock stores with this file, or None."""
    if not os.path.isfile(endpoints):
        return f"{endpoints} not found, so conversations would be kept in memory"
    try:
        content = rasa.shared.utils.io.read_config_file(endpoints) or {}
    except Exception as error:
        return f"{endpoints} cannot be read ({type(error).__name__}: {error})"
    for key, base in STORES.items():
        path = (content.get(key) or {}).get("type") if isinstance(content, dict) else None
        if not isinstance(path, str) or "." not in path:
            return f"{endpoints} names no {key} class (type: module.Class)"
        try:
            cls = class_from_module_path(path)
        except Exception as error:
            return f"the {key} {path} cannot be imported ({type(error).__name__}: {error})"
        if not (isinstance(cls, type) and issubclass(cls, base)):
            return f"the {key} {path} is not a {base.__name__}"
    return None


def endpoints_to_check(argv: Sequence[Text]) -> Optional[Text]:
    """The endpoints file of a command that serves conversations (run, shell), else None."""
    if len(argv) < 2 or argv[1] not in ("run", "shell"):
        return None
    if argv[1] == "run" and len(argv) > 2 and argv[2] == "actions":
        return None
    for i, arg in enumerate(argv):
        if arg == "--endpoints" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--endpoints="):
            return arg.split("=", 1)[1]
    return DEFAULT_ENDPOINTS_PATH


# --- No text in logs ------------------------------------------------------------

# Rasa's warnings that quote a whole message, and what is said instead.
_TEXT_WARNINGS = (
    (
        re.compile(r"Failed to parse arguments in line "),
        "A message starting with '/' names no intent of the domain or has arguments "
        "Rasa cannot read; it is read as text. " + WITHHELD,
    ),
    (re.compile(r"Invalid entity specification"), "Entities Rasa cannot read. " + WITHHELD),
)
# structlog fields that hold text (Rasa's own list of fields to anonymise, and more).
TEXT_FIELDS = frozenset(
    """text response_text user_text slot_values parse_data_text parse_data_entities
    prediction_events tracker_latest_message prefilled_slots message response
    slot_candidates rasa_event rasa_events tracker_states current_states old_states
    successes current_entity next_entity states entity token_text user_message
    json_message tracker events metadata parse_data""".split()
)


def safe_warning_text(message: Text) -> Text:
    for pattern, replacement in _TEXT_WARNINGS:
        if pattern.match(message):
            return replacement
    return message


_rasa_raise_warning = rasa.shared.utils.io.raise_warning


def _raise_warning(message: Text, *args: Any, **kwargs: Any) -> None:
    """Rasa's raise_warning, with the text replaced before `warnings` keeps or prints it."""
    _rasa_raise_warning(safe_warning_text(str(message)), *args, **kwargs)


def _redact_event(_logger: Any, _method: Text, event: Dict[Text, Any]) -> Dict[Text, Any]:
    """structlog processor: text fields withheld, an exception without its message."""
    for key in TEXT_FIELDS.intersection(event):
        event[key] = WITHHELD
    error = exception_of(event.pop("exc_info", None))
    if error is not None:
        event["exception"] = safe_traceback(error)
    return event


def _client_error_text(self: ClientResponseError) -> Text:
    return f"{self.status}, {self.message}, body {WITHHELD}"


def guard_logs() -> None:
    """Install the log filters; before Rasa configures its logging."""
    guard_log_records()
    # An action server's error body (rasa-sdk's holds the tracker) is quoted
    # wherever Rasa writes str(error); Rasa reads a rejection from `.text`.
    ClientResponseError.__str__ = _client_error_text  # type: ignore[method-assign]
    ClientResponseError.__repr__ = _client_error_text  # type: ignore[method-assign]
    rasa.shared.utils.io.raise_warning = _raise_warning
    # configure_structlog puts this processor first in every event's chain.
    rasa.utils.log_utils._anonymizer = _redact_event
    show = warnings.showwarning

    def showwarning(message: Any, category: Any, filename: Any, lineno: Any, *rest: Any) -> None:
        safe = safe_warning_text(str(message))
        show(safe if safe != str(message) else message, category, filename, lineno, *rest)

    warnings.showwarning = showwarning


def main() -> None:
    guard_logs()
    endpoints = endpoints_to_check(sys.argv)
    problem = store_problem(endpoints) if endpoints is not None else None
    if problem:
        sys.exit(f"engine.command: refusing to start Rasa: {problem}.")
    install()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
