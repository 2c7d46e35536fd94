"""The app shell: navigation, Start again, adviser entry, language, theme, text size."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hubkiosk.ui.screens import ScreenId
from tests.conftest import find_button


def test_home_shows_what_the_kiosk_does(kiosk):
    window = kiosk.window
    assert window.current is ScreenId.HOME
    for text in (
        "Get a ticket or check in",
        "Find a service or do it now",
        "Tell us what you think",
    ):
        assert find_button(window, text).isVisible()
    for text in ("Housing", "Council tax", "Parking"):
        assert find_button(window, text).isVisible()


def test_adviser_entry_by_long_press_and_pin(kiosk, qtbot, click):
    window = kiosk.window
    with qtbot.waitSignal(window.screen_changed, timeout=5000) as blocker:
        qtbot.mousePress(window.hub_name, Qt.MouseButton.LeftButton)
    assert blocker.args == [ScreenId.ADVISER_PIN]
    qtbot.mouseRelease(window.hub_name, Qt.MouseButton.LeftButton)
    for digit in "1111":
        click(window, digit)
    click(window, "Sign in")
    pin_screen = window.screens[ScreenId.ADVISER_PIN]
    qtbot.waitUntil(lambda: pin_screen.message.text() == "That PIN is not right. Try again.")
    for digit in "2468":
        click(window, digit)
    with qtbot.waitSignal(window.screen_changed, timeout=5000) as blocker:
        click(window, "Sign in")
    assert blocker.args == [ScreenId.ADVISER_HOME]
