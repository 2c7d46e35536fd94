"""Themes (one .qss per theme), text size and the bundled fonts.

The application's style sheet is set once, at start, for the default look. A resident's
"Larger text" or "High contrast" is applied by :class:`RegionStyler` to the regions of the
window on screen only (the bars, the page shown); another page gets it when it is next
shown. Setting the application's style sheet instead re-polished every widget of every
screen, freezing the screen for seconds on a tap.
"""

from __future__ import annotations

import enum
import functools
import logging
from string import Template

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from hubkiosk.resources import resource

log = logging.getLogger(__name__)

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansBengali-Regular.ttf",
    "NotoSansBengali-Bold.ttf",
    # Urdu (and Arabic) in the Naskh style: compact enough for the kiosk's line heights.
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)
FAMILIES = ["Noto Sans", "Noto Sans Bengali", "Noto Naskh Arabic"]

#: Pixel sizes at 100 % text size; the larger settings multiply them.
BASE_SIZES = {"small": 18, "body": 22, "large": 28, "title": 36, "huge": 72}
TEXT_SCALES = (1.0, 1.5, 2.0)
#: The bars' words (and a page's "More below") grow with the text size up to this (150 %:
#: "Start again" in 42 px letters), the page's on to the largest. At 200 % the bars took
#: three rows each on a laptop-sized panel and left the page 140 px of a 1366 x 768
#: screen, under a "More below" of two lines (QA, s35).
BAR_TEXT_SCALE = 1.5


class Theme(enum.StrEnum):
    DEFAULT = "default"
    CONTRAST = "contrast"


def load_fonts() -> list[str]:
    """Register the bundled fonts, so Bengali and Urdu render with no system font installed."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"font {path} could not be loaded")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


@functools.cache
def stylesheet(theme: Theme, scale: float) -> str:
    template = Template(resource("styles", f"{theme.value}.qss").read_text(encoding="utf-8"))
    sizes = {key: str(round(value * scale)) for key, value in BASE_SIZES.items()}
    # Pictures a sheet draws (a tick box's tick), by the styles' own folder.
    styles = resource("styles").as_posix()
    return template.substitute(sizes, styles=styles)


def apply(app: QApplication, theme: Theme, scale: float) -> None:
    """The whole application's look (at start, and for windows without regions)."""
    apply_font(app, scale)
    app.setStyleSheet(stylesheet(theme, scale))


def apply_font(app: QApplication, scale: float) -> None:
    """The application's font at ``scale`` (what widgets without a style rule use)."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(round(BASE_SIZES["body"] * scale))
    app.setFont(font)


class RegionStyler:
    """Applies a theme and text size to parts of a window, each when it is on screen.

    The application's style sheet holds the look at start (``base``); a region whose look
    differs gets its own sheet, which overrides the application's. :meth:`choose` records
    the look wanted; :meth:`restyle` brings one region up to date, and does nothing if it
    already is (so showing a page twice costs nothing).
    """

    def __init__(self, base: tuple[Theme, float]) -> None:
        self.base = base
        self.wanted = base
        self._applied: dict[int, tuple[Theme, float]] = {}

    def choose(self, theme: Theme, scale: float) -> None:
        self.wanted = (theme, scale)

    def restyle(self, region: QWidget, *, scale: float | None = None) -> bool:
        """``region`` in the look wanted (at text ``scale`` instead, where given); whether
        its look changed."""
        key = id(region)
        wanted = self.wanted if scale is None else (self.wanted[0], scale)
        if self._applied.get(key, self.base) == wanted:
            return False
        region.setStyleSheet("" if wanted == self.base else stylesheet(*wanted))
        self._applied[key] = wanted
        return True

    def forget(self, region: QWidget) -> None:
        self._applied.pop(id(region), None)
