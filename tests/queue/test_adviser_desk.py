"""QA s36, the adviser's desk: a transfer sends the resident to another desk, the waiting
list says who needs an interpreter (named, not coded) or has an accessibility need, each
adviser calls to their own desk, and the hall display drops a call that is over."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from hubkiosk.core.pin import hash_pin
from hubkiosk.ui.screens import ScreenId
from sync.protocol.wire import Adviser
from tests.conftest import sign_in_by_pin

ADVISERS = (("a-rahman", "Amina Rahman", "3579"), ("j-okafor", "John Okafor", "8642"))


def with_advisers(kiosk) -> None:
    advisers = tuple(
        Adviser(id=i, name=n, pin_hash=hash_pin(p, rounds=1000)) for i, n, p in ADVISERS
    )
    kiosk.ctx.set_content(dataclasses.replace(kiosk.ctx.content, advisers=advisers))


def ticket(kiosk, qtbot, click, service: str, *extra: str) -> None:
    """A resident takes a ticket for ``service``, touching ``extra`` (extra help, an
    interpreter's language...) on its confirmation first."""
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, service)
    for button in extra:
        click(window, button)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Get my ticket")
    click(window, "Done")


def open_queue(kiosk, qtbot, click, pin: str):
    """The adviser with ``pin`` signs in and opens "Queue and desks"; that screen, read."""
    sign_in_by_pin(kiosk, qtbot, click, pin)
    screen = kiosk.window.screens[ScreenId.ADVISER_QUEUE]
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(kiosk.window, "Queue and desks")
    return screen


def act(screen, qtbot, click, button: str) -> None:
    """Touch ``button`` on the queue screen and wait for the queue to be read again."""
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(screen.window(), button)


def transfer_to(screen, qtbot, click, service_id: str) -> None:
    screen.transfer_to.setCurrentIndex(screen.transfer_to.findData(service_id))
    act(screen, qtbot, click, "Transfer")


def test_a_ticket_transferred_away_is_not_called_back_to_the_same_desk(
    queue_kiosk, qtbot, click, clock
):
    """H-001 transferred from Housing to Council tax at Desk 1: the desk's next call was
    H-001 again ("At Desk 1: H-001 (Council tax)"), the resident sent back to the adviser
    who had just sent them on, ahead of H-002. Now Desk 1 calls H-002 and C-001; Desk 2
    calls H-001, ahead of C-001 (it keeps its check-in time); and a desk left with only
    the ticket it transferred calls it (a hub with one desk open still sees them)."""
    kiosk = queue_kiosk()
    with_advisers(kiosk)
    ticket(kiosk, qtbot, click, "Housing")  # H-001
    clock.advance(minutes=1)
    ticket(kiosk, qtbot, click, "Housing")  # H-002
    clock.advance(minutes=1)
    ticket(kiosk, qtbot, click, "Council tax")  # C-001
    screen = open_queue(kiosk, qtbot, click, "3579")
    click(kiosk.window, "1")  # "Your desk:" 1 2 3 4
    clock.advance(minutes=2)
    act(screen, qtbot, click, "Call next")
    assert screen.current.text() == "At Desk 1: H-001 (Housing)"
    transfer_to(screen, qtbot, click, "council-tax")
    assert "Council tax: 2 — H-001, C-001" in screen.waiting.text()

    act(screen, qtbot, click, "Call next")
    assert screen.current.text() == "At Desk 1: H-002 (Housing)"
    act(screen, qtbot, click, "Served: resolved")
    act(screen, qtbot, click, "Call next")
    assert screen.current.text() == "At Desk 1: C-001 (Council tax)"

    # Another desk calls H-001 next, before C-001 had it waited there.
    click(kiosk.window, "2")
    act(screen, qtbot, click, "Call next")
    assert screen.current.text() == "At Desk 2: H-001 (Council tax)"
    transfer_to(screen, qtbot, click, "housing")  # a Housing question after all
    click(kiosk.window, "1")
    act(screen, qtbot, click, "Served: resolved")  # C-001
    act(screen, qtbot, click, "Call next")  # Desk 1 did not send it away last
    assert screen.current.text() == "At Desk 1: H-001 (Housing)"
    transfer_to(screen, qtbot, click, "parking")
    act(screen, qtbot, click, "Call next")  # only H-001 waits: this desk sees them
    assert screen.current.text() == "At Desk 1: H-001 (Parking)"


