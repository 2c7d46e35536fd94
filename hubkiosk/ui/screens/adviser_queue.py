"""The adviser's queue: call the next ticket to a desk, call again, mark a no-show,
transfer, and record the resident as served with an outcome.

Each action is an immutable :class:`~hubkiosk.store.models.QueueEvent` written with its
outbox item (see :mod:`hubkiosk.core.queue`), off the GUI thread. The calling display
picks the calls up from the same store.
"""

from __future__ import annotations

import functools
import logging
import secrets
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QWidget

from hubkiosk.core import queue
from hubkiosk.store.models import Outcome
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.checkin_parts import ToggleButton
from hubkiosk.ui.widgets import BigButton, label

log = logging.getLogger(__name__)

DESKS = ("Desk 1", "Desk 2", "Desk 3", "Desk 4")


class AdviserQueueScreen(Screen):
    """Signals:
    refreshed(): the queue was read again (after an action, or on entry).
    """

    ID = ScreenId.ADVISER_QUEUE
    refreshed = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.desk = DESKS[0]
        self.day: queue.QueueDay | None = None
        self.heading = label(role="title")
        self.body.addWidget(self.heading)
        desks = QHBoxLayout()
        self.desk_label = label()
        desks.addWidget(self.desk_label)
        self.desk_buttons: dict[str, ToggleButton] = {}
        for desk in DESKS:
            button = ToggleButton(desk)
            button.clicked.connect(lambda _=False, d=desk: self.set_desk(d))
            desks.addWidget(button)
            self.desk_buttons[desk] = button
        desks.addStretch(1)
        self.body.addLayout(desks)

        self.current = label(role="lead")
        self.current.setObjectName("AtDesk")
        self.body.addWidget(self.current)
        self.message = label(role="error")
        self.body.addWidget(self.message)
        self.waiting = label()
        self.waiting.setObjectName("WaitingList")

        grid = QGridLayout()
        grid.setSpacing(12)
        self.call_button = BigButton(role="primary")
        self.recall_button = BigButton()
        self.no_show_button = BigButton()
        self.call_button.clicked.connect(self.call_next)
        self.recall_button.clicked.connect(self.recall)
        self.no_show_button.clicked.connect(self.no_show)
        grid.addWidget(self.call_button, 0, 0)
        grid.addWidget(self.recall_button, 0, 1)
        grid.addWidget(self.no_show_button, 0, 2)

        self.transfer_to = QComboBox()
        self.transfer_to.setMinimumHeight(64)
        self.transfer_button = BigButton()
        self.transfer_button.clicked.connect(self.transfer)
        grid.addWidget(self.transfer_to, 1, 0, 1, 2)
        grid.addWidget(self.transfer_button, 1, 2)

        self.resolved_button = BigButton()
        self.follow_up_button = BigButton()
        self.referred_button = BigButton()
        self.referred_to = QLineEdit()
        self.referred_to.setMaxLength(100)
        self.resolved_button.clicked.connect(lambda: self.serve(Outcome.RESOLVED_FIRST_CONTACT))
        self.follow_up_button.clicked.connect(lambda: self.serve(Outcome.FOLLOW_UP_BOOKED))
        self.referred_button.clicked.connect(lambda: self.serve(Outcome.REFERRED))
        grid.addWidget(self.resolved_button, 2, 0)
        grid.addWidget(self.follow_up_button, 2, 1)
        grid.addWidget(self.referred_to, 3, 0, 1, 2)
        grid.addWidget(self.referred_button, 3, 2)
        # After "served": hand the screen to the resident for quick feedback, linked to the
        # visit's service and wait only through a fresh anonymous token.
        self.feedback_button = BigButton(role="primary")
        self.feedback_button.clicked.connect(self.ask_feedback)
        self.feedback_button.hide()
        grid.addWidget(self.feedback_button, 4, 0, 1, 3)
        self.last_visit: dict[str, object] | None = None
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addLayout(grid, 3)
        row.addWidget(self.waiting, 1, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self._fill_services()
        self.set_desk(self.desk)
        self.retranslate()

    def _fill_services(self) -> None:
        self.transfer_to.clear()
        for service in self.ctx.content.catalogue.services:
            self.transfer_to.addItem(service.name.get("en"), service.id)

    # Actions ---------------------------------------------------------------------------
    def set_desk(self, desk: str) -> None:
        self.desk = desk
        for name, button in self.desk_buttons.items():
            button.setChecked(name == desk)
        self.retranslate()

    @property
    def adviser_id(self) -> str | None:
        """The signed-in adviser, recorded on every queue event they make."""
        adviser = self.ctx.adviser
        return adviser.adviser_id if adviser is not None else None

    def _at_desk(self) -> queue.QueueEntry | None:
        return self.day.at_desk(self.desk) if self.day else None

    def _act(self, name: str, action: Callable[[Session], object]) -> None:
        self.message.clear()
        self.ctx.store_ops.run(
            action, success=lambda _r: self.refresh(), failure=self._failed, name=name
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, queue.QueueError):
            self.message.setText(str(exc).capitalize() + ".")
        else:
            self.message.setText(self.tr("That did not work: %1").replace("%1", str(exc)))
        self.refresh()

    def _needs_ticket(self) -> queue.QueueEntry | None:
        entry = self._at_desk()
        if entry is None:
            self.message.setText(self.tr("No ticket at this desk: touch Call next first."))
        return entry

    def call_next(self) -> None:
        hub, desk, now, by = self.ctx.settings.hub_id, self.desk, self.ctx.now(), self.adviser_id
        self._act(
            "call_next",
            lambda s: queue.call_next(s, hub_id=hub, desk=desk, now=now, adviser_id=by),
        )

    def _on_ticket(self, name: str, action: Callable[..., object]) -> None:
        """Run ``action`` on the ticket at this desk (recall, no-show), if there is one."""
        entry = self._needs_ticket()
        if entry is None:
            return
        hub, desk, now, tid = self.ctx.settings.hub_id, self.desk, self.ctx.now(), entry.ticket_id
        by = self.adviser_id
        self._act(
            name,
            lambda s: action(s, hub_id=hub, ticket_id=tid, desk=desk, now=now, adviser_id=by),
        )

    def recall(self) -> None:
        self._on_ticket("recall", queue.recall)

    def no_show(self) -> None:
        self._on_ticket("no_show", queue.no_show)

    def transfer(self) -> None:
        entry = self._needs_ticket()
        if entry is None:
            return
        to_service = str(self.transfer_to.currentData())
        hub, desk, now, tid = self.ctx.settings.hub_id, self.desk, self.ctx.now(), entry.ticket_id
        catalogue, by = self.ctx.content.catalogue, self.adviser_id
        self._act(
            "transfer",
            lambda s: queue.transfer(
                s,
                hub_id=hub,
                ticket_id=tid,
                to_service_id=to_service,
                desk=desk,
                now=now,
                catalogue=catalogue,
                adviser_id=by,
            ),
        )

    def serve(self, outcome: Outcome) -> None:
        entry = self._needs_ticket()
        if entry is None:
            return
        referred = self.referred_to.text() if outcome == Outcome.REFERRED else None
        if outcome == Outcome.REFERRED and not (referred or "").strip():
            self.message.setText(self.tr("Type the service you referred the resident to."))
            return
        hub, desk, now, tid = self.ctx.settings.hub_id, self.desk, self.ctx.now(), entry.ticket_id
        by = self.adviser_id
        self.referred_to.clear()
        waited = (entry.called_at or now) - entry.checked_in_at
        self.last_visit = {
            "service_id": entry.service_id,
            "wait_minutes": max(0, round(waited.total_seconds() / 60)),
        }
        self.feedback_button.show()
        self._act(
            "serve",
            lambda s: queue.serve(
                s,
                hub_id=hub,
                ticket_id=tid,
                desk=desk,
                outcome=outcome,
                now=now,
                referred_to=referred,
                adviser_id=by,
            ),
        )

    def ask_feedback(self) -> None:
        """The adviser turns the screen to the resident: "How was your visit today?"."""
        visit, self.last_visit = self.last_visit, None
        self.feedback_button.hide()
        if visit is not None:
            self.ctx.go(ScreenId.FEEDBACK, visit_token=secrets.token_hex(16), **visit)

    def refresh(self) -> None:
        self.ctx.store_ops.run(
            functools.partial(queue.today, hub_id=self.ctx.settings.hub_id, now=self.ctx.now()),
            success=self._show,
            name="read_queue",
        )

    def _show(self, day: queue.QueueDay) -> None:
        self.day = day
        self.retranslate()
        self.refreshed.emit()

    # Screen ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Queue")

    def enter(self, **params: Any) -> None:
        self.message.clear()
        self.refresh()

    def reset(self) -> None:
        self.referred_to.clear()
        self.message.clear()
        self.last_visit = None
        self.feedback_button.hide()

    def refresh_content(self) -> None:
        self._fill_services()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Queue"))
        self.desk_label.setText(self.tr("Your desk:"))
        self.call_button.setText(self.tr("Call next"))
        self.recall_button.setText(self.tr("Call again"))
        self.no_show_button.setText(self.tr("Did not come"))
        self.transfer_to.setAccessibleName(self.tr("Transfer to which service"))
        self.transfer_button.setText(self.tr("Transfer"))
        self.resolved_button.setText(self.tr("Served: resolved"))
        self.follow_up_button.setText(self.tr("Served: follow-up booked"))
        self.referred_button.setText(self.tr("Served: referred"))
        self.feedback_button.setText(self.tr("Hand the screen to the resident: how was the visit?"))
        self.referred_to.setPlaceholderText(self.tr("Referred to which service?"))
        self.referred_to.setAccessibleName(self.tr("Referred to which service?"))
        catalogue = self.ctx.content.catalogue
        entry = self._at_desk()
        if entry is None:
            self.current.setText(self.tr("No one at %1 now.").replace("%1", self.desk))
        else:
            service = catalogue.by_id(entry.service_id)
            extras = []
            if entry.priority.value != "none":
                extras.append(
                    {
                        "urgent": self.tr("urgent"),
                        "interpreter": self.tr("needs an interpreter"),
                        "accessibility": self.tr("accessibility need"),
                    }[entry.priority.value]
                )
            if entry.interpreter_language:
                extras.append(self.tr("language: %1").replace("%1", entry.interpreter_language))
            if entry.appointment:
                extras.append(self.tr("appointment"))
            self.current.setText(
                self.tr("At %1: %2 (%3)")
                .replace("%1", self.desk)
                .replace("%2", entry.number)
                .replace("%3", ", ".join([service.name.get("en") if service else "", *extras]))
            )
        if self.day is None:
            self.waiting.setText(self.tr("Reading the queue…"))
            return
        lines = []
        for service in catalogue.services:
            numbers = [e.number for e in self.day.waiting(service.id)]
            if numbers:
                lines.append(f"{service.name.get('en')}: {len(numbers)} — {', '.join(numbers)}")
        self.waiting.setText(
            self.tr("Waiting:") + "\n" + "\n".join(lines) if lines else self.tr("No one waiting.")
        )
