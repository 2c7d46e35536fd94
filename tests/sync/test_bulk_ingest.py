"""A fleet's backlog in big batches (issue 16): the server checks and stores a batch in
bulk, yet still answers item by item (accepted, duplicate, rejected with its reason), in
the order sent, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, select
from sqlalchemy import event as sa_event

from sync.protocol import PROTOCOL_VERSION
from sync.server.models import Device, IngestedRecord
from tests.sync.conftest import HUB, OTHER_HUB, TZ, Central, push_raw

# The bulk INSERT ... ON CONFLICT DO NOTHING RETURNING is written per database: run on both.
pytestmark = pytest.mark.both_databases


def ticket(number: int, hub: str = HUB, **extra: Any) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC)
    payload = {
        "hub_id": hub,
        "day": now.astimezone(TZ).date().isoformat(),
        "service_id": "housing",
        "number": f"H-{number:03d}",
        "sequence": number,
        **extra,
    }
    return {"id": str(uuid.uuid4()), "kind": "ticket", "payload": payload}


def event(ticket_id: str, kind: str = "checked_in") -> dict[str, Any]:
    at = dt.datetime.now(dt.UTC).isoformat()
    return {
        "id": str(uuid.uuid4()),
        "kind": "queue_event",
        "payload": {"ticket_id": ticket_id, "kind": kind, "at": at},
    }


def statuses(answer: requests.Response) -> list[tuple[str, str, str | None]]:
    assert answer.status_code == 200, answer.text
    return [(r["id"], r["status"], r["reason"]) for r in answer.json()["results"]]


def test_a_batch_with_duplicates_conflicts_and_bad_items_mixed_in_is_answered_item_by_item(
    central: Central,
) -> None:
    mine, theirs = central.enrol(HUB), central.enrol(OTHER_HUB)
    stored = [ticket(n) for n in range(1, 4)]
    first = push_raw(central, mine, stored)
    seqs = {r["id"]: r["server_seq"] for r in first.json()["results"]}
    their_ticket = ticket(9, OTHER_HUB)
    assert push_raw(central, theirs, [their_ticket]).ok

    new = [ticket(n) for n in range(4, 7)]
    changed = {**stored[1], "payload": {**stored[1]["payload"], "number": "H-099"}}
    bad = {"id": str(uuid.uuid4()), "kind": "queue_event", "payload": {"kind": "teleported"}}
    foreign_event = event(their_ticket["id"], "no_show")
    batch = [
        new[0],
        stored[0],  # sent before: duplicate, with the sequence it was stored under
        bad,  # not a queue event: rejected with the reason
        new[1],
        changed,  # the same id with another payload: conflict
        foreign_event,  # their hub's ticket: refused
        new[1],  # the same item twice in one batch: stored once
        stored[2],
        new[2],
        event(new[2]["id"]),  # its ticket is in this very batch
    ]
    answer = push_raw(central, mine, batch)

    results = statuses(answer)
    assert [r[0] for r in results] == [item["id"] for item in batch]
    assert [r[1] for r in results] == [
        "accepted", "duplicate", "rejected", "accepted", "rejected",
        "rejected", "duplicate", "duplicate", "accepted", "accepted",
    ]  # fmt: skip
    reasons = [r[2] for r in results]
    assert reasons[2] is not None and reasons[2].startswith("invalid: ")
    assert reasons[4] == "conflict"
    assert reasons[5] == "invalid: ticket_id: the ticket belongs to another hub"
    by_id = answer.json()["results"]
    assert by_id[1]["server_seq"] == seqs[stored[0]["id"]]
    assert by_id[7]["server_seq"] == seqs[stored[2]["id"]]
    assert by_id[6]["server_seq"] == by_id[3]["server_seq"]
    new_seqs = [by_id[i]["server_seq"] for i in (0, 3, 8, 9)]
    assert new_seqs == sorted(new_seqs) and min(new_seqs) > max(seqs.values())
    assert answer.json()["high_water"] == max(new_seqs)
    # Three stored before, their one, and four new: nothing else.
    assert central.count() == 3 + 1 + 4
    unchanged = central.record(uuid.UUID(stored[1]["id"]))
    assert unchanged is not None and unchanged.payload["number"] == "H-002"

    # The whole batch again: every item that was stored is now a duplicate of itself.
    again = statuses(push_raw(central, mine, batch))
    assert [r[1] for r in again] == [
        "duplicate", "duplicate", "rejected", "duplicate", "rejected",
        "rejected", "duplicate", "duplicate", "duplicate", "duplicate",
    ]  # fmt: skip
    assert central.count() == 8


def test_every_bad_item_of_a_big_batch_gets_its_own_reason_and_the_rest_is_stored(
    central: Central,
) -> None:
    token = central.enrol()
    batch = [ticket(n) for n in range(1, 301)]
    broken = {7: "number", 150: "service_id", 299: "day"}
    for index, field in broken.items():
        batch[index]["payload"][field] = 12345  # a number where a string must be

    results = statuses(push_raw(central, token, batch))

    for index, (_, status, reason) in enumerate(results):
        if index in broken:
            assert status == "rejected"
            assert reason is not None and reason.startswith(f"invalid: payload.{broken[index]}")
        else:
            assert (status, reason) == ("accepted", None)
    assert central.count() == 300 - len(broken)


def test_the_same_batch_through_many_connections_at_once_is_stored_once(
    central: Central,
) -> None:
    token = central.enrol()
    batch = [ticket(n) for n in range(1, 51)]

    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda _: push_raw(central, token, batch), range(6)))

    assert central.count() == 50
    seqs: dict[str, set[int]] = {}
    for answer in answers:
        for _, status, _ in statuses(answer):
            assert status in ("accepted", "duplicate")
        for result in answer.json()["results"]:
            seqs.setdefault(result["id"], set()).add(result["server_seq"])
    # Every answer names the one stored copy; exactly one request stored each item.
    assert all(len(found) == 1 for found in seqs.values())
    accepted = [
        r for answer in answers for r in answer.json()["results"] if r["status"] == "accepted"
    ]
    assert sorted(r["id"] for r in accepted) == sorted(item["id"] for item in batch)


def test_a_push_is_one_transaction_with_its_request_counted_and_the_limit_still_holds(
    make_central,
) -> None:
    """One commit per push: the device's request count is written with the batch (on
    SQLite each commit is a disk sync the kiosk waits for), and a device over its limit is
    still refused, a body that is not a batch counting as a request too."""
    central: Central = make_central(rate_limit_requests=3, rate_limit_window_seconds=60)
    token = central.enrol()
    commits: list[object] = []

    def note(connection: object) -> None:
        commits.append(connection)

    sa_event.listen(Engine, "commit", note)
    try:
        answer = push_raw(central, token, [ticket(1), ticket(2)])
    finally:
        sa_event.remove(Engine, "commit", note)
    assert [status for _, status, _ in statuses(answer)] == ["accepted", "accepted"]
    assert len(commits) == 1

    not_a_batch = requests.post(
        f"{central.url}/v1/push", data=b"[1]", headers=central.headers(token), timeout=10
    )
    assert not_a_batch.status_code == 422
    assert push_raw(central, token, [ticket(3)]).ok
    limited = push_raw(central, token, [ticket(4)])
    assert limited.status_code == 429 and limited.json()["error"] == "rate_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert central.count() == 3


def test_a_push_takes_one_connection_and_few_statements(central: Central) -> None:
    """A push is one connection from the pool and one transaction: the device's token
    looked up, its request counted and the batch stored and tallied together (each
    statement is a round trip to PostgreSQL the kiosk waits for)."""
    token = central.enrol()
    earlier = ticket(1)
    assert push_raw(central, token, [earlier]).ok
    new = ticket(2)
    batch = [new, event(new["id"]), event(new["id"], "called"), event(earlier["id"], "called")]
    engine = central.thread.app.state.database.engine
    checkouts: list[object] = []
    statements: list[str] = []

    def checkout(*_: object) -> None:
        checkouts.append(_)

    def statement(_conn: object, _cursor: object, sql: str, *_: object) -> None:
        statements.append(sql)

    sa_event.listen(engine.pool, "checkout", checkout)
    sa_event.listen(engine, "before_cursor_execute", statement)
    try:
        answer = push_raw(central, token, batch)
    finally:
        sa_event.remove(engine.pool, "checkout", checkout)
        sa_event.remove(engine, "before_cursor_execute", statement)
    assert [status for _, status, _ in statuses(answer)] == ["accepted"] * 4
    assert len(checkouts) == 1
    if engine.dialect.name == "postgresql":
        # The device (locked, with its hub's tally lock); the insert, which also finds
        # the tickets the events name, adds the new records to the hub's tallies and
        # writes the device's row (its count, high-water mark, last seen).
        assert len(statements) <= 2, statements


def test_a_push_writes_its_devices_row_with_its_records(central: Central) -> None:
    """IT's fleet page and the kiosk's cursor read the device's row: a push that stores
    records leaves it with the highest sequence stored for it, the time it was last seen,
    its request counted and its outbox and machine as its report says; a push of nothing
    new (resent) counts and keeps the rest."""
    token = central.enrol()
    first = ticket(1)
    before = dt.datetime.now(dt.UTC)
    report = {
        "pending": 7,
        "oldest_pending_seconds": 42.5,
        "dead_letters": 1,
        "kiosk_version": "3.1.0",
        "health": {"uptime_seconds": 3600.0, "printer": "fault", "free_disk_bytes": 10**9},
    }
    body = {"protocol_version": PROTOCOL_VERSION, "items": [first, event(first["id"])]}
    answer = requests.post(
        f"{central.url}/v1/push",
        json={**body, "device": report},
        headers=central.headers(token),
        timeout=10,
    )
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "accepted"]
    high_water = max(r["server_seq"] for r in results)
    assert answer.json()["high_water"] == high_water

    def device() -> Device:
        with central.database.session() as session:
            return session.scalars(select(Device)).one()

    row = device()
    assert row.high_water == high_water
    assert row.last_seen_at is not None and row.last_seen_at >= before
    assert row.rate_count == 1
    assert (row.reported_pending, row.reported_oldest_pending_seconds) == (7, 42.5)
    assert (row.reported_dead_letters, row.kiosk_version) == (1, "3.1.0")
    assert (row.uptime_seconds, row.printer_state) == (3600.0, "fault")
    assert row.free_disk_bytes == 10**9 and row.health_at == row.last_seen_at

    again = push_raw(central, token, [first])
    assert [r["status"] for r in again.json()["results"]] == ["duplicate"]
    assert again.json()["high_water"] == high_water
    row_after = device()
    assert row_after.high_water == high_water and row_after.rate_count == 2
    assert row_after.last_seen_at is not None and row_after.last_seen_at >= row.last_seen_at
    assert row_after.reported_pending == 7  # no report this time: the last one stays


def test_pushed_records_are_stored_as_the_database_layer_writes_them(central: Central) -> None:
    """The bulk insert writes each column in the form SQLAlchemy's own types write it: the
    reports' queries (by ticket, by day, by device) find the rows, and they read back as sent."""
    token = central.enrol()
    first = ticket(1, call_name='Zoë \u2028 "quoted"', sequence=123)
    checked_in = event(first["id"])
    made = dt.datetime(2026, 3, 2, 9, 30, 15, 250, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    checked_in["kiosk_time"] = made.isoformat()
    answer = push_raw(central, token, [first, checked_in])
    assert [status for _, status, _ in statuses(answer)] == ["accepted", "accepted"]

    ticket_id = uuid.UUID(first["id"])
    day = dt.date.fromisoformat(first["payload"]["day"])
    at = dt.datetime.fromisoformat(checked_in["payload"]["at"])
    with central.database.session() as session:
        by_ticket = session.scalars(
            select(IngestedRecord).where(
                IngestedRecord.ticket_id == ticket_id,
                IngestedRecord.day == at.astimezone(TZ).date(),
                IngestedRecord.event_epoch == at.timestamp(),
            )
        ).one()
        assert by_ticket.id == uuid.UUID(checked_in["id"])
        assert by_ticket.kiosk_time == made
        made_then = select(IngestedRecord.id).where(IngestedRecord.kiosk_time == made)
        assert session.scalars(made_then).all() == [by_ticket.id]
        assert by_ticket.payload == checked_in["payload"]
        stored = session.scalars(
            select(IngestedRecord).where(
                IngestedRecord.id == ticket_id,
                IngestedRecord.day == day,
                IngestedRecord.received_at <= dt.datetime.now(dt.UTC),
                IngestedRecord.received_at > dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5),
            )
        ).one()
        assert stored.payload == first["payload"]
        assert stored.received_at.tzinfo is not None and stored.kiosk_time is None
        device = session.scalars(select(Device).where(Device.id == stored.device_id)).one()
        assert device.hub_id == HUB


