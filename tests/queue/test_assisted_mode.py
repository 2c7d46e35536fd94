"""Issue 15, assisted mode, driven by the buttons' words: an adviser signs in, touches
"Help a resident", and helps a resident check in for a booking, send a form and give
feedback; every record says assisted and names the adviser (in the store and at the
central server), the same journeys alone say self-service, "Finish helping" leaves nothing
of the resident on screen or in undo and opens no staff screen without the PIN, and the
survey in assisted mode asks the adviser to step back (the banner then offers no staff
action) and marks what is answered with help."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from hubkiosk.core.pin import hash_pin
from hubkiosk.printing.slip import ReferenceSlip
from hubkiosk.store.models import (
    AdviserSession,
    AssistedVisit,
    Feedback,
    FormSubmission,
    OutboxItem,
    QueueEvent,
    SurveyResponse,
    Ticket,
)
from hubkiosk.ui.main_window import all_typed_text
from hubkiosk.ui.screens import ScreenId
from sync.client.engine import SyncState
from sync.protocol.wire import Adviser
from tests.conftest import button_shown, sign_in_by_pin, stored_rows
from tests.sync.conftest import (  # noqa: F401 (fixtures)
    HUB,
    FakeClock,
    db_url,
    make_central,
    make_engine,
    pg_url,
)

PIN = "3579"
ADVISER = "a-rahman"
BANNER = "Helping you: Amina, Residents' Hub adviser"


def with_adviser(kiosk) -> None:
    content = kiosk.ctx.content
    adviser = Adviser(id=ADVISER, name="Amina Rahman", pin_hash=hash_pin(PIN, rounds=1000))
    kiosk.ctx.set_content(dataclasses.replace(content, advisers=(adviser,)))


def sign_in(kiosk, qtbot, click) -> None:
    sign_in_by_pin(kiosk, qtbot, click, PIN)


def one_visit_finished_then_signed_in_again(kiosk) -> tuple[list, list]:
    """The adviser's sessions and visits after one visit ended with "Finish helping" (which
    signs them out), a sign-in again by PIN, and leaving: as the records say it."""
    sessions = stored_rows(kiosk, AdviserSession)
    assert [(s.event, s.reason) for s in sessions] == [
        ("signed_in", None),
        ("signed_out", "finished"),
        ("signed_in", None),
        ("signed_out", "left"),
    ]
    visits = stored_rows(kiosk, AssistedVisit)
    assert [(v.event, v.reason) for v in visits] == [("started", None), ("ended", "finished")]
    return sessions, visits


def check_in_for_booking(kiosk, qtbot, click) -> None:
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    qtbot.keyClicks(screen.reference_edit, "HK-4821")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as blocker:
        click(window, "Check in")
    assert blocker.args == [ScreenId.TICKET_ISSUED]
    click(window, "Done")


def type_into(window, qtbot, name: str, text: str) -> None:
    (widget,) = [
        w for w in window.findChildren(QLineEdit) if w.isVisible() and w.accessibleName() == name
    ]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(widget, text)


def missed_bin_up_to_review(
    kiosk, qtbot, click, yesterday: dt.date, street: str = "12 Roman Road", postcode: str = "E3 2BS"
) -> None:
    window = kiosk.window
    with qtbot.waitSignal(window.screen_changed, timeout=3000):
        click(window, "Find a service or do it now")
    click(window, "Waste and recycling")
    click(window, "Do it here now")
    click(window, "Recycling")
    click(window, "Next")
    answers_from_the_day(window, qtbot, click, yesterday, street, postcode)
    assert window.screens[ScreenId.FORM].reviewing


def answers_from_the_day(
    window,
    qtbot,
    click,
    yesterday: dt.date,
    street: str = "12 Roman Road",
    postcode: str = "E3 2BS",
) -> None:
    """The missed-bin form's answers from its collection day to its postcode, then Next."""
    for part, value in zip(
        ("Day", "Month", "Year"),
        (str(yesterday.day), f"{yesterday.month:02d}", str(yesterday.year)),
        strict=True,
    ):
        type_into(window, qtbot, f"When should it have been collected?: {part}", value)
    click(window, "Next")
    click(window, "A house")
    click(window, "Next")
    type_into(window, qtbot, "Your house number and street", street)
    click(window, "Next")
    type_into(window, qtbot, "Your postcode", postcode)
    click(window, "Next")


