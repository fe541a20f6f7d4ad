"""Two Rasa replicas on PostgreSQL and Redis, and kill -9 of every server.

The stack runs as in production (scripts/serve.sh with RASA_PORTS and
OUTREACH_REDIS_URL; the database a real PostgreSQL, Redis real too, both
started by the tests). One conversation alternates between the replicas and
stays consistent; then each server is killed with SIGKILL mid-conversation,
serve.sh starts it again, and the conversation continues with every event
Rasa had stored still there, in order.
"""

import hashlib
import hmac
import json
import os
import urllib.error
import urllib.request
import uuid

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain

from engine.tracker_store import EncryptedTrackerStore, engine_url
from tests.stack import kill_server, running_stack, wait_until_up

pytestmark = pytest.mark.e2e



@pytest.fixture(scope="module")
def stack(tmp_path_factory, postgres, redis_url):
    name = "scale_" + uuid.uuid4().hex[:8]
    admin = sa.create_engine(engine_url(postgres), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    env = {
        "OUTREACH_DATABASE_URL": postgres.rsplit("/", 1)[0] + "/" + name,
        "OUTREACH_REDIS_URL": redis_url,
        "OUTREACH_RATE_LIMIT_PER_MINUTE": "1000",
    }
    with running_stack(tmp_path_factory.mktemp("scale"), env, rasa_replicas=2) as running:
        yield running


def _post(url, body, headers=None):
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _texts(replies):
    return "\n".join(r.get("text", "") for r in replies)


def _to_replica(port, sender, message):
    return _post(
        f"http://127.0.0.1:{port}/webhooks/rest/webhook", {"sender": sender, "message": message}
    )


class Person:
    """Someone on the chat page: the gateway's API with their token."""

    def __init__(self, stack):
        self.base = f"http://127.0.0.1:{stack['GATEWAY_PORT']}/api/conversations"
        new = _post(self.base, {})
        self.id, self.auth = new["conversation_id"], {"Authorization": f"Bearer {new['token']}"}
        key = (stack["data_dir"] / "keys" / "hmac.key").read_bytes().strip()
        self.sender = hmac.new(key, self.id.encode(), hashlib.sha256).hexdigest()

    def say(self, text):
        return _post(f"{self.base}/{self.id}/messages", {"text": text}, self.auth)

    def status_of(self, text):
        try:
            self.say(text)
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())
        return 200, None


async def _events(stack, sender):
    """Rasa's stored events for a conversation, read as Rasa reads them."""
    saved = dict(os.environ)
    os.environ.update({k: v for k, v in stack["env"].items() if k.startswith("OUTREACH_")})
    try:
        store = EncryptedTrackerStore(Domain.empty())
        tracker = await store.retrieve_full_tracker(sender)
        store.engine.dispose()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return [event.as_dict() for event in tracker.events]


def test_one_conversation_alternates_between_replicas(stack):
    first, second = stack["RASA_PORTS"]
    sender = uuid.uuid4().hex
    asked = _to_replica(first, sender, "jag säljer sex")
    assert "Under 18" in json.dumps(asked, ensure_ascii=False)  # the age question
    routed = _texts(_to_replica(second, sender, "jag är 16"))  # the other replica answers
    assert "Stödcentrum för unga brottsutsatta" in routed and "Mikamottagningen" not in routed
    again = _texts(_to_replica(first, sender, "vad gör kast"))
    assert "KAST" in again


async def test_kill_9_of_any_server_loses_nothing(stack):
    rasa_ports = stack["RASA_PORTS"]
    person = Person(stack)
    assert "Under 18" in json.dumps(person.say("jag säljer sex"), ensure_ascii=False)
    before = await _events(stack, person.sender)

    # One replica dies mid-conversation: the other one answers, in context.
    kill_server(stack["log"], f"Rasa on port {rasa_ports[0]}")
    routed = _texts(person.say("jag är 16")["replies"])
    assert "Stödcentrum för unga brottsutsatta" in routed

    # Both die: a clear Swedish answer, then the conversation goes on after the restart.
    for port in rasa_ports:
        wait_until_up(f"http://127.0.0.1:{port}/")
    for port in rasa_ports:
        kill_server(stack["log"], f"Rasa on port {port}")
    status, body = person.status_of("hej")
    assert status == 503 and "112" in body["error"]["message"]
    for port in rasa_ports:
        wait_until_up(f"http://127.0.0.1:{port}/")
    assert "KAST" in _texts(person.say("vad gör kast")["replies"])

    # The action server and the gateway die in turn; each comes back.
    kill_server(stack["log"], "The action server")
    wait_until_up(f"http://127.0.0.1:{stack['ACTION_PORT']}/health")
    assert "Mikamottagningen" in _texts(person.say("vad är mika")["replies"])
    kill_server(stack["log"], f"The gateway on port {stack['GATEWAY_PORT']}")
    wait_until_up(f"http://127.0.0.1:{stack['GATEWAY_PORT']}/healthz")
    assert person.say("tack")["replies"]  # the same token still opens the conversation

    after = await _events(stack, person.sender)
    assert after[: len(before)] == before  # zero lost events, in order
    intents = [e["parse_data"]["intent"]["name"] for e in after if e["event"] == "user"]
    assert len(intents) >= 5
