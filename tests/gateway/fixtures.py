"""Fixtures shared by the API and browser tests: a stand-in Rasa and settings."""

import pytest
from aiohttp import web

from bot.gateway.settings import load_settings

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
    "/acute_danger": {
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