def quick_feedback(kiosk, qtbot, click, face: str) -> None:
    window = kiosk.window
    click(window, "Tell us what you think")
    click(window, "Quick feedback")
    click(window, face)
    with qtbot.waitSignal(window.screens[ScreenId.FEEDBACK].feedback_saved, timeout=10_000):
        click(window, "Send")
    click(window, "Finish")


def test_an_adviser_helps_a_resident_and_every_record_says_so(
    queue_kiosk,
    qtbot,
    click,
    make_central,  # noqa: F811
):
    kiosk = queue_kiosk()
    window = kiosk.window
    with_adviser(kiosk)
    sign_in(kiosk, qtbot, click)
    click(window, "Help a resident")
    assert window.current is ScreenId.HOME
    assert window.banner.isVisible() and window.banner.text.text() == BANNER
    assert button_shown(window, "Hand back") and button_shown(window, "Finish helping")

    # A check-in for a booking, with the adviser beside the resident.
    check_in_for_booking(kiosk, qtbot, click)
    assert window.current is ScreenId.HOME and window.banner.isVisible(), "still helping"

    # A form the adviser types: the resident confirms by touch before it is sent.
    yesterday = kiosk.ctx.local_now().date() - dt.timedelta(days=1)
    missed_bin_up_to_review(kiosk, qtbot, click, yesterday)
    assert window.banner.isVisible()
    form = window.screens[ScreenId.FORM]
    assert "Amina typed my answers for me" in form.consent.text.text()
    click(window, "বাংলা")  # the banner and the consent line in the resident's language
    assert "আমি সম্মত যে Amina" in form.consent.text.text()
    assert window.banner.text.text() == "আপনাকে সাহায্য করছেন: Amina, রেসিডেন্টস হাব উপদেষ্টা"
    click(window, "English")
    click(window, "Send")
    assert window.current is ScreenId.FORM, "no consent, not sent"
    assert "Please touch I agree before sending." in form.consent.text.text()
    click(window, "I agree")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as blocker:
        click(window, "Send")
    assert blocker.args == [ScreenId.FORM_DONE]
    assert window.screens[ScreenId.FORM_DONE].assisted
    click(window, "Start again")
    assert window.current is ScreenId.HOME and window.banner.isVisible()

    # Feedback, with help.
    quick_feedback(kiosk, qtbot, click, "Good")

    # The survey: the adviser is asked to step back; answered with help, it is marked.
    click(window, "Tell us what you think")
    click(window, "Customer experience survey")
    note = window.banner.step_back  # the banner asks it, above the survey
    assert note.isVisible() and "Adviser: please step back" in note.text.text()
    click(window, "Start the survey")
    click(window, "Yes")
    click(window, "Next")

    # A second form, half typed, then "Finish helping": nothing of the resident stays.
    click(window, "Start again")  # the survey walked away from is kept, as partial
    missed_bin_up_to_review(kiosk, qtbot, click, yesterday, "7 Mile End Road", "E1 4NS")
    click(window, "Back")  # back to the postcode, typed
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        click(window, "Finish helping")
    assert window.current is ScreenId.ADVISER_PIN and not window.banner.isVisible()
    assert kiosk.ctx.adviser is None, "signed out: the PIN takes the adviser back"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    typed = " ".join(all_typed_text(window))
    assert "Mile End" not in typed and "E1 4NS" not in typed
    for line in window.findChildren(QLineEdit):
        assert not line.isUndoAvailable(), line.accessibleName()
    for editor in window.findChildren(QPlainTextEdit):
        assert not editor.document().isUndoAvailable()

    # The same journeys alone: self-service.
    sign_in(kiosk, qtbot, click)
    click(window, "Leave adviser mode")
    assert kiosk.ctx.adviser is None and not window.banner.isVisible()
    click(window, "Get a ticket or check in")
    click(window, "Parking")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Get my ticket")
    click(window, "Done")
    quick_feedback(kiosk, qtbot, click, "Very good")

    helped = (("assisted", ADVISER),)
    alone = (("self_service", None),)
    tickets = stored_rows(kiosk, Ticket)
    assert [(t.channel.value, t.adviser_id, t.appointment_id is not None) for t in tickets] == [
        ("assisted", ADVISER, True),
        ("self_service", None, False),
    ]
    check_ins = [e for e in stored_rows(kiosk, QueueEvent) if e.kind.value == "checked_in"]
    assert [(e.channel.value, e.adviser_id) for e in check_ins] == [*helped, *alone]
    (form_row,) = stored_rows(kiosk, FormSubmission)
    assert (form_row.channel.value, form_row.adviser_id) == helped[0]
    feedback = stored_rows(kiosk, Feedback)
    assert [(f.score, f.channel.value, f.adviser_id) for f in feedback] == [
        (4, "assisted", ADVISER),
        (5, "self_service", None),
    ]
    (survey,) = stored_rows(kiosk, SurveyResponse)
    assert (survey.complete, survey.channel.value, survey.adviser_id) == (False, *helped[0])
    assert survey.created_at.minute == 0 and feedback[0].created_at.minute == 0, "to the hour"
    sessions, visits = one_visit_finished_then_signed_in_again(kiosk)
    assert {v.adviser_id for v in visits} == {s.adviser_id for s in sessions} == {ADVISER}

    # Synced: the central server keeps what each record says.
    central = make_central()
    token = central.enrol(HUB)
    status = make_engine(central.url, token, kiosk.store, FakeClock()).sync_once()
    assert status.state is SyncState.OK and status.pending == 0
    with kiosk.store.session() as session:
        items = {item.id: item.kind for item in session.scalars(select(OutboxItem))}
    for record in [*tickets, form_row, *feedback, survey]:
        kept = central.record(record.id)
        assert kept is not None
        assert (kept.payload["channel"], kept.payload["adviser_id"]) == (
            record.channel.value,
            record.adviser_id,
        )
        assert kept.channel == record.channel.value and kept.adviser_id == record.adviser_id
    assert central.count("adviser_session") == 4 and central.count("assisted_visit") == 2
    assert len(items) == central.count()


