"""The HTML of the directory and opening-hours pages (filled from the files or
from a refused attempt)."""

from __future__ import annotations

from typing import Any, Mapping, Optional

from actions.help_cards import get_cards
from bot.conversations import language
from bot.conversations.duty import DAYS
from bot.staff.directory import english
from bot.staff.directory.files import DirectoryFile, service_version
from bot.staff.directory.forms import hours_shown
from bot.staff.directory.markup import FormValues, checkbox, escape, field
from bot.staff.directory.validation import DAY_LABELS, KIND_LABELS, contact_label

DIRECTORY_PAGE = "/staff/admin/directory"
HOURS_PAGE = "/staff/admin/hours"
HOLIDAYS_LABEL = "Stängt på röda dagar och midsommar-, jul- och nyårsafton"


def _short_name(service_id: str, service: Mapping[str, Any]) -> str:
    return str(service.get("short_name") or service_id)


def _yes_no(value: Any) -> str:
    return "ja" if value is True else "nej"


def _fact_row(what: str, fact: Optional[Mapping[str, Any]], testid: str) -> str:
    if fact is None:
        cells = '<td>okänt</td><td colspan="3">–</td>'
    else:
        cells = (
            f'<td data-testid="{testid}-value">{escape(fact.get("value"))}</td>'
            f"<td>{escape(fact.get('source'))}</td><td>{escape(fact.get('verified') or '–')}</td>"
            f"<td>{_yes_no(fact.get('confirmed'))}</td>"
        )
    return f'<tr data-testid="{testid}"><th scope="row">{escape(what)}</th>{cells}</tr>'


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
        f"<caption>Uppgifter om {escape(_short_name(service_id, service))}</caption>"
        '<thead><tr><th scope="col">Uppgift</th><th scope="col">Värde</th>'
        '<th scope="col">Källa</th><th scope="col">Kontrollerad</th>'
        '<th scope="col">Bekräftad</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _fact_fields(
    form_id: str, prefix: str, fact: Optional[Mapping[str, Any]], values: FormValues, label: str
) -> str:
    fact = fact or {}
    return "".join(
        [
            field(
                form_id, f"{prefix}-value", label, values.text(f"{prefix}-value", fact.get("value"))
            ),
            field(
                form_id,
                f"{prefix}-source",
                "Källa",
                values.text(f"{prefix}-source", fact.get("source")),
                "Var uppgiften kommer ifrån, till exempel ”Preventells webbplats, sidan Kontakt”.",
            ),
            checkbox(
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
    return field(form_id, name, english.LABEL, values.text(name, stored), english.HINT, lang="en")


def _hours_fields(
    form_id: str, prefix: str, hours: Optional[Mapping[str, Any]], values: FormValues
) -> str:
    hours = hours or {}
    return (
        '<div class="hours-fields">'
        + field(
            form_id,
            f"{prefix}-hours-value",
            "Öppettider",
            values.text(f"{prefix}-hours-value", hours.get("value")),
            "Till exempel ”mån–fre 9–16” eller ”dygnet runt”. Tomt betyder okända.",
        )
        + _english_field(form_id, f"{prefix}-hours", hours, values)
        + field(
            form_id,
            f"{prefix}-hours-source",
            "Källa för öppettiderna",
            values.text(f"{prefix}-hours-source", hours.get("source")),
        )
        + checkbox(
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
        f"<legend>Kontaktväg {index + 1}: {escape(kind.lower())}</legend>"
        + _fact_fields(form_id, prefix, contact, values, kind)
        + _hours_fields(form_id, prefix, contact.get("hours"), values)
        + checkbox(
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
        f' action="{DIRECTORY_PAGE}/{escape(service_id)}" data-testid="{form_id}">'
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        f'<input type="hidden" name="version" value="{service_version(service)}">'
        '<fieldset class="contact"><legend>Webbplats</legend>'
        '<p class="hint">Tom adress betyder att tjänsten inte har någon webbplats här.</p>'
        + _fact_fields(form_id, "website", service.get("website"), values, "Adress (https://…)")
        + "</fieldset>"
        + "".join(contacts)
        + _new_contact_fieldset(form_id, values)
        + '<p><button type="submit" class="button-primary">'
        + f"Spara {escape(_short_name(service_id, service))}</button></p>"
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
    anchor = f"service-{escape(service_id)}"
    return (
        f'<section class="service" id="{anchor}" data-testid="{anchor}"'
        f' aria-labelledby="{anchor}-heading">'
        f'<h2 id="{anchor}-heading">{escape(name)}</h2>'
        f'<p class="about">{escape(service.get("organisation"))}. {escape(description)}</p>'
        + message
        + facts_table(service_id, service)
        + f'<details class="edit"{open_attr}>'
        + f"<summary>Ändra uppgifterna för {escape(_short_name(service_id, service))}</summary>"
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
        field(
            "hours",
            day,
            DAY_LABELS[day],
            values.text(day, hours_shown(days.get(day, "closed"))),
            "”stängt” eller till exempel 13:00–16:00",
            required="required",
        )
        for day in DAYS
    )
    holidays = checkbox(
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
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        f'<fieldset class="contact"><legend>Öppettider per veckodag</legend>{fields}</fieldset>'
        f"{holidays}"
        '<p><button type="submit" class="button-primary">Spara öppettiderna</button></p>'
        "</form>"
    )


def unchecked_cards_note() -> str:
    """The operator's reminder that help cards nobody has checked are shown to people."""
    unchecked = [c for c in get_cards().cards.values() if not c.checked]
    if not unchecked:
        return ""
    names = ", ".join(language.in_swedish(c.language) for c in unchecked)
    return (
        '<p class="alert" role="status" data-testid="unchecked-cards">'
        f"Hjälpkorten på {escape(names)} är översatta av en språkmodell och inte granskade av "
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
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f'<div class="alert" role="status" data-testid="english-dropped"><ul>{items}</ul></div>'
