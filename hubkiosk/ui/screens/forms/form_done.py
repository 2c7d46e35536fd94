"""The request is saved: its reference number, large, as a QR code, and on paper.

The slip prints on whatever printer the hub has (ESC/POS or QPrinter) through
:class:`~hubkiosk.printing.service.TicketPrinter`, which reports a fault to IT.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from hubkiosk.printing.service import PrintOutcome, TicketPrinter
from hubkiosk.printing.slip import ReferenceSlip
from hubkiosk.qt.ops import OpRunner
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.widgets import BigButton, OneLineLabel, button_row, column, label, qr_pixmap


class FormDoneScreen(Screen):
    """The request is saved: its reference number, large, as a QR code, and to print."""

    ID = ScreenId.FORM_DONE
    SHOW_BACK = False

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # Printing has its own worker, so a slow printer never holds up store writes.
        self.print_ops = OpRunner(self)
        self.reference = ""
        self.form_id: str | None = None
        self.assisted = False
        self.heading = label(role="title")
        self.form_title = label(role="lead")
        self.reference_intro = label(role="lead")
        # On one line, whole: drawn smaller where the column is narrow (200 % text on a
        # portrait kiosk), never broken after a dash ("CB-97AE-" / "FD").
        self.reference_label = OneLineLabel(role="huge")
        self.reference_label.setObjectName("Reference")
        self.next_steps = label(role="notice")
        row = QHBoxLayout()
        row.setSpacing(24)
        words = column(
            self.heading,
            self.form_title,
            self.reference_intro,
            self.reference_label,
            self.next_steps,
        )
        row.addLayout(words, 3)
        self.qr = QLabel()
        self.qr.setObjectName("ReferenceQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_hint = label(role="small")
        self.qr_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addLayout(column(self.qr, self.qr_hint), 2)
        self.body.addLayout(row, 1)
        self.print_message = label(role="notice")
        self.print_message.hide()
        self.body.addWidget(self.print_message)
        self.print_button = BigButton()
        self.print_button.clicked.connect(self.print_slip)
        self.finish_button = BigButton(role="primary")
        self.finish_button.setMinimumHeight(96)
        self.finish_button.clicked.connect(self.ctx.home)
        self.body.addLayout(button_row(self.print_button, self.finish_button, spacing=20))
        self._print_state = ""
        self.retranslate()

    def enter(self, **params: Any) -> None:
        self.reference = str(params.get("reference", ""))
        self.form_id = params.get("form_id")
        #: Submitted with an adviser typing for the resident: the slip says so.
        self.assisted = bool(params.get("assisted", False))
        self.reference_label.setText(self.reference)
        self.qr.setPixmap(qr_pixmap(self.reference, 200) if self.reference else QPixmap())
        self._print_state = ""
        self.print_message.hide()
        self.print_button.setVisible(self._printer().configured)
        self.print_button.setEnabled(True)
        self.retranslate()

    def _printer(self) -> TicketPrinter:
        """The hub's printer (a fault is reported to IT by the printer service)."""
        return self.ctx.ticket_printer()

    def print_slip(self) -> None:
        form = self.ctx.content.forms.get(self.form_id or "")
        if not self.reference:
            return
        self.print_button.setEnabled(False)
        slip = ReferenceSlip(
            hub_name=self.ctx.hub.name.get("en"),
            title=form.title.get("en") if form is not None else "",
            reference=self.reference,
            next_steps=form.next_steps.get("en") if form is not None and form.next_steps else "",
            printed_at=self.ctx.now(),
            assisted=self.assisted,
        )
        printer = self._printer()
        self.print_ops.run(
            lambda: printer.print_slip(slip), success=self._printed, name="print_reference"
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        self._print_state = "printed" if outcome.printed else "failed"
        self.print_button.setEnabled(not outcome.printed)
        self.retranslate()
        self.print_message.show()

    def title(self) -> str:
        return self.tr("Your reference number")

    def retranslate(self) -> None:
        form = self.ctx.content.forms.get(self.form_id or "")
        self.heading.setText(self.tr("Thank you. We have your request."))
        self.form_title.setText(self.ctx.text(form.title) if form is not None else "")
        self.reference_intro.setText(self.tr("Your reference number is:"))
        self.reference_label.setAccessibleName(
            self.tr("Your reference number is %1").replace("%1", " ".join(self.reference))
        )
        steps = form.next_steps if form is not None else None
        self.next_steps.setText(self.ctx.text(steps) if steps is not None else "")
        self.next_steps.setVisible(steps is not None)
        self.qr_hint.setText(self.tr("Scan with your phone to keep the reference number."))
        self.qr.setAccessibleName(self.tr("QR code of your reference number"))
        self.print_button.setText(self.tr("Print my reference"))
        self.finish_button.setText(self.tr("Finish"))
        if self._print_state == "printed":
            self.print_message.setText(self.tr("Printed. Take your paper from the printer."))
        elif self._print_state == "failed":
            self.print_message.setText(
                self.tr(
                    "Sorry, the printer is not working. Please write the reference number "
                    "down or take a photo of it."
                )
            )

    def reset(self) -> None:
        self.reference = ""
        self.form_id = None
        self.assisted = False
        self.reference_label.clear()
        self.qr.clear()
        self._print_state = ""
        self.print_message.hide()
