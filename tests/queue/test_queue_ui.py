"""Queue check-in driven as a resident would: by the words on the buttons.

Every kiosk here runs on an injected clock inside opening hours (a Tuesday, 10:30 in
London) unless a test moves it, so the results do not depend on when the tests run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import socket
import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from hubkiosk.core.i18n import CODES
from hubkiosk.printing import escpos_ticket
from hubkiosk.store.models import OutboxItem, Priority, QueueEvent, StoreEvent, Ticket
from hubkiosk.ui.screens import ScreenId
from sync.protocol.content import Closure, HubList
from tests.conftest import assert_all_in_view, find_button, logged, resize_to
from tests.queue.conftest import LONDON

BOW = "idea-store-bow"


def tickets(kiosk) -> list[Ticket]:
    with kiosk.store.session() as session:
        rows = list(session.scalars(select(Ticket).order_by(Ticket.created_at)))
        session.expunge_all()
        return rows


def get_ticket(kiosk, qtbot, click) -> str:
    """Touch "Get my ticket" and wait for the ticket screen; the number shown."""
    window = kiosk.window
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as blocker:
        click(window, "Get my ticket")
    assert blocker.args == [ScreenId.TICKET_ISSUED]
    return window.screens[ScreenId.TICKET_ISSUED].number.text()


def test_a_walk_in_ticket_for_every_service(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk()
    window = kiosk.window
    services = kiosk.ctx.content.catalogue.services
    for service in services:
        click(window, "Get a ticket or check in")
        assert window.current is ScreenId.QUEUE
        click(window, service.name.get("en"))
        assert window.current is ScreenId.TICKET_CONFIRM
        number = get_ticket(kiosk, qtbot, click)
        assert number == f"{service.prefix}-001"
        screen = window.screens[ScreenId.TICKET_ISSUED]
        assert screen.service_line.text().startswith(service.name.get("en"))
        assert screen.position_line.text() == "You are next in the queue."
        assert screen.wait_line.text() == "Estimated wait: less than 5 minutes."
        click(window, "Done")
        assert window.current is ScreenId.HOME
    rows = tickets(kiosk)
    assert [t.service_id for t in rows] == [s.id for s in services]
    assert all(t.hub_id == BOW and t.day == dt.date(2026, 11, 24) for t in rows)
    with kiosk.store.session() as session:
        kinds = [item.kind for item in session.scalars(select(OutboxItem))]
    assert kinds.count("ticket") == len(services)
    assert kinds.count("queue_event") == len(services)  # one check-in each


def test_two_taps_for_the_top_topics_three_for_the_rest(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk()
    window = kiosk.window
    top = kiosk.ctx.content.catalogue.top(3)
    assert [s.id for s in top] == ["housing", "council-tax", "parking"]
    for service in top:
        # Tap 1: the topic on the home screen. Tap 2: "Get my ticket".
        click(window, service.name.get("en"))
        assert get_ticket(kiosk, qtbot, click) == f"{service.prefix}-001"
        click(window, "Done")
    # Any other service: ticket tile, service tile, "Get my ticket".
    click(window, "Get a ticket or check in")
    click(window, "Employment advice")
    assert get_ticket(kiosk, qtbot, click) == "E-001"
    # The queue grows and the next resident is told so.
    click(window, "Done")
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.waitUntil(lambda: confirm.wait_line.text().startswith("1 person is waiting."))
    assert get_ticket(kiosk, qtbot, click) == "H-002"
    issued = window.screens[ScreenId.TICKET_ISSUED]
    assert issued.position_line.text() == "You are number 2 in the queue."
    assert issued.wait_line.text() == "Estimated wait: about 15 to 25 minutes."


def test_the_name_is_kept_only_on_the_ticket_and_the_visit_is_linkable(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Council tax")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.keyClicks(confirm.name_edit, "Amina")
    get_ticket(kiosk, qtbot, click)
    (row,) = tickets(kiosk)
    assert row.call_name == "Amina"
    assert row.priority == Priority.NONE
    visit = kiosk.ctx.visit
    assert len(visit["visit_token"]) == 32
    assert visit["service_id"] == "council-tax"
    # No wait: the estimate is not one (a feedback stores the wait the hub's figures count).
    assert "wait_minutes" not in visit
    log = logged(kiosk.settings.data_dir)
    assert "C-001" in log and "Amina" not in log
    # The name is not on the confirmation screen any more after the ticket.
    assert confirm.name_edit.text() == ""
    click(window, "Done")
    assert kiosk.ctx.visit == {}


def test_start_again_while_the_ticket_is_written_does_not_bring_it_back(queue_kiosk, qtbot, click):
    """QA t_race.py: "Start again" touched while a walk-in ticket was being written: a
    moment later that ticket came back over the wiped home screen, for the next resident
    to see, and its service, wait and number were back in the visit."""
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    with qtbot.waitSignal(kiosk.ctx.ops.idle, timeout=10_000):
        click(window, "Get my ticket")
        click(window, "Start again")  # before the ticket is written
        assert window.current is ScreenId.HOME
    assert window.current is ScreenId.HOME
    assert kiosk.ctx.visit == {}
    (row,) = tickets(kiosk)  # the ticket itself is kept (and goes to the server)
    assert row.service_id == "housing"
    # The next resident's ticket is shown as usual.
    click(window, "Get a ticket or check in")
    click(window, "Council tax")
    assert get_ticket(kiosk, qtbot, click).startswith("C-")
    assert kiosk.ctx.visit["service_id"] == "council-tax"


def test_extra_help_sets_the_priority(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Housing")
    assert get_ticket(kiosk, qtbot, click) == "H-001"
    click(window, "Done")
    # An interpreter, in Bengali: the ticket says so, the place is kept.
    click(window, "Housing")
    click(window, "I need extra help")
    click(window, "An interpreter")
    click(window, "Bengali (বাংলা)")
    assert get_ticket(kiosk, qtbot, click) == "H-002"
    click(window, "Done")
    # Urgent: safety or homelessness goes to the front of the queue.
    click(window, "Housing")
    click(window, "I need extra help")
    click(window, "Urgent: I am not safe, or I have nowhere to stay tonight")
    assert get_ticket(kiosk, qtbot, click) == "H-003"
    issued = window.screens[ScreenId.TICKET_ISSUED]
    assert issued.position_line.text() == "You are next in the queue."
    rows = {t.number: t for t in tickets(kiosk)}
    assert rows["H-001"].priority == Priority.NONE
    assert rows["H-002"].priority == Priority.INTERPRETER
    assert rows["H-002"].interpreter_language == "bn"
    assert rows["H-003"].priority == Priority.URGENT
    assert rows["H-003"].interpreter_language is None


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
def test_the_interpreter_languages_show_whole_words_at_200_percent_text(
    queue_kiosk, qtbot, click, size
):
    """QA t_interpreter_pl.py: in Polish at 200 % text on a portrait kiosk, four languages
    to a row left "Sylhecki" and "Polski" 71 px for their words ("lhec", "olsk")."""
    from hubkiosk.core.i18n import LANGUAGES
    from hubkiosk.ui.audit import _button_cut, settle

    kiosk = queue_kiosk()
    window = kiosk.window
    resize_to(window, qtbot, size)
    click(window, "Larger text")
    click(window, "Larger text")  # 100 -> 150 -> 200 %
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.mouseClick(confirm.help_button, Qt.MouseButton.LeftButton)  # "I need extra help"
    qtbot.mouseClick(confirm.interpreter_button, Qt.MouseButton.LeftButton)  # "An interpreter"
    page = confirm.parentWidget()
    while page is not None and not hasattr(page, "viewport"):
        page = page.parentWidget()
    assert page is not None
    cut = []
    for lang in LANGUAGES:
        if lang.code != "en":
            click(window, lang.native)
        settle()  # the choices laid out in the new words (taller where they wrap)
        for button in confirm.language_buttons.values():
            assert button.isVisible()
            left = button.mapTo(page.viewport(), button.rect().topLeft()).x()
            inside = left >= 0 and left + button.width() <= page.viewport().width()
            if _button_cut(button) or not inside or min(button.width(), button.height()) < 64:
                cut.append((lang.code, button.text(), button.width(), _button_cut(button)))
    assert cut == [], "\n".join(map(str, cut))


def test_numbers_restart_the_next_day(queue_kiosk, qtbot, click, clock):
    kiosk = queue_kiosk()
    window = kiosk.window
    clock.set_local(dt.datetime(2026, 11, 24, 16, 58, tzinfo=LONDON))
    for expected in ("P-001", "P-002"):
        click(window, "Parking")
        assert get_ticket(kiosk, qtbot, click) == expected
        click(window, "Done")
    clock.set_local(dt.datetime(2026, 11, 25, 9, 1, tzinfo=LONDON))
    click(window, "Parking")
    assert get_ticket(kiosk, qtbot, click) == "P-001"
    days = [t.day for t in tickets(kiosk)]
    assert days == [dt.date(2026, 11, 24)] * 2 + [dt.date(2026, 11, 25)]


def test_closed_after_hours_says_when_it_opens(queue_kiosk, click, clock):
    clock.set_local(dt.datetime(2026, 11, 24, 17, 30, tzinfo=LONDON))
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    screen = window.screens[ScreenId.QUEUE]
    closed = screen.stack.closed
    assert screen.stack.currentWidget() is closed
    assert closed.heading.text() == "Sorry, check-in is closed now"
    assert closed.when.text() == "Check-in opens again tomorrow at 09:00."
    with pytest.raises(AssertionError):
        find_button(window, "Housing")  # no service tiles while closed


def test_a_closure_day(queue_kiosk, click, clock):
    clock.set_local(dt.datetime(2026, 12, 29, 11, 0, tzinfo=LONDON))  # a Tuesday
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Housing")  # the top tile on the home screen
    closed = window.screens[ScreenId.TICKET_CONFIRM].stack.closed
    assert closed.isVisible()
    assert closed.heading.text() == "Sorry, the hub is closed today"
    assert closed.reason.text() == "Closed for the Christmas and New Year holidays"
    assert closed.when.text() == "Check-in opens again at 09:00 on Monday 4 January."
    with pytest.raises(AssertionError):
        find_button(window, "Get my ticket")
    click(window, "Back")
    click(window, "Get a ticket or check in")
    with pytest.raises(AssertionError):
        find_button(window, "I have an appointment")  # appointments close too
    kiosk.ctx.go(ScreenId.APPOINTMENT)
    appointment = window.screens[ScreenId.APPOINTMENT]
    assert appointment.pages.currentWidget() is appointment.closed
    assert tickets(kiosk) == []


def test_a_closure_of_a_few_hours_says_closed_now_not_closed_today(queue_kiosk, click, clock):
    """A closure pushed for 11:00-15:00 said "Sorry, the hub is closed today" above "Check-in
    opens again today at 15:00": a resident would go home."""
    import dataclasses

    from sync.protocol.content import Closure, HubList

    clock.set_local(dt.datetime(2026, 11, 24, 12, 0, tzinfo=LONDON))  # a Tuesday
    kiosk = queue_kiosk()
    content = kiosk.ctx.content
    training = Closure.model_validate(
        {
            "start": "2026-11-24T11:00:00",
            "end": "2026-11-24T15:00:00",
            "reason": {"en": "Closed for staff training"},
        }
    )
    hubs = [
        hub.model_copy(update={"closures": [*hub.closures, training]})
        if hub.id == "idea-store-bow"
        else hub
        for hub in content.hubs.hubs
    ]
    kiosk.ctx.set_content(dataclasses.replace(content, hubs=HubList(hubs=hubs)))
    click(kiosk.window, "Get a ticket or check in")
    closed = kiosk.window.screens[ScreenId.QUEUE].stack.closed
    assert closed.isVisible()
    assert closed.heading.text() == "Sorry, the hub is closed now"
    assert closed.reason.text() == "Closed for staff training"
    assert closed.when.text() == "Check-in opens again today at 15:00."


