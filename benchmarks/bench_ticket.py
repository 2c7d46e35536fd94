"""Ticket benchmark (not a test): from the last tap to the ticket on screen.

A resident touches "Get my ticket"; the ticket is written off the GUI thread (a store
transaction with ``synchronous=FULL`` and its outbox items), the ticket screen is shown
and painted. That time is measured for ``--runs`` tickets and set against a bare
QStackedWidget switching between two pages and painting, in the same process and run.

Usage::

    python benchmarks/bench_ticket.py [--runs 40] [--printer none]

Prints the median and 95th percentile of each, and their ratio. Runs headless
(``QT_QPA_PLATFORM=offscreen``) unless a platform is set; the clock is fixed inside opening
hours so the kiosk is open whenever the benchmark runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget  # noqa: E402

from benchmarks.qt_timing import percentile, settle  # noqa: E402
from hubkiosk.app import build  # noqa: E402
from hubkiosk.ui.screens import ScreenId  # noqa: E402

LONDON = ZoneInfo("Europe/London")
OPEN_MOMENT = dt.datetime(2026, 11, 24, 10, 30, tzinfo=LONDON).astimezone(dt.UTC)


def time_tickets(runs: int, printer: str) -> tuple[list[float], str]:
    """Seconds from the click on "Get my ticket" to the painted ticket screen."""
    folder = Path(tempfile.mkdtemp(prefix="bench-ticket-"))
    config = folder / "config.json"
    config.write_text(f'{{"printer": "{printer}"}}', encoding="utf-8")
    kiosk = build(
        ["--windowed", "--data-dir", str(folder / "data"), "--config", str(config)],
        clock=lambda: OPEN_MOMENT,
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = kiosk.window
    window.resize(1280, 900)
    window.show()
    settle(app)
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    issued = window.screens[ScreenId.TICKET_ISSUED]
    times: list[float] = []
    last_number = ""
    for _ in range(runs + 3):  # three warm-up tickets
        kiosk.ctx.go(ScreenId.TICKET_CONFIRM, service_id="housing")
        settle(app)
        kiosk.ctx.ops.wait()  # the wait preview read is done before the tap
        settle(app)
        loop = QEventLoop()
        shown: list[float] = []

        def on_screen(screen_id: object, loop: QEventLoop = loop, shown: list[float] = shown):
            if screen_id is ScreenId.TICKET_ISSUED:
                issued.repaint()  # painted, as the resident sees it
                shown.append(time.perf_counter())
                loop.quit()

        window.screen_changed.connect(on_screen)
        QTimer.singleShot(10_000, loop.quit)
        start = time.perf_counter()
        QTest.mouseClick(confirm.get_button, Qt.MouseButton.LeftButton)
        if not shown:
            loop.exec()
        window.screen_changed.disconnect(on_screen)
        if not shown:
            raise SystemExit("the ticket screen did not appear within 10 s")
        times.append(shown[0] - start)
        last_number = issued.number.text()
        issued.print_ops.wait()
        settle(app)
        window.start_over()
        settle(app)
    kiosk.ctx.ops.wait()
    window.close()
    kiosk.store.close()
    return times[3:], last_number


def _bare_stack() -> tuple[QApplication, QStackedWidget]:
    """The floor's window: a bare QStackedWidget of two labels at the kiosk's size, shown."""
    stack = QStackedWidget()
    for text in ("Page one", "H-001"):
        stack.addWidget(QLabel(text))
    stack.resize(1280, 900)
    stack.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settle(app)
    return app, stack


def time_page_switch(runs: int) -> list[float]:
    """Seconds for a bare QStackedWidget to switch page and paint it."""
    app, stack = _bare_stack()
    times = []
    for run in range(runs + 3):
        start = time.perf_counter()
        stack.setCurrentIndex((run + 1) % 2)
        stack.currentWidget().repaint()
        times.append(time.perf_counter() - start)
        settle(app)
    stack.close()
    return times[3:]


def time_bare_drawn(runs: int) -> list[float]:
    """Seconds to draw the bare QStackedWidget whole with nothing changed (``render()``,
    as the tap_next row draws the kiosk's window for reference)."""
    from PySide6.QtGui import QImage

    app, stack = _bare_stack()
    image = QImage(stack.size(), QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for run in range(runs + 3):
        stack.setCurrentIndex((run + 1) % 2)
        settle(app)
        start = time.perf_counter()
        stack.render(image)
        times.append(time.perf_counter() - start)
    stack.close()
    return times[3:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--printer", default="none", help="settings.printer for the kiosk")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    tickets, number = time_tickets(args.runs, args.printer)
    switches = time_page_switch(args.runs)
    t_med, t_p95 = statistics.median(tickets) * 1000, percentile(tickets, 0.95) * 1000
    s_med, s_p95 = statistics.median(switches) * 1000, percentile(switches, 0.95) * 1000
    print(f"tickets issued: {len(tickets)} (last {number}), printer={args.printer}")
    print(f"last tap -> ticket on screen : median {t_med:8.2f} ms   p95 {t_p95:8.2f} ms")
    print(f"bare QStackedWidget switch   : median {s_med:8.2f} ms   p95 {s_p95:8.2f} ms")
    print(
        f"ratio (ticket / bare switch) : median {t_med / s_med:8.1f} x  p95 {t_p95 / s_p95:8.1f} x"
    )


if __name__ == "__main__":
    main()
