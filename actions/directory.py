"""The service directory (`data/services.yml`): loading, validation, wording.

Every phone number, website and opening hour the bot states comes from here.
The file is re-read when it changes on disk, so an operator's correction is
used by the next referral without restarting the action server.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import urlparse

import phonenumbers
import yaml
from phonenumbers import shortnumberinfo

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "services.yml"
CONTACT_KINDS = ("phone", "chat", "email", "web")
REQUIRED_SERVICES = (
    "mika",
    "kast",
    "stodcentrum",
    "preventell",
    "emergency",
    "bris",
    "mind",
)

# The words around the directory's facts (and the buttons to them), per language
# the bot answers in.
WORDING: Dict[str, Dict[str, str]] = {
    "sv": {
        "phone": "Telefon", "chat": "Chatt", "email": "E-post", "web": "Webb",
        "website": "Webbplats",
        "call": "Ring",
        "and": "och",
        "hours_unconfirmed": " (öppettider: {hours}, ej bekräftat)",
        "fact_unconfirmed": " – uppgiften är inte bekräftad",
        "check_on": ", kontrollera på {website}",
        "number_unconfirmed": " – numret är inte bekräftat",
        "no_phone": "Vi har inget bekräftat telefonnummer till {name} här ännu. "
                    "En uppsökare i chatten kan hjälpa dig att få kontakt.",
        "more_about": "Mer om {name}",
        "talk_to_worker": "Prata med en uppsökare",
        "reach": "Så här når du {name}:",
    },
    "en": {
        "phone": "Phone", "chat": "Chat", "email": "E-mail", "web": "Web",
        "website": "Website",
        "call": "Call",
        "and": "and",
        "hours_unconfirmed": " (opening hours: {hours}, not confirmed)",
        "fact_unconfirmed": " – this is not confirmed",
        "check_on": ", check on {website}",
        "number_unconfirmed": " – the number is not confirmed",
        "no_phone": "We do not have a confirmed phone number for {name} here yet. "
                    "An outreach worker in the chat can help you get in touch.",
        "more_about": "More about {name}",
        "talk_to_worker": "Talk to an outreach worker",
        "reach": "This is how you reach {name}:",
    },
}


def wording(language: Optional[str]) -> Dict[str, str]:
    """The directory's words in the language (Swedish unless English)."""
    return WORDING.get(language or "sv", WORDING["sv"])


class DirectoryError(ValueError):
    """The directory file is missing, unreadable or breaks a rule."""


@dataclass(frozen=True)
class Fact:
    """One stated fact with where it comes from and how sure we are."""

    value: Any
    source: str
    verified: Optional[dt.date]
    confirmed: bool
    # The same text in English, for a fact that is words (a description, hours).
    en: Optional[str] = None

    def text(self, language: Optional[str] = None) -> Any:
        """The value in the language; the Swedish value where no English is given."""
        return self.en if language == "en" and self.en else self.value


@dataclass(frozen=True)
class Contact:
    kind: str
    fact: Fact
    hours: Optional[Fact]


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    short_name: str
    organisation: str
    description: Fact
    min_age: Optional[int]
    max_age: Optional[int]
    website: Optional[Fact]
    contacts: Tuple[Contact, ...]

    def phones(self) -> List[Contact]:
        return [c for c in self.contacts if c.kind == "phone"]


@dataclass(frozen=True)
class Directory:
    services: Dict[str, Service]

    def __getitem__(self, service_id: str) -> Service:
        return self.services[service_id]

    def phone_numbers(self) -> List[str]:
        """Every phone number in the directory (the gateway's scrubber allow-list)."""
        return [c.fact.value for s in self.services.values() for c in s.phones()]


def is_valid_phone(number: str) -> bool:
    """A Swedish subscriber number or a Swedish short number (112, 116 111, 90101)."""
    if not isinstance(number, str) or not number.strip():
        return False
    if any(ch not in "0123456789 -+" for ch in number):
        return False
    try:
        parsed = phonenumbers.parse(number, "SE")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) or shortnumberinfo.is_valid_short_number(parsed)


