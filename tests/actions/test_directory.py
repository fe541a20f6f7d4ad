"""The directory file is the only source of contact facts: validate it strictly."""

import copy
import datetime as dt

import pytest
import yaml

from actions.directory import (
    DEFAULT_PATH,
    DirectoryError,
    describe_contacts,
    get_directory,
    is_valid_phone,
    load_directory,
    parse_directory,
)


@pytest.fixture(scope="module")
def raw():
    return yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


def test_the_shipped_directory_is_valid():
    directory = load_directory(DEFAULT_PATH)
    for required in ("mika", "kast", "stodcentrum", "preventell", "emergency", "bris", "mind"):
        assert required in directory.services


def test_every_fact_names_a_source_and_a_verified_date(raw):
    directory = parse_directory(raw)
    for service in directory.services.values():
        facts = [service.description] + [c.fact for c in service.contacts]
        facts += [c.hours for c in service.contacts if c.hours]
        facts += [service.website] if service.website else []
        for fact in facts:
            assert fact.source.strip(), service.id
            assert isinstance(fact.verified, dt.date), service.id


def test_the_numbers_the_bot_must_give_are_the_confirmed_ones():
    directory = load_directory(DEFAULT_PATH)
    phones = {sid: [c.fact.value for c in s.phones()] for sid, s in directory.services.items()}
    assert phones["emergency"] == ["112"]
    assert phones["bris"] == ["116 111"]
    assert phones["mind"] == ["90101"]
    assert all(c.fact.confirmed for c in directory["emergency"].phones())


def test_an_unconfirmed_number_is_never_stated_as_certain():
    preventell = load_directory(DEFAULT_PATH)["preventell"]
    (phone,) = preventell.phones()
    assert not phone.fact.confirmed
    text = describe_contacts(preventell)
    assert "020-66 77 88 – uppgiften är inte bekräftad" in text


def test_a_service_without_a_phone_number_offers_the_outreach_worker():
    text = describe_contacts(load_directory(DEFAULT_PATH)["mika"])
    assert "inget bekräftat telefonnummer" in text
    assert "uppsökare" in text


@pytest.mark.parametrize(
    "number", ["112", "114 14", "116 111", "90101", "1177", "020-50 50 50", "08-508 000 00"]
)
def test_valid_swedish_numbers(number):
    assert is_valid_phone(number)


@pytest.mark.parametrize("number", ["", "12", "99999", "070-123", "ring oss", "112; drop", None])
def test_invalid_numbers(number):
    assert not is_valid_phone(number)


def _break(raw, path, value):
    broken = copy.deepcopy(raw)
    node = broken
    for key in path[:-1]:
        node = node[key]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return broken


@pytest.mark.parametrize(
    "path, value, message",
    [
        (("services", "bris", "contacts", 0, "value"), "0000", "not a valid Swedish phone"),
        (("services", "bris", "contacts", 0, "source"), "", "'source' must name"),
        (("services", "bris", "contacts", 0, "verified"), None, "needs a 'verified' date"),
        (("services", "bris", "contacts", 0, "verified"), "last week", "ISO date"),
        (("services", "bris", "contacts", 0, "kind"), "fax", "kind"),
        (("services", "bris", "contacts", 0, "hours"), KeyError, "missing 'hours'"),
        (("services", "preventell", "website", "value"), "http://x", "https://"),
        (("services", "mika", "description"), KeyError, "description"),
        (("services", "mika", "ages", "min"), "adult", "age in years"),
        (("services", "stodcentrum"), KeyError, "required by the routing table"),
    ],
)
def test_broken_directories_are_rejected_with_a_reason(raw, path, value, message):
    with pytest.raises(DirectoryError, match=message):
        parse_directory(_break(raw, path, value))


def test_an_edited_file_is_used_without_a_restart(raw, tmp_path, monkeypatch):
    path = tmp_path / "services.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("OUTREACH_DIRECTORY_FILE", str(path))
    assert get_directory()["preventell"].phones()[0].hours is None

    edited = copy.deepcopy(raw)
    edited["services"]["preventell"]["contacts"][0]["hours"] = {
        "value": "vardagar 9–16",
        "source": "test",
        "verified": dt.date(2026, 1, 1),
        "confirmed": True,
    }
    path.write_text(yaml.safe_dump(edited, allow_unicode=True), encoding="utf-8")
    import os

    os.utime(path, (1, 1))  # a different mtime, however fast the test runs
    assert get_directory()["preventell"].phones()[0].hours.value == "vardagar 9–16"
