"""feedback wait bands: each quick feedback keeps its wait as the band the feedback report
counts it in ("0-9 min"...: the band's start), not the minute, which with its hub, service
and hour picked out the one ticket of that wait, and so its resident's call name

Revision ID: 0014_feedback_wait_bands
Revises: 0013_clock_offset
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import bindparam, select, update

from sync.protocol import records
from sync.protocol.surveys import FreeTextQuestions
from sync.server import retention
from sync.server.models import IngestedRecord

revision: str = "0014_feedback_wait_bands"
down_revision: str | None = "0013_clock_offset"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Every stored feedback's wait as its band's start, with the kept payload's hash (as
    ingest keeps one an older kiosk sends now). Only feedback is read, a chunk at a time;
    only the rows that change are written. The report's figures do not change: each wait
    stays in its band."""
    connection = op.get_bind()
    r = IngestedRecord
    after = -1
    while True:
        rows = connection.execute(
            select(r.seq, r.payload)
            .where(r.seq > after, r.kind == records.RecordKind.FEEDBACK.value)
            .order_by(r.seq)
            .limit(retention.CHUNK)
        ).all()
        if not rows:
            return
        after = rows[-1].seq
        changes = []
        for row in rows:
            wait = row.payload.get("wait_minutes")
            if type(wait) is not int or (band := records.wait_band(wait)) in (None, wait):
                continue  # a band already, none, or not a wait (the report counts it as none)
            payload = {**row.payload, "wait_minutes": band}
            digest = retention.kept_hash(
                records.RecordKind.FEEDBACK.value, payload, FreeTextQuestions([]), purged=False
            )
            changes.append({"b_seq": row.seq, "b_payload": payload, "b_hash": digest})
        if changes:
            connection.execute(
                update(r)
                .where(r.seq == bindparam("b_seq"))
                .values(payload=bindparam("b_payload"), payload_hash=bindparam("b_hash")),
                changes,
            )


def downgrade() -> None:
    # The minutes are gone (that was the point): nothing to restore.
    pass
