"""QA s37, the adviser's desk after the kiosk restarts (a crash, an update, IT at
lunchtime): a named adviser who chose their desk today finds it chosen when they sign in
again, read from the calls they made today; a shared PIN, or yesterday's desk, is asked."""

from __future__ import annotations

from hubkiosk.core.pin import hash_pin
from hubkiosk.store.models import QueueEvent, QueueEventKind
from tests.conftest import stored_rows
from tests.queue.test_adviser_desk import act, desk_chosen, open_queue, ticket, with_advisers

SHARED_PIN = "2468"


def restarted(make_kiosk, clock, kiosk, config: dict | None = None):
    """``kiosk`` closes (as IT stops the service) and a new one starts on its data dir, with
    the same configuration (its advisers) and clock."""
    kiosk.close()
    kiosk.window.close()
    again = make_kiosk(clock=clock, config=config)
    with_advisers(again)
    return again


def desks_called_to(kiosk) -> list[str | None]:
    """The desk of each call in the store, oldest first."""
    return [e.desk for e in stored_rows(kiosk, QueueEvent) if e.kind == QueueEventKind.CALLED]


def test_an_advisers_desk_is_still_chosen_after_the_kiosk_restarts(make_kiosk, qtbot, click, clock):
    """Amina chose Desk 3 and called a resident; the kiosk restarted at lunchtime and,
    signed in again, she was asked for her desk: until she answered, "Call next" called no
    one. Now her desk is chosen, as before the restart, and her next call goes to it; John,
    who chose no desk today, is asked."""
    kiosk = make_kiosk(clock=clock)
    with_advisers(kiosk)
    for _ in range(3):
        ticket(kiosk, qtbot, click, "Housing")
        clock.advance(minutes=1)
    amina = open_queue(kiosk, qtbot, click, "3579")
    click(kiosk.window, "3")
    act(amina, qtbot, click, "Call next")
    act(amina, qtbot, click, "Served: resolved")

    clock.advance(minutes=20)
    kiosk = restarted(make_kiosk, clock, kiosk)
    amina = open_queue(kiosk, qtbot, click, "3579")
    assert desk_chosen(amina) == ["3"]
    assert amina.current.text() == "No one at Desk 3 now."
    act(amina, qtbot, click, "Call next")
    assert amina.current.text() == "At Desk 3: H-002 (Housing)"
    assert desks_called_to(kiosk) == ["Desk 3", "Desk 3"]

    john = open_queue(kiosk, qtbot, click, "8642")
    assert desk_chosen(john) == []
    assert john.current.text() == "Choose your desk first: touch its number."

    # A desk she chooses now is hers, not the one of her last call.
    amina = open_queue(kiosk, qtbot, click, "3579")
    click(kiosk.window, "1")
    amina = open_queue(kiosk, qtbot, click, "3579")
    assert desk_chosen(amina) == ["1"]


def test_yesterdays_desk_is_not_chosen_after_a_restart(make_kiosk, qtbot, click, clock):
    """The desk of a call made yesterday is not today's: she may sit elsewhere."""
    kiosk = make_kiosk(clock=clock)
    with_advisers(kiosk)
    ticket(kiosk, qtbot, click, "Housing")
    amina = open_queue(kiosk, qtbot, click, "3579")
    click(kiosk.window, "2")
    act(amina, qtbot, click, "Call next")

    clock.advance(days=1)
    kiosk = restarted(make_kiosk, clock, kiosk)
    amina = open_queue(kiosk, qtbot, click, "3579")
    assert desk_chosen(amina) == []
    assert amina.current.text() == "Choose your desk first: touch its number."


def test_a_shared_pin_is_asked_for_its_desk_after_a_restart(make_kiosk, qtbot, click, clock):
    """The kiosk's own PIN (IT's, shared) cannot tell advisers apart: after a restart, as
    at each sign-in, it chooses its desk."""
    config = {"adviser_pin_hash": hash_pin(SHARED_PIN, rounds=1000)}
    kiosk = make_kiosk(clock=clock, config=config)
    with_advisers(kiosk)
    ticket(kiosk, qtbot, click, "Housing")
    screen = open_queue(kiosk, qtbot, click, SHARED_PIN)
    click(kiosk.window, "4")
    act(screen, qtbot, click, "Call next")
    assert desks_called_to(kiosk) == ["Desk 4"]

    kiosk = restarted(make_kiosk, clock, kiosk, config)
    screen = open_queue(kiosk, qtbot, click, SHARED_PIN)
    assert desk_chosen(screen) == []
    assert screen.current.text() == "Choose your desk first: touch its number."
