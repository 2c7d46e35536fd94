"""enrolment codes: whether the kiosk enrolling with one replaces the hub's kiosk (a hub
runs one kiosk; `enrol --replace`)

Revision ID: 0012_one_kiosk_per_hub
Revises: 0011_kept_hashes
Create Date: 2026-12-02 07:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_one_kiosk_per_hub"
down_revision: str | None = "0011_kept_hashes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("enrolment_code") as batch:
        batch.add_column(
            sa.Column("replaces", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("enrolment_code") as batch:
        batch.drop_column("replaces")
