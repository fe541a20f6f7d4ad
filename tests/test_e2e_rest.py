"""The acceptance routes, through the real servers that `make run` starts.

Starts scripts/serve.sh (the action server, Rasa with the trained model and
the gateway, on free ports), talks to Rasa's REST channel as the gateway does
and to the gateway as the chat page does, and stops everything with Ctrl-C
(SIGINT) as a person would. The action server runs with the tests' failure
hook (actions/logsafe.py): a message carrying FAIL_TOKEN makes the action
raise, with the message and the tracker in the exception, to show that no
process logs them.
"""

import hashlib
import hmac
import json
import re
import signal
import sqlite3
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.stack import port_open, running_stack

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.e2e


FAIL_TOKEN = "fail_on_purpose_4d9k2q"
# Texts no process may ever log (checked again after the servers stopped).
MARKERS: list = []


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    # Unbuffered: a test can read what a server logged a moment ago.
    env = {"OUTREACH_TEST_FAIL_ACTIONS_ON": FAIL_TOKEN, "PYTHONUNBUFFERED": "1"}
    with running_stack(tmp_path_factory.mktemp("serve"), env) as stack:
        yield stack


SENT: list = []


def _post(url: str, body: dict, headers: dict | None = None):
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def say(servers, sender: str, message: str) -> list:
    SENT.append(message)
    return _post(
        f"http://127.0.0.1:{servers['RASA_PORT']}/webhooks/rest/webhook",
        {"sender": sender, "message": message},
    )


def text_of(replies: list) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def new_sender() -> str:
    return uuid.uuid4().hex


def test_an_adult_who_sells_sex_is_sent_to_mika(servers):
    replies = say(servers, new_sender(), "jag är 25 och säljer sex")
    assert "Mikamottagningen (Mika)" in text_of(replies)
    assert "Stödcentrum" not in text_of(replies)


def test_a_buyer_is_sent_to_kast(servers):
    replies = say(servers, new_sender(), "jag har köpt sex och vill sluta")
    assert "KAST – råd och stöd" in text_of(replies)


def test_a_15_year_old_paid_for_sex_is_sent_to_stodcentrum(servers):
    replies = say(servers, new_sender(), "jag är 15 och en gubbe betalar mig för sex")
    text = text_of(replies)
    assert "Stödcentrum för unga brottsutsatta" in text
    assert "inte ditt fel" in text
    assert "116 111" in text  # BRIS, open round the clock
    assert "Mikamottagningen" not in text


def test_sexual_thoughts_about_children_are_sent_to_preventell(servers):
    replies = say(servers, new_sender(), "jag har sexuella tankar om barn och vill ha hjälp")
    text = text_of(replies)
    assert "Preventell" in text
    assert "inte bekräftat" in text  # its phone number is not confirmed


def test_someone_in_danger_gets_112_first_and_an_urgent_handover(servers):
    replies = say(servers, new_sender(), "han står utanför dörren och jag är rädd")
    assert "112" in replies[0]["text"]
    handovers = [r["custom"]["handover"] for r in replies if "handover" in r.get("custom", {})]
    assert handovers and handovers[0]["urgency"] == "acute"


def test_the_age_question_has_buttons_and_a_button_answer_routes(servers):
    sender = new_sender()
    replies = say(servers, sender, "jag säljer sex")
    buttons = [b for r in replies for b in r.get("buttons", [])]
    assert [b["title"] for b in buttons] == ["Under 18", "18 eller äldre"]
    replies = say(servers, sender, buttons[0]["payload"])
    assert "Stödcentrum för unga brottsutsatta" in text_of(replies)
    assert "Mikamottagningen" not in text_of(replies)  # "Under 18" was understood


def test_asking_for_a_human_emits_the_handover_payload(servers):
    replies = say(servers, new_sender(), "jag vill prata med en riktig människa")
    assert {"reason": "user_request", "urgency": "normal"}.items() <= [
        r["custom"]["handover"] for r in replies if "handover" in r.get("custom", {})
    ][0].items()


