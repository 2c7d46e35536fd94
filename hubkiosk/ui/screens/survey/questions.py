"""The council's survey, one question per screen, with big touch answers.

A progress bar, Back and Next. Next is always there to touch: a question's "choose an
answer" message shows only after a touch on Next with nothing chosen, never before. The
count says "about" while the skip logic has not yet decided which questions come. Done on
the keyboard of a free-text question moves on, as Next does. Answers live in a :class:`~hubkiosk.core.survey.SurveyRun`,
which also holds what a touch means (choose, unchoose, rank, rate), so they survive a
language switch. If the kiosk resets mid-survey (idle or "Start again"), the answers given
so far are saved as an anonymous partial response. Nothing here logs answers.
"""

from __future__ import annotations

import copy
import functools
import logging
import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core.survey import Answer, SurveyRun, question_range
from hubkiosk.store import records
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.i18n import digits, number
from hubkiosk.ui.keyboard import SCRIPTS, KeyboardSlot
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.survey.parts import ChoiceButton, ChoiceTick, LengthLimit, ThanksPage
from hubkiosk.ui.widgets import (
    BigButton,
    GrowingScrollArea,
    PageStack,
    TileGrid,
    button_row,
    label,
    panel,
    restyle,
    size_text_box,
    tab_order,
)
from sync.protocol.surveys import Question, QuestionType, SurveyDefinition

log = logging.getLogger(__name__)


