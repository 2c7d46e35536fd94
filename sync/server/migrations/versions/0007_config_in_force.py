"""config in force: the configuration each kiosk says it holds (its If-None-Match at its
last configuration check), for IT's fleet page

Revision ID: 0007_config_in_force
Revises: 0006_hub_tallies
Create Date: 2026-12-01 13:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_config_in_force"
down_revision: str | None = "0006_hub_tallies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("config_in_force", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("config_in_force")
