"""set-aside records: when each kiosk clears the personal fields of its oldest record set
aside for IT (its set_aside_days after the server refused it), for IT's fleet page

Revision ID: 0009_set_aside_cleared
Revises: 0008_appointment_waits
Create Date: 2026-12-01 16:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sync.server.models

revision: str = "0009_set_aside_cleared"
down_revision: str | None = "0008_appointment_waits"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(
            sa.Column(
                "reported_set_aside_cleared_at", sync.server.models.UTCDateTime(), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("reported_set_aside_cleared_at")
