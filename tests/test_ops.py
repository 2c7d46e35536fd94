"""The operation runner screens use: store work off the GUI thread, answers on it."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from hubkiosk.core import Refusal
from hubkiosk.qt.ops import OpRunner, StoreOps
from hubkiosk.store import records
from hubkiosk.store.db import Store, open_store
from hubkiosk.store.models import Feedback, OutboxItem

NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "store")
    yield opened
    opened.close()


@pytest.fixture
def store_ops(qapp: QApplication, store: Store) -> Iterator[StoreOps]:
    runner = OpRunner()
    yield StoreOps(runner, store)
    runner.wait()


def count(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Feedback)) or 0


def test_store_work_runs_off_the_gui_thread_and_answers_on_it(qtbot, store, store_ops):
    threads: dict[str, QThread] = {}
    answers: list[object] = []

    def write(session: Session) -> object:
        threads["work"] = QThread.currentThread()
        return records.add_feedback(
            session, hub_id="idea-store-bow", score=5, visit_token="t" * 32, created_at=NOW
        )

    def saved(record_id: object) -> None:
        threads["answer"] = QThread.currentThread()
        answers.append(record_id)

    with qtbot.waitSignal(store_ops.runner.idle, timeout=5000):
        store_ops.run(write, success=saved, name="save feedback")
    gui = QApplication.instance().thread()
    assert threads["work"] is not gui and threads["answer"] is gui
    assert count(store) == 1
    with store.session() as session:
        (item,) = session.scalars(select(OutboxItem)).all()
    assert answers == [item.id]  # the id the store function returned, as it was


def test_a_failed_operation_writes_nothing_and_says_so_on_the_gui_thread(qtbot, store, store_ops):
    failures: list[tuple[BaseException, bool]] = []

    def write_then_fail(session: Session) -> None:
        records.add_feedback(
            session, hub_id="idea-store-bow", score=1, visit_token="t" * 32, created_at=NOW
        )
        raise RuntimeError("disk full")

    def failed(error: BaseException) -> None:
        on_gui = QThread.currentThread() is QApplication.instance().thread()
        failures.append((error, on_gui))

    with qtbot.waitSignal(store_ops.runner.idle, timeout=5000):
        store_ops.run(write_then_fail, success=lambda _r: None, failure=failed)
    ((error, on_gui),) = failures
    assert isinstance(error, RuntimeError) and str(error) == "disk full" and on_gui
    assert count(store) == 0  # rolled back with the record's outbox item
    with store.session() as session:
        assert session.scalars(select(OutboxItem)).all() == []


def test_a_refusal_is_logged_in_one_line_and_a_fault_with_its_traceback(qtbot, store_ops, caplog):
    """A refusal the screen explains (an adviser calls a second ticket to a busy desk) is
    expected: one INFO line naming its kind, no traceback, not its message; a fault keeps
    its ERROR and traceback for IT."""
    caplog.set_level(logging.INFO, logger="hubkiosk.qt.ops")
    failures: list[BaseException] = []

    def refuse(_session: Session) -> None:
        raise Refusal("desk_busy", "finish the ticket for Fatima first")

    def fail(_session: Session) -> None:
        raise RuntimeError("disk full")

    with qtbot.waitSignal(store_ops.runner.idle, timeout=5000):
        store_ops.run(refuse, failure=failures.append, name="call_next")
        store_ops.run(fail, failure=failures.append, name="save feedback")
    assert [type(f) for f in failures] == [Refusal, RuntimeError]
    refused, failed = [r for r in caplog.records if r.name == "hubkiosk.qt.ops"]
    assert (refused.levelname, refused.getMessage()) == (
        "INFO",
        "operation call_next refused: desk_busy",
    )
    # (The kiosk's log filter, once installed, keeps a traceback as exc_text.)
    assert not (refused.exc_info or refused.exc_text) and "Fatima" not in caplog.text
    assert (failed.levelname, failed.getMessage()) == ("ERROR", "operation save feedback failed")
    assert failed.exc_info or failed.exc_text


@pytest.fixture
def python_default_switch_interval() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's default, as a fresh process starts
    yield
    sys.setswitchinterval(before)


@pytest.mark.parametrize("worker", ["runner", "sync"])
def test_background_workers_let_the_gui_thread_take_the_gil_back_within_a_millisecond(
    qapp: QApplication, python_default_switch_interval: None, worker: str
) -> None:
    """The GUI thread needs the GIL for every event it handles; the workers (store
    operations, the sync) must not keep it 5 ms at a time (issue 16, ui_stall row)."""
    from hubkiosk.qt.ops import GUI_SWITCH_INTERVAL
    from hubkiosk.qt.sync_worker import SyncWorker

    made = OpRunner() if worker == "runner" else SyncWorker(lambda: None, 60)
    assert sys.getswitchinterval() == GUI_SWITCH_INTERVAL == 0.001
    made.deleteLater()


def test_work_asked_for_during_a_tap_starts_after_the_screen_is_painted(qtbot):
    """The worker competes with the GUI thread for the GIL: started while a tap's new
    screen is still to be painted, every call the paint makes into Qt waits for it. So
    what a screen reads as it is shown starts once the paint the tap caused is done; other
    work after it keeps its order."""
    from PySide6.QtWidgets import QLabel

    order: list[str] = []

    class Screen(QLabel):
        def paintEvent(self, event):  # noqa: N802 (Qt API)
            order.append("painted")
            super().paintEvent(event)

    screen = Screen("before")
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: "painted" in order)  # on display
    runner = OpRunner()
    runner.after_paint_of(screen)
    for tap in range(3):
        order.clear()
        screen.setText(f"after tap {tap}")  # the tap's new screen: a paint is due
        with qtbot.waitSignal(runner.idle, timeout=5000):
            runner.run(lambda: order.append("work started"), after_paint=True)
        assert order[:2] == ["painted", "work started"]
    order.clear()
    screen.setText("a ticket to write")
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(lambda: order.append("read"), after_paint=True)
        runner.run(lambda: order.append("write"))  # not held back, and after the read
    assert [step for step in order if step != "painted"] == ["read", "write"]
    runner.wait()


def test_a_screen_closed_while_its_work_runs_is_left_alone(qtbot, qapp):
    """The calling display closed while it read the queue: the answer finds no screen to
    update, and the kiosk carries on (before: a RuntimeError on the deleted widget)."""
    import threading

    from PySide6.QtWidgets import QLabel

    runner = OpRunner()
    release = threading.Event()
    shown: list[str] = []

    class Screen(QLabel):
        def show_answer(self, text: str) -> None:
            shown.append(text)
            self.setText(text)

        def show_error(self, error: BaseException) -> None:
            shown.append(str(error))
            self.setText(str(error))

    screen = Screen("waiting")
    failing = Screen("waiting")

    def read() -> str:
        release.wait(5)
        return "H-001"

    def broken() -> str:
        release.wait(5)
        raise OSError("disk gone")

    runner.run(read, success=screen.show_answer, name="read queue")
    runner.run(broken, success=failing.show_answer, failure=failing.show_error, name="read")
    screen.deleteLater()
    failing.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen) and not shiboken6.isValid(failing))
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    assert shown == []
