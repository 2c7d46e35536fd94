"""Hub figures kept at ingest equal the figures counted from the raw rows (issue 16).

Varied visits (three hubs, five weeks, services, walk-ins and booking check-ins (early,
late, called before their time, or for a booking the server never knew), forms,
self-service and assisted, outcomes and referral destinations, waits with repeated or
missing calls) are pushed to a real central server the ways kiosks push them: tickets
before their events, events before their tickets (from the desk's own kiosk), both in one
batch in either order, events another hub's kiosk sent for them, and re-sends. Then the
server's retention runs. The report, which reads the tallies kept at ingest, must say
exactly what the old report said by scanning every ticket and event
(:mod:`tests.sync.hub_scan`, kept as the oracle), for every filter, on SQLite and
PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests
from alembic import command
from sqlalchemy import event, insert, select

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.wire import AppointmentEntry, PushItem
from sync.server import config as server_config
from sync.server import hub_aggregates, ingest, migrate, reports, retention
from sync.server.db import Database
from sync.server.models import (
    HubChannelTally,
    HubOutcomeTally,
    HubTicketTally,
    HubTicketWait,
    IngestedRecord,
)
from tests.sync.conftest import FakeClock, device_at_an_old_revision
from tests.sync.hub_scan import scanned_hub_report

pytestmark = pytest.mark.both_databases

TZ = ZoneInfo("Europe/London")
HUBS = ["idea-store-bow", "town-hall-whitechapel", "cubitt-town-library"]
SERVICES = ["housing", "council-tax", "parking", "benefits"]
#: Referrals: to a catalogue service, to another organisation, or to nowhere said.
REFERRALS: list[dict[str, str]] = [
    {"referred_service_id": "housing-options"},
    {"referred_service_id": "adult-social-care"},
    {"referred_to": "Citizens Advice"},
    {},
]
#: Monday 5 October to Sunday 8 November 2026: five ISO weeks, the clocks change between.
FIRST_DAY = dt.date(2026, 10, 5)
DAYS = 35
RETENTION_DAYS = 30
FIRST_DAY_NOW = dt.datetime(2026, 10, 5, 6, tzinfo=dt.UTC)


def moment(day: dt.date, minutes: float) -> dt.datetime:
    """``minutes`` after 9:00 on ``day``, London time (past midnight for a late one)."""
    start = dt.datetime.combine(day, dt.time(9), tzinfo=TZ)
    return (start + dt.timedelta(minutes=minutes)).astimezone(dt.UTC)


def wrap(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": payload["id"],
        "kind": kind,
        "kiosk_time": payload.get("created_at") or payload.get("at"),
        "payload": payload,
    }


def attribution(rng: random.Random) -> dict[str, str]:
    if rng.random() < 0.3:
        return {"channel": "assisted", "adviser_id": "a-rahman"}
    return {"channel": "self_service"}


def ticket(rng: random.Random, hub: str, day: dt.date, n: int) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "created_at": moment(day, rng.uniform(0, 400)).isoformat(),
        "hub_id": hub,
        "service_id": rng.choice(SERVICES),
        "number": f"H-{n:03d}",
        "day": day.isoformat(),
        "call_name": "Sam",
        **attribution(rng),
    }
    if rng.random() < 0.2:  # a booking checked in (most published: publish_bookings)
        payload["appointment_id"] = str(uuid.uuid4())
    return wrap("ticket", payload)


def queue_event(ticket_id: str, kind: str, at: dt.datetime, **extra: Any) -> dict[str, Any]:
    payload = {"id": str(uuid.uuid4()), "ticket_id": ticket_id, "kind": kind}
    return wrap("queue_event", payload | {"at": at.isoformat()} | extra)


def events(rng: random.Random, sent: dict[str, Any]) -> list[dict[str, Any]]:
    """A ticket's day at the desk: checked in (sometimes twice), called after a wait
    (sometimes again, sometimes never, once in a while stamped before the check-in by a
    wrong clock), served with an outcome (sometimes twice, sometimes none)."""
    ticket_id = sent["id"]
    day = dt.date.fromisoformat(sent["payload"]["day"])
    start = rng.uniform(0, 400)
    if rng.random() < 0.05:
        start += 15 * 60  # past midnight: still the ticket's day's visit
    made = [queue_event(ticket_id, "checked_in", moment(day, start))]
    if rng.random() < 0.1:
        made.append(queue_event(ticket_id, "checked_in", moment(day, start + 3)))
    wait = rng.uniform(-5, 70) if rng.random() < 0.05 else rng.uniform(0, 70)
    if rng.random() < 0.9:
        made.append(queue_event(ticket_id, "called", moment(day, start + wait)))
        if rng.random() < 0.15:
            made.append(queue_event(ticket_id, "called", moment(day, start + wait + 4)))
            made.append(queue_event(ticket_id, "recalled", moment(day, start + wait + 4)))
    for _ in range(2 if rng.random() < 0.08 else 1):
        outcome = rng.choice(["resolved_first_contact", "referred", "follow_up_booked", None])
        extra: dict[str, Any] = {}
        if outcome is not None:
            extra["outcome"] = outcome
        if outcome == "referred":
            extra |= rng.choice(REFERRALS)
        made.append(queue_event(ticket_id, "served", moment(day, start + wait + 20), **extra))
    return made


def form(rng: random.Random, hub: str, day: dt.date) -> dict[str, Any]:
    payload = {
        "id": str(uuid.uuid4()),
        "created_at": moment(day, rng.uniform(0, 400)).isoformat(),
        "hub_id": hub,
        "form_id": rng.choice(["missed-bin", "blue-badge"]),
        "answers": {"street": "Roman Road"},
        **attribution(rng),
    }
    return wrap("form_submission", payload)


def push(central: Any, token: str, items: list[dict[str, Any]]) -> list[str]:
    answer = requests.post(
        f"{central.url}/v1/push",
        json={"protocol_version": PROTOCOL_VERSION, "items": items},
        headers=central.headers(token),
        timeout=60,
    )
    assert answer.status_code == 200, answer.text
    return [r["status"] for r in answer.json()["results"]]


def pushed(central: Any, token: str, items: list[dict[str, Any]]) -> None:
    """Push ``items`` in batches of 50; each is stored."""
    for start in range(0, len(items), 50):
        statuses = push(central, token, items[start : start + 50])
        assert set(statuses) <= {"accepted", "duplicate"}, statuses


def publish_bookings(
    central: Any, visits: list[tuple[dict[str, Any], list[dict[str, Any]]]]
) -> list[dict[str, Any]]:
    """Publish the bookings of most tickets for one (the rest stay unknown to the server),
    each starting from half an hour after to half an hour before its first check-in, to
    the minute; the visits whose bookings were published."""
    rng = random.Random(29)
    by_day: dict[dt.date, list[AppointmentEntry]] = {}
    published = []
    for sent, made in visits:
        payload = sent["payload"]
        if "appointment_id" not in payload or rng.random() < 0.25:
            continue
        checked_in = dt.datetime.fromisoformat(made[0]["payload"]["at"])
        start = checked_in.replace(second=0, microsecond=0) + dt.timedelta(
            minutes=rng.randint(-30, 30)
        )
        day = dt.date.fromisoformat(payload["day"])
        by_day.setdefault(day, []).append(
            AppointmentEntry(
                id=uuid.UUID(payload["appointment_id"]),
                hub_id=payload["hub_id"],
                service_id=payload["service_id"],
                starts_at=start,
                reference=f"HK-{rng.randint(1000, 9999)}",
                surname="Begum",
            )
        )
        published.append(sent)
    database = getattr(central, "database", central)
    with database.session() as session:
        for day, entries in by_day.items():
            server_config.replace_appointments(session, day, entries, now=FIRST_DAY_NOW)
    return published


@pytest.fixture
def seeded(make_central: Any) -> Any:
    """~240 tickets with their events and ~50 forms over three hubs and five weeks, pushed
    every way kiosks push them; then the server's retention clears the personal fields."""
    clock = FakeClock(dt.datetime(2026, 11, 9, 8, tzinfo=dt.UTC))
    central = make_central(clock=clock)
    rng = random.Random(16)
    kiosks = {hub: central.enrol(hub) for hub in HUBS}
    desks = {hub: central.enrol(hub, name="desk") for hub in HUBS}
    made_for: dict[str, list[tuple[dict[str, Any], list[dict[str, Any]]]]] = {}
    for hub in HUBS:
        tickets = [
            ticket(rng, hub, FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS)), n)
            for n in range(1, 81)
        ]
        made_for[hub] = [(sent, events(rng, sent)) for sent in tickets]
    publish_bookings(central, [pair for pairs in made_for.values() for pair in pairs])
    for h, hub in enumerate(HUBS):
        foreign = desks[HUBS[(h + 1) % len(HUBS)]]
        tickets = [sent for sent, _ in made_for[hub]]
        early: list[dict[str, Any]] = []  # events sent before their tickets
        together: list[dict[str, Any]] = []  # tickets and events in one batch
        late: list[dict[str, Any]] = []  # events sent after their tickets
        alone: list[dict[str, Any]] = []  # tickets sent on their own
        strays: list[dict[str, Any]] = []  # another hub's kiosk's events, sent first
        for n, (sent, made) in enumerate(made_for[hub]):
            if n % 4 == 0:
                early += made
                alone.append(sent)
            elif n % 4 == 1:
                together += [*made[:1], sent, *made[1:]] if n % 8 == 1 else [sent, *made]
            else:
                late += made
                alone.append(sent)
            if n % 10 == 3:
                when = dt.datetime.fromisoformat(made[0]["payload"]["at"])
                strays.append(queue_event(sent["id"], "checked_in", when - dt.timedelta(hours=1)))
                strays.append(
                    queue_event(sent["id"], "served", when, outcome="resolved_first_contact")
                )
        forms = [
            form(rng, hub, FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))) for _ in range(16)
        ]
        pushed(central, foreign, strays)
        pushed(central, desks[hub], early)
        pushed(central, kiosks[hub], [*alone[:30], *together, *forms])
        # Re-sent: a batch again, and an item twice in one batch (each counted once).
        pushed(central, kiosks[hub], [*alone[:20], *together[:10], together[0]])
        pushed(central, kiosks[hub], alone[30:])
        pushed(central, desks[hub], late)
        pushed(central, desks[hub], [*late[:30], *early[:20], late[0]])
        # Another hub's kiosk cannot add to a ticket it now knows is not its own.
        stray = queue_event(tickets[5]["id"], "served", clock(), outcome="referred")
        assert push(central, foreign, [stray]) == ["rejected"]
    clock.advance(dt.timedelta(days=RETENTION_DAYS + 1).total_seconds())
    with central.database.session() as session:
        purged = retention.purge_personal(session, now=clock(), days=RETENTION_DAYS)
    assert purged.records == 3 * (80 + 16)
    return central


