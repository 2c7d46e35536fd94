"""survey tallies: survey figures kept up to date at ingest (issue 16), filled from the
responses already stored

Revision ID: 0005_survey_tallies
Revises: 0004_channel
Create Date: 2026-11-30 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sync.server import survey_aggregates

revision: str = "0005_survey_tallies"
down_revision: str | None = "0004_channel"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _group() -> list[sa.Column[object]]:
    return [
        sa.Column("survey_id", sa.String(length=48), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hub_id", sa.String(length=48), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "survey_tally",
        *_group(),
        sa.Column("responses", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("survey_id", "day", "hub_id", "channel", "complete"),
    )
    op.create_table(
        "survey_answer_tally",
        *_group(),
        sa.Column("question_id", sa.String(length=48), nullable=False),
        sa.Column("part", sa.String(length=56), nullable=False),
        sa.Column("answer_key", sa.String(length=200), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("responses", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "survey_id",
            "day",
            "hub_id",
            "channel",
            "complete",
            "question_id",
            "part",
            "answer_key",
        ),
    )
    # The responses stored so far are counted once, here; ingest counts the new ones.
    survey_aggregates.backfill(op.get_bind())


def downgrade() -> None:
    op.drop_table("survey_answer_tally")
    op.drop_table("survey_tally")
