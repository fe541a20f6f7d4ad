"""The admin's statistics pages: charts, tables and a CSV of the daily counts.

Only the aggregates in bot/stats/counts.py are read; nothing here can name a
conversation. Every count leaves through `shown()`, in tables, chart labels,
tooltips and bar heights alike: a count under 5 (zero included) is drawn as
one fixed, hatched marker labelled "<5", so a small number cannot be read off
a chart either. Days without a row are shown like small counts, so a missing
row and a count of 1 look the same. The charts are SVG drawn on the server:
the page needs no script, and the CSP allows no inline style.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import html
import io
import math
import re
from dataclasses import dataclass
from typing import Awaitable, Callable, Iterator, List, Mapping, Optional, Sequence, Tuple

from aiohttp import web

from bot.foundation.keys import STAFF
from bot.staff.admin_pages import admin_only, admin_page
from bot.staff.web import CURRENT
from bot.stats.counts import (
    AGE_BANDS,
    CHANNELS,
    CONVERSATIONS,
    HANDOVERS,
    LANGUAGES,
    NO_CHANNEL,
    OTHER_CHANNEL,
    ROUTES,
    SMALL,
    STATS,
    WAIT_BUCKETS,
    WAITS,
    Count,
    shown,
    today,
)

PAGE = "/staff/admin/stats"
CSV_PATH = "/staff/admin/stats.csv"
DEFAULT_DAYS = 7
MAX_DAYS = 366
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

SUPPRESSION = "Antal under 5 visas som <5, så att ingen enskild person kan pekas ut."
WEEKDAYS = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Key = Tuple[str, str]  # (key as stored, Swedish label)


@dataclass(frozen=True)
class Metric:
    name: str
    heading: str
    about: str
    keys: Tuple[Key, ...]  # the keys always shown, in order; others follow as stored


METRICS = (
    Metric(
        CONVERSATIONS,
        "Samtal som startats",
        "Nya samtal med chattboten per dag.",
        (("", "Samtal"),),
    ),
    Metric(
        ROUTES,
        "Hänvisningar",
        "Vart chattboten hänvisade, per dag.",
        (
            ("mika", "Mika"),
            ("kast", "KAST"),
            ("stodcentrum", "Stödcentrum"),
            ("preventell", "Preventell"),
            ("emergency", "112"),
        ),
    ),
    Metric(
        AGE_BANDS,
        "Åldersgrupp",
        "Åldersgrupp bland dem som fick en hänvisning, per dag.",
        (("minor", "Under 18"), ("adult", "18 eller äldre"), ("unknown", "Okänd")),
    ),
    Metric(
        HANDOVERS,
        "Överlämningar",
        "Samtal som skulle gå över till en uppsökare, per dag.",
        (("requested", "Begärda"), ("queued", "I kö"), ("taken", "Tagna"), ("missed", "Missade")),
    ),
    Metric(
        LANGUAGES,
        "Språk",
        "Samtal per språk, per dag (ett samtal som bytt språk räknas i båda).",
        (("sv", "Svenska"), ("en", "Engelska")),
    ),
    Metric(
        CHANNELS,
        "Kanaler",
        "Nya samtal per kanalkod i länken eller den inbäddade chatten (?k=…), per dag.",
        ((NO_CHANNEL, "Utan kanalkod"), (OTHER_CHANNEL, "Okänd kod")),
    ),
)
WAIT = Metric(
    WAITS,
    "Väntetid innan en uppsökare tog samtalet",
    "Hur länge personerna i kön väntade, sammanlagt för hela perioden.",
    tuple((label, label) for label, _ in WAIT_BUCKETS),
)


# ---- The period -----------------------------------------------------------


class PeriodError(ValueError):
    """The dates asked for cannot be shown; the message is for the admin."""


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date

    @property
    def days(self) -> List[dt.date]:
        return [self.first + dt.timedelta(days=i) for i in range((self.last - self.first).days + 1)]


def parse_period(query: Mapping[str, str], current: dt.date) -> Period:
    """`from` and `to` (YYYY-MM-DD, inclusive); by default the 7 days up to `current`."""
    last = _date(query.get("to"), "Till och med") or current
    first = _date(query.get("from"), "Från och med") or _week_before(last)
    if first > last:
        raise PeriodError(
            "Datumet i ”Från och med” måste vara samma dag som eller före ”Till och med”."
        )
    if (last - first).days + 1 > MAX_DAYS:
        raise PeriodError(f"Perioden är för lång. Välj högst {MAX_DAYS} dagar åt gången.")
    return Period(first, last)


def _week_before(last: dt.date) -> dt.date:
    try:
        return last - dt.timedelta(days=DEFAULT_DAYS - 1)
    except OverflowError:  # "to" in the first days of year 1
        raise PeriodError("Välj ett senare datum.") from None


def _date(raw: Optional[str], field: str) -> Optional[dt.date]:
    text = (raw or "").strip()
    if not text:
        return None
    if _ISO_DATE.fullmatch(text):
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(text)
    raise PeriodError(
        f"Datumet i ”{field}” går inte att läsa. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-06-10."
    )


# ---- The counts, day by day -----------------------------------------------


class Table:
    """The counts of a period, with zero for every (day, metric, key) without a row."""

    def __init__(self, counts: Sequence[Count]) -> None:
        self._counts = {(c.day, c.metric, c.key): c.count for c in counts}

    def count(self, day: dt.date, metric: str, key: str) -> int:
        return self._counts.get((day, metric, key), 0)

    def metrics(self) -> List[str]:
        """The known metrics in page order, then any other metric the period has."""
        known = [m.name for m in (*METRICS, WAIT)]
        return known + sorted({metric for _, metric, _ in self._counts} - set(known))

    def keys(self, metric: str) -> List[Key]:
        """The metric's known keys, then any other key it has in the period, as stored."""
        known = next((m.keys for m in (*METRICS, WAIT) if m.name == metric), ())
        names = {key for key, _ in known}
        seen = sorted({k for _, m, k in self._counts if m == metric} - names)
        return [*known, *((key, key) for key in seen)]


