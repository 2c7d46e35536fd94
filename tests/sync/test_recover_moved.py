"""IT's ``hubkiosk --recover-moved PATH``: a damaged store is moved aside and the newest
backup restored, and the notice said the records made since "are in the moved file", but
nothing got them out: a check-in, form or survey answer a resident saw accepted after that
backup never reached the central server. The command queues them; the normal sync sends
each once (the server keeps a record once by its id), and running it again adds nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from hubkiosk.app import main
from hubkiosk.store.db import DB_NAME, open_store
from hubkiosk.store.models import OutboxItem, OutboxState
from sync.client.engine import SyncState
from tests.kiosk_store import seed_store
from tests.sync.conftest import Central, FakeClock, Visits, make_engine

PAGE = 4096


def outbox_by_seq(path: Path) -> list[tuple[int, uuid.UUID, str]]:
    """The store file's outbox items: position, id and state, in order."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT seq, id, state FROM outbox_item ORDER BY seq").fetchall()
    connection.close()
    return [(seq, uuid.UUID(hex=item_id), state) for seq, item_id, state in rows]


def outbox_leaves(path: Path) -> list[tuple[int, range]]:
    """The outbox table's leaf pages, in the order of the positions they hold: each page's
    number and its positions (outbox items are never deleted: positions run 1, 2, ...)."""
    with sqlite3.connect(path) as connection:
        leaves = connection.execute(
            "SELECT pageno, ncell FROM dbstat WHERE name = 'outbox_item' AND pagetype = 'leaf' "
            "ORDER BY path"
        ).fetchall()
    connection.close()
    pages, first = [], 1
    for pageno, cells in leaves:
        pages.append((pageno, range(first, first + cells)))
        first += cells
    return pages


def smash(path: Path, pageno: int) -> None:
    """Overwrite one page of the file, as the store tests damage a store (a power cut)."""
    with open(path, "r+b") as file:
        file.seek((pageno - 1) * PAGE)
        file.write(b"\xff" * PAGE)


def digests(folder: Path, name: str) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob(f"{name}*")}


def can_go(name: str) -> str:
    """How each run ends: every record that could be read is sent or here, and the file,
    which holds residents' details, can go (the kiosk deletes one it moved aside itself
    once past the retention period: tests/test_moved_aside_store.py)."""
    return (
        ". Nothing in it is left to send, and it holds residents' details (names, phone "
        f"numbers, bookings): {name} can be deleted, with its -wal and -shm\n"
    )


