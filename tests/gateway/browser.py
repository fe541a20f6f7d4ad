"""What every browser test shares: Debian's Chromium, a page that records
problems, axe-core's WCAG check, and the README's screenshots.

Playwright's own browser download fails on this network, so every test
launches /usr/bin/chromium with the arguments below. The `browser` fixture in
conftest.py launches it once per test.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import AsyncIterator, Optional

from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Browser, Page, async_playwright

CHROMIUM = "/usr/bin/chromium"
# Without these, Chromium tries to reach Google's services on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
# Where the quick exit goes; answered locally, as there is no internet here.
EXIT_SITE = "https://www.google.se/"

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = ("serious", "critical")
_AXE = Axe()
# With OUTREACH_SCREENSHOTS set to a directory (`make screenshots`), `screenshot()` writes the
# README's pictures there; with OUTREACH_AXE_REPORT set to a file, every axe finding is kept.
SCREENSHOTS_ENV = "OUTREACH_SCREENSHOTS"
AXE_REPORT_ENV = "OUTREACH_AXE_REPORT"


@contextlib.asynccontextmanager
async def launched() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            await browser.close()


async def answer_exit_site(context) -> None:
    await context.route(EXIT_SITE + "**", lambda route: route.fulfill(body="<title>Google</title>"))


async def new_page(browser: Browser, viewport: Optional[dict] = PHONE) -> Page:
    """A page in its own context that records script errors, console errors and failed
    requests in `page.problems`; the quick exit's site is answered locally."""
    context = await browser.new_context(viewport=viewport, reduced_motion="reduce")
    await answer_exit_site(context)
    page = await context.new_page()
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(f"script error: {error}"))
    page.on(
        "console",
        lambda message: message.type == "error"
        and page.problems.append(f"console error: {message.text}"),
    )
    page.on(
        "requestfailed",
        lambda request: page.problems.append(f"request failed: {request.url} {request.failure}"),
    )
    page.on(
        "response",
        lambda response: response.status >= 400
        and page.problems.append(f"HTTP {response.status}: {response.url}"),
    )
    return page


def _record(name: str, violations: list) -> None:
    path = os.environ.get(AXE_REPORT_ENV)
    if not path:
        return
    try:
        with open(path, encoding="utf-8") as stream:
            earlier = json.load(stream)
    except (OSError, ValueError):
        earlier = {}
    earlier[name] = [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in violations
    ]
    with open(path, "w", encoding="utf-8") as stream:
        json.dump(earlier, stream, ensure_ascii=False, indent=1)


async def assert_accessible(page: Page, name: str) -> list:
    """axe-core's WCAG 2.1 A/AA rules: nothing serious or critical. Returns every finding."""
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
    results = await _AXE.run(page, options=options)
    violations = results.response["violations"]
    _record(name, violations)
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert blocking == [], f"{name}:\n{results.generate_report()}"
    return violations


async def screenshot(page: Page, name: str, **options) -> Optional[Path]:
    """Keep a picture for the README when `make screenshots` asks for them."""
    directory = os.environ.get(SCREENSHOTS_ENV)
    if not directory:
        return None
    path = Path(directory) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=path, **options)
    return path
