"""Kiosk retention: personal fields go once a record is acknowledged and the grace is over,
or once it was set aside for IT ``set_aside`` ago.

Fields named in :data:`~hubkiosk.store.models.PERSONAL_FIELDS` are cleared on the record
and in its outbox payload (``answers`` becomes ``{}``, the others ``None``) when the
server acknowledged the record more than ``grace`` ago. A survey response keeps its
answers but loses what a resident typed: each free-text answer becomes the marker of
:func:`sync.protocol.surveys.remove_free_text` (which questions are free text comes from
the survey definitions in the stored config snapshots and the shipped ones). Pending
records keep theirs: they have not reached the centre. Records the server refused (set
aside for IT, dead letters) keep theirs ``set_aside`` (``set_aside_days``, 30) after they
were first set aside, for IT to look at and send again; then they lose them the same way and
the record stays (IT can still send it again, without them). Appointments lose theirs once
they started more than ``grace`` ago. The clock is injected so tests move time without
waiting.

An acknowledgement time later than now (beyond
:data:`~hubkiosk.store.models.CLOCK_SLACK`) was stored while the kiosk's clock ran fast; it
is set to now when retention runs, so the record goes ``grace`` after the clock was put
right, not a year later. So is a set-aside time not known (a record set aside by an older
kiosk), or one before any time a record can have (:data:`~sync.protocol.records.EARLIEST`:
set aside while the clock had lost its time): it goes ``set_aside`` after the first round
that finds it with the clock right.

A damaged store the kiosk moved aside (:func:`hubkiosk.store.db.open_store`) holds
residents' details that no purge reaches: :func:`retire_moved` deletes it once nothing in
it is left to send and it is older than ``grace``, and tells IT once while something is.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from hubkiosk.resources import resource
from hubkiosk.store.db import Store, delete_moved, moved_aside
from hubkiosk.store.models import (
    CLOCK_SLACK,
    PERSONAL_FIELDS,
    Appointment,
    Base,
    ConfigSnapshot,
    Feedback,
    FeedbackFollowUp,
    FormSubmission,
    OutboxItem,
    OutboxState,
    QueueEvent,
    StoreEvent,
    SurveyResponse,
    Ticket,
    utcnow,
)
from hubkiosk.store.recover import NotAStore, NotReadableNow, left_to_send
from sync.protocol.records import EARLIEST
from sync.protocol.records import PERSONAL_FIELDS as RECORD_PERSONAL_FIELDS
from sync.protocol.surveys import (
    FreeTextQuestions,
    free_text_questions_from,
    remove_free_text,
)

log = logging.getLogger(__name__)

#: The tables of the record kinds with personal fields (marked on their schemas).
RECORD_TABLES: dict[str, type[Base]] = {
    table.__tablename__: table
    for table in (Ticket, QueueEvent, FormSubmission, SurveyResponse, Feedback, FeedbackFollowUp)
    if table.__tablename__ in RECORD_PERSONAL_FIELDS
}


def _blank(field: str) -> Any:
    return {} if field == "answers" else None


@dataclass(frozen=True)
class Purged:
    records: int
    appointments: int


def free_text_questions(session: Session) -> FreeTextQuestions:
    """The free-text questions of every survey in the stored snapshots and shipped ones."""
    published = session.scalars(select(ConfigSnapshot.body["surveys"]))
    return free_text_questions_from(published, resource("surveys"))


#: How long a set-aside record keeps its personal fields by default (``set_aside_days``).
SET_ASIDE_KEPT = dt.timedelta(days=30)


@dataclass(frozen=True)
class Cutoffs:
    """Personal fields go from records acknowledged before ``acked`` and from records set
    aside before ``set_aside``."""

    acked: dt.datetime
    set_aside: dt.datetime


def _done(kind: str, cutoffs: Cutoffs) -> Any:
    """The outbox items of ``kind`` whose personal fields are due to go."""
    return select(OutboxItem).where(
        OutboxItem.kind == kind,
        or_(
            and_(OutboxItem.state == OutboxState.SENT, OutboxItem.acked_at < cutoffs.acked),
            # Set aside, or sent again by IT and still waiting (the time of the first
            # refusal kept): sending again never keeps a resident's details longer.
            and_(
                OutboxItem.state.in_([OutboxState.DEAD, OutboxState.PENDING]),
                OutboxItem.acked_at < cutoffs.set_aside,
            ),
        ),
    )


def _purge_free_text(session: Session, cutoffs: Cutoffs) -> int:
    """Free-text answers of survey responses past their time; how many changed."""
    items = session.scalars(_done("survey_response", cutoffs)).all()
    if not items:
        return 0
    surveys = free_text_questions(session)
    responses = {
        response.id: response
        for response in session.scalars(
            select(SurveyResponse).where(SurveyResponse.id.in_([item.id for item in items]))
        )
    }
    changed = 0
    for item in items:
        payload = dict(item.payload)
        answers = payload.get("answers")
        choices = surveys.choices_of(payload.get("survey_id"), payload.get("survey_version"))
        touched = False
        if isinstance(answers, dict):
            kept = remove_free_text(answers, choices)
            if kept != answers:
                payload["answers"] = kept
                item.payload = payload
                touched = True
        response = responses.get(item.id)
        if response is not None:
            kept = remove_free_text(
                response.answers, surveys.choices_of(response.survey_id, response.survey_version)
            )
            if kept != response.answers:
                response.answers = kept
                touched = True
        if touched:
            changed += 1
    return changed


def purge_personal(
    session: Session,
    *,
    grace: dt.timedelta,
    set_aside: dt.timedelta = SET_ASIDE_KEPT,
    now: Callable[[], dt.datetime] = utcnow,
) -> Purged:
    present = now()
    session.execute(
        update(OutboxItem)
        .where(
            OutboxItem.state.in_([OutboxState.SENT, OutboxState.DEAD]),
            or_(OutboxItem.acked_at > present + CLOCK_SLACK, OutboxItem.acked_at.is_(None)),
        )
        .values(acked_at=present)
    )
    if present >= EARLIEST:
        # Set aside while the clock had lost its time (a flat battery reads 2000): the
        # record's days count from when the clock is right, not from 26 years ago.
        session.execute(
            update(OutboxItem)
            .where(
                OutboxItem.state.in_([OutboxState.DEAD, OutboxState.PENDING]),
                OutboxItem.acked_at < EARLIEST,
            )
            .values(acked_at=present)
        )
    cutoffs = Cutoffs(acked=present - grace, set_aside=present - set_aside)
    cutoff = cutoffs.acked
    records = 0
    for kind, model in RECORD_TABLES.items():
        fields = PERSONAL_FIELDS[kind]
        acked = _done(kind, cutoffs).with_only_columns(OutboxItem.id)
        table_id = model.__table__.c.id
        session.execute(
            update(model)
            .where(table_id.in_(acked))
            .values({field: _blank(field) for field in fields})
            .execution_options(synchronize_session=False)
        )
        for item in session.scalars(_done(kind, cutoffs)):
            payload = dict(item.payload)
            if any(payload.get(field) not in (None, {}) for field in fields):
                for field in fields:
                    if field in payload:
                        payload[field] = _blank(field)
                item.payload = payload
                records += 1
    records += _purge_free_text(session, cutoffs)
    appointments = 0
    fields = PERSONAL_FIELDS["appointment"]
    for appointment in session.scalars(
        select(Appointment).where(
            Appointment.starts_at < cutoff,
            or_(*(getattr(Appointment, field).is_not(None) for field in fields)),
        )
    ):
        for field in fields:
            setattr(appointment, field, None)
        appointments += 1
    return Purged(records=records, appointments=appointments)


#: The notice (:class:`StoreEvent` kind) that a store moved aside, past the retention
#: period, still holds records not sent: given once for each such file.
MOVED_UNSENT = "moved_store_unsent"


def retire_moved(
    store: Store, *, grace: dt.timedelta, now: Callable[[], dt.datetime] = utcnow
) -> int:
    """Delete each damaged store moved aside beside ``store`` (with its ``-wal`` and
    ``-shm``) that is older than ``grace`` and in which nothing is left to send: every
    item of its outbox that can be read was acknowledged by the server or is in ``store``.
    What cannot be read there no one can send, and a file not a store at all (emptied,
    overwritten) has nothing to send. Returns how many went; one line logged for each.

    One that still holds records not sent is kept, and IT told once (a notice on the
    adviser screen: ``hubkiosk --recover-moved`` queues them, and the file then goes).
    One that cannot be read now (a lock, its rights) waits for the next round. A file
    moved while the clock ran fast (its time ahead of now) is old enough: when it was
    moved is not known, and only what was sent or is here goes with it.

    A file younger than ``grace`` is not opened: the kiosk's round stays cheap."""
    present = now()
    deleted = 0
    for path, moved_at in moved_aside(store.path.parent):
        if moved_at <= present + CLOCK_SLACK and present - moved_at < grace:
            continue
        try:
            left = left_to_send(store, path)
            why = "nothing in it was left to send"
        except NotReadableNow:
            continue
        except NotAStore:
            left, why = 0, "it is not a store that can be read, so nothing in it can be sent"
        if left:
            _tell_it_once(store, path, moved_at, left, present)
            continue
        try:
            delete_moved(path)
        except OSError as exc:  # its folder's rights: the next round tries again
            log.warning("retention: %s could not be deleted (%s)", path.name, exc.strerror)
            continue
        deleted += 1
        log.info(
            "retention: %s, the store moved aside as damaged on %s, deleted with its -wal "
            "and -shm: %s",
            path.name,
            moved_at.date().isoformat(),
            why,
        )
    return deleted


def _tell_it_once(
    store: Store, path: Path, moved_at: dt.datetime, left: int, present: dt.datetime
) -> None:
    with store.session() as session:
        if session.scalar(
            select(StoreEvent.id).where(
                StoreEvent.kind == MOVED_UNSENT, StoreEvent.message.contains(path.name)
            )
        ):
            return
        message = (
            f"{path.name}, the store moved aside as damaged on {moved_at.date().isoformat()}, "
            f"still holds {left} records not sent, and residents' details (names, phone "
            f"numbers, bookings): hubkiosk --recover-moved {path} queues them for sending; "
            "the kiosk then deletes the file."
        )
        session.add(StoreEvent(kind=MOVED_UNSENT, message=message, at=present))
    log.warning("retention: %s", message)
