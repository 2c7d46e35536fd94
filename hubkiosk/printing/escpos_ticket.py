"""Tickets and reference slips as ESC/POS commands, through python-escpos (any of its
printer classes).

Latin text is sent as text. A line in a script the printer's code pages cannot hold
(Bengali) is drawn by Qt, which shapes it properly with the bundled Noto fonts, and sent
as a raster image.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PIL import Image

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from hubkiosk.printing.slip import ReferenceSlip
from hubkiosk.printing.ticket import TicketPrint

#: Printable width of an 80 mm thermal printer at 203 dpi, in dots.
PAPER_DOTS = 512
FAMILIES = ["Noto Sans", "Noto Sans Bengali", "Noto Naskh Arabic"]
#: Characters a line holds in the printer's Font A across that width (python-escpos's
#: generic profile says so too): a longer line is wrapped here, at a space, not by the
#: printer in the middle of a word.
COLUMNS = 42

#: Lines centred and wrapped at spaces, made once, where the module is imported (the GUI
#: thread): the flags were given as an int, which PySide turns into the flag on each call
#: through Python's enum module. On a printing thread, while the GUI thread measured text,
#: the two once waited for each other for ever (a kiosk frozen as a ticket printed, seen in
#: CI at test_a_working_printer_prints).
CENTRED = Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap))


def ensure_fonts() -> None:
    """Register the bundled fonts if the application has not yet (tests, the display)."""
    if "Noto Sans Bengali" not in QFontDatabase.families():
        from hubkiosk.ui import theme

        theme.load_fonts()


def ascii_text(text: str) -> str:
    """Text the printer's default code page can print (Latin content only)."""
    return text.replace("·", "-").replace("’", "'").encode("ascii", "replace").decode("ascii")


def text_image(text: str, width: int = PAPER_DOTS, pixel_size: int = 30) -> Image.Image:
    """``text`` wrapped to ``width`` dots, drawn by Qt, as a 1-bit PIL image."""
    ensure_fonts()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(pixel_size)
    probe = QImage(1, 1, QImage.Format.Format_Grayscale8)
    painter = QPainter(probe)
    painter.setFont(font)
    bounds = painter.boundingRect(QRect(0, 0, width, 10_000), CENTRED, text)
    painter.end()
    height = max(1, bounds.height() + 8)
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRect(0, 4, width, height - 8), CENTRED, text)
    painter.end()
    data = bytes(image.constBits())[: image.bytesPerLine() * height]
    gray = Image.frombuffer("L", (width, height), data, "raw", "L", image.bytesPerLine(), 1)
    return gray.point(lambda v: 255 if v > 160 else 0, mode="1")


def text_lines(printer: Any, text: str) -> None:
    """``text`` (Latin) as lines of at most :data:`COLUMNS` characters, wrapped at spaces."""
    for line in textwrap.wrap(ascii_text(text), COLUMNS) or [""]:
        printer.textln(line)


def set_paper_width(printer: Any, dots: int = PAPER_DOTS) -> None:
    """Tell a generic printer profile the paper width, so images can be centred."""
    media = printer.profile.profile_data.setdefault("media", {})
    width = media.setdefault("width", {})
    if width.get("pixels") in (None, "Unknown"):
        width["pixels"] = dots


def _begin(printer: Any, hub_name: str) -> None:
    set_paper_width(printer)
    printer.set(align="center", bold=True, normal_textsize=True)
    printer.textln(ascii_text(hub_name))
    printer.ln()


def _end(printer: Any) -> None:
    printer.ln(2)
    printer.cut()


def print_ticket(printer: Any, ticket: TicketPrint, local_image: Image.Image | None = None) -> None:
    """Send ``ticket`` to a python-escpos printer object (Usb, Network, Serial, Dummy...);
    ``local_image``: its line in the resident's language as :func:`text_image` drew it on
    the GUI thread (else drawn here)."""
    _begin(printer, ticket.hub_name)
    printer.set(align="center", bold=True, custom_size=True, width=5, height=5)
    printer.textln(ticket.number)
    printer.set(align="center", bold=True, normal_textsize=True, double_height=True)
    printer.textln(ascii_text(ticket.service_name))
    printer.set(align="center", bold=False, normal_textsize=True)
    for line in ticket.english_lines()[1:]:
        text_lines(printer, line)
    local = ticket.local_line
    if local:
        printer.ln()
        printer.image(local_image or text_image(local), center=True)
    if ticket.qr_url:
        printer.ln()
        printer.qr(ticket.qr_url, size=6, center=True)
        printer.set(align="center", normal_textsize=True)
        printer.textln("Scan to follow the queue on your phone")
    _end(printer)


def print_slip(printer: Any, slip: ReferenceSlip) -> None:
    """Send a form's reference slip to a python-escpos printer object."""
    _begin(printer, slip.hub_name)
    printer.set(align="center", bold=True, normal_textsize=True, double_height=True)
    printer.textln(ascii_text(slip.title))
    printer.set(align="center", bold=False, normal_textsize=True)
    printer.textln(slip.heading)
    printer.set(align="center", bold=True, custom_size=True, width=3, height=3)
    printer.textln(slip.reference)
    printer.set(align="center", bold=False, normal_textsize=True)
    if slip.next_steps:
        printer.textln(ascii_text(slip.next_steps))
    if slip.help_line:
        printer.textln(ascii_text(slip.help_line))
    printer.textln(slip.time_text)
    printer.ln()
    printer.qr(slip.reference, size=6, center=True)
    _end(printer)
