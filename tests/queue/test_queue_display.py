"""The calling display follows the store: calls appear, are chimed and spoken."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption

from hubkiosk.core import queue
from hubkiosk.store.models import Outcome
from hubkiosk.ui.display import CallingDisplay, QtAnnouncer, write_chime
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.theme import BASE_SIZES
from sync.protocol.content import Closure, HubList, Interval, Weekday
from tests.queue.conftest import LONDON

BOW = "idea-store-bow"


class FakeAnnouncer:
    """Records what would be heard."""

    def __init__(self) -> None:
        self.chimes = 0
        self.said: list[tuple[str, str]] = []

    def chime(self) -> None:
        self.chimes += 1

    def say(self, text: str, language: str) -> bool:
        self.said.append((language, text))
        return True


def take_ticket(kiosk, qtbot, tile: str) -> None:
    window = kiosk.window
    qtbot.mouseClick(
        next(t for t in window.screens[ScreenId.HOME].top_tiles if t.text() == tile),
        Qt.MouseButton.LeftButton,
    )
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(
            window.screens[ScreenId.TICKET_CONFIRM].get_button, Qt.MouseButton.LeftButton
        )
    window.start_over()


def started_display(kiosk, qtbot, *, announcer=None, poll_ms: int = 60_000, shown: bool = False):
    """The calling display of ``kiosk``, started (its first reading of the queue done);
    ``shown`` at 1280 x 720 where its layout matters."""
    display = CallingDisplay(kiosk.ctx, announcer=announcer or FakeAnnouncer(), poll_ms=poll_ms)
    qtbot.addWidget(display)
    if shown:
        display.resize(1280, 720)
        display.show()
    with qtbot.waitSignal(display.updated, timeout=10_000):
        display.start()
    return display


def test_display_shows_and_speaks_each_new_call(queue_kiosk, qtbot, clock):
    kiosk = queue_kiosk()
    take_ticket(kiosk, qtbot, "Housing")
    kiosk.ctx.set_language("bn")
    take_ticket(kiosk, qtbot, "পার্কিং")  # a resident who chose Bengali
    take_ticket(kiosk, qtbot, "Housing")
    fake = FakeAnnouncer()
    display = started_display(kiosk, qtbot, announcer=fake, poll_ms=20, shown=True)
    assert display.now_number.text() == "—"
    assert display.waiting_line.text() == "Housing: 2   ·   Parking: 1"

    # An adviser calls the next ticket; the display reads it from the store.
    with kiosk.store.session() as session:
        queue.call_next(session, hub_id=BOW, desk="Desk 3", now=clock())
    with qtbot.waitSignal(display.announced, timeout=10_000) as blocker:
        pass
    assert blocker.args == ["H-001", "Desk 3"]
    assert display.now_number.text() == "H-001"
    assert display.now_desk.text() == "Please go to Desk\u00a03"
    assert fake.chimes == 1
    assert fake.said == [("en", "Ticket H 1, please go to desk 3.")]
    assert display.waiting_line.text() == "Housing: 1   ·   Parking: 1"

    # The Bengali resident is called in English, then in Bengali.
    clock.advance(minutes=12)
    with kiosk.store.session() as session:
        day = queue.today(session, BOW, clock())
        first = day.at_desk("Desk 3")
        assert first is not None
        queue.serve(
            session,
            hub_id=BOW,
            ticket_id=first.ticket_id,
            desk="Desk 3",
            outcome=Outcome.RESOLVED_FIRST_CONTACT,
            now=clock(),
        )
        queue.call_next(session, hub_id=BOW, desk="Desk 1", now=clock(), service_ids=["parking"])
    with qtbot.waitSignal(display.announced, timeout=10_000) as blocker:
        pass
    assert blocker.args == ["P-001", "Desk 1"]
    assert fake.said[1:] == [
        ("en", "Ticket P 1, please go to desk 1."),
        ("bn", "টিকিট P 1, অনুগ্রহ করে ডেস্ক 1-এ আসুন।"),
    ]
    assert (display.recent_rows[0][0].text(), display.recent_rows[0][1].text()) == (
        "H-001",
        "Desk 3",
    )
    assert display.waiting_line.text() == "Housing: 1"

    # Nothing new: polling again announces nothing twice.
    with qtbot.waitSignal(display.updated, timeout=10_000):
        pass
    assert fake.chimes == 2
    display.stop()


def test_calls_made_before_the_display_started_are_shown_not_spoken(queue_kiosk, qtbot, clock):
    kiosk = queue_kiosk()
    take_ticket(kiosk, qtbot, "Council tax")
    with kiosk.store.session() as session:
        queue.call_next(session, hub_id=BOW, desk="Desk 2", now=clock())
    fake = FakeAnnouncer()
    display = started_display(kiosk, qtbot, announcer=fake)
    assert display.now_number.text() == "C-001"
    assert fake.said == [] and fake.chimes == 0
    # A recall is a new call, announced again.
    with kiosk.store.session() as session:
        entry = queue.today(session, BOW, clock()).at_desk("Desk 2")
        assert entry is not None
        queue.recall(session, hub_id=BOW, ticket_id=entry.ticket_id, desk="Desk 2", now=clock())
    with qtbot.waitSignal(display.announced, timeout=10_000):
        display.refresh()
    assert fake.said == [("en", "Ticket C 1, please go to desk 2.")]


def test_a_display_in_bengali_names_the_desks_in_bengali(queue_kiosk, qtbot, clock):
    """A hub whose display speaks Bengali: "Desk 2" is the store's name, not the words. Its
    desks and counts are in Bengali digits, as on every Bengali screen (this test asserted
    "ডেস্ক 4" and "1", the Latin digits the rule in the README rules out); the ticket
    number stays as printed, C-002."""
    kiosk = queue_kiosk()
    for _ in range(3):
        take_ticket(kiosk, qtbot, "Council tax")
    with kiosk.store.session() as session:
        queue.call_next(session, hub_id=BOW, desk="Desk 2", now=clock())
        queue.call_next(session, hub_id=BOW, desk="Desk 4", now=clock())
    kiosk.ctx.set_language("bn")
    display = started_display(kiosk, qtbot)
    assert display.now_number.text() == "C-002"
    assert display.now_desk.text() == "অনুগ্রহ করে ডেস্ক\u00a0৪-এ যান"
    assert display.recent_rows[0][0].text() == "C-001"
    assert display.recent_rows[0][1].text() == "ডেস্ক ২"
    # The hub and the services waiting are named in Bengali too, counted in its digits.
    assert display.hub_name.text() == "আইডিয়া স্টোর বো"
    assert display.waiting_line.text() == "কাউন্সিল ট্যাক্স: ১"
    display.stop()


def test_a_call_is_written_in_the_language_its_resident_chose_too(queue_kiosk, qtbot, clock):
    """A resident who chose Bengali at check-in heard their call in Bengali, but the hall
    screen wrote it only in the display's language: a resident who reads Bengali and not
    English could not read where to go."""
    kiosk = queue_kiosk()
    kiosk.ctx.set_language("bn")
    take_ticket(kiosk, qtbot, "পার্কিং")
    kiosk.ctx.set_language("so")
    take_ticket(kiosk, qtbot, "Guryeynta")
    take_ticket(kiosk, qtbot, "Council tax")  # in English, the display's language
    display = started_display(kiosk, qtbot, shown=True)
    assert not display.now_desk_own.isVisible()

    def call(service: str, desk: str) -> None:
        with kiosk.store.session() as session:
            queue.call_next(session, hub_id=BOW, desk=desk, now=clock(), service_ids=[service])
        with qtbot.waitSignal(display.updated, timeout=10_000):
            display.refresh()

    call("parking", "Desk 4")
    assert display.now_number.text() == "P-001"
    assert display.now_desk.text() == "Please go to Desk\u00a04"
    assert display.now_desk_own.isVisible()
    assert display.now_desk_own.text() == "অনুগ্রহ করে ডেস্ক\u00a0৪-এ যান"  # its words, its digits
    assert display.now_desk_own.accessibleName() == display.now_desk_own.text()
    # Both lines fit a 720-line hall screen: the window is not pushed past its foot.
    assert display.height() == 720 and display.minimumSizeHint().height() <= 720
    call("housing", "Desk 2")
    assert display.now_desk_own.text() == "Fadlan u tag miiska\u00a02"
    call("council-tax", "Desk 1")
    assert display.now_desk.text() == "Please go to Desk\u00a01"
    assert not display.now_desk_own.isVisible()  # the display's own language: once is enough
    # The headings stand out in their own colour (their rule lost to the labels' white).
    heading = display.now_heading.palette().color(display.now_heading.foregroundRole())
    assert heading.name() == "#ffd27a"
    display.stop()


def test_a_call_made_a_while_ago_is_not_shown_as_being_made_now(queue_kiosk, qtbot, clock):
    """The day's last call stayed under "Now calling" until midnight: a resident arriving
    in the afternoon read "H-001, Please go to Desk 3" as their turn. Ten minutes after a
    call with none since, it joins "Called before" and the display says to wait."""
    kiosk = queue_kiosk()
    take_ticket(kiosk, qtbot, "Housing")
    take_ticket(kiosk, qtbot, "Housing")
    fake = FakeAnnouncer()
    display = started_display(kiosk, qtbot, announcer=fake)
    with kiosk.store.session() as session:
        queue.call_next(session, hub_id=BOW, desk="Desk 3", now=clock())
    with qtbot.waitSignal(display.announced, timeout=10_000):
        display.refresh()

    def shown() -> tuple[str, str, str, str]:
        number, desk = display.recent_rows[0]
        return display.now_number.text(), display.now_desk.text(), number.text(), desk.text()

    clock.advance(minutes=9, seconds=59)
    with qtbot.waitSignal(display.updated, timeout=10_000):
        display.refresh()
    assert shown() == ("H-001", "Please go to Desk\u00a03", "", "")
    clock.advance(seconds=1)
    with qtbot.waitSignal(display.updated, timeout=10_000):
        display.refresh()
    assert shown() == ("—", "Please wait to be called", "H-001", "Desk 3")
    # The next call is the one being made now; the one before stays under "Called before".
    with kiosk.store.session() as session:
        queue.call_next(session, hub_id=BOW, desk="Desk 1", now=clock())
    with qtbot.waitSignal(display.announced, timeout=10_000):
        display.refresh()
    assert shown() == ("H-002", "Please go to Desk\u00a01", "H-001", "Desk 3")
    assert fake.chimes == 2  # each call announced once
    display.stop()


def test_qt_speech_is_silent_without_a_voice(qapp, tmp_path):
    announcer = QtAnnouncer(write_chime(tmp_path / "chime.wav"), engine="mock")
    assert announcer.speaking_works
    assert announcer.locale_for("en") is not None
    assert announcer.say("Ticket H 1, please go to desk 3.", "en")
    assert not announcer.say("টিকিট H 1", "bn")  # the mock engine has no Bengali voice
    announcer.chime()


def test_a_recalled_ticket_is_listed_once_at_its_latest_call(queue_kiosk, qtbot, clock):
    """QA s35: recalling H-002 showed it under "Now calling" and under "Called before" at
    once, and later calls left "H-002 Desk 2" twice there, pushing H-001 off the four rows.
    Each ticket is listed once, at its latest call; the one being called now not again."""
    kiosk = queue_kiosk()
    for _ in range(5):
        take_ticket(kiosk, qtbot, "Housing")
    display = started_display(kiosk, qtbot)

    def shown() -> tuple[str, list[tuple[str, str]]]:
        rows = [(n.text(), d.text()) for n, d in display.recent_rows if n.text()]
        return display.now_number.text(), rows

    def act(step) -> None:
        clock.advance(minutes=1)
        with kiosk.store.session() as session:
            step(session)
        with qtbot.waitSignal(display.announced, timeout=10_000):
            display.refresh()

    def call(desk: str):
        return lambda session: queue.call_next(session, hub_id=BOW, desk=desk, now=clock())

    def recall(desk: str):
        def step(session) -> None:
            entry = queue.today(session, BOW, clock()).at_desk(desk)
            assert entry is not None
            queue.recall(session, hub_id=BOW, ticket_id=entry.ticket_id, desk=desk, now=clock())

        return step

    act(call("Desk 1"))
    act(call("Desk 2"))
    act(recall("Desk 2"))
    assert shown() == ("H-002", [("H-001", "Desk 1")])
    act(call("Desk 3"))
    act(call("Desk 4"))
    act(call("Desk 5"))
    assert shown() == (
        "H-005",
        [("H-004", "Desk 4"), ("H-003", "Desk 3"), ("H-002", "Desk 2"), ("H-001", "Desk 1")],
    )
    # Recalled again later: at its latest call, once.
    act(recall("Desk 2"))
    assert shown() == (
        "H-002",
        [("H-005", "Desk 5"), ("H-004", "Desk 4"), ("H-003", "Desk 3"), ("H-001", "Desk 1")],
    )
    # Ten minutes on, the recall joins those called before, still once.
    clock.advance(minutes=10)
    with qtbot.waitSignal(display.updated, timeout=10_000):
        display.refresh()
    assert shown() == (
        "—",
        [("H-002", "Desk 2"), ("H-005", "Desk 5"), ("H-004", "Desk 4"), ("H-003", "Desk 3")],
    )
    display.stop()


def test_after_closing_the_display_says_the_hub_has_closed_not_to_wait(queue_kiosk, qtbot, clock):
    """QA s35: at 17:30 (Bow closes at 17:00) the hall screen still said "Now calling —",
    "Please wait to be called" and "Waiting now: Housing: 2", read by people in the Idea
    Store, open on as a library. Past closing it says the hub has closed for today and when
    check-in opens again, as the kiosk's closed page does; those called stay listed. A call
    an adviser still makes after closing is shown as any call."""
    kiosk = queue_kiosk()
    for _ in range(3):
        take_ticket(kiosk, qtbot, "Housing")
    with kiosk.store.session() as session:
        queue.call_next(session, hub_id=BOW, desk="Desk 3", now=clock())
    display = started_display(kiosk, qtbot, shown=True)

    def at(hour: int, minute: int) -> list[str]:
        return shown_at(display, qtbot, clock, hour, minute)

    assert at(16, 59) == [
        "Now calling",
        "—",
        "Please wait to be called",
        "Waiting now",
        "Housing: 2",
        "H-001",
    ]
    assert at(17, 30) == [
        "The hub has closed for today",
        "Check-in opens again tomorrow at 09:00.",
        "If your number was not called, please ask a member of staff.",
        "H-001",
    ]
    # An adviser still calls a resident after closing: that call is shown, then closed again.
    with kiosk.store.session() as session:
        queue.call_next(session, hub_id=BOW, desk="Desk 1", now=clock())
    assert at(17, 31)[:3] == ["Now calling", "H-002", "Please go to Desk\u00a01"]
    assert at(17, 41)[:2] == [
        "The hub has closed for today",
        "Check-in opens again tomorrow at 09:00.",
    ]
    assert display.minimumSizeHint().height() <= 720  # fits a 720-line hall screen
    # A closure (training, today and tomorrow): it is named, with the day the hub reopens.
    training = Closure.model_validate(
        {
            "start": "2026-11-24T14:00:00",
            "end": "2026-11-25T23:00:00",
            "reason": {"en": "Closed for staff training"},
        }
    )
    content = kiosk.ctx.content
    hubs = [
        hub.model_copy(update={"closures": [training]}) if hub.id == BOW else hub
        for hub in content.hubs.hubs
    ]
    kiosk.ctx.set_content(dataclasses.replace(content, hubs=HubList(hubs=hubs)))
    assert at(17, 50)[:3] == [
        "Closed for staff training",
        "The hub has closed for today",
        "Check-in opens again at 09:00 on Thursday 26 November.",
    ]
    # In the display's language, its digits.
    kiosk.ctx.set_language("bn")
    shown = at(17, 55)
    assert "০৯:০০" in shown[2] and "closed" not in shown[1]
    display.stop()


def with_lunch_hour(kiosk) -> None:
    """Bow open 09:00-13:00 and 14:00-17:00 every weekday (tickets waiting at 13:00 are
    called after the break)."""
    content = kiosk.ctx.content
    periods = [
        Interval(open=dt.time(9), close=dt.time(13)),
        Interval(open=dt.time(14), close=dt.time(17)),
    ]
    week = {
        day: periods for day in (Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI)
    }
    hubs = [
        hub.model_copy(update={"hours": week}) if hub.id == BOW else hub
        for hub in content.hubs.hubs
    ]
    kiosk.ctx.set_content(dataclasses.replace(content, hubs=HubList(hubs=hubs)))


def shown_at(display, qtbot, clock, hour: int, minute: int) -> list[str]:
    """What the display shows at ``hour``:``minute`` this Tuesday (London), top to bottom."""
    clock.set_local(dt.datetime(2026, 11, 24, hour, minute, tzinfo=LONDON))
    with qtbot.waitSignal(display.updated, timeout=10_000):
        display.refresh()
    shown = [
        w.text()
        for w in (
            display.now_heading,
            display.now_number,
            display.now_desk,
            display.now_desk_own,
            display.waiting_heading,
            display.waiting_line,
        )
        if w.isVisible()
    ]
    return shown + [n.text() for n, _ in display.recent_rows if n.text()]


def test_over_a_lunch_hour_the_display_says_the_hub_is_on_a_break(queue_kiosk, qtbot, clock):
    """QA s35: a hub open 09:00-13:00 and 14:00-17:00 still said "Now calling —, Please wait
    to be called" at 13:20, when no one is called until 14:00. Over the break it says the hub
    is closed for a break and when calls start again, in the display's language and digits;
    those waiting are still counted (they are called after the break)."""
    kiosk = queue_kiosk()
    with_lunch_hour(kiosk)
    for _ in range(3):
        take_ticket(kiosk, qtbot, "Housing")
    with kiosk.store.session() as session:
        queue.call_next(session, hub_id=BOW, desk="Desk 3", now=clock())
    display = started_display(kiosk, qtbot, shown=True)

    assert shown_at(display, qtbot, clock, 13, 20) == [
        "The hub is closed for a break",
        "Calls start again at 14:00.",
        "Waiting now",
        "Housing: 2",
        "H-001",
    ]
    # An adviser who calls someone over the break: that call is shown, as after closing.
    with kiosk.store.session() as session:
        queue.call_next(session, hub_id=BOW, desk="Desk 1", now=clock())
    assert shown_at(display, qtbot, clock, 13, 21)[:3] == [
        "Now calling",
        "H-002",
        "Please go to Desk\u00a01",
    ]
    assert shown_at(display, qtbot, clock, 13, 45)[:2] == [
        "The hub is closed for a break",
        "Calls start again at 14:00.",
    ]
    assert shown_at(display, qtbot, clock, 14, 0)[:3] == [
        "Now calling",
        "—",
        "Please wait to be called",
    ]
    # In each of the display's languages, in its words and digits.
    english = ("The hub is closed for a break", "Calls start again at 14:00.")
    for code, time in (
        ("bn", "১৪:০০"),
        ("so", "14:00"),
        ("ur", "14:00"),
        ("es", "14:00"),
        ("pl", "14:00"),
    ):
        kiosk.ctx.set_language(code)
        words, again = shown_at(display, qtbot, clock, 13, 30)[:2]
        assert words not in english and again not in english and time in again, code
    display.stop()


def test_those_called_before_are_shown_whole_on_a_720_line_screen(queue_kiosk, qtbot, clock):
    """QA s36: on a 1280 x 720 hall screen in Spanish and Polish, "Called before" cut
    "Mostrador 12" to "Mostrado" over "12" half hidden under the next row, and "Stanowisko 1"
    to "Stanowisk". Each row is one line, whole (its words drawn smaller only when the column
    is short of them), in every language, before and after a recall and over the break."""
    kiosk = queue_kiosk()
    with_lunch_hour(kiosk)
    for _ in range(4):
        take_ticket(kiosk, qtbot, "Housing")
    for desk in ("Desk 1", "Desk 12", "Desk 3"):
        with kiosk.store.session() as session:
            queue.call_next(session, hub_id=BOW, desk=desk, now=clock())
        clock.advance(minutes=1)
    with kiosk.store.session() as session:
        entry = queue.today(session, BOW, clock()).at_desk("Desk 12")
        assert entry is not None
        queue.recall(session, hub_id=BOW, ticket_id=entry.ticket_id, desk="Desk 12", now=clock())
    display = started_display(kiosk, qtbot, shown=True)
    for hour, minute in ((10, 40), (13, 20)):  # the recall being made; then over the break
        for code in ("en", "bn", "so", "ur", "es", "pl"):
            kiosk.ctx.set_language(code)
            shown_at(display, qtbot, clock, hour, minute)
            rows = [w for row in display.recent_rows for w in row if w.text()]
            assert len(rows) == (4 if hour == 10 else 6), code
            for widget in rows:
                drawn = widget.drawn_font() if hasattr(widget, "drawn_font") else widget.font()
                room = widget.contentsRect()
                wide = QFontMetrics(drawn).horizontalAdvance(widget.text())
                assert wide <= room.width(), (code, widget.text(), wide, room.width())
                # Never smaller than the display's headings (the theme's title size).
                assert drawn.pixelSize() >= BASE_SIZES["title"], (code, widget.text())
                assert widget.mapTo(display, room.bottomRight()).y() < display.height()
    display.stop()


def test_before_opening_the_display_says_when_calls_start(queue_kiosk, qtbot, clock):
    """QA s36: at 08:30 (Bow opens at 09:00) the hall screen said "Now calling —, Please wait
    to be called", as if calls were under way. Before the hub opens it says it is not open
    yet and when calls start, in the display's language and digits, still counting those
    waiting; a ticket an adviser in early calls is shown as any call."""
    clock.set_local(dt.datetime(2026, 11, 24, 8, 20, tzinfo=LONDON))
    kiosk = queue_kiosk()
    housing = kiosk.ctx.content.catalogue.by_id("housing")
    with kiosk.store.session() as session:  # two tickets in the queue before opening
        for _ in range(2):
            queue.issue_ticket(session, hub_id=BOW, service=housing, now=clock())
    display = started_display(kiosk, qtbot, shown=True)

    assert shown_at(display, qtbot, clock, 8, 30) == [
        "The hub is not open yet",
        "Calls start at 09:00.",
        "Waiting now",
        "Housing: 2",
    ]
    # An adviser in early calls the first: that call is shown, then the hub's hours again.
    with kiosk.store.session() as session:
        queue.call_next(session, hub_id=BOW, desk="Desk 2", now=clock())
    assert shown_at(display, qtbot, clock, 8, 31)[:3] == [
        "Now calling",
        "H-001",
        "Please go to Desk\u00a02",
    ]
    assert shown_at(display, qtbot, clock, 8, 45) == [
        "The hub is not open yet",
        "Calls start at 09:00.",
        "Waiting now",
        "Housing: 1",
        "H-001",
    ]
    assert shown_at(display, qtbot, clock, 9, 0)[:3] == [
        "Now calling",
        "—",
        "Please wait to be called",
    ]
    # A closure over the morning (training until 10:30): named, with when calls start.
    training = Closure.model_validate(
        {
            "start": "2026-11-24T08:00:00",
            "end": "2026-11-24T10:30:00",
            "reason": {"en": "Closed for staff training"},
        }
    )
    content = kiosk.ctx.content
    hubs = [
        hub.model_copy(update={"closures": [training]}) if hub.id == BOW else hub
        for hub in content.hubs.hubs
    ]
    kiosk.ctx.set_content(dataclasses.replace(content, hubs=HubList(hubs=hubs)))
    assert shown_at(display, qtbot, clock, 9, 15)[:3] == [
        "Closed for staff training",
        "The hub is not open yet",
        "Calls start at 10:30.",
    ]
    assert display.minimumSizeHint().height() <= 720  # fits a 720-line hall screen
    # In each of the display's languages, in its words and digits.
    english = ("The hub is not open yet", "Calls start at 10:30.")
    for code, time in (
        ("bn", "১০:৩০"),
        ("so", "10:30"),
        ("ur", "10:30"),
        ("es", "10:30"),
        ("pl", "10:30"),
    ):
        kiosk.ctx.set_language(code)
        words, start = shown_at(display, qtbot, clock, 9, 20)[1:3]
        assert words not in english and start not in english and time in start, code
    display.stop()


def lines_of(widget) -> list[str]:
    """The lines ``widget``'s words are broken into at its width, in its font (as a word-
    wrapping QLabel draws them)."""
    text = widget.text()
    layout = QTextLayout(text, widget.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(widget.contentsRect().width())
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


def test_a_desk_number_is_never_alone_on_a_line(queue_kiosk, qtbot, clock):
    """QA s36: on a 1280 x 720 hall screen in Polish, "Podejdź do stanowiska 12" broke with
    "12" alone on the next line, read as a ticket or missed. A desk's number stays with the
    word before it, in the display's words and in the resident's, in every language, at
    1280 x 720 and 1920 x 1080."""
    kiosk = queue_kiosk()
    take_ticket(kiosk, qtbot, "Housing")
    kiosk.ctx.set_language("pl")
    take_ticket(kiosk, qtbot, "Mieszkalnictwo")  # a resident who chose Polish
    kiosk.ctx.set_language("en")
    display = started_display(kiosk, qtbot, shown=True)
    languages = ("pl", "en", "bn", "so", "ur", "es")
    for desk in ("Desk 12", "Desk 8"):
        with kiosk.store.session() as session:
            queue.call_next(session, hub_id=BOW, desk=desk, now=clock())
        for size in ((1280, 720), (1920, 1080)):
            display.resize(*size)
            for code in languages:
                kiosk.ctx.set_language(code)
                with qtbot.waitSignal(display.updated, timeout=10_000):
                    display.refresh()
                labels = [display.now_desk]
                if display.now_desk_own.isVisible():  # the Polish resident's words
                    labels.append(display.now_desk_own)
                for widget in labels:
                    lines = lines_of(widget)
                    assert not any(line.isnumeric() for line in lines), (code, size, lines)
                    # Held together by a no-break space (its digits: ১২ in Bengali).
                    assert re.search(r"\S\u00a0\d", widget.text()), (code, widget.text())
                    assert widget.mapTo(display, widget.contentsRect().bottomRight()).y() < size[1]
    kiosk.ctx.set_language("en")
    display.stop()
