"""fleet health: the latest heartbeat's machine health per device, IT's fleet policy

Revision ID: 0003_fleet
Revises: 0001
Create Date: 2026-11-30 11:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sync.server.models

revision: str = "0003_fleet"
down_revision: str | None = "0002_trust"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("health_at", sync.server.models.UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("uptime_seconds", sa.Float(), nullable=True))
        batch.add_column(sa.Column("printer_state", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("printer_fault", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("free_disk_bytes", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("last_backup_at", sync.server.models.UTCDateTime(), nullable=True)
        )
        batch.add_column(sa.Column("last_error", sa.String(length=300), nullable=True))
    op.create_table(
        "fleet_setting",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("fleet_setting")
    with op.batch_alter_table("device") as batch:
        for column in (
            "last_error",
            "last_backup_at",
            "free_disk_bytes",
            "printer_fault",
            "printer_state",
            "uptime_seconds",
            "health_at",
        ):
            batch.drop_column(column)
