"""Start the whole service as `make run` does, for end-to-end tests.

`running_stack` runs scripts/serve.sh (the action server, Rasa with the
trained model, and the gateway) on free loopback ports, waits for its
"Ready" line and kills what is left at the end. Both environments use it:
the engine's REST tests and the gateway's browser tests.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Dict, Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 240


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@contextlib.contextmanager
def running_stack(
    work_dir: Path,
    env: Optional[Dict[str, str]] = None,
    rasa_replicas: int = 1,
    gateways: int = 1,
) -> Iterator[dict]:
    """The servers on free ports; yields ports, process, log, data_dir and env.

    `RASA_PORT` is the first replica's port, `RASA_PORTS` all of them; likewise
    `GATEWAY_PORT` and `GATEWAY_PORTS` (several gateways need OUTREACH_REDIS_URL).
    """
    rasa_ports = [free_port() for _ in range(rasa_replicas)]
    gateway_ports = [free_port() for _ in range(gateways)]
    ports = {
        "RASA_PORT": rasa_ports[0],
        "ACTION_PORT": free_port(),
        "GATEWAY_PORT": gateway_ports[0],
    }
    log = work_dir / "serve.log"
    data_dir = work_dir / "gateway-data"
    full_env = {
        **os.environ,
        **{k: str(v) for k, v in ports.items()},
        "RASA_PORTS": ",".join(map(str, rasa_ports)),
        "GATEWAY_PORTS": ",".join(map(str, gateway_ports)),
        "OUTREACH_DATA_DIR": str(data_dir),
        **(env or {}),
    }
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(ROOT / "scripts" / "serve.sh"), "run"],
            cwd=ROOT,
            env=full_env,
            stdout=out,
            stderr=subprocess.STDOUT,
            # A run started in the background (`nohup make test &`) inherits SIGINT ignored,
            # and bash cannot trap a signal ignored on entry: give serve.sh Ctrl-C as a
            # terminal would, so that the Ctrl-C test measures serve.sh, not how CI started.
            preexec_fn=_default_sigint,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while "==> Ready" not in log.read_text(errors="replace"):
            if process.poll() is not None or time.monotonic() > deadline:
                tail = log.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"the servers did not start:\n{tail}")
            time.sleep(0.5)
        yield {
            "process": process,
            "log": log,
            "data_dir": data_dir,
            "env": full_env,
            "RASA_PORTS": rasa_ports,
            "GATEWAY_PORTS": gateway_ports,
            **ports,
        }
    finally:
        stop(process)


def add_staff(env: Dict[str, str], *account: str, password: str) -> subprocess.CompletedProcess:
    """`python -m bot staff add …` as the README says, against the running stack's data."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "staff", "add", *account],
        cwd=ROOT,
        env=env,
        input=password + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )


def kill_server(log: Path, name: str, timeout_s: float = 120) -> int:
    """SIGKILL a server serve.sh supervises; return its new pid once serve.sh started it again."""
    old = server_pid(log, name)
    os.kill(old, signal.SIGKILL)
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            new = server_pid(log, name)
        except LookupError:
            new = old
        if new != old:
            return new
        if time.monotonic() > deadline:
            raise AssertionError(f"{name} was not started again")
        time.sleep(0.2)


def wait_until_up(url: str, timeout_s: float = 120) -> None:
    """Until `url` answers (a server started again loads its model or scrubber first)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise AssertionError(f"{url} did not come back") from None
            time.sleep(0.5)


def server_pid(log: Path, name: str) -> int:
    """The pid serve.sh last reported for a server, e.g. "Rasa on port 5005"."""
    lines = [line for line in log.read_text(errors="replace").splitlines() if name in line]
    started = [line for line in lines if line.startswith(f"==> {name} running (pid ")]
    if not started:
        raise LookupError(f"{name} never started")
    return int(started[-1].rsplit("pid ", 1)[1].rstrip(")"))


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stop(process: subprocess.Popen) -> None:
    """Stop as a supervisor would (TERM: serve.sh stops its three servers), then kill."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
