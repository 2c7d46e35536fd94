"""Hours offline with a simulated clock, catch-up, and retention on both sides."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from hubkiosk.store import outbox
from hubkiosk.store import retention as kiosk_retention
from hubkiosk.store.db import Store
from hubkiosk.store.models import (
    Appointment,
    Feedback,
    FormSubmission,
    OutboxItem,
    OutboxState,
    SurveyResponse,
    Ticket,
)
from sync.client.engine import SyncState
from sync.server import retention as server_retention
from sync.server.models import AppointmentRow
from tests.sync.conftest import Central, FakeClock, Visits, make_engine, push_raw

# Retention's SQL (purges by date) differs by database: run on both.
pytestmark = pytest.mark.both_databases

CLOSED_PORT_URL = "http://127.0.0.1:9"  # discard port: nothing listens, refused at once


def test_hours_offline_then_catch_up(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    token = central.enrol()
    engine = make_engine(CLOSED_PORT_URL, token, store, clock, max_attempts=3)
    start = clock()
    statuses = []
    made = 0
    # Six hours of a working day with the server unreachable: a visit every 5 minutes
    # and a sync attempt each time. Nothing waits for real: sleeps move the fake clock.
    while clock() - start < dt.timedelta(hours=6):
        visits.ticket(at=clock())
        made += 1
        statuses.append(engine.sync_once())
        clock.advance(300)

    assert made == 72
    last = statuses[-1]
    assert all(s.state is SyncState.OFFLINE for s in statuses)
    assert last.pending == made and last.last_success is None
    assert last.oldest_pending_age_seconds is not None
    assert last.oldest_pending_age_seconds >= 6 * 3600 - 300
    assert "Working offline" in last.summary and "72 waiting" in last.summary
    assert last.last_error and "cannot reach the server" in last.last_error
    assert sum(clock.sleeps) > 0 and central.count() == 0

    engine.base_url = central.url  # the network is back
    caught_up = engine.sync_once()

    assert caught_up.state is SyncState.OK
    assert caught_up.pending == 0 and caught_up.sent_last_cycle == made
    assert caught_up.last_error is None and caught_up.oldest_pending_age_seconds is None
    assert central.count("ticket") == made
    with store.session() as session:
        seqs = [i.server_seq for i in session.scalars(select(OutboxItem).order_by(OutboxItem.seq))]
    assert seqs == sorted(seqs)  # the server's order follows the kiosk's outbox order


def test_kiosk_retention_purges_only_acknowledged_records_after_the_grace(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    synced_ticket = visits.ticket(call_name="Rahima")
    synced_form = visits.form({"name": "Rahima Begum", "phone": "07700900123"})
    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().pending == 0
    with store.session() as session:
        session.execute(
            OutboxItem.__table__.update().values(acked_at=clock())  # acknowledged "now"
        )
        session.add(
            Appointment(
                id=uuid.uuid4(),
                hub_id="idea-store-bow",
                service_id="housing",
                starts_at=clock() - dt.timedelta(hours=3),
                reference="HK-4821",
                surname="Begum",
                phone="07700900456",
            )
        )
    unsynced = visits.ticket(call_name="Tom")
    grace = dt.timedelta(days=1)

    with store.session() as session:
        early = kiosk_retention.purge_personal(
            session, grace=grace, now=lambda: clock() + dt.timedelta(hours=1)
        )
    assert early.records == 0 and early.appointments == 0

    later = lambda: clock() + dt.timedelta(days=1, hours=1)  # noqa: E731
    with store.session() as session:
        purged = kiosk_retention.purge_personal(session, grace=grace, now=later)
    assert purged.records == 2 and purged.appointments >= 1

    with store.session() as session:
        assert session.get(Ticket, synced_ticket.id).call_name is None  # type: ignore[union-attr]
        assert session.get(FormSubmission, synced_form.id).answers == {}  # type: ignore[union-attr]
        assert session.get(Ticket, unsynced.id).call_name == "Tom"  # type: ignore[union-attr]
        payloads = {i.id: i.payload for i in session.scalars(select(OutboxItem))}
        assert payloads[synced_ticket.id]["call_name"] is None
        assert payloads[synced_form.id]["answers"] == {}
        assert payloads[unsynced.id]["call_name"] == "Tom"
        pending = session.scalars(
            select(OutboxItem).where(OutboxItem.state == OutboxState.PENDING)
        ).all()
        assert [i.id for i in pending] == [unsynced.id]
        old = session.scalars(select(Appointment).where(Appointment.reference.is_(None))).all()
        assert old and all(a.surname is None and a.phone is None for a in old)
    with store.session() as session:
        again = kiosk_retention.purge_personal(session, grace=grace, now=later)
    assert again.records == 0


def test_an_acknowledgement_made_while_the_clock_was_a_year_fast_is_purged_after_the_grace(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    """The kiosk syncs while its clock runs a year fast; once the clock is right, retention
    counts the grace from then, not from next year, and still purges what is due."""
    token = central.enrol()
    due = visits.ticket(call_name="Rahima")
    assert make_engine(central.url, token, store, clock).sync_once().pending == 0
    clock.advance(2 * 24 * 3600)  # two days on, "Rahima" is past the grace
    fast = FakeClock(clock() + dt.timedelta(days=365))
    ahead = visits.ticket(call_name="Zebulonqx")
    assert make_engine(central.url, token, store, fast).sync_once().pending == 0
    grace = dt.timedelta(days=1)

    # The clock is put right; retention runs.
    with store.session() as session:
        kiosk_retention.purge_personal(session, grace=grace, now=clock)
    with store.session() as session:
        assert session.get(Ticket, due.id).call_name is None  # type: ignore[union-attr]
        assert session.get(Ticket, ahead.id).call_name == "Zebulonqx"  # type: ignore[union-attr]

    clock.advance(grace.total_seconds() + 3600)
    with store.session() as session:
        purged = kiosk_retention.purge_personal(session, grace=grace, now=clock)
    assert purged.records == 1
    with store.session() as session:
        assert session.get(Ticket, ahead.id).call_name is None  # type: ignore[union-attr]
        item = session.scalars(select(OutboxItem).where(OutboxItem.id == ahead.id)).one()
        assert item.payload["call_name"] is None


COUNCIL_SURVEY = "council-cx-2022"  # resources/surveys: two free-text questions


def survey_answers(why_not: str) -> dict[str, object]:
    return {
        "contacted": "yes",
        "services": ["waste", "housing"],
        "experience": {
            "first-contact": "disagree",
            "timescale": "agree",
            "access": "agree",
            "knowledge": "neither",
            "polite": "strongly-agree",
        },
        "contact-ranking": ["telephone", "email", "website"],
        "would-use-website": "no",
        "why-not-website": why_not,
        "vision": {"vision": "agree"},
        "outcomes": {"accessible": "agree", "improved": "agree", "culture": "agree"},
        "outcomes-today": {"accessible": "partly", "improved": "partly", "culture": "fully"},
        "other-outcomes": "",
        "promise": {"promise": "agree"},
    }


def test_kiosk_retention_removes_typed_survey_answers_and_feedback_comments(
    central: Central, store: Store, clock: FakeClock
) -> None:
    typed = "I'm Sam Smith, ring 07700 900123"
    synced = SurveyResponse(
        survey_id=COUNCIL_SURVEY,
        survey_version=1,
        hub_id="idea-store-bow",
        complete=True,
        answers=survey_answers(typed),
    )
    feedback = Feedback(
        hub_id="idea-store-bow", score=2, wait_minutes=30, comment="Ask for Rahima, 12 Bow Road"
    )
    with store.session() as session:
        outbox.add_record(session, synced)
        outbox.add_record(session, feedback)
    engine = make_engine(central.url, central.enrol(), store, clock)
    clock.advance(3600)  # anonymous answers are sent once the hour they are stamped with ends
    assert engine.sync_once().pending == 0
    with store.session() as session:
        session.execute(OutboxItem.__table__.update().values(acked_at=clock()))
    unsynced = SurveyResponse(
        survey_id=COUNCIL_SURVEY,
        survey_version=1,
        hub_id="idea-store-bow",
        complete=False,
        answers=survey_answers("Not synced yet, Tom"),
    )
    with store.session() as session:
        outbox.add_record(session, unsynced)
    grace = dt.timedelta(days=1)

    def stored() -> dict[uuid.UUID, tuple[object, dict[str, object]]]:
        """Each record's answers (or comment) and its outbox payload."""
        with store.session() as session:
            items = {i.id: dict(i.payload) for i in session.scalars(select(OutboxItem))}
            rows: dict[uuid.UUID, object] = {
                r.id: dict(r.answers) for r in session.scalars(select(SurveyResponse))
            }
            rows.update({f.id: f.comment for f in session.scalars(select(Feedback))})
        return {record_id: (rows[record_id], items[record_id]) for record_id in items}

    before = stored()
    with store.session() as session:
        early = kiosk_retention.purge_personal(
            session, grace=grace, now=lambda: clock() + dt.timedelta(hours=23)
        )
    assert early.records == 0 and stored() == before

    later = lambda: clock() + dt.timedelta(days=1, hours=1)  # noqa: E731
    with store.session() as session:
        purged = kiosk_retention.purge_personal(session, grace=grace, now=later)
    assert purged.records == 2

    after = stored()
    answers, payload = after[synced.id]
    removed = {"removed": True}
    assert answers == {**survey_answers(typed), "why-not-website": removed}
    assert payload["answers"] == answers  # the outbox copy too
    assert payload["complete"] is True and payload["survey_id"] == COUNCIL_SURVEY
    comment, feedback_payload = after[feedback.id]
    assert comment is None and feedback_payload["comment"] is None
    assert (feedback_payload["score"], feedback_payload["wait_minutes"]) == (2, 30)
    assert after[unsynced.id] == before[unsynced.id]  # not at the centre yet: kept
    assert typed not in str(after) and "Rahima" not in str(after)

    with store.session() as session:
        again = kiosk_retention.purge_personal(session, grace=grace, now=later)
    assert again.records == 0 and stored() == after


