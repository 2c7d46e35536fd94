"""After "Start again" or an idle reset, nothing the last resident typed can be brought back.

``QLineEdit.clear()`` keeps the undo history: the next resident's Undo (context menu, long
press) used to show the previous name, booking reference and search.
"""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from hubkiosk.ui.screens import ScreenId

TYPED = "Shamima4821"


def editors(window) -> list[QLineEdit | QTextEdit | QPlainTextEdit]:
    return (
        window.findChildren(QLineEdit)
        + window.findChildren(QTextEdit)
        + window.findChildren(QPlainTextEdit)
    )


def text_of(editor) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


def undo_available(editor) -> bool:
    if isinstance(editor, QLineEdit):
        return editor.isUndoAvailable() or editor.isRedoAvailable()
    document = editor.document()
    return document.isUndoAvailable() or document.isRedoAvailable()


@pytest.mark.parametrize("how", ["Start again", "idle", "Back"])
def test_no_typed_text_comes_back_through_undo_after_a_reset(make_kiosk, qtbot, click, how):
    """Also "Back" to the home screen (QA): a resident who typed a name, a phone number, a
    booking reference or a search and backed out home left it for the next resident (a
    reference checked them in with one touch), and the kiosk at home with no visit counts
    as at rest, so no idle reset came."""
    kiosk = make_kiosk()
    window = kiosk.window
    # A resident gives a name for a ticket (as a person does: through the screens) ...
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.keyClicks(confirm.name_edit, TYPED)
    assert confirm.name_edit.text() == TYPED
    # ... and has typed into every other field the kiosk has (reference, search, forms...),
    # on every screen (screens are built when first shown: as if each had been visited).
    window.screen_set.build_all()
    for editor in editors(window):
        if not text_of(editor):
            qtbot.keyClicks(editor, TYPED)
    typed = [editor for editor in editors(window) if text_of(editor)]
    assert len(typed) >= 3  # name, booking reference, search at least

    if how == "idle":
        window.idle.timed_out.emit()
    else:
        click(window, how)

    assert window.current is ScreenId.HOME
    for editor in editors(window):
        name = editor.accessibleName() or editor.objectName()
        assert text_of(editor) == "", name
        assert not undo_available(editor), name
        editor.undo()
        assert TYPED[:4] not in text_of(editor), name
        editor.redo()
        assert TYPED[:4] not in text_of(editor), name


@pytest.mark.parametrize("how", ["Done", "idle"])
def test_nothing_typed_is_left_for_a_screen_reader_after_a_visit(make_kiosk, qtbot, click, how):
    """QA: at the largest text on a 1280 x 800 screen the name box scrolls out of view
    while the resident types, and the keyboard shows "You typed: ..." above its keys. After
    the visit ended ("Done" on the ticket, or the idle reset) the line was emptied, but its
    name for assistive technology still held the resident's name, in their language, until
    the next resident typed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.conftest import TUESDAY_1030, resize_to

    kiosk = make_kiosk(clock=lambda: TUESDAY_1030.astimezone(dt.UTC))  # open: names asked
    window = kiosk.window
    # A screen short enough that the keys under the name leave it no room (on 1280 x 800
    # it now stays in view above them: test_typing_field_and_keys_in_view.py).
    resize_to(window, qtbot, (1024, 600))
    click(window, "বাংলা")
    while window.scale_index < 2:
        click(window, window.text_size_button.text())
    click(window, "আবাসন")  # housing
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.mouseClick(confirm.name_edit, Qt.MouseButton.LeftButton)
    keyboard = confirm.keyboard
    for letter in "shamima":
        key = next(k for k in keyboard.char_keys if k.property("char") == letter)
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    assert confirm.name_edit.text() == "shamima"
    # the box is out of view: the words show above the keys
    qtbot.waitUntil(keyboard.echo.isVisible, timeout=5000)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(confirm.get_button, Qt.MouseButton.LeftButton)
    assert window.current is ScreenId.TICKET_ISSUED

    if how == "idle":
        window.idle.timed_out.emit()
    else:
        qtbot.mouseClick(
            window.screens[ScreenId.TICKET_ISSUED].done_button, Qt.MouseButton.LeftButton
        )

    assert window.current is ScreenId.HOME
    for widget in QApplication.allWidgets():
        said = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if hasattr(widget, "text") and callable(widget.text):
            said.append(str(widget.text()))
        assert not any("shamima" in words for words in said), widget.objectName()
