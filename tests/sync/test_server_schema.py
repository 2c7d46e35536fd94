"""The server's migrations make exactly the tables its models describe (a column added to a
model without its migration would fail on every upgraded server, not in a fresh test)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sync.server.db import Database
from sync.server.models import Base


@pytest.mark.both_databases
def test_the_migrated_schema_is_the_models_schema(db_url: str) -> None:
    database = Database(db_url)
    try:
        with database.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    finally:
        database.dispose()
