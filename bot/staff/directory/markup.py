"""The small HTML pieces the directory pages and their handlers share."""

from __future__ import annotations

import html
from typing import Any, List, Mapping, Optional


def escape(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def alert(lines: List[str], lead: str = "") -> str:
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    intro = f"<p>{escape(lead)}</p>" if lead else ""
    return (
        f'<div class="alert admin-problems" role="alert" data-testid="problems">'
        f"{intro}<ul>{items}</ul></div>"
    )


def notice(text: str) -> str:
    return f'<p class="notice" role="status" data-testid="saved">{escape(text)}</p>'


class FormValues:
    """What a form shows: the file's values, or what the admin sent when it was refused."""

    def __init__(self, sent: Optional[Mapping[str, Any]]) -> None:
        self._sent = sent

    def text(self, name: str, stored: Any) -> str:
        return escape(self._sent.get(name, "") if self._sent is not None else stored)

    def checked(self, name: str, stored: bool) -> str:
        on = name in self._sent if self._sent is not None else stored
        return " checked" if on else ""


def field(form_id: str, name: str, label: str, value: str, hint: str = "", **attrs: str) -> str:
    extra = "".join(f' {key}="{escape(val)}"' for key, val in attrs.items())
    described = f' aria-describedby="{form_id}-{name}-hint"' if hint else ""
    hint_html = (
        f'<span class="hint" id="{form_id}-{name}-hint">{escape(hint)}</span>' if hint else ""
    )
    return (
        f'<div class="field"><label for="{form_id}-{name}">{escape(label)}</label>{hint_html}'
        f'<input id="{form_id}-{name}" name="{name}" value="{value}"{described}{extra}></div>'
    )


def checkbox(form_id: str, name: str, label: str, checked: str) -> str:
    return (
        f'<div class="check"><input type="checkbox" id="{form_id}-{name}" name="{name}"'
        f'{checked}><label for="{form_id}-{name}">{escape(label)}</label></div>'
    )
