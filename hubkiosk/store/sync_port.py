"""The kiosk's side of the sync engine's port: the outbox and config snapshots in the store.

Implements :class:`sync.client.port.OutboxPort` over :mod:`hubkiosk.store.outbox`, and
:class:`KioskSync`, the kiosk's whole sync cycle (engine, token file, retention). A config
snapshot arrives already validated whole; :meth:`StoreSyncPort.apply_config` checks it fits
this kiosk, then in one transaction makes it the active :class:`ConfigSnapshot` row,
refreshes the hub and service caches and replaces the appointments of its day (keeping
those a checked-in ticket links to); a snapshot with other adviser PINs than the last one
ends an adviser sign-in lockout. :meth:`StoreSyncPort.requeue_dead_letters` is IT's "send
set-aside records again", and :meth:`StoreSyncPort.counts` what the adviser screen shows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from hubkiosk.store import outbox, signin
from hubkiosk.store.db import Store, empty_log
from hubkiosk.store.models import (
    Appointment,
    ConfigSnapshot,
    Hub,
    OutboxItem,
    OutboxState,
    Service,
    Ticket,
    utcnow,
)
from hubkiosk.store.retention import SET_ASIDE_KEPT, purge_personal
from hubkiosk.store.scrub import scrub_snapshots
from hubkiosk.store.token import DeviceCredentials, load_credentials, save_credentials
from sync.client.engine import SyncEngine, SyncStatus, enrol
from sync.client.port import OutboxCounts, OutgoingItem
from sync.protocol.wire import ConfigSnapshot as SnapshotMessage

LOCAL_TZ = ZoneInfo("Europe/London")

T = TypeVar("T")


def _in_force(session: Session, column: InstrumentedAttribute[T]) -> T | None:
    """``column`` of the configuration snapshot in force (the newest active one), or None."""
    return session.scalar(
        select(column)
        .where(ConfigSnapshot.active.is_(True))
        .order_by(ConfigSnapshot.id.desc())
        .limit(1)
    )


class StoreSyncPort:
    """The outbox port over the kiosk's store (each call is its own short transaction)."""

    def __init__(
        self,
        store: Store,
        *,
        hub_id: str | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
        tz: dt.tzinfo = LOCAL_TZ,
        set_aside: dt.timedelta = SET_ASIDE_KEPT,
    ) -> None:
        self.store = store
        self.hub_id = hub_id
        self.clock = clock
        #: How long a set-aside record keeps its personal fields (``set_aside_days``).
        self.set_aside = set_aside
        self.tz = tz
        #: Called with the snapshot after it is applied (e.g. to refresh screens).
        self.on_config_applied: Callable[[SnapshotMessage], None] | None = None

    def pending(self, limit: int, *, after: int | None = None) -> Sequence[OutgoingItem]:
        with self.store.session() as session:
            rows = outbox.next_batch(session, limit, after=after, now=self.clock())
        return [
            OutgoingItem(
                id=uuid.UUID(hex=item_id),
                kind=kind,
                payload_json=payload,
                # Stored as naive UTC text (sync.sqltypes.UTCDateTime), read back aware.
                created_at=dt.datetime.fromisoformat(created_at).replace(tzinfo=dt.UTC),
                seq=seq,
            )
            for seq, item_id, kind, payload, created_at in rows
        ]

    def requeue_dead_letters(self) -> int:
        """IT's "Send set-aside records again": every dead letter becomes pending again.

        Each keeps the time it was first set aside: refused again, its personal fields
        still go ``set_aside_days`` after that (cleared ones are sent without them)."""
        with self.store.session() as session:
            result = session.execute(
                update(OutboxItem)
                .where(OutboxItem.state == OutboxState.DEAD)
                .values(state=OutboxState.PENDING, attempts=0)
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def acknowledge(self, server_seq: Mapping[uuid.UUID, int]) -> None:
        """Mark acknowledged items sent, as :func:`outbox.acknowledge` does, in one statement.

        One executemany UPDATE per batch (instead of an ORM UPDATE per item: draining a
        week's backlog spent three quarters of its time there), its rows handed to the
        driver as plain tuples: the state and the time, the same for every row, are put in
        their stored form once, not once a row by SQLAlchemy's bind processors.
        """
        if not server_seq:
            return
        with self.store.session() as session:
            connection = session.connection()
            dialect = connection.dialect
            table = OutboxItem.__table__
            sent = table.c.state.type.dialect_impl(dialect).bind_processor(dialect)
            acked = table.c.acked_at.type.dialect_impl(dialect).bind_processor(dialect)
            state = sent(OutboxState.SENT) if sent else OutboxState.SENT
            now = acked(self.clock()) if acked else self.clock()
            connection.exec_driver_sql(
                f"UPDATE {OutboxItem.__tablename__} SET state = ?, acked_at = ?, "
                "last_error = NULL, server_seq = ? WHERE id = ?",
                [(state, now, seq, item_id.hex) for item_id, seq in server_seq.items()],
            )

    def dead_letter(self, item_id: uuid.UUID, reason: str) -> None:
        with self.store.session() as session:
            outbox.dead_letter(session, item_id, reason, now=self.clock())

    def record_failure(self, ids: Sequence[uuid.UUID], error: str) -> None:
        if ids:
            with self.store.session() as session:
                outbox.record_failure(session, ids, error)

    def counts(self, sending: Collection[int] = ()) -> OutboxCounts:
        with self.store.session() as session:
            pending, oldest, dead = outbox.tally(session, self.clock(), sending=sending)
            clears = None
            if dead:
                kept = outbox.set_aside(session, kept=self.set_aside, now=self.clock())
                clears = kept.next_cleared_at
        return OutboxCounts(
            pending=pending, oldest_pending=oldest, dead_letters=dead, set_aside_cleared_at=clears
        )

    def active_config_etag(self) -> str | None:
        with self.store.session() as session:
            return _in_force(session, ConfigSnapshot.version)

    def active_snapshot(self) -> SnapshotMessage | None:
        """The active snapshot, validated again on the way out (None before the first)."""
        with self.store.session() as session:
            body = _in_force(session, ConfigSnapshot.body)
        return None if body is None else SnapshotMessage.model_validate(body)

    def apply_config(self, snapshot: SnapshotMessage) -> None:
        if self.hub_id is not None and snapshot.hub_id != self.hub_id:
            raise ValueError(
                f"the snapshot is for hub '{snapshot.hub_id}', this kiosk is at '{self.hub_id}'"
            )
        day_start = dt.datetime.combine(snapshot.appointments_day, dt.time(0), tzinfo=self.tz)
        day_end = day_start + dt.timedelta(days=1)
        with self.store.session() as session:
            previous = _in_force(session, ConfigSnapshot.body)
            advisers = [a.model_dump(mode="json") for a in snapshot.advisers]
            if (previous or {}).get("advisers", []) != advisers:
                # New adviser PINs from the server end a sign-in lockout.
                signin.unlock(session, by="the central server (new adviser PINs)", now=self.clock())
            session.execute(
                update(ConfigSnapshot).where(ConfigSnapshot.active.is_(True)).values(active=False)
            )
            session.add(
                ConfigSnapshot(
                    version=snapshot.etag,
                    received_at=self.clock(),
                    body=snapshot.model_dump(mode="json"),
                    active=True,
                )
            )
            for hub in snapshot.hubs:
                session.merge(
                    Hub(id=hub.id, name=str(hub.name), appointment_only=hub.appointment_only)
                )
            for service in snapshot.catalogue.services:
                session.merge(Service(id=service.id, prefix=service.prefix, name=str(service.name)))
            # The day's bookings are replaced, except those a ticket links to (a resident
            # checked in for them): those stay, and are updated if the snapshot has them.
            linked = select(Ticket.appointment_id).where(Ticket.appointment_id.is_not(None))
            session.execute(
                delete(Appointment).where(
                    Appointment.starts_at >= day_start.astimezone(dt.UTC),
                    Appointment.starts_at < day_end.astimezone(dt.UTC),
                    Appointment.id.not_in(linked),
                )
            )
            session.flush()
            for entry in snapshot.appointments:
                session.merge(Appointment(**entry.model_dump()))
        if self.on_config_applied is not None:
            self.on_config_applied(snapshot)


def enrol_kiosk(
    data_dir: Path, server_url: str, code: str, *, device_name: str = "kiosk"
) -> DeviceCredentials:
    """``hubkiosk --enrol URL CODE``: exchange the code and keep the token (mode 0600)."""
    answer = enrol(server_url, code, device_name=device_name)
    credentials = DeviceCredentials(
        server_url=server_url.rstrip("/"),
        device_id=str(answer.device_id),
        hub_id=answer.hub_id,
        token=answer.token,
    )
    save_credentials(data_dir, credentials)
    return credentials


class KioskSync:
    """One sync cycle for the kiosk: push and pull, then purge personal fields past retention.

    Build it with the store, the data dir (for the token file) and the kiosk's hub; pass
    ``server_url``/``token`` to override the token file (the demo server does). Hand
    :meth:`cycle` to :class:`hubkiosk.qt.sync_worker.SyncWorker`.
    """

    def __init__(
        self,
        store: Store,
        data_dir: Path,
        *,
        hub_id: str,
        server_url: str | None = None,
        token: str | None = None,
        retention: dt.timedelta = dt.timedelta(days=1),
        set_aside: dt.timedelta = dt.timedelta(days=30),
        kiosk_version: str | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        saved = load_credentials(data_dir)
        if token is None and saved is not None and (server_url in (None, saved.server_url)):
            server_url, token = saved.server_url, saved.token
        self.store = store
        self.retention = retention
        self.set_aside = set_aside
        self.clock = clock
        self.port = StoreSyncPort(store, hub_id=hub_id, clock=clock, set_aside=set_aside)
        self.engine = SyncEngine(
            base_url=server_url or "http://127.0.0.1:9",
            token=token if server_url else None,
            port=self.port,
            clock=clock,
            kiosk_version=kiosk_version,
        )

    @property
    def enrolled(self) -> bool:
        return self.engine.token is not None

    def cycle(self) -> SyncStatus:
        status = self.engine.sync_once()
        with self.store.session() as session:
            purged = purge_personal(
                session, grace=self.retention, set_aside=self.set_aside, now=self.clock
            )
            scrub_snapshots(session, self.clock().astimezone(LOCAL_TZ).date())
        if purged.records or purged.appointments:
            with self.store.session() as session:
                empty_log(session)
        return status
