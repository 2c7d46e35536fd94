"""QR codes as Qt images (for the screen and the QPrinter ticket)."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter


def qr_matrix(data: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def qr_image(data: str, module_px: int = 8) -> QImage:
    """A black-on-white QR code, ``module_px`` pixels per module (sharp, no scaling)."""
    matrix = qr_matrix(data)
    size = len(matrix) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(x * module_px, y * module_px, module_px, module_px)
    painter.end()
    return image
