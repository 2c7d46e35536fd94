"""Tick boxes, answer circles and keyboard focus on answers, as seen in both themes.

QA s35: in high contrast an unticked box and an unchosen circle were black on black (the
survey says "each has a box to tick"), and a focused answer got only a dark tint; in the
normal theme a focused answer got a light-blue tint that looked like "chosen", and no
outline. Measured on the pixels drawn (WCAG 1.4.11: 3:1 for the parts of a control).
"""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)

from hubkiosk.ui.audit import contrast_ratio
from hubkiosk.ui.screens import ScreenId
from tests.conftest import find_button
from tests.forms.test_forms_ui import Resident

IN_THE_SURVEY = dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.UTC)
THEMES = ["default", "contrast"]
TEXT_SIZES = ["100 %", "150 %", "200 %"]  # "Larger text" goes through them in turn


def in_theme(window, click, theme: str) -> None:
    if theme == "contrast":
        click(window, "High contrast")


def at_each_text_size(window, click):
    """Yields each text size's name, the kiosk showing it."""
    for index, size in enumerate(TEXT_SIZES):
        if index:
            click(window, "Larger text")
            QApplication.processEvents()
        yield size


def to_the_survey_ticks(kiosk, click) -> None:
    """From home to the survey's question with several answers (a box to tick each)."""
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    window = kiosk.window
    click(window, "Tell us what you think")
    click(window, "Customer experience survey")
    click(window, "Start the survey")
    click(window, "Yes")
    click(window, "Next")


def to_the_form_circles(kiosk, qtbot, click) -> None:
    """From home to a form's question with one answer (a circle each)."""
    resident = Resident(kiosk, qtbot, click)
    resident.open_service("Something else")
    resident.touch("Do it here now")