def test_hand_back_lets_the_resident_go_on_alone(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk()
    window = kiosk.window
    with_adviser(kiosk)
    sign_in(kiosk, qtbot, click)
    click(window, "Help a resident")
    click(window, "Tell us what you think")
    click(window, "Customer experience survey")
    click(window, "Answer on my own")  # the banner's step-back note
    assert kiosk.ctx.adviser is None and not window.banner.isVisible()
    assert window.current is ScreenId.SURVEY, "the resident goes on where they were"
    assert not window.banner.step_back.isVisible()
    click(window, "Start the survey")
    click(window, "Yes")
    click(window, "Next")
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        click(window, "Start again")
    (survey,) = stored_rows(kiosk, SurveyResponse)
    assert (survey.channel.value, survey.adviser_id) == ("self_service", None)
    visits = stored_rows(kiosk, AssistedVisit)
    assert [(v.event, v.reason) for v in visits] == [("started", None), ("ended", "handed_back")]


@pytest.mark.parametrize("where", ["helping", "own screen"])
def test_idle_times_while_an_adviser_is_signed_in(queue_kiosk, qtbot, click, where):
    kiosk = queue_kiosk(
        config={
            "idle_seconds": 30,
            "assisted_idle_seconds": 0.3 if where == "helping" else 600,
            "adviser_idle_seconds": 0.3 if where == "own screen" else 600,
            "warning_seconds": 0.3,
        }
    )
    window = kiosk.window
    with_adviser(kiosk)
    sign_in(kiosk, qtbot, click)
    assert window.idle.idle_seconds == (0.3 if where == "own screen" else 600)
    if where == "helping":
        click(window, "Help a resident")
        assert window.idle.idle_seconds == 0.3
        click(window, "Get a ticket or check in")
    with qtbot.waitSignal(window.reset_done, timeout=10_000):
        pass  # nobody touches the kiosk
    assert kiosk.ctx.adviser is None and window.current is ScreenId.HOME
    assert window.idle.idle_seconds == 30 and not window.banner.isVisible()
    sessions = stored_rows(kiosk, AdviserSession)
    assert [(s.event, s.reason) for s in sessions][-1] == ("signed_out", "idle")


def test_the_slip_says_a_form_was_submitted_with_help() -> None:
    common = {
        "hub_name": "Idea Store Bow",
        "title": "Report a missed bin collection",
        "reference": "MB-7K3Q-2P",
        "next_steps": "",
        "printed_at": dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC),
    }
    assert ReferenceSlip(**common).help_line == ""
    assert ReferenceSlip(**common, assisted=True).help_line == (
        "Submitted with help from a Residents' Hub adviser at Idea Store Bow"
    )


