"""Typed keys for what the application shares between handlers."""

from __future__ import annotations

from aiohttp import web

from bot.gateway.hub import Hub, StaffHub
from bot.gateway.limits import Budgets
from bot.gateway.payloads import Payloads
from bot.gateway.rasa import RasaClient
from bot.gateway.scrubbing import ScrubPool
from bot.gateway.settings import Settings
from bot.gateway.storage import Store
from bot.scrub.scrubber import Scrubber
from bot.staff.accounts import StaffStore
from bot.staff.duty import ChatHours
from bot.staff.queue import Queue
from bot.staff.sessions import SessionStore
from bot.stats.counts import Stats

SETTINGS = web.AppKey("settings", Settings)
STORE = web.AppKey("store", Store)
RASA = web.AppKey("rasa", RasaClient)
SCRUBBER = web.AppKey("scrubber", Scrubber)
BUDGETS = web.AppKey("budgets", Budgets)
PAYLOADS = web.AppKey("payloads", Payloads)
SCRUB_POOL = web.AppKey("scrub_pool", ScrubPool)
HUB = web.AppKey("hub", Hub)
STAFF_HUB = web.AppKey("staff_hub", StaffHub)
STAFF = web.AppKey("staff", StaffStore)
SESSIONS = web.AppKey("staff_sessions", SessionStore)
QUEUE = web.AppKey("queue", Queue)
HOURS = web.AppKey("chat_hours", ChatHours)
STATS = web.AppKey("stats", Stats)
