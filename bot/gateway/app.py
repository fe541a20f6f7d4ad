"""The gateway application factory: routes, middleware and shared resources."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import html
import json
import logging
import re
from pathlib import Path
from typing import AsyncIterator, Awaitable, Callable, Optional

import aiohttp
import yaml
from aiohttp import web

from bot.gateway import api, handover, language, live, migrate, page_texts
from bot.gateway.errors import error_middleware
from bot.gateway.hub import Hub, StaffHub
from bot.gateway.keys import (
    BUDGETS,
    HOURS,
    HUB,
    PAYLOADS,
    QUEUE,
    RASA,
    SCRUB_POOL,
    SCRUBBER,
    SESSIONS,
    SETTINGS,
    STAFF,
    STAFF_HUB,
    STATS,
    STORE,
)
from bot.gateway.limits import Budgets
from bot.gateway.logs import silence_text_loggers
from bot.gateway.payloads import Payloads
from bot.gateway.rasa import RasaClient, sender_id
from bot.gateway.scrubbing import ScrubPool
from bot.gateway.settings import Settings
from bot.gateway.storage import Store, utcnow
from bot.scrub.scrubber import Scrubber
from bot.staff import api as staff_api
from bot.staff import directory_admin
from bot.staff import web as staff_web
from bot.staff.accounts import StaffStore
from bot.staff.duty import ChatHours
from bot.staff.live import drop_ended_sessions
from bot.staff.queue import Queue
from bot.staff.sessions import SessionStore
from bot.stats import report as stats_report
from bot.stats.counts import Stats

log = logging.getLogger("bot.gateway")
# How often to notice ended staff sessions and a queue nobody can answer any more.
STAFFING_CHECK_S = 15.0
STATIC = Path(__file__).resolve().parent / "static"
OPENAPI = Path(__file__).resolve().parent / "openapi.yaml"

# The pages load nothing from elsewhere and may not be framed; only the embeddable chat
# (EMBED_PAGE) may be, by the gateway's own pages and the operator's OUTREACH_EMBED_ORIGINS.
EMBED_PAGE = "/embed"
EMBED_SCRIPT = "/embed.js"
_CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors {}"
_SECURITY_HEADERS = {
    "Content-Security-Policy": _CSP.format("'none'"),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cache-Control": "no-store",
}


def embed_policy(settings: Settings) -> str:
    """The embeddable chat's CSP: framed by the gateway itself and the allowed sites only."""
    return _CSP.format(" ".join(("'self'", *settings.embed_origins)))


@web.middleware
async def security_headers(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    response = await handler(request)
    response.headers.update(_SECURITY_HEADERS)
    if request.path == EMBED_PAGE:
        response.headers["Content-Security-Policy"] = embed_policy(request.app[SETTINGS])
    if request.secure:
        # Only over HTTPS: browsers ignore it on plain HTTP, and local runs stay usable.
        response.headers["Strict-Transport-Security"] = "max-age=31536000"
    return response


@web.middleware
async def forwarded_proto(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Behind a TLS proxy the browser talks HTTPS: let cookies be Secure."""
    if request.headers.get("X-Forwarded-Proto", "").lower() == "https":
        request = request.clone(scheme="https")
    return await handler(request)


# Filled in when the page is served: the operator's title (OUTREACH_PAGE_TITLE) and the page
# texts kept in page_texts.py (MORE_TEXTS), as a JSON data block that chat.js reads.
_TITLE = re.compile(r"<title>[^<]*</title>")
_MORE_TEXTS = re.compile(r'(<script type="application/json" id="more-texts">)[^<]*(</script>)')
FAVICON = STATIC / "favicon.svg"


_BODY = re.compile(r"<body>")


def render_index(settings: Settings, embedded: bool = False) -> str:
    """index.html with the configured, neutral title and the page's later texts.

    `embedded`: the page inside another site's frame (embed.js), whose quick
    exit leaves that site's page, not only the frame.
    """
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    if embedded:
        page = _BODY.sub('<body class="embedded">', page, count=1)
    title = f"<title>{html.escape(settings.page_title, quote=False)}</title>"
    page = _TITLE.sub(lambda _: title, page, count=1)
    # "<" is escaped, so no text can end the data block early.
    data = json.dumps(page_texts.more_texts(), ensure_ascii=False).replace("<", "\\u003c")
    return _MORE_TEXTS.sub(lambda match: match.group(1) + data + match.group(2), page, count=1)


async def index(request: web.Request) -> web.Response:
    return web.Response(text=render_index(request.app[SETTINGS]), content_type="text/html")


async def embed(request: web.Request) -> web.Response:
    """The chat for a frame on an allowed site (see EMBED_PAGE and embed_policy)."""
    page = render_index(request.app[SETTINGS], embedded=True)
    return web.Response(text=page, content_type="text/html")


async def embed_script(request: web.Request) -> web.FileResponse:
    """The script a site includes for a "Chatta anonymt" button that opens the chat framed."""
    return web.FileResponse(
        STATIC / "embed.js", headers={"Content-Type": "text/javascript; charset=utf-8"}
    )


async def favicon(request: web.Request) -> web.FileResponse:
    """A neutral speech bubble, so that browsers asking for /favicon.ico get an icon, not a 404."""
    return web.FileResponse(FAVICON, headers={"Content-Type": "image/svg+xml"})


async def openapi(request: web.Request) -> web.Response:
    """The public API's description (bot/gateway/openapi.yaml), as JSON."""
    return web.json_response(load_openapi())


def load_openapi() -> dict:
    return yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))


