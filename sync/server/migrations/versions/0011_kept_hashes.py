"""kept hashes: each record's hash is its kept payload's (cleared by retention, times to the
hour), not the payload's as sent, which gave back what retention cleared; a feedback's
follow-up keeps its time to the hour

Revision ID: 0011_kept_hashes
Revises: 0010_turned_away_tally
Create Date: 2026-12-02 05:00:00
"""

from collections.abc import Sequence

from alembic import op

from sync.server import retention

revision: str = "0011_kept_hashes"
down_revision: str | None = "0010_turned_away_tally"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    retention.rehash(op.get_bind())


def downgrade() -> None:
    # The hashes of the payloads as sent are gone (that was the point): nothing to restore.
    pass
