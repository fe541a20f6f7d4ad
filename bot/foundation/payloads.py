"""The bot's own button payloads: the only texts that reach Rasa unscrubbed.

A button sends its payload (`/inform_age{"age_group": "minor"}`) as the
person's message. Those strings come from the domain's responses and from the
"Mer om …" buttons the actions build for every service in the directory, so
the gateway derives the exact set from the same files and lets a text pass
unscrubbed only when it is one of them, character for character. Anything else
that looks like a payload is ordinary text: scrubbed, and defanged so that Rasa
never reads it as an intent (a person could otherwise post `/acute_danger`
to jump the queue, or hide a name in `/sara_svensson`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import FrozenSet, Iterable, Iterator

import yaml

# What the chat page sends, unseen, when it opens, so the bot says hello first.
GREETING = "/greet"
# The payload the actions build for "Mer om <service>" (actions/respond.py).
SERVICE_PAYLOAD = '/ask_about_service{{"service": "{key}"}}'
# Leading slashes and spaces: what makes Rasa read a text as an intent.
_INTENT_PREFIX = re.compile(r"^[\s/]+")
# Inside a payload-shaped text, the characters that glue words together.
_GLUE = re.compile(r'[\s_{}":]+')


def _buttons(node: object) -> Iterator[str]:
    """Every `payload:` string anywhere in a domain file's responses."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "payload" and isinstance(value, str):
                yield value
            else:
                yield from _buttons(value)
    elif isinstance(node, list):
        for item in node:
            yield from _buttons(item)


def domain_payloads(domain_dir: Path) -> FrozenSet[str]:
    """The payloads of the domain's buttons, as Rasa sends them to the page."""
    found = set()
    for path in sorted(Path(domain_dir).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for payload in _buttons(data.get("responses") or {}):
            # Rasa fills responses with str.format: `{{` in the file is `{`.
            found.add(payload.replace("{{", "{").replace("}}", "}"))
    return frozenset(found)


def service_payloads(keys: Iterable[str]) -> FrozenSet[str]:
    return frozenset(SERVICE_PAYLOAD.format(key=key) for key in keys)


def _directory_keys(directory_file: Path) -> FrozenSet[str]:
    try:
        data = yaml.safe_load(Path(directory_file).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return frozenset()
    services = data.get("services") if isinstance(data, dict) else None
    return frozenset(k for k in services or {} if isinstance(k, str))


class Payloads:
    """The exact allowed payloads; the directory's part follows the operator's edits."""

    def __init__(self, domain_dir: Path, directory_file: Path) -> None:
        self._fixed = domain_payloads(domain_dir) | {GREETING}
        if len(self._fixed) < 2:
            raise ValueError(f"no button payloads found under {domain_dir}")
        self._directory_file = Path(directory_file)
        self._stamp: object = None
        self._services: FrozenSet[str] = frozenset()
        self._refresh()

    def _refresh(self) -> None:
        try:
            stamp: object = self._directory_file.stat().st_mtime_ns
        except OSError:
            stamp = None
        if stamp != self._stamp:
            self._stamp = stamp
            self._services = service_payloads(_directory_keys(self._directory_file))

    def allowed(self, text: str) -> bool:
        if text in self._fixed:
            return True
        if not text.startswith("/ask_about_service"):
            return False
        self._refresh()  # a service the operator added since the last look
        return text in self._services


def defang(text: str) -> str:
    """Ordinary text that Rasa will not take for an intent.

    Leading slashes go, and in a text that was payload-shaped the glue between
    words becomes spaces, so that the scrubber sees the words. The glued first
    token is written as names are ("/sara_lind" is read as "Sara Lind"): it is
    no sentence anyone writes, and capitals let the name finder see a name that
    hides there, surname included.
    """
    stripped = _INTENT_PREFIX.sub("", text)
    if stripped == text.lstrip():
        return text
    head, _, rest = stripped.partition(" ")
    words = _GLUE.sub(" ", head).split()
    head = " ".join(word[:1].upper() + word[1:] for word in words)
    return " ".join(part for part in (head, _GLUE.sub(" ", rest).strip()) if part)
