"""The admin's statistics page and CSV export, on the real app factory.

A week of counts is seeded with `Stats.add`: some of 5 or more, some of 1–4,
some days with no row at all. Nothing under 5 may be readable anywhere: not
in a table cell, a chart label, a tooltip, nor a bar's height.
"""

import contextlib
import csv
import datetime as dt
import io
import re
from html.parser import HTMLParser

import pytest
from aiohttp.test_utils import TestClient

from bot.foundation.keys import STAFF, STORE
from bot.staff import statistics as report
from bot.stats.counts import (
    AGE_BANDS,
    CHANNELS,
    CONVERSATIONS,
    HANDOVERS,
    NO_CHANNEL,
    OTHER_CHANNEL,
    ROUTES,
    WAITS,
    Stats,
    shown,
)
from tests.gateway.fixtures import add_admin, staff_client

MONDAY = dt.date(2024, 6, 10)
WEEK = "from=2024-06-10&to=2024-06-16"
PAGE = "/staff/admin/stats"
CSV = "/staff/admin/stats.csv"

# (metric, key, days after MONDAY, count). 3 occurs once only: kast on Tuesday.
SEEDS = [
    (CONVERSATIONS, "", 0, 12),
    (CONVERSATIONS, "", 1, 6),
    (CONVERSATIONS, "", 2, 5),  # exactly 5 is shown
    (CONVERSATIONS, "", 3, 4),  # 4 is not; Friday (no row) looks the same
    (CONVERSATIONS, "", 5, 1),
    (ROUTES, "mika", 0, 9),
    (ROUTES, "kast", 1, 3),
    (ROUTES, "emergency", 2, 2),
    (ROUTES, "stodcentrum", 4, 7),
    (ROUTES, "annan", 4, 6),  # a key the page does not know: shown as stored
    (AGE_BANDS, "minor", 0, 8),
    (AGE_BANDS, "adult", 0, 2),
    (AGE_BANDS, "unknown", 6, 1),
    (HANDOVERS, "requested", 0, 10),
    (HANDOVERS, "queued", 0, 8),
    (HANDOVERS, "taken", 0, 6),
    (HANDOVERS, "missed", 0, 2),
    (WAITS, "0-1 min", 0, 6),
    (WAITS, "2-5 min", 1, 5),
    (WAITS, "2-5 min", 2, 5),
    (WAITS, "5-10 min", 3, 2),
    (WAITS, "40+ min", 4, 1),
    (CHANNELS, NO_CHANNEL, 0, 7),
    (CHANNELS, "annonssajt", 0, 5),
    (CHANNELS, "annonssajt", 1, 2),
    (CHANNELS, OTHER_CHANNEL, 2, 1),
]
OUTSIDE = (CONVERSATIONS, "", -1, 50)  # the Sunday before: never part of the week
DAILY_KEYS = {
    CONVERSATIONS: [""],
    ROUTES: ["mika", "kast", "stodcentrum", "preventell", "emergency", "annan"],
    AGE_BANDS: ["minor", "adult", "unknown"],
    HANDOVERS: ["requested", "queued", "taken", "missed"],
    CHANNELS: [NO_CHANNEL, OTHER_CHANNEL, "annonssajt"],
}
WAIT_TOTALS = {
    "0-1 min": 6,
    "1-2 min": 0,
    "2-5 min": 10,
    "5-10 min": 2,
    "10-20 min": 0,
    "20-40 min": 0,
    "40+ min": 1,
}
HEADINGS = [
    "Samtal som startats",
    "Hänvisningar",
    "Åldersgrupp",
    "Överlämningar",
    "Språk",
    "Kanaler",
    "Väntetid innan en uppsökare tog samtalet",
]


def seeded(metric, key, day):
    return sum(
        n for m, k, d, n in SEEDS if (m, k, MONDAY + dt.timedelta(days=d)) == (metric, key, day)
    )


