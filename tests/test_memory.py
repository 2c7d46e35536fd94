"""A kiosk runs for months: what one resident's visit leaves behind must not pile up.

Counted, never timed: after a visit ends, nothing the kiosk made for it (background
operations, the records the resident created, with their comments and names) is still
held in memory, so the tenth thousand visit costs what the first did.
"""

from __future__ import annotations

import collections
import enum
import gc
import os
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMetaObject, QObject, QRunnable
from PySide6.QtWidgets import QApplication

from hubkiosk.qt import trim
from hubkiosk.qt.ops import Op, OpRunner
from hubkiosk.store.models import Feedback
from hubkiosk.ui.screens import ScreenId


def flush() -> None:
    """Deliver deferred deletes and collect cycles, as a long-running kiosk eventually does."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


def live(kind: type) -> int:
    return sum(1 for obj in gc.get_objects() if isinstance(obj, kind))


class Result:
    """Something an operation made (a record, a read), to be released with the operation."""


def test_finished_operations_and_their_results_are_released(qtbot):
    runner = OpRunner()
    results: list[weakref.ref[Result]] = []
    answers: list[Result] = []

    def make() -> Result:
        made = Result()
        results.append(weakref.ref(made))
        return made

    ops: list[weakref.ref[Op]] = []
    for _ in range(30):
        with qtbot.waitSignal(runner.idle, timeout=5000):
            ops.append(weakref.ref(runner.run(make, success=answers.append, name="make")))
    assert len(answers) == 30, "every success callback ran"
    answers.clear()
    flush()
    # These operations only: one a test before this one left in flight may end meanwhile.
    assert [ref for ref in ops if ref() is not None] == [], "finished operations are still alive"
    assert [ref for ref in results if ref() is not None] == [], "their results are still held"


def test_a_residents_feedback_is_not_kept_in_memory_after_the_visit(kiosk, qtbot, click):
    window = kiosk.window
    screen = window.screens[ScreenId.FEEDBACK]
    flush()
    ops_before = live(Op)
    for _ in range(3):
        click(window, "Tell us what you think")
        click(window, "Quick feedback")
        click(window, "Good")
        click(window, "Add a comment")
        for key in "noisy":
            click(window, key)
        click(window, "Done")
        with qtbot.waitSignal(screen.feedback_saved, timeout=10_000):
            click(window, "Send")
        click(window, "Finish")
        assert window.current is ScreenId.HOME
    window.start_over()
    kiosk.ctx.ops.wait()
    qtbot.waitUntil(lambda: not kiosk.ctx.ops.busy)
    flush()
    held = [obj for obj in gc.get_objects() if isinstance(obj, Feedback)]
    assert held == [], f"{len(held)} residents' feedback records (with comments) still in memory"
    assert live(Op) <= ops_before, "operations of past visits still alive"


def a_visit(window, qtbot, click) -> None:
    """A resident's visit without a ticket (the hub's hours do not matter): a form found,
    begun and walked away from, quick feedback with what it was about, then the reset."""
    click(window, "Find a service or do it now")
    click(window, "Waste and recycling")
    click(window, "Do it here now")
    click(window, "Recycling")
    click(window, "Next")
    click(window, "Start again")
    feedback = window.screens[ScreenId.FEEDBACK]
    click(window, "Tell us what you think")
    click(window, "Quick feedback")
    with qtbot.waitSignal(feedback.feedback_saved, timeout=10_000):
        click(window, "Good")
    click(window, "Waiting time")
    with qtbot.waitSignal(feedback.follow_up_saved, timeout=10_000):
        click(window, "Send")
    click(window, "Finish")
    with qtbot.waitSignal(window.reset_done, timeout=10_000):
        window.start_over()


def settle_visit(kiosk, qtbot) -> None:
    """What the kiosk's event loop does once a visit has ended: its background writes end,
    the zero timers the reset started run, the widgets let go of are deleted."""
    kiosk.ctx.ops.wait()
    qtbot.waitUntil(lambda: not kiosk.ctx.ops.busy)
    qtbot.wait(20)  # the event loop runs; not a wait for a result
    flush()


OURS = ("hubkiosk", "sync", "sqlalchemy", "PySide6", "shiboken6")


def census(kiosk) -> collections.Counter[str]:
    """Live objects by kind: the kiosk's and its libraries' Python classes, and Qt's.

    Qt objects are counted on Qt's side (children of the window and the application, all
    widgets): PySide's Python wrappers of them come and go as code looks them up."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    kinds: collections.Counter[str] = collections.Counter()
    for obj in gc.get_objects():
        module = type(obj).__dict__.get("__module__")
        if isinstance(obj, QObject | enum.Enum | QMetaObject):
            # QObjects are counted on Qt's side below. Enum members and meta-objects are
            # their classes' own, made once when PySide first makes a class (lazily: a class
            # first touched during the measured visits made dozens at once, when this test
            # ran before the tests that touch them).
            continue
        if isinstance(module, str) and module.split(".")[0] in OURS:
            kinds[f"{module}.{type(obj).__qualname__}"] += 1
    # A wrapper whose Qt object is gone is no lookup's: something still holds it. (The
    # window's stack once looked through the focus chain on each switch, and the wrappers
    # of tiles deleted since, ten or so a visit, were never freed.)
    kinds["Python wrappers of deleted Qt objects"] = sum(
        1
        for obj in gc.get_objects()
        if isinstance(obj, shiboken6.Shiboken.Object) and not shiboken6.isValid(obj)
    )
    kinds["QObject children of the window"] = len(kiosk.window.findChildren(QObject))
    kinds["QObject children of the application"] = len(app.findChildren(QObject))
    kinds["widgets"] = len(QApplication.allWidgets())
    return kinds


