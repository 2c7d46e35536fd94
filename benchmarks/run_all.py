"""Every performance figure of issue 16 in one command, each against its floor.

Each row of the table is measured against a floor measured in the same run (a bare Qt
window, a raw sqlite3 insert, hand-written SQL...), printed as a ratio with the goal beside
it and PASS or MISS. The machine (cores, CPU, Python, Qt) and the load average before and
after are printed too: the figures mean little without them. Not a test: run it by hand.

Usage::

    python benchmarks/run_all.py                      # every row, full size (long)
    python benchmarks/run_all.py --quick              # small counts, for development
    python benchmarks/run_all.py --only soak --sessions 10000
    python benchmarks/run_all.py --pg-url postgresql+psycopg://USER@HOST:PORT/DB

Each row runs in its own Python process (a fresh QApplication, fresh memory), so one row
cannot slow or bloat the next. PostgreSQL rows need ``--pg-url`` (or HUBKIOSK_BENCH_PG_URL);
its public schema is dropped and recreated: point it at a throwaway database. Without it
they say "skipped: no PostgreSQL".
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


@dataclass
class Row:
    """One line of the table: the path, its figure and its floor's, the goal and verdict."""

    name: str
    path: str
    measured: str
    floor: str
    ratio: float | None
    goal: str
    passed: bool | None  # None: skipped or failed to run
    note: str = ""


# Helpers shared by the rows (imported lazily: the parent process stays light) -----------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def open_moment() -> Any:
    """A Tuesday 10:30 in London: the hubs are open, so a ticket can always be taken."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    return dt.datetime(2026, 11, 24, 10, 30, tzinfo=ZoneInfo("Europe/London")).astimezone(dt.UTC)


def qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hubkiosk.app import ensure_app

    return ensure_app()


def built_kiosk(
    folder: Path, *extra: str, connect: bool = False, clock: Callable[[], Any] | None = None
) -> Any:
    from hubkiosk.app import build

    moment = open_moment()
    kiosk = build(
        ["--windowed", "--data-dir", str(folder / "data"), *extra],
        clock=clock or (lambda: moment),
        connect=connect,
    )
    kiosk.window.resize(1280, 900)
    kiosk.window.show()
    return kiosk


def dispose(kiosk: Any) -> None:
    """Close a kiosk and delete its window now: live widgets would all be re-polished by
    the next style sheet, slowing whatever is measured after it."""
    from PySide6.QtCore import QCoreApplication, QEvent

    kiosk.close()
    kiosk.window.close()
    kiosk.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def warmed_up(app: Any, kiosk: Any, timeout: float = 30.0) -> None:
    """Let the kiosk build its likely screens in idle time, as it does in its first
    seconds, so a row measures what it names and not the start."""
    deadline = time.monotonic() + timeout
    while kiosk.window.warm_up.pending and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    settle(app)


def settle(app: Any, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


# Rows ------------------------------------------------------------------------------------


def row_text_size(opts: argparse.Namespace) -> Row:
    """ "Larger text" / "High contrast": tap to the kiosk redrawn, vs a bare window."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel, QStackedWidget

    from hubkiosk.ui import theme

    app = qt_app()
    runs = 2 if opts.quick else opts.runs_text
    changes = ["larger 150%", "larger 200%", "smaller 100%", "contrast on", "contrast off"]
    with tempfile.TemporaryDirectory() as folder:
        kiosk = built_kiosk(Path(folder))
        window = kiosk.window
        settle(app)
        kiosk_times: dict[str, list[float]] = {c: [] for c in changes}
        frozen = 0.0
        for run in range(runs + 1):  # one warm-up round
            for change in changes:
                button = window.contrast_button if "contrast" in change else window.text_size_button
                start = time.perf_counter()
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                longest = time.perf_counter() - start
                for _ in range(5):  # work the kiosk left for the event loop
                    began = time.perf_counter()
                    app.processEvents()
                    longest = max(longest, time.perf_counter() - began)
                began = time.perf_counter()
                window.repaint()
                longest = max(longest, time.perf_counter() - began)
                if run:
                    kiosk_times[change].append(time.perf_counter() - start)
                    frozen = max(frozen, longest)
        dispose(kiosk)
    stack = QStackedWidget()
    for text in ("Welcome", "H-001", "Housing"):
        stack.addWidget(QLabel(text))
    stack.resize(1280, 900)
    stack.show()
    settle(app)
    bare_settings = {
        "larger 150%": (theme.Theme.DEFAULT, theme.TEXT_SCALES[1]),
        "larger 200%": (theme.Theme.DEFAULT, theme.TEXT_SCALES[2]),
        "smaller 100%": (theme.Theme.DEFAULT, theme.TEXT_SCALES[0]),
        "contrast on": (theme.Theme.CONTRAST, theme.TEXT_SCALES[0]),
        "contrast off": (theme.Theme.DEFAULT, theme.TEXT_SCALES[0]),
    }
    bare_times: dict[str, list[float]] = {c: [] for c in changes}
    for run in range(runs + 1):
        for change in changes:
            start = time.perf_counter()
            theme.apply(app, *bare_settings[change])
            stack.repaint()
            if run:
                bare_times[change].append(time.perf_counter() - start)
            settle(app)
    slowest = max(changes, key=lambda c: statistics.median(kiosk_times[c]))
    k = statistics.median(kiosk_times[slowest])
    b = statistics.median(bare_times[slowest])
    return Row(
        "text_size",
        "Larger text / High contrast tap to redrawn",
        f"slowest ({slowest}) median {ms(k)}; frozen up to {ms(frozen)}",
        f"bare window {ms(b)}",
        k / b,
        "< 300 ms, frozen <= 100 ms",
        k < 0.3 and frozen <= 0.1,
        f"{runs} rounds of {len(changes)} changes",
    )


