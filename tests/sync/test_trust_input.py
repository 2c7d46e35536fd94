"""Malformed pushes get a clear 4xx and store nothing; one bad item is refused alone; a
report never fails because of what was stored. The inputs are the reviewer's (issue 10),
sent with plain HTTP to a real server on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest
import requests
from sqlalchemy import insert, select

from hubkiosk.store.db import Store
from hubkiosk.store.models import Feedback, OutboxItem
from sync.protocol import PROTOCOL_VERSION
from sync.server.ingest import payload_hash
from sync.server.models import Device, IngestedRecord
from tests.sync.conftest import HUB, REPORT_KEY, TZ, Central, push_raw

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases

FAR_FUTURE = "9999-12-31T23:59:59-05:00"
FAR_PAST = "0001-01-01T00:00:00+05:00"


def post_body(central: Central, token: str, body: bytes) -> requests.Response:
    headers = {**central.headers(token), "Content-Type": "application/json"}
    return requests.post(f"{central.url}/v1/push", data=body, headers=headers, timeout=30)


def batch_bytes(items: list[dict[str, Any]]) -> bytes:
    return json.dumps({"protocol_version": PROTOCOL_VERSION, "items": items}).encode()


def ticket_item(**payload: Any) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC)
    record = {
        "day": now.astimezone(TZ).date().isoformat(),
        "service_id": "housing",
        "number": "H-001",
        "created_at": now.isoformat(),
        **payload,
    }
    return {"id": str(uuid.uuid4()), "kind": "ticket", "payload": record}


def assert_refused(answer: requests.Response, status: int, error: str) -> None:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert body["error"] == error and body["message"]


def test_a_body_of_100000_open_brackets_is_refused(central: Central) -> None:
    token = central.enrol()

    answer = post_body(central, token, b"[" * 100_000)

    assert_refused(answer, 400, "too_deep")
    assert central.count() == 0


def test_3000_nested_arrays_inside_a_payload_are_refused(central: Central) -> None:
    token = central.enrol()
    deep = "[" * 3000 + "]" * 3000
    body = batch_bytes([ticket_item(number="__DEEP__")]).replace(b'"__DEEP__"', deep.encode())

    answer = post_body(central, token, body)

    assert_refused(answer, 400, "too_deep")
    assert central.count() == 0


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("\\ud800", "invalid_text"),  # a lone surrogate
        ("H\\udc00-1", "invalid_text"),  # a lone low surrogate
        ("\\u0000", "invalid_text"),  # NUL (PostgreSQL cannot store it)
    ],
)
def test_strings_no_database_stores_are_refused(central: Central, text: str, error: str) -> None:
    token = central.enrol()
    body = batch_bytes([ticket_item(number="__TEXT__")]).replace(
        b'"__TEXT__"', f'"{text}"'.encode()
    )

    answer = post_body(central, token, body)

    assert_refused(answer, 400, error)
    assert central.count() == 0


def test_bytes_that_are_not_utf8_are_refused(central: Central) -> None:
    token = central.enrol()
    body = batch_bytes([ticket_item(number="__TEXT__")]).replace(b"__TEXT__", b"\xed\xa0\x80")

    assert_refused(post_body(central, token, body), 400, "invalid_encoding")
    assert central.count() == 0


def test_a_proper_surrogate_pair_and_escaped_backslashes_are_fine(central: Central) -> None:
    token = central.enrol()
    item = ticket_item(call_name="Ann \U0001f600 \\u0000")  # an emoji; a typed backslash-u
    body = json.dumps({"protocol_version": PROTOCOL_VERSION, "items": [item]}).encode()
    assert b"\\ud83d\\ude00" in body and b"\\\\u0000" in body

    answer = post_body(central, token, body)

    assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "accepted"
    stored = central.record(uuid.UUID(item["id"]))
    assert stored is not None and stored.payload["call_name"] == "Ann \U0001f600 \\u0000"


@pytest.mark.parametrize("name", ["[[{{" * 12, '[[[{{{\\"' * 7], ids=["plain", "escaped"])
def test_brackets_inside_text_are_not_nesting(central: Central, name: str) -> None:
    # A quick body scan (no backslash in the body) and the full one (an escaped quote)
    # must agree: 40 or more brackets in a name are text, and 3000 real ones after it are not.
    token = central.enrol()
    item = ticket_item(call_name=name)

    answer = post_body(central, token, batch_bytes([item]))

    assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "accepted"
    stored = central.record(uuid.UUID(item["id"]))
    assert stored is not None and stored.payload["call_name"] == name
    deep = batch_bytes([ticket_item(call_name=name, number="__DEEP__")]).replace(
        b'"__DEEP__"', b"[" * 3000 + b"]" * 3000
    )
    assert_refused(post_body(central, token, deep), 400, "too_deep")


def test_a_user_on_the_enrol_route_gets_400_for_a_lone_surrogate(central: Central) -> None:
    body = b'{"protocol_version": 1, "code": "\\ud800\\ud800\\ud800"}'
    answer = requests.post(
        f"{central.url}/v1/enrol",
        data=body,
        headers={**central.headers("x"), "Content-Type": "application/json"},
        timeout=10,
    )
    assert_refused(answer, 400, "invalid_text")


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_is_not_a_number_the_server_takes(central: Central, constant: bytes) -> None:
    token = central.enrol()
    body = batch_bytes([ticket_item(sequence="__N__")]).replace(b'"__N__"', constant)
    assert_refused(post_body(central, token, body), 400, "invalid_json")
    assert central.count() == 0


def test_a_number_too_long_to_read_is_named_not_called_not_json(central: Central) -> None:
    """Valid JSON, but a 5,000-digit number Python will not read: IT read "The body is
    not JSON" (QA)."""
    token = central.enrol()
    body = batch_bytes([ticket_item(sequence="__N__")]).replace(b'"__N__"', b"9" * 5000)
    answer = post_body(central, token, body)
    assert_refused(answer, 400, "invalid_json")
    assert answer.json()["message"] == "The body holds a number with too many digits."


