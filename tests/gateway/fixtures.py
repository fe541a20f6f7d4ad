"""Fixtures shared by the API and browser tests: a stand-in Rasa and settings."""

import re
import time

import pyotp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.foundation.accounts import Role
from bot.foundation.keys import STAFF
from common.settings import load_settings

DOWN = web.AppKey("down", bool)
# Messages the stand-in answers with the bot's handover payload.
HANDOVERS = {
    "/request_human": {
        "handover": {
            "reason": "user_request",
            "urgency": "normal",
            "need": "selling",
            "age_group": "minor",
        }
    },
    "jag är i fara nu": {
        "handover": {"reason": "acute_danger", "urgency": "acute", "need": None, "age_group": None}
    },
}


@pytest.fixture
def rasa_received():
    return []


@pytest.fixture
async def rasa(aiohttp_server, rasa_received):
    """A stand-in Rasa REST channel that records what it is sent."""

    async def webhook(request):
        body = await request.json()
        rasa_received.append(body)
        if request.app[DOWN]:
            return web.Response(status=500)
        if body["message"] == "jag säljer sex och är 25":  # a referral, with its statistics
            return web.json_response(
                [
                    {"text": "Mikamottagningen (Mika) …"},
                    {"custom": {"stats": {"routes": ["mika"], "age_group": "adult"}}},
                ]
            )
        if body["message"] in HANDOVERS:
            return web.json_response(
                [
                    {"text": "Jag ber en uppsökare att ta över."},
                    {"custom": HANDOVERS[body["message"]]},
                ]
            )
        return web.json_response(
            [
                {"recipient_id": body["sender"], "text": "Hej! Vad vill du prata om?"},
                {
                    "recipient_id": body["sender"],
                    "buttons": [{"title": "Ja", "payload": "/affirm"}],
                },
            ]
        )

    app = web.Application()
    app[DOWN] = False
    app.router.add_post("/webhooks/rest/webhook", webhook)
    # The stand-in is not under test: keep its access log out of the captured logs.
    return await aiohttp_server(app, access_log=None)


@pytest.fixture
def settings(tmp_path, rasa):
    return load_settings(
        {
            "OUTREACH_DATA_DIR": str(tmp_path / "var"),
            "OUTREACH_RASA_URLS": str(rasa.make_url("")).rstrip("/"),
            "OUTREACH_RATE_LIMIT_PER_MINUTE": "5",
        }
    )


@pytest.fixture
async def gateway(aiohttp_server, settings, scrubber):
    """The real gateway on a real port, with the stand-in Rasa. Staff tests override it."""
    return await aiohttp_server(create_app(settings, scrubber=scrubber))


OPEN_ALL_WEEK = "timezone: Europe/Stockholm\nclosed_on_holidays: false\nhours:\n" + "".join(
    f"  {day}: '00:00-24:00'\n"
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
PASSWORD = "ett långt lösenord"


@pytest.fixture
async def staff_app(tmp_path, settings, scrubber):
    """The gateway, open all week, with two workers: anna and bo."""
    hours = tmp_path / "hours.yml"
    hours.write_text(OPEN_ALL_WEEK, encoding="utf-8")
    open_settings = load_settings(
        {
            "OUTREACH_DATA_DIR": str(settings.data_dir),
            "OUTREACH_RASA_URLS": ",".join(settings.rasa_urls),
            "OUTREACH_CHAT_HOURS_FILE": str(hours),
        }
    )
    server = TestServer(create_app(open_settings, scrubber=scrubber))
    await server.start_server()
    await server.app[STAFF].add("anna", PASSWORD)
    await server.app[STAFF].add("bo", PASSWORD)
    yield server
    await server.close()


# Admins must have TOTP: their secrets by name, as an authenticator app holds them.
ADMIN_SECRETS: dict = {}
_LAST_STEP: dict = {}


async def add_admin(server, name):
    """An admin account (with TOTP, which admins must have); `totp_code` logs it in."""
    uri = await server.app[STAFF].add(name, PASSWORD, Role.ADMIN, totp=True)
    ADMIN_SECRETS[name] = pyotp.parse_uri(uri).secret
    _LAST_STEP.pop(name, None)


def totp_code(name):
    """The admin's code for a step not used yet (each code works once), or "" for a worker."""
    if name not in ADMIN_SECRETS:
        return ""
    totp = pyotp.TOTP(ADMIN_SECRETS[name])
    now = int(time.time()) // totp.interval
    step = max(now, _LAST_STEP.get(name, now - 1) + 1)
    assert step <= now + 1, "more than two logins as one admin within 30 s"
    _LAST_STEP[name] = step
    return totp.generate_otp(step)


async def staff_client(server, name):
    """A logged-in worker (or admin) with their own cookie jar, and their CSRF header."""
    client = TestClient(server)
    await client.start_server()
    page = await client.get("/staff/")
    csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
    await client.post(
        "/staff/login",
        data={"name": name, "password": PASSWORD, "csrf": csrf, "code": totp_code(name)},
    )
    token = (await (await client.get("/staff/api/me")).json())["csrf_token"]
    return client, {"X-CSRF-Token": token}
