"""Themes (one .qss per theme), text size and the bundled fonts."""

from __future__ import annotations

import enum
import logging
from string import Template

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from hubkiosk.resources import resource

log = logging.getLogger(__name__)

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansBengali-Regular.ttf",
    "NotoSansBengali-Bold.ttf",
)
FAMILIES = ["Noto Sans", "Noto Sans Bengali"]

#: Pixel sizes at 100 % text size; the larger settings multiply them.
BASE_SIZES = {"small": 18, "body": 22, "large": 28, "title": 36, "huge": 72}
TEXT_SCALES = (1.0, 1.5, 2.0)


class Theme(enum.StrEnum):
    DEFAULT = "default"
    CONTRAST = "contrast"


def load_fonts() -> list[str]:
    """Register the bundled fonts, so Bengali renders with no system font installed."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"font {path} could not be loaded")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def stylesheet(theme: Theme, scale: float) -> str:
    template = Template(resource("styles", f"{theme.value}.qss").read_text(encoding="utf-8"))
    sizes = {key: str(round(value * scale)) for key, value in BASE_SIZES.items()}
    return template.substitute(sizes)


def apply(app: QApplication, theme: Theme, scale: float) -> None:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(round(BASE_SIZES["body"] * scale))
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme, scale))
