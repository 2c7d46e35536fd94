"""The paper ticket of an appointment check-in says what the screen says: the appointment
(its service and time) and "Please take a seat", never a place in the queue or a wait.

QA: HK-4821 (Housing at 10:45) checked in at 10:30; the screen said "You are checked in for
your Housing appointment at 10:45. Please take a seat." and the paper "You are next in the
queue / Estimated wait: less than 5 minutes", with no appointment time. A walk-in's ticket
keeps its place and wait. Real tickets, taken through the screens as a resident does: the
PDF a ``pdf:`` printer writes (read with pdftotext) and the bytes an ESC/POS receipt
printer gets (a ``file:`` printer); a Bengali line goes to that printer as a picture, so
its words are read where it is drawn.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from hubkiosk.printing import escpos_ticket
from hubkiosk.printing.service import TicketPrinter
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.checkin_parts import ticket_print

#: HK-4821 is a Housing appointment at 10:45; the test clock says Tuesday 10:30.
CHECKED_IN = "You are checked in for your Housing appointment"
AT_TIME = "You are checked in for your Housing appointment at 10:45."
SEAT = "Please take a seat. An adviser will call your number."
WALK_IN = ("You are next in the queue", "Estimated wait: less than 5 minutes")
QUEUE_WORDS = ("in the queue", "Estimated wait", "minutes")
#: Bengali: "অনুগ্রহ করে বসুন" (please take a seat) and the time, 10:45, in Bengali digits.
BN_SEAT, BN_TIME = "বসুন", "১০:৪৫"
#: The walk-in's Bengali line ("... ডাকা পর্যন্ত ... অপেক্ষা করুন": wait until called);
#: pdftotext keeps "ডাকা" whole.
BN_WALK_IN = ("ডাকা", "অপেক্ষা")


class Paper:
    """What a kiosk's printer put on paper: a ``pdf:`` or an ESC/POS ``file:`` printer."""

    def __init__(self, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.kind = kind
        self.folder = tmp_path / "tickets"
        self.device = tmp_path / "lp0"
        self.device.write_bytes(b"")
        self.spec = f"pdf:{self.folder}" if kind == "pdf" else f"file:{self.device}"
        #: The lines Qt drew as pictures for the receipt printer (the resident's language).
        self.pictures: list[str] = []
        draw = escpos_ticket.text_image

        def text_image(text, *args, **kwargs):
            self.pictures.append(text)
            return draw(text, *args, **kwargs)

        monkeypatch.setattr(escpos_ticket, "text_image", text_image)

    def words(self, number: str) -> str:
        """The ticket ``number``'s words, lines wrapped on paper read as one."""
        if self.kind == "pdf":
            # The latest print of it (a reprint has a file of its own).
            path = max(
                self.folder.glob(f"ticket-*-{number}*.pdf"),
                key=lambda p: (p.stat().st_mtime_ns, len(p.name)),
            )
            text = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
        else:  # the last ticket's bytes (a file printer writes each ticket afresh)
            text = self.device.read_bytes().decode("ascii", "replace")
            assert number in text
            text += " " + " ".join(self.pictures)
            self.pictures.clear()
        return " ".join(text.split())


def walk_in(kiosk, qtbot, click) -> str:
    """A resident takes a Housing ticket at the home screen; its number, once printed."""
    window = kiosk.window
    issued = window.screens[ScreenId.TICKET_ISSUED]
    click(window, "Housing")
    with (
        qtbot.waitSignal(issued.print_finished, timeout=20_000) as printed,
        qtbot.waitSignal(window.screen_changed, timeout=10_000),
    ):
        click(window, "Get my ticket")
    assert printed.args[0].printed
    return issued.number.text()


def check_in(kiosk, qtbot, click, reference: str, language: str = "en") -> str:
    """A resident checks in with their booking reference, in ``language``; the ticket's
    number, once printed (the screen's own words checked on the way)."""
    window = kiosk.window
    issued = window.screens[ScreenId.TICKET_ISSUED]
    if window.current is ScreenId.TICKET_ISSUED:
        click(window, "Done")
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(screen.reference_edit, reference)
    kiosk.ctx.set_language(language)  # the resident's language, chosen before "Check in"
    with (
        qtbot.waitSignal(issued.print_finished, timeout=20_000) as printed,
        qtbot.waitSignal(window.screen_changed, timeout=10_000),
    ):
        qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert printed.args[0].printed
    assert issued.appointment is not None and not issued.wait_line.isVisible()
    return issued.number.text()


@pytest.mark.parametrize("kind", ["pdf", "file"])
def test_an_appointment_ticket_says_the_appointment_not_a_place_or_a_wait(
    queue_kiosk, qtbot, click, tmp_path, monkeypatch, kind
):
    paper = Paper(kind, tmp_path, monkeypatch)
    kiosk = queue_kiosk(config={"printer": paper.spec})
    walk_in_number = walk_in(kiosk, qtbot, click)  # someone ahead in Housing
    walk_in_words = paper.words(walk_in_number)
    for words in WALK_IN:  # a walk-in's paper still gives its place and wait
        assert words in walk_in_words
    assert "appointment" not in walk_in_words and "take a seat" not in walk_in_words

    number = check_in(kiosk, qtbot, click, "HK-4821")
    words = paper.words(number)
    assert number in words and CHECKED_IN in words and SEAT in words
    for queue_words in QUEUE_WORDS:
        assert queue_words not in words


@pytest.mark.parametrize("kind", ["pdf", "file"])
def test_a_bengali_appointment_ticket_says_take_a_seat_in_bengali(
    queue_kiosk, qtbot, click, tmp_path, monkeypatch, kind
):
    """The line in the resident's language is the screen's "please take a seat", not the
    walk-in's "wait until your number is called"; English is printed anyway."""
    paper = Paper(kind, tmp_path, monkeypatch)
    kiosk = queue_kiosk(config={"printer": paper.spec})
    words = paper.words(check_in(kiosk, qtbot, click, "HK-4821", language="bn"))
    assert CHECKED_IN in words and SEAT in words and BN_SEAT in words
    for queue_words in (*QUEUE_WORDS, *BN_WALK_IN):
        assert queue_words not in words


@pytest.mark.parametrize(("language", "time"), [("en", AT_TIME), ("bn", BN_TIME)], ids=["en", "bn"])
@pytest.mark.parametrize("kind", ["pdf", "file"])
def test_the_booking_checked_in_for_prints_its_time_in_the_residents_digits(
    queue_kiosk, qtbot, click, tmp_path, monkeypatch, kind, language, time
):
    """The ticket the screen made, with the booking it checked in for, printed again on a
    fresh printer: the time in English (10:45) and in the resident's digits (১০:৪৫)."""
    paper = Paper(kind, tmp_path, monkeypatch)
    kiosk = queue_kiosk(config={"printer": f"pdf:{tmp_path / 'screen'}"})
    check_in(kiosk, qtbot, click, "HK-4821", language=language)
    issued = kiosk.window.screens[ScreenId.TICKET_ISSUED]
    assert "10:45" in issued.service_line.text() or BN_TIME in issued.service_line.text()
    content = ticket_print(kiosk.ctx, issued.ticket, appointment=issued.appointment)
    printer = TicketPrinter(paper.spec)
    assert printer.print(content, drawn=printer.draw(content)).printed
    words = paper.words(issued.ticket.number)
    assert AT_TIME in words and SEAT in words and time in words
    for queue_words in QUEUE_WORDS:
        assert queue_words not in words


@pytest.mark.parametrize(("language", "time"), [("en", AT_TIME), ("bn", BN_TIME)], ids=["en", "bn"])
@pytest.mark.parametrize("kind", ["pdf", "file"])
def test_a_checked_in_residents_paper_gives_their_appointments_time(
    queue_kiosk, qtbot, click, tmp_path, monkeypatch, kind, language, time
):
    """As the screen says it: "... your Housing appointment at 10:45." (১০:৪৫ in Bengali)."""
    paper = Paper(kind, tmp_path, monkeypatch)
    kiosk = queue_kiosk(config={"printer": paper.spec})
    words = paper.words(check_in(kiosk, qtbot, click, "HK-4821", language=language))
    assert AT_TIME in words and time in words


#: The Urdu check-in line's "please take a seat" (تشریف رکھیں): the wrong language's words.
UR_SEAT = "تشریف"


@pytest.mark.parametrize("kind", ["pdf", "file"])
def test_checking_in_again_in_another_language_reprints_the_residents_own_line(
    queue_kiosk, qtbot, click, tmp_path, monkeypatch, kind
):
    """QA s35: HK-7002 checked in in Bengali, then again with the kiosk in English: the same
    ticket reprinted with "You are checked in..." twice (the English lines, and the big line
    that should be Bengali); again in Urdu it printed an Urdu line, while the phone page and
    the hall display kept Bengali. The paper's resident line is in the ticket's language,
    Bengali, each time; and a ``pdf:`` printer keeps each print in its own file (the reprint
    overwrote the first: its name was the ticket's issue time and number)."""
    paper = Paper(kind, tmp_path, monkeypatch)
    kiosk = queue_kiosk(config={"printer": paper.spec})
    number = check_in(kiosk, qtbot, click, "HK-4821", language="bn")
    first = paper.words(number)
    assert BN_SEAT in first and first.count(CHECKED_IN) == 1
    for language in ("en", "ur"):
        kiosk.ctx.set_language("en")  # "Done" in English, then the next resident's language
        assert check_in(kiosk, qtbot, click, "HK-4821", language=language) == number
        words = paper.words(number)
        assert BN_SEAT in words and BN_TIME in words, language
        assert words.count(CHECKED_IN) == 1, language
        assert UR_SEAT not in words, language
    if kind == "pdf":
        assert len(list(paper.folder.glob(f"ticket-*-{number}*.pdf"))) == 3