def test_a_text_too_long_is_refused_in_characters(central: Central) -> None:
    """The reason said "at most 60 items after validation, not 90" for a call name: a
    text's length is in characters, and the reason never quotes it."""
    token = central.enrol()
    answer = post_body(central, token, batch_bytes([ticket_item(call_name="Amina " * 15)]))
    [result] = answer.json()["results"]
    assert result["reason"] == "invalid: payload.call_name: a text longer than its 60 characters"


@pytest.mark.parametrize("version", ['"1"', "1.0"])
def test_a_protocol_version_that_is_not_a_plain_number_is_told_as_before(
    central: Central, version: str
) -> None:
    # The body is read strictly first: what that refuses is read as it always was (a
    # version in text is not one the server speaks; 1.0 is 1).
    token = central.enrol()
    body = batch_bytes([ticket_item()]).replace(
        f'"protocol_version": {PROTOCOL_VERSION}'.encode(),
        f'"protocol_version": {version}'.encode(),
    )
    answer = post_body(central, token, body)
    if version == "1.0":
        assert answer.status_code == 200, answer.text
        assert central.count() == 1
    else:
        assert_refused(answer, 426, "update_required")
        assert central.count() == 0


def _event_item(ticket_id: str, at: str, kind: str = "no_show") -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "kind": "queue_event",
        "payload": {"ticket_id": ticket_id, "kind": kind, "at": at},
    }


@pytest.mark.parametrize("moment", [FAR_FUTURE, FAR_PAST, "2026-03-02T10:00:00"])
@pytest.mark.parametrize("field", ["created_at", "kiosk_time", "at"])
def test_times_out_of_range_are_refused_per_item(central: Central, field: str, moment: str) -> None:
    token = central.enrol()
    good = ticket_item()
    now = dt.datetime.now(dt.UTC).isoformat()
    if field == "created_at":
        bad = ticket_item(created_at=moment)
    elif field == "kiosk_time":
        bad = {**ticket_item(), "kiosk_time": moment}
    else:
        bad = _event_item(good["id"], moment)
    items = [good, bad, _event_item(good["id"], now, "called")]

    answer = push_raw(central, token, items)

    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected", "accepted"]
    assert results[1]["reason"].startswith("invalid: ") and field in results[1]["reason"]
    assert central.record(uuid.UUID(bad["id"])) is None
    assert central.count() == 2


