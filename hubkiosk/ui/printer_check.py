""" "Print a test ticket" on the adviser and IT screen: IT checks a hub's printer on the spot.

The ticket goes through the same :class:`~hubkiosk.printing.service.TicketPrinter` residents'
tickets do, off the GUI thread. A fault is recorded for IT as any printer fault is (and so
reaches the fleet page with the next heartbeat); a ticket that prints clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from hubkiosk.printing.service import PrintOutcome, TicketPrinter
from hubkiosk.printing.ticket import TicketPrint
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.widgets import BigButton, label


class PrinterCheck(QWidget):
    """A button that prints a test ticket, and a line that says what happened."""

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.button = BigButton()
        self.button.clicked.connect(self.print_test_ticket)
        self.result = label()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.result, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Print a test ticket"))

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
        self.result.setText(self.tr("Printing a test ticket…"))
        ticket = self.test_ticket()
        printer = TicketPrinter(self.ctx.settings.printer, self.ctx.store, self.ctx.now)
        self.ctx.ops.run(lambda: printer.print(ticket), success=self._printed, name="test_ticket")

    def _printed(self, outcome: object) -> None:
        assert isinstance(outcome, PrintOutcome)
        self.button.setEnabled(True)
        if not outcome.configured:
            text = self.tr(
                "No ticket printer is configured on this kiosk (setting 'printer' is none)."
            )
        elif outcome.printed:
            text = self.tr("The test ticket printed. Check that it is readable.")
        else:
            text = self.tr("The printer failed: %1").replace("%1", outcome.fault or "")
        self.result.setText(text)
        self.result.setAccessibleName(text)
