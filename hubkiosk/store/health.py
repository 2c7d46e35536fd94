"""The kiosk's health for IT's fleet page, read off the GUI thread with every heartbeat.

Up time, free disk beside the store, the newest backup, the ticket printer as last seen
(the newest ``printer_fault`` or ``printer_ok`` store event: a fault stays until a ticket,
or the adviser screen's test ticket, prints again) and the last sync error. No personal
data: printer faults name the ticket number at most.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from hubkiosk.store import backup
from hubkiosk.store.db import Store
from hubkiosk.store.models import PRINTER_FAULT, PRINTER_OK, StoreEvent
from sync.protocol.wire import DeviceHealth, PrinterState


def _last_printer_event(session: Session) -> Row[str, str] | None:
    """The newest printer fault or end of one (kind, message), or None."""
    return session.execute(
        select(StoreEvent.kind, StoreEvent.message)
        .where(StoreEvent.kind.in_((PRINTER_FAULT, PRINTER_OK)))
        .order_by(StoreEvent.id.desc())
        .limit(1)
    ).first()


def printer_state(store: Store, printer_spec: str) -> tuple[PrinterState, str | None]:
    """The printer as last seen: none configured, fine, or its last fault in words."""
    if printer_spec.strip().lower() in ("", "none"):
        return PrinterState.NONE, None
    with store.session() as session:
        last = _last_printer_event(session)
    if last is not None and last.kind == PRINTER_FAULT:
        return PrinterState.FAULT, last.message[:300]
    return PrinterState.OK, None


def record_printer_ok(store: Store, now: dt.datetime) -> None:
    """A ticket came out: after a fault, the printer is fine again (one row, not one per
    ticket; marked seen: there is nothing for IT to read)."""
    with store.session() as session:
        last = _last_printer_event(session)
        if last is not None and last.kind == PRINTER_FAULT:
            session.add(StoreEvent(kind=PRINTER_OK, message="printer ok", at=now, seen=True))


def fault_told(store: Store, told: str) -> bool:
    """Whether the printer's newest event is a fault whose notice begins ``told`` (the
    printer and the fault in words): the same fault goes on, and IT has its notice (one per
    fault, not one per resident: they filled the adviser screen's newest notices)."""
    with store.session() as session:
        last = _last_printer_event(session)
    return last is not None and last.kind == PRINTER_FAULT and last.message.startswith(told)


def kiosk_health(
    store: Store,
    *,
    printer_spec: str,
    started: float,
    last_error: str | None = None,
) -> DeviceHealth:
    """The heartbeat's health part; ``started`` is the kiosk's ``time.monotonic()`` at start."""
    state, fault = printer_state(store, printer_spec)
    newest = backup.newest_backup(store.backup_dir)
    return DeviceHealth(
        uptime_seconds=max(0.0, time.monotonic() - started),
        printer=state,
        printer_fault=fault,
        free_disk_bytes=shutil.disk_usage(store.path.parent).free,
        last_backup_at=backup.backup_time(newest) if newest is not None else None,
        last_error=last_error[:300] if last_error else None,
    )
