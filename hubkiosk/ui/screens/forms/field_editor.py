"""The question, help, error and input(s) for one field of a form.

Choices look like what they are: a question with one answer shows radio buttons (a circle
to fill), one with several answers shows check boxes (a box to tick), both drawn large
(``QRadioButton#FormChoice`` / ``QCheckBox#FormChoice`` in the theme), so assistive
technology hears "radio button" or "check box" too. The input widgets are built once per form and only their words change with the
language, so nothing typed is lost when the resident switches language or goes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core.forms import FieldError
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.widgets import (
    FlowRow,
    TileGrid,
    WrappingChoice,
    label,
    restyle,
    size_text_box,
)
from sync.protocol.forms import FieldType, FormField

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent

#: The on-screen keyboard layout for each typed field type.
KEYBOARD_MODES = {
    FieldType.TEXT: "text",
    FieldType.POSTCODE: "text",
    FieldType.NUMBER: "numeric",
    FieldType.PHONE: "numeric",
    FieldType.DATE: "numeric",
    FieldType.EMAIL: "email",
}


class ChoiceBox(WrappingChoice, QCheckBox):
    """A check box drawn as a large tile whose words wrap: a touch anywhere on it ticks
    the box."""

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt API)
        return self.rect().contains(pos)


class ChoiceRadio(WrappingChoice, QRadioButton):
    """A radio button drawn as a large tile whose words wrap: a touch anywhere on it
    chooses it.

    The answers of a question are auto-exclusive (one answer; assistive technology hears
    radio buttons), and each stays a Tab stop: Qt leaves only the chosen or focused one of
    exclusive radio buttons to Tab and the rest to the arrow keys, so a switch user (Tab
    and Space) could choose only the first answer."""

    CONTENTS = QStyle.SubElement.SE_RadioButtonContents
    CONTROL = QStyle.ControlElement.CE_RadioButton

    def __init__(self) -> None:
        super().__init__()
        self.toggled.connect(self._every_answer_a_tab_stop)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt API)
        return self.rect().contains(pos)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self._every_answer_a_tab_stop()

    def _every_answer_a_tab_stop(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        for answer in parent.findChildren(
            ChoiceRadio, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if not answer.focusPolicy() & Qt.FocusPolicy.TabFocus:
                answer.setFocusPolicy(answer.focusPolicy() | Qt.FocusPolicy.TabFocus)


class FieldEditor(QFrame):
    """The question, help, error and input(s) for one field of a form.

    Signals:
        changed(): the resident typed or chose something.
    """

    changed = Signal()

    def __init__(self, item: FormField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("FieldEditor")
        self.error: FieldError | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.question = label(role="lead")
        self.question.setObjectName("Question")
        self.help = label(role="small")
        self.error_label = label(role="error")
        self.error_label.setObjectName("FieldError")
        self.error_label.hide()
        # What is wrong beside the question, where the eye is, when both fit on one line
        # (on a laptop-sized screen a line of its own pushed the boxes out of sight);
        # under the question when not.
        head = FlowRow(spacing=24)
        head.add(self.question)
        head.add(self.error_label, 1)
        layout.addWidget(head)
        layout.addWidget(self.help)

        #: Typed inputs with their keyboard layout.
        self.inputs: list[tuple[QWidget, str]] = []
        self.choice_buttons: list[QAbstractButton] = []
        self.date_parts: list[QLineEdit] = []
        self.date_labels: list[QLabel] = []
        self.text_edit: QPlainTextEdit | None = None
        #: The answers to choose from (see arrange_short).
        self.choice_grid: TileGrid | None = None
        kind = item.type
        if kind in (FieldType.SINGLE, FieldType.YES_NO, FieldType.MULTIPLE):
            # Two columns for many answers (or Yes / No), where the words fit; on a short
            # screen up to three (see arrange_short).
            columns = 2 if len(item.options) > 3 or kind is FieldType.YES_NO else 1
            grid = TileGrid(max_columns=columns)
            self.choice_grid = grid
            grid.grid.setSpacing(12)
            tiles: list[QWidget] = []
            for choice in item.options:
                button: QAbstractButton = (
                    ChoiceBox() if kind is FieldType.MULTIPLE else ChoiceRadio()
                )
                button.setObjectName("FormChoice")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setProperty("choice_id", choice.id)
                button.clicked.connect(self.changed)
                tiles.append(button)
                self.choice_buttons.append(button)
            grid.set_tiles(tiles)
            layout.addWidget(grid)
        elif kind is FieldType.DATE:
            row = QHBoxLayout()
            row.setSpacing(16)
            for width in (2, 2, 4):
                part = QVBoxLayout()
                part.setSpacing(4)  # "Day" close to its box
                part_label = label(role="small")
                edit = QLineEdit()
                edit.setMaxLength(width)
                edit.setFixedWidth(80 + width * 30)
                edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
                edit.textChanged.connect(self.changed)
                part.addWidget(part_label)
                part.addWidget(edit)
                row.addLayout(part)
                self.date_parts.append(edit)
                self.date_labels.append(part_label)
                self.inputs.append((edit, "numeric"))
            row.addStretch(1)
            layout.addLayout(row)
        elif kind is FieldType.TEXT and item.multiline:
            self.text_edit = QPlainTextEdit()
            size_text_box(self.text_edit, short=False)
            self.text_edit.setTabChangesFocus(True)
            self.text_edit.textChanged.connect(self.changed)
            layout.addWidget(self.text_edit)
            self.inputs.append((self.text_edit, "text"))
        else:
            self.line_edit = QLineEdit()
            self.line_edit.setMaxLength(
                item.max_length if kind is FieldType.TEXT else {FieldType.EMAIL: 254}.get(kind, 30)
            )
            self.line_edit.textChanged.connect(self.changed)
            layout.addWidget(self.line_edit)
            self.inputs.append((self.line_edit, KEYBOARD_MODES[kind]))

    def arrange_short(self, short: bool) -> None:
        """On a short screen (a laptop-sized panel) the answers to choose from stand in up
        to three columns, where the words fit, and a box for a few lines is lower, so the
        question shows whole without sliding, beside the keys."""
        if self.choice_grid is not None:
            self.choice_grid.widen_when_short(short)
        if self.text_edit is not None:
            size_text_box(self.text_edit, short)

    def value(self) -> Any:
        """The raw answer: text as typed, a choice id, or a list of choice ids."""
        kind = self.item.type
        if self.choice_buttons:
            chosen = [str(b.property("choice_id")) for b in self.choice_buttons if b.isChecked()]
            if kind is FieldType.MULTIPLE:
                return chosen
            return chosen[0] if chosen else None
        if self.date_parts:
            parts = [edit.text().strip() for edit in self.date_parts]
            return "" if not any(parts) else "/".join(parts)
        if self.inputs and isinstance(self.inputs[0][0], QPlainTextEdit):
            return self.inputs[0][0].toPlainText()
        return self.line_edit.text()

    def set_error(self, error: FieldError | None, text: str = "") -> None:
        self.error = error
        self.error_label.setText(text)
        self.error_label.setVisible(error is not None)
        invalid = error is not None
        # Re-polished only when the look changes (clearing a form re-polished every input).
        for widget in [*(w for w, _mode in self.inputs), self]:
            if bool(widget.property("invalid")) != invalid:
                widget.setProperty("invalid", invalid)
                restyle(widget)

    def focus_first(self) -> None:
        if self.inputs:
            self.inputs[0][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self, ctx: KioskContext) -> None:
        item = self.item
        question = ctx.text(item.label)
        if not item.required:
            question += " " + self.tr("(optional)")
        self.question.setText(question)
        self.help.setText(ctx.text(item.help) if item.help is not None else "")
        self.help.setVisible(item.help is not None)
        for button in self.choice_buttons:
            choice = item.choice(str(button.property("choice_id")))
            if choice is not None:
                button.setText(ctx.text(choice.text))
                button.setAccessibleName(ctx.text(choice.text))
        if self.date_parts:
            names = (self.tr("Day"), self.tr("Month"), self.tr("Year"))
            for edit, part_label, name in zip(
                self.date_parts, self.date_labels, names, strict=True
            ):
                edit.setAccessibleName(f"{question}: {name}")
                part_label.setText(name)
        else:
            for widget, _mode in self.inputs:
                widget.setAccessibleName(question)
        if self.error_label.isVisible():
            self.error_label.setAccessibleName(self.error_label.text())

    def clear(self) -> None:
        for button in self.choice_buttons:
            # The chosen one of auto-exclusive answers lets go only while they are not.
            exclusive = button.autoExclusive()
            button.setAutoExclusive(False)
            button.setChecked(False)
            button.setAutoExclusive(exclusive)
        for widget, _mode in self.inputs:
            # Emptied with their undo history: the inputs serve the next resident too.
            if isinstance(widget, QLineEdit):
                widget.clear()
                with QSignalBlocker(widget):
                    widget.setText("x")  # setText clears the history; "x": never a no-op
                    widget.setText("")
            elif isinstance(widget, QPlainTextEdit):
                widget.clear()
                widget.document().clearUndoRedoStacks()
        self.set_error(None)
