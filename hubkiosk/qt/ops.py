"""One way to run slow work (disk, network) off the GUI thread.

Modelled on Anki's ``CollectionOp``: the operation is a plain callable that never touches
widgets; its result or exception comes back to the GUI thread through a queued signal,
where ``success`` or ``failure`` runs. Store writes go through a single worker thread so
SQLite writes are serialised and never block the screen.

Usage::

    ops.run(lambda: queue.issue_ticket(store, ...), success=self.show_ticket,
            failure=self.show_error)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Op(QObject):
    """One operation. Signals (delivered on the GUI thread):

    Signals:
        succeeded(object): the callable returned this value.
        failed(object): the callable raised this exception.
        done(): after either of the above.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, fn: Callable[[], Any], name: str) -> None:
        super().__init__()
        self.fn = fn
        self.name = name


class _Runnable(QRunnable):
    def __init__(self, op: Op) -> None:
        super().__init__()
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.op.fn()
        except Exception as exc:  # reported to the GUI thread, never swallowed
            log.exception("operation %s failed", self.op.name)
            self.op.failed.emit(exc)
        else:
            self.op.succeeded.emit(result)
        self.op.done.emit()


class OpRunner(QObject):
    """Runs operations on one background thread, in the order they were given.

    Signals:
        idle(): no operation is queued or running any more.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._live: set[Op] = set()

    def run(
        self,
        fn: Callable[[], Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        name: str = "",
    ) -> Op:
        op = Op(fn, name or getattr(fn, "__name__", "operation"))
        if success is not None:
            op.succeeded.connect(success)
        if failure is not None:
            op.failed.connect(failure)
        op.done.connect(lambda: self._finished(op))
        self._live.add(op)
        self._pool.start(_Runnable(op))
        return op

    @Slot()
    def _finished(self, op: Op) -> None:
        self._live.discard(op)
        if not self._live:
            self.idle.emit()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until queued work is done (shutdown only, never from a screen)."""
        return self._pool.waitForDone(msecs)
