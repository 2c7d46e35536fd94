"""hub tallies: the managers' hub figures kept up to date at ingest (issue 16), filled
from the tickets and queue events already stored

Revision ID: 0006_hub_tallies
Revises: 0005_survey_tallies
Create Date: 2026-11-30 16:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sync.server import hub_aggregates

revision: str = "0006_hub_tallies"
down_revision: str | None = "0005_survey_tallies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _hub_day() -> list[sa.Column[object]]:
    return [
        sa.Column("hub_id", sa.String(length=48), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "hub_ticket_tally",
        *_hub_day(),
        sa.Column("service_id", sa.String(length=48), nullable=False),
        sa.Column("tickets", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("hub_id", "day", "service_id"),
    )
    op.create_table(
        "hub_outcome_tally",
        *_hub_day(),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("destination", sa.String(length=100), nullable=False),
        sa.Column("events", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("hub_id", "day", "outcome", "destination"),
    )
    op.create_table(
        "hub_channel_tally",
        *_hub_day(),
        sa.Column("activity", sa.String(length=20), nullable=False),
        sa.Column("service_id", sa.String(length=48), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("records", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("hub_id", "day", "activity", "service_id", "channel"),
    )
    op.create_table(
        "hub_ticket_wait",
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        *_hub_day(),
        sa.Column("checked_in", sa.Float(), nullable=True),
        sa.Column("called", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("ticket_id"),
    )
    op.create_index("ix_hub_ticket_wait_day_hub", "hub_ticket_wait", ["day", "hub_id"])
    # The records stored so far are counted once, here; ingest counts the new ones. The
    # bookings' starts have no column yet: 0008_appointment_waits notes them; the
    # check-ins turned away no table: 0010_turned_away_tally counts them.
    hub_aggregates.backfill(op.get_bind(), bookings=False, turned_away=False)


def downgrade() -> None:
    op.drop_index("ix_hub_ticket_wait_day_hub", table_name="hub_ticket_wait")
    op.drop_table("hub_ticket_wait")
    op.drop_table("hub_channel_tally")
    op.drop_table("hub_outcome_tally")
    op.drop_table("hub_ticket_tally")
