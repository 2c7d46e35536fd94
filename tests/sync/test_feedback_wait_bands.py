"""A quick feedback cannot be joined back to the named ticket it followed (QA, session 36).

Three residents take Housing tickets giving their first names; the adviser serves each and
hands the screen over: "How was your visit today?". Each feedback carried its service, its
hour and its wait to the minute, and the server keeps every ticket (its call name for 90
days) with its check-in and call to the second: matching hub, service, hour and wait picked
exactly one ticket per feedback, and so the name of whoever wrote its comment. Now the
kiosk sends, and the server keeps, only the band of the wait the feedback report counts it
in ("0-9 min"...), an older kiosk's minute banded at ingest and one stored before banded by
``migrate``; the report's figures stay the same.

What is left: residents of the same hub, service and hour whose waits fall in different bands
(one called at once, one after 25 minutes) are still told apart by the band, the report's own
grain. Closing that needs a feedback's time coarser than the hour (and the kiosk holding it
that long), not a finer rule here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from typing import Any

import pytest
from alembic import command
from sqlalchemy import insert, select, text

from hubkiosk.store import outbox
from hubkiosk.store.db import Store
from hubkiosk.store.models import QueueEvent, QueueEventKind, Ticket
from hubkiosk.store.records import add_feedback, add_feedback_follow_up
from sync.protocol.records import WAIT_BANDS, wait_band
from sync.protocol.wire import PushItem
from sync.server import ingest, migrate, survey_reports
from sync.server.models import Device, IngestedRecord
from tests.sync.conftest import HUB, TZ, Central, FakeClock, make_engine, push_raw

pytestmark = pytest.mark.both_databases

#: Each resident's first name, and the minutes they waited to be called (all in "0-9 min").
RESIDENTS = (("Amina", 3), ("Nasreen", 5), ("Hodan", 8))


def parse(moment: str) -> dt.datetime:
    return dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))


def stored(central: Central) -> list[tuple[str, dict[str, Any]]]:
    with central.database.session() as session:
        rows = session.execute(select(IngestedRecord.kind, IngestedRecord.payload)).all()
    return [(kind, payload) for kind, payload in rows]


def candidates(central: Central, *, exact: bool) -> dict[uuid.UUID, list[str]]:
    """The QA's join (/tmp/qa-data/link.py), on what the server keeps: each feedback's
    tickets of its hub and service, served within its hour, whose wait (check-in to call)
    is the feedback's (``exact``: to the minute, as the QA matched it; else its band)."""
    kept = stored(central)
    tickets = {p["id"]: p for kind, p in kept if kind == "ticket"}
    events: dict[str, dict[str, str]] = {}
    for kind, p in kept:
        if kind == "queue_event":
            events.setdefault(p["ticket_id"], {}).setdefault(p["kind"], p["at"])
    found: dict[uuid.UUID, list[str]] = {}
    for kind, feedback in kept:
        if kind != "feedback":
            continue
        hour = parse(feedback["created_at"])
        names = []
        for ticket_id, ticket in tickets.items():
            times = events.get(ticket_id, {})
            if ticket["service_id"] != feedback["service_id"] or "called" not in times:
                continue
            waited = (parse(times["called"]) - parse(times["checked_in"])).total_seconds() / 60
            wait = round(waited) if exact else wait_band(round(waited))
            served = parse(times.get("served", times["called"]))
            if wait == feedback["wait_minutes"] and hour <= served < hour + dt.timedelta(hours=1):
                names.append(ticket["call_name"])
        found[uuid.UUID(feedback["id"])] = names
    return found


def served_and_asked(store: Store, start: dt.datetime) -> None:
    """The QA's morning: each resident takes a Housing ticket with their first name, is
    called after their wait and served, and gives a face and a comment (the wait the
    kiosk's screen passes on: the one the hub's figures count, to the minute)."""
    for number, (name, waited) in enumerate(RESIDENTS, start=1):
        checked_in = start + dt.timedelta(minutes=number, seconds=7 * number)
        called = checked_in + dt.timedelta(minutes=waited)
        served = called + dt.timedelta(minutes=6)
        ticket = Ticket(hub_id=HUB, service_id="housing", number=f"H-00{number}",
                        sequence=number, day=checked_in.astimezone(TZ).date(), call_name=name,
                        created_at=checked_in)  # fmt: skip
        with store.session() as session:
            outbox.add_record(session, ticket)
            for kind, at in ((QueueEventKind.CHECKED_IN, checked_in),
                             (QueueEventKind.CALLED, called), (QueueEventKind.SERVED, served)):  # fmt: skip
                event = QueueEvent(ticket_id=ticket.id, kind=kind, at=at, created_at=at,
                                   desk="Desk 1")  # fmt: skip
                outbox.add_record(session, event)
            feedback = add_feedback(session, hub_id=HUB, score=number + 2, visit_token=uuid.uuid4().hex,
                                    created_at=served, service_id="housing",
                                    wait_minutes=waited)  # fmt: skip
            add_feedback_follow_up(session, hub_id=HUB, feedback_id=feedback, created_at=served,
                                   reasons=["waiting_time"], comment="The adviser was kind")  # fmt: skip


