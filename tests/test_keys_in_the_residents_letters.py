"""In Bengali or Urdu the keys of a box in the resident's own words open on that language's
letters, on every typing screen and on a laptop's short screen too; a field that must stay
in Latin letters (a booking reference, a name) opens on Latin ones, whose key to the other
letters is not offered.

QA s36: a typed survey answer on a short screen, in Bengali, opened the keys on Latin
letters, while a form's "What is it about?", the feedback comment and the service search
opened on Bengali ones. How each field chooses: a box in the resident's own words (a
form's box of several lines, the survey's answer, the comment, the search) accepts every
script the kiosk has keys for (Latin, Bengali, Urdu) and opens in the language's; a
reference, a name, a phone number or an address is Latin only (a booking reference, a
surname looked up in a register, a name called out at a desk).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hubkiosk.ui.keyboard import BENGALI, LATIN, URDU, KeyboardSlot
from hubkiosk.ui.screens import ScreenId
from tests.conftest import resize_to
from tests.survey.test_survey_ui import (
    IN_THE_SURVEY,
    agree_to_each_statement,
    give_a_face,
    to_the_statements,
)

SHORT, TALL = (1280, 800), (1080, 1920)
SCRIPT = {"bn": BENGALI, "ur": URDU}
#: A letter of each script, as its key shows it.
LETTER = {BENGALI: "ক", URDU: "ب", LATIN: "q"}

Step = Callable[..., tuple[QWidget, KeyboardSlot]]


def form_about(kiosk, click, qtbot) -> tuple[QWidget, KeyboardSlot]:
    window = kiosk.window
    click(window, "Find a service or do it now")
    click(window, "Something else")
    click(window, "Do it here now")
    click(window, "Parking")
    click(window, "Next")  # "What is it about?"
    screen = window.screens[ScreenId.FORM]
    return screen.keyboard.target, screen.keyboard


def survey_text(kiosk, click, qtbot) -> tuple[QWidget, KeyboardSlot]:
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    window = kiosk.window
    screen = window.screens[ScreenId.SURVEY]
    to_the_statements(window, click)
    if screen.short:
        agree_to_each_statement(window, screen, qtbot, click)
    else:
        for row in screen.findChildren(QWidget, "StatementRow"):
            click(row, "Agree")
    for words in ("Next", "E-mail", "Next", "No", "Next"):
        click(window, words)  # why they would not use the website: in their own words
    return screen.keyboard.target, screen.keyboard


def comment(kiosk, click, qtbot) -> tuple[QWidget, KeyboardSlot]:
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    window = kiosk.window
    give_a_face(window, qtbot, click, "Good")
    click(window, "Add a comment")
    screen = window.screens[ScreenId.FEEDBACK]
    return screen.comment, screen.comment_keyboard


def search(kiosk, click, qtbot) -> tuple[QWidget, KeyboardSlot]:
    window = kiosk.window
    click(window, "Find a service or do it now")
    screen = window.screens[ScreenId.FINDER]
    qtbot.mouseClick(screen.search_box, Qt.MouseButton.LeftButton)
    return screen.search_box, screen.keyboard


def reference(kiosk, click, qtbot) -> tuple[QWidget, KeyboardSlot]:
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    click(window, "ABC")  # it opens on the digits (a reference is mostly digits)
    return screen.reference_edit, screen.keyboard


def first_name(kiosk, click, qtbot) -> tuple[QWidget, KeyboardSlot]:
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    screen = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.mouseClick(screen.name_edit, Qt.MouseButton.LeftButton)
    return screen.name_edit, screen.keyboard


OWN_WORDS: dict[str, Step] = {
    "form:about": form_about,
    "survey:text": survey_text,
    "feedback:comment": comment,
    "finder:search": search,
}
LATIN_ONLY: dict[str, Step] = {"checkin:reference": reference, "ticket:first-name": first_name}


def in_language(kiosk, qtbot, code: str) -> None:
    kiosk.ctx.set_language(code)  # as the top bar's language button does
    qtbot.wait(0)


def letters_shown(keys: KeyboardSlot) -> set[str]:
    return {str(k.property("char")) for k in keys.char_keys if k.isVisible()}


@pytest.mark.parametrize("size", [SHORT, TALL], ids=["1280x800", "1080x1920"])
@pytest.mark.parametrize("code", ["bn", "ur"])
@pytest.mark.parametrize("step", list(OWN_WORDS))
def test_a_box_in_ones_own_words_opens_on_the_languages_letters(
    open_kiosk, qtbot, click, step, code, size
):
    kiosk = open_kiosk
    resize_to(kiosk.window, qtbot, size)
    field, keys = OWN_WORDS[step](kiosk, click, qtbot)  # reached by its English words
    in_language(kiosk, qtbot, code)  # then the resident's language
    assert keys.target is field and keys.isVisible()
    script = SCRIPT[code]
    assert keys.script == script, f"{step} in {code} opened on {keys.script} letters"
    assert LETTER[script] in letters_shown(keys)


@pytest.mark.parametrize("code", ["bn", "ur"])
@pytest.mark.parametrize("step", list(LATIN_ONLY))
def test_a_reference_or_a_name_stays_on_latin_letters(open_kiosk, qtbot, click, step, code):
    kiosk = open_kiosk
    resize_to(kiosk.window, qtbot, SHORT)
    field, keys = LATIN_ONLY[step](kiosk, click, qtbot)
    in_language(kiosk, qtbot, code)
    assert keys.target is field and keys.isVisible()
    assert keys.script == LATIN and LETTER[LATIN] in letters_shown(keys)
    assert not any(key.isVisible() for key in keys.switch_to_local.values())