#: The floor of ``cold_start``: a bare window of three pages, timed as the kiosk's start
#: probe times the home screen (hubkiosk.app.FirstPaint): from the first paint event of the
#: page shown, once that paint is done. A ``repaint()`` straight after ``show()`` paints
#: nothing (the system has not shown the window yet), so timing to it left out the paint.
COLD_BARE = """
import os, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget
app = QApplication([])
stack = QStackedWidget()
for text in ("Welcome", "Get a ticket", "H-001"):
    stack.addWidget(QLabel(text))


def painted():
    print(time.time(), flush=True)
    os._exit(0)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False


first = FirstPaint()
stack.currentWidget().installEventFilter(first)
stack.resize(1280, 900)
stack.show()
app.exec()
"""


def _cold(argv: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds from starting ``python ARGV`` to the time it prints (its first paint): the
    last line of its output, a number or the kiosk's probe line (JSON with ``time``).

    Python may keep the modules' compiled bytecode (``__pycache__``), as an installed kiosk
    (the PyInstaller bundle, a wheel) always has it: with PYTHONDONTWRITEBYTECODE set, as
    in some shells, every start would compile the kiosk's sources again, which no hub does.
    """
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        **(env or {}),
    }
    start = time.time()
    done = subprocess.run(
        [sys.executable, *argv], capture_output=True, text=True, env=env, check=True, cwd=ROOT
    )
    last = done.stdout.strip().splitlines()[-1]
    return float(json.loads(last)["time"] if last.startswith("{") else last) - start


def row_cold_start(opts: argparse.Namespace) -> Row:
    """Process start to the home screen painted, vs a bare window with three pages.

    The kiosk is started as a hub starts it (``python -m hubkiosk --windowed --data-dir
    DIR``, the console script's code); ``HUBKIOSK_START_PROBE=paint`` makes it print the
    time its home screen is first painted and exit (hubkiosk/app.py)."""
    runs = 2 if opts.quick else opts.runs_cold
    with tempfile.TemporaryDirectory() as folder:
        kiosk_argv = ["-m", "hubkiosk", "--windowed", "--data-dir", str(Path(folder) / "data")]
        for name in [k for k in os.environ if k.startswith("HUBKIOSK_")]:
            del os.environ[name]  # the kiosk's own settings only
        probe = {"HUBKIOSK_START_PROBE": "paint"}
        # The first start makes the store and the start memo; the hub's mornings do not.
        _cold(kiosk_argv, probe)
        _cold(["-c", COLD_BARE])
        kiosk, bare = [], []
        for _ in range(runs):  # interleaved, so both see the same machine load
            kiosk.append(_cold(kiosk_argv, probe))
            bare.append(_cold(["-c", COLD_BARE]))
    k, b = statistics.median(kiosk), statistics.median(bare)
    return Row(
        "cold_start",
        "cold start to home painted",
        f"median {ms(k)}",
        f"bare 3-page window {ms(b)}",
        k / b,
        "<= 1.5 x",
        k / b <= 1.5,
        f"{runs} starts each (python -m hubkiosk, to its first paint)",
    )


#: The eight taps of a resident's round: (the button's text, the transition it makes).
TAPS = (
    ("Get a ticket or check in", "home>tiles"),
    ("Housing", "tiles>confirm"),
    ("Get my ticket", "confirm>ticket"),
    ("Done", "ticket>home"),
    ("Find a service or do it now", "home>finder"),
    ("Waste and recycling", "finder>service"),
    ("Do it here now", "service>form"),
    ("Start again", "form>home"),
)


def _tap_times(kiosk: Any, rounds: int) -> list[tuple[str, float]]:
    """Each tap of a resident's round (its transition) and the seconds from the tap to the
    next screen painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from benchmarks.resident import find_button, wait_for
    from hubkiosk.ui.screens import ScreenId

    app = qt_app()
    window = kiosk.window
    times: list[tuple[str, float]] = []
    names = dict(TAPS)

    def tap(text: str, *, waits: bool = False) -> None:
        button = find_button(window, text)
        start = time.perf_counter()
        if waits:
            wait_for(
                window.screen_changed,
                lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton),
            )
        else:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        window.repaint()
        times.append((names[text], time.perf_counter() - start))
        settle(app, 3)

    for _ in range(rounds):
        tap("Get a ticket or check in")  # home -> tiles
        tap("Housing")  # tiles -> confirmation
        kiosk.ctx.ops.wait()
        settle(app)
        tap("Get my ticket", waits=True)  # confirmation -> ticket
        # The resident reads the ticket while it prints and its writes are copied in.
        window.screens[ScreenId.TICKET_ISSUED].print_ops.wait()
        kiosk.ctx.ops.wait()
        settle(app)
        tap("Done")  # ticket -> home
        tap("Find a service or do it now")  # home -> finder
        tap("Waste and recycling")  # finder -> service page
        tap("Do it here now")  # service page -> form
        tap("Start again")  # form -> home
        kiosk.ctx.ops.wait()
        settle(app)
    return times


def per_transition(times: list[tuple[str, float]]) -> str:
    """Each transition's median and slowest, in the order a resident taps them."""
    parts = []
    for _text, name in TAPS:
        mine = [t for n, t in times if n == name]
        if mine:
            parts.append(f"{name} {statistics.median(mine) * 1000:.0f}/{max(mine) * 1000:.0f}")
    return "per tap median/max ms: " + ", ".join(parts)


def _bare_switch(runs: int) -> list[float]:
    from benchmarks.bench_ticket import time_page_switch

    return time_page_switch(runs)


def row_tap_next(opts: argparse.Namespace) -> Row:
    """Tap to the next screen painted (home, tiles, confirmation, ticket, finder, form)."""
    from benchmarks.bench_ticket import time_bare_drawn

    rounds = 3 if opts.quick else opts.rounds_tap
    app = qt_app()
    with tempfile.TemporaryDirectory() as folder:
        kiosk = built_kiosk(Path(folder))
        settle(app)
        _tap_times(kiosk, 1)  # warm-up
        labelled = _tap_times(kiosk, rounds)
        own = _own_pages_switch(kiosk, rounds)
        drawn = _pages_drawn(kiosk, rounds)
        dispose(kiosk)
    times = [t for _name, t in labelled]
    bare = _bare_switch(len(times))
    bare_drawn = time_bare_drawn(len(drawn))
    k95, b95 = percentile(times, 0.95), percentile(bare, 0.95)
    d95, bd95 = percentile(drawn, 0.95), percentile(bare_drawn, 0.95)
    return Row(
        "tap_next",
        "tap to the next screen",
        f"p95 {ms(k95)} (median {ms(statistics.median(times))})",
        f"bare page switch p95 {ms(b95)}",
        k95 / b95,
        "p95 <= 3 x and < 50 ms",
        k95 / b95 <= 3 and k95 < 0.05,
        f"{len(times)} taps; {per_transition(labelled)}; for reference (not the floor): the "
        f"kiosk's own pages switched with no screen logic, p95 {ms(percentile(own, 0.95))}; "
        f"the whole window drawn with nothing changed, p95 {ms(d95)}, against the bare "
        f"pages drawn the same way, p95 {ms(bd95)} ({d95 / bd95:.1f} x; {d95 / b95:.1f} x the "
        f"floor)",
    )


#: The pages of a resident's round, in the order :func:`_tap_times` shows them.
ROUND_PAGES = ("HOME", "QUEUE", "TICKET_CONFIRM", "TICKET_ISSUED", "HOME", "FINDER",
               "SERVICE_PAGE", "FORM")  # fmt: skip


def _round_pages(kiosk: Any) -> list[Any]:
    from hubkiosk.ui.screens import ScreenId

    return [kiosk.window.pages[ScreenId[name]] for name in ROUND_PAGES]


def _own_pages_switch(kiosk: Any, rounds: int) -> list[float]:
    """Seconds to switch the kiosk's stack to each page of a round and paint it, with none
    of the screens' own work (what the pages cost to show, whatever the code does)."""
    from hubkiosk.ui.screens import ScreenId

    app = qt_app()
    window = kiosk.window
    times: list[float] = []
    for _ in range(rounds):
        for page in _round_pages(kiosk):
            start = time.perf_counter()
            window.stack.setCurrentWidget(page)
            window.repaint()
            times.append(time.perf_counter() - start)
            settle(app, 3)
    window.show_screen(ScreenId.HOME)
    settle(app)
    return times


def _pages_drawn(kiosk: Any, rounds: int) -> list[float]:
    """Seconds to draw the whole window on each page of a round with nothing changed: what
    drawing it costs, the part no screen logic can take away (:func:`window_drawn`)."""
    from PySide6.QtGui import QImage

    from hubkiosk.ui.screens import ScreenId

    app = qt_app()
    window = kiosk.window
    image = QImage(window.size(), QImage.Format.Format_ARGB32_Premultiplied)
    times: list[float] = []
    for _ in range(rounds):
        for page in _round_pages(kiosk):
            window.stack.setCurrentWidget(page)
            settle(app, 3)
            times.append(window_drawn(window, image))
    window.show_screen(ScreenId.HOME)
    settle(app)
    return times


def window_drawn(window: Any, image: Any) -> float:
    """Seconds to draw ``window`` whole into ``image``.

    With ``render()``, which draws every widget: a ``repaint()`` of a window whose page has
    not changed since its last paint leaves the page's screen out (Qt draws it again only
    when it is dirty), so it timed the top and bottom bars alone."""
    start = time.perf_counter()
    window.render(image)
    return time.perf_counter() - start


def seed_history(store: Any, days: int, visits_per_day: int = 180) -> int:
    """A busy hub's past: ``days`` days before today of ``visits_per_day`` visits, each a
    ticket, its check-in, call and served events, all sent (outbox items acknowledged)."""
    import datetime as dt
    import uuid

    from sqlalchemy import insert

    from hubkiosk.store.models import OutboxItem, OutboxState, QueueEvent, Ticket

    today = open_moment()
    services = ["housing", "council-tax", "benefits", "parking"]
    made = 0
    for day_back in range(days, 0, -1):
        opened = (today - dt.timedelta(days=day_back)).replace(hour=9, minute=0)
        tickets: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        per_service: dict[str, int] = {}
        for visit in range(visits_per_day):
            service = services[visit % len(services)]
            per_service[service] = per_service.get(service, 0) + 1
            at = opened + dt.timedelta(minutes=2 * visit)
            ticket_id = uuid.uuid4()
            tickets.append({
                "id": ticket_id, "created_at": at, "hub_id": "idea-store-bow",
                "service_id": service, "number": f"X-{per_service[service]:03d}",
                "sequence": per_service[service], "day": at.date(), "priority": "none",
                "language": "en", "interpreter_language": None, "appointment_id": None,
                "call_name": None,
            })  # fmt: skip
            for kind, minutes in (("checked_in", 0), ("called", 11), ("served", 25)):
                event_id = uuid.uuid4()
                moment = at + dt.timedelta(minutes=minutes)
                events.append({
                    "id": event_id, "created_at": moment, "ticket_id": ticket_id, "kind": kind,
                    "desk": "Desk 1" if kind != "checked_in" else None, "adviser_id": None,
                    "to_service_id": None,
                    "outcome": "resolved_first_contact" if kind == "served" else None,
                    "referred_to": None, "at": moment,
                })  # fmt: skip
                items.append({"id": event_id, "kind": "queue_event", "payload": {"kind": kind},
                              "created_at": moment, "state": OutboxState.SENT, "attempts": 1,
                              "acked_at": moment})  # fmt: skip
            items.append({"id": ticket_id, "kind": "ticket", "payload": {"number": "X"},
                          "created_at": at, "state": OutboxState.SENT, "attempts": 1,
                          "acked_at": at})  # fmt: skip
        with store.engine.begin() as connection:
            connection.execute(insert(Ticket), tickets)
            connection.execute(insert(QueueEvent), events)
            connection.execute(insert(OutboxItem), items)
        made += len(tickets)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    return made


def _ticket_tap(kiosk: Any) -> float:
    """Seconds from "Get my ticket" to the ticket painted (the wait on the confirmation
    read first, as a resident sees it), then back to the start for the next one."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from benchmarks.resident import wait_for
    from hubkiosk.ui.screens import ScreenId

    app = qt_app()
    window = kiosk.window
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    issued = window.screens[ScreenId.TICKET_ISSUED]
    kiosk.ctx.go(ScreenId.TICKET_CONFIRM, service_id="housing")
    kiosk.ctx.ops.wait()
    settle(app)
    start = time.perf_counter()
    args = wait_for(
        window.screen_changed,
        lambda: QTest.mouseClick(confirm.get_button, Qt.MouseButton.LeftButton),
    )
    issued.repaint()
    took = time.perf_counter() - start
    if args[0] is not ScreenId.TICKET_ISSUED:
        raise RuntimeError("no ticket")
    issued.print_ops.wait()
    settle(app)
    window.start_over()
    kiosk.ctx.ops.wait()
    settle(app)
    return took


def row_busy_ticket(opts: argparse.Namespace) -> Row:
    """ "Get my ticket" with a year of history in the store vs the same tap on an empty one.

    The two kiosks run side by side and take turns (empty first, then busy, then the other
    way round): measured one after the other, 20 s of seeding apart, the ratio followed
    whatever else the machine was doing then (1.3 to 7 x on a shared two-core machine)."""
    days = 14 if opts.quick else opts.history_days
    runs = 10 if opts.quick else opts.runs_ticket
    app = qt_app()
    with tempfile.TemporaryDirectory() as folder:
        from hubkiosk.store.db import open_store

        data = Path(folder) / "busy" / "data"
        store = open_store(data)
        began = time.perf_counter()
        visits = seed_history(store, days)
        seeded = time.perf_counter() - began
        store.close()
        empty = built_kiosk(Path(folder) / "empty")
        busy = built_kiosk(Path(folder) / "busy")
        for kiosk in (empty, busy):
            warmed_up(app, kiosk)
            _ticket_tap(kiosk)  # warm: the statement cache, the pages
            _ticket_tap(kiosk)
        empty_times: list[float] = []
        busy_times: list[float] = []
        for run in range(runs):
            turns = ((empty, empty_times), (busy, busy_times))
            for kiosk, times in turns if run % 2 == 0 else reversed(turns):
                times.append(_ticket_tap(kiosk))
        dispose(empty)
        dispose(busy)
    b95, e95 = percentile(busy_times, 0.95), percentile(empty_times, 0.95)
    return Row(
        "busy_ticket",
        f"Get my ticket, {days} days x 180 visits",
        f"p95 {ms(b95)} (median {ms(statistics.median(busy_times))})",
        f"empty store p95 {ms(e95)} (median {ms(statistics.median(empty_times))})",
        b95 / e95,
        "p95 < 50 ms, <= 1.5 x empty",
        b95 < 0.05 and b95 / e95 <= 1.5,
        f"{visits:,} past visits seeded in {seeded:.0f} s; {runs} tickets each, the two "
        "stores taking turns",
    )


def c_heap_mb() -> tuple[float, float] | None:
    """(malloc's bytes in use, SQLite's share of them) in MB, where glibc and the system
    SQLite say: RSS that grows with neither is Qt's or the allocator's, not a live object."""
    import ctypes
    import ctypes.util

    class MallInfo2(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_size_t)
            for name in [
                "arena",
                "ordblks",
                "smblks",
                "hblks",
                "hblkhd",
                "usmblks",
                "fsmblks",
                "uordblks",
                "fordblks",
                "keepcost",
            ]
        ]

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallinfo2.restype = MallInfo2
        sqlite = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        sqlite.sqlite3_memory_used.restype = ctypes.c_int64
        info = libc.mallinfo2()
        return (info.uordblks + info.hblkhd) / 1e6, sqlite.sqlite3_memory_used() / 1e6
    except (OSError, AttributeError):
        return None


def row_soak(opts: argparse.Namespace) -> Row:
    """Memory over resident sessions: RSS after the first session, then after N more.

    Visits are a few minutes apart in the hub's opening hours, day after day
    (:class:`~benchmarks.resident.VisitClock`): 10,000 of them are about five months of a
    busy hub's kiosk. RSS is read every tenth of the run, so a rise that levels off (a
    bounded cache filling) shows apart from one that keeps rising (a leak).
    """
    import collections
    import gc

    from PySide6.QtWidgets import QApplication

    from benchmarks.resident import Resident, VisitClock

    sessions = 100 if opts.quick else opts.sessions
    app = qt_app()
    clock = VisitClock(open_moment())
    with tempfile.TemporaryDirectory() as folder:
        kiosk = built_kiosk(Path(folder), clock=clock)
        settle(app)
        resident = Resident(kiosk, clock)
        resident.session()
        gc.collect()
        first = rss_mb()
        heap_first = c_heap_mb()
        widgets = len(QApplication.allWidgets())
        objects = collections.Counter(type(o).__name__ for o in gc.get_objects())
        began = time.perf_counter()
        marks: list[str] = []
        for done in range(1, sessions + 1):
            resident.session()
            if done % max(1, sessions // 10) == 0 and done < sessions:
                marks.append(f"{rss_mb() - first:+.1f}")
                progress(
                    f"{done:,} sessions, RSS {marks[-1]} MB, "
                    f"{(time.perf_counter() - began) / done * 1000:.0f} ms/session"
                )
        took = time.perf_counter() - began
        gc.collect()
        after = rss_mb()
        heap_after = c_heap_mb()
        grown = collections.Counter(type(o).__name__ for o in gc.get_objects()) - objects
        widgets_after = len(QApplication.allWidgets())
        kiosk.close()
        kiosk.window.close()
    growth = after - first
    per_10k = growth / sessions * 10_000
    top = ", ".join(f"{name} +{n}" for name, n in grown.most_common(3)) or "none"
    heap = ""
    if heap_first and heap_after:
        heap = (
            f"; malloc in use {heap_after[0] - heap_first[0]:+.1f} MB, of it SQLite "
            f"{heap_first[1]:.1f} -> {heap_after[1]:.1f} MB"
        )
    return Row(
        "soak",
        f"memory over {sessions:,} resident sessions",
        f"+{growth:.1f} MB ({per_10k:+.1f} MB per 10,000)",
        f"RSS after the first session {first:.0f} MB",
        after / first,
        "<= +5 MB over 10,000",
        per_10k <= 5.0,
        f"{sum(grown.values()) / sessions:.1f} Python objects/session ({top}); widgets "
        f"{widgets} -> {widgets_after}; {took / sessions * 1000:.0f} ms/session; "
        f"{clock.days} opening days; RSS each tenth (MB): {' '.join(marks)}{heap}",
    )


def _paired(runs: int, floor: Any, measured: Any) -> tuple[list[float], list[float]]:
    """``runs`` rates of the floor and of the measured path, taken in turns (floor, then
    measured), so each pair sees the same moment of the machine's load: one pair alone
    swung from 0.41 to 0.55 x for the same code on this shared host."""
    floors, rates = [], []
    for _ in range(runs):
        floors.append(floor())
        rates.append(measured())
    return floors, rates


def _pair_ratios(floors: list[float], rates: list[float]) -> tuple[float, str]:
    """The median of the pairs' ratios, and how they spread."""
    ratios = sorted(rate / floor for rate, floor in zip(rates, floors, strict=True))
    spread = ", ".join(f"{r:.2f}" for r in ratios)
    return statistics.median(ratios), f"{len(ratios)} pairs taken in turns, ratios {spread}"


