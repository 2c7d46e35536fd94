"""QA s38, the hall kiosk left signed in: an adviser touched "Call next" on "Queue and
desks" and walked to their desk. For adviser_idle_seconds (180 s) and the 30 s warning
the kiosk in the hall showed "At Desk 1: H-001 (Housing, name: Rahima, needs an
interpreter, ...)", and the next resident who walked up could touch "Did not come", stored
as the adviser's no-show. "Queue and desks" now has its own short idle
(adviser_queue_idle_seconds, 30 s) and a warning of a few seconds, then the idle sign-out.

The idle monitor's clock is moved by hand (its looks at the clock are made by hand too:
a touch counts at the look after it, as on the kiosk)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from hubkiosk.settings import KioskSettings
from hubkiosk.store.models import AdviserSession, QueueEvent
from hubkiosk.ui.main_window import all_typed_text
from hubkiosk.ui.screens import ScreenId
from tests.conftest import button_shown, stored_rows
from tests.queue.test_adviser_desk import act, open_queue, ticket, with_advisers


class HandClock:
    """The idle monitor's monotonic clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def called(queue_kiosk, qtbot, click):
    """A resident (Rahima, with an interpreter) called to Desk 1 by Amina at the hall
    kiosk: the kiosk, its queue screen and the idle monitor's hand-moved clock, at the
    moment of the adviser's last touch ("Call next")."""
    kiosk = queue_kiosk()
    window = kiosk.window
    with_advisers(kiosk)
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    qtbot.keyClicks(window.screens[ScreenId.TICKET_CONFIRM].name_edit, "Rahima")
    click(window, "I need extra help")
    click(window, "An interpreter")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(window, "Get my ticket")
    click(window, "Done")
    screen = open_queue(kiosk, qtbot, click, "3579")
    click(window, "1")  # "Your desk:"
    hand = HandClock()
    window.idle._clock = hand
    act(screen, qtbot, click, "Call next")
    qtbot.waitUntil(lambda: "Rahima" in screen.current.text(), timeout=5000)
    window.idle.check()  # the look after the touch: active until now
    return kiosk, screen, hand


def look_at(window, hand: HandClock, seconds: float) -> None:
    """The idle monitor looks at its clock ``seconds`` after the adviser's last touch."""
    hand.now = 1000.0 + seconds
    window.idle.check()


def test_the_queue_screen_signs_the_adviser_out_after_a_short_idle(called, qtbot):
    kiosk, screen, hand = called
    window = kiosk.window
    look_at(window, hand, 29.8)
    assert not window.overlay.isVisible()
    look_at(window, hand, 30)
    # The usual warning, scaled down to a few seconds (an adviser at the kiosk keeps going
    # with "I need more time"; one gone to their desk is signed out soon).
    assert window.overlay.isVisible()
    assert window.overlay.countdown.text() == "5 seconds"
    assert window.overlay.question.text() == "Are you still there?"
    assert window.overlay.explain.text() == (
        "To keep residents' details private, you will be signed out when the time runs out."
    )
    look_at(window, hand, 33)
    assert window.overlay.countdown.text() == "2 seconds"
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        look_at(window, hand, 35)
    # Signed out as the idle sign-out does: recorded as idle, the screens wiped, the
    # residents' home.
    assert kiosk.ctx.adviser is None
    assert window.current is ScreenId.HOME
    assert not window.overlay.isVisible()
    assert button_shown(window, "Get a ticket or check in")
    sessions = stored_rows(kiosk, AdviserSession)
    assert [(s.event, s.reason) for s in sessions][-1] == ("signed_out", "idle")
    assert "H-001" not in screen.current.text()
    assert not [text for text in all_typed_text(window) if "Rahima" in text]
    # Nothing of the adviser's is a touch away for the next resident.
    window.back()
    assert window.current is ScreenId.HOME
    assert not button_shown(window, "Did not come")
    events = [e.kind.value for e in stored_rows(kiosk, QueueEvent)]
    assert "no_show" not in events


def test_any_touch_on_the_queue_screen_starts_its_idle_again(called, qtbot, click):
    kiosk, screen, hand = called
    window = kiosk.window
    look_at(window, hand, 20)
    click(window, "1")  # the adviser, still at the kiosk, touches the screen
    window.idle.check()  # the look after the touch
    look_at(window, hand, 49.8)
    assert not window.overlay.isVisible()
    look_at(window, hand, 50)
    assert window.overlay.isVisible()
    click(window, "I need more time")
    assert not window.overlay.isVisible()
    look_at(window, hand, 79.8)
    assert not window.overlay.isVisible()
    assert kiosk.ctx.adviser is not None and window.current is ScreenId.ADVISER_QUEUE
    assert "Rahima" in screen.current.text()


def test_the_other_adviser_screens_keep_the_adviser_idle_time(called, qtbot, click):
    kiosk, _screen, hand = called
    window = kiosk.window
    window.back()  # to the adviser and IT screen
    assert window.current is ScreenId.ADVISER_HOME
    window.idle.check()  # the look after the touch
    look_at(window, hand, 179.8)
    assert not window.overlay.isVisible()
    look_at(window, hand, 180)
    assert window.overlay.isVisible()
    assert window.overlay.countdown.text() == "30 seconds"
    click(window, "I need more time")
    assert kiosk.ctx.adviser is not None and window.current is ScreenId.ADVISER_HOME
    # Back to the queue: its own short idle again.
    with qtbot.waitSignal(window.screens[ScreenId.ADVISER_QUEUE].refreshed, timeout=10_000):
        click(window, "Queue and desks")
    window.idle.check()
    look_at(window, hand, 210)
    assert window.overlay.isVisible()
    assert window.overlay.countdown.text() == "5 seconds"


def test_the_queue_idle_is_a_setting(queue_kiosk, qtbot, click):
    kiosk = queue_kiosk(config={"adviser_queue_idle_seconds": 60})
    window = kiosk.window
    with_advisers(kiosk)
    ticket(kiosk, qtbot, click, "Housing")
    open_queue(kiosk, qtbot, click, "3579")
    assert window.idle.idle_seconds == 60
    assert window.idle.warning_seconds == 10  # a sixth of it, as 5 s is of 30 s
    settings = kiosk.ctx.settings
    assert (settings.adviser_idle_seconds, settings.warning_seconds) == (180, 30)


@pytest.mark.parametrize("value", [0, -30, float("nan"), float("inf")])
def test_the_queue_idle_takes_what_the_adviser_idle_takes(value):
    for name in ("adviser_idle_seconds", "adviser_queue_idle_seconds"):
        with pytest.raises(ValidationError):
            KioskSettings(**{name: value})
