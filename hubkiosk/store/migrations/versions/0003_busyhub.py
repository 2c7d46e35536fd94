"""indexes for check-in whatever the history: the day's queue and the latest services

A check-in read today's queue through a join that scanned every past queue event, and the
wait estimate read every event of the last fortnight: both now go through indexes, so
their cost does not grow with the history the store holds (issue 16, busy hub).

Revision ID: 0003_busyhub
Revises: 0002_signin
Create Date: 2026-11-30 12:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_busyhub"
down_revision: str | None = "0003_feedback_follow_up"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_ticket_hub_day", "ticket", ["hub_id", "day"])
    op.create_index("ix_queue_event_ticket_kind", "queue_event", ["ticket_id", "kind"])
    op.create_index("ix_queue_event_kind_at", "queue_event", ["kind", "at"])


def downgrade() -> None:
    op.drop_index("ix_queue_event_kind_at", table_name="queue_event")
    op.drop_index("ix_queue_event_ticket_kind", table_name="queue_event")
    op.drop_index("ix_ticket_hub_day", table_name="ticket")