@pytest.mark.parametrize(
    "call_name",
    ['Zoë \u2028 "q" \\ \t', "Ахмед 😀 \x7f\x1f", "مريم \u00a0 </script>"],
    ids=["escapes", "cyrillic-emoji-controls", "arabic-nbsp"],
)
def test_a_record_an_earlier_server_stored_is_still_a_duplicate_when_sent_again(
    central: Central, call_name: str
) -> None:
    """Stored hashes are of the payload's canonical JSON as the standard library writes it
    (keys sorted, no spaces, text as it is): a server that writes that text another way
    must write it byte for byte the same, or a kiosk resending after an upgrade would see
    its records set aside as conflicts."""
    token = central.enrol()
    sent = ticket(7, call_name=call_name, priority="interpreter", interpreter_language="so")
    canonical = json.dumps(
        sent["payload"], sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )

    first = push_raw(central, token, [sent])
    again = push_raw(central, token, [sent])

    assert [status for _, status, _ in statuses(first)] == ["accepted"]
    assert [status for _, status, _ in statuses(again)] == ["duplicate"]
    with central.database.session() as session:
        stored = session.scalars(
            select(IngestedRecord).where(IngestedRecord.id == uuid.UUID(sent["id"]))
        ).one()
        assert stored.payload_hash == hashlib.sha256(canonical.encode()).hexdigest()
        assert stored.payload == sent["payload"]


