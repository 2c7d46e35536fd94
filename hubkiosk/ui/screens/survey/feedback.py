"""Quick feedback in one touch: "How was your visit?" with five faces.

The face is the answer: it is recorded the moment it is touched. Then, optionally, "what
was it mostly about?" (waiting time, staff helpfulness, getting the problem solved, the
building, the information given: the reasons UK councils' face-to-face feedback asks) and a
comment. Records are immutable, so those come as a second record naming the first
(:class:`~sync.protocol.records.FeedbackFollowUp`), sent with "Send", or kept if the
resident walks away with reasons chosen. Anonymous: linked to the visit only through a
random token, its wait kept as the report's band, never the minute. Nothing here logs
answers.
"""

from __future__ import annotations

import functools
import logging
import secrets
import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from hubkiosk.store import records
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.keyboard import SCRIPTS, KeyboardSlot
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import SPOKEN, Screen
from hubkiosk.ui.screens.survey.parts import ChoiceTick, LengthLimit, ThanksPage
from hubkiosk.ui.widgets import (
    BigButton,
    PageStack,
    Tile,
    TileGrid,
    label,
    panel,
    restyle,
    size_text_box,
)
from sync.protocol.records import FeedbackReason, wait_band

log = logging.getLogger(__name__)

COMMENT_MAX = 500