def test_town_hall_walk_ins_are_sent_to_the_nearest_drop_in_hubs(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk(config={"hub_id": "town-hall-whitechapel"})
    window = kiosk.window
    click(window, "Check in, or find a drop-in hub")
    redirect = window.screens[ScreenId.QUEUE].stack.redirect
    assert redirect.isVisible()
    assert redirect.heading.text() == "This hub sees people by appointment only"
    shown = [lab.text() for lab in redirect.hub_labels if lab.isVisible()]
    assert len(shown) == 3
    assert shown[0].startswith("Professional Development Centre Bethnal Green\n")
    assert all("Open today 09:00–17:00" in text and "miles away" in text for text in shown)
    assert not any("Town Hall" in text for text in shown)
    # The top tiles on the home screen lead to the same kind message.
    click(window, "Start again")
    click(window, "Housing")
    assert window.screens[ScreenId.TICKET_CONFIRM].stack.redirect.isVisible()
    # Someone with an appointment here checks in.
    click(window, "I have an appointment")
    appointment = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(appointment.reference_edit, "HK-6150")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Check in")
    assert window.current is ScreenId.TICKET_ISSUED
    assert window.screens[ScreenId.TICKET_ISSUED].number.text() == "H-001"
    (row,) = tickets(kiosk)
    assert row.hub_id == "town-hall-whitechapel" and row.appointment_id is not None


def check_reference(kiosk, qtbot, click, reference: str):
    window = kiosk.window
    screen = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(screen.reference_edit, reference)
    with qtbot.waitSignal(screen.answered, timeout=10_000) as blocker:
        click(window, "Check in")
    return blocker.args[0]


def test_appointment_check_in_by_reference(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    assert screen.keyboard.isVisible()
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as blocker:
        check_reference(kiosk, qtbot, click, "hk 4821")
    assert blocker.args == [ScreenId.TICKET_ISSUED]
    assert window.screens[ScreenId.TICKET_ISSUED].number.text() == "H-001"
    (row,) = tickets(kiosk)
    assert row.appointment_id is not None and row.service_id == "housing"
    # Checking in twice gives the same ticket, not a second place.
    click(window, "Done")
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        check_reference(kiosk, qtbot, click, "HK-4821")
    assert window.screens[ScreenId.TICKET_ISSUED].number.text() == "H-001"
    assert len(tickets(kiosk)) == 1


@pytest.mark.parametrize(
    ("reference", "title", "words", "walk_in"),
    [
        (
            "HK-5307",
            "You are early",
            "Your appointment is at 15:30. You can check in from 15:00.",
            True,
        ),
        ("HK-2719", "Your appointment time has passed", "Your appointment was at 09:15.", True),
        (
            "HK-6150",
            "Your appointment is at another hub",
            "Your appointment is at Town Hall Whitechapel, 160 Whitechapel Road, London today "
            "at 10:50.",
            True,
        ),
        (
            "HK-3382",
            "Your appointment is on another day",
            "Your appointment is on Wednesday 25 November at 11:00.",
            True,
        ),
        ("HK-0000", "We could not find your appointment", "A booking reference looks like", True),
    ],
)
def test_appointment_answers(queue_kiosk, qtbot, click, reference, title, words, walk_in):
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    check_reference(kiosk, qtbot, click, reference)
    screen = window.screens[ScreenId.APPOINTMENT]
    assert screen.answer_title.text() == title
    assert words in screen.answer_text.text()
    assert find_button(window, "Get a walk-in ticket").isVisible() == walk_in
    assert tickets(kiosk) == []
    if reference == "HK-0000":
        click(window, "Try again")
        assert screen.reference_edit.text() == "HK-0000"
        return
    # The offer of a walk-in ticket leads to the booking's service.
    click(window, "Get a walk-in ticket")
    assert window.current is ScreenId.TICKET_CONFIRM
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    assert confirm.service is not None
    assert get_ticket(kiosk, qtbot, click).startswith(confirm.service.prefix + "-")


def test_appointment_check_in_by_phone_and_surname(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    click(window, "Use my phone number")
    screen = window.screens[ScreenId.APPOINTMENT]
    assert screen.keyboard.mode == "numeric"
    # The number pad of the on-screen keyboard types the phone number.
    for digit in "07700900456":
        qtbot.mouseClick(
            next(k for k in screen.keyboard.char_keys if k.text() == digit and k.isVisible()),
            Qt.MouseButton.LeftButton,
        )
    assert screen.phone_edit.text() == "07700900456"
    qtbot.mouseClick(screen.surname_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.surname_edit, "ahm")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Check in")
    assert window.screens[ScreenId.TICKET_ISSUED].number.text() == "C-001"


def test_printer_failure_falls_back_to_the_screen(queue_kiosk, qtbot, click, tmp_path):
    kiosk = queue_kiosk(
        config={
            "printer": f"file:{tmp_path / 'no-such-dir' / 'lp0'}",
            "queue_status_url": "https://hubs.example.gov.uk/queue",
        }
    )
    window = kiosk.window
    issued = window.screens[ScreenId.TICKET_ISSUED]
    click(window, "Housing")
    with qtbot.waitSignal(issued.print_finished, timeout=10_000) as blocker:
        get_ticket(kiosk, qtbot, click)
    outcome = blocker.args[0]
    assert not outcome.printed and outcome.fault
    assert issued.fallback
    assert issued.number.isVisible() and issued.number.text() == "H-001"
    assert issued.number.property("fallback") is True
    assert issued.print_status.text().startswith("Sorry, the printer is not working.")
    assert issued.qr.isVisible() and issued.qr.url is not None
    assert issued.qr.url.startswith("https://hubs.example.gov.uk/queue?ticket=")
    # The check-in stands; IT hears about the fault.
    assert [t.number for t in tickets(kiosk)] == ["H-001"]
    with kiosk.store.session() as session:
        event = session.scalars(select(StoreEvent).where(StoreEvent.kind == "printer_fault")).one()
    assert "H-001" in event.message
    log = logged(kiosk.settings.data_dir)
    assert "ticket printer fault" in log


def test_a_working_printer_prints(queue_kiosk, qtbot, click, tmp_path, monkeypatch):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    # The Bengali line is drawn by Qt: on the GUI thread, never on the printing thread,
    # where Qt drawing words beside the GUI thread measuring its own once froze the kiosk
    # for good (s30, CI, this very test).
    drawn_on: list[str] = []
    draw = escpos_ticket.text_image

    def text_image(*args, **kwargs):
        drawn_on.append(threading.current_thread().name)
        return draw(*args, **kwargs)

    monkeypatch.setattr(escpos_ticket, "text_image", text_image)
    kiosk = queue_kiosk(config={"printer": f"file:{device}"})
    window = kiosk.window
    issued = window.screens[ScreenId.TICKET_ISSUED]
    kiosk.ctx.set_language("bn")
    click(window, "পার্কিং")
    get_button = window.screens[ScreenId.TICKET_CONFIRM].get_button
    with (
        qtbot.waitSignal(issued.print_finished, timeout=10_000),
        qtbot.waitSignal(window.screen_changed, timeout=10_000),
    ):
        qtbot.mouseClick(get_button, Qt.MouseButton.LeftButton)
    assert not issued.fallback
    assert issued.print_status.text() == "প্রিন্টার থেকে আপনার টিকিট নিন।"  # in the resident's language
    assert issued.resident_line.text().startswith("আপনার নম্বর")
    data = device.read_bytes()
    assert b"P-001" in data and b"Parking" in data and b"\x1dv0" in data
    assert drawn_on == [threading.main_thread().name]
    (row,) = tickets(kiosk)
    assert row.language == "bn"


class SlowPrinter(threading.Thread):
    """A network ESC/POS printer on 127.0.0.1 that answers "is there paper?" only when the
    test lets it (:meth:`finish`), so a ticket is still printing when the next resident
    comes. ``answers``: its answer to each ticket in turn (0x12 paper, 0x7E no paper)."""

    def __init__(self, *answers: int) -> None:
        super().__init__(daemon=True)
        self.answers = list(answers)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.let_go = threading.Semaphore(0)
        self.stopped = threading.Event()

    def finish(self) -> None:
        """Let the ticket being printed come out (or fail)."""
        self.let_go.release()

    def run(self) -> None:
        while not self.stopped.is_set() and self.answers:
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(10)
                data = b""
                while b"\x10\x04\x04" not in data:  # the paper status query
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                self.let_go.acquire(timeout=10)
                conn.sendall(bytes([self.answers.pop(0)]))
                while conn.recv(4096):  # the ticket, until the kiosk closes
                    pass
        self.server.close()


@pytest.fixture
def slow_printer() -> Iterator[Callable[..., SlowPrinter]]:
    made: list[SlowPrinter] = []

    def make(*answers: int) -> SlowPrinter:
        printer = SlowPrinter(*answers)
        printer.start()
        made.append(printer)
        return printer

    yield make
    for printer in made:
        printer.stopped.set()
        for _ in printer.answers:
            printer.finish()
        printer.join(timeout=15)


@pytest.mark.parametrize("first", ["printed", "failed"])
def test_the_last_residents_ticket_printing_leaves_the_next_ones_screen_alone(
    queue_kiosk, qtbot, click, slow_printer, first
):
    # Resident A touches Done while their ticket is still printing; B takes a ticket.
    printer = slow_printer(0x12 if first == "printed" else 0x7E, 0x12)
    kiosk = queue_kiosk(config={"printer": f"network:127.0.0.1:{printer.port}"})
    window = kiosk.window
    issued = window.screens[ScreenId.TICKET_ISSUED]
    click(window, "Housing")
    assert get_ticket(kiosk, qtbot, click) == "H-001"
    click(window, "Done")
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    assert get_ticket(kiosk, qtbot, click) == "H-002"
    assert issued.print_status.text() == "Printing your ticket…"
    # A's ticket comes out (or the printer fails on it): B's screen is not A's.
    with qtbot.waitSignal(issued.print_finished, timeout=10_000) as blocker:
        printer.finish()
    assert blocker.args[0].printed is (first == "printed")
    assert issued.number.text() == "H-002"
    assert issued.print_status.text() == "Printing your ticket…"
    assert not issued.fallback and issued.print_status.property("fault") is not True
    # Then B's own.
    with qtbot.waitSignal(issued.print_finished, timeout=10_000):
        printer.finish()
    assert issued.print_status.text() == "Please take your ticket from the printer."


def open_the_queue(kiosk, qtbot, click):
    """The adviser signs in with the kiosk's PIN (2468) and opens "Queue and desks"; that
    screen, once it has read the queue."""
    window = kiosk.window
    kiosk.ctx.go(ScreenId.ADVISER_PIN)
    for digit in "2468":
        click(window, digit)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Sign in")
    assert window.current is ScreenId.ADVISER_HOME
    screen = window.screens[ScreenId.ADVISER_QUEUE]
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Queue and desks")
    click(window, "1")  # "Your desk:" (each sign-in with the shared PIN chooses it)
    return screen


def test_adviser_calls_serves_and_transfers(queue_kiosk, qtbot, click):
    from hubkiosk.core.pin import hash_pin

    kiosk = queue_kiosk(config={"adviser_pin_hash": hash_pin("2468", rounds=1000)})
    window = kiosk.window
    for service in ("Housing", "Housing", "Council tax"):
        click(window, service)
        get_ticket(kiosk, qtbot, click)
        click(window, "Done")
    # The adviser signs in with the kiosk's IT PIN.
    screen = open_the_queue(kiosk, qtbot, click)
    assert "Housing: 2 — H-001, H-002" in screen.waiting.text()
    click(window, "2")  # "Your desk:" 1 2 3 4
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    assert screen.current.text() == "At Desk 2: H-001 (Housing)"
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call again")
    # Referred needs a destination: another organisation needs its name.
    click(window, "Served: referred")
    click(window, "Another organisation")
    click(window, "Save the referral")
    assert screen.message.text() == "Type the name of the organisation."
    qtbot.keyClicks(screen.referred_to, "Citizens Advice")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Save the referral")
    assert screen.current.text() == "No one at Desk 2 now."
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    screen.transfer_to.setCurrentIndex(screen.transfer_to.findData("benefits"))
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Transfer")
    assert "Benefits and cost of living: 1 — H-002" in screen.waiting.text()
    # Desk 2 sent H-002 on: it calls C-001 (H-002 waits for another desk), then H-002
    # once no one else waits.
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    assert screen.current.text() == "At Desk 2: C-001 (Council tax)"
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Did not come")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    assert screen.current.text() == "At Desk 2: H-002 (Benefits and cost of living)"
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: follow-up booked")
    assert screen.waiting.text() == "No one waiting."
    with kiosk.store.session() as session:
        kinds = [e.kind.value for e in session.scalars(select(QueueEvent))]
        outbox = [i.kind for i in session.scalars(select(OutboxItem))]
    assert sorted(kinds) == sorted(
        ["checked_in"] * 3
        + ["called", "recalled", "served", "called", "transferred", "called", "no_show"]
        + ["called", "served"]
    )
    assert outbox.count("queue_event") == len(kinds)


def test_at_the_end_of_an_assisted_visit_the_resident_gives_anonymous_feedback(
    queue_kiosk, qtbot, click, clock
):
    from hubkiosk.store.models import Feedback

    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Parking")
    get_ticket(kiosk, qtbot, click)
    click(window, "Done")
    kiosk.ctx.visit["adviser"] = True
    kiosk.ctx.go(ScreenId.ADVISER_HOME)
    screen = window.screens[ScreenId.ADVISER_QUEUE]
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Queue and desks")
    click(window, "1")  # "Your desk:"
    clock.advance(minutes=17)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: resolved")
    click(window, "Hand the screen to the resident: how was the visit?")
    assert window.current is ScreenId.FEEDBACK
    feedback_screen = window.screens[ScreenId.FEEDBACK]
    with qtbot.waitSignal(feedback_screen.feedback_saved, timeout=10_000):
        click(window, "Very good")  # one touch
    with kiosk.store.session() as session:
        [feedback] = session.scalars(select(Feedback)).all()
        [ticket] = session.scalars(select(Ticket)).all()
    # The wait as the report's band ("10-19 min"), not the 17 minutes: with its hour and
    # service, the minute picked out this one ticket, and the name it was called by.
    assert (feedback.score, feedback.service_id, feedback.wait_minutes) == (5, "parking", 10)
    with kiosk.store.session() as session:
        [item] = session.scalars(select(OutboxItem).where(OutboxItem.kind == "feedback"))
    assert item.payload["wait_minutes"] == 10
    # Linked to the visit only through a fresh anonymous token, never the ticket.
    assert len(feedback.visit_token) == 32 and feedback.visit_token not in (
        str(ticket.id),
        ticket.id.hex,
    )


def test_feedback_given_after_taking_a_ticket_names_no_service(queue_kiosk, qtbot, click):
    """Given in the visit that took a ticket, before being seen: its hour and service alone
    picked out that ticket at a quiet hub (QA, session 36), for a service the resident had
    not yet been seen by. It names no service (nor wait)."""
    from hubkiosk.store.models import Feedback

    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Parking")
    get_ticket(kiosk, qtbot, click)
    assert kiosk.ctx.visit["service_id"] == "parking"  # the visit remembers its ticket
    kiosk.ctx.go(ScreenId.TELL_US)  # on in the same visit, its ticket remembered
    click(window, "Quick feedback")
    screen = window.screens[ScreenId.FEEDBACK]
    with qtbot.waitSignal(screen.feedback_saved, timeout=10_000):
        click(window, "Good")
    with kiosk.store.session() as session:
        [feedback] = session.scalars(select(Feedback)).all()
        [item] = session.scalars(select(OutboxItem).where(OutboxItem.kind == "feedback"))
    assert (feedback.score, feedback.service_id, feedback.wait_minutes) == (4, None, None)
    assert item.payload["service_id"] is None and item.payload["wait_minutes"] is None


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 800)])
def test_service_tiles_fit_their_words_on_landscape_and_portrait_screens(
    queue_kiosk, qtbot, click, size
):
    from PySide6.QtWidgets import QApplication

    kiosk = queue_kiosk()
    window = kiosk.window
    window.resize(*size)
    click(window, "Get a ticket or check in")
    screen = window.screens[ScreenId.QUEUE]
    tiles = [*screen.tiles, screen.appointment_tile]
    QApplication.processEvents()  # let the resize lay the tiles out
    qtbot.waitUntil(lambda: all(tile.width() > 100 for tile in tiles))
    columns = screen.grid.columns_for(screen.grid.width())
    # Five across a wide screen, fewer on a narrow or portrait one: never a word cut off.
    assert columns == (5 if size[0] >= 1920 else 4)
    for tile in tiles:
        words = tile._label.text().split()
        metrics = tile._label.fontMetrics()
        widest = max(metrics.horizontalAdvance(word) for word in words)
        assert widest <= tile._label.width(), (tile._label.text(), size)
        assert tile._label.height() >= tile._label.heightForWidth(tile._label.width())


