"""Engines and sessions for the server database (SQLite in WAL mode, or PostgreSQL).

SQLite runs with ``synchronous=FULL``: a push is acknowledged only after its commit, and
the kiosk then forgets the record, so the commit must survive a power cut (NORMAL in WAL
mode may lose the last transactions). Engines hide bound parameters in their errors and
logs (``hide_parameters``): they hold names, phones and answers.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, any_, bindparam, create_engine, event
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

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
    return create_engine(
        url, pool_pre_ping=True, pool_size=10, max_overflow=10, hide_parameters=True
    )


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
