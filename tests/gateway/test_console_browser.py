"""The staff console in a real Chromium (Debian's), next to a person on the chat page.

Two browser contexts share one gateway: the worker's (logged in at /staff/) and
the person's (the public page at /). Everything the worker sees arrives over
the console's live channel, without reloading.
"""

import json
import re

import aiohttp
import pytest
from playwright.async_api import expect

from bot.foundation.keys import STORE
from tests.gateway.browser import screenshot
from tests.gateway.fixtures import PASSWORD, totp_code

LOGGED_OUT = "Du har loggats ut. Ladda om sidan för att logga in igen."
# "/request_human" is the payload of the bot's own button; the console shows its title.
ASKED_FOR_HUMAN = "Jag vill prata med en människa"


@pytest.fixture
def gateway(staff_app):
    """The real app, open all week, with the workers anna and bo."""
    return staff_app


async def console(browser, gateway, name="anna", on_duty=True, context=None):
    """A worker's console in a context of its own, logged in and (by default) on duty."""
    context = context or await browser.new_context()
    page = await context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    page.errors = errors
    await page.goto(str(gateway.make_url("/staff/")))
    await page.get_by_label("Användarnamn", exact=True).fill(name)
    await page.get_by_label("Lösenord", exact=True).fill(PASSWORD)
    await page.get_by_label("Engångskod").fill(totp_code(name))  # "" for a worker
    await page.get_by_role("button", name="Logga in").click()
    await expect(page.get_by_role("heading", name="Uppsökarchatten – personal")).to_be_visible()
    await expect(page.get_by_test_id("duty-hint")).to_be_visible()
    await expect(page.get_by_test_id("duty")).to_be_enabled()  # the page knows who we are
    await expect(page.get_by_test_id("connection")).to_be_hidden()  # the live channel is open
    if on_duty:
        await page.get_by_test_id("duty").check()
        await expect(page.get_by_test_id("duty-hint")).to_be_hidden()
        await expect(page.get_by_test_id("duty")).to_be_enabled()
    return page


async def chat_page(browser, gateway):
    page = await (await browser.new_context()).new_page()
    await page.goto(str(gateway.make_url("/")))
    await expect(page.get_by_test_id("bot-message").first).to_be_visible()
    return page


async def say(page, text):
    await page.get_by_test_id("input").fill(text)
    await page.get_by_test_id("input").press("Enter")


async def post(gateway, conversation, text):
    """The person's message over plain HTTP; the gateway's answer."""
    conversation_id, token = conversation
    async with aiohttp.ClientSession() as http:
        async with http.post(
            gateway.make_url(f"/api/conversations/{conversation_id}/messages"),
            json={"text": text},
            headers={"Authorization": f"Bearer {token}"},
        ) as response:
            assert response.status == 200
            return await response.json()


async def queue_without_a_page(gateway, text="/request_human"):
    """A person who asks for a human over plain HTTP and keeps no live channel open."""
    async with aiohttp.ClientSession() as http:
        async with http.post(gateway.make_url("/api/conversations")) as response:
            body = await response.json()
    conversation = (body["conversation_id"], body["token"])
    assert (await post(gateway, conversation, text))["state"] == "queued"
    return conversation


