"""A worker takes over from the real bot, in two real browsers; an admin's edit reaches the bot.

The whole service runs as `make run` starts it (scripts/serve.sh: the action
server, Rasa with the trained model, the gateway), with the chat open all
week. The staff account is made with the README's command. Then, in
Debian's Chromium: a person asks the bot for a human, a worker logs in,
sees them in the queue, takes over; they write to each other; the bot says
nothing meanwhile; the worker hands back and the bot answers again.
"""

import re
import shutil

import aiohttp
import pyotp
import pytest
from playwright.async_api import async_playwright, expect

from tests.gateway.browser import CHROMIUM, CHROMIUM_ARGS
from tests.gateway.fixtures import OPEN_ALL_WEEK, PASSWORD
from tests.gateway.test_admin_directory import edit_preventell
from tests.stack import ROOT, add_staff, running_stack

pytestmark = pytest.mark.e2e
SECRETS = {}  # the admin's TOTP secret, as an authenticator app would hold it


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    work = tmp_path_factory.mktemp("takeover")
    hours = work / "hours.yml"
    hours.write_text(OPEN_ALL_WEEK, encoding="utf-8")
    directory = work / "services.yml"  # the admin edits a copy, never the repository's
    shutil.copy(ROOT / "data" / "services.yml", directory)
    env = {"OUTREACH_CHAT_HOURS_FILE": str(hours), "OUTREACH_DIRECTORY_FILE": str(directory)}
    with running_stack(work, env) as stack:
        for account in (["anna"], ["ada", "--role", "admin", "--totp"]):
            created = add_staff(stack["env"], *account, password=PASSWORD)
            assert created.returncode == 0, created.stderr
            uri = re.search(r"otpauth://\S+", created.stdout)  # admins must have TOTP
            if uri:
                SECRETS[account[0]] = pyotp.parse_uri(uri.group(0)).secret
        yield f"http://127.0.0.1:{stack['GATEWAY_PORT']}"


async def test_a_worker_takes_over_from_the_bot_and_hands_back(service):
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        worker = await (await browser.new_context()).new_page()
        person = await (await browser.new_context()).new_page()

        await worker.goto(f"{service}/staff/")
        await worker.get_by_label("Användarnamn", exact=True).fill("anna")
        await worker.get_by_label("Lösenord", exact=True).fill(PASSWORD)
        await worker.get_by_role("button", name="Logga in").click()
        await worker.get_by_test_id("duty").check()
        await expect(worker.get_by_test_id("duty-hint")).to_be_hidden()

        await person.goto(f"{service}/")
        bot = person.get_by_test_id("bot-message")
        await expect(bot.first).to_be_visible()
        await person.get_by_test_id("input").fill("kan jag prata med en riktig människa")
        await person.get_by_test_id("input").press("Enter")
        await expect(bot.last).to_contain_text("nummer 1 i kön")

        item = worker.get_by_test_id("queue-item")
        await expect(item).to_have_count(1)  # arrived live, no reload
        await item.get_by_test_id("take").click()
        await expect(person.get_by_role("status")).to_contain_text("Du pratar nu med en uppsökare")
        bot_messages_before = await bot.count()

        await person.get_by_test_id("input").fill("jag heter Sara, mitt nummer är 070-123 45 67")
        await person.get_by_test_id("input").press("Enter")
        line = worker.get_by_test_id("line-user").last
        await expect(line).to_contain_text("jag heter <NAMN>, mitt nummer är <TELEFONNUMMER>")

        await worker.get_by_test_id("worker-input").fill(
            "Hej, jag finns här nu. Vad vill du prata om?"
        )
        await worker.get_by_test_id("worker-input").press("Enter")
        await expect(person.get_by_test_id("worker-message")).to_contain_text("jag finns här nu")
        assert await bot.count() == bot_messages_before  # the bot stayed silent

        await worker.get_by_test_id("hand-back").click()
        await expect(bot.last).to_contain_text("Nu svarar chattboten igen")
        await person.get_by_test_id("input").fill("jag är 25 och säljer sex")
        await person.get_by_test_id("input").press("Enter")
        # The real bot answers again, and routes as always.
        await expect(bot.filter(has_text="Mikamottagningen (Mika)")).to_have_count(1)
        await browser.close()


async def test_an_admins_new_hours_are_in_the_bots_next_referral(service):
    jar = aiohttp.CookieJar(unsafe=True)  # cookies from 127.0.0.1
    async with aiohttp.ClientSession(base_url=service, cookie_jar=jar) as admin:
        login = await (await admin.get("/staff/")).text()
        csrf = re.search(r'name="csrf" value="([^"]+)"', login).group(1)
        code = pyotp.TOTP(SECRETS["ada"]).now()
        await admin.post(
            "/staff/login",
            data={"name": "ada", "password": PASSWORD, "csrf": csrf, "code": code},
        )
        saved = await edit_preventell(
            admin, c0_hours_value="mån–fre 10–14", c0_hours_source="Preventells webbplats"
        )
        assert saved.status == 303

    async with aiohttp.ClientSession(base_url=service) as person:
        new = await (await person.post("/api/conversations")).json()
        reply = await person.post(
            f"/api/conversations/{new['conversation_id']}/messages",
            json={"text": "jag har sexuella tankar om barn och vill ha hjälp"},
            headers={"Authorization": f"Bearer {new['token']}"},
        )
        texts = "\n".join(r.get("text", "") for r in (await reply.json())["replies"])
    assert "Preventell" in texts and "mån–fre 10–14" in texts  # no restart in between
