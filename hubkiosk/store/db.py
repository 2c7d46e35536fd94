"""Opening the local SQLite store safely.

Every connection gets WAL, ``synchronous=FULL`` (a ticket on screen is a promise; kiosks
get unplugged), ``foreign_keys=ON``, a ``busy_timeout`` and ``secure_delete``. At start the
file is checked with ``PRAGMA quick_check``: a corrupt file is moved aside (never deleted),
the newest backup restored if there is one, else a fresh store is made, and a
:class:`StoreEvent` tells the adviser/IT screen. Migrations run at start, after a backup.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from hubkiosk.store import backup, migrate
from hubkiosk.store.models import PRINTER_OK, StoreEvent, utcnow
from hubkiosk.store.numbers import NUMBERS_KEY, NUMBERS_NAME, NumberLedger
from sync.sqlite_pragmas import durable_pragmas

log = logging.getLogger(__name__)

DB_NAME = "hubkiosk.sqlite3"
BUSY_TIMEOUT_MS = 5000
#: Prepared statements kept per connection. Every distinct SQL text is a new entry (an
#: ``IN (?, ?, ...)`` list renders one text per length), each 10-30 KB of SQLite memory:
#: at sqlite3's default of 128 on each pooled connection, a kiosk grew by ~25 KB a ticket
#: up to tens of MB. The statements a check-in runs again and again still fit.
STATEMENT_CACHE = 32


#: The shared durable settings, and ``secure_delete``: cleared personal fields are
#: overwritten on disk, not left in free pages (which the backup API would copy).
_set_pragmas = durable_pragmas(BUSY_TIMEOUT_MS, "secure_delete=ON")


def _defer_foreign_keys(session: Session, _context: Any, _instances: Any) -> None:
    """Before each flush: check foreign keys at commit, not at each INSERT (SQLite clears
    this at the end of every transaction, even a lone SELECT's, so it is set per flush).
    The unit of work, which orders tables only by relationships, may then write rows
    added together (an appointment and a ticket naming it) in any order; a missing parent
    still fails the commit. Records do not pass here: :mod:`hubkiosk.store.outbox`
    inserts each at once, parent first, so a check-in runs no flush and no PRAGMA."""
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")


def checkpoint(session: Session) -> None:
    """Copy what SQLite's log (WAL) holds into the database file now, so the next write
    starts the log afresh. ``PASSIVE``: it never waits for another connection, and copies
    what it can. Asked for once a ticket is on screen: otherwise SQLite copies by itself
    in the write that takes the log past 1,000 pages, one check-in in about sixty, and on
    a store with a year of history that check-in's commit took up to ~50 ms instead of
    ~1 (its index pages are spread over a large file; issue 16, busy_ticket)."""
    session.connection().exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


def empty_log(session: Session) -> None:
    """Copy SQLite's log (WAL) into the database file and empty it: after a purge, the log
    still holds the values it overwrote (``secure_delete`` clears the file's pages, not the
    log's old frames). ``TRUNCATE`` waits for the other connections' reads (up to the busy
    timeout, then leaves the log for the next round): off the GUI thread only."""
    session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path`` with the pragmas set on every connection.

    ``hide_parameters``: a failed statement's exception never quotes its values (a
    resident's name, a phone number), so a traceback in the log holds no personal data.
    ``pool_use_lifo``: the connection used last is used next, so its page and statement
    caches stay warm and the pool's other connections (opened when threads overlap) stay
    cold and small instead of each filling its own caches in turn.
    """
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        future=True,
        hide_parameters=True,
        pool_use_lifo=True,
        connect_args={"cached_statements": STATEMENT_CACHE},
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def quick_check(path: Path) -> str:
    """``"ok"`` when SQLite finds the file sound, else what it found wrong.

    An empty file is damaged: SQLite takes it for a new database and finds nothing wrong,
    but the kiosk never leaves one (its first connection writes the header), so a store
    or backup of 0 bytes was cut by a power cut or a disk fault and its records are lost.

    Raises RuntimeError when the file cannot be read now (locked by another program, an
    I/O error): that is no sign of damage, and moving it aside for a backup would strand
    the records made since."""
    try:
        if path.is_file() and path.stat().st_size == 0:
            return "the file is empty"
        connection = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except (sqlite3.OperationalError, OSError) as exc:
        raise RuntimeError(
            f"the store {path} cannot be read now ({exc}): is another program using it? "
            "It was not changed"
        ) from exc
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = "; ".join(str(row[0]) for row in rows)
    return result or "empty answer from quick_check"


class _Warm:
    """One session kept with its connection for the store's life, for whichever thread
    asks first (the resident's taps all run on one worker thread, so that is nearly
    always theirs). A check-in then opens no session and checks out no connection: that
    cost about a third of its commit (issue 16, checkin_commit). The lock lends it to one
    caller at a time; a caller who finds it lent (another thread, or a session inside a
    session) gets an ordinary one from the pool."""

    def __init__(self, sessions: sessionmaker[Session], engine: Engine) -> None:
        self.lock = threading.Lock()
        self.engine = engine
        self.sessions = sessions
        self.info: dict[Any, Any] = dict(sessions.kw.get("info") or {})
        self.connection: Connection | None = None
        self.session: Session | None = None

    def lend(self) -> Session:
        """The session, on a sound connection (a new one after the last was invalidated,
        as a disk fault can), its ``info`` as a new session's."""
        if self.connection is None or self.connection.invalidated or self.connection.closed:
            self.close()
            self.connection = self.engine.connect()
            self.session = self.sessions(bind=self.connection)
        assert self.session is not None
        self.session.info.clear()
        self.session.info.update(self.info)
        return self.session

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
        if self.connection is not None:
            self.connection.close()
        self.session = self.connection = None


@dataclass
class Store:
    """The open local store: an engine, a session factory and where its files live."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    notices: list[str] = field(default_factory=list)
    _warm: _Warm | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._warm = _Warm(self.sessions, self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error.

        Objects read in it stay readable after it (``expire_on_commit=False``), detached:
        the session lets them go at the end either way."""
        warm = self._warm
        if warm is None or not warm.lock.acquire(blocking=False):
            with self.sessions.begin() as session:
                yield session
            return
        try:
            session = warm.lend()
            try:
                with session.begin():
                    yield session
            finally:
                if session.identity_map:  # as closing would: read objects leave it
                    session.expunge_all()
        finally:
            warm.lock.release()

    @property
    def backup_dir(self) -> Path:
        return self.path.parent / "backups"

    def backup(self, reason: str = "daily", now: Callable[[], dt.datetime] | None = None) -> Path:
        return backup.make_backup(self.engine, self.backup_dir, reason=reason, now=now)

    def backup_if_due(self, now: Callable[[], dt.datetime] = utcnow) -> Path | None:
        """A backup when the newest one is older than a day (called at start and daily).

        A backup written while the clock ran fast is not the newest (see
        :mod:`hubkiosk.store.backup`): with only such backups one is due.
        """
        present = now()
        newest = backup.newest_backup(self.backup_dir, now=lambda: present)
        if (
            newest is not None
            and not backup.from_the_future(newest, present)
            and present - backup.backup_time(newest) < dt.timedelta(days=1)
        ):
            return None
        return self.backup("daily", now=now)

    def unseen_events(self) -> list[StoreEvent]:
        with self.session() as session:
            events = session.scalars(
                select(StoreEvent).where(StoreEvent.seen.is_(False)).order_by(StoreEvent.id)
            ).all()
            session.expunge_all()
            return list(events)

    def recent_notices(self, limit: int = 5) -> list[str]:
        """What IT must hear about, newest first (for the adviser screen): not the
        kiosk's own marker that a printer fault is over (``printer_ok``, for the fleet
        page)."""
        with self.session() as session:
            return list(
                session.scalars(
                    select(StoreEvent.message)
                    .where(StoreEvent.kind != PRINTER_OK)
                    .order_by(StoreEvent.id.desc())
                    .limit(limit)
                )
            )

    def close(self) -> None:
        warm, self._warm = self._warm, None
        if warm is not None:
            # After a session lent now ends (no later one is lent: ``_warm`` is gone).
            lent = warm.lock.acquire(timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                warm.close()
            finally:
                if lent:
                    warm.lock.release()
        self.engine.dispose()


#: How :func:`_move_aside` names a damaged store: ``hubkiosk.sqlite3.corrupt-<UTC time>``,
#: ``-<n>`` after it when two were moved in one second (its ``-wal`` and ``-shm`` beside it).
MOVED_STAMP = "%Y%m%dT%H%M%S"
_MOVED = re.compile(rf"{re.escape(DB_NAME)}\.corrupt-(\d{{8}}T\d{{6}})(?:-\d+)?")


def _move_aside(path: Path, now: dt.datetime) -> Path:
    stamp = now.strftime(MOVED_STAMP)
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def moved_aside(data_dir: Path) -> list[tuple[Path, dt.datetime]]:
    """The damaged stores the kiosk moved aside in ``data_dir`` (not their ``-wal`` and
    ``-shm``), each with when it was moved (UTC, from its name), oldest first."""
    found = []
    for path in data_dir.glob(f"{DB_NAME}.corrupt-*"):
        if (named := _MOVED.fullmatch(path.name)) and path.is_file():
            moved_at = dt.datetime.strptime(named[1], MOVED_STAMP).replace(tzinfo=dt.UTC)
            found.append((path, moved_at))
    return sorted(found, key=lambda pair: (pair[1], pair[0].name))


def delete_moved(moved: Path) -> None:
    """Delete a store moved aside with its ``-wal`` and ``-shm``."""
    for side in ("-wal", "-shm", ""):
        moved.with_name(moved.name + side).unlink(missing_ok=True)


def _recover_with(moved: Path) -> str:
    """How IT sends what a moved-aside store still holds (:mod:`hubkiosk.store.recover`)."""
    return f"hubkiosk --recover-moved {moved} queues them for sending."


#: What every notice of a store moved aside with records in it ends with: it holds
#: residents' details, and when they go (:func:`hubkiosk.store.retention.retire_moved`).
HOLDS_DETAILS = (
    "The moved file holds residents' details (names, phone numbers, bookings): the kiosk "
    "deletes it, with its -wal and -shm, once nothing in it is left to send and it is older "
    "than the retention period (retention_days)."
)


def _can_go(moved: Path) -> str:
    """The notice's end for a moved file that holds nothing left to send."""
    return (
        f"It holds residents' details (names, phone numbers, bookings) and nothing left to "
        f"send: {moved} can be deleted, with its -wal and -shm (the kiosk deletes it once it "
        "is older than the retention period, retention_days)."
    )


def _nothing_left(moved: Path) -> bool:
    """Whether a store moved aside holds nothing: an empty file and no log beside it."""
    wal = moved.with_name(moved.name + "-wal")
    return moved.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0)


def _left_to_send(store: Store, moved: Path) -> int | None:
    """How many records of the moved file neither reached the server nor are in ``store``
    (:func:`hubkiosk.store.recover.left_to_send`); None when that cannot be read (the
    notice then says what it always did: the kiosk starts whatever the file holds)."""
    from hubkiosk.store.recover import NotAStore, left_to_send  # it reads stores: after db

    try:
        return left_to_send(store, moved)
    except (NotAStore, sqlite3.Error, OSError) as exc:
        log.warning("store: what is left to send in %s is not known (%s)", moved.name, exc)
        return None


def _repair_notice(verdict: str, moved: Path, restored: Path | None, left: int | None) -> str:
    """What IT reads about a damaged store: moved aside, the backup restored or a fresh
    store made, and where the records not yet synced are (``left``: how many of them the
    moved file holds that were neither sent nor are in the store now, None when not known)."""
    notice = f"The local store was damaged ({verdict}). It was moved aside to {moved.name}"
    if restored is not None:
        notice += f" and the backup {restored.name} was restored. Records made after that "
        if _nothing_left(moved):
            return notice + "backup and not yet synced are lost: nothing was left of them."
        if left == 0:
            return notice + f"backup were all sent. {_can_go(moved)}"
        return (
            notice + "backup and not yet synced are in the moved file: "
            f"{_recover_with(moved)} {HOLDS_DETAILS}"
        )
    notice += "; no backup was found, so a fresh store was made."
    if _nothing_left(moved):
        return notice
    if left == 0:
        return f"{notice} Every record in the moved file was sent. {_can_go(moved)}"
    return (
        f"{notice} Any records not yet synced are in the moved file: {_recover_with(moved)} "
        + HOLDS_DETAILS
    )


def open_store(data_dir: Path, *, now: Callable[[], dt.datetime] = utcnow) -> Store:
    """Open (checking, repairing and migrating as needed) the store in ``data_dir``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    repaired: tuple[str, Path, Path | None] | None = None
    if path.exists():
        verdict = quick_check(path)
        if verdict != "ok":
            moved = _move_aside(path, now())
            restored = backup.restore_newest(data_dir / "backups", path)
            repaired = (verdict, moved, restored)
    engine = make_engine(path)
    migrate.upgrade(
        engine,
        before=lambda: backup.make_backup(engine, data_dir / "backups", reason="pre-migration"),
    )
    # Today's last ticket numbers, kept outside the store and its backups (numbers.py).
    numbers = NumberLedger(data_dir / NUMBERS_NAME)
    sessions = sessionmaker(engine, expire_on_commit=False, info={NUMBERS_KEY: numbers})
    event.listen(sessions, "before_flush", _defer_foreign_keys)
    store = Store(path=path, engine=engine, sessions=sessions)
    if repaired is not None:
        verdict, moved, restored = repaired
        left = None if _nothing_left(moved) else _left_to_send(store, moved)
        notice = _repair_notice(verdict, moved, restored, left)
        log.error("store: %s", notice)
        store.notices.append(notice)
        with store.session() as session:
            session.add(StoreEvent(kind="store_repaired", message=notice))
    store.backup_if_due(now)
    return store