@pytest.mark.screenshots
async def test_take_talk_and_hand_back_live(gateway, browser):
    anna = await console(browser, gateway)
    await expect(anna.get_by_test_id("queue-empty")).to_have_text("Ingen väntar just nu.")
    await expect(anna.get_by_test_id("queue-item")).to_have_count(0)

    person = await chat_page(browser, gateway)
    await say(person, "/request_human")
    await expect(person.get_by_role("status")).to_contain_text("Du är nummer 1 i kön")

    # The queue grows on the worker's screen without a reload.
    item = anna.get_by_test_id("queue-item")
    await expect(item).to_have_count(1)
    await expect(item).to_contain_text("väntat under 1 min")
    await expect(item.get_by_test_id("acute")).to_be_hidden()
    await expect(item.get_by_test_id("not-connected")).to_be_hidden()
    await expect(anna.get_by_test_id("queue-empty")).to_be_hidden()

    await item.get_by_test_id("take").click()
    await expect(person.get_by_role("status")).to_contain_text("Du pratar nu med en uppsökare")
    await expect(anna.get_by_test_id("queue-item")).to_have_count(0)
    await expect(anna.get_by_test_id("mine-item")).to_have_count(1)
    conversation = anna.get_by_test_id("conversation")
    await expect(conversation.get_by_test_id("line-user").last).to_contain_text(ASKED_FOR_HUMAN)
    await expect(conversation.get_by_test_id("line-bot").first).to_contain_text("Chattboten")
    await expect(anna.get_by_test_id("worker-input")).to_be_focused()

    # The person writes: scrubbed, and live on the worker's screen.
    await say(person, "jag heter Sara")
    user_line = conversation.get_by_test_id("line-user").last
    await expect(user_line).to_contain_text("jag heter <NAMN>")
    await expect(user_line).to_contain_text("Personen")
    await expect(user_line).not_to_contain_text("Sara")

    # The worker writes (Enter sends): the person sees it as the worker's.
    # (A worker's words are scrubbed too: a name would reach the person as <NAMN>.)
    await anna.get_by_test_id("worker-input").fill("Hej! Jag finns här nu.")
    await anna.get_by_test_id("worker-input").press("Enter")
    await expect(person.get_by_test_id("worker-message")).to_contain_text("Hej! Jag finns här nu.")
    mine = conversation.get_by_test_id("line-worker").last
    await expect(mine).to_contain_text("Du")
    await expect(mine).to_contain_text("Hej! Jag finns här nu.")
    await expect(anna.get_by_test_id("worker-input")).to_have_value("")
    await screenshot(anna, "console", full_page=True)

    # Shift+Enter is a new line, not a send.
    await anna.get_by_test_id("worker-input").press("Shift+Enter")
    await expect(anna.get_by_test_id("worker-input")).to_have_value("\n")
    await expect(conversation.get_by_test_id("line-worker")).to_have_count(1)

    # Hand back: gone from the console, and the bot greets the person again.
    bot_messages = person.get_by_test_id("bot-message")
    before = await bot_messages.count()
    await anna.get_by_test_id("hand-back").click()
    await expect(person.get_by_role("status")).to_contain_text("chattboten igen")
    await expect(bot_messages).to_have_count(before + 1)
    await expect(anna.get_by_test_id("mine-item")).to_have_count(0)
    await expect(anna.get_by_test_id("conversation-empty")).to_be_visible()
    await expect(anna.get_by_test_id("worker-input")).to_be_hidden()

    await say(person, "hej igen")
    await expect(bot_messages).to_have_count(before + 2)
    await expect(bot_messages.last).to_contain_text("Hej! Vad vill du prata om?")
    await expect(anna.get_by_test_id("alert")).to_be_empty()
    assert anna.errors == [] and not await person.get_by_test_id("alert").text_content()


async def test_closing_tells_the_person_and_their_next_message_starts_afresh(gateway, browser):
    anna = await console(browser, gateway)
    person = await chat_page(browser, gateway)
    await say(person, "/request_human")
    await anna.get_by_test_id("queue-item").get_by_test_id("take").click()
    await expect(person.get_by_role("status")).to_contain_text("Du pratar nu med en uppsökare")
    stored = "sessionStorage.getItem('outreach.conversation')"
    before = json.loads(await person.evaluate(stored))

    await anna.get_by_test_id("close").click()
    await anna.get_by_test_id("confirm-close").click()
    await expect(person.get_by_role("status")).to_have_text(
        "Uppsökaren har avslutat samtalet. "
        "Skriv igen om du vill börja ett nytt samtal med chattboten."
    )
    assert await person.evaluate(stored) is None

    bot_messages = person.get_by_test_id("bot-message")
    count = await bot_messages.count()
    await say(person, "hej")
    await expect(bot_messages).to_have_count(count + 1)
    after = json.loads(await person.evaluate(stored))
    assert after["conversation_id"] != before["conversation_id"]
    await expect(person.get_by_test_id("alert")).to_be_empty()