def shown_call(display) -> tuple[str, str, list[tuple[str, str]]]:
    """What the hall display shows: the number and words under "Now calling", and the
    called before (number, desk)."""
    before = [(n.text(), d.text()) for n, d in display.recent_rows if n.text()]
    return display.now_number.text(), display.now_desk.text(), before


def test_the_hall_display_drops_a_call_that_is_over(queue_kiosk, qtbot, click, clock):
    """After "Did not come", and after a transfer, the hall screen still said "Now calling
    H-001 / Please go to Desk 1" for ten minutes: a resident arriving read an old call as
    the one being made. Now the call is over: it joins "Called before" at once."""
    from tests.queue.test_queue_display import started_display

    kiosk = queue_kiosk()
    with_advisers(kiosk)
    for service in ("Housing", "Housing", "Council tax"):
        ticket(kiosk, qtbot, click, service)
        clock.advance(minutes=1)
    display = started_display(kiosk, qtbot)
    screen = open_queue(kiosk, qtbot, click, "3579")
    click(kiosk.window, "1")
    act(screen, qtbot, click, "Call next")  # H-001 to Desk 1

    def read() -> tuple[str, str, list[tuple[str, str]]]:
        with qtbot.waitSignal(display.updated, timeout=10_000):
            display.refresh()
        return shown_call(display)

    clock.advance(minutes=1)
    assert read() == ("H-001", "Please go to Desk\u00a01", [])
    act(screen, qtbot, click, "Did not come")
    assert read() == ("—", "Please wait to be called", [("H-001", "Desk 1")])

    act(screen, qtbot, click, "Call next")  # H-002 to Desk 1
    assert read() == ("H-002", "Please go to Desk\u00a01", [("H-001", "Desk 1")])
    transfer_to(screen, qtbot, click, "council-tax")
    assert read() == ("—", "Please wait to be called", [("H-002", "Desk 1"), ("H-001", "Desk 1")])

    # A call still going on stays under "Now calling" (as long as it did).
    act(screen, qtbot, click, "Call next")  # C-001 (H-002 waits for another desk)
    clock.advance(minutes=5)
    assert read()[:2] == ("C-001", "Please go to Desk\u00a01")
    display.stop()


def test_the_adviser_sees_who_needs_an_interpreter_in_which_language_and_who_has_a_need(
    queue_kiosk, qtbot, click
):
    """The desk line said "needs an interpreter, language: bfi" for a resident who chose
    British Sign Language (in every language of the adviser's screen), and the waiting list
    was numbers only: no adviser could see in advance who needs an interpreter or has an
    accessibility need. Now the language is named in the adviser's language, as the
    resident's confirmation names it, and the waiting tickets carry their needs."""
    kiosk = queue_kiosk()
    with_advisers(kiosk)
    ticket(kiosk, qtbot, click, "Housing", "I need extra help", "An interpreter")
    window = kiosk.window
    ticket(
        kiosk,
        qtbot,
        click,
        "Housing",
        "I need extra help",
        "An interpreter",
        "British Sign Language",
    )
    ticket(
        kiosk,
        qtbot,
        click,
        "Council tax",
        "I need extra help",
        "An accessibility need (hearing, sight, mobility, a seat)",
    )
    ticket(kiosk, qtbot, click, "Council tax")
    screen = open_queue(kiosk, qtbot, click, "3579")
    lines = screen.waiting.text().splitlines()
    assert lines[1:] == [
        "Housing: 2 — H-001 (needs an interpreter), "
        "H-002 (needs an interpreter, language: British Sign Language)",
        "Council tax: 2 — C-001 (accessibility need), C-002",
    ]
    click(window, "1")
    act(screen, qtbot, click, "Call next")
    act(screen, qtbot, click, "Served: resolved")
    act(screen, qtbot, click, "Call next")
    assert screen.current.text() == (
        "At Desk 1: H-002 (Housing, needs an interpreter, language: British Sign Language)"
    )
    for code, words in (
        ("es", "idioma: Lengua de signos británica"),
        ("pl", "język: Brytyjski język migowy"),
    ):
        kiosk.ctx.set_language(code)
        assert words in screen.current.text(), code
        assert "bfi" not in screen.current.text(), code
    assert "C-001 (potrzeba dostępności), C-002" in screen.waiting.text()


