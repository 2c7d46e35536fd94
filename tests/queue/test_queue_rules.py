"""The queue rule book (sync.protocol.queue_rules) on its own: calling order, the replay of
events, desks open, service minutes, the wait and today's waits for the hubs' status.

The kiosk's queue (tests/queue) and the server's follow page and hub status (tests/sync)
are checked through their own records; these check the rules they both obey, and that
both really do use them (one rule book, not two copies)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from hubkiosk.core import queue
from sync.protocol import queue_rules as rules
from sync.server import follow, hub_status

T0 = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


def minutes(n: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=n)


def place(service: str = "housing", *, at: float = 0, order: int = 0, **kw) -> rules.Place:
    return rules.Place(
        ticket_id=uuid.uuid4(),
        service_id=service,
        level=rules.level(kw.pop("priority", "none"), kw.pop("appointment", False)),
        checked_in_at=minutes(at),
        order=order,
        **kw,
    )


def day(*places: rules.Place) -> rules.Queue[rules.Place]:
    found: rules.Queue[rules.Place] = rules.Queue()
    for p in places:
        found.add(p)
    return found


@pytest.mark.parametrize(
    ("priority", "appointment", "expected"),
    [
        ("urgent", False, 0),
        ("urgent", True, 0),
        ("none", True, 1),
        ("interpreter", True, 1),
        ("none", False, 2),
        ("interpreter", False, 2),
        ("accessibility", False, 2),
        (None, False, 2),
        ("something-new", False, 2),
    ],
)
def test_calling_level(priority, appointment, expected) -> None:
    assert rules.level(priority, appointment) == expected


def test_urgent_then_appointments_then_walk_ins_by_check_in_then_storage_order() -> None:
    early = place(at=0, order=1)
    tie = place(at=0, order=2)
    booked = place(at=20, order=3, appointment=True)
    urgent = place(at=30, order=4, priority="urgent")
    unknown = place(order=5)
    unknown.checked_in_at = rules.UNKNOWN_CHECK_IN
    other = place("council-tax", at=-10, order=6)
    queue_ = day(tie, unknown, early, other, booked, urgent)
    assert queue_.waiting("housing") == [urgent, booked, early, tie, unknown]
    assert [queue_.position(p.ticket_id) for p in (urgent, early, unknown, other)] == [1, 3, 5, 1]
    assert queue_.position(uuid.uuid4()) is None


def test_replay_called_recalled_no_show_transferred_served() -> None:
    first, second = place(at=0, order=1), place(at=1, order=2)
    queue_ = day(first, second)
    event = rules.Event
    queue_.apply(event(first.ticket_id, rules.CHECKED_IN, minutes(0)))
    assert first.status == rules.WAITING
    queue_.apply(event(first.ticket_id, rules.CALLED_EVENT, minutes(5), desk="Desk 1"))
    assert (first.status, first.desk, first.called_at) == (rules.CALLED, "Desk 1", minutes(5))
    assert queue_.position(first.ticket_id) is None and queue_.position(second.ticket_id) == 1
    queue_.apply(event(first.ticket_id, rules.RECALLED, minutes(7), desk="Desk 2"))
    assert (first.desk, first.called_at) == ("Desk 2", minutes(7))
    # A transfer: waiting again, in the other queue, keeping its check-in time.
    queue_.apply(event(first.ticket_id, rules.TRANSFERRED, minutes(9), to_service_id="council-tax"))
    assert (first.status, first.service_id, first.desk) == (rules.WAITING, "council-tax", None)
    assert first.checked_in_at == minutes(0)
    queue_.apply(event(second.ticket_id, rules.CALLED_EVENT, minutes(10), desk="Desk 3"))
    queue_.apply(event(second.ticket_id, rules.NO_SHOW_EVENT, minutes(12), desk="Desk 3"))
    assert second.status == rules.NO_SHOW
    queue_.apply(event(first.ticket_id, rules.CALLED_EVENT, minutes(13), desk="Desk 4"))
    queue_.apply(event(first.ticket_id, rules.SERVED_EVENT, minutes(20), desk="Desk 4"))
    assert first.status == rules.SERVED
    # An event for a ticket of another day (or hub) changes nothing.
    assert queue_.apply(event(uuid.uuid4(), rules.CALLED_EVENT, minutes(21), desk="X")) is None


def test_desks_open_are_desks_that_called_or_served_the_service_in_the_last_hour() -> None:
    a, b, c = place(order=1), place(order=2), place("council-tax", order=3)
    queue_ = day(a, b, c)
    queue_.apply(rules.Event(a.ticket_id, rules.CALLED_EVENT, minutes(0), desk="Desk 1"))
    queue_.apply(rules.Event(a.ticket_id, rules.SERVED_EVENT, minutes(30), desk="Desk 1"))
    queue_.apply(rules.Event(b.ticket_id, rules.CALLED_EVENT, minutes(40), desk="Desk 2"))
    queue_.apply(rules.Event(c.ticket_id, rules.CALLED_EVENT, minutes(45), desk="Desk 3"))
    assert queue_.desks_open("housing", minutes(50)) == 2
    assert queue_.desks_open("housing", minutes(30) + rules.DESK_OPEN_WINDOW) == 2
    assert queue_.desks_open("housing", minutes(31) + rules.DESK_OPEN_WINDOW) == 1
    assert queue_.desks_open("council-tax", minutes(50)) == 1
    assert queue_.desks_open("parking", minutes(50)) == 0


def test_service_minutes_count_for_the_queue_served_in_and_restart_on_transfer() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    owners = {a: "housing", b: "housing", c: "council-tax"}
    e = rules.Event
    events = [
        e(a, rules.CALLED_EVENT, minutes(0)),
        e(a, rules.RECALLED, minutes(3)),  # a recall does not restart the clock
        e(b, rules.CALLED_EVENT, minutes(4)),
        e(a, rules.SERVED_EVENT, minutes(10)),  # housing: 10
        e(b, rules.TRANSFERRED, minutes(6), to_service_id="council-tax"),
        e(b, rules.CALLED_EVENT, minutes(20)),
        e(b, rules.SERVED_EVENT, minutes(27)),  # council tax: 7 (restarted)
        e(c, rules.SERVED_EVENT, minutes(30)),  # never called: not counted
    ]
    assert rules.service_minutes(events, owners, "housing") == [10.0]
    assert rules.service_minutes(events, owners, "council-tax") == [7.0]
    assert rules.history_since(T0) == T0 - dt.timedelta(days=rules.HISTORY_DAYS)


def test_the_wait_uses_desks_open_and_the_service_minutes() -> None:
    a, b = place(order=1), place(order=2)
    queue_ = day(a, b)
    queue_.apply(rules.Event(uuid.uuid4(), rules.CALLED_EVENT, minutes(0), desk="Desk 9"))
    queue_.apply(rules.Event(a.ticket_id, rules.CALLED_EVENT, minutes(1), desk="Desk 1"))
    queue_.apply(rules.Event(a.ticket_id, rules.SERVED_EVENT, minutes(9), desk="Desk 1"))
    queue_.apply(rules.Event(b.ticket_id, rules.SERVED_EVENT, minutes(9), desk="Desk 2"))
    wait = queue_.wait(
        "housing", people_ahead=4, now=minutes(10), minutes=[6, 8, 10], default_minutes=12
    )
    # 4 ahead / 2 desks x 8 minutes = 16: "about 10 to 20 minutes".
    assert (wait.position, wait.desks_open, wait.minutes_per_person) == (5, 2, 8.0)
    assert (wait.low, wait.high, wait.from_history) == (10, 20, True)
    fallback = queue_.wait(
        "parking", people_ahead=1, now=minutes(10), minutes=[], default_minutes=12
    )
    assert (fallback.desks_open, fallback.minutes_per_person, fallback.from_history) == (
        1,
        12.0,
        False,
    )


def test_todays_waits_for_the_hubs_status() -> None:
    assert rules.still_waiting(None, None)
    assert not rules.still_waiting(100.0, None)
    assert rules.still_waiting(100.0, 100.0) and rules.still_waiting(100.0, 160.0)
    assert not rules.still_waiting(160.0, 100.0)
    assert rules.waited_minutes(0.0, 600.0) == 10.0
    assert rules.waited_minutes(600.0, 0.0) is None and rules.waited_minutes(None, 5.0) is None
    # For a booking, from its time if the resident came early; 0 if called before it.
    assert rules.waited_minutes(0.0, 720.0, appointment_at=600.0) == 2.0
    assert rules.waited_minutes(0.0, 540.0, appointment_at=600.0) == 0.0
    assert rules.waited_minutes(300.0, 720.0, appointment_at=0.0) == 7.0  # came late
    assert rules.waited_minutes(600.0, 0.0, appointment_at=0.0) is None
    assert rules.median_wait([4.0, 10.0, 5.25, 30.0]) == 7.6
    assert rules.median_wait([]) is None


def test_the_kiosk_and_the_server_use_this_rule_book_and_keep_no_copy() -> None:
    assert issubclass(queue.QueueDay, rules.Queue) and issubclass(queue.QueueEntry, rules.Place)
    for name in ("_apply", "_desks_open", "_Entry", "_Day", "PRIORITY_RANK", "DESK_OPEN_WINDOW"):
        assert not hasattr(queue, name) and not hasattr(follow, name), name
    assert not hasattr(follow, "PRIORITY_LEVEL") and not hasattr(hub_status, "LEAVING")
    assert follow.FALLBACK_MINUTES == 12
