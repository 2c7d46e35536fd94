"""Kiosk retention: personal fields go once a record is acknowledged and the grace is over.

Fields named in :data:`~hubkiosk.store.models.PERSONAL_FIELDS` are cleared on the record
and in its outbox payload (``answers`` becomes ``{}``, the others ``None``) when the
server acknowledged the record more than ``grace`` ago. Pending and dead-lettered records
keep theirs: they have not reached the centre. Appointments lose theirs once they started
more than ``grace`` ago. The clock is injected so tests move time without waiting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from hubkiosk.store.models import (
    PERSONAL_FIELDS,
    Appointment,
    Base,
    FormSubmission,
    OutboxItem,
    OutboxState,
    Ticket,
    utcnow,
)

RECORD_TABLES: dict[str, type[Base]] = {"ticket": Ticket, "form_submission": FormSubmission}


def _blank(field: str) -> Any:
    return {} if field == "answers" else None


@dataclass(frozen=True)
class Purged:
    records: int
    appointments: int


def purge_personal(
    session: Session, *, grace: dt.timedelta, now: Callable[[], dt.datetime] = utcnow
) -> Purged:
    cutoff = now() - grace
    records = 0
    for kind, model in RECORD_TABLES.items():
        fields = PERSONAL_FIELDS[kind]
        acked = select(OutboxItem.id).where(
            OutboxItem.kind == kind,
            OutboxItem.state == OutboxState.SENT,
            OutboxItem.acked_at < cutoff,
        )
        table_id = model.__table__.c.id
        session.execute(
            update(model)
            .where(table_id.in_(acked))
            .values({field: _blank(field) for field in fields})
            .execution_options(synchronize_session=False)
        )
        for item in session.scalars(
            select(OutboxItem).where(
                OutboxItem.kind == kind,
                OutboxItem.state == OutboxState.SENT,
                OutboxItem.acked_at < cutoff,
            )
        ):
            payload = dict(item.payload)
            if any(payload.get(field) not in (None, {}) for field in fields):
                for field in fields:
                    if field in payload:
                        payload[field] = _blank(field)
                item.payload = payload
                records += 1
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