def indicator(button: QAbstractButton) -> QRect:
    """Where the style draws the answer's box or circle."""
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(button, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    return button.style().subElementRect(element, option, button)


def outline_contrast(image: QImage, box: QRect) -> float:
    """The box's or circle's outline against the answer around it: on its left and its top
    edge, the strongest of its first pixels against the answer 4 px outside; the weaker
    edge counts."""
    middle = box.center()
    left_outside = image.pixelColor(box.left() - 4, middle.y())
    left = max(
        contrast_ratio(image.pixelColor(x, middle.y()), left_outside)
        for x in range(box.left(), box.left() + 4)
    )
    top_outside = image.pixelColor(middle.x(), box.top() - 4)
    top = max(
        contrast_ratio(image.pixelColor(middle.x(), y), top_outside)
        for y in range(box.top(), box.top() + 4)
    )
    return min(left, top)


def assert_boxes_seen(window, chosen: str, unchosen: str, what: str) -> None:
    """``chosen`` and ``unchosen`` answers: each one's box or circle has an outline a
    person sees, and the chosen one is marked inside it (a tick, a dot), not only
    coloured differently."""
    centres, sizes = {}, set()
    for text in (chosen, unchosen):
        button = find_button(window, text)
        assert button.isChecked() == (text == chosen), text
        box = indicator(button)
        sizes.add((box.width(), box.height()))
        image = button.grab().toImage()
        ratio = outline_contrast(image, box)
        assert ratio >= 3.0, f"{what}: the outline of '{text}' at {ratio:.2f}:1, needs 3:1"
        centres[text] = image.pixelColor(box.center())
    assert len(sizes) == 1, f"{what}: a box grows when chosen (the words move): {sizes}"
    marked = contrast_ratio(centres[chosen], centres[unchosen])
    assert marked >= 3.0, f"{what}: chosen and unchosen differ inside at {marked:.2f}:1"


def assert_ticked(window, text: str, what: str) -> None:
    """The box of ``text`` holds a tick: a mark in another colour inside the box's middle,
    not one flat colour (a filled square said "chosen" less plainly than "a box to
    tick")."""
    button = find_button(window, text)
    box = indicator(button).adjusted(14, 14, -14, -14)  # inside the box and its frame
    image = button.grab().toImage()
    colours = [
        image.pixelColor(x, y)
        for x in range(box.left(), box.right() + 1, 2)
        for y in range(box.top(), box.bottom() + 1, 2)
    ]
    darkest = min(colours, key=lambda colour: colour.lightnessF())
    lightest = max(colours, key=lambda colour: colour.lightnessF())
    ratio = contrast_ratio(darkest, lightest)
    assert ratio >= 3.0, f"{what}: no tick in the box of '{text}' ({ratio:.2f}:1 inside)"


@pytest.mark.parametrize("theme", THEMES)
def test_every_box_to_tick_in_the_survey_is_seen_ticked_or_not(kiosk, click, theme):
    window = kiosk.window
    in_theme(window, click, theme)
    to_the_survey_ticks(kiosk, click)
    click(window, "Housing")
    find_button(window, "Next").setFocus()  # only the ticks show, no focus on an answer
    for size in at_each_text_size(window, click):
        assert_boxes_seen(window, "Housing", "Council tax", f"survey, {theme}, {size}")
        assert_ticked(window, "Housing", f"survey, {theme}, {size}")


@pytest.mark.parametrize("theme", THEMES)
def test_every_circle_in_a_form_is_seen_chosen_or_not(kiosk, qtbot, click, theme):
    window = kiosk.window
    in_theme(window, click, theme)
    to_the_form_circles(kiosk, qtbot, click)
    click(window, "Parking")
    find_button(window, "Next").setFocus()
    for size in at_each_text_size(window, click):
        assert_boxes_seen(window, "Parking", "Housing", f"form, {theme}, {size}")


def tab_to(window, qtbot, button: QAbstractButton) -> None:
    """Press Tab, as a keyboard or switch user does, until ``button`` has the focus."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for _ in range(80):
        if app.focusWidget() is button:
            return
        qtbot.keyClick(app.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached '{button.text()}'")


def outline_width(focused: QImage, unfocused: QImage, side: str) -> int:
    """How many pixels, going in from the middle of one ``side`` of an answer, change by
    3:1 or more when it takes the focus."""
    w, h = focused.width(), focused.height()
    points = {
        "left": [(x, h // 2) for x in range(10)],
        "right": [(w - 1 - x, h // 2) for x in range(10)],
        "top": [(w // 2, y) for y in range(10)],
        "bottom": [(w // 2, h - 1 - y) for y in range(10)],
    }[side]
    return sum(
        contrast_ratio(focused.pixelColor(x, y), unfocused.pixelColor(x, y)) >= 3.0
        for x, y in points
    )


def assert_focus_seen(window, qtbot, text: str, what: str) -> None:
    """The answer ``text``, reached by Tab, has an outline of 2 px or more all round that
    stands out 3:1 from how it looks without the focus, and is not tinted as if chosen."""
    button = find_button(window, text)
    assert QApplication.focusWidget() is not button
    unfocused = button.grab().toImage()
    tab_to(window, qtbot, button)
    focused = button.grab().toImage()
    assert focused.size() == unfocused.size(), what
    for side in ("left", "right", "top", "bottom"):
        width = outline_width(focused, unfocused, side)
        assert width >= 2, f"{what}: '{text}' focused, its {side} outline {width} px at 3:1"
    # Inside the outline, away from the words, the answer looks as it did: a focus that
    # tints it reads as "chosen".
    inside = (focused.width() - 14, focused.height() // 2)
    assert focused.pixelColor(*inside) == unfocused.pixelColor(*inside), (
        f"{what}: '{text}' focused is tinted inside"
    )
    assert not button.isChecked() and not button.property("chosen"), what


@pytest.mark.parametrize("theme", THEMES)
def test_a_focused_answer_has_an_outline_not_a_tint(kiosk, qtbot, click, theme):
    window = kiosk.window
    in_theme(window, click, theme)
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    click(window, "Tell us what you think")
    click(window, "Customer experience survey")
    click(window, "Start the survey")
    assert_focus_seen(window, qtbot, "Yes", f"survey answer button, {theme}")
    click(window, "Yes")
    click(window, "Next")
    assert_focus_seen(window, qtbot, "Council tax", f"survey box to tick, {theme}")
    click(window, "Start again")
    in_theme(window, click, theme)
    to_the_form_circles(kiosk, qtbot, click)
    assert_focus_seen(window, qtbot, "Housing", f"form circle, {theme}")


def as_seen(window, button: QAbstractButton) -> QImage:
    """``button`` as the window shows it (its margin shows what is behind it)."""
    QApplication.processEvents()
    return window.grab(QRect(button.mapTo(window, QPoint(0, 0)), button.size())).toImage()


def tinted_inside(focused: QImage, unfocused: QImage) -> int:
    """How many pixels inside the outline (10 px in from each side, past the thickest
    outline and its rounded corners) look different with the focus: the words look the
    same, so any is a tint."""
    return sum(
        focused.pixelColor(x, y) != unfocused.pixelColor(x, y)
        for x in range(10, focused.width() - 10)
        for y in range(10, focused.height() - 10)
    )


def assert_button_focus_seen(window, qtbot, button: QAbstractButton, what: str) -> None:
    """``button``, reached by Tab, has an outline of 2 px or more all round, 3:1 against
    how it looked without the focus, and no fill inside it."""
    window.stack.currentWidget().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not button)
    unfocused = as_seen(window, button)
    tab_to(window, qtbot, button)
    focused = as_seen(window, button)
    for side in ("left", "right", "top", "bottom"):
        width = outline_width(focused, unfocused, side)
        assert width >= 2, f"{what}: focused, its {side} outline {width} px at 3:1"
    assert tinted_inside(focused, unfocused) == 0, f"{what}: focused, it is filled inside"


@pytest.mark.parametrize("theme", THEMES)
def test_a_focused_button_has_the_focus_outline_and_no_fill(kiosk, qtbot, click, theme):
    """QA s36: a focused button showed Qt's faint fill inside its outline (it looked
    chosen); in high contrast the bars' buttons and a filled button showed little else."""
    window = kiosk.window
    in_theme(window, click, theme)
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    click(window, "Tell us what you think")
    click(window, "Customer experience survey")
    screen = window.screens[ScreenId.SURVEY]
    for button, what in (
        (screen.intro_back, "a button on the page"),
        (screen.start_button, "the page's main button (filled)"),
        (window.start_again, "the bottom bar's filled button"),
        (window.language_buttons["bn"], "a button of the top bar"),
    ):
        assert_button_focus_seen(window, qtbot, button, f"{what}, {theme}")
    click(window, "Start again")
    assert_button_focus_seen(window, qtbot, find_button(window, "Housing"), f"a tile, {theme}")
    click(window, "Find a service or do it now")
    assert_button_focus_seen(window, qtbot, window.back_button, f"the bottom bar's Back, {theme}")
