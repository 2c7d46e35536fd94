"""QA: at the largest text on a 1280 x 800 panel, a question the resident types into (a
form's "What is it about?", the survey's answer in their own words) had Back and Next
squeezed beside the keys: in Bengali "পিছনে" and "পরবর্তী" had half the width of their
words, in Urdu "واپس" was cut, in Somali "Xiga" was cut and the keyboard drew "Dhammaad"
(Done) at 12 px and "Xaraf weyn" at 15 px; the Bengali and Urdu letter keys were 56 px
wide. The screens are reached by touch and checked with the audit's own checks."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QAbstractButton, QWidget

from hubkiosk.ui import audit
from hubkiosk.ui.keyboard import Key
from hubkiosk.ui.screens import ScreenId
from tests.conftest import resize_to
from tests.survey.test_survey_ui import IN_THE_SURVEY, agree_to_each_statement, to_the_statements

LANGUAGES = {"bn": "বাংলা", "so": "Soomaali", "ur": "اردو"}


class ScreenChecker(audit.Checker):
    """The audit's checks on the screen shown (not the bars around it)."""

    def roots(self) -> list[QWidget]:
        page = self.window.stack.currentWidget()
        return [page] if page is not None else []


def at_the_largest_text(window, click, code: str, theme: str) -> None:
    """Touch "Larger text" until 200 %, "High contrast" for that theme, then the language."""
    while window.scale_index < 2:
        click(window, window.text_size_button.text())
    if theme == "contrast":
        click(window, "High contrast")
    click(window, LANGUAGES[code])


def faults(window, state: str, code: str, theme: str) -> list[str]:
    """What the audit finds on the screen: words cut or drawn under 18 px, targets under
    64 px, parts over each other or off to the side."""
    found = ScreenChecker(window).check(state, code, theme)
    kinds = ("cut", "target", "overlap", "sideways")
    return [v.line() for v in found if v.kind in kinds]


def assert_back_and_next_have_their_words(back: QAbstractButton, forward: QAbstractButton):
    for button in (back, forward):
        assert button.isVisible()
        assert button.width() >= button.minimumSizeHint().width(), button.text()


def assert_keys_big(keyboard: QWidget) -> None:
    for key in keyboard.findChildren(Key):
        if key.isVisible():
            assert key.width() >= audit.MIN_TARGET, key.text()
            assert key.drawn_pixel_size() >= audit.MIN_DRAWN_PX, key.text()


@pytest.mark.parametrize("theme", ["default", "contrast"])
@pytest.mark.parametrize("code", ["bn", "so", "ur"])
def test_at_the_largest_text_on_a_laptop_a_form_question_to_type_has_nothing_cut(
    kiosk, qtbot, click, code, theme
):
    window = kiosk.window
    resize_to(window, qtbot, (1280, 800))
    click(window, "Find a service or do it now")
    click(window, "Something else")
    click(window, "Do it here now")
    click(window, "Parking")
    click(window, "Next")  # "What is it about?", with the keys
    at_the_largest_text(window, click, code, theme)
    screen = window.screens[ScreenId.FORM]
    assert screen.short and screen.keyboard.isVisible()
    assert faults(window, "form:callback:about", code, theme) == []
    assert_back_and_next_have_their_words(screen.previous_button, screen.next_button)
    assert_keys_big(screen.keyboard.keyboard)


@pytest.mark.parametrize("theme", ["default", "contrast"])
@pytest.mark.parametrize("code", ["bn", "so", "ur"])
def test_at_the_largest_text_on_a_laptop_a_survey_question_to_type_has_nothing_cut(
    kiosk, qtbot, click, code, theme
):
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    window = kiosk.window
    resize_to(window, qtbot, (1280, 800))
    screen = window.screens[ScreenId.SURVEY]
    to_the_statements(window, click)
    agree_to_each_statement(window, screen, qtbot, click)
    for words in ("Next", "E-mail", "Next", "No", "Next"):
        click(window, words)  # why they would not use the website: in their own words
    at_the_largest_text(window, click, code, theme)
    assert screen.short and screen.keyboard.isVisible()
    assert faults(window, "survey:text", code, theme) == []
    assert_back_and_next_have_their_words(screen.back_button, screen.next_button)
    assert_keys_big(screen.keyboard.keyboard)
    # The Bengali or Urdu letters (the keys open on them), fifteen keys to a row: Back and
    # Next make room for them; and the same after the Latin letters and back.
    if code in ("bn", "ur"):
        assert screen.keyboard.script == {"bn": "bengali", "ur": "urdu"}[code]
        click(window, "ABC")
        click(window, "অআক" if code == "bn" else "اب")
        assert faults(window, "survey:text+letters", code, theme) == []
        assert_back_and_next_have_their_words(screen.back_button, screen.next_button)
        assert_keys_big(screen.keyboard.keyboard)
