"""Round trips, idempotency, faults and retries against a real server (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator

import pytest
import requests
from sqlalchemy import select

from hubkiosk.store.db import Store
from hubkiosk.store.models import OutboxItem, OutboxState, Outcome
from sync.client.engine import NOT_ENROLLED, SyncState
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server import admin
from tests.sync.conftest import (
    HUB,
    OTHER_HUB,
    Central,
    FakeClock,
    FaultProxy,
    Visits,
    make_engine,
    push_raw,
)

# Ingest's SQL (upserts, row locks, the receive sequence) differs by database: run on both.
pytestmark = pytest.mark.both_databases


def outbox_states(store: Store) -> dict[uuid.UUID, OutboxState]:
    with store.session() as session:
        return {item.id: item.state for item in session.scalars(select(OutboxItem))}


def test_every_record_kind_round_trips(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    ticket = visits.visit("housing", clock(), 12, Outcome.REFERRED, "adult-social-care")
    form = visits.form()
    survey = visits.survey()
    feedback = visits.feedback()
    engine = make_engine(central.url, central.enrol(), store, clock)
    clock.advance(3600)  # anonymous answers are sent once the hour they are stamped with ends

    status = engine.sync_once()

    assert status.state is SyncState.OK, status.last_error
    assert status.pending == 0 and status.sent_last_cycle == 7
    with store.session() as session:
        items = session.scalars(select(OutboxItem)).all()
        assert {i.kind for i in items} == {
            "ticket", "queue_event", "form_submission", "survey_response", "feedback",
        }  # fmt: skip
        assert all(i.state is OutboxState.SENT and i.server_seq for i in items)
        sent = {i.id: (i.kind, i.payload, i.server_seq) for i in items}
    for record_id, (kind, payload, seq) in sent.items():
        stored = central.record(record_id)
        assert stored is not None
        assert (stored.kind, stored.payload, stored.seq, stored.hub_id) == (kind, payload, seq, HUB)
    # The device can read its own records back through the API.
    token = engine.token
    assert token
    for record in (ticket, form, survey, feedback):
        answer = requests.get(
            f"{central.url}/v1/records/{record.id}", headers=central.headers(token), timeout=5
        )
        assert answer.status_code == 200
        assert answer.json()["payload"] == sent[record.id][1]


def test_resending_a_batch_adds_nothing(central: Central, visits: Visits, store: Store) -> None:
    token = central.enrol()
    for _ in range(3):
        visits.ticket()
    with store.session() as session:
        items = [
            {"id": str(i.id), "kind": i.kind, "payload": i.payload}
            for i in session.scalars(select(OutboxItem))
        ]
    first = push_raw(central, token, items)
    second = push_raw(central, token, items)

    assert first.status_code == second.status_code == 200
    assert [r["status"] for r in first.json()["results"]] == ["accepted"] * 3
    assert [r["status"] for r in second.json()["results"]] == ["duplicate"] * 3
    assert [r["server_seq"] for r in first.json()["results"]] == [
        r["server_seq"] for r in second.json()["results"]
    ]
    assert central.count() == 3
    # The same id twice in one batch is stored once too.
    doubled = push_raw(central, token, [items[0], items[0]])
    assert [r["status"] for r in doubled.json()["results"]] == ["duplicate", "duplicate"]
    assert central.count() == 3


def test_connection_dropped_after_commit_adds_nothing_on_retry(
    central: Central, proxy: FaultProxy, store: Store, visits: Visits, clock: FakeClock
) -> None:
    for _ in range(5):
        visits.ticket()
    proxy.plan = ["drop_after"]
    engine = make_engine(proxy.url, central.enrol(), store, clock)

    status = engine.sync_once()

    assert status.state is SyncState.OK and status.pending == 0
    assert [name for _, path, name in proxy.log if path == "/v1/push"][:2] == ["drop_after", "pass"]
    assert central.count() == 5
    assert set(outbox_states(store).values()) == {OutboxState.SENT}


@pytest.mark.parametrize("fault", ["500", "503", "429:7", "hang", "captive"])
def test_transient_failures_lose_nothing_and_are_retried(
    fault: str, central: Central, proxy: FaultProxy, store: Store, visits: Visits, clock: FakeClock
) -> None:
    for _ in range(4):
        visits.ticket()
    proxy.plan = [fault, fault]
    engine = make_engine(
        proxy.url, central.enrol(), store, clock, max_attempts=2, timeout=(2.0, 0.5)
    )

    failed = engine.sync_once()

    # Two failed attempts: nothing dropped, nothing stored twice, the kiosk says offline.
    assert failed.state is SyncState.OFFLINE
    assert failed.pending == 4
    assert set(outbox_states(store).values()) == {OutboxState.PENDING}
    assert central.count() == 0  # the proxy answered or hung before the server
    assert len(clock.sleeps) == 1
    if fault.startswith("429:"):
        assert clock.sleeps[0] >= 7
    with store.session() as session:
        assert all(i.attempts == 1 for i in session.scalars(select(OutboxItem)))

    recovered = engine.sync_once()

    assert recovered.state is SyncState.OK, recovered.last_error
    assert recovered.pending == 0 and recovered.last_error is None
    assert central.count() == 4
    assert set(outbox_states(store).values()) == {OutboxState.SENT}


def test_backoff_grows_with_jitter_and_honours_retry_after(
    central: Central, proxy: FaultProxy, store: Store, visits: Visits, clock: FakeClock
) -> None:
    visits.ticket()
    proxy.plan = ["503", "503", "503", "429:40", "503"]
    engine = make_engine(proxy.url, central.enrol(), store, clock, max_attempts=6)

    status = engine.sync_once()

    assert status.state is SyncState.OK
    caps = [1, 2, 4, 8, 16]
    assert all(0 <= s <= cap for s, cap in zip(clock.sleeps, caps, strict=True) if s < 40)
    assert clock.sleeps[3] >= 40
    assert central.count() == 1


def test_401_stops_and_says_so(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    visits.ticket()
    token = central.enrol()
    engine = make_engine(central.url, token, store, clock)
    assert engine.sync_once().state is SyncState.OK
    with central.database.session() as session:
        device_id = admin.list_devices(session)[0].id
        admin.revoke(session, device_id, now=clock())
    visits.ticket()

    status = engine.sync_once()

    assert status.state is SyncState.NOT_ENROLLED
    assert status.last_error == NOT_ENROLLED
    assert "not enrolled or its token was revoked" in status.summary
    assert status.pending == 1
    assert clock.sleeps == []  # no retrying a revoked token
    assert central.count() == 1
    unenrolled = make_engine(central.url, None, store, clock).sync_once()
    assert unenrolled.state is SyncState.NOT_ENROLLED


def test_conflict_goes_to_dead_letters_while_later_items_arrive(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    token = central.enrol()
    clash = visits.ticket(call_name="Sam")
    later = [visits.ticket() for _ in range(3)]
    with store.session() as session:
        item = session.scalars(select(OutboxItem).where(OutboxItem.id == clash.id)).one()
        tampered = {**item.payload, "call_name": "Someone else"}
    assert push_raw(
        central, token, [{"id": str(clash.id), "kind": "ticket", "payload": tampered}]
    ).ok
    engine = make_engine(central.url, token, store, clock)

    status = engine.sync_once()

    assert status.state is SyncState.OK
    assert status.dead_letters == 1 and status.pending == 0
    states = outbox_states(store)
    assert states[clash.id] is OutboxState.DEAD
    assert all(states[t.id] is OutboxState.SENT for t in later)
    with store.session() as session:
        dead = session.scalars(select(OutboxItem).where(OutboxItem.id == clash.id)).one()
        assert dead.last_error == "conflict"
    stored = central.record(clash.id)
    assert stored is not None and stored.payload["call_name"] == "Someone else"
    assert central.count() == 4


def test_invalid_payload_is_rejected_alone(central: Central) -> None:
    token = central.enrol()
    good = {"id": str(uuid.uuid4()), "kind": "ticket",
            "payload": {"day": "2026-03-02", "service_id": "housing", "number": "H-001"}}  # fmt: skip
    bad = {"id": str(uuid.uuid4()), "kind": "queue_event", "payload": {"kind": "teleported"}}
    answer = push_raw(central, token, [bad, good]).json()["results"]
    assert answer[0]["status"] == "rejected" and answer[0]["reason"].startswith("invalid:")
    assert answer[1]["status"] == "accepted"
    assert central.count() == 1


def test_other_hubs_data_is_out_of_reach(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    mine = central.enrol(HUB)
    theirs = central.enrol(OTHER_HUB)
    their_id = uuid.uuid4()
    their_ticket = {"id": str(their_id), "kind": "ticket",
                    "payload": {"id": str(their_id), "hub_id": OTHER_HUB, "day": "2026-03-02",
                                "service_id": "housing", "number": "H-001", "call_name": "Ann"}}  # fmt: skip
    assert push_raw(central, theirs, [their_ticket]).json()["results"][0]["status"] == "accepted"
    before = central.record(their_id)

    # Reading: their record is not found, their hub's appointments are forbidden.
    read = requests.get(
        f"{central.url}/v1/records/{their_id}", headers=central.headers(mine), timeout=5
    )
    assert read.status_code == 404
    # Nor by another kiosk of their hub: a ticket's id is printed in its QR code.
    neighbour = central.enrol(OTHER_HUB, name="second kiosk")
    for token, found in ((neighbour, 404), (theirs, 200)):
        read = requests.get(
            f"{central.url}/v1/records/{their_id}", headers=central.headers(token), timeout=5
        )
        assert read.status_code == found
    appointments = requests.get(
        f"{central.url}/v1/hubs/{OTHER_HUB}/appointments", headers=central.headers(mine), timeout=5
    )
    assert appointments.status_code == 403
    own = requests.get(
        f"{central.url}/v1/hubs/{HUB}/appointments", headers=central.headers(mine), timeout=5
    )
    assert own.status_code == 200 and {a["hub_id"] for a in own.json()} == {HUB}

    # Writing a record that names their hub: 403, nothing stored from the batch.
    mine_ok = {"id": str(uuid.uuid4()), "kind": "ticket",
               "payload": {"hub_id": HUB, "day": "2026-03-02", "service_id": "housing", "number": "H-002"}}  # fmt: skip
    forged = {**their_ticket, "id": str(uuid.uuid4())}
    forged["payload"] = {**their_ticket["payload"], "id": forged["id"]}
    answer = push_raw(central, mine, [mine_ok, forged])
    assert answer.status_code == 403
    assert answer.json()["error"] == "wrong_hub" and answer.json()["ids"] == [forged["id"]]
    # Overwriting their record by its id (a payload without hub): a conflict, nothing changes.
    overwrite = {"id": str(their_id), "kind": "ticket",
                 "payload": {"day": "2026-03-02", "service_id": "housing", "number": "H-001"}}  # fmt: skip
    result = push_raw(central, mine, [overwrite]).json()["results"][0]
    assert result == {
        "id": str(their_id),
        "status": "rejected",
        "server_seq": None,
        "reason": "conflict",
    }
    # Even a byte-identical copy of their record is not acknowledged as "duplicate" to us.
    copy = push_raw(
        central, mine, [{**their_ticket, "payload": {**their_ticket["payload"], "hub_id": HUB}}]
    )
    assert copy.json()["results"][0]["status"] == "rejected"
    after = central.record(their_id)
    assert after is not None and before is not None
    assert (after.payload, after.hub_id, after.seq) == (before.payload, before.hub_id, before.seq)
    assert central.count() == 1

    # Through the engine: a kiosk record naming another hub is set aside, the rest flows.
    stray = visits.ticket(hub_id=OTHER_HUB)
    fine = visits.ticket()
    status = make_engine(central.url, mine, store, clock).sync_once()
    assert status.state is SyncState.OK and status.dead_letters == 1
    assert outbox_states(store)[stray.id] is OutboxState.DEAD
    assert outbox_states(store)[fine.id] is OutboxState.SENT


def test_oversize_batches_get_413_and_the_engine_splits_them(
    make_central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    central: Central = make_central(max_batch_items=10, max_body_bytes=20_000)
    token = central.enrol()
    items = [
        {"id": str(uuid.uuid4()), "kind": "ticket",
         "payload": {"day": "2026-03-02", "service_id": "housing", "number": f"H-{n:03d}"}}
        for n in range(11)
    ]  # fmt: skip
    too_many = push_raw(central, token, items)
    assert too_many.status_code == 413
    assert too_many.json()["error"] == "batch_too_large"
    assert "limit is 10" in too_many.json()["message"]
    huge = push_raw(
        central, token, [{**items[0], "payload": {**items[0]["payload"], "x": "y" * 30_000}}]
    )
    assert huge.status_code == 413 and "limit is 20,000" in huge.json()["message"]
    assert central.count() == 0

    for _ in range(25):
        visits.ticket()
    status = make_engine(central.url, token, store, clock, batch_size=100).sync_once()
    assert status.state is SyncState.OK and status.pending == 0
    assert central.count() == 25


def test_rate_limit_answers_429_and_the_engine_waits(
    make_central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    central: Central = make_central(
        clock=clock, rate_limit_requests=3, rate_limit_window_seconds=60
    )
    token = central.enrol()
    for _ in range(3):
        assert requests.get(
            f"{central.url}/v1/device", headers=central.headers(token), timeout=5
        ).ok
    limited = requests.get(f"{central.url}/v1/device", headers=central.headers(token), timeout=5)
    assert limited.status_code == 429
    assert limited.json()["error"] == "rate_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60

    visits.ticket()
    status = make_engine(central.url, token, store, clock).sync_once()
    assert status.state is SyncState.OK and status.pending == 0
    assert clock.sleeps and clock.sleeps[0] >= int(limited.headers["Retry-After"])


def test_unknown_protocol_gets_update_required(
    central: Central,
    store: Store,
    visits: Visits,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = central.enrol()
    answer = requests.get(
        f"{central.url}/v1/config",
        headers={**central.headers(token), PROTOCOL_HEADER: "99"},
        timeout=5,
    )
    assert answer.status_code == 426
    assert answer.json()["error"] == "update_required"
    assert answer.json()["supported_versions"] == [PROTOCOL_VERSION]
    body = requests.post(
        f"{central.url}/v1/push",
        data=json.dumps({"protocol_version": 99, "items": []}),
        headers=central.headers(token),
        timeout=5,
    )
    assert body.status_code == 426

    import sync.client.engine as engine_module

    monkeypatch.setattr(engine_module, "PROTOCOL_VERSION", 99)
    visits.ticket()
    status = make_engine(central.url, token, store, clock).sync_once()
    assert status.state is SyncState.UPDATE_REQUIRED and status.pending == 1
    assert "update the kiosk" in (status.last_error or "")


def test_health_openapi_and_error_bodies(central: Central) -> None:
    health = requests.get(f"{central.url}/health", timeout=5)
    assert health.json()["status"] == "ok"
    schema = requests.get(f"{central.url}/openapi.json", timeout=5).json()
    assert {"/v1/push", "/v1/config", "/v1/enrol", "/reports/hubs"} <= set(schema["paths"])
    missing = requests.get(f"{central.url}/v1/device", headers={PROTOCOL_HEADER: "1"}, timeout=5)
    assert missing.status_code == 401 and missing.json()["error"] == "not_enrolled"
    no_header = requests.get(f"{central.url}/v1/device", timeout=5)
    assert no_header.status_code == 400 and no_header.json()["error"] == "protocol_missing"


def test_device_health_reaches_the_server(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    engine = make_engine(central.url, central.enrol(), store, clock, kiosk_version="0.1.0")
    visits.ticket()
    engine.sync_once()
    with central.database.session() as session:
        device = admin.list_devices(session)[0]
        assert device.last_seen_at is not None
        assert device.kiosk_version == "0.1.0"
        assert device.reported_pending == 0  # sent with the heartbeat after the batch
        assert device.high_water >= 1
    assert dt.datetime.now(dt.UTC) - device.last_seen_at < dt.timedelta(minutes=5)


def test_a_long_retry_after_defers_to_later_cycles(
    central: Central, proxy: FaultProxy, store: Store, visits: Visits, clock: FakeClock
) -> None:
    visits.ticket()
    proxy.plan = ["429:900"]
    engine = make_engine(proxy.url, central.enrol(), store, clock)

    deferred = engine.sync_once()
    assert deferred.state is SyncState.OFFLINE and deferred.pending == 1
    assert clock.sleeps == []  # the cycle ends instead of blocking the worker for 15 minutes
    requests_made = len(proxy.log)
    clock.advance(600)
    early = engine.sync_once()
    assert early.state is SyncState.OFFLINE and "next try in 300 s" in (early.last_error or "")
    assert len(proxy.log) == requests_made  # no request before the server's time
    clock.advance(301)
    assert engine.sync_once().state is SyncState.OK
    assert central.count() == 1


def test_cancel_cuts_a_backoff_short(store: Store, visits: Visits) -> None:
    import threading

    from hubkiosk.store.sync_port import StoreSyncPort
    from sync.client.engine import SyncEngine

    waits: list[float | None] = []

    class CancelledWhileWaiting(threading.Event):
        """The kiosk closes during the first backoff (no real waiting in the test)."""

        def wait(self, timeout: float | None = None) -> bool:
            waits.append(timeout)
            self.set()
            return super().wait(timeout)

    visits.ticket()
    engine = SyncEngine(
        base_url="http://127.0.0.1:9", token="t", port=StoreSyncPort(store), backoff_base=20.0,
        timeout=(0.5, 0.5), stopping=CancelledWhileWaiting(),
    )  # fmt: skip
    status = engine.sync_once()
    assert len(waits) == 1 and waits[0] is not None and waits[0] <= 20.0
    assert status.state is SyncState.OFFLINE and status.pending == 1
    assert status.last_error == "sync stopped"
    assert engine.sync_once().last_error == "sync stopped"  # later cycles make no request


def test_a_chunked_oversize_body_is_refused_without_content_length(make_central) -> None:
    central: Central = make_central(max_body_bytes=20_000)
    token = central.enrol()

    def body() -> Iterator[bytes]:
        yield b'{"protocol_version": 1, "items": [], "padding": "'
        for _ in range(10):
            yield b"x" * 5_000
        yield b'"}'

    answer = requests.post(
        f"{central.url}/v1/push", data=body(), headers=central.headers(token), timeout=10
    )
    assert answer.status_code == 413
    assert answer.json()["error"] == "payload_too_large"
    assert "more than" in answer.json()["message"]


def test_an_unknown_record_kind_is_set_aside_and_the_rest_flows(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    stranger = OutboxItem(id=uuid.uuid4(), kind="time_machine", payload={"year": 1885})
    with store.session() as session:
        session.add(stranger)
    ticket = visits.ticket()
    status = make_engine(central.url, central.enrol(), store, clock).sync_once()
    assert status.state is SyncState.OK and status.pending == 0 and status.dead_letters == 1
    states = outbox_states(store)
    assert states[stranger.id] is OutboxState.DEAD and states[ticket.id] is OutboxState.SENT
