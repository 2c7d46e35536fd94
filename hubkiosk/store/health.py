"""The kiosk's health for IT's fleet page, read off the GUI thread with every heartbeat.

Up time, free disk beside the store, the newest backup, the ticket printer as last seen
(the newest ``printer_fault`` or ``printer_ok`` store event: a fault stays until a ticket,
or the adviser screen's test ticket, prints again) and the last sync error, or else, for a
day, that the kiosk did not close when it last ran (it froze and the watchdog restarted it,
or it crashed: the fleet page would otherwise show a kiosk restarted in seconds as well).
No personal data: printer faults name the ticket number at most.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import time

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from hubkiosk.core.hours import local
from hubkiosk.store import backup
from hubkiosk.store.db import Store
from hubkiosk.store.models import PRINTER_FAULT, PRINTER_OK, UNCLEAN_STOP, StoreEvent
from hubkiosk.store.records import add_notice
from sync.protocol.wire import DeviceHealth, PrinterState

log = logging.getLogger(__name__)

#: How long the fleet page hears that a kiosk did not close (unless a sync error replaces it).
UNCLEAN_STOP_TOLD = dt.timedelta(days=1)


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


def record_unclean_stop(store: Store, started: str) -> None:
    """The last kiosk on this data dir, started at ``started`` (ISO time), never closed:
    for the adviser screen's notices, the log and (:func:`kiosk_health`) the fleet page."""
    try:
        since = local(dt.datetime.fromisoformat(started)).strftime("%H:%M on %a %d %b")
    except (ValueError, OverflowError):
        since = "an unknown time"
    message = (
        f"The kiosk did not close when it last ran (started {since}): it froze and was "
        "restarted, crashed, was killed, or the power was cut. The system's log says which "
        "(journalctl -u hubkiosk on a Debian kiosk)."
    )
    log.warning("kiosk: %s", message)
    with store.session() as session:
        add_notice(session, kind=UNCLEAN_STOP, message=message, at=dt.datetime.now(dt.UTC))


def _recent_unclean_stop(store: Store, now: dt.datetime) -> str | None:
    with store.session() as session:
        return session.scalar(
            select(StoreEvent.message)
            .where(StoreEvent.kind == UNCLEAN_STOP, StoreEvent.at >= now - UNCLEAN_STOP_TOLD)
            .order_by(StoreEvent.id.desc())
            .limit(1)
        )


def kiosk_health(
    store: Store,
    *,
    printer_spec: str,
    started: float,
    last_error: str | None = None,
) -> DeviceHealth:
    """The heartbeat's health part; ``started`` is the kiosk's ``time.monotonic()`` at start."""
    state, fault = printer_state(store, printer_spec)
    last_error = last_error or _recent_unclean_stop(store, dt.datetime.now(dt.UTC))
    newest = backup.newest_backup(store.backup_dir)
    return DeviceHealth(
        uptime_seconds=max(0.0, time.monotonic() - started),
        printer=state,
        printer_fault=fault,
        free_disk_bytes=shutil.disk_usage(store.path.parent).free,
        last_backup_at=backup.backup_time(newest) if newest is not None else None,
        last_error=last_error[:300] if last_error else None,
    )
