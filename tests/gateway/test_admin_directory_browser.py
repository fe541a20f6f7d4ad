"""The admin edits the directory in a real Chromium (Debian's), as an operator would."""

import yaml
from playwright.async_api import expect

from actions import directory
from bot.staff.directory.routes import NOTHING_SAVED, SAVED
from tests.gateway import test_admin_directory as admin_tests
from tests.gateway.fixtures import PASSWORD, totp_code

# The HTTP tests' fixtures: copies of the data files, and the gateway with ada (admin).
files = admin_tests.files
gateway = admin_tests.gateway
repository_files_untouched = admin_tests.repository_files_untouched
SOURCE = admin_tests.SOURCE


async def admin_page(browser, gateway):
    page = await (await browser.new_context()).new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    page.on("response", lambda r: r.status >= 400 and errors.append(f"{r.status} {r.url}"))
    page.errors = errors  # script errors, and the answers that were not OK
    await page.goto(str(gateway.make_url("/staff/")))
    await page.get_by_label("Användarnamn", exact=True).fill("ada")
    await page.get_by_label("Lösenord", exact=True).fill(PASSWORD)
    await page.get_by_label("Engångskod").fill(totp_code("ada"))
    await page.get_by_role("button", name="Logga in").click()
    await expect(page.get_by_role("heading", name="Uppsökarchatten – personal")).to_be_visible()
    await page.goto(str(gateway.make_url("/staff/admin/directory")))
    await expect(page.get_by_role("heading", name="Tjänstekatalogen", level=1)).to_be_visible()
    return page


async def test_the_admin_edits_preventells_hours(browser, gateway, files):
    page = await admin_page(browser, gateway)
    service = page.get_by_test_id("service-preventell")
    hours_cell = service.get_by_test_id("preventell-c0-hours")
    await expect(hours_cell).to_contain_text("okänt")

    await service.get_by_text("Ändra uppgifterna för Preventell").click()
    phone = service.get_by_test_id("edit-preventell-c0")
    await expect(phone.get_by_role("textbox", name="Telefon")).to_have_value("020-66 77 88")

    # A mistyped number first: refused, explained, and what was typed is still there.
    await phone.get_by_role("textbox", name="Telefon").fill("07-12")
    await service.get_by_role("button", name="Spara Preventell").click()
    problems = page.get_by_test_id("problems")
    await expect(problems).to_contain_text(NOTHING_SAVED)
    await expect(problems).to_contain_text("”07-12” är inte ett giltigt svenskt telefonnummer")
    phone = page.get_by_test_id("edit-preventell-c0")
    await expect(phone.get_by_role("textbox", name="Telefon")).to_have_value("07-12")

    await phone.get_by_role("textbox", name="Telefon").fill("020-66 77 88")
    await phone.get_by_role("textbox", name="Öppettider", exact=True).fill("mån–fre 10–14")
    await phone.get_by_role("textbox", name="Källa för öppettiderna").fill(SOURCE)
    await page.get_by_role("button", name="Spara Preventell").click()

    await expect(page.get_by_test_id("saved")).to_have_text(SAVED)
    await expect(page.get_by_test_id("problems")).to_have_count(0)
    row = page.get_by_test_id("preventell-c0-hours")
    await expect(row.get_by_test_id("preventell-c0-hours-value")).to_have_text("mån–fre 10–14")
    await expect(row).to_contain_text(SOURCE)
    assert page.url.endswith("#service-preventell")

    saved = yaml.safe_load(files[0].read_text(encoding="utf-8"))["services"]["preventell"]
    assert saved["contacts"][0]["hours"]["value"] == "mån–fre 10–14"
    assert "mån–fre 10–14" in directory.describe_service(directory.get_directory()["preventell"])
    assert page.errors == [f"400 {gateway.make_url('/staff/admin/directory/preventell')}"]


async def test_the_admin_writes_the_english_hours_again(browser, gateway, files, tmp_path):
    page = await admin_page(browser, gateway)
    service = page.get_by_test_id("service-police")
    await service.get_by_text("Ändra uppgifterna för Polisen").click()
    phone = service.get_by_test_id("edit-police-c0")
    english = phone.get_by_role("textbox", name="Engelska (visas för den som skriver på engelska)")
    await expect(english).to_have_value("24 hours a day")

    # Only the Swedish changes: the old English goes, and the page says so.
    await phone.get_by_role("textbox", name="Öppettider", exact=True).fill("mån–fre 8–20")
    await service.get_by_role("button", name="Spara Polisen").click()
    await expect(page.get_by_test_id("saved")).to_have_text(SAVED)
    dropped = page.get_by_test_id("english-dropped")
    await expect(dropped).to_have_text(
        "Den engelska texten för öppettiderna för kontaktväg 1 (telefon) togs bort eftersom"
        " den svenska ändrades – skriv den engelska igen."
    )
    await expect(english).to_be_visible()  # the form is open to write it again
    await expect(english).to_have_value("")
    assert "en" not in admin_tests.police_hours(files[0])

    await english.fill("Monday to Friday 8 am to 8 pm")
    await service.screenshot(path=tmp_path / "english-hours.png")
    await service.get_by_role("button", name="Spara Polisen").click()
    await expect(page.get_by_test_id("saved")).to_have_text(SAVED)
    await expect(page.get_by_test_id("english-dropped")).to_have_count(0)
    hours = admin_tests.police_hours(files[0])
    assert (hours["value"], hours["en"]) == ("mån–fre 8–20", "Monday to Friday 8 am to 8 pm")
    assert "(Monday to Friday 8 am to 8 pm)" in admin_tests.english_reply("police")
    assert page.errors == []
