"""A person's first minute on a phone (issue 13), in a real Chromium (Debian's).

At 390 x 844 the bot's greeting and its first choice are in view on opening,
with the quick exit; the introduction and the privacy note are one line that
opens; after a reply the input, the newest message and the quick exit are all
in view, also with the on-screen keyboard up; the bot's choices sit in the
message they answer and are disabled once answered. The page is discreet (a
neutral favicon and the operator's neutral title, a note on hiding a visit by
the quick exit), loads without an error or a failed request, and tells the
person quietly, once, while its live channel reconnects after the server
dropped it. Rasa is the stand-in from fixtures.py.
"""

import asyncio
import json
from pathlib import Path

import pytest
import yaml
from playwright.async_api import expect

from bot.app import create_app
from bot.foundation.keys import HUB
from common.settings import SettingsError, load_settings
from tests.gateway.browser import DESKTOP, PHONE, new_page, screenshot

REPO = Path(__file__).resolve().parents[2]
IMAGE_TYPES = ("image/svg+xml", "image/x-icon", "image/vnd.microsoft.icon", "image/png")


def _greeting():
    """The real bot's greeting (domain/basics.yml, Swedish): long, with four choices."""
    domain = yaml.safe_load((REPO / "domain" / "basics.yml").read_text(encoding="utf-8"))
    greeting = domain["responses"]["utter_greet"][0]
    return {"text": greeting["text"], "buttons": greeting["buttons"]}


async def with_the_real_greeting(page):
    """The stand-in Rasa greets in one line; on a phone it is the real, long greeting that
    must fit: answer the page's silent /greet with it."""

    async def greet(route):
        if json.loads(route.request.post_data or "{}").get("text") != "/greet":
            await route.continue_()
            return
        response = await route.fetch()
        body = await response.json()
        body["replies"] = [_greeting()]
        await route.fulfill(response=response, json=body)

    await page.route("**/api/conversations/*/messages", greet)


async def open_chat(page, gateway):
    await page.goto(str(gateway.make_url("/")))
    await expect(page.get_by_test_id("bot-message").first).to_be_visible()
    await expect(page.get_by_test_id("bot-button").first).to_be_visible()


async def write(page, text):
    bots = await page.get_by_test_id("bot-message").count()
    await page.get_by_test_id("input").fill(text)
    await page.get_by_test_id("input").press("Enter")
    await expect(page.get_by_test_id("bot-message")).to_have_count(bots + 1)


async def live_channel(gateway, page, count=1, seconds=5):
    """Wait until the page's live channel is open (`count` sockets) and say its conversation."""
    saved = json.loads(await page.evaluate("sessionStorage.getItem('outreach.conversation')"))
    hub = gateway.app[HUB]
    for _ in range(seconds * 20):
        if hub.count_here(saved["conversation_id"]) == count:
            break
        await asyncio.sleep(0.05)
    assert hub.count_here(saved["conversation_id"]) == count
    return saved["conversation_id"]


async def fully_in_view(locator):
    await expect(locator).to_be_in_viewport(ratio=1)


# ---- Phone first -------------------------------------------------------------------------


async def above_the_input(page, locator):
    """In view, and not under the input that sticks to the bottom of the screen."""
    await fully_in_view(locator)
    box = await locator.bounding_box()
    composer = await page.locator("#composer").bounding_box()
    assert box["y"] + box["height"] <= composer["y"] + 1


