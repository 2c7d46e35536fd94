"""Hub report benchmark (not a test): the managers' report over 1,000,000 tickets and events.

On PostgreSQL, seeds ``--tickets`` tickets (default 256,000) with their queue events
(checked in, called after a wait, served with an outcome and, for a referral, its
destination; one in eleven never called): 1,000,000 ``ingested_record`` rows, as the
server stores them, over five hubs and a year, a seventh assisted, a ninth booking
check-ins, with ``INSERT ... SELECT generate_series``. A bulk load bypasses ingest, so the hub tallies
ingest keeps (:mod:`sync.server.hub_aggregates`) are then counted from the rows by the same
:func:`~sync.server.hub_aggregates.backfill` the migration runs (timed on its own). Then it
times, in the same run, over the whole year:

- the report: :func:`sync.server.reports.hub_report` (hubs, days, weeks, waits' median and
  90th percentile, outcomes and destinations, channel shift), as ``/reports/hubs`` calls
  it: it sums the tallies and reads one narrow wait row per ticket;
- the old scan it replaced (:func:`tests.sync.hub_scan.scanned_hub_report`: the same
  figures counted from every ticket and queue event), as the floor;

prints both (best of ``--repeat`` after a warm-up), their ratio, and checks that the two
reports are equal.

Usage::

    python benchmarks/bench_hub.py --pg-url postgresql://USER@HOST:PORT/DB [--tickets N]

The URL also comes from HUBKIOSK_BENCH_PG_URL or HUBKIOSK_TEST_PG_URL. Its public schema is
dropped and recreated: point it at a throwaway database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sync.server import admin, config, hub_aggregates, migrate, reports  # noqa: E402
from sync.server.db import Database  # noqa: E402
from tests.sync.hub_scan import scanned_hub_report  # noqa: E402

START, END = dt.date(2025, 12, 1), dt.date(2026, 11, 30)

# Ids are md5 digests of the ticket's number (and the event's kind), so the events name
# their ticket without a table in between.
SEED_TICKETS = """
WITH hubs AS (
    SELECT array_agg(id ORDER BY id) AS ids FROM hub
), devices AS (
    SELECT hub_id, min(id::text)::uuid AS device_id FROM device GROUP BY hub_id
), t AS (
    SELECT g,
           (SELECT ids FROM hubs)[1 + (g % 5)] AS hub_id,
           date '2025-12-01' + (g / 5) % 365 AS day,
           (ARRAY['housing', 'council-tax', 'parking', 'benefits'])[1 + (g / 5) % 4] AS service,
           CASE WHEN g % 7 = 0 THEN 'assisted' ELSE 'self_service' END AS channel,
           CASE WHEN g % 9 = 0 THEN 'check_in' ELSE 'ticket' END AS activity
    FROM generate_series(CAST(:first AS integer), CAST(:last AS integer)) AS g
)
INSERT INTO ingested_record (id, kind, hub_id, device_id, received_at, payload, payload_hash,
                             day, service_id, channel, activity)
SELECT md5('t' || g)::uuid, 'ticket', t.hub_id, d.device_id, now(),
       jsonb_build_object('service_id', service, 'day', day::text, 'number', 'H-' || g % 1000,
                          'channel', channel),
       md5('t' || g), day, service, channel, activity
FROM t JOIN devices d ON d.hub_id = t.hub_id
"""

SEED_EVENTS = """
WITH hubs AS (
    SELECT array_agg(id ORDER BY id) AS ids FROM hub
), devices AS (
    SELECT hub_id, min(id::text)::uuid AS device_id FROM device GROUP BY hub_id
), t AS (
    SELECT g,
           (SELECT ids FROM hubs)[1 + (g % 5)] AS hub_id,
           date '2025-12-01' + (g / 5) % 365 AS day,
           extract(epoch FROM (date '2025-12-01' + (g / 5) % 365) + time '09:00')
               + (g::bigint * 7919) % 25000 AS checked_at
    FROM generate_series(CAST(:first AS integer), CAST(:last AS integer)) AS g
), e AS (
    SELECT t.*, k.kind, k.n,
           CASE k.kind WHEN 'checked_in' THEN checked_at
                       WHEN 'called' THEN checked_at + (g::bigint * 104729) % 4200
                       ELSE checked_at + (g::bigint * 104729) % 4200 + 900 END AS at,
           CASE WHEN k.kind = 'served' THEN (ARRAY['resolved_first_contact', 'referred',
                'follow_up_booked', 'referred', 'resolved_first_contact'])[1 + g % 5] END
               AS outcome
    FROM t CROSS JOIN (VALUES ('checked_in', 0), ('called', 1), ('served', 2)) AS k(kind, n)
    WHERE k.kind <> 'called' OR g % 11 <> 0
)
INSERT INTO ingested_record (id, kind, hub_id, device_id, received_at, payload, payload_hash,
                             day, ticket_id, event_kind, event_epoch, outcome, referred_to,
                             channel)
