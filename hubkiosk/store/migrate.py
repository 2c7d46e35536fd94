"""Alembic migrations for the local store, applied at start (after a backup)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def heads() -> set[str]:
    """The newest revision of every branch (features may add their own branch)."""
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def upgrade(engine: Engine, before: Callable[[], object] | None = None) -> bool:
    """Bring the schema to head; ``before`` runs first when an existing store will change.

    Returns whether anything was migrated.
    """
    present = current(engine)
    if present == heads():
        return False
    if present and before is not None:
        before()
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    return True
