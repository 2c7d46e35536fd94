"""Survey capture driven as a resident would: by tapping, with the on-screen keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QFrame, QLabel, QPlainTextEdit

from hubkiosk.store.models import Feedback, FeedbackFollowUp, OutboxItem, SurveyResponse
from hubkiosk.ui.screens import ScreenId
from tests.conftest import assert_all_in_view, find_button, resize_to

IN_THE_SURVEY = dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.UTC)
SURVEY_TILE = "Customer experience survey"


def at(moment: dt.datetime):
    return lambda: moment


@pytest.fixture
def survey_kiosk(kiosk):
    kiosk.ctx.clock = at(IN_THE_SURVEY)
    return kiosk


def give_a_face(window, qtbot, click, face: str) -> None:
    """From home: "Tell us what you think", "Quick feedback", then ``face`` ("Good"...),
    once the feedback it makes is saved."""
    click(window, "Tell us what you think")
    click(window, "Quick feedback")
    with qtbot.waitSignal(window.screens[ScreenId.FEEDBACK].feedback_saved, timeout=10_000):
        click(window, face)


def statement_row(window, text: str) -> QFrame:
    rows = [
        row
        for row in window.findChildren(QFrame, "StatementRow")
        if row.isVisible() and row.findChild(QLabel, "StatementText").text() == text
    ]
    assert len(rows) == 1, f"statement '{text}' shown {len(rows)} times"
    return rows[0]


def rank_badges(window) -> list[str]:
    return [b.text() for b in window.findChildren(QLabel, "RankBadge") if b.isVisible()]


def chosen(window) -> list[str]:
    return [
        b.text()
        for b in window.findChildren(QAbstractButton)
        if b.objectName() in ("Choice", "FormChoice") and b.isVisible() and b.property("chosen")
    ]


def progress(window) -> str:
    return window.screens[ScreenId.SURVEY].progress_text.text()


def question(window) -> str:
    return window.screens[ScreenId.SURVEY].question_text.text()


def stored(kiosk, model):
    kiosk.ctx.ops.wait()
    with kiosk.store.session() as session:
        rows = session.scalars(select(model)).all()
        session.expunge_all()
        return rows


def open_survey(window, click):
    click(window, "Tell us what you think")
    assert window.current is ScreenId.TELL_US
    click(window, SURVEY_TILE)
    assert window.current is ScreenId.SURVEY
    click(window, "Start the survey")


def test_complete_the_council_survey_by_tapping(survey_kiosk, qtbot, click):
    kiosk = survey_kiosk
    window = kiosk.window
    screen = window.screens[ScreenId.SURVEY]
    open_survey(window, click)

    assert question(window) == "Have you contacted the council in the last 12 months?"
    # Honest count: up to 11 questions, "about" until the answers decide which.
    assert progress(window) == "Question 1 of about 11"
    # Nothing red before a touch; Next says what it needs only when touched too soon.
    assert not screen.hint.isVisible()
    assert find_button(window, "Next").isEnabled()
    click(window, "Next")
    assert question(window) == "Have you contacted the council in the last 12 months?"
    assert screen.hint.isVisible() and screen.hint.text() == "Choose an answer to go on."
    click(window, "Yes")
    assert not screen.hint.isVisible()
    assert progress(window) == "Question 1 of about 11"
    click(window, "Next")

    assert question(window) == (
        "If you contacted the council in the last 12 months, please tell us which services "
        "you contacted most."
    )
    assert not screen.hint.isVisible()
    # Several answers: each is a box to tick, not a button like a one-answer question's.
    waste = find_button(window, "Waste and recycling")
    assert isinstance(waste, QCheckBox)
    assert QAccessible.queryAccessibleInterface(waste).role() == QAccessible.Role.CheckBox
    click(window, "Waste and recycling")
    click(window, "Highways and street cleansing")
    click(window, "Parking")
    click(window, "Parking")  # changed my mind
    assert chosen(window) == ["Waste and recycling", "Highways and street cleansing"]
    click(window, "Next")

    # The five statements, in the council's words, answered in a row of big buttons each.
    assert progress(window) == "Question 3 of about 11"
    click(
        statement_row(window, "Got through to the right person at the first contact."), "Disagree"
    )
    click(
        statement_row(window, "Council service responded to me at the agreed timescale."),
        "Strongly disagree",
    )
    assert not screen.hint.isVisible()
    click(window, "Next")
    assert screen.hint.text() == "Choose an answer for each statement to go on."

    # Switch to Bengali in the middle: the question changes language, the answers stay.
    click(window, "বাংলা")
    assert question(window).startswith("কাউন্সিলের সাথে আপনার সবচেয়ে সাম্প্রতিক অভিজ্ঞতার")
    assert chosen(window) == ["একমত নই", "একেবারেই একমত নই"]
    click(statement_row(window, "আমি সহজেই তথ্য ও সেবা পেয়েছি।"), "জানি না")
    click(window, "English")
    assert chosen(window) == ["Disagree", "Strongly disagree", "Don't know"]
    click(
        statement_row(window, "Council staff had sufficient knowledge to respond to my query."),
        "Agree",
    )
    click(statement_row(window, "Council staff were helpful and polite."), "Strongly agree")
    click(window, "Next")

    # Ranking by taps, with an undo; the order numbers show beside the methods.
    assert question(window) == "What is your preferred way to contact the council?"
    assert "at least your first choice" in screen.help_text.text()
    assert rank_badges(window) == [""] * 7
    click(window, "Next")
    assert screen.hint.text() == "Touch at least your first choice to go on."
    click(window, "E-mail")
    assert not screen.hint.isVisible()
    click(window, "Telephone")
    click(window, "Social Media")
    assert rank_badges(window) == ["", "", "", "3", "", "2", "1"]
    click(window, "Undo")
    assert rank_badges(window) == ["", "", "", "", "", "2", "1"]
    click(window, "বাংলা")  # the order numbers in the screen's digits
    assert rank_badges(window) == ["", "", "", "", "", "২", "১"]
    click(window, "English")
    assert find_button(window, "E-mail").accessibleName() == "E-mail, your choice number 1"
    # Two are enough: the resident ranks as many as they like.
    click(window, "Next")

    # Skip logic: the "why not" question shows only to those who would not use the website.
    click(window, "No")
    click(window, "Next")
    assert question(window) == (
        "If you would not choose to contact the council using our website/ online service, "
        "please tell us why?"
    )
    assert progress(window) == "Question 6 of 11"  # every path decided: no "about"
    edit = window.findChild(QPlainTextEdit, "SurveyText")
    for key in "hard":
        click(window, key)
    click(window, "Space")
    qtbot.keyClicks(edit, "to find forms")
    assert edit.toPlainText() == "hard to find forms"

    # Going back and changing the answer hides the question; changing it back brings the text.
    click(window, "Back")
    assert question(window).startswith("Would you choose to contact the council")
    click(window, "Yes")
    assert progress(window) == "Question 5 of 10"
    click(window, "Next")
    assert question(window) == (
        "Please state to what extent you agree with the Customer Experience Strategy's "
        "vision below."
    )
    # A resident at a hub has not read the strategy: the help says what it is.
    assert screen.help_text.isVisible()
    assert screen.help_text.text().startswith("The strategy is the council's plan")
    click(window, "Back")
    click(window, "No")
    click(window, "Next")
    assert window.findChild(QPlainTextEdit, "SurveyText").toPlainText() == "hard to find forms"
    # The keyboard's Done moves on, as Next does.
    click(window, "Done")
    assert question(window).startswith("Please state to what extent you agree with the Custo")

    click(window, "Agree")  # the vision: one statement
    click(window, "Next")
    assert question(window) == (
        "Please state to what extent you agree with the Strategy's desired outcomes."
    )
    for statement, answer in (
        ("Council services are easily accessible and inclusive.", "Strongly agree"),
        (
            "Services are improved by using feedback, data, technology and innovative.",
            "Strongly disagree",
        ),
        (
            "The council embed a customer focused culture to deliver an excellent customer "
            "experience.",
            "Neither agree nor disagree",
        ),
    ):
        click(statement_row(window, statement), answer)
    click(window, "Next")
    assert question(window) == (
        "To what extent do you think Tower Hamlets Council currently meet these outcomes?"
    )
    for statement, answer in (
        ("Council services are easily accessible and inclusive.", "Does not meet"),
        (
            "Services are improved by using feedback, data, technology and innovative.",
            "Partly meets",
        ),
        (
            "The council embed a customer focused culture to deliver an excellent customer "
            "experience.",
            "Don't know",
        ),
    ):
        click(statement_row(window, statement), answer)
    click(window, "Next")
    assert question(window) == "What additional outcomes should be included?"
    assert find_button(window, "Next").isEnabled()  # free text is optional
    click(window, "Next")
    assert progress(window) == "Question 11 of 11"
    click(window, "Disagree")
    with qtbot.waitSignal(screen.response_saved, timeout=10_000):
        click(window, "Send my answers")
    assert screen.thanks_title.text() == "Thank you"
    qtbot.waitUntil(lambda: screen.thanks_status.text() == "Your answers are saved.")

    [response] = stored(kiosk, SurveyResponse)
    assert response.complete is True
    assert response.survey_id == "council-cx-2022" and response.survey_version == 1
    assert response.hub_id == kiosk.settings.hub_id
    assert response.created_at == IN_THE_SURVEY
    assert response.answers == {
        "contacted": "yes",
        "services": ["waste", "streets"],
        "experience": {
            "first-contact": "disagree",
            "timescale": "strongly-disagree",
            "access": "dont-know",
            "knowledge": "agree",
            "polite": "strongly-agree",
        },
        "contact-ranking": ["email", "telephone"],
        "would-use-website": "no",
        "why-not-website": "hard to find forms",
        "vision": {"vision": "agree"},
        "outcomes": {
            "accessible": "strongly-agree",
            "improved": "strongly-disagree",
            "culture": "neither",
        },
        "outcomes-today": {
            "accessible": "not-meeting",
            "improved": "partly",
            "culture": "dont-know",
        },
        "promise": {"promise": "disagree"},
    }
    [item] = stored(kiosk, OutboxItem)
    assert item.kind == "survey_response" and item.id == response.id

    click(window, "Finish")
    assert window.current is ScreenId.HOME
    assert len(stored(kiosk, SurveyResponse)) == 1  # nothing more saved by the reset


def test_a_walk_away_leaves_an_anonymous_partial_response(make_kiosk, qtbot, click):
    kiosk = make_kiosk(config={"idle_seconds": 0.5, "warning_seconds": 0.5})
    kiosk.ctx.clock = at(IN_THE_SURVEY)
    window = kiosk.window
    screen = window.screens[ScreenId.SURVEY]
    open_survey(window, click)
    click(window, "Yes")
    click(window, "Next")
    click(window, "Housing")
    with (
        qtbot.waitSignal(screen.response_saved, timeout=10_000),
        qtbot.waitSignal(window.reset_done, timeout=10_000),
    ):
        pass  # the resident walks away; the idle reset fires
    assert window.current is ScreenId.HOME
    [response] = stored(kiosk, SurveyResponse)
    assert response.complete is False
    assert response.answers == {"contacted": "yes", "services": ["housing"]}
    assert screen.run is None
    # Opening the survey again starts afresh.
    open_survey(window, click)
    assert progress(window) == "Question 1 of about 11"
    assert chosen(window) == []


def test_back_to_the_survey_intro_and_start_again_keeps_the_answers_given(
    survey_kiosk, qtbot, click
):
    """A resident answered two questions, went Back to the survey's first page, then
    touched "Start the survey" again: a new run began with nothing chosen, and what they
    had answered was neither shown nor ever stored (QA). The survey carries on with the
    answers given, and a walk-away after keeps them as a partial response."""
    window = survey_kiosk.window
    screen = window.screens[ScreenId.SURVEY]
    open_survey(window, click)
    click(window, "Yes")
    click(window, "Next")
    click(window, "Housing")
    click(window, "Next")
    for _ in range(3):
        click(window, "Back")
    assert screen.pages.currentWidget() is screen.intro_page
    click(window, "Start the survey")
    assert progress(window) == "Question 1 of about 11"
    assert chosen(window) == ["Yes"]
    click(window, "Next")
    assert chosen(window) == ["Housing"]
    with qtbot.waitSignal(screen.response_saved, timeout=10_000):
        click(window, "Start again")
    [response] = stored(survey_kiosk, SurveyResponse)
    assert response.complete is False
    assert response.answers == {"contacted": "yes", "services": ["housing"]}


def test_start_again_before_answering_saves_nothing(survey_kiosk, click):
    window = survey_kiosk.window
    open_survey(window, click)
    click(window, "Start again")
    assert stored(survey_kiosk, SurveyResponse) == []


@pytest.mark.parametrize(
    ("moment", "offered"),
    [
        (dt.datetime(2026, 10, 31, 23, 59, tzinfo=dt.UTC), False),
        (dt.datetime(2026, 11, 1, 0, 1, tzinfo=dt.UTC), True),
        (dt.datetime(2026, 12, 31, 23, 59, tzinfo=dt.UTC), True),
        (dt.datetime(2027, 1, 1, 0, 1, tzinfo=dt.UTC), False),
        (dt.datetime(2026, 7, 1, 12, 0, tzinfo=dt.UTC), False),
    ],
)
def test_a_survey_outside_its_dates_is_not_offered(kiosk, click, moment, offered):
    kiosk.ctx.clock = at(moment)
    window = kiosk.window
    click(window, "Tell us what you think")
    screen = window.screens[ScreenId.TELL_US]
    titles = {b.text() for b in screen.findChildren(QAbstractButton) if b.isVisible()}
    assert (SURVEY_TILE in titles) is offered
    assert find_button(window, "Quick feedback").isVisible()
    notice = window.screens[ScreenId.TELL_US].no_survey
    assert notice.isVisible() is not offered


def test_quick_feedback_is_one_touch_then_optional_reasons(survey_kiosk, qtbot, click):
    kiosk = survey_kiosk
    window = kiosk.window
    kiosk.ctx.visit.update(visit_token="tok-7f3a", service_id="housing", wait_minutes=23)
    screen = window.screens[ScreenId.FEEDBACK]
    click(window, "Tell us what you think")
    assert find_button(window, "Quick feedback").accessibleDescription().endswith("One touch.")
    click(window, "Quick feedback")
    for face in ("Very poor", "Poor", "OK", "Good", "Very good"):
        assert find_button(window, face).height() >= 120
    # One touch: the face is recorded at once, nothing else to press.
    with qtbot.waitSignal(screen.feedback_saved, timeout=10_000):
        click(window, "Good")
    [feedback] = stored(kiosk, Feedback)
    assert feedback.score == 4 and feedback.comment is None and feedback.follow_up is None
    assert (feedback.visit_token, feedback.service_id, feedback.wait_minutes) == (
        "tok-7f3a",
        "housing",
        20,  # 23 minutes, as the report's band: "20-29 min"
    )
    assert feedback.hub_id == kiosk.settings.hub_id
    assert screen.recorded.text() == "Thank you: your answer \u201cGood\u201d is saved."
    # Then, if the resident likes, what it was mostly about, and a comment.
    assert not find_button(window, "Send").isEnabled()
    click(window, "Waiting time")
    click(window, "Staff helpfulness")
    click(window, "Staff helpfulness")  # changed my mind
    click(window, "Getting my problem solved")
    assert find_button(window, "Waiting time").isChecked()
    click(window, "Add a comment")
    for key in "quick":
        click(window, key)
    click(window, "Done")
    assert screen.comment_preview.text() == "Your comment: quick"
    with qtbot.waitSignal(screen.follow_up_saved, timeout=10_000):
        click(window, "Send")
    [follow_up] = stored(kiosk, FeedbackFollowUp)
    assert follow_up.feedback_id == feedback.id
    assert (follow_up.reasons, follow_up.comment) == (["waiting_time", "problem_solved"], "quick")
    kinds = sorted(item.kind for item in stored(kiosk, OutboxItem))
    assert kinds == ["feedback", "feedback_follow_up"]
    click(window, "Finish")
    assert window.current is ScreenId.HOME
    assert len(stored(kiosk, Feedback)) == 1 and len(stored(kiosk, FeedbackFollowUp)) == 1


def test_finishing_after_the_face_adds_nothing(survey_kiosk, qtbot, click):
    kiosk = survey_kiosk
    window = kiosk.window
    give_a_face(window, qtbot, click, "Very good")
    click(window, "Finish")
    assert window.current is ScreenId.HOME
    assert [f.score for f in stored(kiosk, Feedback)] == [5]
    assert stored(kiosk, FeedbackFollowUp) == []


def test_coming_back_to_quick_feedback_in_the_same_visit_keeps_the_one_face(
    survey_kiosk, qtbot, click
):
    """One visit, one face: Back and "Quick feedback" again showed the faces afresh, and a
    second face was stored as a second visit's answer (two records, two tokens)."""
    kiosk = survey_kiosk
    window = kiosk.window
    screen = window.screens[ScreenId.FEEDBACK]
    give_a_face(window, qtbot, click, "Poor")
    click(window, "Waiting time")
    click(window, "Back")
    assert window.current is ScreenId.TELL_US
    click(window, "Quick feedback")
    # The answer given, and what was chosen after it, as they were: no faces to touch.
    assert screen.recorded.text() == "Thank you: your answer \u201cPoor\u201d is saved."
    assert find_button(window, "Waiting time").isChecked()
    assert not any(tile.isVisible() for tile in screen.face_tiles.values())
    kiosk.ctx.ops.wait()
    assert [f.score for f in stored(kiosk, Feedback)] == [2]
    # The next visit starts with the faces again.
    with qtbot.waitSignal(screen.follow_up_saved, timeout=10_000):
        click(window, "Start again")
    give_a_face(window, qtbot, click, "Very good")
    assert sorted(f.score for f in stored(kiosk, Feedback)) == [2, 5]