@pytest.mark.parametrize(
    ("payload", "where"),
    [
        ({"score": 1e30}, "score"),
        ({"score": 6}, "score"),
        ({"score": "5"}, "score"),
        ({"score": 5, "wait_minutes": -1}, "wait_minutes"),
        ({"score": 5, "comment": "x" * 2001}, "comment"),
        ({"score": 5, "surprise": True}, "surprise"),
    ],
)
def test_feedback_outside_the_schema_is_refused_per_item(
    central: Central, payload: dict[str, Any], where: str
) -> None:
    token = central.enrol()
    bad = {"id": str(uuid.uuid4()), "kind": "feedback", "payload": payload}
    good = {"id": str(uuid.uuid4()), "kind": "feedback", "payload": {"score": 4}}

    results = push_raw(central, token, [bad, good]).json()["results"]

    assert results[0]["status"] == "rejected" and results[0]["reason"].startswith("invalid: ")
    assert where in results[0]["reason"]
    assert results[1]["status"] == "accepted"
    assert central.count("feedback") == 1


def _store_raw(central: Central, kind: str, payload: dict[str, Any]) -> None:
    """A row as an older server stored it, before the schema stopped such values."""
    with central.database.session() as session:
        device = session.scalars(select(Device)).first()
        assert device is not None
        session.execute(
            insert(IngestedRecord).values(
                id=uuid.uuid4(),
                kind=kind,
                hub_id=HUB,
                device_id=device.id,
                received_at=dt.datetime.now(dt.UTC),
                payload=payload,
                payload_hash=payload_hash(payload),
                day=dt.datetime.now(TZ).date(),
            )
        )


@pytest.mark.parametrize("fmt", ["json", "csv", "html"])
def test_the_feedback_report_survives_whatever_was_stored(central: Central, fmt: str) -> None:
    token = central.enrol()
    made = dt.datetime.now(dt.UTC).isoformat()
    # Five good ones, so that the report shows their figures (MIN_RESPONSES_SHOWN).
    good = [{"id": str(uuid.uuid4()), "kind": "feedback",
             "payload": {"score": 4, "wait_minutes": 7, "created_at": made}} for _ in range(5)]  # fmt: skip
    results = push_raw(central, token, good).json()["results"]
    assert {r["status"] for r in results} == {"accepted"}
    for payload in (
        {"score": 1e30},
        {"score": "five", "wait_minutes": "long"},
        {"score": 2.5, "wait_minutes": 1e30},
        {"score": None},
        {},
    ):
        _store_raw(central, "feedback", payload)
    today = dt.datetime.now(TZ).date().isoformat()

    answer = requests.get(
        f"{central.url}/reports/feedback",
        params={"from": today, "to": today, "format": fmt, "key": REPORT_KEY},
        timeout=30,
    )

    assert answer.status_code == 200, answer.text
    if fmt == "json":
        body = answer.json()
        assert body["count"] == 5 and body["average_score"] == 4.0


def test_the_kiosk_cannot_write_a_record_the_server_would_refuse(store: Store) -> None:
    from pydantic import ValidationError

    from hubkiosk.store import outbox

    with pytest.raises(ValidationError, match="score"), store.session() as session:
        outbox.add_record(session, Feedback(hub_id=HUB, score=9))
    with store.session() as session:
        assert session.scalars(select(OutboxItem)).all() == []
        assert session.scalars(select(Feedback)).all() == []


@pytest.mark.parametrize(
    "path", ["/reports/hubs?from=2026-01-01&to=2026-01-02&format=json&hub=%00", "/queue?lang=%00"]
)
def test_a_nul_in_the_address_is_refused(central: Central, path: str) -> None:
    answer = requests.get(f"{central.url}{path}&key={REPORT_KEY}", timeout=10)
    assert_refused(answer, 400, "invalid_text")