def dark_pixels(label) -> int:
    image = label.pixmap().toImage()
    return sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 128
    )


def test_the_number_shows_at_once_and_its_qr_code_follows(queue_kiosk, qtbot, click):
    """The number is on screen as soon as the ticket is; the QR code (worked out in Python,
    10 ms or more) is drawn just after, in room kept blank for it: never the last
    resident's code, not even for a moment."""
    from hubkiosk.printing.qr import qr_image

    kiosk = queue_kiosk(config={"queue_status_url": "https://hubs.example.gov.uk/queue"})
    window = kiosk.window
    issued = window.screens[ScreenId.TICKET_ISSUED]
    codes = []
    for number in ("H-001", "H-002"):
        click(window, "Housing")
        shown = []
        window.screen_changed.connect(
            lambda _id, shown=shown: shown.append((issued.number.text(), dark_pixels(issued.qr)))
        )
        with qtbot.waitSignal(issued.qr.drawn, timeout=10_000):
            get_ticket(kiosk, qtbot, click)
        assert shown[0] == (number, 0), "the number at once, the code's room blank"
        assert issued.qr.url.startswith("https://hubs.example.gov.uk/queue?ticket=")
        assert issued.qr.pixmap().toImage() == qr_image(issued.qr.url, issued.qr.module_px)
        codes.append(issued.qr.url)
        issued.print_ops.wait()
        click(window, "Done")
    assert codes[0] != codes[1]


