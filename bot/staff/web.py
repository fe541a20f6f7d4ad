"""The staff side of the gateway: login, logout, and the guard on /staff/.

Every route under /staff/ refuses anonymous callers, except the login page
and the login form itself (tests/gateway/test_staff_web.py walks them all).
State-changing requests need the session's CSRF token. Failed logins are
counted per account name (never per IP, which is not kept): after
`MAX_FAILURES` in `FAILURE_WINDOW_S` the account's logins get 429.
"""

from __future__ import annotations

import html
import logging
import secrets
import time
from collections import defaultdict, deque
from pathlib import Path
from string import Template
from typing import Awaitable, Callable, Deque, Dict

from aiohttp import web

from bot.gateway import handover
from bot.gateway.keys import SESSIONS, STAFF, STAFF_HUB
from bot.staff import board
from bot.staff.sessions import StaffSession

log = logging.getLogger("bot.staff")

SESSION_COOKIE = "staff_session"
LOGIN_CSRF_COOKIE = "staff_login_csrf"
MAX_FAILURES = 5
FAILURE_WINDOW_S = 15 * 60
PUBLIC = {("GET", "/staff/"), ("POST", "/staff/login")}
CURRENT = web.RequestKey("staff_session", StaffSession)
_TEMPLATES = Path(__file__).resolve().parent / "templates"


class LoginLimiter:
    """Counts failed logins per account name in a sliding window."""

    def __init__(self) -> None:
        self._failures: Dict[str, Deque[float]] = defaultdict(deque)

    def blocked(self, name: str) -> bool:
        failures = self._failures[name]
        while failures and time.monotonic() - failures[0] > FAILURE_WINDOW_S:
            failures.popleft()
        return len(failures) >= MAX_FAILURES

    def failed(self, name: str) -> None:
        self._failures[name].append(time.monotonic())

    def succeeded(self, name: str) -> None:
        self._failures.pop(name, None)


LIMITER = web.AppKey("staff_login_limiter", LoginLimiter)


def _page(template: str, status: int = 200, **values: str) -> web.Response:
    text = Template((_TEMPLATES / template).read_text(encoding="utf-8")).substitute(values)
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def _set_cookie(request: web.Request, response: web.StreamResponse, name: str, value: str) -> None:
    response.set_cookie(
        name, value, path="/staff", httponly=True, samesite="Strict", secure=request.secure
    )


def _login_page(request: web.Request, status: int = 200, error: str = "") -> web.Response:
    csrf = secrets.token_urlsafe(32)
    shown = f'<p class="alert" role="alert">{html.escape(error)}</p>' if error else ""
    response = _page("login.html", status, csrf=csrf, error=shown)
    _set_cookie(request, response, LOGIN_CSRF_COOKIE, csrf)
    return response


async def _session(request: web.Request) -> StaffSession | None:
    token = request.cookies.get(SESSION_COOKIE)
    return await request.app[SESSIONS].resume(token) if token else None


@web.middleware
async def guard(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Sessions and CSRF for everything under /staff/."""
    if not request.path.startswith("/staff"):
        return await handler(request)
    session = await _session(request)
    if session is not None:
        request[CURRENT] = session
    if (request.method, request.path) in PUBLIC:
        return await handler(request)
    if session is None:
        if request.path.startswith(("/staff/api/", "/staff/ws")):
            return web.json_response(
                {"error": {"code": "unauthorized", "message": "Logga in först."}}, status=401
            )
        raise web.HTTPSeeOther("/staff/")
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        form = await request.post() if request.content_type.endswith("form-urlencoded") else {}
        sent = request.headers.get("X-CSRF-Token") or form.get("csrf")
        if not isinstance(sent, str) or not secrets.compare_digest(sent, session.csrf_token):
            message = "Sidan är för gammal. Ladda om och försök igen."
            return web.json_response({"error": {"code": "csrf", "message": message}}, status=403)
    return await handler(request)


async def home(request: web.Request) -> web.Response:
    session = request.get(CURRENT)
    if session is None:
        return _login_page(request)
    role = "administratör" if session.role.value == "admin" else "uppsökare"
    return _page("console.html", name=html.escape(session.name), role=role, csrf=session.csrf_token)


async def login(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    name = str(form.get("name", "")).strip()
    sent = str(form.get("csrf", ""))
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not secrets.compare_digest(sent, expected):
        return _login_page(request, 403, "Sidan var för gammal. Försök igen.")
    limiter = request.app[LIMITER]
    if limiter.blocked(name):
        log.warning("staff_login_blocked")
        return _login_page(request, 429, "För många försök. Vänta en stund och försök igen.")
    member = await request.app[STAFF].check_login(
        name, str(form.get("password", "")), str(form.get("code", "")) or None
    )
    if member is None:
        limiter.failed(name)
        log.info("staff_login_failed")
        return _login_page(request, 401, "Fel användarnamn, lösenord eller engångskod.")
    limiter.succeeded(name)
    token = await request.app[SESSIONS].start(member.id)
    await request.app[STAFF].audit(member.id, "login")
    log.info("staff_login staff_id=%d", member.id)
    response = web.HTTPSeeOther("/staff/")
    _set_cookie(request, response, SESSION_COOKIE, token)
    response.del_cookie(LOGIN_CSRF_COOKIE, path="/staff")
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    session = request[CURRENT]
    token = request.cookies[SESSION_COOKIE]
    await request.app[SESSIONS].end(token)
    await request.app[STAFF].audit(session.staff_id, "logout")
    await request.app[STAFF_HUB].end_session(token)
    if session.on_duty:
        await handover.release_if_unstaffed(request.app)
        await board.announce(request.app)
    response = web.HTTPSeeOther("/staff/")
    response.del_cookie(SESSION_COOKIE, path="/staff")
    raise response


async def me(request: web.Request) -> web.Response:
    session = request[CURRENT]
    return web.json_response(
        {
            "staff_id": session.staff_id,
            "name": session.name,
            "role": session.role.value,
            "csrf_token": session.csrf_token,
            "on_duty": session.on_duty,
        }
    )


def setup(app: web.Application) -> None:
    app[LIMITER] = LoginLimiter()
    app.middlewares.append(guard)
    app.router.add_get("/staff/", home)
    app.router.add_post("/staff/login", login)
    app.router.add_post("/staff/logout", logout)
    app.router.add_get("/staff/api/me", me)
