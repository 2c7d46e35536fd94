"""Sync benchmark (not a test): server ingest vs direct inserts, and draining a backlog.

Prints, for SQLite and (when a URL is given) PostgreSQL:

- the ingest rate through the HTTP API (``hubkiosk-server serve`` in its own process on
  127.0.0.1, one client sending batches of 100 one after another, idempotent
  ingest with per-item results) against inserting the same rows straight into the same
  table with SQLAlchemy Core in transactions of 100, and their ratio;
- the time for the sync engine to drain a 7-day backlog of a busy hub (5,000 records)
  from a kiosk store to the server (the engine sizes its batches: from 100, then to
  what the link carries in half the quick-answer time, at least doubled, up to 2,000;
  the next batch is read and encoded while the server stores the current one). The kiosk synced once before its week offline, as
  a kiosk in service has: it holds its configuration, which the drain's cycle checks; and
  its long-lived objects are set aside from the cyclic collector, as the kiosk's are.

Usage::

    python benchmarks/bench_sync.py [--records 5000] [--pg-url postgresql://...]

The PostgreSQL URL also comes from HUBKIOSK_BENCH_PG_URL or HUBKIOSK_TEST_PG_URL. Its
public schema is dropped and recreated: point it at a throwaway database.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import requests
from sqlalchemy import insert, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hubkiosk.store import outbox  # noqa: E402
from hubkiosk.store.db import open_store  # noqa: E402
from hubkiosk.store.models import Outcome, QueueEvent, QueueEventKind, Ticket  # noqa: E402
from hubkiosk.store.sync_port import StoreSyncPort  # noqa: E402
from sync.client.engine import SyncEngine  # noqa: E402
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION  # noqa: E402
from sync.protocol.wire import PushItem  # noqa: E402
from sync.server import admin, config, migrate  # noqa: E402
from sync.server.db import Database  # noqa: E402
from sync.server.ingest import extract, payload_hash, validate  # noqa: E402
from sync.server.models import IngestedRecord  # noqa: E402

HUB = "idea-store-bow"
TZ = ZoneInfo("Europe/London")
BATCH = 100


def fresh_database(url: str) -> Database:
    database = Database(url)
    if database.dialect == "postgresql":
        with database.engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(database.engine)
    return database


def enrolled(database: Database) -> tuple[str, uuid.UUID]:
    now = dt.datetime.now(dt.UTC)
    with database.session() as session:
        config.publish(session, config.default_data_dir(), now=now)
        device = admin.enrol_device(session, HUB, "bench", now=now)
    return device.token, device.device_id


def backlog_items(count: int) -> list[dict[str, Any]]:
    """A busy hub's week: each visit is a ticket, a check-in, a call and a served event."""
    items: list[dict[str, Any]] = []
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    visit = 0
    while len(items) < count:
        day = start + dt.timedelta(days=visit // 180)
        checked = day + dt.timedelta(minutes=2 * (visit % 180))
        ticket_id = uuid.uuid4()
        payloads: list[tuple[str, dict[str, Any]]] = [
            ("ticket", {"id": str(ticket_id), "hub_id": HUB, "service_id": "housing",
                        "number": f"H-{visit % 180 + 1:03d}", "sequence": visit % 180 + 1,
                        "day": checked.date().isoformat(), "call_name": "Sam"}),
            ("queue_event", {"ticket_id": str(ticket_id), "kind": "checked_in", "at": checked.isoformat()}),
            ("queue_event", {"ticket_id": str(ticket_id), "kind": "called",
                             "at": (checked + dt.timedelta(minutes=11)).isoformat()}),
            ("queue_event", {"ticket_id": str(ticket_id), "kind": "served", "outcome": "referred",
                             "referred_to": "housing-options",
                             "at": (checked + dt.timedelta(minutes=25)).isoformat()}),
        ]  # fmt: skip
        for kind, payload in payloads:
            item_id = str(ticket_id) if kind == "ticket" else str(uuid.uuid4())
            items.append({"id": item_id, "kind": kind, "payload": payload})
        visit += 1
    return items[:count]


@contextlib.contextmanager
def server_process(url: str) -> Iterator[str]:
    """``hubkiosk-server serve`` in its own process (as in production: no shared GIL)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "HUBKIOSK_SERVER_RATE_LIMIT_REQUESTS": "1000000"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sync.server",
            "serve",
            "--db",
            url,
            "--port",
            str(port),
            "--no-migrate",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{base}/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"server did not start: {process.stderr.read() if process.stderr else ''}"
                )
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(10)


def http_ingest(url: str, items: list[dict[str, Any]]) -> float:
    database = fresh_database(url)
    token, _ = enrolled(database)
    database.dispose()
    session = requests.Session()
    headers = {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    with server_process(url) as base:
        began = time.perf_counter()
        for start in range(0, len(items), BATCH):
            body = {"protocol_version": PROTOCOL_VERSION, "items": items[start : start + BATCH]}
            answer = session.post(f"{base}/v1/push", json=body, headers=headers, timeout=60)
            answer.raise_for_status()
        elapsed = time.perf_counter() - began
    return len(items) / elapsed


def core_insert(url: str, items: list[dict[str, Any]]) -> float:
    database = fresh_database(url)
    _, device_id = enrolled(database)
    now = dt.datetime.now(dt.UTC)
    rows = []
    for item in items:
        push = PushItem.model_validate(item)
        rows.append({
            "id": push.id, "kind": push.kind.value, "hub_id": HUB, "device_id": device_id,
            "received_at": now, "kiosk_time": None, "payload": push.payload,
            "payload_hash": payload_hash(push.payload), "personal_purged_at": None,
            **extract(validate(push), TZ),
        })  # fmt: skip
    try:
        began = time.perf_counter()
        for start in range(0, len(rows), BATCH):
            with database.engine.begin() as connection:
                connection.execute(insert(IngestedRecord), rows[start : start + BATCH])
        elapsed = time.perf_counter() - began
    finally:
        database.dispose()
    return len(rows) / elapsed


def drain(url: str, count: int) -> tuple[float, int]:
    database = fresh_database(url)
    token, _ = enrolled(database)
    database.dispose()
    with tempfile.TemporaryDirectory() as kiosk_dir, server_process(url) as base:
        store = open_store(Path(kiosk_dir))
        engine = SyncEngine(base_url=base, token=token, port=StoreSyncPort(store, hub_id=HUB))
        # A kiosk in service synced before it went offline: it holds the hub's
        # configuration (it cannot issue tickets without), so the drain's cycle asks for it
        # with its ETag and hears "not modified", and the server has served this kiosk.
        assert engine.sync_once().config_etag is not None
        start = dt.datetime.now(dt.UTC) - dt.timedelta(days=7)
        made = 0
        with store.session() as session:
            while made < count:
                at = start + dt.timedelta(minutes=2 * made)
                ticket = Ticket(hub_id=HUB, service_id="housing", number=f"H-{made + 1:04d}",
                                sequence=made + 1, day=at.date(), call_name="Sam", created_at=at)  # fmt: skip
                outbox.add_record(session, ticket)
                made += 1
                for kind in (
                    QueueEventKind.CHECKED_IN,
                    QueueEventKind.CALLED,
                    QueueEventKind.SERVED,
                ):
                    if made >= count:
                        break
                    outcome = (
                        Outcome.RESOLVED_FIRST_CONTACT if kind is QueueEventKind.SERVED else None
                    )
                    outbox.add_record(
                        session, QueueEvent(ticket_id=ticket.id, kind=kind, at=at, outcome=outcome)
                    )
                    made += 1
        # The kiosk sets what it built at start aside from the cyclic collector
        # (hubkiosk.qt.heap.freeze_long_lived), so a full collection during a sync walks
        # only what was made since: so does this process, whose long-lived objects
        # (modules, the floor's rows) would otherwise be walked by the sync's collections
        # (one took 30-80 ms of a 400 ms drain), which no kiosk in service does.
        gc.collect()
        gc.freeze()
        try:
            began = time.perf_counter()
            status = engine.sync_once()
            elapsed = time.perf_counter() - began
        finally:
            gc.unfreeze()
            store.close()
    assert status.pending == 0, status
    return elapsed, status.sent_last_cycle


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("HUBKIOSK_BENCH_PG_URL") or os.environ.get("HUBKIOSK_TEST_PG_URL"),
    )
    args = parser.parse_args()
    items = backlog_items(args.records)
    with tempfile.TemporaryDirectory() as folder:
        targets = [("SQLite", lambda name: f"sqlite:///{Path(folder) / name}")]
        if args.pg_url:
            targets.append(("PostgreSQL", lambda _name: str(args.pg_url)))
        else:
            print(
                "PostgreSQL: skipped (no --pg-url, HUBKIOSK_BENCH_PG_URL or HUBKIOSK_TEST_PG_URL)"
            )
        print(f"{args.records} records, batches of {BATCH}, one client, server on 127.0.0.1\n")
        print(
            f"{'database':<11} {'HTTP ingest':>14} {'Core insert':>14} {'ratio':>7} {'drain 7-day backlog':>22}"
        )
        for name, url_for in targets:
            http_rate = http_ingest(url_for("http.sqlite3"), items)
            core_rate = core_insert(url_for("core.sqlite3"), items)
            seconds, sent = drain(url_for("drain.sqlite3"), args.records)
            print(
                f"{name:<11} {http_rate:>10,.0f} r/s {core_rate:>10,.0f} r/s "
                f"{http_rate / core_rate:>7.2f} {seconds:>11.1f} s ({sent:,} records)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