def test_a_number_too_big_for_64_bits_is_refused_with_its_reason(central: Central) -> None:
    token = central.enrol()
    huge = ticket(8, sequence=2**70)

    answer = push_raw(central, token, [huge, ticket(9)])

    (_, status, reason), (_, fine, _) = statuses(answer)
    assert (status, fine) == ("rejected", "accepted")
    assert reason is not None and reason.startswith("invalid: payload.sequence")


def test_answers_with_fractions_and_a_coarsened_survey_read_back_as_stored(
    central: Central,
) -> None:
    """A payload is stored from the JSON text made for its hash: answers with fractions
    (written by the standard library, ``1e+16``), nested lists and text, and a survey
    response whose time the server keeps only to the hour, all read back as their
    schema keeps them, and are answered duplicate when sent again."""
    token = central.enrol()
    made = dt.datetime(2026, 3, 2, 9, 41, 7, tzinfo=dt.UTC)
    answers = {"rent": 612.5, "tiny": 1e-7, "huge": 1e16, "rooms": [1, 2.25, "two"],
               "note": 'Zoë "x" \u2028', "flag": True, "none": None}  # fmt: skip
    form_id, survey_id = str(uuid.uuid4()), str(uuid.uuid4())
    form = {
        "id": form_id,
        "kind": "form_submission",
        "payload": {"id": form_id, "hub_id": HUB, "form_id": "missed-bin",
                    "created_at": made.isoformat(), "answers": answers},
    }  # fmt: skip
    survey = {
        "id": survey_id,
        "kind": "survey_response",
        "payload": {"id": survey_id, "hub_id": HUB, "survey_id": "council-cx-2022",
                    "survey_version": 1, "created_at": made.isoformat(), "complete": False,
                    "answers": {"contacted": "no", "other-outcomes": 'Zoë "x" \u2028'}},
    }  # fmt: skip

    first = push_raw(central, token, [form, survey])
    again = push_raw(central, token, [survey, form])

    assert [status for _, status, _ in statuses(first)] == ["accepted", "accepted"], first.text
    assert [status for _, status, _ in statuses(again)] == ["duplicate", "duplicate"]
    with central.database.session() as session:
        stored = {
            str(row.id): row.payload
            for row in session.scalars(
                select(IngestedRecord).where(
                    IngestedRecord.id.in_([uuid.UUID(form["id"]), uuid.UUID(survey["id"])])
                )
            )
        }
    assert stored[form["id"]] == form["payload"]
    assert stored[survey["id"]]["answers"] == survey["payload"]["answers"]
    kept = dt.datetime.fromisoformat(stored[survey["id"]]["created_at"])
    assert kept == made.replace(minute=0, second=0)


