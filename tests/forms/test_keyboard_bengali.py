"""Bengali on the on-screen keyboard: offered only where a field accepts it, opened in the
kiosk's language, typed key by key into the finder, and back to Latin after an idle reset."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QVBoxLayout, QWidget

from hubkiosk.resources import resource
from hubkiosk.ui.keyboard import (
    BENGALI,
    BENGALI_ROWS,
    DOTTED_CIRCLE,
    LATIN,
    GlyphKey,
    OnScreenKeyboard,
    key_label,
)
from hubkiosk.ui.screens import ScreenId
from tests.conftest import find_button

BENGALI_SWITCH = "অআক"
#: A Tuesday at 10:30 in London: hubs open, appointments can be checked in.
TUESDAY_1030 = dt.datetime(2026, 11, 24, 10, 30, tzinfo=ZoneInfo("Europe/London"))


def shown(root: QWidget, text: str) -> bool:
    return any(b.isVisible() and b.text() == text for b in root.findChildren(QAbstractButton))


def type_word(qtbot, root: QWidget, word: str) -> None:
    """Press the key for each letter and sign of ``word``, as a resident would."""
    for char in word:
        label = " " if char == " " else key_label(char)
        text = "Space" if label == " " else label
        qtbot.mouseClick(find_button(root, text), Qt.MouseButton.LeftButton)


def keyboard_word(word: str) -> str:
    """``word`` as the Bengali keys spell it: ড় ঢ় য় are one key each (the keyboard types
    them as letter plus nukta, the form the catalogue keeps)."""
    composed = {"\u09a1\u09bc": "\u09dc", "\u09a2\u09bc": "\u09dd", "\u09af\u09bc": "\u09df"}
    for pair, key in composed.items():
        word = word.replace(pair, key)
    return word


def catalogue_keyword(service_id: str, wanted: str) -> str:
    """The Bengali keyword of a shipped service, taken from the catalogue itself."""
    data = json.loads(Path(resource("data", "catalogue.json")).read_text(encoding="utf-8"))
    (service,) = [s for s in data["services"] if s["id"] == service_id]
    assert wanted in service["keywords"]["bn"], service["keywords"]["bn"]
    return wanted


# A bare keyboard ---------------------------------------------------------------------------
@pytest.fixture
def board(qtbot):
    root = QWidget()
    layout = QVBoxLayout(root)
    reference = QLineEdit()
    search = QLineEdit()
    keyboard = OnScreenKeyboard()
    for widget in (reference, search, keyboard):
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.resize(1280, 760)
    root.show()
    qtbot.waitExposed(root)
    keyboard.attach(reference)
    keyboard.attach(search, scripts=(LATIN, BENGALI))
    return root, keyboard, reference, search


def test_switch_key_only_in_a_text_field_that_accepts_bengali(qtbot, board):
    root, keyboard, reference, search = board
    qtbot.mouseClick(reference, Qt.MouseButton.LeftButton)
    assert shown(root, "q") and not shown(root, BENGALI_SWITCH)
    keyboard.set_script(BENGALI)  # asked for in code: still refused for a Latin-only field
    assert keyboard.script == LATIN and shown(root, "q")

    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(keyboard.script_changed) as changed:
        qtbot.mouseClick(find_button(root, BENGALI_SWITCH), Qt.MouseButton.LeftButton)
    assert changed.args == [BENGALI]
    assert shown(root, "ক") and not shown(root, "q")
    # Back to the reference: its keyboard has Latin letters again.
    qtbot.mouseClick(reference, Qt.MouseButton.LeftButton)
    assert keyboard.script == LATIN and shown(root, "q") and not shown(root, "ক")

    for mode in ("numeric", "email"):
        keyboard.attach(search, mode=mode, scripts=(LATIN, BENGALI))
        assert not shown(root, BENGALI_SWITCH), mode
        assert not keyboard.bengali_allowed


def test_conjunct_word_is_typed_as_code_points(qtbot, board):
    root, keyboard, _reference, search = board
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find_button(root, BENGALI_SWITCH), Qt.MouseButton.LeftButton)
    # ট ্ য া ক ্ স: hasanta between consonants; Qt shapes the conjuncts in the field.
    type_word(qtbot, root, "ট্যাক্স")
    assert search.text() == "\u099f\u09cd\u09af\u09be\u0995\u09cd\u09b8"
    qtbot.mouseClick(find_button(root, "Delete"), Qt.MouseButton.LeftButton)
    assert search.text() == "ট্যাক্"
    assert search.hasFocus(), "keys must not take the focus from the field"


def test_sign_keys_show_a_dotted_circle_and_type_only_the_sign(qtbot, board):
    root, keyboard, _reference, search = board
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    keyboard.set_script(BENGALI)
    signs = [k for k in keyboard.bengali_keys if unicodedata.category(k.property("char"))[0] == "M"]
    assert len(signs) == 14  # 10 vowel signs, hasanta, anusvara, visarga, chandrabindu
    for key in signs:
        assert key.text() == DOTTED_CIRCLE + key.property("char")
    qtbot.mouseClick(find_button(root, "ক"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find_button(root, DOTTED_CIRCLE + "\u09bf"), Qt.MouseButton.LeftButton)
    assert search.text() == "কি"
    assert DOTTED_CIRCLE not in search.text()


def test_every_bengali_letter_sign_and_digit_has_a_named_key(qtbot, board):
    root, keyboard, _reference, search = board
    chars = {str(k.property("char")) for k in keyboard.bengali_keys}
    wanted = set("অআইঈউঊঋএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ")
    wanted |= set("\u09dc\u09dd\u09df\u09ce")  # ড় ঢ় য় ৎ
    wanted |= set("\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc")
    wanted |= set("\u09cd\u0982\u0983\u0981") | set("০১২৩৪৫৬৭৮৯")
    assert wanted <= chars, sorted(wanted - chars)
    assert "".join(BENGALI_ROWS).startswith("অআইঈউঊঋএঐওঔ"), "vowels first, in order"
    for key in keyboard.bengali_keys:
        assert isinstance(key, GlyphKey)
        assert key.accessibleName(), key.property("char")
        assert key.focusPolicy() == Qt.FocusPolicy.TabFocus  # a touch leaves the field its focus
    names = {str(k.property("char")): k.accessibleName() for k in keyboard.bengali_keys}
    assert names["ক"] == "ক"
    assert names["\u09be"] == "vowel sign aa"
    assert names["\u09cd"] == "hasanta (joins letters)"
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    assert find_button(root, BENGALI_SWITCH).accessibleName() == "Bengali letters"
    qtbot.mouseClick(find_button(root, BENGALI_SWITCH), Qt.MouseButton.LeftButton)
    assert find_button(root, "ABC").accessibleName() == "English letters"
    for key in keyboard.findChildren(QAbstractButton):
        if key.isVisible():
            assert key.accessibleName(), key.text()
            assert key.width() >= 64 and key.height() >= 64, key.accessibleName()


def test_bengali_digits_on_the_second_layer(qtbot, board):
    root, keyboard, _reference, search = board
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find_button(root, BENGALI_SWITCH), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find_button(root, "১২৩ ?"), Qt.MouseButton.LeftButton)
    assert not shown(root, "ক")
    for digit in "১২":
        qtbot.mouseClick(find_button(root, digit), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find_button(root, BENGALI_SWITCH), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find_button(root, "ঘ"), Qt.MouseButton.LeftButton)
    assert search.text() == "১২ঘ"
    assert keyboard.script == BENGALI


def test_language_chooses_the_script_a_field_opens_in(qtbot, board):
    root, keyboard, reference, search = board
    keyboard.set_language("bn")
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    assert keyboard.script == BENGALI and shown(root, "ক")
    qtbot.mouseClick(reference, Qt.MouseButton.LeftButton)
    assert keyboard.script == LATIN and shown(root, "q")
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    assert keyboard.script == BENGALI
    keyboard.set_language("so")  # Somali is written in Latin letters
    assert keyboard.script == LATIN and shown(root, "q")


def test_unknown_script_is_refused(board):
    _root, keyboard, _reference, search = board
    with pytest.raises(ValueError, match="keyboard scripts"):
        keyboard.attach(search, scripts=("klingon",))
    with pytest.raises(ValueError, match="keyboard script"):
        keyboard.set_script("cyrillic")


# In the kiosk ------------------------------------------------------------------------------
def open_finder_search(window, qtbot, click) -> QWidget:
    finder = window.screens[ScreenId.FINDER]
    home = window.screens[ScreenId.HOME]
    qtbot.mouseClick(home.finder_tile, Qt.MouseButton.LeftButton)
    assert window.current is ScreenId.FINDER
    qtbot.mouseClick(finder.search_box, Qt.MouseButton.LeftButton)  # the resident taps it
    assert finder.keyboard.isVisible()
    return finder


def bengali_name(service_id: str) -> str:
    data = json.loads(Path(resource("data", "catalogue.json")).read_text(encoding="utf-8"))
    (service,) = [s for s in data["services"] if s["id"] == service_id]
    return str(service["name"]["bn"])


@pytest.mark.parametrize(("service_id", "word"), [("housing", "ভাড়া"), ("council-tax", "ট্যাক্স")])
def test_resident_searches_in_bengali_from_the_touch_screen(kiosk, qtbot, click, service_id, word):
    window = kiosk.window
    click(window, "বাংলা")
    finder = open_finder_search(window, qtbot, click)
    assert shown(window, "ক"), "in Bengali the search box opens on Bengali letters"
    # The resident looks at the English letters, then goes back to the Bengali ones.
    click(window, "ABC")
    assert shown(window, "q") and not shown(window, "ক")
    click(window, BENGALI_SWITCH)
    type_word(qtbot, window, keyboard_word(catalogue_keyword(service_id, word)))
    assert finder.search_box.text() == word
    results = [t.text() for t in finder.result_tiles if t.isVisible()]
    expected = bengali_name(service_id)
    assert results and results[0] == expected, results
    click(window, expected)
    assert window.current is ScreenId.SERVICE_PAGE


def test_bengali_words_typed_on_an_english_kiosk_find_the_service(kiosk, qtbot, click):
    window = kiosk.window
    finder = open_finder_search(window, qtbot, click)
    click(window, BENGALI_SWITCH)
    type_word(qtbot, window, keyboard_word(catalogue_keyword("housing", "ভাড়া")))
    results = [t.text() for t in finder.result_tiles if t.isVisible()]
    assert results[:1] == ["Housing"], results


def test_booking_reference_offers_no_bengali_even_in_bengali(kiosk, qtbot, click):
    window = kiosk.window
    kiosk.ctx.clock = lambda: TUESDAY_1030.astimezone(dt.UTC)  # hubs open
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    click(window, "Use my booking reference")
    qtbot.mouseClick(screen.reference_edit, Qt.MouseButton.LeftButton)
    click(window, "বাংলা")
    qtbot.mouseClick(screen.reference_edit, Qt.MouseButton.LeftButton)
    assert screen.keyboard.isVisible()
    # A reference is typed digits first; its letters, one touch away, are Latin.
    assert shown(window, "4") and not shown(window, "ক")
    assert not shown(window, BENGALI_SWITCH)
    click(window, "ABC")
    assert shown(window, "q") and not shown(window, "ক")
    assert not shown(window, BENGALI_SWITCH)
    assert not screen.keyboard.bengali_allowed


def test_bengali_language_opens_bengali_letters_and_idle_reset_returns_latin(
    make_kiosk, qtbot, click
):
    kiosk = make_kiosk(config={"idle_seconds": 0.3, "warning_seconds": 0.6})
    window = kiosk.window
    click(window, "বাংলা")
    finder = open_finder_search(window, qtbot, click)
    assert finder.keyboard.script == BENGALI
    assert shown(window, "ক") and not shown(window, "q")
    assert shown(window, "ABC")
    with qtbot.waitSignal(window.reset_done, timeout=10_000):
        pass
    assert kiosk.ctx.language == "en"
    open_finder_search(window, qtbot, click)
    assert finder.keyboard.script == LATIN
    assert shown(window, "q") and shown(window, BENGALI_SWITCH)

    # In English, a resident who switched to Bengali letters leaves: the next one gets Latin.
    click(window, BENGALI_SWITCH)
    assert shown(window, "ক")
    with qtbot.waitSignal(window.reset_done, timeout=10_000):
        pass
    open_finder_search(window, qtbot, click)
    assert finder.keyboard.script == LATIN and shown(window, "q")


def test_choosing_bengali_while_typing_switches_the_letters(kiosk, qtbot, click):
    window = kiosk.window
    finder = open_finder_search(window, qtbot, click)
    assert shown(window, "q")
    with qtbot.waitSignal(finder.keyboard.script_changed):
        click(window, "বাংলা")
    assert shown(window, "ক") and not shown(window, "q")
    click(window, "English")
    assert shown(window, "q") and not shown(window, "ক")
