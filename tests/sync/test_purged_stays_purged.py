"""What the server clears or rounds stays cleared: nothing it keeps gives it back.

A QA round found a record's ``payload_hash`` was the SHA-256 of the payload exactly as
the kiosk sent it, kept after retention cleared the personal fields: a call name cleared
at 90 days came back from a list of first names (``Nasreen``), and an older kiosk's quick
feedback, kept to the hour, gave back its second (3,600 guesses). A feedback's follow-up
was kept to the second, naming its feedback by id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from typing import Any

import pytest
from alembic import command
from sqlalchemy import insert, select

from sync.protocol.wire import PushItem
from sync.server import ingest, migrate, retention
from sync.server.db import Database
from sync.server.models import IngestedRecord
from tests.sync.conftest import HUB, TZ, Central, device_at_an_old_revision, push_raw

pytestmark = pytest.mark.both_databases

SECOND = "2026-03-02T10:47:13+00:00"
FIRST_NAMES = ("Amina", "Nasreen", "Rahima", "Shamima", "Fatema", "Abdi", "Hodan")


def sha(payload: dict[str, Any]) -> str:
    """The SHA-256 a guesser computes: the payload as canonical JSON (the server's form)."""
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def kept(central: Central, record_id: uuid.UUID) -> list[str]:
    """Every value the server keeps of the record, as text."""
    with central.database.session() as session:
        row = session.scalars(select(IngestedRecord).where(IngestedRecord.id == record_id)).one()
        return [
            json.dumps(value, sort_keys=True, default=str)
            if isinstance(value, dict)
            else str(value)
            for value in (getattr(row, c.key) for c in IngestedRecord.__table__.columns)
        ]


def status(answer: Any) -> str:
    assert answer.status_code == 200, answer.text
    return str(answer.json()["results"][0]["status"])


def ticket(item_id: uuid.UUID, **changes: Any) -> dict[str, Any]:
    payload = {"id": str(item_id), "hub_id": HUB, "service_id": "housing", "number": "H-001",
               "sequence": 1, "day": "2026-03-02", "priority": "none", "language": "en",
               "call_name": "Nasreen", "created_at": SECOND, **changes}  # fmt: skip
    return {"id": str(item_id), "kind": "ticket", "payload": payload}


def purge(central: Central) -> None:
    with central.database.session() as session:
        later = central.clock() + dt.timedelta(days=400)
        assert retention.purge_personal(session, now=later, days=90).records >= 1


def test_after_retention_no_stored_value_gives_back_a_cleared_call_name(central: Central) -> None:
    token = central.enrol(HUB)
    item_id = uuid.uuid4()
    sent = ticket(item_id)
    assert status(push_raw(central, token, [sent])) == "accepted"
    purge(central)

    values = kept(central, item_id)
    assert not any("Nasreen" in value for value in values)
    # A guesser tries each first name in the payload's place, as QA did.
    guesses = {sha({**sent["payload"], "call_name": name}) for name in FIRST_NAMES}
    assert not guesses & set(values), "the hash gives the cleared name back"

    # A late re-send of the same record is still the same record; a different one is not.
    assert status(push_raw(central, token, [sent])) == "duplicate"
    other = ticket(item_id, number="H-002", sequence=2)
    answer = push_raw(central, token, [other])
    assert status(answer) == "rejected" and answer.json()["results"][0]["reason"] == "conflict"


def test_an_older_kiosks_feedback_kept_to_the_hour_keeps_no_finer_time_anywhere(
    central: Central,
) -> None:
    token = central.enrol(HUB)
    item_id = uuid.uuid4()
    payload = {"id": str(item_id), "hub_id": HUB, "score": 4, "service_id": "housing",
               "wait_minutes": 12, "created_at": SECOND}  # fmt: skip
    item = {"id": str(item_id), "kind": "feedback", "payload": payload}
    assert status(push_raw(central, token, [item])) == "accepted"

    values = kept(central, item_id)
    start = dt.datetime.fromisoformat(SECOND).replace(minute=0, second=0)
    seconds = [start + dt.timedelta(seconds=s) for s in range(3600)]
    guesses = {sha({**payload, "created_at": moment.isoformat()}) for moment in seconds}
    assert not guesses & set(values), "the hash gives the feedback's second back"
    assert status(push_raw(central, token, [item])) == "duplicate"


def test_a_feedback_follow_up_is_kept_to_the_hour(central: Central) -> None:
    """Today's kiosk sends it to the hour; an older or faulty one may not, and the
    follow-up names its feedback: to the second it would time the feedback too."""
    token = central.enrol(HUB)
    feedback_id, follow_up_id = uuid.uuid4(), uuid.uuid4()
    feedback = {"id": str(feedback_id), "hub_id": HUB, "score": 2,
                "created_at": "2026-03-02T10:00:00+00:00"}  # fmt: skip
    follow_up = {"id": str(follow_up_id), "hub_id": HUB, "feedback_id": str(feedback_id),
                 "reasons": ["waiting_time"], "comment": None, "created_at": "2026-03-02T10:41:25+00:00"}  # fmt: skip
    answer = push_raw(
        central,
        token,
        [
            {"id": str(feedback_id), "kind": "feedback", "payload": feedback},
            {
                "id": str(follow_up_id),
                "kind": "feedback_follow_up",
                "payload": follow_up,
                "kiosk_time": "2026-03-02T10:41:25+00:00",
            },  # fmt: skip
        ],
    )
    assert [r["status"] for r in answer.json()["results"]] == ["accepted", "accepted"], answer.text
    stored = central.record(follow_up_id)
    assert stored is not None
    assert stored.payload["created_at"] == "2026-03-02T10:00:00Z"
    assert not any("10:41" in value or "41:25" in value for value in kept(central, follow_up_id))
    again = [{"id": str(follow_up_id), "kind": "feedback_follow_up", "payload": follow_up}]
    assert status(push_raw(central, token, again)) == "duplicate"


def test_a_survey_comment_cleared_by_retention_stays_cleared_and_a_resend_is_a_duplicate(
    central: Central,
) -> None:
    token = central.enrol(HUB)
    item_id = uuid.uuid4()
    answers = {"contacted": "no", "would-use-website": "no", "why-not-website": "Sam, 07700 900123"}
    payload = {"id": str(item_id), "hub_id": HUB, "survey_id": "council-cx-2022",
               "survey_version": 1, "complete": False, "answers": answers,
               "created_at": "2026-03-02T10:00:00+00:00"}  # fmt: skip
    item = {"id": str(item_id), "kind": "survey_response", "payload": payload}
    assert status(push_raw(central, token, [item])) == "accepted"
    purge(central)

    values = kept(central, item_id)
    assert not any("07700" in value for value in values)
    assert sha(payload) not in values
    assert status(push_raw(central, token, [item])) == "duplicate"


def test_a_server_upgraded_keeps_no_hash_of_what_it_cleared_or_rounded(tmp_path) -> None:
    """A server before this kept the hash of each payload as sent: upgraded (migration
    0011), a cleared record's hash is its cleared payload's, and a follow-up an older kiosk
    sent to the second keeps its hour only."""
    database = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    alembic = migrate.alembic_config()
    now = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)
    with database.engine.begin() as connection:
        alembic.attributes["connection"] = connection
        command.upgrade(alembic, "0010_turned_away_tally")
    device = device_at_an_old_revision(database, HUB, now)
    name_id, follow_up_id, feedback_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    sent_ticket = ticket(name_id)
    follow_up = {"id": str(follow_up_id), "hub_id": HUB, "feedback_id": str(feedback_id),
                 "reasons": ["waiting_time"], "comment": None,
                 "created_at": "2026-03-02T10:41:25+00:00"}  # fmt: skip
    sent = [sent_ticket, {"id": str(follow_up_id), "kind": "feedback_follow_up",
                          "payload": follow_up}]  # fmt: skip
    rows = []
    for item in sent:
        record = ingest.validate(PushItem.model_validate(item))
        rows.append(
            {
                "id": uuid.UUID(item["id"]),
                "kind": item["kind"],
                "hub_id": HUB,
                "device_id": device,
                "received_at": now,
                "payload": item["payload"],
                "payload_hash": sha(item["payload"]),  # the old server's: of the sent payload
                "personal_purged_at": None,
                **ingest.extract(record, TZ),
            }
        )
    rows[0]["payload"] = {**sent_ticket["payload"], "call_name": None}  # cleared before
    rows[0]["personal_purged_at"] = now
    with database.engine.begin() as connection:
        connection.execute(insert(IngestedRecord), rows)

    assert migrate.upgrade(database.engine)
    with database.session() as session:
        kept_rows = {r.id: r for r in session.scalars(select(IngestedRecord))}
    cleared, later = kept_rows[name_id], kept_rows[follow_up_id]
    assert cleared.payload_hash == sha(cleared.payload) != sha(sent_ticket["payload"])
    assert later.payload["created_at"] == "2026-03-02T10:00:00Z"
    assert later.payload_hash == sha(later.payload) != sha(follow_up)
    database.dispose()
