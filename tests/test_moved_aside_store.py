"""A damaged store the kiosk moved aside kept every resident's details with no end: the
notice and ``--recover-moved`` said only where unsent records were, never that the file
holds names and phone numbers or that it can go, and no retention round touched it. Now
both say so, and the kiosk's hourly round deletes one whose records are all sent or here
once it is older than the retention period; while records in it are not sent, it stays and
IT is told once."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from contextlib import redirect_stdout
from pathlib import Path

from sqlalchemy import select

from hubkiosk.app import main
from hubkiosk.qt.maintenance import Maintenance
from hubkiosk.store import outbox
from hubkiosk.store.db import DB_NAME, open_store
from hubkiosk.store.models import OutboxItem, StoreEvent
from hubkiosk.store.retention import retire_moved
from tests.conftest import logged
from tests.kiosk_store import seed_store
from tests.sync.conftest import FakeClock, Visits

NAME, SURNAME, PHONE, REFERENCE = "Quillonia", "Zbigniewska", "07700900987", "QZ7731"
PERSONAL = (NAME, SURNAME, PHONE, REFERENCE)
HOUR = 3600
PAGE = 4096


def residents_visits(visits: Visits, clock: FakeClock, *, acknowledged: bool) -> None:
    """Tickets with a call name and a form with a name and phone, as a resident leaves them."""
    store = visits.store
    items = [visits.ticket(at=clock(), call_name=NAME).id for _ in range(5)]
    items.append(visits.form({"name": f"{NAME} {SURNAME}", "phone": PHONE, "ref": REFERENCE}).id)
    if acknowledged:
        with store.session() as session:
            outbox.acknowledge(session, items)


def damage(path: Path) -> None:
    """Overwrite one page of an index (the records stay readable), as a disk fault would."""
    with sqlite3.connect(path) as connection:
        (pageno,) = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'ix_ticket_day_service'"
        ).fetchone()
    connection.close()
    with open(path, "r+b") as file:
        file.seek((pageno - 1) * PAGE)
        file.write(b"\xff" * PAGE)


def damaged_kiosk_store(data: Path, clock: FakeClock, *, sent_after_backup: bool) -> None:
    """A store whose records before its backup were sent, and those after it ``sent_after_
    backup`` or not; then damaged, as the kiosk finds it at its next start."""
    store = open_store(data, now=clock)
    visits = Visits(store)
    residents_visits(visits, clock, acknowledged=True)
    clock.advance(60)  # after the daily backup the store made when it opened
    store.backup("manual", now=clock)
    residents_visits(visits, clock, acknowledged=sent_after_backup)
    store.close()
    damage(data / DB_NAME)


def holding(data: Path) -> dict[str, list[str]]:
    """Each personal value, and the files of the data dir (logs and backups too) holding it."""
    files = [path for path in data.rglob("*") if path.is_file()]
    return {
        value: [p.name for p in files if value.encode() in p.read_bytes()] for value in PERSONAL
    }


def run_round(kiosk, qtbot) -> None:
    maintenance = kiosk.window.findChild(Maintenance)
    with qtbot.waitSignal(maintenance.finished, timeout=10_000):
        maintenance.run_once()
    kiosk.ctx.ops.wait()


def test_a_moved_store_whose_records_were_all_sent_goes_after_the_retention_period(
    tmp_path: Path, store_template: Path, make_kiosk, qtbot
) -> None:
    clock = FakeClock()
    data = seed_store(tmp_path / "data", store_template)
    damaged_kiosk_store(data, clock, sent_after_backup=True)

    kiosk = make_kiosk(clock=clock)  # the next start: moved aside, the backup restored
    (moved,) = data.glob(f"{DB_NAME}.corrupt-*[0-9]")
    notice = kiosk.store.recent_notices()[0]
    assert "was restored" in notice, notice
    # IT reads that the file holds residents' details and, nothing in it being left to
    # send, that it can be deleted: named.
    assert "Records made after that backup were all sent." in notice
    assert "holds residents' details" in notice
    assert f"{moved} can be deleted, with its -wal and -shm" in notice
    assert "--recover-moved" not in notice  # nothing for it to queue
    assert all(moved.name in files for files in holding(data).values())

    clock.advance(23 * HOUR)  # younger than the retention period (1 day): kept for IT
    run_round(kiosk, qtbot)
    assert moved.exists()

    clock.advance(2 * HOUR)
    run_round(kiosk, qtbot)
    assert not [p for p in data.iterdir() if p.name.startswith(f"{DB_NAME}.corrupt-")]
    assert holding(data) == {value: [] for value in PERSONAL}  # in no file of the data dir
    said = logged(data)
    deleted = [line for line in said.splitlines() if "deleted with its -wal and -shm" in line]
    assert len(deleted) == 1, said
    assert moved.name in deleted[0] and "nothing in it was left to send" in deleted[0]
    assert not any(value in said for value in PERSONAL)


def test_a_moved_store_with_records_not_sent_stays_and_it_is_told_once(
    tmp_path: Path, store_template: Path, make_kiosk, qtbot
) -> None:
    clock = FakeClock()
    data = seed_store(tmp_path / "data", store_template)
    damaged_kiosk_store(data, clock, sent_after_backup=False)

    kiosk = make_kiosk(clock=clock)
    (moved,) = data.glob(f"{DB_NAME}.corrupt-*[0-9]")
    notice = kiosk.store.recent_notices()[0]
    assert f"hubkiosk --recover-moved {moved} queues them for sending" in notice, notice
    assert "The moved file holds residents' details" in notice
    assert "once nothing in it is left to send and it is older than the retention" in notice
    assert "can be deleted" not in notice

    for _ in range(3):  # past the retention period, round after round
        clock.advance(25 * HOUR)
        run_round(kiosk, qtbot)
    assert moved.exists()
    with kiosk.store.session() as session:
        told = session.scalars(
            select(StoreEvent.message).where(StoreEvent.kind == "moved_store_unsent")
        ).all()
    assert len(told) == 1, told  # once, not every round
    assert told[0] in kiosk.store.recent_notices()  # on the adviser and IT screen
    assert "still holds 6 records not sent" in told[0]
    assert f"hubkiosk --recover-moved {moved} queues them" in told[0]
    assert not any(value in told[0] for value in PERSONAL)

    # IT gets them out; the command says the file can go, and the next round deletes it.
    # (Its output read without capsys: the kiosk's log, set up on capsys's stream, would
    # write to it closed in the tests after this one.)
    with redirect_stdout(io.StringIO()) as said:
        assert main(["--data-dir", str(data), "--recover-moved", str(moved)]) == 0
    out = said.getvalue()
    assert "6 queued to send" in out
    assert "it holds residents' details" in out
    assert f"{moved.name} can be deleted, with its -wal and -shm" in out
    run_round(kiosk, qtbot)
    assert not moved.exists()
    with kiosk.store.session() as session:  # the records wait in the store in use
        assert len(session.scalars(select(OutboxItem.id)).all()) == 12


def test_a_moved_file_that_is_no_readable_store_goes_after_the_retention_period_too(
    tmp_path: Path,
) -> None:
    """Its first page overwritten, nothing in it can be read, so none of it can be sent:
    it is no reason to keep a resident's name on the disk for ever."""
    clock = FakeClock()
    store = open_store(tmp_path, now=clock)
    Visits(store).ticket(at=clock(), call_name=NAME)
    store.close()
    for old in (tmp_path / "backups").iterdir():
        old.unlink()
    with open(tmp_path / DB_NAME, "r+b") as file:
        file.write(b"\xff" * PAGE)  # the header and the list of tables
    store = open_store(tmp_path, now=clock)
    try:
        (moved,) = tmp_path.glob(f"{DB_NAME}.corrupt-*[0-9]")
        assert NAME.encode() in moved.read_bytes()
        clock.advance(23 * HOUR)
        assert retire_moved(store, grace=dt.timedelta(days=1), now=clock) == 0
        clock.advance(2 * HOUR)
        assert retire_moved(store, grace=dt.timedelta(days=1), now=clock) == 1
        assert not moved.exists()
    finally:
        store.close()
