"""adviser sign-in attempts and the persistent lockout

Revision ID: 0002_signin
Revises: 0001
Create Date: 2026-11-30 11:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hubkiosk.store.models

revision: str = "0002_signin"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "adviser_signin",
        sa.Column("hub_id", sa.String(length=48), nullable=False),
        sa.Column("adviser_id", sa.String(length=48), nullable=True),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", hubkiosk.store.models.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "signin_guard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", hubkiosk.store.models.UTCDateTime(), nullable=True),
        sa.Column("locked_at", hubkiosk.store.models.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("signin_guard")
    op.drop_table("adviser_signin")
