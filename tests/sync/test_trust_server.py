"""The server's own guarantees (issue 10): one token per enrolment code under concurrency,
limits counted in the database (shared by server processes, kept over restarts) with 429
and Retry-After, SQLite commits that survive a power cut, no parameters in SQL errors,
and an OpenAPI document that shows the record schemas with every $ref resolving."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
import requests
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server import admin, retention
from sync.server.app import create_app
from sync.server.cli import main as server_main
from sync.server.db import Database
from sync.server.models import Device, EnrolmentCode, RateCounter
from sync.server.runner import ServerThread
from sync.server.settings import ServerSettings
from tests.sync.conftest import HUB, REPORT_KEY, Central, FakeClock

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases

ROUNDS = 12
THREADS = 8


def new_code(central: Central) -> str:
    """A code for Bow's kiosk, replacing the one before (a hub runs one kiosk)."""
    with central.database.session() as session:
        return admin.create_enrolment_code(
            session, HUB, now=central.clock(), valid_for=dt.timedelta(hours=1), replace=True
        )


def enrol(central: Central, code: str, session: requests.Session) -> requests.Response:
    return session.post(
        f"{central.url}/v1/enrol",
        json={"protocol_version": PROTOCOL_VERSION, "code": code, "device_name": "kiosk"},
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        timeout=30,
    )


def _attempt(
    central: Central,
    code: str,
    client: requests.Session,
    barrier: threading.Barrier,
    statuses: list[int],
) -> None:
    barrier.wait()
    statuses.append(enrol(central, code, client).status_code)


