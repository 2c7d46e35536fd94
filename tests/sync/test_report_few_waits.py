"""How many waits a median is of, on the hub report's page (QA s36: "a median of 2 waits
reads as solid as one of 2,000"). The by-hub table showed the median and 90th percentile
wait alone; the count was only in the CSV and JSON (``waits_counted``). The page now
shows it beside them, and marks a median of fewer waits than the reports' small-count
rule (:data:`sync.server.survey_reports.MIN_RESPONSES_SHOWN`) as of few waits. Through
the real report route, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import requests

from hubkiosk.store.db import Store, open_store
from hubkiosk.store.models import Outcome
from sync.client.engine import SyncState
from sync.server.survey_reports import MIN_RESPONSES_SHOWN
from tests.sync.conftest import (
    HUB,
    OTHER_HUB,
    REPORT_KEY,
    TZ,
    Central,
    FakeClock,
    Visits,
    make_engine,
)

# The waits' percentiles are SQL of each database's own: run on both.
pytestmark = pytest.mark.both_databases

DAY = dt.date(2026, 11, 10)
#: Waits (minutes) by hub: two at Bow (too few to lean on), six at the Town Hall.
WAITS = {HUB: [10, 30], OTHER_HUB: [5, 10, 15, 20, 25, 30]}


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute), tzinfo=TZ).astimezone(dt.UTC)


@pytest.fixture
def waited(central: Central, store: Store, tmp_path: Path, clock: FakeClock) -> Central:
    for hub, waits in WAITS.items():
        kiosk = store if hub == HUB else open_store(tmp_path / f"{hub}-kiosk")
        try:
            visits = Visits(kiosk, hub)
            for n, minutes in enumerate(waits):
                visits.visit("housing", at(9, 5 * n), minutes, Outcome.RESOLVED_FIRST_CONTACT)
            token = central.enrol(hub)
            status = make_engine(central.url, token, kiosk, clock, hub_id=hub).sync_once()
            assert status.state is SyncState.OK and status.pending == 0
        finally:
            if kiosk is not store:
                kiosk.close()
    return central


def text(cell: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell)).strip()


def test_the_by_hub_table_says_how_many_waits_a_median_is_of(waited: Central) -> None:
    assert len(WAITS[HUB]) < MIN_RESPONSES_SHOWN <= len(WAITS[OTHER_HUB])
    page = requests.get(
        f"{waited.url}/reports/hubs",
        params={
            "from": DAY.isoformat(),
            "to": DAY.isoformat(),
            "hub": [HUB, OTHER_HUB],
            "format": "html",
            "key": REPORT_KEY,
        },  # fmt: skip
        timeout=30,
    ).text
    table = re.search(r'<table id="hubs">(.*?)</table>', page, re.S)
    assert table is not None
    heads = [text(h) for h in re.findall(r"<th>(.*?)</th>", table.group(1))]
    # The count stands just before the median and the 90th percentile it is the count of.
    at_median = heads.index("Median wait (min)")
    assert heads[at_median - 1 : at_median + 2] == [
        "Waits counted",
        "Median wait (min)",
        "90th percentile wait (min)",
    ]

    def cells(hub: str) -> dict[str, str]:
        row = re.search(rf'<tr data-hub="{hub}">(.*?)</tr>', table.group(1), re.S)
        assert row is not None
        found = re.findall(r'<td class="([^"]*)" data-figure="(\w+)">(.*?)</td>', row.group(1))
        return {figure: text(cell) for _, figure, cell in found}

    bow, town_hall = cells(HUB), cells(OTHER_HUB)
    assert bow["waits_counted"] == "2"
    assert bow["wait_median_minutes"] == "20.0 (few waits)"
    assert town_hall["waits_counted"] == "6"
    assert town_hall["wait_median_minutes"] == "17.5"  # six waits: no mark
    # What the mark means, beside the rule of what a wait is.
    note = re.search(r'<p class="source" id="few-waits">(.*?)</p>', page, re.S)
    assert note is not None
    assert f"fewer than {MIN_RESPONSES_SHOWN} waits" in text(note.group(1))

    # The trend and the days show the count too (a week or a day of few waits is marked).
    weeks = re.search(r'<table id="weeks">(.*?)</table>', page, re.S)
    assert weeks is not None
    assert re.search(r'data-figure="waits_counted">8</td>', weeks.group(1))
    assert "(few waits)" not in weeks.group(1)
    days = re.search(r'<table id="days">(.*?)</table>', page, re.S)
    assert days is not None
    assert re.search(r'data-figure="waits_counted">2</td>', days.group(1))
    assert "(few waits)" in days.group(1)

    # A hub with no waits shows none counted, and no median to mark.
    empty = requests.get(
        f"{waited.url}/reports/hubs",
        params={
            "from": "2026-11-11",
            "to": "2026-11-11",
            "hub": HUB,
            "format": "html",
            "key": REPORT_KEY,
        },  # fmt: skip
        timeout=30,
    ).text
    row = re.search(rf'<table id="hubs">.*?<tr data-hub="{HUB}">(.*?)</tr>', empty, re.S)
    assert row is not None
    assert 'data-figure="waits_counted">0</td>' in row.group(1)
    assert "few waits" not in row.group(1)
