"""QA (s37, time): a kiosk that started with yesterday's date and was put right while it ran.

After a power cut a hub machine starts with the time it last saved (yesterday's, when its
clock battery is flat or the network's time is not yet reached). The kiosk gave tickets
under that date; when the network's time put the clock right, those residents left today's
queue (no adviser could call them: "No one waiting") and the numbers started again at
H-001 while H-046 still waited. The kiosk now notices a clock stepped across a day (the
machine's own count of time since it started, which no clock setting moves, says far less
time passed than the clock does) and keeps the tickets given since the machine started in
today's queue, numbered on from them. A day that passes as days do (the kiosk left on
overnight) still starts empty at H-001, and yesterday's residents who left before the
power cut are not called.
"""

from __future__ import annotations

import datetime as dt

import pytest

from hubkiosk.core import queue
from hubkiosk.store import numbers
from hubkiosk.store.db import open_store
from hubkiosk.store.models import Outcome
from tests.queue.conftest import LONDON
from tests.queue.test_queue_core import HUB, issue


class Machine:
    """The machine's own count of time since it started (boot id, seconds), as a test
    moves it: the count no clock setting changes."""

    def __init__(self) -> None:
        self.boot, self.seconds = "boot-0", 0.0

    def __call__(self) -> tuple[str, float]:
        return self.boot, self.seconds

    def restart(self) -> None:
        self.boot, self.seconds = f"boot-{int(self.boot[5:]) + 1}", 30.0


@pytest.fixture
def machine(monkeypatch: pytest.MonkeyPatch) -> Machine:
    counting = Machine()
    monkeypatch.setattr(numbers, "boot_reading", counting)
    return counting


def waiting(store, clock) -> list[str]:
    with store.session() as session:
        return [e.number for e in queue.today(session, HUB, clock()).waiting("housing")]


def power_cut_then_stale_clock(store, content, clock, machine) -> list[str]:
    """Monday: H-001 and H-002 given, then the power went (H-002's resident left). Tuesday
    09:00 the machine starts with Monday's 10:05 on its clock and gives three tickets."""
    clock.set_local(dt.datetime(2026, 11, 23, 10, 0, tzinfo=LONDON))
    issue(store, content, clock)
    clock.advance(minutes=2)
    issue(store, content, clock)
    with store.session() as session:
        queue.call_next(session, hub_id=HUB, desk="Desk 1", now=clock())  # H-001 at the desk
    machine.restart()  # Tuesday 09:00; the clock says Monday 10:05
    clock.set_local(dt.datetime(2026, 11, 23, 10, 5, tzinfo=LONDON))
    given = []
    for _ in range(3):
        clock.advance(minutes=5)
        machine.seconds += 300
        given.append(issue(store, content, clock).number)
    return given


def put_right(clock, machine) -> None:
    """The network's time reached: Tuesday 09:21, one minute after the last ticket."""
    clock.set_local(dt.datetime(2026, 11, 24, 9, 21, tzinfo=LONDON))
    machine.seconds += 60


def test_tickets_given_under_yesterdays_date_stay_in_todays_queue(store, content, clock, machine):
    given = power_cut_then_stale_clock(store, content, clock, machine)
    assert given == ["H-003", "H-004", "H-005"]
    put_right(clock, machine)
    # Monday's H-002 (who left in the power cut) is not called; Tuesday's three are.
    assert waiting(store, clock) == given
    nxt = issue(store, content, clock)
    assert nxt.number == "H-006"  # not H-001 again while H-003 to H-005 wait
    assert nxt.wait.position == 4
    with store.session() as session:
        called = queue.call_next(session, hub_id=HUB, desk="Desk 2", now=clock())
    assert called is not None and called.number == "H-003"
    clock.advance(minutes=10)
    machine.seconds += 600
    with store.session() as session:
        queue.serve(
            session,
            hub_id=HUB,
            ticket_id=called.ticket_id,
            desk="Desk 2",
            outcome=Outcome.RESOLVED_FIRST_CONTACT,
            now=clock(),
        )
    assert waiting(store, clock) == ["H-004", "H-005", "H-006"]
    # The advisers are told why, once (the adviser screen's notices).
    assert store.recent_notices() == [
        "The clock was set from 10:20 on Mon 23 Nov to 09:21 on Tue 24 Nov while the kiosk "
        "ran (the machine had started with the wrong time): 3 tickets given since it "
        "started, under the date Mon 23 Nov, stay in today's queue."
    ]


def test_the_carried_tickets_stay_after_the_kiosk_restarts(tmp_path, content, clock, machine):
    store = open_store(tmp_path / "data")
    try:
        power_cut_then_stale_clock(store, content, clock, machine)
        put_right(clock, machine)
        assert waiting(store, clock) == ["H-003", "H-004", "H-005"]
    finally:
        store.close()
    machine.seconds += 120  # the kiosk restarted; the machine did not
    clock.advance(minutes=2)
    store = open_store(tmp_path / "data")
    try:
        assert waiting(store, clock) == ["H-003", "H-004", "H-005"]
        assert issue(store, content, clock).number == "H-006"
    finally:
        store.close()


