"""Two gateways on one PostgreSQL and one Redis, behind nginx with TLS.

The whole service runs as `GATEWAY_PORTS=A,B make run` starts it (scripts/
serve.sh: the action server, Rasa with the trained model, two gateways), on a
real PostgreSQL and a real Redis started by the tests, with Debian's nginx in
front as docker/nginx.conf puts it in compose. Any gateway serves any request
and any live channel: a conversation moves between them, a worker on one
talks live with a person on the other, killing either one mid-conversation
loses nothing, and the rate and login limits count over both.
"""

import asyncio
import re
import uuid

import aiohttp
import pytest
import sqlalchemy as sa
from playwright.async_api import async_playwright, expect

from tests.gateway.browser import CHROMIUM, CHROMIUM_ARGS
from tests.gateway.fixtures import OPEN_ALL_WEEK, PASSWORD
from tests.gateway.proxy import tls_proxy
from tests.stack import add_staff, kill_server, running_stack, wait_until_up

pytestmark = pytest.mark.e2e
RATE_LIMIT = 8  # messages per conversation and minute, over both gateways


@pytest.fixture(scope="module")
def service(tmp_path_factory, postgres, redis_url):
    name = "gateways_" + uuid.uuid4().hex[:8]
    admin = sa.create_engine(postgres, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    work = tmp_path_factory.mktemp("gateways")
    hours = work / "hours.yml"
    hours.write_text(OPEN_ALL_WEEK, encoding="utf-8")
    env = {
        "OUTREACH_DATABASE_URL": postgres.rsplit("/", 1)[0] + "/" + name,
        "OUTREACH_REDIS_URL": redis_url,
        "OUTREACH_CHAT_HOURS_FILE": str(hours),
        "OUTREACH_RATE_LIMIT_PER_MINUTE": str(RATE_LIMIT),
        "OUTREACH_TRUST_FORWARDED_PROTO": "true",
    }
    with running_stack(work, env, gateways=2) as stack:
        for worker in ("anna", "bo"):
            created = add_staff(stack["env"], worker, password=PASSWORD)
            assert created.returncode == 0, created.stderr
        with tls_proxy(stack["GATEWAY_PORTS"]) as proxy:
            stack["proxy"] = proxy
            yield stack


def gateway_url(service, index):
    return f"http://127.0.0.1:{service['GATEWAY_PORTS'][index]}"


async def say(session, base, conversation, text):
    return await session.post(
        f"{base}/api/conversations/{conversation['conversation_id']}/messages",
        json={"text": text},
        headers={"Authorization": f"Bearer {conversation['token']}"},
    )


def texts(body):
    return "\n".join(reply.get("text", "") for reply in body["replies"])


async def test_a_conversation_started_on_one_gateway_continues_on_the_other(service):
    first, second = gateway_url(service, 0), gateway_url(service, 1)
    async with aiohttp.ClientSession() as session:
        conversation = await (await session.post(f"{first}/api/conversations")).json()
        asked = await (await say(session, second, conversation, "jag säljer sex")).json()
        assert "18" in texts(asked)  # the age question, from the other gateway
        routed = texts(await (await say(session, first, conversation, "jag är 16")).json())
        assert "Stödcentrum för unga brottsutsatta" in routed and "Mikamottagningen" not in routed


async def log_in(page, base, name):
    await page.goto(f"{base}/staff/")
    await page.get_by_label("Användarnamn", exact=True).fill(name)
    await page.get_by_label("Lösenord", exact=True).fill(PASSWORD)
    await page.get_by_role("button", name="Logga in").click()
    await page.get_by_test_id("duty").check()
    await expect(page.get_by_test_id("duty-hint")).to_be_hidden()


async def ask_for_a_human(person, base):
    await person.goto(f"{base}/")
    bot = person.get_by_test_id("bot-message")
    await expect(bot.first).to_be_visible()
    await person.get_by_test_id("input").fill("kan jag prata med en riktig människa")
    await person.get_by_test_id("input").press("Enter")
    await expect(bot.last).to_contain_text("nummer 1 i kön")


async def talk(worker, person, worker_text, person_text):
    """One line each way, live; the lines arrive without a reload."""
    await worker.get_by_test_id("worker-input").fill(worker_text)
    await worker.get_by_test_id("worker-input").press("Enter")
    await expect(person.get_by_test_id("worker-message").last).to_contain_text(worker_text)
    await person.get_by_test_id("input").fill(person_text)
    await person.get_by_test_id("input").press("Enter")
    await expect(worker.get_by_test_id("line-user").last).to_contain_text(person_text)


async def test_a_worker_on_one_gateway_takes_a_person_queued_through_the_other(service):
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        worker = await (await browser.new_context()).new_page()
        person = await (await browser.new_context()).new_page()
        await log_in(worker, gateway_url(service, 1), "anna")
        await ask_for_a_human(person, gateway_url(service, 0))

        item = worker.get_by_test_id("queue-item")
        await expect(item).to_have_count(1)  # the board came over Redis, no reload
        await item.get_by_test_id("take").click()
        await expect(person.get_by_role("status")).to_contain_text("Du pratar nu med en uppsökare")
        await talk(worker, person, "Hej, jag finns här nu.", "tack för att du svarar")
        await worker.get_by_test_id("hand-back").click()
        await expect(person.get_by_test_id("bot-message").last).to_contain_text(
            "Nu svarar chattboten igen"
        )
        await browser.close()


def kill_gateway(service, port):
    """SIGKILL one gateway; serve.sh starts it again. Returns once it answers."""
    kill_server(service["log"], f"The gateway on port {port}")
    wait_until_up(f"http://127.0.0.1:{port}/healthz")


async def test_killing_either_gateway_loses_nothing_and_the_pages_reconnect(service):
    proxy = service["proxy"]
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        contexts = [await browser.new_context(ignore_https_errors=True) for _ in range(2)]
        worker, person = [await context.new_page() for context in contexts]
        await log_in(worker, proxy, "bo")
        await ask_for_a_human(person, proxy)
        await worker.get_by_test_id("queue-item").get_by_test_id("take").click()
        await expect(person.get_by_role("status")).to_contain_text("Du pratar nu med en uppsökare")
        await talk(worker, person, "Hej, jag är uppsökare här.", "hej hej")

        for round_, port in enumerate(service["GATEWAY_PORTS"], start=1):
            await asyncio.get_running_loop().run_in_executor(None, kill_gateway, service, port)
            # Both pages find their live channel again, through nginx, on whichever gateway.
            await expect(person.get_by_test_id("connection")).to_have_text("", timeout=60_000)
            await expect(worker.get_by_test_id("connection")).to_be_hidden(timeout=60_000)
            await talk(worker, person, f"Är du kvar? ({round_})", f"ja jag är kvar {round_}")

        # Nothing was lost: every line of both sides is in the worker's transcript.
        lines = await worker.get_by_test_id("line-user").all_inner_texts()
        for said in ("hej hej", "ja jag är kvar 1", "ja jag är kvar 2"):
            assert any(said in line for line in lines), lines
        assert await person.get_by_test_id("worker-message").count() == 3
        await browser.close()


async def test_the_rate_limit_counts_over_both_gateways(service):
    urls = [gateway_url(service, 0), gateway_url(service, 1)]
    async with aiohttp.ClientSession() as session:
        conversation = await (await session.post(f"{urls[0]}/api/conversations")).json()
        for i in range(RATE_LIMIT):
            answered = await say(session, urls[i % 2], conversation, f"hej {i}")
            assert answered.status == 200
        over = await say(session, urls[RATE_LIMIT % 2], conversation, "hej igen")
        assert over.status == 429  # each gateway alone would have allowed twice as many
        assert "meddelanden" in (await over.json())["error"]["message"]


async def test_the_login_limit_counts_over_both_gateways(service):
    urls = [gateway_url(service, 0), gateway_url(service, 1)]
    statuses = []
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        for i in range(6):  # five wrong passwords, then the right one
            base = urls[i % 2]
            page = await (await session.get(f"{base}/staff/")).text()
            csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
            password = PASSWORD if i == 5 else "fel-lösenord"
            response = await session.post(
                f"{base}/staff/login",
                data={"name": "anna", "password": password, "csrf": csrf},
                allow_redirects=False,
            )
            statuses.append(response.status)
    assert statuses == [401, 401, 401, 401, 401, 429]  # locked out on both gateways