def test_no_feedback_is_joined_back_to_its_named_ticket(
    central: Central, store: Store, clock: FakeClock
) -> None:
    start = clock().replace(minute=0, second=0) - dt.timedelta(hours=3)
    served_and_asked(store, start)
    token = central.enrol()
    result = make_engine(central.url, token, store, clock).sync_once()
    assert result.pending == 0 and result.dead_letters == 0, result.summary

    waits = [p["wait_minutes"] for kind, p in stored(central) if kind == "feedback"]
    assert sorted(waits) == [0, 0, 0]  # "0-9 min", not 3, 5 and 8
    assert set(waits) <= set(WAIT_BANDS)
    # The QA's join: no ticket by the minute; by the band, all three tickets for each.
    assert all(names == [] for names in candidates(central, exact=True).values())
    by_band = candidates(central, exact=False)
    assert len(by_band) == 3
    assert all(sorted(names) == ["Amina", "Hodan", "Nasreen"] for names in by_band.values())
    # Nor does the kiosk's outbox hold the minute.
    with store.session() as session:
        sent = session.scalars(
            select(outbox.OutboxItem).where(outbox.OutboxItem.kind == "feedback")
        )
        assert [item.payload["wait_minutes"] for item in sent] == [0, 0, 0]


def sha(payload: dict[str, Any]) -> str:
    """The SHA-256 a guesser computes: the payload as canonical JSON (the server's form)."""
    data = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def feedback_item(wait: Any, **changes: Any) -> dict[str, Any]:
    item_id = str(uuid.uuid4())
    payload = {"id": item_id, "hub_id": HUB, "score": 4, "service_id": "housing",
               "wait_minutes": wait, "created_at": "2026-03-02T10:00:00+00:00", **changes}  # fmt: skip
    return {"id": item_id, "kind": "feedback", "payload": payload}


def test_an_older_kiosks_wait_to_the_minute_is_kept_as_its_band(central: Central) -> None:
    token = central.enrol(HUB)
    sent = [feedback_item(wait) for wait in (0, 9, 12, 37, 44, 59, 75, 24 * 60)]
    answer = push_raw(central, token, sent)
    assert [r["status"] for r in answer.json()["results"]] == ["accepted"] * len(sent)
    with central.database.session() as session:
        kept = {str(r.id): r for r in session.scalars(select(IngestedRecord))}
    assert [kept[item["id"]].payload["wait_minutes"] for item in sent] == [
        0, 0, 10, 30, 30, 45, 60, 60,
    ]  # fmt: skip
    for item in sent:
        row = kept[item["id"]]
        # Its hash is the kept payload's: it gives no minute back.
        assert row.payload_hash == sha(row.payload)
        if item["payload"]["wait_minutes"] not in WAIT_BANDS:
            assert row.payload_hash != sha({**row.payload, **item["payload"]})
    # Sent again (the kiosk did not hear the answer): the same record, a duplicate.
    again = push_raw(central, token, sent[2:3]).json()["results"]
    assert again[0]["status"] == "duplicate"
    # Not a wait: refused, as before.
    for wait in (-1, 24 * 60 + 1, 2.5, True, "long"):
        refused = push_raw(central, token, [feedback_item(wait)]).json()["results"][0]
        assert refused["status"] == "rejected", wait
        assert "payload.wait_minutes: " in refused["reason"], refused


def feedback_figures(central: Central) -> dict[str, Any]:
    """The feedback report's JSON for March 2026 (all its figures), less when it was made."""
    with central.database.session() as session:
        report = survey_reports.feedback_report(
            session,
            dt.date(2026, 3, 1),
            dt.date(2026, 3, 31),
            now=dt.datetime(2026, 4, 1, tzinfo=dt.UTC),
        )
    return report.to_json()


def test_migrate_bands_the_waits_stored_before_and_the_report_is_the_same(
    central: Central,
) -> None:
    """A server before this kept each feedback's wait to the minute: upgraded, it keeps the
    band (with the kept payload's hash), and the feedback report's figures do not change."""
    waits = [0, 3, 9, 10, 19, 22, 31, 44, 45, 52, 60, 90, 600, None] * 2
    items = [feedback_item(wait, score=1 + n % 5, created_at=f"2026-03-{2 + n % 20:02d}T1{n % 8}:00:00+00:00")
             for n, wait in enumerate(waits)]  # fmt: skip
    central.enrol(HUB)
    with central.database.session() as session:
        device = session.scalars(select(Device.id).where(Device.hub_id == HUB)).first()
        rows = []
        for item in items:
            # As the older server stored it: the minute, and the hash of the payload as sent.
            record = ingest.validate(PushItem.model_validate(item))
            rows.append(
                {
                    "id": uuid.UUID(item["id"]),
                    "kind": "feedback",
                    "hub_id": HUB,
                    "device_id": device,
                    "received_at": parse(item["payload"]["created_at"]),
                    "payload": item["payload"],
                    "payload_hash": sha(item["payload"]),
                    "personal_purged_at": None,
                    **ingest.extract(record, TZ),
                }
            )
        session.execute(insert(IngestedRecord), rows)
    before = feedback_figures(central)
    assert before["count"] == len(items)

    alembic = migrate.alembic_config()
    with central.database.engine.begin() as connection:
        alembic.attributes["connection"] = connection
        command.downgrade(alembic, "0013_clock_offset")
    assert migrate.upgrade(central.database.engine)

    with central.database.session() as session:
        kept = {str(r.id): r for r in session.scalars(select(IngestedRecord))}
    assert [kept[item["id"]].payload["wait_minutes"] for item in items] == [
        wait_band(wait) for wait in waits
    ]
    assert all(row.payload_hash == sha(row.payload) for row in kept.values())
    assert feedback_figures(central) == before
    with central.database.engine.connect() as connection:
        (head,) = connection.execute(text("SELECT version_num FROM alembic_version")).one()
    assert head == "0014_feedback_wait_bands"