def desk_chosen(screen) -> list[str]:
    """The desk numbers shown as chosen on "Your desk:"."""
    return [button.text() for button in screen.desk_buttons.values() if button.isChecked()]


def test_each_adviser_calls_to_their_own_desk(queue_kiosk, qtbot, click, clock):
    """The desk belonged to the kiosk: the next adviser to sign in found Desk 3 (the last
    adviser's) chosen, and their first "Call next" sent a resident to someone else's desk.
    Now an adviser's first sign-in of the day chooses a desk before calling, and the kiosk
    remembers it for them that day."""
    kiosk = queue_kiosk()
    with_advisers(kiosk)
    for _ in range(3):
        ticket(kiosk, qtbot, click, "Housing")
    window = kiosk.window
    amina = open_queue(kiosk, qtbot, click, "3579")
    assert desk_chosen(amina) == []
    click(window, "3")
    act(amina, qtbot, click, "Call next")
    assert amina.current.text() == "At Desk 3: H-001 (Housing)"

    john = open_queue(kiosk, qtbot, click, "8642")  # John signs in: Amina has left
    assert desk_chosen(john) == []
    assert john.current.text() == "Choose your desk first: touch its number."
    click(window, "Call next")
    assert john.message.text() == "Choose your desk first: touch its number."
    assert "Housing: 2 — H-002, H-003" in john.waiting.text()  # no one was called
    kiosk.ctx.set_language("es")
    assert john.current.text() == "Elija primero su mostrador: toque su número."
    kiosk.ctx.set_language("en")
    click(window, "2")
    act(john, qtbot, click, "Call next")
    assert john.current.text() == "At Desk 2: H-002 (Housing)"

    # Amina again, later that day: her desk, and the resident she called to it.
    amina = open_queue(kiosk, qtbot, click, "3579")
    assert desk_chosen(amina) == ["3"]
    assert amina.current.text() == "At Desk 3: H-001 (Housing)"
    john = open_queue(kiosk, qtbot, click, "8642")
    assert desk_chosen(john) == ["2"]

    # The next day she may sit elsewhere: she chooses again.
    clock.advance(days=1)
    amina = open_queue(kiosk, qtbot, click, "3579")
    assert desk_chosen(amina) == []


def test_a_shared_pin_chooses_its_desk_at_each_sign_in(queue_kiosk, qtbot, click):
    """The kiosk's own PIN (IT's, shared) cannot tell advisers apart: each sign-in with it
    chooses a desk, kept while it lasts."""
    kiosk = queue_kiosk(config={"adviser_pin_hash": hash_pin("2468", rounds=1000)})
    window = kiosk.window
    screen = open_queue(kiosk, qtbot, click, "2468")
    click(window, "4")
    window.back()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Queue and desks")
    assert desk_chosen(screen) == ["4"]
    screen = open_queue(kiosk, qtbot, click, "2468")
    assert desk_chosen(screen) == []


def test_the_adviser_sees_each_bookings_time(queue_kiosk, qtbot, click):
    """QA (s37): the waiting list said "H-001 (appointment), H-002 (appointment)" with no
    times, so an adviser could not tell who is due (checked-in bookings are now called by
    their time: tests/queue/test_queue_core.py)."""
    kiosk = queue_kiosk()
    with_advisers(kiosk)
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    appointment = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(appointment.reference_edit, "HK-4821")  # housing at 10:45
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Check in")
    number = window.screens[ScreenId.TICKET_ISSUED].number.text()
    click(window, "Done")
    screen = open_queue(kiosk, qtbot, click, "3579")
    assert f"{number} (appointment at 10:45)" in screen.waiting.text()
    kiosk.ctx.set_language("bn")
    assert "(অ্যাপয়েন্টমেন্ট ১০:৪৫-এ)" in screen.waiting.text()