@pytest.mark.screenshots
async def test_on_a_phone_the_greeting_and_its_first_choice_are_in_view(gateway, browser):
    page = await new_page(browser)
    await with_the_real_greeting(page)
    await open_chat(page, gateway)
    await expect(page.get_by_test_id("bot-message").first).to_contain_text("Vad vill du prata om?")
    await expect(page.get_by_test_id("bot-button")).to_have_count(4)
    assert await page.evaluate("window.scrollY") == 0  # nothing had to scroll
    await fully_in_view(page.get_by_test_id("quick-exit"))
    await fully_in_view(page.get_by_test_id("input"))
    await above_the_input(page, page.get_by_test_id("bot-message").first.locator("p"))
    await above_the_input(page, page.get_by_test_id("bot-button").first)
    # Nothing wider than the screen.
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    # The introduction and the privacy note are one line, and nothing of them is lost.
    about = page.get_by_test_id("about")
    summary = page.get_by_test_id("about-summary")
    await expect(summary).to_have_text("Om chatten och din integritet")
    await expect(about).not_to_have_attribute("open", "")
    intro = page.get_by_text("Här kan du prata om sex mot ersättning")
    scrubbed = page.get_by_text("Namn och telefonnummer tas bort automatiskt.")
    await expect(intro).to_be_hidden()
    await expect(scrubbed).to_be_hidden()
    assert (await summary.bounding_box())["height"] <= 50  # one short line
    # The danger line stays in view.
    await fully_in_view(page.get_by_text("Är du i fara – ring 112."))
    await screenshot(page, "chat-phone")

    await summary.click()
    await expect(intro).to_be_visible()
    await expect(scrubbed).to_be_visible()
    await expect(page.get_by_text("Konversationen raderas efter 7 dagar.")).to_be_visible()
    await expect(page.get_by_test_id("delete")).to_be_visible()
    await summary.click()
    await expect(intro).to_be_hidden()
    assert page.problems == []


@pytest.mark.screenshots
async def test_after_a_reply_the_input_the_newest_message_and_the_quick_exit_are_in_view(
    gateway, browser
):
    page = await new_page(browser)
    await open_chat(page, gateway)
    # Three messages (with the greeting and one more below, the stand-in's limit of five a minute).
    for text in (
        "hej, jag vet inte riktigt vad jag ska skriva men jag behöver prata med någon",
        "det handlar om något som hände förra veckan och som jag inte kan sluta tänka på",
        "kan du berätta mer om vad ni kan hjälpa till med",
    ):
        await write(page, text)
    newest = page.get_by_test_id("bot-message").last
    assert await page.evaluate("document.documentElement.scrollHeight") > PHONE["height"]
    await expect(page.get_by_test_id("quick-exit")).to_be_in_viewport(ratio=1)
    await expect(page.get_by_test_id("input")).to_be_in_viewport(ratio=1)
    await expect(page.get_by_test_id("send")).to_be_in_viewport(ratio=1)
    await expect(newest).to_be_in_viewport(ratio=1)
    await expect(newest.get_by_test_id("bot-button")).to_be_in_viewport(ratio=1)
    # The newest message is not under the sticky input: it ends above it.
    message_box = await newest.bounding_box()
    composer_box = await page.locator("#composer").bounding_box()
    assert message_box["y"] + message_box["height"] <= composer_box["y"] + 1
    await screenshot(page, "chat-phone-reply")

    # The on-screen keyboard: with interactive-widget=resizes-content the page shrinks to what
    # is left above it (here: the viewport), and all three stay in view.
    meta = await page.locator("meta[name=viewport]").get_attribute("content")
    assert "interactive-widget=resizes-content" in meta
    await page.get_by_test_id("input").focus()
    await page.set_viewport_size({"width": 390, "height": 480})
    await page.wait_for_timeout(100)
    await expect(page.get_by_test_id("quick-exit")).to_be_in_viewport(ratio=1)
    await expect(page.get_by_test_id("input")).to_be_in_viewport(ratio=1)
    await expect(newest).to_be_in_viewport()
    await write(page, "och nu med tangentbordet uppe")
    await expect(page.get_by_test_id("quick-exit")).to_be_in_viewport(ratio=1)
    await expect(page.get_by_test_id("input")).to_be_in_viewport(ratio=1)
    await expect(page.get_by_test_id("bot-message").last).to_be_in_viewport()
    assert page.problems == []


