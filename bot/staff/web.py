"""The staff side of the gateway: login, logout, and the guard on /staff/.

Every route under /staff/ refuses anonymous callers, except the login page
and the login form itself (tests/gateway/test_staff_web.py walks them all).
State-changing requests need the session's CSRF token.

A login costs a scrypt run on purpose, so logins are budgeted before any
hashing starts: attempts are counted per account name (never per IP, which is
not kept) and `MAX_FAILURES` in `FAILURE_WINDOW_S` lock that name with 429;
all logins together get `LOGIN_BUDGET_PER_MINUTE`, so a flood is answered at
once instead of queueing CPU work. Both are `limits` moving windows, which
forget old entries, and names are counted in a fixed number of buckets, so
memory stays bounded whatever names are tried.

Input that cannot be read (bytes that are not ASCII in a cookie, a form with
no boundary or an unknown charset, a CSRF value that is not ASCII) gets a
4xx: the login page for the login form, JSON for everything else.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
import secrets
from pathlib import Path
from string import Template
from typing import Awaitable, Callable, Optional

from aiohttp import web
from limits import RateLimitItemPerMinute, RateLimitItemPerSecond
from limits.aio.strategies import MovingWindowRateLimiter
from multidict import MultiDict, MultiDictProxy

from bot.conversations import board, handover
from bot.foundation.accounts import AdminWithoutTotp
from bot.foundation.keys import SESSIONS, SETTINGS, STAFF, STAFF_HUB
from bot.foundation.limits import limits_storage, open_storage
from bot.foundation.sessions import StaffSession

log = logging.getLogger("bot.staff")

SESSION_COOKIE = "staff_session"
LOGIN_CSRF_COOKIE = "staff_login_csrf"
MAX_FAILURES = 5
FAILURE_WINDOW_S = 15 * 60
# Every login attempt of every name together (two scrypt slots do ~20 a second).
LOGIN_BUDGET_PER_MINUTE = 30
# Names are counted in this many buckets (a hash prefix): bounded memory.
NAME_BUCKETS_HEX = 4
PUBLIC = {("GET", "/staff/"), ("POST", "/staff/login")}
CURRENT = web.RequestKey("staff_session", StaffSession)
_TEMPLATES = Path(__file__).resolve().parent / "templates"
# Cookies and CSRF values are secrets.token_urlsafe: anything else cannot be one.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,128}")
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")

TOO_MANY = "För många försök. Vänta en stund och försök igen."
BUSY = "Många försöker logga in just nu. Vänta en minut och försök igen."
WRONG = "Fel användarnamn, lösenord eller engångskod."
STALE = "Sidan var för gammal. Försök igen."
UNREADABLE = "Formuläret gick inte att läsa. Ladda om sidan och försök igen."
ADMIN_NEEDS_TOTP = (
    "Administratörskonton måste ha engångskod, och ditt konto har ingen ännu. Den som "
    "sköter servern lägger till den med kommandot: python -m bot staff totp DITT_NAMN. "
    "Lägg sedan in koden i en autentiseringsapp och logga in igen."
)


class LoginLimiter:
    """Login attempts per account name, and the budget for all logins together."""

    def __init__(
        self,
        budget_per_minute: int,
        max_failures: int,
        window_s: int,
        storage_uri: str = "async+memory://",
    ) -> None:
        # On Redis with several gateways, so the limits hold across all of them.
        self._limiter = MovingWindowRateLimiter(open_storage(storage_uri))
        self._per_name = RateLimitItemPerSecond(max_failures, window_s)
        self._budget = RateLimitItemPerMinute(budget_per_minute)

    @staticmethod
    def _bucket(name: str) -> str:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
        return digest[:NAME_BUCKETS_HEX]

    async def blocked(self, name: str) -> bool:
        """Too many recent attempts for this name (nothing is counted by asking)."""
        return not await self._limiter.test(self._per_name, "name", self._bucket(name))

    async def spend(self) -> bool:
        """Take one login from the global budget; False when it is spent."""
        return await self._limiter.hit(self._budget, "all")

    async def attempt(self, name: str) -> bool:
        """Count an attempt for this name before hashing; False when over the limit.

        Counting before the check (and clearing on success) means parallel
        guesses cannot all slip in before the first one fails.
        """
        return await self._limiter.hit(self._per_name, "name", self._bucket(name))

    async def succeeded(self, name: str) -> None:
        await self._limiter.clear(self._per_name, "name", self._bucket(name))


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
    # The template's live region (role=alert) is always there; only its text changes.
    response = _page("login.html", status, csrf=csrf, error=html.escape(error))
    _set_cookie(request, response, LOGIN_CSRF_COOKIE, csrf)
    return response


def _json_error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status)


def cookie_token(request: web.Request, name: str) -> str:
    """A cookie that can be one of our tokens, else "" (never raises on odd bytes)."""
    value = request.cookies.get(name, "")
    return value if _TOKEN.fullmatch(value) else ""


def same_secret(sent: str, expected: str) -> bool:
    """Constant-time comparison that does not raise on non-ASCII input."""
    encode = lambda text: text.encode("utf-8", "surrogatepass")  # noqa: E731
    return bool(expected) and secrets.compare_digest(encode(sent), encode(expected))


def _clean(value: str) -> bool:
    """Text the database can take: encodable, and no NUL (PostgreSQL refuses it)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in value


