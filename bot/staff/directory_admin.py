"""Admin pages for the service directory and the chat's opening hours.

Why the pages work the way they do:

* The bot states contact facts only from the directory file, each with a
  source. An edit here is therefore an edit of that very file: every fact
  keeps a `source`, a fact that changed gets today's `verified` date, and the
  whole resulting document is checked by `actions.directory.parse_directory`,
  the validator the action server itself uses, before anything is written.
* The action server re-reads the directory when the file's mtime changes
  (`actions.directory.get_directory`), so the next referral uses the edit. We
  write the file the actions read (`actions.directory.directory_path()`, which
  honours OUTREACH_DIRECTORY_FILE), so both always agree.
* Writes are atomic: a temporary file in the same directory, fsync, then
  `os.replace`. A reader sees the old file or the new one, never half of
  one, and a save that fails leaves the old file as it was. The leading
  comment block of each file is kept.
* New opening hours are read back with `bot.conversations.duty.load_hours` from the
  temporary file before it replaces the real one; the running gateway reads
  the file again when it changes (`bot.conversations.duty.ChatHours`).
* Opening hours have an English field under the Swedish one (the `en` the bot
  tells English readers); `bot.staff.directory_english` reads it, and drops an
  English text whose Swedish changed while it did not.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import html
import json
import os
import re
import stat
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Tuple

import yaml
from aiohttp import web

from actions import directory
from actions.help_cards import get_cards
from bot.conversations import language
from bot.conversations.duty import DAYS, HoursError, load_hours
from bot.foundation.keys import SETTINGS, STAFF
from bot.staff import directory_english as english
from bot.staff.admin_pages import admin_only, admin_page
from bot.staff.web import CURRENT

DIRECTORY_PAGE = "/staff/admin/directory"
HOURS_PAGE = "/staff/admin/hours"
_AUDIT_ACTION_MAX = 32  # the audit_log.action column is String(32)
_EN_DROPPED = "en_dropped"  # query: the contacts whose English hours a save dropped

SAVED = "Ändringen är sparad. Chattboten använder den från nästa svar."
HOURS_SAVED = "Ändringen är sparad. De nya öppettiderna gäller direkt."
NOTHING_SAVED = "Inget har sparats. Rätta uppgifterna och spara igen."
STALE = (
    "Någon har ändrat uppgifterna för den här tjänsten sedan du öppnade sidan. "
    "Inget har sparats. Ladda om sidan och gör ändringen igen."
)
HOLIDAYS_LABEL = "Stängt på röda dagar och midsommar-, jul- och nyårsafton"

KIND_LABELS = {"phone": "Telefon", "chat": "Chatt", "email": "E-post", "web": "Webb"}
DAY_NAMES = ("Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag")
DAY_LABELS = dict(zip(DAYS, DAY_NAMES, strict=True))

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
_LOCK = web.AppKey("admin_files_lock", asyncio.Lock)


# ---- Files ----------------------------------------------------------------


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


# ---- The directory: reading, editing, writing -----------------------------


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
        labels.append(f"den nya kontaktvägen ({_kind_name(new[0]['kind'])})")
        outcomes.append(new[1])
    edited = {
        **service,
        "website": _optional_fact(service.get("website"), form, "website", today),
        "contacts": contacts,
    }
    return Edit(edited, labels, outcomes)


def contact_label(index: int, kind: Any) -> str:
    return f"kontaktväg {index + 1} ({_kind_name(kind)})"


def _kind_name(kind: Any) -> str:
    return KIND_LABELS.get(str(kind), str(kind) or "inget slag").lower()


# ---- The validator's problems, in Swedish ---------------------------------

_PROBLEMS_SV: Tuple[Tuple[str, str], ...] = (
    (
        r"'source' must name where the fact comes from",
        "källa saknas – skriv var uppgiften kommer ifrån",
    ),
    (
        r"'(?P<v>.*)' is not a valid Swedish phone number",
        "”{v}” är inte ett giltigt svenskt telefonnummer",
    ),
    (r"must be an https:// address", "måste vara en webbadress som börjar med https://"),
    (r"not an e-mail address", "är inte en e-postadress"),
    (r"one of .*", "välj telefon, chatt, e-post eller webb"),
    (r"needs a text value", "behöver en text"),
    (r"required text", "måste fyllas i"),
    (r"missing '(?P<v>\w+)'", "fältet ”{v}” saknas i filen"),
    (r"'verified' must be an ISO date.*", "kontrolldatumet måste skrivas ÅÅÅÅ-MM-DD"),
    (r"'verified' is in the future", "kontrolldatumet ligger i framtiden"),
    (r"'confirmed' must be true or false", "”bekräftad” måste vara ja eller nej"),
    (r"a confirmed fact needs a 'verified' date", "en bekräftad uppgift behöver ett kontrolldatum"),
    (r"required by the routing table", "tjänsten behövs för hänvisningarna och får inte saknas"),
    (r"min is above max", "lägsta ålder är högre än högsta ålder"),
    (r"must be a mapping.*|must be a list", "har fel form i filen"),
)
_PARTS_SV = {
    "website": "webbplats",
    "hours": "öppettider",
    "kind": "slag",
    "description": "beskrivning",
    "ages": "åldrar",
    "min": "lägsta ålder",
    "max": "högsta ålder",
    "name": "namn",
    "short_name": "kort namn",
    "organisation": "organisation",
    "contacts": "kontaktvägar",
}
_WHERE = re.compile(r"services\.(?P<service>[^.\[]+)(?P<rest>.*)")
_CONTACT = re.compile(r"contacts\[(?P<index>\d+)\]")


def _where_sv(where: str, names: Mapping[str, str], labels: Mapping[str, List[str]]) -> str:
    match = _WHERE.fullmatch(where)
    if not match:
        return where
    service_id = match["service"]
    parts = [names.get(service_id, service_id)]
    for part in filter(None, match["rest"].split(".")):
        contact = _CONTACT.fullmatch(part)
        if contact:
            index, known = int(contact["index"]), labels.get(service_id, [])
            parts.append(known[index] if index < len(known) else f"kontaktväg {index + 1}")
        else:
            parts.append(_PARTS_SV.get(part, part))
    return ", ".join(parts)


def _message_sv(message: str) -> str:
    for pattern, swedish in _PROBLEMS_SV:
        match = re.fullmatch(pattern, message)
        if match:
            return swedish.format(**match.groupdict())
    return f"{message} (felet finns bara på engelska)"


def problems_sv(
    error: directory.DirectoryError,
    names: Mapping[str, str],
    labels: Mapping[str, List[str]],
) -> List[str]:
    """Each problem parse_directory found, as a Swedish sentence naming where it is."""
    problems = []
    for problem in re.split(r"; (?=services\.)", str(error)):
        where, _, message = problem.partition(": ")
        if not message:
            problems.append(_message_sv(problem))
        else:
            problems.append(f"{_where_sv(where, names, labels)}: {_message_sv(message)}")
    return problems


# ---- Opening hours: reading, editing, writing -----------------------------

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


def _day_of(error: HoursError) -> Tuple[Optional[str], str]:
    day, _, message = str(error).partition(": ")
    return (day, message) if day in DAYS else (None, str(error))


def hours_problem_sv(error: HoursError) -> str:
    day, message = _day_of(error)
    if day is None:
        return f"Öppettiderna går inte att läsa: {message}"
    label = DAY_LABELS[day]
    if "before it closes" in message:
        return f"{label}: chatten måste öppna innan den stänger."
    return f"{label}: skriv ”stängt” eller en tid som 09:00–16:00 (00:00–24:00 är hela dygnet)."


def save_hours(path: Path, raw: Mapping[str, Any], form: Mapping[str, Any]) -> None:
    """Write the edited hours; load_hours checks the temp file before it replaces `path`."""
    text = path.read_text(encoding="utf-8")
    document = leading_comments(text) + _yaml(edited_hours(raw, form))
    replace_atomically(path, document, load_hours)


# ---- Pages ----------------------------------------------------------------


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _alert(lines: List[str], lead: str = "") -> str:
    items = "".join(f"<li>{_e(line)}</li>" for line in lines)
    intro = f"<p>{_e(lead)}</p>" if lead else ""
    return (
        f'<div class="alert admin-problems" role="alert" data-testid="problems">'
        f"{intro}<ul>{items}</ul></div>"
    )


def _notice(text: str) -> str:
    return f'<p class="notice" role="status" data-testid="saved">{_e(text)}</p>'


def _short_name(service_id: str, service: Mapping[str, Any]) -> str:
    return str(service.get("short_name") or service_id)


def _yes_no(value: Any) -> str:
    return "ja" if value is True else "nej"


def _fact_row(what: str, fact: Optional[Mapping[str, Any]], testid: str) -> str:
    if fact is None:
        cells = '<td>okänt</td><td colspan="3">–</td>'
    else:
        cells = (
            f'<td data-testid="{testid}-value">{_e(fact.get("value"))}</td>'
            f"<td>{_e(fact.get('source'))}</td><td>{_e(fact.get('verified') or '–')}</td>"
            f"<td>{_yes_no(fact.get('confirmed'))}</td>"
        )
    return f'<tr data-testid="{testid}"><th scope="row">{_e(what)}</th>{cells}</tr>'


def facts_table(service_id: str, service: Mapping[str, Any]) -> str:
    rows = [_fact_row("Webbplats", service.get("website"), f"{service_id}-website")]
    for index, contact in enumerate(service.get("contacts") or []):
        kind = KIND_LABELS.get(contact.get("kind"), str(contact.get("kind")))
        rows.append(_fact_row(kind, contact, f"{service_id}-c{index}"))
        rows.append(
            _fact_row(
                f"Öppettider ({kind.lower()})", contact.get("hours"), f"{service_id}-c{index}-hours"
            )
        )
    return (
        '<div class="table-wrap"><table class="data facts">'
        f"<caption>Uppgifter om {_e(_short_name(service_id, service))}</caption>"
        '<thead><tr><th scope="col">Uppgift</th><th scope="col">Värde</th>'
        '<th scope="col">Källa</th><th scope="col">Kontrollerad</th>'
        '<th scope="col">Bekräftad</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


class FormValues:
    """What a form shows: the file's values, or what the admin sent when it was refused."""

    def __init__(self, sent: Optional[Mapping[str, Any]]) -> None:
        self._sent = sent

    def text(self, name: str, stored: Any) -> str:
        return _e(self._sent.get(name, "") if self._sent is not None else stored)

    def checked(self, name: str, stored: bool) -> str:
        on = name in self._sent if self._sent is not None else stored
        return " checked" if on else ""


