"""The embeddable chat on another site, in Debian's Chromium (issue 13).

The demo site (examples/embed/index.html) is served on http://localhost:P, a
different origin from the gateway on http://127.0.0.1:Q, exactly as a city's
page would include the chat: one script tag. The gateway allows that origin
(OUTREACH_EMBED_ORIGINS) and knows the demo's channel code (OUTREACH_CHANNELS).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from playwright.async_api import expect

from bot.app import create_app
from bot.stats.counts import CHANNELS, NO_CHANNEL, OTHER_CHANNEL, STATS, today
from common.settings import load_settings
from tests.gateway.browser import DESKTOP, EXIT_SITE, PHONE, assert_accessible, new_page, screenshot

DEMO = Path(__file__).resolve().parents[2] / "examples" / "embed" / "index.html"
DEMO_SCRIPT = "http://127.0.0.1:8080/embed.js"
GATEWAY_URL = web.AppKey("gateway_url", str)
PAGE = web.AppKey("page", str)
FRAME = "iframe"


def demo_site(page: str = "") -> web.Application:
    """The demo page, its script pointed at the gateway under test; or another page."""

    async def serve(request):
        body = request.app[PAGE] or DEMO.read_text(encoding="utf-8")
        return web.Response(
            text=body.replace(DEMO_SCRIPT, request.app[GATEWAY_URL] + "/embed.js"),
            content_type="text/html",
        )

    app = web.Application()
    app[PAGE] = page
    app.router.add_get("/", serve)
    return app


@pytest.fixture
async def site(aiohttp_server):
    """The site that embeds the chat; its address is http://localhost:PORT."""
    return await aiohttp_server(demo_site(), access_log=None)


def site_origin(site) -> str:
    return f"http://localhost:{site.port}"


@pytest.fixture
async def gateway(aiohttp_server, settings, scrubber, site):
    """The gateway that allows the site to frame the chat, with the demo's channel code."""
    embedding = load_settings(
        {
            "OUTREACH_DATA_DIR": str(settings.data_dir),
            "OUTREACH_RASA_URLS": ",".join(settings.rasa_urls),
            "OUTREACH_EMBED_ORIGINS": site_origin(site),
            "OUTREACH_CHANNELS": "demo,annonssajt",
        }
    )
    server = await aiohttp_server(create_app(embedding, scrubber=scrubber))
    site.app[GATEWAY_URL] = str(server.make_url("")).rstrip("/")
    return server


def watch_requests(page) -> list:
    seen = []
    page.on("request", lambda request: seen.append(request))
    return seen


async def open_site(browser, site, viewport=PHONE):
    page = await new_page(browser, viewport)
    requests = watch_requests(page)
    await page.goto(site_origin(site) + "/")
    return page, requests


async def open_chat(page):
    await page.get_by_role("button", name="Chatta anonymt").click()
    frame = page.frame_locator(FRAME)
    await expect(frame.get_by_test_id("bot-message").first).to_contain_text("Hej!")
    return frame


async def channel_counts(gateway) -> dict:
    totals = await gateway.app[STATS].totals(today(), today())
    return {key: count for (metric, key), count in totals.items() if metric == CHANNELS}


@pytest.mark.screenshots
async def test_the_button_opens_the_chat_and_the_site_learns_nothing(browser, site, gateway):
    page, requests = await open_site(browser, site, DESKTOP)
    frame = await open_chat(page)
    await frame.get_by_test_id("input").fill("hej, jag undrar en sak")
    await frame.get_by_test_id("input").press("Enter")
    await expect(frame.get_by_test_id("bot-message")).to_have_count(2)
    await screenshot(page, "embed")

    # The site's own script cannot read the chat: another origin.
    readable = await page.evaluate("document.querySelector('iframe').contentDocument !== null")
    assert readable is False
    # Nothing of the visit is kept anywhere: no cookie at either address, nothing in the
    # site's storage, and every request went to the site or the chat, nowhere else.
    assert await page.context.cookies() == []
    assert await page.evaluate("localStorage.length + sessionStorage.length") == 0
    gateway_origin = str(gateway.make_url("")).rstrip("/")
    elsewhere = [
        r.url for r in requests if not r.url.startswith((site_origin(site), gateway_origin))
    ]
    assert elsewhere == []
    # The chat is not told which page it sits on.
    framed = [r for r in requests if r.url.startswith(gateway_origin + "/embed?")]
    assert len(framed) == 1 and "referer" not in await framed[0].all_headers()
    assert page.problems == []
    # The channel code of the embed is counted, and nothing else of where the person came from.
    assert await channel_counts(gateway) == {"demo": 1}


