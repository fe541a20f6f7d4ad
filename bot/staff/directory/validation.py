"""The validators' problems in Swedish, for the admin who has to fix them.

`actions.directory.parse_directory` and `bot.conversations.duty.load_hours`
report in English and name a place by its path (`services.x.contacts[0]`) or
weekday key; the admin is told which service, contact or day, and what to do.
"""

from __future__ import annotations

import re
from typing import Any, List, Mapping, Optional, Tuple

from actions import directory
from bot.conversations.duty import DAYS, HoursError

# The Swedish names of contact kinds and weekdays, in problems and on the pages.
KIND_LABELS = {"phone": "Telefon", "chat": "Chatt", "email": "E-post", "web": "Webb"}
DAY_NAMES = ("Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag")
DAY_LABELS = dict(zip(DAYS, DAY_NAMES, strict=True))


def contact_label(index: int, kind: Any) -> str:
    return f"kontaktväg {index + 1} ({kind_name(kind)})"


def kind_name(kind: Any) -> str:
    return KIND_LABELS.get(str(kind), str(kind) or "inget slag").lower()


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
