"""The big answer button the survey and feedback screens share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.ui.widgets import restyle


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
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
