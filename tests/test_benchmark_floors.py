"""Issue 16: a benchmark's floor measures the same moment as the path it is set against.

The cold start is timed from the process's start to the home screen painted; its floor, a
bare window with three pages, must be timed to its page painted too, not to a ``repaint()``
asked of a window the system has not shown yet (which paints nothing)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.run_all import COLD_BARE

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
