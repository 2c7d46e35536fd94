"""What a resident taking a ticket late in the day is told (QA, /tmp/qa-3/test_closing.py).

At 16:58 on a Tuesday at Idea Store Bow (it closes at 17:00), with people waiting for
Housing, the confirmation and the ticket said "Estimated wait: about 180 to 300 minutes."
and nothing else: not that the hub closes at 17:00, nor that the resident may not be seen
today. And the confirmation, opened again for a service, first showed the last resident's
figures ("11 people are waiting") until the fresh count replaced them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from hubkiosk.core import hours
from hubkiosk.ui.screens import ScreenId
from tests.queue.conftest import LONDON
from tests.queue.test_queue_ui import get_ticket

CONFIRM_NOTICE = (
    "The hub closes at 17:00. If you take a ticket now, you may not be seen today. "
    "Please ask a member of staff."
)
TICKET_NOTICE = "The hub closes at 17:00. You may not be seen today. Please ask a member of staff."


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 11, 24, hour, minute, tzinfo=LONDON)  # a Tuesday


def seen(screen: QWidget) -> list[str]:
    """The words a person sees on ``screen``: its visible labels' texts."""
    return [lab.text() for lab in screen.findChildren(QLabel) if lab.isVisible() and lab.text()]


def mentions_closing(screen: QWidget) -> list[str]:
    return [text for text in seen(screen) if "17:00" in text or "১৭:০০" in text]


def take_tickets(kiosk, qtbot, click, count: int, service: str = "Housing") -> None:
    """``count`` residents take a ticket for ``service``, one after another."""
    for _ in range(count):
        click(kiosk.window, service)
        get_ticket(kiosk, qtbot, click)
        click(kiosk.window, "Done")


def confirmation_read(kiosk, qtbot, click, service: str = "Housing"):
    """Touch ``service`` and wait for the fresh count of its queue."""
    click(kiosk.window, service)
    confirm = kiosk.window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.waitUntil(lambda: confirm.preview is not None and bool(confirm.wait_line.text()))
    kiosk.ctx.ops.wait()
    return confirm


def test_a_wait_past_closing_is_told_on_the_confirmation_and_the_ticket(
    queue_kiosk, qtbot, click, clock
):
    clock.set_local(at(16, 40))
    kiosk = queue_kiosk()
    take_tickets(kiosk, qtbot, click, 3)
    clock.set_local(at(16, 58))
    confirm = confirmation_read(kiosk, qtbot, click)
    assert confirm.wait_line.text().startswith("3 people are waiting.")
    assert mentions_closing(confirm) == [CONFIRM_NOTICE]
    get_ticket(kiosk, qtbot, click)
    issued = kiosk.window.screens[ScreenId.TICKET_ISSUED]
    assert issued.position_line.text() == "You are number 4 in the queue."
    assert mentions_closing(issued) == [TICKET_NOTICE]
    # One thing to do: ask a member of staff, not also "wait until your number is called".
    assert not [text for text in seen(issued) if "wait until your number" in text]


@pytest.mark.parametrize(
    ("moment", "waiting"),
    [
        ((10, 30), 3),  # a morning queue: seen long before 17:00
        ((16, 50), 0),  # no one waiting: "less than 5 minutes", before 17:00
    ],
)
def test_a_wait_that_ends_before_closing_says_nothing_more(
    queue_kiosk, qtbot, click, clock, moment, waiting
):
    clock.set_local(at(*moment))
    kiosk = queue_kiosk()
    take_tickets(kiosk, qtbot, click, waiting)
    confirm = confirmation_read(kiosk, qtbot, click)
    assert mentions_closing(confirm) == []
    get_ticket(kiosk, qtbot, click)
    issued = kiosk.window.screens[ScreenId.TICKET_ISSUED]
    assert issued.wait_line.isVisible()
    assert mentions_closing(issued) == []
    assert [text for text in seen(issued) if "wait until your number" in text]


