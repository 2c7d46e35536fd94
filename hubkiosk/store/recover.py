"""IT's ``hubkiosk --recover-moved PATH``: the unsent records of a store moved aside, sent.

A damaged store is moved aside and the newest backup restored (:func:`hubkiosk.store.db.
open_store`); the records made after that backup and not yet synced are then only in the
moved file. :func:`recover_moved` reads that file's outbox, read-only, and puts every item
the server had not acknowledged and this store does not hold (the same id) into this
store's outbox, pending, as it was: the kiosk's sync sends them, and the server, which
keeps a record once by its id, answers one it already has as a duplicate. Run again, it
adds nothing.

A damaged file fails on some of its pages: the outbox is read in runs of positions
(``seq``), and a run that fails is read again item by item, so each item that can still be
read is taken and each that cannot is counted. Outbox items are never deleted, so every
position up to the last one is an item: one that cannot be found is counted as unreadable
too. The last position is the highest the table or either of its indexes still gives.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from hubkiosk.store.db import BUSY_TIMEOUT_MS, Store
from hubkiosk.store.models import OutboxItem, OutboxState
from sync.words import counted

#: The outbox's table and the columns read from it (as every store version has them).
TABLE = OutboxItem.__tablename__
COLUMNS = ("seq", "id", "kind", "payload", "created_at", "state", "acked_at")
#: Positions read in one query (and checked against this store in one).
RUN = 500
#: How every SQLite database file begins.
SQLITE_HEADER = b"SQLite format 3\x00"


class NotAStore(ValueError):
    """The path is not a kiosk store whose outbox can be found (said without a traceback)."""


class NotReadableNow(NotAStore):
    """The file cannot be read now (its folder's rights, a lock, gone): no sign that it is
    no store, so the kiosk's retention leaves it (:func:`hubkiosk.store.retention.retire_moved`)."""


@dataclass(frozen=True, slots=True)
class MovedItem:
    """One outbox item of the moved file, as it was stored there."""

    id: uuid.UUID
    kind: str
    payload: dict[str, Any]
    created_at: dt.datetime
    state: OutboxState
    acked_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Recovered:
    """What :func:`recover_moved` found: counts only, never a record's contents."""

    found: int  # items read from the moved file
    present: int  # ... already in this store (the same id): sent from here, or waiting
    sent: int  # ... acknowledged by the server before the store was damaged
    queued: int  # ... put in this store's outbox, pending
    unreadable: int  # positions of the moved outbox that could not be read

    def summary(self, name: str) -> str:
        """The one line IT reads (``name``: the moved file's name). Once read, every record
        of the file that could be read is sent or in this store: nothing is left to send
        from it, and it holds residents' details, so IT is told it can go."""
        return (
            f"{name}: {counted(self.found, 'record')} found, {self.present} already in this store, "
            f"{self.sent} already sent, {self.queued} queued to send, "
            f"{self.unreadable} unreadable. Nothing in it is left to send, and it holds "
            f"residents' details (names, phone numbers, bookings): {name} can be deleted, "
            "with its -wal and -shm"
        )


def recover_moved(store: Store, path: Path) -> Recovered:
    """Put the unsent outbox items of the store file ``path`` (moved aside as damaged) that
    ``store`` does not hold into ``store``'s outbox, pending (each keeps its payload, its
    time and, for one set aside by the server, the time it was first set aside: its
    personal fields are cleared as IT's "send again" would have them).

    Raises :class:`NotAStore` when ``path`` is no kiosk store whose outbox can be found."""
    found = present = sent = queued = unreadable = 0
    run: list[MovedItem] = []

    def take(items: list[MovedItem]) -> None:
        nonlocal present, queued
        ids = [item.id for item in items]
        with store.session() as session:
            known = set(session.scalars(select(OutboxItem.id).where(OutboxItem.id.in_(ids))))
            new = [item for item in items if item.id not in known]
            if new:
                session.execute(
                    insert(OutboxItem),
                    [
                        {
                            "id": item.id,
                            "kind": item.kind,
                            "payload": item.payload,
                            "created_at": item.created_at,
                            "state": OutboxState.PENDING,
                            "attempts": 0,
                            "acked_at": item.acked_at,
                        }
                        for item in new
                    ],
                )
        present += len(known)
        queued += len(new)

    for item in read_moved(path):
        if item is None:
            unreadable += 1
            continue
        found += 1
        if item.state is OutboxState.SENT:
            sent += 1
            continue
        run.append(item)
        if len(run) == RUN:
            take(run)
            run = []
    if run:
        take(run)
    return Recovered(found, present, sent, queued, unreadable)


def left_to_send(store: Store, path: Path) -> int:
    """How many items of the outbox of the store file ``path`` that can be read the server
    had not acknowledged and ``store`` does not hold (the same id): what
    :func:`recover_moved` would queue. None is left once it ran.

    Raises :class:`NotAStore` when ``path`` is no kiosk store whose outbox can be found."""
    left = 0
    run: list[uuid.UUID] = []

    def count(ids: list[uuid.UUID]) -> int:
        with store.session() as session:
            known = session.scalars(select(OutboxItem.id).where(OutboxItem.id.in_(ids))).all()
        return len(ids) - len(known)

    for item in read_moved(path):
        if item is None or item.state is OutboxState.SENT:
            continue
        run.append(item.id)
        if len(run) == RUN:
            left += count(run)
            run = []
    if run:
        left += count(run)
    return left


def read_moved(path: Path) -> Iterator[MovedItem | None]:
    """Each position of the outbox of the store file ``path``, in order: its item, or None
    when it cannot be read.

    Raises :class:`NotAStore` when ``path`` is no kiosk store whose outbox can be found."""
    with _opened(path) as connection:
        yield from _positions(connection)


@contextmanager
def _opened(path: Path) -> Iterator[sqlite3.Connection]:
    """The store file ``path`` opened read-only, its outbox checked: the file and its log
    (``-wal``) are not changed. (To read a store in WAL mode SQLite makes a ``-shm`` index
    and an empty log beside it when they are not there: removed after.)"""
    try:
        with open(path, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise NotAStore(f"{path} is a folder, not a kiosk store") from None
    except OSError as exc:
        raise NotReadableNow(f"{path} cannot be read ({exc.strerror})") from None
    if not header:
        raise NotAStore(f"{path} is empty: nothing is left of its records")
    if header != SQLITE_HEADER:
        raise NotAStore(f"{path} is not a kiosk store (not an SQLite database)")
    sides = [path.with_name(path.name + side) for side in ("-wal", "-shm")]
    made = [side for side in sides if not side.exists()]
    try:
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
            )
        except sqlite3.Error as exc:
            raise NotReadableNow(f"{path} cannot be opened ({exc})") from None
        with closing(connection):
            try:
                connection.execute("PRAGMA query_only=ON")
                connection.execute("PRAGMA trusted_schema=OFF")  # the file's own SQL runs not
                connection.execute("PRAGMA cell_size_check=ON")  # a damaged page fails
                # A file cut short is read as far as it goes (else SQLite refuses all of it).
                connection.execute("PRAGMA writable_schema=ON")
                _check_outbox(connection, path)
            except sqlite3.OperationalError as exc:  # not damage: a lock, a folder's rights
                raise NotReadableNow(f"{path} cannot be opened ({exc})") from None
            yield connection
    finally:
        for side in made:
            if side.exists() and (side.name.endswith("-shm") or side.stat().st_size == 0):
                side.unlink()


def _check_outbox(connection: sqlite3.Connection, path: Path) -> None:
    try:
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({TABLE})")}
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        raise NotAStore(
            f"{path} is not a kiosk store, or its list of tables cannot be read ({exc})"
        ) from None
    if not columns:
        raise NotAStore(f"{path} is not a kiosk store (it has no outbox)")
    if missing := set(COLUMNS) - columns:
        raise NotAStore(f"{path} is not a kiosk store (its outbox has no {sorted(missing)})")


def _positions(connection: sqlite3.Connection) -> Iterator[MovedItem | None]:
    last = _last_position(connection)
    select_run = f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE seq BETWEEN ? AND ?"
    # One by one, not a run of one: a range steps on to the next (damaged) page.
    select_one = f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE seq = ?"
    for start in range(1, last + 1, RUN):
        end = min(start + RUN - 1, last)
        rows: dict[int, tuple[Any, ...]] = {}
        try:
            for row in connection.execute(select_run, (start, end)):
                rows[row[0]] = row
        except sqlite3.DatabaseError:  # a damaged page: the rest of the run one by one
            for seq in range(start, end + 1):
                if seq not in rows:
                    try:
                        row = connection.execute(select_one, (seq,)).fetchone()
                    except sqlite3.DatabaseError:
                        continue
                    if row is not None:
                        rows[seq] = row
        for seq in range(start, end + 1):
            row = rows.get(seq)
            yield None if row is None else _item(row)


def _last_position(connection: sqlite3.Connection) -> int:
    """The highest position the table, or either of its indexes, still gives (each read
    as far as it can be)."""
    highest = 0
    with suppress(sqlite3.DatabaseError):  # the table's last page
        highest = int(connection.execute(f"SELECT max(seq) FROM {TABLE}").fetchone()[0] or 0)
    try:
        indexes = [row[1] for row in connection.execute(f"PRAGMA index_list({TABLE})")]
    except sqlite3.DatabaseError:
        indexes = []
    for index in [None, *indexes]:
        by = " NOT INDEXED" if index is None else f' INDEXED BY "{index}"'
        try:
            for (seq,) in connection.execute(f"SELECT seq FROM {TABLE}{by}"):
                highest = max(highest, int(seq))
        except sqlite3.DatabaseError:
            continue
    return highest


def _item(row: tuple[Any, ...]) -> MovedItem | None:
    """The row as an item, or None when what was read is not one (a damaged value)."""
    _seq, item_id, kind, payload, created_at, state, acked_at = row
    try:
        values = json.loads(payload)
        if not isinstance(values, dict) or not isinstance(kind, str):
            return None
        return MovedItem(
            id=uuid.UUID(hex=item_id),
            kind=kind,
            payload=values,
            created_at=_time(created_at),
            state=OutboxState[state],
            acked_at=None if acked_at is None else _time(acked_at),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _time(stored: str) -> dt.datetime:
    """A time as the store keeps it (naive UTC text, :class:`sync.sqltypes.UTCDateTime`)."""
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC)
