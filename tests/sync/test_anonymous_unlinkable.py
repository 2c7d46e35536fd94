"""Anonymous records (survey responses, quick feedback and its follow-up) reach the server
in a way that cannot link them to the resident's ticket or form: not in the push that
carries those, not next to them in the server's sequence, but once the hour they are
stamped with has ended, in pushes of their own and in no order of their making."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
import requests
from sqlalchemy import select

from hubkiosk.store.db import Store
from hubkiosk.store.records import add_feedback_follow_up
from sync.protocol.records import on_the_hour
from sync.server.models import IngestedRecord
from tests.sync.conftest import Central, FakeClock, Visits, make_engine

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases

ANONYMOUS = {"survey_response", "feedback", "feedback_follow_up"}


def server_rows(central: Central) -> list[tuple[int, str, str]]:
    """The server's records table as an operator reads it: seq, kind, id, in seq order."""
    with central.database.session() as session:
        rows = session.execute(
            select(IngestedRecord.seq, IngestedRecord.kind, IngestedRecord.id).order_by(
                IngestedRecord.seq
            )
        ).all()
    return [(seq, kind, str(record_id)) for seq, kind, record_id in rows]


def test_a_residents_feedback_cannot_be_linked_to_their_named_ticket_by_its_push(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    # A resident takes a ticket, giving the name to be called by, fills in a form with
    # their name and phone, then answers quick feedback (with a comment) and the survey.
    ticket = visits.ticket(call_name="Sam")
    form = visits.form()
    feedback = visits.feedback()
    with store.session() as session:
        add_feedback_follow_up(
            session,
            hub_id=feedback.hub_id,
            feedback_id=feedback.id,
            created_at=feedback.created_at,
            reasons=["waiting_time"],
            comment="The lady at desk 2 was kind",
        )
    survey = visits.survey()
    # Other residents' feedback of the same hour, so the hour's pushes hold several.
    others = [visits.feedback() for _ in range(5)]
    pushes: list[list[dict[str, Any]]] = []
    engine = make_engine(central.url, central.enrol(), store, clock)

    def seen(response: requests.Response, *args: object, **kwargs: object) -> None:
        if response.request.url and response.request.url.endswith("/v1/push"):
            body = response.request.body
            assert isinstance(body, bytes)
            pushes.append(json.loads(body)["items"])

    engine.session.hooks["response"].append(seen)

    status = engine.sync_once()

    # The ticket and the form are on the server at once; what names no one is not: in
    # that push it sat right after the named form (the next seq, the same transaction).
    rows = server_rows(central)
    assert [kind for _, kind, _ in rows] == ["ticket", "form_submission"]
    assert {item["kind"] for push in pushes for item in push} == {"ticket", "form_submission"}
    # Held on purpose: not "waiting to be sent" for the adviser or the fleet page.
    assert status.pending == 0 and status.oldest_pending_age_seconds is None

    # Just before the hour they are stamped with has ended: still held.
    hour_over = on_the_hour(feedback.created_at)
    assert hour_over is not None
    hour_over += dt.timedelta(hours=1)
    clock.now = hour_over - dt.timedelta(seconds=1)
    engine.sync_once()
    assert len(server_rows(central)) == 2
    # Another resident takes a ticket as the hour ends.
    clock.now = hour_over
    later = visits.ticket(at=hour_over, call_name="Alex")
    pushes.clear()

    status = engine.sync_once()

    assert status.pending == 0 and status.dead_letters == 0
    rows = server_rows(central)
    anonymous_ids = {str(feedback.id), str(survey.id), *(str(other.id) for other in others)}
    assert anonymous_ids <= {record_id for _, _, record_id in rows}
    assert sorted(kind for _, kind, _ in rows).count("feedback_follow_up") == 1
    # Every push holds named records or anonymous ones, never both; the named first.
    kinds = [{item["kind"] for item in push} for push in pushes]
    assert kinds[0] == {"ticket"} and all(k <= ANONYMOUS for k in kinds[1:])
    assert str(later.id) == pushes[0][0]["id"]
    # In the server's sequence the anonymous ones follow in an order of their random ids
    # (each feedback before the follow-ups), not the order they were made in.
    anonymous = [(kind, record_id) for _, kind, record_id in rows if kind in ANONYMOUS]
    assert anonymous == sorted(anonymous)
    assert {str(ticket.id), str(form.id)} == {r for _, k, r in rows[:2]}


def test_held_records_go_once_each_in_small_batches_after_the_named_ones(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    # A day offline: residents' tickets and their answers, made in turn.
    made = [visits.feedback() if n % 3 else visits.ticket() for n in range(12)]
    surveys = [visits.survey() for _ in range(3)]
    pushes: list[list[str]] = []
    engine = make_engine(central.url, central.enrol(), store, clock, batch_size=2)
    engine.max_batch_size = 2  # batches of two: the next is read while one is on its way

    def seen(response: requests.Response, *args: object, **kwargs: object) -> None:
        if response.request.url and response.request.url.endswith("/v1/push"):
            body = response.request.body
            assert isinstance(body, bytes)
            pushes.append([item["kind"] + " " + item["id"] for item in json.loads(body)["items"]])

    engine.session.hooks["response"].append(seen)
    clock.advance(2 * 3600)

    status = engine.sync_once()

    assert status.pending == 0 and status.dead_letters == 0
    sent = [item for push in pushes for item in push]
    assert len(sent) == len(set(sent)) == len(made) + len(surveys)  # each once
    assert [len(push) for push in pushes if push] == [2, 2, 2, 2, 2, 2, 2, 1]
    kinds = [{item.split()[0] for item in push} for push in pushes if push]
    assert kinds[:2] == [{"ticket"}, {"ticket"}] and all(k <= ANONYMOUS for k in kinds[2:])
    anonymous = [tuple(item.split()) for item in sent[4:]]
    assert anonymous == sorted(anonymous)
    assert len(server_rows(central)) == len(sent)


def test_feedback_stamped_while_the_kiosk_clock_ran_fast_goes_once_the_clock_is_right(
    central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    """QA: a resident gave feedback while the kiosk's clock was a year fast; IT put the
    clock right. The feedback was held until its (future) hour had ended, a year on, and
    counted nowhere as waiting. A time beyond the clock's slack is not to be waited for:
    the record goes at the next sync, in a push of its own, once."""
    from hubkiosk.store import outbox
    from hubkiosk.store.models import Feedback

    real = clock.now
    with store.session() as session:
        outbox.add_record(
            session,
            Feedback(hub_id=visits.hub_id, score=2, created_at=real + dt.timedelta(days=365)),
        )
    with store.session() as session:
        assert outbox.held(session, real) == 0
        assert outbox.tally(session, real)[0] == 1  # waiting to be sent
    engine = make_engine(central.url, central.enrol(), store, clock)
    status = engine.sync_once()
    assert status.pending == 0 and central.count("feedback") == 1
    engine.sync_once()
    assert central.count("feedback") == 1
