"""At 200 % text on a laptop's panel the field being typed in and the keys show together.

QA s36: at 200 % text on a 1280 x 800 screen a typing step's question and the keys did not
show together: the keys filled the page and the field was above the view or under the
"More below" cue (in Spanish, whose bottom bar takes two rows, "What is it about?" and its
box were both out of sight), so a resident could not see what they were answering while
typing. Checked by geometry: the field's rectangle and the keys' rectangle are both inside
what the window shows (every scroll area's view around them, less its "More below" cue,
and inside the window), on every typing screen, in every language, at 1280 x 800 and
1366 x 768.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QPlainTextEdit, QWidget

from hubkiosk.core.i18n import LANGUAGES
from hubkiosk.ui.keyboard import Key, KeyboardSlot, _typed_line
from hubkiosk.ui.screens import ScreenId
from tests.conftest import resize_to
from tests.survey.test_survey_ui import IN_THE_SURVEY
from tests.test_keys_come_up_on_focus import to_the_typed_survey_answer
from tests.test_keys_in_the_residents_letters import comment, first_name, form_about, search

NATIVE = {language.code: language.native for language in LANGUAGES}
SIZES = [(1280, 800), (1366, 768)]


def seen_part(widget: QWidget) -> QRect:
    """The part of ``widget`` the window shows, in the window's coordinates: clipped by
    each scroll area's view around it (less its "More below" cue) and by the window."""
    window = widget.window()
    seen = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            view = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            cue = area.findChild(QLabel, "ScrollCue")
            if cue is not None and cue.isVisible():
                view.setBottom(cue.mapTo(window, QPoint(0, 0)).y() - 1)
            seen = seen.intersected(view)
        parent = parent.parentWidget()
    return seen.intersected(window.rect())


def assert_whole_in_view(widget: QWidget, what: str) -> None:
    assert widget.isVisible(), f"{what} does not show"
    window = widget.window()
    whole = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    assert seen_part(widget) == whole, (
        f"{what} {whole.getRect()} shows {seen_part(widget).getRect()}"
    )


def settle() -> None:
    for _ in range(12):  # a layout request can post another; the page then scrolls
        QApplication.processEvents()


def at_200_percent(window, click, code: str) -> None:
    while window.scale_index < 2:
        click(window, window.text_size_button.text())
    click(window, NATIVE[code])


def survey_text(kiosk, click, qtbot) -> tuple[QWidget, KeyboardSlot]:
    kiosk.ctx.clock = lambda: IN_THE_SURVEY
    window = kiosk.window
    screen = window.screens[ScreenId.SURVEY]
    return to_the_typed_survey_answer(window, screen, qtbot, click), screen.keyboard


def reference(kiosk, click) -> tuple[QWidget, KeyboardSlot]:
    window = kiosk.window
    click(window, "Get a ticket or check in")
    click(window, "I have an appointment")
    screen = window.screens[ScreenId.APPOINTMENT]
    return screen.reference_edit, screen.keyboard


STEPS: dict[str, Callable] = {
    "form:about": form_about,
    "survey:text": survey_text,
    "feedback:comment": comment,
    "checkin:reference": lambda kiosk, click, qtbot: reference(kiosk, click),
    "ticket:first-name": first_name,
    "finder:search": search,
}


def name(step: str, code: str, size: tuple[int, int]) -> str:
    return f"{step}-{code}-{size[0]}x{size[1]}"


#: Every typing screen in every language at both sizes (the finder's search, a box of
#: several lines and "Get my ticket"'s name on 1366 x 768 in Spanish and Polish were left
#: open at first: the echo line above the keys showed what was typed there).
FITTED = [
    pytest.param(step, code, size, id=name(step, code, size))
    for step in STEPS
    for code in NATIVE
    for size in SIZES
]


@pytest.mark.parametrize(("step", "code", "size"), FITTED)
def test_at_200_percent_the_field_and_the_keys_show_together(
    open_kiosk, qtbot, click, step, code, size
):
    kiosk = open_kiosk
    window = kiosk.window
    if step != "survey:text":  # the walk answers the survey's first choices at its size
        resize_to(window, qtbot, size)
    field, keys = STEPS[step](kiosk, click, qtbot)
    resize_to(window, qtbot, size)
    at_200_percent(window, click, code)  # "Larger text" and the language, typing there
    settle()
    assert keys.isVisible() and keys.target is field
    if isinstance(field, QPlainTextEdit):  # a box of several lines: its line typed in
        line = _typed_line(field).translated(field.mapTo(window, QPoint(0, 0)))
        assert seen_part(field).contains(line), (
            f"{step} in {code}: the line typed in {line.getRect()} shows {seen_part(field).getRect()}"
        )
    else:
        assert_whole_in_view(field, f"{step} in {code}: the field")
    assert_whole_in_view(keys, f"{step} in {code}: the keys")
    assert all(
        seen_part(k) == QRect(k.mapTo(window, QPoint(0, 0)), k.size())
        for k in keys.findChildren(Key)
        if k.isVisible()
    )


class Changes(QObject):
    """What changed size, or showed or hid, of the widgets it watches."""

    KINDS = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)

    def __init__(self, *watched: QWidget) -> None:
        super().__init__()
        self.seen: list[str] = []
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in self.KINDS:
            self.seen.append(f"{watched.objectName()} {event.type().name}")
        return False


AT_REST = [
    pytest.param(step, code, (1280, 800), id=name(step, code, (1280, 800)))
    for step in STEPS
    for code in NATIVE
]


@pytest.mark.parametrize(("step", "code", "size"), AT_REST)
def test_at_200_percent_the_keys_come_to_rest_whole(open_kiosk, qtbot, click, step, code, size):
    """The keys stop moving once up, every key whole and apart from the others.

    QA s36: at 200 % text on a 1280 x 800 screen the Bengali feedback comment's keys went
    on growing and shrinking by the "You typed" line above them (shown while scrolling to
    the keys, hidden while scrolling back to the box): caught between two heights, the
    rows overlapped and ran out of their panel."""
    kiosk = open_kiosk
    window = kiosk.window
    if step != "survey:text":
        resize_to(window, qtbot, size)
    field, keys = STEPS[step](kiosk, click, qtbot)
    resize_to(window, qtbot, size)
    at_200_percent(window, click, code)
    settle()
    keyboard = keys.keyboard
    changes = Changes(keyboard, keyboard.echo, keyboard.pages)
    settle()
    assert changes.seen == [], f"{step} in {code}: the keys still move: {changes.seen[:6]}"
    shown = [k for k in keyboard.pages.currentWidget().findChildren(Key) if k.isVisible()]
    places = [QRect(k.mapTo(window, QPoint(0, 0)), k.size()) for k in shown]
    assert (
        keyboard.pages.currentWidget()
        .rect()
        .contains(keyboard.pages.currentWidget().childrenRect())
    )
    overlapping = [
        (first.text(), second.text())
        for index, (first, one) in enumerate(zip(shown, places, strict=True))
        for second, other in zip(shown[index + 1 :], places[index + 1 :], strict=True)
        if one.intersects(other)
    ]
    assert overlapping == [], f"{step} in {code}: keys overlap: {overlapping[:4]}"
