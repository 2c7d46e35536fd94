"""Server retention: personal fields are cleared once older than the configured days.

Only the personal fields go (a ticket's call name, a form's answers, an appointment's
reference, surname and phone); the rest of each record stays for the reports. The payload
hash is kept, so a late re-send of the same record is still recognised as a duplicate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, or_, select, update
from sqlalchemy.orm import Session

from sync.server.models import AppointmentRow, AuditEvent, IngestedRecord

#: Personal fields per record kind and what replaces them.
PERSONAL_FIELDS: dict[str, dict[str, Any]] = {
    "ticket": {"call_name": None},
    "form_submission": {"answers": {}},
}

CHUNK = 2000


@dataclass(frozen=True)
class Purged:
    records: int
    appointments: int


def purge_personal(session: Session, *, now: dt.datetime, days: int) -> Purged:
    cutoff = now - dt.timedelta(days=days)
    records = 0
    while True:
        rows = session.execute(
            select(IngestedRecord.seq, IngestedRecord.kind, IngestedRecord.payload)
            .where(
                IngestedRecord.kind.in_(list(PERSONAL_FIELDS)),
                IngestedRecord.received_at < cutoff,
                IngestedRecord.personal_purged_at.is_(None),
            )
            .order_by(IngestedRecord.seq)
            .limit(CHUNK)
        ).all()
        if not rows:
            break
        changes = []
        for row in rows:
            payload = dict(row.payload)
            for field, blank in PERSONAL_FIELDS[row.kind].items():
                if field in payload:
                    payload[field] = blank
            changes.append({"b_seq": row.seq, "b_payload": payload})
        session.connection().execute(
            update(IngestedRecord)
            .where(IngestedRecord.seq == bindparam("b_seq"))
            .values(payload=bindparam("b_payload"), personal_purged_at=now),
            changes,
        )
        records += len(rows)
    appointments = cast(
        CursorResult[Any],
        session.execute(
            update(AppointmentRow)
            .where(
                AppointmentRow.starts_at < cutoff,
                or_(
                    AppointmentRow.reference.is_not(None),
                    AppointmentRow.surname.is_not(None),
                    AppointmentRow.phone.is_not(None),
                ),
            )
            .values(reference=None, surname=None, phone=None),
        ),
    ).rowcount
    if records or appointments:
        session.add(
            AuditEvent(
                at=now,
                action="retention",
                detail=f"{records} records, {appointments} appointments older than {days} days",
            )
        )
    return Purged(records=records, appointments=int(appointments or 0))
