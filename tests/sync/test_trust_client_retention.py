"""After retention, no copy the kiosk keeps holds residents' data: not the config snapshots'
bookings, not the backups (whose bytes are read whole, free pages included)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from sqlalchemy import select

from hubkiosk.store import backup
from hubkiosk.store.db import Store, open_store
from hubkiosk.store.models import Appointment, ConfigSnapshot
from hubkiosk.store.retention import purge_personal
from hubkiosk.store.scrub import scrub_after_retention
from sync.client.engine import SyncState
from tests.sync.conftest import Central, FakeClock, Visits, make_engine

GRACE = dt.timedelta(days=1)


def personal_values(store: Store) -> list[str]:
    """The bookings the server sent today, as the kiosk stored them."""
    with store.session() as session:
        rows = session.scalars(select(Appointment)).all()
    values = [v for row in rows for v in (row.reference, row.surname, row.phone) if v]
    assert values
    return values


def snapshot_appointments(path: Path) -> list[object]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT body FROM config_snapshot").fetchall()
    finally:
        connection.close()

    return [entry for (body,) in rows for entry in json.loads(body).get("appointments", [])]


def test_backups_and_snapshots_hold_no_personal_value_after_retention(
    central: Central, store: Store, visits: Visits, clock: FakeClock, tmp_path: Path
) -> None:
    visits.ticket(call_name="Shamima")
    visits.form(answers={"name": "Rokeya Begum", "phone": "07700900123"})
    status = make_engine(central.url, central.enrol(), store, clock).sync_once()
    assert status.state is SyncState.OK and status.pending == 0
    bookings = personal_values(store)
    typed = ["Shamima", "Rokeya Begum", "07700900123"]
    kept = store.backup("daily")
    assert all(value.encode() in kept.read_bytes() for value in typed + bookings[:3])

    clock.advance(3 * 24 * 3600)  # three days on: past the day and the retention
    with store.session() as session:
        purge_personal(session, grace=GRACE, now=clock)
    scrub_after_retention(store, grace=GRACE, now=clock)

    # Restore that backup (as a damaged store would be) and read everything in it.
    restored_dir = tmp_path / "restored"
    restored_dir.mkdir()
    target = restored_dir / "hubkiosk.sqlite3"
    assert backup.restore_newest(store.backup_dir, target) == kept
    raw = target.read_bytes() + kept.read_bytes()
    for value in typed + bookings:
        assert value.encode() not in raw, value
    assert snapshot_appointments(target) == []
    # The restored store still opens and still has the records (without their personal part).
    again = open_store(restored_dir)
    try:
        with again.session() as session:
            assert session.scalar(select(ConfigSnapshot.version)) is not None
    finally:
        again.close()


def test_backups_made_while_the_clock_was_a_year_fast_are_scrubbed_after_retention(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    """Backups written while the kiosk's clock ran a year fast hold a pending ticket; the
    clock is put right, the ticket is synced: retention reaches those backups too."""
    visits.ticket(call_name="Zebulonqx")
    for hours in range(backup.KEEP):
        when = clock() + dt.timedelta(days=365, hours=hours)
        store.backup("daily", now=lambda when=when: when)
    fast = backup.list_backups(store.backup_dir)
    assert all(b"Zebulonqx" in path.read_bytes() for path in fast)

    status = make_engine(central.url, central.enrol(), store, clock).sync_once()
    assert status.state is SyncState.OK and status.pending == 0
    clock.advance(3 * 24 * 3600)
    with store.session() as session:
        purge_personal(session, grace=GRACE, now=clock)
    scrub_after_retention(store, grace=GRACE, now=clock)

    kept = backup.list_backups(store.backup_dir)
    assert kept == fast  # scrubbed in place, none lost
    assert [path.name for path in kept if b"Zebulonqx" in path.read_bytes()] == []


def test_a_snapshot_keeps_no_booking_past_its_day(
    central: Central, store: Store, clock: FakeClock
) -> None:
    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().state is SyncState.OK
    assert snapshot_appointments(store.path)  # today's bookings arrive with the snapshot

    scrub_after_retention(store, grace=GRACE, now=clock)
    assert snapshot_appointments(store.path)  # still today: the kiosk needs them

    clock.advance(24 * 3600)
    scrub_after_retention(store, grace=GRACE, now=clock)
    assert snapshot_appointments(store.path) == []
    assert engine.port.active_snapshot() is not None  # the snapshot itself stays valid


def test_a_sync_cycle_that_purges_leaves_nothing_in_the_stores_log(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    """``secure_delete`` clears the database file's pages, but SQLite's log (the WAL file
    beside it) still held the values a purge overwrote until something copied the log back,
    which only a ticket on screen asked for: a kiosk taking forms kept them there."""
    from hubkiosk.store.sync_port import KioskSync

    typed = ["Zebulonqx", "Quillonia Vexbrook", "07700900777"]
    visits.ticket(call_name=typed[0])
    visits.form(answers={"name": typed[1], "phone": typed[2]})
    sync = KioskSync(
        store,
        store.path.parent,
        hub_id=visits.hub_id,
        server_url=central.url,
        token=central.enrol(),
        retention=GRACE,
        clock=clock,
    )
    assert sync.cycle().pending == 0
    clock.advance(3 * 24 * 3600)  # past the retention
    sync.cycle()
    files = [path for path in store.path.parent.iterdir() if path.name.startswith(store.path.name)]
    assert any(path.name.endswith("-wal") for path in files)  # the log is there, emptied
    for path in files:
        raw = path.read_bytes()
        for value in typed:
            assert value.encode() not in raw, (path.name, value)