def test_the_closing_time_is_written_in_the_residents_digits(queue_kiosk, qtbot, click, clock):
    clock.set_local(at(16, 30))
    kiosk = queue_kiosk()
    take_tickets(kiosk, qtbot, click, 4)
    click(kiosk.window, "বাংলা")
    confirm = confirmation_read(kiosk, qtbot, click, "আবাসন")
    (notice,) = mentions_closing(confirm)
    assert not re.search("[0-9]", notice), notice
    with qtbot.waitSignal(kiosk.window.screen_changed, timeout=10_000):
        qtbot.mouseClick(confirm.get_button, Qt.MouseButton.LeftButton)
    (notice,) = mentions_closing(kiosk.window.screens[ScreenId.TICKET_ISSUED])
    assert not re.search("[0-9]", notice), notice


def test_the_next_resident_never_sees_the_last_ones_figures(queue_kiosk, qtbot, click, clock):
    """The confirmation opened again for Housing said "No one is waiting." (the last
    resident's count) until the fresh count, "1 person is waiting.", replaced it."""
    clock.set_local(at(16, 40))
    kiosk = queue_kiosk()
    window = kiosk.window
    confirm = confirmation_read(kiosk, qtbot, click)
    assert confirm.wait_line.text().startswith("No one is waiting.")
    get_ticket(kiosk, qtbot, click)
    click(window, "Done")
    clock.set_local(at(16, 58))
    first: list[list[str]] = []
    window.screen_changed.connect(lambda _id: first.append(seen(confirm)))
    confirm = confirmation_read(kiosk, qtbot, click)
    assert first, "the confirmation was shown"
    assert not any("waiting" in text for text in first[0]), first[0]  # nothing stale
    assert mentions_closing(confirm) == [CONFIRM_NOTICE]
    assert confirm.wait_line.text().startswith("1 person is waiting.")


def test_figures_read_at_another_moment_are_not_shown_again(queue_kiosk, qtbot, click, clock):
    """No ticket taken here, but the clock moved on: the queue may have moved too (an
    adviser called someone, another kiosk gave a ticket). Not shown until read again."""
    kiosk = queue_kiosk()
    window = kiosk.window
    confirm = confirmation_read(kiosk, qtbot, click)
    click(window, "Start again")
    clock.advance(minutes=1)
    click(window, "Housing")
    assert confirm.wait_line.text() == ""  # at once, before the count is read again
    qtbot.waitUntil(lambda: confirm.wait_line.text().startswith("No one is waiting."))


def test_the_ticket_just_taken_is_counted_at_the_same_moment(queue_kiosk, qtbot, click):
    """The clock has not moved (a test's), but a ticket was taken here since the count."""
    kiosk = queue_kiosk()
    window = kiosk.window
    confirmation_read(kiosk, qtbot, click)
    get_ticket(kiosk, qtbot, click)
    click(window, "Done")
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    assert confirm.wait_line.text() == ""  # not "No one is waiting."
    qtbot.waitUntil(lambda: confirm.wait_line.text().startswith("1 person is waiting."))


def test_when_a_hub_closes_for_the_day(content):
    bow = content.hub("idea-store-bow")
    assert hours.closing_today(bow, at(16, 58)) == at(17, 0)
    assert hours.closing_today(bow, at(17, 30)) is None  # closed for the day
    # --demo: open round the clock, so no wait runs past a closing time.
    assert hours.closing_today(hours.demo_hours(bow), at(23, 50)) is None


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
@pytest.mark.parametrize("language", ["বাংলা", "Soomaali", "اردو", "Polski"])
def test_a_ticket_with_the_closing_notice_shows_whole_on_a_laptop(
    queue_kiosk, qtbot, click, clock, size, language
):
    """The notice is a line or two more on the ticket; in its translations too, the
    ticket's number, the notice and Done show without sliding on a laptop-sized screen."""
    from tests.conftest import assert_all_in_view, find_button, resize_to

    clock.set_local(at(16, 40))
    kiosk = queue_kiosk()
    window = kiosk.window
    take_tickets(kiosk, qtbot, click, 3)
    clock.set_local(at(16, 58))
    resize_to(window, qtbot, size)
    times = ("17:00", "১৭:০০", "۱۷:۰۰")

    def notice_on(screen: QWidget) -> list[QLabel]:
        found = [
            lab
            for lab in screen.findChildren(QLabel)
            if lab.isVisible() and any(time in lab.text() for time in times)
        ]
        assert len(found) == 1, seen(screen)
        return found

    confirm = confirmation_read(kiosk, qtbot, click)
    click(window, language)  # the resident's language, the notice with it
    viewport = window.pages[ScreenId.TICKET_CONFIRM].viewport()
    assert_all_in_view(viewport, [*notice_on(confirm), confirm.get_button])
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, confirm.get_button.text())
    kiosk.ctx.ops.wait()
    issued = window.screens[ScreenId.TICKET_ISSUED]
    qtbot.waitUntil(lambda: bool(issued.number.text()))
    done = find_button(window, issued.done_button.text())
    viewport = window.pages[ScreenId.TICKET_ISSUED].viewport()
    assert_all_in_view(viewport, [issued.number, *notice_on(issued), done])


