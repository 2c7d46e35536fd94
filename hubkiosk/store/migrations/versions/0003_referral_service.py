"""a referral names the catalogue service it went to

Revision ID: 0003_referral_service
Revises: 0002_signin
Create Date: 2026-11-30 12:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_referral_service"
down_revision: str | None = "0002_signin"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("queue_event") as batch:
        batch.add_column(sa.Column("referred_service_id", sa.String(length=48), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("queue_event") as batch:
        batch.drop_column("referred_service_id")
