"""Issue 14, item 1: an appointment check-in, as the resident does it, ends on its own
confirmation; the reference is typed digits first and forgives common slips."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from sqlalchemy import select

from PySide6.QtCore import Qt

from hubkiosk.core import appointments
from hubkiosk.core.appointments import AppointmentInfo
from hubkiosk.store.models import OutboxItem, OutboxState, Ticket
from hubkiosk.ui.screens import ScreenId
from tests.conftest import button_shown, find_button, resize_to
from tests.queue.conftest import LONDON


def press(qtbot, keyboard, char: str) -> None:
    """Touch the visible on-screen key showing ``char`` (no layer switch allowed)."""
    key = next(k for k in keyboard.char_keys if k.text() == char and k.isVisible())
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def test_digits_alone_check_in_and_the_confirmation_says_so(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    # The keyboard opens on its digits: 4821 is typed with no layer switch.
    for digit in "4821":
        press(qtbot, screen.keyboard, digit)
    assert screen.reference_edit.text() == "4821"
    assert find_button(window, "ABC").isVisible()  # the letters are one touch away
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as blocker:
        click(window, "Check in")
    assert blocker.args == [ScreenId.TICKET_ISSUED]
    issued = window.screens[ScreenId.TICKET_ISSUED]
    words = "\n".join(
        lab.text()
        for lab in (
            issued.your_number,
            issued.number,
            issued.service_line,
            issued.position_line,
            issued.wait_line,
        )
    )
    # HK-4821 is a housing appointment at 10:45; the clock says 10:30.
    assert issued.service_line.text() == "You are checked in for your Housing appointment at 10:45."
    assert issued.number.text() == "H-001"  # the number to listen for
    assert "Please take a seat. An adviser will call your number." in words
    assert "You are next" not in words and "taken at" not in words
    assert issued.title() == "You are checked in"
    # A walk-in ticket afterwards is a walk-in ticket again.
    click(window, "Done")
    click(window, "Housing")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Get my ticket")
    assert issued.title() == "Your ticket"
    assert "taken at" in issued.service_line.text()


def test_a_slip_in_the_reference_still_checks_in(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(screen.reference_edit, "hk482I")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Check in")
    assert window.screens[ScreenId.TICKET_ISSUED].number.text() == "H-001"


def test_digits_of_two_bookings_ask_for_the_whole_reference(queue_kiosk, qtbot, click, clock):
    from hubkiosk.core.appointments import uuid
    from hubkiosk.store.models import Appointment

    kiosk = queue_kiosk()
    with kiosk.store.session() as session:
        session.add(
            Appointment(
                id=uuid.uuid4(),
                hub_id="idea-store-bow",
                service_id="benefits",
                starts_at=clock(),
                reference="TH-4821",
            )
        )
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(screen.reference_edit, "4821")
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        click(window, "Check in")
    assert screen.answer_title.text() == "More than one booking has those numbers"
    click(window, "Try again")
    screen.reference_edit.clear()
    qtbot.keyClicks(screen.reference_edit, "HK 4821")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Check in")
    assert "Housing appointment" in window.screens[ScreenId.TICKET_ISSUED].service_line.text()


def check_in_by_reference(window, qtbot, click, reference: str) -> ScreenId:
    """From the home screen: "I have an appointment", type ``reference``, "Check in";
    the screen shown once the kiosk has answered (and written what it had to)."""
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(screen.reference_edit, reference)
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        click(window, "Check in")
    if window.ctx.ops.busy:
        with qtbot.waitSignal(window.ctx.ops.idle, timeout=10_000):
            pass
    return window.current


@pytest.mark.parametrize(("reference", "number"), [("HK-4821", "H-001"), ("HK-3907", "C-001")])
def test_checked_in_and_back_after_the_check_in_time_shows_the_same_ticket(
    queue_kiosk, qtbot, click, clock, reference, number
):
    """QA: checked in at 10:30, the resident typed the reference again at 11:06 (after the
    check-in time) and was told it was too late, with a walk-in ticket offered: a second
    place in the queue. They are shown the ticket they already have."""
    kiosk = queue_kiosk()
    window = kiosk.window
    assert check_in_by_reference(window, qtbot, click, reference) is ScreenId.TICKET_ISSUED
    issued = window.screens[ScreenId.TICKET_ISSUED]
    assert issued.number.text() == number
    click(window, "Done")
    clock.advance(minutes=36)  # 11:06: check-in closed at 10:55 / 11:00
    assert check_in_by_reference(window, qtbot, click, reference) is ScreenId.TICKET_ISSUED
    assert issued.number.text() == number
    assert issued.title() == "You are checked in"
    with kiosk.store.session() as session:
        assert len(list(session.scalars(select(Ticket)))) == 1


def test_checked_in_through_the_central_server_and_back_late_shows_the_same_ticket(
    queue_kiosk, qtbot, click, clock
):
    """A booking only the central server knew (the kiosk keeps it without its reference
    once checked in): typed again after the check-in time, the same ticket, not "too late"."""
    kiosk = queue_kiosk()
    window = kiosk.window
    booked = AppointmentInfo(
        uuid.uuid4(), "idea-store-bow", "council-tax", clock() + dt.timedelta(minutes=10)
    )
    asked = []

    def lookup(query):
        asked.append(query)
        return [booked]

    kiosk.ctx.appointment_lookup = lookup
    assert check_in_by_reference(window, qtbot, click, "HK-2468") is ScreenId.TICKET_ISSUED
    issued = window.screens[ScreenId.TICKET_ISSUED]
    assert issued.number.text() == "C-001"
    click(window, "Done")
    clock.advance(minutes=40)  # 11:10: check-in closed at 10:55
    shown = check_in_by_reference(window, qtbot, click, "HK-2468")
    assert len(asked) == 2  # the kiosk does not hold the reference: the server was asked
    assert shown is ScreenId.TICKET_ISSUED
    assert issued.number.text() == "C-001"
    with kiosk.store.session() as session:
        assert len(list(session.scalars(select(Ticket)))) == 1


def test_start_again_while_the_check_in_is_written_stays_on_the_home_screen(
    queue_kiosk, qtbot, click, monkeypatch
):
    """QA: "Start again" touched while the check-in was being written; the ticket came
    back over the home screen with the visit's data. The check-in is kept (it goes to the
    server); the screen stays where the next resident is."""
    kiosk = queue_kiosk()
    window = kiosk.window
    release = threading.Event()
    real_check_in = appointments.check_in

    def slow_check_in(*args, **kwargs):
        assert release.wait(10)
        return real_check_in(*args, **kwargs)

    monkeypatch.setattr(appointments, "check_in", slow_check_in)
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(screen.reference_edit, "HK-4821")
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        click(window, "Check in")
    assert kiosk.ctx.ops.busy  # the check-in is being written
    click(window, "Start again")
    assert window.current is ScreenId.HOME
    with qtbot.waitSignal(kiosk.ctx.ops.idle, timeout=10_000):
        release.set()
    assert window.current is ScreenId.HOME
    assert kiosk.ctx.visit == {}
    assert screen.match is None and screen.pages.currentWidget() is screen.form
    with kiosk.store.session() as session:
        (ticket,) = session.scalars(select(Ticket))
        assert ticket.appointment_id is not None  # the check-in itself is kept...
        sent = session.scalar(select(OutboxItem).where(OutboxItem.id == ticket.id))
        assert sent is not None and sent.state is OutboxState.PENDING  # ...for the server


#: Each language's button, as the top bar shows it.
NATIVE = {
    "en": "English",
    "bn": "বাংলা",
    "so": "Soomaali",
    "ur": "اردو",
    "es": "Español",
    "pl": "Polski",
}


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=["portrait", "landscape"])
def test_the_answer_buttons_keep_every_word_at_200_percent_text(queue_kiosk, qtbot, click, size):
    """QA: "not found" (HK-0000) and "too late" (HK-2719) on a portrait kiosk at 200 %
    text: the three buttons shared one row and "Done" was cut ("amma" for "Dhammaad",
    "ech" for "Hecho"). They go onto more rows, each word whole, in every language."""
    from hubkiosk.ui import audit

    kiosk = queue_kiosk()
    window = kiosk.window
    resize_to(window, qtbot, size)
    checker = audit.Checker(window)
    for reference in ("HK-0000", "HK-2719"):
        click(window, "English")
        click(window, "Start again")
        click(window, "Larger text")
        click(window, "Larger text")
        click(window, "Get a ticket or check in")
        click(window, "I have an appointment")
        screen = window.screens[ScreenId.APPOINTMENT]
        qtbot.keyClicks(screen.reference_edit, reference)
        with qtbot.waitSignal(screen.answered, timeout=10_000):
            click(window, "Check in")
        assert screen.pages.currentWidget() is screen.answer
        for code, language in NATIVE.items():
            click(window, language)  # the resident reads the answer in their language
            found = [
                v.line()
                for v in checker.check(reference, code, "default")
                if v.kind in ("cut", "overlap", "target", "sideways")
            ]
            assert not found, "\n".join(found)
            buttons = [
                b
                for b in (screen.walk_in_button, screen.try_again_button, screen.done_button)
                if b.isVisible()
            ]
            assert len(buttons) == (3 if reference == "HK-0000" else 2)


#: What an answer's words may tell the resident to do, and the button that does it.
ACTIONS = {
    "en": {"walk-in ticket": "Get a walk-in ticket", "drop-in hub": "Find a drop-in hub"},
    # "সাধারণ টিকিট": a walk-in ticket; "কাছের অন্য হাব": another hub near here.
    "bn": {"সাধারণ টিকিট": "সাধারণ টিকিট নিন", "কাছের অন্য হাব": "কাছের অন্য হাব খুঁজুন"},
}


@pytest.mark.parametrize("language", ["en", "bn"])
@pytest.mark.parametrize(
    ("reference", "local_time", "title", "staff"),
    [
        ("HK-9999", "10:30", "We could not find your appointment", True),
        ("HK-4821", "10:30", "Your appointment is at another hub", True),  # at Bow
        ("HK-6150", "09:30", "You are early", False),  # here at 10:50
        ("HK-6150", "11:30", "Your appointment time has passed", True),
        ("TH-2468", "10:30", "Your appointment is on another day", False),  # here tomorrow
    ],
)
def test_an_appointment_only_hub_never_offers_a_walk_in_ticket(
    queue_kiosk, qtbot, click, clock, reference, local_time, title, staff, language
):
    """QA: at Town Hall Whitechapel (appointment only) every answer but a check-in told the
    resident to "take a walk-in ticket", which that hub does not give: the only button was
    "Find a drop-in hub". The words now name what the hub offers (a member of staff here, a
    drop-in hub near here), each action they name a button on the screen."""
    from hubkiosk.store.models import Appointment

    hour, minute = map(int, local_time.split(":"))
    clock.set_local(dt.datetime(2026, 11, 24, hour, minute, tzinfo=LONDON))
    kiosk = queue_kiosk(config={"hub_id": "town-hall-whitechapel"})
    with kiosk.store.session() as session:
        session.add(
            Appointment(
                id=uuid.uuid4(),
                hub_id="town-hall-whitechapel",
                service_id="housing",
                starts_at=clock() + dt.timedelta(days=1),
                reference="TH-2468",
            )
        )
    window = kiosk.window
    qtbot.mouseClick(window.language_buttons[language], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.screens[ScreenId.HOME].ticket_tile, Qt.MouseButton.LeftButton)
    redirect = window.screens[ScreenId.QUEUE].stack.redirect
    qtbot.mouseClick(redirect.appointment_button, Qt.MouseButton.LeftButton)
    screen = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(screen.reference_edit, reference)
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.answer
    if language == "en":
        assert screen.answer_title.text() == title
    words = screen.answer_text.text()
    walk_in, drop_in = ACTIONS[language].items()
    assert walk_in[0] not in words, words  # no walk-in ticket here...
    assert drop_in[0] in words, words  # ...a drop-in hub near here instead
    for named, button in ACTIONS[language].items():
        if named in words:
            assert button_shown(window, button), (named, words)
    if language == "en":
        assert ("a member of staff here" in words) == staff, words
    # The button the words point to lists the drop-in hubs near here.
    qtbot.mouseClick(screen.walk_in_button, Qt.MouseButton.LeftButton)
    assert window.current is ScreenId.QUEUE
    assert redirect.isVisible() and redirect.hub_labels[0].isVisible()


def test_a_walk_in_hub_still_offers_its_walk_in_ticket(queue_kiosk, qtbot, click):
    """At a hub that sees people who walk in, "not found" keeps its words and its button."""
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(screen.reference_edit, "HK-9999")
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        click(window, "Check in")
    assert screen.answer_text.text().endswith(
        "a member of staff can help, or you can take a walk-in ticket."
    )
    assert button_shown(window, "Get a walk-in ticket")
    assert not button_shown(window, "Find a drop-in hub")


@pytest.mark.parametrize(
    ("hub_id", "days_ago"), [("idea-store-bow", 1), ("idea-store-chrisp-street", 3)]
)
def test_a_booking_on_a_past_day_is_said_to_have_passed(
    queue_kiosk, qtbot, click, clock, hub_id, days_ago
):
    """The central server looks 30 days back: a booking of yesterday here was answered
    "Your appointment is on Monday 23 November at 10:30. Please come back then.", and one
    at another hub three days ago "Please go there" (QA). It has passed: the resident is
    told so, and offered what a late arrival is."""
    kiosk = queue_kiosk()
    window = kiosk.window
    past = AppointmentInfo(uuid.uuid4(), hub_id, "housing", clock() - dt.timedelta(days=days_ago))
    kiosk.ctx.appointment_lookup = lambda _query: [past]
    assert check_in_by_reference(window, qtbot, click, "HK-1111") is ScreenId.APPOINTMENT
    screen = window.screens[ScreenId.APPOINTMENT]
    assert screen.answer_title.text() == "Your appointment time has passed"
    words = screen.answer_text.text()
    assert words.startswith("Your appointment was on ") and "that day has passed" in words
    assert "come back then" not in words and "Please go there" not in words
    assert button_shown(window, "Get a walk-in ticket")


@pytest.mark.parametrize("language", ["English", "বাংলা"])
def test_at_the_largest_text_the_answer_opens_at_its_heading(queue_kiosk, qtbot, click, language):
    """At the largest text on a 1280 x 800 kiosk the form with its keys slides down to the
    keys; the answer (here: a booking at another hub) kept that place, its heading and the
    hub's name above the view, and nothing said there was more above (QA)."""
    kiosk = queue_kiosk()
    window = kiosk.window
    resize_to(window, qtbot, (1280, 800))
    click(window, language)
    for _ in range(2):
        qtbot.mouseClick(window.text_size_button, Qt.MouseButton.LeftButton)
    elsewhere = AppointmentInfo(
        uuid.uuid4(), "idea-store-chrisp-street", "housing", kiosk.ctx.now()
    )
    kiosk.ctx.appointment_lookup = lambda _query: [elsewhere]
    window.go(ScreenId.APPOINTMENT, {})
    screen = window.screens[ScreenId.APPOINTMENT]
    page = window.pages[ScreenId.APPOINTMENT]
    for char in "7004":
        click(screen.keyboard, char)
    qtbot.waitUntil(lambda: page.verticalScrollBar().value() > 0)  # slid down to the keys
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        click(window, "Check in" if language == "English" else "চেক ইন করুন")
    viewport = page.viewport()
    assert screen.answer_title.mapTo(viewport, screen.answer_title.rect().topLeft()).y() >= 0
    assert page.verticalScrollBar().value() == 0
