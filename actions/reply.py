"""Short replies: at most three bubbles, built from the domain's texts and the directory.

A 14-year-old on a phone reads one screen. Each turn therefore has at most
three text bubbles: what matters first (112, "it is not your fault", the
answer to the question), the services in one list, and an offer of more
detail or a human. The words live in domain/ (Swedish, and English as the
variation conditioned on the `language` slot); the contact facts only in the
directory.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Sequence, Text

from rasa_sdk.executor import CollectingDispatcher

from actions.directory import Service, get_directory, hours_note, wording

MAX_BUBBLES = 3
_BLANK_LINES = re.compile(r"\n\s*\n")
# At most this many "Mer om …" buttons under a referral.
MORE_BUTTONS = 2


def variant(
    domain: Dict[Text, Any], name: Text, language: Optional[Text] = None
) -> Optional[Dict[Text, Any]]:
    """The response's variation for the language, as Rasa's NLG would choose it.

    A variation conditioned on `language` wins when it matches; otherwise the
    first unconditioned one (Swedish).
    """
    variants = (domain.get("responses") or {}).get(name) or []
    for candidate in variants:
        for condition in candidate.get("condition") or []:
            if condition.get("name") == "language" and condition.get("value") == language:
                return candidate
    return next((v for v in variants if not v.get("condition")), None)


def response_text(
    domain: Dict[Text, Any], name: Text, language: Optional[Text] = None, **values: Any
) -> Optional[Text]:
    """The text of a response in the language, filled with `values`."""
    chosen = variant(domain, name, language)
    if chosen is None:
        return None
    text = chosen.get("text") or ""
    return text.format(**values) if values else text


def response_buttons(
    domain: Dict[Text, Any], name: Text, language: Optional[Text] = None
) -> List[Dict[Text, Any]]:
    """A response's buttons as Rasa would send them: `{{`/`}}` in a payload are its
    template escapes for the JSON braces of `/intent{"entity": "value"}`."""
    chosen = variant(domain, name, language)
    buttons = chosen.get("buttons") or [] if chosen else []
    return [
        {key: _unescape(value) if isinstance(value, str) else value for key, value in b.items()}
        for b in buttons
    ]


def _unescape(template: Text) -> Text:
    return template.replace("{{", "{").replace("}}", "}")


def short_contact(service: Service, language: Optional[Text] = None) -> Text:
    """One line on how to reach a service, with a caveat for unconfirmed facts."""
    words = wording(language)
    phones = service.phones()
    if phones:
        phone = phones[0]
        text = f"{words['call']} {phone.fact.value}{hours_note(phone, language)}"
        if not phone.fact.confirmed:
            text += words["number_unconfirmed"]
        return text + "."
    if service.website:
        return f"{service.website.value}"
    return ""


class Reply:
    """Collects the bubbles of one turn and sends them at most three at a time."""

    def __init__(self, domain: Dict[Text, Any], language: Optional[Text] = None) -> None:
        self.domain = domain
        self.language = language
        self.bubbles: List[Dict[Text, Any]] = []
        self.custom: List[Dict[Text, Any]] = []

    def text(self, name: Text, **values: Any) -> Text:
        return response_text(self.domain, name, self.language, **values) or ""

    def add(self, *parts: Optional[Text], buttons: Sequence[Dict[Text, Any]] = ()) -> None:
        """One bubble of the given parts (empty parts are left out)."""
        text = " ".join(p.strip() for p in parts if p and p.strip())
        if text:
            self.bubbles.append({"text": text, "buttons": list(buttons)})

    def buttons_of(self, name: Text) -> List[Dict[Text, Any]]:
        """A domain response's buttons, in the conversation's language."""
        return list(response_buttons(self.domain, name, self.language))

    def add_response(self, name: Text, *extra: Optional[Text], **values: Any) -> None:
        """A bubble with a domain response's text (and its buttons) and extra parts."""
        buttons = response_buttons(self.domain, name, self.language)
        self.add(self.text(name, **values), *extra, buttons=buttons)

    def services(self, service_ids: Sequence[Text], need: Optional[Text] = None,
                 heading: Optional[Text] = None, compact: bool = False) -> List[Text]:
        """One bubble listing services; returns those without any contact here.

        `compact`: names and contacts only, under a heading that says whom they are for
        (both routes shown while the age is asked: the next answer describes them).
        """
        directory = get_directory()
        lines, unreachable = [], []
        for service_id in service_ids:
            service = directory.services.get(service_id)
            if service is None:
                continue
            who = service.name if compact else (
                (self.text(f"utter_line_{service_id}_{need}") if need else "")
                or self.text(f"utter_line_{service_id}")
                or service.name
            )
            contact = short_contact(service, self.language)
            if not contact:
                unreachable.append(service.short_name)
            lines.append(f"• {who} {contact}".rstrip())
        if lines:
            text = "\n".join(([heading] if heading else []) + lines)
            self.bubbles.append({"text": text, "buttons": []})
        return unreachable

    def json(self, payload: Dict[Text, Any]) -> None:
        self.custom.append(payload)

    def send(self, dispatcher: CollectingDispatcher) -> None:
        bubbles = self.bubbles
        if len(bubbles) > MAX_BUBBLES:
            # Keep the first ones; fold the rest into the last bubble allowed.
            head, tail = bubbles[: MAX_BUBBLES - 1], bubbles[MAX_BUBBLES - 1 :]
            merged = {
                "text": "\n".join(b["text"] for b in tail),
                "buttons": [button for b in tail for button in b["buttons"]],
            }
            bubbles = head + [merged]
        for bubble in bubbles:
            # Rasa's output channels send each "\n\n"-separated part of a text as a message
            # of its own: a blank line inside a bubble would make it two.
            text = _BLANK_LINES.sub("\n", bubble["text"])
            if bubble["buttons"]:
                dispatcher.utter_message(text=text, buttons=bubble["buttons"])
            else:
                dispatcher.utter_message(text=text)
        for payload in self.custom:
            dispatcher.utter_message(json_message=payload)


def stats_payload(services: Sequence[Text], age_group: Optional[Text]) -> Dict[Text, Any]:
    """What the gateway counts for its anonymous statistics, then removes from the reply.

    Only which services were named and the age band of the person concerned
    (minor, adult or unknown): nothing the person wrote.
    """
    return {"stats": {"routes": list(services), "age_group": age_group or "unknown"}}


def join_names(names: Sequence[Text], language: Optional[Text] = None) -> Text:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {wording(language)['and']} " + names[-1]
