"""Part weeks in the managers' reports (QA: a range from Sunday 25 October to Monday
30 November 2026). Its first "week" (from Monday 19 October) holds one day of the range,
its last (from Monday 30 November) one day too: the trend by week showed them beside whole
weeks, unmarked, as a dip; the "Every figure" CSV left the weeks out; its channel-shift rows
were dated 19 October, before the range's start. Through the real report routes, on
SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
from pathlib import Path

import pytest
import requests

from hubkiosk.store.db import Store, open_store
from hubkiosk.store.models import Feedback, Outcome
from sync.client.engine import SyncState
from tests.survey.test_survey_reports import push  # the records through the real route
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

START = dt.date(2026, 10, 25)  # a Sunday
END = dt.date(2026, 11, 30)  # a Monday
RANGE = {"from": START.isoformat(), "to": END.isoformat()}

#: Visits by day: a Saturday and a Tuesday outside the range, the rest inside it.
VISITS = {
    dt.date(2026, 10, 24): 4,  # Saturday, before the range
    dt.date(2026, 10, 25): 2,  # Sunday: the only day of the week from 19 October
    dt.date(2026, 10, 27): 3,  # a whole week, from 26 October
    dt.date(2026, 11, 11): 5,
    dt.date(2026, 11, 30): 1,  # Monday: the only day of the week from 30 November
    dt.date(2026, 12, 1): 6,  # Tuesday, after the range
}


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TZ).astimezone(dt.UTC)


@pytest.fixture
def part_weeks(central: Central, store: Store, tmp_path: Path, clock: FakeClock) -> Central:
    visits = Visits(store, HUB)
    for day, count in VISITS.items():
        for n in range(count):
            visits.visit("housing", at(day, 9, 5 * n), 10 + n, Outcome.RESOLVED_FIRST_CONTACT)
    token = central.enrol(HUB)
    status = make_engine(central.url, token, store, clock, hub_id=HUB).sync_once()
    assert status.state is SyncState.OK and status.pending == 0
    # A second hub with one visit in the first part week: the channel shift's rows per hub.
    other = open_store(tmp_path / "town-hall-kiosk")
    try:
        Visits(other, OTHER_HUB).visit(
            "council-tax", at(START, 11), 5, Outcome.RESOLVED_FIRST_CONTACT
        )
        token = central.enrol(OTHER_HUB)
        status = make_engine(central.url, token, other, clock, hub_id=OTHER_HUB).sync_once()
        assert status.state is SyncState.OK and status.pending == 0
    finally:
        other.close()
    return central


def hub_report(central: Central, fmt: str, **params: str) -> requests.Response:
    answer = requests.get(
        f"{central.url}/reports/hubs",
        params={**RANGE, "format": fmt, "key": REPORT_KEY, **params},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    return answer


def test_each_week_says_how_many_of_its_days_are_in_the_range(part_weeks: Central) -> None:
    report = hub_report(part_weeks, "json").json()

    weeks = [
        (w["day"], w["visits"], w["days_in_range"], w["first_day_in_range"], w["last_day_in_range"])
        for w in report["weeks"]
    ]
    assert weeks == [
        ("2026-10-19", 3, 1, "2026-10-25", "2026-10-25"),  # Bow's 2 and the Town Hall's 1
        ("2026-10-26", 3, 7, "2026-10-26", "2026-11-01"),
        ("2026-11-02", 0, 7, "2026-11-02", "2026-11-08"),  # every week, 0 when none
        ("2026-11-09", 5, 7, "2026-11-09", "2026-11-15"),
        ("2026-11-16", 0, 7, "2026-11-16", "2026-11-22"),
        ("2026-11-23", 0, 7, "2026-11-23", "2026-11-29"),
        ("2026-11-30", 1, 1, "2026-11-30", "2026-11-30"),
    ]
    # The channel shift's weeks say so too; their ``week`` is still the Monday (as before).
    shift = {(c["hub_id"], c["week"]): c for c in report["channel_shift"]}
    first = shift[(HUB, "2026-10-19")]
    assert (first["days_in_range"], first["first_day_in_range"]) == (1, "2026-10-25")
    assert first["last_day_in_range"] == "2026-10-25" and first["self_service"] == 2
    assert shift[(HUB, "2026-10-26")]["days_in_range"] == 7
    assert shift[(OTHER_HUB, "2026-10-19")]["days_in_range"] == 1

    # A range of whole weeks has none but whole weeks.
    whole = hub_report(part_weeks, "json", **{"from": "2026-10-26", "to": "2026-11-15"}).json()
    assert [(w["day"], w["days_in_range"]) for w in whole["weeks"]] == [
        ("2026-10-26", 7),
        ("2026-11-02", 7),
        ("2026-11-09", 7),
    ]
    # Within one week: its days in range are those asked for.
    inside = hub_report(part_weeks, "json", **{"from": "2026-10-27", "to": "2026-10-29"}).json()
    assert [(w["day"], w["days_in_range"], w["visits"]) for w in inside["weeks"]] == [
        ("2026-10-26", 3, 3)
    ]


def test_the_page_labels_a_part_week_plainly(part_weeks: Central) -> None:
    page = hub_report(part_weeks, "html").text
    table = re.search(r'<table id="weeks">(.*?)</table>', page, re.S)
    assert table is not None
    rows = {
        week: re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
        for week, row in re.findall(
            r'<tr data-week="([^"]+)"[^>]*>(.*?)</tr>', table.group(1), re.S
        )
    }
    # (Three of the five hubs have no kiosk here: they sent no records in any week.)
    others = "Cubitt Town Library, Idea Store Chrisp Street, Professional Development Centre"
    assert rows["2026-10-19"].startswith(
        f"Mon 19 Oct 2026 (1 day in range: Sun 25 Oct) (no records from {others} Bethnal Green) 1 3 "
    )
    assert rows["2026-11-30"].startswith(
        "Mon 30 Nov 2026 (1 day in range: Mon 30 Nov) "
        f"(no records from {others} Bethnal Green, Town Hall Whitechapel) 1 1 "
    )
    assert rows["2026-10-26"].startswith(
        f"Mon 26 Oct 2026 (no records from {others} Bethnal Green, Town Hall Whitechapel) 7 3 "
    )
    assert "<th>Days in range</th>" in table.group(1)
    # Part weeks are told apart from whole ones, and why, above the table.
    assert re.search(r'<tr data-week="2026-10-19" data-days="1" class="part-week">', page)
    assert re.search(r'<tr data-week="2026-10-26" data-days="7">', page)
    note = re.search(r'<p class="source" id="part-weeks">(.*?)</p>', page, re.S)
    assert note is not None and "25 October 2026" in note.group(1)
    assert "30 November 2026" in note.group(1)
    # The chart of visits by week says so beside each part week's bar.
    bars = re.findall(r'data-label="([^"]+)" data-series="Visits in the week"', page)
    assert bars == [
        "w/c 19 Oct 2026 (1 day in range; no records from 3 of 5 hubs)",
        "w/c 26 Oct 2026 (no records from 4 of 5 hubs)",
        "w/c 02 Nov 2026 (no records)",
        "w/c 09 Nov 2026 (no records from 4 of 5 hubs)",
        "w/c 16 Nov 2026 (no records)",
        "w/c 23 Nov 2026 (no records)",
        "w/c 30 Nov 2026 (1 day in range; no records from 4 of 5 hubs)",
    ]
    # The channel shift's table marks its part weeks the same way.
    shift = re.search(r'<table id="channel-shift"(.*?)</table>', page, re.S)
    assert shift is not None
    firsts = re.findall(r'<tr data-hub="[^"]*" data-week="2026-10-19"[^>]*><td>([^<]+)</td>', page)
    assert firsts and all(cell == "Mon 19 Oct 2026 (1 day in range: Sun 25 Oct)" for cell in firsts)
    # Of whole weeks only, no note.
    whole = hub_report(part_weeks, "html", **{"from": "2026-10-26", "to": "2026-11-15"}).text
    assert 'id="part-weeks"' not in whole and "in range)" not in whole


def test_every_figure_csv_has_the_weeks_and_no_row_dated_before_the_range(
    part_weeks: Central,
) -> None:
    text = hub_report(part_weeks, "csv").text
    rows = list(csv.DictReader(io.StringIO(text)))
    # Its columns as they were (a hub's row and a day's row unchanged).
    assert text.splitlines()[0] == "from,to,hub_id,hub_name,day,figure,key,value"
    assert "2026-10-25,2026-11-30,idea-store-bow,Idea Store Bow,,visits,,11\r\n" in text

    def by_day(hub_name: str, key: str = "") -> dict[str, dict[str, str]]:
        """The rows of ``hub_name`` (and ``key``) with a day, by day and figure."""
        found: dict[str, dict[str, str]] = {}
        for r in rows:
            if r["hub_name"] == hub_name and r["hub_id"] in ("", HUB) and r["key"] == key:
                found.setdefault(r["day"], {})[r["figure"]] = r["value"]
        return found

    # The weekly figures are there (every hub together, as in the weeks table), each week
    # dated by its first day in the range and saying its Monday and its days in range.
    weeks = {
        day: (f["week_starting"], f["days_in_range"], f["visits"])
        for day, f in by_day("All hubs").items()
    }
    assert weeks == {
        "2026-10-25": ("2026-10-19", "1", "3"),
        "2026-10-26": ("2026-10-26", "7", "3"),
        "2026-11-02": ("2026-11-02", "7", "0"),
        "2026-11-09": ("2026-11-09", "7", "5"),
        "2026-11-16": ("2026-11-16", "7", "0"),
        "2026-11-23": ("2026-11-23", "7", "0"),
        "2026-11-30": ("2026-11-30", "1", "1"),
    }
    # No row is dated before the range's start or after its end (the channel shift's were).
    days = {r["day"] for r in rows if r["day"]}
    assert min(days) == "2026-10-25" and max(days) == "2026-11-30"
    shift = by_day("Idea Store Bow", "ticket:housing")
    assert {
        day: (f["week_starting"], f["days_in_range"], f["self_service"]) for day, f in shift.items()
    } == {
        "2026-10-25": ("2026-10-19", "1", "2"),
        "2026-10-26": ("2026-10-26", "7", "3"),
        "2026-11-09": ("2026-11-09", "7", "5"),
        "2026-11-30": ("2026-11-30", "1", "1"),
    }

    # The weeks table and the channel shift's say how many of each week's days are in range.
    table = list(csv.DictReader(io.StringIO(hub_report(part_weeks, "csv", table="weeks").text)))
    assert [
        (w["week_starting"], w["days_in_range"], w["first_day_in_range"], w["last_day_in_range"])
        for w in table
    ] == [
        ("2026-10-19", "1", "2026-10-25", "2026-10-25"),
        ("2026-10-26", "7", "2026-10-26", "2026-11-01"),
        ("2026-11-02", "7", "2026-11-02", "2026-11-08"),
        ("2026-11-09", "7", "2026-11-09", "2026-11-15"),
        ("2026-11-16", "7", "2026-11-16", "2026-11-22"),
        ("2026-11-23", "7", "2026-11-23", "2026-11-29"),
        ("2026-11-30", "1", "2026-11-30", "2026-11-30"),
    ]
    channel = hub_report(part_weeks, "csv", table="channel_shift").text
    first = next(csv.DictReader(io.StringIO(channel)))
    assert (first["week_starting"], first["days_in_range"]) == ("2026-10-19", "1")
    assert first["first_day_in_range"] == "2026-10-25"


def test_feedback_by_week_says_how_many_of_its_days_are_in_the_range(central: Central) -> None:
    # Five answers a day (enough to be shown) on the range's first and last days and one
    # day of a whole week between; five more the day before the range.
    days = [dt.date(2026, 10, 24), START, dt.date(2026, 11, 11), END]
    push(
        central,
        HUB,
        [
            Feedback(
                id=uuid.uuid4(),
                created_at=at(day, 12),
                hub_id=HUB,
                score=score,
                visit_token=uuid.uuid4().hex,
                service_id="housing",
                wait_minutes=5,
            )
            for day in days
            for score in (5, 4, 4, 3, 2)
        ],
    )

    def feedback(fmt: str) -> requests.Response:
        answer = requests.get(
            f"{central.url}/reports/feedback",
            params={**RANGE, "format": fmt, "key": REPORT_KEY},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        return answer

    report = feedback("json").json()
    assert [
        (b["key"], b["label"], b["count"], b["days_in_range"], b["first_day_in_range"])
        for b in report["by_week"]
    ] == [
        ("2026-10-19", "2026-10-19", 5, 1, "2026-10-25"),
        ("2026-10-26", "2026-10-26", 0, 7, "2026-10-26"),  # every week, 0 when none
        ("2026-11-02", "2026-11-02", 0, 7, "2026-11-02"),
        ("2026-11-09", "2026-11-09", 5, 7, "2026-11-09"),
        ("2026-11-16", "2026-11-16", 0, 7, "2026-11-16"),
        ("2026-11-23", "2026-11-23", 0, 7, "2026-11-23"),
        ("2026-11-30", "2026-11-30", 5, 1, "2026-11-30"),
    ]
    assert [b["last_day_in_range"] for b in report["by_week"]] == [
        "2026-10-25",
        "2026-11-01",
        "2026-11-08",
        "2026-11-15",
        "2026-11-22",
        "2026-11-29",
        "2026-11-30",
    ]
    # Other sections are as they were.
    assert "days_in_range" not in report["by_hub"][0]

    rows = [r for r in csv.DictReader(io.StringIO(feedback("csv").text)) if r["section"] == "week"]
    assert [(r["key"], r["days_in_range"]) for r in rows] == [
        ("2026-10-19", "1"),
        ("2026-10-26", "7"),
        ("2026-11-02", "7"),
        ("2026-11-09", "7"),
        ("2026-11-16", "7"),
        ("2026-11-23", "7"),
        ("2026-11-30", "1"),
    ]
    page = feedback("html").text
    table = re.search(r'<table id="net-week">(.*?)</table>', page, re.S)
    assert table is not None
    labels = [
        (key, re.sub(r"<[^>]+>", "", label))
        for key, label in re.findall(r'<tr data-key="([^"]+)"><td>(.*?)</td>', table.group(1))
    ]
    # Only Bow's kiosk sent anything (its feedback), and only in three of the weeks.
    others = (
        "Cubitt Town Library, Idea Store Chrisp Street, Professional Development Centre "
        "Bethnal Green, Town Hall Whitechapel"
    )
    assert labels == [
        ("2026-10-19", f"2026-10-19 (1 day in range: Sun 25 Oct) (no records from {others})"),
        ("2026-10-26", "2026-10-26 (no records from any hub)"),
        ("2026-11-02", "2026-11-02 (no records from any hub)"),
        ("2026-11-09", f"2026-11-09 (no records from {others})"),
        ("2026-11-16", "2026-11-16 (no records from any hub)"),
        ("2026-11-23", "2026-11-23 (no records from any hub)"),
        ("2026-11-30", f"2026-11-30 (1 day in range: Mon 30 Nov) (no records from {others})"),
    ]