def test_feedback_from_home_gets_a_fresh_token_and_a_walk_away_face_counts(
    survey_kiosk, qtbot, click
):
    kiosk = survey_kiosk
    window = kiosk.window
    screen = window.screens[ScreenId.FEEDBACK]
    give_a_face(window, qtbot, click, "Very poor")
    click(window, "The building and facilities")
    with qtbot.waitSignal(screen.follow_up_saved, timeout=10_000):
        click(window, "Start again")  # walks away: the reason chosen still counts
    [feedback] = stored(kiosk, Feedback)
    assert feedback.score == 1 and feedback.service_id is None and feedback.wait_minutes is None
    assert len(feedback.visit_token) == 32
    assert feedback.comment is None and feedback.follow_up is None
    [follow_up] = stored(kiosk, FeedbackFollowUp)
    assert follow_up.feedback_id == feedback.id and follow_up.reasons == ["building"]


def test_the_survey_says_how_many_questions_honestly(survey_kiosk, click):
    window = survey_kiosk.window
    click(window, "Tell us what you think")
    tile = find_button(window, SURVEY_TILE)
    assert tile.accessibleDescription() == "8 to 11 questions"
    click(window, SURVEY_TILE)
    screen = window.screens[ScreenId.SURVEY]
    assert screen.intro_dates.text().endswith(
        "It has 8 to 11 questions, depending on your answers."
    )
    click(window, "Start the survey")
    # "No": the questions about contacts go; the one about the website may still come.
    click(window, "No")
    click(window, "Next")
    assert progress(window) == "Question 2 of about 9"
    click(window, "E-mail")
    click(window, "Next")
    click(window, "Yes")
    assert progress(window) == "Question 3 of 8"


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_sized_screen_quick_feedback_shows_whole(survey_kiosk, qtbot, click, size):
    """At the common 1280 x 800 and 1366 x 768 panels, once the face is saved, a resident
    sees every "mostly about" choice with Finish, Add a comment and Send, and, writing a
    comment, the words to write, the box and every key, without sliding: Finish and Send
    were under "More below"."""
    window = survey_kiosk.window
    resize_to(window, qtbot, size)
    screen = window.screens[ScreenId.FEEDBACK]
    viewport = window.pages[ScreenId.FEEDBACK].viewport()
    give_a_face(window, qtbot, click, "Good")
    actions = [find_button(window, t) for t in ("Finish", "Add a comment", "Send")]
    assert_all_in_view(viewport, [screen.recorded, *screen.reason_buttons.values(), *actions])
    click(window, "Add a comment")
    keys = [k for k in screen.comment_keyboard.findChildren(QAbstractButton) if k.isVisible()]
    assert_all_in_view(viewport, [screen.comment_help, screen.comment, *keys])
    click(window, "বাংলা")  # the keys become Bengali letters, two rows more: all still show
    keys = [k for k in screen.comment_keyboard.findChildren(QAbstractButton) if k.isVisible()]
    assert "ক" in [k.text() for k in keys]
    assert_all_in_view(viewport, [screen.comment_help, screen.comment, *keys])