def test_the_confirmation_is_not_laid_out_again_while_its_ticket_is_written(
    queue_kiosk, qtbot, click
):
    """Between "Get my ticket" and the ticket on screen the confirmation changes only its
    button (disabled, so it is not touched twice): no new layout of the screen, whose
    wrapping rows and buttons work out their heights in Python, competing with the
    ticket being written (issue 16, tap_next)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.waitUntil(lambda: confirm.preview is not None)
    app = QApplication.instance()
    for _ in range(10):  # the wait line's own new layout, up the screen one parent a time
        app.processEvents()
    laid_out: list[str] = []

    class Layouts(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.LayoutRequest and (
                watched is confirm or confirm.isAncestorOf(watched)
            ):
                laid_out.append(f"{type(watched).__name__}#{watched.objectName()}")
            return False

    watcher = Layouts()
    app.installEventFilter(watcher)
    try:
        assert get_ticket(kiosk, qtbot, click)
    finally:
        app.removeEventFilter(watcher)
    assert laid_out == [], laid_out
    assert window.current is ScreenId.TICKET_ISSUED


def test_a_ticket_on_screen_leaves_the_stores_log_copied_in(queue_kiosk, qtbot, click):
    """Once a ticket is on screen, what the check-in wrote is copied from SQLite's log
    (WAL) into the database file, and the next check-in starts the log afresh: SQLite's
    own copy, every 1,000 pages written, never falls inside a resident's tap (on a store
    with a year of history a check-in that met it took ten times as long; issue 16)."""
    kiosk = queue_kiosk()
    window = kiosk.window
    wal = kiosk.store.path.with_name(kiosk.store.path.name + "-wal")
    sizes = []
    for _ in range(12):
        click(window, "Get a ticket or check in")
        click(window, "Housing")
        get_ticket(kiosk, qtbot, click)
        kiosk.ctx.ops.wait()
        window.screens[ScreenId.TICKET_ISSUED].print_ops.wait()
        sizes.append(wal.stat().st_size)
        click(window, "Done")
    # Each check-in wrote about 45 KB of log: twelve of them kept would be over 500 KB.
    assert sizes[-1] < 2 * sizes[0], sizes


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
@pytest.mark.parametrize(
    "follow", [None, "https://www.towerhamlets.gov.uk/lgnl/community_and_living/hubs/queue"]
)
def test_on_a_laptop_sized_screen_the_ticket_says_what_to_do_without_scrolling(
    queue_kiosk, qtbot, click, size, follow
):
    """At the common 1280 x 800 and 1366 x 768 panels the top bar keeps to one row, so a
    resident sees their number, what to do next and "Done" without sliding the page, with
    the QR code to follow the queue on their phone or without it."""
    kiosk = queue_kiosk(config={"queue_status_url": follow} if follow else None)
    window = kiosk.window
    resize_to(window, qtbot, size)
    row = [window.hub_name, *window.language_buttons.values()]
    assert len({widget.mapTo(window, widget.rect().center()).y() for widget in row}) == 1
    click(window, "Housing")
    get_ticket(kiosk, qtbot, click)
    QApplication.processEvents()
    screen = window.screens[ScreenId.TICKET_ISSUED]
    viewport = window.pages[ScreenId.TICKET_ISSUED].viewport()
    seen = viewport.rect()
    parts = (screen.number, screen.resident_line, screen.print_status, screen.done_button)
    if follow:
        qtbot.waitUntil(lambda: not screen.qr.pending)
        QApplication.processEvents()  # laid out again with the code drawn
        parts += (screen.qr,)
    for part in parts:
        corner = part.mapTo(viewport, part.rect().bottomRight())
        assert seen.contains(part.mapTo(viewport, part.rect().topLeft())), part.text()
        assert seen.contains(corner), part.text()
    assert "wait until your number" in screen.resident_line.text()


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
@pytest.mark.parametrize("language", ["en", "bn", "ur"])
@pytest.mark.parametrize("contrast", [False, True])
def test_on_a_laptop_sized_screen_appointment_check_in_shows_whole_while_typing(
    queue_kiosk, qtbot, click, size, language, contrast
):
    """At 1280 x 800 and 1366 x 768 a resident checking in sees both ways (booking
    reference, phone number), the field, "Check in" and every key without sliding the
    page, in English, Bengali and Urdu (mirrored), in either theme, and still after
    "Check in" with too little typed shows what is wrong, which assistive technology
    reads: the page slid about 88 px and the ways were cut at the top while the keyboard
    showed."""
    kiosk = queue_kiosk()
    window = kiosk.window
    resize_to(window, qtbot, size)
    if contrast:
        click(window, "High contrast")
    qtbot.mouseClick(window.language_buttons[language], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.screens[ScreenId.HOME].ticket_tile, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.screens[ScreenId.QUEUE].appointment_tile, Qt.MouseButton.LeftButton)
    assert window.current is ScreenId.APPOINTMENT
    screen = window.screens[ScreenId.APPOINTMENT]
    viewport = window.pages[ScreenId.APPOINTMENT].viewport()

    def keys() -> list[QWidget]:
        return [k for k in screen.keyboard.findChildren(QAbstractButton) if k.isVisible()]

    def tap(text: str) -> None:
        qtbot.mouseClick(find_button(window, text), Qt.MouseButton.LeftButton)

    ways = [screen.by_reference, screen.by_phone]
    assert_all_in_view(viewport, [*ways, screen.reference_edit, screen.check_button, *keys()])
    tap(screen.check_button.text())  # nothing typed yet
    error = screen.message
    assert error.text() and error.isVisible()
    assert error.text() in screen.read_aloud_texts()
    assert QAccessible.queryAccessibleInterface(error).text(QAccessible.Text.Name) == error.text()
    parts = [*ways, error, screen.reference_edit, screen.check_button, *keys()]
    assert_all_in_view(viewport, parts)
    tap(screen.by_phone.text())
    fields = [screen.phone_edit, screen.surname_edit]
    assert_all_in_view(viewport, [*ways, *fields, screen.check_button, *keys()])
    tap(screen.check_button.text())  # no phone number typed
    assert error.isVisible() and error.text() in screen.read_aloud_texts()
    assert_all_in_view(viewport, [*ways, error, *fields, screen.check_button, *keys()])


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1366, 768)])
def test_the_check_in_error_appears_without_moving_the_keys(queue_kiosk, qtbot, click, size):
    """What is wrong with what was typed appears where room was kept for it (a tall
    screen) or in the captions' place (a short one): the field and the keys stay where
    the resident's finger is; the captions come back once the resident types again."""
    kiosk = queue_kiosk()
    window = kiosk.window
    resize_to(window, qtbot, size)
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]

    def where() -> list[int]:
        for _ in range(3):
            QApplication.processEvents()
        widgets = (screen.reference_edit, screen.keyboard, find_button(window, "Done"))
        return [w.mapTo(window, w.rect().topLeft()).y() for w in widgets]

    before = where()
    click(window, "Check in")
    assert screen.message.text() == "Please type your booking reference."
    assert screen.message.isVisible()
    assert where() == before
    click(window, "4")
    assert not screen.message.text()
    assert screen.reference_label.isVisible()
    assert where() == before


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
@pytest.mark.parametrize("language", CODES)
@pytest.mark.parametrize("contrast", [False, True])
def test_on_a_laptop_sized_screen_every_service_to_queue_for_shows(
    queue_kiosk, qtbot, click, size, language, contrast
):
    """At 1280 x 800 and 1366 x 768 every service's tile and "I have an appointment" show
    whole, pictures beside their names, in every language the kiosk speaks and in either
    theme: Somali's, Spanish's and Polish's longer words took a fourth row (or a third
    line of a name) and the page slid 10 to 70 px."""
    kiosk = queue_kiosk()
    window = kiosk.window
    resize_to(window, qtbot, size)
    if contrast:
        click(window, "High contrast")
    qtbot.mouseClick(window.language_buttons[language], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.screens[ScreenId.HOME].ticket_tile, Qt.MouseButton.LeftButton)
    assert window.current is ScreenId.QUEUE
    tiles = window.screens[ScreenId.QUEUE]
    viewport = window.pages[ScreenId.QUEUE].viewport()
    assert_all_in_view(viewport, [tiles.heading, *tiles.tiles, tiles.appointment_tile])


