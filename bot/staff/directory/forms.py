"""What a posted form means for the files: the edited service, the edited hours.

Every fact keeps its `source`; a fact that changed gets today's `verified`
date; everything the form does not show is kept as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple

from bot.conversations.duty import DAYS
from bot.staff.directory import english
from bot.staff.directory.validation import contact_label, kind_name


def edited_fact(
    old: Optional[Mapping[str, Any]], value: str, source: str, confirmed: bool, today: dt.date
) -> Dict[str, Any]:
    """A fact with the form's values; `verified` becomes today only if something changed."""
    old = old or {}
    changed = (old.get("value"), old.get("source"), old.get("confirmed")) != (
        value,
        source,
        confirmed,
    )
    verified = today if changed or not old else old.get("verified")
    kept = dict(old)
    if old.get("value") != value:
        # The English wording said the old value: English readers get the new Swedish
        # one until someone writes it again, never a stale fact.
        kept.pop("en", None)
    return {**kept, "value": value, "source": source, "verified": verified, "confirmed": confirmed}


def _text(form: Mapping[str, Any], name: str) -> str:
    return str(form.get(name, "")).strip()


def _optional_fact(
    old: Optional[Mapping[str, Any]], form: Mapping[str, Any], prefix: str, today: dt.date
) -> Optional[Dict[str, Any]]:
    """A fact that may be unknown (website, hours): an empty value means null."""
    value = _text(form, f"{prefix}-value")
    if not value:
        return None
    return edited_fact(
        old, value, _text(form, f"{prefix}-source"), f"{prefix}-confirmed" in form, today
    )


def _hours(
    old: Optional[Mapping[str, Any]], form: Mapping[str, Any], prefix: str, today: dt.date
) -> Tuple[Optional[Dict[str, Any]], english.Outcome]:
    """Opening hours with their English wording (the bot tells English readers `en`)."""
    fact = _optional_fact(old, form, prefix, today)
    text, outcome = english.english_for(old, _text(form, f"{prefix}-value"), form, prefix)
    return (english.with_english(fact, text) if fact else None), outcome


def _contact(
    old: Mapping[str, Any], form: Mapping[str, Any], prefix: str, today: dt.date
) -> Tuple[Dict[str, Any], english.Outcome]:
    fact = edited_fact(
        {k: v for k, v in old.items() if k not in ("kind", "hours")},
        _text(form, f"{prefix}-value"),
        _text(form, f"{prefix}-source"),
        f"{prefix}-confirmed" in form,
        today,
    )
    hours, outcome = _hours(old.get("hours"), form, f"{prefix}-hours", today)
    return {"kind": old.get("kind"), **fact, "hours": hours}, outcome


_NEW_CONTACT_FIELDS = (
    "new-value",
    "new-source",
    "new-hours-value",
    "new-hours-source",
    english.field_name("new-hours"),
)


def _new_contact(
    form: Mapping[str, Any], today: dt.date
) -> Optional[Tuple[Dict[str, Any], english.Outcome]]:
    """The contact in the "add" fields, or None when they are all empty."""
    if not any(_text(form, name) for name in _NEW_CONTACT_FIELDS):
        return None
    return _contact({"kind": _text(form, "new-kind")}, form, "new", today)


@dataclass(frozen=True)
class Edit:
    service: Dict[str, Any]
    contact_labels: List[str]  # what the form called each resulting contact
    hours_english: List[english.Outcome] = field(default_factory=list)  # per resulting contact

    def english_problems(self) -> List[str]:
        """English hours without Swedish ones, named as the validator's problems are."""
        return [
            f"{label}, öppettider: {english.ORPHAN_PROBLEM}"
            for label, outcome in zip(self.contact_labels, self.hours_english, strict=False)
            if outcome == english.ORPHAN
        ]

    def english_dropped(self) -> List[int]:
        """The resulting contacts whose English hours went because the Swedish changed."""
        return [i for i, outcome in enumerate(self.hours_english) if outcome == english.DROPPED]


def apply_edit(service: Mapping[str, Any], form: Mapping[str, Any], today: dt.date) -> Edit:
    """The service with the form's website and contacts; everything else kept as it was."""
    contacts, labels, outcomes = [], [], []
    for index, old in enumerate(service.get("contacts") or []):
        if f"c{index}-remove" in form:
            continue
        contact, outcome = _contact(old, form, f"c{index}", today)
        contacts.append(contact)
        labels.append(contact_label(index, old.get("kind")))
        outcomes.append(outcome)
    new = _new_contact(form, today)
    if new is not None:
        contacts.append(new[0])
        labels.append(f"den nya kontaktvägen ({kind_name(new[0]['kind'])})")
        outcomes.append(new[1])
    edited = {
        **service,
        "website": _optional_fact(service.get("website"), form, "website", today),
        "contacts": contacts,
    }
    return Edit(edited, labels, outcomes)


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_SPAN = re.compile(r"\s*(\d{1,2}:\d{2})\s*[-–—]\s*(\d{1,2}:\d{2})\s*")
_CLOSED_WORDS = ("stängt", "closed")


def _clock(text: str) -> str:
    hours, minutes = _CLOCK.fullmatch(text).groups()  # type: ignore[union-attr]
    return f"{int(hours):02d}:{minutes}"


def hours_value(text: str) -> str:
    """The file's value for a day: "closed" or "HH:MM-HH:MM" (load_hours judges the times)."""
    text = text.strip()
    if text.lower() in _CLOSED_WORDS:
        return "closed"
    span = _SPAN.fullmatch(text)
    if span:
        return f"{_clock(span[1])}-{_clock(span[2])}"
    return text


def hours_shown(value: Any) -> str:
    """A day's value as the form shows it: "stängt" or "09:00–16:00"."""
    return "stängt" if value == "closed" else str(value).replace("-", "–")


def edited_hours(raw: Mapping[str, Any], form: Mapping[str, Any]) -> Dict[str, Any]:
    days = {day: hours_value(_text(form, day)) for day in DAYS}
    return {**raw, "closed_on_holidays": "closed_on_holidays" in form, "hours": days}