def survey_on_screen_of(kiosk, qtbot, size: tuple[int, int]):
    """The kiosk's window at ``size``; it, the survey screen and its page's viewport."""
    window = kiosk.window
    resize_to(window, qtbot, size)
    return window, window.screens[ScreenId.SURVEY], window.pages[ScreenId.SURVEY].viewport()


EXPERIENCE = (
    "Got through to the right person at the first contact.",
    "Council service responded to me at the agreed timescale.",
    "Able to access the information and service easily.",
    "Council staff had sufficient knowledge to respond to my query.",
    "Council staff were helpful and polite.",
)


def to_the_statements(window, click) -> None:
    """Open the survey and answer it up to the five statements."""
    open_survey(window, click)
    click(window, "Yes")
    click(window, "Next")
    click(window, "Housing")
    click(window, "Next")


def agree_to_each_statement(window, screen, qtbot, click) -> None:
    """ "Agree" to each of the five, one at a time (a short screen): each answer brings the
    next statement."""
    for words in EXPERIENCE[:-1]:
        with qtbot.waitSignal(screen.statement_shown, timeout=5_000):
            click(statement_row(window, words), "Agree")
    click(statement_row(window, EXPERIENCE[-1]), "Agree")


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_sized_screen_the_statements_come_one_at_a_time(
    survey_kiosk, qtbot, click, size
):
    """At 1280 x 800 and 1366 x 768 the five statements took 800 px, with Back and Next
    under "More below": a resident now sees one statement at a time, whole, with its
    answers, Back and Next; an answer brings the next statement; Back the one before."""
    window, screen, viewport = survey_on_screen_of(survey_kiosk, qtbot, size)
    to_the_statements(window, click)
    answers = ("Agree", "Disagree", "Don't know", "Strongly agree", "Agree")
    for index, (words, answer) in enumerate(zip(EXPERIENCE, answers, strict=True)):
        row = statement_row(window, words)
        assert [r for r in window.findChildren(QFrame, "StatementRow") if r.isVisible()] == [row]
        assert screen.statement_step.text() == f"Statement {index + 1} of 5"
        buttons = [b for b in row.findChildren(QAbstractButton) if b.isVisible()]
        assert len(buttons) == 6
        back, forward = find_button(window, "Back"), find_button(window, "Next")
        assert_all_in_view(viewport, [screen.question_text, row, *buttons, back, forward])
        if index == 2:  # Next too soon: the first statement still to answer, and why
            click(window, "Next")
            assert screen.hint.text() == "Choose an answer for each statement to go on."
            assert screen.statement_step.text() == "Statement 3 of 5"
        if index < 4:
            with qtbot.waitSignal(screen.statement_shown, timeout=5_000):
                click(row, answer)
        else:
            click(row, answer)
    # The last one stays, its answer chosen; Back shows the one before with its answer.
    assert chosen(window) == ["Agree"]
    click(window, "Back")
    assert screen.statement_step.text() == "Statement 4 of 5"
    assert chosen(window) == ["Strongly agree"]
    click(window, "Next")
    assert progress(window) == "Question 4 of about 11"
    click(window, "Back")  # back into the question: at its last statement
    assert screen.statement_step.text() == "Statement 5 of 5"


