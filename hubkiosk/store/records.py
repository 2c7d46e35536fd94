"""The records residents make on the survey screens, advisers' sessions and assisted
visits, and IT notices, written for screens.

Screens only draw and ask: they pass plain values here (through ``ctx.store_ops``, off the
GUI thread) and never build ORM records themselves. Each function writes one immutable
record with its outbox item (:func:`hubkiosk.store.outbox.add_record`) in the caller's
session and returns the new record's id.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from hubkiosk.store.models import (
    AdviserSession,
    AssistedVisit,
    Feedback,
    FeedbackFollowUp,
    StoreEvent,
    SurveyResponse,
)
from hubkiosk.store.outbox import add_record


def add_survey_response(
    session: Session,
    *,
    survey_id: str,
    survey_version: int,
    hub_id: str,
    language: str,
    complete: bool,
    answers: Mapping[str, Any],
    created_at: dt.datetime,
) -> uuid.UUID:
    """A survey response (``complete`` False: a walk-away's partial answers), anonymous."""
    record = SurveyResponse(
        id=uuid.uuid4(),
        created_at=created_at,
        survey_id=survey_id,
        survey_version=survey_version,
        hub_id=hub_id,
        language=language,
        complete=complete,
        answers=dict(answers),
    )
    add_record(session, record)
    return record.id


def add_feedback(
    session: Session,
    *,
    hub_id: str,
    score: int,
    visit_token: str,
    created_at: dt.datetime,
    service_id: str | None = None,
    wait_minutes: int | None = None,
    follow_up: str | None = None,
    comment: str | None = None,
    record_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Quick feedback, linked to a visit only through the anonymous ``visit_token``
    (``record_id``: the id the screen already gave it, so a follow-up can name it)."""
    record = Feedback(
        id=record_id or uuid.uuid4(),
        created_at=created_at,
        hub_id=hub_id,
        score=score,
        visit_token=visit_token,
        service_id=service_id,
        wait_minutes=wait_minutes,
        follow_up=follow_up,
        comment=comment,
    )
    add_record(session, record)
    return record.id


def add_adviser_session(
    session: Session,
    *,
    hub_id: str,
    adviser_id: str,
    session_id: uuid.UUID,
    event: str,
    created_at: dt.datetime,
    reason: str | None = None,
) -> uuid.UUID:
    """An adviser signed in (``event`` ``signed_in``) or out (``signed_out``, why)."""
    record = AdviserSession(
        id=uuid.uuid4(),
        created_at=created_at,
        hub_id=hub_id,
        adviser_id=adviser_id,
        session_id=session_id,
        event=event,
        reason=reason,
    )
    add_record(session, record)
    return record.id


def add_assisted_visit(
    session: Session,
    *,
    hub_id: str,
    adviser_id: str,
    visit_id: uuid.UUID,
    event: str,
    created_at: dt.datetime,
    reason: str | None = None,
) -> uuid.UUID:
    """An adviser began (``started``) or ended (``ended``, why) helping a resident."""
    record = AssistedVisit(
        id=uuid.uuid4(),
        created_at=created_at,
        hub_id=hub_id,
        adviser_id=adviser_id,
        visit_id=visit_id,
        event=event,
        reason=reason,
    )
    add_record(session, record)
    return record.id


def add_feedback_follow_up(
    session: Session,
    *,
    hub_id: str,
    feedback_id: uuid.UUID,
    created_at: dt.datetime,
    reasons: Sequence[str] = (),
    comment: str | None = None,
) -> uuid.UUID:
    """What the feedback ``feedback_id`` was mostly about, and maybe a comment."""
    record = FeedbackFollowUp(
        id=uuid.uuid4(),
        created_at=created_at,
        hub_id=hub_id,
        feedback_id=feedback_id,
        reasons=list(reasons),
        comment=comment,
    )
    add_record(session, record)
    return record.id


def add_notice(session: Session, *, kind: str, message: str, at: dt.datetime) -> None:
    """Something IT must hear about (a printer fault...), shown on the adviser screen."""
    session.add(StoreEvent(kind=kind, message=message, at=at))