async def test_closing_and_opening_again_keeps_the_conversation(browser, site, gateway):
    page, _ = await open_site(browser, site)
    frame = await open_chat(page)
    await frame.get_by_test_id("input").fill("första frågan")
    await frame.get_by_test_id("input").press("Enter")
    await expect(frame.get_by_test_id("user-message")).to_have_count(1)

    await page.get_by_role("button", name="Stäng chatten").click()
    await expect(page.locator(FRAME)).to_be_hidden()
    launcher = page.get_by_role("button", name="Chatta anonymt")
    await expect(launcher).to_be_focused()
    await expect(launcher).to_have_attribute("aria-expanded", "false")

    await launcher.click()
    await expect(frame.get_by_test_id("user-message")).to_have_count(1)
    await expect(frame.get_by_test_id("user-message")).to_contain_text("första frågan")
    assert await channel_counts(gateway) == {"demo": 1}


# Escape twice, sent by the framed chat's own timer once the greeting is there: no user
# gesture, so the frame may not move the site's page itself and only the site's embed.js can
# (as with a real Esc, which browsers do not count as a gesture). Playwright's own evaluate
# would count as one, so it comes from an init script instead.
ESCAPE_TWICE_LATER = """if (location.pathname === "/embed") {
  const fire = () => {
    if (!document.querySelector("[data-testid=bot-message]")) { setTimeout(fire, 100); return; }
    console.log(`gesture: ${navigator.userActivation.isActive}`);
    for (let i = 0; i < 2; i++)
      document.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape"}));
  };
  setTimeout(fire, 100);
}"""


@pytest.mark.parametrize("how", ["button", "escape twice without a gesture"])
async def test_the_quick_exit_leaves_the_sites_page_not_only_the_frame(
    browser, site, gateway, how
):
    page, _ = await open_site(browser, site)
    if how == "button":
        frame = await open_chat(page)
        await frame.get_by_test_id("quick-exit").click()
    else:
        said = []
        page.on("console", lambda message: said.append(message.text))
        await page.context.add_init_script(ESCAPE_TWICE_LATER)
        await page.get_by_role("button", name="Chatta anonymt").click()
    await page.wait_for_url(EXIT_SITE)
    if how != "button":
        assert said == ["gesture: false"]
    # Replaced, not pushed: "back" does not return to the page with the chat.
    await page.go_back()
    assert not page.url.startswith(site_origin(site))


async def test_the_demo_site_with_the_chat_open_passes_axe(browser, site, gateway):
    page, _ = await open_site(browser, site)
    await assert_accessible(page, "embed, closed")
    await open_chat(page)
    await assert_accessible(page, "embed, open")


async def framed(browser, server, host, src):
    """The frame a page on `server` (reached as `host`) makes of `src`, once it has loaded."""
    server.app[PAGE] = f'<!doctype html><title>x</title><iframe src="{src}"></iframe>'
    page = await new_page(browser)
    await page.goto(f"http://{host}:{server.port}/", wait_until="load")
    frame = page.frames[1]
    for _ in range(50):  # the frame's address is known once its navigation has ended
        if frame.url:
            break
        await asyncio.sleep(0.1)
    return frame


async def test_a_site_not_allowed_cannot_frame_the_chat(aiohttp_server, browser, gateway):
    other = await aiohttp_server(demo_site(), access_log=None)
    other.app[GATEWAY_URL] = str(gateway.make_url("")).rstrip("/")
    frame = await framed(browser, other, "localhost", str(gateway.make_url("/embed")))
    assert frame.url.startswith("chrome-error://")
    assert await channel_counts(gateway) == {}


async def test_the_allowed_site_may_frame_the_embed_only(browser, site, gateway):
    frame = await framed(browser, site, "localhost", str(gateway.make_url("/")))
    assert frame.url.startswith("chrome-error://")
    frame = await framed(browser, site, "localhost", str(gateway.make_url("/embed")))
    await expect(frame.get_by_test_id("bot-message").first).to_contain_text("Hej!")


async def test_the_embed_headers_name_the_allowed_site_only(site, gateway):
    base = gateway.make_url("")
    async with aiohttp.ClientSession() as session:
        async with session.get(base.with_path("/embed")) as response:
            embed_policy = response.headers["Content-Security-Policy"]
        async with session.get(base.with_path("/")) as response:
            page_policy = response.headers["Content-Security-Policy"]
        async with session.get(base.with_path("/embed.js")) as response:
            assert response.status == 200
            assert response.content_type == "text/javascript"
            assert "Set-Cookie" not in response.headers
    assert f"frame-ancestors 'self' {site_origin(site)};" in embed_policy + ";"
    assert "frame-ancestors 'none'" in page_policy


@pytest.mark.parametrize(
    "query, key",
    [("?k=annonssajt", "annonssajt"), ("", NO_CHANNEL), ("?k=okand", OTHER_CHANNEL)],
)
async def test_a_link_with_a_channel_code_is_counted_and_leaves_no_trace(
    browser, gateway, query, key
):
    """A link in an outreach profile: /?k=… counts the code; the address bar drops it."""
    page = await new_page(browser)
    await page.goto(str(gateway.make_url("/")) + query)
    await expect(page.get_by_test_id("bot-message").first).to_contain_text("Hej!")
    assert "k=" not in page.url
    assert await channel_counts(gateway) == {key: 1}