def _field(form_id: str, name: str, label: str, value: str, hint: str = "", **attrs: str) -> str:
    extra = "".join(f' {key}="{_e(val)}"' for key, val in attrs.items())
    described = f' aria-describedby="{form_id}-{name}-hint"' if hint else ""
    hint_html = f'<span class="hint" id="{form_id}-{name}-hint">{_e(hint)}</span>' if hint else ""
    return (
        f'<div class="field"><label for="{form_id}-{name}">{_e(label)}</label>{hint_html}'
        f'<input id="{form_id}-{name}" name="{name}" value="{value}"{described}{extra}></div>'
    )


def _checkbox(form_id: str, name: str, label: str, checked: str) -> str:
    return (
        f'<div class="check"><input type="checkbox" id="{form_id}-{name}" name="{name}"'
        f'{checked}><label for="{form_id}-{name}">{_e(label)}</label></div>'
    )


def _fact_fields(
    form_id: str, prefix: str, fact: Optional[Mapping[str, Any]], values: FormValues, label: str
) -> str:
    fact = fact or {}
    return "".join(
        [
            _field(
                form_id, f"{prefix}-value", label, values.text(f"{prefix}-value", fact.get("value"))
            ),
            _field(
                form_id,
                f"{prefix}-source",
                "Källa",
                values.text(f"{prefix}-source", fact.get("source")),
                "Var uppgiften kommer ifrån, till exempel ”Preventells webbplats, sidan Kontakt”.",
            ),
            _checkbox(
                form_id,
                f"{prefix}-confirmed",
                "Bekräftad",
                values.checked(f"{prefix}-confirmed", fact.get("confirmed") is True),
            ),
        ]
    )


