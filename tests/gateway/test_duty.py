"""Opening hours in Swedish local time, and a clear error for a broken file."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.conversations.duty import DEFAULT_PATH, HoursError, load_hours

WEEKDAYS = "\n".join(
    f"  {day}: '13:00-16:00'" for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
)
WEEK = WEEKDAYS + "\n  saturday: closed\n  sunday: closed"
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _hours(tmp_path, body, extra=""):
    path = tmp_path / "hours.yml"
    path.write_text(f"timezone: Europe/Stockholm\n{extra}hours:\n{body}\n", encoding="utf-8")
    return load_hours(path)


def _at_two(year, month, day):
    """14:00 Stockholm time, inside the weekday hours 13:00-16:00."""
    return dt.datetime(year, month, day, 14, 0, tzinfo=STOCKHOLM)


def test_the_shipped_file_is_closed_until_the_operator_sets_hours():
    hours = load_hours(DEFAULT_PATH)
    assert not any(hours.days.values())
    assert hours.closed_on_holidays


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


@pytest.mark.parametrize("extra", ["", "closed_on_holidays: true\n"])  # absent means true
def test_closed_on_swedish_holidays_and_eves(tmp_path, extra):
    hours = _hours(tmp_path, WEEK, extra)
    assert hours.closed_on_holidays
    # All four are Fridays in 2026, so only the holiday can close them.
    assert hours.is_open(_at_two(2026, 6, 12))  # an ordinary Friday
    assert not hours.is_open(_at_two(2026, 12, 25))  # Juldagen
    assert not hours.is_open(_at_two(2026, 6, 19))  # Midsommarafton (de facto)
    assert not hours.is_open(_at_two(2026, 4, 3))  # Långfredagen
    assert hours.holiday(_at_two(2026, 12, 25)) == "Juldagen"
    assert hours.holiday(_at_two(2026, 6, 19)) == "Midsommarafton"
    assert hours.holiday(_at_two(2026, 4, 3)) == "Långfredagen"
    assert hours.holiday(_at_two(2026, 6, 12)) is None


def test_holidays_can_be_staffed(tmp_path):
    hours = _hours(tmp_path, WEEK, "closed_on_holidays: false\n")
    assert hours.is_open(_at_two(2026, 12, 25))  # Juldagen, a Friday
    assert hours.holiday(_at_two(2026, 12, 25)) == "Juldagen"  # still a fact about the day


def test_the_local_date_decides_the_holiday(tmp_path):
    hours = _hours(tmp_path, WEEK)
    utc = dt.timezone.utc
    # 23:30 UTC on 24 December (Julafton in UTC) is 00:30 on Juldagen in Stockholm.
    assert hours.holiday(dt.datetime(2026, 12, 24, 23, 30, tzinfo=utc)) == "Juldagen"
    # 23:30 UTC on 26 December (Annandag jul in UTC) is an ordinary Sunday in Stockholm.
    assert hours.holiday(dt.datetime(2026, 12, 26, 23, 30, tzinfo=utc)) is None
    # Friday 1 January 2027, 13:30 local (12:30 UTC): open hours, but Nyårsdagen.
    assert not hours.is_open(dt.datetime(2027, 1, 1, 12, 30, tzinfo=utc))


@pytest.mark.parametrize("value", ["ja", "'true'", "1", "''"])
def test_a_non_boolean_holiday_setting_is_refused(tmp_path, value):
    with pytest.raises(HoursError, match="closed_on_holidays"):
        _hours(tmp_path, WEEK, f"closed_on_holidays: {value}\n")


def test_the_running_hours_follow_the_file_and_survive_a_broken_edit(tmp_path):
    from bot.conversations.duty import ChatHours

    path = tmp_path / "hours.yml"
    path.write_text(
        f"timezone: Europe/Stockholm\nhours:\n{WEEKDAYS}\n  saturday: closed\n  sunday: closed\n",
        encoding="utf-8",
    )
    hours = ChatHours(path)
    saturday = dt.datetime(2026, 11, 28, 12, 30, tzinfo=dt.timezone.utc)
    assert not hours.is_open(saturday)

    replacement = tmp_path / "new.yml"
    replacement.write_text(
        path.read_text(encoding="utf-8").replace("saturday: closed", "saturday: '10:00-16:00'"),
        encoding="utf-8",
    )
    replacement.replace(path)  # as an admin's save does
    assert hours.is_open(saturday)

    path.write_text("hours: [not, a, mapping]\n", encoding="utf-8")
    assert hours.is_open(saturday)  # the last valid hours stay
