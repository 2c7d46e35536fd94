"""Tab order as a keyboard user and a switch user (Tab to move, Space to choose) meet it.

QA s35: the window's Tab order was the top bar, the bottom bar, then the page (WCAG 2.4.3:
it should follow what is seen: the top bar, the page, the bottom bar); each page's scroll
area was a stop a screen reader said nothing at; and on a typing screen the on-screen keys
came after the field, so a resident who typed in the booking reference with a keyboard
needed dozens of Tabs to reach "Check in".

The order on a typing screen: the field, the step's action ("Check in", "Next"), Back,
then the keys. Enter in a one-line field does what the step's action does. A switch user
who types with the keys ends on the keys' Done, which does it too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hubkiosk.ui.keyboard import Key
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.survey.parts import ChoiceButton
from tests.conftest import find_button
from tests.forms.test_forms_ui import Resident

TAB, SPACE = Qt.Key.Key_Tab, Qt.Key.Key_Space
IN_THE_SURVEY = dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.UTC)


def focused() -> QWidget:
    now = QApplication.focusWidget()
    assert now is not None, "the focus was lost"
    return now


def start_on(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def tab(qtbot) -> QWidget:
    qtbot.keyClick(focused(), TAB)
    return focused()


def tabs_to(qtbot, widget: QWidget, limit: int = 200) -> int:
    """How many Tabs, from the focus now, until ``widget`` has the focus."""
    for count in range(limit):
        if focused() is widget:
            return count
        tab(qtbot)
    raise AssertionError(f"{widget.accessibleName()!r} never reached by Tab")


def one_round(qtbot) -> list[QWidget]:
    """Every stop Tab reaches, from the focus now until it comes back round to it."""
    first = focused()
    stops = [first]
    for _ in range(300):
        now = tab(qtbot)
        if now is first:
            return stops
        stops.append(now)
    raise AssertionError("Tab never came back round")


def part_of(window, widget: QWidget) -> str:
    if window.top_bar.isAncestorOf(widget):
        return "top bar"
    if window.bottom_bar.isAncestorOf(widget):
        return "bottom bar"
    page = window.stack.currentWidget()
    if widget is page or page.isAncestorOf(widget):
        return "page"
    return type(widget).__name__


def assert_seen_order(window, qtbot) -> list[QWidget]:
    """From the top bar's first control, one round of Tab: the top bar, the page, then the
    bottom bar, each stop named for a screen reader. The stops, in order."""
    start_on(qtbot, window.language_buttons["en"])
    stops = one_round(qtbot)
    parts = [part_of(window, stop) for stop in stops]
    runs = [part for index, part in enumerate(parts) if index == 0 or parts[index - 1] != part]
    assert runs == ["top bar", "page", "bottom bar"], (
        f"{window.current.value}: Tab goes through {runs}"
    )
    unnamed = [type(stop).__name__ for stop in stops if not stop.accessibleName().strip()]
    assert unnamed == [], f"{window.current.value}: stops with no accessible name: {unnamed}"
    return stops


def test_tab_goes_top_bar_page_bottom_bar_on_home_and_a_deeper_screen(kiosk, qtbot, click):
    window = kiosk.window
    stops = assert_seen_order(window, qtbot)
    page = window.pages[ScreenId.HOME]
    assert page in stops and page.accessibleName() == "Home"  # the page says its screen
    click(window, "Find a service or do it now")
    assert window.current is ScreenId.FINDER
    stops = assert_seen_order(window, qtbot)
    assert window.pages[ScreenId.FINDER].accessibleName() == "Find a service"
    # Back is in the bottom bar, after the page.
    assert stops.index(window.back_button) > stops.index(window.pages[ScreenId.FINDER])


def test_the_order_holds_on_screens_and_questions_built_later(kiosk, qtbot, click):
    """Screens are built when first shown, and their questions when asked: each comes
    between the two bars too."""
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    window = kiosk.window
    click(window, "Tell us what you think")
    click(window, "Customer experience survey")
    click(window, "Start the survey")
    assert_seen_order(window, qtbot)
    click(window, "Yes")
    click(window, "Next")
    assert_seen_order(window, qtbot)
    assert window.pages[ScreenId.SURVEY].accessibleName() == "Customer experience survey"


def open_the_keys_elsewhere_first(window, click) -> None:
    """A resident who searched first: the kiosk's one keyboard was then made on another
    screen (as the kiosk's warm-up does) and moved to the next screen's keys."""
    click(window, "Find a service or do it now")
    window.screens[ScreenId.FINDER].search_box.setFocus()
    click(window, "Start again")


def to_the_booking_reference(window, click) -> QLineEdit:
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    return screen.reference_edit


def test_from_the_booking_reference_one_tab_reaches_check_in(open_kiosk, qtbot, click):
    window = open_kiosk.window
    open_the_keys_elsewhere_first(window, click)
    field = to_the_booking_reference(window, click)
    start_on(qtbot, field)
    qtbot.keyClicks(field, "4821")
    assert tabs_to(qtbot, find_button(window, "Check in")) == 1
    # Back (in the bottom bar) and the keys come after it; Shift+Tab goes back to the field.
    assert isinstance(tab(qtbot), Key)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is field


def test_a_switch_user_types_the_reference_with_the_keys_and_checks_in(open_kiosk, qtbot, click):
    window = open_kiosk.window
    open_the_keys_elsewhere_first(window, click)
    field = to_the_booking_reference(window, click)
    screen = window.screens[ScreenId.APPOINTMENT]
    start_on(qtbot, field)
    keys = screen.keyboard
    for digit in "48":
        key = next(k for k in keys.char_keys if k.property("char") == digit and k.isVisible())
        tabs_to(qtbot, key)
        qtbot.keyClick(focused(), SPACE)
    assert field.text() == "48"
    done = next(k for k in keys.findChildren(Key) if k.accessibleName() == "Done" and k.isVisible())
    assert tabs_to(qtbot, done) < 40
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        qtbot.keyClick(focused(), SPACE)  # Done: checks in, as "Check in" does


def test_from_a_forms_typed_answer_one_tab_reaches_next_and_enter_goes_on(kiosk, qtbot, click):
    resident = Resident(kiosk, qtbot, click)
    window = kiosk.window
    open_the_keys_elsewhere_first(window, click)
    resident.open_service("Parking")
    resident.touch("Do it here now")
    form = window.screens[ScreenId.FORM]
    about = resident.field("What is it about?")
    assert isinstance(about, QPlainTextEdit)
    start_on(qtbot, about)
    qtbot.keyClicks(about, "Visitor permit")
    assert tabs_to(qtbot, form.next_button) == 1
    assert tab(qtbot) is form.previous_button
    assert isinstance(tab(qtbot), Key)  # then the keys
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    name = resident.field("Your name")
    assert focused() is name
    qtbot.keyClicks(name, "Ana Begum")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # Enter in a one-line field: on, as Next
    assert resident.field("Your phone number") is focused()
    assert resident.progress() == "Question 3 of 5"


def test_from_a_typed_survey_answer_one_tab_reaches_next(kiosk, qtbot, click):
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    window = kiosk.window
    open_the_keys_elsewhere_first(window, click)
    click(window, "Tell us what you think")
    click(window, "Customer experience survey")
    click(window, "Start the survey")
    screen = window.screens[ScreenId.SURVEY]
    for _ in range(12):
        box = window.findChild(QPlainTextEdit, "SurveyText")
        if box is not None and box.isVisible():
            break
        firsts: dict[QWidget | None, QAbstractButton] = {}
        for answer in screen.findChildren(QAbstractButton):
            if answer.isVisible() and isinstance(answer, (ChoiceButton, QCheckBox)):
                firsts.setdefault(answer.parentWidget(), answer)
        for answer in firsts.values():
            qtbot.mouseClick(answer, Qt.MouseButton.LeftButton)
        click(window, "Next")
    else:
        raise AssertionError("the survey has no typed answer")
    assert focused() is box
    qtbot.keyClicks(box, "hard to find")
    assert tabs_to(qtbot, screen.next_button) == 1
    assert tab(qtbot) is screen.back_button
    assert isinstance(tab(qtbot), Key)


def test_a_scroll_area_that_never_scrolls_is_no_stop(kiosk, qtbot, click):
    """The survey's answers' area grows with them (the page scrolls): no stop of its own."""
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    window = kiosk.window
    click(window, "Tell us what you think")
    click(window, "Customer experience survey")
    click(window, "Start the survey")
    area = window.screens[ScreenId.SURVEY].answers_area
    assert not area.focusPolicy() & Qt.FocusPolicy.TabFocus