def _english_field(
    form_id: str, prefix: str, fact: Optional[Mapping[str, Any]], values: FormValues
) -> str:
    """The English wording of a fact, right under its Swedish value."""
    name = english.field_name(prefix)
    stored = (fact or {}).get("en")
    return _field(form_id, name, english.LABEL, values.text(name, stored), english.HINT, lang="en")


def _hours_fields(
    form_id: str, prefix: str, hours: Optional[Mapping[str, Any]], values: FormValues
) -> str:
    hours = hours or {}
    return (
        '<div class="hours-fields">'
        + _field(
            form_id,
            f"{prefix}-hours-value",
            "Öppettider",
            values.text(f"{prefix}-hours-value", hours.get("value")),
            "Till exempel ”mån–fre 9–16” eller ”dygnet runt”. Tomt betyder okända.",
        )
        + _english_field(form_id, f"{prefix}-hours", hours, values)
        + _field(
            form_id,
            f"{prefix}-hours-source",
            "Källa för öppettiderna",
            values.text(f"{prefix}-hours-source", hours.get("source")),
        )
        + _checkbox(
            form_id,
            f"{prefix}-hours-confirmed",
            "Öppettiderna är bekräftade",
            values.checked(f"{prefix}-hours-confirmed", hours.get("confirmed") is True),
        )
        + "</div>"
    )


