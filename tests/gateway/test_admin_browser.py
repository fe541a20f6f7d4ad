"""The statistics page in a real Chromium (Debian's): reached from the console.

The admin's console shows the "Statistik" link (a worker's does not); the page
draws its SVG charts and tables without any script and within the CSP, and its
form changes the period. A worker who types the address gets the 403 page.
"""

import datetime as dt
import re

import pytest
from playwright.async_api import expect

from bot.foundation.keys import STORE
from bot.staff import statistics as report
from bot.stats.counts import Stats
from tests.gateway.browser import screenshot
from tests.gateway.fixtures import add_admin
from tests.gateway.test_admin_stats import MONDAY, SEEDS, seed
from tests.gateway.test_console_browser import console


@pytest.fixture
async def gateway(staff_app, monkeypatch):
    """The app with anna (worker) and ada (admin); "today" is the Sunday of the seeded week."""
    monkeypatch.setattr(report, "today", lambda: MONDAY + dt.timedelta(days=6))
    await add_admin(staff_app, "ada")
    await seed(Stats(staff_app.app[STORE].engine), SEEDS)
    return staff_app


def watch_csp(page):
    """Collect the console's Content-Security-Policy complaints."""
    page.csp = []
    page.on(
        "console",
        lambda message: (
            page.csp.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )


def conversations_row(page, day):
    return page.get_by_test_id("table-conversations").get_by_role("row", name=day)


@pytest.mark.screenshots
async def test_an_admin_opens_statistik_from_the_console_and_changes_the_period(gateway, browser):
    ada = await console(browser, gateway, name="ada", on_duty=False)
    watch_csp(ada)
    for other in ("Kontaktuppgifter", "Öppettider"):
        await expect(ada.get_by_role("link", name=other)).to_be_visible()
    link = ada.get_by_role("link", name="Statistik")
    await expect(link).to_be_visible()
    await link.click()

    await expect(ada.get_by_role("heading", name="Statistik", level=1)).to_be_visible()
    await expect(ada).to_have_url(re.compile(r"/staff/admin/stats$"))
    await expect(ada.get_by_test_id("period-shown")).to_have_text(
        "Visar 2024-06-10 – 2024-06-16 (7 dagar)."
    )
    headings = ("Samtal som startats", "Hänvisningar", "Åldersgrupp", "Överlämningar", "Kanaler")
    for heading in headings:
        await expect(ada.get_by_role("heading", name=heading, level=2)).to_be_visible()
    await expect(ada.get_by_text("Antal under 5 visas som <5")).to_be_visible()

    # Seven charts, each an image named by its <title>, with bars drawn.
    charts = ada.locator("svg.chart-svg")
    await expect(charts).to_have_count(7)
    await expect(ada.get_by_role("img", name="Hänvisningar")).to_be_visible()
    conversations = ada.get_by_test_id("chart-conversations")
    await expect(conversations.locator("rect.bar, rect.bar-small")).to_have_count(7)
    await expect(conversations.locator("rect.bar")).to_have_count(3)  # 12, 6 and 5
    await expect(conversations.locator("text.value")).to_have_text(
        ["12", "6", "5", "<5", "<5", "<5", "<5"]
    )
    box = await conversations.locator("rect.bar").first.bounding_box()
    assert box and box["height"] > 20  # drawn by the stylesheet, not collapsed
    await expect(conversations_row(ada, "mån 2024-06-10")).to_contain_text("12")
    await expect(conversations_row(ada, "tor 2024-06-13")).to_contain_text("<5")
    await expect(ada.get_by_test_id("p50")).to_have_text("2-5 min")
    await screenshot(ada, "statistics", full_page=True)

    # A shorter period with the form.
    await ada.get_by_label("Från och med").fill("2024-06-11")
    await ada.get_by_label("Till och med").fill("2024-06-12")
    await ada.get_by_role("button", name="Visa").click()
    await expect(ada).to_have_url(re.compile(r"from=2024-06-11&to=2024-06-12"))
    await expect(ada.get_by_test_id("period-shown")).to_have_text(
        "Visar 2024-06-11 – 2024-06-12 (2 dagar)."
    )
    await expect(ada.get_by_test_id("chart-conversations").locator("text.value")).to_have_text(
        ["6", "5"]
    )
    await expect(ada.get_by_test_id("table-conversations").locator("tbody tr")).to_have_count(2)
    await expect(ada.get_by_test_id("p50")).to_have_text("2-5 min")  # 10 waits of 2-5 min

    assert ada.csp == [] and ada.errors == []


async def test_a_worker_has_no_link_and_gets_the_403_page(gateway, browser):
    anna = await console(browser, gateway, name="anna", on_duty=False)
    for link in ("admin-stats", "admin-directory", "admin-hours"):
        await expect(anna.get_by_test_id(link)).to_be_hidden()
        assert await anna.get_by_test_id(link).get_attribute("href") is None  # not a link
    response = await anna.goto(str(gateway.make_url("/staff/admin/stats")))
    assert response.status == 403
    await expect(anna.get_by_role("alert")).to_have_text(
        "Den här sidan är bara för administratörer."
    )
    await expect(anna.locator("svg")).to_have_count(0)