async def seed(stats, rows):
    for metric, key, days, count in rows:
        for _ in range(count):
            await stats.add(metric, key, day=MONDAY + dt.timedelta(days=days))


@pytest.fixture
async def server(staff_app):
    """The app with anna and bo (workers), ada (admin), and the week's counts."""
    await add_admin(staff_app, "ada")
    await seed(Stats(staff_app.app[STORE].engine), [*SEEDS, OUTSIDE])
    return staff_app


@contextlib.asynccontextmanager
async def logged_in(server, name):
    client, _ = await staff_client(server, name)
    try:
        yield client
    finally:
        await client.session.close()  # TestClient.close would stop the shared server


class Page(HTMLParser):
    """Every element with its attributes, its text and the statistic it is in."""

    VOID = {"input", "meta", "link", "br", "img", "hr"}

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.elements, self.texts, self._open, self._metric = [], [], [], None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self._metric = attrs.get("data-metric")
        element = {"tag": tag, "attrs": attrs, "text": "", "metric": self._metric}
        self.elements.append(element)
        if tag not in self.VOID:
            self._open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.elements.append({"tag": tag, "attrs": dict(attrs), "text": "", "metric": None})

    def handle_endtag(self, tag):
        while self._open and self._open.pop()["tag"] != tag:
            pass
        if tag == "section":
            self._metric = None

    def handle_data(self, data):
        self.texts.append(data)
        for element in self._open:
            element["text"] += data

    def find(self, tag, metric=None, **attrs):
        return [
            e
            for e in self.elements
            if e["tag"] == tag
            and (metric is None or e["metric"] == metric)
            and all(e["attrs"].get(f"data-{name}") == value for name, value in attrs.items())
        ]

    def cell(self, metric, group, series):
        (cell,) = self.find("td", metric, group=group, series=series)
        return cell["text"]

    def texts_of(self, testid):
        return [e["text"] for e in self.elements if e["attrs"].get("data-testid") == testid]

    def column_heads(self, metric):
        return [th["text"] for th in self.find("th", metric) if th["attrs"].get("scope") == "col"]

    def bar(self, metric, group, series):
        (bar,) = self.find("rect", metric, group=group, series=series)
        return bar


async def admin_page(server, query=WEEK):
    async with logged_in(server, "ada") as ada:
        response = await ada.get(f"{PAGE}?{query}")
        return response, await response.text()


def week():
    return [MONDAY + dt.timedelta(days=i) for i in range(7)]


async def test_an_admin_sees_every_statistic_as_chart_and_table(server):
    response, text = await admin_page(server)
    assert response.status == 200
    assert response.content_type == "text/html"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    page = Page(text)
    assert [h["text"] for h in page.find("h2")] == HEADINGS
    assert report.SUPPRESSION in page.texts
    assert "Visar 2024-06-10 – 2024-06-16 (7 dagar)." in text
    # The CSP allows no inline style or script: the page must need none.
    assert "style=" not in text and "<script" not in text

    for metric in [*DAILY_KEYS, WAITS]:
        (svg,) = page.find("svg", metric)
        labelled = svg["attrs"]["aria-labelledby"].split()
        assert [e["tag"] for e in page.elements if e["attrs"].get("id") in labelled] == [
            "title",
            "desc",
        ]
        assert page.find("rect", metric) and page.find("table", metric)

    for metric, keys in DAILY_KEYS.items():
        for day in week():
            for key in keys:
                expected = shown(seeded(metric, key, day))
                assert page.cell(metric, day.isoformat(), key) == expected, (metric, key, day)
    for bucket, total in WAIT_TOTALS.items():
        assert page.cell(WAITS, bucket, "") == shown(total)

    assert page.column_heads(ROUTES) == [
        "Dag",
        "Mika",
        "KAST",
        "Stödcentrum",
        "Preventell",
        "112",
        "annan",
    ]
    assert page.column_heads(AGE_BANDS) == ["Dag", "Under 18", "18 eller äldre", "Okänd"]
    assert page.column_heads(HANDOVERS) == ["Dag", "Begärda", "I kö", "Tagna", "Missade"]
    # Channels: the operator's codes as they are written in links and embeds.
    assert page.column_heads(CHANNELS) == ["Dag", "Utan kanalkod", "Okänd kod", "annonssajt"]


