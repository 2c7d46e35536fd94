"""``GET /v1/hubs/status``: waiting counts and today's median wait per hub, from the records
the hubs' kiosks pushed, on a real server (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import requests

from hubkiosk.store import outbox
from hubkiosk.store.db import Store, open_store
from hubkiosk.store.models import Outcome, QueueEvent, QueueEventKind, Ticket
from sync.client.engine import SyncState
from sync.protocol.status import HubsStatus
from tests.sync.conftest import HUB, OTHER_HUB, TZ, Central, FakeClock, Visits, make_engine

# Hub status's SQL (waits from event times) differs by database: run on both.
pytestmark = pytest.mark.both_databases

CHRISP = "idea-store-chrisp-street"
#: A Tuesday, 10:30 in London.
NOW = dt.datetime(2026, 11, 24, 10, 30, tzinfo=TZ).astimezone(dt.UTC)


def at(hour: int, minute: int, days: int = 0) -> dt.datetime:
    local = dt.datetime(2026, 11, 24, hour, minute, tzinfo=TZ) + dt.timedelta(days=days)
    return local.astimezone(dt.UTC)


def event(store: Store, ticket: Ticket, kind: QueueEventKind, when: dt.datetime, **extra) -> None:
    with store.session() as session:
        outbox.add_record(
            session, QueueEvent(ticket_id=ticket.id, kind=kind, at=when, created_at=when, **extra)
        )


def push(central: Central, store: Store, hub_id: str, clock: FakeClock) -> None:
    token = central.enrol(hub_id)
    status = make_engine(central.url, token, store, clock, hub_id=hub_id).sync_once()
    assert status.state is SyncState.OK and status.pending == 0


def bow_morning(store: Store) -> None:
    """Bow at 10:30: two wait (one never called, one transferred back), three do not."""
    visits = Visits(store, HUB)
    K = QueueEventKind
    served = visits.ticket(at=at(10, 0))
    event(store, served, K.CHECKED_IN, at(10, 0))
    event(store, served, K.CALLED, at(10, 12), desk="Desk 1")
    event(store, served, K.SERVED, at(10, 25), outcome=Outcome.RESOLVED_FIRST_CONTACT)
    at_desk = visits.ticket(at=at(10, 5))
    event(store, at_desk, K.CHECKED_IN, at(10, 5))
    event(store, at_desk, K.CALLED, at(10, 20), desk="Desk 2")
    moved = visits.ticket(at=at(10, 10))
    event(store, moved, K.CHECKED_IN, at(10, 10))
    event(store, moved, K.CALLED, at(10, 18), desk="Desk 1")
    event(store, moved, K.TRANSFERRED, at(10, 22), to_service_id="council-tax")
    waiting = visits.ticket(at=at(10, 15))
    event(store, waiting, K.CHECKED_IN, at(10, 15))
    gone = visits.ticket(at=at(10, 20))
    event(store, gone, K.CHECKED_IN, at(10, 20))
    event(store, gone, K.CALLED, at(10, 28), desk="Desk 2")
    event(store, gone, K.NO_SHOW, at(10, 29), desk="Desk 2")
    yesterday = visits.ticket(at=at(16, 50, days=-1))  # never called: not waiting today
    event(store, yesterday, K.CHECKED_IN, at(16, 50, days=-1))


def test_counts_and_waits_per_hub(make_central, tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    central = make_central(clock=clock)
    bow = open_store(tmp_path / "bow")
    chrisp = open_store(tmp_path / "chrisp")
    try:
        bow_morning(bow)
        push(central, bow, HUB, clock)
        visits = Visits(chrisp, CHRISP)
        for minute in (0, 10, 20):
            ticket = visits.ticket(at=at(10, minute))
            event(chrisp, ticket, QueueEventKind.CHECKED_IN, at(10, minute))
        push(central, chrisp, CHRISP, clock)
    finally:
        bow.close()
        chrisp.close()
    town_hall_kiosk = central.enrol(OTHER_HUB)

    answer = requests.get(
        f"{central.url}/v1/hubs/status", headers=central.headers(town_hall_kiosk), timeout=10
    )
    assert answer.status_code == 200, answer.text
    status = HubsStatus.model_validate_json(answer.content)
    assert status.day == dt.date(2026, 11, 24)
    by_hub = {hub.hub_id: hub for hub in status.hubs}
    # Every published hub is listed, busy or not.
    assert {HUB, CHRISP, OTHER_HUB, "cubitt-town-library"} <= set(by_hub)
    bow_status = by_hub[HUB]
    assert bow_status.waiting == 2
    assert bow_status.waits_counted == 4  # 12, 15, 8 and 8 minutes to the first call
    assert bow_status.wait_median_minutes == 10.0
    assert bow_status.updated_at == NOW
    assert (by_hub[CHRISP].waiting, by_hub[CHRISP].wait_median_minutes) == (3, None)
    quiet = by_hub["cubitt-town-library"]
    assert (quiet.waiting, quiet.waits_counted, quiet.updated_at) == (0, 0, None)
    # Counts only: nothing about any person travels.
    assert "Sam" not in answer.text and "H-00" not in answer.text


def test_status_needs_an_enrolled_device(central: Central) -> None:
    answer = requests.get(f"{central.url}/v1/hubs/status", timeout=10)
    assert answer.status_code == 400  # no protocol header
    answer = requests.get(
        f"{central.url}/v1/hubs/status", headers=central.headers("not-a-token"), timeout=10
    )
    assert answer.status_code == 401
    assert answer.json()["error"] == "not_enrolled"


def test_a_ticket_served_after_the_kiosks_clock_was_set_back_is_not_waiting(
    make_central, tmp_path: Path
) -> None:
    """QA (s37, time): transferred at "10:22" by a clock 10 minutes fast, then served at
    10:14 once the network's time had set it right: the other hubs were told it waited."""
    clock = FakeClock(NOW)
    central = make_central(clock=clock)
    bow = open_store(tmp_path / "bow")
    try:
        K = QueueEventKind
        ticket = Visits(bow, HUB).ticket(at=at(10, 0))
        event(bow, ticket, K.CHECKED_IN, at(10, 0))
        event(bow, ticket, K.CALLED, at(10, 18), desk="Desk 1")
        event(bow, ticket, K.TRANSFERRED, at(10, 22), to_service_id="council-tax")
        event(bow, ticket, K.CALLED, at(10, 12), desk="Desk 3")  # the clock set right
        event(bow, ticket, K.SERVED, at(10, 14), outcome=Outcome.RESOLVED_FIRST_CONTACT)
        push(central, bow, HUB, clock)
    finally:
        bow.close()

    answer = requests.get(
        f"{central.url}/v1/hubs/status",
        headers=central.headers(central.enrol(OTHER_HUB)),
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    by_hub = {hub.hub_id: hub for hub in HubsStatus.model_validate_json(answer.content).hubs}
    assert by_hub[HUB].waiting == 0
