"""device: the kiosk's clock less the server's at its last report, for IT's fleet page (a
kiosk whose clock is wrong puts its visits on wrong days)

Revision ID: 0013_clock_offset
Revises: 0012_one_kiosk_per_hub
Create Date: 2026-12-02 07:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_clock_offset"
down_revision: str | None = "0012_one_kiosk_per_hub"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("reported_clock_offset_seconds", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("reported_clock_offset_seconds")