# ---- Charts ---------------------------------------------------------------

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 8, 20, 30
PLOT_W, PLOT_H = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
SMALL_BAR = 8  # the height of every "<5" marker, whatever the true count
MIN_BAR = 2  # the least height of a bar of 5 or more
LABEL_WIDTH = 12  # bars narrower than this get no value above them
MAX_X_LABELS = 14


@dataclass(frozen=True)
class Group:
    """One place on the x axis: a day or a waiting-time bucket."""

    id: str
    short: str  # under the axis
    long: str  # in tooltips and the table


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    groups: Sequence[Group]
    series: Sequence[Key]
    values: Sequence[Sequence[int]]  # [group][series]


def _attr(value: object) -> str:
    return html.escape(str(value), quote=True)


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def scale_of(chart: Chart) -> int:
    """The top of the y axis: the largest count that may be shown (5 if none may)."""
    return max((v for row in chart.values for v in row if v >= SMALL), default=SMALL)


def bar_height(count: int, scale: int) -> float:
    """A shown count's true height; every count under 5 gets the same marker height."""
    if count < SMALL:
        return SMALL_BAR
    return max(MIN_BAR, count / scale * PLOT_H)


def _bar(chart: Chart, x: float, width: float, group: Group, index: int, count: int) -> str:
    key, label = chart.series[index]
    scale, value = scale_of(chart), shown(count)
    height = bar_height(count, scale)
    y = TOP + PLOT_H - height
    name = group.long if len(chart.series) == 1 else f"{group.long}, {label}"
    small = count < SMALL
    css = f"bar-small s{index}" if small else f"bar s{index}"
    fill = f' fill="url(#{chart.id}-hatch)"' if small else ""
    parts = [
        f'<rect class="{css}"{fill} x="{_num(x)}" y="{_num(y)}" width="{_num(width)}"'
        f' height="{_num(height)}" data-group="{_attr(group.id)}" data-series="{_attr(key)}">'
        f"<title>{html.escape(name)}: {html.escape(value)}</title></rect>"
    ]
    if width >= LABEL_WIDTH:
        parts.append(
            f'<text class="value" x="{_num(x + width / 2)}" y="{_num(y - 3)}">'
            f"{html.escape(value)}</text>"
        )
    return "".join(parts)


def _bars(chart: Chart) -> List[str]:
    slot = PLOT_W / len(chart.groups)
    width = slot * 0.8 / len(chart.series)
    bars = []
    for g, group in enumerate(chart.groups):
        left = LEFT + g * slot + slot * 0.1
        for s, count in enumerate(chart.values[g]):
            bars.append(_bar(chart, left + s * width, width, group, s, count))
    return bars


def _axes(chart: Chart) -> List[str]:
    slot = PLOT_W / len(chart.groups)
    step = math.ceil(len(chart.groups) / MAX_X_LABELS)
    base = TOP + PLOT_H
    parts = [
        f'<line class="grid" x1="{LEFT}" y1="{TOP}" x2="{WIDTH - RIGHT}" y2="{TOP}"/>',
        f'<text class="y-label" x="{LEFT - 6}" y="{TOP + 4}">'
        f"{html.escape(shown(scale_of(chart)))}</text>",
        f'<line class="axis" x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}"/>',
    ]
    for g in range(0, len(chart.groups), step):
        x = LEFT + g * slot + slot / 2
        label = html.escape(chart.groups[g].short)
        parts.append(f'<text class="x-label" x="{_num(x)}" y="{base + 18}">{label}</text>')
    return parts


