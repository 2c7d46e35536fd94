"""Housekeeping on a timer, off the GUI thread: the daily backup and the retention purge
(live tables, then old config snapshots and the backups: :mod:`hubkiosk.store.scrub`), of
synced records and of those set aside for IT past ``set_aside_days``; then the damaged
stores moved aside whose records are all sent or here go once past ``retention_days``
(:func:`hubkiosk.store.retention.retire_moved`)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from hubkiosk.qt.ops import Op, OpRunner
from hubkiosk.store.db import Store, empty_log
from hubkiosk.store.models import utcnow
from hubkiosk.store.retention import SET_ASIDE_KEPT, Purged, purge_personal, retire_moved
from hubkiosk.store.scrub import scrub_after_retention

log = logging.getLogger(__name__)

HOURLY_MS = 60 * 60 * 1000


class Maintenance(QObject):
    """Runs :meth:`run_once` every hour through the background runner.

    Signals:
        finished(object): a round ended; carries the :class:`Purged` counts.
    """

    finished = Signal(object)

    def __init__(
        self,
        store: Store,
        ops: OpRunner,
        retention_days: int,
        parent: QObject | None = None,
        *,
        set_aside_days: int = SET_ASIDE_KEPT.days,
        now: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ops = ops
        self.grace = dt.timedelta(days=retention_days)
        #: How long a record set aside for IT keeps its personal fields.
        self.set_aside = dt.timedelta(days=set_aside_days)
        self.now = now
        self.timer = QTimer(self)
        self.timer.setInterval(HOURLY_MS)
        self.timer.timeout.connect(self.run_once)

    def start(self) -> None:
        self.timer.start()

    @Slot()
    def run_once(self) -> Op:
        return self.ops.run(self._work, success=self.finished.emit, name="maintenance")

    def _work(self) -> Purged:
        self.store.backup_if_due(now=self.now)
        with self.store.session() as session:
            purged = purge_personal(
                session, grace=self.grace, set_aside=self.set_aside, now=self.now
            )
        scrub_after_retention(self.store, grace=self.grace, set_aside=self.set_aside, now=self.now)
        if purged.records or purged.appointments:
            with self.store.session() as session:
                empty_log(session)
            log.info(
                "retention: personal fields purged from %d records and %d appointments",
                purged.records,
                purged.appointments,
            )
        retire_moved(self.store, grace=self.grace, now=self.now)
        return purged
