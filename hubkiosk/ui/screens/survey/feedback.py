"""Quick feedback: "How was your visit?" with five faces, an optional follow-up and comment.

Anonymous: linked to the visit only through a random token. Nothing here logs answers.
"""

from __future__ import annotations

import functools
import logging
import secrets
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from hubkiosk.store import records
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.keyboard import OnScreenKeyboard
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.survey.parts import ChoiceButton, ThanksPage
from hubkiosk.ui.widgets import (
    BigButton,
    PageStack,
    Tile,
    TileGrid,
    button_row,
    label,
    panel,
    restyle,
)

log = logging.getLogger(__name__)

COMMENT_MAX = 500

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

    ICON_LINES = 2.6
    ICON_MIN_PX = 80

    def __init__(self, text: str = "", icon_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, icon_name, "", parent)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(12, 10, 12, 10)

    def repaint_icon(self) -> None:
        self._paint_icon()


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

        self.heading, self.lead = self.add_heading(lead_role="")
        self.pages = PageStack()
        self.body.addWidget(self.pages, 1)

        # Faces, follow-up and send
        self.faces_page, faces = panel(spacing=10)
        # Tiles take fewer columns when their words would not fit side by side.
        row = TileGrid(max_columns=len(FACES), column_em=4)
        row.grid.setSpacing(16)
        self.face_tiles: dict[int, FaceTile] = {}
        for score, icon_name in FACES:
            tile = FaceTile(icon_name=icon_name)
            tile.setObjectName("FaceTile")
            tile.setProperty("chosen", False)
            tile.clicked.connect(lambda _=False, s=score: self._choose(s))
            tile.setMinimumHeight(140)
            self.face_tiles[score] = tile
        row.set_tiles(list(self.face_tiles.values()))
        faces.addWidget(row, 3)
        self.follow_up_label = label(role="lead")
        faces.addWidget(self.follow_up_label)
        follow = TileGrid(max_columns=len(FOLLOW_UPS), column_em=5)
        follow.grid.setSpacing(12)
        self.follow_buttons: dict[str, ChoiceButton] = {}
        for key in FOLLOW_UPS:
            button = ChoiceButton()
            button.clicked.connect(lambda _=False, k=key: self._follow(k))
            self.follow_buttons[key] = button
        follow.set_tiles(list(self.follow_buttons.values()))
        faces.addWidget(follow, 1)
        self.comment_preview = label(role="small")
        faces.addWidget(self.comment_preview)
        self.comment_button = BigButton()
        self.comment_button.clicked.connect(self._open_comment)
        self.send_button = BigButton(role="primary")
        self.send_button.setObjectName("FeedbackSend")
        self.send_button.clicked.connect(self._send)
        faces.addLayout(button_row(self.comment_button, self.send_button, forward_stretch=2))
        self.pages.addWidget(self.faces_page)

        # Comment
        self.comment_page, comment = panel(spacing=12)
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
        self.thanks_page = ThanksPage(ctx.home)
        self.thanks_title = self.thanks_page.title
        self.thanks_text = self.thanks_page.text
        self.finish_button = self.thanks_page.finish_button
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

    def _send(self) -> None:
        if self.score is None:
            return
        self._store(self.score)
        self._sent = True
        self.lead.hide()
        self.pages.setCurrentWidget(self.thanks_page)
        self.retranslate()

    def _store(self, score: int) -> None:
        """Write the feedback (off the GUI thread) with what the screen holds now."""
        token = self.link.get("visit_token") or secrets.token_hex(16)
        wait = self.link.get("wait_minutes")
        save = functools.partial(
            records.add_feedback,
            hub_id=self.ctx.settings.hub_id,
            score=score,
            visit_token=str(token),
            created_at=self.ctx.now(),
            service_id=self.link.get("service_id"),
            wait_minutes=None if wait is None else round(float(wait)),
            follow_up=self.follow_up,
            comment=self.comment.toPlainText().strip() or None,
        )
        self.ctx.store_ops.run(
            save,
            success=self.feedback_saved.emit,
            failure=lambda _e: log.error("feedback could not be stored"),
            name="save feedback",
        )

    def reset(self) -> None:
        """A face touched but not sent is still an answer: keep it, then forget everything."""
        if self.score is not None and not self._sent:
            self._store(self.score)
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
