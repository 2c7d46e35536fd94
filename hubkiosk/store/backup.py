"""Backups of the local store with SQLite's online backup API; a few generations kept.

A backup's time is the kiosk's clock when it was written (in its file name). That clock can
be wrong: a hub PC with a flat RTC battery may run a year fast until NTP puts it right. A
backup whose time is later than now (beyond :data:`CLOCK_SLACK`) was therefore written
before the clock was corrected: it counts as older than every backup from the present, so
the daily backup resumes, pruning drops it first and never the one just written.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from hubkiosk.store.models import CLOCK_SLACK

log = logging.getLogger(__name__)

KEEP = 7
PREFIX = "hubkiosk-"
SUFFIX = ".sqlite3"


def backup_time(path: Path) -> dt.datetime:
    stamp = path.name.removeprefix(PREFIX).split("-", 1)[0]
    return dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%f").replace(tzinfo=dt.UTC)


def _stamped(path: Path) -> bool:
    try:
        backup_time(path)
    except ValueError:
        return False
    return True


def _system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def from_the_future(path: Path, now: dt.datetime) -> bool:
    """Whether ``path`` was written while the clock ran ahead of ``now``."""
    return backup_time(path) > now + CLOCK_SLACK


def list_backups(folder: Path, *, now: Callable[[], dt.datetime] | None = None) -> list[Path]:
    """Backups in ``folder``, oldest first; those from the future before all others."""
    if not folder.is_dir():
        return []
    # Only the kiosk's own (named by the time they were written): a copy IT named by hand
    # there is never counted, restored or pruned, and stops nothing.
    found = [p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file() and _stamped(p)]
    present = (now or _system_now)()
    return sorted(found, key=lambda p: (not from_the_future(p, present), backup_time(p)))


def newest_backup(folder: Path, *, now: Callable[[], dt.datetime] | None = None) -> Path | None:
    backups = list_backups(folder, now=now)
    return backups[-1] if backups else None


def make_backup(
    engine: Engine,
    folder: Path,
    *,
    reason: str = "daily",
    keep: int = KEEP,
    now: Callable[[], dt.datetime] | None = None,
) -> Path:
    """Copy the live database into ``folder`` with the backup API; prune to ``keep``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = (now or _system_now)()
    stamp = written.strftime("%Y%m%dT%H%M%S%f")
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
    others = [p for p in list_backups(folder, now=lambda: written) if p != target]
    for old in others[: max(0, len(others) - (keep - 1))]:
        if from_the_future(old, written):
            log.warning("store: backup %s is dated ahead of the clock; pruned first", old.name)
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
