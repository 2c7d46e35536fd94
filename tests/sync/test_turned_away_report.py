"""Residents turned away at appointment check-in, on the central server: a kiosk pushes one
``check_in_turned_away`` record a visit, the server keeps its hub-local day and reason, and
the managers' hub report counts them per hub and for the hubs together, by reason, beside
the visits and never in them (the appointment-only hub showed "Visits 4, 50 % first
contact" while residents it turned away appeared nowhere). A malformed one is refused.

Records are made with the protocol's models, as the kiosk makes them, and pushed through
the real push route; the report is asked for through its real route (JSON, CSV, HTML) and
the ``hubkiosk-server report hubs`` command."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from sync.protocol import records
from sync.server import hub_aggregates
from sync.server.cli import main as server_main
from sync.server.models import HubTurnedAwayTally
from tests.sync.conftest import HUB, OTHER_HUB, REPORT_KEY, TZ, Central, push_raw

# Counted in SQL, and grouped by local day: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases

KIND = "check_in_turned_away"
QUIET_HUB = "cubitt-town-library"
#: Monday 1 and Tuesday 2 June 2026, in British Summer Time (an hour ahead of UTC), so a
#: record's local day and its UTC day differ around midnight.
DAY1 = dt.date(2026, 6, 1)
DAY2 = dt.date(2026, 6, 2)
REASONS = ("early", "late", "another_day", "another_hub", "not_found")


def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TZ)


def item(record: records.Record, kind: str) -> dict[str, Any]:
    """A push item of ``record`` as the kiosk's outbox sends it."""
    return {"id": str(record.id), "kind": kind, "payload": records.payload_of(record)}


def turned_away(hub: str, reason: str, at: dt.datetime) -> dict[str, Any]:
    record = records.CheckInTurnedAway(
        id=uuid.uuid4(), created_at=at, hub_id=hub, reason=records.TurnedAwayReason(reason)
    )
    return item(record, KIND)


def visit(hub: str, number: int, at: dt.datetime, outcome: str) -> list[dict[str, Any]]:
    """A resident's ticket, their check-in, call and service with ``outcome``."""
    ticket = records.Ticket(
        id=uuid.uuid4(), created_at=at, hub_id=hub, service_id="housing",
        number=f"H-{number:03d}", sequence=number, day=at.astimezone(TZ).date(),
    )  # fmt: skip
    referred = {"referred_service_id": "housing-options"} if outcome == "referred" else {}
    events = [
        records.QueueEvent(
            id=uuid.uuid4(),
            ticket_id=ticket.id,
            kind=records.QueueEventKind(kind),
            at=at + dt.timedelta(minutes=minutes),
            created_at=at + dt.timedelta(minutes=minutes),
            outcome=records.Outcome(outcome) if kind == "served" else None,
            **(referred if kind == "served" else {}),
        )  # fmt: skip
        for kind, minutes in (("checked_in", 0), ("called", 9), ("served", 20))
    ]
    return [item(ticket, "ticket"), *(item(event, "queue_event") for event in events)]


def feedback(hub: str, at: dt.datetime, score: int) -> dict[str, Any]:
    return item(
        records.Feedback(id=uuid.uuid4(), created_at=at, hub_id=hub, score=score), "feedback"
    )


def pushed(central: Central, token: str, items: list[dict[str, Any]]) -> list[str]:
    answer = push_raw(central, token, items)
    assert answer.status_code == 200, answer.text
    return [result["status"] for result in answer.json()["results"]]


