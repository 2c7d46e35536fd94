"""Assisted mode's shared widgets (issue 15): the banner that tells a resident a member of
staff is helping them, the consent line a resident confirms before an adviser types a form
for them, and the note that gives the council's survey back to the resident alone.

They live here, not in each screen, so a screen adds one widget and reads ``ctx.assisting``;
the mode itself (who is signed in, which visit) is on :class:`~hubkiosk.ui.context.KioskContext`
and every record's attribution is stamped by the store (:mod:`hubkiosk.store.outbox`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.widgets import BigButton, label, restyle


class AssistedBanner(QFrame):
    """ "Helping you: <first name>, Residents' Hub adviser", with "Hand back" and "Finish
    helping" in reach. Shown on every screen while an adviser helps a resident; the two
    actions are not offered where the adviser is asked to step back (the council's survey:
    :class:`StepBackNote` has "Answer on my own" instead).

    Signals:
        hand_back_requested(): the adviser hands the kiosk back; the resident goes on alone.
        finish_requested(): the adviser is done: wipe everything of the resident.
    """

    hand_back_requested = Signal()
    finish_requested = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AssistedBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 6, 20, 6)
        self.text = label(role="lead")
        self.text.setObjectName("AssistedBannerText")
        self.hand_back = BigButton()
        self.hand_back.clicked.connect(self.hand_back_requested)
        self.finish = BigButton(role="primary")
        self.finish.clicked.connect(self.finish_requested)
        row.addWidget(self.text, 1)
        row.addWidget(self.hand_back)
        row.addWidget(self.finish)
        ctx.mode_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.setVisible(self.ctx.assisting)
        self.retranslate()

    def set_staff_actions(self, offered: bool) -> None:
        """Offer "Hand back" and "Finish helping" (not where the adviser steps back)."""
        self.hand_back.setVisible(offered)
        self.finish.setVisible(offered)

    def retranslate(self) -> None:
        adviser = self.ctx.adviser
        name = adviser.first_name if adviser is not None else ""
        if name:
            text = self.tr("Helping you: %1, Residents' Hub adviser").replace("%1", name)
        else:
            text = self.tr("Helping you: a Residents' Hub adviser")
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.hand_back.setText(self.tr("Hand back"))
        self.finish.setText(self.tr("Finish helping"))


class ConsentLine(QFrame):
    """The resident's consent, by touch, to an adviser typing a form for them."""

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ConsentLine")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = label()
        self.agree = BigButton()
        self.agree.setCheckable(True)
        self.agree.toggled.connect(lambda _on: self.retranslate())
        layout.addWidget(self.text)
        layout.addWidget(self.agree, alignment=Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    @property
    def needed(self) -> bool:
        return self.ctx.assisting

    @property
    def given(self) -> bool:
        return self.agree.isChecked()

    def refresh(self) -> None:
        self.setVisible(self.needed)
        self.retranslate()

    def ask(self) -> None:
        """Sending without consent: say so next to the button."""
        self.setProperty("asking", True)
        restyle(self)
        self.retranslate()

    def clear(self) -> None:
        self.agree.setChecked(False)
        self.setProperty("asking", False)

    def retranslate(self) -> None:
        adviser = self.ctx.adviser
        name = adviser.first_name if adviser is not None and adviser.first_name else ""
        who = name or self.tr("the adviser")
        text = self.tr(
            "Resident: I agree that %1 typed my answers for me, and I have checked them."
        ).replace("%1", who)
        if self.property("asking") and not self.given:
            text += " " + self.tr("Please touch I agree before sending.")
        self.text.setText(text)
        self.agree.setText(self.tr("I agree") if not self.given else self.tr("Agreed"))
        self.agree.setAccessibleName(self.tr("I agree that the adviser typed my answers"))


class StepBackNote(QFrame):
    """On the council's survey in assisted mode: the survey is the resident's own, so the
    adviser is asked to step back; "Answer on my own" hands the kiosk back.

    Signals:
        on_my_own_requested(): the resident answers alone (the adviser is signed out, as
            with "Hand back"; what follows is self-service).
    """

    on_my_own_requested = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("StepBackNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = label(role="notice")
        self.on_my_own = BigButton(role="primary")
        self.on_my_own.clicked.connect(self.on_my_own_requested)
        self.on_my_own.clicked.connect(self._hand_back)
        layout.addWidget(self.text)
        layout.addWidget(self.on_my_own, alignment=Qt.AlignmentFlag.AlignLeft)
        ctx.mode_changed.connect(self.refresh)
        self.refresh()

    def _hand_back(self) -> None:
        from sync.protocol.records import EndReason

        self.ctx.sign_out_adviser(EndReason.HANDED_BACK)

    def refresh(self) -> None:
        self.setVisible(self.ctx.assisting)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(
            self.tr(
                "This survey is yours to answer on your own. Adviser: please step back. "
                "Answers given while an adviser helps are counted apart."
            )
        )
        self.on_my_own.setText(self.tr("Answer on my own"))
