"""Throwaway PostgreSQL and Redis servers, started by the tests themselves.

Debian's binaries (installed by .ci/run), each in a temporary directory on a
free loopback port, removed afterwards. Standard library only, so both test
environments (engine and gateway) can use it. As root, PostgreSQL runs as
the `postgres` user, since it refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List

_QUIET = {"stdout": subprocess.DEVNULL, "stderr": subprocess.STDOUT}


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError(f"PostgreSQL's {name} not found: apt-get install postgresql")
    return found[-1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_listening(
    process: subprocess.Popen, port: int, seconds: float, name: str, log: str = ""
) -> None:
    """Until `process` listens on `port`; RuntimeError if it exits or the time runs out."""
    deadline = time.monotonic() + seconds
    while True:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        if process.poll() is not None or time.monotonic() > deadline:
            detail = Path(log).read_text(errors="replace") if log and Path(log).exists() else ""
            raise RuntimeError(f"{name} did not start" + (f":\n{detail}" if detail else ""))
        time.sleep(0.05)


def _as_postgres(command: List[str]) -> List[str]:
    return ["runuser", "-u", "postgres", "--"] + command if os.geteuid() == 0 else command


class PostgresServer:
    """One PostgreSQL cluster with a database `test`; can be stopped and started again."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="outreach-pg-"))
        self.data = self.root / "data"
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
        self.port = free_port()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/test"
        subprocess.run(
            _as_postgres(
                [_pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust"]
            ),
            check=True,
            **_QUIET,
        )
        self.start()
        subprocess.run(
            _as_postgres(
                [
                    _pg_bin("createdb"),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(self.port),
                    "-U",
                    "postgres",
                    "test",
                ]
            ),
            check=True,
            **_QUIET,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        command = [_pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log")]
        subprocess.run(_as_postgres(command + ["-w", "start", "-o", options]), check=True, **_QUIET)

    def stop(self) -> None:
        command = [_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]
        subprocess.run(_as_postgres(command), **_QUIET)

    def remove(self) -> None:
        self.stop()
        time.sleep(0.2)
        shutil.rmtree(self.root, ignore_errors=True)


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """A fresh PostgreSQL; `.url` is an SQLAlchemy URL (psycopg) of an empty database."""
    server = PostgresServer()
    try:
        yield server
    finally:
        server.remove()


@contextmanager
def redis_server() -> Iterator[str]:
    """Yield the URL of a fresh Redis that keeps nothing on disk."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not os.path.exists(binary):
        raise RuntimeError("redis-server not found: apt-get install redis-server")
    root = Path(tempfile.mkdtemp(prefix="outreach-redis-"))
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(root),
        ],
        **_QUIET,
    )
    try:
        wait_listening(process, port, 10, "redis-server")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)
