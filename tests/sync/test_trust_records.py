"""The record schemas (sync/protocol/records.py): every record the kiosk makes fits its
kind's model, the personal fields are those marked on the models, and both sides'
retention clears exactly those."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import select

from hubkiosk.store import models as kiosk_models
from hubkiosk.store.db import Store
from hubkiosk.store.models import OutboxItem, Outcome
from hubkiosk.store.records import add_check_in_turned_away, add_feedback_follow_up
from sync.protocol import records
from sync.protocol.records import RECORD_ITEM, RecordKind
from sync.server import retention as server_retention
from tests.sync.conftest import HUB, Central, FakeClock, Visits, make_engine, push_raw

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases


def test_every_record_the_kiosk_makes_fits_its_schema(store: Store, visits: Visits) -> None:
    visits.visit("housing", dt.datetime.now(dt.UTC), 12, Outcome.REFERRED, "adult-social-care")
    visits.form()
    visits.survey()
    face = visits.feedback()
    with store.session() as session:
        add_feedback_follow_up(
            session,
            hub_id=face.hub_id,
            feedback_id=face.id,
            created_at=dt.datetime.now(dt.UTC),
            reasons=["waiting_time"],
            comment="Quick",
        )
        add_check_in_turned_away(
            session, hub_id=face.hub_id, reason="late", created_at=dt.datetime.now(dt.UTC)
        )

    with store.session() as session:
        items = session.scalars(select(OutboxItem)).all()
    kinds = set()
    for item in items:
        document = {"id": str(item.id), "kind": item.kind, "payload": item.payload}
        record = RECORD_ITEM.validate_json(json.dumps(document), strict=True)
        assert record.payload.id == item.id
        kinds.add(item.kind)
    advisers_own = {"adviser_signin", "adviser_session", "assisted_visit"}
    assert kinds == {kind.value for kind in RecordKind} - advisers_own


def test_an_adviser_sign_in_record_is_taken_and_a_malformed_one_refused(
    central: Central,
) -> None:
    token = central.enrol()
    attempt_id = uuid.uuid4()
    # As the kiosk's sign-in screen writes it (sync.protocol.records' model, dumped as JSON).
    payload = {"id": str(attempt_id), "created_at": dt.datetime.now(dt.UTC).isoformat(),
               "hub_id": HUB, "adviser_id": "a-rahman", "success": True,
               "outcome": "signed_in", "failures": 0}  # fmt: skip
    good = {"id": str(attempt_id), "kind": "adviser_signin", "payload": payload}
    bad = {"id": str(uuid.uuid4()), "kind": "adviser_signin",
           "payload": {**payload, "id": None, "outcome": "guessed", "pin": "2468"}}  # fmt: skip

    results = push_raw(central, token, [good, bad]).json()["results"]

    assert [r["status"] for r in results] == ["accepted", "rejected"]
    assert results[1]["reason"].startswith("invalid: ")
    assert central.count("adviser_signin") == 1
    assert records.personal_fields("adviser_signin") == {}


def test_the_personal_fields_are_the_marked_ones() -> None:
    assert records.personal_fields("ticket") == {"call_name": None}
    assert records.personal_fields("form_submission") == {"answers": {}}
    assert records.personal_fields("feedback") == {"comment": None}
    assert records.personal_fields("queue_event") == {}
    assert records.personal_fields("survey_response") == {}  # its free text: by definition
    assert records.personal_fields("no-such-kind") == {}


def test_both_retentions_purge_what_the_models_mark() -> None:
    marked = {kind: tuple(fields) for kind, fields in records.PERSONAL_FIELDS.items()}
    kiosk = {k: v for k, v in kiosk_models.PERSONAL_FIELDS.items() if k != "appointment"}
    assert kiosk == marked
    assert server_retention.PERSONAL_FIELDS == records.PERSONAL_FIELDS
    assert kiosk_models.PERSONAL_FIELDS["appointment"] == ("reference", "surname", "phone")
    assert server_retention.APPOINTMENT_PERSONAL == ["reference", "surname", "phone"]


@pytest.mark.parametrize(
    "text", ["a\x00b", "a\ud800b", "\udfff"], ids=["nul", "high-surrogate", "low-surrogate"]
)
def test_no_record_string_may_hold_what_a_database_cannot_store(text: str) -> None:
    with pytest.raises(ValueError, match="NUL|surrogate"):
        records.Feedback.model_validate({"score": 3, "comment": text})
    with pytest.raises(ValueError, match="NUL|surrogate"):
        records.FormSubmission.model_validate({"form_id": "f", "answers": {"q": [text]}})


def test_a_time_must_have_a_zone_and_fall_between_2020_and_2100() -> None:
    ticket = uuid.uuid4()
    fine = {"ticket_id": ticket, "kind": "called", "at": "2026-03-02T10:00:00+00:00"}
    assert records.QueueEvent.model_validate(fine).at.year == 2026
    for at in ("2026-03-02T10:00:00", "2019-12-31T23:59:59+00:00", "2100-01-01T00:00:01Z"):
        with pytest.raises(ValueError):
            records.QueueEvent.model_validate({**fine, "at": at})


def test_a_kiosk_with_a_flat_clock_battery_still_issues_tickets_and_the_server_says_why(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    ticket = visits.ticket(at=dt.datetime(2000, 1, 1, 9, 0, tzinfo=dt.UTC))  # written
    fine = visits.ticket()

    status = make_engine(central.url, central.enrol(), store, clock).sync_once()

    assert status.dead_letters == 1 and status.pending == 0
    with store.session() as session:
        dead = session.scalars(select(OutboxItem).where(OutboxItem.id == ticket.id)).one()
    assert dead.last_error is not None and "between 2020 and 2100" in dead.last_error
    assert central.record(fine.id) is not None and central.record(ticket.id) is None