async def test_the_input_is_lifted_above_a_keyboard_that_only_covers_the_page(gateway, browser):
    """Safari on iOS ignores interactive-widget: the keyboard covers the page, and only the
    visual viewport shrinks. The page measures that and lifts the input by as much."""
    page = await new_page(browser)
    await page.add_init_script(
        """
        (() => {
          const real = window.visualViewport;
          const fake = new EventTarget();
          fake.covered = 0;
          for (const name of ["width", "offsetLeft", "offsetTop", "pageLeft", "pageTop", "scale"]) {
            Object.defineProperty(fake, name, { get: () => real[name] });
          }
          Object.defineProperty(fake, "height", { get: () => window.innerHeight - fake.covered });
          Object.defineProperty(window, "visualViewport", { get: () => fake });
          window.__keyboard = (px) => {
            fake.covered = px;
            fake.dispatchEvent(new Event("resize"));
          };
        })();
        """
    )
    await open_chat(page, gateway)
    await page.get_by_test_id("input").focus()
    await page.evaluate("window.__keyboard(300)")
    composer = await page.locator("#composer").bounding_box()
    assert composer["y"] + composer["height"] <= PHONE["height"] - 300 + 1
    await page.evaluate("window.__keyboard(0)")
    composer = await page.locator("#composer").bounding_box()
    assert composer["y"] + composer["height"] > PHONE["height"] - 300 + 1
    assert page.problems == []


async def test_choices_sit_in_the_message_they_answer_and_close_once_answered(
    gateway, browser, rasa_received
):
    page = await new_page(browser)
    await open_chat(page, gateway)
    greeting = page.get_by_test_id("bot-message").first
    first_choice = greeting.get_by_test_id("bot-button")
    await expect(first_choice).to_have_text("Ja")
    await expect(greeting.get_by_role("group", name="Svarsalternativ")).to_be_visible()
    # No choices outside a message.
    assert await page.locator("#messages > .choices").count() == 0

    # Answered by writing: the greeting's choice is disabled, the new reply's is open.
    await write(page, "hej")
    await expect(first_choice).to_be_disabled()
    second_choice = page.get_by_test_id("bot-message").nth(1).get_by_test_id("bot-button")
    await expect(second_choice).to_be_enabled()

    # Answered by a choice: the chosen one is marked, and it is sent once.
    await second_choice.click()
    await expect(page.get_by_test_id("bot-message")).to_have_count(3)
    await expect(second_choice).to_be_disabled()
    await expect(second_choice).to_have_class("choice chosen")
    await expect(page.get_by_test_id("bot-button").last).to_be_enabled()
    assert [body["message"] for body in rasa_received] == ["/greet", "hej", "/affirm"]
    # Tapped, not typed: the input does not take the focus (a phone would raise its keyboard).
    assert not await page.get_by_test_id("input").evaluate("el => el === document.activeElement")
    assert page.problems == []


# ---- Discretion ------------------------------------------------------------------------


async def test_a_neutral_favicon_and_no_failed_request_or_console_error(gateway, browser):
    page = await new_page(browser)
    icons = []
    page.on("response", lambda response: "favicon" in response.url and icons.append(response))
    await open_chat(page, gateway)
    await live_channel(gateway, page)
    link = page.locator("link[rel=icon]")
    await expect(link).to_have_attribute("href", "/static/favicon.svg")
    for path in ("/favicon.ico", "/static/favicon.svg"):
        response = await page.request.get(str(gateway.make_url(path)))
        assert response.status == 200, path
        assert response.headers["content-type"].split(";")[0] in IMAGE_TYPES, path
        assert b"<svg" in await response.body()
    # Whatever icon the browser asked for itself was found.
    assert all(response.status == 200 for response in icons)
    await page.wait_for_timeout(300)
    assert page.problems == []