@pytest.mark.parametrize("language", ["en", "so"])
@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_sized_screen_every_service_shows_with_next(
    survey_kiosk, qtbot, click, size, language
):
    """The ten services stood two across, five rows, with six in sight; then three across,
    four rows, with Back and Next under "More below". On a laptop-sized panel they now
    stand as many across as their longest words allow (five in English, four in Somali),
    each wrapping onto lines of its own, so all ten, Back and Next show together; the
    survey's name gives its line to them (it is on the survey's first page)."""
    window, screen, viewport = survey_on_screen_of(survey_kiosk, qtbot, size)
    open_survey(window, click)
    click(window, "Yes")
    click(window, "Next")
    survey_kiosk.ctx.set_language(language)
    services = [b for b in window.findChildren(QCheckBox) if b.isVisible()]
    assert len(services) == 10
    rows = sorted({b.mapTo(viewport, QPoint(0, 0)).y() for b in services})
    assert len(rows) <= 3
    assert not screen.survey_name.isVisible()
    parts = [screen.question_text, screen.help_text, *services]
    assert_all_in_view(viewport, [*parts, screen.back_button, screen.next_button])
    window.resize(1280, 1024)  # a taller screen: the name again, two across
    qtbot.waitUntil(screen.survey_name.isVisible)
    qtbot.waitUntil(lambda: len({b.mapTo(viewport, QPoint(0, 0)).y() for b in services}) == 5)