def both(
    central: Any, start: dt.date, end: dt.date, hub_ids: list[str] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The report from the tallies and the report from the raw rows, as JSON."""
    now = dt.datetime(2026, 12, 20, tzinfo=dt.UTC)
    database = getattr(central, "database", central)
    with database.session() as session:
        kept = reports.hub_report(session, start, end, now=now, hub_ids=hub_ids).to_json()
    with database.session() as session:
        scanned = scanned_hub_report(session, start, end, now=now, hub_ids=hub_ids).to_json()
    return kept, scanned


LAST_DAY = FIRST_DAY + dt.timedelta(days=DAYS - 1)
RANGES: list[tuple[dt.date, dt.date, list[str] | None]] = [
    (FIRST_DAY, LAST_DAY, None),
    (dt.date(2026, 1, 1), dt.date(2026, 12, 31), None),
    (FIRST_DAY, LAST_DAY, ["idea-store-bow"]),
    (FIRST_DAY, LAST_DAY, ["idea-store-bow", "cubitt-town-library"]),
    (dt.date(2026, 10, 14), dt.date(2026, 10, 27), None),  # mid-week to mid-week
    (dt.date(2026, 10, 25), dt.date(2026, 10, 25), ["town-hall-whitechapel"]),
    (dt.date(2026, 9, 1), dt.date(2026, 9, 30), None),  # nothing at all
]


def test_the_report_from_tallies_equals_the_report_from_raw_rows(seeded):
    for start, end, hub_ids in RANGES:
        kept, scanned = both(seeded, start, end, hub_ids)
        assert kept == scanned, (start, end, hub_ids)

    # The comparison means something: the data has every kind of figure in it.
    report, _ = both(seeded, FIRST_DAY, LAST_DAY)
    assert report["totals"]["visits"] == 240 and len(report["weeks"]) == 5
    assert len(report["days"]) > 60
    for hub in (h for h in report["hubs"] if h["hub_id"] in HUBS):
        assert hub["visits"] == 80 and 50 < hub["waits_counted"] < 80
        assert hub["wait_median_minutes"] is not None and hub["wait_p90_minutes"] is not None
        assert {"housing-options", "Citizens Advice", "unspecified"} <= set(
            hub["referrals_by_destination"]
        )
        assert hub["resolved_first_contact"] > 5 and hub["follow_up_booked"] > 5
    with seeded.database.session() as session:
        booked = session.execute(
            select(HubTicketWait).where(HubTicketWait.appointment_at.is_not(None))
        ).scalars()
        early = [w for w in booked if w.called and w.checked_in < w.appointment_at]
    assert len(early) > 10  # early for a booking: waits from its time
    assert any(w.called < w.appointment_at for w in early)  # and some called before it
    shift = report["channel_shift"]
    # (A row with no activity is a hub's week with nothing: the hubs without a kiosk here.)
    assert {row["activity"] for row in shift} == {"ticket", "check_in", "form", ""}
    assert all(row["total"] == 0 and row["no_records"] for row in shift if not row["activity"])
    assert sum(row["assisted"] for row in shift) > 30
    assert sum(row["total"] for row in shift) == 240 + 3 * 16


def test_events_count_once_their_ticket_is_there_and_only_at_its_own_hub(make_central):
    """An event that came before its ticket counts when the ticket comes; another hub's
    kiosk's event for it never counts; a re-sent one counts once."""
    central = make_central(clock=FakeClock(dt.datetime(2026, 11, 9, 8, tzinfo=dt.UTC)))
    rng = random.Random(3)
    day = dt.date(2026, 11, 3)
    kiosk, desk = central.enrol(HUBS[0]), central.enrol(HUBS[0], name="desk")
    foreign = central.enrol(HUBS[1])
    sent = ticket(rng, HUBS[0], day, 1)
    served = queue_event(sent["id"], "served", moment(day, 30), outcome="referred",
                         referred_service_id="housing-options")  # fmt: skip
    checked = queue_event(sent["id"], "checked_in", moment(day, 0))
    called = queue_event(sent["id"], "called", moment(day, 12))
    assert push(central, foreign, [queue_event(sent["id"], "called", moment(day, 1))]) == [
        "accepted"
    ]
    assert push(central, desk, [checked, served]) == ["accepted", "accepted"]

    def bow() -> dict[str, Any]:
        kept, scanned = both(central, day, day, [HUBS[0]])
        assert kept == scanned
        return kept["hubs"][0]

    assert bow()["visits"] == 0 and bow()["referrals"] == 0
    assert push(central, kiosk, [sent]) == ["accepted"]
    figures = bow()
    assert figures["visits"] == 1 and figures["referrals"] == 1
    assert figures["waits_counted"] == 0  # the other hub's call does not count
    assert push(central, desk, [called, served]) == ["accepted", "duplicate"]
    figures = bow()
    assert figures["referrals_by_destination"] == {"housing-options": 1}
    assert (figures["waits_counted"], figures["wait_median_minutes"]) == (1, 12.0)


def tallies(database: Any) -> list[list[tuple[Any, ...]]]:
    with database.session() as session:
        return [
            sorted(tuple(row) for row in session.execute(select(*table.__table__.c)))
            for table in (HubTicketTally, HubOutcomeTally, HubChannelTally, HubTicketWait)
        ]


def test_counting_again_from_the_rows_gives_the_tallies_ingest_kept(seeded):
    """The migration's backfill (and a bulk load's) counts the stored rows the way ingest
    did, row for row (the waits to the same fraction of a second)."""
    kept = tallies(seeded.database)
    assert [len(rows) > 10 for rows in kept] == [True] * 4
    with seeded.database.engine.begin() as connection:
        hub_aggregates.backfill(connection)
    assert tallies(seeded.database) == kept


def test_the_migration_counts_the_records_stored_before_it(tmp_path):
    """A server upgraded from before the hub tallies reports the records it already held."""
    database = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    config = migrate.alembic_config()
    now = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005_survey_tallies")
    with database.session() as session:
        server_config.publish(session, server_config.default_data_dir(), now=now)
    rng = random.Random(5)
    rows = []
    for hub in HUBS:
        device = device_at_an_old_revision(database, hub, now)
        sent: list[dict[str, Any]] = []
        for n in range(1, 31):
            made = ticket(rng, hub, FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS)), n)
            sent += [made, *events(rng, made)]
        sent.append(form(rng, hub, FIRST_DAY))
        for item in sent:
            record = ingest.validate(PushItem.model_validate(item))
            rows.append(
                {
                    "id": uuid.UUID(item["id"]),
                    "kind": item["kind"],
                    "hub_id": hub,
                    "device_id": device,
                    "received_at": now,
                    "payload": item["payload"],
                    "payload_hash": ingest.payload_hash(item["payload"]),
                    **ingest.extract(record, TZ),
                }
            )
    with database.engine.begin() as connection:
        connection.execute(insert(IngestedRecord), rows)

    assert migrate.upgrade(database.engine)
    kept, scanned = both(database, FIRST_DAY, LAST_DAY)
    assert kept == scanned
    assert kept["totals"]["visits"] == 90 and kept["weeks"]
    database.dispose()