def test_finish_helping_opens_no_staff_screen_without_the_pin(queue_kiosk, qtbot, click):
    """ "Finish helping" is on the resident's screen: an adviser who walked away (or a
    resident who touches it) landed on "Adviser and IT" still signed in, and "Queue and
    desks" showed the name of the resident at the desk and took Call next, Did not come...
    under the adviser's id. Now the visit ends, the adviser is signed out, and the PIN
    takes them back to their screens."""
    kiosk = queue_kiosk()
    window = kiosk.window
    with_adviser(kiosk)
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    qtbot.keyClicks(window.screens[ScreenId.TICKET_CONFIRM].name_edit, "Fatima")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Get my ticket")
    click(window, "Done")
    sign_in(kiosk, qtbot, click)
    queue_screen = window.screens[ScreenId.ADVISER_QUEUE]
    with qtbot.waitSignal(queue_screen.refreshed, timeout=10_000):
        click(window, "Queue and desks")
    click(window, "1")  # "Your desk:"
    with qtbot.waitSignal(queue_screen.refreshed, timeout=10_000):
        click(window, "Call next")
    qtbot.waitUntil(lambda: "Fatima" in queue_screen.current.text(), timeout=5000)
    window.back()
    click(window, "Help a resident")
    click(window, "Find a service or do it now")

    # The adviser walks away; the resident touches "Finish helping".
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        click(window, "Finish helping")
    assert kiosk.ctx.adviser is None and not window.banner.isVisible()
    assert window.current is ScreenId.ADVISER_PIN
    pin_screen = window.screens[ScreenId.ADVISER_PIN]
    assert "type your PIN to go back to your screens" in pin_screen.hint.text()
    for staff in ("Queue and desks", "Help a resident", "Leave adviser mode", "Call next"):
        assert not button_shown(window, staff), staff
    assert not window.back_button.isVisible()
    assert "Fatima" not in " ".join(all_typed_text(window))
    assert "Fatima" not in queue_screen.current.text()

    # The adviser, back at the kiosk, types their PIN: their screens again.
    for digit in PIN:
        click(window, digit)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as blocker:
        click(window, "Sign in")
    assert blocker.args == [ScreenId.ADVISER_HOME]
    with qtbot.waitSignal(queue_screen.refreshed, timeout=10_000):
        click(window, "Queue and desks")
    qtbot.waitUntil(lambda: "Fatima" in queue_screen.current.text(), timeout=5000)
    click(window, "Start again")
    sessions, visits = one_visit_finished_then_signed_in_again(kiosk)

    # Or a resident touches Start again on the PIN prompt: their own home.
    sign_in(kiosk, qtbot, click)
    click(window, "Help a resident")
    click(window, "Finish helping")
    click(window, "Start again")
    assert window.current is ScreenId.HOME and kiosk.ctx.adviser is None


def test_where_the_adviser_steps_back_the_banner_offers_no_staff_actions(queue_kiosk, qtbot, click):
    """On the council's survey the kiosk asks the adviser to step back: the banner's "Hand
    back" and "Finish helping" were still there for the resident alone to touch."""
    kiosk = queue_kiosk()
    window = kiosk.window
    with_adviser(kiosk)
    sign_in(kiosk, qtbot, click)
    click(window, "Help a resident")
    click(window, "Tell us what you think")
    assert button_shown(window, "Hand back") and button_shown(window, "Finish helping")
    click(window, "Customer experience survey")
    assert window.banner.isVisible() and window.banner.step_back.isVisible()
    assert not window.banner.text.isVisible(), "the step-back note in its place"
    assert not button_shown(window, "Hand back") and not button_shown(window, "Finish helping")
    assert button_shown(window, "Answer on my own")
    click(window, "Start the survey")
    assert not button_shown(window, "Hand back") and not button_shown(window, "Finish helping")
    # Back on the resident's home, still helped: the adviser's actions again.
    click(window, "Start again")
    assert window.current is ScreenId.HOME and kiosk.ctx.assisting
    assert button_shown(window, "Hand back") and button_shown(window, "Finish helping")
    assert window.banner.text.isVisible() and window.banner.text.text() == BANNER
    assert not window.banner.step_back.isVisible()


def test_the_banner_follows_high_contrast_and_leaves_room_at_larger_text(queue_kiosk, qtbot, click):
    """A resident helped by an adviser touched "High contrast": every screen turned black
    but the banner, left cream. It follows the theme now. Its words stay at the normal size
    at larger text: on a laptop-sized panel at 200 % the bars leave the page little room,
    and a banner grown too squeezed the hub's name and its own words (in Spanish)."""
    from hubkiosk.ui import audit
    from tests.conftest import resize_to

    kiosk = queue_kiosk()
    window = kiosk.window
    resize_to(window, qtbot, (1280, 800))
    with_adviser(kiosk)
    sign_in(kiosk, qtbot, click)
    click(window, "Help a resident")
    click(window, "Español")
    banner = window.banner
    normal = banner.text.fontInfo().pixelSize()
    click(window, "Alto contraste")
    click(window, "Texto más grande")
    click(window, "Texto más grande")  # 200 %
    assert window.text_size_button.text() == "Texto más pequeño"
    assert banner.grab().toImage().pixelColor(4, 4).name() == "#000000"  # the theme's black
    assert banner.text.fontInfo().pixelSize() == normal
    audit.settle()
    assert banner.text.text() == "Le ayuda: Amina, asesor del centro vecinal"
    for words in (window.hub_name, banner.text):
        assert audit._label_cut(words) == "", words.text()


