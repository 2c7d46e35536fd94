"""Issue 14, advisers: the hand-over belongs to its visit, referrals come from the catalogue,
one sync status, local times, and "Today at this hub" from the kiosk's own records."""

from __future__ import annotations

import datetime as dt
import logging
import shutil

import pytest
from sqlalchemy import select

from PySide6.QtCore import Qt

from hubkiosk.core.pin import hash_pin
from hubkiosk.store.models import OutboxItem, QueueEvent
from hubkiosk.ui.screens import ScreenId
from sync.client.engine import SyncState, SyncStatus
from tests.conftest import assert_all_in_view, find_button, resize_to
from tests.queue.conftest import LONDON

HAND_OVER = "Hand the screen to the resident: how was the visit?"


def visible(window, text: str) -> bool:
    try:
        find_button(window, text)
    except AssertionError:
        return False
    return True


def take_tickets(kiosk, qtbot, click, services: list[str]) -> None:
    window = kiosk.window
    for service in services:
        click(window, service)
        with qtbot.waitSignal(window.screen_changed, timeout=10_000):
            click(window, "Get my ticket")
        click(window, "Done")


def sign_in(kiosk, qtbot, click, sign_in_words: str = "Sign in") -> None:
    """The staff PIN on the pad, then its "Sign in" (``sign_in_words``: as the pad's
    language says it, a resident's language left on the kiosk)."""
    window = kiosk.window
    kiosk.ctx.go(ScreenId.ADVISER_PIN)
    for digit in "2468":
        click(window, digit)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, sign_in_words)
    assert window.current is ScreenId.ADVISER_HOME


def open_queue(kiosk, qtbot, click):
    """ "Queue and desks", once read, at the adviser's desk: Desk 1 when this sign-in has
    not chosen one yet (each sign-in with the kiosk's shared PIN chooses)."""
    screen = kiosk.window.screens[ScreenId.ADVISER_QUEUE]
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(kiosk.window, "Queue and desks")
    if screen.desk is None:
        click(kiosk.window, "1")
    return screen


def open_today(window, qtbot, click):
    """From the adviser screen: "Today at this hub", once its figures are read and shown."""
    today = window.screens[ScreenId.ADVISER_TODAY]
    with qtbot.waitSignal(today.figures_shown, timeout=10_000):
        click(window, "Today at this hub")
    return today


def staff_kiosk(queue_kiosk):
    return queue_kiosk(config={"adviser_pin_hash": hash_pin("2468", rounds=1000)})


def staff_kiosk_at(queue_kiosk, qtbot, size: tuple[int, int]):
    """A staff kiosk whose window is ``size`` (a laptop's panel, a portrait kiosk)."""
    kiosk = staff_kiosk(queue_kiosk)
    resize_to(kiosk.window, qtbot, size)
    return kiosk, kiosk.window


def test_the_hand_over_goes_once_the_next_ticket_is_called(queue_kiosk, qtbot, click):
    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    take_tickets(kiosk, qtbot, click, ["Housing", "Parking"])
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: resolved")
    assert visible(window, HAND_OVER)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    assert screen.current.text().startswith("At Desk 1: P-001")
    assert not visible(window, HAND_OVER)
    # Served again: the hand-over is for this visit (parking), not the first.
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: follow-up booked")
    assert visible(window, HAND_OVER)
    click(window, "2")  # "Your desk:" 1 2 3 4
    assert not visible(window, HAND_OVER)


def test_the_resident_handed_the_screen_cannot_go_back_to_the_staff_screens(
    queue_kiosk, qtbot, click
):
    """The adviser hands the screen over for feedback: the resident holds it alone. Back
    led to "Queue and desks" (Call next, Served...) and then the adviser's home, with the
    adviser still signed in, so whatever the resident did there was the adviser's."""
    from PySide6.QtCore import Qt

    from hubkiosk.store.models import AdviserSession
    from hubkiosk.ui.main_window import ADVISER_SCREENS

    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    take_tickets(kiosk, qtbot, click, ["Housing"])
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: resolved")
    click(window, HAND_OVER)
    assert window.current is ScreenId.FEEDBACK
    assert kiosk.ctx.adviser is None  # signed out: the screen is the resident's now
    went_back_to = []
    while window.back_button.isVisible():  # the top bar's Back, as often as it is offered
        qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
        went_back_to.append(window.current)
    assert not set(went_back_to) & set(ADVISER_SCREENS), went_back_to
    assert not visible(window, "Call next") and not visible(window, "Queue and desks")
    kiosk.ctx.ops.wait()
    with kiosk.store.session() as session:
        events = [
            tuple(row)
            for row in session.execute(select(AdviserSession.event, AdviserSession.reason))
        ]
    assert ("signed_out", "handed_back") in events, events


