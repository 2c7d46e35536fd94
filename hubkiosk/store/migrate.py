"""Alembic migrations for the local store, applied at start (after a backup).

Most starts find the store already at the newest revision of every branch. Importing
Alembic (and Mako, which it pulls in) only to learn that costs a kiosk start about half a
second, so the check is done without it: the revision recorded in ``alembic_version`` is
read with plain SQL and compared with the heads found by reading the ``revision`` and
``down_revision`` lines of the files in ``migrations/versions`` (a head is a revision no
other revision names as its parent, so branches added per feature and merges need no code
change here). Only a store that is not at those heads imports Alembic and migrates.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

#: ``revision: str = "0001"`` / ``down_revision: str | None = ("a", "b")``, one line each
#: as Alembic's script template writes them.
_ASSIGNMENT = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=\n]*)?=\s*(?P<value>.+?)\s*$", re.MULTILINE
)


def _names(value: object) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, str):
        return {value}
    if isinstance(value, tuple | list):
        return {str(item) for item in value}
    raise ValueError(f"unexpected revision value {value!r}")


def _script_graph(migrations: Path) -> tuple[set[str], set[str]]:
    """Every revision of ``migrations/versions`` and every one named as a parent."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((migrations / "versions").glob("*.py")):
        found = {
            match["name"]: ast.literal_eval(match["value"])
            for match in _ASSIGNMENT.finditer(path.read_text(encoding="utf-8"))
        }
        if "revision" not in found:
            continue  # __init__.py, helpers
        revisions |= _names(found["revision"])
        parents |= _names(found.get("down_revision"))
    return revisions, parents


def script_heads(migrations: Path = MIGRATIONS) -> frozenset[str]:
    """The head revisions of ``migrations/versions``, read from the files without Alembic."""
    revisions, parents = _script_graph(migrations)
    return frozenset(revisions - parents)


class StoreTooNew(RuntimeError):
    """The store was written by a newer kiosk: this one cannot read or migrate it."""


def recorded(engine: Engine) -> frozenset[str]:
    """The revisions recorded in the store's ``alembic_version`` (empty for a new store)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return frozenset()
        rows = connection.execute(text("SELECT version_num FROM alembic_version"))
        return frozenset(str(row[0]) for row in rows)


def alembic_config(migrations: Path = MIGRATIONS) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations))
    return config


def heads(migrations: Path = MIGRATIONS) -> set[str]:
    """The newest revision of every branch, as Alembic sees them (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config(migrations)).get_heads())


def current(engine: Engine) -> set[str]:
    """The store's revisions, as Alembic reads them (imports Alembic)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def upgrade(
    engine: Engine,
    before: Callable[[], object] | None = None,
    *,
    migrations: Path = MIGRATIONS,
) -> bool:
    """Bring the schema to every head; ``before`` runs first when an existing store will
    change. Alembic is imported only when the store is not already at the heads.

    Returns whether anything was migrated.
    """
    present = recorded(engine)
    if present and present == script_heads(migrations):
        return False
    unknown = present - _script_graph(migrations)[0]
    if unknown:
        # Refused before any backup: a "pre-migration" backup of a store that cannot be
        # migrated pushed out a good one, at every restart of the service.
        raise StoreTooNew(
            f"the store was written by a newer Hub Kiosk (schema revision "
            f"{', '.join(sorted(unknown))}, unknown to this version): install that version "
            "or newer; the store and its backups were not changed"
        )
    from alembic import command

    if present and present == heads(migrations):
        return False  # the files' heads and Alembic's disagree: Alembic decides
    if present and before is not None:
        before()
    config = alembic_config(migrations)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    return True