def row_drain(opts: argparse.Namespace) -> Row:
    """Sync drain of 5,000 outbox items over HTTP to a local server, vs a Core insert."""
    from benchmarks import bench_sync

    records = 500 if opts.quick else opts.records
    items = bench_sync.backlog_items(records)
    with tempfile.TemporaryDirectory() as folder:
        made = itertools.count()

        def core() -> float:
            url = f"sqlite:///{Path(folder) / f'core{next(made)}.sqlite3'}"
            return bench_sync.core_insert(url, items)

        def drain() -> float:
            url = f"sqlite:///{Path(folder) / f'drain{next(made)}.sqlite3'}"
            seconds, sent = bench_sync.drain(url, records)
            return sent / seconds

        floors, rates = _paired(1 if opts.quick else opts.runs_sync, core, drain)
    ratio, spread = _pair_ratios(floors, rates)
    return Row(
        "drain",
        f"sync drain, {records:,} items over HTTP",
        f"{statistics.median(rates):,.0f} records/s",
        f"Core insert {statistics.median(floors):,.0f} records/s",
        ratio,
        ">= 0.5 x",
        ratio >= 0.5,
        f"server on SQLite, 127.0.0.1; {spread}",
    )


def row_pg_ingest(opts: argparse.Namespace) -> Row:
    """Server ingest on PostgreSQL, batches of 100, vs executemany per 100-row transaction."""
    if not opts.pg_url:
        return skipped("pg_ingest", "server ingest on PostgreSQL", ">= 0.3 x")
    from benchmarks import bench_sync

    records = 1000 if opts.quick else opts.records
    items = bench_sync.backlog_items(records)
    floors, rates = _paired(
        1 if opts.quick else opts.runs_sync,
        lambda: bench_sync.core_insert(opts.pg_url, items),
        lambda: bench_sync.http_ingest(opts.pg_url, items),
    )
    ratio, spread = _pair_ratios(floors, rates)
    return Row(
        "pg_ingest",
        "server ingest on PostgreSQL, batches of 100",
        f"{statistics.median(rates):,.0f} records/s",
        f"executemany {statistics.median(floors):,.0f} records/s",
        ratio,
        ">= 0.3 x",
        ratio >= 0.3,
        f"{records:,} records; {spread}",
    )


