"""The on-screen keys come up when a typing field gets the focus by any means, as they do
on a touch: a keyboard or switch user who Tabs into the field can type with the keys.

QA s36: on "Get my ticket" the optional first name brought the keys up only on a touch
(a mouse press) in the field: a resident who moved by Tab reached the field and no keys
came, so a switch user (Tab to move, Space to choose) could not type their name at all.
The service search behaved the same on the finder's first page. The other typing fields
(the booking reference, a form's answer, the survey's typed answer, the feedback comment)
show their keys with the field, and are checked here so too.

Every test moves by real Tab presses and types with the keys by Tab and Space only.
"""

from __future__ import annotations

from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPlainTextEdit, QWidget

from hubkiosk.store.models import Ticket
from hubkiosk.ui.keyboard import Key, KeyboardSlot
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.survey.parts import ChoiceButton
from tests.conftest import find_button
from tests.forms.test_forms_ui import Resident
from tests.survey.test_survey_ui import give_a_face
from tests.test_tab_order import IN_THE_SURVEY, SPACE, focused, start_on, tabs_to

TIMEOUT = 10_000


def from_the_top_bar(window, qtbot) -> None:
    """Where a keyboard or switch user's scanning starts: the top bar's first control."""
    start_on(qtbot, window.language_buttons["en"])


def key_for(keys: KeyboardSlot, char: str) -> Key:
    shown = [k for k in keys.findChildren(Key) if k.isVisible()]
    found = [k for k in shown if k.property("char") == char]
    assert found, f"no key {char!r} shows: {sorted(k.text() for k in shown)}"
    return found[0]


def named_key(keys: KeyboardSlot, name: str) -> Key:
    (found,) = [k for k in keys.findChildren(Key) if k.isVisible() and k.accessibleName() == name]
    return found


def type_by_tab_and_space(qtbot, keys: KeyboardSlot, text: str) -> None:
    """Each letter: Tab until its key has the focus, then Space (a switch's select)."""
    for char in text:
        tabs_to(qtbot, key_for(keys, char))
        qtbot.keyClick(focused(), SPACE)


def assert_keys_up_for(keys: KeyboardSlot, field: QWidget) -> None:
    assert keys.isVisible(), "the field has the focus and no keys came up"
    assert keys.target is field
    assert any(k.isVisible() for k in keys.findChildren(Key))


def test_a_switch_user_tabs_into_the_first_name_and_types_it_with_the_keys(
    open_kiosk, qtbot, click
):
    kiosk = open_kiosk
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    screen = window.screens[ScreenId.TICKET_CONFIRM]
    field, keys = screen.name_edit, screen.keyboard
    assert not keys.isVisible()  # nothing to type yet: the question and its choices show
    from_the_top_bar(window, qtbot)
    tabs_to(qtbot, field)
    assert_keys_up_for(keys, field)
    type_by_tab_and_space(qtbot, keys, "ana")
    assert field.text() == "ana"
    tabs_to(qtbot, named_key(keys, "Done"))
    qtbot.keyClick(focused(), SPACE)  # done typing: the keys go, the focus goes on
    assert not keys.isVisible()
    assert focused() is screen.help_button  # the next thing after the name, not lost
    get = tabs_to(qtbot, screen.get_button)
    assert get == 1
    with qtbot.waitSignal(window.screen_changed, timeout=TIMEOUT):
        qtbot.keyClick(focused(), SPACE)
    assert window.current is ScreenId.TICKET_ISSUED
    kiosk.ctx.ops.wait()
    with kiosk.store.session() as session:
        (ticket,) = session.scalars(select(Ticket)).all()
        assert ticket.call_name == "ana"


def test_the_screen_focusing_the_first_name_brings_the_keys_and_enter_moves_on(
    open_kiosk, qtbot, click
):
    window = open_kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    screen = window.screens[ScreenId.TICKET_CONFIRM]
    field, keys = screen.name_edit, screen.keyboard
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(keys.isVisible)
    assert_keys_up_for(keys, field)
    qtbot.keyClicks(field, "Ana")  # a keyboard's keys
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter in a line: on, as the keys' Done
    assert not keys.isVisible() and focused() is screen.help_button
    assert field.text() == "Ana"
    # Back into the field by Shift+Tab: the keys again.
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is field and keys.isVisible()


def test_a_touch_still_brings_the_keys_after_done(open_kiosk, qtbot, click):
    window = open_kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    screen = window.screens[ScreenId.TICKET_CONFIRM]
    field, keys = screen.name_edit, screen.keyboard
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert keys.isVisible()
    click(window, "a")
    click(window, "Done")
    assert not keys.isVisible()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert keys.isVisible() and field.text() == "a"


