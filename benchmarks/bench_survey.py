"""Survey report benchmark (not a test): the Appendix 7 report over 1,000,000 responses.

On PostgreSQL, seeds ``--responses`` survey responses of the council's survey (as the
server stores them: one ``ingested_record`` row each, the kiosk's payload in JSONB, spread
over five hubs and two months, 90% complete) with ``INSERT ... SELECT generate_series``.
A bulk load bypasses ingest, so the survey tallies ingest keeps
(:mod:`sync.server.survey_aggregates`) are then counted from the rows by the same
:func:`~sync.server.survey_aggregates.backfill` the migration runs (timed on its own).
Then it times, in the same run:

- the report: :func:`sync.server.survey_reports.survey_report` (respondents by hub and
  completeness, every option and statement, average ranks, the comments), as the
  ``/reports/surveys/...`` route calls it: it sums the tallies, and reads responses only
  for the comments it lists;
- the bare SQL aggregate: hand-written PostgreSQL that computes the same counts with
  ``jsonb_each`` / ``jsonb_array_elements_text WITH ORDINALITY`` and nothing else;

prints both (best of ``--repeat`` after a warm-up) and their ratio, and checks that the
two agree on every statement count and average rank.

Usage::

    python benchmarks/bench_survey.py --pg-url postgresql://USER@HOST:PORT/DB [--responses N]

The URL also comes from HUBKIOSK_BENCH_PG_URL or HUBKIOSK_TEST_PG_URL. Its public schema is
dropped and recreated: point it at a throwaway database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sync.server import admin, config, migrate, survey_aggregates  # noqa: E402
from sync.server.db import Database  # noqa: E402
from sync.server.survey_reports import (  # noqa: E402
    average_2dp,
    find_definition,
    survey_report,
)

SURVEY = "council-cx-2022"
START, END = dt.date(2026, 11, 1), dt.date(2026, 12, 31)

SEED = """
WITH hubs AS (
    SELECT array_agg(id ORDER BY id) AS ids FROM hub
), devices AS (
    SELECT hub_id, min(id::text)::uuid AS device_id FROM device GROUP BY hub_id
), base AS (
    SELECT g,
           (SELECT ids FROM hubs)[1 + (g % 5)] AS hub_id,
           timestamp '2026-11-01 09:00' + (g % 61) * interval '1 day'
               + (g % 480) * interval '1 minute' AS made,
           (g % 10) <> 0 AS complete,
           random() < 0.9 AS contacted,
           random() < 0.35 AS no_web
    FROM generate_series(1, :n) AS g
), answers AS (
    SELECT b.*,
      jsonb_build_object('contacted', CASE WHEN contacted THEN 'yes' ELSE 'no' END)
      || CASE WHEN contacted THEN jsonb_build_object(
           'services', (SELECT jsonb_agg(s) FROM unnest(ARRAY['waste','streets','housing',
                'council-tax','benefits','parking','social-care','children','planning','other'])
                AS s WHERE random() < 0.25 + 0 * g),
           'experience', (SELECT jsonb_object_agg(st, (ARRAY['strongly-agree','agree','neither',
                'disagree','strongly-disagree','dont-know'])[1 + floor(random() * 6)::int])
                FROM unnest(ARRAY['first-contact','timescale','access','knowledge','polite'])
                AS st WHERE g > 0))
         ELSE '{}'::jsonb END
      || jsonb_build_object(
           'contact-ranking', (SELECT jsonb_agg(m ORDER BY random() + 0 * g) FROM unnest(ARRAY[
                'writing','councillor','face-to-face','social-media','website','telephone',
                'email']) AS m),
           'would-use-website', CASE WHEN no_web THEN 'no' ELSE 'yes' END,
           'vision', jsonb_build_object('vision', (ARRAY['strongly-agree','agree','neither',
                'disagree','strongly-disagree','dont-know'])[1 + floor(random() * 6)::int]),
           'outcomes', (SELECT jsonb_object_agg(st, (ARRAY['strongly-agree','agree','neither',
                'disagree','strongly-disagree','dont-know'])[1 + floor(random() * 6)::int])
                FROM unnest(ARRAY['accessible','improved','culture']) AS st WHERE g > 0),
           'outcomes-today', (SELECT jsonb_object_agg(st, (ARRAY['fully','partly',
                'not-meeting','dont-know'])[1 + floor(random() * 4)::int])
                FROM unnest(ARRAY['accessible','improved','culture']) AS st WHERE g > 0),
           'promise', jsonb_build_object('promise', (ARRAY['strongly-agree','agree','neither',
                'disagree','strongly-disagree','dont-know'])[1 + floor(random() * 6)::int]))
      || CASE WHEN no_web AND g % 3 = 0 THEN jsonb_build_object('why-not-website',
           (ARRAY['Hard to find the right form', 'No reply when I report things online',
                  'I have no internet at home', 'I prefer to speak to someone'])[1 + g % 4])
         ELSE '{}'::jsonb END AS answers
    FROM base b
)
INSERT INTO ingested_record (id, kind, hub_id, device_id, received_at, kiosk_time, payload,
                             payload_hash, day)