def test_a_referral_typed_with_a_residents_contact_details_is_refused_and_kept_to_mend(
    queue_kiosk, qtbot, click
):
    """An organisation's name is kept and shown word for word in the managers' report, for
    as long as its figures (QA typed "Citizens Advice re Rahima Khatun 07700 900456"). A
    phone number, e-mail address or postcode in it is refused, with the words still there
    to mend; nothing is recorded until it is."""
    from hubkiosk.core.pin import hash_pin

    kiosk = queue_kiosk(config={"adviser_pin_hash": hash_pin("2468", rounds=1000)})
    window = kiosk.window
    click(window, "Housing")
    get_ticket(kiosk, qtbot, click)
    click(window, "Done")
    screen = open_the_queue(kiosk, qtbot, click)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    click(window, "Served: referred")
    click(window, "Another organisation")
    for typed in ("Citizens Advice re Rahima 07700 900456", "Advice: rahima@example.org"):
        screen.referred_to.clear()
        qtbot.keyClicks(screen.referred_to, typed)
        click(window, "Save the referral")
        assert screen.message.text().startswith("Type only the organisation's name")
        assert screen.referred_to.isVisible() and screen.referred_to.text() == typed
    kiosk.ctx.ops.wait()
    with kiosk.store.session() as session:
        assert session.scalars(select(QueueEvent).where(QueueEvent.kind == "served")).all() == []
    screen.referred_to.clear()
    qtbot.keyClicks(screen.referred_to, "Citizens Advice")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Save the referral")
    with kiosk.store.session() as session:
        served = session.scalars(select(QueueEvent).where(QueueEvent.kind == "served")).one()
        assert served.referred_to == "Citizens Advice"


