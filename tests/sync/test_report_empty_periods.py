"""Periods with no records in the managers' reports, beyond the trend by week (QA s36).
The quick feedback's weeks, the channel-shift table and the hub report's "By day" table
listed only the periods something was recorded in, so a manager could not tell a period
with nothing from one not shown. Each now lists every period of the range: the feedback's
every week (0 answers, and the hubs that sent no records for it), the hub report's every
day for every hub (0, marked "no records" where the hub sent nothing that day), and the
channel shift one row for each hub and week it has nothing for (0 self-service, 0
assisted, no share; marked "no records" where the hub sent nothing at all that week):
not a row for every activity and service of every hub and week, which would bury the
rows with figures under rows of zeros. In the JSON, the CSVs and the page alike, through
the real report routes, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
from pathlib import Path

import pytest
import requests

from hubkiosk.store import outbox
from hubkiosk.store.db import Store
from hubkiosk.store.models import Feedback
from tests.sync.conftest import HUB, OTHER_HUB, REPORT_KEY, Central, FakeClock
from tests.sync.test_report_empty_weeks import (
    BOTH,
    RANGE,
    START,
    WEEKS,
    at,
    send_visits,
)

# Days and weeks are grouped in SQL, each database its own way: run on both.
pytestmark = pytest.mark.both_databases

DAYS = [(START + dt.timedelta(days=n)).isoformat() for n in range(28)]

#: Quick feedback (five answers, enough to be shown): Bow's in the first week, the Town
#: Hall's in the last; none in the weeks between.
FEEDBACK = {HUB: dt.date(2026, 11, 3), OTHER_HUB: dt.date(2026, 11, 25)}


def feedback(kiosk: Store, hub: str) -> None:
    """Five quick feedback answers on the hub's :data:`FEEDBACK` day."""
    with kiosk.session() as session:
        for n, score in enumerate((5, 4, 4, 3, 2)):
            outbox.add_record(
                session,
                Feedback(
                    id=uuid.uuid4(),
                    created_at=at(FEEDBACK[hub], 12, n),
                    hub_id=hub,
                    score=score,
                    visit_token=uuid.uuid4().hex,
                    service_id="housing",
                    wait_minutes=10,
                ),
            )


@pytest.fixture
def skipped(central: Central, store: Store, tmp_path: Path, clock: FakeClock) -> Central:
    """:data:`VISITS` as in test_report_empty_weeks (nothing in the week from 16 November,
    nothing from the Town Hall in the week from 9 November either), and the feedback."""
    return send_visits(central, store, tmp_path, clock, feedback)