def _contact_fieldset(
    form_id: str, index: int, contact: Mapping[str, Any], values: FormValues
) -> str:
    prefix = f"c{index}"
    kind = KIND_LABELS.get(contact.get("kind"), str(contact.get("kind")))
    return (
        f'<fieldset class="contact" data-testid="{form_id}-{prefix}">'
        f"<legend>Kontaktväg {index + 1}: {_e(kind.lower())}</legend>"
        + _fact_fields(form_id, prefix, contact, values, kind)
        + _hours_fields(form_id, prefix, contact.get("hours"), values)
        + _checkbox(
            form_id,
            f"{prefix}-remove",
            "Ta bort den här kontaktvägen",
            values.checked(f"{prefix}-remove", False),
        )
        + "</fieldset>"
    )


def _kind_select(form_id: str, values: FormValues) -> str:
    chosen = values.text("new-kind", "phone")
    options = "".join(
        f'<option value="{kind}"{" selected" if kind == chosen else ""}>{label}</option>'
        for kind, label in KIND_LABELS.items()
    )
    return (
        f'<div class="field"><label for="{form_id}-new-kind">Slag</label>'
        f'<select id="{form_id}-new-kind" name="new-kind">{options}</select></div>'
    )


def _new_contact_fieldset(form_id: str, values: FormValues) -> str:
    return (
        f'<fieldset class="contact contact-new" data-testid="{form_id}-new">'
        "<legend>Lägg till en kontaktväg</legend>"
        '<p class="hint">Lämna tomt om du inte vill lägga till någon.</p>'
        + _kind_select(form_id, values)
        + _fact_fields(form_id, "new", None, values, "Uppgift (nummer, adress eller länk)")
        + _hours_fields(form_id, "new", None, values)
        + "</fieldset>"
    )


def service_form(
    service_id: str, service: Mapping[str, Any], csrf: str, sent: Optional[Mapping[str, Any]] = None
) -> str:
    """The edit form of one service, filled from the file (or from a refused attempt)."""
    form_id = f"edit-{service_id}"
    values = FormValues(sent)
    contacts = [
        _contact_fieldset(form_id, index, contact, values)
        for index, contact in enumerate(service.get("contacts") or [])
    ]
    return (
        f'<form class="admin-form" id="{form_id}" method="post"'
        f' action="{DIRECTORY_PAGE}/{_e(service_id)}" data-testid="{form_id}">'
        f'<input type="hidden" name="csrf" value="{_e(csrf)}">'
        f'<input type="hidden" name="version" value="{service_version(service)}">'
        '<fieldset class="contact"><legend>Webbplats</legend>'
        '<p class="hint">Tom adress betyder att tjänsten inte har någon webbplats här.</p>'
        + _fact_fields(form_id, "website", service.get("website"), values, "Adress (https://…)")
        + "</fieldset>"
        + "".join(contacts)
        + _new_contact_fieldset(form_id, values)
        + '<p><button type="submit" class="button-primary">'
        + f"Spara {_e(_short_name(service_id, service))}</button></p>"
        + "</form>"
    )


def service_section(
    service_id: str,
    service: Mapping[str, Any],
    csrf: str,
    sent: Optional[Mapping[str, Any]] = None,
    message: str = "",
) -> str:
    name = service.get("name") or service_id
    description = (service.get("description") or {}).get("value", "")
    open_attr = " open" if sent is not None or message else ""
    anchor = f"service-{_e(service_id)}"
    return (
        f'<section class="service" id="{anchor}" data-testid="{anchor}"'
        f' aria-labelledby="{anchor}-heading">'
        f'<h2 id="{anchor}-heading">{_e(name)}</h2>'
        f'<p class="about">{_e(service.get("organisation"))}. {_e(description)}</p>'
        + message
        + facts_table(service_id, service)
        + f'<details class="edit"{open_attr}>'
        + f"<summary>Ändra uppgifterna för {_e(_short_name(service_id, service))}</summary>"
        + service_form(service_id, service, csrf, sent)
        + "</details></section>"
    )


