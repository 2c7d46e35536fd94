"""A resident who uses a keyboard or a switch (Tab to move, Space to choose) keeps the focus
in what they are doing after each step: never on a language button of the top bar, where
one more Space changed the screen's language (QA s35: a Bengali resident's ticket turned
English), and never in a field that is no longer shown, where keys typed went unseen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.queue.conftest import clock, queue_kiosk  # noqa: F401 (the queue's fixtures)

SPACE, TAB = Qt.Key.Key_Space, Qt.Key.Key_Tab


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def start_on(qtbot, widget: QWidget) -> None:
    """The keyboard's focus on ``widget`` (where a switch user's scanning starts)."""
    widget.setFocus()
    qtbot.waitUntil(lambda: focused() is widget)


def tab_to(qtbot, widget: QWidget, limit: int = 80) -> None:
    """Tab, as a switch steps, until ``widget`` has the focus."""
    for _ in range(limit):
        if focused() is widget:
            return
        now = focused()
        assert now is not None, "the focus was lost"
        qtbot.keyClick(now, TAB)
    raise AssertionError(f"{widget.accessibleName()!r} never reached by Tab")


def press_space(qtbot) -> None:
    """Space (a switch's select) on the widget with the focus."""
    now = focused()
    assert now is not None, "the focus was lost"
    qtbot.keyClick(now, SPACE)


def assert_focus_in_the_screen(window) -> None:
    """The focus is on the screen shown, on something shown: not in the top bar."""
    now = focused()
    page = window.stack.currentWidget()
    assert now is not None, "the focus was lost"
    assert now is page or page.isAncestorOf(now), (
        f"the focus is on {type(now).__name__} '{getattr(now, 'text', str)()}', "
        f"not on the screen shown ({window.current.value})"
    )
    assert now.isVisible() and now.isEnabled()
    assert not window.top_bar.isAncestorOf(now)


def in_bengali(window, click) -> None:
    click(window, "বাংলা")


def space_changes_nothing_of_the_language(kiosk, qtbot) -> None:
    """One more Space, as a switch user's next select: the screen stays in Bengali."""
    press_space(qtbot)
    assert kiosk.ctx.language == "bn"


class WindowsShown(QObject):
    """Remembers each widget shown as a window of its own while it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_building_the_keys_takes_no_focus_from_the_kiosk(kiosk, qtbot):
    """The screens with keys are built in idle time while a resident uses the kiosk: a
    key shown before it had a parent came up as a window of its own for a moment, and
    the kiosk's window lost the keyboard's focus (Tab and Space then did nothing)."""
    from hubkiosk.ui.keyboard import OnScreenKeyboard

    window = kiosk.window
    start_on(qtbot, window.stack.currentWidget())
    watch = WindowsShown()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    try:
        keys = OnScreenKeyboard()
    finally:
        app.removeEventFilter(watch)
    QApplication.processEvents()
    assert watch.shown == []
    assert QApplication.focusWindow() is window.windowHandle()
    assert focused() is window.stack.currentWidget()
    keys.deleteLater()