def report(central: Central, path: str, fmt: str, **params: str | list[str]) -> requests.Response:
    answer = requests.get(
        f"{central.url}/reports/{path}",
        params={**RANGE, "format": fmt, "key": REPORT_KEY, **params},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    return answer


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def table(page: str, table_id: str) -> str:
    found = re.search(rf'<table id="{table_id}"[^>]*>(.*?)</table>', page, re.S)
    assert found is not None, table_id
    return found.group(1)


# Quick feedback ------------------------------------------------------------------------------
def test_the_feedback_report_lists_every_week(skipped: Central) -> None:
    data = report(skipped, "feedback", "json", **BOTH).json()
    weeks = [(w["key"], w["count"], w["hubs_without_records"]) for w in data["by_week"]]
    assert weeks == [
        ("2026-11-02", 5, []),
        ("2026-11-09", 0, [OTHER_HUB]),  # Bow's kiosk sent visits, and no one answered
        ("2026-11-16", 0, [HUB, OTHER_HUB]),  # there, with 0, not left out
        ("2026-11-23", 5, []),
    ]
    empty = data["by_week"][2]
    assert (empty["average_score"], empty["net_score"], empty["suppressed"]) == (None, None, False)
    assert empty["days_in_range"] == 7
    # The weeks with answers are as they were: no figure is hidden beside a week of 0.
    assert data["by_week"][0]["average_score"] == 3.6 and not data["by_week"][0]["suppressed"]
    assert data["count"] == 10

    rows = [
        r
        for r in csv.DictReader(io.StringIO(report(skipped, "feedback", "csv", **BOTH).text))
        if r["section"] == "week"
    ]
    assert [
        (r["key"], r["count"], r["average_score"], r["hubs_without_records"]) for r in rows
    ] == [
        ("2026-11-02", "5", "3.60", ""),
        ("2026-11-09", "0", "", OTHER_HUB),
        ("2026-11-16", "0", "", f"{HUB} {OTHER_HUB}"),
        ("2026-11-23", "5", "3.60", ""),
    ]

    page = report(skipped, "feedback", "html", **BOTH).text
    shown = {
        key: text(row)
        for key, row in re.findall(
            r'<tr data-key="([^"]+)">(.*?)</tr>', table(page, "net-week"), re.S
        )
    }
    assert list(shown) == WEEKS
    assert shown["2026-11-16"] == "2026-11-16 (no records from either hub) 0 – – –"
    assert shown["2026-11-09"] == "2026-11-09 (no records from Town Hall Whitechapel) 0 – – –"
    assert shown["2026-11-02"].startswith("2026-11-02 5 3.60")
    note = re.search(r'<p class="source" id="no-records">(.*?)</p>', page, re.S)
    assert note is not None and "0 answers" in text(note.group(1))


# The hub report's days -----------------------------------------------------------------------
def test_the_hub_report_lists_every_day_of_every_hub(skipped: Central) -> None:
    data = report(skipped, "hubs", "json", **BOTH).json()
    days = {(d["hub_id"], d["day"]): (d["visits"], d["no_records"]) for d in data["days"]}
    assert len(data["days"]) == len(days) == 2 * len(DAYS)
    assert [d["day"] for d in data["days"] if d["hub_id"] == HUB] == DAYS
    assert days[(HUB, "2026-11-03")] == (2, False)
    assert days[(HUB, "2026-11-04")] == (0, True)  # there, with 0, not left out
    assert days[(OTHER_HUB, "2026-11-04")] == (1, False)
    assert days[(HUB, "2026-11-17")] == days[(OTHER_HUB, "2026-11-17")] == (0, True)
    assert sum(visits for visits, _ in days.values()) == data["totals"]["visits"] == 11

    rows = list(
        csv.DictReader(io.StringIO(report(skipped, "hubs", "csv", table="days", **BOTH).text))
    )
    assert len(rows) == 2 * len(DAYS)
    by_day = {(r["hub_id"], r["day"]): (r["visits"], r["no_records"]) for r in rows}
    assert by_day[(HUB, "2026-11-04")] == ("0", "true")
    assert by_day[(OTHER_HUB, "2026-11-04")] == ("1", "false")
    # The "Every figure" CSV: each hub's day says whether the hub sent no records for it.
    long = list(csv.DictReader(io.StringIO(report(skipped, "hubs", "csv", **BOTH).text)))
    flags = {(r["hub_id"], r["day"]): r["value"] for r in long if r["figure"] == "no_records"}
    assert len(flags) == 2 * len(DAYS)
    assert (flags[(HUB, "2026-11-04")], flags[(HUB, "2026-11-03")]) == ("1", "0")

    page = report(skipped, "hubs", "html", **BOTH).text
    shown = {
        (hub, day): text(row)
        for hub, day, row in re.findall(
            r'<tr data-hub="([^"]+)" data-day="([^"]+)"[^>]*>(.*?)</tr>', table(page, "days"), re.S
        )
    }
    assert len(shown) == 2 * len(DAYS)
    assert shown[(HUB, "2026-11-04")].startswith("Wed 4 Nov 2026 Idea Store Bow (no records) 0 0 –")
    assert shown[(HUB, "2026-11-03")].startswith("Tue 3 Nov 2026 Idea Store Bow 2 ")
    assert "no records" not in shown[(OTHER_HUB, "2026-11-04")]
    days_in_order = [day for _, day in shown]
    assert days_in_order == sorted(days_in_order)
    note = re.search(r'<p class="source" id="no-records-days">(.*?)</p>', page, re.S)
    assert note is not None and "every hub" in text(note.group(1))


# The channel shift ---------------------------------------------------------------------------
def test_the_channel_shift_has_each_hub_and_week_it_has_nothing_for(skipped: Central) -> None:
    data = report(skipped, "hubs", "json", **BOTH).json()
    rows = data["channel_shift"]
    weeks = {hub: [r["week"] for r in rows if r["hub_id"] == hub] for hub in (HUB, OTHER_HUB)}
    assert weeks == {HUB: WEEKS, OTHER_HUB: WEEKS}  # one row each: a ticket, or nothing
    nothing = [r for r in rows if r["activity"] == ""]
    assert [(r["hub_id"], r["week"]) for r in nothing] == [
        (HUB, "2026-11-16"),
        (OTHER_HUB, "2026-11-09"),
        (OTHER_HUB, "2026-11-16"),
    ]
    for row in nothing:
        assert (row["self_service"], row["assisted"], row["total"]) == (0, 0, 0)
        assert (row["self_service_share"], row["assisted_share"]) == (None, None)
        assert row["no_records"] is True and row["service_id"] is None
    assert not any(r["no_records"] for r in rows if r["activity"])
    ticket = next(r for r in rows if r["hub_id"] == HUB and r["week"] == "2026-11-02")
    assert (ticket["self_service"], ticket["self_service_share"]) == (2, 100.0)

    table_csv = list(
        csv.DictReader(
            io.StringIO(report(skipped, "hubs", "csv", table="channel_shift", **BOTH).text)
        )
    )
    empty = [
        (r["hub_id"], r["week_starting"], r["self_service"], r["self_service_share"])
        for r in table_csv
        if r["no_records"] == "true"
    ]
    assert empty == [
        (HUB, "2026-11-16", "0", ""),
        (OTHER_HUB, "2026-11-09", "0", ""),
        (OTHER_HUB, "2026-11-16", "0", ""),
    ]
    long = list(csv.DictReader(io.StringIO(report(skipped, "hubs", "csv", **BOTH).text)))
    shift = [r for r in long if r["figure"] == "no_records" and r["key"] == ":"]
    assert [(r["hub_id"], r["day"], r["value"]) for r in shift] == [
        (HUB, "2026-11-16", "1"),
        (OTHER_HUB, "2026-11-09", "1"),
        (OTHER_HUB, "2026-11-16", "1"),
    ]

    page = report(skipped, "hubs", "html", **BOTH).text
    shown = [
        (hub, week, text(row))
        for hub, week, row in re.findall(
            r'<tr data-hub="([^"]+)" data-week="([^"]+)"[^>]*>(.*?)</tr>',
            table(page, "channel-shift"),
            re.S,
        )
    ]
    assert len(shown) == 8
    town_hall = {week: row for hub, week, row in shown if hub == OTHER_HUB}
    assert town_hall["2026-11-09"] == "Mon 9 Nov 2026 Town Hall Whitechapel (no records) 0 0 – –"
    assert town_hall["2026-11-02"].startswith("Mon 2 Nov 2026 Town Hall Whitechapel Tickets")
    note = re.search(r'<p class="source" id="no-records-shift">(.*?)</p>', page, re.S)
    assert note is not None and "each hub and week" in text(note.group(1))