def row_survey_report(opts: argparse.Namespace) -> Row:
    """The Appendix 7 survey report over 1,000,000 responses, vs the bare SQL."""
    if not opts.pg_url:
        return skipped("survey_report", "Appendix 7 survey report", "< 1 s per request")
    from benchmarks import bench_survey

    responses = 20_000 if opts.quick else opts.responses
    result = bench_survey.measure(opts.pg_url, responses, 1 if opts.quick else 3)
    report, bare = result["report_s"], result["bare_s"]
    return Row(
        "survey_report",
        f"Appendix 7 survey report, {responses:,} responses",
        f"{report:.3f} s",
        f"bare SQL {bare:.3f} s",
        report / bare,
        "< 1 s per request",
        report < 1.0 and result["mismatches"] == 0,
        f"{result['mismatches']} figures differ from the bare SQL",
    )


def row_hub_report(opts: argparse.Namespace) -> Row:
    """The managers' hub report over 1,000,000 tickets and queue events, vs the old scan."""
    if not opts.pg_url:
        return skipped("hub_report", "managers' hub report", "< 1 s per request")
    from benchmarks import bench_hub

    tickets = 5_000 if opts.quick else opts.tickets
    result = bench_hub.measure(opts.pg_url, tickets, 1 if opts.quick else 3)
    report, scan = result["report_s"], result["scan_s"]
    return Row(
        "hub_report",
        f"managers' hub report, {result['rows']:,} tickets and events",
        f"{report:.3f} s",
        f"old scan {scan:.3f} s",
        report / scan,
        "< 1 s per request",
        report < 1.0 and result["equal"],
        "equal to the old scan" if result["equal"] else "DIFFERS from the old scan",
    )


