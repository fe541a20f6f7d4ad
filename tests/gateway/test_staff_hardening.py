"""Issue 11 on the staff side: logins cannot stall the service, a worker's words are
scrubbed like the person's, and input that cannot be read gets a 4xx, never a 500."""

import asyncio
import json
import re
import threading

import pytest
from aiohttp.test_utils import TestClient

from bot.app import create_app
from bot.foundation import accounts, passwords
from bot.foundation.keys import STAFF
from bot.staff import web as staff_web
from bot.staff.web import LOGIN_CSRF_COOKIE, SESSION_COOKIE
from tests.gateway.fixtures import PASSWORD, staff_client

WRONG = "fel lösenord här"


@pytest.fixture
async def client(aiohttp_client, settings, scrubber):
    client = await aiohttp_client(create_app(settings, scrubber=scrubber))
    await client.server.app[STAFF].add("anna", PASSWORD)
    return client


async def login_csrf(client):
    page = await client.get("/staff/")
    return re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)


def post_login(client, csrf, name, password=WRONG):
    return client.post(
        "/staff/login",
        data={"name": name, "password": password, "csrf": csrf},
        allow_redirects=False,
    )


async def try_login(client, name, password=WRONG):
    """One login from a fresh login page (each answer sets a new login CSRF cookie)."""
    return await post_login(client, await login_csrf(client), name, password)


# --- Logins cannot stall the service -------------------------------------------------------


async def test_healthz_answers_while_ten_logins_are_hashing(client, monkeypatch):
    release, lock = threading.Event(), threading.Lock()
    inside, most = [0], [0]
    verify = passwords.verify_password

    def slow_verify(password, stored):
        """A slow CPU: each verification is held until the test lets go."""
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        try:
            release.wait(timeout=2)
            return verify(password, stored)
        finally:
            with lock:
                inside[0] -= 1

    monkeypatch.setattr(passwords, "verify_password", slow_verify)
    monkeypatch.setattr(accounts, "verify_password", slow_verify, raising=False)
    csrf = await login_csrf(client)
    logins = [asyncio.create_task(post_login(client, csrf, f"namn{i}")) for i in range(10)]
    for _ in range(300):
        if inside[0]:
            break
        await asyncio.sleep(0.01)
    health = await client.get("/healthz")
    hashing_meanwhile, logins_done_meanwhile = inside[0], sum(t.done() for t in logins)
    release.set()
    answers = await asyncio.gather(*logins)
    assert health.status == 200
    # /healthz came back while verifications were still running and before any login did.
    assert hashing_meanwhile >= 1 and logins_done_meanwhile == 0
    assert [a.status for a in answers] == [401] * 10
    assert most[0] <= passwords.HASHING_SLOTS


async def test_a_login_flood_gets_429_before_any_hashing(
    aiohttp_client, settings, scrubber, monkeypatch, scrypt_runs
):
    monkeypatch.setattr(staff_web, "LOGIN_BUDGET_PER_MINUTE", 3)
    client = await aiohttp_client(create_app(settings, scrubber=scrubber))
    scrypt_runs.clear()
    answers = [await try_login(client, f"namn{i}") for i in range(5)]
    assert [a.status for a in answers] == [401, 401, 401, 429, 429]
    assert "Många försöker logga in just nu" in await answers[-1].text()
    assert len(scrypt_runs) == 3  # one per login let through, none for the refused


async def test_unknown_and_known_names_cost_the_same_over_http(client, scrypt_runs):
    costs = []
    for name in ("ingen", "anna"):
        scrypt_runs.clear()
        assert (await try_login(client, name)).status == 401
        costs.append(len(scrypt_runs))
    assert costs == [1, 1]


