"""A worker goes on duty, takes a queued conversation, talks, and hands back."""

from aiohttp.test_utils import TestClient

from bot.foundation.keys import STAFF
from tests.gateway.fixtures import staff_client


async def test_take_talk_and_hand_back(staff_app, rasa_received):
    app = staff_app
    user = TestClient(app)
    await user.start_server()
    anna, anna_csrf = await staff_client(app, "anna")
    bo, bo_csrf = await staff_client(app, "bo")
    try:
        assert (await anna.post("/staff/api/duty", json={"on_duty": True})).status == 403  # no CSRF
        await anna.post("/staff/api/duty", json={"on_duty": True}, headers=anna_csrf)

        body = await (await user.post("/api/conversations")).json()
        cid, auth = body["conversation_id"], {"Authorization": f"Bearer {body['token']}"}
        messages = f"/api/conversations/{cid}/messages"
        reply = await (
            await user.post(messages, json={"text": "/request_human"}, headers=auth)
        ).json()
        assert reply["state"] == "queued"

        queue = await (await anna.get("/staff/api/queue")).json()
        assert [w["conversation_id"] for w in queue["waiting"]] == [cid]
        base = f"/staff/api/conversations/{cid}"
        assert (await anna.get(f"{base}/transcript")).status == 403  # not hers yet

        async with user.ws_connect(f"/api/conversations/{cid}/ws") as live:
            await live.send_json({"token": body["token"]})
            assert (await live.receive_json())["state"] == "queued"

            assert (await (await anna.post(f"{base}/take", headers=anna_csrf)).json()) == {
                "state": "human"
            }
            pushed = [await live.receive_json() for _ in range(2)]
            assert {"type": "state", "state": "human"} in pushed  # after a queue-place update
            assert (await bo.post(f"{base}/take", headers=bo_csrf)).status == 409

            # The person writes: stored for Anna, not sent to the bot.
            sent = len(rasa_received)
            silent = await user.post(messages, json={"text": "jag heter Sara"}, headers=auth)
            assert (await silent.json()) == {"state": "human", "replies": [], "language": "sv"}
            assert len(rasa_received) == sent
            lines = (await (await anna.get(f"{base}/transcript")).json())["lines"]
            assert lines[-1] == {"sender": "user", "text": "jag heter <NAMN>"}
            assert (await bo.get(f"{base}/transcript")).status == 403

            hello = "Hej! Jag finns här nu."
            posted = await anna.post(f"{base}/messages", json={"text": hello}, headers=anna_csrf)
            assert (await posted.json()) == {"sent": True, "text": hello}  # nothing to scrub
            assert (await live.receive_json()) == {"type": "worker", "text": hello, "n": 1}

            await anna.post(f"{base}/hand_back", headers=anna_csrf)
            assert (await live.receive_json()) == {"type": "state", "state": "bot"}

        again = await (await user.post(messages, json={"text": "hej"}, headers=auth)).json()
        assert again["state"] == "bot" and again["replies"]
        actions = [a for _, a, c in await app.app[STAFF].audit_log() if a != "login"]
        assert actions == ["duty_on", "take", "hand_back"]
    finally:
        for client in (user, anna, bo):
            await client.close()


async def test_the_worker_sees_which_language_the_person_writes(staff_app):
    app = staff_app
    user = TestClient(app)
    await user.start_server()
    anna, anna_csrf = await staff_client(app, "anna")
    try:
        await anna.post("/staff/api/duty", json={"on_duty": True}, headers=anna_csrf)
        body = await (await user.post("/api/conversations")).json()
        cid, auth = body["conversation_id"], {"Authorization": f"Bearer {body['token']}"}
        messages = f"/api/conversations/{cid}/messages"
        await user.put(f"/api/conversations/{cid}/language", json={"language": "ru"}, headers=auth)
        await user.post(messages, json={"text": "/request_human"}, headers=auth)

        (waiting,) = (await (await anna.get("/staff/api/queue")).json())["waiting"]
        assert (waiting["language"], waiting["language_name"]) == ("ru", "ryska")
        base = f"/staff/api/conversations/{cid}"
        await anna.post(f"{base}/take", headers=anna_csrf)
        transcript = await (await anna.get(f"{base}/transcript")).json()
        assert (transcript["language"], transcript["language_name"]) == ("ru", "ryska")
    finally:
        for client in (user, anna):
            await client.close()