def test_did_not_come_is_undone_by_call_again_when_the_resident_comes_after_all(
    queue_kiosk, qtbot, click, clock
):
    """QA s38: "Did not come" (beside "Call again") took effect at one touch with no way
    back: a resident walking up as the adviser touched it lost a 40-minute wait, "Call
    again" said "No ticket at this desk", and a new ticket put them fifth. Now the screen
    says how to undo it, and "Call again" calls the ticket this desk marked back to it."""

    kiosk = queue_kiosk()
    with_advisers(kiosk)
    ticket(kiosk, qtbot, click, "Housing")  # H-001
    clock.advance(minutes=1)
    ticket(kiosk, qtbot, click, "Housing")  # H-002
    clock.advance(minutes=40)
    screen = open_queue(kiosk, qtbot, click, "3579")
    click(kiosk.window, "1")
    act(screen, qtbot, click, "Call next")
    assert screen.current.text() == "At Desk 1: H-001 (Housing)"
    act(screen, qtbot, click, "Did not come")
    assert screen.current.text() == "No one at Desk 1 now."
    assert screen.message.text() == (
        "H-001 is marked as not here. If they come after all, touch Call again."
    )
    act(screen, qtbot, click, "Call again")
    assert screen.current.text() == "At Desk 1: H-001 (Housing)"
    assert "Housing: 1 — H-002" in screen.waiting.text()  # H-002 still next, not called
    act(screen, qtbot, click, "Served: resolved")
    kiosk.window.show_screen(ScreenId.ADVISER_HOME)
    today = kiosk.window.screens[ScreenId.ADVISER_TODAY]
    with qtbot.waitSignal(today.figures_shown, timeout=10_000):
        click(kiosk.window, "Today at this hub")
    assert today.values["visits"].text() == "2"
    assert today.values["resolved_first_contact"].text() == "1 (50.0 %)"


def test_another_desks_did_not_come_is_not_called_back_here(queue_kiosk, qtbot, click, clock):
    kiosk = queue_kiosk()
    with_advisers(kiosk)
    ticket(kiosk, qtbot, click, "Housing")
    screen = open_queue(kiosk, qtbot, click, "3579")
    click(kiosk.window, "1")
    act(screen, qtbot, click, "Call next")
    act(screen, qtbot, click, "Did not come")
    click(kiosk.window, "2")  # the adviser moves to Desk 2
    click(kiosk.window, "Call again")
    assert screen.current.text() == "No one at Desk 2 now."
    assert screen.message.text() == "No ticket at this desk: touch Call next first."


def test_the_adviser_sees_the_kiosk_language_and_the_feedback_is_handed_over_in_it(
    queue_kiosk, qtbot, click, clock
):
    """QA s38: a resident who used the kiosk in Bengali showed to the adviser as a bare
    "H-001", and "Hand the screen to the resident: how was the visit?" gave them the
    question in English. The adviser now sees the kiosk's language beside the number (not
    for English), and the resident is handed the feedback in it."""

    kiosk = queue_kiosk()
    with_advisers(kiosk)
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    click(window, "বাংলা")  # the top bar: the rest of the visit in Bengali
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(confirm.get_button, Qt.MouseButton.LeftButton)
    click(window, "English")
    click(window, "Done")
    clock.advance(minutes=1)
    ticket(kiosk, qtbot, click, "Housing")  # H-002, in English
    screen = open_queue(kiosk, qtbot, click, "3579")
    click(kiosk.window, "1")
    assert "Housing: 2 — H-001 (kiosk in Bengali), H-002" in screen.waiting.text()
    act(screen, qtbot, click, "Call next")
    assert screen.current.text() == "At Desk 1: H-001 (Housing, kiosk in Bengali)"
    act(screen, qtbot, click, "Served: resolved")
    click(window, "Hand the screen to the resident: how was the visit?")
    assert window.current is ScreenId.FEEDBACK
    assert kiosk.ctx.language == "bn"
