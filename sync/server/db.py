"""Engines and sessions for the server database (SQLite in WAL mode, or PostgreSQL).

SQLite runs with ``synchronous=FULL``: a push is acknowledged only after its commit, and
the kiosk then forgets the record, so the commit must survive a power cut (NORMAL in WAL
mode may lose the last transactions). Engines hide bound parameters in their errors and
logs (``hide_parameters``): they hold names, phones and answers.

PostgreSQL connections are pinged before use only after sitting idle (see
:func:`_ping_if_idle`): a ping before every use is a round trip per request.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, any_, bindparam, create_engine, event
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from sync.sqlite_pragmas import durable_pragmas

SQLITE_BUSY_TIMEOUT_MS = 10_000


_sqlite_pragmas = durable_pragmas(SQLITE_BUSY_TIMEOUT_MS)


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` URLs use psycopg 3; ``sqlite`` stays as is."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
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


class Database:
    """An engine and its session factory."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        with self.sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
