"""A resident with an appointment waits from the time they were given, not from when they
arrived: the managers' report counts an early arrival's wait from the appointment's start.

Town Hall Whitechapel is appointment-only, and the council's service standard is about
how long a resident waits past their appointment time. Records reach a real central server
the way kiosks push them; the manager reads the report through its real route.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

import pytest
import requests
from alembic import command
from sqlalchemy import insert, text

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.wire import AppointmentEntry, PushItem
from sync.server import config, ingest, migrate
from sync.server.db import Database
from sync.server.models import IngestedRecord
from tests.sync.conftest import (
    HUB,
    OTHER_HUB,
    REPORT_KEY,
    TZ,
    Central,
    FakeClock,
    device_at_an_old_revision,
)
from tests.sync.test_hub_aggregates import both

pytestmark = pytest.mark.both_databases

DAY = dt.date(2026, 3, 2)


def at(hour: int, minute: int, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TZ).astimezone(dt.UTC)


def booked(database: Database, *starts: dt.datetime) -> list[uuid.UUID]:
    """Publish bookings at the Town Hall starting at ``starts`` (its bookings of the day)."""
    entries = [
        AppointmentEntry(
            id=uuid.uuid4(),
            hub_id=OTHER_HUB,
            service_id="housing",
            starts_at=start,
            reference=f"HK-{1000 + n}",
            surname="Begum",
        )
        for n, start in enumerate(starts)
    ]
    with database.session() as session:
        config.replace_appointments(session, DAY, entries, now=at(7, 0))
    return [entry.id for entry in entries]


def item(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {"id": payload["id"], "kind": kind, "payload": payload}


def visit(
    hub_id: str,
    number: int,
    checked_in: dt.datetime,
    called: dt.datetime,
    appointment_id: uuid.UUID | None = None,
) -> list[dict[str, Any]]:
    """A ticket (for a booking when ``appointment_id`` is given), checked in and called."""
    ticket: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "created_at": checked_in.isoformat(),
        "hub_id": hub_id,
        "service_id": "housing",
        "number": f"H-{number:03d}",
        "day": DAY.isoformat(),
    }
    if appointment_id is not None:
        ticket["appointment_id"] = str(appointment_id)
    events = [
        {"id": str(uuid.uuid4()), "ticket_id": ticket["id"], "kind": kind, "at": when.isoformat()}
        for kind, when in (("checked_in", checked_in), ("called", called))
    ]
    return [item("ticket", ticket), *(item("queue_event", e) for e in events)]


def push(central: Central, token: str, items: list[dict[str, Any]]) -> None:
    answer = requests.post(
        f"{central.url}/v1/push",
        json={"protocol_version": PROTOCOL_VERSION, "items": items},
        headers=central.headers(token),
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}, answer.text


def report(central: Central, fmt: str, *extra: str) -> requests.Response:
    url = f"{central.url}/reports/hubs?from={DAY}&to={DAY}&format={fmt}&key={REPORT_KEY}"
    answer = requests.get("&".join([url, *extra]), timeout=10)
    assert answer.status_code == 200, answer.text
    return answer


@pytest.fixture
def central(make_central: Any) -> Central:
    return make_central(clock=FakeClock(dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC)))


def test_an_early_arrival_waits_from_the_appointment_time_in_the_report(central) -> None:
    """A 10:00 appointment checked in at 09:50 and called at 10:02 waited 2 minutes, not 12;
    a walk-in checked in at 09:50 and called at 10:02 still waited 12."""
    (ten,) = booked(central.database, at(10, 0))
    town_hall_kiosk = central.enrol(OTHER_HUB)
    push(central, town_hall_kiosk, visit(OTHER_HUB, 1, at(9, 50), at(10, 2), ten))
    push(central, central.enrol(HUB), visit(HUB, 1, at(9, 50), at(10, 2)))

    hubs = {h["hub_id"]: h for h in report(central, "json").json()["hubs"]}
    town_hall, bow = hubs[OTHER_HUB], hubs[HUB]
    assert (town_hall["waits_counted"], town_hall["wait_median_minutes"]) == (1, 2.0)
    assert town_hall["wait_p90_minutes"] == 2.0
    assert (bow["waits_counted"], bow["wait_median_minutes"]) == (1, 12.0)

    csv_text = report(central, "csv").text
    assert f",{OTHER_HUB},Town Hall Whitechapel,,wait_median_minutes,,2.0" in csv_text
    assert f",{OTHER_HUB},Town Hall Whitechapel,{DAY},wait_median_minutes,,2.0" in csv_text
    assert f",{HUB},Idea Store Bow,,wait_median_minutes,,12.0" in csv_text

    # Today's waits the Town Hall's kiosk shows beside the drop-in hubs count the same way.
    status = requests.get(
        f"{central.url}/v1/hubs/status", headers=central.headers(town_hall_kiosk), timeout=10
    ).json()
    medians = {h["hub_id"]: h["wait_median_minutes"] for h in status["hubs"]}
    assert (medians[OTHER_HUB], medians[HUB]) == (2.0, 12.0)


def test_appointment_waits_called_early_late_or_unknown(central) -> None:
    """Called before the appointment's time: 0 minutes. Arrived after it: from the check-in.
    A booking the server does not know (never published): from the check-in, as before.
    The report kept at ingest says what the raw rows say, on either database."""
    ten, half_past, eleven = booked(central.database, at(10, 0), at(10, 30), at(11, 0))
    town_hall = central.enrol(OTHER_HUB)
    push(
        central,
        town_hall,
        [
            *visit(OTHER_HUB, 1, at(9, 40), at(9, 55), ten),  # called early: 0
            *visit(OTHER_HUB, 2, at(10, 36), at(10, 40), half_past),  # late: 4 from check-in
            *visit(OTHER_HUB, 3, at(10, 45), at(11, 6), eleven),  # early: 6 past 11:00
            *visit(OTHER_HUB, 4, at(11, 0), at(11, 9), uuid.uuid4()),  # unknown: 9
        ],
    )
    kept, scanned = both(central, DAY, DAY, [OTHER_HUB])
    assert kept == scanned
    figures = kept["hubs"][0]
    assert figures["waits_counted"] == 4
    assert figures["wait_median_minutes"] == 5.0  # of 0, 4, 6, 9
    assert figures["wait_p90_minutes"] == 8.1

    page = report(central, "html", f"hub={OTHER_HUB}").text
    row = re.search(rf'<tr data-hub="{OTHER_HUB}">.*?</tr>', page, re.S)
    assert row is not None
    # Four waits are few (test_report_few_waits.py): the median is shown and marked so.
    median = r'data-figure="wait_median_minutes">5.0 <span class="few">\(few waits\)</span><'
    assert re.search(median, row.group(0)), row.group(0)
    assert "waits from the appointment's time" in page


def test_a_server_upgraded_counts_the_waits_it_kept_from_the_appointments(tmp_path) -> None:
    """A server that kept waits from check-in before this rule counts them by the rule
    once upgraded: the waits of every day, old and new, mean the same."""
    database = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    alembic = migrate.alembic_config()
    now = dt.datetime(2026, 3, 9, tzinfo=dt.UTC)
    with database.engine.begin() as connection:
        alembic.attributes["connection"] = connection
        command.upgrade(alembic, "0005_survey_tallies")
    with database.session() as session:
        config.publish(session, config.default_data_dir(), now=now)
    (ten,) = booked(database, at(10, 0))
    device = device_at_an_old_revision(database, OTHER_HUB, now)
    rows = []
    for sent in visit(OTHER_HUB, 1, at(9, 50), at(10, 2), ten):
        record = ingest.validate(PushItem.model_validate(sent))
        rows.append(
            {
                "id": uuid.UUID(sent["id"]),
                "kind": sent["kind"],
                "hub_id": OTHER_HUB,
                "device_id": device,
                "received_at": now,
                "payload": sent["payload"],
                "payload_hash": ingest.payload_hash(sent["payload"]),
                **ingest.extract(record, TZ),
            }
        )
    with database.engine.begin() as connection:
        connection.execute(insert(IngestedRecord), rows)
        alembic.attributes["connection"] = connection
        command.upgrade(alembic, "0007_config_in_force")  # waits kept from check-in
        kept = connection.execute(text("SELECT checked_in, called FROM hub_ticket_wait")).all()
    assert [(called - checked) / 60 for checked, called in kept] == [12.0]

    assert migrate.upgrade(database.engine)
    report, scanned = both(database, DAY, DAY, [OTHER_HUB])
    assert report == scanned
    assert report["hubs"][0]["wait_median_minutes"] == 2.0
    database.dispose()