async def test_no_count_under_five_can_be_read_anywhere_on_the_page(server):
    _, text = await admin_page(server)
    page = Page(text)

    # Kast on Tuesday is the only 3 seeded anywhere: its cell, bar and tooltip say "<5".
    assert page.cell(ROUTES, "2024-06-11", "kast") == "<5"
    kast = page.bar(ROUTES, "2024-06-11", "kast")
    assert kast["text"].endswith(": <5")
    assert kast["attrs"]["class"].startswith("bar-small")

    # No text on the page (cells, chart labels, tooltips, scale) is a number under 5,
    # and nothing from outside the week (50 on the Sunday before) got in.
    numbers = [int(t) for t in (s.strip() for s in page.texts) if re.fullmatch(r"[0-9]+", t)]
    assert numbers and min(numbers) >= 5 and 50 not in numbers
    for title in page.find("title"):
        if ": " in title["text"]:
            value = title["text"].rsplit(": ", 1)[1]
            assert value == "<5" or int(value) >= 5, title["text"]

    # Every bar under 5 is the same marker: 4, 1 and 0 (no row) look alike.
    small = [e for e in page.find("rect") if e["attrs"]["class"].startswith("bar-small")]
    assert {(e["attrs"]["height"], e["attrs"]["y"]) for e in small} == {("8", "182")}

    def looks(day):
        bar = page.bar(CONVERSATIONS, day, "")
        return (bar["attrs"]["class"], bar["attrs"]["height"], bar["text"].rsplit(": ")[1])

    assert looks("2024-06-13") == looks("2024-06-14") == looks("2024-06-15")
    assert looks("2024-06-13")[0].startswith("bar-small")
    # Counts of 5 and more keep their true heights: 12 is twice 6.
    assert looks("2024-06-10")[0].startswith("bar ")
    assert looks("2024-06-12")[0].startswith("bar ")
    heights = {d: float(looks(d)[1]) for d in ("2024-06-10", "2024-06-11", "2024-06-12")}
    assert heights["2024-06-10"] == pytest.approx(2 * heights["2024-06-11"], abs=0.2)
    assert heights["2024-06-12"] == pytest.approx(heights["2024-06-10"] * 5 / 12, abs=0.2)


async def test_waiting_times_give_estimated_percentiles_as_buckets(server):
    _, text = await admin_page(server)
    page = Page(text)
    # 19 waits: 6 under a minute, 10 of 2-5 min, 2 of 5-10 min, 1 over 40 min.
    assert page.texts_of("p50") == ["2-5 min"]
    assert page.texts_of("p90") == ["5-10 min"]


def test_percentiles_are_left_out_when_fewer_than_five_waited():
    assert report.percentile_bucket([("0-1 min", 3), ("1-2 min", 1)], 0.5) is None
    assert report.percentile_bucket([("0-1 min", 4), ("1-2 min", 1)], 0.5) == "0-1 min"
    assert report.percentile_bucket([("0-1 min", 4), ("1-2 min", 1)], 0.9) == "1-2 min"


async def test_the_default_period_is_the_last_seven_days(server, monkeypatch):
    monkeypatch.setattr(report, "today", lambda: dt.date(2024, 6, 16))
    response, text = await admin_page(server, query="")
    assert response.status == 200
    page = Page(text)
    values = {e["attrs"]["name"]: e["attrs"]["value"] for e in page.find("input")}
    assert values == {"from": "2024-06-10", "to": "2024-06-16"}
    days = [td["attrs"]["data-group"] for td in page.find("td", CONVERSATIONS)]
    assert days == [d.isoformat() for d in week()]


