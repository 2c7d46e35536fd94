"""After "Start again" or an idle reset, nothing the last resident typed can be brought back.

``QLineEdit.clear()`` keeps the undo history: the next resident's Undo (context menu, long
press) used to show the previous name, booking reference and search.
"""

from __future__ import annotations

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


@pytest.mark.parametrize("how", ["Start again", "idle"])
def test_no_typed_text_comes_back_through_undo_after_a_reset(make_kiosk, qtbot, click, how):
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
        click(window, "Start again")

    assert window.current is ScreenId.HOME
    for editor in editors(window):
        name = editor.accessibleName() or editor.objectName()
        assert text_of(editor) == "", name
        assert not undo_available(editor), name
        editor.undo()
        assert TYPED[:4] not in text_of(editor), name
        editor.redo()
        assert TYPED[:4] not in text_of(editor), name
