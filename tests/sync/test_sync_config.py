"""Config snapshots, enrolment, the token file and the demo server."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest
import requests
from sqlalchemy import event as sa_event
from sqlalchemy import func, select

from hubkiosk.store.db import Store
from hubkiosk.store.models import Appointment, ConfigSnapshot
from hubkiosk.store.sync_port import StoreSyncPort
from hubkiosk.store.token import DeviceCredentials, load_credentials, save_credentials
from sync.client.engine import EnrolmentError, SyncEngine, SyncState, enrol
from sync.demo import start_demo_server
from sync.protocol import PROTOCOL_HEADER
from sync.protocol.wire import ConfigSnapshot as SnapshotMessage
from sync.server import admin, config
from sync.server.models import Device
from tests.sync.conftest import HUB, TZ, Central, FakeClock, FaultProxy, Visits, make_engine


def active(store: Store) -> list[ConfigSnapshot]:
    with store.session() as session:
        return list(session.scalars(select(ConfigSnapshot).where(ConfigSnapshot.active.is_(True))))


def appointments(store: Store) -> list[Appointment]:
    with store.session() as session:
        return list(session.scalars(select(Appointment).order_by(Appointment.starts_at)))


@pytest.mark.both_databases  # the snapshot goes through JSONB on PostgreSQL (key order)
def test_snapshot_is_applied_whole_and_pulled_with_etags(
    central: Central, proxy: FaultProxy, store: Store, clock: FakeClock
) -> None:
    proxy.path_prefix = "/v1/config"
    engine = make_engine(proxy.url, central.enrol(), store, clock)

    status = engine.sync_once()

    assert status.state is SyncState.OK and status.config_error is None
    [snapshot] = active(store)
    assert snapshot.version == status.config_etag and snapshot.version.startswith("v1-")
    body = SnapshotMessage.model_validate(snapshot.body)
    assert body.hub_id == HUB and len(body.hubs) == 5 and body.catalogue.services
    assert body.surveys and body.surveys[0]["id"] == "council-cx-2022"
    booked = appointments(store)
    assert booked and {a.hub_id for a in booked} == {HUB}
    assert all(a.reference and a.reference.startswith("HK-") and a.surname for a in booked)
    assert {a.id for a in booked} == {a.id for a in body.appointments}

    engine.sync_once()  # unchanged: 304, nothing new stored
    assert len(active(store)) == 1
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(ConfigSnapshot)) == 1

    with central.database.session() as session:
        admin.add_adviser(
            session, "jo", "Jo Adviser", "pbkdf2_sha256$200000$c2FsdA$ZGlnZXN0", [HUB], now=clock()
        )
    engine.sync_once()
    [newer] = active(store)
    assert newer.version != snapshot.version
    assert [a.id for a in SnapshotMessage.model_validate(newer.body).advisers] == ["jo"]
    gets = [(path, name) for _, path, name in proxy.log if path == "/v1/config"]
    assert len(gets) == 3


def _break_snapshot(
    status: int, headers: dict[str, str], body: bytes
) -> tuple[int, dict[str, str], bytes]:
    data = json.loads(body)
    data["catalogue"]["services"][0]["name"] = {"bn": "no English"}
    return status, headers, json.dumps(data).encode()


def _foreign_appointment(
    status: int, headers: dict[str, str], body: bytes
) -> tuple[int, dict[str, str], bytes]:
    data = json.loads(body)
    data["appointments"][0]["service_id"] = "no-such-service"
    return status, headers, json.dumps(data).encode()


@pytest.mark.parametrize("breakage", [_break_snapshot, _foreign_appointment, "captive"])
def test_invalid_snapshot_is_refused_and_the_last_good_one_stays(
    breakage: object, central: Central, proxy: FaultProxy, store: Store, clock: FakeClock
) -> None:
    proxy.path_prefix = "/v1/config"
    engine = make_engine(proxy.url, central.enrol(), store, clock, max_attempts=1)
    engine.sync_once()
    [good] = active(store)
    booked = [a.id for a in appointments(store)]
    central.publish()  # version 2, then spoiled on the way
    proxy.plan = [breakage]  # type: ignore[list-item]

    status = engine.sync_once()

    if breakage == "captive":
        assert status.state is SyncState.OFFLINE
    else:
        assert status.state is SyncState.OK  # pushing still works; only the config is refused
        assert status.config_error and "refused" in status.config_error
        assert good.version in status.config_error
        # IT is told what is wrong, where, not only how many things are.
        assert (
            "catalogue.services.0.name: needs English text under 'en'"
            if breakage is _break_snapshot
            else "names unknown service 'no-such-service'"
        ) in status.config_error
        assert not any(  # and no resident's reference or surname comes with it
            a.reference in status.config_error or a.surname in status.config_error
            for a in appointments(store)
        )
    [still] = active(store)
    assert still.version == good.version
    assert [a.id for a in appointments(store)] == booked

    repaired = engine.sync_once()
    assert repaired.config_error is None and repaired.state is SyncState.OK
    [now_active] = active(store)
    assert now_active.version.startswith("v2-")


@pytest.mark.both_databases
def test_a_config_check_is_one_transaction_and_still_counts_against_the_limit(
    make_central,
) -> None:
    """A kiosk asks for its configuration at the end of every sync cycle: the device found,
    its request counted and the answer made take one connection and one commit (on SQLite
    each commit is a disk sync the kiosk waits for), and a device over its limit is still
    refused, with nothing of the configuration."""
    central: Central = make_central(rate_limit_requests=3, rate_limit_window_seconds=60)
    token = central.enrol()
    engine = central.thread.app.state.database.engine
    checkouts: list[object] = []
    commits: list[object] = []

    def checkout(*_: object) -> None:
        checkouts.append(_)

    def commit(connection: object) -> None:
        commits.append(connection)

    sa_event.listen(engine.pool, "checkout", checkout)
    sa_event.listen(engine, "commit", commit)
    try:
        first = requests.get(f"{central.url}/v1/config", headers=central.headers(token), timeout=10)
        again = requests.get(
            f"{central.url}/v1/config",
            headers={**central.headers(token), "If-None-Match": first.headers["ETag"]},
            timeout=10,
        )
    finally:
        sa_event.remove(engine.pool, "checkout", checkout)
        sa_event.remove(engine, "commit", commit)
    assert first.status_code == 200 and first.json()["etag"] == first.headers["ETag"].strip('"')
    assert again.status_code == 304 and again.headers["ETag"] == first.headers["ETag"]
    assert len(checkouts) == 2 and len(commits) == 2

    assert requests.get(f"{central.url}/v1/config", headers=central.headers(token), timeout=10).ok
    limited = requests.get(f"{central.url}/v1/config", headers=central.headers(token), timeout=10)
    assert limited.status_code == 429 and limited.json()["error"] == "rate_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60 and "etag" not in limited.text
    with central.database.session() as session:
        assert session.scalars(select(Device.rate_count)).one() == 4
    revoked = requests.get(
        f"{central.url}/v1/config", headers=central.headers("not-a-token"), timeout=10
    )
    assert revoked.status_code == 401 and revoked.json()["error"] == "not_enrolled"


@pytest.mark.both_databases
def test_a_kiosk_that_holds_the_snapshot_is_answered_without_it_being_read(
    central: Central, clock: FakeClock
) -> None:
    """The end of every sync cycle: a kiosk holding the snapshot hears 304 without the
    published configuration (the catalogue, forms and surveys) being read or hashed again;
    the ETag it is answered from is the snapshot's, and changes whenever the snapshot
    would: new advisers, the day's bookings, another day, a new publish."""
    token = central.enrol()
    first = requests.get(f"{central.url}/v1/config", headers=central.headers(token), timeout=10)
    assert first.status_code == 200
    engine = central.thread.app.state.database.engine
    statements: list[str] = []

    def statement(_conn: object, _cursor: object, sql: str, *_: object) -> None:
        statements.append(sql)

    sa_event.listen(engine, "before_cursor_execute", statement)
    try:
        held = requests.get(
            f"{central.url}/v1/config",
            headers={**central.headers(token), "If-None-Match": first.headers["ETag"]},
            timeout=10,
        )
    finally:
        sa_event.remove(engine, "before_cursor_execute", statement)
    assert held.status_code == 304 and held.headers["ETag"] == first.headers["ETag"]
    assert not [sql for sql in statements if "published_config.body" in sql]

    def etags(day: dt.date) -> tuple[str | None, str | None]:
        with central.database.session() as session:
            quick = config.snapshot_etag(session, HUB, day=day)
            body = config.snapshot_body(session, HUB, day=day, now=clock())
        return quick, None if body is None else body["etag"]

    today = clock().astimezone(TZ).date()
    seen = [etags(today)]
    with central.database.session() as session:
        admin.add_adviser(
            session, "jo", "Jo Adviser", "pbkdf2_sha256$200000$c2FsdA$ZGlnZXN0", [HUB], now=clock()
        )
    seen.append(etags(today))
    with central.database.session() as session:
        other = config.demo_appointments(today, [HUB], ["housing"], TZ, seed=99)
        config.replace_appointments(session, today, other, now=clock())
    seen.append(etags(today))
    seen.append(etags(today + dt.timedelta(days=1)))
    central.publish(appointments=False)
    seen.append(etags(today))
    assert all(quick == full and quick for quick, full in seen)
    assert len({quick for quick, _ in seen}) == len(seen)
    assert seen[0][0] == first.headers["ETag"].strip('"')
    assert etags(today) == seen[-1]  # nothing changed: the same


