"""Runs the sync engine off the GUI thread, on an interval and on demand.

The engine's blocking HTTP and store work happens on a :class:`QThreadPool` thread; the
result comes back to the GUI thread through a queued signal. One cycle runs at a time: a
"sync now" during a cycle is remembered and runs right after it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from hubkiosk.qt.ops import favour_gui_thread
from sync.client.engine import SyncState, SyncStatus


class _Relay(QObject):
    """Carries a finished cycle's status from the pool thread to the GUI thread."""

    done = Signal(object)


def _cycle(run: Callable[[], SyncStatus], relay: _Relay) -> None:
    """One cycle on the pool's thread. A plain callable, not a QRunnable subclass: PySide's
    QThreadPool keeps the Python wrapper of each started QRunnable (one a cycle, every
    interval, for the kiosk's life), as it did the operation runner's (hubkiosk/qt/ops.py)."""
    try:
        status = run()
    except Exception as exc:  # a bug must not kill the worker; report it as an error
        status = SyncStatus(state=SyncState.OFFLINE, last_error=f"sync failed: {exc!r}")
    relay.done.emit(status)


class SyncWorker(QObject):
    """Runs ``sync_once`` every ``interval_seconds`` and when asked.

    For the kiosk: ``SyncWorker(kiosk_sync.cycle, interval, cancel=kiosk_sync.engine.cancel)``.

    Signals:
        status_changed(object): a :class:`sync.client.engine.SyncStatus` after each cycle.
        busy_changed(bool): True while a cycle runs.
    """

    status_changed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        sync_once: Callable[[], SyncStatus],
        interval_seconds: float,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        favour_gui_thread()  # a sync of thousands of records competes with the screen
        self._sync_once = sync_once
        self._cancel = cancel
        self._pool = pool or QThreadPool(self)
        if pool is None:
            self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(interval_seconds * 1000)))
        self._timer.timeout.connect(self.sync_now)
        self._running = False
        self._again = False
        self.last_status: SyncStatus | None = None

    @property
    def running(self) -> bool:
        return self._running

    @Slot()
    def start(self) -> None:
        """Sync now and then every interval."""
        self._timer.start()
        self.sync_now()

    @Slot()
    def stop(self) -> None:
        """Stop the timer, cut short any backoff (``cancel``) and wait for the cycle to end.

        After ``cancel`` the wait is bounded by the request timeouts.
        """
        self._timer.stop()
        self._again = False
        if self._cancel is not None:
            self._cancel()
        self._pool.waitForDone()

    @Slot()
    def sync_now(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self.busy_changed.emit(True)
        self._pool.start(functools.partial(_cycle, self._sync_once, self._relay))

    @Slot(object)
    def _finished(self, status: SyncStatus) -> None:
        self._running = False
        self.last_status = status
        self.busy_changed.emit(False)
        self.status_changed.emit(status)
        if self._again:
            self._again = False
            self.sync_now()
