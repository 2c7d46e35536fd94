"""A resident who came to check in for an appointment and could not is counted, once a
visit, anonymously: at the appointment-only hub the managers' report showed "Visits 4" and
50 % resolved at first contact while three residents turned away appeared nowhere."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import select

from PySide6.QtCore import Qt

from hubkiosk.store import outbox
from hubkiosk.store.models import Appointment, Channel, CheckInTurnedAway, OutboxItem
from hubkiosk.ui.screens import ScreenId
from tests.conftest import stored_rows
from tests.queue.conftest import LONDON
from tests.queue.test_assisted_mode import ADVISER, sign_in, with_adviser

TOWN_HALL = "town-hall-whitechapel"


def book(kiosk, hub_id: str, reference: str, starts_at: dt.datetime) -> uuid.UUID:
    booking = uuid.uuid4()
    with kiosk.store.session() as session:
        session.add(
            Appointment(
                id=booking,
                hub_id=hub_id,
                service_id="housing",
                starts_at=starts_at,
                reference=reference,
            )
        )
    return booking


def answer_for(window, qtbot, reference: str) -> str:
    """On the appointment screen: type ``reference``, touch "Check in"; the answer's title
    (empty when the resident was checked in)."""
    screen = window.screens[ScreenId.APPOINTMENT]
    screen.reference_edit.clear()
    qtbot.keyClicks(screen.reference_edit, reference)
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    window.ctx.ops.wait()
    return screen.answer_title.text() if screen.pages.currentWidget() is screen.answer else ""


def turned_away_items(kiosk) -> list[OutboxItem]:
    kiosk.ctx.ops.wait()
    with kiosk.store.session() as session:
        items = session.scalars(
            select(OutboxItem).where(OutboxItem.kind == "check_in_turned_away")
        ).all()
        session.expunge_all()
        return list(items)


def test_the_appointment_only_hub_counts_a_resident_it_turned_away_once_they_leave(
    queue_kiosk, qtbot, click, clock
):
    clock.set_local(dt.datetime(2026, 11, 24, 10, 37, tzinfo=LONDON))
    kiosk = queue_kiosk(config={"hub_id": TOWN_HALL})
    booking = book(kiosk, TOWN_HALL, "TH-2468", clock() + dt.timedelta(days=1))
    window = kiosk.window
    qtbot.mouseClick(window.screens[ScreenId.HOME].ticket_tile, Qt.MouseButton.LeftButton)
    redirect = window.screens[ScreenId.QUEUE].stack.redirect
    qtbot.mouseClick(redirect.appointment_button, Qt.MouseButton.LeftButton)
    assert answer_for(window, qtbot, "TH-2468") == "Your appointment is on another day"
    assert turned_away_items(kiosk) == [], "not while the resident may still try again"

    click(window, "Done")
    assert window.current is ScreenId.HOME
    (record,) = stored_rows(kiosk, CheckInTurnedAway)
    assert (record.hub_id, record.reason, record.channel) == (
        TOWN_HALL,
        "another_day",
        Channel.SELF_SERVICE,
    )
    (item,) = turned_away_items(kiosk)
    payload = item.payload
    # Anonymous: the hour only, and nothing that names the booking, its service or its time.
    assert payload["created_at"] == "2026-11-24T10:00:00Z", payload
    assert set(payload) == {"id", "created_at", "hub_id", "channel", "adviser_id", "reason"}
    text = json.dumps(payload)
    for named in ("TH-2468", "2468", str(booking), "housing"):
        assert named not in text, named
    # Sent like quick feedback: only once the hour it is stamped with has ended.
    with kiosk.store.session() as session:
        now = clock()
        assert item.id.hex not in {row.id for row in outbox.next_batch(session, 50, now=now)}
        later = now + dt.timedelta(hours=1)
        assert item.id.hex in {row.id for row in outbox.next_batch(session, 50, now=later)}


def test_a_reference_mistyped_then_found_counts_nobody_turned_away(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    assert answer_for(window, qtbot, "HK-9999") == "We could not find your appointment"
    click(window, "Try again")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        answer_for(window, qtbot, "HK-4821")
    assert shown.args == [ScreenId.TICKET_ISSUED]
    click(window, "Done")
    assert window.current is ScreenId.HOME
    assert stored_rows(kiosk, CheckInTurnedAway) == []


def test_one_visit_turned_away_twice_is_counted_once_with_the_last_answer(
    queue_kiosk, qtbot, click, clock
):
    kiosk = queue_kiosk()  # Idea Store Bow, 10:30
    book(kiosk, TOWN_HALL, "TH-1357", clock() + dt.timedelta(minutes=20))
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    assert answer_for(window, qtbot, "HK-9999") == "We could not find your appointment"
    click(window, "Try again")
    assert "another hub" in answer_for(window, qtbot, "TH-1357").lower()
    window.idle.timed_out.emit()  # the resident walks away
    assert window.current is ScreenId.HOME
    assert [r.reason for r in stored_rows(kiosk, CheckInTurnedAway)] == ["another_hub"]

    # The next resident's visit starts with nothing of it: a check-in counts no one.
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        answer_for(window, qtbot, "HK-4821")
    click(window, "Done")
    assert len(stored_rows(kiosk, CheckInTurnedAway)) == 1


def test_a_resident_turned_away_with_an_adviser_beside_them_is_counted_as_assisted(
    queue_kiosk, qtbot, click
):
    """Counted in the mode the answer was given in: the adviser was beside the resident
    then, though they handed the kiosk back before the resident left."""
    kiosk = queue_kiosk()
    window = kiosk.window
    with_adviser(kiosk)
    sign_in(kiosk, qtbot, click)
    click(window, "Help a resident")
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    assert answer_for(window, qtbot, "HK-9999") == "We could not find your appointment"
    click(window, "Hand back")  # the resident goes on alone...
    assert kiosk.ctx.adviser is None
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        click(window, "Start again")  # ...and leaves
    (record,) = stored_rows(kiosk, CheckInTurnedAway)
    assert (record.reason, record.channel, record.adviser_id) == (
        "not_found",
        Channel.ASSISTED,
        ADVISER,
    )
