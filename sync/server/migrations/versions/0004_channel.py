"""channel shift: whether a resident's record was self-service or assisted, by whom, and
what the resident did (ticket, check-in, form), extracted at ingest for the reports

Revision ID: 0004_channel
Revises: 0003_fleet
Create Date: 2026-11-30 12:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_channel"
down_revision: str | None = "0003_fleet"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ingested_record") as batch:
        batch.add_column(sa.Column("channel", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("adviser_id", sa.String(length=48), nullable=True))
        batch.add_column(sa.Column("activity", sa.String(length=20), nullable=True))
    # Records stored before were all made alone: say so, and what the resident did.
    bind = op.get_bind()
    records = sa.table(
        "ingested_record",
        sa.column("id", sa.Uuid()),
        sa.column("kind", sa.String()),
        sa.column("payload", sa.JSON()),
        sa.column("service_id", sa.String()),
        sa.column("channel", sa.String()),
        sa.column("activity", sa.String()),
        sa.column("event_kind", sa.String()),
    )
    bind.execute(
        records.update()
        .where(records.c.kind.in_(["ticket", "form_submission", "survey_response", "feedback"]))
        .values(channel="self_service")
    )
    bind.execute(
        records.update()
        .where(records.c.kind == "queue_event", records.c.event_kind == "checked_in")
        .values(channel="self_service")
    )
    rows = bind.execute(
        sa.select(records.c.id, records.c.kind, records.c.payload).where(
            records.c.kind.in_(["ticket", "form_submission"])
        )
    ).all()
    for row in rows:
        payload = row.payload or {}
        values: dict[str, str | None]
        if row.kind == "ticket":
            values = {"activity": "check_in" if payload.get("appointment_id") else "ticket"}
        else:
            values = {"activity": "form", "service_id": payload.get("form_id")}
        bind.execute(records.update().where(records.c.id == row.id).values(**values))


def downgrade() -> None:
    with op.batch_alter_table("ingested_record") as batch:
        batch.drop_column("activity")
        batch.drop_column("adviser_id")
        batch.drop_column("channel")
