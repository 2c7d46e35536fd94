"""A resident at the kiosk, for the benchmarks: taps buttons by their text, waits on signals.

The benchmarks that measure whole visits (the memory soak, tap-to-screen times) drive the
kiosk as a person does, through :class:`Resident`, so they exercise the same code paths as
the tests and the hub: the button with that text is clicked, never a method called.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from hubkiosk.app import Kiosk
from hubkiosk.ui.screens import ScreenId


def shown_text(button: QAbstractButton) -> str:
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def find_button(root: QWidget, text: str) -> QAbstractButton:
    matches = [
        b for b in root.findChildren(QAbstractButton) if shown_text(b) == text and b.isVisible()
    ]
    if len(matches) != 1:
        raise RuntimeError(f"expected one visible button {text!r}, found {len(matches)}")
    return matches[0]


def wait_for(
    signal: SignalInstance, action: Callable[[], None], timeout_ms: int = 10_000
) -> list[Any]:
    """Run ``action`` and return the arguments of the first ``signal`` it causes."""
    loop = QEventLoop()
    got: list[list[Any]] = []

    def on_signal(*args: Any) -> None:
        got.append(list(args))
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    signal.connect(on_signal)
    try:
        action()
        if not got:
            timer.start(timeout_ms)
            loop.exec()
    finally:
        timer.stop()
        signal.disconnect(on_signal)
    if not got:
        raise RuntimeError(f"no signal within {timeout_ms} ms")
    return got[0]


class Resident:
    """Drives a built kiosk (window shown) by what is on the screen."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
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
        self.get_ticket()
        self.find_a_form()
        self.quick_feedback()
        self.window.start_over()  # the idle reset at the end of every visit
        self.kiosk.ctx.ops.wait()
        self.settle()
        # What the kiosk's event loop does between visits: widgets a screen let go of
        # (deleteLater) are deleted. processEvents alone, outside a running loop, never does.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