SELECT id, 'survey_response', a.hub_id, d.device_id, made + interval '5 minutes', made,
       jsonb_build_object('id', id::text, 'created_at', made::text, 'survey_id', CAST(:survey AS text),
                          'survey_version', 1, 'hub_id', a.hub_id, 'language', 'en',
                          'complete', complete, 'answers', answers),
       md5(id::text), made::date
FROM (SELECT gen_random_uuid() AS id, answers.* FROM answers) a
JOIN devices d ON d.hub_id = a.hub_id
"""

BARE_RESPONDENTS = """
SELECT hub_id, (payload->>'complete')::boolean AS complete, count(*)
FROM ingested_record
WHERE kind = 'survey_response' AND day BETWEEN :start AND :end
  AND payload->>'survey_id' = :survey
GROUP BY 1, 2
"""

# Every answer of every complete response, unnested: choices, and statement -> answer.
BARE_ANSWERS = """
SELECT q.key AS question, coalesce(s.key, '') AS statement,
       coalesce(s.value, e.value, q.value #>> '{}') AS answer, count(*)
FROM ingested_record r
CROSS JOIN LATERAL jsonb_each(r.payload->'answers') q
LEFT JOIN LATERAL jsonb_each_text(CASE WHEN jsonb_typeof(q.value) = 'object'
                                  THEN q.value END) s ON true
LEFT JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(q.value) = 'array'
                                            AND q.key <> 'contact-ranking'
                                            THEN q.value END) e ON true
WHERE r.kind = 'survey_response' AND r.day BETWEEN :start AND :end
  AND r.payload->>'survey_id' = :survey AND (r.payload->>'complete')::boolean
  AND q.key NOT IN ('contact-ranking', 'why-not-website', 'other-outcomes')
GROUP BY 1, 2, 3
"""

BARE_RANKS = """
SELECT e.value AS item, sum(e.n) AS total, count(*) AS ranked_by
FROM ingested_record r
CROSS JOIN LATERAL jsonb_array_elements_text(r.payload->'answers'->'contact-ranking')
     WITH ORDINALITY AS e(value, n)
WHERE r.kind = 'survey_response' AND r.day BETWEEN :start AND :end
  AND r.payload->>'survey_id' = :survey AND (r.payload->>'complete')::boolean
