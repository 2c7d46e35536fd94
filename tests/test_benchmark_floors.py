"""Issue 16: a benchmark's floor measures the same moment as the path it is set against,
and what a row says it draws is drawn.

The cold start is timed from the process's start to the home screen painted; its floor, a
bare window with three pages, must be timed to its page painted too, not to a ``repaint()``
asked of a window the system has not shown yet (which paints nothing). The tap row's
reference, the kiosk's window drawn with nothing changed, must draw each page's screen: a
``repaint()`` of a window whose page has not changed drew only its top and bottom bars."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.run_all import COLD_BARE, _round_pages, _tap_times, settle, window_drawn

ROOT = Path(__file__).resolve().parent.parent

#: Run before the floor's own code: every paint event is noted (an application-wide event
#: filter, put in by a QApplication that installs it), and what was painted is printed as
#: the floor exits, after it has printed its time.
WATCH = """
import json, os, sys
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject

_painted_labels = []

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QtWidgets.QLabel):
            _painted_labels.append(watched.text())
        return False

class WatchedApplication(QtWidgets.QApplication):
    def __init__(self, *args):
        super().__init__(*args)
        self.watch = Watch()
        self.installEventFilter(self.watch)

QtWidgets.QApplication = WatchedApplication
_exit_now = os._exit

def _reported_exit(code):
    print(json.dumps({"painted": _painted_labels}), flush=True)
    _exit_now(code)

os._exit = _reported_exit
"""


def test_the_cold_start_floor_is_timed_to_its_page_painted() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", WATCH + COLD_BARE],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    *_, moment, report = done.stdout.strip().splitlines()
    float(moment)  # the floor's time, as the benchmark reads it
    assert "Welcome" in json.loads(report)["painted"], done.stdout


class PaintWatch(QObject):
    """Every widget that gets a paint event while it is installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: set[QWidget] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.painted.add(watched)
        return False


def test_the_window_drawn_for_reference_draws_each_page_of_the_round(open_kiosk) -> None:
    from PySide6.QtGui import QImage

    _tap_times(open_kiosk, 1)  # a resident's round first, as the row measures after one
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = open_kiosk.window
    image = QImage(window.size(), QImage.Format.Format_ARGB32_Premultiplied)
    left_out = []
    for page in _round_pages(open_kiosk):
        window.stack.setCurrentWidget(page)
        settle(app, 3)  # shown and painted: nothing changes from here
        watch = PaintWatch()
        app.installEventFilter(watch)
        try:
            window_drawn(window, image)
        finally:
            app.removeEventFilter(watch)
        screen = page.widget()
        drawn = [w for w in watch.painted if w is screen or screen.isAncestorOf(w)]
        if len(drawn) < 2:  # the screen and at least one of its parts
            left_out.append(page.objectName())
    assert left_out == [], f"screens not drawn: {left_out}"
