"""appointment check-ins that ended without one: counted, anonymously

Revision ID: 0004_turned_away
Revises: 0003_busyhub
Create Date: 2026-12-02 02:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hubkiosk.store.models

revision: str = "0004_turned_away"
down_revision: str | None = "0003_busyhub"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "check_in_turned_away",
        sa.Column("hub_id", sa.String(length=48), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column(
            "channel",
            sa.Enum("SELF_SERVICE", "ASSISTED", name="channel", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("adviser_id", sa.String(length=48), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", hubkiosk.store.models.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("check_in_turned_away")
