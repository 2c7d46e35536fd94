""" "Print a test ticket" on the adviser and IT screen: IT checks a hub's printer on the spot.

The ticket goes through the same :class:`~hubkiosk.printing.service.TicketPrinter` residents'
tickets do, off the GUI thread, on a worker of its own: a printer that does not print keeps
it 10-20 s, and the kiosk's other operations (a backup, a resident's ticket) go on meanwhile.
A fault is recorded for IT as any printer fault is (and so reaches the fleet page with the
next heartbeat); a ticket that prints clears it, and tries a printer the kiosk had stopped
trying (:mod:`hubkiosk.printing.hold`), which the line says while it is so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from hubkiosk.printing.service import PrintOutcome
from hubkiosk.printing.ticket import TicketPrint
from hubkiosk.qt.ops import OpRunner
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.widgets import BigButton, label


class PrinterCheck(QWidget):
    """A button that prints a test ticket, and a line that says what happened.

    Signals:
        checked(object): the test ticket's PrintOutcome (a fault is a new notice for IT).
    """

    checked = Signal(object)

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Its own worker: a printer that does not print holds up no store operation.
        self.print_ops = OpRunner(self)
        self.button = BigButton()
        self.button.clicked.connect(self.print_test_ticket)
        self.result = label()
        #: The line says the kiosk has stopped trying the printer (said again in a new language).
        self._held_said = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.result, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        if self.button.isEnabled():  # not printing: the printer as the kiosk knows it now
            self._say(self._held_text())
            self._held_said = bool(self.result.text())
        super().showEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Print a test ticket"))
        if self._held_said:
            self._say(self._held_text())

    def _held_text(self) -> str:
        if self.ctx.printer_hold.held(self.ctx.settings.printer) is None:
            return ""
        return self.tr(
            "Tickets are not being printed: the printer did not print one in time, so "
            "residents are shown their number on screen. Print a test ticket once the "
            "printer is on again."
        )

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setAccessibleName(text)

    def test_ticket(self) -> TicketPrint:
        return TicketPrint(
            hub_name=self.ctx.hub.name.get("en"),
            number="TEST",
            service_name="Printer test",
            issued_at=self.ctx.now(),
            position=1,
            wait_low=0,
            wait_high=0,
            qr_url=None,
        )

    def print_test_ticket(self) -> None:
        self.button.setEnabled(False)
        self._held_said = False
        self._say(self.tr("Printing a test ticket…"))
        ticket = self.test_ticket()
        printer = self.ctx.ticket_printer()
        self.print_ops.run(
            lambda: printer.print(ticket, test=True), success=self._printed, name="test_ticket"
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        self.button.setEnabled(True)
        if not outcome.configured:
            text = self.tr(
                "No ticket printer is configured on this kiosk (setting 'printer' is none)."
            )
        elif outcome.printed:
            text = self.tr("The test ticket printed. Check that it is readable.")
        else:
            text = self.tr("The printer failed: %1").replace("%1", outcome.fault or "")
        self._say(text)
        self.checked.emit(outcome)
