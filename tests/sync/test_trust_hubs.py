"""A record that refers to another is accepted only when both are of the device's hub: a
kiosk of Idea Store Bow cannot mark a Town Hall ticket as a no-show, nor check in for a
Town Hall appointment (issue 10), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
import requests
from sqlalchemy import select

from sync.server.models import AppointmentRow
from tests.sync.conftest import HUB, OTHER_HUB, REPORT_KEY, TZ, Central, push_raw

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases


def ticket(hub: str | None = None, **extra: Any) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC)
    payload = {
        "day": now.astimezone(TZ).date().isoformat(),
        "service_id": "housing",
        "number": "H-001",
        "sequence": 1,
        "created_at": now.isoformat(),
        **extra,
    }
    if hub:
        payload["hub_id"] = hub
    return {"id": str(uuid.uuid4()), "kind": "ticket", "payload": payload}


def event(ticket_id: str, kind: str, *, minutes: float = 0) -> dict[str, Any]:
    at = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes)).isoformat()
    return {
        "id": str(uuid.uuid4()),
        "kind": "queue_event",
        "payload": {"ticket_id": ticket_id, "kind": kind, "at": at},
    }


def state(central: Central, ticket_id: str) -> str:
    answer = requests.get(
        f"{central.url}/queue", params={"ticket": ticket_id, "format": "json"}, timeout=10
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["state"])


def test_another_hubs_kiosk_cannot_mark_a_ticket_no_show(central: Central) -> None:
    town_hall, bow = central.enrol(OTHER_HUB), central.enrol(HUB)
    theirs = ticket(OTHER_HUB)
    assert push_raw(central, town_hall, [theirs, event(theirs["id"], "checked_in")]).ok
    assert state(central, theirs["id"]) == "waiting"
    mine = ticket(HUB)

    forged = event(theirs["id"], "no_show")
    answer = push_raw(central, bow, [mine, forged, event(mine["id"], "called")])

    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected", "accepted"]
    assert results[1]["reason"] == "invalid: ticket_id: the ticket belongs to another hub"
    assert central.record(uuid.UUID(forged["id"])) is None
    assert state(central, theirs["id"]) == "waiting"
    # Their own kiosk still can.
    assert push_raw(central, town_hall, [event(theirs["id"], "no_show")]).ok
    assert state(central, theirs["id"]) == "finished"


def test_an_event_sent_before_another_hubs_ticket_does_not_move_it(central: Central) -> None:
    town_hall, bow = central.enrol(OTHER_HUB), central.enrol(HUB)
    theirs = ticket(OTHER_HUB)
    early = event(theirs["id"], "no_show")
    # The ticket is unknown here yet (its kiosk is offline): the event is taken...
    assert push_raw(central, bow, [early]).json()["results"][0]["status"] == "accepted"

    assert push_raw(central, town_hall, [theirs]).json()["results"][0]["status"] == "accepted"

    # ...but it never moves a ticket of another hub.
    assert state(central, theirs["id"]) == "waiting"


def test_an_early_event_of_another_hub_is_not_counted_in_the_hub_report(
    central: Central,
) -> None:
    town_hall, bow = central.enrol(OTHER_HUB), central.enrol(HUB)
    theirs = ticket(OTHER_HUB)
    # Sent before its ticket reached the server, as if called 5 minutes after check-in.
    assert push_raw(central, bow, [event(theirs["id"], "called", minutes=5)]).ok
    assert push_raw(central, town_hall, [theirs, event(theirs["id"], "checked_in")]).ok
    today = dt.datetime.now(TZ).date().isoformat()

    report = requests.get(
        f"{central.url}/reports/hubs",
        params={"from": today, "to": today, "format": "json", "key": REPORT_KEY},
        timeout=10,
    ).json()

    hubs = {figures["hub_id"]: figures for figures in report["hubs"]}
    assert hubs[OTHER_HUB]["visits"] == 1
    assert hubs[OTHER_HUB]["waits_counted"] == 0  # called only by another hub's kiosk


def test_an_early_event_of_another_hub_does_not_change_who_is_waiting_there(
    central: Central,
) -> None:
    town_hall, bow = central.enrol(OTHER_HUB), central.enrol(HUB)
    theirs = ticket(OTHER_HUB)
    # Bow's kiosk says the Town Hall's resident left before the ticket reached the server.
    assert push_raw(central, bow, [event(theirs["id"], "no_show", minutes=1)]).ok
    assert push_raw(central, town_hall, [theirs, event(theirs["id"], "checked_in")]).ok

    status = requests.get(
        f"{central.url}/v1/hubs/status", headers=central.headers(bow), timeout=10
    ).json()

    hubs = {hub["hub_id"]: hub for hub in status["hubs"]}
    assert hubs[OTHER_HUB]["waiting"] == 1  # still waiting: only its own hub moves it


def test_an_event_must_name_a_ticket(central: Central) -> None:
    bow = central.enrol(HUB)
    feedback = {"id": str(uuid.uuid4()), "kind": "feedback", "payload": {"score": 5}}
    assert push_raw(central, bow, [feedback]).ok

    result = push_raw(central, bow, [event(feedback["id"], "called")]).json()["results"][0]

    assert result["status"] == "rejected"
    assert result["reason"] == "invalid: ticket_id: the record it names is not a ticket"


def test_a_check_in_must_be_for_an_appointment_of_the_devices_hub(central: Central) -> None:
    bow = central.enrol(HUB)
    with central.database.session() as session:
        theirs = session.scalars(
            select(AppointmentRow.id).where(AppointmentRow.hub_id == OTHER_HUB)
        ).first()
        ours = session.scalars(
            select(AppointmentRow.id).where(AppointmentRow.hub_id == HUB)
        ).first()
    assert theirs is not None and ours is not None
    forged = ticket(HUB, appointment_id=str(theirs))
    fine = ticket(HUB, appointment_id=str(ours), number="H-002", sequence=2)

    results = push_raw(central, bow, [forged, fine]).json()["results"]

    assert results[0]["status"] == "rejected"
    assert results[0]["reason"] == "invalid: appointment_id: the appointment is at another hub"
    assert results[1]["status"] == "accepted"
    assert central.count("ticket") == 1
