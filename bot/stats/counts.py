"""Daily counts of what happens, kept as aggregates only.

Each event adds one to a row (day, metric, key) the moment it happens; no
row names a conversation, so nothing here can be traced back to a person,
and nothing per conversation is kept for statistics beyond retention. Days
are Swedish local dates. Small numbers leave the database only through
`shown()`, which writes every count under 5 as "<5".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy import Date, Integer, String, bindparam, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import Mapped, mapped_column

from bot.foundation.storage import Base, utcnow

STOCKHOLM = ZoneInfo("Europe/Stockholm")
SMALL = 5  # counts below this are shown as "<5"
KEY = re.compile(r"^[a-z_]{1,32}$")  # a service id; anything else is not counted

# Metrics and their keys (docs/architecture.md, "Statistics").
CONVERSATIONS = "conversations"  # key "" : conversations started
ROUTES = "routes"  # key: mika, kast, stodcentrum, preventell, emergency (112), …
AGE_BANDS = "age_bands"  # key: minor, adult, unknown — of the people given a route
HANDOVERS = "handovers"  # key: requested, queued, taken, missed
WAITS = "waits"  # key: a bucket of WAIT_BUCKETS — how long people waited to be taken
LANGUAGES = "languages"  # key: sv, en, ro, … — conversations held in each (a switch counts both)
CHANNELS = "channels"  # key: the operator's channel code (?k=…), NO_CHANNEL or OTHER_CHANNEL
NO_CHANNEL = "_none"  # started without a code: the chat's own address
OTHER_CHANNEL = "_other"  # a code the operator has not set (a typo, an old link)

# Upper bounds (seconds) of the waiting-time buckets; the last is open-ended.
WAIT_BUCKETS: Tuple[Tuple[str, Optional[int]], ...] = (
    ("0-1 min", 60),
    ("1-2 min", 120),
    ("2-5 min", 300),
    ("5-10 min", 600),
    ("10-20 min", 1200),
    ("20-40 min", 2400),
    ("40+ min", None),
)


class DailyCount(Base):
    __tablename__ = "daily_counts"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    metric: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


@dataclass(frozen=True)
class Count:
    day: dt.date
    metric: str
    key: str
    count: int


def channel_key(code: Optional[str], channels: Sequence[str]) -> str:
    """The statistics key of a conversation started with `code` (?k=…).

    Only the operator's codes are kept as they are, so a visitor cannot write
    into the statistics; an unknown or malformed code counts as OTHER_CHANNEL.
    """
    if not code:
        return NO_CHANNEL
    return code if code in channels else OTHER_CHANNEL


def today(moment: Optional[dt.datetime] = None) -> dt.date:
    return (moment or utcnow()).astimezone(STOCKHOLM).date()


def wait_bucket(waited: dt.timedelta) -> str:
    seconds = waited.total_seconds()
    for label, upper in WAIT_BUCKETS:
        if upper is None or seconds < upper:
            return label
    raise AssertionError("the last bucket is open-ended")


def shown(count: int) -> str:
    """How a count may be shown or exported: under 5 (zero included) is "<5"."""
    return f"<{SMALL}" if count < SMALL else str(count)


class Stats:
    """Adds to and reads the daily counts."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._insert = pg_insert if engine.dialect.name == "postgresql" else sqlite_insert
        # Most messages count something: the upsert is one statement, atomic on its own,
        # so it runs outside a transaction (no BEGIN and COMMIT), built once.
        self._autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
        table = DailyCount.__table__
        statement = self._insert(table).values(
            day=bindparam("day"), metric=bindparam("metric"), key=bindparam("key"), count=1
        )
        self._upsert = statement.on_conflict_do_update(
            index_elements=[table.c.day, table.c.metric, table.c.key],
            set_={"count": table.c.count + 1},
        )

    async def add(self, metric: str, key: str = "", day: Optional[dt.date] = None) -> None:
        """Count one event now (one atomic upsert, safe under concurrency)."""
        async with self._autocommit.connect() as connection:
            await connection.execute(
                self._upsert, {"day": day or today(), "metric": metric, "key": key}
            )

    async def counts(self, first: dt.date, last: dt.date) -> List[Count]:
        """Every count from `first` to `last` (inclusive), by day, metric and key."""
        table = DailyCount.__table__
        async with self._engine.connect() as connection:
            rows = await connection.execute(
                select(table.c.day, table.c.metric, table.c.key, table.c.count)
                .where(table.c.day >= first, table.c.day <= last)
                .order_by(table.c.day, table.c.metric, table.c.key)
            )
            return [Count(*row) for row in rows]

    async def totals(self, first: dt.date, last: dt.date) -> Dict[Tuple[str, str], int]:
        """Sums over the period, by (metric, key)."""
        sums: Dict[Tuple[str, str], int] = {}
        for count in await self.counts(first, last):
            sums[(count.metric, count.key)] = sums.get((count.metric, count.key), 0) + count.count
        return sums


async def count_and_strip(stats: Stats, replies: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Count the bot's `{"stats": …}` payloads (actions/reply.py) and drop them.

    They are for the statistics only: the page never sees them.
    """
    kept = []
    for reply in replies:
        custom = reply.get("custom")
        payload = custom.get("stats") if isinstance(custom, dict) else None
        if not isinstance(payload, dict):
            kept.append(reply)
            continue
        routes = payload.get("routes")
        for route in routes if isinstance(routes, list) else []:
            if isinstance(route, str) and KEY.match(route):
                await stats.add(ROUTES, route)
        band = payload.get("age_group")
        await stats.add(AGE_BANDS, band if band in ("minor", "adult") else "unknown")
    return kept


STATS = web.AppKey("stats", Stats)
