"""Weeks with no records in the managers' trend (QA s35: "week 3: 120, week 5: 90"). The
trend by week listed only the weeks something was recorded in, so a week when a kiosk was
down or a hub closed was not there at all and the trend was misread. Every week of the
range is now listed: 0 where nothing was recorded, and each week names the hubs that sent
no records for it (no ticket, check-in or form: a kiosk down or a hub closed), in the JSON,
both CSVs and the page. Through the real report routes, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from hubkiosk.store.db import Store, open_store
from hubkiosk.store.models import Outcome
from sync.client.engine import SyncState
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

# Weeks are grouped in SQL, each database its own way: run on both.
pytestmark = pytest.mark.both_databases

START = dt.date(2026, 11, 2)  # a Monday
END = dt.date(2026, 11, 29)  # a Sunday: four whole weeks
RANGE = {"from": START.isoformat(), "to": END.isoformat()}
BOTH: dict[str, str | list[str]] = {"hub": [HUB, OTHER_HUB]}
WEEKS = ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]

#: Visits by hub and day: nothing at all in the week from 16 November; the Town Hall's
#: kiosk sent nothing in the week from 9 November either.
VISITS = {
    HUB: {dt.date(2026, 11, 3): 2, dt.date(2026, 11, 10): 3, dt.date(2026, 11, 24): 4},
    OTHER_HUB: {dt.date(2026, 11, 4): 1, dt.date(2026, 11, 25): 1},
}


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TZ).astimezone(dt.UTC)


def send_visits(
    central: Central,
    store: Store,
    tmp_path: Path,
    clock: FakeClock,
    more: Callable[[Store, str], None] | None = None,
) -> Central:
    """Each hub's kiosk sends its :data:`VISITS` (and what ``more`` adds to its store) to
    ``central``, through the real sync."""
    for hub, days in VISITS.items():
        kiosk = store if hub == HUB else open_store(tmp_path / f"{hub}-kiosk")
        try:
            visits = Visits(kiosk, hub)
            for day, count in days.items():
                for n in range(count):
                    visits.visit(
                        "housing", at(day, 9, 5 * n), 10 + n, Outcome.RESOLVED_FIRST_CONTACT
                    )
            if more is not None:
                more(kiosk, hub)
            token = central.enrol(hub)
            status = make_engine(central.url, token, kiosk, clock, hub_id=hub).sync_once()
            assert status.state is SyncState.OK and status.pending == 0
        finally:
            if kiosk is not store:
                kiosk.close()
    return central


@pytest.fixture
def skipped_week(central: Central, store: Store, tmp_path: Path, clock: FakeClock) -> Central:
    return send_visits(central, store, tmp_path, clock)


def hub_report(central: Central, fmt: str, **params: str | list[str]) -> requests.Response:
    answer = requests.get(
        f"{central.url}/reports/hubs",
        params={**RANGE, "format": fmt, "key": REPORT_KEY, **params},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    return answer


def test_every_week_of_the_range_is_in_the_json_with_the_hubs_that_sent_nothing(
    skipped_week: Central,
) -> None:
    report = hub_report(skipped_week, "json", **BOTH).json()
    assert [w["day"] for w in report["weeks"]] == WEEKS
    weeks = [(w["day"], w["visits"], w["hubs_without_records"]) for w in report["weeks"]]
    assert weeks == [
        ("2026-11-02", 3, []),
        ("2026-11-09", 3, [OTHER_HUB]),
        ("2026-11-16", 0, [HUB, OTHER_HUB]),  # there, with 0, not left out
        ("2026-11-23", 5, []),
    ]
    empty = report["weeks"][2]
    assert (empty["referrals"], empty["waits_counted"], empty["wait_median_minutes"]) == (
        0,
        0,
        None,
    )
    assert empty["days_in_range"] == 7

    # Of every hub: the hubs with no kiosk here are named too (they sent nothing either).
    every = hub_report(skipped_week, "json").json()
    assert [w["day"] for w in every["weeks"]] == WEEKS
    hubs = [h["hub_id"] for h in every["hubs"]]
    assert len(hubs) > 2
    silent = {w["day"]: w["hubs_without_records"] for w in every["weeks"]}
    assert sorted(silent["2026-11-16"]) == sorted(hubs)
    assert sorted(silent["2026-11-02"]) == sorted(set(hubs) - {HUB, OTHER_HUB})

    # One hub: a week it sent nothing in is there too.
    bow = hub_report(skipped_week, "json", hub=HUB).json()
    assert [(w["day"], w["visits"], w["hubs_without_records"]) for w in bow["weeks"]] == [
        ("2026-11-02", 2, []),
        ("2026-11-09", 3, []),
        ("2026-11-16", 0, [HUB]),
        ("2026-11-23", 4, []),
    ]


def test_the_page_shows_a_week_with_no_records_and_says_so(skipped_week: Central) -> None:
    page = hub_report(skipped_week, "html", **BOTH).text
    table = re.search(r'<table id="weeks">(.*?)</table>', page, re.S)
    assert table is not None
    rows = {
        week: re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
        for week, row in re.findall(
            r'<tr data-week="([^"]+)"[^>]*>(.*?)</tr>', table.group(1), re.S
        )
    }
    assert list(rows) == WEEKS
    assert rows["2026-11-16"].startswith(
        "Mon 16 Nov 2026 (no records from either hub) 7 0 0 – – 0 "
    )
    assert rows["2026-11-09"].startswith(
        "Mon 9 Nov 2026 (no records from Town Hall Whitechapel) 7 3 "
    )
    assert rows["2026-11-02"].startswith("Mon 2 Nov 2026 7 3 ")
    assert "no records" not in rows["2026-11-02"] + rows["2026-11-23"]
    # What "no records" means, above the table: not a count of residents.
    note = re.search(r'<p class="source" id="no-records">(.*?)</p>', page, re.S)
    assert note is not None and "kiosk" in note.group(1) and "closed" in note.group(1)
    # The chart of visits by week has the week, its bar empty and its label saying why.
    bars = re.findall(
        r'data-label="([^"]+)" data-series="Visits in the week" data-value="([^"]+)"', page
    )
    assert bars == [
        ("w/c 02 Nov 2026", "3"),
        ("w/c 09 Nov 2026 (no records from 1 of 2 hubs)", "3"),
        ("w/c 16 Nov 2026 (no records)", "0"),
        ("w/c 23 Nov 2026", "5"),
    ]
    # Every hub sent something in every week: no mark, no note.
    full = hub_report(skipped_week, "html", hub=HUB, **{"from": "2026-11-02", "to": "2026-11-15"})
    trend = re.search(r'<section id="by-week">(.*?)</section>', full.text, re.S)
    assert trend is not None  # (the days it sent nothing on are marked in "By day")
    assert 'id="no-records"' not in full.text and "no records" not in trend.group(1)
    assert (
        "chart-weeks" in full.text
        and "(no records)" not in full.text.split("chart-weeks")[1].split("</figure>")[0]
    )
    # One hub: the week it sent nothing in says so.
    bow = hub_report(skipped_week, "html", hub=HUB).text
    assert re.search(
        r'data-week="2026-11-16"[^>]*><th scope="row">Mon 16 Nov 2026 <span '
        r'class="no-records">\(no records\)</span>',
        bow,
    )


def test_both_csvs_have_every_week(skipped_week: Central) -> None:
    weeks = list(
        csv.DictReader(io.StringIO(hub_report(skipped_week, "csv", table="weeks", **BOTH).text))
    )
    assert [(w["week_starting"], w["visits"], w["hubs_without_records"]) for w in weeks] == [
        ("2026-11-02", "3", ""),
        ("2026-11-09", "3", OTHER_HUB),
        ("2026-11-16", "0", f"{HUB} {OTHER_HUB}"),
        ("2026-11-23", "5", ""),
    ]
    rows = list(csv.DictReader(io.StringIO(hub_report(skipped_week, "csv", **BOTH).text)))
    week_rows = [r for r in rows if r["hub_id"] == "" and r["day"]]
    by_week: dict[str, dict[tuple[str, str], str]] = {}
    for r in week_rows:
        by_week.setdefault(r["day"], {})[(r["figure"], r["key"])] = r["value"]
    assert list(by_week) == WEEKS
    empty = by_week["2026-11-16"]
    assert empty[("visits", "")] == "0"
    assert empty[("hubs_without_records", "")] == "2"
    assert empty[("no_records_from", HUB)] == "1"
    assert empty[("no_records_from", OTHER_HUB)] == "1"
    assert by_week["2026-11-02"][("hubs_without_records", "")] == "0"
    assert ("no_records_from", HUB) not in by_week["2026-11-09"]
