"""The Qt sync worker: cycles off the GUI thread, on a timer and on demand."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from PySide6.QtCore import QThread  # noqa: E402

from hubkiosk.qt.sync_worker import SyncWorker  # noqa: E402
from hubkiosk.store.db import Store  # noqa: E402
from sync.client.engine import SyncState, SyncStatus  # noqa: E402
from tests.sync.conftest import Central, FakeClock, Visits, make_engine  # noqa: E402


def test_worker_syncs_off_the_gui_thread(
    qtbot, central: Central, store: Store, visits: Visits, clock: FakeClock
) -> None:
    engine = make_engine(central.url, central.enrol(), store, clock)
    threads: list[QThread] = []

    def cycle() -> SyncStatus:
        threads.append(QThread.currentThread())
        return engine.sync_once()

    worker = SyncWorker(cycle, interval_seconds=3600)
    visits.ticket()
    with qtbot.waitSignal(worker.status_changed, timeout=10_000) as signal:
        worker.start()
    status = signal.args[0]
    assert isinstance(status, SyncStatus) and status.state is SyncState.OK
    assert status.pending == 0 and central.count() == 1
    assert threads and threads[0] is not QThread.currentThread()

    visits.ticket()
    with qtbot.waitSignal(worker.status_changed, timeout=10_000) as signal:
        worker.sync_now()
    assert signal.args[0].pending == 0 and central.count() == 2
    worker.stop()


def test_sync_now_during_a_cycle_runs_once_more_and_errors_become_status(qtbot) -> None:
    gate = threading.Event()
    calls: list[int] = []

    def cycle() -> SyncStatus:
        calls.append(1)
        if len(calls) == 1:
            gate.wait(5)
            return SyncStatus(state=SyncState.OK)
        raise RuntimeError("boom")

    worker = SyncWorker(cycle, interval_seconds=3600)
    received: list[SyncStatus] = []
    worker.status_changed.connect(received.append)
    worker.sync_now()
    assert worker.running
    worker.sync_now()  # asked again while busy: remembered, not run in parallel
    worker.sync_now()
    gate.set()
    qtbot.waitUntil(lambda: len(received) == 2, timeout=10_000)
    assert len(calls) == 2
    assert received[0].state is SyncState.OK
    assert received[1].state is SyncState.OFFLINE and "boom" in (received[1].last_error or "")
    assert not worker.running
    worker.stop()
