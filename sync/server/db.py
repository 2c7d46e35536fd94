"""Engines and sessions for the server database (SQLite in WAL mode, or PostgreSQL).

SQLite runs with ``synchronous=FULL``: a push is acknowledged only after its commit, and
the kiosk then forgets the record, so the commit must survive a power cut (NORMAL in WAL
mode may lose the last transactions). Engines hide bound parameters in their errors and
logs (``hide_parameters``): they hold names, phones and answers.

The serving app's SQLite log (WAL) is copied into the database file by
:class:`Checkpointer`, on a thread and a connection of its own, once a push has been
answered: left to SQLite, that copy lands inside the commit that takes the log past 1,000
pages, and that push's answer waits for it (once in a 5,000-record backlog: its commit
took 11-12 ms instead of 4). SQLite still copies by itself past
:data:`SQLITE_AUTOCHECKPOINT_PAGES`, and the checkpointer restarts a log that never
started afresh, so the log stays bounded.

PostgreSQL connections are pinged before use only after sitting idle (see
:func:`_ping_if_idle`): a ping before every use is a round trip per request.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, any_, bindparam, create_engine, event
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from sync.sqlite_pragmas import durable_pragmas

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000
#: The log's size (pages of 4 KiB) past which SQLite copies it into the database file
#: within a commit: a backstop only, many of the largest pushes (2,000 items write about
#: 600 pages), as :class:`Checkpointer` copies it after each push.
SQLITE_AUTOCHECKPOINT_PAGES = 10_000
#: A log longer than this (pages) after a copy is restarted (see :class:`Checkpointer`).
SQLITE_RESTART_PAGES = 2_000
#: How long a restart waits for readers and writers (pushes wait on it meanwhile) before
#: it gives up until the next copy.
SQLITE_RESTART_WAIT_MS = 200


#: The shared durable settings, and ``secure_delete``: what retention clears is
#: overwritten on disk, not left in the file's free space (as the kiosk's store does).
_sqlite_pragmas = durable_pragmas(SQLITE_BUSY_TIMEOUT_MS, "secure_delete=ON")
#: For the serving app's connections, whose log a :class:`Checkpointer` copies.
_sqlite_pragmas_checkpointed = durable_pragmas(
    SQLITE_BUSY_TIMEOUT_MS, "secure_delete=ON", f"wal_autocheckpoint={SQLITE_AUTOCHECKPOINT_PAGES}"
)


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` URLs use psycopg 3; ``sqlite`` stays as is."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, *, checkpointed: bool = False) -> Engine:
    """An engine on ``url``; ``checkpointed``: on SQLite, its log is copied by a
    :class:`Checkpointer` (SQLite's own copy comes only past a much longer log)."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        pragmas = _sqlite_pragmas_checkpointed if checkpointed else _sqlite_pragmas
        event.listen(engine, "connect", pragmas)
        return engine
    engine = create_engine(
        url,
        pool_size=10,
        max_overflow=10,
        pool_recycle=POOL_RECYCLE_SECONDS,
        hide_parameters=True,
    )
    event.listen(engine.pool, "checkin", _note_checkin)
    event.listen(engine.pool, "checkout", _ping_if_idle(engine))
    return engine


#: A PostgreSQL connection is replaced after this long (before a firewall or the server's
#: idle timeout ends it unseen).
POOL_RECYCLE_SECONDS = 1800
#: A pooled connection unused for longer than this is pinged before it is lent.
PING_AFTER_IDLE_SECONDS = 2.0
_CHECKED_IN = "hubkiosk_checked_in"


def _note_checkin(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    record.info[_CHECKED_IN] = time.monotonic()


def _ping_if_idle(engine: Engine) -> Callable[..., None]:
    """A pool's checkout listener that pings a connection that sat unused for a while
    before lending it (a PostgreSQL restart or an idle timeout ends such connections), not
    one used a moment ago.

    A ping per checkout (``pool_pre_ping``) is a round trip per request: on a busy server
    a tenth of a push. A connection ended while in steady use is found out on its first
    statement instead: SQLAlchemy then lets every older connection of the pool go, and
    the push tries again on a new one (:mod:`sync.server.push_routes`); another request
    fails once and the kiosk asks again. A failed ping makes the pool connect afresh.
    """

    def checkout(
        dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
    ) -> None:
        idle_since = record.info.get(_CHECKED_IN)
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # any failure: the connection is not to be lent
            raise DisconnectionError("the pooled connection did not answer its ping") from exc

    return checkout


def one_of(column: Any, values: Collection[Any], dialect: str) -> ColumnElement[bool]:
    """``column IN values``; on PostgreSQL ``column = ANY(:values)``, one array parameter
    however many values: the statement's text stays the same from batch to batch, so
    PostgreSQL plans it once (psycopg prepares a statement it sees again), not an IN list
    of a new length each time (ingest looks up every batch's ids this way)."""
    if dialect == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(values)


class Checkpointer:
    """Copies a SQLite database's log (WAL) into its file on a thread of its own, when
    asked (:meth:`request`): asks made while one copy runs make one more copy, not one
    each. ``PASSIVE``: it never waits for a reader or writer, and copies what it can (a
    write meanwhile goes on at the log's end); what it leaves, the next copy takes. The
    next write starts the log afresh once it is copied whole; should writes follow each
    other so closely that it never is, a log past ``restart_pages`` is copied ``RESTART``
    (writers wait meanwhile), so it stays bounded. The thread starts on the first ask and
    ends with :meth:`close`."""

    def __init__(self, engine: Engine, restart_pages: int = SQLITE_RESTART_PAGES) -> None:
        self.engine = engine
        self.restart_pages = restart_pages
        self._wanted = threading.Condition()
        self._asked = False
        self._closed = False
        self._thread: threading.Thread | None = None

    def request(self) -> None:
        """Ask for a copy soon (returns at once)."""
        with self._wanted:
            if self._closed:
                return
            self._asked = True
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="sqlite-checkpoint", daemon=True
                )
                self._thread.start()
            self._wanted.notify()

    def _run(self) -> None:
        connection: Any = None
        try:
            while True:
                with self._wanted:
                    while not self._asked and not self._closed:
                        self._wanted.wait()
                    if self._closed:
                        return
                    self._asked = False
                try:
                    connection = connection or self._connect()
                    self._copy(connection)
                except Exception:  # the next ask tries again; SQLite's own backstop remains
                    log.exception("server database: the log was not copied into the file")
                    if connection is not None:
                        connection.close()
                    connection = None
        finally:
            if connection is not None:
                connection.close()

    def _connect(self) -> Any:
        """A connection of the thread's own, with the pool's settings but outside it:
        the pushes' connections stay theirs."""
        dialect = self.engine.dialect
        cargs, cparams = dialect.create_connect_args(self.engine.url)
        connection = dialect.connect(*cargs, **cparams)
        _sqlite_pragmas_checkpointed(connection, None)
        connection.execute(f"PRAGMA busy_timeout={SQLITE_RESTART_WAIT_MS}")
        return connection

    def _copy(self, connection: Any) -> None:
        (_busy, pages, _copied) = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if pages > self.restart_pages:
            # Copied while writes went on, the log never started afresh (a writer does so
            # only when it finds it copied whole and unread): this once, writers wait
            # while the copy is finished and the log restarted.
            connection.execute("PRAGMA wal_checkpoint(RESTART)").fetchone()

    def close(self) -> None:
        """End the thread (a copy under way finishes first); a later ask starts another,
        as a disposed engine may be used again."""
        with self._wanted:
            self._closed = True
            thread = self._thread
            self._wanted.notify()
        if thread is not None:
            thread.join()
        with self._wanted:
            self._closed = False
            self._thread = None


class Database:
    """An engine and its session factory.

    ``checkpointed``: the serving app's (:func:`sync.server.app.create_app`), whose SQLite
    log is copied after each push by a :class:`Checkpointer`; the other commands (migrate,
    enrol, publish) leave that to SQLite, as it always did."""

    def __init__(self, url: str, *, checkpointed: bool = False) -> None:
        self.engine = make_engine(url, checkpointed=checkpointed)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.checkpointer = (
            Checkpointer(self.engine) if checkpointed and self.dialect == "sqlite" else None
        )

    def written(self) -> None:
        """A write was answered: SQLite's log is copied into the database file soon, on
        the checkpointer's thread (nothing to do on PostgreSQL)."""
        if self.checkpointer is not None:
            self.checkpointer.request()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        with self.sessions.begin() as session:
            yield session

    def empty_log(self) -> bool:
        """SQLite: copy the log (WAL) into the database file and empty it. After a purge
        the log still holds the values it overwrote (``secure_delete`` clears the file's
        pages, not the log's old frames) until later writes cover them. ``TRUNCATE``
        waits for readers of an older snapshot up to the busy timeout; False when one
        still read then (the log is left for the next purge). Nothing to do on
        PostgreSQL: True."""
        if self.dialect != "sqlite":
            return True
        with self.engine.connect() as connection:
            busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").scalar()
        return not busy

    def dispose(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.close()
        self.engine.dispose()


#: What a database that cannot be used raises: stopped or unreachable, refusing
#: connections, locked past its wait (SQLite's busy timeout), every pooled connection in
#: use past the pool's wait. The app answers these 503 (:func:`sync.server.app.create_app`).
UNAVAILABLE = (OperationalError, PoolTimeout)


def unavailable_reason(exc: Exception) -> str:
    """The first line of the database's own message (no statement, no parameters)."""
    source = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(source).strip().splitlines()
    return lines[0] if lines else type(source).__name__