@pytest.fixture
async def titled_gateway(aiohttp_server, settings, scrubber):
    titled = load_settings(
        {
            "OUTREACH_DATA_DIR": str(settings.data_dir),
            "OUTREACH_RASA_URLS": ",".join(settings.rasa_urls),
            "OUTREACH_PAGE_TITLE": "  Anteckningar & <listor>  ",
        }
    )
    return await aiohttp_server(create_app(titled, scrubber=scrubber))


async def test_the_title_is_neutral_and_comes_from_the_setting(gateway, titled_gateway, browser):
    page = await new_page(browser, DESKTOP)
    await open_chat(page, gateway)
    await expect(page).to_have_title("Chatt")  # the default
    await page.get_by_role("button", name="English").click()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page).to_have_title("Chatt")  # the same in every language

    other = await new_page(browser, DESKTOP)
    await open_chat(other, titled_gateway)
    await expect(other).to_have_title("Anteckningar & <listor>")  # plain text, not markup
    assert await other.locator("title").count() == 1
    await other.get_by_role("button", name="English").click()
    await expect(other.locator("html")).to_have_attribute("lang", "en")
    await expect(other).to_have_title("Anteckningar & <listor>")
    assert page.problems == [] and other.problems == []


@pytest.mark.parametrize(
    "title", ["", "   ", "x" * 81, "Chatt\u0007", "Chatt\u200b"]
)
def test_a_page_title_that_is_not_one_short_line_of_text_is_refused(tmp_path, title):
    with pytest.raises(SettingsError, match="OUTREACH_PAGE_TITLE"):
        load_settings({"OUTREACH_DATA_DIR": str(tmp_path), "OUTREACH_PAGE_TITLE": title})


def test_the_page_title_defaults_to_chatt(tmp_path):
    assert load_settings({"OUTREACH_DATA_DIR": str(tmp_path)}).page_title == "Chatt"


async def test_how_to_hide_a_visit_is_next_to_the_quick_exit_in_the_pages_language(
    gateway, browser
):
    page = await new_page(browser)
    await open_chat(page, gateway)
    summary = page.get_by_test_id("hide-visit-summary")
    await expect(summary).to_have_text("Så döljer du ditt besök")
    await fully_in_view(summary)
    exit_box = await page.get_by_test_id("quick-exit").bounding_box()
    summary_box = await summary.bounding_box()
    assert summary_box["y"] - (exit_box["y"] + exit_box["height"]) < 80  # right under it
    note = page.get_by_test_id("hide-visit").locator("li")
    await expect(note.first).to_be_hidden()
    await summary.click()
    await expect(note).to_have_count(3)
    await expect(note.nth(0)).to_contain_text("privat fönster")
    await expect(note.nth(1)).to_contain_text("historik")
    await expect(note.nth(2)).to_contain_text("raderar inte historiken")
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    # English, from page_texts.py.
    await page.get_by_role("button", name="English").click()
    await expect(summary).to_have_text("How to hide your visit")
    await expect(note.nth(0)).to_contain_text("private (incognito) window")
    await expect(note.nth(2)).to_contain_text("does not clear your history")
    await expect(page.get_by_test_id("about-summary")).to_have_text(
        "About the chat and your privacy"
    )
    assert page.problems == []


async def test_a_card_language_has_the_note_in_its_own_words_or_marked_english(
    gateway, browser
):
    page = await new_page(browser, DESKTOP)
    await open_chat(page, gateway)
    await write(page, "am nevoie de ajutor, nu pot pleca din apartament")
    await page.get_by_role("button", name="English").click()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await page.get_by_test_id("language-other").click()
    await expect(page.locator("html")).to_have_attribute("lang", "ro")
    summary = page.get_by_test_id("hide-visit-summary").locator("span")
    await expect(summary).to_have_text("Cum să-ți ascunzi vizita")
    assert await summary.get_attribute("lang") is None  # the page's own language

    # A language whose texts here are English until translated (Somali): English, marked so.
    sent = await page.evaluate(
        """() => {
          const data = JSON.parse(document.getElementById("more-texts").textContent);
          return [data.so === undefined, data.ti === undefined, Object.keys(data).length];
        }"""
    )
    assert sent == [True, True, 9]
    assert page.problems == []