def review_answers(window) -> list[str]:
    """The answers on the form's "Check your answers" page, as shown."""
    form = window.screens[ScreenId.FORM]
    return [w.text() for w in form.review_widgets if w.objectName() == "ReviewAnswer"]


def test_an_adviser_joins_a_resident_part_way(queue_kiosk, qtbot, click):
    """QA: a resident typed the missed-bin form up to "check and send" and asked for help;
    the adviser held the hub's name, typed the PIN and touched "Help a resident": the
    resident's home came up and the form was empty. The adviser joins the resident where
    they are, their answers kept; the review says the adviser helped (the resident typed
    the answers, not the adviser), and only what is sent from then on is assisted."""
    kiosk = queue_kiosk()
    window = kiosk.window
    with_adviser(kiosk)
    yesterday = kiosk.ctx.local_now().date() - dt.timedelta(days=1)
    missed_bin_up_to_review(kiosk, qtbot, click, yesterday, "7 Mile End Road")  # alone
    form = window.screens[ScreenId.FORM]
    assert not form.consent.isVisible()
    assert stored_rows(kiosk, AssistedVisit) == []

    sign_in(kiosk, qtbot, click)  # holding the hub's name, then the PIN
    click(window, "Help a resident")
    assert window.current is ScreenId.FORM and form.reviewing, "where the resident was"
    assert window.banner.isVisible() and window.banner.text.text() == BANNER
    assert "7 Mile End Road" in review_answers(window) and "E3 2BS" in review_answers(window)
    assert form.consent.isVisible()
    said = form.consent.text.text()
    assert "Amina helped me with this form" in said and "typed my answers" not in said

    # The adviser corrects the postcode: the review says they typed some of the answers.
    (change,) = [w for w in form.review_widgets if w.accessibleName() == "Change: Your postcode"]
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    (postcode,) = [w for w in window.findChildren(QLineEdit) if w.isVisible()]
    postcode.selectAll()
    qtbot.keyClicks(postcode, "E1 4NS")
    click(window, "Next")
    assert form.reviewing and "E1 4NS" in review_answers(window)
    assert "Amina typed some of my answers for me" in form.consent.text.text()
    click(window, "Send")
    assert window.current is ScreenId.FORM, "no consent, not sent"
    click(window, "I agree")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as blocker:
        click(window, "Send")
    assert blocker.args == [ScreenId.FORM_DONE]
    assert window.screens[ScreenId.FORM_DONE].assisted
    (sent,) = stored_rows(kiosk, FormSubmission)
    assert (sent.channel.value, sent.adviser_id) == ("assisted", ADVISER)

    # When the help ends, the visit is wiped as before.
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        click(window, "Finish helping")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    typed = " ".join(all_typed_text(window))
    assert "Mile End" not in typed and "E1 4NS" not in typed
    visits = stored_rows(kiosk, AssistedVisit)
    assert [(v.event, v.reason) for v in visits] == [("started", None), ("ended", "finished")]


def test_an_adviser_back_from_their_own_screens_helps_a_new_resident_from_the_start(
    queue_kiosk, qtbot, click
):
    """Joining a resident part-way is for the resident who asked: an adviser who signed in
    from a half-typed form, then worked on the queue, and only later touched "Help a
    resident" is helping someone else, who must not see the last resident's answers."""
    kiosk = queue_kiosk()
    window = kiosk.window
    with_adviser(kiosk)
    yesterday = kiosk.ctx.local_now().date() - dt.timedelta(days=1)
    missed_bin_up_to_review(kiosk, qtbot, click, yesterday, "7 Mile End Road")  # left there
    sign_in(kiosk, qtbot, click)
    click(window, "Queue and desks")
    assert window.current is ScreenId.ADVISER_QUEUE
    click(window, "Back")
    assert window.current is ScreenId.ADVISER_HOME
    click(window, "Help a resident")
    assert window.current is ScreenId.HOME, "a new resident starts at home"
    assert window.banner.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert "Mile End" not in " ".join(all_typed_text(window)), "the last resident's answers"