_DIRECTORY_INTRO = (
    '<p class="about">Chattboten hämtar telefonnummer, webbplatser och öppettider bara härifrån.'
    " Varje uppgift behöver en källa. När du ändrar en uppgift sätts dagens datum som"
    " kontrolldatum. Kryssa i ”Bekräftad” bara om du har sett uppgiften hos tjänsten själv;"
    " annars säger chattboten att uppgiften inte är bekräftad.</p>"
)


def directory_content(
    file: DirectoryFile,
    csrf: str,
    top: str = "",
    edited: Optional[str] = None,
    sent: Optional[Mapping[str, Any]] = None,
    message: str = "",
) -> str:
    sections = [
        service_section(
            service_id,
            service,
            csrf,
            sent if service_id == edited else None,
            message if service_id == edited else "",
        )
        for service_id, service in file.services.items()
    ]
    return top + _DIRECTORY_INTRO + "".join(sections)


def hours_content(
    raw: Mapping[str, Any], csrf: str, top: str = "", sent: Optional[Mapping[str, Any]] = None
) -> str:
    values = FormValues(sent)
    days = raw.get("hours") or {}
    fields = "".join(
        _field(
            "hours",
            day,
            DAY_LABELS[day],
            values.text(day, hours_shown(days.get(day, "closed"))),
            "”stängt” eller till exempel 13:00–16:00",
            required="required",
        )
        for day in DAYS
    )
    holidays = _checkbox(
        "hours",
        "closed_on_holidays",
        HOLIDAYS_LABEL,
        values.checked("closed_on_holidays", raw.get("closed_on_holidays", True) is True),
    )
    return (
        top + '<p class="about">När uppsökare finns i chatten (svensk tid). Utanför de här tiderna,'
        " eller när ingen är i tjänst, får den som vill prata med en människa veta det direkt"
        " och får kontaktuppgifter till rätt tjänst i stället för att vänta i en kö.</p>"
        f'<form class="admin-form hours-form" method="post" action="{HOURS_PAGE}"'
        ' data-testid="hours-form">'
        f'<input type="hidden" name="csrf" value="{_e(csrf)}">'
        f'<fieldset class="contact"><legend>Öppettider per veckodag</legend>{fields}</fieldset>'
        f"{holidays}"
        '<p><button type="submit" class="button-primary">Spara öppettiderna</button></p>'
        "</form>"
    )


# ---- Handlers -------------------------------------------------------------


def _directory_page(content: str, status: int = 200) -> web.Response:
    return admin_page("Tjänstekatalogen", content, status, kind="admin-directory")


def _hours_page(content: str, status: int = 200) -> web.Response:
    return admin_page("Chattens öppettider", content, status, kind="admin-hours")


async def _audit(request: web.Request, action: str, detail: str = "") -> None:
    """Who changed which file; the service id goes in the action when the column has room."""
    full = f"{action}:{detail}" if detail else action
    await request.app[STAFF].audit(
        request[CURRENT].staff_id, full if len(full) <= _AUDIT_ACTION_MAX else action
    )


def unchecked_cards_note() -> str:
    """The operator's reminder that help cards nobody has checked are shown to people."""
    unchecked = [c for c in get_cards().cards.values() if not c.checked]
    if not unchecked:
        return ""
    names = ", ".join(language.in_swedish(c.language) for c in unchecked)
    return (
        '<p class="alert" role="status" data-testid="unchecked-cards">'
        f"Hjälpkorten på {_e(names)} är översatta av en språkmodell och inte granskade av "
        "någon som talar språket. Låt en modersmålstalare läsa dem och fyll i "
        "<code>checked_by</code> och <code>checked_on</code> i data/help_cards.yml.</p>"
    )


def english_dropped_notice(service: Mapping[str, Any], query: Optional[str]) -> str:
    """After a save: which English hours went because their Swedish changed, in Swedish."""
    contacts = service.get("contacts") or []
    lines = [
        english.dropped_notice(f"öppettiderna för {contact_label(i, contacts[i].get('kind'))}")
        for i in english.parse_indices(query, len(contacts))
    ]
    if not lines:
        return ""
    items = "".join(f"<li>{_e(line)}</li>" for line in lines)
    return f'<div class="alert" role="status" data-testid="english-dropped"><ul>{items}</ul></div>'