def svg_chart(chart: Chart, what: str) -> str:
    """A bar chart, grouped when there is more than one series."""
    desc = (
        f"Stapeldiagram: {what} Skalan går upp till {shown(scale_of(chart))}. "
        "Antal under 5 ritas som en randig stapel med samma höjd, märkt <5. "
        "Alla siffror finns i tabellen."
    )
    return "".join(
        [
            f'<svg class="chart-svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img"'
            f' aria-labelledby="{chart.id}-title {chart.id}-desc" data-testid="chart-{chart.id}">',
            f'<title id="{chart.id}-title">{html.escape(chart.title)}</title>',
            f'<desc id="{chart.id}-desc">{html.escape(desc)}</desc>',
            f'<defs><pattern id="{chart.id}-hatch" width="4" height="4"'
            ' patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            '<line class="hatch" x1="0" y1="0" x2="0" y2="4"/></pattern></defs>',
            *_axes(chart),
            *_bars(chart),
            "</svg>",
        ]
    )


def legend(chart: Chart) -> str:
    items = []
    if len(chart.series) > 1:
        items = [
            f'<li><span class="swatch s{i}" aria-hidden="true"></span>{html.escape(label)}</li>'
            for i, (_, label) in enumerate(chart.series)
        ]
    items.append('<li><span class="swatch swatch-small" aria-hidden="true"></span>under 5</li>')
    return f'<ul class="legend" aria-label="Förklaring">{"".join(items)}</ul>'


