"""Typed keys for what the foundation shares between handlers.

The keys of higher rooms live with their types (QUEUE and HOURS in
bot/conversations, STATS in bot/stats), so this module imports nothing above it.
"""

from __future__ import annotations

from aiohttp import web

from bot.foundation.accounts import StaffStore
from bot.foundation.hub import Hub, StaffHub
from bot.foundation.limits import Budgets
from bot.foundation.payloads import Payloads
from bot.foundation.rasa import RasaClient
from bot.foundation.scrubbing import ScrubPool
from bot.foundation.sessions import SessionStore
from bot.foundation.storage import Store
from bot.scrub.scrubber import Scrubber
from common.settings import Settings

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
