"""Filling in a form at the kiosk: one question per screen, a review, then Send.

One question per screen (or a few that belong together, such as a street and its
postcode), a review of every answer before sending, and errors in plain words next to the
field. An idle reset discards the unsent draft. Sending writes an immutable
FormSubmission with its outbox item (:func:`hubkiosk.core.forms.submit`) through
``ctx.store_ops``, off the GUI thread, then shows :class:`FormDoneScreen`.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from hubkiosk.core import forms as core
from hubkiosk.core.forms import Draft, FieldError
from hubkiosk.qt.ops import Answers
from hubkiosk.store.outbox import ATTRIBUTION_KEY, SELF_SERVICE, Attribution
from hubkiosk.ui.assisted import ConsentLine
from hubkiosk.ui.context import AdviserOnDuty, KioskContext
from hubkiosk.ui.i18n import digits, number
from hubkiosk.ui.keyboard import LATIN, SCRIPTS, BesideKeys, KeyboardSlot
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import SPOKEN, Screen
from hubkiosk.ui.screens.forms.field_editor import KEYBOARD_MODES, FieldEditor
from hubkiosk.ui.widgets import BigButton, label, panel, tab_order
from sync.protocol.forms import TYPED_TYPES, FieldType, FormDefinition, FormField

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


def _submit(session: Session, *, attribution: Attribution, **kwargs: Any) -> str:
    """:func:`hubkiosk.core.forms.submit`, stamped with ``attribution`` (the form's, which
    may differ from the kiosk's mode now: see :meth:`FormScreen.send`)."""
    session.info[ATTRIBUTION_KEY] = attribution
    return core.submit(session, **kwargs)


class FormScreen(Screen):
    """One form, step by step, then a review of the answers and Send.

    One way back: the form's own "Back" (the top bar's is hidden here) goes to the
    previous question, and from the first question back to where the resident came from.
    """

    ID = ScreenId.FORM
    SHOW_BACK = False

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.draft: Draft | None = None
        self.service_id: str | None = None
        self.step = 0
        self.reviewing = False
        self.sending = False
        #: A form sent and then the visit wiped: its answer is not the next resident's.
        self.answers = Answers()
        self.send_failed = False
        self.editors: dict[str, FieldEditor] = {}
        #: The last form's inputs, emptied, kept for the next resident who opens it.
        self._kept: tuple[FormDefinition, dict[str, FieldEditor]] | None = None
        #: Who answered this draft: the adviser who typed answers while helping (kept
        #: after "Hand back": the form stays theirs too), and whether the resident answered
        #: any alone (before an adviser joined them, or after one handed back).
        self.typed_by: AdviserOnDuty | None = None
        self.answered_alone = False

        self.body.setSpacing(10)
        self.body.setContentsMargins(32, 12, 32, 12)
        self.heading = label(role="lead")
        self.heading.setObjectName("FormTitle")
        self.progress = label(role="small", wrap=False)
        self.progress.setObjectName("FormProgress")
        self.intro = label(role="lead")
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignBottom)
        self.body.addLayout(header)
        self.body.addWidget(self.intro)

        # The questions scroll between the fixed header and the buttons and keyboard, so
        # Next and the keys stay on screen whatever the text size.
        self.questions_scroll = QScrollArea()
        self.questions_scroll.setObjectName("FormScroll")
        self.questions_scroll.setWidgetResizable(True)
        self.questions_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Enough for a question and its box; at the largest text the whole screen scrolls.
        self.questions_scroll.setMinimumHeight(200)
        scroll_body, scroll_layout = panel()
        scroll_body.setObjectName("FormScrollBody")
        self.questions_scroll.setWidget(scroll_body)
        self.body.addWidget(self.questions_scroll, 1)

        self.fields_area, self.fields_layout = panel(spacing=24)
        scroll_layout.addWidget(self.fields_area)

        self.review_area, review = panel()
        self.review_heading = label(role="lead")
        review.addWidget(self.review_heading)
        self.review_grid = QGridLayout()
        self.review_grid.setHorizontalSpacing(24)
        self.review_grid.setVerticalSpacing(12)
        review.addLayout(self.review_grid)
        # Assisted mode: the resident confirms by touch that the adviser typed for them.
        self.consent = ConsentLine(ctx)
        ctx.mode_changed.connect(self._show_consent)
        review.addWidget(self.consent)
        self.sent_assisted = False
        self.review_widgets: list[QWidget] = []
        self.review_area.hide()
        scroll_layout.addWidget(self.review_area)
        scroll_layout.addStretch(1)

        self.message = label(role="error")
        self.message.setObjectName("FormMessage")
        self.message.hide()
        self.body.addWidget(self.message)

        self.previous_button = BigButton()
        self.previous_button.clicked.connect(self.previous)
        self.next_button = BigButton(role="primary")
        self.next_button.setMinimumWidth(200)
        self.next_button.clicked.connect(self.next)
        self.keyboard = KeyboardSlot()
        self.keyboard.follow_language(ctx)  # a description in Bengali opens on its letters
        self.keyboard.done.connect(self._keys_done)
        # Back and Next above the keys; on a short screen beside them (see arrange_short).
        self.nav = QGridLayout()
        self.nav.setHorizontalSpacing(20)
        self.nav.setVerticalSpacing(10)
        self.nav.setColumnStretch(1, 1)
        #: Back, the keys and Next on a short screen (empty else).
        self.beside_keys = BesideKeys(spacing=20, row_gap=10)
        self.nav.addLayout(self.beside_keys, 2, 0, 1, 3)
        self._place_nav(beside=False)
        self.body.addLayout(self.nav)
        self.retranslate()

    def _place_nav(self, *, beside: bool) -> None:
        """Back on the left and Next on the right of the keys (``beside``: a laptop-sized
        screen has no room for a row of their own), or of the space above them. Beside the
        keys only while the row has room for the keys and the words of both (at the largest
        text it has not: then they stand on a row of their own under the keys, see
        :class:`BesideKeys`)."""
        self.beside_keys.empty_out()
        for widget in (self.previous_button, self.keyboard, self.next_button):
            self.nav.removeWidget(widget)
        if beside:
            self.beside_keys.place(self.previous_button, self.keyboard, self.next_button)
            return
        top = Qt.AlignmentFlag.AlignTop
        self.nav.addWidget(self.previous_button, 0, 0, top | Qt.AlignmentFlag.AlignLeft)
        self.nav.addWidget(self.next_button, 0, 2, top | Qt.AlignmentFlag.AlignRight)
        self.nav.addWidget(self.keyboard, 1, 0, 1, 3)

    # Building -----------------------------------------------------------------------------
    @property
    def form(self) -> FormDefinition | None:
        return self.draft.form if self.draft is not None else None

    def enter(self, **params: Any) -> None:
        form_id = params.get("form_id")
        if form_id is not None:
            form = self.ctx.content.forms.get(str(form_id))
            if form is None:
                log.error("form %s is not in the current content", form_id)
                self.ctx.back()
                return
            fresh = self.form is None or self.form.id != form.id
            if fresh:
                self._start(form)
            self.service_id = params.get("service_id", self.service_id)
            if (fresh or "service_id" in params) and self.draft is not None:
                # Came from that service's page: the form does not ask it again. Come back
                # from another one, the form calls from that one, or asks (the answers to
                # the other questions are kept).
                self.draft.give_service(self.service_id)
                if core.SERVICE_FIELD in self.editors:
                    self._set_editor(core.SERVICE_FIELD)
        self._show_step()

    def _start(self, form: FormDefinition) -> None:
        self._discard()
        self.draft = Draft(form)
        kept, self._kept = self._kept, None
        if kept is not None and kept[0] is form:
            # The same form as the last resident's: its inputs, emptied when that visit
            # ended, are used again rather than built anew (issue 16, tap_next).
            self.editors = kept[1]
        else:
            if kept is not None:
                self._delete_editors(kept[1])
            for item in form.fields:
                editor = FieldEditor(item)
                editor.changed.connect(lambda f=item.id: self._changed(f))
                editor.hide()
                self.fields_layout.addWidget(editor)
                self.editors[item.id] = editor
                for widget, mode in editor.inputs:
                    self._attach(widget, mode)
                    widget.installEventFilter(self)
                    if isinstance(widget, QLineEdit):  # Enter: on, as the keys' Done
                        widget.returnPressed.connect(lambda w=widget: self._keyboard_done(w))
        self.arrange_short(self.short)  # kept ones too: the window may have changed
        self.step = 0
        self.reviewing = False
        self.retranslate()

    def arrange_short(self, short: bool) -> None:
        self._place_nav(beside=short)
        for editor in self.editors.values():
            editor.arrange_short(short)
        self._show_header()

    def _show_header(self) -> None:
        """The form's name and progress, but not while the keys show on a short screen:
        the question, its boxes and its message need that room more."""
        typing = not self.keyboard.isHidden()
        for part in (self.heading, self.progress):
            part.setVisible(not (self.short and typing))

    def _set_editor(self, field_id: str) -> None:
        """Show a draft's answer in its editor (an answer given before the form)."""
        assert self.draft is not None
        value = self.draft.get(field_id)
        editor = self.editors[field_id]
        if value is None:
            editor.clear()  # one of a group cannot be unchecked alone
            return
        for button in editor.choice_buttons:
            button.setChecked(str(button.property("choice_id")) == value)

    def _discard(self) -> None:
        """Forget the draft and every answer; the emptied inputs are kept, hidden, for the
        next resident who opens the same form (no answer, error or undo step stays)."""
        if self.editors and self.draft is not None:
            for editor in self.editors.values():
                editor.clear()
                editor.hide()
            self._kept = (self.draft.form, self.editors)
        self.editors = {}
        self.draft = None
        self.typed_by = None
        self.answered_alone = False
        self.step = 0
        self.reviewing = False
        self.sending = False
        self.send_failed = False
        self._clear_review()
        self.consent.clear()
        self._show_consent()
        self.message.hide()

    def _delete_editors(self, editors: dict[str, FieldEditor]) -> None:
        for editor in editors.values():
            for widget, _mode in editor.inputs:
                self.keyboard.detach(widget)
            self.fields_layout.removeWidget(editor)
            editor.hide()
            editor.deleteLater()

    # Steps --------------------------------------------------------------------------------
    def _changed(self, field_id: str) -> None:
        if self.draft is None:
            return
        editor = self.editors[field_id]
        before = self.draft.get(field_id)
        self.draft.set(field_id, editor.value())
        if self.draft.get(field_id) != before:
            self._answered()
        if editor.choice_buttons:
            self._show_progress()  # a choice can add or remove questions
        if editor.error is not None and editor.item.type not in KEYBOARD_MODES:
            # A choice fixes its error at once; typed answers are checked on Next.
            self._check([editor.item])

    def _answered(self) -> None:
        """An answer was given or changed: by the adviser helping now, or by the resident
        alone. The review's consent line says who typed them."""
        if self.ctx.assisting:
            if self.typed_by is None:
                self.typed_by = self.ctx.adviser
                self._show_consent()
        elif not self.answered_alone:
            self.answered_alone = True
            self._show_consent()

    def helper(self) -> AdviserOnDuty | None:
        """The adviser this form is sent with: the one helping now, else the one who typed
        answers in it and handed the kiosk back (None: the resident's own form)."""
        return self.ctx.adviser if self.ctx.assisting else self.typed_by

    def _show_consent(self) -> None:
        """The consent line, asked when the form goes with an adviser, in words true to who
        typed: the adviser all the answers, some of them, or none (they help)."""
        if not self.answered_alone:
            typed = ConsentLine.ALL
        elif self.typed_by is not None:
            typed = ConsentLine.SOME
        else:
            typed = ConsentLine.NONE
        self.consent.show_help(self.helper(), typed)

    def current_fields(self) -> list[FormField]:
        if self.draft is None or self.reviewing:
            return []
        steps = self.draft.steps()
        self.step = max(0, min(self.step, len(steps) - 1))
        return steps[self.step] if steps else []

    def _show_step(self) -> None:
        if self.draft is None:
            return
        shown = {item.id for item in self.current_fields()}
        for field_id, editor in self.editors.items():
            editor.setVisible(field_id in shown)
        self.fields_area.setVisible(not self.reviewing)
        self.review_area.setVisible(self.reviewing)
        typed = [
            widget
            for item in self.current_fields()
            for widget, _mode in self.editors[item.id].inputs
        ]
        self.keyboard.setVisible(bool(typed))
        self._show_header()
        if self.reviewing:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif typed:
            first = typed[0]
            self._attach(first, self.editors_mode(first))
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        intro = self.draft.form.intro
        self.intro.setVisible(self.step == 0 and not self.reviewing and intro is not None)
        self.retranslate()
        self._order_tabs()
        self.step_shown.emit()

    def _order_tabs(self) -> None:
        """Tab: the step's answers (or the review's Change and the resident's consent),
        Next (Send), Back, then the keys. The answers are made when a form is opened and
        the review's rows when it shows, after everything else: from a typed answer Tab
        went to the top bar, and to Next about forty stops later."""
        stops: list[QWidget]
        if self.reviewing:
            stops = [w for w in self.review_widgets if isinstance(w, BigButton)]
            stops.append(self.consent.agree)
        else:
            stops = [
                stop
                for item in self.current_fields()
                for stop in [
                    *self.editors[item.id].choice_buttons,
                    *(widget for widget, _mode in self.editors[item.id].inputs),
                ]
            ]
        tab_order(*stops, self.next_button, self.previous_button)
        self.keyboard.keys_after(self.previous_button)

    def _attach(self, widget: QWidget, mode: str) -> None:
        """The keyboard types into ``widget``: a box of several lines (what it is about,
        in the resident's own words) in any of its scripts, a line (a name, a phone
        number, an address) in Latin letters."""
        scripts = SCRIPTS if isinstance(widget, QPlainTextEdit) else (LATIN,)
        self.keyboard.attach(widget, mode=mode, scripts=scripts)

    def editors_mode(self, widget: QWidget) -> str:
        for editor in self.editors.values():
            for candidate, mode in editor.inputs:
                if candidate is widget:
                    return mode
        return "text"

    def _check(self, fields: list[FormField]) -> dict[str, FieldError]:
        assert self.draft is not None
        for item in fields:
            self.draft.set(item.id, self.editors[item.id].value())
        errors = self.draft.check(fields, self.ctx.local_now().date())
        for item in fields:
            error = errors.get(item.id)
            self.editors[item.id].set_error(error, self.error_text(error) if error else "")
        return errors

    def next(self) -> None:
        if self.draft is None or self.sending:
            return
        if self.reviewing:
            self.send()
            return
        fields = self.current_fields()
        errors = self._check(fields)
        if errors:
            first = next(item for item in fields if item.id in errors)
            self._show_editor(self.editors[first.id])
            self.editors[first.id].focus_first()
            return
        if self.step + 1 >= len(self.draft.steps()):
            self.reviewing = True
        else:
            self.step += 1
        self._show_step()

    def previous(self) -> None:
        if self.draft is None or self.sending:
            return
        if self.reviewing:
            self.reviewing = False
            self.step = len(self.draft.steps()) - 1
        elif self.step == 0:
            self.ctx.back()
            return
        else:
            self._keep_typed()
            self.step -= 1
        self._show_step()

    def go_to_field(self, field_id: str) -> None:
        """From the review: show the step with ``field_id`` to change its answer."""
        if self.draft is None:
            return
        self.draft.ask_again(field_id)
        for index, step in enumerate(self.draft.steps()):
            if any(item.id == field_id for item in step):
                self.reviewing = False
                self.step = index
                self._show_step()
                return

    def _keep_typed(self) -> None:
        assert self.draft is not None
        for item in self.current_fields():
            self.draft.set(item.id, self.editors[item.id].value())

    def _keys_done(self) -> None:
        """The keys' Done; in a line it sent Enter, which did it already."""
        if not isinstance(self.keyboard.target, QLineEdit):
            self._keyboard_done()

    def _keyboard_done(self, target: QWidget | None = None) -> None:
        """The keyboard's Done, or Enter in a line: to the next box on this screen, or on,
        like Next."""
        target = target if target is not None else self.keyboard.target
        typed = [
            (widget, mode)
            for item in self.current_fields()
            for widget, mode in self.editors[item.id].inputs
        ]
        widgets = [widget for widget, _mode in typed]
        if target is not None and target in widgets[:-1]:
            following, mode = typed[widgets.index(target) + 1]
            self._attach(following, mode)
            following.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.next()

    def _show_editor(self, editor: FieldEditor) -> None:
        """Scroll so the question is on screen, and its box too (when both cannot fit, as
        at the largest text size, the box being typed in wins)."""
        self.questions_scroll.ensureWidgetVisible(editor.question, 0, 0)
        if editor.inputs:
            self.questions_scroll.ensureWidgetVisible(editor.inputs[-1][0], 0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            # Keep the question of the box being typed in on screen.
            editor = watched.parentWidget()
            while editor is not None and not isinstance(editor, FieldEditor):
                editor = editor.parentWidget()
            if editor is not None:
                self._show_editor(editor)
        return super().eventFilter(watched, event)

    # Review and sending -------------------------------------------------------------------
    def _clear_review(self) -> None:
        for widget in self.review_widgets:
            self.review_grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.review_widgets = []

    def _build_review(self) -> None:
        self._clear_review()
        if self.draft is None:
            return
        typed = False
        for row, item in enumerate(self.draft.visible_fields()):
            question = label(self.ctx.text(item.label))
            question.setObjectName("ReviewQuestion")
            answer = label(self.answer_text(item))
            answer.setObjectName("ReviewAnswer")
            if item.type in TYPED_TYPES and answer.text() != self.tr("Not answered"):
                # A name, a phone number, an address: on the screen, never said aloud in
                # the hub (a choice is the form's own words, read out on its question).
                answer.setProperty(SPOKEN, "")
                typed = True
            change = BigButton(self.tr("Change"))
            change.setAccessibleName(self.tr("Change: %1").replace("%1", self.ctx.text(item.label)))
            change.setProperty("field_id", item.id)
            change.clicked.connect(lambda _=False, fid=item.id: self.go_to_field(fid))
            self.review_grid.addWidget(question, row, 0)
            self.review_grid.addWidget(answer, row, 1)
            self.review_grid.addWidget(change, row, 2)
            self.review_widgets += [question, answer, change]
        self.review_grid.setColumnStretch(0, 2)
        self.review_grid.setColumnStretch(1, 3)
        said = [self.review_heading.text()]
        if typed:
            said.append(self.tr("The answers you typed are shown on the screen, not read aloud."))
        self.review_heading.setProperty(SPOKEN, "\n".join(said))

    def answer_text(self, item: FormField) -> str:
        assert self.draft is not None
        value, error = core.clean_answer(item, self.draft.get(item.id), self.ctx.local_now().date())
        if error is not None or value is None:
            return self.tr("Not answered")
        if item.type in (FieldType.SINGLE, FieldType.YES_NO):
            choice = item.choice(str(value))
            return self.ctx.text(choice.text) if choice is not None else str(value)
        if item.type is FieldType.MULTIPLE:
            texts = [item.choice(v) for v in value]
            return ", ".join(self.ctx.text(c.text) for c in texts if c is not None)
        if item.type is FieldType.DATE:
            return digits(dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y"))
        return str(value)

    def send(self) -> None:
        if self.draft is None or self.sending:
            return
        today = self.ctx.local_now().date()
        errors = self.draft.check_all(today)
        if errors:
            self.go_to_field(next(iter(errors)))
            self._check(self.current_fields())
            return
        if self.consent.needed and not self.consent.given:
            self.consent.ask()
            return
        # Sent with the adviser helping now, or with the one who typed answers here and
        # handed back: assisted, naming them (the resident agreed to it just above).
        helper = self.helper()
        attribution = SELF_SERVICE if helper is None else Attribution(helper.adviser_id)
        self.sent_assisted = helper is not None
        self.sending = True
        self.send_failed = False
        self.next_button.setEnabled(False)
        self.message.hide()
        submit = functools.partial(
            _submit,
            attribution=attribution,
            draft=Draft(self.draft.form, dict(self.draft.answers)),  # the worker's own copy
            hub_id=self.ctx.settings.hub_id,
            language=self.ctx.language,
            now=self.ctx.now(),
            today=today,
        )
        self.ctx.store_ops.run(
            submit,
            success=self.answers.still(self._sent),
            failure=self.answers.still(self._not_sent),
            name="submit_form",
        )
        self.retranslate()

    def _sent(self, reference: str) -> None:
        form = self.form
        assert form is not None  # a reset while sending drops this answer (``answers``)
        self.sending = False
        self.next_button.setEnabled(True)
        self._discard()
        self.ctx.go(
            ScreenId.FORM_DONE, reference=reference, form_id=form.id, assisted=self.sent_assisted
        )

    def _not_sent(self, _error: BaseException) -> None:
        self.sending = False
        self.send_failed = True
        self.next_button.setEnabled(True)
        self.message.show()
        self.retranslate()

    # Words --------------------------------------------------------------------------------
    def error_text(self, error: FieldError) -> str:
        """The error in the resident's language (content words for a form's own pattern)."""
        key, params = error.key, error.params
        if key == core.PATTERN:
            if error.message is not None:
                return self.ctx.text(error.message)
            return self.tr("Please check what you typed: it is not in the form we need.")
        texts = {
            core.REQUIRED: self.tr("Please answer this question."),
            core.CHOOSE_ONE: self.tr("Please choose one answer."),
            core.CHOOSE_SOME: self.tr("Please choose at least one answer."),
            core.UNKNOWN_CHOICE: self.tr("Please choose one of the answers shown."),
            core.TOO_LONG: self.tr("Please make this shorter: %1 letters at most."),
            core.NUMBER: self.tr("Please type a number, for example 3."),
            core.WHOLE_NUMBER: self.tr("Please type a whole number, for example 3."),
            core.TOO_SMALL: self.tr("The number must be %1 or more."),
            core.TOO_BIG: self.tr("The number must be %1 or less."),
            core.DATE: self.tr(
                "Please type a real date: the day, month and year, for example 18 11 2026."
            ),
            core.DATE_IN_FUTURE: self.tr("The date must be today or earlier."),
            core.DATE_IN_PAST: self.tr("The date must be today or later."),
            core.POSTCODE: self.tr("Please type a full UK postcode, for example E3 2BS."),
            core.PHONE: self.tr("Please type a UK phone number, for example 07700 900123."),
            core.EMAIL: self.tr("Please type an email address, for example name@example.com."),
        }
        text = texts.get(key, self.tr("Please check this answer."))
        for name in ("max", "min"):
            if name in params:  # in the resident's digits (২০ on a Bengali screen)
                text = text.replace("%1", digits(params[name]))
        return text

    def _show_progress(self) -> None:
        if self.draft is None:
            return
        if self.reviewing:
            self.progress.setText(self.tr("Last step: check and send"))
        else:
            self.progress.setText(
                self.tr("Question %1 of %2")
                .replace("%1", number(self.step + 1))
                .replace("%2", number(len(self.draft.steps())))
            )
        # The questions' area is a Tab stop (arrow keys slide it): a screen reader says
        # where in the form it is, not nothing.
        self.questions_scroll.setAccessibleName(self.progress.text())

    def title(self) -> str:
        form = self.form
        return self.ctx.text(form.title) if form is not None else ""

    def retranslate(self) -> None:
        self.consent.retranslate()
        self.previous_button.setText(self.tr("Back"))
        self.review_heading.setText(
            self.tr("Check your answers. Touch Change to correct one, or Send when it is right.")
        )
        form = self.form
        if form is None or self.draft is None:
            self.next_button.setText(self.tr("Next"))
            return
        self.heading.setText(self.ctx.text(form.title))
        self.intro.setText(self.ctx.text(form.intro) if form.intro is not None else "")
        self._show_progress()
        if self.reviewing:
            self.next_button.setText(self.tr("Sending…") if self.sending else self.tr("Send"))
        else:
            self.next_button.setText(self.tr("Next"))
        for editor in self.editors.values():
            editor.retranslate(self.ctx)
            if editor.error is not None:
                editor.set_error(editor.error, self.error_text(editor.error))
        if self.reviewing:
            self._build_review()
            self._order_tabs()  # the review's rows made again, in the new language
        if self.send_failed:
            self.message.setText(
                self.tr(
                    "Sorry, your request could not be saved. Touch Send to try again, "
                    "or ask a member of staff."
                )
            )

    def reset(self) -> None:
        self.answers.forget()  # a form still being sent is kept, its answer not shown
        # The title, progress and intro are the form's words, none of the resident's: they
        # stay until the next form is opened, so the next resident opening the same one
        # finds the questions' area in place, not laid out again (issue 16, tap_next).
        self._discard()
        self.service_id = None
        self.keyboard.set_mode("text")

    def refresh_content(self) -> None:
        # A draft in progress keeps the definition it was started with.
        self.retranslate()
