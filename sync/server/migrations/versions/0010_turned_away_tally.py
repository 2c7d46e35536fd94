"""turned away at check-in: residents who came to check in for an appointment and left
without checking in, counted per hub, day and reason at ingest for the hub report (beside
the visits, not in them), filled from the records already stored

Revision ID: 0010_turned_away_tally
Revises: 0009_set_aside_cleared
Create Date: 2026-12-02 02:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sync.server import hub_aggregates

revision: str = "0010_turned_away_tally"
down_revision: str | None = "0009_set_aside_cleared"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hub_turned_away_tally",
        sa.Column("hub_id", sa.String(length=48), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("records", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("hub_id", "day", "reason"),
    )
    # A server that took these records before (none did: the kind is new with this
    # revision) would have them counted here; ingest counts the new ones.
    hub_aggregates.count_turned_away(op.get_bind())


def downgrade() -> None:
    op.drop_table("hub_turned_away_tally")
