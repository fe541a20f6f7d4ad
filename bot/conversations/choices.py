"""A person's button answers, as a worker reads them: the button's title.

A button on the chat page sends its payload as the person's message
(`/affirm`, `/inform_age{"age_group": "minor"}`): that is what Rasa must get,
but a worker reading the transcript should see what the person clicked
("Ja, gärna", "Under 18"). The page sends only the payload, so the gateway
remembers the buttons of the bot's answers as it relays them (per
conversation, in memory, bounded) and stores the person's message with the
title of the button whose payload it is. Rasa still gets the payload.

When the buttons are not remembered (the gateway restarted, or the person
typed a payload by hand) a payload of the bot's own buttons is named from the
domain's responses in the conversation's language, or "Mer om <tjänst>" for a
service's button; a transcript stored before this existed is shown the same
way. Titles are the bot's own words: nothing the person wrote is kept here.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path
from typing import Any, Dict, Iterable, Optional

import yaml
from aiohttp import web

from actions.directory import DirectoryError, get_directory, wording
from bot.foundation.keys import PAYLOADS

# Conversations whose latest buttons are remembered, and buttons per conversation.
MAX_CONVERSATIONS = 5000
MAX_BUTTONS = 24
SERVICE_PREFIX = "/ask_about_service"
# The last resort for a payload of the bot's own buttons with no title anywhere.
CHOSEN = "Valde ett svarsalternativ"


def _language(language: Optional[str]) -> str:
    """The bot answers in Swedish, or in English (also for a help card's language)."""
    return "sv" if language in (None, "sv") else "en"


def _variant_language(variant: Dict[str, Any]) -> str:
    for condition in variant.get("condition") or []:
        if isinstance(condition, dict) and condition.get("name") == "language":
            return _language(condition.get("value"))
    return "sv"


def domain_titles(domain_dir: Path) -> Dict[str, Dict[str, str]]:
    """{language: {payload: title}} from the domain's responses (the first title wins)."""
    found: Dict[str, Dict[str, str]] = {"sv": {}, "en": {}}
    for path in sorted(Path(domain_dir).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for variants in (data.get("responses") or {}).values():
            for variant in variants or []:
                if not isinstance(variant, dict):
                    continue
                titles = found[_variant_language(variant)]
                for button in variant.get("buttons") or []:
                    title, payload = button.get("title"), button.get("payload")
                    if isinstance(title, str) and isinstance(payload, str):
                        # Rasa fills responses with str.format: `{{` in the file is `{`.
                        payload = payload.replace("{{", "{").replace("}}", "}")
                        titles.setdefault(payload, title)
    return found


class Choices:
    """The titles of the buttons the bot offered lately, per conversation."""

    def __init__(self, domain_dir: Path) -> None:
        self._recent: OrderedDict[str, OrderedDict[str, str]] = OrderedDict()
        self._domain = domain_titles(domain_dir)

    def remember(self, conversation_id: str, replies: Iterable[Dict[str, Any]]) -> None:
        """Keep the buttons of the bot's answer (newest last) as the page shows them."""
        buttons = [
            (b["payload"], b["title"])
            for reply in replies
            if isinstance(reply, dict) and isinstance(reply.get("buttons"), list)
            for b in reply["buttons"]
            if isinstance(b, dict)
            and isinstance(b.get("payload"), str)
            and isinstance(b.get("title"), str)
            and b["payload"]
            and b["title"].strip()
        ]
        if not buttons:
            return
        offered = self._recent.pop(conversation_id, OrderedDict())
        for payload, title in buttons:
            offered.pop(payload, None)
            offered[payload] = title.strip()
        while len(offered) > MAX_BUTTONS:
            offered.popitem(last=False)
        self._recent[conversation_id] = offered
        while len(self._recent) > MAX_CONVERSATIONS:
            self._recent.popitem(last=False)

    def offered(self, conversation_id: str, text: str) -> Optional[str]:
        """The title of a button the bot offered this conversation whose payload is `text`."""
        return self._recent.get(conversation_id, {}).get(text)

    def known(self, payload: str, language: Optional[str]) -> str:
        """A title for one of the bot's own payloads, from the domain or the directory."""
        spoken = _language(language)
        title = self._domain[spoken].get(payload) or self._domain["sv"].get(payload)
        return title or _service_title(payload, spoken) or CHOSEN


def _service_title(payload: str, language: str) -> Optional[str]:
    """The title "Mer om <tjänst>" of `/ask_about_service{"service": "key"}`, as actions word it."""
    if not payload.startswith(SERVICE_PREFIX + "{"):
        return None
    try:
        key = json.loads(payload[len(SERVICE_PREFIX) :]).get("service")
        service = get_directory().services.get(key) if isinstance(key, str) else None
    except (ValueError, AttributeError, OSError, DirectoryError):
        return None
    if service is None:
        return None
    return wording(language)["more_about"].format(name=service.short_name)


CHOICES = web.AppKey("choices", Choices)


def button_title(
    app: web.Application, conversation_id: str, text: str, language: Optional[str]
) -> Optional[str]:
    """The title to store and show for the person's message, when it is a button's payload.

    `text` is the message as it arrived (before scrubbing). Only an exact
    payload of a button the bot offered this conversation, or of one of the
    bot's own buttons, has a title; for anything else the answer is None.
    """
    choices = app[CHOICES]
    offered = choices.offered(conversation_id, text)
    if offered is not None:
        return offered
    if app[PAYLOADS].allowed(text):
        return choices.known(text, language)
    return None


def stored_line(app: web.Application, text: str, language: Optional[str]) -> str:
    """A stored message of the person's as a worker reads it (older lines kept the payload)."""
    return app[CHOICES].known(text, language) if app[PAYLOADS].allowed(text) else text


def setup(app: web.Application, domain_dir: Path) -> None:
    app[CHOICES] = Choices(domain_dir)