class SurveyScreen(Screen):
    """One question per screen, big answers, progress, Back and Next.

    Signals:
        response_saved(object): a response (complete or partial) was stored; its id.
        statement_shown(int): a statement of the question shown, on a short screen where
            they come one at a time, was brought forward (its index).
    """

    ID = ScreenId.SURVEY
    SHOW_BACK = False  # the screen's own Back goes to the previous question

    response_saved = Signal(object)
    statement_shown = Signal(int)

    #: How long an answer to a statement stays in sight, chosen, before the next statement
    #: takes its place (a short screen shows them one at a time).
    ADVANCE_MS = 350
    #: A portrait screen shows the statements one at a time too once fewer than this many
    #: lines of text fit its height (larger text; at normal text all of them fit).
    STEP_EM = 50

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.run: SurveyRun | None = None
        self._drafts: dict[str, str] = {}
        self._choices: dict[str, ChoiceButton | ChoiceTick] = {}
        self._scale: dict[tuple[str, str], ChoiceButton] = {}
        self._statement_labels: dict[str, QLabel] = {}
        #: The statements' rows in order; on a short screen only ``_step``'s shows.
        self._statement_rows: list[tuple[str, QFrame]] = []
        self._step = 0
        self._advance = QTimer(self)
        self._advance.setSingleShot(True)
        self._advance.setInterval(self.ADVANCE_MS)
        self._advance.timeout.connect(self._step_forward)
        self._badges: dict[str, QLabel] = {}
        #: The answers to choose from (one or several), wider on a short screen.
        self._choice_grid: TileGrid | None = None
        #: The columns of the ranking question shown (more on a short screen).
        self._rank_columns = 0
        self._text_edit: QPlainTextEdit | None = None
        #: The box held to its question's length (what a response takes), saying when full.
        self._text_limit: LengthLimit | None = None
        self.undo_button: BigButton | None = None
        #: Next was touched with the question shown still unanswered: say what it needs.
        self._nudged = False

        self.pages = PageStack()
        self.body.addWidget(self.pages)

        # Intro page
        self.intro_page, intro = panel(spacing=20)
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
        intro.addLayout(button_row(self.intro_back, self.start_button, forward_stretch=2))
        self.pages.addWidget(self.intro_page)

        # Question page
        self.question_page, page = panel(spacing=8)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.survey_name = label(role="small")  # a long name wraps, never widens the page
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
        # "Statement 2 of 5", where the statements come one at a time (a short screen).
        self.statement_step = label(role="small")
        self.statement_step.setObjectName("StatementStep")
        self.statement_step.hide()
        page.addWidget(self.statement_step)
        self.answers_area = GrowingScrollArea()  # every statement shows; the page scrolls
        self.answers_area.setObjectName("SurveyAnswers")
        self.answers_area.setWidgetResizable(True)
        self.answers_area.setFrameShape(QFrame.Shape.NoFrame)
        self.answers_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page.addWidget(self.answers_area, 1)
        self.keyboard = KeyboardSlot()
        self._keyboard_script()
        ctx.language_changed.connect(self._keyboard_script)
        self.keyboard.done.connect(self._next)  # Done after typing moves on, as Next does
        self.keyboard.hide()
        self.hint = label(role="error")
        self.back_button = BigButton()
        self.back_button.setObjectName("SurveyBack")
        self.back_button.clicked.connect(self._back)
        self.next_button = BigButton(role="primary")
        self.next_button.setObjectName("SurveyNext")
        self.next_button.clicked.connect(self._next)
        # The keys, and Back and Next on a row of their own below them; while typing on a
        # short screen, beside the keys (see _place_nav).
        self.nav = QGridLayout()
        self.nav.setHorizontalSpacing(20)
        self.nav.setColumnStretch(1, 1)
        self.buttons = QHBoxLayout()
        page.addLayout(self.nav)
        page.addWidget(self.hint)
        page.addLayout(self.buttons)
        self._beside: bool | None = None
        self._place_nav(beside=False)
        ctx.mode_changed.connect(self._arrange_typing)  # an adviser helps, or hands back
        self.pages.addWidget(self.question_page)

        # Thank-you page
        self.thanks_page = ThanksPage(ctx.home)
        self.thanks_title = self.thanks_page.title
        self.thanks_text = self.thanks_page.text
        self.thanks_status = self.thanks_page.status
        self.finish_button = self.thanks_page.finish_button
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
        """The first question; the resident's answers kept if they came Back to the first
        page (a new run there lost them, shown and stored)."""
        assert self.definition is not None
        if self.run is None or self.run.definition is not self.definition:
            self.run = SurveyRun(self.definition)
            self._drafts.clear()
        self._show_question()

    def _back(self) -> None:
        if self._stepping() and self._step > 0:  # the statement before, its answer shown
            self._show_statement(self._step - 1)
            return
        run = self.run
        if run is None or not run.can_go_back:
            self.pages.setCurrentWidget(self.intro_page)
            self.retranslate()
            self.step_shown.emit()
            return
        run.back()
        self._show_question()

    def _next(self) -> None:
        run = self.run
        if run is None or run.current is None or not self.question_page.isVisible():
            return
        if run.missing():
            self._nudged = True
            if self._stepping():  # the first statement still to answer
                self._show_statement(self._first_unrated())
            self._sync()
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
        self.step_shown.emit()

    def _save(self, run: SurveyRun, *, complete: bool) -> None:
        definition = run.definition
        save = functools.partial(
            records.add_survey_response,
            survey_id=definition.id,
            survey_version=definition.version,
            hub_id=self.ctx.settings.hub_id,
            language=self.ctx.language,
            complete=complete,
            answers=copy.deepcopy(run.recorded_answers()),  # the run goes on changing
            created_at=self.ctx.now(),
        )
        self.ctx.store_ops.run(
            save, success=self._saved, failure=self._save_failed, name="save survey response"
        )

    def _saved(self, record_id: uuid.UUID) -> None:
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
        self._arrange_typing()
        self.pages.setCurrentWidget(self.intro_page)

    # Rendering --------------------------------------------------------------------------------
    def _clear_answers(self) -> None:
        self._choices = {}
        self._scale = {}
        self._statement_labels = {}
        self._statement_rows = []
        self._advance.stop()
        self._choice_grid = None
        self._badges = {}
        self.undo_button = None
        if self._text_edit is not None:
            self.keyboard.detach(self._text_edit)
        self._text_edit = None
        self._text_limit = None
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
        self.step_shown.emit()

    def _render(self, question: Question) -> None:
        self._clear_answers()
        self._nudged = False
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
            # Two columns where the words fit, one where they do not (200 % text).
            choice_grid = TileGrid(max_columns=2)
            choice_grid.grid.setSpacing(12)
            # Several answers: boxes to tick, not buttons that look like one answer.
            tick = kind is QuestionType.MULTIPLE
            choice_grid.set_tiles(
                [self._choice_button(question, option.id, tick=tick) for option in question.choices]
            )
            self._choice_grid = choice_grid
            self._widen_choices()
            layout.addWidget(choice_grid)
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
                # Five answers across, or fewer columns when a word would not fit.
                line = TileGrid(max_columns=len(question.choices), column_em=4)
                line.grid.setSpacing(8)
                answers: list[QWidget] = []
                for point in question.choices:
                    button = ChoiceButton()
                    button.setProperty("point", point.id)
                    button.clicked.connect(
                        lambda _=False, s=statement.id, p=point.id: self._tap_scale(s, p)
                    )
                    self._scale[(statement.id, point.id)] = button
                    answers.append(button)
                line.set_tiles(answers)
                rows.addWidget(line)
                layout.addWidget(box)
                self._statement_rows.append((statement.id, box))
            # Back into an answered question: at its last statement; else the first to answer.
            self._step = self._first_unrated()
        elif kind is QuestionType.RANKING:
            # Two columns, so all seven methods and Undo show without scrolling; three on a
            # short screen, so Back and Next show too.
            columns = self._rank_columns = self._rank_columns_for(question)
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
                grid.addLayout(cell, index // columns, index % columns)
            self.undo_button = BigButton()
            self.undo_button.setObjectName("RankUndo")
            self.undo_button.clicked.connect(self._undo_rank)
            count = len(question.choices)
            grid.addWidget(self.undo_button, count // columns, count % columns)
            for column in range(columns):  # equal columns, whatever the words
                grid.setColumnStretch(column, 1)
            layout.addLayout(grid)
        elif kind is QuestionType.TEXT:
            edit = QPlainTextEdit()
            edit.setObjectName("SurveyText")
            size_text_box(edit, self.short)
            edit.setTabChangesFocus(True)
            edit.setPlainText(self._drafts.get(question.id, str(self._answer(question) or "")))
            edit.textChanged.connect(lambda q=question.id: self._typed(q))
            self._text_edit = edit
            layout.addWidget(edit)
            full = label()
            layout.addWidget(full)
            self._text_limit = LengthLimit(edit, question.max_length, full)
            self.keyboard.attach(edit, scripts=SCRIPTS)  # in their own words, any script
        layout.addStretch(1)
        self._place(holder)
        # Tab: the answers, Next, Back, then the keys. The answers are made for each
        # question, so they came after the keys and Next and Back, and after them the top
        # bar: from a typed answer to Next took about forty Tabs.
        tab_order(*holder.findChildren(QWidget), self.next_button, self.back_button)
        self.keyboard.keys_after(self.back_button)
        self._show_statements()
        self.keyboard.setVisible(kind is QuestionType.TEXT)
        self._arrange_typing()
        if self._text_edit is not None:
            self._text_edit.setFocus()
            cursor = self._text_edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self._text_edit.setTextCursor(cursor)
        self._sync()

    def _choice_button(
        self, question: Question, option_id: str, *, tick: bool = False
    ) -> ChoiceButton | ChoiceTick:
        button = ChoiceTick() if tick else ChoiceButton()
        button.setProperty("option", option_id)
        button.clicked.connect(lambda _=False, o=option_id: self._tap(o))
        self._choices[option_id] = button
        return button

    def _answer(self, question: Question) -> Answer | None:
        return self.run.answer_of(question.id) if self.run else None

    # Taps ---------------------------------------------------------------------------------------
    def _tap(self, option_id: str) -> None:
        if self.run is not None and self.run.current is not None:
            self.run.tap(option_id)
            self._sync()

    def _tap_scale(self, statement_id: str, point_id: str) -> None:
        if self.run is not None and self.run.current is not None:
            self.run.rate(statement_id, point_id)
            self._sync()
            # One at a time: the answer shows chosen for a moment, then the next statement.
            if self._stepping() and self._step < len(self._statement_rows) - 1:
                self._advance.start()

    # One statement at a time (short screens) -----------------------------------------------
    def _stepping(self) -> bool:
        """Whether the statements come one at a time: a question of several on a short
        screen (a laptop-sized panel, or large text on a landscape one), or on a portrait
        one at larger text, where they would not all fit."""
        if len(self._statement_rows) < 2:
            return False
        window = self.window()
        portrait = window.height() > window.width()
        few_lines = window.height() < self.STEP_EM * self.fontMetrics().height()
        return self.short or (portrait and few_lines)

    def rearrange(self) -> None:
        """After a change of window or text size: the statements one at a time or all of
        them, and the ways to rank three across or two (see :meth:`arrange_short` for what
        changes only between a short screen and a tall one)."""
        super().rearrange()
        run = self.run
        if run is not None and run.current is not None:
            self._rearrange_ranking(run.current)
        self._show_statements()

    def _first_unrated(self) -> int:
        """The first statement without an answer (the last one when all have one)."""
        run = self.run
        for index, (statement_id, _row) in enumerate(self._statement_rows):
            if run is None or run.rating_of(statement_id) is None:
                return index
        return max(0, len(self._statement_rows) - 1)

    def _step_forward(self) -> None:
        if self._stepping() and self._step < len(self._statement_rows) - 1:
            self._show_statement(self._step + 1)

    def _show_statement(self, index: int) -> None:
        self._advance.stop()
        self._step = index
        self._show_statements()
        self.statement_shown.emit(index)
        self.step_shown.emit()

    def _show_statements(self) -> None:
        """Every statement, or on a short screen only the one at ``_step``, and which it is."""
        stepping = self._stepping()
        for index, (_statement_id, row) in enumerate(self._statement_rows):
            row.setVisible(not stepping or index == self._step)
        self.statement_step.setVisible(stepping)
        if stepping:
            self.statement_step.setText(
                self.tr("Statement %1 of %2")
                .replace("%1", number(self._step + 1))
                .replace("%2", number(len(self._statement_rows)))
            )
        self.answers_area.updateGeometry()  # as tall as the statements shown, at once
        self.answers_area.verticalScrollBar().setValue(0)

    def _rank_columns_for(self, question: Question) -> int:
        """The ranking's columns: three on a short screen where each way's words take at
        most two lines in a third of the width (Back and Next then show too), else two."""
        if not self.short:
            return 2
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = self.answers_area.viewport().width() or self.width()
        # A third of the width, less the rank's badge beside it and the button's padding.
        room = (width - 2 * 20) // 3 - 64 - 8 - 48
        for option in question.choices:
            words = self.ctx.text(option.text)
            if metrics.horizontalAdvance(words) > 2 * room or any(
                metrics.horizontalAdvance(word) > room for word in words.split()
            ):
                return 2
        return 3

    def _rearrange_ranking(self, question: Question) -> None:
        """The ranking shown laid out again when its columns change (the screen's height,
        the text's size or the language did); the ranks are the run's, so they stay."""
        ranking = question.type is QuestionType.RANKING
        if ranking and self._rank_columns != self._rank_columns_for(question):
            self._show_question()

    def _place_nav(self, *, beside: bool) -> None:
        """Back and Next on the left and right of the keys (``beside``: typing on a short
        screen, which has no room for a row of their own), or on a row below them. Beside
        the keys only while the row has room for the keys and the words of both (at the
        largest text it has not: then they stand on a row of their own under the keys, see
        :class:`BesideKeys`)."""
        if beside == self._beside:
            return
        self._beside = beside
        from hubkiosk.ui.keyboard import BesideKeys

        if not hasattr(self, "beside_keys"):  # the first call, from __init__
            #: Back, the keys and Next while typing on a short screen (empty else).
            self.beside_keys = BesideKeys(spacing=20, row_gap=10)
            self.nav.addLayout(self.beside_keys, 1, 0, 1, 3)
        self.beside_keys.empty_out()
        for widget in (self.back_button, self.keyboard, self.next_button):
            self.nav.removeWidget(widget)
            self.buttons.removeWidget(widget)
        while self.buttons.count():  # the stretch between them
            self.buttons.takeAt(0)
        if beside:
            self.beside_keys.place(self.back_button, self.keyboard, self.next_button)
        else:
            self.nav.addWidget(self.keyboard, 0, 0, 1, 3)
            self.buttons.addWidget(self.back_button)
            self.buttons.addStretch(1)
            self.buttons.addWidget(self.next_button, 2)

    def _arrange_typing(self) -> None:
        """While the keys show on a short screen: Back and Next beside them, and the
        progress gives its line to the question (which must stay in sight as one types).
        With an adviser asked to step back (the banner above says so) the survey's name and
        progress give their line too: the answers show whole as they do for a resident
        alone."""
        typing = self.short and not self.keyboard.isHidden()
        self._place_nav(beside=typing)
        helped = self.ctx.assisting
        self.survey_name.setVisible(not self.short and not helped)
        self.progress.setVisible(not typing and not helped)
        self.progress_text.setVisible(not typing and not helped)
        if self._text_edit is not None:
            size_text_box(self._text_edit, self.short)

    def arrange_short(self, short: bool) -> None:
        # The survey's name is on its first page; a short screen keeps its line for answers
        # (_arrange_typing).
        self._arrange_typing()
        self._widen_choices()
        self._keyboard_script()

    def _keyboard_script(self, *_: object) -> None:
        """An answer in the resident's own words opens on the letters of their language
        (Bengali, Urdu), on a short screen too, as every other box in the resident's own
        words does (a form's, the comment, the search): on a short screen it opened on
        Latin letters, for the two rows more the Bengali ones take. There the box and every
        key show together, as on a form; Back and Next may be under them (the keys' Done
        goes on, as Next does)."""
        self.keyboard.set_language(self.ctx.language)

    def _widen_choices(self) -> None:
        """The answers to choose from, up to five across on a short screen as their longest
        words allow (each wrapping onto lines of its own): the ten services, Back and Next
        show together on a laptop panel."""
        if self._choice_grid is not None:
            self._choice_grid.widen_when_short(self.short, columns=5, column_em=8)

    def _undo_rank(self) -> None:
        if self.run is not None and self.run.current is not None:
            self.run.undo_rank()
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
        if question.type is QuestionType.AGREEMENT:
            for (statement, point), scale_button in self._scale.items():
                scale_button.set_chosen(run.rating_of(statement) == point)
        elif question.type is QuestionType.RANKING:
            for option_id, button in self._choices.items():
                rank = run.rank_of(option_id)
                button.set_chosen(rank is not None)
                self._badges[option_id].setText(number(rank) if rank else "")
                self._badges[option_id].setProperty("ranked", rank is not None)
                restyle(self._badges[option_id])
            if self.undo_button is not None:
                self.undo_button.setEnabled(run.answer_of(question.id) is not None)
        else:
            for option_id, button in self._choices.items():
                button.set_chosen(run.chosen(option_id))
        self._retranslate_answers()
        self._show_progress(run)
        self.next_button.setEnabled(True)
        self.hint.setText(self._hint(question) if self._nudged and run.missing() else "")
        self.hint.setVisible(bool(self.hint.text()))

    def _hint(self, question: Question) -> str:
        kind = question.type
        if kind is QuestionType.AGREEMENT:
            return self.tr("Choose an answer for each statement to go on.")
        if kind is QuestionType.RANKING:
            return self.tr("Touch at least your first choice to go on.")
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
            fewest, most = question_range(definition)
            self.intro_dates.setText(
                self.tr("This survey runs from %1 to %2.")
                .replace("%1", digits(definition.runs_from.strftime("%d/%m/%Y")))
                .replace("%2", digits(definition.runs_to.strftime("%d/%m/%Y")))
                + " "
                + (
                    self.tr("It has %Ln question(s).", "", most)
                    if fewest == most
                    # The words follow the larger number ("1 to 3 questions").
                    else self.tr(
                        "It has %1 to %Ln question(s), depending on your answers.", "", most
                    ).replace("%1", number(fewest))
                )
            )
        if self._text_limit is not None:
            self._text_limit.retranslate()
        self.start_button.setText(self.tr("Start the survey"))
        self.intro_back.setText(self.tr("Back"))
        self.survey_name.setText(title)
        self.back_button.setText(self.tr("Back"))
        self.thanks_title.setText(self.tr("Thank you"))
        self.thanks_text.setText(
            self.tr("Your answers will help the council improve its services.")
        )
        self.thanks_page.set_status(
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
        self._show_statements()
        if self._nudged and run.missing():
            self.hint.setText(self._hint(question))
        self._rearrange_ranking(question)  # longer words in this language: fewer columns

    def _show_progress(self, run: SurveyRun) -> None:
        """Progress and the Next button's words (both follow the skip logic)."""
        progress = run.progress
        words = (
            self.tr("Question %1 of %2") if progress.exact else self.tr("Question %1 of about %2")
        )
        self.progress_text.setText(
            words.replace("%1", number(progress.number)).replace("%2", number(progress.total))
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
        if question.type is QuestionType.RANKING:
            for option_id, button in self._choices.items():
                rank = run.rank_of(option_id)
                self._badges[option_id].setText(number(rank) if rank else "")
                if rank is not None:
                    button.setAccessibleName(
                        self.tr("%1, your choice number %2")
                        .replace("%1", button.text())
                        .replace("%2", number(rank))
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
