"""The session's shared central servers: one migrated database and one running server per
backend, emptied and handed to each test with its own clock and settings.

A module of its own (not the conftest) so there is one registry: pytest loads
``tests/sync/conftest.py`` as ``conftest`` while test modules import it again as
``tests.sync.conftest``, and two registries would each reset the same PostgreSQL database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import inspect, text

from sync.server import migrate
from sync.server.app import create_app
from sync.server.db import Database
from sync.server.runner import ServerThread
from sync.server.settings import ServerSettings

REPORT_KEY = "test-report-key-0123"


def reset_pg(url: str) -> None:
    database = Database(url)
    try:
        with database.engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        database.dispose()


class SwitchClock:
    """The shared server's clock: it reads whichever clock the current test gave."""

    def __init__(self) -> None:
        self.current: Callable[[], dt.datetime] = system_now

    def __call__(self) -> dt.datetime:
        return self.current()


def system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def server_settings(db_url: str, **overrides: Any) -> ServerSettings:
    """The tests' server settings: reports on, a rate limit no test meets unless it sets one."""
    overrides.setdefault("rate_limit_requests", 100_000)
    return ServerSettings(db_url=db_url, report_key=REPORT_KEY, **overrides)


@dataclass
class Backend:
    """One migrated database of the session and, once asked for, its running server."""

    database: Database
    tables: list[str]
    base: ServerSettings
    settings: ServerSettings = field(init=False)
    clock: SwitchClock = field(default_factory=SwitchClock)
    thread: ServerThread | None = None
    app: FastAPI | None = None
    built_state: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.settings = self.base.model_copy()  # what the app reads, restored for each test

    def empty(self) -> None:
        """Every table emptied and every counter restarted, as a fresh migration leaves it."""
        with self.database.engine.begin() as connection:
            if self.database.dialect == "sqlite":
                connection.execute(text("PRAGMA defer_foreign_keys=ON"))
                for table in self.tables:
                    connection.execute(text(f'DELETE FROM "{table}"'))
            else:
                connection.execute(text("SET LOCAL lock_timeout = '10s'"))
                names = ", ".join(f'"{table}"' for table in self.tables)
                connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))

    def fits(self, settings: ServerSettings) -> bool:
        """Whether a test asks for the shared server's settings. A test that sets its own
        gets a server of its own: some settings are read only when the app is built."""
        return settings.model_dump() == self.base.model_dump()

    def serve(self, clock: Callable[[], dt.datetime]) -> ServerThread:
        """The shared server, with its settings as built and ``clock`` (started if need be)."""
        for name in ServerSettings.model_fields:
            setattr(self.settings, name, getattr(self.base, name))
        self.clock.current = clock
        if self.thread is None or not (
            self.thread.thread.is_alive() and not self.thread.server.should_exit
        ):
            self.app = create_app(self.settings, clock=self.clock)
            self.built_state = dict(self.app.state._state)
            self.thread = ServerThread(self.app).start()
        else:
            # The app's state as built: what it kept since (a limiter's counts) goes.
            assert self.app is not None
            self.app.state._state.clear()
            self.app.state._state.update(self.built_state)
        return self.thread

    def close(self) -> None:
        if self.thread is not None:
            self.thread.stop()
        self.database.dispose()


class Backends:
    """The session's shared databases by URL, closed when pytest finishes."""

    def __init__(self) -> None:
        self.by_url: dict[str, Backend] = {}
        self.sqlite_url: str | None = None

    def prepare(self, url: str, config: pytest.Config) -> Backend:
        backend = self.by_url.get(url)
        if backend is None:
            if not self.by_url:
                config.add_cleanup(self.close)
            if not url.startswith("sqlite"):
                reset_pg(url)
            database = Database(url)
            migrate.upgrade(database.engine)
            tables = inspect(database.engine).get_table_names()
            tables.remove("alembic_version")
            backend = self.by_url[url] = Backend(database, tables, server_settings(url))
        backend.empty()
        return backend

    def close(self) -> None:
        for backend in self.by_url.values():
            backend.close()
        self.by_url.clear()


BACKENDS = Backends()
