"""The on-screen keyboard types into the field it is attached to, in big, named keys."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from hubkiosk.ui.keyboard import GLYPH_KEY_WIDTH, KEY_SIZE, GlyphKey, Key, OnScreenKeyboard
from tests.conftest import find_button


@pytest.fixture
def board(qtbot):
    root = QWidget()
    layout = QVBoxLayout(root)
    name = QLineEdit()
    phone = QLineEdit()
    note = QPlainTextEdit()
    keyboard = OnScreenKeyboard()
    for widget in (name, phone, note, keyboard):
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.resize(1000, 700)
    root.show()
    qtbot.waitExposed(root)
    keyboard.attach(name).attach(note)
    keyboard.attach(phone, mode="numeric")
    name.setFocus()
    return root, keyboard, name, phone, note


def press(qtbot, root, text):
    qtbot.mouseClick(find_button(root, text), Qt.MouseButton.LeftButton)


def test_letters_shift_space_and_delete(qtbot, board):
    root, keyboard, name, _phone, _note = board
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    assert keyboard.mode == "text"
    press(qtbot, root, "Shift")
    for char in "ana":
        press(qtbot, root, "A" if char == "a" and not name.text() else char)
    press(qtbot, root, "Space")
    for char in "lix":
        press(qtbot, root, char)
    press(qtbot, root, "Delete")
    assert name.text() == "Ana li"
    assert name.hasFocus(), "keys must not take the focus from the field"


def test_symbols_layer_types_email_characters(qtbot, board):
    root, keyboard, name, _phone, _note = board
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    press(qtbot, root, "o")
    press(qtbot, root, "123 ?")
    for char in ("'", "-", "@", "."):
        press(qtbot, root, char)
    press(qtbot, root, "ABC")
    press(qtbot, root, "k")
    assert name.text() == "o'-@.k"


def test_every_symbol_key_shows_its_symbol(qtbot, board):
    """A key whose label draws nothing (a lone "&" is a Qt shortcut marker) is a blank key."""
    root, keyboard, name, _phone, _note = board
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    press(qtbot, root, "123 ?")
    symbols = [
        k for k in keyboard.char_keys if k.isVisible() and not str(k.property("char")).isalnum()
    ]
    assert len(symbols) >= 18
    for key in symbols:
        image = key.grab().toImage()
        w, h = image.width(), image.height()
        # Dark pixels well inside the key's border: the glyph drawn on it.
        inked = sum(
            1
            for x in range(w // 4, 3 * w // 4)
            for y in range(h // 5, 4 * h // 5)
            if image.pixelColor(x, y).lightness() < 110
        )
        assert inked > 0, f"the {key.accessibleName()} key shows nothing"
    qtbot.mouseClick(find_button(root, "&"), Qt.MouseButton.LeftButton)
    assert name.text() == "&"


def test_names_with_accents_are_typed_in_full(qtbot, board):
    """A Polish, Spanish or French name is typed as it is written (Łódź, Peña, Zoë): the
    accented letters are one key away, capitals with Shift, then back to ABC."""
    root, keyboard, name, _phone, _note = board
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    press(qtbot, root, "àé")
    press(qtbot, root, "Shift")
    assert find_button(root, "Ł").accessibleName() == "Ł"
    press(qtbot, root, "Ł")
    press(qtbot, root, "ó")  # Shift is for one letter, as on the letters
    press(qtbot, root, "ABC")
    press(qtbot, root, "d")
    press(qtbot, root, "àé")
    press(qtbot, root, "ź")
    press(qtbot, root, "Space")
    press(qtbot, root, "ABC")
    press(qtbot, root, "Shift")
    for text in ("P", "e", "àé", "ñ", "ABC", "a"):
        press(qtbot, root, text)
    assert name.text() == "Łódź Peña"
    assert name.hasFocus()
    # Every accented letter a kiosk language needs is there (Polish, Spanish, and the
    # accents of names residents bring: French, German, Portuguese, Turkish).
    press(qtbot, root, "àé")
    shown = {k.text() for k in keyboard.char_keys if k.isVisible()}
    assert set("ąćęłńóśźż") <= shown and set("áéíñúü") <= shown and set("çèëöãş") <= shown
    press(qtbot, root, "ABC")
    assert find_button(root, "àé").accessibleName() == "Letters with accents"
    # Numbers and e-mail addresses have no such key.
    keyboard.attach(name, mode="email")
    assert not find_button_or_none(root, "àé")


def test_email_mode_shows_at_and_dot_beside_space(qtbot, board):
    root, keyboard, name, _phone, _note = board
    keyboard.attach(name, mode="email")
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    for text in ("a", "@", "b", ".", "c"):
        press(qtbot, root, text)
    assert name.text() == "a@b.c"


def test_numeric_pad_follows_focus_and_done_sends_return(qtbot, board):
    root, keyboard, _name, phone, _note = board
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    assert keyboard.mode == "numeric"
    assert not find_button_or_none(root, "q"), "the number pad shows no letters"
    for digit in "07700":
        press(qtbot, root, digit)
    press(qtbot, root, "Space")
    press(qtbot, root, "9")
    with qtbot.waitSignal(phone.returnPressed, timeout=1000), qtbot.waitSignal(keyboard.done):
        press(qtbot, root, "Done")
    assert phone.text() == "07700 9"


def test_types_into_plain_text_edit(qtbot, board):
    root, keyboard, _name, _phone, note = board
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    for text in ("h", "i", "Space", "x", "Delete"):
        press(qtbot, root, text)
    assert note.toPlainText() == "hi "


def test_every_key_is_big_and_named(qtbot, board):
    root, keyboard, _name, _phone, _note = board
    keys = keyboard.findChildren(Key)
    assert len(keys) > 40
    for key in keys:
        assert key.accessibleName(), f"key '{key.text()}' has no accessible name"
        # Bengali letter keys (fifteen to a row) may be a little narrower, never shorter.
        wide = GLYPH_KEY_WIDTH if isinstance(key, GlyphKey) else KEY_SIZE
        assert key.minimumWidth() >= wide and key.minimumHeight() >= KEY_SIZE
        # A touch leaves the focus in the field; Tab reaches the key (a switch user).
        assert key.focusPolicy() == Qt.FocusPolicy.TabFocus
    for key in keyboard.findChildren(Key):
        if key.isVisible():
            wide = GLYPH_KEY_WIDTH if isinstance(key, GlyphKey) else KEY_SIZE
            assert key.width() >= wide and key.height() >= KEY_SIZE, key.accessibleName()


def test_unknown_mode_is_refused(board):
    _root, keyboard, name, _phone, _note = board
    with pytest.raises(ValueError, match="keyboard mode"):
        keyboard.attach(name, mode="klingon")


def find_button_or_none(root: QWidget, text: str) -> bool:
    from PySide6.QtWidgets import QAbstractButton

    return any(b.isVisible() and b.text() == text for b in root.findChildren(QAbstractButton))


def test_one_keyboard_serves_every_screen(open_kiosk, qtbot, click):
    """One keyboard for the kiosk (each screen built its own, a hundred keys each): it
    moves to the screen shown and types into that screen's field."""
    kiosk = open_kiosk
    from hubkiosk.ui.screens import ScreenId

    window = kiosk.window
    qtbot.waitUntil(lambda: not window.warm_up.pending)  # the screens with fields are built
    assert len(window.findChildren(OnScreenKeyboard)) == 1

    click(window, "Get a ticket or check in")
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.mouseClick(confirm.name_edit, Qt.MouseButton.LeftButton)  # opens the keyboard
    for letter in "ana":
        click(window, letter)
    assert confirm.name_edit.text() == "ana"
    click(window, "Start again")

    click(window, "Find a service or do it now")
    finder = window.screens[ScreenId.FINDER]
    qtbot.mouseClick(finder.search_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: finder.keyboard.isVisible())
    for letter in "bin":
        click(window, letter)
    assert finder.search_box.text() == "bin"
    assert confirm.name_edit.text() == ""
    keyboards = window.findChildren(OnScreenKeyboard)
    assert len(keyboards) == 1 and finder.isAncestorOf(keyboards[0])