@pytest.mark.parametrize("language", ["en", "bn"])
@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_sized_screen_a_question_to_type_shows_with_its_keys(
    survey_kiosk, qtbot, click, size, language
):
    """A resident typing why they would not use the website: the question slid off the top
    and Back and Next sat under "More below". Now the question, its help, the box, every
    key, Back and Next show together, Back and Next beside the keys; the progress gives its
    line, and comes back on the next question. In Bengali the keys open on Bengali letters
    (QA s36), two rows more: the help, the box and every key show together."""
    window, screen, viewport = survey_on_screen_of(survey_kiosk, qtbot, size)
    to_the_statements(window, click)
    agree_to_each_statement(window, screen, qtbot, click)
    click(window, "Next")
    click(window, "E-mail")
    click(window, "Next")
    click(window, "No")
    click(window, "Next")
    survey_kiosk.ctx.set_language(language)
    edit = window.findChild(QPlainTextEdit, "SurveyText")
    keys = [k for k in screen.keyboard.findChildren(QAbstractButton) if k.isVisible()]
    back, forward = screen.back_button, screen.next_button
    if language == "en":
        parts = [screen.question_text, screen.help_text, edit, *keys, back, forward]
    else:  # Bengali letters, two rows more (as on a form): the box and every key
        assert "ক" in [k.text() for k in keys]
        parts = [screen.help_text, edit, *keys]
    assert_all_in_view(viewport, parts)
    assert not screen.progress_text.isVisible()
    typed = "hard" if language == "en" else "ভাল"
    for key in "hard" if language == "en" else ("ভ", "◌া", "ল"):  # bn: on Bengali letters
        click(window, key)
    assert edit.toPlainText() == typed
    click(window, "Done" if language == "en" else "হয়েছে")
    assert screen.progress_text.isVisible()
    assert not screen.keyboard.isVisible()


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_sized_screen_the_ways_to_rank_stand_three_across(
    survey_kiosk, qtbot, click, size
):
    """The seven ways and Undo stood two across, with Back and Next under "More below":
    on a laptop's screen they stand three across where each way's words take two lines at
    most, and two across in a language whose words are longer; a rank given stays."""
    window, screen, viewport = survey_on_screen_of(survey_kiosk, qtbot, size)
    to_the_statements(window, click)
    agree_to_each_statement(window, screen, qtbot, click)
    click(window, "Next")
    click(window, "E-mail")

    def columns() -> int:
        ways = [b for b in screen._choices.values() if b.isVisible()]
        assert len(ways) == 7
        return len({b.mapTo(viewport, QPoint(0, 0)).x() for b in ways})

    assert columns() == 3
    ways = list(screen._choices.values())
    assert_all_in_view(
        viewport, [*ways, screen.undo_button, screen.back_button, screen.next_button]
    )
    click(window, "Soomaali")  # longer words: two across, as on a tall screen
    assert columns() == 2
    assert rank_badges(window) == ["", "", "", "", "", "", "1"]


