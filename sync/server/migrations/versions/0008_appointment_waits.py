"""appointment waits: a ticket for a booking keeps the booking's start beside its first
check-in and call, so a resident early for an appointment waits from its time; the
tickets stored before are given theirs from the bookings the server holds

Revision ID: 0008_appointment_waits
Revises: 0007_config_in_force
Create Date: 2026-12-02 10:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sync.server import hub_aggregates

revision: str = "0008_appointment_waits"
down_revision: str | None = "0007_config_in_force"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hub_ticket_wait") as batch:
        batch.add_column(sa.Column("appointment_at", sa.Float(), nullable=True))
    # The report counts every day by the same rule: the waits already kept are counted
    # again from the stored tickets and the bookings they name.
    hub_aggregates.note_bookings(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("hub_ticket_wait") as batch:
        batch.drop_column("appointment_at")
