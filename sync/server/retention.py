"""Server retention: personal fields are cleared once older than the configured days.

Only the personal fields go (a ticket's call name, a form's answers, a quick feedback's
comment, an appointment's reference, surname and phone, and the free-text answers of a
survey response); the rest of each record stays for the reports. A survey response keeps
its choices, ratings and rankings, and each typed answer becomes the marker of
:func:`sync.protocol.surveys.remove_free_text`, so the survey report still counts the
comment (as removed) but can no longer show it. Which answers are free text comes from the
survey's definitions (every published version and the shipped one).

Managers read survey comments in the survey report until then: ``retention_days``
(``HUBKIOSK_SERVER_RETENTION_DAYS``, 90 by default) is how long they stay readable after
they reach the server.

Request counters (:mod:`sync.server.counters`), which name client addresses, go a day
after their window started.

The survey tallies (:mod:`sync.server.survey_aggregates`) are revised in the same
transaction, so the report's figures stay what the rewritten payloads say. The hub tallies
(:mod:`sync.server.hub_aggregates`) need nothing: no record is deleted, and none of the
columns they count (hub, day, service, event, outcome, destination, channel) changes.

The payload hash becomes the cleared payload's (:func:`kept_hash`): the hash of what was
sent would give a cleared value back to anyone who guesses it (a call name from a list of
first names). A late re-send of the same record is still recognised as a duplicate: it is
compared cleared the same way (:func:`sync.server.ingest.ingest_batch`).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, bindparam, delete, or_, select, update
from sqlalchemy.orm import Session

from sync.protocol import records
from sync.protocol.surveys import (
    FreeTextQuestions,
    free_text_questions_from,
    remove_free_text,
)
from sync.protocol.wire import AppointmentEntry
from sync.server import survey_aggregates
from sync.server.db import Database
from sync.server.models import (
    AppointmentRow,
    AuditEvent,
    IngestedRecord,
    PublishedConfig,
    RateCounter,
)
from sync.server.survey_reports import shipped_surveys_dir
from sync.words import counted

log = logging.getLogger(__name__)

#: Personal fields per record kind and what replaces them (marked on the record schemas).
PERSONAL_FIELDS: dict[str, dict[str, Any]] = records.PERSONAL_FIELDS
#: An appointment's personal columns (marked on the wire model), cleared once it is past.
APPOINTMENT_PERSONAL: list[str] = records.marked_personal(AppointmentEntry)
#: Kinds whose free-text answers go while their other answers stay.
FREE_TEXT_KINDS = ("survey_response",)

CHUNK = 2000
#: How long a request counter is kept after its window started (longer than any window).
COUNTER_KEPT = dt.timedelta(days=1)


@dataclass(frozen=True)
class Purged:
    records: int
    appointments: int


def free_text_questions(session: Session) -> FreeTextQuestions:
    """The free-text questions of every survey ever published, and of the shipped ones."""
    published = session.scalars(select(PublishedConfig.body["surveys"]))
    return free_text_questions_from(published, shipped_surveys_dir())


def _purged(payload: dict[str, Any], kind: str, surveys: FreeTextQuestions) -> dict[str, Any]:
    payload = dict(payload)
    for field, blank in PERSONAL_FIELDS.get(kind, {}).items():
        if field in payload:
            payload[field] = blank
    if kind in FREE_TEXT_KINDS and isinstance(payload.get("answers"), dict):
        choices = surveys.choices_of(payload.get("survey_id"), payload.get("survey_version"))
        payload["answers"] = remove_free_text(payload["answers"], choices)
    return payload


def kept_hash(
    kind: str, payload: dict[str, Any], surveys: FreeTextQuestions, *, purged: bool
) -> str:
    """The hash the server keeps of a record's ``payload`` (as ingest keeps it): of the
    payload cleared as retention clears it once ``purged``, so it gives back nothing the
    payload no longer holds."""
    from sync.server.ingest import canonical_of

    if purged:
        payload = _purged(payload, kind, surveys)
    return canonical_of(records.RecordKind(kind), payload)[1]


#: Kinds kept to the hour (a feedback's follow-up too: it names its feedback).
HOUR_ONLY_KINDS = tuple(
    kind.value
    for kind, model in records.RECORD_MODELS.items()
    if issubclass(model, records.HourOnly)
)


def rehash(connection: Connection) -> int:
    """Make each stored record's hash its kept payload's, as ingest and retention now do
    (server migration 0011), and a feedback's follow-up keep its time to the hour; how
    many rows changed.

    A server before hashed the payload as sent: that gave back a call name or a comment
    retention had cleared, and the minute an older kiosk sent with a record kept to the
    hour. Only the records cleared by retention and those kept to the hour are read."""
    changed = 0
    after = -1
    r = IngestedRecord
    follow_up = records.RecordKind.FEEDBACK_FOLLOW_UP.value
    while True:
        rows = connection.execute(
            select(r.seq, r.kind, r.payload, r.payload_hash)
            .where(
                r.seq > after,
                or_(r.kind.in_(HOUR_ONLY_KINDS), r.personal_purged_at.is_not(None)),
            )
            .order_by(r.seq)
            .limit(CHUNK)
        ).all()
        if not rows:
            return changed
        after = rows[-1].seq
        changes = []
        for row in rows:
            payload = row.payload
            if row.kind == follow_up:
                payload = _to_the_hour(payload)
            digest = kept_hash(row.kind, payload, FreeTextQuestions([]), purged=False)
            if payload != row.payload or digest != row.payload_hash:
                changes.append({"b_seq": row.seq, "b_payload": payload, "b_hash": digest})
        if changes:
            connection.execute(
                update(r)
                .where(r.seq == bindparam("b_seq"))
                .values(payload=bindparam("b_payload"), payload_hash=bindparam("b_hash")),
                changes,
            )
            changed += len(changes)


def _to_the_hour(payload: dict[str, Any]) -> dict[str, Any]:
    """A follow-up's payload with its time to the hour, as ingest keeps it now (as it was
    if it does not pass today's checks: it is left as stored)."""
    try:
        record = records.FeedbackFollowUp.model_validate(payload)
    except ValueError:
        return payload
    return records.payload_of(record)