# ---- Reconnecting ----------------------------------------------------------------------------


RECORD_STATUS = """
() => {
  window.__said = [];
  const region = document.getElementById("connection");
  new MutationObserver(() => window.__said.push(region.textContent))
    .observe(region, { childList: true, characterData: true, subtree: true });
}
"""


async def test_a_dropped_live_channel_says_reconnecting_once_and_comes_back(
    gateway, browser, rasa_received
):
    page = await new_page(browser)
    frames = []
    page.on(
        "websocket",
        lambda socket: socket.on("framesent", lambda payload: frames.append(payload)),
    )
    await open_chat(page, gateway)
    conversation_id = await live_channel(gateway, page)
    await page.evaluate(RECORD_STATUS)
    connection = page.get_by_test_id("connection")
    await expect(connection).to_have_text("")
    assert await page.get_by_role("status").count() == 1  # one status region, this one too

    await gateway.app[HUB].close_all()  # the server drops the channel
    await expect(page.get_by_role("status")).to_contain_text("Återansluter…")
    await live_channel(gateway, page)  # back by itself
    await expect(connection).to_have_text("")
    assert await page.evaluate("window.__said") == ["Återansluter…", ""]  # said once

    # The live channel works again, and nothing was sent twice: one token per socket, and the
    # next message reaches the bot once.
    await gateway.app[HUB].publish(conversation_id, {"type": "worker", "text": "Hej, jag är här."})
    await expect(page.get_by_test_id("worker-message")).to_have_count(1)
    await write(page, "hej igen")
    assert [body["message"] for body in rasa_received] == ["/greet", "hej igen"]
    token = json.loads(frames[0])["token"]
    # Each first frame: the token, and how many worker lines the page has shown (none yet).
    assert len(frames) == 2
    assert all(json.loads(frame) == {"token": token, "seen": 0} for frame in frames)
    assert await page.get_by_test_id("worker-message").count() == 1
    assert [p for p in page.problems if "WebSocket" not in p] == []


async def test_reconnecting_backs_off_and_is_said_only_once(gateway, browser):
    page = await new_page(browser)
    refuse = {"on": False}
    tries = []
    closing = []

    def channel(socket):  # not async: the page's first frame must reach the server
        if refuse["on"]:
            tries.append(asyncio.get_running_loop().time())
            closing.append(asyncio.get_running_loop().create_task(socket.close()))
        else:
            socket.connect_to_server()

    await page.route_web_socket("**/ws", channel)
    await open_chat(page, gateway)
    await live_channel(gateway, page)
    await page.evaluate(RECORD_STATUS)

    refuse["on"] = True
    await gateway.app[HUB].close_all()
    await expect(page.get_by_test_id("connection")).to_have_text("Återansluter…")
    for _ in range(100):
        if len(tries) >= 3:
            break
        await asyncio.sleep(0.1)
    assert len(tries) >= 3
    waits = [later - earlier for earlier, later in zip(tries, tries[1:], strict=False)]
    assert waits[1] >= waits[0] * 0.9, waits  # about 1 s, 2 s, 4 s …, each half to all of it
    assert all(wait >= 0.4 for wait in waits), waits  # never hammering the server
    assert await page.evaluate("window.__said") == ["Återansluter…"]  # not again at every try

    refuse["on"] = False
    await live_channel(gateway, page, seconds=20)  # at the next try, up to 16 s away
    await expect(page.get_by_test_id("connection")).to_have_text("")
    assert await page.evaluate("window.__said") == ["Återansluter…", ""]


# ---- Screen readers: one live region for the messages --------------------------------------


