"""The base of every screen: texts set in :meth:`retranslate`, wiped in :meth:`reset`."""

from __future__ import annotations

import sys
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.widgets import ScrollCue, Tile, label

#: A widget's dynamic property: what "Read aloud" says in its place (lines parted by
#: "\n"; "" for nothing), such as a resident's typed answer, kept off the hub's air.
SPOKEN = "spoken"


class Screen(QWidget):
    """One screen of the kiosk, shown in the main window's stack.

    Subclasses set ``ID``, build their widgets in ``__init__`` and set every visible text
    in :meth:`retranslate` (called on every language change, so no text is set only
    once). :meth:`reset` must clear everything a resident typed or chose.

    Signals:
        step_shown(): the screen showed its next part in place of the one before (a
            survey's next question, a form's next step, the thanks): "Read aloud" stops
            saying the part no longer shown, as on a change of screen.
    """

    step_shown = Signal()

    ID: ClassVar[ScreenId]
    #: Whether the bottom bar shows "Back" on this screen.
    SHOW_BACK: ClassVar[bool] = True

    #: A landscape window fewer text lines high than this is short (a 1366 x 768 or
    #: 1280 x 800 panel at normal text): see :meth:`arrange_short`.
    SHORT_EM = 30
    #: A screen at least this many text lines wide is wide: see :meth:`wide_for`.
    WIDE_EM = 30
    #: A window narrower than a portrait kiosk (a 4:3 1024 x 768 monitor) is narrow: the
    #: page's sides come in to :data:`NARROW_SIDE` px, so the fifteen Bengali or Urdu
    #: letter keys of a row keep their 64 px (15 x 64 + 14 x 2 = 988 px: at 32 px sides
    #: they had 61).
    NARROW_PX = 1080
    NARROW_SIDE = 8

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"Screen_{self.ID.value}")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(20)
        self.short = False
        self._tall = (self.body.contentsMargins(), self.body.spacing())
        #: The page's own sides while the window is narrow (None: it is not).
        self._sides: tuple[int, int] | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.rearrange()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.rearrange()

    def rearrange(self) -> None:
        """Lay the screen out for the window's size and the text's (called on a resize and
        a change of text size or theme; a screen that arranges more extends it)."""
        self._check_short()
        self._check_narrow()

    def wide_for(self, words: QWidget) -> bool:
        """Whether the screen is :data:`WIDE_EM` lines of ``words``' text wide (about
        1,150 px at normal text): room for those words beside what they go with."""
        return self.width() >= self.WIDE_EM * words.fontMetrics().height()

    def _check_short(self) -> None:
        window = self.window()
        short = (
            window.width() > window.height()
            and window.height() < self.SHORT_EM * self.fontMetrics().height()
        )
        if short != self.short:
            self.short = short
            if short:  # less room above, below and between; the screen's own when tall
                self._tall = (self.body.contentsMargins(), self.body.spacing())
                margins, spacing = self._tall
                self.body.setContentsMargins(margins.left(), 12, margins.right(), 12)
                self.body.setSpacing(min(12, spacing))
            else:  # the sides as they are (see _check_narrow)
                margins, spacing = self._tall
                sides = self.body.contentsMargins()
                self.body.setContentsMargins(
                    sides.left(), margins.top(), sides.right(), margins.bottom()
                )
                self.body.setSpacing(spacing)
            # The screen's keys, their rows closer together. There are none until a screen
            # with keys has imported their module (the home screen has none: not imported).
            keyboards = sys.modules.get("hubkiosk.ui.keyboard")
            for slot in self.findChildren(keyboards.KeyboardSlot) if keyboards else []:
                slot.set_compact(short)
            self.arrange_short(short)

    def _check_narrow(self) -> None:
        narrow = self.window().width() < self.NARROW_PX
        if narrow == (self._sides is not None):
            return
        margins = self.body.contentsMargins()
        if narrow:
            self._sides = (margins.left(), margins.right())
            left = min(margins.left(), self.NARROW_SIDE)
            right = min(margins.right(), self.NARROW_SIDE)
        else:
            assert self._sides is not None
            (left, right), self._sides = self._sides, None
        self.body.setContentsMargins(left, margins.top(), right, margins.bottom())

    def arrange_short(self, short: bool) -> None:
        """Lay the screen out for a short window (``short``: smaller pictures, pictures
        beside words) or a tall one, so what a resident needs shows without sliding."""

    def add_heading(self, lead_role: str = "lead") -> tuple[QLabel, QLabel]:
        """The screen's title and the line under it, at the top of the body."""
        heading, lead = label(role="title"), label(role=lead_role)
        self.body.addWidget(heading)
        self.body.addWidget(lead)
        return heading, lead

    def to_top(self) -> None:
        """Slide this screen's page back to its top: for a part of the screen shown in
        place of another (an answer in place of the form typed in), which the window's
        change of screen does not do. At the largest text the appointment's answer opened
        where the form's keys had been, its heading and hub above the view."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QAbstractScrollArea):
            parent.verticalScrollBar().setValue(0)

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

    def read_aloud_texts(self) -> list[str]:
        """What "Read aloud" says: the heading, the main text and the choices, in reading
        order (top to bottom, then along the line: right to left on a right-to-left
        screen), as the resident sees them now.

        Collected from the widget tree, so a screen need not list its texts; a screen
        whose order reads badly overrides this. Keyboard keys and typed text are left out,
        and so is a widget whose :data:`SPOKEN` property says so. The rows of a scroll area
        are read in its place, those below the fold too; its "More below" comes last.
        """
        from hubkiosk.ui.keyboard import OnScreenKeyboard

        found: list[tuple[tuple[tuple[int, int], ...], str]] = []
        cues: list[str] = []
        keyboards = [k for k in self.findChildren(OnScreenKeyboard) if k.isVisible()]
        widgets: list[QLabel | QAbstractButton] = [
            *self.findChildren(QLabel),
            *self.findChildren(QAbstractButton),
        ]
        for widget in widgets:
            if not widget.isVisible() or any(k.isAncestorOf(widget) for k in keyboards):
                continue
            if isinstance(widget, QLabel) and isinstance(widget.parentWidget(), QAbstractButton):
                continue  # a tile's or choice's own words: the button says them
            spoken = widget.property(SPOKEN)
            if isinstance(spoken, str):
                lines = spoken.split("\n")
            else:
                text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                lines = [text.replace("\u200b", "")]
                if isinstance(widget, Tile):  # and the line under its name: its queue
                    lines.append(widget.sub_text)
            for line in (" ".join(line.split()) for line in lines):
                if not line:
                    continue
                if isinstance(widget, ScrollCue):
                    cues.append(line)
                else:
                    found.append((self._reading_place(widget), line))
        for edit in self.findChildren(QLineEdit):
            if edit.isVisible() and not edit.text() and edit.placeholderText():
                found.append((self._reading_place(edit), edit.placeholderText()))
        found.sort(key=lambda item: item[0])  # stable: a widget's lines keep their order
        texts: list[str] = []
        for text in [text for _, text in found] + cues:
            if not texts or texts[-1] != text:
                texts.append(text)
        return texts

    def _reading_place(self, widget: QWidget) -> tuple[tuple[int, int], ...]:
        """Where ``widget`` comes in reading order: its line (8 px bands) and its place
        along it, from the left, or from the right on a right-to-left (Urdu) screen. In a
        scroll area, its place on the area's whole page (below the fold too), after the
        place of the area itself on the screen."""
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def place(box: QWidget, within: QWidget) -> tuple[int, int]:
            corner = box.mapTo(within, QPoint(0, 0))
            along = -(corner.x() + box.width()) if right_to_left else corner.x()
            return corner.y() // 8, along

        places: list[tuple[int, int]] = []
        box, parent = widget, widget.parentWidget()
        while parent is not None and parent is not self:
            page = parent.widget() if isinstance(parent, QScrollArea) else None
            if page is not None and (page is box or page.isAncestorOf(box)):
                places.insert(0, place(box, page))
                box = parent
            parent = parent.parentWidget()
        places.insert(0, place(box, self))
        return tuple(places)
