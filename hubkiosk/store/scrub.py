"""Personal data out of the places retention does not reach: old config snapshots and backups.

:func:`hubkiosk.store.retention.purge_personal` clears personal fields in the live tables.
Two copies outlived it: each stored config snapshot kept its day's bookings (reference,
surname, phone) for ever, and the seven backups kept names, form answers and phones. After
each retention round :func:`scrub_after_retention`

- empties the appointments of every stored snapshot whose day is over (the snapshot stays:
  its surveys and forms are still read), and
- scrubs every backup file as the live store was scrubbed: the backup first learns which of
  its outbox items the server has acknowledged since, and which it refused (set aside for IT,
  and since when), from the live store; then the same
  :func:`purge_personal` and snapshot scrub run on it, and the file is vacuumed with
  ``secure_delete`` so no cleared value lingers in a free page. A backup that cannot be
  opened is removed: it could hold personal data no one can clear.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, create_engine, event, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hubkiosk.store import backup
from hubkiosk.store.db import Store
from hubkiosk.store.models import ConfigSnapshot, OutboxItem, OutboxState, utcnow
from hubkiosk.store.retention import SET_ASIDE_KEPT, purge_personal

log = logging.getLogger(__name__)

LOCAL_TZ = ZoneInfo("Europe/London")


def scrub_snapshots(session: Session, today: dt.date) -> int:
    """Drop the bookings of stored snapshots whose appointments day is before ``today``."""
    changed = 0
    for snapshot in session.scalars(select(ConfigSnapshot)):
        body = dict(snapshot.body)
        day = body.get("appointments_day")
        if not body.get("appointments") or not isinstance(day, str):
            continue
        try:
            over = dt.date.fromisoformat(day) < today
        except ValueError:
            over = True  # a day we cannot read: keep no bookings rather than keep them
        if over:
            body["appointments"] = []
            snapshot.body = body
            changed += 1
    return changed


def _acknowledged(session: Session, since: dt.datetime | None) -> list[dict[str, Any]]:
    """Items the server acknowledged since ``since`` (older ones are sent in every backup);
    every acknowledged item when ``since`` is ``None``."""
    query = select(OutboxItem.id, OutboxItem.acked_at, OutboxItem.server_seq).where(
        OutboxItem.state == OutboxState.SENT
    )
    if since is not None:
        query = query.where(OutboxItem.acked_at >= since)
    rows = session.execute(query)
    return [{"b_id": row.id, "b_acked_at": row.acked_at, "b_seq": row.server_seq} for row in rows]


def _set_aside(session: Session) -> list[dict[str, Any]]:
    """Items set aside for IT and since when (few: every one, whatever the backups' age)."""
    rows = session.execute(
        select(OutboxItem.id, OutboxItem.acked_at).where(
            OutboxItem.state == OutboxState.DEAD, OutboxItem.acked_at.is_not(None)
        )
    )
    return [{"b_id": row.id, "b_acked_at": row.acked_at} for row in rows]


def _secure_delete(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def scrub_backup(
    path: Path,
    acknowledged: list[dict[str, Any]],
    *,
    grace: dt.timedelta,
    now: Callable[[], dt.datetime],
    set_aside: dt.timedelta = SET_ASIDE_KEPT,
    refused: list[dict[str, Any]] | None = None,
) -> bool:
    """Scrub one backup file in place; whether anything was cleared."""
    engine = create_engine(f"sqlite+pysqlite:///{path}", hide_parameters=True)
    event.listen(engine, "connect", _secure_delete)
    try:
        with Session(engine) as session, session.begin():
            if acknowledged:
                session.connection().execute(
                    update(OutboxItem)
                    .where(
                        OutboxItem.id == bindparam("b_id"),
                        OutboxItem.state != OutboxState.SENT,
                    )
                    .values(
                        state=OutboxState.SENT,
                        acked_at=bindparam("b_acked_at"),
                        server_seq=bindparam("b_seq"),
                    ),
                    acknowledged,
                )
            if refused:
                session.connection().execute(
                    update(OutboxItem)
                    .where(
                        OutboxItem.id == bindparam("b_id"),
                        OutboxItem.state != OutboxState.SENT,
                    )
                    .values(state=OutboxState.DEAD, acked_at=bindparam("b_acked_at")),
                    refused,
                )
            purged = purge_personal(session, grace=grace, set_aside=set_aside, now=now)
            snapshots = scrub_snapshots(session, now().astimezone(LOCAL_TZ).date())
        with engine.connect() as connection:
            free_pages = connection.execute(text("PRAGMA freelist_count")).scalar() or 0
            changed = bool(purged.records or purged.appointments or snapshots)
            if changed or free_pages:
                connection.execute(text("VACUUM"))
        return changed
    finally:
        engine.dispose()


def scrub_after_retention(
    store: Store,
    *,
    grace: dt.timedelta,
    set_aside: dt.timedelta = SET_ASIDE_KEPT,
    now: Callable[[], dt.datetime] = utcnow,
) -> int:
    """Scrub the live store's snapshots and every backup of ``store``; backups changed.

    Runs after :func:`purge_personal` (the maintenance round and each sync cycle call it).
    A backup dated ahead of ``now`` was written while the clock ran fast, at a time no one
    knows: such a backup learns of every acknowledgement, not only the recent ones.
    """
    present = now()
    backups = backup.list_backups(store.backup_dir, now=lambda: present)
    with store.session() as session:
        scrub_snapshots(session, present.astimezone(LOCAL_TZ).date())
        if not backups:
            acknowledged = []
        elif any(backup.from_the_future(path, present) for path in backups):
            acknowledged = _acknowledged(session, None)
        else:
            since = backup.backup_time(backups[0]) - dt.timedelta(hours=1)
            acknowledged = _acknowledged(session, since)
        refused = _set_aside(session) if backups else []
    return scrub_backups(
        store.backup_dir, acknowledged, grace=grace, now=now, set_aside=set_aside, refused=refused
    )


def scrub_backups(
    folder: Path,
    acknowledged: list[dict[str, Any]],
    *,
    grace: dt.timedelta,
    now: Callable[[], dt.datetime],
    set_aside: dt.timedelta = SET_ASIDE_KEPT,
    refused: list[dict[str, Any]] | None = None,
) -> int:
    """Scrub every backup in ``folder``; how many had something cleared."""
    scrubbed = 0
    for path in backup.list_backups(folder, now=now):
        try:
            if scrub_backup(
                path, acknowledged, grace=grace, now=now, set_aside=set_aside, refused=refused
            ):
                scrubbed += 1
        except SQLAlchemyError as exc:
            log.error(
                "retention: backup %s could not be scrubbed (%s); removed",
                path.name,
                type(exc).__name__,
            )
            path.unlink(missing_ok=True)
    if scrubbed:
        log.info("retention: personal fields cleared in %d backups", scrubbed)
    return scrubbed