def test_a_switch_user_tabs_into_the_search_and_finds_a_service_with_the_keys(kiosk, qtbot, click):
    window = kiosk.window
    click(window, "Find a service or do it now")
    finder = window.screens[ScreenId.FINDER]
    field, keys = finder.search_box, finder.keyboard
    assert not keys.isVisible()  # the topics first
    from_the_top_bar(window, qtbot)
    tabs_to(qtbot, field)
    assert finder.pages.currentWidget() is finder.search_page
    assert_keys_up_for(keys, field)
    type_by_tab_and_space(qtbot, keys, "bin")
    assert field.text() == "bin"
    found = [tile for tile in finder.result_tiles if tile.isVisible()]
    assert found, "nothing found for 'bin'"
    tabs_to(qtbot, found[0])
    with qtbot.waitSignal(window.screen_changed, timeout=TIMEOUT):
        qtbot.keyClick(focused(), SPACE)
    assert window.current is ScreenId.SERVICE_PAGE


def test_the_booking_reference_has_its_keys_when_tabbed_to(open_kiosk, qtbot, click):
    window = open_kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    from_the_top_bar(window, qtbot)
    tabs_to(qtbot, screen.reference_edit)
    assert_keys_up_for(screen.keyboard, screen.reference_edit)
    type_by_tab_and_space(qtbot, screen.keyboard, "48")
    assert screen.reference_edit.text() == "48"


def test_a_forms_answer_has_its_keys_when_tabbed_to(kiosk, qtbot, click):
    resident = Resident(kiosk, qtbot, click)
    window = kiosk.window
    resident.open_service("Parking")
    resident.touch("Do it here now")
    form = window.screens[ScreenId.FORM]
    about = resident.field("What is it about?")
    from_the_top_bar(window, qtbot)
    tabs_to(qtbot, about)
    assert_keys_up_for(form.keyboard, about)
    type_by_tab_and_space(qtbot, form.keyboard, "bay")
    assert isinstance(about, QPlainTextEdit) and about.toPlainText() == "bay"


def test_the_surveys_typed_answer_and_the_feedback_comment_have_their_keys(kiosk, qtbot, click):
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    window = kiosk.window
    give_a_face(window, qtbot, click, "Good")
    feedback = window.screens[ScreenId.FEEDBACK]
    from_the_top_bar(window, qtbot)
    tabs_to(qtbot, find_button(window, "Add a comment"))
    qtbot.keyClick(focused(), SPACE)  # "Add a comment"
    assert focused() is feedback.comment
    assert_keys_up_for(feedback.comment_keyboard, feedback.comment)
    type_by_tab_and_space(qtbot, feedback.comment_keyboard, "ok")
    assert feedback.comment.toPlainText() == "ok"


def test_the_surveys_typed_answer_has_its_keys_when_tabbed_to(kiosk, qtbot, click):
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    window = kiosk.window
    screen = window.screens[ScreenId.SURVEY]
    box = to_the_typed_survey_answer(window, screen, qtbot, click)
    from_the_top_bar(window, qtbot)
    tabs_to(qtbot, box)
    assert_keys_up_for(screen.keyboard, box)
    type_by_tab_and_space(qtbot, screen.keyboard, "ok")
    assert box.toPlainText() == "ok"


def to_the_typed_survey_answer(window, screen, qtbot, click) -> QPlainTextEdit:
    """Start the survey and answer each question with its first choice until one is typed
    (as tests/test_tab_order.py walks there)."""
    click(window, "Tell us what you think")
    click(window, "Customer experience survey")
    click(window, "Start the survey")
    for _ in range(12):
        box = window.findChild(QPlainTextEdit, "SurveyText")
        if box is not None and box.isVisible():
            return box
        firsts: dict[QWidget | None, QAbstractButton] = {}
        for answer in screen.findChildren(QAbstractButton):
            if answer.isVisible() and isinstance(answer, (ChoiceButton, QCheckBox)):
                firsts.setdefault(answer.parentWidget(), answer)
        for answer in firsts.values():
            qtbot.mouseClick(answer, Qt.MouseButton.LeftButton)
        click(window, "Next")
    raise AssertionError("the survey has no typed answer")


def test_the_next_resident_finds_no_keys_up_that_they_did_not_ask_for(open_kiosk, qtbot, click):
    """The screen gives a keyboard user back the focus they had there: not one of the last
    visit's, which would bring up its keys (or the finder's search) for the next resident."""
    window = open_kiosk.window
    from_the_top_bar(window, qtbot)
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.mouseClick(confirm.name_edit, Qt.MouseButton.LeftButton)
    click(window, "Start again")
    click(window, "Find a service or do it now")
    finder = window.screens[ScreenId.FINDER]
    qtbot.mouseClick(finder.search_box, Qt.MouseButton.LeftButton)
    click(window, "Start again")
    # The next resident:
    click(window, "Get a ticket or check in")
    click(window, "Housing")
    assert not confirm.keyboard.isVisible()
    click(window, "Start again")
    click(window, "Find a service or do it now")
    assert finder.pages.currentWidget() is finder.topics_page
    assert not finder.keyboard.isVisible()
