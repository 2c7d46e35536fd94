"""quick feedback's follow-up: what it was mostly about, and a comment

Revision ID: 0003_feedback_follow_up
Revises: 0002_signin
Create Date: 2026-11-30 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hubkiosk.store.models

revision: str = "0003_feedback_follow_up"
down_revision: str | None = "0003_assisted"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feedback_follow_up",
        sa.Column("hub_id", sa.String(length=48), nullable=False),
        sa.Column("feedback_id", sa.Uuid(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", hubkiosk.store.models.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("feedback_follow_up")
