"""QA (s37, time): a kiosk's clock set back during the day (the network's time correcting
a clock that ran fast, after the kiosk started). The queue was put in order by the kiosk's
clock: a resident served after the correction stayed "called" and held the desk ("finish
the ticket at this desk first"), and a resident who came after it was called before
those who had waited. The queue now goes by the order things were stored (the store's
rows on the kiosk, the server's sequence on the phone page), as ARCHITECTURE.md asks;
the clock's times are kept for the waits only."""

from __future__ import annotations

from hubkiosk.core import queue
from hubkiosk.store.models import Outcome
from tests.queue.test_queue_core import HUB, issue


def test_a_resident_served_after_the_clock_was_set_back_is_served(store, content, clock):
    first = issue(store, content, clock)
    clock.advance(minutes=2)
    with store.session() as session:
        called = queue.call_next(session, hub_id=HUB, desk="Desk 1", now=clock())
    assert called is not None and called.number == first.number
    clock.advance(minutes=-10)  # the clock was 10 minutes fast
    second = issue(store, content, clock)
    clock.advance(minutes=1)
    with store.session() as session:
        queue.serve(
            session,
            hub_id=HUB,
            ticket_id=first.id,
            desk="Desk 1",
            outcome=Outcome.RESOLVED_FIRST_CONTACT,
            now=clock(),
        )
    with store.session() as session:
        day = queue.today(session, HUB, clock())
        assert day.entries[first.id].status == "served"
        assert day.at_desk("Desk 1") is None
    with store.session() as session:  # the desk is free for the next resident
        after = queue.call_next(session, hub_id=HUB, desk="Desk 1", now=clock())
    assert after is not None and after.number == second.number


def test_a_resident_who_came_after_the_clock_was_set_back_waits_behind_the_others(
    store, content, clock
):
    first = issue(store, content, clock)
    clock.advance(minutes=1)
    second = issue(store, content, clock)
    clock.advance(minutes=-9)  # the clock was 10 minutes fast
    third = issue(store, content, clock)
    assert third.wait.position == 3
    with store.session() as session:
        day = queue.today(session, HUB, clock())
        assert [e.number for e in day.waiting("housing")] == [
            first.number,
            second.number,
            third.number,
        ]
    with store.session() as session:
        called = queue.call_next(session, hub_id=HUB, desk="Desk 1", now=clock())
    assert called is not None and called.number == first.number
