"""Fixtures for the sync tests: real uvicorn servers on 127.0.0.1 (SQLite and PostgreSQL),
a fault-injecting HTTP proxy, a fake clock, and kiosk stores.

``central`` and ``make_central(clock=...)`` lend each test the session's server for its
database (tests/sync/servers.py): migrated once, emptied before every test, with the test's
clock swapped in, its settings restored and the app's lazily kept state (limiters) dropped,
so it answers like a freshly started one with the configuration published at version 1.
``make_central(**settings)`` with settings of its own starts a server of its own.

Tests run on SQLite; a test or module marked ``both_databases`` (where the server's SQL
differs: ingest, reports, retention, status) runs on PostgreSQL too. PostgreSQL comes from
``HUBKIOSK_TEST_PG_URL``; without it the ``postgres`` tests skip, except under ``CI=true``
where they fail, so CI never skips them silently.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests
from sqlalchemy import create_engine, func, make_url, select, text

from hubkiosk.store import outbox
from hubkiosk.store.db import Store, open_store
from hubkiosk.store.models import (
    Feedback,
    FormSubmission,
    Outcome,
    QueueEvent,
    QueueEventKind,
    SurveyResponse,
    Ticket,
)
from hubkiosk.store.sync_port import StoreSyncPort
from sync.client.engine import SyncEngine
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server import admin, config, migrate
from sync.server.app import create_app
from sync.server.db import Database
from sync.server.models import IngestedRecord
from sync.server.runner import ServerThread
from sync.server.settings import ServerSettings
from tests.kiosk_store import seed_store
from tests.sync.servers import BACKENDS, server_settings, system_now
from tests.sync.servers import REPORT_KEY as REPORT_KEY  # tests import it from here

TZ = ZoneInfo("Europe/London")
HUB = "idea-store-bow"
OTHER_HUB = "town-hall-whitechapel"


class FakeClock:
    """Wall time that moves only when told; ``sleep`` advances it and is recorded."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime.now(dt.UTC).replace(microsecond=0)
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> dt.datetime:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += dt.timedelta(seconds=seconds)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# -- databases -------------------------------------------------------------------------
#
# Each backend has one database for the whole session, migrated once, and one server over it
# (started at the first ``make_central``): ``db_url`` empties every table before each test,
# and ``make_central`` hands the test that server with the test's clock and settings swapped
# in. A test's cost is then its own work, not a migration and a server start.


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get("HUBKIOSK_TEST_PG_URL")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("HUBKIOSK_TEST_PG_URL is not set: CI must run the PostgreSQL tests")
        pytest.skip("HUBKIOSK_TEST_PG_URL is not set (PostgreSQL tests need a database)")
    # A database of the run's own, never the one named (``postgres``: PostgreSQL will not
    # shut the connections out of the database one is connected to, which a test of a
    # database gone away does), one per pytest-xdist worker.
    return worker_database(url, os.environ.get("PYTEST_XDIST_WORKER") or "main")