def row_checkin_commit(opts: argparse.Namespace) -> Row:
    """A check-in's commit (ticket, check-in event, both outbox items) vs raw sqlite3.

    The product's side is what "Get my ticket" writes: :func:`hubkiosk.core.queue.write_check_in`
    in a store session (its number given, not read: raw sqlite3 reads none either). The two
    alternate, commit by commit, on two files side by side, so both meet the same disk (an
    fsync's time varies a lot on a shared machine)."""
    import json as jsonlib
    import sqlite3
    import uuid

    from hubkiosk.core import queue
    from hubkiosk.core.content import load_default_content
    from hubkiosk.store.db import BUSY_TIMEOUT_MS, open_store

    runs = 100 if opts.quick else opts.runs_commit
    housing = load_default_content().catalogue.by_id("housing")
    moment = open_moment()
    day = moment.date()
    stamp = moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "orm")
        raw_store = open_store(Path(folder) / "raw")  # the same schema
        raw_store.close()
        connection = sqlite3.connect(raw_store.path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                       f"busy_timeout={BUSY_TIMEOUT_MS}", "secure_delete=ON"):  # fmt: skip
            connection.execute(f"PRAGMA {pragma}")

        def orm_commit(n: int) -> None:
            with store.session() as session:
                queue.write_check_in(
                    session, hub_id="idea-store-bow", service=housing, now=moment, sequence=n
                )

        def raw_commit(n: int) -> None:
            ticket_id, event_id = uuid.uuid4(), uuid.uuid4()
            ticket_payload = {"id": str(ticket_id), "number": f"H-{n:03d}", "day": str(day)}
            event_payload = {"id": str(event_id), "ticket_id": str(ticket_id), "at": stamp}
            connection.execute("BEGIN")
            connection.execute(
                "INSERT INTO ticket (id, created_at, hub_id, service_id, number, sequence, day,"
                " priority, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (ticket_id.hex, stamp, "idea-store-bow", "housing", f"H-{n:03d}", n,
                 str(day), "NONE", "en"),
            )  # fmt: skip
            connection.execute(
                "INSERT INTO outbox_item (id, kind, payload, created_at, state, attempts)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (ticket_id.hex, "ticket", jsonlib.dumps(ticket_payload), stamp, "PENDING", 0),
            )
            connection.execute(
                "INSERT INTO queue_event (id, created_at, ticket_id, kind, at)"
                " VALUES (?, ?, ?, ?, ?)",
                (event_id.hex, stamp, ticket_id.hex, "CHECKED_IN", stamp),
            )
            connection.execute(
                "INSERT INTO outbox_item (id, kind, payload, created_at, state, attempts)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (event_id.hex, "queue_event", jsonlib.dumps(event_payload), stamp, "PENDING", 0),
            )
            connection.execute("COMMIT")

        orm: list[float] = []
        raw: list[float] = []
        for n in range(1, runs + 11):
            for commit, times in ((orm_commit, orm), (raw_commit, raw)):
                start = time.perf_counter()
                commit(n)
                times.append(time.perf_counter() - start)
        connection.close()
        store.close()
    orm, raw = orm[10:], raw[10:]
    o, r = statistics.median(orm), statistics.median(raw)
    return Row(
        "checkin_commit",
        "check-in commit (ticket + outbox)",
        f"median {o * 1000:.2f} ms (p95 {percentile(orm, 0.95) * 1000:.2f} ms)",
        f"raw sqlite3 {r * 1000:.2f} ms",
        o / r,
        "<= 2 x",
        o / r <= 2,
        f"{runs} commits each, alternating, synchronous=FULL",
    )