def _is_valid_url(value: str) -> bool:
    parsed = urlparse(value)
    return parsed.scheme == "https" and bool(parsed.netloc) and "." in parsed.netloc


def _fact(raw: Any, where: str, problems: List[str]) -> Optional[Fact]:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a mapping with value, source, verified, confirmed")
        return None
    for key in ("value", "source", "verified", "confirmed"):
        if key not in raw:
            problems.append(f"{where}: missing '{key}'")
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        problems.append(f"{where}: 'source' must name where the fact comes from")
    verified = raw.get("verified")
    if verified is not None and not isinstance(verified, dt.date):
        problems.append(f"{where}: 'verified' must be an ISO date (YYYY-MM-DD)")
        verified = None
    if isinstance(verified, dt.date) and verified > dt.date.today():
        problems.append(f"{where}: 'verified' is in the future")
    confirmed = raw.get("confirmed")
    if not isinstance(confirmed, bool):
        problems.append(f"{where}: 'confirmed' must be true or false")
        confirmed = False
    if confirmed and verified is None:
        problems.append(f"{where}: a confirmed fact needs a 'verified' date")
    english = raw.get("en")
    if english is not None and (not isinstance(english, str) or not english.strip()):
        problems.append(f"{where}: 'en' must be the English text")
        english = None
    return Fact(raw.get("value"), str(source or ""), verified, confirmed, english)


def _optional_fact(raw: Any, where: str, problems: List[str]) -> Optional[Fact]:
    return None if raw is None else _fact(raw, where, problems)


def _age(raw: Any, key: str, where: str, problems: List[str]) -> Optional[int]:
    value = raw.get(key) if isinstance(raw, dict) else None
    if value is not None and (not isinstance(value, int) or not 0 <= value <= 120):
        problems.append(f"{where}.{key}: must be an age in years or null")
        return None
    return value


