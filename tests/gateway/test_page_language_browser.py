"""The chat page's language switch in a real Chromium (Debian's), driven by Playwright.

The page follows the conversation's language: a click on the switch (PUT
/api/conversations/{id}/language), or the language the gateway finds in what
the person writes. A help card's language (Română, العربية, …) gets the page's
own texts from data/help_cards.yml, with <html lang> and, for Arabic, dir="rtl".
Rasa is the stand-in from fixtures.py; it answers in Swedish whatever the
language, which is enough to see the page's own texts and the lang of the
bot's messages.
"""

import asyncio
import json

import pytest
from playwright.async_api import expect

from bot.foundation.keys import HUB, STORE
from tests.gateway.browser import new_page, screenshot
from tests.gateway.fixtures import DOWN

ROMANIAN = "am nevoie de ajutor, nu pot pleca din apartament"
ARABIC = "أحتاج مساعدة، لا أستطيع الخروج من الشقة"


@pytest.fixture
async def page(browser):
    """The chat in Playwright's default viewport; after the test, no script error on it."""
    page = await new_page(browser, viewport=None)
    yield page
    errors = [problem for problem in page.problems if problem.startswith("script error")]
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
    await expect(page).to_have_title("Chatt")  # neutral in every language (OUTREACH_PAGE_TITLE)
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
    await expect(page.locator("html")).to_have_attribute("lang", "ru")  # Russian page texts
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Быстро покинуть страницу")
    await expect(page.get_by_test_id("bot-message").last).to_have_attribute("lang", "ru")

    # Kept over a reload, name and all.
    await page.reload()
    await expect(other).to_have_text("Русский")
    await expect(other).to_have_attribute("aria-pressed", "true")
    await expect(page.locator("html")).to_have_attribute("lang", "ru")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Быстро покинуть страницу")

    # Choosing English keeps Russian on offer, and the choice reaches the gateway.
    await page.get_by_role("button", name="English").click()
    await expect(page.get_by_role("button", name="English")).to_have_attribute(
        "aria-pressed", "true"
    )
    await expect(other).to_have_attribute("aria-pressed", "false")
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Leave this page quickly")
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


@pytest.mark.screenshots
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
    await screenshot(page, "chat-english")  # what a phone shows, from the top


async def pick_other(page, gateway, text, name):
    """Write in a help card's language, then pick it on the switch (after English)."""
    await open_chat(page, gateway)
    await write(page, text)
    other = page.get_by_test_id("language-other")
    await expect(other).to_have_text(name)
    await page.get_by_role("button", name="English").click()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await other.click()
    await expect(other).to_have_attribute("aria-pressed", "true")
    return other


async def worker_says(gateway, page, text):
    conversation_id = (await saved(page))["conversation_id"]
    hub = gateway.app[HUB]
    for _ in range(50):  # the page opens its live channel right after the greeting
        if hub.count_here(conversation_id):
            break
        await asyncio.sleep(0.1)
    await hub.publish(conversation_id, {"type": "state", "state": "human"})
    await hub.publish(conversation_id, {"type": "worker", "text": text})
    await expect(page.get_by_test_id("worker-message").last).to_contain_text(text)


async def badge(page):
    return await page.get_by_test_id("worker-message").last.evaluate(
        "el => getComputedStyle(el, '::before').content"
    )


async def test_picking_romanian_turns_the_page_romanian(gateway, page, rasa, rasa_received):
    await pick_other(page, gateway, ROMANIAN, "Română")
    html = page.locator("html")
    await expect(html).to_have_attribute("lang", "ro")
    await expect(html).to_have_attribute("dir", "ltr")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Părăsește pagina rapid")
    await expect(page).to_have_title("Chatt")  # neutral in every language (OUTREACH_PAGE_TITLE)
    await expect(page.get_by_test_id("delete")).to_have_text("Șterge conversația mea")
    scrubbed = page.get_by_text("Numele și numerele de telefon sunt șterse automat.")
    await expect(scrubbed).to_be_visible()
    await expect(page.get_by_test_id("send")).to_have_text("Trimite")
    await expect(page.get_by_role("group", name="Limba")).to_be_visible()
    # No text marked for translation is left in Swedish or English.
    texts = " ".join(
        await page.evaluate("[...document.querySelectorAll('[data-i18n]')].map(e => e.textContent)")
    )
    for word in ("Lämna", "Radera", "Skicka", "Du är", "Leave", "Delete", "Send", "You are"):
        assert word not in texts, word
    # The bot's own messages keep their language.
    await expect(page.get_by_test_id("bot-message").first).to_have_attribute("lang", "sv")
    # The choice reached the gateway.
    conversation = await stored_conversation(gateway, page)
    assert (conversation.language, conversation.language_chosen) == ("ro", True)

    # The counter says what is left in Romanian ({n} filled in).
    await page.get_by_test_id("input").fill("a" * 1990)
    await expect(page.locator("#counter-live")).to_have_text("Caractere rămase: 10.")
    await page.get_by_test_id("input").fill("")

    # Errors in Romanian.
    rasa.app[DOWN] = True
    await page.get_by_test_id("input").fill("buna ziua")
    await page.get_by_test_id("input").press("Enter")
    await expect(page.get_by_test_id("alert")).to_have_text(
        "Chatul nu răspunde acum. Încearcă din nou puțin mai târziu. "
        "Dacă ești în pericol, sună la 112."
    )
    rasa.app[DOWN] = False

    # A worker, marked in Romanian.
    await worker_says(gateway, page, "Hej, jag heter Anna.")
    await expect(page.get_by_role("status")).to_have_text(
        "Acum vorbești cu o persoană din echipa noastră."
    )
    assert await badge(page) == '"Din echipa noastră"'

    # Kept over a reload.
    await page.reload()
    await expect(html).to_have_attribute("lang", "ro")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Părăsește pagina rapid")
    await expect(page.get_by_role("status")).to_have_text(
        "Îți continui conversația. Mesajele de mai devreme nu mai sunt afișate."
    )

    # Deleting says so in Swedish and in Romanian, and the page is Swedish again.
    await page.get_by_test_id("delete").click()
    await expect(page.get_by_test_id("confirm-delete")).to_have_text("Da, șterge")
    await page.get_by_test_id("confirm-delete").click()
    status = page.get_by_role("status")
    await expect(status).to_contain_text("Konversationen är raderad.")
    await expect(status.locator("span[lang=ro]")).to_have_text("Conversația ta a fost ștearsă.")
    await expect(html).to_have_attribute("lang", "sv")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Lämna sidan snabbt")