def test_the_gateway_scrubs_and_routes_a_young_person_to_stodcentrum(servers):
    base = f"http://127.0.0.1:{servers['GATEWAY_PORT']}/api/conversations"
    conversation = _post(base, {})
    auth = {"Authorization": f"Bearer {conversation['token']}"}
    messages = f"{base}/{conversation['conversation_id']}/messages"
    for text in (
        "jag heter Sara och mitt nummer är 070-123 45 67",
        "jag är 15 och en gubbe betalar mig för sex",
    ):
        SENT.append(text)
        reply = _post(messages, {"text": text}, auth)
    assert reply["state"] == "bot"
    assert "Stödcentrum för unga brottsutsatta" in text_of(reply["replies"])
    stored = b"".join(p.read_bytes() for p in servers["data_dir"].rglob("*") if p.is_file())
    assert b"070-123 45 67" not in stored and b"Sara" not in stored


def test_every_button_the_real_bot_offers_passes_the_gateway_as_a_button(servers):
    """The gateway's allow-list (domain + directory) matches what Rasa really sends."""
    from bot.foundation.payloads import Payloads

    allowed = Payloads(ROOT / "domain", ROOT / "data" / "services.yml")
    base = f"http://127.0.0.1:{servers['GATEWAY_PORT']}/api/conversations"

    def start():
        conversation = _post(base, {})
        auth = {"Authorization": f"Bearer {conversation['token']}"}
        return f"{base}/{conversation['conversation_id']}/messages", auth

    def buttons(reply):
        return [b for r in reply["replies"] for b in r.get("buttons", [])]

    seen = []
    for text in ("vad är kast", "jag köper sex och vill sluta"):
        SENT.append(text)
        seen += buttons(_post(*_with(start(), {"text": text})))
    messages, auth = start()
    SENT.append("jag säljer sex")
    offered = buttons(_post(messages, {"text": "jag säljer sex"}, auth))
    seen += offered
    assert len(seen) >= 3 and all(allowed.allowed(b["payload"]) for b in seen), seen
    # The "Under 18" button is answered as the button, not as scrubbed text.
    reply = _post(messages, {"text": offered[0]["payload"]}, auth)
    assert "Stödcentrum för unga brottsutsatta" in text_of(reply["replies"])


def _with(started, body):
    messages, auth = started
    return messages, body, auth


def test_asking_for_a_human_when_nobody_is_on_duty_is_answered_honestly(servers):
    base = f"http://127.0.0.1:{servers['GATEWAY_PORT']}/api/conversations"
    conversation = _post(base, {})
    auth = {"Authorization": f"Bearer {conversation['token']}"}
    text = "jag vill prata med en riktig människa"
    SENT.append(text)
    reply = _post(f"{base}/{conversation['conversation_id']}/messages", {"text": text}, auth)
    assert reply["state"] == "bot"
    assert "Just nu finns ingen uppsökare i tjänst" in text_of(reply["replies"])