async def test_acute_away_person_then_close_after_confirming(gateway, browser):
    anna = await console(browser, gateway)
    conversation_id, _ = await queue_without_a_page(gateway, "jag är i fara nu")

    item = anna.get_by_test_id("queue-item")
    await expect(item).to_have_count(1)
    await expect(item.get_by_test_id("acute")).to_have_text("Akut")
    await expect(item.get_by_test_id("not-connected")).to_have_text("inte ansluten just nu")

    await item.get_by_test_id("take").click()
    mine = anna.get_by_test_id("mine-item")
    await expect(mine).to_have_count(1)
    await expect(mine.get_by_test_id("not-connected")).to_be_visible()
    await expect(anna.get_by_test_id("conversation-note")).to_be_visible()

    # Closing asks first, in the page; Avbryt keeps the conversation.
    await anna.get_by_test_id("close").click()
    await expect(anna.get_by_test_id("close-confirm")).to_be_visible()
    await expect(anna.get_by_test_id("cancel-close")).to_be_focused()
    await anna.get_by_test_id("cancel-close").click()
    await expect(anna.get_by_test_id("close-confirm")).to_be_hidden()
    await expect(mine).to_have_count(1)
    await anna.get_by_test_id("close").press("Enter")  # and by keyboard: Esc backs out
    await expect(anna.get_by_test_id("close-confirm")).to_be_visible()
    await anna.keyboard.press("Escape")
    await expect(anna.get_by_test_id("close-confirm")).to_be_hidden()
    await expect(anna.get_by_test_id("close")).to_be_focused()

    await anna.get_by_test_id("close").click()
    await anna.get_by_test_id("confirm-close").click()
    await expect(mine).to_have_count(0)
    await expect(anna.get_by_test_id("conversation-empty")).to_be_visible()
    await expect(anna.get_by_test_id("status")).to_contain_text("avslutat")
    transcript = await anna.request.get(
        str(gateway.make_url(f"/staff/api/conversations/{conversation_id}/transcript"))
    )
    assert transcript.status == 403  # no longer hers
    assert anna.errors == []


async def test_the_waited_time_counts_on_in_the_page(gateway, browser):
    anna = await console(browser, gateway)
    await anna.clock.install()  # a clock the test can move; it runs on by itself meanwhile
    await anna.reload()
    await expect(anna.get_by_test_id("duty")).to_be_checked()
    await queue_without_a_page(gateway)
    waited = anna.get_by_test_id("queue-item").get_by_test_id("waited")
    await expect(waited).to_have_text("väntat under 1 min")
    await anna.clock.fast_forward("03:05")  # no new board push: the page counts by itself
    await expect(waited).to_have_text("väntat 3 min")
    await anna.clock.fast_forward("01:02:00")
    await expect(waited).to_have_text("väntat 1 tim 5 min")


async def test_a_message_in_a_conversation_that_is_not_open_is_marked(gateway, browser):
    anna = await console(browser, gateway)
    first = await queue_without_a_page(gateway)
    await queue_without_a_page(gateway)
    takes = anna.get_by_test_id("queue-item").get_by_test_id("take")
    await expect(takes).to_have_count(2)
    await expect(anna.get_by_test_id("board-live")).to_have_text("Ny person i kön.")
    await takes.first.click()
    await expect(takes).to_have_count(1)
    await takes.first.click()  # the second is open now, the first is not
    mine = anna.get_by_test_id("mine-item")
    await expect(mine).to_have_count(2)
    await expect(mine.get_by_test_id("unread")).to_have_count(2)
    await expect(mine.get_by_test_id("unread").first).to_be_hidden()

    assert (await post(gateway, first, "hej, är du kvar?"))["replies"] == []
    older = mine.filter(has_text=first[0][:6])
    await expect(older.get_by_test_id("unread")).to_have_text("Nytt meddelande")
    await expect(anna.get_by_test_id("board-live")).to_contain_text("Nytt meddelande")
    await expect(anna.get_by_test_id("line-user").last).not_to_contain_text("är du kvar")

    await older.click()
    await expect(older.get_by_test_id("unread")).to_be_hidden()
    await expect(anna.get_by_test_id("line-user").last).to_contain_text("hej, är du kvar?")
    assert anna.errors == []


async def test_transfer_to_a_colleague_on_duty(gateway, browser):
    anna = await console(browser, gateway)
    bo = await console(browser, gateway, "bo")
    await queue_without_a_page(gateway)
    await anna.get_by_test_id("queue-item").get_by_test_id("take").click()
    await expect(anna.get_by_test_id("mine-item")).to_have_count(1)

    choose = anna.get_by_test_id("transfer-to")
    await expect(choose.locator("option", has_text="bo")).to_have_count(1)
    await expect(anna.get_by_test_id("transfer")).to_be_disabled()  # nobody chosen yet
    await choose.select_option(label="bo")
    await anna.get_by_test_id("transfer").click()
    await expect(anna.get_by_test_id("mine-item")).to_have_count(0)
    await expect(anna.get_by_test_id("status")).to_contain_text("flyttat till bo")

    # Bo gets it through the board push, and can open and read it.
    await expect(bo.get_by_test_id("mine-item")).to_have_count(1)
    await bo.get_by_test_id("mine-item").click()
    await expect(bo.get_by_test_id("line-user").last).to_contain_text(ASKED_FOR_HUMAN)
    assert anna.errors == [] and bo.errors == []