def test_on_a_portrait_kiosk_at_larger_text_the_statements_come_one_at_a_time(
    survey_kiosk, qtbot, click
):
    """A portrait kiosk at 200 % text: the five statements took 3,700 px, two screens and
    a half to slide past before Next. They come one at a time there too (at normal text
    all five show, as they fit)."""
    window, screen, viewport = survey_on_screen_of(survey_kiosk, qtbot, (1080, 1920))
    to_the_statements(window, click)
    rows = [r for r in window.findChildren(QFrame, "StatementRow") if r.isVisible()]
    assert len(rows) == 5 and not screen.statement_step.isVisible()
    click(window, "Larger text")
    click(window, "Larger text")
    shown = [r for r in window.findChildren(QFrame, "StatementRow") if r.isVisible()]
    assert shown == [statement_row(window, EXPERIENCE[0])]
    assert screen.statement_step.text() == "Statement 1 of 5"
    buttons = [b for b in shown[0].findChildren(QAbstractButton) if b.isVisible()]
    assert_all_in_view(viewport, [*buttons, screen.back_button, screen.next_button])
    click(window, "Smaller text")  # back to normal: all five again
    assert len([r for r in window.findChildren(QFrame, "StatementRow") if r.isVisible()]) == 5


def test_a_resident_reading_bengali_can_write_their_comment_in_bengali(survey_kiosk, qtbot, click):
    """QA: the comment box asked, in Bengali, for a comment, then offered English letters
    only, with no key for Bengali ones (the service search had them; a comment did not)."""
    window = survey_kiosk.window
    screen = window.screens[ScreenId.FEEDBACK]
    click(window, "বাংলা")
    click(window, "আপনার মতামত জানান")  # Tell us what you think
    click(window, "দ্রুত মতামত")  # Quick feedback
    with qtbot.waitSignal(screen.feedback_saved, timeout=10_000):
        click(window, "ভালো")  # Good
    click(window, "মন্তব্য লিখুন")  # Add a comment
    for key in ("ভ", "◌া", "ল"):  # the keyboard opened on Bengali letters
        click(window, key)
    assert screen.comment.toPlainText() == "ভাল"
    with qtbot.waitSignal(screen.follow_up_saved, timeout=10_000):
        click(window, "হয়েছে")  # the keyboard's Done
        click(window, "পাঠান")  # Send
    [follow_up] = stored(survey_kiosk, FeedbackFollowUp)
    assert follow_up.comment == "ভাল"