def test_visits_leave_no_objects_behind(kiosk, qtbot, click):
    window = kiosk.window
    for _ in range(2):  # the first visits build what every later one reuses
        a_visit(window, qtbot, click)
    settle_visit(kiosk, qtbot)
    before = census(kiosk)
    visits = 8
    for _ in range(visits):
        a_visit(window, qtbot, click)
    settle_visit(kiosk, qtbot)
    grown = census(kiosk) - before
    piled = {kind: n for kind, n in grown.items() if n >= visits}
    assert piled == {}, f"one or more objects a visit left behind: {piled}"


def test_the_soaks_visits_leave_no_objects_behind(make_kiosk):
    """The visits of the benchmarks' memory soak (a ticket, a form begun and left, quick
    feedback, the reset), hours apart as a hub's day goes: nothing piles up either."""
    from benchmarks.resident import Resident, VisitClock
    from benchmarks.run_all import open_moment

    clock = VisitClock(open_moment(), minutes=45)
    kiosk = make_kiosk(clock=clock)
    resident = Resident(kiosk, clock)
    for _ in range(2):
        resident.session()
    flush()
    before = census(kiosk)
    visits = 6
    for _ in range(visits):
        resident.session()
    flush()
    grown = census(kiosk) - before
    piled = {kind: n for kind, n in grown.items() if n >= visits}
    assert piled == {}, f"one or more objects a visit left behind: {piled}"


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def test_the_heap_a_visit_freed_goes_back_to_the_system(kiosk, qtbot, click):
    window = kiosk.window
    for _ in range(3):
        a_visit(window, qtbot, click)
    settle_visit(kiosk, qtbot)
    held = resident_mb()
    assert trim.give_back_free_heap(), "glibc's malloc_trim is there on the kiosk's Linux"
    kept = held - resident_mb()
    assert kept < 0.25, f"{kept:.2f} MB freed by the visits still held by the process"


def test_finished_operations_leave_no_runnable_behind(qtbot):
    """PySide's thread pool kept a Python wrapper of some finished runnables (their C++
    side already deleted): ~800 after 10,000 visits, piling up for the kiosk's life."""
    runner = OpRunner()
    for _ in range(300):
        with qtbot.waitSignal(runner.idle, timeout=5000):
            runner.run(lambda: None, name="nothing")
    runner.wait()
    flush()
    kept = [obj for obj in gc.get_objects() if isinstance(obj, QRunnable)]
    assert kept == [], f"{len(kept)} runnables of finished operations still held"
