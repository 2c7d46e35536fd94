"""The records residents make on the survey screens, advisers' sessions and assisted
visits, and IT notices, written for screens.

Screens only draw and ask: they pass plain values here (through ``ctx.store_ops``, off the
GUI thread) and never build ORM records themselves. Each function writes one immutable
record with its outbox item (:func:`hubkiosk.store.outbox.add_record`) in the caller's
session and returns the new record's id: its signature names the record's columns once,
and :func:`writes` does the rest, the same for every kind.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Concatenate, ParamSpec

from sqlalchemy.orm import Session

from hubkiosk.store.models import (
    AdviserSession,
    AssistedVisit,
    CheckInTurnedAway,
    Feedback,
    FeedbackFollowUp,
    Record,
    StoreEvent,
    SurveyResponse,
)
from hubkiosk.store.outbox import add_record

P = ParamSpec("P")
Signature = Callable[Concatenate[Session, P], None]
Writer = Callable[Concatenate[Session, P], uuid.UUID]


def writes(model: Callable[..., Record]) -> Callable[[Signature[P]], Writer[P]]:
    """Make a typed signature the function that writes one ``model`` record.

    The decorated function has no body: its keyword arguments are the record's columns
    (``record_id``, when the caller chose the id already). The writer builds the record
    from them, adds it with its outbox item and returns its id. JSON values (answers,
    reasons) are copied, so a caller that goes on changing its own does not change them.
    """

    def decorate(signature: Signature[P]) -> Writer[P]:
        parameters = inspect.signature(signature)

        @functools.wraps(signature)
        def write(session: Session, /, *args: P.args, **kwargs: P.kwargs) -> uuid.UUID:
            bound = parameters.bind(session, *args, **kwargs)
            bound.apply_defaults()
            columns = {name: _copy(value) for name, value in bound.arguments.items()}
            del columns["session"]
            columns["id"] = columns.pop("record_id", None)  # None: add_record makes one
            record = model(**columns)
            add_record(session, record)
            return record.id

        return write

    return decorate


def _copy(value: Any) -> Any:
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, Sequence) and not isinstance(value, str):
        return list(value)
    return value


@writes(SurveyResponse)
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
) -> None:
    """A survey response (``complete`` False: a walk-away's partial answers), anonymous."""


@writes(Feedback)
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
) -> None:
    """Quick feedback, linked to a visit only through the anonymous ``visit_token``
    (``record_id``: the id the screen already gave it, so a follow-up can name it)."""


@writes(AdviserSession)
def add_adviser_session(
    session: Session,
    *,
    hub_id: str,
    adviser_id: str,
    session_id: uuid.UUID,
    event: str,
    created_at: dt.datetime,
    reason: str | None = None,
) -> None:
    """An adviser signed in (``event`` ``signed_in``) or out (``signed_out``, why)."""


@writes(AssistedVisit)
def add_assisted_visit(
    session: Session,
    *,
    hub_id: str,
    adviser_id: str,
    visit_id: uuid.UUID,
    event: str,
    created_at: dt.datetime,
    reason: str | None = None,
) -> None:
    """An adviser began (``started``) or ended (``ended``, why) helping a resident."""


@writes(FeedbackFollowUp)
def add_feedback_follow_up(
    session: Session,
    *,
    hub_id: str,
    feedback_id: uuid.UUID,
    created_at: dt.datetime,
    reasons: Sequence[str] = (),
    comment: str | None = None,
) -> None:
    """What the feedback ``feedback_id`` was mostly about, and maybe a comment."""


@writes(CheckInTurnedAway)
def add_check_in_turned_away(
    session: Session, *, hub_id: str, reason: str, created_at: dt.datetime
) -> None:
    """A visit that came to check in for an appointment and ended without a check-in, and
    why (``reason``: a :class:`~sync.protocol.records.TurnedAwayReason` value)."""


def add_notice(session: Session, *, kind: str, message: str, at: dt.datetime) -> None:
    """Something IT must hear about (a printer fault...), shown on the adviser screen."""
    session.add(StoreEvent(kind=kind, message=message, at=at))