@admin_only
async def directory_page(request: web.Request) -> web.Response:
    file = read_directory_file()
    saved = request.query.get("saved")
    if saved not in file.services:
        saved = None
    top = (_notice(SAVED) if saved else "") + unchecked_cards_note()
    dropped = (
        english_dropped_notice(file.services[saved], request.query.get(_EN_DROPPED))
        if saved
        else ""
    )
    content = directory_content(
        file, request[CURRENT].csrf_token, top, saved if dropped else None, message=dropped
    )
    return _directory_page(content)


def _refused(
    request: web.Request,
    file: DirectoryFile,
    service_id: str,
    problems: List[str],
    status: int,
    sent: Optional[Mapping[str, Any]] = None,
) -> web.Response:
    """The directory again, the service's form open with the problems above it."""
    name = str(file.services[service_id].get("name") or service_id)
    top = (
        f'<p class="alert" role="alert">Ändringen för {_e(name)} sparades inte. '
        f'<a href="#service-{_e(service_id)}">Se vad som behöver rättas.</a></p>'
    )
    lead = NOTHING_SAVED if sent is not None else ""
    content = directory_content(
        file, request[CURRENT].csrf_token, top, service_id, sent, _alert(problems, lead)
    )
    return _directory_page(content, status)


def _validate(file: DirectoryFile, service_id: str, edit: Edit) -> Tuple[Dict[str, Any], List[str]]:
    """The whole document with the edit, and what is wrong with it (the form's English
    fields first, then what parse_directory finds)."""
    document = {**file.raw, "services": {**file.services, service_id: edit.service}}
    names = {sid: str(s.get("name") or sid) for sid, s in file.services.items()}
    problems = [f"{names[service_id]}, {problem}" for problem in edit.english_problems()]
    try:
        directory.parse_directory(document)
    except directory.DirectoryError as error:
        problems += problems_sv(error, names, {service_id: edit.contact_labels})
    return document, problems


def _saved_location(service_id: str, edit: Edit) -> str:
    """The page after a save; it names the contacts whose English hours were dropped."""
    dropped = edit.english_dropped()
    extra = f"&{_EN_DROPPED}={english.indices_query(dropped)}" if dropped else ""
    return f"{DIRECTORY_PAGE}?saved={service_id}{extra}#service-{service_id}"


@admin_only
async def directory_save(request: web.Request) -> web.Response:
    service_id = request.match_info["service_id"]
    form = await request.post()
    async with request.app[_LOCK]:
        file = read_directory_file()
        service = file.services.get(service_id)
        if service is None:
            alert = '<p class="alert" role="alert">Tjänsten finns inte i katalogen.</p>'
            return _directory_page(alert, 404)
        if form.get("version") != service_version(service):
            return _refused(request, file, service_id, [STALE], 409)
        edit = apply_edit(service, form, dt.date.today())
        document, problems = _validate(file, service_id, edit)
        if problems:
            return _refused(request, file, service_id, problems, 400, sent=form)
        text = dump_directory(file.header, document)
        replace_atomically(file.path, text, directory.load_directory)
    await _audit(request, "directory_edit", service_id)
    raise web.HTTPSeeOther(_saved_location(service_id, edit))


def _read_hours(path: Path) -> Dict[str, Any]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return raw if isinstance(raw, dict) else {}


@admin_only
async def hours_page(request: web.Request) -> web.Response:
    raw = _read_hours(request.app[SETTINGS].chat_hours_file)
    top = _notice(HOURS_SAVED) if request.query.get("saved") else ""
    return _hours_page(hours_content(raw, request[CURRENT].csrf_token, top))


@admin_only
async def hours_save(request: web.Request) -> web.Response:
    path = request.app[SETTINGS].chat_hours_file
    form = await request.post()
    async with request.app[_LOCK]:
        raw = _read_hours(path)
        try:
            save_hours(path, raw, form)
        except HoursError as error:
            alert = _alert([hours_problem_sv(error)], NOTHING_SAVED)
            content = hours_content(raw, request[CURRENT].csrf_token, alert, form)
            return _hours_page(content, 400)
    await _audit(request, "hours_edit")
    raise web.HTTPSeeOther(f"{HOURS_PAGE}?saved=1")


def setup(app: web.Application) -> None:
    app[_LOCK] = asyncio.Lock()
    app.router.add_get(DIRECTORY_PAGE, directory_page)
    app.router.add_post(DIRECTORY_PAGE + "/{service_id}", directory_save)
    app.router.add_get(HOURS_PAGE, hours_page)
    app.router.add_post(HOURS_PAGE, hours_save)
