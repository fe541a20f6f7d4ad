"""Keep what people wrote out of the logs of the action server (and of Rasa).

An exception's message can quote a person's words, and rasa-sdk answers a
failing action with the whole tracker in its error body, which Rasa then logs.
rasa-sdk imports every module of this package, so importing this one inside the
action server makes a failing action log and answer only its name, the
exception's type and where in our code it was raised. `safe_traceback` and
`guard_log_records` also serve Rasa's process (engine/command.py).

OUTREACH_TEST_FAIL_ACTIONS_ON is for the end-to-end tests only: an action whose
latest message contains that token (16+ characters) raises with the message and
the tracker in its exception. Nothing sets it outside the tests, and a person
cannot set an environment variable.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from typing import Any, List, Optional

logger = logging.getLogger(__name__)

WITHHELD = "(message withheld: it may quote what someone wrote)"
TEST_FAILURE_ENV = "OUTREACH_TEST_FAIL_ACTIONS_ON"
_ACTION_NAME = re.compile(r"[A-Za-z0-9_.-]{1,100}")


def _type_name(error: BaseException) -> str:
    cls = type(error)
    if cls.__module__ == "builtins":
        return cls.__qualname__
    return f"{cls.__module__}.{cls.__qualname__}"


def _chain(error: BaseException) -> List[BaseException]:
    """The exception and its causes, oldest first, as Python prints them."""
    chain: List[BaseException] = []
    current: Optional[BaseException] = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        if current.__cause__ is not None or current.__suppress_context__:
            current = current.__cause__
        else:
            current = current.__context__
    return chain[::-1]


def safe_traceback(error: BaseException) -> str:
    """A traceback with code locations and exception types, never exception messages.

    OS errors keep theirs (an address, a file name): they say why a server is
    unreachable and cannot quote a message.
    """
    lines: List[str] = []
    for i, exc in enumerate(_chain(error)):
        if i:
            lines.append("\nThe above exception led to the following exception:\n\n")
        if exc.__traceback__ is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
        detail = str(exc) if isinstance(exc, OSError) else WITHHELD
        lines.append(f"{_type_name(exc)}: {detail}\n")
    return "".join(lines).rstrip("\n")


def exception_of(exc_info: Any) -> Optional[BaseException]:
    if exc_info is True:
        return sys.exc_info()[1]
    if isinstance(exc_info, BaseException):
        return exc_info
    if isinstance(exc_info, tuple) and len(exc_info) == 3:
        return exc_info[1]
    return None


def guard_log_records() -> None:
    """Every log record with an exception is printed with `safe_traceback` instead.

    A record factory sees each record of the process whatever handlers are
    configured later; a formatter prints `exc_text` when it is already set.
    """
    previous = logging.getLogRecordFactory()
    if getattr(previous, "outreach_guard", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        error = exception_of(record.exc_info)
        if error is not None:
            record.exc_text = safe_traceback(error)
        return record

    factory.outreach_guard = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


def _location(error: BaseException) -> str:
    """Where the exception was raised, as file:line (code, not text)."""
    frames = traceback.extract_tb(error.__traceback__) if error.__traceback__ else []
    if not frames:
        return "unknown"
    return f"{os.path.basename(frames[-1].filename)}:{frames[-1].lineno}"


def _action_name(request: Any) -> str:
    try:
        name = (request.json or {}).get("next_action")
    except Exception:  # a body that is not a JSON object names no action
        return "unknown"
    return name if isinstance(name, str) and _ACTION_NAME.fullmatch(name) else "unknown"


async def answer_failure(request: Any, error: Exception) -> Any:
    """rasa-sdk's error answer without the request body and its log without the message."""
    from sanic import response
    from sanic.exceptions import SanicException

    name = _action_name(request)
    status = error.status_code if isinstance(error, SanicException) else 500
    if status >= 500:
        logger.error("Action %s failed: %s at %s", name, _type_name(error), _location(error))
    body = {"error": f"{_type_name(error)} in action {name}", "action_name": name}
    return response.json(body, status=status)


def _replace_error_handler(app: Any, _loop: Any) -> None:
    # rasa-sdk adds its own handler for Exception after importing the actions;
    # the last one added for a type is the one Sanic uses.
    app.error_handler.add(Exception, answer_failure)


def _install_test_failure(token: str) -> None:
    from rasa_sdk.executor import ActionExecutor

    run = ActionExecutor.run

    async def failing_run(self: ActionExecutor, action_call: Any) -> Any:
        tracker = action_call.get("tracker") or {}
        text = (tracker.get("latest_message") or {}).get("text") or ""
        if token in text:
            raise RuntimeError(f"test failure on {text!r} with tracker {tracker!r}")
        return await run(self, action_call)

    ActionExecutor.run = failing_run  # type: ignore[method-assign]


def _sdk_app() -> Any:
    """rasa-sdk's Sanic app while it imports the actions, else None (Rasa, the gateway, tests)."""
    if "rasa_sdk.endpoint" not in sys.modules:
        return None
    try:
        from sanic import Sanic

        return Sanic.get_app("rasa_sdk")
    except Exception:
        return None


def install_in_action_server() -> bool:
    """Install the guards if this process is rasa-sdk's action server; whether it is."""
    app = _sdk_app()
    if app is None or getattr(app.ctx, "outreach_guard", False):
        return False
    app.ctx.outreach_guard = True
    guard_log_records()
    app.register_listener(_replace_error_handler, "before_server_start")
    token = os.environ.get(TEST_FAILURE_ENV, "")
    if len(token) >= 16:
        logger.warning("%s is set: actions fail on purpose (tests only)", TEST_FAILURE_ENV)
        _install_test_failure(token)
    return True


install_in_action_server()