def test_a_report_reads_no_ingested_record(seeded):
    """Over a million records a report must not scan them: every hub figure comes from
    the tallies and the narrow wait rows."""
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    engine = seeded.database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with seeded.database.session() as session:
            report = reports.hub_report(
                session, FIRST_DAY, LAST_DAY, now=dt.datetime(2026, 12, 20, tzinfo=dt.UTC)
            )
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert report.totals.visits == 240
    assert statements and not [s for s in statements if "ingested_record" in s]


def test_a_ticket_and_its_events_pushed_at_once_by_two_kiosks_count_once(make_central):
    """The hub's kiosk pushes tickets while the desk pushes their events at the same
    moment, round after round: every event is counted once, whichever committed first."""
    central = make_central(clock=FakeClock(dt.datetime(2026, 11, 9, 8, tzinfo=dt.UTC)))
    rng = random.Random(8)
    kiosk, desk = central.enrol(HUBS[0]), central.enrol(HUBS[0], name="desk")
    day = dt.date(2026, 11, 4)
    for round_ in range(12):
        tickets = [ticket(rng, HUBS[0], day, 10 * round_ + n) for n in range(1, 11)]
        made = [e for t in tickets for e in events(rng, t)]
        with ThreadPoolExecutor(max_workers=2) as pool:
            answers = list(pool.map(lambda p: push(central, *p), [(kiosk, tickets), (desk, made)]))
        assert all(set(statuses) == {"accepted"} for statuses in answers)
    kept, scanned = both(central, day, day, [HUBS[0]])
    assert kept == scanned
    assert kept["hubs"][0]["visits"] == 120
    assert sum(kept["hubs"][0]["referrals_by_destination"].values()) > 10
