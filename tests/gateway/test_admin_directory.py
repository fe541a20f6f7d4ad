"""The admin's directory and opening-hours pages, over HTTP.

The gateway writes temp copies of data/services.yml (OUTREACH_DIRECTORY_FILE,
which the action server's actions.directory reads too) and data/chat_hours.yml
(OUTREACH_CHAT_HOURS_FILE); the repository's own files are never written.
"""

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from aiohttp.test_utils import TestClient, TestServer

from actions import directory
from bot.app import create_app
from bot.conversations.duty import HOURS, HoursError
from bot.foundation.keys import STAFF
from bot.staff import admin_pages
from bot.staff.directory import english, forms, pages, routes
from bot.staff.directory import files as directory_files
from common.settings import load_settings
from tests.gateway.fixtures import PASSWORD, add_admin, staff_client

REPO = Path(__file__).resolve().parents[2]
SERVICES = REPO / "data" / "services.yml"
CHAT_HOURS = REPO / "data" / "chat_hours.yml"
# The copy's facts were checked "long ago", so a fact stamped today stands out.
OLD_DATE = dt.date(2026, 1, 15)
SOURCE = "Preventells webbplats, sidan Kontakt"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
MONDAY_NOON = dt.datetime(2026, 11, 30, 12, 0, tzinfo=STOCKHOLM)  # an ordinary Monday
CHRISTMAS_DAY = dt.datetime(2026, 12, 25, 12, 0, tzinfo=STOCKHOLM)  # Juldagen, a Friday


@pytest.fixture(autouse=True)
def repository_files_untouched():
    before = SERVICES.read_bytes(), CHAT_HOURS.read_bytes()
    yield
    assert (SERVICES.read_bytes(), CHAT_HOURS.read_bytes()) == before


@pytest.fixture
def files(tmp_path, monkeypatch):
    """Copies of the directory and the opening hours, in a folder of their own."""
    folder = tmp_path / "data"
    folder.mkdir()
    services = folder / "services.yml"
    text = SERVICES.read_text(encoding="utf-8")
    services.write_text(
        re.sub(r"verified: \d{4}-\d{2}-\d{2}", f"verified: {OLD_DATE}", text), encoding="utf-8"
    )
    hours = folder / "chat_hours.yml"
    hours.write_bytes(CHAT_HOURS.read_bytes())
    monkeypatch.setenv("OUTREACH_DIRECTORY_FILE", str(services))
    return services, hours


@pytest.fixture
async def gateway(settings, scrubber, files):
    """The gateway on the copies, with the admin ada and the worker bo."""
    server = TestServer(
        create_app(
            load_settings(
                {
                    "OUTREACH_DATA_DIR": str(settings.data_dir),
                    "OUTREACH_RASA_URLS": ",".join(settings.rasa_urls),
                    "OUTREACH_CHAT_HOURS_FILE": str(files[1]),
                }
            ),
            scrubber=scrubber,
        )
    )
    await server.start_server()
    await add_admin(server, "ada")
    await server.app[STAFF].add("bo", PASSWORD)
    yield server
    await server.close()


@pytest.fixture
async def admin(gateway):
    client, _ = await staff_client(gateway, "ada")
    yield client
    await client.close()


@pytest.fixture
async def worker(gateway):
    client, headers = await staff_client(gateway, "bo")
    yield client, headers
    await client.close()


