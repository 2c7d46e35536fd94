"""feedback wait bands: a quick feedback keeps its wait as the band the feedback report
counts it in (the band's start), in its row and in its outbox item, not the minute, which
with its hub, service and hour picked out the one ticket of that wait at the centre

Revision ID: 0005_feedback_wait_bands
Revises: 0004_turned_away
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sync.protocol.records import wait_band

revision: str = "0005_feedback_wait_bands"
down_revision: str | None = "0004_turned_away"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    feedback = sa.table("feedback", sa.column("id", sa.Uuid()), sa.column("wait_minutes"))
    outbox = sa.table(
        "outbox_item", sa.column("seq"), sa.column("kind"), sa.column("payload", sa.JSON())
    )
    rows = connection.execute(
        sa.select(feedback.c.id, feedback.c.wait_minutes).where(
            feedback.c.wait_minutes.is_not(None)
        )
    ).all()
    for row in rows:
        band = wait_band(row.wait_minutes)
        if band != row.wait_minutes:
            connection.execute(
                sa.update(feedback).where(feedback.c.id == row.id).values(wait_minutes=band)
            )
    items = connection.execute(
        sa.select(outbox.c.seq, outbox.c.payload).where(outbox.c.kind == "feedback")
    ).all()
    for item in items:
        wait = item.payload.get("wait_minutes")
        if type(wait) is int and wait_band(wait) != wait:
            payload = {**item.payload, "wait_minutes": wait_band(wait)}
            connection.execute(
                sa.update(outbox).where(outbox.c.seq == item.seq).values(payload=payload)
            )


def downgrade() -> None:
    # The minutes are gone (that was the point): nothing to restore.
    pass
