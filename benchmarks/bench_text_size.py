"""Text size benchmark (not a test): from a tap on "Larger text" to the screen redrawn.

A resident touches "Larger text" (100 -> 150 -> 200 %, then "Smaller text" back to 100 %).
The kiosk re-styles every widget of every screen, so the time grows with the widgets it
holds. That time is measured for ``--runs`` taps on the home screen and set against the
same theme change applied to a bare window (two labels in a QStackedWidget), in the same
process and run.

Usage::

    python benchmarks/bench_text_size.py [--runs 6]

Prints the median and 95th percentile of each, their ratio, and how many widgets the
kiosk holds. Runs headless (``QT_QPA_PLATFORM=offscreen``) unless a platform is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEvent, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget  # noqa: E402

from benchmarks.qt_timing import percentile, settle  # noqa: E402
from hubkiosk.app import build  # noqa: E402
from hubkiosk.ui import theme  # noqa: E402


def time_kiosk_taps(runs: int) -> tuple[list[float], int]:
    """Seconds from the tap on the text size button to the window repainted."""
    folder = Path(tempfile.mkdtemp(prefix="bench-text-size-"))
    kiosk = build(["--windowed", "--data-dir", str(folder / "data")], connect=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = kiosk.window
    window.resize(1280, 900)
    window.show()
    settle(app)
    widgets = len(QApplication.allWidgets())
    times: list[float] = []
    for _ in range(runs + 1):  # one warm-up tap
        start = time.perf_counter()
        QTest.mouseClick(window.text_size_button, Qt.MouseButton.LeftButton)
        window.repaint()
        times.append(time.perf_counter() - start)
        settle(app)
    kiosk.close()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return times[1:], widgets


def time_bare_window(runs: int) -> list[float]:
    """Seconds for the same theme change on a bare two-page window, repainted."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    stack = QStackedWidget()
    for text in ("Welcome", "H-001"):
        stack.addWidget(QLabel(text))
    stack.resize(1280, 900)
    stack.show()
    settle(app)
    times = []
    for run in range(runs + 1):
        scale = theme.TEXT_SCALES[(run + 1) % len(theme.TEXT_SCALES)]
        start = time.perf_counter()
        theme.apply(app, theme.Theme.DEFAULT, scale)
        stack.repaint()
        times.append(time.perf_counter() - start)
        settle(app)
    stack.close()
    return times[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=6)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    taps, widgets = time_kiosk_taps(args.runs)
    bare = time_bare_window(args.runs)
    k_med, k_p95 = statistics.median(taps) * 1000, percentile(taps, 0.95) * 1000
    b_med, b_p95 = statistics.median(bare) * 1000, percentile(bare, 0.95) * 1000
    print(f"kiosk widgets: {widgets}, taps: {len(taps)}")
    print(f"tap -> kiosk redrawn        : median {k_med:9.1f} ms   p95 {k_p95:9.1f} ms")
    print(f"same change, bare window    : median {b_med:9.1f} ms   p95 {b_p95:9.1f} ms")
    print(
        f"ratio (kiosk / bare window) : median {k_med / b_med:9.1f} x  p95 {k_p95 / b_p95:9.1f} x"
    )


if __name__ == "__main__":
    main()