SELECT md5(e.kind || g)::uuid, 'queue_event', e.hub_id, d.device_id, now(),
       jsonb_build_object('ticket_id', md5('t' || g)::uuid::text, 'kind', e.kind,
                          'at', to_timestamp(at)::text),
       md5(e.kind || g), day, md5('t' || g)::uuid, e.kind, at, outcome,
       CASE WHEN outcome = 'referred' THEN (ARRAY['housing-options', 'adult-social-care',
            'Citizens Advice'])[1 + (g / 3) % 3] END,
       CASE WHEN e.kind = 'checked_in' THEN 'self_service' END
FROM e JOIN devices d ON d.hub_id = e.hub_id
"""


def seed(database: Database, tickets: int) -> float:
    started = time.perf_counter()
    now = dt.datetime.now(dt.UTC)
    with database.session() as session:
        config.publish(session, config.default_data_dir(), now=now)
    with database.session() as session:
        hubs = [h["id"] for h in config.read_folder(config.default_data_dir())["hubs"]][:5]
        for hub in hubs:
            admin.enrol_device(session, hub, f"bench-{hub}", now=now)
    chunk = 50_000
    done = 0
    while done < tickets:
        n = min(chunk, tickets - done)
        with database.engine.begin() as connection:
            span = {"first": done + 1, "last": done + n}
            connection.execute(text(SEED_TICKETS), span)
            connection.execute(text(SEED_EVENTS), span)
        done += n
        print(f"  seeded {done:,} tickets and their events", flush=True)
    counting = time.perf_counter()
    with database.engine.begin() as connection:
        hub_aggregates.backfill(connection)
    print(f"  tallies counted from the rows in {time.perf_counter() - counting:.1f} s", flush=True)
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        for table in (
            "ingested_record",
            "hub_ticket_tally",
            "hub_outcome_tally",
            "hub_channel_tally",
            "hub_ticket_wait",
        ):
            c.execute(text(f"VACUUM ANALYZE {table}"))
    return time.perf_counter() - started


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    fn()  # warm-up: caches, plans
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


def measure(pg_url: str, tickets: int, repeat: int, *, keep: bool = False) -> dict[str, Any]:
    """Seed (unless ``keep`` finds the same count), time the report and the old scan, and
    compare them. Returns seconds (best of ``repeat``) and the checks."""
    database = Database(pg_url)
    seeded = 0
    if keep:
        with database.engine.connect() as connection:
            seeded = int(
                connection.execute(
                    text("SELECT count(*) FROM ingested_record WHERE kind = 'ticket'")
                ).scalar_one()
            )
    if not (keep and seeded == tickets):
        with database.engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        migrate.upgrade(database.engine)
        print(f"seeding {tickets:,} tickets and their events on PostgreSQL ...", flush=True)
        seconds = seed(database, tickets)
        print(f"  seeded in {seconds:.1f} s", flush=True)
    with database.engine.connect() as connection:
        rows = int(connection.execute(text("SELECT count(*) FROM ingested_record")).scalar_one())
    now = dt.datetime.now(dt.UTC)

    def report() -> Any:
        with database.session() as session:
            return reports.hub_report(session, START, END, now=now).to_json()

    def scan() -> Any:
        with database.session() as session:
            return scanned_hub_report(session, START, END, now=now).to_json()

    report_s, kept = best_of(repeat, report)
    scan_s, scanned = best_of(repeat, scan)
    database.dispose()
    return {
        "report_s": report_s,
        "scan_s": scan_s,
        "rows": rows,
        "equal": kept == scanned,
        "visits": kept["totals"]["visits"],
        "days": len(kept["days"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("HUBKIOSK_BENCH_PG_URL") or os.environ.get("HUBKIOSK_TEST_PG_URL"),
    )
    parser.add_argument("--tickets", type=int, default=256_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="reuse an already seeded database")
    args = parser.parse_args(argv)
    if not args.pg_url:
        parser.error("give --pg-url (or HUBKIOSK_BENCH_PG_URL): a throwaway PostgreSQL database")
    result = measure(args.pg_url, args.tickets, args.repeat, keep=args.keep)
    print()
    print(f"PostgreSQL, {result['rows']:,} tickets and queue events ({result['visits']:,} visits "
          f"over {START} to {END}, {result['days']:,} hub-days), best of {args.repeat}:")  # fmt: skip
    print(f"  hub report from the tallies:     {result['report_s']:8.3f} s")
    print(f"  old report scanning every row:   {result['scan_s']:8.3f} s")
    print(f"  ratio report / scan:             {result['report_s'] / result['scan_s']:8.3f}")
    print(f"  the two reports are equal: {result['equal']}")
    return 0 if result["equal"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