async def test_names_are_counted_in_bounded_memory(monkeypatch):
    monkeypatch.setattr(staff_web, "NAME_BUCKETS_HEX", 1)  # 16 buckets
    limiter = staff_web.LoginLimiter(budget_per_minute=1000, max_failures=5, window_s=60)
    for i in range(200):
        await limiter.attempt(f"namn{i}")
    assert len(limiter._limiter.storage.events) <= 16  # the old dict kept all 200 names
    for _ in range(5):
        await limiter.attempt("anna")
    assert await limiter.blocked("anna")
    await limiter.succeeded("anna")
    assert not await limiter.blocked("anna")


# --- A worker's words are scrubbed ---------------------------------------------------------


async def test_what_a_worker_writes_is_scrubbed_before_it_is_stored_or_sent(staff_app):
    user = TestClient(staff_app)
    await user.start_server()
    anna, csrf = await staff_client(staff_app, "anna")
    try:
        await anna.post("/staff/api/duty", json={"on_duty": True}, headers=csrf)
        body = await (await user.post("/api/conversations")).json()
        cid, auth = body["conversation_id"], {"Authorization": f"Bearer {body['token']}"}
        messages = f"/api/conversations/{cid}/messages"
        await user.post(messages, json={"text": "/request_human"}, headers=auth)
        base = f"/staff/api/conversations/{cid}"
        assert (await anna.post(f"{base}/take", headers=csrf)).status == 200
        text = (
            "Ring mig på 070-123 45 67 eller mejla sara.svensson@example.se. "
            "Preventell har 020-66 77 88."
        )
        async with user.ws_connect(f"/api/conversations/{cid}/ws") as live:
            await live.send_json({"token": body["token"]})
            posted = await anna.post(f"{base}/messages", json={"text": text}, headers=csrf)
            assert posted.status == 200
            pushed = await live.receive_json()
            while pushed["type"] != "worker":
                pushed = await live.receive_json()
        lines = (await (await anna.get(f"{base}/transcript")).json())["lines"]
        assert lines[-1]["sender"] == "worker"
        for seen in (pushed["text"], lines[-1]["text"]):
            assert "070-123 45 67" not in seen and "sara.svensson" not in seen, seen
            assert "020-66 77 88" in seen  # the directory's own numbers stay
        assert (await posted.json())["text"] == pushed["text"]  # the console shows what went
        # A lone surrogate cannot be stored: refused in Swedish, not a 500.
        surrogate = await anna.post(
            f"{base}/messages",
            data=b'{"text": "hej \\ud800"}',
            headers={**csrf, "Content-Type": "application/json"},
        )
        assert surrogate.status == 422
        assert "tecken" in (await surrogate.json())["error"]["message"]
    finally:
        for each in (user, anna):
            await each.close()


# --- Input that cannot be read: a 4xx, never a 500 -----------------------------------------


async def raw(client, method, path, headers, body=b""):
    """One request written byte for byte: the client library will not send non-ASCII headers."""
    reader, writer = await asyncio.open_connection(client.host, client.port)
    head = f"{method} {path} HTTP/1.1\r\nHost: {client.host}\r\n".encode()
    for key, value in headers.items():
        head += key.encode() + b": " + value + b"\r\n"
    head += b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
    writer.write(head + body)
    response = await reader.read()
    writer.close()
    await writer.wait_closed()
    top, _, content = response.partition(b"\r\n\r\n")
    status = int(top.split(b" ", 2)[1])
    content_type = re.search(rb"(?im)^content-type: ([^;\r\n]+)", top)
    return status, content_type.group(1).decode() if content_type else "", content


async def logged_in(client):
    """The session cookie and CSRF token of a logged-in worker, as bytes for raw requests."""
    response = await try_login(client, "anna", PASSWORD)
    token = response.cookies[SESSION_COOKIE].value
    me = await client.get("/staff/api/me")
    return token.encode(), (await me.json())["csrf_token"].encode()


