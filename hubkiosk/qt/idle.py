"""Idle detection: a warning with a countdown, then a reset (WCAG 2.2.1 Timing Adjustable).

Any touch, click or key anywhere in the application counts as activity. Time is read from
a monotonic clock (injectable for tests), never from the wall clock.

The application-wide event filter is installed only while armed: at rest (the home screen)
nothing needs watching, and a Python filter on every event of the application made PySide
build the Python types of every Qt class the first time a scroll area was made (about 40 ms
before the home screen's first paint).

Armed, it looks for one touch per look at the clock (every 200 ms), not for every event:
the first touch or key since the last look is all it needs, so the filter steps aside until
the next look. A page switch sends hundreds of events (show, layout, paint) through the
application; each passed through the Python filter cost a tap ~0.5 ms (issue 16,
tap_next). A touch seen between two looks counts as activity up to the second look, so the
warning comes at most one look later than it would, never sooner; so does the tap that
armed it (the filter is installed at the first look, not in the middle of that tap).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

ACTIVITY_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
}


class IdleMonitor(QObject):
    """Watches for activity while armed.

    Signals:
        warning(int): the idle time ran out; the countdown shows this many seconds.
        countdown(int): seconds left before the reset, while warning.
        extended(): the resident asked for more time (or touched the screen).
        timed_out(): the countdown ended: reset the kiosk now.
    """

    warning = Signal(int)
    countdown = Signal(int)
    extended = Signal()
    timed_out = Signal()

    def __init__(
        self,
        idle_seconds: float,
        warning_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self.warning_seconds = warning_seconds
        self._clock = clock
        self._last_activity = clock()
        self._warning_since: float | None = None
        self._armed = False
        #: The application's events pass through :meth:`eventFilter` (armed, until a touch).
        self._watching = False
        #: A touch came since the last look at the clock (the filter has stepped aside).
        self._touched = False
        self._last_shown = -1
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.check)

    @property
    def warning_active(self) -> bool:
        return self._warning_since is not None

    def set_armed(self, armed: bool) -> None:
        """Arm when the kiosk is away from its resting state (home, default language)."""
        if armed == self._armed:
            return
        self._armed = armed
        self._last_activity = self._clock()
        self._warning_since = None
        # Armed by a tap (leaving the resting home screen): that tap is the activity up to
        # the first look, and the new screen's events do not go through the filter.
        self._touched = armed
        self._watch(False)
        if armed:
            self._timer.start()
        else:
            self._timer.stop()

    def _watch(self, on: bool) -> None:
        if on == self._watching:
            return
        self._watching = on
        app = QApplication.instance()
        if app is None:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    @Slot()
    def poke(self) -> None:
        """Activity: restart the idle time. During the warning, only :meth:`extend` ends it."""
        if self._warning_since is None:
            self._last_activity = self._clock()

    @Slot()
    def extend(self) -> None:
        """ "I need more time": end the warning and give the full idle time again."""
        self._last_activity = self._clock()
        if self._warning_since is not None:
            self._warning_since = None
            self.extended.emit()

    @Slot()
    def check(self) -> None:
        if not self._armed:
            return
        now = self._clock()
        if self._touched:  # touched since the last look: active until now, as far as known
            self._touched = False
            self.poke()
            self._watch(True)
        if self._warning_since is None:
            if now - self._last_activity >= self.idle_seconds:
                self._warning_since = now
                self._last_shown = math.ceil(self.warning_seconds)
                self.warning.emit(self._last_shown)
            return
        left = self.warning_seconds - (now - self._warning_since)
        if left <= 0:
            self._warning_since = None
            self._last_activity = now
            self.timed_out.emit()
            return
        shown = math.ceil(left)
        if shown != self._last_shown:
            self._last_shown = shown
            self.countdown.emit(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in ACTIVITY_EVENTS:
            self.poke()
            self._touched = True
            self._watch(False)  # until the next look (see the module's header)
        return False