FACES: tuple[tuple[int, str], ...] = (
    (1, "face-1"),
    (2, "face-2"),
    (3, "face-3"),
    (4, "face-4"),
    (5, "face-5"),
)
REASONS: tuple[FeedbackReason, ...] = tuple(FeedbackReason)


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
    """Five faces (one touch records the answer), then optional reasons and a comment.

    Signals:
        feedback_saved(object): the face's feedback was stored; its id.
        follow_up_saved(object): the reasons and comment were stored; the follow-up's id.
    """

    ID = ScreenId.FEEDBACK

    feedback_saved = Signal(object)
    follow_up_saved = Signal(object)

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.score: int | None = None
        #: The id of the feedback recorded for the face touched (a follow-up names it).
        self.feedback_id: uuid.UUID | None = None
        self.reasons: list[FeedbackReason] = []
        self.link: dict[str, Any] = {}
        self._follow_up_sent = False

        self.heading, self.lead = self.add_heading(lead_role="")
        self.pages = PageStack()
        self.body.addWidget(self.pages, 1)

        # Faces: one touch is the answer.
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
        faces.addStretch(1)
        self.pages.addWidget(self.faces_page)

        # Follow-up: what was it mostly about? (optional), a comment, Send or Finish.
        self.follow_page, follow = panel(spacing=12)
        self.recorded = label(role="title")
        self.recorded.setObjectName("FeedbackRecorded")
        self.follow_up_label = label(role="lead")
        follow.addWidget(self.recorded)
        follow.addWidget(self.follow_up_label)
        # Two columns where the words fit, one where they do not (three on a short
        # screen: see arrange_short).
        self.reason_grid = reasons = TileGrid(max_columns=2, column_em=5)
        reasons.grid.setSpacing(12)
        self.reason_buttons: dict[FeedbackReason, ChoiceTick] = {}
        for reason in REASONS:
            button = ChoiceTick()  # several reasons may apply: a box to tick each
            button.clicked.connect(lambda _=False, r=reason: self._toggle_reason(r))
            self.reason_buttons[reason] = button
        reasons.set_tiles(list(self.reason_buttons.values()))
        follow.addWidget(reasons)
        self.comment_preview = label(role="small")
        # What the resident typed is for their eyes only: never spoken to the hub.
        self.comment_preview.setProperty(SPOKEN, "")
        follow.addWidget(self.comment_preview)
        follow.addStretch(1)
        self.comment_button = BigButton()
        self.comment_button.clicked.connect(self._open_comment)
        self.finish_early = BigButton()
        self.finish_early.clicked.connect(self.ctx.home)
        self.send_button = BigButton(role="primary")
        self.send_button.setObjectName("FeedbackSend")
        self.send_button.clicked.connect(self._send)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.finish_early)
        buttons.addWidget(self.comment_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        follow.addLayout(buttons)
        self.pages.addWidget(self.follow_page)

        # Comment
        self.comment_page, comment = panel(spacing=12)
        self.comment_help = label(role="lead")
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("FeedbackComment")
        self.comment.setTabChangesFocus(True)
        size_text_box(self.comment, short=False, grows=True)
        self.comment_full = label()
        self.comment_limit = LengthLimit(self.comment, COMMENT_MAX, self.comment_full)
        self.comment_keyboard = KeyboardSlot()
        self.comment_keyboard.follow_language(ctx)  # in Bengali, on Bengali letters
        self.comment_keyboard.attach(self.comment, scripts=SCRIPTS)  # in their own words
        self.comment_keyboard.done.connect(self._close_comment)
        self.comment_keyboard.keys_after(self.comment)  # Tab: the box, then its keys
        comment.addWidget(self.comment_help)
        comment.addWidget(self.comment)
        comment.addWidget(self.comment_full)
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

    def arrange_short(self, short: bool) -> None:
        """On a laptop-sized panel the choices of what it was mostly about stand in up to
        three columns, so Finish and Send show under them, and the comment's box is lower,
        so the words to write show above it and the keys: all without sliding."""
        self.reason_grid.widen_when_short(short)
        size_text_box(self.comment, short, grows=True)

    def enter(self, **params: Any) -> None:
        """``service_id``, ``wait_minutes`` and ``visit_token`` may come with the
        navigation (at the end of an assisted visit) or from ``ctx.visit``. The wait is
        the one the hub's figures count for the visit's ticket
        (:func:`hubkiosk.core.queue.visit_figures`), never an estimate; the feedback keeps
        only its band (and its service only with it: see ``_choose``)."""
        visit = self.ctx.visit
        link = {
            key: params.get(key, visit.get(key))
            for key in ("visit_token", "service_id", "wait_minutes")
        }
        if self.feedback_id is not None and link.get("visit_token") == self.link.get("visit_token"):
            # Back here in the same visit: its one face is recorded, so the screen shows
            # it (and what was chosen after it) rather than the faces again; a second face
            # was stored as a second visit's answer. A reset starts the next visit afresh.
            return
        if self.feedback_id is not None:  # another visit's (handed over with its token)
            self._clear()
        self.link = link
        self.lead.show()
        self.pages.setCurrentWidget(self.faces_page)

    # The face: recorded at once ------------------------------------------------------------
    def _choose(self, score: int) -> None:
        if self.feedback_id is not None:
            return  # already recorded; a second face would be a second visit's answer
        self.score = score
        self.feedback_id = uuid.uuid4()
        token = self.link.get("visit_token") or secrets.token_hex(16)
        wait = self.link.get("wait_minutes")
        band = None if wait is None else wait_band(round(float(wait)))
        save = functools.partial(
            records.add_feedback,
            hub_id=self.ctx.settings.hub_id,
            score=score,
            visit_token=str(token),
            created_at=self.ctx.now(),
            # The service only with a wait: a visit had (the adviser's hand-over). Without
            # one it is the ticket just taken, whose hour and service alone pick out that
            # ticket at a quiet hub, for a service the resident has not yet been seen by.
            service_id=None if band is None else self.link.get("service_id"),
            # The band the report counts it in, never the minute (which matched one ticket).
            wait_minutes=band,
            record_id=self.feedback_id,
        )
        self.ctx.store_ops.run(
            save,
            success=self.feedback_saved.emit,
            failure=lambda _e: log.error("feedback could not be stored"),
            name="save feedback",
        )
        self.lead.hide()
        self.pages.setCurrentWidget(self.follow_page)
        self._sync()
        self.retranslate()
        self.step_shown.emit()

    # The follow-up: optional --------------------------------------------------------------
    def _toggle_reason(self, reason: FeedbackReason) -> None:
        if reason in self.reasons:
            self.reasons.remove(reason)
        else:
            self.reasons.append(reason)
        self._sync()

    def _open_comment(self) -> None:
        self.pages.setCurrentWidget(self.comment_page)
        self.comment.setFocus()
        self.step_shown.emit()

    def _close_comment(self) -> None:
        self.pages.setCurrentWidget(self.follow_page)
        self._sync()
        self.step_shown.emit()

    def _has_follow_up(self) -> bool:
        return bool(self.reasons or self.comment.toPlainText().strip())

    def _send(self) -> None:
        if self.feedback_id is None or not self._has_follow_up():
            return
        self._store_follow_up()
        self.pages.setCurrentWidget(self.thanks_page)
        self.retranslate()
        self.step_shown.emit()

    def _store_follow_up(self) -> None:
        assert self.feedback_id is not None
        save = functools.partial(
            records.add_feedback_follow_up,
            hub_id=self.ctx.settings.hub_id,
            feedback_id=self.feedback_id,
            created_at=self.ctx.now(),
            reasons=[reason.value for reason in REASONS if reason in self.reasons],
            comment=self.comment.toPlainText().strip() or None,
        )
        self._follow_up_sent = True
        self.ctx.store_ops.run(
            save,
            success=self.follow_up_saved.emit,
            failure=lambda _e: log.error("a feedback follow-up could not be stored"),
            name="save feedback follow-up",
        )

    def reset(self) -> None:
        """Reasons chosen but not sent are still an answer: keep them, then forget all."""
        if self.feedback_id is not None and not self._follow_up_sent and self._has_follow_up():
            self._store_follow_up()
        self._clear()
        self.link = {}

    def _clear(self) -> None:
        self.score = None
        self.feedback_id = None
        self.reasons = []
        self._follow_up_sent = False
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
        for reason, button in self.reason_buttons.items():
            button.set_chosen(reason in self.reasons)
        self.send_button.setEnabled(self._has_follow_up())
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
        self.recorded.setText(
            self.tr("Thank you: your answer \u201c%1\u201d is saved.").replace(
                "%1", words.get(self.score or 0, "")
            )
        )
        self.follow_up_label.setText(
            self.tr("What was it mostly about? Choose any that apply, or finish now.")
        )
        follow = {
            FeedbackReason.WAITING_TIME: self.tr("Waiting time"),
            FeedbackReason.STAFF_HELPFULNESS: self.tr("Staff helpfulness"),
            FeedbackReason.PROBLEM_SOLVED: self.tr("Getting my problem solved"),
            FeedbackReason.BUILDING: self.tr("The building and facilities"),
            FeedbackReason.INFORMATION: self.tr("Information given"),
        }
        for reason, button in self.reason_buttons.items():
            button.setText(follow[reason])
        self.comment_button.setText(self.tr("Add a comment"))
        self.comment_limit.retranslate()
        self.finish_early.setText(self.tr("Finish"))
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
