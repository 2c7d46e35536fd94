"""Idle reset: warning with countdown, "I need more time", then a full wipe (WCAG 2.2.1)."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from hubkiosk.ui.main_window import all_typed_text
from hubkiosk.ui.screens import ScreenId
from tests.conftest import find_button

SHORT = {"idle_seconds": 0.3, "warning_seconds": 0.6}


@pytest.fixture
def quick_kiosk(make_kiosk):
    return make_kiosk(config=SHORT)


def test_idle_warning_counts_down_and_more_time_keeps_the_place(quick_kiosk, qtbot, click):
    window = quick_kiosk.window
    window.go(ScreenId.ADVISER_PIN, {})
    click(window, "7")
    with qtbot.waitSignal(window.idle.warning, timeout=5000):
        pass
    assert window.overlay.isVisible()
    assert "seconds" in window.overlay.countdown.text()
    more = find_button(window, "I need more time")
    assert more.height() >= 64
    click(window, "I need more time")
    assert not window.overlay.isVisible()
    assert window.current is ScreenId.ADVISER_PIN
    assert window.screens[ScreenId.ADVISER_PIN].pin.text() == "7"


def test_default_warning_is_long_enough_to_read(kiosk):
    # WCAG 2.2.1: at least 20 seconds to ask for more time.
    assert kiosk.settings.warning_seconds >= 20
    assert kiosk.settings.idle_seconds == 90


def test_idle_reset_wipes_every_screen_and_returns_home_in_default_language(
    quick_kiosk, qtbot, click
):
    window = quick_kiosk.window
    typed: list[str] = []
    # Type something unique into every field of every screen, as a resident could (each
    # screen is built when first shown: build them all, as if each had been visited).
    window.screen_set.build_all()
    for n, screen in enumerate(window.screens.values()):
        window.stack.setCurrentWidget(window.pages[screen.ID])
        for m, editor in enumerate(
            screen.findChildren(QLineEdit)
            + screen.findChildren(QPlainTextEdit)
            + screen.findChildren(QTextEdit)
        ):
            if editor.isReadOnly():
                continue
            secret = f"Zq{n}x{m}Private"
            typed.append(secret)
            editor.setFocus()
            qtbot.keyClicks(editor, secret)
    window.go(ScreenId.ADVISER_PIN, {})
    click(window, "বাংলা")
    quick_kiosk.ctx.visit["call_name"] = "Rahima"
    with qtbot.waitSignal(window.reset_done, timeout=10_000):
        pass
    assert window.current is ScreenId.HOME
    assert quick_kiosk.ctx.language == "en"
    assert find_button(window, "Get a ticket or check in")
    assert quick_kiosk.ctx.visit == {}
    shown = "\n".join(all_typed_text(window))
    for secret in typed:
        assert secret not in shown
    assert "Rahima" not in shown


def test_resting_home_screen_never_warns(quick_kiosk, qtbot):
    window = quick_kiosk.window
    with qtbot.assertNotEmitted(window.idle.warning, wait=800):
        pass
    assert not window.overlay.isVisible()
