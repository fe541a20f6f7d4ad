"""axe-core on every staff page the browser tests reach, in Debian's Chromium.

The login page (empty, and after a failed login), the console (nobody in the
queue, somebody in it, and a live conversation) and the admin pages
(statistics, the directory with a contact's edit form open and after a
refused save, the chat's opening hours). No violation of impact "serious" or
"critical" against WCAG 2.1 A and AA may remain. With OUTREACH_AXE_REPORT set
to a file name, every violation found (of any impact) is written there as
JSON, by page and state.

Then a keyboard-only walk through the console: log in, go on duty, take a
queued person, write and send with Enter, and end the conversation without
the mouse.
"""

import datetime as dt

import pytest
from playwright.async_api import expect

from bot.foundation.keys import STORE
from bot.staff import statistics as report
from bot.stats.counts import Stats
from tests.gateway import test_admin_directory as admin_tests
from tests.gateway.browser import assert_accessible, screenshot
from tests.gateway.fixtures import PASSWORD, add_admin, totp_code
from tests.gateway.test_admin_stats import MONDAY, SEEDS, seed
from tests.gateway.test_console_browser import chat_page, console, queue_without_a_page, say

# The directory's fixtures: copies of the data files, and the gateway with ada (admin).
files = admin_tests.files
directory_gateway = admin_tests.gateway
repository_files_untouched = admin_tests.repository_files_untouched


async def login_page(browser, gateway):
    page = await (await browser.new_context()).new_page()
    await page.goto(str(gateway.make_url("/staff/")))
    await expect(page.get_by_role("heading", name="Logga in som personal")).to_be_visible()
    return page


@pytest.mark.screenshots
async def test_the_login_page_empty_and_after_a_failed_login(staff_app, browser):
    page = await login_page(browser, staff_app)
    await assert_accessible(page, "login: empty")
    await screenshot(page, "login")

    await page.get_by_label("Användarnamn", exact=True).fill("anna")
    await page.get_by_label("Lösenord", exact=True).fill("inte rätt lösenord alls")
    await page.get_by_role("button", name="Logga in").click()
    await expect(page.get_by_role("alert")).to_have_text(
        "Fel användarnamn, lösenord eller engångskod."
    )
    await assert_accessible(page, "login: failed")


async def test_the_console_empty_queued_and_in_a_conversation(staff_app, browser):
    anna = await console(browser, staff_app)
    await expect(anna.get_by_test_id("queue-empty")).to_be_visible()
    await assert_accessible(anna, "console: empty queue")

    person = await chat_page(browser, staff_app)
    await say(person, "/request_human")
    await expect(anna.get_by_test_id("queue-item")).to_have_count(1)
    await assert_accessible(anna, "console: a person queued")

    await anna.get_by_test_id("take").click()
    await expect(person.get_by_role("status")).to_contain_text("Du pratar nu med en uppsökare")
    await say(person, "hej, jag behöver prata")
    await expect(anna.get_by_test_id("line-user").last).to_contain_text("jag behöver prata")
    await anna.get_by_test_id("worker-input").fill("Hej! Jag finns här nu.")
    await anna.get_by_test_id("worker-input").press("Enter")
    await expect(anna.get_by_test_id("line-worker")).to_have_count(1)
    await assert_accessible(anna, "console: live conversation")
    await anna.get_by_test_id("close").click()  # the confirmation, open
    await expect(anna.get_by_test_id("close-confirm")).to_be_visible()
    await assert_accessible(anna, "console: confirm closing")
    assert anna.errors == []


async def test_the_statistics_page(staff_app, browser, monkeypatch):
    monkeypatch.setattr(report, "today", lambda: MONDAY + dt.timedelta(days=6))
    await add_admin(staff_app, "ada")
    await seed(Stats(staff_app.app[STORE].engine), SEEDS)
    ada = await console(browser, staff_app, name="ada", on_duty=False)
    await assert_accessible(ada, "console: admin")
    await ada.get_by_role("link", name="Statistik").click()
    await expect(ada.get_by_role("heading", name="Statistik", level=1)).to_be_visible()
    await assert_accessible(ada, "admin: statistics")


async def test_the_directory_and_hours_pages(directory_gateway, browser):
    gateway = directory_gateway
    ada = await console(browser, gateway, name="ada", on_duty=False)
    await ada.get_by_role("link", name="Kontaktuppgifter").click()
    await expect(ada.get_by_role("heading", name="Tjänstekatalogen", level=1)).to_be_visible()
    await assert_accessible(ada, "admin: directory")

    service = ada.get_by_test_id("service-preventell")
    await service.get_by_text("Ändra uppgifterna för Preventell").click()
    phone = service.get_by_test_id("edit-preventell-c0").get_by_role("textbox", name="Telefon")
    await expect(phone).to_be_visible()
    await assert_accessible(ada, "admin: directory, editing")

    await phone.fill("07-12")
    await service.get_by_role("button", name="Spara Preventell").click()
    await expect(ada.get_by_test_id("problems")).to_be_visible()
    await assert_accessible(ada, "admin: directory, refused save")

    await ada.goto(str(gateway.make_url("/staff/admin/hours")))
    await expect(ada.get_by_role("heading", level=1)).to_be_visible()
    await assert_accessible(ada, "admin: opening hours")


async def test_the_console_by_keyboard_alone(staff_app, browser):
    page = await login_page(browser, staff_app)
    keyboard = page.keyboard

    async def tab_to(locator, most=40):
        """Tab (forwards) until `locator` has the focus."""
        for _ in range(most):
            if await locator.evaluate("node => node === document.activeElement"):
                return
            await keyboard.press("Tab")
        raise AssertionError(f"never reached {locator} with Tab")

    await tab_to(page.get_by_label("Användarnamn", exact=True))
    await keyboard.type("anna")
    await keyboard.press("Tab")
    await keyboard.type(PASSWORD)
    await keyboard.press("Tab")
    await keyboard.type(totp_code("anna"))  # "" for a worker
    await keyboard.press("Enter")  # submits the form
    await expect(page.get_by_role("heading", name="Uppsökarchatten – personal")).to_be_visible()
    duty = page.get_by_test_id("duty")
    await expect(duty).to_be_enabled()

    await tab_to(duty)
    await keyboard.press("Space")
    await expect(duty).to_be_checked()
    await expect(page.get_by_test_id("duty-hint")).to_be_hidden()

    await queue_without_a_page(staff_app)
    take = page.get_by_test_id("take")
    await expect(take).to_have_count(1)
    await tab_to(take)
    await keyboard.press("Enter")
    worker_input = page.get_by_test_id("worker-input")
    await expect(worker_input).to_be_focused()  # taking it opens it, ready to write
    await expect(page.get_by_test_id("line-user").first).to_be_visible()

    await keyboard.type("Hej! Jag finns här nu.")
    await keyboard.press("Enter")
    await expect(page.get_by_test_id("line-worker")).to_have_count(1)
    await expect(worker_input).to_have_value("")

    close = page.get_by_test_id("close")
    await tab_to(close)
    await keyboard.press("Enter")
    await expect(page.get_by_test_id("cancel-close")).to_be_focused()
    await keyboard.press("Shift+Tab")
    await expect(page.get_by_test_id("confirm-close")).to_be_focused()
    await keyboard.press("Enter")
    await expect(page.get_by_test_id("mine-item")).to_have_count(0)
    await expect(page.get_by_test_id("status")).to_contain_text("avslutat")
