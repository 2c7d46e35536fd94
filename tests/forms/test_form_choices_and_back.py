"""Issue 14, item 4: a form's choices look like what they are (boxes to tick for several
answers, circles for one), there is one way back, and the service the resident came from
is not asked again."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QWidget

from hubkiosk.ui.screens import ScreenId
from tests.conftest import find_button
from tests.forms.test_forms_ui import Resident


@pytest.fixture
def resident(kiosk, qtbot, click) -> Resident:
    return Resident(kiosk, qtbot, click)


def role(widget) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()


def visible_buttons(window) -> list[str]:
    return sorted(
        b.text() for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text()
    )


def test_several_answers_are_check_boxes_and_one_answer_radio_buttons(resident: Resident):
    resident.open_service("Waste and recycling")
    resident.touch("Do it here now")
    recycling = find_button(resident.window, "Recycling")
    assert isinstance(recycling, QCheckBox)
    assert role(recycling) == QAccessible.Role.CheckBox
    assert recycling.height() >= 64
    resident.touch("Recycling")
    resident.touch("Food waste")
    assert recycling.isChecked() and find_button(resident.window, "Food waste").isChecked()

    resident.touch("Start again")
    resident.open_service("Something else")
    resident.touch("Do it here now")
    parking = find_button(resident.window, "Parking")
    assert isinstance(parking, QRadioButton)
    assert role(parking) == QAccessible.Role.RadioButton
    resident.touch("Parking")
    resident.touch("Housing")
    assert not parking.isChecked()  # one answer: the other is let go


def test_one_way_back_and_the_first_question_goes_back_to_the_service(resident: Resident):
    resident.open_service("Waste and recycling")
    resident.touch("Do it here now")
    window = resident.window
    shown = visible_buttons(window)
    assert "Previous question" not in shown
    assert shown.count("Back") == 1
    resident.touch("Recycling")
    resident.next()
    resident.touch("Back")  # to question 1, in the form
    assert window.current is ScreenId.FORM and resident.progress().startswith("Question 1 of ")
    assert find_button(window, "Recycling").isChecked()
    resident.touch("Back")  # from question 1: out of the form, to the service
    assert window.current is ScreenId.SERVICE_PAGE


def test_the_service_the_resident_came_from_is_not_asked_again(resident: Resident):
    resident.open_service("Parking")
    resident.touch("Do it here now")
    form = resident.form_screen
    assert form.heading.text() == "Ask a service to call you back"
    assert "Which service should call you?" not in [
        e.question.text() for e in form.editors.values() if e.isVisible()
    ]
    assert resident.field("What is it about?").isVisible()
    resident.answer_the_callback("My visitor permit")
    # The review still shows it, and it can be changed there.
    review = [w.text() for w in form.review_widgets if hasattr(w, "text")]
    assert "Which service should call you?" in review and "Parking" in review
    reference = resident.send()
    assert resident.stored(reference).answers["service"] == "parking"


def shown_questions(resident: Resident) -> list[str]:
    return [e.question.text() for e in resident.form_screen.editors.values() if e.isVisible()]


def leave_the_form_for(resident: Resident, tile_text: str) -> None:
    """From the form's first question: Back to the service, Back to the services, another."""
    resident.touch("Back")
    assert resident.window.current is ScreenId.SERVICE_PAGE
    resident.touch("Back")
    assert resident.window.current is ScreenId.FINDER
    resident.touch(tile_text)
    assert resident.window.current is ScreenId.SERVICE_PAGE


def test_the_form_opened_again_from_another_service_calls_from_that_one(resident: Resident):
    # QA t_form_service.py: opened from Parking, left by Back, opened again from
    # Employment advice, the form still said Parking (unseen) and was sent to Parking.
    resident.open_service("Parking")
    resident.touch("Do it here now")
    leave_the_form_for(resident, "Employment advice")
    resident.touch("Do it here now")
    assert "Which service should call you?" not in shown_questions(resident)
    resident.answer_the_callback("Finding a job")
    review = [w.text() for w in resident.form_screen.review_widgets if hasattr(w, "text")]
    assert "Finding work" in review and "Parking" not in review
    reference = resident.send()
    assert resident.stored(reference).answers["service"] == "employment"


def test_the_form_opened_again_from_something_else_asks_which_service(resident: Resident):
    resident.open_service("Parking")
    resident.touch("Do it here now")
    resident.type("What is it about?", "My visitor permit")
    leave_the_form_for(resident, "Something else")
    resident.touch("Do it here now")
    assert shown_questions(resident) == ["Which service should call you?"]
    assert not find_button(resident.window, "Parking").isChecked(), "nothing chosen for them"
    resident.next()
    resident.expect_error("Please choose one answer.")
    resident.touch("Housing")
    resident.next()
    # What they typed for the other questions before is kept, as on any return to the form.
    assert resident.field("What is it about?").toPlainText() == "My visitor permit"


class _Moves(QObject):
    """Counts the moves and resizes of one widget."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__()
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self.count += 1
        return False


def test_the_next_resident_opening_the_same_form_finds_its_questions_in_place(
    resident: Resident,
):
    # "Start again" emptied the form's title, progress and intro (none of them the
    # resident's), so the next resident's "Do it here now" laid the form out again: the
    # questions' area moved down and was resized, ~0.5 ms of the tap (issue 16, tap_next).
    window = resident.window
    resident.open_service("Waste and recycling")
    resident.touch("Do it here now")
    form = resident.form_screen
    title, progress = form.heading.text(), resident.progress()
    resident.touch("Recycling")
    resident.touch("Start again")
    assert window.current is ScreenId.HOME
    moves = _Moves(form.questions_scroll)
    resident.open_service("Waste and recycling")
    resident.touch("Do it here now")
    assert window.current is ScreenId.FORM
    assert (form.heading.text(), resident.progress()) == (title, progress)
    assert not any(b.isChecked() for e in form.editors.values() for b in e.choice_buttons), (
        "the last resident's choice is gone"
    )
    assert moves.count == 0