def test_a_clock_put_right_while_the_kiosk_was_closed_is_noticed_when_it_opens(
    tmp_path, content, clock, machine
):
    store = open_store(tmp_path / "data")
    try:
        power_cut_then_stale_clock(store, content, clock, machine)
    finally:
        store.close()
    put_right(clock, machine)  # the kiosk was restarted by IT meanwhile
    store = open_store(tmp_path / "data")
    try:
        assert waiting(store, clock) == ["H-003", "H-004", "H-005"]
    finally:
        store.close()


def test_the_next_day_starts_afresh(store, content, clock, machine):
    power_cut_then_stale_clock(store, content, clock, machine)
    put_right(clock, machine)
    assert waiting(store, clock) == ["H-003", "H-004", "H-005"]
    # Wednesday 09:00, the kiosk left on overnight: a day passed as days do.
    clock.set_local(dt.datetime(2026, 11, 25, 9, 0, tzinfo=LONDON))
    machine.seconds += (23 * 60 + 39) * 60
    assert waiting(store, clock) == []
    assert issue(store, content, clock).number == "H-001"


def test_a_kiosk_left_on_overnight_starts_the_day_empty(store, content, clock, machine):
    """Monday's residents still waiting at closing are not Tuesday's queue."""
    clock.set_local(dt.datetime(2026, 11, 23, 16, 50, tzinfo=LONDON))
    issue(store, content, clock)
    clock.set_local(dt.datetime(2026, 11, 24, 9, 5, tzinfo=LONDON))
    machine.seconds += (16 * 60 + 15) * 60
    assert waiting(store, clock) == []
    assert issue(store, content, clock).number == "H-001"


def test_after_a_restart_of_the_machine_overnight_the_day_starts_empty(
    store, content, clock, machine
):
    clock.set_local(dt.datetime(2026, 11, 23, 16, 50, tzinfo=LONDON))
    issue(store, content, clock)
    machine.restart()
    clock.set_local(dt.datetime(2026, 11, 24, 9, 5, tzinfo=LONDON))
    assert waiting(store, clock) == []
    assert issue(store, content, clock).number == "H-001"


def test_at_the_kiosk_the_next_resident_is_told_who_waits_and_numbered_on(
    queue_kiosk, qtbot, click, clock, machine
):
    """What residents see: the confirmation after the clock was put right still counts the
    two residents of the morning, and the ticket goes on from their numbers."""
    from PySide6.QtWidgets import QApplication

    from hubkiosk.ui.screens import ScreenId
    from tests.queue.test_queue_ui import get_ticket

    kiosk = queue_kiosk()
    window = kiosk.window
    machine.restart()  # Tuesday 09:00, Monday's 10:05 on the clock
    clock.set_local(dt.datetime(2026, 11, 23, 10, 5, tzinfo=LONDON))
    for expected in ("P-001", "P-002"):
        click(window, "Parking")
        assert get_ticket(kiosk, qtbot, click) == expected
        click(window, "Done")
        machine.seconds += 120
        clock.advance(minutes=2)
    kiosk.ctx.ops.wait()
    put_right(clock, machine)
    click(window, "Parking")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.waitUntil(lambda: confirm.preview is not None, timeout=10_000)
    QApplication.processEvents()
    assert confirm.wait_line.text().startswith("2 people are waiting.")
    assert get_ticket(kiosk, qtbot, click) == "P-003"


def test_a_machine_started_with_its_clock_behind_its_last_ticket_is_told_once(
    store, content, clock, machine
):
    """Offline, the clock is never put right: the kiosk cannot know today's date, but a
    clock behind its own last ticket is wrong, and the advisers are told."""
    clock.set_local(dt.datetime(2026, 11, 23, 16, 50, tzinfo=LONDON))
    issue(store, content, clock)
    machine.restart()  # the clock battery is flat: the time last saved, before that ticket
    clock.set_local(dt.datetime(2026, 11, 23, 16, 20, tzinfo=LONDON))
    for _ in range(2):
        waiting(store, clock)
    store.close()
    store = open_store(store.path.parent)  # the kiosk restarted; the machine did not
    try:
        waiting(store, clock)
        assert store.recent_notices() == [
            "The kiosk's clock says 16:20 on Mon 23 Nov, before its last ticket (16:50 on "
            "Mon 23 Nov): the machine started with the wrong time (after a power cut, with "
            "its clock battery flat or the network's time not reached). Tickets, visits and "
            "bookings go by the clock's date: set the time or connect the machine to the "
            "network."
        ]
    finally:
        store.close()


def test_a_machine_restarted_with_its_clock_right_is_not_told(store, content, clock, machine):
    clock.set_local(dt.datetime(2026, 11, 23, 16, 50, tzinfo=LONDON))
    issue(store, content, clock)
    machine.restart()
    clock.advance(minutes=5)
    waiting(store, clock)
    assert store.recent_notices() == []
