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

from hubkiosk.ui.context import AdviserOnDuty, KioskContext
from hubkiosk.ui.widgets import BigButton, label, restyle


class AssistedBanner(QFrame):
    """ "Helping you: <first name>, Residents' Hub adviser", with "Hand back" and "Finish
    helping" in reach. Shown on every screen while an adviser helps a resident. Where the
    adviser is asked to step back (the council's survey) it says so instead, with "Answer
    on my own" (:class:`StepBackNote`) and none of the adviser's actions: one bar, so the
    survey's answers show whole as they do for a resident alone.

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
        row.setContentsMargins(20, 2, 20, 2)  # a bar: what is under it keeps the room
        self.text = label(role="lead")
        self.text.setObjectName("AssistedBannerText")
        self.hand_back = BigButton()
        self.hand_back.clicked.connect(self.hand_back_requested)
        self.finish = BigButton(role="primary")
        self.finish.clicked.connect(self.finish_requested)
        self.step_back = StepBackNote(ctx)
        self.step_back.hide()
        for button in (self.hand_back, self.finish, self.step_back.on_my_own):
            button.setProperty("compact", True)  # a finger's height (64 px), no more
        row.addWidget(self.text, 1)
        row.addWidget(self.hand_back)
        row.addWidget(self.finish)
        row.addWidget(self.step_back, 1)
        ctx.mode_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.setVisible(self.ctx.assisting)
        self.retranslate()

    def set_step_back(self, asked: bool) -> None:
        """Where the adviser is ``asked`` to step back: the note and "Answer on my own" in
        place of who is helping, "Hand back" and "Finish helping"."""
        for part in (self.text, self.hand_back, self.finish):
            part.setVisible(not asked)
        self.step_back.setVisible(asked)

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
        self.step_back.retranslate()


class ConsentLine(QFrame):
    """The resident's consent, by touch, to an adviser typing a form for them (or helping
    with it), in words true to who typed the answers (see :meth:`show_help`)."""

    #: Who typed the answers (:meth:`show_help`): the adviser all of them, some of them
    #: (the resident the others, alone), or none (the resident typed them alone).
    ALL, SOME, NONE = "all", "some", "none"

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ConsentLine")
        #: The adviser the form is sent with (None: the resident's own, no consent asked).
        self.helper: AdviserOnDuty | None = None
        self.typed = self.ALL
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = label()
        self.agree = BigButton()
        self.agree.setCheckable(True)
        self.agree.toggled.connect(lambda _on: self.retranslate())
        layout.addWidget(self.text)
        layout.addWidget(self.agree, alignment=Qt.AlignmentFlag.AlignLeft)
        self.hide()
        self.retranslate()

    @property
    def needed(self) -> bool:
        return self.helper is not None

    @property
    def given(self) -> bool:
        return self.agree.isChecked()

    def show_help(self, helper: AdviserOnDuty | None, typed: str) -> None:
        """Asked when the form is sent with ``helper``, who ``typed`` its answers (ALL,
        SOME or NONE: then they helped, the resident typed)."""
        self.helper = helper
        self.typed = typed
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
        helper = self.helper
        who = helper.first_name if helper is not None and helper.first_name else ""
        who = who or self.tr("the adviser")
        if self.typed == self.SOME:
            text = self.tr(
                "Resident: I agree that %1 typed some of my answers for me, and I have "
                "checked them."
            )
        elif self.typed == self.NONE:
            text = self.tr(
                "Resident: I agree that %1 helped me with this form, and I have checked my answers."
            )
        else:
            text = self.tr(
                "Resident: I agree that %1 typed my answers for me, and I have checked them."
            )
        text = text.replace("%1", who)
        if self.property("asking") and not self.given:
            text += " " + self.tr("Please touch I agree before sending.")
        self.text.setText(text)
        self.agree.setText(self.tr("I agree") if not self.given else self.tr("Agreed"))
        if self.typed == self.SOME:
            agree = self.tr("I agree that the adviser typed some of my answers")
        elif self.typed == self.NONE:
            agree = self.tr("I agree that the adviser helped me with this form")
        else:
            agree = self.tr("I agree that the adviser typed my answers")
        self.agree.setAccessibleName(agree)


class StepBackNote(QFrame):
    """On the council's survey in assisted mode: the survey is the resident's own, so the
    adviser is asked to step back; "Answer on my own" hands the kiosk back. The banner
    shows it, the words beside the button, where the adviser steps back.

    Signals:
        on_my_own_requested(): the resident answers alone (the adviser is signed out, as
            with "Hand back"; what follows is self-service).
    """

    on_my_own_requested = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("StepBackNote")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = label()
        self.text.setObjectName("AssistedBannerText")
        self.on_my_own = BigButton(role="primary")
        self.on_my_own.clicked.connect(self.on_my_own_requested)
        self.on_my_own.clicked.connect(self._hand_back)
        row.addWidget(self.text, 1)
        row.addWidget(self.on_my_own)
        self.retranslate()

    def _hand_back(self) -> None:
        from sync.protocol.records import EndReason

        self.ctx.sign_out_adviser(EndReason.HANDED_BACK)

    def retranslate(self) -> None:
        # In the banner's one bar: two sentences (a third, that answers given with help are
        # counted apart, took a Somali bar to three lines and the services under it).
        self.text.setText(
            self.tr("This survey is yours to answer on your own. Adviser: please step back.")
        )
        self.on_my_own.setText(self.tr("Answer on my own"))
