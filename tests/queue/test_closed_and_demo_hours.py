"""Issue 14, items 5 and 6: a closed or appointment-only hub gives buttons, not
instructions; tiles say what they do; ``--demo`` is open whenever it runs."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hubkiosk.core import hours
from hubkiosk.core.content import load_default_content
from hubkiosk.ui.screens import ScreenId
from tests.conftest import find_button, resize_to
from tests.queue.conftest import LONDON


def test_closed_gives_buttons_for_opening_times_and_services(queue_kiosk, click, clock):
    clock.set_local(dt.datetime(2026, 11, 24, 17, 30, tzinfo=LONDON))  # a Tuesday evening
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    closed = window.screens[ScreenId.QUEUE].stack.closed
    assert closed.isVisible()
    words = "\n".join(lab.text() for lab in (closed.heading, closed.reason, closed.when))
    assert "touch Start again" not in words
    assert not closed.times.isVisible()
    click(window, "See opening times")
    assert closed.times.isVisible()
    week = closed.times.text().splitlines()
    assert week[0] == "Tuesday 24 November: 09:00–17:00"
    assert "Saturday 28 November: closed" in week and len(week) == 7
    click(window, "Find a service or do it online")
    assert window.current is ScreenId.FINDER


def test_appointment_only_tiles_say_what_they_do(queue_kiosk, click):
    kiosk = queue_kiosk(config={"hub_id": "town-hall-whitechapel"})
    window = kiosk.window
    home = window.screens[ScreenId.HOME]
    assert not any(tile._sub.text() == "Get a ticket" for tile in home.top_tiles)
    assert [tile._sub.text() for tile in home.top_tiles] == ["Find a drop-in hub"] * 3
    click(window, "Housing")
    redirect = window.screens[ScreenId.TICKET_CONFIRM].stack.redirect
    assert redirect.isVisible()
    assert all(lab.isVisible() for lab in redirect.hub_labels)
    click(window, "Start again")
    click(window, "Check in, or find a drop-in hub")
    assert find_button(window, "I have an appointment").isVisible()


def test_a_closed_appointment_only_hub_offers_no_ticket(queue_kiosk, click, clock):
    """QA: Town Hall Whitechapel (appointment only) out of hours said "You can get a ticket
    while the hub is open": it gives no walk-in ticket. It says what it does give."""
    clock.set_local(dt.datetime(2026, 11, 24, 17, 30, tzinfo=LONDON))  # a Tuesday evening
    kiosk = queue_kiosk(config={"hub_id": "town-hall-whitechapel"})
    window = kiosk.window
    click(window, "Check in, or find a drop-in hub")
    closed = window.screens[ScreenId.QUEUE].stack.closed
    assert closed.isVisible()
    assert closed.reason.text() == ("You can check in for your appointment while the hub is open.")


def test_a_drop_in_hub_keeps_its_ticket_tiles(queue_kiosk):
    kiosk = queue_kiosk()
    home = kiosk.window.screens[ScreenId.HOME]
    assert [tile._sub.text() for tile in home.top_tiles] == ["Get a ticket"] * 3
    assert find_button(kiosk.window, "Get a ticket or check in")


def test_demo_hours_are_open_at_every_hour_of_every_day():
    bow = load_default_content().hub("idea-store-bow")
    demo = hours.demo_hours(bow)
    start = dt.datetime(2026, 12, 25, 0, 0, tzinfo=LONDON)  # Christmas Day, a closure
    assert not hours.state_at(bow, start.replace(hour=19)).is_open
    for hour in range(0, 24 * 7, 1):
        moment = start + dt.timedelta(hours=hour, minutes=59)
        assert hours.state_at(demo, moment).is_open, moment


def test_demo_kiosk_gives_a_ticket_in_the_evening(tmp_path, qtbot, click):
    """``hubkiosk --demo`` at 19:30 on a Saturday: check-in is open."""
    import hubkiosk.app as app

    evening = dt.datetime(2026, 11, 28, 19, 30, tzinfo=LONDON).astimezone(dt.UTC)
    kiosk = app.build(
        ["--windowed", "--demo", "--data-dir", str(tmp_path / "data")],
        clock=lambda: evening,
        connect=False,
    )
    try:
        window = kiosk.window
        window.resize(1280, 900)
        window.show()
        click(window, "Get a ticket or check in")
        click(window, "Housing")
        with qtbot.waitSignal(window.screen_changed, timeout=10_000):
            click(window, "Get my ticket")
        assert window.screens[ScreenId.TICKET_ISSUED].number.text() == "H-001"
    finally:
        kiosk.ctx.ops.wait()
        kiosk.close()
        kiosk.window.close()


@pytest.mark.parametrize(("size", "language"), [((1080, 1920), "es"), ((1080, 1920), "so")])
def test_closed_hub_buttons_keep_their_words_at_the_largest_text(
    queue_kiosk, qtbot, click, clock, size, language
):
    """At 200 % text on a portrait kiosk the closed hub's two buttons go one under the
    other rather than squeezing a word off a button ("Ver el horario", "Eeg saacadaha
    furitaanka" were cut: the audit walks the hubs open, so only out of hours)."""
    clock.set_local(dt.datetime(2026, 11, 24, 17, 30, tzinfo=LONDON))  # a Tuesday evening
    kiosk = queue_kiosk()
    window = kiosk.window
    resize_to(window, qtbot, size)
    for _ in range(2):
        click(window, window.text_size_button.text())
    qtbot.mouseClick(window.language_buttons[language], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.screens[ScreenId.HOME].ticket_tile, Qt.MouseButton.LeftButton)
    closed = window.screens[ScreenId.QUEUE].stack.closed
    assert closed.isVisible()
    for _ in range(3):
        QApplication.processEvents()
    for button in (closed.times_button, closed.finder_button):
        assert button.width() >= button.minimumSizeHint().width(), button.text()