def test_on_a_tall_screen_a_bengali_reader_answers_in_bengali_letters(survey_kiosk, qtbot, click):
    """QA: a question to answer in one's own words offered English letters only."""
    window, screen, viewport = survey_on_screen_of(survey_kiosk, qtbot, (1080, 1920))
    to_the_statements(window, click)
    for words in EXPERIENCE:  # all five in view at once on a tall screen
        click(statement_row(window, words), "Agree")
    click(window, "Next")
    click(window, "E-mail")
    click(window, "Next")
    click(window, "No")
    click(window, "Next")
    click(window, "বাংলা")
    edit = window.findChild(QPlainTextEdit, "SurveyText")
    for key in ("ভ", "◌া", "ল"):  # the keys open on Bengali letters
        click(window, key)
    assert edit.toPlainText() == "ভাল"


@pytest.mark.parametrize("size", [(1280, 800), (1280, 1024)])
def test_at_the_largest_text_a_comment_box_shows_whole_lines(survey_kiosk, qtbot, click, size):
    """QA: at the largest text on a 1280 x 800 panel the comment box was 84 px tall for
    76 px lines: the tails of "y" and "g" were cut, with a tiny scroll bar inside. A box for
    a few lines shows two whole lines of its own size at least."""
    window = survey_kiosk.window
    resize_to(window, qtbot, size)
    while window.scale_index < 2:
        click(window, window.text_size_button.text())
    screen = window.screens[ScreenId.FEEDBACK]
    give_a_face(window, qtbot, click, "Good")
    click(window, "Add a comment")
    box = screen.comment
    assert box.viewport().height() >= 2 * box.fontMetrics().lineSpacing()
    # Where the keys push the box out of view (the laptop panel), the words typed show
    # above the keys, as for a one-line box: the resident saw nothing of what they typed.
    for key in "good":
        click(window, key)
    keyboard = screen.comment_keyboard
    viewport = window.pages[ScreenId.FEEDBACK].viewport()
    seen = QRect(box.mapTo(viewport, QPoint(0, 0)), box.size())
    if not viewport.rect().contains(seen):
        qtbot.waitUntil(keyboard.echo.isVisible, timeout=5000)
        assert keyboard.echo.text().startswith("good")
        assert keyboard.echo.accessibleName() == "You typed: good"
    else:
        assert not keyboard.echo.isVisible()