FORM = b"application/x-www-form-urlencoded"
NESTED = b"[" * 5000 + b"]" * 5000
CONVERSATION = "/api/conversations/" + "a" * 32 + "/messages"
BAD_INPUT = {
    # name: (logged in?, method, path, headers, body, status)
    "non-ASCII session cookie, API": (
        False,
        "GET",
        "/staff/api/me",
        {"Cookie": b"staff_session=\xff\xfe"},
        b"",
        401,
    ),
    "non-ASCII session cookie, page": (
        False,
        "GET",
        "/staff/",
        {"Cookie": b"staff_session=\xff\xfe\xc3"},
        b"",
        200,
    ),
    "non-ASCII Authorization, staff API": (
        False,
        "GET",
        "/staff/api/me",
        {"Authorization": b"Bearer \xff\xfe"},
        b"",
        401,
    ),
    "non-ASCII Authorization, public API": (
        False,
        "POST",
        CONVERSATION,
        {"Authorization": b"Bearer \xc3\xa5\xff", "Content-Type": b"application/json"},
        b'{"text": "hej"}',
        404,
    ),
    "multipart login without boundary": (
        False,
        "POST",
        "/staff/login",
        {"Content-Type": b"multipart/form-data"},
        b"name=x",
        400,
    ),
    "non-ASCII login CSRF": (
        False,
        "POST",
        "/staff/login",
        {"Content-Type": FORM, "Cookie": LOGIN_CSRF_COOKIE.encode() + b"=\xc3\xa5\xc3\xa5"},
        "name=anna&password=x&csrf=åå".encode(),
        403,
    ),
    "login form with an unknown charset": (
        False,
        "POST",
        "/staff/login",
        {"Content-Type": FORM + b"; charset=klingon"},
        b"name=anna&csrf=x",
        400,
    ),
    "login form that is not its charset": (
        False,
        "POST",
        "/staff/login",
        {"Content-Type": FORM + b"; charset=utf-8"},
        b"name=\xff\xfe&csrf=x",
        400,
    ),
    "non-ASCII CSRF header": (
        True,
        "POST",
        "/staff/api/duty",
        {"X-CSRF-Token": b"\xc3\xa5\xff"},
        b"{}",
        403,
    ),
    "logout form with an unknown charset": (
        True,
        "POST",
        "/staff/logout",
        {"Content-Type": FORM + b"; charset=klingon"},
        b"a=b",
        400,
    ),
    "JSON with an unknown charset": (  # JSON is UTF-8 (RFC 8259): read as such
        True,
        "POST",
        "/staff/api/duty",
        {"Content-Type": b"application/json; charset=klingon", "X-CSRF-Token": None},
        b'{"on_duty": false}',
        200,
    ),
    "JSON that is not UTF-8": (
        True,
        "POST",
        "/staff/api/duty",
        {"Content-Type": b"application/json", "X-CSRF-Token": None},
        b'{"on_duty": "\xff"}',
        400,
    ),
    "JSON nested 5000 deep": (
        True,
        "POST",
        "/staff/api/duty",
        {"Content-Type": b"application/json", "X-CSRF-Token": None},
        NESTED,
        400,
    ),
}


@pytest.mark.parametrize("case", BAD_INPUT, ids=list(BAD_INPUT))
async def test_input_that_cannot_be_read_gets_a_4xx_not_a_500(client, case):
    needs_login, method, path, headers, body, status = BAD_INPUT[case]
    headers = dict(headers)
    if needs_login:
        session, csrf = await logged_in(client)
        cookie = headers.get("Cookie")
        headers["Cookie"] = SESSION_COOKIE.encode() + b"=" + session
        if cookie:
            headers["Cookie"] += b"; " + cookie
        if "X-CSRF-Token" in headers and headers["X-CSRF-Token"] is None:
            headers["X-CSRF-Token"] = csrf
    got, content_type, content = await raw(client, method, path, headers, body)
    assert got == status, (case, got, content[:200])
    if path.startswith(("/api/", "/staff/api/")) or path == "/staff/logout":
        assert content_type == "application/json"
        if got >= 400:
            assert json.loads(content)["error"]["message"]  # Swedish, for whoever reads it
    else:
        assert content_type == "text/html"
        assert "Logga in som personal" in content.decode()
