"""The SQLite settings the kiosk's store and the central server's SQLite database share.

Both acknowledge a write only after its commit (a ticket on screen is a promise; a pushed
record is then forgotten by the kiosk), so both run WAL with ``synchronous=FULL`` (NORMAL
in WAL mode may lose the last transactions at a power cut), enforce foreign keys, and wait
``busy_timeout`` for a writer that overlaps. Each side picks its timeout and may add its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def durable_pragmas(busy_timeout_ms: int, *extra: str) -> Callable[[Any, Any], None]:
    """A SQLAlchemy ``connect`` listener setting those pragmas, then ``extra`` ones
    (``"secure_delete=ON"``), on every new connection."""
    pragmas = (
        "journal_mode=WAL",
        "synchronous=FULL",
        "foreign_keys=ON",
        f"busy_timeout={busy_timeout_ms}",
        *extra,
    )

    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    return set_pragmas