def test_one_code_sent_by_8_parallel_enrolments_gives_one_token(
    make_central: Callable[..., Central],
) -> None:
    central = make_central(enrol_limit_per_hour=10_000)
    clients = [requests.Session() for _ in range(THREADS)]
    outcomes: list[Counter[int]] = []
    for _ in range(ROUNDS):
        code = new_code(central)
        barrier = threading.Barrier(THREADS)
        statuses: list[int] = []

        threads = [
            threading.Thread(target=_attempt, args=(central, code, client, barrier, statuses))
            for client in clients
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        outcomes.append(Counter(statuses))

    assert outcomes == [Counter({201: 1, 403: THREADS - 1})] * ROUNDS
    with central.database.session() as session:
        devices = session.scalar(select(func.count()).select_from(Device))
        spent = session.scalar(
            select(func.count())
            .select_from(EnrolmentCode)
            .where(EnrolmentCode.used_at.is_not(None))
        )
    assert devices == ROUNDS and spent == ROUNDS


def test_enrolment_attempts_per_address_are_limited(make_central: Callable[..., Central]) -> None:
    clock = FakeClock()
    central = make_central(clock=clock, enrol_limit_per_hour=3)
    client = requests.Session()
    wrong = [enrol(central, "WRONG-CODE-1", client).status_code for _ in range(3)]
    assert wrong == [403, 403, 403]

    limited = enrol(central, new_code(central), client)

    assert limited.status_code == 429 and limited.json()["error"] == "enrol_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 3600
    clock.advance(3601)
    assert enrol(central, new_code(central), client).status_code == 201


def test_queue_pages_per_address_are_limited(make_central: Callable[..., Central]) -> None:
    clock = FakeClock()
    central = make_central(clock=clock, queue_limit_per_minute=2)
    page = f"{central.url}/queue"
    assert [requests.get(page, timeout=10).status_code for _ in range(2)] == [404, 404]

    limited = requests.get(page, params={"ticket": "x"}, timeout=10)

    assert limited.status_code == 429 and 1 <= int(limited.headers["Retry-After"]) <= 60
    clock.advance(61)
    assert requests.get(page, timeout=10).status_code == 404


@pytest.mark.parametrize(
    "report", ["/reports/fleet?format=json", "/reports/surveys", "/reports/hubs?format=json"]
)
def test_wrong_report_keys_per_address_are_limited(
    make_central: Callable[..., Central], report: str
) -> None:
    # As QA guessed (repro_report_key_unthrottled.sh): wrong keys one after another.
    clock = FakeClock()
    central = make_central(clock=clock, report_key_limit_per_hour=5)
    today = clock().date().isoformat()
    url = f"{central.url}{report}{'&' if '?' in report else '?'}from={today}&to={today}"
    guesses = [requests.get(f"{url}&key=guess{n}", timeout=10) for n in range(8)]

    assert [g.status_code for g in guesses] == [401] * 5 + [429] * 3
    limited = guesses[-1]
    assert limited.json()["error"] == "report_key_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 3600
    # Guessing right now gains nothing: the address waits out the hour, then gets in.
    assert requests.get(f"{url}&key={REPORT_KEY}", timeout=10).status_code == 429
    clock.advance(3601)
    assert requests.get(f"{url}&key={REPORT_KEY}", timeout=10).status_code == 200
    # The right key is never counted: a manager reloading a report is not limited.
    for _ in range(8):
        assert requests.get(f"{url}&key={REPORT_KEY}", timeout=10).status_code == 200


@pytest.mark.parametrize("key", ["short-key", "x" * 15])
def test_a_report_key_shorter_than_16_characters_is_refused_plainly(
    key: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ValueError, match="at least 16 characters"):
        ServerSettings(report_key=key)
    monkeypatch.setenv("HUBKIOSK_SERVER_REPORT_KEY", key)

    assert server_main(["--db", "sqlite://", "migrate"]) == 2

    err = capsys.readouterr().err
    assert "HUBKIOSK_SERVER_REPORT_KEY" in err and "at least 16 characters" in err
    assert key not in err and "Traceback" not in err
    assert ServerSettings(report_key="x" * 16).report_key == "x" * 16
    assert ServerSettings(report_key="").report_key == ""  # reports off, as with none


def test_the_lookup_limit_is_shared_by_server_processes_and_survives_restarts(
    make_central: Callable[..., Central],
) -> None:
    clock = FakeClock()
    first = make_central(clock=clock, lookup_limit_per_hour=3)
    token = first.enrol()
    # A second server process on the same database, as behind a load balancer.
    second = ServerThread(create_app(first.settings, clock=clock)).start()
    body = {"reference": "HK-0000"}

    def ask(url: str) -> requests.Response:
        return requests.post(
            f"{url}/v1/appointments/lookup", json=body, headers=first.headers(token), timeout=10
        )

    try:
        assert [ask(url).status_code for url in (first.url, second.url, first.url)] == [200] * 3
        assert ask(second.url).status_code == 429
    finally:
        second.stop()
    # A restarted server still counts them.
    restarted = ServerThread(create_app(first.settings, clock=clock)).start()
    try:
        limited = ask(restarted.url)
        assert limited.status_code == 429 and limited.json()["error"] == "lookup_limited"
        clock.advance(3601)
        assert ask(restarted.url).status_code == 200
    finally:
        restarted.stop()


def test_the_servers_sqlite_commits_with_synchronous_full(sqlite_url: str) -> None:
    database = Database(sqlite_url)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        database.dispose()


def test_sql_errors_do_not_show_the_values(db_url: str) -> None:
    from sync.server import migrate

    database = Database(db_url)
    try:
        migrate.upgrade(database.engine)
        row = {"id": "secret-hub", "name": "Sam Smith 07700900123"}
        with database.engine.begin() as connection:
            connection.execute(text("INSERT INTO hub (id, name) VALUES (:id, :name)"), row)
        with pytest.raises(IntegrityError) as raised, database.engine.begin() as connection:
            connection.execute(text("INSERT INTO hub (id, name) VALUES (:id, :name)"), row)
        assert "07700900123" not in str(raised.value)
        assert "hidden due to hide_parameters" in str(raised.value)
    finally:
        database.dispose()


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


def test_the_openapi_document_shows_the_record_schemas_and_every_ref_resolves(
    central: Central,
) -> None:
    document = requests.get(f"{central.url}/openapi.json", timeout=10).json()
    schemas = document["components"]["schemas"]

    for ref in _refs(document):
        assert ref.startswith("#/components/schemas/"), ref
        assert ref.removeprefix("#/components/schemas/") in schemas, ref
    for name in ("Ticket", "QueueEvent", "FormSubmission", "SurveyResponse", "Feedback"):
        assert name in schemas
    assert schemas["Ticket"]["properties"]["call_name"]["personal"] is True
    assert schemas["Feedback"]["properties"]["score"]["maximum"] == 5
    push = document["paths"]["/v1/push"]["post"]["requestBody"]["content"]["application/json"]
    assert push["schema"] == {"$ref": "#/components/schemas/TypedPushBatch"}


def test_retention_forgets_the_client_addresses_of_old_counters(
    make_central: Callable[..., Central],
) -> None:
    clock = FakeClock()
    central = make_central(clock=clock)
    assert requests.get(f"{central.url}/queue", timeout=10).status_code == 404
    with central.database.session() as session:
        assert session.scalars(select(RateCounter.key)).all() == ["queue:ip:127.0.0.1"]
        retention.purge_personal(session, now=clock() + dt.timedelta(hours=23), days=90)
    with central.database.session() as session:
        assert len(session.scalars(select(RateCounter.key)).all()) == 1
        retention.purge_personal(session, now=clock() + dt.timedelta(days=1, minutes=1), days=90)
    with central.database.session() as session:
        assert session.scalars(select(RateCounter.key)).all() == []
