"""The screen never waits on the store: every store statement of a visit runs off the GUI
thread, so a sync holding SQLite's write lock (or a slow fsync) cannot freeze a tap.

SQLite's ``busy_timeout`` makes a statement that meets another connection's write lock
wait, up to five seconds, in whatever thread asked: on the GUI thread that is a frozen
screen. The kiosk routes store work through ``ctx.store_ops`` (its runner thread); these
tests hold the write lock themselves and walk a resident's visit, and record the thread of
every statement the kiosk's engine runs.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from hubkiosk.ui.screens import ScreenId


class StatementThreads:
    """Every SQL statement the engine runs, with the name of the thread that ran it."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.seen: list[tuple[str, str]] = []
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, _params, _context, _many) -> None:
        self.seen.append((threading.current_thread().name, statement.split()[0]))

    def on_gui_thread(self) -> list[str]:
        gui = threading.main_thread().name
        return [statement for thread, statement in self.seen if thread == gui]

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)


@pytest.fixture
def statements(queue_kiosk) -> Iterator[tuple[object, StatementThreads]]:
    kiosk = queue_kiosk()
    kiosk.ctx.ops.wait()  # what start-up queued (backups, the maintenance round)
    recorder = StatementThreads(kiosk.store.engine)
    yield kiosk, recorder
    recorder.close()


def visit(kiosk, qtbot, click) -> None:
    """A resident's visit: a ticket, a service found and its form begun, feedback, done."""
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        click(window, "Get my ticket")
    assert shown.args == [ScreenId.TICKET_ISSUED]
    click(window, "Done")
    click(window, "Find a service or do it now")
    click(window, "Waste and recycling")
    click(window, "Do it here now")
    assert window.current is ScreenId.FORM
    click(window, "Start again")
    click(window, "Tell us what you think")
    click(window, "Quick feedback")
    click(window, "Good")
    feedback = window.screens[ScreenId.FEEDBACK]
    with qtbot.waitSignal(feedback.feedback_saved, timeout=10_000):
        click(window, "Send")
    click(window, "Finish")
    assert window.current is ScreenId.HOME


def test_no_store_statement_of_a_visit_runs_on_the_gui_thread(statements, qtbot, click):
    kiosk, recorder = statements
    visit(kiosk, qtbot, click)
    kiosk.ctx.ops.wait()
    assert recorder.seen, "the visit wrote its ticket and feedback through the store"
    assert recorder.on_gui_thread() == []


def test_taps_go_through_while_another_connection_holds_the_write_lock(statements, qtbot, click):
    """The sync worker's batch holds SQLite's write lock: the resident still moves from
    screen to screen, and the ticket appears once the lock is let go."""
    kiosk, recorder = statements
    window = kiosk.window
    locker = sqlite3.connect(kiosk.store.path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")  # the write lock, as a sync batch holds it
    try:
        click(window, "Get a ticket or check in")
        click(window, "Housing")
        click(window, "Back")
        click(window, "Back")
        click(window, "Find a service or do it now")
        click(window, "Waste and recycling")
        click(window, "Do it here now")
        assert window.current is ScreenId.FORM
        click(window, "Start again")
        click(window, "Get a ticket or check in")
        click(window, "Housing")
        assert window.current is ScreenId.TICKET_CONFIRM
        click(window, "Get my ticket")  # written on the runner, which waits for the lock
        assert window.current is ScreenId.TICKET_CONFIRM
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    qtbot.waitUntil(lambda: window.current is ScreenId.TICKET_ISSUED, timeout=10_000)
    assert recorder.on_gui_thread() == []
