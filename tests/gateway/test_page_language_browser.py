"""The chat page's language switch in a real Chromium (Debian's), driven by Playwright.

The page follows the conversation's language: a click on the switch (PUT
/api/conversations/{id}/language), or the language the gateway finds in what
the person writes. Rasa is the stand-in from fixtures.py; it answers in
Swedish whatever the language, which is enough to see the page's own texts
and the lang of the bot's messages.
"""

import json

import pytest
from playwright.async_api import async_playwright, expect

from bot.gateway.app import create_app
from bot.gateway.keys import STORE
from tests.gateway.fixtures import DOWN
from tests.gateway.test_page_browser import CHROMIUM, CHROMIUM_ARGS

SCREENSHOT = "/tmp/page_en.png"


@pytest.fixture
async def gateway(aiohttp_server, settings, scrubber):
    return await aiohttp_server(create_app(settings, scrubber=scrubber))


@pytest.fixture
async def page():
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = await browser.new_context()
        await context.route(
            "https://www.google.se/**", lambda route: route.fulfill(body="<title>Google</title>")
        )
        page = await context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(error))
        page.errors = errors
        yield page
        await browser.close()
    assert not errors, errors  # no script errors on the page


async def open_chat(page, gateway):
    await page.goto(str(gateway.make_url("/")))
    await expect(page.get_by_test_id("bot-message").first).to_be_visible()


async def write(page, text):
    bots = await page.get_by_test_id("bot-message").count()
    await page.get_by_test_id("input").fill(text)
    await page.get_by_test_id("input").press("Enter")
    await expect(page.get_by_test_id("bot-message")).to_have_count(bots + 1)


async def saved(page):
    return json.loads(await page.evaluate("sessionStorage.getItem('outreach.conversation')"))


async def stored_conversation(gateway, page):
    data = await saved(page)
    return await gateway.app[STORE].authorise(data["conversation_id"], data["token"])


async def test_clicking_english_turns_the_page_english(gateway, page, rasa_received):
    await open_chat(page, gateway)
    html = page.locator("html")
    await expect(html).to_have_attribute("lang", "sv")
    switch = page.get_by_role("group", name="Språk")
    await expect(switch.get_by_role("button", name="Svenska")).to_have_attribute(
        "aria-pressed", "true"
    )
    await expect(page.get_by_test_id("language-other")).to_be_hidden()

    # Keyboard: the quick exit first, then the switch.
    await page.keyboard.press("Tab")
    await page.keyboard.press("Tab")
    assert await page.evaluate("document.activeElement.dataset.testid") == "language-sv"
    await page.keyboard.press("Tab")
    await page.keyboard.press("Enter")  # English

    await expect(html).to_have_attribute("lang", "en")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Leave this page quickly")
    await expect(page).to_have_title("Anonymous chat – support and advice")
    await expect(page.get_by_role("heading", name="Anonymous chat")).to_be_visible()
    await expect(page.get_by_test_id("send")).to_have_text("Send")
    await expect(page.get_by_label("Write your message")).to_be_visible()
    switch = page.get_by_role("group", name="Language")
    await expect(switch.get_by_role("button", name="English")).to_have_attribute(
        "aria-pressed", "true"
    )
    await expect(switch.get_by_role("button", name="Svenska")).to_have_attribute(
        "aria-pressed", "false"
    )
    # Every text marked for translation has changed (none is left in Swedish).
    texts = await page.evaluate(
        "[...document.querySelectorAll('[data-i18n]')].map(e => e.textContent)"
    )
    assert not any(word in " ".join(texts) for word in ("Lämna", "Radera", "Skicka", "Du är"))

    # The PUT reached the gateway: the language is kept, as the person's choice.
    conversation = await stored_conversation(gateway, page)
    assert conversation.language == "en"
    assert conversation.language_chosen
    assert (await saved(page))["language"] == "en"
    # ... and the bot hears it with the next message.
    await write(page, "hej")
    assert rasa_received[-1]["metadata"] == {"language": "en"}
    await expect(page.get_by_test_id("bot-message").last).to_have_attribute("lang", "en")
    await expect(page.locator("html")).to_have_attribute("lang", "en")  # "hej" does not undo it

    # And back to Swedish.
    await switch.get_by_role("button", name="Svenska").click()
    await expect(html).to_have_attribute("lang", "sv")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Lämna sidan snabbt")
    assert (await stored_conversation(gateway, page)).language == "sv"


