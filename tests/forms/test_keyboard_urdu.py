"""Urdu on the on-screen keyboard: its letters in the order of the alphabet (حروف تہجی),
right to left, where a field accepts them (the finder's search box), opened in Urdu, and
typed key by key into the finder to find a service by its Urdu name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QVBoxLayout, QWidget

from hubkiosk.resources import resource
from hubkiosk.ui.keyboard import BENGALI, LATIN, URDU, URDU_ROWS, OnScreenKeyboard
from hubkiosk.ui.screens import ScreenId
from tests.conftest import find_button
from tests.forms.test_keyboard_bengali import BENGALI_SWITCH, open_finder_search, shown

URDU_SWITCH = "اب"


def press(qtbot, root: QWidget, text: str) -> None:
    qtbot.mouseClick(find_button(root, text), Qt.MouseButton.LeftButton)


def urdu_name(service_id: str) -> str:
    data = json.loads(Path(resource("data", "catalogue.json")).read_text(encoding="utf-8"))
    (service,) = [s for s in data["services"] if s["id"] == service_id]
    return str(service["name"]["ur"])


def test_every_urdu_word_of_the_catalogue_can_be_typed():
    """Each letter of the services' Urdu names and summaries has a key."""
    data = json.loads(Path(resource("data", "catalogue.json")).read_text(encoding="utf-8"))
    keys = set("".join(URDU_ROWS))
    for service in data["services"]:
        for text in (service["name"]["ur"], service["summary"]["ur"]):
            letters = {c for c in text if "\u0600" <= c <= "\u06ff" and c.isalpha()}
            assert letters <= keys, (service["id"], sorted(letters - keys))


def two_fields_and_keys(
    qtbot, direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> tuple[QWidget, QLineEdit, QLineEdit, OnScreenKeyboard]:
    """A window of two boxes above the keyboard, laid out in ``direction``, shown."""
    root = QWidget()
    root.setLayoutDirection(direction)
    layout = QVBoxLayout(root)
    first, second = QLineEdit(), QLineEdit()
    keyboard = OnScreenKeyboard()
    for widget in (first, second, keyboard):
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.resize(1280, 760)
    with qtbot.waitActive(root):  # fields take focus from a touch in the active window
        root.show()
    return root, first, second, keyboard


def test_urdu_letters_right_to_left_with_urdu_digits(qtbot):
    root, reference, search, keyboard = two_fields_and_keys(qtbot)
    keyboard.attach(reference)
    keyboard.attach(search, scripts=(LATIN, URDU))
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    assert not shown(root, BENGALI_SWITCH), "this field takes Urdu, not Bengali"
    qtbot.mouseClick(reference, Qt.MouseButton.LeftButton)
    assert not shown(root, URDU_SWITCH), "a booking reference stays in Latin letters"
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    press(qtbot, root, URDU_SWITCH)
    assert keyboard.script == URDU and not shown(root, "q")
    # The alphabet starts at the right, as it is read.
    alif, be = find_button(root, "ا"), find_button(root, "ب")
    assert alif.mapTo(root, alif.rect().center()).x() > be.mapTo(root, be.rect().center()).x()
    for char in "پاکستان":
        press(qtbot, root, char)
    press(qtbot, root, "۱۲۳ ؟")
    press(qtbot, root, "۲")
    press(qtbot, root, "؟")
    assert search.text() == "پاکستان۲؟"
    press(qtbot, root, URDU_SWITCH)
    press(qtbot, root, "ABC")
    assert keyboard.script == LATIN and shown(root, "q")
    for key in keyboard.findChildren(QAbstractButton):
        if key.isVisible():
            assert key.accessibleName(), key.text()


def test_resident_finds_a_service_by_its_urdu_name(kiosk, qtbot, click):
    window = kiosk.window
    click(window, "اردو")
    finder = open_finder_search(window, qtbot, click)
    assert finder.keyboard.script == URDU, "in Urdu the search box opens on Urdu letters"
    assert shown(window, "ا") and not shown(window, "q")
    name = urdu_name("housing")
    for char in name:
        press(qtbot, window, char)
    assert finder.search_box.text() == name
    results = [t.text() for t in finder.result_tiles if t.isVisible()]
    assert results[:1] == [name], results
    click(window, name)
    assert window.current is ScreenId.SERVICE_PAGE


def test_urdu_typed_on_an_english_kiosk_finds_the_service(kiosk, qtbot, click):
    window = kiosk.window
    finder = open_finder_search(window, qtbot, click)
    assert shown(window, BENGALI_SWITCH) and shown(window, URDU_SWITCH)
    click(window, URDU_SWITCH)
    for char in urdu_name("housing"):
        press(qtbot, window, char)
    results = [t.text() for t in finder.result_tiles if t.isVisible()]
    assert results[:1] == ["Housing"], results


@pytest.mark.parametrize(("script", "switch"), [(URDU, URDU_SWITCH), (BENGALI, BENGALI_SWITCH)])
def test_delete_follows_the_last_letters_without_a_gap(qtbot, script, switch):
    """On the Urdu and Bengali letters Delete comes right after the last row's letters,
    as on the Latin ones: a gap of empty keyboard between them looked like a missing key."""
    root = QWidget()
    layout = QVBoxLayout(root)
    search = QLineEdit()
    keyboard = OnScreenKeyboard()
    layout.addWidget(search)
    layout.addWidget(keyboard)
    qtbot.addWidget(root)
    root.resize(1280, 760)
    with qtbot.waitActive(root):
        root.show()
    keyboard.attach(search, scripts=(LATIN, script))
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    press(qtbot, root, switch)
    delete = find_button(root, "Delete")
    row = [
        key
        for key in root.findChildren(QAbstractButton)
        if key.isVisible()
        and key is not delete
        and key.y() == delete.y()
        and key.parent() is delete.parent()
    ]
    assert row, "letters share Delete's row"
    # The nearest letter on Delete's reading side: right of it in Urdu, left in Bengali.
    if script == URDU:
        gap = min(key.x() for key in row) - (delete.x() + delete.width())
    else:
        gap = delete.x() - max(key.x() + key.width() for key in row)
    assert 0 <= gap <= 8, gap
    assert delete.width() >= 2 * min(key.width() for key in row)


def test_latin_letters_and_digits_keep_their_order_on_an_urdu_screen(qtbot):
    """On a kiosk in Urdu (the screen laid out right to left) a street name in English is
    typed on QWERTY as printed on every keyboard, and a phone number on 1 2 3 from the
    left: the Latin letters stood mirrored ("p o i u y t r e w q") and so did the digits
    and Done."""
    root, street, phone, keyboard = two_fields_and_keys(qtbot, Qt.LayoutDirection.RightToLeft)
    keyboard.attach(street)
    keyboard.attach(phone, mode="numeric")

    def left_to_right(*texts: str) -> bool:
        xs = [
            find_button(root, t).mapTo(root, find_button(root, t).rect().center()).x()
            for t in texts
        ]
        return xs == sorted(xs)

    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    assert left_to_right("1", "2", "3", "Done") and left_to_right("7", "8", "9")
    qtbot.mouseClick(street, Qt.MouseButton.LeftButton)
    assert left_to_right("q", "w", "e", "p") and left_to_right("a", "l")
    press(qtbot, root, "123 ?")
    assert left_to_right("1", "2", "0")