GROUP BY 1
"""


def seed(database: Database, responses: int) -> float:
    started = time.perf_counter()
    now = dt.datetime.now(dt.UTC)
    with database.session() as session:
        config.publish(session, config.default_data_dir(), now=now)
    with database.session() as session:
        hubs = [h["id"] for h in config.read_folder(config.default_data_dir())["hubs"]][:5]
        for hub in hubs:
            admin.enrol_device(session, hub, f"bench-{hub}", now=now)
    chunk = 250_000
    done = 0
    while done < responses:
        n = min(chunk, responses - done)
        with database.engine.begin() as connection:
            connection.execute(text(SEED), {"n": n, "survey": SURVEY})
        done += n
        print(f"  seeded {done:,} responses", flush=True)
    counting = time.perf_counter()
    with database.engine.begin() as connection:
        survey_aggregates.backfill(connection)
    print(f"  tallies counted from the rows in {time.perf_counter() - counting:.1f} s", flush=True)
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        for table in ("ingested_record", "survey_tally", "survey_answer_tally"):
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("HUBKIOSK_BENCH_PG_URL") or os.environ.get("HUBKIOSK_TEST_PG_URL"),
    )
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="reuse an already seeded database")
    args = parser.parse_args(argv)
    if not args.pg_url:
        parser.error("give --pg-url (or HUBKIOSK_BENCH_PG_URL): a throwaway PostgreSQL database")

    result = measure(args.pg_url, args.responses, args.repeat, keep=args.keep)
    print()
    print(f"PostgreSQL, {args.responses:,} survey responses ({result['complete']:,} complete, "
          f"{result['partial']:,} partial), best of {args.repeat}:")  # fmt: skip
    print(
        f"  survey report (all figures, {result['questions']} questions): {result['report_s']:8.3f} s"
    )
    print(f"  bare SQL aggregate (jsonb_each, same counts):        {result['bare_s']:8.3f} s")
    print(
        f"  ratio report / bare:                                 {result['report_s'] / result['bare_s']:8.2f}"
    )
    print(f"  {result['example']}")
    print(f"  figures that differ between the report and the bare SQL: {result['mismatches']}")
    return 0 if result["mismatches"] == 0 else 1


def measure(pg_url: str, responses: int, repeat: int, *, keep: bool = False) -> dict[str, Any]:
    """Seed (unless ``keep`` finds the same count), time the report and the bare SQL, and
    compare their figures. Returns seconds (best of ``repeat``) and the checks."""
    database = Database(pg_url)
    with database.engine.connect() as connection:
        seeded = 0
        if keep:
            seeded = int(
                connection.execute(
                    text("SELECT count(*) FROM ingested_record WHERE kind = 'survey_response'")
                ).scalar_one()
            )
    if not (keep and seeded == responses):
        with database.engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        migrate.upgrade(database.engine)
        print(f"seeding {responses:,} survey responses on PostgreSQL ...", flush=True)
        seconds = seed(database, responses)
        print(f"  seeded in {seconds:.1f} s", flush=True)
    params = {"start": START, "end": END, "survey": SURVEY}

    def report() -> Any:
        with database.session() as session:
            return survey_report(session, SURVEY, START, END, now=dt.datetime.now(dt.UTC))

    def bare() -> Any:
        with database.engine.connect() as connection:
            return (
                connection.execute(text(BARE_RESPONDENTS), params).all(),
                connection.execute(text(BARE_ANSWERS), params).all(),
                connection.execute(text(BARE_RANKS), params).all(),
            )

    report_s, result = best_of(repeat, report)
    bare_s, (respondents, answers, ranks) = best_of(repeat, bare)

    # The two must agree, figure for figure.
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for question, statement, answer, n in answers:
        counts[(question, statement, answer)] += int(n)
    definition = find_definition_for_check(database)
    mismatches = 0
    for q in result.questions:
        for s in q.statements:
            for a in s.answers:
                mismatches += a.count != counts.get((q.id, s.id, a.id), 0)
        for o in q.options:
            mismatches += o.count != counts.get((q.id, "", o.id), 0)
        for r in q.ranking:
            row = next(x for x in ranks if x.item == r.id)
            mismatches += r.average_rank != average_2dp(int(row.total), int(row.ranked_by))
    complete = sum(int(n) for _, done, n in respondents if done)
    mismatches += complete != result.complete
    assert definition.id == SURVEY
    first = result.question("experience").statements[0]
    email = next(
        r.average_rank for r in result.question("contact-ranking").ranking if r.id == "email"
    )
    database.dispose()
    return {
        "report_s": report_s,
        "bare_s": bare_s,
        "mismatches": mismatches,
        "complete": result.complete,
        "partial": result.partial,
        "questions": len(result.questions),
        "example": f"e.g. '{first.text}': {first.negative_percent}% strongly disagree or "
        f"disagree; average rank of e-mail {email}",
    }


def find_definition_for_check(database: Database) -> Any:
    with database.session() as session:
        return find_definition(session, SURVEY)


if __name__ == "__main__":
    raise SystemExit(main())