def test_a_snapshot_for_another_hub_is_refused(
    store: Store, central: Central, clock: FakeClock
) -> None:
    with central.database.session() as session:
        snapshot = config.build_snapshot(
            session, "town-hall-whitechapel", day=dt.date.today(), now=clock()
        )
    assert snapshot is not None
    port = StoreSyncPort(store, hub_id=HUB)
    with pytest.raises(ValueError, match="another hub|this kiosk is at"):
        port.apply_config(snapshot)
    assert active(store) == []


def test_enrolment_code_is_one_time_and_the_token_file_is_private(
    central: Central, tmp_path: Path, store: Store, clock: FakeClock, visits: Visits
) -> None:
    with central.database.session() as session:
        code = admin.create_enrolment_code(
            session, HUB, now=clock(), valid_for=dt.timedelta(hours=1)
        )
    enrolled = enrol(central.url, code.lower(), device_name="Bow kiosk 1")
    assert enrolled.hub_id == HUB and enrolled.token.startswith("hkd_")
    with pytest.raises(EnrolmentError, match="unknown, used or expired"):
        enrol(central.url, code)

    path = save_credentials(
        tmp_path,
        DeviceCredentials(central.url, str(enrolled.device_id), enrolled.hub_id, enrolled.token),
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert enrolled.token not in store.path.read_bytes().decode("latin-1")
    loaded = load_credentials(tmp_path)
    assert loaded is not None and loaded.token == enrolled.token
    visits.ticket()
    status = make_engine(loaded.server_url, loaded.token, store, clock).sync_once()
    assert status.state is SyncState.OK and status.pending == 0

    with central.database.session() as session:
        stored = {d.token_hash for d in admin.list_devices(session)}
    assert enrolled.token not in stored  # only hashes are kept
    expired_code = None
    with central.database.session() as session:
        expired_code = admin.create_enrolment_code(  # to replace Bow's kiosk, too late
            session,
            HUB,
            now=clock() - dt.timedelta(hours=2),
            valid_for=dt.timedelta(hours=1),
            replace=True,
        )
    with pytest.raises(EnrolmentError):
        enrol(central.url, expired_code)
    with pytest.raises(EnrolmentError, match="cannot reach"):
        enrol("http://127.0.0.1:9", "ABCD-EFGH-JKLM", timeout=(0.5, 0.5))


def test_demo_server_serves_config_appointments_and_takes_records(
    tmp_path: Path, store: Store, visits: Visits, clock: FakeClock
) -> None:
    demo = start_demo_server(tmp_path / "data", hub_id="town-hall-whitechapel")
    try:
        assert requests.get(f"{demo.url}/health", timeout=5).json()["status"] == "ok"
        engine = SyncEngine(
            base_url=demo.url,
            token=demo.token,
            port=StoreSyncPort(store, hub_id="town-hall-whitechapel"),
            clock=clock,
            sleep=clock.sleep,
        )
        visits.hub_id = "town-hall-whitechapel"
        visits.ticket()
        status = engine.sync_once()
        assert status.state is SyncState.OK and status.pending == 0
        booked = appointments(store)
        # Eight made-up bookings for the hub, beside the shipped one the README names.
        assert len(booked) == 9
        assert "HK-6150" in {a.reference for a in booked}
        today = dt.datetime.now(dt.UTC).astimezone(TZ).date()
        assert {a.starts_at.astimezone(TZ).date() for a in booked} == {today}
        report = requests.get(demo.report_url(today, today, "json"), timeout=5).json()
        assert report["totals"]["visits"] == 1
        headers = {PROTOCOL_HEADER: "1", "Authorization": f"Bearer {demo.token}"}
        assert requests.get(f"{demo.url}/v1/device", headers=headers, timeout=5).ok
    finally:
        demo.stop()
    # Starting again on the same data dir reuses the database and enrols a fresh device.
    again = start_demo_server(tmp_path / "data")
    try:
        assert again.hub_id == HUB and again.token != demo.token
    finally:
        again.stop()


def test_kiosk_sync_enrols_syncs_and_purges(
    central: Central, store: Store, tmp_path: Path, visits: Visits, clock: FakeClock
) -> None:
    from hubkiosk.store.models import Ticket
    from hubkiosk.store.sync_port import KioskSync, enrol_kiosk

    data_dir = tmp_path / "kiosk-data"
    assert not KioskSync(store, data_dir, hub_id=HUB).enrolled
    assert KioskSync(store, data_dir, hub_id=HUB).cycle().state is SyncState.NOT_ENROLLED
    with central.database.session() as session:
        code = admin.create_enrolment_code(
            session, HUB, now=clock(), valid_for=dt.timedelta(hours=1)
        )
    credentials = enrol_kiosk(data_dir, central.url + "/", code, device_name="Bow 1")
    assert credentials.hub_id == HUB and credentials.server_url == central.url
    kiosk = KioskSync(store, data_dir, hub_id=HUB, retention=dt.timedelta(hours=2), clock=clock)
    assert kiosk.enrolled
    ticket = visits.ticket(call_name="Nadia")
    first = kiosk.cycle()
    assert first.state is SyncState.OK and first.pending == 0 and active(store)
    with store.session() as session:
        assert session.get(Ticket, ticket.id).call_name == "Nadia"  # type: ignore[union-attr]
    clock.advance(3 * 3600)
    kiosk.cycle()
    with store.session() as session:
        assert session.get(Ticket, ticket.id).call_name is None  # type: ignore[union-attr]
    # Another server URL in the settings than the one enrolled with: not enrolled there.
    assert not KioskSync(
        store, data_dir, hub_id=HUB, server_url="https://elsewhere.example"
    ).enrolled
