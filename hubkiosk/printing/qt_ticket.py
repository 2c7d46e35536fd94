"""The ticket painted with QPainter: on a QPrinter (PDF file or a system printer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPaintDevice, QPainter
from PySide6.QtPrintSupport import QPrinter

from hubkiosk.printing.escpos_ticket import FAMILIES, ensure_fonts
from hubkiosk.printing.qr import qr_image
from hubkiosk.printing.ticket import TicketPrint

#: A receipt-shaped page: 80 mm wide.
PAGE_MM = QSizeF(80, 160)


class PrintError(RuntimeError):
    """The printer could not be used (not found, no paper, refused the job)."""


def setup_page(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(PAGE_MM, QPageSize.Unit.Millimeter, "Ticket"))
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout.Unit.Millimeter)


def _font(pixel_size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    return font


def paint_ticket(device: QPaintDevice, ticket: TicketPrint) -> None:
    """Paint ``ticket`` on a started device (a QPrinter page, or an image)."""
    ensure_fonts()
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("the printer refused the page (is it connected and set up?)")
    try:
        width = device.width()
        unit = max(1, width // 24)  # one "line" of body text, scaled to the device
        y = 0

        def block(text: str, size: int, bold: bool = False) -> None:
            nonlocal y
            painter.setFont(_font(size, bold))
            flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
            rect = painter.boundingRect(QRect(0, y, width, 100_000), flags, text)
            painter.drawText(QRect(0, y, width, rect.height()), flags, text)
            y += rect.height() + unit // 3

        painter.setPen(QColor("black"))
        block(ticket.hub_name, unit, bold=True)
        block(ticket.number, unit * 5, bold=True)
        block(ticket.service_name, int(unit * 1.4), bold=True)
        for line in ticket.english_lines()[1:]:
            block(line, unit)
        local = ticket.local_line
        if local:
            block(local, unit)
        if ticket.qr_url:
            side = width // 2
            image = qr_image(ticket.qr_url)
            painter.drawImage(QRect((width - side) // 2, y, side, side), image)
            y += side + unit // 3
            block("Scan to follow the queue on your phone", int(unit * 0.8))
    finally:
        painter.end()


def print_pdf(ticket: TicketPrint, path: Path) -> Path:
    """Render ``ticket`` to a PDF file through QPrinter."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    setup_page(printer)
    paint_ticket(printer, ticket)
    return path


def print_system(ticket: TicketPrint, printer_name: str | None = None) -> None:
    """Print ``ticket`` on a system printer (the default one, or ``printer_name``)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    info = QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrintError(
            f"no system printer named {printer_name!r}" if printer_name else "no system printer"
        )
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    setup_page(printer)
    paint_ticket(printer, ticket)