class FormReader(HTMLParser):
    """What a browser would send for one form: its fields with their current values."""

    def __init__(self, testid):
        super().__init__()
        self.testid, self.inside, self.select, self.fields = testid, False, None, {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("data-testid") == self.testid
        elif not self.inside:
            return
        elif tag == "input" and attrs.get("type") == "checkbox":
            if "checked" in attrs:
                self.fields[attrs["name"]] = "on"
        elif tag == "input":
            self.fields[attrs["name"]] = attrs.get("value", "")
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields[self.select] = attrs["value"]

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None


async def form_of(client, page, testid):
    response = await client.get(page)
    assert response.status == 200
    reader = FormReader(testid)
    reader.feed(await response.text())
    assert reader.fields, f"no form {testid}"
    return reader.fields


async def edit_service(client, service_id, **changes):
    """Load a service's form as the page shows it, change some fields, send it."""
    fields = await form_of(client, pages.DIRECTORY_PAGE, f"edit-{service_id}")
    for name, value in changes.items():
        name = name.replace("_", "-")
        if value is None:
            fields.pop(name, None)  # an unticked checkbox is not sent
        else:
            fields[name] = value
    return await client.post(
        f"{pages.DIRECTORY_PAGE}/{service_id}", data=fields, allow_redirects=False
    )


async def edit_preventell(client, **changes):
    return await edit_service(client, "preventell", **changes)


def service_in(path, service_id):
    return yaml.safe_load(path.read_text(encoding="utf-8"))["services"][service_id]


def preventell(path):
    return service_in(path, "preventell")


async def audit_actions(gateway):
    return [(a, c) for _, a, c in await gateway.app[STAFF].audit_log() if a != "login"]


# ---- The directory ----------------------------------------------------------


async def test_the_page_lists_every_service_with_its_facts(admin, files):
    response = await admin.get(pages.DIRECTORY_PAGE)
    assert response.status == 200
    page = await response.text()
    for service_id in yaml.safe_load(files[0].read_text(encoding="utf-8"))["services"]:
        assert f'data-testid="service-{service_id}"' in page
        assert f'data-testid="edit-{service_id}"' in page
    assert "020-66 77 88" in page
    assert "listor hos tredje part (inte Preventells egen sida)" in page
    assert str(OLD_DATE) in page
    assert "Ändringen är sparad" not in page


async def test_new_hours_reach_the_file_and_the_bots_next_referral(admin, gateway, files):
    path = files[0]
    header = directory_files.leading_comments(SERVICES.read_text(encoding="utf-8"))
    others = {k: v for k, v in yaml.safe_load(path.read_text())["services"].items()}
    del others["preventell"]
    assert "mån–fre 10–14" not in directory.describe_service(
        directory.get_directory()["preventell"]
    )

    response = await edit_preventell(admin, c0_hours_value="mån–fre 10–14", c0_hours_source=SOURCE)

    assert response.status == 303
    assert response.headers["Location"].startswith("/staff/admin/directory?saved=preventell")
    phone = preventell(path)["contacts"][0]
    assert phone["hours"] == {
        "value": "mån–fre 10–14",
        "source": SOURCE,
        "verified": dt.date.today(),
        "confirmed": False,
    }
    assert phone["verified"] == OLD_DATE  # the number itself did not change
    assert preventell(path)["website"]["verified"] == OLD_DATE
    text = path.read_text(encoding="utf-8")
    assert text.startswith(header) and header.count("\n") >= 10
    remaining = yaml.safe_load(text)["services"]
    assert {k: v for k, v in remaining.items() if k != "preventell"} == others

    # The action server reads the same file and picks the change up by itself.
    service = directory.get_directory()["preventell"]
    assert service.contacts[0].hours.value == "mån–fre 10–14"
    assert "mån–fre 10–14" in directory.describe_service(service)

    page = await (await admin.get(response.headers["Location"])).text()
    assert routes.SAVED in page
    assert "mån–fre 10–14" in page
    assert await audit_actions(gateway) == [("directory_edit:preventell", None)]
    assert sorted(p.name for p in path.parent.iterdir()) == ["chat_hours.yml", "services.yml"]


async def test_a_changed_number_is_stamped_with_today_and_confirmed(admin, files):
    response = await edit_preventell(
        admin, c0_value="020-66 77 89", c0_source=SOURCE, c0_confirmed="on"
    )
    assert response.status == 303
    phone = preventell(files[0])["contacts"][0]
    assert (phone["value"], phone["source"], phone["confirmed"]) == ("020-66 77 89", SOURCE, True)
    assert phone["verified"] == dt.date.today()
    service = directory.get_directory()["preventell"]
    assert "inte bekräftad" not in directory.describe_contacts(service)


async def test_an_invalid_phone_number_is_refused_and_nothing_is_written(admin, gateway, files):
    before = files[0].read_bytes()
    response = await edit_preventell(admin, c0_value="07-12")
    assert response.status == 400
    page = await response.text()
    assert "Preventell, kontaktväg 1 (telefon): ”07-12” är inte ett giltigt svenskt" in page
    assert routes.NOTHING_SAVED in page
    assert 'value="07-12"' in page  # the admin's input is kept for correcting
    assert files[0].read_bytes() == before
    assert await audit_actions(gateway) == []
    assert sorted(p.name for p in files[0].parent.iterdir()) == ["chat_hours.yml", "services.yml"]


async def test_a_fact_without_a_source_is_refused(admin, files):
    before = files[0].read_bytes()
    response = await edit_preventell(admin, c0_source="  ")
    assert response.status == 400
    assert "kontaktväg 1 (telefon): källa saknas" in await response.text()

    response = await edit_preventell(admin, c0_hours_value="mån–fre 10–14", c0_hours_source="")
    assert response.status == 400
    assert "kontaktväg 1 (telefon), öppettider: källa saknas" in await response.text()
    assert files[0].read_bytes() == before


async def test_a_website_must_be_https(admin, files):
    before = files[0].read_bytes()
    response = await edit_preventell(admin, website_value="http://preventell.se")
    assert response.status == 400
    assert "Preventell, webbplats: måste vara en webbadress som börjar med https://" in (
        await response.text()
    )
    assert files[0].read_bytes() == before


async def test_a_contact_can_be_added_and_removed(admin, files):
    response = await edit_preventell(
        admin, new_kind="email", new_value="info@preventell.se", new_source=SOURCE
    )
    assert response.status == 303
    contacts = preventell(files[0])["contacts"]
    assert [c["kind"] for c in contacts] == ["phone", "email"]
    assert contacts[1] == {
        "kind": "email",
        "value": "info@preventell.se",
        "source": SOURCE,
        "verified": dt.date.today(),
        "confirmed": False,
        "hours": None,
    }
    assert "E-post: info@preventell.se" in directory.describe_contacts(
        directory.get_directory()["preventell"]
    )

    response = await edit_preventell(admin, c0_remove="on")
    assert response.status == 303
    assert [c["kind"] for c in preventell(files[0])["contacts"]] == ["email"]


async def test_a_bad_new_contact_is_named_in_the_problems(admin, files):
    response = await edit_preventell(admin, new_kind="web", new_value="preventell.se")
    assert response.status == 400
    page = await response.text()
    assert "den nya kontaktvägen (webb): måste vara en webbadress" in page
    assert "den nya kontaktvägen (webb): källa saknas" in page


async def test_a_form_made_from_an_older_file_is_refused(admin, files):
    fields = await form_of(admin, pages.DIRECTORY_PAGE, "edit-preventell")
    assert (
        await edit_preventell(admin, c0_hours_value="dygnet runt", c0_hours_source=SOURCE)
    ).status == 303
    after_first = files[0].read_bytes()
    fields["c0-remove"] = "on"
    response = await admin.post(
        f"{pages.DIRECTORY_PAGE}/preventell", data=fields, allow_redirects=False
    )
    assert response.status == 409
    assert "Ladda om sidan" in await response.text()
    assert files[0].read_bytes() == after_first


async def test_an_unknown_service_is_404(admin):
    fields = await form_of(admin, pages.DIRECTORY_PAGE, "edit-preventell")
    response = await admin.post(f"{pages.DIRECTORY_PAGE}/nosuch", data=fields)
    assert response.status == 404


async def test_a_worker_gets_403_on_every_admin_page(worker, files):
    client, headers = worker
    before = [path.read_bytes() for path in files]
    for page in (pages.DIRECTORY_PAGE, pages.HOURS_PAGE):
        response = await client.get(page)
        assert response.status == 403
        assert admin_pages.NOT_ADMIN in await response.text()
    for page in (f"{pages.DIRECTORY_PAGE}/preventell", pages.HOURS_PAGE):
        response = await client.post(page, data={"monday": "00:00-24:00"}, headers=headers)
        assert response.status == 403
        assert admin_pages.NOT_ADMIN in await response.text()
    assert [path.read_bytes() for path in files] == before


async def test_anonymous_callers_are_sent_to_the_login(gateway):
    client = TestClient(gateway)
    await client.start_server()
    for method, page in (
        ("GET", pages.DIRECTORY_PAGE),
        ("GET", pages.HOURS_PAGE),
        ("POST", f"{pages.DIRECTORY_PAGE}/preventell"),
        ("POST", pages.HOURS_PAGE),
    ):
        response = await client.request(method, page, allow_redirects=False)
        assert response.status == 303, (method, page)
        assert response.headers["Location"] == "/staff/"
    await client.close()


async def test_a_post_without_the_csrf_token_is_refused(admin, files):
    before = [path.read_bytes() for path in files]
    fields = await form_of(admin, pages.DIRECTORY_PAGE, "edit-preventell")
    fields["c0-hours-value"], fields["c0-hours-source"] = "mån–fre 10–14", SOURCE
    del fields["csrf"]
    page = f"{pages.DIRECTORY_PAGE}/preventell"
    assert (await admin.post(page, data=fields)).status == 403
    hours = await form_of(admin, pages.HOURS_PAGE, "hours-form")
    hours["csrf"] = "not the token"
    assert (await admin.post(pages.HOURS_PAGE, data=hours)).status == 403
    assert [path.read_bytes() for path in files] == before


# ---- Opening hours -----------------------------------------------------------


async def edit_hours(client, **days):
    fields = await form_of(client, pages.HOURS_PAGE, "hours-form")
    for name, value in days.items():
        if value is None:
            fields.pop(name, None)
        else:
            fields[name] = value
    return await client.post(pages.HOURS_PAGE, data=fields, allow_redirects=False)


async def test_new_hours_apply_at_once(admin, gateway, files):
    header = directory_files.leading_comments(CHAT_HOURS.read_text(encoding="utf-8"))
    assert not gateway.app[HOURS].is_open(MONDAY_NOON)
    page = await (await admin.get(pages.HOURS_PAGE)).text()
    assert 'value="stängt"' in page

    response = await edit_hours(admin, monday="10:00–14:00")

    assert response.status == 303
    assert gateway.app[HOURS].is_open(MONDAY_NOON)
    assert not gateway.app[HOURS].is_open(MONDAY_NOON.replace(hour=15))
    text = files[1].read_text(encoding="utf-8")
    assert text.startswith(header) and header.strip()
    saved = yaml.safe_load(text)
    assert saved["hours"]["monday"] == "10:00-14:00"
    assert saved["hours"]["tuesday"] == "closed"
    assert (saved["timezone"], saved["closed_on_holidays"]) == ("Europe/Stockholm", True)
    page = await (await admin.get(response.headers["Location"])).text()
    assert routes.HOURS_SAVED in page
    assert 'value="10:00–14:00"' in page
    assert await audit_actions(gateway) == [("hours_edit", None)]
    assert sorted(p.name for p in files[1].parent.iterdir()) == ["chat_hours.yml", "services.yml"]


async def test_the_holiday_box_decides_about_christmas_day(admin, gateway, files):
    assert (await edit_hours(admin, friday="9:00-16:00", closed_on_holidays=None)).status == 303
    assert yaml.safe_load(files[1].read_text())["closed_on_holidays"] is False
    assert gateway.app[HOURS].is_open(CHRISTMAS_DAY)

    assert (await edit_hours(admin, closed_on_holidays="on")).status == 303
    assert not gateway.app[HOURS].is_open(CHRISTMAS_DAY)
    assert gateway.app[HOURS].is_open(CHRISTMAS_DAY - dt.timedelta(days=7))


@pytest.mark.parametrize(
    "value, problem",
    [
        ("25:00-26:00", "Måndag: skriv ”stängt” eller en tid som 09:00–16:00"),
        ("16:00-10:00", "Måndag: chatten måste öppna innan den stänger."),
        ("på eftermiddagen", "Måndag: skriv ”stängt”"),
    ],
)
async def test_bad_hours_are_refused_and_nothing_changes(admin, gateway, files, value, problem):
    before, hours = files[1].read_bytes(), gateway.app[HOURS]
    response = await edit_hours(admin, monday=value)
    assert response.status == 400
    page = await response.text()
    assert problem in page
    assert routes.NOTHING_SAVED in page
    assert files[1].read_bytes() == before
    assert gateway.app[HOURS] is hours
    assert await audit_actions(gateway) == []
    assert sorted(p.name for p in files[1].parent.iterdir()) == ["chat_hours.yml", "services.yml"]


# ---- Pieces ------------------------------------------------------------------


def test_a_failed_check_leaves_the_file_and_no_temp_file(tmp_path):
    path = tmp_path / "chat_hours.yml"
    path.write_text("# kept\nhours: {}\n", encoding="utf-8")
    with pytest.raises(HoursError):
        directory_files.replace_atomically(path, "# kept\nhours: {}\n", _refuse)
    assert path.read_text(encoding="utf-8") == "# kept\nhours: {}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["chat_hours.yml"]


def _refuse(path):
    raise HoursError("no")


def test_the_repository_directory_survives_a_rewrite_unchanged():
    text = SERVICES.read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    written = directory_files.dump_directory(directory_files.leading_comments(text), raw)
    assert yaml.safe_load(written) == raw
    assert written.startswith("# Service directory")
    directory.parse_directory(yaml.safe_load(written))


def test_verified_moves_only_when_a_fact_changes():
    old = {"value": "1", "source": "s", "verified": OLD_DATE, "confirmed": True}
    today = dt.date(2026, 12, 1)
    assert forms.edited_fact(old, "1", "s", True, today)["verified"] == OLD_DATE
    assert forms.edited_fact(old, "1", "t", True, today)["verified"] == today
    assert forms.edited_fact(old, "1", "s", False, today)["verified"] == today
    assert forms.edited_fact(None, "1", "s", False, today)["verified"] == today


# ---- Help cards nobody has checked ------------------------------------------


async def test_the_operator_is_told_which_help_cards_nobody_has_checked(
    admin, tmp_path, monkeypatch
):
    page = await (await admin.get(pages.DIRECTORY_PAGE)).text()
    assert 'data-testid="unchecked-cards"' in page
    assert "rumänska" in page and "tigrinja" in page

    # A card a native speaker has signed is no longer named.
    shipped = yaml.safe_load(
        (Path(__file__).resolve().parents[2] / "data" / "help_cards.yml").read_text("utf-8")
    )
    for code, card in shipped["languages"].items():
        if code != "ti":
            card["translation"]["checked_by"] = "Tolkförmedlingen"
            card["translation"]["checked_on"] = dt.date(2026, 12, 1)
    checked = tmp_path / "help_cards.yml"
    checked.write_text(yaml.safe_dump(shipped, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("OUTREACH_HELP_CARDS_FILE", str(checked))
    page = await (await admin.get(pages.DIRECTORY_PAGE)).text()
    assert "tigrinja" in page and "rumänska" not in page


def test_a_changed_swedish_fact_drops_its_stale_english_wording():
    today = dt.date(2026, 12, 5)
    old = {"value": "dygnet runt", "en": "24 hours a day", "source": "s",
           "verified": dt.date(2026, 11, 25), "confirmed": True}
    same = forms.edited_fact(old, "dygnet runt", "s", True, today)
    assert same["en"] == "24 hours a day"
    changed = forms.edited_fact(old, "mån–fre 9–16", "s", True, today)
    assert "en" not in changed  # English readers get the new Swedish value, never the old fact


# ---- English wordings of the opening hours -----------------------------------
# The bot tells someone who writes English a contact's hours in `en`; the form
# edits that text under the Swedish one. Polisen's phone line ("114 14") ships
# with hours "dygnet runt" / "24 hours a day".

DROPPED_POLICE = (
    "Den engelska texten för öppettiderna för kontaktväg 1 (telefon) togs bort eftersom"
    " den svenska ändrades – skriv den engelska igen."
)


def police_hours(path):
    return service_in(path, "police")["contacts"][0]["hours"]


def english_reply(service_id):
    return directory.describe_service(directory.get_directory()[service_id], "en")


async def saved_page(admin, response):
    assert response.status == 303
    page = await (await admin.get(response.headers["Location"])).text()
    assert routes.SAVED in page
    return page


async def test_the_form_shows_the_english_hours_under_the_swedish(admin):
    fields = await form_of(admin, pages.DIRECTORY_PAGE, "edit-police")
    assert (fields["c0-hours-value"], fields["c0-hours-en"]) == ("dygnet runt", "24 hours a day")
    assert fields["new-hours-en"] == ""
    page = await (await admin.get(pages.DIRECTORY_PAGE)).text()
    form = page[page.index('data-testid="edit-police"') :]
    form = form[: form.index("</form>")]
    order = [form.index(f'name="c0-hours-{name}"') for name in ("value", "en", "source")]
    assert order == sorted(order)  # the English right under the Swedish
    assert (
        '<label for="edit-police-c0-hours-en">Engelska (visas för den som skriver på engelska)'
        "</label>" in form
    )
    assert 'name="c0-hours-en" value="24 hours a day"' in form and 'lang="en"' in form


async def test_english_hours_are_saved_and_told_to_english_readers(admin, files):
    response = await edit_preventell(
        admin,
        c0_hours_value="mån–fre 10–14",
        c0_hours_en="Monday to Friday 10 am to 2 pm",
        c0_hours_source=SOURCE,
    )
    page = await saved_page(admin, response)
    assert "en_dropped" not in response.headers["Location"]
    assert 'data-testid="english-dropped"' not in page
    hours = preventell(files[0])["contacts"][0]["hours"]
    assert list(hours.items()) == [
        ("value", "mån–fre 10–14"),
        ("en", "Monday to Friday 10 am to 2 pm"),
        ("source", SOURCE),
        ("verified", dt.date.today()),
        ("confirmed", False),
    ]
    assert "(opening hours: Monday to Friday 10 am to 2 pm, not confirmed)" in english_reply(
        "preventell"
    )
    swedish = directory.describe_service(directory.get_directory()["preventell"])
    assert "mån–fre 10–14" in swedish and "Monday" not in swedish
    fields = await form_of(admin, pages.DIRECTORY_PAGE, "edit-preventell")
    assert fields["c0-hours-en"] == "Monday to Friday 10 am to 2 pm"


async def test_a_changed_swedish_text_drops_the_untouched_english_and_says_so(admin, files):
    assert "(24 hours a day)" in english_reply("police")
    response = await edit_service(admin, "police", c0_hours_value="mån–fre 8–20")

    assert "en_dropped=0" in response.headers["Location"]
    page = await saved_page(admin, response)
    assert 'data-testid="english-dropped"' in page
    assert DROPPED_POLICE in page
    hours = police_hours(files[0])
    assert hours["value"] == "mån–fre 8–20" and "en" not in hours
    assert "(mån–fre 8–20)" in english_reply("police")  # the Swedish, never the old English
    fields = await form_of(admin, pages.DIRECTORY_PAGE, "edit-police")
    assert fields["c0-hours-en"] == ""
    # Only the page the save led to says it.
    page = await (await admin.get(pages.DIRECTORY_PAGE)).text()
    assert 'data-testid="english-dropped"' not in page


async def test_changing_both_keeps_the_new_english(admin, files):
    response = await edit_service(
        admin, "police", c0_hours_value="mån–fre 8–20", c0_hours_en="Monday to Friday 8 am to 8 pm"
    )
    assert "en_dropped" not in response.headers["Location"]
    assert 'data-testid="english-dropped"' not in await saved_page(admin, response)
    hours = police_hours(files[0])
    assert (hours["value"], hours["en"]) == ("mån–fre 8–20", "Monday to Friday 8 am to 8 pm")
    assert hours["verified"] == dt.date.today()
    assert "(Monday to Friday 8 am to 8 pm)" in english_reply("police")


async def test_a_new_english_text_alone_is_saved_without_a_new_check_date(admin, files):
    response = await edit_service(admin, "police", c0_hours_en="Open all day, every day")
    await saved_page(admin, response)
    hours = police_hours(files[0])
    assert (hours["value"], hours["en"]) == ("dygnet runt", "Open all day, every day")
    assert hours["verified"] == OLD_DATE  # a translation is not a new check of the fact
    assert "(Open all day, every day)" in english_reply("police")


async def test_an_emptied_english_field_removes_the_english(admin, files):
    response = await edit_service(admin, "police", c0_hours_en="   ")
    page = await saved_page(admin, response)
    assert 'data-testid="english-dropped"' not in page
    hours = police_hours(files[0])
    assert "en" not in hours and hours["value"] == "dygnet runt"
    assert hours["verified"] == OLD_DATE
    assert "(dygnet runt)" in english_reply("police")


async def test_emptied_swedish_hours_take_the_untouched_english_with_them(admin, files):
    response = await edit_service(admin, "police", c0_hours_value="")
    assert "en_dropped" not in response.headers["Location"]
    await saved_page(admin, response)
    assert police_hours(files[0]) is None


async def test_english_without_swedish_hours_is_refused(admin, gateway, files):
    before = files[0].read_bytes()
    response = await edit_preventell(admin, c0_hours_en="Monday to Friday")
    assert response.status == 400
    page = await response.text()
    assert (
        "Preventell, kontaktväg 1 (telefon), öppettider: det finns en engelsk text men ingen"
        " svensk" in page
    )
    assert routes.NOTHING_SAVED in page
    assert 'name="c0-hours-en" value="Monday to Friday"' in page  # kept for correcting

    response = await edit_preventell(
        admin, new_kind="phone", new_value="020-66 77 89", new_source=SOURCE, new_hours_en="Mon–Fri"
    )
    assert response.status == 400
    assert "den nya kontaktvägen (telefon), öppettider: det finns en engelsk text" in (
        await response.text()
    )
    assert files[0].read_bytes() == before
    assert await audit_actions(gateway) == []


async def test_a_new_contact_gets_english_hours(admin, files):
    response = await edit_preventell(
        admin,
        new_kind="chat",
        new_value="https://preventell.se/chatt",
        new_source=SOURCE,
        new_hours_value="mån–tor 18–20",
        new_hours_en="Monday to Thursday 6 to 8 pm",
        new_hours_source=SOURCE,
    )
    await saved_page(admin, response)
    chat = preventell(files[0])["contacts"][1]
    assert (chat["hours"]["value"], chat["hours"]["en"]) == (
        "mån–tor 18–20",
        "Monday to Thursday 6 to 8 pm",
    )
    assert "Monday to Thursday 6 to 8 pm" in english_reply("preventell")


async def test_a_made_up_dropped_list_shows_nothing(admin):
    page = f"{pages.DIRECTORY_PAGE}?saved=police&en_dropped=7,x,-1,"
    response = await admin.get(page)
    assert response.status == 200
    assert 'data-testid="english-dropped"' not in await response.text()


def test_english_for_reads_a_missing_field_as_untouched():
    english_for, prefix = english.english_for, "c0-hours"
    old = {"value": "dygnet runt", "en": "24 hours a day"}
    field = "c0-hours-en"
    assert english_for(old, "dygnet runt", {}, prefix) == ("24 hours a day", None)
    assert english_for(old, "mån–fre", {}, prefix) == (None, english.DROPPED)
    assert english_for(old, "mån–fre", {field: " 24 hours a day "}, prefix) == (
        None,
        english.DROPPED,
    )
    assert english_for(old, "mån–fre", {field: "Mon–Fri"}, prefix) == ("Mon–Fri", None)
    assert english_for(old, "dygnet runt", {field: ""}, prefix) == (None, None)
    assert english_for(old, "", {field: "24 hours a day"}, prefix) == (None, None)
    assert english_for(None, "", {field: "Mon"}, prefix) == (None, english.ORPHAN)
    assert english_for(None, "mån", {field: ""}, prefix) == (None, None)


def test_the_dropped_list_in_the_address_is_read_strictly():
    parse = english.parse_indices
    assert parse("0,2", 3) == [0, 2]
    assert parse("0,0,3,x,-1,", 3) == [0]
    assert parse(None, 3) == []