async def test_no_copy_or_export_control_for_the_transcript(gateway, browser):
    anna = await console(browser, gateway)
    await queue_without_a_page(gateway)
    await anna.get_by_test_id("queue-item").get_by_test_id("take").click()
    await expect(anna.get_by_test_id("line-user").first).to_be_visible()

    controls = anna.locator("button, a, [role=button], input, select, [download]")
    described = await controls.evaluate_all(
        """els => els.map(e => [e.textContent, e.getAttribute('aria-label'), e.title,
                                e.value, e.hasAttribute('download') ? 'download' : '']
                              .join(' ').toLowerCase())"""
    )
    assert described, "the console has controls"
    forbidden = re.compile(r"kopiera|exportera|ladda ner|spara|skriv ut|copy|export|download|print")
    assert [d for d in described if forbidden.search(d)] == []
    assert await anna.locator("a[href]").count() == 0  # no links at all, so no file to fetch


async def test_logging_out_in_another_tab_shows_it_and_disables_controls(gateway, browser):
    anna = await console(browser, gateway)
    other = await anna.context.new_page()
    await other.goto(str(gateway.make_url("/staff/")))
    await other.get_by_test_id("logout").click()
    await expect(other.get_by_role("button", name="Logga in")).to_be_visible()

    # Either the live channel closing (4401) or the next API call (401) tells the page.
    await anna.get_by_test_id("duty").click(force=True, no_wait_after=True)
    await expect(anna.get_by_test_id("alert")).to_have_text(LOGGED_OUT)
    await expect(anna.get_by_test_id("duty")).to_be_disabled()
    await expect(anna.get_by_test_id("logout")).to_be_disabled()


async def test_an_api_401_alone_shows_the_logged_out_message(gateway, browser):
    anna = await console(browser, gateway, on_duty=False)
    # The session cookie is gone (as after a logout elsewhere) but the live channel stays open.
    await anna.context.clear_cookies()
    await anna.get_by_test_id("duty").click()  # the switch goes back when the call fails
    await expect(anna.get_by_test_id("alert")).to_have_text(LOGGED_OUT)
    await expect(anna.get_by_test_id("duty")).to_be_disabled()
    await expect(anna.get_by_test_id("duty")).not_to_be_checked()


async def test_a_button_answer_reads_as_its_title_in_the_console(gateway, browser, rasa_received):
    anna = await console(browser, gateway)
    person = await chat_page(browser, gateway)
    # The stand-in bot offers one button, "Ja" (payload /affirm); the domain's own title
    # for /affirm is "Ja, gärna", so "Ja" can only come from the button the person saw.
    await person.get_by_test_id("bot-button").first.click()
    await expect(person.get_by_test_id("bot-button")).to_have_count(2)  # answered, offered again
    assert rasa_received[-1]["message"] == "/affirm"  # the bot still gets the payload
    await say(person, "/request_human")
    await anna.get_by_test_id("queue-item").get_by_test_id("take").click()

    said = anna.get_by_test_id("line-user")
    await expect(said).to_have_text([re.compile(r"Personen\s*Ja$"), re.compile(ASKED_FOR_HUMAN)])
    transcript = anna.get_by_test_id("transcript")
    await expect(transcript).not_to_contain_text("/affirm")
    await expect(transcript).not_to_contain_text("/request_human")

    # The payload again while the worker has the conversation (what the page posts for a
    # button): live on the console as its title, and the bot stays silent.
    sent = len(rasa_received)
    session = json.loads(await person.evaluate("sessionStorage.getItem('outreach.conversation')"))
    await post(gateway, (session["conversation_id"], session["token"]), "/affirm")
    await expect(said).to_have_count(3)
    await expect(said.last).to_have_text(re.compile(r"Personen\s*Ja$"))
    assert len(rasa_received) == sent

    # Stored as the title: a fresh load of the transcript reads the same.
    await anna.reload()
    await anna.get_by_test_id("mine-item").click()
    await expect(said).to_have_count(3)
    await expect(transcript).not_to_contain_text("/")
    conversation_id = await anna.get_by_test_id("mine-item").get_attribute("data-id")
    url = gateway.make_url(f"/staff/api/conversations/{conversation_id}/transcript")
    lines = (await (await anna.request.get(str(url))).json())["lines"]
    assert [line["text"] for line in lines if line["sender"] == "user"] == [
        "Ja",
        ASKED_FOR_HUMAN,
        "Ja",
    ]

    # A line stored with the payload (before titles were kept) is shown by its title too.
    await gateway.app[STORE].add_messages(
        conversation_id, [("user", '/inform_age{"age_group": "minor"}')]
    )
    lines = (await (await anna.request.get(str(url))).json())["lines"]
    assert lines[-1] == {"sender": "user", "text": "Under 18"}
    assert anna.errors == []
