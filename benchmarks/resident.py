"""A resident at the kiosk, for the benchmarks: taps buttons by their text, waits on signals.

The benchmarks that measure whole visits (the memory soak, tap-to-screen times) drive the
kiosk as a person does, through :class:`Resident`, so they exercise the same code paths as
the tests and the hub: the button with that text is clicked, never a method called.

:class:`VisitClock` is the kiosk's clock for a long soak: visits a few minutes apart in the
hub's opening hours, day after day, as a kiosk in a hub sees them over months (a frozen
clock would put every visit of the soak in one day's queue, which no hub ever has).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from hubkiosk.app import Kiosk
from hubkiosk.core.hours import next_opening, state_at
from hubkiosk.ui.screens import ScreenId
from sync.protocol import Hub


def shown_text(button: QAbstractButton) -> str:
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def find_button(root: QWidget, text: str) -> QAbstractButton:
    # Visible first: most buttons are on screens not shown, and their words are not read.
    matches = [
        b for b in root.findChildren(QAbstractButton) if b.isVisible() and shown_text(b) == text
    ]
    if len(matches) != 1:
        raise RuntimeError(f"expected one visible button {text!r}, found {len(matches)}")
    return matches[0]


#: One timer to wake the waiting loop at a deadline, made once (see :func:`wait_for`).
_waker: list[QTimer] = []


def wait_for(
    signal: SignalInstance, action: Callable[[], None], timeout_ms: int = 10_000
) -> list[Any]:
    """Run ``action`` and return the arguments of the first ``signal`` it causes.

    The GUI thread sleeps until an event comes, as the kiosk's own event loop does: Qt's
    ``processEvents(flags, maxtime)`` ignores ``WaitForMoreEvents`` and returns at once,
    so a loop of it spun the GUI thread (~600 calls a tap), taking the GIL and a core from
    the worker writing the ticket it waited for (issue 16, busy_ticket). One timer, made
    once, wakes the loop at the deadline (no QEventLoop and QTimer per call: a builtin
    method connected to a fresh timer's signal kept ~50 bytes a call in PySide6, which a
    soak of thousands of visits would count against the kiosk)."""
    got: list[list[Any]] = []

    def on_signal(*args: Any) -> None:
        got.append(list(args))

    signal.connect(on_signal)
    app = QCoreApplication.instance()
    assert app is not None
    if not _waker:
        _waker.append(QTimer(app))
        _waker[0].setSingleShot(True)
    waker = _waker[0]
    deadline = time.monotonic() + timeout_ms / 1000
    waker.start(timeout_ms)
    try:
        action()
        while not got and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        waker.stop()
        signal.disconnect(on_signal)
    if not got:
        raise RuntimeError(f"no signal within {timeout_ms} ms")
    return got[0]


class VisitClock:
    """The kiosk's clock in a soak: ``minutes`` between visits, only while the hub is open.

    Call :meth:`next_visit` between visits; past closing time (or on a closure) the next
    visit is at the next opening, so the soak runs through days, weeks and months of
    queues as the hub would.
    """

    def __init__(self, start: dt.datetime, minutes: float = 4.0) -> None:
        self.now = start
        self.step = dt.timedelta(minutes=minutes)
        self.days = 1

    def __call__(self) -> dt.datetime:
        return self.now

    def next_visit(self, hub: Hub) -> None:
        moment = self.now + self.step
        if not state_at(hub, moment).is_open:
            opening = next_opening(hub, moment)
            if opening is None:
                raise RuntimeError("the hub never opens again")
            moment = (opening + dt.timedelta(minutes=1)).astimezone(dt.UTC)
            self.days += 1
        self.now = moment


class Resident:
    """Drives a built kiosk (window shown) by what is on the screen."""

    def __init__(self, kiosk: Kiosk, clock: VisitClock | None = None) -> None:
        self.kiosk = kiosk
        self.clock = clock
        self.window = kiosk.window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def touch(self, text: str) -> None:
        QTest.mouseClick(find_button(self.window, text), Qt.MouseButton.LeftButton)
        self.settle()

    def touch_and_wait_screen(self, text: str) -> ScreenId:
        args = wait_for(
            self.window.screen_changed,
            lambda: QTest.mouseClick(find_button(self.window, text), Qt.MouseButton.LeftButton),
        )
        self.settle()
        screen = args[0]
        assert isinstance(screen, ScreenId)
        return screen

    # Journeys ---------------------------------------------------------------------------
    def get_ticket(self) -> None:
        self.touch("Get a ticket or check in")
        self.touch("Housing")
        self.kiosk.ctx.ops.wait()  # the wait preview is read before the tap
        self.settle()
        if self.touch_and_wait_screen("Get my ticket") is not ScreenId.TICKET_ISSUED:
            raise RuntimeError("no ticket")
        issued = self.window.screens[ScreenId.TICKET_ISSUED]
        issued.print_ops.wait()  # type: ignore[attr-defined]
        self.settle()
        self.touch("Done")

    def find_a_form(self) -> None:
        self.touch("Find a service or do it now")
        self.touch("Waste and recycling")
        self.touch("Do it here now")
        self.touch("Recycling")
        self.touch("Next")
        self.touch("Start again")  # walks away from the form: the reset wipes it

    def quick_feedback(self) -> None:
        self.touch("Tell us what you think")
        self.touch("Quick feedback")
        screen = self.window.screens[ScreenId.FEEDBACK]
        # The face is the answer: it is stored the moment it is touched.
        wait_for(screen.feedback_saved, lambda: self.touch("Good"))  # type: ignore[attr-defined]
        self.touch("Waiting time")  # what it was mostly about: a follow-up record
        wait_for(screen.follow_up_saved, lambda: self.touch("Send"))  # type: ignore[attr-defined]
        self.settle()
        self.touch("Finish")

    def session(self) -> None:
        """One resident's visit: a ticket, a form begun and left, feedback, a reset."""
        if self.clock is not None:
            self.clock.next_visit(self.kiosk.ctx.hub)
        self.get_ticket()
        self.find_a_form()
        self.quick_feedback()
        self.window.start_over()  # the idle reset at the end of every visit
        self.kiosk.ctx.ops.wait()
        self.settle()
        # What the kiosk's event loop does between visits: widgets a screen let go of
        # (deleteLater) are deleted. processEvents alone, outside a running loop, never does.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
