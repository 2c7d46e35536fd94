"""Alembic migrations for the server database (``hubkiosk-server migrate``)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head() -> str:
    revision = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert revision is not None
    return revision


def current(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


class UnknownRevision(Exception):
    """The database is at a revision none of this server's migrations make: a newer server
    migrated it, or it is not a central database at all (the message says which)."""


#: Tables only a central database has (a kiosk's store has a ``hub`` and an ``appointment``).
CENTRAL_TABLES = ("published_config", "ingested_record")


def check_known(engine: Engine, found: str | None) -> None:
    """Raise :class:`UnknownRevision` when the database's revision ``found`` is not one of
    this server's: migrating it would fail half-way, serving it would answer errors."""
    script = ScriptDirectory.from_config(alembic_config())
    if found is None or found in {each.revision for each in script.walk_revisions()}:
        return
    with engine.connect() as connection:
        tables = inspect(connection)
        central = all(tables.has_table(name) for name in CENTRAL_TABLES)
    if central:
        raise UnknownRevision(
            f"the database was migrated by a newer hubkiosk-server (revision {found}; this "
            f"one knows up to {head()}): upgrade this server to use it"
        )
    raise UnknownRevision(
        f"the database is not a Hub Kiosk central database (its schema revision {found} is "
        "none of this server's; a kiosk's own store is not one): check --db (or "
        "HUBKIOSK_SERVER_DB_URL)"
    )


def steps(found: str | None) -> list[tuple[str, str]]:
    """The migrations from revision ``found`` (None: a new database) to head, in order:
    each one's revision and what it does (its description's first paragraph)."""
    script = ScriptDirectory.from_config(alembic_config())
    chain = list(script.iterate_revisions(head(), found))  # head first
    return [(each.revision, _what(each.doc or "")) for each in reversed(chain)]


def _what(doc: str) -> str:
    return " ".join(doc.strip().split("\n\n")[0].split())


def upgrade(engine: Engine) -> bool:
    """Bring the schema to head; returns whether anything changed. Raises
    :class:`UnknownRevision` on a database at a revision this server does not know."""
    found = current(engine)
    if found == head():
        return False
    check_known(engine, found)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