@pytest.mark.screenshots
async def test_picking_arabic_turns_the_page_right_to_left(gateway, page, rasa_received):
    await page.set_viewport_size({"width": 390, "height": 844})
    await page.emulate_media(reduced_motion="reduce")  # no smooth scrolling under the camera
    await pick_other(page, gateway, ARABIC, "العربية")
    html = page.locator("html")
    await expect(html).to_have_attribute("lang", "ar")
    await expect(html).to_have_attribute("dir", "rtl")
    exit_button = page.get_by_test_id("quick-exit")
    await expect(exit_button).to_have_text("مغادرة الصفحة بسرعة")
    await expect(page.get_by_text("إذا كنت في خطر، اتصل بالرقم 112.")).to_be_visible()
    await expect(page.get_by_test_id("send")).to_have_text("إرسال")
    conversation = await stored_conversation(gateway, page)
    assert (conversation.language, conversation.language_chosen) == ("ar", True)

    # The bot's Swedish greeting stays Swedish, left to right; the page is right to left.
    greeting = page.get_by_test_id("bot-message").first
    await expect(greeting).to_have_attribute("lang", "sv")
    await expect(greeting).to_have_attribute("dir", "ltr")
    assert await greeting.evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert await page.get_by_test_id("delete").evaluate(
        "el => getComputedStyle(el).direction"
    ) == "rtl"
    await worker_says(gateway, page, "Hej, jag heter Anna.")
    assert await badge(page) == '"موظف من فريقنا"'

    # The page mirrors, but nothing is wider than the screen, and the quick exit stays in
    # view at the top, on the right, while the page scrolls.
    await page.evaluate("window.scrollTo(0, 0)")
    await page.wait_for_function("window.scrollY === 0")
    assert await page.evaluate("document.documentElement.scrollWidth") <= 390
    box = await exit_button.bounding_box()
    assert box["y"] < 20 and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert box["x"] + box["width"] > 390 / 2  # starts from the right, as Arabic reads
    await screenshot(page, "chat-arabic")  # what a phone shows, from the top
    await page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    # At the end (the conversation may fit on one screen now that the privacy note is folded).
    assert await page.evaluate(
        "window.scrollY + innerHeight >= document.documentElement.scrollHeight - 1"
    )
    await expect(exit_button).to_be_in_viewport()
    assert (await exit_button.bounding_box())["y"] < 20

    # And it works.
    await exit_button.click()
    await page.wait_for_url("https://www.google.se/**")


async def test_a_card_language_without_page_texts_gets_the_english_page(gateway, page):
    # The gateway has no texts for the language (an older file, or a request that fails).
    await page.route(
        "**/api/languages/ro/page",
        lambda route: route.fulfill(
            status=404,
            content_type="application/json",
            body='{"error": {"code": "unknown_language", "message": "x"}}',
        ),
    )
    await open_chat(page, gateway)
    await write(page, ROMANIAN)
    await expect(page.get_by_test_id("language-other")).to_have_text("Română")
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Leave this page quickly")


async def test_a_text_the_language_lacks_stays_english(gateway, page):
    async def without_delete(route):
        response = await route.fetch()
        body = await response.json()
        del body["texts"]["delete"]
        await route.fulfill(response=response, json=body)

    await page.route("**/api/languages/ro/page", without_delete)
    await open_chat(page, gateway)
    await write(page, ROMANIAN)
    await expect(page.get_by_test_id("quick-exit")).to_have_text("Părăsește pagina rapid")
    delete = page.get_by_test_id("delete")
    await expect(delete).to_have_text("Delete my conversation")
    await expect(delete).to_have_attribute("lang", "en")