def test_the_adviser_who_calls_a_ticket_sees_the_name_the_resident_gave(queue_kiosk, qtbot, click):
    """ "How can we call you?" was asked and stored, and shown to no one: the adviser at the
    desk now sees it beside the ticket they called (and only there: no other ticket's
    line, nothing once the screen is wiped)."""
    from PySide6.QtCore import Qt

    from hubkiosk.ui.main_window import all_typed_text

    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.mouseClick(confirm.name_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(confirm.name_edit, "Rahima")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Get my ticket")
    click(window, "Done")
    take_tickets(kiosk, qtbot, click, ["Housing"])  # the next resident gives no name
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    assert "Rahima" not in screen.waiting.text()  # the waiting list: numbers only
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    qtbot.waitUntil(lambda: "Rahima" in screen.current.text(), timeout=10_000)
    assert screen.current.text().startswith("At Desk 1: H-001 (Housing, name: Rahima")
    with qtbot.waitSignal(window.reset_done, timeout=10_000):
        click(window, "Start again")  # as an idle reset does: the name off every screen
    assert "Rahima" not in "\n".join(all_typed_text(window))
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    qtbot.waitUntil(lambda: "Rahima" in screen.current.text(), timeout=10_000)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: resolved")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    assert screen.current.text().startswith("At Desk 1: H-002")
    kiosk.ctx.ops.wait()
    assert "name:" not in screen.current.text()


def test_a_referral_is_chosen_from_the_catalogue_or_names_another_organisation(
    queue_kiosk, qtbot, click
):
    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    take_tickets(kiosk, qtbot, click, ["Housing", "Council tax"])
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    click(window, "Served: referred")
    # Every catalogue service is a choice, in the kiosk's words.
    for service in kiosk.ctx.content.catalogue.services:
        assert visible(window, service.name.get("en"))
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Benefits and cost of living")
    assert not visible(window, "Another organisation")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    click(window, "Served: referred")
    click(window, "Another organisation")
    qtbot.keyClicks(screen.referred_to, "  Citizens Advice ")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Save the referral")
    with kiosk.store.session() as session:
        served = session.scalars(
            select(QueueEvent).where(QueueEvent.kind == "served").order_by(QueueEvent.at)
        ).all()
        destinations = [(e.referred_service_id, e.referred_to) for e in served]
        payloads = {
            i.id: i.payload
            for i in session.scalars(select(OutboxItem))
            if i.id in {e.id for e in served}
        }
    expected = {("benefits", None), (None, "Citizens Advice")}
    assert set(destinations) == expected
    # The typed record travels with the catalogue id or the organisation's name.
    assert {(p["referred_service_id"], p["referred_to"]) for p in payloads.values()} == expected


def test_one_sync_status_that_never_contradicts_itself(queue_kiosk, qtbot, click):
    kiosk = staff_kiosk(queue_kiosk)
    # A ticket, its check-in, the adviser's sign-in attempt and session wait to be sent.
    take_tickets(kiosk, qtbot, click, ["Housing"])
    sign_in(kiosk, qtbot, click)
    adviser = kiosk.window.screens[ScreenId.ADVISER_HOME]
    qtbot.waitUntil(lambda: adviser.status is not None)
    # The sync worker last said "all sent" (before the ticket was taken).
    with qtbot.waitSignal(adviser.status_read, timeout=10_000):
        adviser.set_sync_status(
            SyncStatus(state=SyncState.OK, pending=0, last_success=kiosk.ctx.now())
        )
    shown = "\n".join(w.text() for w in (adviser.sync_line, adviser.store_line))
    assert "4 records wait to be sent" in shown
    assert "everything sent" not in shown
    # Last success in the hub's local time (10:30 in London on a Tuesday in November).
    assert "10:30" in adviser.sync_line.text()


def test_backup_times_are_local(queue_kiosk, qtbot, click, clock):
    kiosk = staff_kiosk(queue_kiosk)
    # A backup taken at 09:15 UTC on a summer day: 10:15 in London.
    made = kiosk.store.backup("manual")
    summer = made.with_name("hubkiosk-20260715T091500000000-manual.sqlite3")
    shutil.copy(made, summer)
    for other in kiosk.store.backup_dir.iterdir():
        if other != summer:
            other.unlink()
    sign_in(kiosk, qtbot, click)
    adviser = kiosk.window.screens[ScreenId.ADVISER_HOME]
    qtbot.waitUntil(lambda: "newest" in adviser.backup_line.text())
    text = adviser.backup_line.text()
    assert "10:15" in text and "09:15" not in text and "UTC" not in text
    assert "15/07/2026" in text
    assert dt.datetime(2026, 7, 15, 9, 15, tzinfo=dt.UTC).astimezone(LONDON).hour == 10


def check_in_at_10_30_for_10_45(window, qtbot, click) -> None:
    """A resident checks in with HK-4821 (housing at 10:45; the clock says 10:30)."""
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    qtbot.keyClicks(window.screens[ScreenId.APPOINTMENT].reference_edit, "HK-4821")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Check in")
    click(window, "Done")


def test_today_at_this_hub(queue_kiosk, qtbot, click, clock):
    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    take_tickets(kiosk, qtbot, click, ["Housing", "Housing", "Parking", "Council tax"])
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    clock.advance(minutes=10)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")  # H-001 after 10 minutes
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: resolved")
    clock.advance(minutes=20)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")  # H-002 after 30 minutes
    click(window, "Served: referred")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Benefits and cost of living")
    kiosk.ctx.go(ScreenId.ADVISER_HOME)
    today = open_today(window, qtbot, click)
    assert window.current is ScreenId.ADVISER_TODAY
    shown = {name: value.text() for name, value in today.values.items()}
    assert shown == {
        "visits": "4",
        "waiting_now": "2",
        "wait_median_minutes": "20.0",  # between 10 and 30
        "wait_p90_minutes": "28.0",
        "resolved_first_contact": "1 (25.0 %)",
        "referrals": "1 (25.0 %)",
        "turned_away": "0",
    }
    assert today.destinations.text() == "Benefits and cost of living:\u00a01"
    # The screen reads the store again when asked.
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        kiosk.ctx.go(ScreenId.ADVISER_QUEUE)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    kiosk.ctx.go(ScreenId.ADVISER_TODAY)
    qtbot.waitUntil(lambda: today.values["waiting_now"].text() == "1")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Back to the adviser screen")
    assert window.current is ScreenId.ADVISER_HOME


def test_today_counts_an_early_arrivals_wait_from_the_appointment_time(
    queue_kiosk, qtbot, click, clock
):
    """A resident checked in at 10:30 for a 10:45 appointment and called at 10:47 waited
    2 minutes past their time, not 17; a walk-in checked in at 10:30 and called at 10:50
    waited 20. "Today at this hub" counts them as the managers' report does."""
    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    check_in_at_10_30_for_10_45(window, qtbot, click)
    take_tickets(kiosk, qtbot, click, ["Housing"])
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    clock.advance(minutes=17)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")  # the appointment first, at 10:47
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: resolved")
    clock.advance(minutes=3)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")  # the walk-in, at 10:50
    kiosk.ctx.go(ScreenId.ADVISER_HOME)
    today = open_today(window, qtbot, click)
    assert today.values["wait_median_minutes"].text() == "11.0"  # between 2 and 20
    assert today.values["wait_p90_minutes"].text() == "18.2"


def hand_over(kiosk, qtbot, click, face: str) -> None:
    """ "Hand the screen to the resident", who touches ``face``; wait until it is stored."""
    window = kiosk.window
    click(window, HAND_OVER)
    feedback = window.screens[ScreenId.FEEDBACK]
    with qtbot.waitSignal(feedback.feedback_saved, timeout=10_000):
        click(window, face)
    click(window, "Finish")


def test_a_handed_over_feedback_counts_the_wait_and_service_the_hub_figures_count(
    queue_kiosk, qtbot, click, clock
):
    """QA finding: the hand-over's feedback was stored with the wait from check-in to the
    ticket's LATEST call, never from an early booking's time, and under the service the
    ticket ended in after a transfer; "Today at this hub" and the managers' report count
    check-in (or the booking's time) to the first call, under the ticket's own service, so
    the feedback report's "Average score by wait" and "by service" put residents in the
    wrong band and service. The feedback now counts what the hub figures count."""
    from hubkiosk.store.models import Feedback

    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    take_tickets(kiosk, qtbot, click, ["Parking"])  # P-001 at 10:30
    check_in_at_10_30_for_10_45(window, qtbot, click)
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    clock.advance(minutes=16)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")  # the appointment, at 10:46: 1 minute past its time
    assert screen.current.text().startswith("At Desk 1: H-001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: resolved")
    hand_over(kiosk, qtbot, click, "Good")
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    clock.advance(minutes=4)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")  # P-001 at 10:50: 20 minutes after its check-in
    assert screen.current.text().startswith("At Desk 1: P-001")
    clock.advance(minutes=2)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call again")
    screen.transfer_to.setCurrentIndex(screen.transfer_to.findData("benefits"))
    clock.advance(minutes=3)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Transfer")
    clock.advance(minutes=45)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")  # P-001 again, at Benefits, at 11:40
    assert screen.current.text().startswith("At Desk 1: P-001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: resolved")
    hand_over(kiosk, qtbot, click, "Poor")
    with kiosk.store.session() as session:
        stored = sorted(
            (f.score, f.service_id, f.wait_minutes) for f in session.scalars(select(Feedback))
        )
    # Not (4, "housing", 10) and (2, "benefits", 60): the waits of 16 and 70 minutes. Each
    # wait as the report's band (20 and 1 minutes: "20-29 min" and "0-9 min").
    assert stored == [(2, "parking", 20), (4, "housing", 0)]
    # The same waits "Today at this hub" counts.
    sign_in(kiosk, qtbot, click)
    today = open_today(window, qtbot, click)
    assert today.values["wait_median_minutes"].text() == "10.5"  # between 1 and 20


def test_the_new_adviser_words_are_translated(queue_kiosk, qtbot, click):
    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    take_tickets(kiosk, qtbot, click, ["Housing"])
    sign_in(kiosk, qtbot, click)
    today = open_today(window, qtbot, click)
    kiosk.ctx.set_language("bn")
    assert today.heading.text() == "আজ এই হাবে"
    assert today.names["waiting_now"].text() == "এখন অপেক্ষায়"
    kiosk.ctx.set_language("so")
    assert today.heading.text() == "Maanta xaruntan"
    assert today.destinations.text() == "Maanta gudbin ma jirto."


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_sized_screen_the_desk_shows_every_action_whole(
    queue_kiosk, qtbot, click, size
):
    """At the common 1280 x 800 and 1366 x 768 panels an adviser at a desk sees who is at
    it, Call next and the three "Served" buttons without sliding the page after each
    visit (the empty message line's room put "Served" under the "More below" cue), and
    still sees a message when one comes."""
    kiosk, window = staff_kiosk_at(queue_kiosk, qtbot, size)
    take_tickets(kiosk, qtbot, click, ["Housing"])
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    viewport = window.pages[ScreenId.ADVISER_QUEUE].viewport()
    served = [screen.resolved_button, screen.follow_up_button, screen.referred_button]
    parts = [screen.heading, screen.current, screen.call_button, *served]
    assert_all_in_view(viewport, parts)

    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    assert screen.current.text().startswith("At Desk 1: H-001")
    assert_all_in_view(viewport, parts)
    # Served: the hand-over to the resident shows too, and then no one is at the desk.
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Served: resolved")
    assert_all_in_view(viewport, [*parts, screen.feedback_button])
    # "Did not come" with no one at the desk says why nothing happened, in view.
    click(window, "Did not come")
    assert screen.message.text() == "No ticket at this desk: touch Call next first."
    assert_all_in_view(viewport, [screen.message, *parts])


@pytest.mark.parametrize(
    ("language", "idle", "busy", "housing"),
    [
        ("bn", "এখন ডেস্ক ২-এ কেউ নেই।", "ডেস্ক ২-এ: H-০০১", "আবাসন"),
        ("pl", "Teraz nikogo przy stanowisku 2.", "Przy stanowisku 2: H-001", "Mieszkalnictwo"),
        # Urdu keeps Latin digits.
        ("ur", "اس وقت ڈیسک 2 پر کوئی نہیں۔", "ڈیسک 2 پر: H-001", "رہائش"),
    ],
)
def test_the_desk_is_named_in_the_advisers_language(
    queue_kiosk, qtbot, click, language, idle, busy, housing
):
    """The desk is a numbered sign: its word is the language's, not "Desk" from the data;
    and the services to transfer to are named in the language too."""
    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    take_tickets(kiosk, qtbot, click, ["Housing"])
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    click(window, "2")  # "Your desk:" 1 2 3 4
    kiosk.ctx.set_language(language)
    assert screen.current.text() == idle
    kiosk.ctx.set_language("en")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    assert screen.current.text().startswith("At Desk 2: H-001")
    kiosk.ctx.set_language(language)
    assert screen.current.text().startswith(busy)
    assert "Desk" not in screen.current.text()
    assert screen.transfer_to.itemText(0) == housing
    kiosk.ctx.set_language("en")
    assert screen.transfer_to.itemText(0) == "Housing"


def test_the_desk_page_never_slides_sideways_at_the_largest_text(queue_kiosk, qtbot, click):
    """Spanish at 200 % text on a portrait kiosk: "Ahora no hay nadie en el mostrador 1."
    just fitted on one line beside the (hidden) hand-over, so its row stayed that wide when
    the referral's choices gave the page a scroll bar, and the page slid sideways."""
    kiosk, window = staff_kiosk_at(queue_kiosk, qtbot, (1080, 1920))
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    click(window, "Larger text")
    click(window, "Larger text")
    kiosk.ctx.set_language("es")
    screen.referral_panel.show()
    screen.choose_other_organisation()
    page = window.pages[ScreenId.ADVISER_QUEUE]
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    for _ in range(3):  # the layout settles
        qtbot.wait(0)
    assert page.horizontalScrollBar().maximum() == 0
    assert screen.current.text() == "Ahora no hay nadie en el mostrador 1."


@pytest.mark.parametrize("language", ["so", "ur"])
def test_on_a_laptop_sized_screen_today_at_this_hub_shows_whole(
    queue_kiosk, qtbot, click, language
):
    """At 1366 x 768 in Somali or Urdu the figures' names wrapped in half the width (the
    figures took the other half) and the two buttons were under "More below"."""
    kiosk, window = staff_kiosk_at(queue_kiosk, qtbot, (1366, 768))
    sign_in(kiosk, qtbot, click)
    today = open_today(window, qtbot, click)
    kiosk.ctx.set_language(language)
    with qtbot.waitSignal(today.figures_shown, timeout=10_000):  # read again in the language
        today.refresh()
    parts = [*today.names.values(), *today.values.values(), today.refresh_button]
    assert_all_in_view(
        window.pages[ScreenId.ADVISER_TODAY].viewport(), [*parts, today.adviser_button]
    )


LONG_DESTINATIONS = [
    "Benefits and cost of living",
    "Freedom Pass and Blue Badge",
    "Highways and street cleansing",
]


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)], ids=["1280x800", "1366x768"])
@pytest.mark.parametrize("destinations", [2, 3])
@pytest.mark.parametrize("language", ["English", "اردو"], ids=["en", "ur"])
def test_today_at_this_hub_shows_whole_after_referrals_with_long_names(
    queue_kiosk, qtbot, click, clock, size, destinations, language
):
    """QA at 1280 x 800: two referrals to "Benefits and cost of living" and "Freedom Pass
    and Blue Badge" made "Referrals by destination" drop below the figures (its lines
    counted as one long line), and Refresh, Back to the adviser screen and the residents
    turned away went under "More below". In English and Urdu the destinations now wrap
    within their column beside the figures."""
    kiosk, window = staff_kiosk_at(queue_kiosk, qtbot, size)
    targets = LONG_DESTINATIONS[:destinations]
    take_tickets(kiosk, qtbot, click, ["Housing"] * (destinations + 1))
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    for target in targets:
        clock.advance(minutes=7)
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            click(window, "Call next")
        click(window, "Served: referred")
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            click(window, target)
    kiosk.ctx.go(ScreenId.ADVISER_HOME)
    today = open_today(window, qtbot, click)
    click(window, language)
    assert today.values["referrals"].text().startswith(f"{destinations} (")
    assert today.destinations.text().count("\n") == destinations - 1
    parts = [*today.names.values(), *today.values.values(), today.destinations_heading]
    assert_all_in_view(
        window.pages[ScreenId.ADVISER_TODAY].viewport(),
        [*parts, today.destinations, today.refresh_button, today.adviser_button],
    )