def data_table(chart: Chart, caption: str, row_heading: str) -> str:
    head = "".join(f'<th scope="col">{html.escape(label)}</th>' for _, label in chart.series)
    rows = []
    for group, values in zip(chart.groups, chart.values, strict=True):
        cells = "".join(
            f'<td data-group="{_attr(group.id)}" data-series="{_attr(key)}">'
            f"{html.escape(shown(count))}</td>"
            for (key, _), count in zip(chart.series, values, strict=True)
        )
        rows.append(f'<tr><th scope="row">{html.escape(group.long)}</th>{cells}</tr>')
    return (
        f'<div class="table-wrap" role="region" tabindex="0"'
        f' aria-labelledby="{chart.id}-caption">'
        f'<table class="data" data-testid="table-{chart.id}">'
        f'<caption id="{chart.id}-caption">{html.escape(caption)}</caption>'
        f'<thead><tr><th scope="col">{html.escape(row_heading)}</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


# ---- Sections of the page -------------------------------------------------


def _day(day: dt.date) -> Group:
    weekday = WEEKDAYS[day.weekday()]
    return Group(
        day.isoformat(), f"{weekday} {day.day}/{day.month}", f"{weekday} {day.isoformat()}"
    )


def _section(metric: Metric, chart: Chart, row_heading: str, extra: str = "") -> str:
    return (
        f'<section class="stat" id="stat-{chart.id}" data-metric="{_attr(metric.name)}"'
        f' aria-labelledby="{chart.id}-heading">'
        f'<h2 id="{chart.id}-heading">{html.escape(metric.heading)}</h2>'
        f'<p class="about">{html.escape(metric.about)}</p>'
        f'<div class="stat-body"><figure class="chart">{svg_chart(chart, metric.about)}'
        f"{legend(chart)}</figure>"
        f'<div class="stat-side">{data_table(chart, metric.heading, row_heading)}{extra}</div>'
        "</div></section>"
    )


def daily_section(metric: Metric, period: Period, table: Table) -> str:
    series = table.keys(metric.name)
    chart = Chart(
        metric.name,
        metric.heading,
        [_day(day) for day in period.days],
        series,
        [[table.count(day, metric.name, key) for key, _ in series] for day in period.days],
    )
    return _section(metric, chart, "Dag")


def bucket_totals(period: Period, table: Table) -> List[Tuple[str, int]]:
    """Waiting-time buckets, in order, with their totals over the period."""
    return [
        (key, sum(table.count(day, WAITS, key) for day in period.days))
        for key, _ in table.keys(WAITS)
    ]


def percentile_bucket(totals: Sequence[Tuple[str, int]], fraction: float) -> Optional[str]:
    """The bucket that holds the given share of the waits (nearest rank).

    None when fewer than 5 waited: a percentile of one or two people would
    describe those people.
    """
    total = sum(count for _, count in totals)
    if total < SMALL:
        return None
    rank, running = math.ceil(fraction * total), 0
    for label, count in totals:
        running += count
        if running >= rank:
            return label
    return totals[-1][0]


def _percentiles(totals: Sequence[Tuple[str, int]]) -> str:
    p50, p90 = percentile_bucket(totals, 0.5), percentile_bucket(totals, 0.9)
    if p50 is None or p90 is None:
        return '<p class="hint" data-testid="percentiles">För få väntetider för att uppskatta.</p>'
    return (
        '<dl class="percentiles" data-testid="percentiles">'
        f'<dt>Median (p50)</dt><dd data-testid="p50">{html.escape(p50)}</dd>'
        f'<dt>9 av 10 väntade högst (p90)</dt><dd data-testid="p90">{html.escape(p90)}</dd>'
        "</dl>"
        '<p class="hint">Uppskattat ur intervallen: värdet är det intervall där percentilen'
        " hamnar.</p>"
    )


def wait_section(period: Period, table: Table) -> str:
    totals = bucket_totals(period, table)
    labels = dict(table.keys(WAITS))
    chart = Chart(
        WAITS,
        WAIT.heading,
        [Group(key, labels[key], labels[key]) for key, _ in totals],
        (("", "Antal"),),
        [[count] for _, count in totals],
    )
    return _section(WAIT, chart, "Väntetid", _percentiles(totals))


def period_form(first: str, last: str) -> str:
    return (
        f'<form class="period" method="get" action="{PAGE}" data-testid="period">'
        '<div class="field"><label for="from">Från och med</label>'
        f'<input type="date" id="from" name="from" value="{_attr(first)}" required></div>'
        '<div class="field"><label for="to">Till och med</label>'
        f'<input type="date" id="to" name="to" value="{_attr(last)}" required></div>'
        '<button type="submit" class="button-primary">Visa</button></form>'
    )


def stats_body(period: Period, counts: Sequence[Count]) -> str:
    table = Table(counts)
    first, last = period.first.isoformat(), period.last.isoformat()
    csv_link = f"{CSV_PATH}?from={first}&amp;to={last}"
    return "".join(
        [
            period_form(first, last),
            f'<p class="period-shown" data-testid="period-shown">Visar {first} – {last}'
            f" ({len(period.days)} dagar).</p>",
            f'<p class="suppression">{html.escape(SUPPRESSION)}</p>',
            f'<p class="export"><a href="{csv_link}" download>Ladda ner siffrorna som CSV</a></p>',
            *(daily_section(metric, period, table) for metric in METRICS),
            wait_section(period, table),
        ]
    )


# ---- Handlers -------------------------------------------------------------


def _bad_period(request: web.Request, error: PeriodError) -> web.Response:
    form = period_form(request.query.get("from", "")[:10], request.query.get("to", "")[:10])
    alert = f'<p class="alert" role="alert" data-testid="alert">{html.escape(str(error))}</p>'
    return admin_page("Statistik", alert + form, status=400)


async def _counts(request: web.Request, period: Period) -> List[Count]:
    return await request.app[STATS].counts(period.first, period.last)


@admin_only
async def stats_page(request: web.Request) -> web.Response:
    try:
        period = parse_period(request.query, today())
    except PeriodError as error:
        return _bad_period(request, error)
    return admin_page("Statistik", stats_body(period, await _counts(request, period)))


def _cell(text: str) -> str:
    """A key as a spreadsheet will not run it as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def csv_rows(period: Period, counts: Sequence[Count]) -> Iterator[Tuple[str, str, str, str]]:
    """Every (day, metric, key) of the period, a missing row as 0: all through shown()."""
    table = Table(counts)
    for day in period.days:
        for metric in table.metrics():
            for key, _ in table.keys(metric):
                count = shown(table.count(day, metric, key))
                yield day.isoformat(), _cell(metric), _cell(key), count


@admin_only
async def stats_csv(request: web.Request) -> web.Response:
    try:
        period = parse_period(request.query, today())
    except PeriodError as error:
        return _bad_period(request, error)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("day", "metric", "key", "count"))
    writer.writerows(csv_rows(period, await _counts(request, period)))
    await request.app[STAFF].audit(request[CURRENT].staff_id, "stats_export")
    name = f"statistik-{period.first.isoformat()}-{period.last.isoformat()}.csv"
    return web.Response(
        text=out.getvalue(),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def setup(app: web.Application) -> None:
    app.router.add_get(PAGE, stats_page)
    # No HEAD: every export is audit-logged, and a HEAD would log one that sent nothing.
    app.router.add_get(CSV_PATH, stats_csv, allow_head=False)
