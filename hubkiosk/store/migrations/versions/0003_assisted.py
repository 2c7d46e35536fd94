"""assisted mode: each resident's record says self-service or assisted (and by whom);
adviser sessions and assisted visits are records

Revision ID: 0003_assisted
Revises: 0002_signin
Create Date: 2026-11-30 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hubkiosk.store.models

revision: str = "0003_assisted"
down_revision: str | None = "0003_referral_service"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Tables of residents' records; rows made before this revision were made alone.
ATTRIBUTED = ("ticket", "queue_event", "form_submission", "survey_response", "feedback")
CHANNEL = sa.Enum("SELF_SERVICE", "ASSISTED", name="channel", native_enum=False, length=20)


def upgrade() -> None:
    for table in ATTRIBUTED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("channel", CHANNEL, nullable=False, server_default="SELF_SERVICE")
            )
            if table != "queue_event":  # it already names the adviser of desk events
                batch.add_column(sa.Column("adviser_id", sa.String(length=48), nullable=True))
    for table, pair in (("adviser_session", "session_id"), ("assisted_visit", "visit_id")):
        op.create_table(
            table,
            sa.Column("hub_id", sa.String(length=48), nullable=False),
            sa.Column("adviser_id", sa.String(length=48), nullable=False),
            sa.Column(pair, sa.Uuid(), nullable=False),
            sa.Column("event", sa.String(length=20), nullable=False),
            sa.Column("reason", sa.String(length=20), nullable=True),
            sa.Column("id", sa.Uuid(), nullable=False),
            sa.Column("created_at", hubkiosk.store.models.UTCDateTime(), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )


def downgrade() -> None:
    op.drop_table("assisted_visit")
    op.drop_table("adviser_session")
    for table in ATTRIBUTED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("channel")
            if table != "queue_event":
                batch.drop_column("adviser_id")