def test_server_retention_clears_personal_fields_and_keeps_duplicates_recognised(
    central: Central, clock: FakeClock
) -> None:
    token = central.enrol()
    ticket_id, form_id = uuid.uuid4(), uuid.uuid4()
    items = [
        {"id": str(ticket_id), "kind": "ticket",
         "payload": {"day": "2026-03-02", "service_id": "housing", "number": "H-001", "call_name": "Ann"}},
        {"id": str(form_id), "kind": "form_submission",
         "payload": {"form_id": "blue-badge", "answers": {"name": "Ann Smith"}, "created_at": "2026-03-02T10:00:00+00:00"}},
    ]  # fmt: skip
    assert push_raw(central, token, items).ok

    with central.database.session() as session:
        none_yet = server_retention.purge_personal(session, now=clock(), days=30)
    assert none_yet.records == 0 and none_yet.appointments == 0
    assert appointments_with_names(central) > 0
    with central.database.session() as session:
        purged = server_retention.purge_personal(
            session, now=clock() + dt.timedelta(days=31), days=30
        )
    assert purged.records == 2
    ticket = central.record(ticket_id)
    form = central.record(form_id)
    assert ticket is not None and form is not None
    assert ticket.payload["call_name"] is None and ticket.payload["service_id"] == "housing"
    assert form.payload["answers"] == {} and form.personal_purged_at is not None
    assert purged.appointments > 0 and appointments_with_names(central) == 0
    # A late re-send of the original record is still a duplicate, not a conflict.
    again = push_raw(central, token, items).json()["results"]
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]


def appointments_with_names(central: Central) -> int:
    with central.database.session() as session:
        return len(
            session.scalars(select(AppointmentRow).where(AppointmentRow.surname.is_not(None))).all()
        )
