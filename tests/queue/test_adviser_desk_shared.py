"""QA s38: two advisers could choose the same desk with no word. Amina chose Desk 1 and
called H-001; John signed in and touched "1": "At Desk 1: H-001 (Housing)", Amina's
resident, and his "Did not come" was stored as his. Now a desk another named adviser uses
today (chosen, or their calls to it, after a restart too) is named as theirs first, and a
second touch shares it (a desk changing hands at lunchtime)."""

from __future__ import annotations

from tests.queue.test_adviser_desk import act, desk_chosen, open_queue, ticket, with_advisers
from tests.queue.test_adviser_desk_restart import restarted

TAKEN = "Desk 1 is Amina Rahman's today. Touch 1 again to use it too."


def amina_calls_to_desk_1(kiosk, qtbot, click, tickets: int = 1):
    """``tickets`` residents take a Housing ticket; Amina chooses Desk 1 and calls the
    first; John signs in, opens "Queue and desks" and touches 1: his screen."""
    with_advisers(kiosk)
    for _ in range(tickets):
        ticket(kiosk, qtbot, click, "Housing")
    amina = open_queue(kiosk, qtbot, click, "3579")
    click(kiosk.window, "1")
    act(amina, qtbot, click, "Call next")
    john = open_queue(kiosk, qtbot, click, "8642")
    click(kiosk.window, "1")
    qtbot.waitUntil(lambda: john.message.text() == TAKEN, timeout=10_000)
    return john


def test_a_desk_another_adviser_uses_today_is_named_as_theirs_first(
    queue_kiosk, qtbot, click, clock
):
    kiosk = queue_kiosk()
    john = amina_calls_to_desk_1(kiosk, qtbot, click, tickets=2)
    assert desk_chosen(john) == []
    assert john.current.text() == "Choose your desk first: touch its number."
    click(kiosk.window, "2")  # another desk: his at once
    assert desk_chosen(john) == ["2"]
    act(john, qtbot, click, "Call next")
    assert john.current.text() == "At Desk 2: H-002 (Housing)"


def test_a_second_touch_shares_the_desk(queue_kiosk, qtbot, click, clock):
    kiosk = queue_kiosk()
    john = amina_calls_to_desk_1(kiosk, qtbot, click)
    click(kiosk.window, "1")
    qtbot.waitUntil(lambda: desk_chosen(john) == ["1"], timeout=10_000)
    assert john.current.text() == "At Desk 1: H-001 (Housing)"
    assert john.message.text() == ""


def test_after_a_restart_the_desk_is_still_named_as_the_other_advisers(
    make_kiosk, qtbot, click, clock
):
    kiosk = make_kiosk(clock=clock)
    with_advisers(kiosk)
    ticket(kiosk, qtbot, click, "Housing")
    amina = open_queue(kiosk, qtbot, click, "3579")
    click(kiosk.window, "1")
    act(amina, qtbot, click, "Call next")
    act(amina, qtbot, click, "Served: resolved")
    clock.advance(minutes=20)
    kiosk = restarted(make_kiosk, clock, kiosk)
    john = open_queue(kiosk, qtbot, click, "8642")
    click(kiosk.window, "1")
    qtbot.waitUntil(lambda: john.message.text() == TAKEN, timeout=10_000)
    assert desk_chosen(john) == []
