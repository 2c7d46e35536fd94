"""QR codes as Qt images (for the screen and the QPrinter ticket).

The code's modules are turned into an image in one go, a byte per module scaled up
without smoothing, rather than one ``drawRect`` per dark module (several hundred calls into
Qt, each taking and giving back the GIL). Codes of public addresses (a service's web page)
may be remembered (``remember=True``), so a page shown again draws its code at once; a
ticket's or a reference's code never is: it belongs to one resident's visit.
"""

from __future__ import annotations

import functools

import qrcode
from qrcode.constants import ERROR_CORRECT_M

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage


def _matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


_remembered = functools.lru_cache(maxsize=64)(_matrix)


def qr_matrix(data: str) -> list[list[bool]]:
    """The code's modules, row by row (True: dark), with a two-module quiet zone."""
    return [list(row) for row in _matrix(data)]


def qr_image(data: str, module_px: int = 8, *, remember: bool = False) -> QImage:
    """A black-on-white QR code, ``module_px`` pixels per module (sharp, no scaling);
    ``remember``: a public address, whose modules are kept for the next time."""
    return _image(_remembered(data) if remember else _matrix(data), module_px)


def qr_image_about(data: str, side: int, *, remember: bool = False) -> QImage:
    """A sharp QR code of ``data`` about ``side`` pixels wide (whole pixels per module, at
    least two)."""
    matrix = _remembered(data) if remember else _matrix(data)
    return _image(matrix, max(2, side // max(1, len(matrix))))


def _image(matrix: tuple[tuple[bool, ...], ...], module_px: int) -> QImage:
    count = len(matrix)
    modules = bytes(0 if dark else 255 for row in matrix for dark in row)
    small = QImage(modules, count, count, count, QImage.Format.Format_Grayscale8)
    side = count * max(1, module_px)
    # scaled() makes a new image that owns its pixels (``modules`` may go).
    image = small.scaled(
        side,
        side,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )
    return image.convertToFormat(QImage.Format.Format_RGB32)
