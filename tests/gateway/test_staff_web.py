"""Staff login, sessions, CSRF and the guard on every /staff/ route."""

import datetime as dt
import re
from html.parser import HTMLParser

import pyotp
import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import create_engine, text

from bot.app import create_app
from bot.foundation import migrate
from bot.foundation.accounts import Role
from bot.foundation.keys import STAFF
from bot.foundation.logs import AccessLogger
from bot.foundation.storage import utcnow
from bot.staff.web import LOGIN_CSRF_COOKIE, PUBLIC, SESSION_COOKIE

PASSWORD = "ett långt lösenord"


@pytest.fixture
async def app_client(aiohttp_client, settings, scrubber):
    server = TestServer(create_app(settings, scrubber=scrubber))
    await server.start_server(access_log_class=AccessLogger)
    client = await aiohttp_client(server)
    await server.app[STAFF].add("anna", PASSWORD)
    return client


async def login(client, name="anna", password=PASSWORD, code=""):
    page = await client.get("/staff/")
    csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
    return await client.post(
        "/staff/login",
        data={"name": name, "password": password, "csrf": csrf, "code": code},
        allow_redirects=False,
    )


async def csrf_token(client):
    return (await (await client.get("/staff/api/me")).json())["csrf_token"]


async def test_every_staff_route_refuses_anonymous_callers(app_client):
    walked = 0
    for route in app_client.server.app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter", "")
        if not path.startswith("/staff") or route.method == "HEAD":
            continue
        if (route.method, path) in PUBLIC:
            continue
        url = re.sub(r"\{[^}]+\}", "x" * 32, path)
        response = await app_client.request(route.method, url, allow_redirects=False)
        assert response.status in (401, 303), (route.method, path, response.status)
        if response.status == 303:
            assert response.headers["Location"] == "/staff/"
        walked += 1
    assert walked >= 12  # every protected route the console uses, the websocket included


async def test_login_sets_a_strict_http_only_cookie_and_opens_the_console(app_client):
    response = await login(app_client)
    assert response.status == 303
    cookie = response.cookies[SESSION_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Strict" and cookie["path"] == "/staff"
    console = await app_client.get("/staff/")
    assert "Du är inloggad som <strong>anna</strong>" in await console.text()
    me = await (await app_client.get("/staff/api/me")).json()
    assert me["name"] == "anna" and me["role"] == "worker"
    assert (await app_client.server.app[STAFF].audit_log())[-1][1] == "login"


@pytest.mark.parametrize("trusted", [True, False])
async def test_behind_a_tls_proxy_the_cookie_is_secure_only_when_told_to_trust_it(
    aiohttp_client, settings, scrubber, trusted
):
    from common.settings import load_settings

    env = {
        "OUTREACH_DATA_DIR": str(settings.data_dir),
        "OUTREACH_RASA_URLS": ",".join(settings.rasa_urls),
        "OUTREACH_TRUST_FORWARDED_PROTO": "true" if trusted else "false",
    }
    client = await aiohttp_client(create_app(load_settings(env), scrubber=scrubber))
    await client.server.app[STAFF].add("anna", PASSWORD)
    proxy = {"X-Forwarded-Proto": "https"}
    page = await client.get("/staff/", headers=proxy)
    csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
    assert bool(page.cookies[LOGIN_CSRF_COOKIE]["secure"]) is trusted
    # The test client speaks plain HTTP, so it would withhold a Secure cookie: send it.
    cookie = f"{LOGIN_CSRF_COOKIE}={page.cookies[LOGIN_CSRF_COOKIE].value}"
    response = await client.post(
        "/staff/login",
        data={"name": "anna", "password": PASSWORD, "csrf": csrf},
        headers={**proxy, "Cookie": cookie},
        allow_redirects=False,
    )
    assert bool(response.cookies[SESSION_COOKIE]["secure"]) is trusted


async def test_wrong_password_and_missing_login_csrf(app_client):
    assert (await login(app_client, password="fel lösenord här")).status == 401
    response = await app_client.post(
        "/staff/login", data={"name": "anna", "password": PASSWORD}, allow_redirects=False
    )
    assert response.status == 403


async def test_logout_needs_the_csrf_token_and_ends_the_session(app_client):
    await login(app_client)
    token = await csrf_token(app_client)
    refused = await app_client.post("/staff/logout", allow_redirects=False)
    assert refused.status == 403
    assert (await app_client.get("/staff/api/me")).status == 200

    done = await app_client.post("/staff/logout", data={"csrf": token}, allow_redirects=False)
    assert done.status == 303
    assert (await app_client.get("/staff/api/me")).status == 401
    assert [a for _, a, _ in await app_client.server.app[STAFF].audit_log()] == [
        "login",
        "logout",
    ]


async def test_repeated_failures_lock_the_account_name_with_429(app_client):
    for _ in range(5):
        assert (await login(app_client, password="fel lösenord igen")).status == 401
    locked = await login(app_client)  # even the right password now waits
    assert locked.status == 429
    assert "För många försök" in await locked.text()


async def test_a_disabled_account_loses_its_session_at_once(app_client):
    await login(app_client)
    assert (await app_client.get("/staff/api/me")).status == 200
    await app_client.server.app[STAFF].disable("anna")
    assert (await app_client.get("/staff/api/me")).status == 401


async def test_an_idle_session_expires(app_client, settings):
    await login(app_client)
    engine = create_engine(migrate.sync_url(settings.database_url))
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE staff_sessions SET last_seen_at = :t"),
            {"t": utcnow() - dt.timedelta(minutes=settings.staff_idle_minutes + 1)},
        )
    engine.dispose()
    assert (await app_client.get("/staff/api/me")).status == 401


