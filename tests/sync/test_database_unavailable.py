"""When the server's database cannot be used (PostgreSQL stopped, a SQLite write lock held
past the busy timeout), every endpoint says so in its own way instead of a plain-text 500:
kiosk and API endpoints and /health a JSON 503 ``database_unavailable`` with Retry-After,
the report pages a short page (JSON when asked for), /queue the resident's translated
"try again" page; the server logs one line per request, never a traceback. A kiosk keeps
its records and tries again later.

Real servers and databases: SQLite write-locked by another connection (the server's busy
timeout shortened, so that the test does not wait its 10 s), and PostgreSQL refusing every
connection to the test's database (what a stopped cluster does to the server).
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, event, make_url, text

from hubkiosk.store.db import Store
from sync.client.engine import SyncState
from tests.sync.conftest import REPORT_KEY, Central, FakeClock, Visits, make_engine, push_raw

TICKET = str(uuid.uuid4())
#: The Spanish page's headline (resources/translations/queue_page/es.po).
SORRY_ES = "Lo sentimos, ahora mismo no podemos mostrar su lugar en la cola"


class Lines(logging.Handler):
    """Every record the server writes (uvicorn's loggers do not reach pytest's)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def said(self) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno >= logging.WARNING]


@contextmanager
def server_log() -> Iterator[Lines]:
    lines = Lines()
    loggers = [logging.getLogger(name) for name in ("", "uvicorn", "uvicorn.error")]
    for logger in loggers:
        logger.addHandler(lines)
    try:
        yield lines
    finally:
        for logger in loggers:
            logger.removeHandler(lines)


@contextmanager
def sqlite_write_locked(central: Central) -> Iterator[None]:
    """Another program holds the SQLite database's write lock; the server waits 0.1 s for
    it (instead of its 10 s) before it gives up."""
    engine = central.thread.app.state.database.engine

    def short_wait(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=100")

    event.listen(engine, "connect", short_wait)
    engine.dispose()
    locker = sqlite3.connect(str(make_url(central.settings.db_url).database), isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        locker.execute("ROLLBACK")
        locker.close()
        event.remove(engine, "connect", short_wait)
        engine.dispose()


@contextmanager
def postgres_refusing(central: Central) -> Iterator[None]:
    """PostgreSQL refuses every connection to the test's database and ends those open, as
    a stopped cluster does (this database alone: other test workers keep theirs)."""
    url = central.database.engine.url
    name = url.database
    admin_engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin_engine.connect() as admin:
            admin.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            try:
                admin.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :name"
                    ),
                    {"name": name},
                )
                yield
            finally:
                admin.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
    finally:
        admin_engine.dispose()
        central.database.engine.dispose()
        central.thread.app.state.database.engine.dispose()


def get(central: Central, path: str, **headers: str) -> requests.Response:
    return requests.get(f"{central.url}{path}", headers=headers, timeout=20)


def assert_json_503(answer: requests.Response, error: str = "database_unavailable") -> None:
    assert answer.status_code == 503, answer.text
    assert answer.headers["Content-Type"] == "application/json"
    assert answer.json()["error"] == error and answer.json()["message"]
    assert int(answer.headers["Retry-After"]) >= 1


def assert_page_503(answer: requests.Response, words: str) -> None:
    assert answer.status_code == 503, answer.text
    assert answer.headers["Content-Type"].startswith("text/html")
    assert words in answer.text and int(answer.headers["Retry-After"]) >= 1


def assert_one_line_each(lines: Lines, requests_made: int) -> None:
    assert not [r for r in lines.records if r.exc_info], "a traceback was logged"
    said = [line for line in lines.said() if "database unavailable" in line]
    assert len(said) == requests_made, lines.said()
    assert all("\n" not in line for line in said)


BROWSER = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


def test_a_locked_sqlite_database_is_answered_503_in_each_endpoints_way(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    """Every endpoint answered a plain-text 500 with a traceback per request, and /queue
    never showed its own page: the queue page limit wrote to the database first."""
    token = central.enrol()
    visits.ticket()
    kiosk = make_engine(central.url, token, store, clock, max_attempts=2)
    with sqlite_write_locked(central):
        with server_log() as lines:
            config = get(central, "/v1/config", **central.headers(token))
            push = push_raw(central, token, [])
            queue = get(central, f"/queue?ticket={TICKET}&lang=es")
            queue_json = get(central, f"/queue?ticket={TICKET}&format=json")
            report = get(central, "/reports/fleet?key=not-the-key-at-all", **BROWSER)
            report_json = get(central, "/reports/fleet?key=not-the-key-at-all&format=json")
            health = get(central, "/health")  # reads go on under a write lock
        synced = kiosk.sync_once()
    assert_json_503(config)
    assert_json_503(push)
    assert_page_503(queue, SORRY_ES)
    assert_json_503(queue_json, error="unavailable")
    assert_page_503(report, "try again")
    assert_json_503(report_json)
    assert health.status_code == 200
    assert_one_line_each(lines, 6)
    # The kiosk keeps its record and says it is offline; it sends it once the lock is gone.
    assert synced.state is SyncState.OFFLINE and synced.pending == 1
    assert kiosk.sync_once().state is SyncState.OK and central.count("ticket") == 1


@pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
def test_a_postgresql_refusing_connections_is_answered_503_in_each_endpoints_way(
    central: Central,
) -> None:
    token = central.enrol()
    with postgres_refusing(central), server_log() as lines:
        health = get(central, "/health")
        config = get(central, "/v1/config", **central.headers(token))
        queue = get(central, f"/queue?ticket={TICKET}&lang=es")
        report = get(central, f"/reports/fleet?key={REPORT_KEY}", **BROWSER)
        report_json = get(
            central, f"/reports/hubs?key={REPORT_KEY}&from=2026-03-01&to=2026-03-31&format=json"
        )
    assert_json_503(health)
    assert_json_503(config)
    assert_page_503(queue, SORRY_ES)
    assert_page_503(report, "try again")
    assert_json_503(report_json)
    assert_one_line_each(lines, 5)
    assert get(central, "/health").status_code == 200