def worker_database(url: str, worker: str) -> str:
    """A database of its own for one pytest-xdist worker (``gw0``...) on the cluster of
    ``url``, created if missing: workers run at once and each resets its database's schema."""
    base = make_url(url)
    name = f"{base.database or 'postgres'}_{worker}"
    admin_engine = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin_engine.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            ).first()
            if exists is None:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin_engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The session's migrated database of the backend asked for (``sqlite`` unless the test
    is parametrized otherwise, see :func:`tests.conftest.pytest_generate_tests`), emptied."""
    if getattr(request, "param", "sqlite") == "sqlite":
        if BACKENDS.sqlite_url is None:
            folder = tmp_path_factory.mktemp("central")
            BACKENDS.sqlite_url = f"sqlite:///{folder / 'server.sqlite3'}"
        url = BACKENDS.sqlite_url
    else:
        url = request.getfixturevalue("pg_url")
    BACKENDS.prepare(url, request.config)
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.sqlite3'}"


# -- servers ---------------------------------------------------------------------------


@dataclass
class Central:
    """A running central server with its database, for tests."""

    url: str
    database: Database
    settings: ServerSettings
    thread: ServerThread
    clock: Callable[[], dt.datetime]

    def enrol(self, hub_id: str = HUB, name: str = "kiosk") -> str:
        """A token for a new kiosk at ``hub_id``.

        A hub runs one kiosk, and the server enrols no second (tests/sync/
        test_one_kiosk_per_hub.py). A second one here is added alongside the first, as a
        server before that rule enrolled it (such kiosks stay enrolled through the upgrade):
        for tests of what the server does with two kiosks' records at one hub."""
        with self.database.session() as session:
            if admin.hub_kiosks(session, hub_id):
                device_id = uuid.uuid4()
                return admin._new_device(
                    session, hub_id, name, now=self.clock(), device_id=device_id
                ).token
            return admin.enrol_device(session, hub_id, name, now=self.clock()).token

    def count(self, kind: str | None = None) -> int:
        with self.database.session() as session:
            query = select(func.count()).select_from(IngestedRecord)
            if kind:
                query = query.where(IngestedRecord.kind == kind)
            return int(session.scalar(query) or 0)

    def record(self, record_id: uuid.UUID) -> IngestedRecord | None:
        with self.database.session() as session:
            return session.scalars(
                select(IngestedRecord).where(IngestedRecord.id == record_id)
            ).first()

    def publish(self, folder: Path | None = None, *, appointments: bool = True) -> int:
        now = self.clock()
        folder = folder or config.default_data_dir()
        with self.database.session() as session:
            version = config.publish(session, folder, now=now)
            if appointments:
                body = config.read_folder(folder)
                day = now.astimezone(TZ).date()
                entries = config.demo_appointments(
                    day,
                    [h["id"] for h in body["hubs"]],
                    [s["id"] for s in body["catalogue"]["services"]],
                    TZ,
                )
                config.replace_appointments(session, day, entries, now=now)
        return version

    def headers(self, token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


class CentralMaker:
    """``make_central(clock=None, **settings)``: a central server over ``db_url`` with the
    shipped configuration published (version 1) and today's demo bookings.

    The first one in a test is the session's server for that database, reading this test's
    clock; a second one in the same test, one with settings of its own or one over a
    database of the test's own is a server of its own, stopped after the test.
    """

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.shared = BACKENDS.by_url.get(db_url)
        self.lent = False
        self.started: list[Central] = []

    def __call__(self, clock: Callable[[], dt.datetime] | None = None, **overrides: Any) -> Central:
        settings = server_settings(self.db_url, **overrides)
        the_clock = clock or system_now
        if self.shared is not None and not self.lent and self.shared.fits(settings):
            self.lent = True
            thread = self.shared.serve(the_clock)
            central = Central(
                thread.url, self.shared.database, self.shared.settings, thread, the_clock
            )
        else:
            database = Database(self.db_url)
            migrate.upgrade(database.engine)
            thread = ServerThread(create_app(settings, clock=the_clock)).start()
            central = Central(thread.url, database, settings, thread, the_clock)
            self.started.append(central)
        central.publish()
        return central

    def close(self) -> None:
        for central in self.started:
            central.thread.stop()
            central.database.dispose()


@pytest.fixture
def make_central(db_url: str) -> Iterator[Callable[..., Central]]:
    maker = CentralMaker(db_url)
    yield maker
    maker.close()


@pytest.fixture
def central(make_central: Callable[..., Central]) -> Central:
    return make_central()


# -- a proxy that injects faults -------------------------------------------------------


Rewrite = Callable[[int, dict[str, str], bytes], tuple[int, dict[str, str], bytes]]

CAPTIVE_PAGE = (
    b"<!doctype html><html><head><title>Sign in to CouncilGuest WiFi</title></head>"
    b"<body><h1>Welcome</h1><p>Accept the terms to continue.</p></body></html>"
)

TOO_LARGE_PAGE = (
    b"<html><head><title>413 Request Entity Too Large</title></head>"
    b"<body><center><h1>413 Request Entity Too Large</h1></center><hr>"
    b"<center>nginx</center></body></html>"
)


@dataclass
class FaultProxy:
    """Forwards to ``upstream`` but acts out the planned faults, one per matching request.

    Faults: ``"500"``/``"503"`` (answered by the proxy), ``"429:N"`` (Retry-After N),
    ``"captive"`` (an HTML 200 page), ``"413"`` (a middlebox's HTML "too large" page),
    ``"drop_after"`` (forwarded and committed, then the
    connection is cut before the answer), ``"hang"`` (no answer until the client gives up),
    or a rewrite function of (status, headers, body). ``request``, if given, rewrites every
    request body on its way upstream (a server of another release: see
    tests/sync/test_turned_away_upgrade.py).
    """

    upstream: str
    plan: list[str | Rewrite] = field(default_factory=list)
    request: Callable[[bytes], bytes] | None = None
    path_prefix: str = "/v1/push"
    log: list[tuple[str, str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    url: str = ""
    server: ThreadingHTTPServer | None = None

    def start(self) -> FaultProxy:
        proxy = self
        host, port = self.upstream.removeprefix("http://").split(":")

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fault: str | Rewrite = "pass"
                if self.path.startswith(proxy.path_prefix) and proxy.plan:
                    fault = proxy.plan.pop(0)
                name = fault if isinstance(fault, str) else "rewrite"
                proxy.log.append((self.command, self.path, name))
                if fault in ("500", "503"):
                    self._answer(int(fault), {"Content-Type": "text/plain"}, b"upstream trouble")
                    return
                if isinstance(fault, str) and fault.startswith("429:"):
                    self._answer(
                        429, {"Retry-After": fault[4:], "Content-Type": "text/plain"}, b"slow down"
                    )
                    return
                if fault == "413":
                    self._answer(413, {"Content-Type": "text/html"}, TOO_LARGE_PAGE)
                    return
                if fault == "captive":
                    self._answer(200, {"Content-Type": "text/html"}, CAPTIVE_PAGE)
                    return
                if fault == "hang":
                    proxy.release.wait(3.0)
                    self.close_connection = True
                    return
                if proxy.request is not None:
                    body = proxy.request(body)
                upstream = http.client.HTTPConnection(host, int(port), timeout=30)
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "connection", "content-length")
                }
                upstream.request(self.command, self.path, body=body or None, headers=headers)
                response = upstream.getresponse()
                status, reply = response.status, response.read()
                reply_headers = {
                    k: v
                    for k, v in response.getheaders()
                    if k.lower() not in ("content-length", "transfer-encoding", "connection")
                }
                upstream.close()
                if fault == "drop_after":
                    self.close_connection = True
                    return
                if callable(fault):
                    status, reply_headers, reply = fault(status, reply_headers, reply)
                self._answer(status, reply_headers, reply)

            def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = _handle
            do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        # stop() waits for serve_forever's next poll: half a second apart by default.
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        self.release.set()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


@contextlib.contextmanager
def server_of_an_older_release(central: Central, as_older: Callable[[bytes], bytes]) -> Iterator[str]:
    """``central`` as a server of an older release answers: each push body rewritten by
    ``as_older`` on its way (what that server would not know, made unknown to this one);
    the stand-in's URL."""
    stand_in = FaultProxy(central.url, request=as_older).start()
    try:
        yield stand_in.url
    finally:
        stand_in.stop()


@pytest.fixture
def proxy(central: Central) -> Iterator[FaultProxy]:
    the_proxy = FaultProxy(central.url).start()
    yield the_proxy
    the_proxy.stop()


# -- the kiosk side --------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path, store_template: Path) -> Iterator[Store]:
    the_store = open_store(seed_store(tmp_path / "kiosk", store_template))
    yield the_store
    the_store.close()


def make_engine(
    url: str, token: str | None, store: Store, clock: FakeClock, **options: Any
) -> SyncEngine:
    port = StoreSyncPort(store, hub_id=options.pop("hub_id", HUB), clock=clock)
    return SyncEngine(
        base_url=url,
        token=token,
        port=port,
        clock=clock,
        sleep=clock.sleep,
        timeout=options.pop("timeout", (2.0, 10.0)),
        **options,
    )


class Visits:
    """Makes kiosk records the way the kiosk does: record and outbox item together."""

    def __init__(self, store: Store, hub_id: str = HUB) -> None:
        self.store = store
        self.hub_id = hub_id
        self.sequence = 0

    def ticket(
        self,
        service_id: str = "housing",
        *,
        day: dt.date | None = None,
        at: dt.datetime | None = None,
        call_name: str | None = "Sam",
        hub_id: str | None = None,
    ) -> Ticket:
        self.sequence += 1
        at = at or dt.datetime.now(dt.UTC)
        ticket = Ticket(
            hub_id=hub_id or self.hub_id,
            service_id=service_id,
            number=f"H-{self.sequence:03d}",
            sequence=self.sequence,
            day=day or at.astimezone(TZ).date(),
            call_name=call_name,
            created_at=at,
        )
        with self.store.session() as session:
            outbox.add_record(session, ticket)
        return ticket

    def event(
        self,
        ticket: Ticket,
        kind: QueueEventKind,
        at: dt.datetime,
        *,
        outcome: Outcome | None = None,
        referred_to: str | None = None,
        referred_service_id: str | None = None,
    ) -> QueueEvent:
        event = QueueEvent(
            ticket_id=ticket.id,
            kind=kind,
            at=at,
            outcome=outcome,
            referred_to=referred_to,
            referred_service_id=referred_service_id,
            created_at=at,
            desk="Desk 1",
        )
        with self.store.session() as session:
            outbox.add_record(session, event)
        return event

    def visit(
        self,
        service_id: str,
        checked_in: dt.datetime,
        wait_minutes: float,
        outcome: Outcome,
        referred_to: str | None = None,
        referred_service_id: str | None = None,
    ) -> Ticket:
        ticket = self.ticket(service_id, at=checked_in)
        self.event(ticket, QueueEventKind.CHECKED_IN, checked_in)
        called = checked_in + dt.timedelta(minutes=wait_minutes)
        self.event(ticket, QueueEventKind.CALLED, called)
        self.event(
            ticket,
            QueueEventKind.SERVED,
            called + dt.timedelta(minutes=10),
            outcome=outcome,
            referred_to=referred_to,
            referred_service_id=referred_service_id,
        )
        return ticket

    def form(self, answers: dict[str, object] | None = None) -> FormSubmission:
        self.sequence += 1
        record = FormSubmission(
            form_id="blue-badge",
            form_version=1,
            hub_id=self.hub_id,
            reference=f"F-{self.sequence:05d}",
            answers=answers
            if answers is not None
            else {"name": "Sam Smith", "phone": "07700900123"},
        )
        with self.store.session() as session:
            outbox.add_record(session, record)
        return record

    def survey(self) -> SurveyResponse:
        record = SurveyResponse(
            survey_id="council-cx-2022",
            survey_version=1,
            hub_id=self.hub_id,
            complete=False,  # a walk-away after the first question: the kiosk keeps it
            answers={"contacted": "no"},
        )
        with self.store.session() as session:
            outbox.add_record(session, record)
        return record

    def feedback(self) -> Feedback:
        record = Feedback(hub_id=self.hub_id, score=5, service_id="housing", wait_minutes=7)
        with self.store.session() as session:
            outbox.add_record(session, record)
        return record


@pytest.fixture
def visits(store: Store) -> Visits:
    return Visits(store)


def push_raw(central: Central, token: str, items: list[dict[str, Any]]) -> requests.Response:
    return requests.post(
        f"{central.url}/v1/push",
        json={"protocol_version": PROTOCOL_VERSION, "items": items},
        headers=central.headers(token),
        timeout=10,
    )


def stored_unchecked(central: Central, hub_id: str, items: list[dict[str, Any]]) -> None:
    """Pushed ``items`` (survey responses this server refuses: to a survey it never
    published, answers that fit no question) stored as a server before it checked responses
    against their survey stored them, with the survey figures it kept at ingest, in one
    transaction: a database upgraded from one holds such rows, and what reads them (the
    reports, retention, the migration's count) must still take them."""
    from sqlalchemy import insert

    from sync.protocol.records import on_the_hour
    from sync.protocol.wire import PushItem
    from sync.server import ingest, survey_aggregates
    from sync.server.models import Device

    now = central.clock()
    with central.database.session() as session:
        device_id = session.scalars(
            select(Device.id).where(Device.hub_id == hub_id).order_by(Device.created_at)
        ).first()
        rows = []
        for sent in items:
            record = ingest.validate(PushItem.model_validate(sent))
            rows.append(
                {
                    "id": uuid.UUID(sent["id"]),
                    "kind": sent["kind"],
                    "hub_id": hub_id,
                    "device_id": device_id,
                    "received_at": on_the_hour(now),
                    "payload": ingest.stored_payload(record, sent["payload"]),
                    "payload_hash": ingest.payload_hash(sent["payload"]),
                    **ingest.extract(record, ZoneInfo(central.settings.timezone)),
                }
            )
        session.execute(insert(IngestedRecord), rows)
        survey_aggregates.record(session, rows)


def device_at_an_old_revision(database: Database, hub_id: str, now: dt.datetime) -> uuid.UUID:
    """A device row written as a server at an older schema revision writes it (a Core
    insert of the columns every revision has: the models' later columns are not there
    yet), for the tests of a migration over stored records."""
    from sqlalchemy import insert

    from sync.server.models import Device

    device_id = uuid.uuid4()
    with database.engine.begin() as connection:
        connection.execute(
            insert(Device.__table__).values(
                id=device_id,
                hub_id=hub_id,
                name="kiosk",
                token_hash=uuid.uuid4().hex,
                created_at=now,
                high_water=0,
                rate_count=0,
            )
        )
    return device_id
