"""The chat page in a real Chromium (Debian's), driven by Playwright.

The gateway is the real app factory on a real port; Rasa is the stand-in from
test_api.py so the test can see what the page's clicks send.
"""

import asyncio
import json

import pytest
from playwright.async_api import expect

from bot.foundation.keys import HUB, STORE
from tests.gateway.browser import new_page


@pytest.fixture
async def page(browser):
    """The chat in Playwright's default viewport; the quick exit's site answered locally."""
    return await new_page(browser, viewport=None)


async def test_greeting_send_button_and_delete(gateway, page, rasa_received):
    await page.goto(str(gateway.make_url("/")))
    bot = page.get_by_test_id("bot-message")
    await expect(bot.first).to_contain_text("Hej! Vad vill du prata om?")
    assert rasa_received[0]["message"] == "/greet"
    assert await page.evaluate("document.cookie") == ""
    assert await page.evaluate("localStorage.length") == 0
    assert "outreach.conversation" in await page.evaluate("Object.keys(sessionStorage)")

    await page.get_by_test_id("input").fill("jag heter Sara och mitt nummer är 070-123 45 67")
    await page.get_by_test_id("input").press("Enter")
    await expect(page.get_by_test_id("user-message").last).to_contain_text("jag heter Sara")
    await expect(bot).to_have_count(2)
    assert rasa_received[1]["message"] == "jag heter <NAMN> och mitt nummer är <TELEFONNUMMER>"

    await page.get_by_test_id("bot-button").last.click()
    await expect(page.get_by_test_id("user-message").last).to_contain_text("Ja")
    await expect(bot).to_have_count(3)
    assert rasa_received[2]["message"] == "/affirm"

    saved = json.loads(await page.evaluate("sessionStorage.getItem('outreach.conversation')"))
    await page.get_by_test_id("delete").click()
    await page.get_by_test_id("confirm-delete").click()
    await expect(page.get_by_role("status")).to_contain_text("Konversationen är raderad.")
    await expect(page.get_by_test_id("bot-message")).to_have_count(0)
    assert await page.evaluate("sessionStorage.length") == 0
    # Gone on the server too: the old token no longer opens it.
    response = await page.request.post(
        str(gateway.make_url(f"/api/conversations/{saved['conversation_id']}/messages")),
        data={"text": "hej"},
        headers={"Authorization": f"Bearer {saved['token']}"},
    )
    assert response.status == 404


async def test_escape_twice_leaves_without_a_way_back(gateway, page):
    chat_url = str(gateway.make_url("/"))
    await page.goto(chat_url)
    await expect(page.get_by_test_id("bot-message").first).to_be_visible()
    await page.keyboard.press("Escape")
    await page.keyboard.press("Escape")
    await page.wait_for_url("https://www.google.se/**")
    await page.go_back()
    assert not page.url.startswith(chat_url)


async def test_quick_exit_button_is_reachable_first_by_keyboard(gateway, page):
    await page.goto(str(gateway.make_url("/")))
    await page.keyboard.press("Tab")
    focused = await page.evaluate("document.activeElement.dataset.testid")
    assert focused == "quick-exit"
    await page.keyboard.press("Enter")
    await page.wait_for_url("https://www.google.se/**")


async def test_the_workers_messages_and_state_arrive_live(gateway, page):
    await page.goto(str(gateway.make_url("/")))
    await expect(page.get_by_test_id("bot-message").first).to_be_visible()
    saved = json.loads(await page.evaluate("sessionStorage.getItem('outreach.conversation')"))
    hub = gateway.app[HUB]
    for _ in range(50):  # the page opens its live channel right after the greeting
        if hub.count_here(saved["conversation_id"]):
            break
        await asyncio.sleep(0.1)
    conversation_id = saved["conversation_id"]
    await hub.publish(conversation_id, {"type": "state", "state": "human"})
    await expect(page.get_by_role("status")).to_contain_text("Du pratar nu med en uppsökare")
    await hub.publish(conversation_id, {"type": "worker", "text": "Hej, jag heter Anna."})
    await expect(page.get_by_test_id("worker-message")).to_contain_text("Hej, jag heter Anna.")
    await hub.publish(conversation_id, {"type": "state", "state": "bot"})
    await expect(page.get_by_role("status")).to_contain_text("chattboten igen")


async def test_what_the_worker_wrote_while_the_channel_was_down_arrives_once(gateway, page):
    """A gateway restarting or a phone between networks: the page gets what it missed."""
    await page.goto(str(gateway.make_url("/")))
    await expect(page.get_by_test_id("bot-message").first).to_be_visible()
    saved = json.loads(await page.evaluate("sessionStorage.getItem('outreach.conversation')"))
    conversation_id, hub, store = saved["conversation_id"], gateway.app[HUB], gateway.app[STORE]
    for _ in range(50):
        if hub.count_here(conversation_id):
            break
        await asyncio.sleep(0.1)
    await store.add_messages(conversation_id, [("worker", "Första raden.")])
    await hub.publish(conversation_id, {"type": "worker", "text": "Första raden.", "n": 1})
    worker = page.get_by_test_id("worker-message")
    await expect(worker).to_have_count(1)
    # The channel drops; meanwhile the worker writes, and nothing reaches the page live.
    await hub.close_all()
    await store.add_messages(conversation_id, [("worker", "Andra raden, medan du var borta.")])
    # The page opens its channel again by itself and gets the second line, not the first again.
    await expect(worker).to_have_count(2, timeout=15_000)
    await expect(worker.last).to_contain_text("Andra raden, medan du var borta.")
    # A line that reaches the page twice (live and replayed at once) is shown once.
    await hub.publish(conversation_id, {"type": "worker", "text": "Första raden.", "n": 1})
    await asyncio.sleep(1)
    await expect(worker).to_have_count(2)
