"""Backups of the local store with SQLite's online backup API; a few generations kept."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

log = logging.getLogger(__name__)

KEEP = 7
PREFIX = "hubkiosk-"
SUFFIX = ".sqlite3"


def backup_time(path: Path) -> dt.datetime:
    stamp = path.name.removeprefix(PREFIX).split("-", 1)[0]
    return dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%f").replace(tzinfo=dt.UTC)


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file()]
    return sorted(found, key=backup_time)


def newest_backup(folder: Path) -> Path | None:
    backups = list_backups(folder)
    return backups[-1] if backups else None


def make_backup(engine: Engine, folder: Path, *, reason: str = "daily", keep: int = KEEP) -> Path:
    """Copy the live database into ``folder`` with the backup API; prune to ``keep``."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        raw.close()
    for old in list_backups(folder)[:-keep]:
        old.unlink()
    log.info("store: backup written (%s)", reason)
    return target


def restore_newest(folder: Path, path: Path) -> Path | None:
    """Restore the newest sound backup into ``path``; ``None`` when there is none."""
    from hubkiosk.store.db import quick_check

    for candidate in reversed(list_backups(folder)):
        if quick_check(candidate) != "ok":
            log.error("store: backup %s is damaged too, trying an older one", candidate.name)
            continue
        source = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        destination = sqlite3.connect(path)
        try:
            source.backup(destination)
        finally:
            source.close()
            destination.close()
        return candidate
    return None