def test_what_a_resident_does_alone_before_an_adviser_joins_stays_self_service(
    queue_kiosk, qtbot, click
):
    """Joining a resident part-way keeps their visit, and what they sent alone stays
    self-service: only records made after "Help a resident" are assisted."""
    kiosk = queue_kiosk()
    window = kiosk.window
    with_adviser(kiosk)
    click(window, "Get a ticket or check in")
    click(window, "Parking")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Get my ticket")
    assert window.current is ScreenId.TICKET_ISSUED
    sign_in(kiosk, qtbot, click)
    click(window, "Help a resident")
    assert window.current is ScreenId.TICKET_ISSUED and kiosk.ctx.assisting
    click(window, "Done")
    quick_feedback(kiosk, qtbot, click, "Good")
    (ticket,) = stored_rows(kiosk, Ticket)
    assert (ticket.channel.value, ticket.adviser_id) == ("self_service", None)
    (feedback,) = stored_rows(kiosk, Feedback)
    assert (feedback.channel.value, feedback.adviser_id) == ("assisted", ADVISER)


@pytest.mark.parametrize("handed_back", ["at the review", "part-way"])
def test_a_form_an_adviser_typed_stays_assisted_when_handed_back(
    queue_kiosk, qtbot, click, handed_back
):
    """QA: an adviser typed the form and touched "Hand back" at the review: the consent
    line went, Send sent it as self-service with no adviser, the done screen was not
    marked. Once an adviser has typed answers, the record names them and the resident
    still agrees to it."""
    kiosk = queue_kiosk()
    window = kiosk.window
    with_adviser(kiosk)
    sign_in(kiosk, qtbot, click)
    click(window, "Help a resident")
    yesterday = kiosk.ctx.local_now().date() - dt.timedelta(days=1)
    form = window.screens[ScreenId.FORM]
    if handed_back == "at the review":
        missed_bin_up_to_review(kiosk, qtbot, click, yesterday)
        click(window, "Hand back")
        expected = "Amina typed my answers for me"
    else:
        with qtbot.waitSignal(window.screen_changed, timeout=3000):
            click(window, "Find a service or do it now")
        click(window, "Waste and recycling")
        click(window, "Do it here now")
        click(window, "Recycling")  # the adviser answers the first question
        click(window, "Next")
        click(window, "Hand back")  # the resident types the rest alone
        answers_from_the_day(window, qtbot, click, yesterday)
        expected = "Amina typed some of my answers for me"
    assert kiosk.ctx.adviser is None and not window.banner.isVisible()
    assert window.current is ScreenId.FORM and form.reviewing
    assert form.consent.isVisible() and expected in form.consent.text.text()
    click(window, "Send")
    assert window.current is ScreenId.FORM, "no consent, not sent"
    assert "Please touch I agree before sending." in form.consent.text.text()
    click(window, "I agree")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as blocker:
        click(window, "Send")
    assert blocker.args == [ScreenId.FORM_DONE]
    assert window.screens[ScreenId.FORM_DONE].assisted
    (sent,) = stored_rows(kiosk, FormSubmission)
    assert (sent.channel.value, sent.adviser_id) == ("assisted", ADVISER)


def test_a_form_handed_back_before_the_adviser_typed_is_the_residents(queue_kiosk, qtbot, click):
    """An adviser opens a form and hands back before typing anything: the resident fills
    it in alone, with no consent line, and it is sent as self-service."""
    kiosk = queue_kiosk()
    window = kiosk.window
    with_adviser(kiosk)
    sign_in(kiosk, qtbot, click)
    click(window, "Help a resident")
    with qtbot.waitSignal(window.screen_changed, timeout=3000):
        click(window, "Find a service or do it now")
    click(window, "Waste and recycling")
    click(window, "Do it here now")
    click(window, "Hand back")
    yesterday = kiosk.ctx.local_now().date() - dt.timedelta(days=1)
    click(window, "Recycling")
    click(window, "Next")
    answers_from_the_day(window, qtbot, click, yesterday)
    assert not window.screens[ScreenId.FORM].consent.isVisible()
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Send")
    assert not window.screens[ScreenId.FORM_DONE].assisted
    (sent,) = stored_rows(kiosk, FormSubmission)
    assert (sent.channel.value, sent.adviser_id) == ("self_service", None)
