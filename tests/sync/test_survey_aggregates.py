"""Survey figures kept at ingest equal the figures counted from the raw rows (issue 16).

Varied responses (three hubs, several days, both channels, three languages, walk-aways,
odd answers, another survey) are pushed to a real central server, some of them twice (the
odd ones and the other survey's, which the server now refuses, stored as a server before
that check stored them: a database it kept holds such responses), and
some have their typed comments removed by the server's retention. The report, which sums
the tallies kept at ingest, must then say exactly what the old report said by scanning
every response's JSON (:mod:`tests.sync.survey_scan`, kept as the oracle), for every filter
the report has, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests
from alembic import command
from sqlalchemy import event, insert, select

from hubkiosk.store.outbox import to_payload
from sync.protocol import PROTOCOL_VERSION
from sync.protocol.wire import PushItem
from sync.server import config as server_config
from sync.server import ingest, migrate, retention, survey_aggregates, survey_reports
from sync.server.db import Database
from sync.server.models import IngestedRecord, SurveyAnswerTally, SurveyTally
from tests.survey.test_survey_report_versions import version_2, version_3
from tests.survey.test_survey_reports import COMPLETE, folder_with, response
from tests.sync.conftest import FakeClock, device_at_an_old_revision, stored_unchecked
from tests.sync.survey_scan import scanned_survey_report

pytestmark = pytest.mark.both_databases

SURVEY = "council-cx-2022"
HUBS = ["idea-store-bow", "town-hall-whitechapel", "cubitt-town-library"]
SCALE = ["strongly-agree", "agree", "neither", "disagree", "strongly-disagree", "dont-know"]
SERVICES = ["waste", "streets", "housing", "council-tax", "benefits", "parking", "other"]
WAYS = ["writing", "councillor", "face-to-face", "social-media", "website", "telephone", "email"]
COMMENTS = [
    "Hard to find the right form",
    "No reply when I report things online",
    "no",  # typed, though shaped like an option id
    "",  # an empty answer is not a comment
    "I prefer to speak to someone",
]
#: The first pushes arrive this long before the second ones (and before retention runs).
EARLY = dt.timedelta(days=45)
RETENTION_DAYS = 30


def answers(rng: random.Random, complete: bool) -> dict[str, Any]:
    """A response's answers, as the kiosk makes them, with the odd ones a kiosk (or an old
    one) may also send."""
    given: dict[str, Any] = {"contacted": rng.choice(["yes", "no"])}
    if given["contacted"] == "yes":
        given["services"] = rng.sample(SERVICES, rng.randint(1, 4))
        given["experience"] = {
            s: rng.choice(SCALE)
            for s in ["first-contact", "timescale", "access", "knowledge", "polite"]
            if complete or rng.random() < 0.85  # a complete response rated every one
        }
    given["contact-ranking"] = rng.sample(WAYS, rng.choice([7, 7, 7, 3]))
    given["would-use-website"] = rng.choice(["yes", "no"])
    if given["would-use-website"] == "no" and rng.random() < 0.7:
        given["why-not-website"] = rng.choice(COMMENTS)
    given["vision"] = {"vision": rng.choice(SCALE)}
    given["outcomes"] = {s: rng.choice(SCALE) for s in ["accessible", "improved", "culture"]}
    given["outcomes-today"] = {
        s: rng.choice(["fully", "partly", "not-meeting", "dont-know"])
        for s in ["accessible", "improved", "culture"]
    }
    given["promise"] = {"promise": rng.choice(SCALE)}
    if rng.random() < 0.1:
        given["other-outcomes"] = "More evening opening, please"
    odd = rng.random()
    if odd < 0.04:
        given["services"] = ["waste", "waste", "streets"]  # an option twice counts once
    elif odd < 0.08:
        given["contacted"] = None  # a null is no answer
    elif odd < 0.12:
        given["services"] = ["not-an-option", 3, "housing"]
    elif odd < 0.16:
        given["experience"] = {"access": "agree", "Not A Statement": "agree", "extra": None}
    elif odd < 0.18:
        given["would-use-website"] = 1
    if not complete:  # a walk-away: the first few questions only
        keep = list(given)[: rng.randint(1, 4)]
        given = {k: given[k] for k in keep}
    return given


def item(rng: random.Random, hub: str, when: dt.datetime, survey: str = SURVEY) -> dict[str, Any]:
    complete = rng.random() < 0.8
    assisted = rng.random() < 0.3
    record_id = str(uuid.uuid4())
    payload: dict[str, Any] = {
        "id": record_id,
        "created_at": when.isoformat(),
        "survey_id": survey,
        "survey_version": 1,
        "hub_id": hub,
        "language": rng.choice(["en", "bn", "so"]),
        "complete": complete,
        "answers": answers(rng, complete),
        "channel": "assisted" if assisted else "self_service",
    }
    if assisted:
        payload["adviser_id"] = "adviser-1"
    return {
        "id": record_id,
        "kind": "survey_response",
        "kiosk_time": when.isoformat(),
        "payload": payload,
    }


def push(central: Any, token: str, items: list[dict[str, Any]]) -> list[str]:
    answer = requests.post(
        f"{central.url}/v1/push",
        json={"protocol_version": PROTOCOL_VERSION, "items": items},
        headers=central.headers(token),
        timeout=60,
    )
    assert answer.status_code == 200, answer.text
    return [r["status"] for r in answer.json()["results"]]


def keep_refused(central: Any, hub: str, items: list[dict[str, Any]], statuses: list[str]) -> None:
    """The ``items`` the server refused (odd answers, a survey it never published) stored
    as a server before it checked responses against their survey stored them."""
    refused = {
        i["id"]: i for i, status in zip(items, statuses, strict=True) if status == "rejected"
    }
    if refused:
        stored_unchecked(central, hub, list(refused.values()))


def push_kept(central: Any, token: str, hub: str, items: list[dict[str, Any]]) -> list[str]:
    """:func:`push`, then :func:`keep_refused`: every one of ``items`` is stored."""
    statuses = push(central, token, items)
    keep_refused(central, hub, items, statuses)
    return statuses


@pytest.fixture
def seeded(make_central: Any) -> Any:
    """~360 responses over three hubs and six days (one outside November), pushed in two
    rounds 45 days apart, with re-sends; then the server's retention (30 days) removes the
    first round's typed comments."""
    clock = FakeClock(dt.datetime(2026, 11, 1, 8, tzinfo=dt.UTC))
    central = make_central(clock=clock)
    rng = random.Random(16)
    tokens = {hub: central.enrol(hub) for hub in HUBS}
    days = [dt.datetime(2026, 11, d, 9, tzinfo=dt.UTC) for d in (3, 4, 10, 17, 30)]
    days.append(dt.datetime(2026, 12, 2, 13, tzinfo=dt.UTC))
    for round_ in range(2):
        for hub in HUBS:
            items = [
                item(rng, hub, rng.choice(days) + dt.timedelta(hours=rng.randint(0, 8)))
                for _ in range(60)
            ]
            items.append(item(rng, hub, days[0], survey="another-survey"))
            # Sent twice in one batch, and the batch sent again: each counts once.
            statuses = push_kept(central, tokens[hub], hub, [*items, items[0]])
            assert statuses.count("accepted") + statuses[:-1].count("rejected") == len(items)
            assert 0 < statuses.count("rejected") < len(items) // 3
            assert set(push(central, tokens[hub], items[:20])) == {"duplicate"}
        if round_ == 0:
            clock.advance(EARLY.total_seconds())
    with central.database.session() as session:
        purged = retention.purge_personal(session, now=clock(), days=RETENTION_DAYS)
    assert purged.records == 3 * 61  # the first round: its typed comments are gone
    return central


