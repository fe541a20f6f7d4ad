"""The gateway application factory: routes, middleware and shared resources."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from typing import AsyncIterator, Awaitable, Callable, Optional

import aiohttp
from aiohttp import web

from bot.conversations import board, handover, language
from bot.conversations.duty import HOURS, ChatHours
from bot.conversations.queue import QUEUE, Queue
from bot.foundation import migrate
from bot.foundation.accounts import StaffStore
from bot.foundation.bus import make_bus
from bot.foundation.errors import error_middleware
from bot.foundation.hub import Hub, StaffHub
from bot.foundation.keys import (
    BUDGETS,
    HUB,
    PAYLOADS,
    RASA,
    SCRUB_POOL,
    SCRUBBER,
    SESSIONS,
    SETTINGS,
    STAFF,
    STAFF_HUB,
    STORE,
)
from bot.foundation.limits import Budgets, limits_storage
from bot.foundation.logs import silence_text_loggers
from bot.foundation.payloads import Payloads
from bot.foundation.rasa import RasaClient, sender_id
from bot.foundation.scrubbing import ScrubPool
from bot.foundation.sessions import SessionStore
from bot.foundation.storage import Store, utcnow
from bot.public import page_texts
from bot.public import pages as public_pages
from bot.public.pages import EMBED_PAGE
from bot.scrub.scrubber import Scrubber
from bot.staff import api as staff_api
from bot.staff import directory as staff_directory
from bot.staff import statistics as stats_report
from bot.staff import web as staff_web
from bot.staff.live import drop_ended_sessions
from bot.stats.counts import STATS, Stats
from common.settings import Settings

log = logging.getLogger("bot.gateway")
# How often to notice ended staff sessions and a queue nobody can answer any more.
STAFFING_CHECK_S = 15.0

# The pages load nothing from elsewhere and may not be framed; only the embeddable chat
# (EMBED_PAGE) may be, by the gateway's own pages and the operator's OUTREACH_EMBED_ORIGINS.
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
    app[BUDGETS] = Budgets(
        settings.rate_limit_per_minute,
        settings.new_conversations_per_minute,
        storage_uri=limits_storage(settings.redis_url),
    )
    app[PAYLOADS] = Payloads(settings.domain_dir, settings.directory_file)
    bus = make_bus(settings.redis_url, settings.fernet_keys)
    app[HUB] = Hub(bus)
    app[STAFF_HUB] = StaffHub(bus)
    app[STAFF_HUB].on_boards_changed(lambda: board.send_boards(app))
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
        await bus.start()
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
        await bus.close()
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
    public_pages.setup(app)
    staff_web.setup(app)
    staff_api.setup(app)
    stats_report.setup(app)
    staff_directory.setup(app)
    return app