def test_a_comment_at_its_length_takes_no_more_letters_and_says_so(survey_kiosk, qtbot, click):
    """QA typed "THANKS" past a quick feedback's 500 letters: each letter went in at the
    start, in reverse, and the last was cut ("SKNAHThe staff were..."), and that was saved.
    Now the box holds what it takes, the letters after go nowhere, and it says it is full."""
    kiosk = survey_kiosk
    window = kiosk.window
    screen = window.screens[ScreenId.FEEDBACK]
    give_a_face(window, qtbot, click, "Good")
    click(window, "Add a comment")
    words = ("The staff were kind. " * 30)[:497]
    screen.comment.insertPlainText(words)  # a long comment typed (key by key it takes long)
    full = screen.comment_full
    assert not full.isVisible()
    for key in "thanks":
        click(window, key)
    assert screen.comment.toPlainText() == words + "tha"
    assert screen.comment.textCursor().position() == 500
    assert full.isVisible() and full.text() == "This box is full: it takes up to 500 letters."
    click(window, "Delete")
    assert not full.isVisible()
    click(window, "Done")
    with qtbot.waitSignal(screen.follow_up_saved, timeout=10_000):
        click(window, "Send")
    [follow_up] = stored(kiosk, FeedbackFollowUp)
    assert follow_up.comment == (words + "th").strip()


def test_a_survey_answer_to_type_takes_no_more_than_is_saved(survey_kiosk, qtbot, click):
    """A survey answer to type was cut to its 500 letters only when saved, unseen: the
    resident saw all their words accepted. The box now holds what is saved, and says so."""
    window = survey_kiosk.window
    screen = window.screens[ScreenId.SURVEY]
    to_the_statements(window, click)
    for words in EXPERIENCE:
        click(statement_row(window, words), "Agree")
    click(window, "Next")
    click(window, "E-mail")
    click(window, "Next")
    click(window, "No")
    click(window, "Next")
    edit = window.findChild(QPlainTextEdit, "SurveyText")
    words = "a" * 498
    edit.insertPlainText(words)
    for key in "xyz":
        click(window, key)
    assert edit.toPlainText() == words + "xy"
    full = window.findChild(QLabel, "LengthNote")
    assert full is not None and full.isVisible()
    assert screen.run is not None and screen.run.answer_of("why-not-website") == words + "xy"