def recover(data: Path, moved: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--recover-moved", str(moved)])
    said = capsys.readouterr()
    return code, said.out, said.err


@pytest.mark.both_databases  # the server keeps a record once by its id: on each database
def test_records_in_a_store_moved_aside_reach_the_server_once_each(
    tmp_path: Path,
    store_template: Path,
    central: Central,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = seed_store(tmp_path / "kiosk", store_template)
    token = central.enrol()
    store = open_store(data)
    visits = Visits(store)
    # Made before the backup and sent after it: the backup holds them as waiting.
    for _ in range(3):
        visits.ticket()
    visits.form()
    store.backup("manual")
    assert make_engine(central.url, token, store, clock).sync_once().state is SyncState.OK
    # Made and sent after the backup: in the damaged file only, acknowledged.
    for _ in range(3):
        visits.ticket()
    assert make_engine(central.url, token, store, clock).sync_once().state is SyncState.OK
    # Made after the backup and not yet sent: the records the standard is about.
    for _ in range(40):
        visits.ticket()
    visits.form({"name": "Ada Lovelace", "phone": "07700900456"})
    visits.survey()
    store.close()
    path = data / DB_NAME
    items = outbox_by_seq(path)
    waiting = {seq for seq, _id, state in items if state == "PENDING"}
    assert len(waiting) == 42 and central.count() == 7
    # A page of the unsent records is damaged (one in the middle: those after it are read).
    pageno, lost = [leaf for leaf in outbox_leaves(path) if set(leaf[1]) <= waiting][1]
    smash(path, pageno)
    lost_ids = {item_id for seq, item_id, _state in items if seq in lost}

    store = open_store(data)  # the kiosk's next start: moved aside, the backup restored
    try:
        assert "was restored" in store.notices[0], store.notices
        (moved,) = data.glob(f"{DB_NAME}.corrupt-*[0-9]")  # its -wal and -shm beside it
        # IT reads how to get them out where it learns they are there (adviser screen, log).
        assert f"hubkiosk --recover-moved {moved} queues them" in store.notices[0]
        as_moved = digests(data, moved.name)

        code, out, err = recover(data, moved, capsys)
        assert (code, err) == (0, ""), err
        readable = len(items) - len(lost)
        assert out == (
            f"hubkiosk: {moved.name}: {readable} records found, 0 already in this store, "
            f"7 already sent, {42 - len(lost)} queued to send, {len(lost)} unreadable"
            + can_go(moved.name)
        )
        assert "Ada" not in out and "07700900" not in out  # counts only
        assert digests(data, moved.name) == as_moved  # read-only: nothing changed or left

        clock.advance(3600)  # the survey answer is sent once its hour has ended
        status = make_engine(central.url, token, store, clock).sync_once()
        assert status.state is SyncState.OK, status.last_error
        assert status.pending == 0
        with store.session() as session:
            assert set(session.scalars(select(OutboxItem.state))) == {OutboxState.SENT}
        # Each record a resident saw accepted is at the centre once; the lost page's are not.
        assert central.count() == len(items) - len(lost)
        for _seq, item_id, _state in items:
            assert (central.record(item_id) is None) == (item_id in lost_ids)

        # Run again: everything is here already, nothing is queued.
        code, out, _err = recover(data, moved, capsys)
        assert code == 0
        assert out == (
            f"hubkiosk: {moved.name}: {readable} records found, {42 - len(lost)} already in "
            f"this store, 7 already sent, 0 queued to send, {len(lost)} unreadable"
            + can_go(moved.name)
        )
        assert make_engine(central.url, token, store, clock).sync_once().sent_last_cycle == 0
        assert central.count() == len(items) - len(lost)
    finally:
        store.close()


def test_a_store_cut_short_gives_what_is_left_and_counts_the_rest(
    tmp_path: Path, store_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file lost its last pages (a power cut while it grew): the items on the pages
    left are queued; those past the cut are counted, from the indexes that still list them."""
    data = seed_store(tmp_path / "kiosk", store_template)
    store = open_store(data)
    visits = Visits(store)
    for _ in range(50):
        visits.ticket()
    store.close()
    path = data / DB_NAME
    leaves = outbox_leaves(path)
    last = max(pageno for pageno, _ in leaves)
    lost = sum(len(seqs) for pageno, seqs in leaves if pageno == last)
    with open(path, "r+b") as file:
        file.truncate((last - 1) * PAGE)
    store = open_store(data)
    store.close()
    (moved,) = data.glob(f"{DB_NAME}.corrupt-*[0-9]")

    code, out, err = recover(data, moved, capsys)

    assert (code, err) == (0, ""), err
    assert 0 < lost < 50
    assert out.endswith(f"{50 - lost} queued to send, {lost} unreadable" + can_go(moved.name)), out
    store = open_store(data)
    with store.session() as session:
        assert len(session.scalars(select(OutboxItem.id)).all()) == 50 - lost
    store.close()


def test_records_still_in_the_log_beside_the_moved_file_are_found(
    tmp_path: Path, store_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store cut off while the kiosk ran keeps its newest records in its log (``-wal``),
    moved aside with it: they are read from there, and neither file is changed."""
    kiosk = open_store(seed_store(tmp_path / "other", store_template))
    visits = Visits(kiosk)
    for _ in range(5):
        visits.ticket()
    moved = tmp_path / "kiosk" / f"{DB_NAME}.corrupt-20261124T103000"
    moved.parent.mkdir()
    for side in ("", "-wal"):  # the files as the power cut left them
        (moved.parent / (moved.name + side)).write_bytes(
            (kiosk.path.parent / (DB_NAME + side)).read_bytes()
        )
    kiosk.close()
    assert (moved.parent / (moved.name + "-wal")).stat().st_size > 0
    as_moved = digests(moved.parent, moved.name)
    data = seed_store(tmp_path / "kiosk", store_template)

    code, out, err = recover(data, moved, capsys)

    assert (code, err) == (0, ""), err
    assert out.endswith(": 5 records found, 0 already in this store, 0 already sent, "
                        "5 queued to send, 0 unreadable" + can_go(moved.name)), out  # fmt: skip
    assert digests(moved.parent, moved.name) == as_moved  # no -shm left behind either


@pytest.mark.parametrize("visits, found", [(3, "3 records"), (1, "1 record")])
def test_a_store_moved_aside_by_hand_is_left_as_it_was(
    tmp_path: Path,
    store_template: Path,
    capsys: pytest.CaptureFixture[str],
    visits: int,
    found: str,
) -> None:
    """IT moved the file alone (as the README's hand restore has it): SQLite makes an index
    and an empty log beside a store in WAL mode to read it; they are not left behind. One
    record is told as "1 record"."""
    kiosk = open_store(seed_store(tmp_path / "other", store_template))
    made = Visits(kiosk)
    for _ in range(visits):
        made.ticket()
    kiosk.close()  # the log folded into the file
    moved = tmp_path / "kept" / "hubkiosk-before-restore.sqlite3"
    moved.parent.mkdir()
    moved.write_bytes(kiosk.path.read_bytes())
    data = seed_store(tmp_path / "kiosk", store_template)

    code, out, err = recover(data, moved, capsys)

    assert (code, err) == (0, ""), err
    assert out.endswith(f": {found} found, 0 already in this store, 0 already sent, "
                        f"{visits} queued to send, 0 unreadable" + can_go(moved.name)), out  # fmt: skip
    assert [p.name for p in moved.parent.iterdir()] == [moved.name]


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.write_text("notes\n" * 500), "is not a kiosk store (not an SQLite database)"),
        (lambda p: p.write_bytes(b""), "is empty: nothing is left of its records"),
        (lambda p: p.mkdir(), "is a folder, not a kiosk store"),
        (lambda p: None, "cannot be read (No such file or directory)"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(),
            "is not a kiosk store (it has no outbox)",
        ),
    ],
    ids=["text", "empty", "folder", "missing", "other-database"],
)
def test_a_path_that_is_no_kiosk_store_is_said_in_one_line(
    tmp_path: Path, store_template: Path, capsys: pytest.CaptureFixture[str], make, said
) -> None:
    data = seed_store(tmp_path / "kiosk", store_template)
    path = tmp_path / "given"
    make(path)

    code, out, err = recover(data, path, capsys)

    assert (code, out) == (2, "")
    assert err == f"hubkiosk: {path} {said}: nothing queued\n"


def test_a_data_dir_without_a_store_is_refused(
    tmp_path: Path, store_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped data dir: a new store made there would take the records, and the kiosk
    never send them."""
    moved = seed_store(tmp_path / "kiosk", store_template) / DB_NAME

    code, out, err = recover(tmp_path / "typo", moved, capsys)

    assert (code, out) == (1, "")
    assert err.startswith(f"hubkiosk: no kiosk store in {tmp_path / 'typo'}"), err
    assert not (tmp_path / "typo").exists()


def test_a_bad_setting_is_said_plainly(
    tmp_path: Path, store_template: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """As the other IT commands: a wrong value is named in one line, exit code 1."""
    data = seed_store(tmp_path / "kiosk", store_template)
    monkeypatch.setenv("HUBKIOSK_IDLE_SECONDS", "soon")

    code, out, err = recover(data, data / DB_NAME, capsys)

    assert (code, out) == (1, "")
    assert err.startswith("hubkiosk: ") and "HUBKIOSK_IDLE_SECONDS" in err, err
    assert "Traceback" not in err