def _service(service_id: str, raw: Any, problems: List[str]) -> Optional[Service]:
    where = f"services.{service_id}"
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a mapping")
        return None
    for key in ("name", "short_name", "organisation"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            problems.append(f"{where}.{key}: required text")
    description = _fact(raw.get("description"), f"{where}.description", problems)
    if description and (not isinstance(description.value, str) or not description.value):
        problems.append(f"{where}.description: needs a text value")

    ages = raw.get("ages")
    if ages is not None:
        _fact({**ages, "value": None}, f"{where}.ages", problems)
    min_age = _age(ages, "min", f"{where}.ages", problems)
    max_age = _age(ages, "max", f"{where}.ages", problems)
    if min_age is not None and max_age is not None and min_age > max_age:
        problems.append(f"{where}.ages: min is above max")

    website = _optional_fact(raw.get("website"), f"{where}.website", problems)
    if website and not (isinstance(website.value, str) and _is_valid_url(website.value)):
        problems.append(f"{where}.website: must be an https:// address")

    contacts: List[Contact] = []
    raw_contacts = raw.get("contacts", [])
    if not isinstance(raw_contacts, list):
        problems.append(f"{where}.contacts: must be a list")
        raw_contacts = []
    for index, item in enumerate(raw_contacts):
        cwhere = f"{where}.contacts[{index}]"
        fact = _fact(item, cwhere, problems)
        if fact is None:
            continue
        kind = item.get("kind")
        if kind not in CONTACT_KINDS:
            problems.append(f"{cwhere}.kind: one of {', '.join(CONTACT_KINDS)}")
        elif kind == "phone" and not is_valid_phone(fact.value):
            problems.append(f"{cwhere}: '{fact.value}' is not a valid Swedish phone number")
        elif kind == "email" and (not isinstance(fact.value, str) or "@" not in fact.value):
            problems.append(f"{cwhere}: not an e-mail address")
        elif kind in ("web", "chat") and not (
            isinstance(fact.value, str) and _is_valid_url(fact.value)
        ):
            problems.append(f"{cwhere}: must be an https:// address")
        if "hours" not in item:
            problems.append(f"{cwhere}: missing 'hours' (null when unknown)")
        hours = _optional_fact(item.get("hours"), f"{cwhere}.hours", problems)
        if hours and (not isinstance(hours.value, str) or not hours.value.strip()):
            problems.append(f"{cwhere}.hours: needs a text value")
        contacts.append(Contact(str(kind), fact, hours))

    if problems:
        return None
    assert description is not None
    return Service(
        id=service_id,
        name=raw["name"],
        short_name=raw["short_name"],
        organisation=raw["organisation"],
        description=description,
        min_age=min_age,
        max_age=max_age,
        website=website,
        contacts=tuple(contacts),
    )


def parse_directory(raw: Any) -> Directory:
    """Validate the parsed YAML and build the directory, listing every problem."""
    problems: List[str] = []
    if not isinstance(raw, dict) or raw.get("version") != 1:
        raise DirectoryError("the directory must be a mapping with 'version: 1'")
    raw_services = raw.get("services")
    if not isinstance(raw_services, dict):
        raise DirectoryError("the directory needs a 'services' mapping")
    services: Dict[str, Service] = {}
    for service_id, raw_service in raw_services.items():
        service = _service(str(service_id), raw_service, problems)
        if service:
            services[service.id] = service
    for required in REQUIRED_SERVICES:
        if required not in raw_services:
            problems.append(f"services.{required}: required by the routing table")
    if problems:
        raise DirectoryError("; ".join(problems))
    return Directory(services)


def load_directory(path: Path) -> Directory:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DirectoryError(f"cannot read {path}: {error}") from error
    return parse_directory(raw)


def directory_path() -> Path:
    return Path(os.environ.get("OUTREACH_DIRECTORY_FILE", DEFAULT_PATH))


_cache_lock = threading.Lock()
_cache: Dict[Path, Tuple[float, Directory]] = {}


def get_directory() -> Directory:
    """The current directory, re-read whenever the file's mtime changes."""
    path = directory_path()
    mtime = path.stat().st_mtime
    with _cache_lock:
        cached = _cache.get(path)
        if cached and cached[0] == mtime:
            return cached[1]
        directory = load_directory(path)
        _cache[path] = (mtime, directory)
        return directory


def hours_note(contact: Contact, language: Optional[str] = None) -> str:
    """" (dygnet runt)", or the hours with a caveat when they are not confirmed."""
    if contact.hours and contact.hours.confirmed:
        return f" ({contact.hours.text(language)})"
    if contact.hours:
        return wording(language)["hours_unconfirmed"].format(hours=contact.hours.text(language))
    return ""


def describe_contacts(service: Service, language: Optional[str] = None) -> str:
    """The ways to reach a service, with caveats for unconfirmed facts."""
    words = wording(language)
    lines: List[str] = []
    for contact in service.contacts:
        line = f"{words[contact.kind]}: {contact.fact.value}{hours_note(contact, language)}"
        if not contact.fact.confirmed:
            line += words["fact_unconfirmed"]
            if service.website:
                line += words["check_on"].format(website=service.website.value)
        lines.append(line)
    if service.website:
        lines.append(f"{words['website']}: {service.website.value}")
    if not service.phones():
        lines.append(words["no_phone"].format(name=service.short_name))
    return "\n".join(lines)


def describe_service(service: Service, language: Optional[str] = None) -> str:
    """Who the service is for and how to reach it: one message."""
    return f"{service.description.text(language)}\n{describe_contacts(service, language)}"


def crisis_phones() -> Dict[str, str]:
    """The numbers a crisis text names: 112 and Mind Självmordslinjen, from the directory."""
    directory = get_directory()
    return {
        "emergency": directory["emergency"].phones()[0].fact.value,
        "suicide_line": directory["mind"].phones()[0].fact.value,
    }