def test_deleting_in_the_gateway_deletes_rasas_tracker(servers):
    base = f"http://127.0.0.1:{servers['GATEWAY_PORT']}/api/conversations"
    conversation = _post(base, {})
    auth = {"Authorization": f"Bearer {conversation['token']}"}
    SENT.append("jag köper sex")
    _post(f"{base}/{conversation['conversation_id']}/messages", {"text": "jag köper sex"}, auth)

    key = (servers["data_dir"] / "keys" / "hmac.key").read_bytes().strip()
    sender = hmac.new(key, conversation["conversation_id"].encode(), hashlib.sha256).hexdigest()
    database = servers["data_dir"] / "gateway.db"

    def trackers() -> list:
        with sqlite3.connect(database) as connection:
            return [r[0] for r in connection.execute("SELECT sender_id FROM rasa_trackers")]

    assert sender in trackers()
    request = urllib.request.Request(
        f"{base}/{conversation['conversation_id']}", headers=auth, method="DELETE"
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 204
    assert sender not in trackers()

    # A message Rasa was still answering saves its tracker after the delete.
    say(servers, sender, "jag köper sex")
    assert sender not in trackers()  # the gateway's tombstone keeps it deleted
    with sqlite3.connect(database) as connection:
        tombstones = [r[0] for r in connection.execute("SELECT sender_id FROM deleted_senders")]
    assert sender in tombstones


def _logged(servers, expected: str, timeout_s: float = 20) -> str:
    """The servers' log once it holds `expected` (all three write to it)."""
    deadline = time.monotonic() + timeout_s
    while True:
        log = servers["log"].read_text(errors="replace")
        if expected in log or time.monotonic() > deadline:
            return log
        time.sleep(0.2)


def test_a_failing_action_logs_neither_the_message_nor_the_tracker(servers):
    marker = "markor_sara_storgatan_7x2"
    MARKERS.append(marker)
    say(servers, new_sender(), f"jag heter {marker} och bor där {FAIL_TOKEN}")
    _logged(servers, "Encountered an exception while running action")
    log = _logged(servers, "failed: RuntimeError")
    assert marker not in log and FAIL_TOKEN not in log
    # The action server names the action and the exception's type; Rasa says it failed.
    # Which action runs is the model's choice; that it is named, without the text, is not.
    named = re.search(r"Action (action_\w+) failed: RuntimeError at logsafe\.py", log)
    assert named, log[-2000:]
    assert f"Encountered an exception while running action '{named.group(1)}'" in log


def test_an_unknown_intent_after_a_slash_is_logged_without_its_text(servers):
    MARKERS.append("not_an_intent_marker_xyz")
    say(servers, new_sender(), "/not_an_intent_marker_xyz")
    log = _logged(servers, "A message starting with '/' names no intent")
    assert "A message starting with '/' names no intent" in log
    assert "not_an_intent_marker_xyz" not in log


def test_rasas_http_api_is_off(servers):
    # With --enable-api these would answer; the API can load a model from a request.
    for path in ("/status", "/version", "/conversations/x/tracker"):
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(f"http://127.0.0.1:{servers['RASA_PORT']}{path}", timeout=10)
        assert error.value.code == 404
        error.value.close()


def say_in(servers, sender: str, message: str, language: str) -> list:
    """As the gateway sends it: with the conversation's language in the metadata."""
    SENT.append(message)
    return _post(
        f"http://127.0.0.1:{servers['RASA_PORT']}/webhooks/rest/webhook",
        {"sender": sender, "message": message, "metadata": {"language": language}},
    )


def test_an_english_writer_is_answered_in_english_on_the_real_stack(servers):
    sender = new_sender()
    said = text_of(say_in(servers, sender, "im 15 and an older man pays me for sex", "en"))
    assert "not your fault" in said and "Stödcentrum" in said and "BRIS" in said
    assert "inte ditt fel" not in said
    # The conversation stays English for a short answer with no words to go on.
    # (Not "ok": the log check below would find it inside other words.)
    follow = text_of(say_in(servers, sender, "okay thanks", "en"))
    assert follow and " och " not in follow


def test_a_russian_writer_in_danger_gets_112_first_and_the_russian_card(servers):
    replies = say_in(servers, new_sender(), "он забрал мой паспорт и запер меня, помогите", "ru")
    texts = [r["text"] for r in replies if r.get("text")]
    assert "112" in texts[0]
    assert any(c in "".join(texts) for c in "абвгдежзиклмнопрстуфхцчшщыэюя")
    assert any("handover" in (r.get("custom") or {}) for r in replies)


def test_ctrl_c_stops_all_servers(servers):
    process = servers["process"]
    process.send_signal(signal.SIGINT)
    # Rasa finishes its in-flight work first; on a loaded two-core CI machine that once took
    # over a minute (2026-12-06), so the bound is two.
    process.wait(timeout=120)
    assert not port_open(servers["RASA_PORT"])
    assert not port_open(servers["ACTION_PORT"])
    assert not port_open(servers["GATEWAY_PORT"])
    assert "==> Stopping" in servers["log"].read_text(errors="replace")


def test_nothing_the_person_wrote_is_in_the_logs(servers):
    # Runs last: after every conversation above and after both servers stopped.
    log = servers["log"].read_text(errors="replace")
    assert len(SENT) >= 7 and len(MARKERS) >= 2
    for message in SENT + MARKERS:
        assert message not in log
