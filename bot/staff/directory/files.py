"""Reading and writing data/services.yml and data/chat_hours.yml.

We write the very files the readers use: the directory at
`actions.directory.directory_path()` (which the action server re-reads when
its mtime changes), the hours at the path the gateway's `ChatHours` watches.
Writes are atomic (a temp file beside the real one, fsync, then `os.replace`),
so a reader sees the old file or the new one and a failed save leaves the old
file as it was. Each file's leading comment block is kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Mapping

import yaml

from actions import directory
from bot.conversations.duty import load_hours


def leading_comments(text: str) -> str:
    """The comment block (and blank lines) the file starts with, kept on every save."""
    header = []
    for line in text.splitlines(keepends=True):
        if line.strip() and not line.lstrip().startswith("#"):
            break
        header.append(line)
    return "".join(header)


def replace_atomically(path: Path, text: str, check: Callable[[Path], object]) -> None:
    """Write `text` to a temp file beside `path`, `check` it, then put it in place.

    `check` reads the temp file as the real readers will and raises if it is
    wrong; the temp file is then removed and `path` is left untouched.
    """
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, stat.S_IMODE(path.stat().st_mode))
        check(temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable (where the platform allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _yaml(data: Any) -> str:
    return yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=88
    )


@dataclass(frozen=True)
class DirectoryFile:
    path: Path
    header: str
    raw: Dict[str, Any]

    @property
    def services(self) -> Dict[str, Dict[str, Any]]:
        return self.raw["services"]


def read_directory_file() -> DirectoryFile:
    """The file the action server reads, as plain YAML data."""
    path = directory.directory_path()
    text = path.read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    if not isinstance(raw, dict) or not isinstance(raw.get("services"), dict):
        raise directory.DirectoryError(f"{path} has no 'services' mapping")
    return DirectoryFile(path, leading_comments(text), raw)


def dump_directory(header: str, raw: Dict[str, Any]) -> str:
    """The document as YAML, one block per service with a blank line between."""
    top = _yaml({key: value for key, value in raw.items() if key != "services"})
    blocks = [
        textwrap.indent(_yaml({service_id: service}), "  ")
        for service_id, service in raw["services"].items()
    ]
    return header + top + "services:\n" + "\n".join(blocks)


def service_version(service: Any) -> str:
    """A fingerprint of one service's data: a form is only applied to what it was made from."""
    text = json.dumps(service, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_hours(path: Path) -> Dict[str, Any]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return raw if isinstance(raw, dict) else {}


def save_hours(path: Path, hours: Mapping[str, Any]) -> None:
    """Write the edited hours; load_hours checks the temp file before it replaces `path`."""
    text = path.read_text(encoding="utf-8")
    document = leading_comments(text) + _yaml(hours)
    replace_atomically(path, document, load_hours)
