"""The console's opt-in sound and desktop notification, in Debian's Chromium.

The browser context is granted the notifications permission, and before any
page loads `window.Notification` is replaced by a stub that records each call
(its permission and requestPermission are the real ones) and every
oscillator started is counted: the tone is made with the Web Audio API, so
nothing is fetched. Off by default; on, one person joining the queue is one
notification saying only "Någon väntar i kön", and one tone.
"""

import json

import pytest
from playwright.async_api import expect

from tests.gateway.test_console_browser import console, queue_without_a_page

NEUTRAL = "Någon väntar i kön"
RECORDER = """
(() => {
  const Real = window.Notification;
  const notifications = [];
  const tones = [];
  class Recording {
    constructor(title, options) {
      notifications.push({ title: String(title), options: JSON.stringify(options || {}) });
    }
    static get permission() { return Real ? Real.permission : "default"; }
    static requestPermission() {
      return Real ? Real.requestPermission() : Promise.resolve("default");
    }
    close() {}
  }
  window.Notification = Recording;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args) {
    tones.push(this.frequency.value);
    return start.apply(this, args);
  };
  window.comfortRecord = { notifications, tones };
})();
"""


@pytest.fixture
def gateway(staff_app):
    return staff_app


async def recorded_console(browser, gateway):
    """Anna's console, on duty, in a context that may notify and records what it does."""
    context = await browser.new_context(permissions=["notifications"])
    await context.add_init_script(RECORDER)
    page = await console(browser, gateway, context=context)
    assert await page.evaluate("Notification.permission") == "granted"
    return page


async def record(page):
    return await page.evaluate(
        "({notifications: [...comfortRecord.notifications], tones: [...comfortRecord.tones]})"
    )


async def first_notification(page, timeout_s=10):
    """Wait for a notification (polled from here: the page's CSP forbids eval in it)."""
    for _ in range(int(timeout_s * 10)):
        if (await record(page))["notifications"]:
            return
        await page.wait_for_timeout(100)
    raise AssertionError("no notification")


async def test_on_one_neutral_notification_and_a_tone_when_someone_queues(gateway, browser):
    anna = await recorded_console(browser, gateway)
    comfort = anna.get_by_role("switch", name="Ljud och avisering")
    await expect(comfort).not_to_be_checked()  # off until the worker turns it on
    await comfort.check()
    assert await anna.evaluate("localStorage.getItem('outreach.staff.comfort')") == "on"

    await queue_without_a_page(gateway, "jag är i fara nu")
    await expect(anna.get_by_test_id("queue-item")).to_have_count(1)
    await first_notification(anna)
    await anna.wait_for_timeout(500)  # room for a second call, which must not come
    seen = await record(anna)
    assert [n["title"] for n in seen["notifications"]] == [NEUTRAL]
    options = json.loads(seen["notifications"][0]["options"])
    assert "body" not in options and "fara" not in json.dumps(options)  # nothing of theirs
    assert seen["tones"] == [660, 880]

    # Remembered in this browser: on again after a reload, and a second person rings again.
    await anna.reload()
    await expect(comfort).to_be_checked()
    await expect(anna.get_by_test_id("queue-item")).to_have_count(1)
    await anna.wait_for_timeout(300)
    assert (await record(anna))["notifications"] == []  # already waiting when the page opened
    await anna.mouse.click(1, 1)  # a real gesture: the browser lets the tone play
    await queue_without_a_page(gateway)
    await expect(anna.get_by_test_id("queue-item")).to_have_count(2)
    await first_notification(anna)
    assert [n["title"] for n in (await record(anna))["notifications"]] == [NEUTRAL]
    assert anna.errors == []


async def test_off_nothing_rings_and_nothing_is_shown(gateway, browser):
    anna = await recorded_console(browser, gateway)
    comfort = anna.get_by_role("switch", name="Ljud och avisering")
    await expect(comfort).not_to_be_checked()

    await queue_without_a_page(gateway)
    await expect(anna.get_by_test_id("queue-item")).to_have_count(1)
    await expect(anna.get_by_test_id("board-live")).to_have_text("Ny person i kön.")
    await anna.wait_for_timeout(500)
    assert await record(anna) == {"notifications": [], "tones": []}

    # Turned on and off again: still nothing, and the browser forgets the choice.
    await comfort.check()
    await comfort.uncheck()
    assert await anna.evaluate("localStorage.getItem('outreach.staff.comfort')") is None
    await queue_without_a_page(gateway)
    await expect(anna.get_by_test_id("queue-item")).to_have_count(2)
    await anna.wait_for_timeout(500)
    assert await record(anna) == {"notifications": [], "tones": []}
    assert anna.errors == []