async def test_an_admin_logs_in_with_a_code_that_works_once(app_client):
    uri = await app_client.server.app[STAFF].add("ada", PASSWORD, Role.ADMIN, totp=True)
    code = pyotp.TOTP(pyotp.parse_uri(uri).secret).now()
    assert (await login(app_client, "ada")).status == 401
    assert (await login(app_client, "ada", code=code)).status == 303
    await app_client.post(
        "/staff/logout", data={"csrf": await csrf_token(app_client)}, allow_redirects=False
    )
    replayed = await login(app_client, "ada", code=code)  # seen over a shoulder, say
    assert replayed.status == 401
    assert "Fel användarnamn, lösenord eller engångskod." in await replayed.text()


async def test_an_admin_without_totp_is_told_how_to_add_it(app_client, settings):
    await app_client.server.app[STAFF].add("ada", PASSWORD, Role.ADMIN, totp=True)
    engine = create_engine(migrate.sync_url(settings.database_url))
    with engine.begin() as connection:  # as an admin made before TOTP was required
        connection.execute(text("UPDATE staff SET totp_secret = NULL WHERE name = 'ada'"))
    engine.dispose()
    refused = await login(app_client, "ada")
    assert refused.status == 403
    page = await refused.text()
    assert "Administratörskonton måste ha engångskod" in page
    assert "python -m bot staff totp" in page
    assert (await app_client.get("/staff/api/me")).status == 401
    # A wrong password gets the usual answer: the hint is only for the account's owner.
    wrong = await login(app_client, "ada", password="fel lösenord här")
    assert wrong.status == 401 and "engångskod, och ditt konto" not in await wrong.text()


class _LoginPage(HTMLParser):
    """The parts of the login page that make it usable: labels, the live region, assets."""

    def __init__(self):
        super().__init__()
        self.labels, self.inputs, self.links, self.live = {}, {}, [], None
        self._label = self._in_live = None
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "label":
            self._label = attrs.get("for")
            self.labels[self._label] = ""
        elif tag == "input" and attrs.get("type") != "hidden":
            self.inputs[attrs["id"]] = attrs
        elif tag == "link":
            self.links.append((attrs.get("rel"), attrs.get("href")))
        elif tag == "script":
            self.scripts += 1
        elif attrs.get("id") == "login-error":
            self.live, self._in_live = {**attrs, "text": ""}, tag

    def handle_endtag(self, tag):
        if tag == "label":
            self._label = None
        elif tag == self._in_live:
            self._in_live = None

    def handle_data(self, data):
        if self._label:
            self.labels[self._label] += data
        if self._in_live:
            self.live["text"] += data


async def read_login_page(response):
    page = _LoginPage()
    page.feed(await response.text())
    return page


async def test_the_login_page_labels_every_field_and_has_a_live_region_for_errors(app_client):
    page = await read_login_page(await app_client.get("/staff/"))
    assert page.labels == {
        "name": "Användarnamn",
        "password": "Lösenord",
        "code": "Engångskod (krävs för administratörer)",
    }
    assert set(page.inputs) == set(page.labels)  # every field has its label, and no more
    assert page.inputs["password"]["type"] == "password"
    assert page.inputs["code"]["autocomplete"] == "one-time-code"
    assert page.inputs["code"]["inputmode"] == "numeric"
    # The error region is in the page before anything fails, so screen readers follow it.
    assert page.live["role"] == "alert" and page.live["aria-live"] == "assertive"
    assert page.live["text"] == ""
    assert ("stylesheet", "/static/login.css") in page.links
    assert ("icon", "/favicon.ico") in page.links
    assert page.scripts == 0
    assert (await app_client.get("/static/login.css")).status == 200

    failed = await read_login_page(await login(app_client, password="fel lösenord här"))
    assert failed.live["text"] == "Fel användarnamn, lösenord eller engångskod."
    assert "login-error" in failed.inputs["name"]["aria-describedby"].split()


async def test_an_error_on_the_login_page_is_escaped(app_client):
    response = await app_client.post("/staff/login", data={"name": "<b>x</b>"})
    assert response.status == 403  # no login CSRF cookie: the page was too old
    page = await read_login_page(response)
    assert page.live["text"] == "Sidan var för gammal. Försök igen."