def test_anonymous_records_are_received_to_the_hour_not_beside_the_ticket(
    central: Central,
) -> None:
    """Quick feedback, its follow-up and survey responses keep their time only to the hour
    at the centre, so they cannot be joined to a ticket by time: the time the server
    received them was kept to the microsecond, the same as the resident's ticket and
    served event sent in the same push."""
    token = central.enrol()
    served = ticket(1)
    feedback_id, follow_id, survey_id = (str(uuid.uuid4()) for _ in range(3))
    anonymous = [
        {"id": feedback_id, "kind": "feedback",
         "payload": {"id": feedback_id, "hub_id": HUB, "score": 1}},
        {"id": follow_id, "kind": "feedback_follow_up",
         "payload": {"id": follow_id, "hub_id": HUB, "feedback_id": feedback_id,
                     "reasons": ["waiting_time"]}},
        {"id": survey_id, "kind": "survey_response",
         "payload": {"id": survey_id, "hub_id": HUB, "survey_id": "council-cx-2022",
                     "survey_version": 1, "complete": False, "answers": {"contacted": "no"}}},
    ]  # fmt: skip
    sent = [served, event(served["id"], "served"), *anonymous]
    assert {status for _, status, _ in statuses(push_raw(central, token, sent))} == {"accepted"}
    with central.database.session() as session:
        received = dict(
            session.execute(
                select(IngestedRecord.kind, IngestedRecord.received_at).where(
                    IngestedRecord.id.in_([uuid.UUID(item["id"]) for item in sent])
                )
            ).all()
        )
    for kind in ("feedback", "feedback_follow_up", "survey_response"):
        moment = received[kind]
        assert (moment.minute, moment.second, moment.microsecond) == (0, 0, 0), (kind, moment)
        assert moment <= received["ticket"] < moment + dt.timedelta(hours=1)