def row_ui_stall(opts: argparse.Namespace) -> Row:
    """The longest the GUI thread stalls while the kiosk syncs 5,000 records, prints a
    ticket, backs up the store and asks a dead server for a booking."""
    import datetime as dt
    import socket

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from benchmarks import bench_sync
    from hubkiosk.store import outbox
    from hubkiosk.store.models import QueueEvent, QueueEventKind, Ticket
    from hubkiosk.ui.screens import ScreenId
    from sync.protocol.appointments import AppointmentLookup

    records = 500 if opts.quick else opts.records
    app = qt_app()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'central.sqlite3'}"
        database = bench_sync.fresh_database(url)
        token, _ = bench_sync.enrolled(database)
        database.dispose()
        with bench_sync.server_process(url) as base:
            config = Path(folder) / "config.json"
            config.write_text(json.dumps({"hub_id": bench_sync.HUB, "printer": "none"}))
            from hubkiosk.qt.sync_controller import SyncController
            from hubkiosk.store.db import open_store

            store = open_store(Path(folder) / "data")
            moment = open_moment() - dt.timedelta(days=1)
            with store.session() as session:
                for n in range(0, records, 2):
                    ticket = Ticket(hub_id=bench_sync.HUB, service_id="housing",
                                    number=f"H-{n:04d}", sequence=n + 1, day=moment.date(),
                                    created_at=moment)  # fmt: skip
                    outbox.add_record(session, ticket)
                    outbox.add_record(session, QueueEvent(ticket_id=ticket.id, at=moment,
                                      kind=QueueEventKind.CHECKED_IN))  # fmt: skip
            store.close()
            kiosk = built_kiosk(Path(folder), "--config", str(config))
            window = kiosk.window
            kiosk.sync = SyncController(kiosk.settings, kiosk.store, kiosk.content,
                                        server_url=base, token=token, parent=window)  # fmt: skip
            window.attach_sync(kiosk.sync)
            warmed_up(app, kiosk)
            # The stall meter: a 5 ms timer; the longest gap between its ticks.
            clock = QElapsedTimer()
            gaps: list[float] = []
            meter = QTimer()
            meter.setInterval(5)

            def tick() -> None:
                gaps.append(clock.restart() / 1000)

            meter.timeout.connect(tick)
            clock.start()
            meter.start()
            stall_probe = None
            if opts.trace_stalls:  # where the stalls come from (diagnosis, not the figure)
                from benchmarks.stall_probe import StallProbe

                stall_probe = StallProbe(threshold=0.03)
                stall_probe.trace_kiosk(kiosk)
                stall_probe.start()
            # A ticket (printed: the ticket screen prints through its own runner)...
            kiosk.ctx.go(ScreenId.TICKET_CONFIRM, service_id="housing")
            # ... a backup and a lookup on a dead server, through the kiosk's runner...
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                dead = probe.getsockname()[1]
            from sync.client.lookup import lookup_appointments

            query = AppointmentLookup(reference="HK-0000")
            kiosk.ctx.ops.run(lambda: kiosk.store.backup("manual"), name="backup")
            kiosk.ctx.ops.run(
                lambda: lookup_appointments(f"http://127.0.0.1:{dead}", token, query),
                name="lookup",
            )
            # ... while the sync worker drains the backlog.
            kiosk.sync.start()
            kiosk.sync.sync_now()
            deadline = time.monotonic() + 600
            loop = QEventLoop()
            poll = QTimer()
            poll.setInterval(50)

            def check() -> None:
                # What the kiosk itself knows, without a store read: counting the outbox
                # here, on the GUI thread, while the sync worker commits batches, was one
                # of the stalls this row measured (SQLite's busy timeout, the GIL).
                worker = kiosk.sync.worker
                status = worker.last_status
                drained = status is not None and status.pending == 0 and not worker.running
                if (drained and not kiosk.ctx.ops.busy) or time.monotonic() > deadline:
                    loop.quit()

            poll.timeout.connect(check)
            poll.start()
            confirm = window.screens[ScreenId.TICKET_CONFIRM]
            QTimer.singleShot(100, confirm.get_button.click)
            loop.exec()
            poll.stop()
            meter.stop()
            if stall_probe is not None:
                stall_probe.stop()
                Path(opts.trace_stalls).write_text(stall_probe.report(12) + "\n")
            with kiosk.store.session() as session:
                left = outbox.pending_count(session)
            kiosk.close()
            window.close()
    longest = max(gaps[1:]) if len(gaps) > 1 else float("nan")
    idle = idle_gaps(app, sum(gaps))
    floor = max(idle[1:]) if len(idle) > 1 else float("nan")
    return Row(
        "ui_stall",
        f"longest UI stall, syncing {records:,} records etc.",
        f"{ms(longest)} (p99 {ms(percentile(gaps[1:], 0.99))})",
        f"idle event loop {ms(floor)}",
        longest / floor,
        "< 50 ms",
        longest < 0.05 and left == 0,
        f"{len(gaps)} ticks of a 5 ms timer; {left} records left unsent; the floor is the "
        f"same timer's longest gap with nothing to do, for as long (what the machine's "
        f"load alone costs)",
    )


