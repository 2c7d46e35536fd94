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

The payload hash is kept, so a late re-send of the same record is still recognised as a
duplicate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, delete, or_, select, update
from sqlalchemy.orm import Session

from sync.protocol import records
from sync.protocol.surveys import (
    FreeTextQuestions,
    free_text_questions_from,
    remove_free_text,
)
from sync.protocol.wire import AppointmentEntry
from sync.server import survey_aggregates
from sync.server.models import (
    AppointmentRow,
    AuditEvent,
    IngestedRecord,
    PublishedConfig,
    RateCounter,
)
from sync.server.survey_reports import shipped_surveys_dir

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
        changes = [
            {"b_seq": row.seq, "b_payload": _purged(row.payload, row.kind, surveys)} for row in rows
        ]
        # The survey tallies count what the payloads now say (a removed comment still counts).
        survey_aggregates.revise(
            session,
            [
                (row._mapping, change["b_payload"])
                for row, change in zip(rows, changes, strict=True)
            ],
        )
        # Only a payload that held something personal is written again; the others (a
        # ticket without a call name, most of them) are only marked, in one statement.
        rewritten = [
            change
            for row, change in zip(rows, changes, strict=True)
            if change["b_payload"] != row.payload
        ]
        if rewritten:
            session.connection().execute(
                update(IngestedRecord)
                .where(IngestedRecord.seq == bindparam("b_seq"))
                .values(payload=bindparam("b_payload"), personal_purged_at=now),
                rewritten,
            )
        if len(rewritten) < len(changes):
            kept = [
                c["b_seq"]
                for row, c in zip(rows, changes, strict=True)
                if c["b_payload"] == row.payload
            ]
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
                detail=f"{records} records, {appointments} appointments older than {days} days",
            )
        )
    return Purged(records=records, appointments=int(appointments or 0))
