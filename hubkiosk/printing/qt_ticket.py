"""The ticket painted with QPainter: on a QPrinter (PDF file or a system printer)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
)
from PySide6.QtPrintSupport import QPrinter

from hubkiosk.printing.escpos_ticket import CENTRED, FAMILIES, ensure_fonts
from hubkiosk.printing.qr import qr_image
from hubkiosk.printing.slip import ReferenceSlip
from hubkiosk.printing.ticket import TicketPrint

#: A receipt-shaped page: 80 mm wide.
PAGE_MM = QSizeF(80, 160)


class PrintError(RuntimeError):
    """The printer could not be used (not found, no paper, refused the job)."""


@functools.cache
def load_plugins() -> None:
    """Load the Qt plugins a print job needs now, once; call it on the GUI thread.

    A print job (off the GUI thread) makes a QPrinter, which loads Qt's print-support
    plugin the first time, and paints a QR code, which makes Qt's PDF engine (a PDF file
    and a system printer's job alike) load every image-format plugin the first time.
    Loading a plugin moves it to the GUI thread (``QObject::moveToThread``), which waits on
    a lock the GUI thread may hold while it waits for the Python lock, and the printing
    thread holds that one through those calls (PySide does not let it go there). The
    kiosk froze at its first printed page (seen in the test suite: a form's slip printed
    while the GUI thread disconnected a signal). Loaded once on the GUI thread, the plugins
    are only looked up after. About 10 ms, once: a printer is made on every ticket shown, and
    a QPrinter made again would ask CUPS for its printers again, on the GUI thread.
    """
    QImageWriter.supportedImageFormats()
    QPrinter(QPrinter.PrinterMode.HighResolution).setOutputFormat(QPrinter.OutputFormat.PdfFormat)


def setup_page(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(PAGE_MM, QPageSize.Unit.Millimeter, "Ticket"))
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout.Unit.Millimeter)


def _font(pixel_size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    return font


class Sheet:
    """Centred blocks painted down a page; ``unit`` is one line of body text."""

    def __init__(self, painter: QPainter, width: int) -> None:
        self.painter = painter
        self.width = width
        self.unit = max(1, width // 24)  # scaled to the device
        self.y = 0

    def text(self, text: str, scale: float = 1, bold: bool = False) -> None:
        self.painter.setFont(_font(int(self.unit * scale), bold))
        rect = self.painter.boundingRect(QRect(0, self.y, self.width, 100_000), CENTRED, text)
        self.painter.drawText(QRect(0, self.y, self.width, rect.height()), CENTRED, text)
        self.y += rect.height() + self.unit // 3

    def qr(self, data: str) -> None:
        side = self.width // 2
        self.painter.drawImage(QRect((self.width - side) // 2, self.y, side, side), qr_image(data))
        self.y += side + self.unit // 3


def paint(device: QPaintDevice, draw: Callable[[Sheet], None]) -> None:
    """Paint on a started device (a QPrinter page, or an image) with ``draw``."""
    ensure_fonts()
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("the printer refused the page (is it connected and set up?)")
    try:
        painter.setPen(QColor("black"))
        draw(Sheet(painter, device.width()))
    finally:
        painter.end()


def paint_ticket(device: QPaintDevice, ticket: TicketPrint) -> None:
    """Paint ``ticket`` on a started device (a QPrinter page, or an image)."""

    def draw(sheet: Sheet) -> None:
        sheet.text(ticket.hub_name, bold=True)
        sheet.text(ticket.number, 5, bold=True)
        sheet.text(ticket.service_name, 1.4, bold=True)
        for line in ticket.english_lines()[1:]:
            sheet.text(line)
        local = ticket.local_line
        if local:
            sheet.text(local)
        if ticket.qr_url:
            sheet.qr(ticket.qr_url)
            sheet.text("Scan to follow the queue on your phone", 0.8)

    paint(device, draw)


def paint_slip(device: QPaintDevice, slip: ReferenceSlip) -> None:
    """Paint a form's reference slip on a started device."""

    def draw(sheet: Sheet) -> None:
        sheet.text(slip.hub_name, bold=True)
        sheet.text(slip.title, 1.2, bold=True)
        sheet.text(slip.heading)
        sheet.text(slip.reference, 3, bold=True)
        if slip.next_steps:
            sheet.text(slip.next_steps)
        if slip.help_line:
            sheet.text(slip.help_line, 0.8)
        sheet.text(slip.time_text, 0.8)
        sheet.qr(slip.reference)

    paint(device, draw)


def pdf_printer(path: Path) -> QPrinter:
    """A QPrinter writing a receipt-shaped PDF to ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    setup_page(printer)
    return printer


def system_printer(printer_name: str | None = None) -> QPrinter:
    """The default system printer, or ``printer_name``, set up for a receipt."""
    from PySide6.QtPrintSupport import QPrinterInfo

    info = QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrintError(
            f"no system printer named {printer_name!r}" if printer_name else "no system printer"
        )
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    setup_page(printer)
    return printer


def print_pdf(ticket: TicketPrint, path: Path) -> Path:
    """Render ``ticket`` to a PDF file through QPrinter."""
    paint_ticket(pdf_printer(path), ticket)
    return path
