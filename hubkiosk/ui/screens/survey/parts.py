"""What the survey and feedback screens share: big answer buttons, the thank-you page and
a box of several lines held to its length."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QPainter, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.ui.i18n import number
from hubkiosk.ui.screens.forms.field_editor import ChoiceBox
from hubkiosk.ui.widgets import BigButton, EnterPresses, label, restyle


class ChoiceTick(ChoiceBox):
    """An answer of a question with several answers: a large check box (a box to tick),
    so it does not look like a one-answer button; ``chosen`` as on :class:`ChoiceButton`."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("FormChoice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("chosen", False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self.setAccessibleName(text)

    def set_chosen(self, chosen: bool) -> None:
        self.setChecked(chosen)
        self.setProperty("chosen", chosen)

    @property
    def chosen(self) -> bool:
        return self.isChecked()


class ChoiceButton(EnterPresses, QPushButton):
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
        self._words.setTextFormat(Qt.TextFormat.PlainText)
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
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)


class ThanksPage(QWidget):
    """The last page: thanks, what the answers are for, how saving went, and Finish.

    The screen sets the words (in its own translation context).
    """

    def __init__(self, finish: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(20)
        self.title = label(role="huge")
        self.text = label(role="lead")
        self.status = label(role="small")
        self.finish_button = BigButton(role="primary")
        self.finish_button.setMinimumHeight(96)
        self.finish_button.clicked.connect(finish)
        for widget in (self.title, self.text, self.status):
            column.addWidget(widget)
        column.addStretch(1)
        column.addWidget(self.finish_button)
        self.status.hide()

    def set_status(self, text: str) -> None:
        """How saving went ("" hides the line)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))


class LengthLimit(QObject):
    """Holds a box of several lines (a comment, a survey answer to type) to ``limit``
    characters, what its record takes, and says so under it (``note``) while it is full.

    A letter typed past the limit is taken back where it went in, and the cursor stays
    where it was. (Cutting the text's end instead put the cursor at the start, so every
    letter after went in first, in reverse, and the last one was cut: QA typed "THANKS"
    and saved "SKNAHThe staff were..."; a survey answer was cut on saving, unseen.)
    """

    def __init__(self, box: QPlainTextEdit, limit: int, note: QLabel) -> None:
        super().__init__(box)
        self.box, self.limit, self.note = box, limit, note
        note.setObjectName("LengthNote")
        self.retranslate()
        box.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        over = len(self.box.toPlainText()) - self.limit
        if over > 0:
            cursor = self.box.textCursor()
            end = cursor.position()
            cursor.setPosition(max(0, end - over))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()  # what was just typed, before the cursor
            self.box.setTextCursor(cursor)
            text = self.box.toPlainText()
            if len(text) > self.limit:  # more than was typed (text given at once)
                self.box.setPlainText(text[: self.limit])
                self.box.moveCursor(QTextCursor.MoveOperation.End)
        self.note.setVisible(len(self.box.toPlainText()) >= self.limit)

    def retranslate(self) -> None:
        self.note.setText(
            self.tr("This box is full: it takes up to %1 letters.").replace(
                "%1", number(self.limit)
            )
        )