@pytest.mark.parametrize("kind", ["pdf", "file"])
def test_the_paper_of_a_ticket_past_closing_says_when_the_hub_closes(
    queue_kiosk, qtbot, click, clock, tmp_path, monkeypatch, kind
):
    """The screen said the hub closes at 17:00 and the paper did not: it said only "about
    45 to 75 minutes". The PDF and the receipt printer's bytes say it too, and in Bengali
    the resident's line is the closing one, in Bengali digits."""
    from tests.queue.test_appointment_ticket_print import Paper, walk_in

    paper = Paper(kind, tmp_path, monkeypatch)
    clock.set_local(at(10, 30))
    kiosk = queue_kiosk(config={"printer": paper.spec})
    early = paper.words(walk_in(kiosk, qtbot, click))
    assert "closes" not in early  # a wait that ends before closing: nothing more
    for _ in range(2):  # two more waiting, each ticket printed
        click(kiosk.window, "Done")
        walk_in(kiosk, qtbot, click)
    click(kiosk.window, "Done")
    clock.set_local(at(16, 58))
    kiosk.ctx.set_language("bn")
    click(kiosk.window, kiosk.ctx.text(kiosk.ctx.content.catalogue.by_id("housing").name))
    issued = kiosk.window.screens[ScreenId.TICKET_ISSUED]
    confirm = kiosk.window.screens[ScreenId.TICKET_CONFIRM]
    with qtbot.waitSignal(issued.print_finished, timeout=20_000):
        click(kiosk.window, confirm.get_button.text())
    # (NFKC: pdftotext gives the "ff" of "staff" as its ligature.)
    words = unicodedata.normalize("NFKC", paper.words(issued.number.text()))
    assert TICKET_NOTICE in words
    if kind == "file":  # the Bengali line, drawn for the receipt printer
        assert "১৭:০০" in words


def test_a_booking_after_the_hub_closes_early_today_is_told_so(
    queue_kiosk, qtbot, click, clock, tmp_path, monkeypatch
):
    """QA (s37): Bow closes at 10:40 today (a closure the council published); a resident
    booked for 10:45 checked in at 10:30 was told "Please take a seat. An adviser will
    call your number." Now the screen and the paper say the hub closes at 10:40 and to
    ask a member of staff."""
    import dataclasses

    from sync.protocol.content import Closure, HubList
    from tests.queue.test_appointment_ticket_print import Paper, check_in

    paper = Paper("pdf", tmp_path, monkeypatch)
    clock.set_local(at(10, 30))
    kiosk = queue_kiosk(config={"printer": paper.spec})
    content = kiosk.ctx.content
    early_close = Closure.model_validate(
        {"start": "2026-11-24T10:40:00", "end": "2026-11-24T23:00:00", "reason": {"en": "Leak"}}
    )
    hubs = [
        hub.model_copy(update={"closures": [early_close]}) if hub.id == "idea-store-bow" else hub
        for hub in content.hubs.hubs
    ]
    kiosk.ctx.set_content(dataclasses.replace(content, hubs=HubList(hubs=hubs)))
    issued = kiosk.window.screens[ScreenId.TICKET_ISSUED]
    number = check_in(kiosk, qtbot, click, "HK-4821")  # housing at 10:45
    notice = "The hub closes at 10:40. You may not be seen today. Please ask a member of staff."
    assert notice in seen(issued)
    assert not any("take a seat" in text or "Please wait" in text for text in seen(issued))
    assert notice in unicodedata.normalize("NFKC", paper.words(number))
    # The next resident, a walk-in, sees their place again (and the closing: their wait
    # runs past 10:40).
    click(kiosk.window, "Done")
    click(kiosk.window, "Housing")
    get_ticket(kiosk, qtbot, click)
    assert "You are number 2 in the queue." in seen(issued)
