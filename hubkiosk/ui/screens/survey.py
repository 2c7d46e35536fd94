"""Survey capture: "Tell us what you think", the council's survey, and quick feedback.

* :class:`TellUsScreen` offers the surveys running today (by their dates) and quick feedback.
* :class:`SurveyScreen` asks one question per screen with big touch answers, a progress bar,
  Back and Next. Answers live in a :class:`~hubkiosk.core.survey.SurveyRun`, so they survive
  a language switch. If the kiosk resets mid-survey (idle or "Start again"), the answers
  given so far are saved as an anonymous partial response.
* :class:`FeedbackScreen` asks "How was your visit?" with five faces, an optional follow-up
  and comment, linked to the visit only through an anonymous token.

Records are written with :func:`hubkiosk.store.outbox.add_record` through ``ctx.ops``, off
the GUI thread. Nothing here logs answers.
"""

from __future__ import annotations

import copy
import logging
import secrets
import uuid
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core.survey import Answer, SurveyRun, offered
from hubkiosk.store.db import Store
from hubkiosk.store.models import Feedback, SurveyResponse
from hubkiosk.store.outbox import add_record
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.keyboard import OnScreenKeyboard
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.widgets import BigButton, Tile, label, restyle, tinted
from sync.protocol.surveys import Question, QuestionType, SurveyDefinition

log = logging.getLogger(__name__)

COMMENT_MAX = 500


def save_record(store: Store, record: SurveyResponse | Feedback) -> uuid.UUID:
    """Write ``record`` with its outbox item (runs on the ops thread)."""
    with store.session() as session:
        add_record(session, record)
    return record.id


