"""A kiosk runs for months: what one resident's visit leaves behind must not pile up.

Counted, never timed: after a visit ends, nothing the kiosk made for it (background
operations, the records the resident created, with their comments and names) is still
held in memory, so the tenth thousand visit costs what the first did.
"""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent

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