async def test_messages_are_announced_through_one_live_region(gateway, browser):
    page = await new_page(browser)
    await open_chat(page, gateway)
    conversation_id = await live_channel(gateway, page)
    await gateway.app[HUB].publish(conversation_id, {"type": "state", "state": "human"})
    worker = {"type": "worker", "text": "Hej, jag heter Anna."}
    await gateway.app[HUB].publish(conversation_id, worker)
    await expect(page.get_by_test_id("worker-message")).to_contain_text("Hej, jag heter Anna.")
    await write(page, "hej")
    regions = await page.evaluate(
        """() => [...document.querySelectorAll(
                 '[aria-live], [role=log], [role=status], [role=alert]')]
               .map(el => ({id: el.id, text: el.textContent}))"""
    )
    assert [region["id"] for region in regions] == ["messages", "status", "alert", "counter-live"]
    live = {region["id"]: region["text"] for region in regions}
    # Every message is in the log, and in no other live region.
    for text in ("Hej! Vad vill du prata om?", "Hej, jag heter Anna.", "hej"):
        assert text in live["messages"]
        assert all(text not in live[other] for other in ("status", "alert", "counter-live"))
    # No live region inside another (which would be read twice).
    assert await page.evaluate(
        "document.querySelectorAll('[aria-live] [aria-live], [role=log] [role=status]').length"
    ) == 0
    await expect(page.locator("#typing")).not_to_have_attribute("aria-live", "polite")
    assert page.problems == []


# ---- Desktop ---------------------------------------------------------------------------------


@pytest.mark.screenshots
async def test_on_a_desktop_a_readable_centred_column(gateway, browser):
    page = await new_page(browser, DESKTOP)
    await with_the_real_greeting(page)
    await open_chat(page, gateway)
    await expect(page.get_by_test_id("about")).to_have_attribute("open", "")  # room for it
    await expect(page.get_by_test_id("bot-button")).to_have_count(4)
    await fully_in_view(page.get_by_test_id("input"))
    await above_the_input(page, page.get_by_test_id("bot-message").first.locator("p"))
    await above_the_input(page, page.get_by_test_id("bot-button").first)
    column = await page.locator("main").bounding_box()
    assert column["width"] <= 720
    middle = column["x"] + column["width"] / 2
    assert abs(middle - DESKTOP["width"] / 2) < 2
    await screenshot(page, "chat-desktop")
    assert page.problems == []


# ---- Only a real hand-back speaks of the worker leaving ------------------------------------

HANDED_BACK = "Uppsökaren har lämnat samtalet"
# Everything the page ever shows, from before its first script runs: a notice that comes
# and goes between two checks is still caught.
RECORD_ALL_TEXT = """
window.__shown = [];
new MutationObserver(() => window.__shown.push(document.body ? document.body.innerText : ""))
  .observe(document, { childList: true, characterData: true, subtree: true });
"""


async def test_a_fresh_or_reloaded_page_never_says_the_worker_left(gateway, browser):
    """The live channel says "bot" when it opens: that is no hand-back (issue 13). Only a
    real change from a worker back to the bot tells the person the worker has left."""
    page = await new_page(browser)
    await page.add_init_script(RECORD_ALL_TEXT)
    await open_chat(page, gateway)
    conversation_id = await live_channel(gateway, page)
    hub = gateway.app[HUB]
    await hub.publish(conversation_id, {"type": "state", "state": "bot"})  # as on opening
    await write(page, "hej")
    await page.reload()
    await live_channel(gateway, page)
    await hub.publish(conversation_id, {"type": "state", "state": "bot"})
    await write(page, "hej igen")
    shown = await page.evaluate("window.__shown")
    assert shown and not any(HANDED_BACK in text for text in shown)

    await hub.publish(conversation_id, {"type": "state", "state": "human"})
    await expect(page.get_by_role("status")).to_contain_text("uppsökare")
    await hub.publish(conversation_id, {"type": "state", "state": "bot"})
    await expect(page.get_by_text(HANDED_BACK)).to_have_count(1)
    assert page.problems == []