async def test_an_english_message_turns_the_page_english_by_itself(gateway, page, rasa_received):
    await open_chat(page, gateway)
    await write(page, "hi i am 19 and i need some help please")
    assert rasa_received[-1]["metadata"] == {"language": "en"}
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Leave this page quickly")
    await expect(page.get_by_role("button", name="English")).to_have_attribute(
        "aria-pressed", "true"
    )
    await expect(page.get_by_test_id("bot-message").last).to_have_attribute("lang", "en")
    # The greeting came in Swedish and stays marked so.
    await expect(page.get_by_test_id("bot-message").first).to_have_attribute("lang", "sv")
    assert (await saved(page))["language"] == "en"
    conversation = await stored_conversation(gateway, page)
    assert (conversation.language, conversation.language_chosen) == ("en", False)


async def test_a_russian_message_offers_russian(gateway, page, rasa_received):
    await open_chat(page, gateway)
    await write(page, "мне нужна помощь, пожалуйста")
    assert rasa_received[-1]["metadata"] == {"language": "ru"}
    other = page.get_by_test_id("language-other")
    await expect(other).to_have_text("Русский")
    await expect(other).to_have_attribute("aria-pressed", "true")
    await expect(other).to_have_attribute("lang", "ru")
    await expect(page.get_by_role("button", name="English")).to_have_attribute(
        "aria-pressed", "false"
    )
    await expect(page.locator("html")).to_have_attribute("lang", "en")  # English page texts
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Leave this page quickly")
    await expect(page.get_by_test_id("bot-message").last).to_have_attribute("lang", "ru")

    # Kept over a reload, name and all.
    await page.reload()
    await expect(other).to_have_text("Русский")
    await expect(other).to_have_attribute("aria-pressed", "true")
    await expect(page.locator("html")).to_have_attribute("lang", "en")

    # Choosing English keeps Russian on offer, and the choice reaches the gateway.
    await page.get_by_role("button", name="English").click()
    await expect(page.get_by_role("button", name="English")).to_have_attribute(
        "aria-pressed", "true"
    )
    await expect(other).to_have_attribute("aria-pressed", "false")
    conversation = await stored_conversation(gateway, page)
    assert (conversation.language, conversation.language_chosen) == ("en", True)


async def test_the_choice_survives_a_reload(gateway, page, rasa_received):
    await open_chat(page, gateway)
    await page.get_by_role("button", name="English").click()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await page.reload()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Leave this page quickly")
    await expect(page.get_by_role("status")).to_have_text(
        "You are continuing your conversation. Earlier messages are not shown again."
    )
    await expect(page.get_by_role("button", name="English")).to_have_attribute(
        "aria-pressed", "true"
    )
    await write(page, "hej")
    assert rasa_received[-1]["metadata"] == {"language": "en"}


async def test_deleting_falls_back_to_swedish(gateway, page):
    await open_chat(page, gateway)
    await page.get_by_role("button", name="English").click()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await page.get_by_test_id("delete").click()
    await expect(page.get_by_test_id("confirm-delete")).to_have_text("Yes, delete it")
    await page.get_by_test_id("confirm-delete").click()
    status = page.get_by_role("status")
    await expect(status).to_contain_text("Konversationen är raderad.")
    await expect(status).to_contain_text("Your conversation has been deleted.")
    await expect(page.locator("html")).to_have_attribute("lang", "sv")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Lämna sidan snabbt")
    assert await page.evaluate("sessionStorage.length") == 0
    await page.reload()
    await expect(page.get_by_test_id("bot-message").first).to_be_visible()
    await expect(page.locator("html")).to_have_attribute("lang", "sv")


async def test_errors_on_an_english_page_are_in_english(gateway, page, rasa):
    await open_chat(page, gateway)
    await page.get_by_role("button", name="English").click()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    rasa.app[DOWN] = True
    await page.get_by_test_id("input").fill("hello there")
    await page.get_by_test_id("input").press("Enter")
    await expect(page.get_by_test_id("alert")).to_have_text(
        "The chat is not answering right now. Please try again in a little while. "
        "If you are in danger, call 112."
    )
    await expect(page.get_by_test_id("input")).to_have_value("hello there")  # kept to resend
    # The Swedish page keeps the gateway's own message.
    await page.get_by_role("button", name="Svenska").click()
    await expect(page.locator("html")).to_have_attribute("lang", "sv")
    await page.get_by_test_id("input").press("Enter")
    await expect(page.get_by_test_id("alert")).to_contain_text("Chatten svarar inte just nu.")


async def test_screenshot_of_the_english_page(gateway, page):
    await page.set_viewport_size({"width": 390, "height": 844})
    await page.emulate_media(reduced_motion="reduce")  # no smooth scrolling under the camera
    await open_chat(page, gateway)
    await write(page, "hi i am 19 and i need some help please")
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await page.evaluate("window.scrollTo(0, 0)")
    await page.wait_for_function("window.scrollY === 0")
    # Nothing wider than the screen.
    assert await page.evaluate("document.documentElement.scrollWidth") <= 390
    await expect(page.get_by_test_id("language-switch")).to_be_in_viewport()
    await page.screenshot(path=SCREENSHOT)  # what a phone shows, from the top