async def run_retention(store: Store, settings: Settings) -> int:
    """Delete conversations idle longer than the retention period."""
    cutoff = utcnow() - dt.timedelta(days=settings.retention_days)
    deleted = await store.delete_idle(cutoff)
    # The audit log keeps who did what and when, but no longer which conversation.
    await StaffStore(store.engine, settings.fernet_keys).forget_old_audit(cutoff)
    if deleted:
        log.info("retention_deleted count=%d", deleted)
    return deleted


async def close_sockets(app: web.Application) -> None:
    """Close open websockets first, so shutdown does not wait on them."""
    await app[HUB].close_all()
    await app[STAFF_HUB].close_all()


async def check_staffing(app: web.Application) -> None:
    """End consoles of ended sessions; give up the queue if nobody can answer it."""
    await drop_ended_sessions(app)
    await handover.release_if_unstaffed(app)


@contextlib.asynccontextmanager
async def _every(
    name: str, interval_s: float, job: Callable[[], Awaitable[object]]
) -> AsyncIterator[None]:
    """Run `job` now and every `interval_s` until the block ends.

    A failing run is logged (by type only: no data) and the next one still
    runs; at shutdown a running job finishes rather than being cancelled
    mid-query.
    """
    stop = asyncio.Event()

    async def loop_until_stopped() -> None:
        while not stop.is_set():
            try:
                await job()
            except Exception as error:  # noqa: BLE001 - keep the job alive
                log.error("%s_failed type=%s", name, type(error).__name__)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), interval_s)

    task = asyncio.create_task(loop_until_stopped())
    try:
        yield
    finally:
        stop.set()
        await task


def create_app(settings: Settings, scrubber: Optional[Scrubber] = None) -> web.Application:
    """Build the gateway. Pass a ready `scrubber` to share one between apps (tests)."""
    silence_text_loggers()
    first = [forwarded_proto] if settings.trust_forwarded_proto else []
    app = web.Application(
        client_max_size=settings.max_body_bytes,
        middlewares=[*first, security_headers, error_middleware],
    )
    app[SETTINGS] = settings
    app[BUDGETS] = Budgets(settings.rate_limit_per_minute, settings.new_conversations_per_minute)
    app[PAYLOADS] = Payloads(settings.domain_dir, settings.directory_file)
    app[HUB] = Hub()
    app[STAFF_HUB] = StaffHub()
    app[HOURS] = ChatHours(settings.chat_hours_file)

    async def resources(app: web.Application) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, migrate.upgrade, settings.database_url)
        app[STORE] = Store.from_url(
            settings.database_url,
            settings.fernet_keys,
            sender_of=lambda conversation_id: sender_id(settings.hmac_key, conversation_id),
        )
        app[STAFF] = StaffStore(app[STORE].engine, settings.fernet_keys)
        app[SESSIONS] = SessionStore(
            app[STORE].engine, dt.timedelta(minutes=settings.staff_idle_minutes)
        )
        app[QUEUE] = Queue(app[STORE].engine)
        app[STATS] = Stats(app[STORE].engine)
        app[SCRUBBER] = scrubber or await loop.run_in_executor(
            None, lambda: Scrubber(settings.ner_model, settings.directory_file)
        )
        app[SCRUB_POOL] = ScrubPool(app[SCRUBBER], settings.scrub_timeout_s)
        await loop.run_in_executor(None, language.warm_up)
        # The page's texts in the card languages: a broken help_cards.yml stops the start.
        await loop.run_in_executor(None, page_texts.get_all)
        async with aiohttp.ClientSession() as session:
            app[RASA] = RasaClient(
                session, settings.rasa_urls, settings.hmac_key, settings.rasa_timeout_s
            )
            log.info(
                "gateway_ready database=%s rasa=%s",
                settings.log_safe_database_url,
                ",".join(settings.rasa_urls),
            )
            yield
        app[SCRUB_POOL].close()
        await app[STORE].close()

    async def retention(app: web.Application) -> AsyncIterator[None]:
        job = lambda: run_retention(app[STORE], settings)  # noqa: E731
        async with _every("retention", settings.retention_interval_s, job):
            yield

    async def staffing(app: web.Application) -> AsyncIterator[None]:
        async with _every("staffing_check", STAFFING_CHECK_S, lambda: check_staffing(app)):
            yield

    app.cleanup_ctx.extend([resources, retention, staffing])
    app.on_shutdown.append(close_sockets)
    app.router.add_get("/", index)
    app.router.add_get(EMBED_PAGE, embed)
    app.router.add_get(EMBED_SCRIPT, embed_script)
    app.router.add_get("/favicon.ico", favicon)
    app.router.add_static("/static/", STATIC)
    app.router.add_get("/healthz", api.healthz)
    app.router.add_get("/api/openapi.json", openapi)
    app.router.add_post("/api/conversations", api.create_conversation)
    app.router.add_post("/api/conversations/{conversation_id}/messages", api.post_message)
    app.router.add_delete("/api/conversations/{conversation_id}", api.delete_conversation)
    app.router.add_put("/api/conversations/{conversation_id}/language", api.choose_language)
    app.router.add_get("/api/languages", api.languages)
    app.router.add_get("/api/languages/{code}/page", api.page_texts_of)
    app.router.add_get("/api/conversations/{conversation_id}/ws", live.live)
    staff_web.setup(app)
    staff_api.setup(app)
    stats_report.setup(app)
    directory_admin.setup(app)
    return app