def both(central: Any, **filters: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The report from the tallies and the report from the raw rows, as JSON."""
    now = dt.datetime(2027, 1, 5, tzinfo=dt.UTC)
    database = getattr(central, "database", central)
    with database.session() as session:
        kept = survey_reports.survey_report(session, SURVEY, now=now, **filters).to_json()
    with database.session() as session:
        scanned = scanned_survey_report(session, SURVEY, now=now, **filters).to_json()
    return kept, scanned


FILTERS: list[dict[str, Any]] = [
    {},
    {"include_partial": True},
    {"start": dt.date(2026, 11, 4), "end": dt.date(2026, 11, 17)},
    {"hub_ids": ["idea-store-bow", "cubitt-town-library"]},
    {"channel": "assisted"},
    {"channel": "self_service", "include_partial": True},
    {"start": dt.date(2026, 11, 10), "end": dt.date(2026, 11, 10), "hub_ids": ["idea-store-bow"]},
    {"comment_limit": 3},
    {"comment_limit": 0, "start": dt.date(2026, 12, 1), "end": dt.date(2026, 12, 31)},
    {"start": dt.date(2026, 11, 5), "end": dt.date(2026, 11, 9)},  # no response at all
]


def test_the_report_from_tallies_equals_the_report_from_raw_rows(seeded, monkeypatch):
    """Every filter the report has (one seeding for all: it is the slow part); then again
    with comments searched in windows of a few responses, as over a million."""
    for filters in FILTERS:
        kept, scanned = both(seeded, **filters)
        assert kept == scanned, filters
    monkeypatch.setattr(survey_reports, "COMMENT_WINDOW", 3)
    for filters in FILTERS:
        kept, scanned = both(seeded, **filters)
        assert kept == scanned, filters

    # The comparison means something: the data has every kind of figure in it.
    report, _ = both(seeded, include_partial=True)
    assert report["complete"] > 200 and report["partial"] > 30
    assert len(report["hubs"]) == 3 and report["assisted"] > 40 and report["self_completed"] > 100
    why = next(q for q in report["questions"] if q["id"] == "why-not-website")
    assert why["comments_removed"] > 10 and why["comments_total"] > why["comments_removed"]
    assert why["comments"] and all(c["text"] for c in why["comments"])
    ranking = next(q for q in report["questions"] if q["id"] == "contact-ranking")
    assert all(r["average_rank"] for r in ranking["ranking"])
    experience = next(q for q in report["questions"] if q["id"] == "experience")
    assert experience["statements"][0]["negative_percent"] is not None


def test_a_report_reads_no_response_but_the_comments_it_lists(seeded):
    """Over a million responses a report must not scan them: every figure comes from the
    tallies, and the only statement reading responses lists comments, with a limit no
    larger than the readable comments the tallies counted."""
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    engine = seeded.database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with seeded.database.session() as session:
            report = survey_reports.survey_report(
                session, SURVEY, now=dt.datetime(2027, 1, 5, tzinfo=dt.UTC), comment_limit=5
            )
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    # The comments of the two free-text questions (the first window holds them all),
    # after the range of the server's sequence (from its primary key).
    reading = [s for s in statements if "ingested_record" in s]
    assert len(reading) == 4, reading
    assert all("LIMIT" in s.upper() or "max(ingested_record.seq)" in s for s in reading)
    assert len(report.question("why-not-website").comments) == 5
    # Only the newest round's comments are readable (retention removed the first's).
    other = report.question("other-outcomes")
    assert 0 < other.comments_removed < other.comments_total
    assert len(other.comments) == min(5, other.comments_total - other.comments_removed)

    statements.clear()
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with seeded.database.session() as session:
            report = survey_reports.survey_report(
                session,
                SURVEY,
                now=dt.datetime(2027, 1, 5, tzinfo=dt.UTC),
                start=dt.date(2026, 11, 5),
                end=dt.date(2026, 11, 9),
            )
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    # Where the tallies count no readable comment, no response is read at all.
    assert report.question("why-not-website").comments_total == 0
    assert statements and not [s for s in statements if "ingested_record" in s]


def tallies(central: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with central.database.session() as session:
        return (
            sorted(tuple(row) for row in session.execute(select(*SurveyTally.__table__.c))),
            sorted(tuple(row) for row in session.execute(select(*SurveyAnswerTally.__table__.c))),
        )


def test_counting_again_from_the_rows_gives_the_tallies_ingest_and_retention_kept(seeded):
    """The migration's backfill (and a bulk load's) counts the stored rows the way ingest
    and retention did, row for row."""
    kept = tallies(seeded)
    assert len(kept[0]) > 20 and len(kept[1]) > 500
    with seeded.database.engine.begin() as connection:
        counted = survey_aggregates.backfill(connection)
    assert counted == 2 * 3 * 61
    assert tallies(seeded) == kept


def test_a_typed_word_is_named_by_no_tally_once_retention_removed_it(make_central):
    """A one-word comment is counted as given until retention removes it; then its count
    moves to the removed marker and no row names the word any more."""
    clock = FakeClock(dt.datetime(2026, 11, 2, 8, tzinfo=dt.UTC))
    central = make_central(clock=clock)
    rng = random.Random(6)
    one = item(rng, HUBS[0], dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC))
    one["payload"]["complete"] = True  # every required question answered, and the word
    full = to_payload(response(0, COMPLETE[1]))["answers"]  # "would you use it?" "no"
    one["payload"]["answers"] = {**full, "why-not-website": "e14bg"}
    assert push(central, central.enrol(HUBS[0]), [one]) == ["accepted"]

    def words() -> set[str]:
        return {row[-2] for row in tallies(central)[1] if row[5] == "why-not-website"}

    assert words() == {"e14bg"}
    clock.advance(dt.timedelta(days=RETENTION_DAYS + 1).total_seconds())
    with central.database.session() as session:
        retention.purge_personal(session, now=clock(), days=RETENTION_DAYS)
    assert "e14bg" not in words()
    kept, scanned = both(central)
    assert kept == scanned
    # One response: the report shows none of its figures (MIN_RESPONSES_SHOWN); they are kept.
    assert kept["suppressed"]
    with central.database.session() as session:
        report = survey_reports.survey_report(session, SURVEY, now=clock())
    why = report.question("why-not-website")
    assert (why.comments_total, why.comments_removed, why.comments) == (1, 1, [])


def test_the_migration_counts_the_responses_stored_before_it(tmp_path):
    """A server upgraded from before the tallies reports the responses it already held."""
    database = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    config = migrate.alembic_config()
    now = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004_channel")
    with database.session() as session:
        server_config.publish(session, server_config.default_data_dir(), now=now)
    rng = random.Random(5)
    rows = []
    for hub in HUBS:
        device = device_at_an_old_revision(database, hub, now)
        for _ in range(40):
            sent = item(rng, hub, dt.datetime(2026, 11, rng.randint(1, 19), 10, tzinfo=dt.UTC))
            record = ingest.validate(PushItem.model_validate(sent))
            rows.append(
                {
                    "id": uuid.UUID(sent["id"]),
                    "kind": sent["kind"],
                    "hub_id": hub,
                    "device_id": device,
                    "received_at": now,
                    "payload": ingest.stored_payload(record, sent["payload"]),
                    "payload_hash": ingest.payload_hash(sent["payload"]),
                    **ingest.extract(record, ZoneInfo("Europe/London")),
                }
            )
    with database.engine.begin() as connection:
        connection.execute(insert(IngestedRecord), rows)

    assert migrate.upgrade(database.engine)
    kept, scanned = both(database, include_partial=True)
    assert kept == scanned
    assert kept["complete"] + kept["partial"] == 3 * 40
    database.dispose()


def test_a_new_version_of_the_survey_is_reported_from_the_same_tallies(make_central, tmp_path):
    """What is counted does not depend on the definition: responses to a version with an
    option and a statement the first did not have are reported, under the new version,
    as the raw rows say."""
    central = make_central(clock=FakeClock(dt.datetime(2026, 11, 1, 8, tzinfo=dt.UTC)))
    rng = random.Random(7)
    items = [item(rng, HUBS[0], dt.datetime(2026, 11, 2, 10, tzinfo=dt.UTC)) for _ in range(40)]
    for sent in items[:15]:
        sent["payload"]["survey_version"] = 2
        answers = sent["payload"]["answers"]
        answers["contacted"] = "yes"  # what shows the services and the experience asked of
        answers["services"] = ["libraries", *(answers.get("services") or [])][:3]
        rated = {
            s: "agree" for s in ["first-contact", "timescale", "access", "knowledge", "polite"]
        }
        answers["experience"] = {
            **rated,
            **(answers.get("experience") or {}),
            "kept-informed": "agree",
        }

    shipped = server_config.default_data_dir()
    folder = tmp_path / "data"
    shutil.copytree(shipped, folder)
    shutil.copytree(shipped.parent / "forms", folder / "forms")
    (folder / "surveys").mkdir()
    definition = json.loads((shipped.parent / "surveys" / "council_cx_2022.json").read_text())
    definition["version"] = 2
    for question in definition["questions"]:
        if question["id"] == "services":
            question["options"].insert(0, {"id": "libraries", "text": {"en": "Libraries"}})
        if question["id"] == "experience":
            question["statements"].append({"id": "kept-informed", "text": {"en": "Kept informed"}})
    (folder / "surveys" / "council_cx_2022.json").write_text(json.dumps(definition))
    assert central.publish(folder, appointments=False) == 2
    statuses = push_kept(central, central.enrol(HUBS[0]), HUBS[0], items)
    assert statuses[:15].count("accepted") > 10

    kept, scanned = both(central, include_partial=True)
    assert kept == scanned
    services = next(q for q in kept["questions"] if q["id"] == "services")
    assert next(o for o in services["options"] if o["id"] == "libraries")["count"] > 0
    experience = next(q for q in kept["questions"] if q["id"] == "experience")
    assert next(s for s in experience["statements"] if s["id"] == "kept-informed")["answered"] > 0


def to_version_3(given: dict[str, Any]) -> dict[str, Any]:
    """``given`` as answers to :func:`version_3` (its renamed ids, without its removed
    questions)."""
    renamed = {"waste": "bins", "email": "e-mail"}
    given = {k: v for k, v in given.items() if k not in ("promise", "other-outcomes")}
    for question in ("services", "contact-ranking"):
        if isinstance(given.get(question), list):
            given[question] = [renamed.get(i, i) if isinstance(i, str) else i
                               for i in given[question]]  # fmt: skip
    if isinstance(given.get("experience"), dict) and "polite" in given["experience"]:
        given["experience"]["courteous"] = given["experience"].pop("polite")
    return given


def test_a_survey_published_in_versions_is_reported_from_the_tallies_as_from_raw_rows(
    make_central, tmp_path
):
    """Responses to version 2, then to version 3 (ids renamed, questions removed), then
    version 2's questions published again as version 4: with each, the report from the tallies (every answer under
    the words it was answered with, whichever version is published) equals the raw rows'."""
    # A time no other test publishes at: the server knows a survey's versions by its
    # database, newest configuration and the time it was published (the tests' database
    # is emptied between tests, not made anew).
    clock = FakeClock(dt.datetime(2026, 11, 1, 8, 35, tzinfo=dt.UTC))
    central = make_central(clock=clock)
    rng = random.Random(35)
    tokens = {hub: central.enrol(hub) for hub in HUBS}
    days = [dt.datetime(2026, 11, d, 9, tzinfo=dt.UTC) for d in (3, 4, 10, 17)]

    def respond(version: int) -> None:
        for hub in HUBS:
            items = [
                item(rng, hub, rng.choice(days) + dt.timedelta(hours=rng.randint(0, 8)))
                for _ in range(30)
            ]
            for sent in items:
                sent["payload"]["survey_version"] = version
                if version == 3:
                    sent["payload"]["answers"] = to_version_3(sent["payload"]["answers"])
            statuses = push_kept(central, tokens[hub], hub, items)
            assert statuses.count("accepted") > 20

    def publish(survey: dict[str, Any]) -> None:
        clock.advance(60)
        central.publish(folder_with(tmp_path, [survey]), appointments=False)

    def compared() -> dict[str, Any]:
        for filters in FILTERS:
            kept, scanned = both(central, **filters)
            assert kept == scanned, filters
        return both(central, include_partial=True)[0]

    publish(version_2())
    respond(2)
    publish(version_3())
    respond(3)
    newest = compared()
    assert newest["version"] == 3
    services = next(q for q in newest["questions"] if q["id"] == "services")
    assert [(o["id"], o["from_version"]) for o in services["options"] if o["id"] in
            ("bins", "waste")] == [("bins", None), ("waste", 2)]  # fmt: skip
    assert sum(o["count"] for o in services["options"] if o["id"] in ("bins", "waste")) > 20
    assert [(q["id"], q["from_version"]) for q in newest["questions"][-2:]] == [
        ("other-outcomes", 2),
        ("promise", 2),
    ]

    publish({**version_2(), "version": 4})  # version 2's questions back (never backwards)
    again = compared()
    assert again["version"] == 4
    experience = next(q for q in again["questions"] if q["id"] == "experience")
    assert [(s["id"], s["from_version"]) for s in experience["statements"]][-2:] == [
        ("polite", None),
        ("courteous", 3),
    ]


def test_kiosks_pushing_at_once_lose_no_count(make_central):
    """Four kiosks of one hub push the same day's responses at the same moment: their
    transactions add to the same tally rows, and every response is counted once."""
    central = make_central(clock=FakeClock(dt.datetime(2026, 11, 1, 8, tzinfo=dt.UTC)))
    rng = random.Random(4)
    when = dt.datetime(2026, 11, 3, 10, tzinfo=dt.UTC)
    batches = [[item(rng, HUBS[0], when) for _ in range(40)] for _ in range(4)]
    tokens = [central.enrol(HUBS[0], name=f"kiosk-{n}") for n in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        sent = list(pool.map(lambda n: push(central, tokens[n], batches[n]), range(4)))
    assert all(set(statuses) <= {"accepted", "rejected"} for statuses in sent)
    for items, statuses in zip(batches, sent, strict=True):
        keep_refused(central, HUBS[0], items, statuses)
    kept, scanned = both(central, include_partial=True)
    assert kept == scanned
    assert kept["complete"] + kept["partial"] == 160