@pytest.mark.parametrize("language", ["so", "es"])
def test_on_a_laptop_sized_screen_the_desk_shows_whole_in_longer_words(
    queue_kiosk, qtbot, click, language
):
    """Somali's "Served" buttons take two rows at 1280 x 800: the third was under "More
    below". The calls and the transfer now share a row where they fit."""
    kiosk, window = staff_kiosk_at(queue_kiosk, qtbot, (1280, 800))
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    kiosk.ctx.set_language(language)
    served = [screen.resolved_button, screen.follow_up_button, screen.referred_button]
    calls = [screen.call_button, screen.recall_button, screen.no_show_button]
    parts = [screen.heading, screen.current, *calls, screen.transfer_button, *served]
    assert_all_in_view(window.pages[ScreenId.ADVISER_QUEUE].viewport(), parts)


def test_queue_refusals_are_said_in_the_advisers_language_and_logged_without_a_traceback(
    queue_kiosk, qtbot, click, caplog
):
    """An adviser's queue mistakes were said in English on a Somali screen ("Finish the
    ticket at this desk first.") and each wrote an ERROR with a traceback to the kiosk's
    log, as a fault would; "Call next" with nobody waiting said nothing at all."""
    caplog.set_level(logging.INFO, logger="hubkiosk.qt.ops")
    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    assert screen.message.isVisible() and screen.message.text() == "No one is waiting."
    click(window, "Soomaali")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Wac kan xiga")  # Call next
    assert screen.message.text() == "Hadda qofna ma sugayo."

    click(window, "English")
    click(window, "Start again")
    take_tickets(kiosk, qtbot, click, ["Housing", "Housing"])
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    click(window, "Soomaali")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        qtbot.mouseClick(screen.call_button, Qt.MouseButton.LeftButton)
    assert not screen.message.isVisible()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        qtbot.mouseClick(screen.call_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Marka hore dhammee tigidhka miiskan ku jira."
    screen.transfer_to.setCurrentIndex(screen.transfer_to.findData("housing"))
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        qtbot.mouseClick(screen.transfer_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Tigidhku horeba wuu ugu jiray safkaas."

    # Expected refusals: one INFO line each, no traceback; no ERROR.
    kiosk.ctx.ops.wait()
    ops_log = [r for r in caplog.records if r.name == "hubkiosk.qt.ops"]
    assert [r.levelname for r in ops_log if r.levelno >= logging.WARNING] == []
    refused = [r.getMessage() for r in ops_log if "refused" in r.getMessage()]
    assert refused == [
        "operation call_next refused: desk_busy",
        "operation transfer refused: same_queue",
    ]
    assert not any(r.exc_info or r.exc_text for r in ops_log)


def test_the_adviser_screen_says_when_feedback_is_held_before_it_is_sent(
    queue_kiosk, qtbot, click, clock
):
    """Quick feedback and survey answers go to the server only once their hour has ended
    (so they cannot be linked to the resident's ticket). The finding: meanwhile the adviser
    and IT screen counted them nowhere, as if nothing were on the kiosk; it now says they
    are held and why, and once their hour has ended they wait to be sent like any record."""
    from hubkiosk.store import outbox
    from hubkiosk.store.models import Feedback

    kiosk = staff_kiosk(queue_kiosk)
    with kiosk.store.session() as session:
        for score in (5, 4):
            outbox.add_record(
                session, Feedback(hub_id=kiosk.settings.hub_id, score=score, created_at=clock())
            )
    sign_in(kiosk, qtbot, click)
    screen = kiosk.window.screens[ScreenId.ADVISER_HOME]
    qtbot.waitUntil(lambda: "held" in screen.sync_line.text(), timeout=10_000)
    said = screen.sync_line.text()
    assert "2 survey answers or feedback are held until the end of their hour" in said
    # Waiting to be sent: the adviser's own sign-in records, not the feedback.
    waiting = waiting_count(said)

    clock.advance(hours=1)
    with qtbot.waitSignal(screen.status_read, timeout=10_000):
        screen.refresh()
    said = screen.sync_line.text()
    assert waiting_count(said) == waiting + 2 and "held" not in said


def waiting_count(said: str) -> int:
    """How many records the adviser screen says wait to be sent (0 when it says none)."""
    import re

    found = re.search(r"(\d+) records? waits? to be sent", said)
    return int(found.group(1)) if found else 0


def test_after_closing_no_one_is_said_to_be_waiting_now(queue_kiosk, qtbot, click, clock):
    """QA at 19:07: "Waiting now 1" for a ticket never called, whose resident had long
    gone home. Once the hub has closed for the day the same count is named for what it is."""
    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    take_tickets(kiosk, qtbot, click, ["Housing"])
    sign_in(kiosk, qtbot, click)
    today = open_today(window, qtbot, click)
    assert today.names["waiting_now"].text() == "Waiting now"
    assert today.values["waiting_now"].text() == "1"

    clock.set_local(dt.datetime(2026, 11, 24, 19, 7, tzinfo=LONDON))  # closed at 17:00
    with qtbot.waitSignal(today.figures_shown, timeout=10_000):
        click(window, "Refresh")
    assert today.names["waiting_now"].text() == "Not called before closing"
    assert today.values["waiting_now"].text() == "1"
    kiosk.ctx.set_language("bn")
    assert today.names["waiting_now"].text() == "বন্ধ হওয়ার আগে ডাকা হয়নি"


def test_read_aloud_on_the_queue_says_numbers_not_the_residents_name_or_needs(
    queue_kiosk, qtbot, click
):
    """QA s38: "Read aloud" on "Queue and desks" said "At Desk 1: H-001 (Housing, name:
    Fatima Begum, urgent)" into the hall, and the waiting list's needs ("H-002 (needs an
    interpreter, language: Bengali)"). What a resident typed is never spoken in the hub, nor
    what they asked for: the screen still shows both to the adviser."""
    from PySide6.QtCore import Qt

    from tests.test_a11y_speech import MockEngine

    kiosk = staff_kiosk(queue_kiosk)
    window = kiosk.window
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.mouseClick(confirm.name_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(confirm.name_edit, "Fatima Begum")
    click(window, "I need extra help")
    click(window, "Urgent: I am not safe, or I have nowhere to stay tonight")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Get my ticket")
    click(window, "Done")
    click(window, "Housing")
    click(window, "I need extra help")
    click(window, "An interpreter")
    click(window, "Bengali (বাংলা)")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Get my ticket")
    click(window, "Done")
    sign_in(kiosk, qtbot, click)
    screen = open_queue(kiosk, qtbot, click)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        click(window, "Call next")
    qtbot.waitUntil(lambda: "Fatima Begum" in screen.current.text(), timeout=10_000)
    assert "urgent" in screen.current.text()  # shown to the adviser
    assert "Bengali" in screen.waiting.text()
    engine = MockEngine("en")
    window.speaker.use_engine(engine)
    click(window, "Read aloud")
    said = "\n".join(text for text, _language in engine.said)
    assert "At Desk 1: H-001 (Housing)" in said
    assert "H-002" in said
    for private in ("Fatima", "Begum", "urgent", "interpreter", "Bengali"):
        assert private not in said, (private, said)