async def test_a_period_of_366_days_is_allowed(server):
    response, text = await admin_page(server, query="from=2023-06-17&to=2024-06-16")
    assert response.status == 200
    assert len(Page(text).find("td", CONVERSATIONS)) == 366


@pytest.mark.parametrize(
    "query, message",
    [
        ("from=2024-13-01&to=2024-06-16", "går inte att läsa"),
        ("from=2024-02-30", "går inte att läsa"),
        ("from=igår", "går inte att läsa"),
        ("from=20240610&to=20240616", "går inte att läsa"),
        ("from=２０２４-06-10", "går inte att läsa"),
        ("from=2024-06-16&to=2024-06-10", "måste vara samma dag som eller före"),
        ("from=2023-06-16&to=2024-06-16", "Välj högst 366 dagar"),
        ("to=0001-01-03", "Välj ett senare datum"),
    ],
)
async def test_bad_dates_get_400_with_a_swedish_message(server, query, message):
    async with logged_in(server, "ada") as ada:
        for path in (PAGE, CSV):
            response = await ada.get(f"{path}?{query}")
            assert response.status == 400, path
            assert response.content_type == "text/html"
            (alert,) = Page(await response.text()).texts_of("alert")
            assert message in alert
    assert "stats_export" not in [action for _, action, _ in await server.app[STAFF].audit_log()]


async def test_a_worker_gets_403_and_anonymous_callers_the_login(server):
    async with logged_in(server, "anna") as anna:
        for path in (PAGE, f"{CSV}?{WEEK}"):
            response = await anna.get(path)
            assert response.status == 403, path
            assert response.content_type == "text/html"
            assert "Den här sidan är bara för administratörer." in await response.text()
            assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    anonymous = TestClient(server)
    await anonymous.start_server()
    try:
        for path in (PAGE, f"{CSV}?{WEEK}"):
            response = await anonymous.get(path, allow_redirects=False)
            assert response.status == 303, path
            assert response.headers["Location"] == "/staff/"
    finally:
        await anonymous.session.close()
    assert "stats_export" not in [action for _, action, _ in await server.app[STAFF].audit_log()]


async def test_the_csv_export_is_suppressed_complete_and_audit_logged(server):
    async with logged_in(server, "ada") as ada:
        await ada.get(f"{PAGE}?{WEEK}")  # looking is not exporting
        response = await ada.get(f"{CSV}?{WEEK}")
        assert response.status == 200
        assert response.content_type == "text/csv" and response.charset == "utf-8"
        assert response.headers["Content-Disposition"] == (
            'attachment; filename="statistik-2024-06-10-2024-06-16.csv"'
        )
        rows = list(csv.reader(io.StringIO(await response.text())))

    assert rows[0] == ["day", "metric", "key", "count"]
    counts = {(day, metric, key): count for day, metric, key, count in rows[1:]}
    assert len(counts) == len(rows) - 1 == 7 * (1 + 6 + 3 + 4 + 2 + 3 + 7)
    assert {day for day, _, _ in counts} == {d.isoformat() for d in week()}
    for metric, keys in {**DAILY_KEYS, WAITS: list(WAIT_TOTALS)}.items():
        for day in week():
            for key in keys:
                expected = shown(seeded(metric, key, day))
                assert counts[(day.isoformat(), metric, key)] == expected, (metric, key, day)
    assert counts[("2024-06-10", CONVERSATIONS, "")] == "12"
    assert counts[("2024-06-12", CONVERSATIONS, "")] == "5"
    assert counts[("2024-06-11", ROUTES, "kast")] == "<5"  # 3
    assert counts[("2024-06-14", CONVERSATIONS, "")] == "<5"  # no row: 0
    assert all(count == "<5" or int(count) >= 5 for count in counts.values())

    (ada_id,) = [m.id for m in await server.app[STAFF].list() if m.name == "ada"]
    exports = [e for e in await server.app[STAFF].audit_log() if e[1] == "stats_export"]
    assert exports == [(ada_id, "stats_export", None)]
