"""The base of every screen: texts set in :meth:`retranslate`, wiped in :meth:`reset`."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.widgets import label


class Screen(QWidget):
    """One screen of the kiosk, shown in the main window's stack.

    Subclasses set ``ID``, build their widgets in ``__init__`` and set every visible text
    in :meth:`retranslate` (called on every language change, so no text is set only
    once). :meth:`reset` must clear everything a resident typed or chose.
    """

    ID: ClassVar[ScreenId]
    #: Whether the bottom bar shows "Back" on this screen.
    SHOW_BACK: ClassVar[bool] = True

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"Screen_{self.ID.value}")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(20)

    def add_heading(self, lead_role: str = "lead") -> tuple[QLabel, QLabel]:
        """The screen's title and the line under it, at the top of the body."""
        heading, lead = label(role="title"), label(role=lead_role)
        self.body.addWidget(heading)
        self.body.addWidget(lead)
        return heading, lead

    def title(self) -> str:
        """The screen's name, for assistive technology and the window title."""
        return ""

    def retranslate(self) -> None:
        """Set every text in the current language."""

    def enter(self, **params: Any) -> None:
        """Called when the screen is shown, with the parameters of the navigation."""

    def reset(self) -> None:
        """Forget everything the resident typed or chose on this screen."""

    def refresh_content(self) -> None:
        """A new config snapshot is in force: rebuild what comes from content."""
        self.retranslate()