def purge(database: Database, *, now: dt.datetime, days: int) -> Purged:
    """:func:`purge_personal` in a transaction of its own, then (SQLite) the database's log
    emptied, so no value it cleared stays in the log's old frames
    (:meth:`~sync.server.db.Database.empty_log`): the ``retention`` command and ``serve``'s
    hourly round. Each round empties it, so a log a reader kept from being emptied (said in
    the log) is emptied by the next."""
    with database.session() as session:
        purged = purge_personal(session, now=now, days=days)
    if not database.empty_log():
        log.warning(
            "retention: the database's log was not emptied (a reader held it): the values "
            "cleared stay in it until the next round"
        )
    return purged


def purge_personal(session: Session, *, now: dt.datetime, days: int) -> Purged:
    cutoff = now - dt.timedelta(days=days)
    records = 0
    surveys: FreeTextQuestions | None = None
    while True:
        rows = session.execute(
            select(
                IngestedRecord.seq,
                IngestedRecord.kind,
                IngestedRecord.payload,
                IngestedRecord.payload_hash,
                IngestedRecord.hub_id,
                IngestedRecord.day,
                IngestedRecord.channel,
            )
            .where(
                IngestedRecord.kind.in_([*PERSONAL_FIELDS, *FREE_TEXT_KINDS]),
                IngestedRecord.received_at < cutoff,
                IngestedRecord.personal_purged_at.is_(None),
            )
            .order_by(IngestedRecord.seq)
            .limit(CHUNK)
        ).all()
        if not rows:
            break
        if surveys is None:
            surveys = free_text_questions(session)
        changes = []
        for row in rows:
            payload = _purged(row.payload, row.kind, surveys)
            digest = kept_hash(row.kind, payload, surveys, purged=False)
            changes.append({"b_seq": row.seq, "b_payload": payload, "b_hash": digest})
        # The survey tallies count what the payloads now say (a removed comment still counts).
        survey_aggregates.revise(
            session,
            [
                (row._mapping, change["b_payload"])
                for row, change in zip(rows, changes, strict=True)
            ],
        )
        # Only a payload that held something personal is written again, with its hash; the
        # others (a ticket without a call name, most of them) are only marked, in one
        # statement. (A hash of an older server's, of the payload as sent, is written too.)
        rewritten = [
            change
            for row, change in zip(rows, changes, strict=True)
            if change["b_payload"] != row.payload or change["b_hash"] != row.payload_hash
        ]
        if rewritten:
            session.connection().execute(
                update(IngestedRecord)
                .where(IngestedRecord.seq == bindparam("b_seq"))
                .values(
                    payload=bindparam("b_payload"),
                    payload_hash=bindparam("b_hash"),
                    personal_purged_at=now,
                ),
                rewritten,
            )
        if len(rewritten) < len(changes):
            written = {change["b_seq"] for change in rewritten}
            kept = [c["b_seq"] for c in changes if c["b_seq"] not in written]
            session.connection().execute(
                update(IngestedRecord)
                .where(IngestedRecord.seq.in_(kept))
                .values(personal_purged_at=now)
            )
        records += len(rows)
    appointments = cast(
        CursorResult[Any],
        session.execute(
            update(AppointmentRow)
            .where(
                AppointmentRow.starts_at < cutoff,
                or_(*(getattr(AppointmentRow, name).is_not(None) for name in APPOINTMENT_PERSONAL)),
            )
            .values({name: None for name in APPOINTMENT_PERSONAL}),
        ),
    ).rowcount
    # Request counters name client addresses: none is kept past the longest window (an hour).
    session.execute(delete(RateCounter).where(RateCounter.window_start < now - COUNTER_KEPT))
    if records or appointments:
        session.add(
            AuditEvent(
                at=now,
                action="retention",
                detail=f"{counted(records, 'record')}, {counted(appointments, 'appointment')} "
                f"older than {counted(days, 'day')}",
            )
        )
    return Purged(records=records, appointments=int(appointments or 0))
