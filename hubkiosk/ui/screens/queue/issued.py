"""The number, large, with place, wait and a QR code to follow the queue.

After an appointment check-in the same screen is the check-in's own confirmation: the
appointment's time and service, "please take a seat" and the number to listen for, rather
than a walk-in's place and wait.

The paper ticket prints meanwhile (on its own worker, so a slow printer never holds up
store writes); if the printer fails the number stays large on screen and IT is told.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core import queue
from hubkiosk.core.appointments import AppointmentInfo
from hubkiosk.printing.service import PrintOutcome, TicketPrinter
from hubkiosk.printing.ticket import queue_url, resident_line
from hubkiosk.qt.ops import OpRunner
from hubkiosk.store.db import checkpoint
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.checkin_parts import (
    QrLabel,
    closes_before_booking,
    closes_before_seen,
    closing_words,
    fmt_time,
    position_text,
    ticket_print,
    wait_text,
)
from hubkiosk.ui.widgets import BigButton, column, label, restyle

log = logging.getLogger(__name__)


class TicketIssuedScreen(Screen):
    """The ticket on screen, while the paper one prints; large if the printer fails.

    Signals:
        print_finished(object): the printer's outcome for a ticket (a PrintOutcome), also
            for one no longer on screen (it shows only on its own ticket's screen).
    """

    ID = ScreenId.TICKET_ISSUED
    SHOW_BACK = False
    print_finished = Signal(object)

    def __init__(
        self,
        ctx: KioskContext,
        parent: QWidget | None = None,
        printer_factory: Callable[[KioskContext], TicketPrinter] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.printer_factory = printer_factory or (lambda c: c.ticket_printer())
        # Printing has its own worker, so a slow printer never holds up store writes.
        self.print_ops = OpRunner(self)
        self.print_ops.after_paint_of(self)
        self.ticket: queue.IssuedTicket | None = None
        #: The booking checked in for, when the ticket came from an appointment check-in.
        self.appointment: AppointmentInfo | None = None
        self.outcome: PrintOutcome | None = None

        self.your_number = label(role="lead")
        self.number = label()
        self.number.setObjectName("TicketNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.service_line = label(role="title")
        self.position_line = label(role="lead")
        self.wait_line = label(role="lead")
        #: "The hub closes at 17:00. You may not be seen today. Please ask a member of
        #: staff.": only when the wait of the ticket's place runs past the hub's closing
        #: time today, in place of "Please wait until your number is ... called." (one thing
        #: to do, not two; and with both, a 1366 x 768 ticket in Urdu slid 53 px).
        self.closing_line = label(role="notice")
        self.closing_line.setObjectName("ClosingNotice")
        self.closing_line.hide()
        self.resident_line = label(role="lead")
        self.resident_line.setObjectName("ResidentLine")
        self.print_status = label(role="notice")
        self.print_status.setObjectName("PrintStatus")
        self.qr = QrLabel()
        self.qr_hint = label(role="small")
        self.qr_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        #: The words, and beside them (below them on a portrait screen) the QR code, what the
        #: printer did and "Done": side by side, the whole ticket fits a 1366 x 768 screen
        #: without sliding the page (a row of its own under the words did not); below, the
        #: button has the screen's width for its words at 200 % text.
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row = self.row
        words = column(
            self.your_number,
            self.number,
            self.service_line,
            self.position_line,
            self.wait_line,
            self.closing_line,
            self.resident_line,
            spacing=8,
        )
        row.addLayout(words, 3)
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.qr)
        side.addWidget(self.qr_hint)
        side.addStretch(1)
        side.addWidget(self.print_status)
        self.done_button = BigButton(role="primary")
        self.done_button.setObjectName("TicketDone")
        self.done_button.clicked.connect(self.ctx.home)
        side.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        row.addLayout(side, 2)
        self.body.addLayout(row, 1)
        self.retranslate()

    def rearrange(self) -> None:
        super().rearrange()
        window = self.window()
        portrait = window.width() < window.height()
        # Beside the words, "Done" has two fifths of the row: a word that cannot wrap and
        # needs more (Somali "Dhammaad" at 200 % text on a 4:3 1024 x 768 screen) goes
        # below them, with the row's width, as on a portrait screen.
        margins = self.body.contentsMargins()
        row = self.width() - margins.left() - margins.right() - self.row.spacing()
        cramped = self.done_button.minimumSizeHint().width() > row * 2 // 5
        direction = (
            QBoxLayout.Direction.TopToBottom
            if portrait or cramped
            else QBoxLayout.Direction.LeftToRight
        )
        if self.row.direction() != direction:
            self.row.setDirection(direction)

    def _module_px(self) -> int:
        """Pixels a side of each of the code's modules: 6 on a full HD or portrait screen,
        fewer on a short landscape one (4 at 768 px: a code 4 cm across, which a phone
        reads from arm's length), so "Done" stays in view below it."""
        per_module = self.window().height() // 4 // QrLabel.TYPICAL_MODULES
        return max(3, min(6, per_module))

    @property
    def fallback(self) -> bool:
        """The paper ticket failed: the screen is the ticket."""
        return self.outcome is not None and self.outcome.fault is not None

    def title(self) -> str:
        if self.appointment is not None:
            return self.tr("You are checked in")
        return self.tr("Your ticket")

    def enter(self, **params: Any) -> None:
        ticket = params.get("ticket")
        if not isinstance(ticket, queue.IssuedTicket):
            return
        self.ticket = ticket
        appointment = params.get("appointment")
        self.appointment = appointment if isinstance(appointment, AppointmentInfo) else None
        self.outcome = None
        self._set_fallback(False)
        url = queue_url(self.ctx.settings.queue_status_url, str(ticket.id), ticket.language)
        self.qr.set_url(url, self._module_px())
        self.retranslate()
        printer = self.printer_factory(self.ctx)
        if printer.configured:
            content = ticket_print(self.ctx, ticket, appointment=self.appointment)
            drawn = printer.draw(content)  # here, on the GUI thread (see Drawn)
            self.print_ops.run(  # the ticket on screen first, then the paper
                lambda: (ticket, printer.print(content, drawn=drawn)),  # the outcome, whose
                success=self._printed,
                name="print_ticket",
                after_paint=True,
            )
        else:
            self._printed((ticket, PrintOutcome(printed=False, configured=False)))
        # The check-in's writes into the database file while the resident reads the
        # ticket, not in a later resident's tap (see :func:`store.db.checkpoint`).
        self.ctx.store_ops.run(checkpoint, name="checkpoint", after_paint=True)

    def _printed(self, printed: tuple[queue.IssuedTicket, PrintOutcome]) -> None:
        """A ticket's paper came out or failed. Shown only while it is that ticket's
        screen: with a slow printer the resident may have touched Done, and the next
        resident's ticket is on screen by now (IT hears of a fault all the same)."""
        ticket, outcome = printed
        if ticket is self.ticket:
            self.outcome = outcome
            self._set_fallback(outcome.fault is not None)
            self.retranslate()
        self.print_finished.emit(outcome)

    def _set_fallback(self, on: bool) -> None:
        # Re-polished only when the look changes (a re-polish on every ticket cost a few
        # milliseconds of each tap to the ticket: issue 16, tap_next).
        for widget, name in ((self.number, "fallback"), (self.print_status, "fault")):
            if bool(widget.property(name)) != on:
                widget.setProperty(name, on)
                restyle(widget)

    def reset(self) -> None:
        self.ticket = None
        self.appointment = None
        self.outcome = None
        self._set_fallback(False)
        self.qr.set_url(None)

    def _appointment_words(self, ticket: queue.IssuedTicket, info: AppointmentInfo) -> None:
        """The check-in's confirmation in place of a walk-in's place and wait."""
        service = self.ctx.content.catalogue.by_id(info.service_id)
        self.service_line.setText(
            self.tr("You are checked in for your %1 appointment at %2.")
            .replace("%1", self.ctx.text(service.name) if service else info.service_id)
            .replace("%2", fmt_time(self.ctx, info.starts_at))
        )
        self.position_line.setText(self.tr("Please take a seat. An adviser will call your number."))
        self.wait_line.clear()
        self.wait_line.hide()
        # The hub closes early today, at or before the booking's time: that, in place of
        # "take a seat" (QA s37: checked in at 12:45 for 13:10, the hub closing at 13:00).
        closes = closes_before_booking(self.ctx, ticket.issued_at, info.starts_at)
        self.position_line.setVisible(closes is None)
        self.closing_line.setVisible(closes is not None)
        if closes is not None:
            self.closing_line.setText(closing_words(self.ctx, closes))
            self.resident_line.hide()  # not "Please wait until your number is ... called"

    def _closing_text(self, ticket: queue.IssuedTicket) -> bool:
        """Says when the hub closes when the wait of the ticket's place runs past it;
        whether it does."""
        closes = closes_before_seen(self.ctx, ticket.issued_at, ticket.wait.high)
        if closes is None:
            self.closing_line.hide()
            return False
        self.closing_line.setText(closing_words(self.ctx, closes))
        self.closing_line.show()
        return True

    def retranslate(self) -> None:
        self.done_button.setText(self.tr("Done"))
        self.qr_hint.setText(self.tr("Scan to follow the queue on your phone"))
        self.qr_hint.setVisible(bool(self.qr.url))
        ticket = self.ticket
        if ticket is None:
            return
        service = self.ctx.content.catalogue.by_id(ticket.service_id)
        self.your_number.setText(self.tr("Your number is"))
        self.number.setText(ticket.number)
        self.number.setAccessibleName(self.tr("Your number is %1").replace("%1", ticket.number))
        self.service_line.setText(
            (self.ctx.text(service.name) if service else ticket.service_id)
            + " · "
            + self.tr("taken at %1").replace("%1", fmt_time(self.ctx, ticket.issued_at))
        )
        self.position_line.setText(position_text(ticket.wait.position))
        self.wait_line.setText(
            self.tr("Estimated wait: %1.").replace(
                "%1", wait_text(ticket.wait.low, ticket.wait.high)
            )
        )
        self.resident_line.setText(resident_line(self.ctx.language))
        self.position_line.show()
        self.wait_line.show()
        # An appointment's check-in has its time: no wait, so no closing to warn of.
        closing = self.appointment is None and self._closing_text(ticket)
        self.resident_line.setVisible(not closing)
        if self.appointment is not None:
            self._appointment_words(ticket, self.appointment)
        outcome = self.outcome
        if outcome is None:
            self.print_status.setText(self.tr("Printing your ticket…"))
        elif outcome.printed:
            self.print_status.setText(self.tr("Please take your ticket from the printer."))
        elif outcome.fault is not None:
            self.print_status.setText(
                self.tr(
                    "Sorry, the printer is not working. You are in the queue: please remember "
                    "your number, or take a photo of this screen. We have told the staff."
                )
            )
        else:
            self.print_status.setText(
                self.tr("Please remember your number, or take a photo of this screen.")
            )
