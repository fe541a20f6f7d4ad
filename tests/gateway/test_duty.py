"""Opening hours in Swedish local time, and a clear error for a broken file."""

import datetime as dt

import pytest

from bot.staff.duty import DEFAULT_PATH, HoursError, load_hours

WEEKDAYS = "\n".join(
    f"  {day}: '13:00-16:00'" for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
)


def _hours(tmp_path, body):
    path = tmp_path / "hours.yml"
    path.write_text(f"timezone: Europe/Stockholm\nhours:\n{body}\n", encoding="utf-8")
    return load_hours(path)


def test_the_shipped_file_is_closed_until_the_operator_sets_hours():
    hours = load_hours(DEFAULT_PATH)
    assert not any(hours.days.values())


def test_open_on_weekday_afternoons_in_stockholm_time(tmp_path):
    hours = _hours(tmp_path, WEEKDAYS + "\n  saturday: closed\n  sunday: closed")
    utc = dt.timezone.utc
    # Wednesday 25 Nov 2026: 12:30 UTC is 13:30 in Stockholm (winter time).
    assert hours.is_open(dt.datetime(2026, 11, 25, 12, 30, tzinfo=utc))
    assert not hours.is_open(dt.datetime(2026, 11, 25, 11, 30, tzinfo=utc))  # 12:30 local
    assert not hours.is_open(dt.datetime(2026, 11, 25, 15, 0, tzinfo=utc))  # 16:00 local
    assert not hours.is_open(dt.datetime(2026, 11, 28, 12, 30, tzinfo=utc))  # Saturday
    # Summer time: 11:30 UTC is 13:30 in Stockholm.
    assert hours.is_open(dt.datetime(2026, 6, 3, 11, 30, tzinfo=utc))


@pytest.mark.parametrize(
    "body",
    [
        WEEKDAYS,  # no weekend
        WEEKDAYS.replace("13:00-16:00", "16:00-13:00", 1)
        + "\n  saturday: closed\n  sunday: closed",
        WEEKDAYS.replace("13:00-16:00", "efter lunch", 1)
        + "\n  saturday: closed\n  sunday: closed",
    ],
)
def test_broken_hours_are_refused(tmp_path, body):
    with pytest.raises(HoursError):
        _hours(tmp_path, body)