async def read_form(request: web.Request) -> Optional[MultiDictProxy[object]]:
    """The posted form (empty for other bodies); None when it cannot be read.

    A multipart body without a boundary, an unknown charset or bytes that do
    not decode raise deep in aiohttp: here they mean "unreadable", a 4xx.
    """
    if request.content_type not in _FORMS:
        return MultiDictProxy(MultiDict())
    try:
        form = await request.post()
    except web.HTTPException:
        raise  # 413 and the like are already 4xx
    except (ValueError, LookupError, TypeError, AssertionError, RuntimeError):
        return None
    if not all(_clean(v) for v in form.values() if isinstance(v, str)):
        return None
    return form


def field(form: MultiDictProxy[object], name: str) -> str:
    """A text field; "" when missing or sent as a file."""
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


async def _session(request: web.Request) -> StaffSession | None:
    token = cookie_token(request, SESSION_COOKIE)
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
            return _json_error(401, "unauthorized", "Logga in först.")
        raise web.HTTPSeeOther("/staff/")
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        form = await read_form(request)
        if form is None:
            return _json_error(400, "bad_request", UNREADABLE)
        sent = request.headers.get("X-CSRF-Token") or field(form, "csrf")
        if not same_secret(sent, session.csrf_token):
            message = "Sidan är för gammal. Ladda om och försök igen."
            return _json_error(403, "csrf", message)
    return await handler(request)


async def home(request: web.Request) -> web.Response:
    session = request.get(CURRENT)
    if session is None:
        return _login_page(request)
    role = "administratör" if session.role.value == "admin" else "uppsökare"
    return _page("console.html", name=html.escape(session.name), role=role, csrf=session.csrf_token)


async def login(request: web.Request) -> web.StreamResponse:
    form = await read_form(request)
    if form is None:
        return _login_page(request, 400, UNREADABLE)
    name = field(form, "name").strip()
    expected = cookie_token(request, LOGIN_CSRF_COOKIE)
    if not same_secret(field(form, "csrf"), expected):
        return _login_page(request, 403, STALE)
    limiter = request.app[LIMITER]
    if await limiter.blocked(name):
        log.warning("staff_login_blocked")
        return _login_page(request, 429, TOO_MANY)
    if not await limiter.spend():
        log.warning("staff_login_budget_spent")
        return _login_page(request, 429, BUSY)
    if not await limiter.attempt(name):  # another attempt for the name got in first
        return _login_page(request, 429, TOO_MANY)
    try:
        member = await request.app[STAFF].check_login(
            name, field(form, "password"), field(form, "code") or None
        )
    except AdminWithoutTotp:
        log.warning("staff_login_admin_without_totp")
        return _login_page(request, 403, ADMIN_NEEDS_TOTP)
    if member is None:
        log.info("staff_login_failed")
        return _login_page(request, 401, WRONG)
    await limiter.succeeded(name)
    token = await request.app[SESSIONS].start(member.id)
    await request.app[STAFF].audit(member.id, "login")
    log.info("staff_login staff_id=%d", member.id)
    response = web.HTTPSeeOther("/staff/")
    _set_cookie(request, response, SESSION_COOKIE, token)
    response.del_cookie(LOGIN_CSRF_COOKIE, path="/staff")
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    session = request[CURRENT]
    token = cookie_token(request, SESSION_COOKIE)  # the guard found a session for it
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
    app[LIMITER] = LoginLimiter(
        LOGIN_BUDGET_PER_MINUTE,
        MAX_FAILURES,
        FAILURE_WINDOW_S,
        storage_uri=limits_storage(app[SETTINGS].redis_url),
    )
    app.middlewares.append(guard)
    app.router.add_get("/staff/", home)
    app.router.add_post("/staff/login", login)
    app.router.add_post("/staff/logout", logout)
    app.router.add_get("/staff/api/me", me)
