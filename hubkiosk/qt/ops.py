"""One way to run slow work (disk, network, printer) off the GUI thread.

Modelled on Anki's ``CollectionOp``: the operation is a plain callable that never touches
widgets; its result or exception comes back to the GUI thread through a queued signal,
where ``success`` or ``failure`` runs. Both are typed: ``success`` receives exactly what
the operation returned, so no callback needs to check its argument's type.

Store work goes through :class:`StoreOps`: the operation receives a session, opened on
the worker thread and committed (or rolled back) around it, so screens never open one.
Everything runs on a single worker thread, so SQLite writes are serialised and never
block the screen.

Usage::

    ctx.store_ops.run(
        lambda session: queue.issue_ticket(session, ...),
        success=self.show_ticket,  # Callable[[IssuedTicket], None]
        failure=self.show_error,
    )
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from typing import TypeVar, cast

from sqlalchemy.orm import Session

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)

from hubkiosk.core import Refusal
from hubkiosk.store.db import Store
from hubkiosk.store.outbox import ATTRIBUTION_KEY, SELF_SERVICE, Attribution

log = logging.getLogger(__name__)

#: How long (seconds) a worker thread may hold the GIL while the GUI thread waits for it.
#: Every Qt event the GUI thread handles runs Python (the idle filter, slots, timers), so
#: it needs the GIL; at Python's default of 5 ms, a sync draining thousands of records
#: while a backup and a lookup run kept the screen from repainting for over 200 ms on a
#: busy two-core kiosk (issue 16, ui_stall row); at 1 ms it was about half that.
GUI_SWITCH_INTERVAL = 0.001

#: The longest an operation waits for the window's paint before it starts anyway (work
#: asked for when nothing on screen changes).
PAINT_WAIT_MS = 30


def favour_gui_thread() -> None:
    """Let the GUI thread take the GIL back sooner from the background workers."""
    if sys.getswitchinterval() > GUI_SWITCH_INTERVAL:
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)


T = TypeVar("T")


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

    def __init__(
        self,
        fn: Callable[[], object],
        name: str,
        success: Callable[[object], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__()
        self.fn = fn
        self.name = name
        self._success = success
        self._failure = failure
        # The Op lives on the GUI thread: these queued slots run the callbacks there,
        # whatever kind of callable (method, lambda, partial) they are.
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)

    @Slot(object)
    def _on_succeeded(self, value: object) -> None:
        if self._success is not None and not _receiver_gone(self._success):
            self._success(value)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if self._failure is not None and not _receiver_gone(self._failure):
            self._failure(cast(BaseException, error))


class Answers:
    """The answers a resident's screen still wants: those of operations it asked for since
    its visit was last wiped (:meth:`forget`: "Start again", the idle reset).

    A ticket, a check-in or a form still being written when the resident left is stored and
    sent all the same; its answer belongs to the resident who left, so it is not shown to
    the next one nor kept in their visit. Usage::

        ctx.store_ops.run(write, success=self.answers.still(self._written), ...)
        ...
        def reset(self):
            self.answers.forget()
    """

    def __init__(self) -> None:
        self._visit = 0

    def forget(self) -> None:
        """The visit is wiped: answers to what was asked before are dropped."""
        self._visit += 1

    def still(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """``callback``, run with its answer only if the visit was not wiped meanwhile."""
        visit = self._visit

        def answer(value: T) -> None:
            if visit == self._visit:
                callback(value)

        return answer


def _receiver_gone(callback: Callable[..., object]) -> bool:
    """Whether ``callback`` is a method of a widget (or other QObject) deleted while its
    operation ran: a screen closed meanwhile (the calling display) has nothing to update."""
    receiver = getattr(callback, "__self__", None)
    return isinstance(receiver, QObject) and not shiboken6.isValid(receiver)


def _run(op: Op, finished: SignalInstance) -> None:
    """The operation on the pool's thread; its signals carry the outcome to the GUI thread.

    Given to the pool as a plain callable, not a QRunnable subclass: PySide's QThreadPool
    kept the Python wrapper of each started QRunnable after Qt had deleted it (~800 after
    10,000 visits, for the kiosk's life)."""
    try:
        result = op.fn()
    except Refusal as exc:  # expected (the screen says why): no traceback, no message
        log.info("operation %s refused: %s", op.name, exc.kind)
        op.failed.emit(exc)
    except Exception as exc:  # reported to the GUI thread, never swallowed
        log.exception("operation %s failed", op.name)
        op.failed.emit(exc)
    else:
        op.succeeded.emit(result)
    op.done.emit()
    finished.emit(op)


class OpRunner(QObject):
    """Runs operations on one background thread, in the order they were given.

    An operation asked for with ``after_paint=True`` (what a screen reads as it is shown)
    starts once the window given to :meth:`after_paint_of` has painted what the event being
    handled changed, or after :data:`PAINT_WAIT_MS` if nothing is painted (without a
    window: when the event loop is next free). Started at once, the worker took the GIL
    while the new screen was still being laid out and painted, and every call the GUI
    thread made into Qt then waited for the GIL back: a store read started by a tap cost
    that tap 5-20 ms (issue 16, tap_next). Other operations (a ticket to write) start at
    once, after any still waiting, so the order holds.

    Signals:
        idle(): no operation is queued or running any more.
    """

    idle = Signal()
    # From the worker thread, after the operation's own signals; carries the operation.
    _op_finished = Signal(object)

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        favour_gui_thread()  # the work about to run here competes with the screen
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._live: set[Op] = set()
        self._op_finished.connect(self._finished)
        #: Operations asked for, to start once the window is painted (or the loop free).
        self._waiting: list[Op] = []
        self._starter = QTimer(self)
        self._starter.setSingleShot(True)
        self._starter.setInterval(0)
        self._starter.timeout.connect(self._start_waiting)
        self._painted: QObject | None = None

    def after_paint_of(self, window: QObject) -> None:
        """Start operations asked for on the GUI thread once ``window`` has painted."""
        if self._painted is not None:
            self._painted.removeEventFilter(self)
        self._painted = window
        window.installEventFilter(self)
        self._starter.setInterval(PAINT_WAIT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            watched is self._painted
            and self._waiting
            and event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint)
        ):
            # Posted now, so it runs once this paint is done.
            QMetaObject.invokeMethod(self, "_start_waiting", Qt.ConnectionType.QueuedConnection)
        return False

    def run(
        self,
        fn: Callable[[], T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        name: str = "",
        after_paint: bool = False,
    ) -> Op:
        """Run ``fn()`` off the GUI thread; ``success(result)`` or ``failure(exc)`` on it;
        ``after_paint``: once the window has painted (see the class)."""

        def deliver(value: object) -> None:
            if success is not None and not _receiver_gone(success):
                success(cast(T, value))  # the value ``fn`` returned, passed through a signal

        op = Op(fn, name or getattr(fn, "__name__", "operation"), deliver, failure)
        self._live.add(op)
        self._waiting.append(op)
        if not after_paint or QThread.currentThread() is not self.thread():
            self._start_waiting()  # with any asked for before, in order
        elif not self._starter.isActive():
            self._starter.start()
        return op

    @Slot()
    def _start_waiting(self) -> None:
        self._starter.stop()
        waiting, self._waiting = self._waiting, []
        for op in waiting:
            self._pool.start(functools.partial(_run, op, self._op_finished))

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
        self._starter.stop()
        self._start_waiting()
        done = self._pool.waitForDone(msecs)
        # Their answers now, while what they answer to is still there.
        for op in list(self._live):
            QCoreApplication.sendPostedEvents(op)
        QCoreApplication.sendPostedEvents(self)
        return done


class StoreOps:
    """Store work for screens: ``fn(session)`` in one transaction on the runner's thread.

    The session commits when ``fn`` returns and rolls back when it raises; ``fn`` is a
    function of :mod:`hubkiosk.core` or :mod:`hubkiosk.store` and returns plain data
    (never ORM objects, which would outlive their session).
    """

    def __init__(self, runner: OpRunner, store: Store) -> None:
        self.runner = runner
        self.store = store
        #: The kiosk's mode (self-service, or assisted by an adviser): every record an
        #: operation writes is stamped with the mode in force when it was asked for.
        self.attribution: Attribution = SELF_SERVICE

    def run(
        self,
        fn: Callable[[Session], T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        name: str = "",
        after_paint: bool = False,
    ) -> Op:
        store = self.store
        attribution = self.attribution

        def work() -> T:
            with store.session() as session:
                session.info[ATTRIBUTION_KEY] = attribution
                return fn(session)

        work.__name__ = name or getattr(fn, "__name__", "store operation")
        return self.runner.run(
            work, success=success, failure=failure, name=work.__name__, after_paint=after_paint
        )