def idle_gaps(app: Any, seconds: float) -> list[float]:
    """The gaps between ticks of a 5 ms timer on an idle event loop, for ``seconds``."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock = QElapsedTimer()
    gaps: list[float] = []
    meter = QTimer()
    meter.setInterval(5)
    meter.timeout.connect(lambda: gaps.append(clock.restart() / 1000))
    loop = QEventLoop()
    QTimer.singleShot(max(100, round(min(seconds, 60.0) * 1000)), loop.quit)
    clock.start()
    meter.start()
    loop.exec()
    meter.stop()
    return gaps


def skipped(name: str, path: str, goal: str) -> Row:
    return Row(name, path, "skipped: no PostgreSQL", "-", None, goal, None)


ROWS: dict[str, Callable[[argparse.Namespace], Row]] = {
    "text_size": row_text_size,
    "cold_start": row_cold_start,
    "tap_next": row_tap_next,
    "busy_ticket": row_busy_ticket,
    "soak": row_soak,
    "drain": row_drain,
    "pg_ingest": row_pg_ingest,
    "survey_report": row_survey_report,
    "hub_report": row_hub_report,
    "checkin_commit": row_checkin_commit,
    "ui_stall": row_ui_stall,
}


# The table ---------------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6 import QtCore

        qt = f"Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "no Qt"
    return (
        f"{os.cpu_count()} cores, {cpu}; Python {platform.python_version()}; {qt}; "
        f"{platform.system()} {platform.release()}; QPA "
        f"{os.environ.get('QT_QPA_PLATFORM', 'offscreen')}"
    )


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


#: A row's line on stderr that starts with this is shown as it runs (a long soak's progress).
PROGRESS = "progress: "


def progress(text: str) -> None:
    """Say how a long row is getting on (shown by the parent as the row runs)."""
    print(f"{PROGRESS}{text}", file=sys.stderr, flush=True)


def run_child(name: str, argv: list[str]) -> Row:
    """Run one row in its own Python process; its Row comes back as JSON."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        with subprocess.Popen(
            [sys.executable, __file__, "--child", name, "--child-out", out.name, *argv],
            env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stderr is not None
            errors: list[str] = []
            for line in child.stderr:
                if line.startswith(PROGRESS):
                    print(f"    {name}: {line.removeprefix(PROGRESS).rstrip()}", flush=True)
                else:
                    errors.append(line)
            returncode = child.wait()
        text = Path(out.name).read_text()
    if returncode != 0 or not text:
        tail = ("".join(errors).strip().splitlines() or ["no output"])[-1]
        return Row(name, name, "failed to run", "-", None, "-", None, tail[:200])
    return Row(**json.loads(text))