#: Inside 1 to 2 June, local time. Bow: 5 (00:10 on 1 June is still 31 May in UTC).
BOW_TURNED_AWAY = [
    ("early", local(DAY1, 9, 40)),
    ("early", local(DAY1, 10, 5)),
    ("not_found", local(DAY1, 11, 47)),
    ("another_day", local(DAY1, 0, 10)),
    ("late", local(DAY2, 15, 30)),
]
#: Town Hall turned three away on the second day, when it had no visits at all.
OTHER_TURNED_AWAY = [
    ("another_hub", local(DAY2, 10, 0)),
    ("not_found", local(DAY2, 10, 20)),
    ("not_found", local(DAY2, 14, 55)),
]
#: Outside the range: the day before, and 00:30 on 3 June (still 2 June in UTC).
OUTSIDE = [
    (HUB, "early", local(DAY1 - dt.timedelta(days=1), 12, 0)),
    (HUB, "not_found", local(DAY2 + dt.timedelta(days=1), 0, 30)),
    (OTHER_HUB, "late", local(DAY2 + dt.timedelta(days=1), 10, 0)),
]
BOW_BY_REASON = {"early": 2, "late": 1, "another_day": 1, "another_hub": 0, "not_found": 1}
OTHER_BY_REASON = {"early": 0, "late": 0, "another_day": 0, "another_hub": 1, "not_found": 2}
NONE_BY_REASON = dict.fromkeys(REASONS, 0)
TOGETHER_BY_REASON = {"early": 2, "late": 1, "another_day": 1, "another_hub": 1, "not_found": 3}