class Pages(QWidget):
    """Pages of one screen, one shown at a time.

    Unlike a QStackedWidget, hidden pages take no room: a tall page (one with the
    keyboard) does not make the others taller than the window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 (as QStackedWidget)
        self._layout.addWidget(page)
        self._pages.append(page)
        page.setVisible(self._current is None)
        if self._current is None:
            self._current = page

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 (as QStackedWidget)
        for other in self._pages:
            if other is not page:
                other.hide()
        page.show()
        self._current = page

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (as QStackedWidget)
        return self._current


class ChoiceButton(QPushButton):
    """A big answer button whose words wrap; ``chosen`` marks the resident's answer.

    ``text()`` holds the words (for tests and assistive technology); a label inside draws
    them so long answers wrap instead of being cut off.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Choice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        self._words = QLabel()
        self._words.setObjectName("ChoiceText")
        self._words.setWordWrap(True)
        self._words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self._words)
        self.setProperty("chosen", False)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self._words.setText(text)
        self.setAccessibleName(text)

    def set_chosen(self, chosen: bool) -> None:
        if bool(self.property("chosen")) != chosen:
            self.setProperty("chosen", chosen)
            restyle(self)
            restyle(self._words)

    @property
    def chosen(self) -> bool:
        return bool(self.property("chosen"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else QSize()
        return hint.expandedTo(QSize(120, 64))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        layout = self.layout()
        hint = layout.minimumSize() if layout is not None else QSize()
        return hint.expandedTo(QSize(64, 64))

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle, QStyleOptionButton

        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)


# ---------------------------------------------------------------------------------------------
class TellUsScreen(Screen):
    """The choice between the survey (only while it runs) and quick feedback."""

    ID = ScreenId.TELL_US

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label(role="title")
        self.lead = label(role="lead")
        self.body.addWidget(self.heading)
        self.body.addWidget(self.lead)
        self.row = QHBoxLayout()
        self.row.setSpacing(20)
        self.body.addLayout(self.row, 1)
        self.feedback_tile = Tile(icon_name="face-5")
        self.feedback_tile.clicked.connect(lambda: ctx.go(ScreenId.FEEDBACK))
        self.no_survey = label(role="small")
        self.body.addWidget(self.no_survey)
        self.survey_tiles: list[Tile] = []
        self.running: list[SurveyDefinition] = []
        self._build()

    def _build(self) -> None:
        for tile in self.survey_tiles:
            self.row.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.row.removeWidget(self.feedback_tile)
        self.survey_tiles = []
        self.running = offered(self.ctx.content.surveys.values(), self.ctx.local_now().date())
        for survey in self.running:
            tile = Tile(icon_name="form")
            tile.setProperty("role", "primary")
            tile.setProperty("survey_id", survey.id)
            tile.clicked.connect(
                lambda _=False, sid=survey.id: self.ctx.go(ScreenId.SURVEY, survey_id=sid)
            )
            self.row.addWidget(tile)
            tile.show()
            # Polish the words first, so the picture takes their (primary: light) colour.
            for words in tile.findChildren(QLabel):
                words.ensurePolished()
            tile.set_icon("form")
            self.survey_tiles.append(tile)
        self.row.addWidget(self.feedback_tile)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Tell us what you think")

    def enter(self, **params: Any) -> None:
        self._build()  # a survey starts or ends by its dates

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tell us what you think"))
        self.lead.setText(
            self.tr("Your answers help the council improve its services. We do not ask your name.")
        )
        by_id = {s.id: s for s in self.running}
        for tile in self.survey_tiles:
            survey = by_id[str(tile.property("survey_id"))]
            tile.setText(self.ctx.text(survey.title))
            count = len(survey.questions)
            tile.set_sub(self.tr("About %1 questions").replace("%1", str(count)))
        self.feedback_tile.setText(self.tr("Quick feedback"))
        self.feedback_tile.set_sub(self.tr("How was your visit today? One touch."))
        self.no_survey.setText(
            "" if self.running else self.tr("There is no council survey running at the moment.")
        )
        self.no_survey.setVisible(not self.running)

    def refresh_content(self) -> None:
        self._build()


# ---------------------------------------------------------------------------------------------
class SurveyScreen(Screen):
    """One question per screen, big answers, progress, Back and Next.

    Signals:
        response_saved(object): a response (complete or partial) was stored; its id.
    """

    ID = ScreenId.SURVEY
    SHOW_BACK = False  # the screen's own Back goes to the previous question

    response_saved = Signal(object)

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.run: SurveyRun | None = None
        self._drafts: dict[str, str] = {}
        self._choices: dict[str, ChoiceButton] = {}
        self._scale: dict[tuple[str, str], ChoiceButton] = {}
        self._statement_labels: dict[str, QLabel] = {}
        self._badges: dict[str, QLabel] = {}
        self._text_edit: QPlainTextEdit | None = None
        self.undo_button: BigButton | None = None

        self.pages = Pages()
        self.body.addWidget(self.pages)

        # Intro page
        self.intro_page = QWidget()
        intro = QVBoxLayout(self.intro_page)
        intro.setContentsMargins(0, 0, 0, 0)
        intro.setSpacing(20)
        self.intro_title = label(role="title")
        self.intro_text = label(role="lead")
        self.intro_dates = label(role="small")
        self.start_button = BigButton(role="primary")
        self.start_button.setMinimumHeight(96)
        self.start_button.clicked.connect(self._start)
        self.intro_back = BigButton()
        self.intro_back.clicked.connect(ctx.back)
        for widget in (self.intro_title, self.intro_text, self.intro_dates):
            intro.addWidget(widget)
        intro.addStretch(1)
        intro_nav = QHBoxLayout()
        intro_nav.addWidget(self.intro_back)
        intro_nav.addStretch(1)
        intro_nav.addWidget(self.start_button, 2)
        intro.addLayout(intro_nav)
        self.pages.addWidget(self.intro_page)

        # Question page
        self.question_page = QWidget()
        page = QVBoxLayout(self.question_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.survey_name = label(role="small", wrap=False)
        self.progress_text = label(role="small", wrap=False)
        self.progress = QProgressBar()
        self.progress.setObjectName("SurveyProgress")
        self.progress.setTextVisible(False)
        top.addWidget(self.survey_name)
        top.addWidget(self.progress, 1)
        top.addWidget(self.progress_text)
        page.addLayout(top)
        self.question_text = label(role="title")
        self.help_text = label(role="lead")
        page.addWidget(self.question_text)
        page.addWidget(self.help_text)
        self.answers_area = QScrollArea()
        self.answers_area.setObjectName("SurveyAnswers")
        self.answers_area.setWidgetResizable(True)
        self.answers_area.setMinimumHeight(80)
        self.answers_area.setFrameShape(QFrame.Shape.NoFrame)
        self.answers_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page.addWidget(self.answers_area, 1)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.hide()
        page.addWidget(self.keyboard)
        self.hint = label(role="error")
        page.addWidget(self.hint)
        nav = QHBoxLayout()
        self.back_button = BigButton()
        self.back_button.setObjectName("SurveyBack")
        self.back_button.clicked.connect(self._back)
        self.next_button = BigButton(role="primary")
        self.next_button.setObjectName("SurveyNext")
        self.next_button.clicked.connect(self._next)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button, 2)
        page.addLayout(nav)
        self.pages.addWidget(self.question_page)

        # Thank-you page
        self.thanks_page = QWidget()
        thanks = QVBoxLayout(self.thanks_page)
        thanks.setContentsMargins(0, 0, 0, 0)
        thanks.setSpacing(20)
        self.thanks_title = label(role="huge")
        self.thanks_text = label(role="lead")
        self.thanks_status = label(role="small")
        self.finish_button = BigButton(role="primary")
        self.finish_button.setMinimumHeight(96)
        self.finish_button.clicked.connect(ctx.home)
        for widget in (self.thanks_title, self.thanks_text, self.thanks_status):
            thanks.addWidget(widget)
        thanks.addStretch(1)
        thanks.addWidget(self.finish_button)
        self.pages.addWidget(self.thanks_page)

        self.definition: SurveyDefinition | None = None
        self._status = ""
        self.pages.setCurrentWidget(self.intro_page)
        self.retranslate()

    # Navigation -------------------------------------------------------------------------------
    def title(self) -> str:
        if self.definition is not None:
            return self.ctx.text(self.definition.title)
        return self.tr("Survey")

    def enter(self, **params: Any) -> None:
        survey_id = params.get("survey_id")
        if survey_id is None and self.definition is not None:
            survey_id = self.definition.id
        definition = self.ctx.content.surveys.get(str(survey_id))
        if definition is None:
            self.ctx.back()
            return
        if self.run is not None and self.run.definition.id == definition.id:
            self._show_question()  # the same resident came back to it: carry on
            return
        self.definition = definition
        self.run = None
        self._drafts.clear()
        self.pages.setCurrentWidget(self.intro_page)
        self.retranslate()

    def _start(self) -> None:
        assert self.definition is not None
        self.run = SurveyRun(self.definition)
        self._drafts.clear()
        self._show_question()

    def _back(self) -> None:
        run = self.run
        if run is None or not run.can_go_back:
            self.pages.setCurrentWidget(self.intro_page)
            self.retranslate()
            return
        run.back()
        self._show_question()

    def _next(self) -> None:
        run = self.run
        if run is None or run.missing():
            return
        run.next()
        if run.finished:
            self._finish(run)
        else:
            self._show_question()

    def _finish(self, run: SurveyRun) -> None:
        self.run = None
        self._drafts.clear()
        self._status = "saving"
        self.pages.setCurrentWidget(self.thanks_page)
        self.keyboard.hide()
        self._save(run, complete=True)
        self.retranslate()

    def _save(self, run: SurveyRun, *, complete: bool) -> None:
        definition = run.definition
        record = SurveyResponse(
            id=uuid.uuid4(),
            created_at=self.ctx.now(),
            survey_id=definition.id,
            survey_version=definition.version,
            hub_id=self.ctx.settings.hub_id,
            language=self.ctx.language,
            complete=complete,
            answers=copy.deepcopy(run.recorded_answers()),
        )
        store = self.ctx.store
        self.ctx.ops.run(
            lambda: save_record(store, record),
            success=self._saved,
            failure=self._save_failed,
            name="save survey response",
        )

    def _saved(self, record_id: object) -> None:
        if self._status == "saving":
            self._status = "saved"
            self.retranslate()
        self.response_saved.emit(record_id)

    def _save_failed(self, _error: BaseException) -> None:
        log.error("a survey response could not be stored")
        if self._status == "saving":
            self._status = "failed"
            self.retranslate()

    def reset(self) -> None:
        """Keep a walk-away's answers as an anonymous partial response, then forget them."""
        run = self.run
        if run is not None and run.started:
            self._save(run, complete=False)
        self.run = None
        self.definition = None
        self._drafts.clear()
        self._status = ""
        self._clear_answers()
        self.keyboard.hide()
        self.pages.setCurrentWidget(self.intro_page)

    # Rendering --------------------------------------------------------------------------------
    def _clear_answers(self) -> None:
        self._choices = {}
        self._scale = {}
        self._statement_labels = {}
        self._badges = {}
        self.undo_button = None
        if self._text_edit is not None:
            self.keyboard.detach(self._text_edit)
        self._text_edit = None
        self._place(QWidget())

    def _place(self, holder: QWidget) -> None:
        """Show ``holder`` as the answer area (the previous question's widgets are deleted)."""
        holder.setObjectName("SurveyAnswerArea")
        self.answers_area.setWidget(holder)
        holder.show()

    def _show_question(self) -> None:
        run = self.run
        if run is None or run.current is None:
            return
        self.pages.setCurrentWidget(self.question_page)
        self._render(run.current)
        self.retranslate()
        self.answers_area.verticalScrollBar().setValue(0)

    def _render(self, question: Question) -> None:
        self._clear_answers()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(12)
        kind = question.type
        if kind is QuestionType.YES_NO:
            row = QHBoxLayout()
            row.setSpacing(20)
            for option in question.choices:
                button = self._choice_button(question, option.id)
                button.setMinimumHeight(120)
                row.addWidget(button)
            layout.addLayout(row)
        elif kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            grid = QGridLayout()
            grid.setSpacing(12)
            for index, option in enumerate(question.choices):
                grid.addWidget(self._choice_button(question, option.id), index // 2, index % 2)
            layout.addLayout(grid)
        elif kind is QuestionType.AGREEMENT:
            for statement in question.statements:
                box = QFrame()
                box.setObjectName("StatementRow")
                box.setProperty("statement", statement.id)
                rows = QVBoxLayout(box)
                rows.setContentsMargins(12, 8, 12, 8)
                words = label()
                words.setObjectName("StatementText")
                self._statement_labels[statement.id] = words
                rows.addWidget(words)
                line = QHBoxLayout()
                line.setSpacing(8)
                for point in question.choices:
                    button = ChoiceButton()
                    button.setProperty("point", point.id)
                    button.clicked.connect(
                        lambda _=False, s=statement.id, p=point.id: self._tap_scale(s, p)
                    )
                    self._scale[(statement.id, point.id)] = button
                    line.addWidget(button, 1)
                rows.addLayout(line)
                layout.addWidget(box)
        elif kind is QuestionType.RANKING:
            # Two columns, so all seven methods and Undo show without scrolling.
            grid = QGridLayout()
            grid.setHorizontalSpacing(20)
            grid.setVerticalSpacing(12)
            for index, option in enumerate(question.choices):
                cell = QHBoxLayout()
                cell.setSpacing(8)
                badge = QLabel()
                badge.setObjectName("RankBadge")
                badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
                badge.setFixedSize(64, 64)
                self._badges[option.id] = badge
                cell.addWidget(badge)
                cell.addWidget(self._choice_button(question, option.id), 1)
                grid.addLayout(cell, index // 2, index % 2)
            self.undo_button = BigButton()
            self.undo_button.setObjectName("RankUndo")
            self.undo_button.clicked.connect(self._undo_rank)
            count = len(question.choices)
            grid.addWidget(self.undo_button, count // 2, count % 2)
            layout.addLayout(grid)
        elif kind is QuestionType.TEXT:
            edit = QPlainTextEdit()
            edit.setObjectName("SurveyText")
            edit.setMinimumHeight(80)
            edit.setTabChangesFocus(True)
            edit.setPlainText(self._drafts.get(question.id, str(self._answer(question) or "")))
            edit.textChanged.connect(lambda q=question.id: self._typed(q))
            self._text_edit = edit
            layout.addWidget(edit)
            self.keyboard.attach(edit)
        layout.addStretch(1)
        self._place(holder)
        self.keyboard.setVisible(kind is QuestionType.TEXT)
        if self._text_edit is not None:
            self._text_edit.setFocus()
            cursor = self._text_edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self._text_edit.setTextCursor(cursor)
        self._sync()

    def _choice_button(self, question: Question, option_id: str) -> ChoiceButton:
        button = ChoiceButton()
        button.setProperty("option", option_id)
        button.clicked.connect(lambda _=False, o=option_id: self._tap(o))
        self._choices[option_id] = button
        return button

    def _answer(self, question: Question) -> Answer | None:
        return self.run.answer_of(question.id) if self.run else None

    # Taps ---------------------------------------------------------------------------------------
    def _tap(self, option_id: str) -> None:
        run = self.run
        if run is None or run.current is None:
            return
        question = run.current
        value = run.answer_of(question.id)
        if question.type in (QuestionType.SINGLE, QuestionType.YES_NO):
            run.answer(question.id, option_id)
        elif question.type is QuestionType.MULTIPLE:
            chosen = list(value) if isinstance(value, list) else []
            if option_id in chosen:
                chosen.remove(option_id)
            else:
                chosen.append(option_id)
            run.answer(question.id, chosen)
        elif question.type is QuestionType.RANKING:
            order = list(value) if isinstance(value, list) else []
            if option_id not in order:
                order.append(option_id)
                run.answer(question.id, order)
        self._sync()

    def _tap_scale(self, statement_id: str, point_id: str) -> None:
        run = self.run
        if run is None or run.current is None:
            return
        value = run.answer_of(run.current.id)
        answers = dict(value) if isinstance(value, dict) else {}
        answers[statement_id] = point_id
        run.answer(run.current.id, answers)
        self._sync()

    def _undo_rank(self) -> None:
        run = self.run
        if run is None or run.current is None:
            return
        value = run.answer_of(run.current.id)
        order = list(value) if isinstance(value, list) else []
        if order:
            order.pop()
            run.answer(run.current.id, order)
        self._sync()

    def _typed(self, question_id: str) -> None:
        if self.run is None or self._text_edit is None:
            return
        text = self._text_edit.toPlainText()
        self._drafts[question_id] = text
        self.run.answer(question_id, text)
        self._sync()

    def _sync(self) -> None:
        """Show the answers held by the run: chosen buttons, rank numbers, Next, hints."""
        run = self.run
        if run is None or run.current is None:
            return
        question = run.current
        value = run.answer_of(question.id)
        if question.type is QuestionType.AGREEMENT:
            answers = value if isinstance(value, dict) else {}
            for (statement, point), button in self._scale.items():
                button.set_chosen(answers.get(statement) == point)
        elif question.type is QuestionType.RANKING:
            order = value if isinstance(value, list) else []
            for option_id, button in self._choices.items():
                ranked = option_id in order
                button.set_chosen(ranked)
                self._badges[option_id].setText(str(order.index(option_id) + 1) if ranked else "")
                self._badges[option_id].setProperty("ranked", ranked)
                restyle(self._badges[option_id])
            if self.undo_button is not None:
                self.undo_button.setEnabled(bool(order))
        else:
            chosen = value if isinstance(value, list) else [value]
            for option_id, button in self._choices.items():
                button.set_chosen(option_id in chosen)
        self._retranslate_answers()
        self._show_progress(run)
        self.next_button.setEnabled(not run.missing())
        self.hint.setText(self._hint(question) if run.missing() else "")
        self.hint.setVisible(bool(self.hint.text()))

    def _hint(self, question: Question) -> str:
        kind = question.type
        if kind is QuestionType.AGREEMENT:
            return self.tr("Choose an answer for each statement to go on.")
        if kind is QuestionType.RANKING:
            return self.tr("Touch every way of contacting us, in your order, to go on.")
        if kind is QuestionType.MULTIPLE:
            return self.tr("Choose one or more answers to go on.")
        return self.tr("Choose an answer to go on.")

    # Texts ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        definition = self.definition
        title = self.ctx.text(definition.title) if definition else ""
        self.intro_title.setText(title)
        self.intro_text.setText(
            self.ctx.text(definition.intro) if definition and definition.intro else ""
        )
        if definition is not None:
            self.intro_dates.setText(
                self.tr("This survey runs from %1 to %2. It has about %3 questions.")
                .replace("%1", definition.runs_from.strftime("%d/%m/%Y"))
                .replace("%2", definition.runs_to.strftime("%d/%m/%Y"))
                .replace("%3", str(len(definition.questions)))
            )
        self.start_button.setText(self.tr("Start the survey"))
        self.intro_back.setText(self.tr("Back"))
        self.survey_name.setText(title)
        self.back_button.setText(self.tr("Back"))
        self.thanks_title.setText(self.tr("Thank you"))
        self.thanks_text.setText(
            self.tr("Your answers will help the council improve its services.")
        )
        self.thanks_status.setText(
            {
                "saving": self.tr("Saving your answers..."),
                "saved": self.tr("Your answers are saved."),
                "failed": self.tr(
                    "Sorry, your answers could not be saved. Please tell a member of staff."
                ),
            }.get(self._status, "")
        )
        self.finish_button.setText(self.tr("Finish"))
        run = self.run
        if run is None or run.current is None:
            return
        question = run.current
        self._show_progress(run)
        self.question_text.setText(self.ctx.text(question.text))
        self.help_text.setText(self.ctx.text(question.help) if question.help else "")
        self.help_text.setVisible(question.help is not None)
        self._retranslate_answers()
        if run.missing():
            self.hint.setText(self._hint(question))

    def _show_progress(self, run: SurveyRun) -> None:
        """Progress and the Next button's words (both follow the skip logic)."""
        progress = run.progress
        self.progress_text.setText(
            self.tr("Question %1 of %2")
            .replace("%1", str(progress.number))
            .replace("%2", str(progress.total))
        )
        self.progress.setAccessibleName(self.progress_text.text())
        self.progress.setRange(0, progress.total)
        self.progress.setValue(progress.number)
        self.next_button.setText(self.tr("Send my answers") if run.is_last else self.tr("Next"))

    def _retranslate_answers(self) -> None:
        run = self.run
        if run is None or run.current is None:
            return
        question = run.current
        for option_id, button in self._choices.items():
            option = question.choice(option_id)
            if option is not None:
                button.setText(self.ctx.text(option.text))
        order = run.answer_of(question.id) if question.type is QuestionType.RANKING else None
        if isinstance(order, list):
            for option_id in order:
                button = self._choices[option_id]
                button.setAccessibleName(
                    self.tr("%1, your choice number %2")
                    .replace("%1", button.text())
                    .replace("%2", str(order.index(option_id) + 1))
                )
        statements = {s.id: s for s in question.statements}
        for statement_id, words in self._statement_labels.items():
            words.setText(self.ctx.text(statements[statement_id].text))
        for (statement_id, point_id), button in self._scale.items():
            point = question.choice(point_id)
            if point is not None:
                button.setText(self.ctx.text(point.text))
                button.setAccessibleName(
                    f"{self.ctx.text(statements[statement_id].text)}: {button.text()}"
                )
        if self.undo_button is not None:
            self.undo_button.setText(self.tr("Undo"))
        if self._text_edit is not None:
            self._text_edit.setAccessibleName(self.ctx.text(question.text))
            self._text_edit.setPlaceholderText(self.tr("Type here (you can leave this empty)"))

    def refresh_content(self) -> None:
        self.retranslate()


# ---------------------------------------------------------------------------------------------
FACES: tuple[tuple[int, str], ...] = (
    (1, "face-1"),
    (2, "face-2"),
    (3, "face-3"),
    (4, "face-4"),
    (5, "face-5"),
)
FOLLOW_UPS: tuple[str, ...] = ("waiting", "staff", "sorted", "place")


class FaceTile(Tile):
    """A face picture, drawn large, with its words under it."""

    def __init__(self, text: str = "", icon_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, icon_name, "", parent)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(12, 10, 12, 10)

    def repaint_icon(self) -> None:
        self._paint_icon()

    def _paint_icon(self) -> None:
        if self._icon_name:
            size = max(80, round(self._label.fontMetrics().height() * 2.6))
            color = self._label.palette().color(QPalette.ColorRole.WindowText)
            self._picture.setPixmap(tinted(self._icon_name, size, color))


class FeedbackScreen(Screen):
    """Five faces, an optional follow-up and comment; anonymous, linked by a visit token.

    Signals:
        feedback_saved(object): the feedback was stored; its id.
    """

    ID = ScreenId.FEEDBACK

    feedback_saved = Signal(object)

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.score: int | None = None
        self.follow_up: str | None = None
        self.link: dict[str, Any] = {}
        self._sent = False

        self.heading = label(role="title")
        self.lead = label()
        self.body.addWidget(self.heading)
        self.body.addWidget(self.lead)
        self.pages = Pages()
        self.body.addWidget(self.pages, 1)

        # Faces, follow-up and send
        self.faces_page = QWidget()
        faces = QVBoxLayout(self.faces_page)
        faces.setContentsMargins(0, 0, 0, 0)
        faces.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.face_tiles: dict[int, FaceTile] = {}
        for score, icon_name in FACES:
            tile = FaceTile(icon_name=icon_name)
            tile.setObjectName("FaceTile")
            tile.setProperty("chosen", False)
            tile.clicked.connect(lambda _=False, s=score: self._choose(s))
            tile.setMinimumHeight(140)
            self.face_tiles[score] = tile
            row.addWidget(tile)
        faces.addLayout(row, 3)
        self.follow_up_label = label(role="lead")
        faces.addWidget(self.follow_up_label)
        follow = QHBoxLayout()
        follow.setSpacing(12)
        self.follow_buttons: dict[str, ChoiceButton] = {}
        for key in FOLLOW_UPS:
            button = ChoiceButton()
            button.clicked.connect(lambda _=False, k=key: self._follow(k))
            self.follow_buttons[key] = button
            follow.addWidget(button)
        faces.addLayout(follow, 1)
        self.comment_preview = label(role="small")
        faces.addWidget(self.comment_preview)
        actions = QHBoxLayout()
        self.comment_button = BigButton()
        self.comment_button.clicked.connect(self._open_comment)
        self.send_button = BigButton(role="primary")
        self.send_button.setObjectName("FeedbackSend")
        self.send_button.clicked.connect(self._send)
        actions.addWidget(self.comment_button)
        actions.addStretch(1)
        actions.addWidget(self.send_button, 2)
        faces.addLayout(actions)
        self.pages.addWidget(self.faces_page)

        # Comment
        self.comment_page = QWidget()
        comment = QVBoxLayout(self.comment_page)
        comment.setContentsMargins(0, 0, 0, 0)
        comment.setSpacing(12)
        self.comment_help = label(role="lead")
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("FeedbackComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(120)
        self.comment.textChanged.connect(self._comment_changed)
        self.comment_keyboard = OnScreenKeyboard()
        self.comment_keyboard.attach(self.comment)
        self.comment_keyboard.done.connect(self._close_comment)
        comment.addWidget(self.comment_help)
        comment.addWidget(self.comment)
        comment.addWidget(self.comment_keyboard)
        comment.addStretch(1)
        self.pages.addWidget(self.comment_page)

        # Thanks
        self.thanks_page = QWidget()
        thanks = QVBoxLayout(self.thanks_page)
        thanks.setContentsMargins(0, 0, 0, 0)
        self.thanks_title = label(role="huge")
        self.thanks_text = label(role="lead")
        self.finish_button = BigButton(role="primary")
        self.finish_button.setMinimumHeight(96)
        self.finish_button.clicked.connect(ctx.home)
        thanks.addWidget(self.thanks_title)
        thanks.addWidget(self.thanks_text)
        thanks.addStretch(1)
        thanks.addWidget(self.finish_button)
        self.pages.addWidget(self.thanks_page)
        self.pages.setCurrentWidget(self.faces_page)
        self._sync()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Quick feedback")

    def enter(self, **params: Any) -> None:
        """``service_id``, ``wait_minutes`` and ``visit_token`` may come with the
        navigation (at the end of an assisted visit) or from ``ctx.visit``."""
        visit = self.ctx.visit
        self.link = {
            key: params.get(key, visit.get(key))
            for key in ("visit_token", "service_id", "wait_minutes")
        }
        if self._sent:
            self._clear()
        self.lead.show()
        self.pages.setCurrentWidget(self.faces_page)

    def _choose(self, score: int) -> None:
        self.score = score
        self._sync()

    def _follow(self, key: str) -> None:
        self.follow_up = None if self.follow_up == key else key
        self._sync()

    def _open_comment(self) -> None:
        self.lead.hide()
        self.pages.setCurrentWidget(self.comment_page)
        self.comment.setFocus()

    def _close_comment(self) -> None:
        self.lead.show()
        self.pages.setCurrentWidget(self.faces_page)
        self._sync()

    def _comment_changed(self) -> None:
        text = self.comment.toPlainText()
        if len(text) > COMMENT_MAX:
            self.comment.setPlainText(text[:COMMENT_MAX])

    def _record(self) -> Feedback:
        assert self.score is not None
        token = self.link.get("visit_token") or secrets.token_hex(16)
        wait = self.link.get("wait_minutes")
        comment = self.comment.toPlainText().strip()
        return Feedback(
            id=uuid.uuid4(),
            created_at=self.ctx.now(),
            hub_id=self.ctx.settings.hub_id,
            score=self.score,
            visit_token=str(token),
            service_id=self.link.get("service_id"),
            wait_minutes=None if wait is None else round(float(wait)),
            follow_up=self.follow_up,
            comment=comment or None,
        )

    def _send(self) -> None:
        if self.score is None:
            return
        self._store(self._record())
        self._sent = True
        self.lead.hide()
        self.pages.setCurrentWidget(self.thanks_page)
        self.retranslate()

    def _store(self, record: Feedback) -> None:
        store = self.ctx.store
        self.ctx.ops.run(
            lambda: save_record(store, record),
            success=self.feedback_saved.emit,
            failure=lambda _e: log.error("feedback could not be stored"),
            name="save feedback",
        )

    def reset(self) -> None:
        """A face touched but not sent is still an answer: keep it, then forget everything."""
        if self.score is not None and not self._sent:
            self._store(self._record())
        self._clear()
        self.link = {}

    def _clear(self) -> None:
        self.score = None
        self.follow_up = None
        self._sent = False
        self.comment.clear()
        self.lead.show()
        self.pages.setCurrentWidget(self.faces_page)
        self._sync()
        self.retranslate()

    def _sync(self) -> None:
        for score, tile in self.face_tiles.items():
            chosen = score == self.score
            if bool(tile.property("chosen")) != chosen:
                tile.setProperty("chosen", chosen)
                restyle(tile)
                for child in tile.findChildren(QLabel):
                    restyle(child)
                tile.repaint_icon()
        for key, button in self.follow_buttons.items():
            button.set_chosen(key == self.follow_up)
        self.send_button.setEnabled(self.score is not None)
        text = self.comment.toPlainText().strip()
        self.comment_preview.setText(
            self.tr("Your comment: %1").replace("%1", text) if text else ""
        )
        self.comment_preview.setVisible(bool(text))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("How was your visit today?"))
        self.lead.setText(self.tr("Touch a face. We do not ask your name."))
        words = {
            1: self.tr("Very poor"),
            2: self.tr("Poor"),
            3: self.tr("OK"),
            4: self.tr("Good"),
            5: self.tr("Very good"),
        }
        for score, tile in self.face_tiles.items():
            tile.setText(words[score])
        self.follow_up_label.setText(self.tr("What mattered most to you today? (optional)"))
        follow = {
            "waiting": self.tr("The waiting time"),
            "staff": self.tr("The staff"),
            "sorted": self.tr("Getting my problem sorted"),
            "place": self.tr("The hub and this screen"),
        }
        for key, button in self.follow_buttons.items():
            button.setText(follow[key])
        self.comment_button.setText(self.tr("Add a comment"))
        self.send_button.setText(self.tr("Send"))
        self.comment_help.setText(
            self.tr("Write your comment. Please do not write your name or contact details.")
        )
        self.comment.setAccessibleName(self.tr("Your comment"))
        self.comment.setPlaceholderText(self.tr("Type here"))
        self.thanks_title.setText(self.tr("Thank you"))
        self.thanks_text.setText(self.tr("Your feedback helps us make the hubs better."))
        self.finish_button.setText(self.tr("Finish"))
        self._sync()