def print_table(rows: list[Row]) -> None:
    print(f"\n{'row':<15} {'path':<46} {'measured':<44} {'floor (same run)':<34} "
          f"{'ratio':>7}  {'goal':<28} verdict")  # fmt: skip
    for row in rows:
        verdict = "-" if row.passed is None else ("PASS" if row.passed else "MISS")
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f} x"
        print(f"{row.name:<15} {row.path:<46} {row.measured:<44} {row.floor:<34} "
              f"{ratio:>7}  {row.goal:<28} {verdict}")  # fmt: skip
        if row.note:
            print(f"{'':<15} {row.note}")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--only", action="append", choices=sorted(ROWS), metavar="NAME",
                   help=f"run only this row (repeatable): {', '.join(ROWS)}")  # fmt: skip
    p.add_argument("--quick", action="store_true", help="small counts, for development")
    p.add_argument(
        "--pg-url",
        default=os.environ.get("HUBKIOSK_BENCH_PG_URL"),
        help="a throwaway PostgreSQL database (its public schema is dropped)",
    )
    p.add_argument("--sessions", type=int, default=10_000, help="memory soak sessions")
    p.add_argument("--history-days", type=int, default=365, help="busy hub: days of history")
    p.add_argument("--records", type=int, default=5000, help="sync rows: records")
    p.add_argument("--responses", type=int, default=1_000_000, help="survey report responses")
    p.add_argument(
        "--tickets", type=int, default=256_000, help="hub report tickets (about three events each)"
    )
    p.add_argument("--runs-text", type=int, default=5)
    p.add_argument("--runs-cold", type=int, default=5)
    p.add_argument("--rounds-tap", type=int, default=10)
    p.add_argument("--runs-ticket", type=int, default=40)
    p.add_argument("--runs-commit", type=int, default=500)
    p.add_argument("--runs-sync", type=int, default=5,
                   help="drain and pg_ingest: pairs (floor, then path) taken in turns")  # fmt: skip
    p.add_argument("--trace-stalls", metavar="FILE",
                   help="ui_stall: write the GUI thread's stacks seen in stalls to FILE")  # fmt: skip
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--child-out", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    opts = parser().parse_args(argv)
    if opts.child:
        row = ROWS[opts.child](opts)
        Path(opts.child_out).write_text(json.dumps(asdict(row)))
        return 0
    names = opts.only or list(ROWS)
    passthrough = [a for a in argv if not a.startswith("--only") and a not in names]
    print(f"machine: {machine()}")
    print(f"load average before: {load()}")
    mode = "quick (small counts)" if opts.quick else "full"
    print(f"mode: {mode}; PostgreSQL: {'yes' if opts.pg_url else 'no'}", flush=True)
    rows = []
    for name in names:
        began = time.perf_counter()
        row = run_child(name, passthrough)
        print(f"  {name}: done in {time.perf_counter() - began:.0f} s", flush=True)
        rows.append(row)
    print_table(rows)
    print(f"\nload average after: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