def report(central: Central, fmt: str, **params: str) -> requests.Response:
    answer = requests.get(
        f"{central.url}/reports/hubs",
        params={"from": str(DAY1), "to": str(DAY2), "format": fmt, "key": REPORT_KEY, **params},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    return answer


def without_turned_away(figures: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in figures.items() if not name.startswith("turned_away")}


@pytest.fixture
def hubs_visited(central: Central) -> dict[str, str]:
    """Bow and Town Hall's visits and feedback pushed (Cubitt Town had none): each hub's
    kiosk token. Bow: 4 visits, 3 resolved at first contact; Town Hall: 4, 2 of them."""
    tokens = {HUB: central.enrol(HUB), OTHER_HUB: central.enrol(OTHER_HUB)}
    bow = [
        *visit(HUB, 1, local(DAY1, 9, 30), "resolved_first_contact"),
        *visit(HUB, 2, local(DAY1, 10, 0), "referred"),
        *visit(HUB, 3, local(DAY1, 11, 0), "resolved_first_contact"),
        *visit(HUB, 4, local(DAY2, 9, 0), "resolved_first_contact"),
        feedback(HUB, local(DAY1, 10, 30), 4),
        feedback(HUB, local(DAY2, 9, 30), 2),
    ]
    town_hall = [
        *visit(OTHER_HUB, 1, local(DAY1, 9, 0), "resolved_first_contact"),
        *visit(OTHER_HUB, 2, local(DAY1, 9, 15), "resolved_first_contact"),
        *visit(OTHER_HUB, 3, local(DAY1, 9, 30), "referred"),
        *visit(OTHER_HUB, 4, local(DAY1, 9, 45), "follow_up_booked"),
        feedback(OTHER_HUB, local(DAY1, 11, 0), 5),
    ]
    assert set(pushed(central, tokens[HUB], bow)) == {"accepted"}
    assert set(pushed(central, tokens[OTHER_HUB], town_hall)) == {"accepted"}
    return tokens


def push_turned_away(central: Central, tokens: dict[str, str]) -> None:
    bow = [turned_away(HUB, reason, at) for reason, at in BOW_TURNED_AWAY]
    bow += [turned_away(hub, reason, at) for hub, reason, at in OUTSIDE if hub == HUB]
    town_hall = [turned_away(OTHER_HUB, reason, at) for reason, at in OTHER_TURNED_AWAY]
    town_hall += [turned_away(hub, reason, at) for hub, reason, at in OUTSIDE if hub == OTHER_HUB]
    assert set(pushed(central, tokens[HUB], bow)) == {"accepted"}
    assert set(pushed(central, tokens[OTHER_HUB], town_hall)) == {"accepted"}
    # Sent again (the answer lost on the way): duplicates, counted once.
    assert set(pushed(central, tokens[HUB], bow)) == {"duplicate"}
    assert central.count(KIND) == len(BOW_TURNED_AWAY) + len(OTHER_TURNED_AWAY) + len(OUTSIDE)


def test_a_turned_away_check_in_is_kept_with_its_local_day_and_reason(central: Central) -> None:
    token = central.enrol(HUB)
    # 00:10 on 1 June in London is 23:10 on 31 May in UTC: the hub's day is 1 June.
    late_night = turned_away(HUB, "another_day", local(DAY1, 0, 10))
    afternoon = turned_away(HUB, "not_found", local(DAY2, 15, 47))
    assert pushed(central, token, [late_night, afternoon]) == ["accepted", "accepted"]

    night = central.record(uuid.UUID(late_night["id"]))
    assert night is not None and night.kind == KIND and night.hub_id == HUB
    assert (night.day, night.outcome) == (DAY1, "another_day")
    kept = central.record(uuid.UUID(afternoon["id"]))
    assert kept is not None and (kept.day, kept.outcome) == (DAY2, "not_found")
    # Anonymous: its time only to the hour, and nothing of the booking or service.
    assert dt.datetime.fromisoformat(kept.payload["created_at"]) == local(DAY2, 15)
    assert kept.received_at.minute == kept.received_at.second == 0
    assert kept.service_id is None and kept.ticket_id is None and kept.event_kind is None


def test_ingest_counts_them_per_hub_day_and_reason_as_a_recount_does(
    central: Central, hubs_visited: dict[str, str]
) -> None:
    """The report sums counts kept at ingest (it reads no record): they are the records'
    own, once each, as counting them again from the records (the migration) finds."""
    push_turned_away(central, hubs_visited)

    def kept() -> dict[tuple[str, dt.date, str], int]:
        with central.database.session() as session:
            t = HubTurnedAwayTally
            rows = session.execute(select(t.hub_id, t.day, t.reason, t.records))
            return {(hub, day, reason): n for hub, day, reason, n in rows}

    by_ingest = kept()
    every = [(HUB, r, at) for r, at in BOW_TURNED_AWAY]
    every += [(OTHER_HUB, r, at) for r, at in OTHER_TURNED_AWAY] + OUTSIDE
    by_hand: dict[tuple[str, dt.date, str], int] = {}
    for hub, reason, at in every:
        key = (hub, at.date(), reason)
        by_hand[key] = by_hand.get(key, 0) + 1
    assert by_ingest == by_hand
    with central.database.engine.begin() as connection:
        hub_aggregates.backfill(connection)
    assert kept() == by_ingest


def test_the_hub_report_counts_them_by_hub_and_reason_beside_unchanged_visits(
    central: Central, hubs_visited: dict[str, str], db_url: str, tmp_path: Path
) -> None:
    before = report(central, "json").json()
    push_turned_away(central, hubs_visited)
    after = report(central, "json").json()

    hubs = {h["hub_id"]: h for h in after["hubs"]}
    assert (hubs[HUB]["turned_away"], hubs[HUB]["turned_away_by_reason"]) == (5, BOW_BY_REASON)
    assert (hubs[OTHER_HUB]["turned_away"], hubs[OTHER_HUB]["turned_away_by_reason"]) == (
        3,
        OTHER_BY_REASON,
    )
    # A hub that turned nobody away shows 0, for each reason too.
    assert (hubs[QUIET_HUB]["turned_away"], hubs[QUIET_HUB]["turned_away_by_reason"]) == (
        0,
        NONE_BY_REASON,
    )
    # Every listed hub together (the records outside 1 to 2 June left out).
    assert (after["turned_away"], after["turned_away_by_reason"]) == (8, TOGETHER_BY_REASON)
    days = {(d["hub_id"], d["day"]): d for d in after["days"]}
    assert days[(HUB, str(DAY1))]["turned_away"] == 4
    assert days[(HUB, str(DAY2))]["turned_away_by_reason"]["late"] == 1
    # Town Hall's second day had nobody served, yet it is there: 3 turned away.
    assert (
        days[(OTHER_HUB, str(DAY2))]["visits"],
        days[(OTHER_HUB, str(DAY2))]["turned_away"],
    ) == (
        0,
        3,
    )
    # Before, that day was there too, with nothing from the Town Hall's kiosk; now the
    # check-ins turned away are records from it.
    before_town_hall = next(
        d for d in before["days"] if (d["hub_id"], d["day"]) == (OTHER_HUB, str(DAY2))
    )
    assert before_town_hall["no_records"] and not days[(OTHER_HUB, str(DAY2))]["no_records"]
    assert [(w["day"], w["turned_away"]) for w in after["weeks"]] == [(str(DAY1), 8)]

    # Nothing else moved: visits, rates, waits, referrals are as they were.
    assert (
        after["totals"]
        == before["totals"]
        == {
            "visits": 8,
            "referrals": 2,
            "resolved_first_contact": 5,
        }
    )
    assert after["rates"] == before["rates"]
    assert (hubs[OTHER_HUB]["visits"], hubs[OTHER_HUB]["first_contact_rate"]) == (4, 50.0)
    assert [without_turned_away(h) for h in after["hubs"]] == [
        without_turned_away(h) for h in before["hubs"]
    ]
    assert [without_turned_away(w) for w in after["weeks"]] == [
        without_turned_away(w) for w in before["weeks"]
    ]

    def day_figures(day: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in without_turned_away(day).items() if k != "no_records"}

    before_days = {(d["hub_id"], d["day"]): day_figures(d) for d in before["days"]}
    assert {key: day_figures(days[key]) for key in before_days} == before_days
    assert all(before_hub["turned_away"] == 0 for before_hub in before["hubs"])

    # One hub asked for: its own count, and the hubs together are that hub alone.
    only = report(central, "json", hub=OTHER_HUB).json()
    assert [(h["hub_id"], h["turned_away"]) for h in only["hubs"]] == [(OTHER_HUB, 3)]
    assert (only["turned_away"], only["turned_away_by_reason"]) == (3, OTHER_BY_REASON)
    # A range of the outside days alone counts just those.
    outside = requests.get(
        f"{central.url}/reports/hubs",
        params={"from": str(DAY2 + dt.timedelta(days=1)), "to": str(DAY2 + dt.timedelta(days=1)),
                "format": "json", "key": REPORT_KEY},
        timeout=10,
    ).json()  # fmt: skip
    assert {h["hub_id"]: h["turned_away"] for h in outside["hubs"] if h["turned_away"]} == {
        HUB: 1,
        OTHER_HUB: 1,
    }

    # The command line gives the same figures as the route.
    out = tmp_path / "hubs.json"
    args = ["--db", db_url, "report", "hubs", "--from", str(DAY1), "--to", str(DAY2)]
    assert server_main([*args, "--format", "json", "-o", str(out)]) == 0
    from_command = json.loads(out.read_text(encoding="utf-8"))
    assert from_command["hubs"] == after["hubs"]
    assert from_command["turned_away_by_reason"] == TOGETHER_BY_REASON


def test_the_report_page_and_csv_show_them_apart_from_the_visits(
    central: Central, hubs_visited: dict[str, str]
) -> None:
    page_before = report(central, "html").text
    push_turned_away(central, hubs_visited)
    page = report(central, "html").text

    def total(element_id: str, html: str) -> str:
        found = re.search(rf'id="{element_id}">([^<]+)<', html)
        assert found, element_id
        return found.group(1)

    assert total("total-turned-away", page) == "8"
    assert total("total-turned-away", page_before) == "0"
    box = re.search(r'<div class="total apart">(.*?)</div>', page, re.S)
    assert box is not None and box.group(1).startswith("Turned away at appointment check-in<strong")
    assert "not in the visits" in box.group(1)
    assert total("total-visits", page) == total("total-visits", page_before) == "8"
    assert total("total-first-contact-rate", page) == total("total-first-contact-rate", page_before)

    section = re.search(r'<section id="turned-away-section">(.*?)</section>', page, re.S)
    assert section is not None
    text = section.group(1)
    assert '<h2 id="turned-away-heading">Turned away at appointment check-in</h2>' in text
    assert "not in the visits" in text
    heads = re.findall(r"<th>([^<]+)</th>", text)
    assert heads == ["Hub", "Turned away", "Too early", "Too late", "Another day", "Another hub",
                     "No booking found"]  # fmt: skip

    def cells(hub_id: str) -> dict[str, str]:
        row = re.search(rf'<tr data-hub="{hub_id}">(.*?)</tr>', text, re.S)
        assert row is not None, hub_id
        return dict(re.findall(r'data-figure="(\w+)">([^<]+)<', row.group(1)))

    def expected(count: int, by_reason: dict[str, int]) -> dict[str, str]:
        return {"turned_away": str(count)} | {
            f"turned_away_{k}": str(v) for k, v in by_reason.items()
        }

    assert cells(HUB) == expected(5, BOW_BY_REASON)
    assert cells(OTHER_HUB) == expected(3, OTHER_BY_REASON)
    assert cells(QUIET_HUB) == expected(0, NONE_BY_REASON)
    assert cells("") == expected(8, TOGETHER_BY_REASON)  # the hubs together
    assert '<th scope="row">All hubs</th>' in text
    # The visits' table reads as before.
    by_hub = re.search(r'<table id="hubs">(.*?)</table>', page, re.S)
    by_hub_before = re.search(r'<table id="hubs">(.*?)</table>', page_before, re.S)
    assert by_hub is not None and by_hub_before is not None
    assert by_hub.group(1) == by_hub_before.group(1)

    hubs_csv = list(csv.DictReader(io.StringIO(report(central, "csv", table="hubs").text)))
    rows = {row["hub_id"]: row for row in hubs_csv}
    assert rows[HUB]["visits"] == "4" and rows[HUB]["turned_away"] == "5"
    assert {r: rows[HUB][f"turned_away_{r}"] for r in REASONS} == {
        r: str(n) for r, n in BOW_BY_REASON.items()
    }
    assert rows[QUIET_HUB]["turned_away"] == "0" and rows[QUIET_HUB]["turned_away_not_found"] == "0"
    days_csv = list(csv.DictReader(io.StringIO(report(central, "csv", table="days").text)))
    assert {
        (r["hub_id"], r["day"]): r["turned_away"] for r in days_csv if r["turned_away"] != "0"
    } == {
        (HUB, str(DAY1)): "4",
        (HUB, str(DAY2)): "1",
        (OTHER_HUB, str(DAY2)): "3",
    }
    every = report(central, "csv").text
    period = f"{DAY1},{DAY2}"
    assert f"{period},{OTHER_HUB},Town Hall Whitechapel,,turned_away,,3\r\n" in every
    assert (
        f"{period},{OTHER_HUB},Town Hall Whitechapel,,turned_away_by_reason,not_found,2\r\n"
        in every
    )
    assert f"{period},{QUIET_HUB},Cubitt Town Library,,turned_away,,0\r\n" in every
    assert f"{period},{HUB},Idea Store Bow,{DAY2},turned_away_by_reason,late,1\r\n" in every
    assert f"{period},{HUB},Idea Store Bow,,visits,,4\r\n" in every


@pytest.mark.parametrize(
    ("payload", "where"),
    [
        ({"reason": "lost_the_letter"}, "reason"),  # not a reason the kiosk gives
        ({}, "reason"),
        ({"reason": "early", "reference": "HX4R7T"}, "reference"),  # anonymous: no booking
        ({"reason": "early", "service_id": "housing"}, "service_id"),
        ({"reason": "early", "created_at": "2026-06-01T10:00:00"}, "created_at"),  # no zone
    ],
)
def test_a_malformed_turned_away_check_in_is_refused_and_not_counted(
    central: Central, payload: dict[str, Any], where: str
) -> None:
    token = central.enrol(HUB)
    bad_id = uuid.uuid4()
    bad = {"id": str(bad_id), "kind": KIND,
           "payload": {"hub_id": HUB, "created_at": local(DAY1, 10).isoformat(), **payload}}  # fmt: skip
    good = turned_away(HUB, "late", local(DAY1, 16, 20))

    answer = push_raw(central, token, [bad, good])

    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["rejected", "accepted"]
    assert results[0]["reason"].startswith("invalid: ") and where in results[0]["reason"]
    assert central.record(bad_id) is None and central.count(KIND) == 1
    counted = report(central, "json", hub=HUB).json()
    assert (counted["turned_away"], counted["turned_away_by_reason"]) == (
        1,
        {**NONE_BY_REASON, "late": 1},
    )