def test_a_reset_of_every_screen_leaves_the_keyboard_where_it_is_shown(kiosk, qtbot, click):
    """Screens reset together (an adviser hands back, a visit ends): the keyboard stays
    with the screen on display and keeps typing there."""
    from hubkiosk.ui.screens import ScreenId

    window = kiosk.window
    qtbot.waitUntil(lambda: not window.warm_up.pending)
    click(window, "Find a service or do it now")
    finder = window.screens[ScreenId.FINDER]
    qtbot.mouseClick(finder.search_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: finder.keyboard.isVisible())
    for screen in window.screens.values():
        if screen is not finder:
            screen.reset()
    assert finder.keyboard.holding
    click(window, "b")
    assert finder.search_box.text() == "b"


def test_the_words_typed_show_above_the_keys_when_the_field_is_out_of_view(qtbot):
    """A field the page cannot show with the keys (above the view once the keys are): what
    the resident types shows above the keys, and goes with the field's words. (On the
    kiosk's screens the field now shows with the keys at 200 % text on a 1280 x 800 or 1366 x
    768 screen: tests/test_typing_field_and_keys_in_view.py; the finder's box went above
    the view there before.)"""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    page = QScrollArea()
    page.setWidgetResizable(True)
    content = QWidget()
    rows = QVBoxLayout(content)
    box = QLineEdit()
    between = QWidget()
    between.setFixedHeight(500)  # what comes between the field and the keys
    keyboard = OnScreenKeyboard()
    for widget in (box, between, keyboard):
        rows.addWidget(widget)
    page.setWidget(content)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    qtbot.waitExposed(page)
    keyboard.attach(box)
    box.setFocus()
    viewport = page.viewport()
    for letter in "bin":
        press(qtbot, keyboard, letter)
    qtbot.waitUntil(
        lambda: not viewport.rect().contains(QRect(box.mapTo(viewport, QPoint(0, 0)), box.size()))
    )
    echo = keyboard.echo
    qtbot.waitUntil(lambda: echo.isVisible())
    assert "bin" in echo.text()

    def in_view(widget: QWidget) -> bool:
        return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))

    assert in_view(echo), "the words are in view"
    assert in_view(keyboard), "and every key"
    press(qtbot, keyboard, "Delete")
    assert "bin" not in echo.text() and "bi" in echo.text()
    # Slid back up to the field itself: the words are there, not twice.
    bar = page.verticalScrollBar()
    bar.setValue(0)
    qtbot.waitUntil(lambda: not echo.isVisible())
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: echo.isVisible() and "bi" in echo.text())


def test_the_words_typed_above_the_keys_go_at_the_end_of_a_visit(kiosk, qtbot, click):
    """On a 4:3 1024 x 768 screen at larger text the finder's search box goes above the view
    for the keys: the words typed show above the keys, and the next resident finds none of
    them."""
    from hubkiosk.ui.screens import ScreenId

    window = kiosk.window
    window.resize(1024, 768)
    click(window, window.text_size_button.text())  # larger text
    click(window, "Find a service or do it now")
    finder = window.screens[ScreenId.FINDER]
    qtbot.mouseClick(finder.search_box, Qt.MouseButton.LeftButton)
    for letter in "bi":
        click(window, letter)
    echo = finder.keyboard.keyboard.echo
    qtbot.waitUntil(lambda: echo.isVisible() and "bi" in echo.text())
    with qtbot.waitSignal(window.reset_done, timeout=3000):
        click(window, "Start again")
    assert "bi" not in echo.text()
