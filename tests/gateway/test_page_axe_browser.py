"""axe-core on the public chat page, in Debian's Chromium (issue 13).

The page fresh on a phone and on a desktop, after a reply with choices, with
the privacy note and the note on hiding a visit open, in English, in Arabic
(right to left) and while the live channel reconnects: no violation of impact
"serious" or "critical" against WCAG 2.1 A and AA may remain. With
OUTREACH_AXE_REPORT set to a file name, every violation found (of any impact)
is written there as JSON, by state.

Then a keyboard-only walk: Tab reaches the quick exit first, then the bot's
choices and the input; Enter on a choice sends it, and typing and Enter send
a message, without the mouse.
"""

import pytest
from playwright.async_api import expect

from bot.foundation.keys import HUB
from tests.gateway.browser import DESKTOP, PHONE, assert_accessible, new_page
from tests.gateway.test_page_phone_browser import live_channel, open_chat, write

ARABIC = "أحتاج مساعدة، لا أستطيع الخروج من الشقة"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
async def test_the_fresh_page(gateway, browser, viewport):
    page = await new_page(browser, viewport)
    await open_chat(page, gateway)
    await assert_accessible(page, f"fresh, {viewport['width']}")


async def test_after_a_reply_with_choices(gateway, browser):
    page = await new_page(browser)
    await open_chat(page, gateway)
    await write(page, "hej, jag behöver prata med någon")
    await page.get_by_test_id("bot-button").last.click()
    await expect(page.get_by_test_id("bot-message")).to_have_count(3)
    await expect(page.get_by_test_id("bot-button").first).to_be_disabled()  # answered
    await assert_accessible(page, "after a reply with choices, 390")


async def test_with_the_privacy_note_and_the_note_on_hiding_a_visit_open(gateway, browser):
    page = await new_page(browser)
    await open_chat(page, gateway)
    await page.get_by_test_id("about-summary").click()
    await page.get_by_test_id("hide-visit-summary").click()
    await page.get_by_test_id("delete").click()
    await expect(page.get_by_test_id("confirm-delete")).to_be_visible()
    await expect(page.get_by_text("Namn och telefonnummer tas bort automatiskt.")).to_be_visible()
    await assert_accessible(page, "privacy note, hiding a visit and delete open, 390")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
async def test_in_english(gateway, browser, viewport):
    page = await new_page(browser, viewport)
    await open_chat(page, gateway)
    await page.get_by_role("button", name="English").click()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await write(page, "hi i am 19 and i need some help please")
    await page.get_by_test_id("about-summary").click()
    await assert_accessible(page, f"English after a reply, {viewport['width']}")


async def test_in_arabic_right_to_left(gateway, browser):
    page = await new_page(browser)
    await open_chat(page, gateway)
    await write(page, ARABIC)
    await page.get_by_test_id("language-other").click()
    await expect(page.locator("html")).to_have_attribute("dir", "rtl")
    await page.get_by_test_id("hide-visit-summary").click()
    await assert_accessible(page, "Arabic, 390")


async def test_while_reconnecting(gateway, browser):
    page = await new_page(browser)
    hold = {"on": False}

    def channel(socket):
        if not hold["on"]:
            socket.connect_to_server()
        # else: a channel that never says the state: the page stays reconnecting while axe looks

    await page.route_web_socket("**/ws", channel)
    await open_chat(page, gateway)
    await live_channel(gateway, page)
    hold["on"] = True
    await gateway.app[HUB].close_all()
    await expect(page.get_by_test_id("connection")).to_have_text("Återansluter…")
    await assert_accessible(page, "reconnecting, 390")


# ---- Keyboard only ---------------------------------------------------------------------------


async def focused(page):
    return await page.evaluate(
        "document.activeElement.dataset.testid || document.activeElement.id || "
        "document.activeElement.tagName"
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
async def test_a_keyboard_walk(gateway, browser, viewport, rasa_received):
    page = await new_page(browser, viewport)
    await open_chat(page, gateway)
    walk = []
    for _ in range(12):
        await page.keyboard.press("Tab")
        walk.append(await focused(page))
        if walk[-1] == "send":
            break
    assert walk[0] == "quick-exit", walk
    assert walk[1] == "language-sv", walk  # then the language switch
    assert "hide-visit-summary" in walk and "about-summary" in walk, walk
    # The choices in the conversation, then the input under it, then its send button.
    assert walk.index("bot-button") < walk.index("input") < walk.index("send"), walk
    # Every stop is in view when focused (not under the sticky quick exit or input).
    await page.keyboard.press("Shift+Tab")
    await page.keyboard.press("Shift+Tab")
    assert await focused(page) == "bot-button"
    await expect(page.get_by_test_id("bot-button").first).to_be_in_viewport(ratio=1)

    await page.keyboard.press("Enter")  # the choice is sent
    await expect(page.get_by_test_id("user-message").last).to_have_text("Du: Ja")
    await expect(page.get_by_test_id("bot-message")).to_have_count(2)
    assert [body["message"] for body in rasa_received] == ["/greet", "/affirm"]
    await expect(page.get_by_test_id("input")).to_be_focused()  # ready to write
    await page.keyboard.type("tack")
    await page.keyboard.press("Enter")
    await expect(page.get_by_test_id("bot-message")).to_have_count(3)
    assert rasa_received[-1]["message"] == "tack"
    # The new reply's choice is next to reach, the answered one is not.
    await page.keyboard.press("Shift+Tab")
    assert await focused(page) == "bot-button"
    assert await page.evaluate(
        "document.activeElement === [...document.querySelectorAll('.choice')].at(-1)"
    )
    assert page.problems == []
