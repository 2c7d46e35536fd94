"""Numbering, priorities, positions and adviser actions, on a real local store."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from hubkiosk.core import queue
from hubkiosk.store.models import (
    OutboxItem,
    Outcome,
    Priority,
    QueueEvent,
    QueueEventKind,
    Ticket,
)
from tests.queue.conftest import LONDON

HUB = "idea-store-bow"


def issue(store, content, clock, service_id="housing", **kwargs):
    service = content.catalogue.by_id(service_id)
    with store.session() as session:
        return queue.issue_ticket(session, hub_id=HUB, service=service, now=clock(), **kwargs)


def test_numbers_carry_the_prefix_and_count_up_per_service(store, content, clock):
    numbers = [
        issue(store, content, clock, sid).number
        for sid in ("housing", "housing", "council-tax", "housing", "parking")
    ]
    assert numbers == ["H-001", "H-002", "C-001", "H-003", "P-001"]


def test_numbers_restart_at_midnight_london_time(store, content, clock):
    clock.set_local(dt.datetime(2026, 7, 14, 23, 58, tzinfo=LONDON))  # BST: 22:58 UTC
    assert issue(store, content, clock).number == "H-001"
    assert issue(store, content, clock).number == "H-002"
    clock.advance(minutes=1)  # 23:59 London, still the 14th
    assert issue(store, content, clock).number == "H-003"
    clock.advance(minutes=2)  # 00:01 London on the 15th, still the 14th in UTC
    assert clock().date() == dt.date(2026, 7, 14)
    fresh = issue(store, content, clock)
    assert fresh.number == "H-001"
    assert fresh.day == dt.date(2026, 7, 15)


def test_every_ticket_and_event_goes_to_the_outbox(store, content, clock):
    ticket = issue(store, content, clock, call_name="  Amina ")
    with store.session() as session:
        kinds = sorted(session.scalars(select(OutboxItem.kind)))
        assert kinds == ["queue_event", "ticket"]
        row = session.get(Ticket, ticket.id)
        assert row is not None and row.call_name == "Amina"
        event = session.scalars(select(QueueEvent)).one()
        assert event.kind == QueueEventKind.CHECKED_IN
    assert not hasattr(ticket, "call_name")


def test_urgent_goes_first_then_appointments_then_walk_ins(store, content, clock):
    first = issue(store, content, clock)
    clock.advance(minutes=1)
    interpreter = issue(
        store, content, clock, priority=Priority.INTERPRETER, interpreter_language="bn"
    )
    clock.advance(minutes=1)
    urgent = issue(store, content, clock, priority=Priority.URGENT)
    assert urgent.wait.position == 1
    assert interpreter.wait.position == 2  # only the first walk-in was before
    with store.session() as session:
        day = queue.today(session, HUB, clock())
        order = [e.number for e in day.waiting("housing")]
    assert order == [urgent.number, first.number, interpreter.number]


def test_positions_and_waiting_counts(store, content, clock):
    for _ in range(3):
        issue(store, content, clock)
        clock.advance(seconds=30)
    issue(store, content, clock, "parking")
    with store.session() as session:
        day = queue.today(session, HUB, clock())
    assert day.waiting_counts() == {"housing": 3, "parking": 1}
    assert [day.position(e.ticket_id) for e in day.waiting("housing")] == [1, 2, 3]


def test_adviser_cycle_call_recall_transfer_serve(store, content, clock):
    a = issue(store, content, clock)
    clock.advance(minutes=1)
    b = issue(store, content, clock)
    with store.session() as session:
        called = queue.call_next(session, hub_id=HUB, desk="Desk 2", now=clock())
    assert called is not None and called.number == a.number
    with store.session() as session, pytest.raises(queue.QueueError):
        queue.call_next(session, hub_id=HUB, desk="Desk 2", now=clock())
    clock.advance(minutes=2)
    with store.session() as session:
        queue.recall(session, hub_id=HUB, ticket_id=a.id, desk="Desk 2", now=clock())
        queue.transfer(
            session,
            hub_id=HUB,
            ticket_id=a.id,
            to_service_id="benefits",
            desk="Desk 2",
            now=clock(),
            catalogue=content.catalogue,
        )
    with store.session() as session:
        day = queue.today(session, HUB, clock())
        assert day.entries[a.id].service_id == "benefits"
        assert day.entries[a.id].status == queue.WAITING
        nxt = queue.call_next(
            session, hub_id=HUB, desk="Desk 2", now=clock(), service_ids=["housing"]
        )
    assert nxt is not None and nxt.number == b.number
    clock.advance(minutes=10)
    with store.session() as session, pytest.raises(queue.QueueError):
        queue.serve(
            session,
            hub_id=HUB,
            ticket_id=b.id,
            desk="Desk 2",
            outcome=Outcome.REFERRED,
            now=clock(),
        )
    with store.session() as session:
        queue.serve(
            session,
            hub_id=HUB,
            ticket_id=b.id,
            desk="Desk 2",
            outcome=Outcome.REFERRED,
            referred_to="Citizens Advice",
            now=clock(),
        )
    with store.session() as session:
        day = queue.today(session, HUB, clock())
        assert day.entries[b.id].status == queue.SERVED
        served = session.scalars(
            select(QueueEvent).where(QueueEvent.kind == QueueEventKind.SERVED)
        ).one()
        assert served.referred_to == "Citizens Advice"
        assert [c.number for c in day.calls] == [b.number, a.number, a.number]
        assert day.calls[1].recall
        assert queue.service_minutes(session, HUB, "housing", clock()) == [10.0]
        events = session.scalar(select(func.count()).select_from(QueueEvent))
        outbox = session.scalar(
            select(func.count()).select_from(OutboxItem).where(OutboxItem.kind == "queue_event")
        )
        assert events == outbox == 7


def test_no_show_takes_the_ticket_out_of_the_queue(store, content, clock):
    a = issue(store, content, clock)
    with store.session() as session:
        queue.call_next(session, hub_id=HUB, desk="Desk 1", now=clock())
        queue.no_show(session, hub_id=HUB, ticket_id=a.id, desk="Desk 1", now=clock())
    with store.session() as session:
        day = queue.today(session, HUB, clock())
    assert day.entries[a.id].status == queue.NO_SHOW
    assert day.waiting() == [] and day.at_desk("Desk 1") is None


def test_wait_uses_history_and_open_desks(store, content, clock):
    # Six housing residents served in 10 minutes each at two desks.
    for n in range(6):
        t = issue(store, content, clock)
        desk = f"Desk {n % 2 + 1}"
        with store.session() as session:
            queue.call_next(session, hub_id=HUB, desk=desk, now=clock())
        clock.advance(minutes=10)
        with store.session() as session:
            queue.serve(
                session,
                hub_id=HUB,
                ticket_id=t.id,
                desk=desk,
                outcome=Outcome.RESOLVED_FIRST_CONTACT,
                now=clock(),
            )
    for _ in range(4):
        issue(store, content, clock)
    fifth = issue(store, content, clock)
    assert fifth.wait.position == 5
    assert fifth.wait.from_history and fifth.wait.minutes_per_person == 10.0
    assert fifth.wait.desks_open == 2
    # 4 ahead / 2 desks x 10 minutes = 20 minutes: "about 15 to 25".
    assert (fifth.wait.low, fifth.wait.high) == (15, 25)


@pytest.mark.parametrize("status", ["waiting", "called", "served", "no_show"])
def test_a_check_in_moves_no_ticket_on_so_the_days_queue_leaves_them_unread(status):
    """The day's queue (:func:`queue.load_day`) does not read check-in events: in the
    rule book a check-in changes neither the ticket, whatever its state, nor the desks
    counted as open. Were that to change, the queue would need them read again."""
    import copy
    import uuid

    from sync.protocol import queue_rules as rules

    at = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)
    place = rules.Place(
        ticket_id=uuid.uuid4(), service_id="housing", level=2, checked_in_at=at, order=1,
        status=status, desk="Desk 1" if status == "called" else None,
        called_at=at if status == "called" else None,
    )  # fmt: skip
    day: rules.Queue[rules.Place] = rules.Queue()
    day.add(place)
    before = copy.deepcopy(place)
    day.apply(rules.Event(place.ticket_id, rules.CHECKED_IN, at, desk="Desk 2"))
    assert place == before
    assert day.desk_activity == []


@pytest.mark.parametrize("how", ["by hand", "repair"])
def test_after_a_backup_is_restored_no_number_is_given_twice(tmp_path, content, clock, how):
    """QA (IT, s30): after a backup was restored (by hand, as the README says, or by the
    kiosk's own repair of a damaged store) the kiosk numbered the rest of the day from the
    backup: H-003 and H-004 were given a second time to residents who came later, while the
    first holders still waited."""
    from hubkiosk.store.db import DB_NAME, open_store

    data = tmp_path / "data"
    store = open_store(data)
    given = [issue(store, content, clock).number for _ in range(2)]
    backup = store.backup("manual")
    given += [issue(store, content, clock).number for _ in range(2)]
    store.close()
    assert given == ["H-001", "H-002", "H-003", "H-004"]
    path = data / DB_NAME
    for side in ("-wal", "-shm"):
        (data / (DB_NAME + side)).unlink(missing_ok=True)
    if how == "by hand":  # the store moved aside, the backup copied in its place
        path.rename(data / "hubkiosk.sqlite3.aside")
        path.write_bytes(backup.read_bytes())
    else:  # damaged: the kiosk restores its newest backup itself
        damaged = bytearray(path.read_bytes())
        damaged[100:4096] = b"\xff" * (4096 - 100)
        path.write_bytes(bytes(damaged))
    store = open_store(data)
    try:
        assert issue(store, content, clock).number == "H-005"
        assert issue(store, content, clock, "council-tax").number == "C-001"
    finally:
        store.close()


@pytest.mark.parametrize(
    ("typed", "refused"),
    [
        ("Citizens Advice", False),
        ("NHS 111", False),
        ("Women's Aid 24/7", False),
        ("Mind in Tower Hamlets and Newham", False),
        ("Citizens Advice re Rahima Khatun 07700 900456", True),
        ("Advice +44 (0)20 7364 5000", True),
        ("Toynbee Hall, rahima@example.org", True),
        ("Toynbee Hall E1 6LS", True),
    ],
)
def test_an_organisations_name_with_contact_details_is_refused(typed: str, refused: bool) -> None:
    assert queue.has_contact_details(typed) is refused


def test_a_resident_called_before_midnight_is_served_after_it(store, content, clock):
    """QA (s37, time): a session run past midnight (the --demo hub never closes): the
    resident called at 23:58 could not be marked served at 00:03 ("That ticket is not in
    today's queue"), and their visit had no outcome. A ticket of the day before is
    finished in that day's queue; two days back it is refused as before."""
    clock.set_local(dt.datetime(2026, 11, 24, 23, 50, tzinfo=LONDON))
    resident = issue(store, content, clock)
    clock.advance(minutes=8)
    with store.session() as session:
        queue.call_next(session, hub_id=HUB, desk="Desk 1", now=clock())
    clock.set_local(dt.datetime(2026, 11, 25, 0, 3, tzinfo=LONDON))
    with store.session() as session:
        served = queue.serve(
            session,
            hub_id=HUB,
            ticket_id=resident.id,
            desk="Desk 1",
            outcome=Outcome.RESOLVED_FIRST_CONTACT,
            now=clock(),
        )
    assert served.status == "served"
    with store.session() as session:
        day = queue.load_day(session, HUB, dt.date(2026, 11, 24))
        assert day.entries[resident.id].status == "served"
    clock.advance(days=1)
    with store.session() as session, pytest.raises(queue.QueueError):
        queue.recall(session, hub_id=HUB, ticket_id=resident.id, desk="Desk 1", now=clock())


def test_residents_checked_in_for_appointments_are_called_by_their_appointments_time(
    store, content, clock
):
    """QA (s37): at the appointment-only hub a resident booked for 11:00 checked in early,
    at 10:31, and one booked for 10:45 at 10:40: at 10:45 "Call next" called the 11:00
    booking, the one due now kept waiting. Checked-in bookings are called by their time
    (urgent tickets still first, walk-ins after)."""
    from hubkiosk.store.models import Appointment

    def booked(hour: int, minute: int) -> uuid.UUID:
        starts = dt.datetime(2026, 11, 24, hour, minute, tzinfo=LONDON).astimezone(dt.UTC)
        with store.session() as session:
            row = Appointment(hub_id=HUB, service_id="housing", starts_at=starts)
            session.add(row)
            session.flush()
            return row.id

    late_booking, due_booking = booked(11, 0), booked(10, 45)
    clock.set_local(dt.datetime(2026, 11, 24, 10, 31, tzinfo=LONDON))
    early = issue(store, content, clock, appointment_id=late_booking)
    walk_in = issue(store, content, clock)
    clock.set_local(dt.datetime(2026, 11, 24, 10, 40, tzinfo=LONDON))
    due = issue(store, content, clock, appointment_id=due_booking)
    assert due.wait.position == 1  # ahead of the early one
    clock.set_local(dt.datetime(2026, 11, 24, 10, 45, tzinfo=LONDON))
    with store.session() as session:
        order = [e.number for e in queue.today(session, HUB, clock()).waiting("housing")]
    assert order == [due.number, early.number, walk_in.number]
    with store.session() as session:
        called = queue.call_next(session, hub_id=HUB, desk="Desk 1", now=clock())
    assert called is not None and called.number == due.number


def test_a_ticket_marked_did_not_come_is_called_back_only_to_its_desk(store, content, clock):
    """The undo of "Did not come" (QA s38): the desk that marked it calls it again."""
    first = issue(store, content, clock)
    with store.session() as session:
        queue.call_next(session, hub_id=HUB, desk="Desk 1", now=clock())
        queue.no_show(session, hub_id=HUB, ticket_id=first.id, desk="Desk 1", now=clock())
    with store.session() as session, pytest.raises(queue.QueueError) as refused:
        queue.recall(session, hub_id=HUB, ticket_id=first.id, desk="Desk 2", now=clock())
    assert refused.value.kind is queue.QueueRefusal.RECALL_NOT_CALLED
    clock.advance(minutes=1)
    with store.session() as session:
        back = queue.recall(session, hub_id=HUB, ticket_id=first.id, desk="Desk 1", now=clock())
    assert (back.status, back.desk) == (queue.CALLED, "Desk 1")
    with store.session() as session:
        assert queue.today(session, HUB, clock()).at_desk("Desk 1").ticket_id == first.id
