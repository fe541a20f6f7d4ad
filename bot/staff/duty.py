"""Is anybody there? The chat's opening hours (data/chat_hours.yml).

Together with the on-duty flag of staff sessions this decides whether a
handover request may wait in the queue or must be answered at once with
"nobody is on duty" and the right service's contact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional, Tuple
from zoneinfo import ZoneInfo

import yaml

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "data" / "chat_hours.yml"


class HoursError(ValueError):
    """The opening hours file breaks its format."""


@dataclass(frozen=True)
class OpeningHours:
    timezone: ZoneInfo
    days: Dict[str, Optional[Tuple[dt.time, dt.time]]]

    def is_open(self, moment: dt.datetime) -> bool:
        local = moment.astimezone(self.timezone)
        span = self.days[DAYS[local.weekday()]]
        return span is not None and span[0] <= local.time() < span[1]


def _span(day: str, value: object) -> Optional[Tuple[dt.time, dt.time]]:
    if value == "closed":
        return None
    try:
        start, end = (dt.time.fromisoformat(part.strip()) for part in str(value).split("-"))
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
    return OpeningHours(
        ZoneInfo(raw.get("timezone", "Europe/Stockholm")),
        {day: _span(day, raw["hours"][day]) for day in DAYS},
    )
