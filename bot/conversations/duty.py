"""Is anybody there? The chat's opening hours (data/chat_hours.yml).

Together with the on-duty flag of staff sessions this decides whether a
handover request may wait in the queue or must be answered at once with
"nobody is on duty" and the right service's contact.

Swedish public holidays ("röda dagar") and the eves everyone takes off
(midsommarafton, julafton, nyårsafton) are closed unless the file says
otherwise: nobody is staffed then, and a queue nobody answers is worse
than an honest "closed today".
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Mapping, Optional, Tuple
from zoneinfo import ZoneInfo

import holidays
import yaml
from aiohttp import web

log = logging.getLogger("bot.staff")

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "data" / "chat_hours.yml"


class HoursError(ValueError):
    """The opening hours file breaks its format."""


@lru_cache(maxsize=None)
def _swedish_holidays(year: int) -> Mapping[dt.date, str]:
    """The year's holidays with their Swedish names, built once per year.

    'de_facto' adds the eves that are not law but are days off in practice;
    include_sundays=False leaves out plain Sundays, which Swedish law counts
    as holidays but the weekly hours already cover.
    """
    table = holidays.country_holidays(
        "SE",
        years=year,
        categories=("public", "de_facto"),
        language="sv",
        include_sundays=False,
    )
    return dict(table)


@dataclass(frozen=True)
class OpeningHours:
    timezone: ZoneInfo
    days: Dict[str, Optional[Tuple[dt.time, dt.time]]]
    closed_on_holidays: bool = True

    def holiday(self, moment: dt.datetime) -> Optional[str]:
        """The Swedish name of the holiday on the local date, or None.

        The local date is what counts: 23:30 UTC on 24 December is already
        Juldagen in Stockholm. This is a fact about the date, whatever
        closed_on_holidays says; ask is_open() whether the chat is closed.
        """
        local = moment.astimezone(self.timezone).date()
        return _swedish_holidays(local.year).get(local)

    def is_open(self, moment: dt.datetime) -> bool:
        if self.closed_on_holidays and self.holiday(moment) is not None:
            return False
        local = moment.astimezone(self.timezone)
        span = self.days[DAYS[local.weekday()]]
        return span is not None and span[0] <= local.time() < span[1]


def _clock(text: str) -> dt.time:
    """A time of day; "24:00" is midnight at the end of the day."""
    return dt.time.max if text == "24:00" else dt.time.fromisoformat(text)


def _span(day: str, value: object) -> Optional[Tuple[dt.time, dt.time]]:
    if value == "closed":
        return None
    try:
        start, end = (_clock(part.strip()) for part in str(value).split("-"))
    except ValueError:
        raise HoursError(f"{day}: write 'closed' or 'HH:MM-HH:MM'") from None
    if start >= end:
        raise HoursError(f"{day}: the chat must open before it closes")
    return start, end


def load_hours(path: Path = DEFAULT_PATH) -> OpeningHours:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not isinstance(raw.get("hours"), dict):
        raise HoursError("the file needs 'timezone' and 'hours'")
    missing = [day for day in DAYS if day not in raw["hours"]]
    if missing:
        raise HoursError(f"no hours for {', '.join(missing)}")
    closed_on_holidays = raw.get("closed_on_holidays", True)
    if not isinstance(closed_on_holidays, bool):
        raise HoursError(f"closed_on_holidays: write true or false, not {closed_on_holidays!r}")
    return OpeningHours(
        ZoneInfo(raw.get("timezone", "Europe/Stockholm")),
        {day: _span(day, raw["hours"][day]) for day in DAYS},
        closed_on_holidays,
    )


class ChatHours:
    """The opening hours file, read again whenever it changes.

    An admin's edit (bot/staff/directory/) or a hand edit applies to
    the next handover without a restart. A file that became invalid is
    logged and the last valid hours stay in force.
    """

    def __init__(self, path: Path = DEFAULT_PATH) -> None:
        self.path = path
        self._stamp = _stamp(path)
        self._hours = load_hours(path)  # invalid at start-up: refuse to start

    def current(self) -> OpeningHours:
        stamp = _stamp(self.path)
        if stamp != self._stamp:
            self._stamp = stamp
            try:
                self._hours = load_hours(self.path)
            except (OSError, HoursError, yaml.YAMLError) as error:
                log.error("chat_hours_invalid type=%s", type(error).__name__)
        return self._hours

    def is_open(self, moment: dt.datetime) -> bool:
        return self.current().is_open(moment)

    def holiday(self, moment: dt.datetime) -> Optional[str]:
        return self.current().holiday(moment)


def _stamp(path: Path) -> Optional[Tuple[int, int, int]]:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns, info.st_size


HOURS = web.AppKey("chat_hours", ChatHours)