def test_a_follow_up_must_name_a_feedback_of_its_own_hub_and_the_rest_is_stored_in_order(
    central: Central,
) -> None:
    """A feedback's follow-up naming a ticket, or another hub's feedback, is refused with
    its reason; the follow-up of the hub's own feedback, and the records around the
    refused ones, are stored in the order sent."""
    token, elsewhere = central.enrol(), central.enrol(OTHER_HUB, "other kiosk")

    def feedback(hub: str) -> dict[str, Any]:
        made = str(uuid.uuid4())
        return {"id": made, "kind": "feedback", "payload": {"id": made, "hub_id": hub, "score": 4}}

    def follow_up(feedback_id: str) -> dict[str, Any]:
        made = str(uuid.uuid4())
        payload = {"id": made, "hub_id": HUB, "feedback_id": feedback_id, "reasons": ["building"]}
        return {"id": made, "kind": "feedback_follow_up", "payload": payload}

    theirs, ours, earlier = feedback(OTHER_HUB), feedback(HUB), ticket(1)
    assert statuses(push_raw(central, elsewhere, [theirs]))[0][1] == "accepted"
    assert [s for _, s, _ in statuses(push_raw(central, token, [ours, earlier]))] == [
        "accepted",
        "accepted",
    ]
    later = ticket(2)
    batch = [
        follow_up(ours["id"]),
        follow_up(earlier["id"]),
        later,
        follow_up(theirs["id"]),
        event(later["id"]),
    ]

    answer = statuses(push_raw(central, token, batch))

    assert [(status, reason) for _, status, reason in answer] == [
        ("accepted", None),
        ("rejected", "invalid: feedback_id: the record it names is not a feedback"),
        ("accepted", None),
        ("rejected", "invalid: feedback_id: the feedback belongs to another hub"),
        ("accepted", None),
    ]
    with central.database.session() as session:
        stored = session.scalars(
            select(IngestedRecord.id)
            .where(IngestedRecord.id.in_([uuid.UUID(item["id"]) for item in batch]))
            .order_by(IngestedRecord.seq)
        ).all()
    assert [str(record_id) for record_id in stored] == [
        batch[0]["id"],
        batch[2]["id"],
        batch[4]["id"],
    ]
