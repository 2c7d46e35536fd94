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

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

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
    def __init__(self, op: Op, finished: SignalInstance) -> None:
        super().__init__()
        self.op: Op | None = op
        self.finished = finished
        self.setAutoDelete(True)

    def run(self) -> None:
        op = self.op
        assert op is not None
        self.op = None  # the pool may keep this wrapper: it must not keep the operation
        try:
            result = op.fn()
        except Exception as exc:  # reported to the GUI thread, never swallowed
            log.exception("operation %s failed", op.name)
            op.failed.emit(exc)
        else:
            op.succeeded.emit(result)
        op.done.emit()
        self.finished.emit(op)


class OpRunner(QObject):
    """Runs operations on one background thread, in the order they were given.

    Signals:
        idle(): no operation is queued or running any more.
    """

    idle = Signal()
    # From the worker thread, after the operation's own signals; carries the operation.
    _op_finished = Signal(object)

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._live: set[Op] = set()
        self._op_finished.connect(self._finished)

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
        self._live.add(op)
        self._pool.start(_Runnable(op, self._op_finished))
        return op

    @Slot(object)
    def _finished(self, op: Op) -> None:
        # The last reference: the operation, its callable and its result go now. (A slot
        # that captured ``op`` in a lambda kept every operation, and every record a
        # resident made, for the life of the kiosk: Qt holds the lambda, the lambda the op.)
        self._live.discard(op)
        if not self._live:
            self.idle.emit()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until queued work is done (shutdown only, never from a screen)."""
        return self._pool.waitForDone(msecs)