def test_town_hall_sends_walk_ins_to_hubs_still_open_today_first(queue_kiosk, click, clock):
    """QA (s37): with Bethnal Green closed all day (a burst pipe) and Bow from 10:00 (staff
    training), the Town Hall at 10:30 listed them first, Bow as "Open today 09:00-10:00",
    and Chrisp Street, the one open, below the fold. Hubs still to see people today come
    first, nearest first; one closed for the rest of the day says so."""
    kiosk = queue_kiosk(config={"hub_id": "town-hall-whitechapel"})
    content = kiosk.ctx.content

    def closed(start: str, reason: str) -> Closure:
        return Closure.model_validate(
            {"start": start, "end": "2026-11-24T23:00:00", "reason": {"en": reason}}
        )

    closures = {
        "pdc-bethnal-green": closed("2026-11-24T00:00:00", "Burst pipe"),
        "idea-store-bow": closed("2026-11-24T10:00:00", "Staff training"),
        "cubitt-town-library": closed("2026-11-24T10:00:00", "Staff training"),
    }
    hubs = [
        hub.model_copy(update={"closures": [closures[hub.id]]}) if hub.id in closures else hub
        for hub in content.hubs.hubs
    ]
    kiosk.ctx.set_content(dataclasses.replace(content, hubs=HubList(hubs=hubs)))
    window = kiosk.window
    click(window, "Check in, or find a drop-in hub")
    redirect = window.screens[ScreenId.QUEUE].stack.redirect
    shown = [lab.text() for lab in redirect.hub_labels if lab.isVisible()]
    assert [text.split("\n")[0] for text in shown] == [
        "Idea Store Chrisp Street",
        "Professional Development Centre Bethnal Green",
        "Idea Store Bow",
    ]
    assert "Open today 09:00–17:00" in shown[0]
    assert "Closed today" in shown[1]
    assert "Closed for the rest of today" in shown[2]  # not "Open today 09:00-10:00"
    # Before Bow's training it still sees people today: the nearest open hubs first.
    clock.set_local(dt.datetime(2026, 11, 24, 9, 30, tzinfo=LONDON))
    click(window, "Start again")
    click(window, "Check in, or find a drop-in hub")
    shown = [lab.text() for lab in redirect.hub_labels if lab.isVisible()]
    assert shown[0].startswith("Idea Store Bow\n"), shown
    assert "Professional Development Centre Bethnal Green" not in " ".join(shown)
