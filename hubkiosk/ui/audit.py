"""The accessibility audit: what a resident who reads Bengali or Somali first, is older, or
does not see well would meet, checked on the rendered screens.

Issue 13's audit walked the kiosk by hand and found words cut at 200 % text, grey
placeholders, English left on Bengali screens and Latin digits beside Bengali ones. This
module finds such faults by measuring the widgets as drawn (font metrics against their
rectangles, colours grabbed to a QImage), so ``hubkiosk --audit`` and the tests catch them
before a resident does. :func:`check` looks at what one screen shows now; :func:`run`
walks every screen in every language, theme and text size at the kiosk's resolutions,
writes screenshots and a report (Markdown and JSON) and says whether anything was found.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PIL import Image

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTextEdit,
    QWidget,
)

from hubkiosk.core import hours
from hubkiosk.core.forms import REFERENCE_ALPHABET, reference_of
from hubkiosk.ui.keyboard import LATIN, Key
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.widgets import BigButton, GrowingScrollArea, longest_word, wrap_words

if TYPE_CHECKING:
    from hubkiosk.app import Kiosk
    from hubkiosk.ui.main_window import MainWindow

#: A key may draw its label smaller to fit, but never under this (the theme's small text).
MIN_DRAWN_PX = 18
#: Touch targets at least this many pixels each way.
MIN_TARGET = 64
#: Contrast (WCAG 2 ratio) text must reach in each theme.
MIN_CONTRAST = {"default": 4.5, "contrast": 7.0}
#: Languages whose screens show numbers in their own digits.
NATIVE_DIGITS = {"bn": "০১২৩৪৫৬৭৮৯", "ar": "٠١٢٣٤٥٦٧٨٩"}
#: Full HD, a laptop-sized panel, a 4:3 monitor an older hub PC may have, and (last: the
#: quick audit's) a portrait kiosk.
RESOLUTIONS = ((1920, 1080), (1280, 800), (1024, 768), (1080, 1920))
TEXT_SIZES = (0, 1, 2)  # indexes of theme.TEXT_SCALES (100, 150, 200 %)
THEMES = ("default", "contrast")
INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox)

#: The states walked with an adviser helping the resident (assisted mode) are named so:
#: "assisted:home" is "home" with the banner on it.
ASSISTED = "assisted:"
#: The adviser the walk signs in to help: the banner calls them by this first name.
AUDIT_ADVISER = ("audit-adviser", "Oluwaseun")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_ASCII_DIGIT = re.compile(r"[0-9]")
_URL = re.compile(r"^(https?:|www\.)")
#: Ticket numbers and references (H-023, HK-4821, a form's CB-7K3Q-2Y) stay in Latin
#: letters and digits, as printed and called: they are codes, not words or numbers to read.
_CODE = re.compile(
    rf"\b[A-Z]{{1,3}}-[0-9]+\b|\b[A-Z]{{2}}-[{REFERENCE_ALPHABET}]{{4}}-[{REFERENCE_ALPHABET}]{{2}}\b"
)


@dataclass(frozen=True)
class Violation:
    """One fault a resident would meet."""

    kind: str  # cut, overlap, target, contrast, name, english, digits, sideways, below
    state: str  # the screen (and step) walked
    widget: str
    text: str
    detail: str
    setting: str = ""  # language, theme, text size and resolution

    def line(self) -> str:
        return (
            f"{self.kind}: {self.state} [{self.setting}] {self.widget} {self.text!r}: {self.detail}"
        )


# Measuring ---------------------------------------------------------------------------------
def luminance(color: QColor) -> float:
    return _luminance(color.rgb() & 0xFFFFFF)


@functools.cache
def _luminance(rgb: int) -> float:
    """WCAG relative luminance of a 0xRRGGBB colour (a screen has few: each is worked out
    once, not for every pixel and text of every screen)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel((rgb >> 16) & 0xFF)
        + 0.7152 * channel((rgb >> 8) & 0xFF)
        + 0.0722 * channel(rgb & 0xFF)
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    return _contrast(a.rgb() & 0xFFFFFF, b.rgb() & 0xFFFFFF)


def _contrast(a: int, b: int) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def measured_contrast(image: QImage, rect: QRect, min_pixels: int = 4) -> float | None:
    """The contrast of the text drawn in ``rect`` of ``image``: its commonest colour (the
    background) against the colour, drawn on at least ``min_pixels`` pixels, that differs
    most from it (the strokes' solid middle; their anti-aliased edges count less)."""
    rect = rect.intersected(image.rect())
    if rect.width() < 2 or rect.height() < 2:
        return None
    # Pillow counts the colours in C (the walk measures thousands of texts: a Python
    # Counter over every pixel was a quarter of the audit's time).
    pixels = as_pillow(image.copy(rect))
    width, height = pixels.size
    # An RGB image's colours are (count, (r, g, b)) pairs.
    colours = cast(list[tuple[int, tuple[int, int, int]]], pixels.getcolors(width * height))
    counts = {(r << 16) | (g << 8) | b: n for n, (r, g, b) in colours}
    background_rgb = max(counts, key=lambda rgb: counts[rgb])
    best: float | None = None
    for rgb, count in counts.items():
        if count >= min_pixels and rgb != background_rgb:
            ratio = _contrast(background_rgb, rgb)
            best = ratio if best is None else max(best, ratio)
    return best


def as_pillow(image: QImage) -> Image.Image:
    """``image``'s pixels as a Pillow RGB image (a copy: Qt's buffer is not kept)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)  # 0xffRRGGBB: B, G, R, X bytes
    size = (rgb.width(), rgb.height())
    pixels = bytes(rgb.constBits())
    return Image.frombuffer("RGB", size, pixels, "raw", "BGRX", rgb.bytesPerLine(), 1)


def save_png(image: QImage, path: Path) -> None:
    """``image`` as a PNG file, written by Pillow (about twice as fast as Qt's writer on a
    1080 x 1920 screen: the walk writes a screenshot of every screen it checks)."""
    as_pillow(image).save(path)


def settle() -> None:
    """Let layouts converge: words that wrap at a new width ask for a new height, which
    lays out their parents again (a few rounds of posted layout requests)."""
    for _ in range(6):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def plain(text: str) -> str:
    if "<" in text and QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def button_words(button: QAbstractButton) -> str:
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _types_what_it_shows(widget: QWidget, text: str) -> bool:
    """An on-screen keyboard's Latin key (a digit of a booking reference, typed as printed
    on the resident's letter): it shows the character it types, so Latin digits are right."""
    return (
        isinstance(widget, Key)
        and widget.property("script") == LATIN
        and widget.property("char") == plain(text)
    )


def describe(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}#{name}" if name else type(widget).__name__


def _label_cut(widget: QLabel) -> str:
    text = plain(widget.text())
    if not text.strip() or widget.pixmap() is not None and not widget.pixmap().isNull():
        return ""
    metrics = widget.fontMetrics()
    area = widget.contentsRect().adjusted(
        widget.margin() + max(0, widget.indent()),
        widget.margin(),
        -widget.margin(),
        -widget.margin(),
    )
    if area.width() <= 0:
        return "no room at all"
    if getattr(type(widget), "SHRINKS_TO_FIT", False):  # one line, drawn smaller to fit
        drawn = widget.drawn_font()  # type: ignore[attr-defined]
        if drawn.pixelSize() < MIN_DRAWN_PX:
            return f"its words are drawn at {drawn.pixelSize()} px to fit, under {MIN_DRAWN_PX} px"
        widest = QFontMetrics(drawn).horizontalAdvance(text)
        if widest > area.width() + 1:
            return f"needs {widest} px of width, has {area.width()}"
        return ""
    if widget.property("wrap_anywhere"):  # an address: breaks anywhere
        needed = widget.heightForWidth(widget.width())
        if needed > widget.height() + 2:
            return f"needs {needed} px of height, has {widget.height()}"
        return ""
    if widget.wordWrap():
        # A ticket number or reference is one word: broken after its dash it is misread.
        codes = [metrics.horizontalAdvance(code) for code in _CODE.findall(text)]
        widest = max([longest_word(text, metrics), *codes])
        if widest > area.width() + 1:
            return f"a word needs {widest} px of width, has {area.width()}"
        needed = widget.heightForWidth(widget.width())
        if needed > widget.height() + 2:
            return f"needs {needed} px of height, has {widget.height()}"
        return ""
    widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [text])
    if widest > area.width() + 1:
        return f"needs {widest} px of width, has {area.width()}"
    tall = metrics.height() * max(1, len(text.splitlines()))
    if tall > area.height() + 2:
        return f"needs {tall} px of height, has {area.height()}"
    return ""


def _button_cut(button: QPushButton) -> str:
    text = button_words(button)
    if not text.strip() or button.layout() is not None:
        return ""  # tiles and choice buttons draw their words with labels (checked as labels)
    if getattr(type(button), "SHRINKS_TO_FIT", False):
        drawn = button.drawn_pixel_size()  # type: ignore[attr-defined]
        if drawn < MIN_DRAWN_PX:
            return f"its label is drawn at {drawn} px to fit, under {MIN_DRAWN_PX} px"
        return ""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    area = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    metrics = QFontMetrics(button.font())
    if isinstance(button, BigButton):  # its words wrap onto more lines when narrow
        if not button.icon().isNull():
            area.setWidth(area.width() - button.iconSize().width() - 4)
        lines = wrap_words(text, metrics, max(1, area.width()))
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        tall = metrics.lineSpacing() * len(lines)
        if widest > area.width() + 1:
            return f"needs {widest} px of width, has {area.width()}"
        if tall > area.height() + 2:
            return f"needs {tall} px of height, has {area.height()}"
        return ""
    needed = metrics.horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if needed > area.width() + 1:
        return f"needs {needed} px of width, has {area.width()}"
    if metrics.height() > area.height() + 2:
        return f"needs {metrics.height()} px of height, has {area.height()}"
    return ""


def _clipped_by_ancestor(widget: QWidget, top: QWidget) -> bool:
    """Part of ``widget`` lies outside a parent that is not a scroll area's content."""
    parent = widget.parentWidget()
    rect = widget.geometry()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) or isinstance(
            parent, QAbstractScrollArea
        ):
            return False
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(rect):
            return True
        rect = rect.translated(parent.pos())
        parent = parent.parentWidget()
    return False


def _texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    for widget in root.findChildren(QLabel):
        if shown(widget) and plain(widget.text()).strip():
            yield widget, plain(widget.text()).strip()
    for button in root.findChildren(QAbstractButton):
        if shown(button) and button_words(button).strip():
            yield button, button_words(button).strip()
    for line in root.findChildren(QLineEdit):
        if shown(line) and not line.text() and line.placeholderText():
            yield line, line.placeholderText()


def shown_texts(root: QWidget) -> set[str]:
    """Every text ``root`` shows now (labels, buttons, placeholders)."""
    return {text for _, text in _texts(root)}


@dataclass
class Checker:
    """Checks the screens of one kiosk window against what the resident needs."""

    window: MainWindow
    setting: str = ""
    english: dict[str, set[str]] = field(default_factory=dict)
    #: Per language, the texts its translators gave as they are in English.
    same: dict[str, set[str]] = field(default_factory=dict)
    language: str = "en"
    #: The window as the last check saw it.
    image: QImage = field(default_factory=QImage)
    #: Per state walked alone, in the setting walked now: whether its page showed whole,
    #: nothing under "More below" (its assisted-mode twin must too: :meth:`_below`).
    whole: dict[str, bool] = field(default_factory=dict)
    #: The text size walked now (an index of theme.TEXT_SCALES; 0 is normal text).
    text_size: int = 0

    def roots(self) -> list[QWidget]:
        """What the window shows around and on the screen: the top bar, the assisted-mode
        banner while an adviser helps, the screen's page and the bottom bar."""
        window = self.window
        candidates = [window.top_bar, window.banner, window.stack.currentWidget()]
        return [r for r in [*candidates, window.bottom_bar] if r is not None and shown(r)]

    def check(self, state: str, language: str, theme: str) -> list[Violation]:
        window = self.window
        self.language = language
        settle()
        found: list[Violation] = []

        def add(kind: str, widget: QWidget, text: str, detail: str) -> None:
            found.append(Violation(kind, state, describe(widget), text, detail, self.setting))

        roots = self.roots()
        image = window.grab().toImage()
        self.image = image  # what was checked: the screenshot, if the walk keeps one
        page = window.stack.currentWidget()
        viewport_width = page.viewport().width() if isinstance(page, QAbstractScrollArea) else 0

        texts = [pair for root in roots for pair in _texts(root)]
        for widget, text in texts:
            # Cut words.
            why = ""
            if isinstance(widget, QLabel):
                why = _label_cut(widget)
            elif isinstance(widget, QPushButton):
                why = _button_cut(widget)
            if (
                not why
                and not isinstance(widget, QLineEdit)
                and _clipped_by_ancestor(widget, window)
            ):
                why = "runs outside its panel"
            elif isinstance(widget, QLineEdit):
                margins = widget.textMargins()
                room = widget.contentsRect().width() - margins.left() - margins.right() - 4
                needed = widget.fontMetrics().horizontalAdvance(text)
                if needed > room:
                    why = f"hint needs {needed} px of width, has {room}"
            if why:
                add("cut", widget, text, why)
            # Sideways: beyond the right edge of the page.
            if isinstance(page, QAbstractScrollArea) and page.viewport().isAncestorOf(widget):
                left = widget.mapTo(page.viewport(), QPoint(0, 0)).x()
                if left < -1 or left + widget.width() > viewport_width + 1:
                    add("sideways", widget, text, "reachable only by a sideways scroll")
            # Contrast of the words as drawn.
            if not widget.isEnabled():
                continue
            origin = widget.mapTo(window, QPoint(0, 0))
            if isinstance(widget, QPushButton) and widget.layout() is None:
                option = QStyleOptionButton()
                widget.initStyleOption(option)
                area = widget.style().subElementRect(
                    QStyle.SubElement.SE_PushButtonContents, option, widget
                )
            elif isinstance(widget, QLabel):
                area = widget.contentsRect()
            elif isinstance(widget, QLineEdit):
                area = widget.rect().adjusted(6, 6, -6, -6)
            else:
                continue
            if not window.rect().contains(QRect(origin, widget.size()).center()):
                continue
            ratio = measured_contrast(image, area.translated(origin))
            least = MIN_CONTRAST[theme]
            if ratio is not None and ratio < least - 0.05:
                what = "placeholder" if isinstance(widget, QLineEdit) else "text"
                add("contrast", widget, text, f"{what} at {ratio:.2f}:1, needs {least}:1")
            # Language: English left on another language's screen; foreign digits.
            if language != "en" and self._english_here(state, widget, text):
                add("english", widget, text, f"English on a {language} screen")
            digits = NATIVE_DIGITS.get(language)
            if (
                digits
                and _ASCII_DIGIT.search(_CODE.sub("", text))
                and not widget.property("identifier")
                and not isinstance(widget, QLineEdit)
                and not _types_what_it_shows(widget, text)
            ):
                add("digits", widget, text, f"Latin digits on a {language} screen")

        for root in roots:
            for widget in root.findChildren(QWidget):
                if not shown(widget) or not isinstance(widget, INTERACTIVE):
                    continue
                words = button_words(widget) if isinstance(widget, QAbstractButton) else ""
                if not widget.accessibleName().strip():
                    add("name", widget, words, "no accessible name")
                if widget.isEnabled() and (
                    widget.height() < MIN_TARGET or widget.width() < MIN_TARGET
                ):
                    if isinstance(widget, (QCheckBox, QRadioButton)) and widget.height() >= 64:
                        continue
                    add("target", widget, words, f"{widget.width()} x {widget.height()} px")
            found.extend(self._overlaps(root, state))
        if isinstance(page, QAbstractScrollArea) and page.horizontalScrollBar().maximum() > 0:
            add("sideways", page, "", "the page scrolls sideways")
        if page is not None:
            found.extend(self._below(state, page))
        found.extend(self._focus_outline(state, theme, image))
        return found

    def _below(self, state: str, page: QWidget) -> Iterable[Violation]:
        """Where the adviser is asked to step back (the council's survey) the resident
        answers on their own: the assisted-mode banner must not push an answer they would
        see whole alone under "More below" (it did: the banner and a step-back note took
        230 px and the agreement answers went under it at 1280 x 800). At normal text, where
        the screens promise to show whole; Back and Next may slide, after "More below", and
        a screen that slides alone is not asked to fit. Elsewhere the adviser is beside the
        resident, and slides the page."""
        from hubkiosk.ui.main_window import STEP_BACK_SCREENS

        sliding = [
            area
            for area in [page, *page.findChildren(QAbstractScrollArea)]
            if isinstance(area, QAbstractScrollArea)
            and shown(area)
            and not isinstance(area, GrowingScrollArea)  # it grows; its page slides
            and area.verticalScrollBar().maximum() > 0
        ]
        alone = state.removeprefix(ASSISTED)
        if alone == state:
            self.whole[state] = not sliding
            return
        if (
            not sliding
            or not self.whole.get(alone)
            or self.text_size
            or self.window.current not in STEP_BACK_SCREENS
        ):
            return
        for area in sliding:
            seen = area.viewport().rect()
            cue = area.findChild(QLabel, "ScrollCue")
            if cue is not None and cue.isVisible():  # what is under it is not seen either
                seen.setBottom(cue.geometry().top() - area.viewport().geometry().top() - 1)
            hidden = [
                widget
                for widget in area.viewport().findChildren(QWidget)
                if isinstance(widget, INTERACTIVE)
                and not isinstance(widget, BigButton)  # Back, Next: slid to, after "More below"
                and shown(widget)
                and not seen.contains(
                    QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
                )
            ]
            if hidden:
                words = ", ".join(
                    dict.fromkeys(button_words(w) for w in hidden if isinstance(w, QAbstractButton))
                )
                yield Violation(
                    "below",
                    state,
                    describe(hidden[0]),
                    words,
                    f'{len(hidden)} answers under "More below" with an adviser helping '
                    "(whole on the resident's own)",
                    self.setting,
                )
                return

    def _english_here(self, state: str, widget: QWidget, text: str) -> bool:
        english = self.english.get(state, set())
        if text not in english or not _LATIN_WORD.search(_CODE.sub("", text)) or _URL.match(text):
            return False
        if text in self.same.get(self.language, set()):
            return False  # a translator wrote it the same (a place's name, "PIN")
        return not widget.property("lang")  # a language's own name on its button

    def remember_english(self, state: str) -> None:
        texts: set[str] = set()
        for root in self.roots():
            texts |= shown_texts(root)
        self.english[state] = texts

    def _overlaps(self, root: QWidget, state: str) -> Iterable[Violation]:
        for parent in [root, *root.findChildren(QWidget)]:
            if not shown(parent) or isinstance(parent, QAbstractScrollArea):
                continue
            children = [
                w
                for w in parent.children()
                if isinstance(w, QWidget)
                and shown(w)
                and not w.isWindow()
                and w.objectName() not in ("IdleOverlay",)
            ]
            for index, first in enumerate(children):
                for second in children[index + 1 :]:
                    common = first.geometry().intersected(second.geometry())
                    if common.width() > 2 and common.height() > 2:
                        yield Violation(
                            "overlap",
                            state,
                            describe(first),
                            _words(first),
                            f"overlaps {describe(second)} {_words(second)!r}",
                            self.setting,
                        )

    def _focus_outline(self, state: str, theme: str, image: QImage) -> Iterable[Violation]:
        """The focus outline of the first bottom-bar button against the bar behind it."""
        del image
        button = self.window.start_again
        if not shown(button):
            return
        had = QApplication.focusWidget()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        grabbed = self.window.bottom_bar.grab().toImage()
        origin = button.geometry()
        border = QColor(grabbed.pixel(origin.left() + 2, origin.center().y()))
        outside = QColor(grabbed.pixel(max(0, origin.left() - 4), origin.center().y()))
        ratio = contrast_ratio(border, outside)  # the outline against what surrounds it
        if had is not None:
            had.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            button.clearFocus()
        needed = MIN_CONTRAST[theme]
        if ratio < needed - 0.05:
            yield Violation(
                "contrast",
                state,
                describe(button),
                button_words(button),
                f"focus outline at {ratio:.2f}:1, needs {needed}:1",
                self.setting,
            )


def _words(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return button_words(widget)
    if isinstance(widget, QLabel):
        return plain(widget.text())
    return ""


def same_as_english(content: object) -> dict[str, set[str]]:
    """Per language, the texts deliberately the same as in English: content texts given in
    that language (a hub's name) and UI strings translated as themselves ("PIN")."""
    import xml.etree.ElementTree as ET

    from hubkiosk.core.i18n import CODES
    from hubkiosk.resources import resource
    from sync.protocol import LocalizedText

    found: dict[str, set[str]] = {code: set() for code in CODES}
    seen: set[int] = set()

    def walk(value: object) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, LocalizedText):
            for code, text in value.root.items():
                if code != "en" and text == value.root["en"]:
                    found.setdefault(code, set()).add(text)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dict__"):
            for item in vars(value).values():
                walk(item)

    walk(content)
    for code in CODES:
        path = resource("translations", f"hubkiosk_{code}.ts")
        if code == "en" or not path.exists():
            continue
        for message in ET.parse(path).getroot().iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and source == translation:
                found[code].add(source)
    return found


# Walking -----------------------------------------------------------------------------------
Step = Callable[["MainWindow"], None]


def _go(screen: ScreenId, **params: Any) -> Step:
    def step(window: MainWindow) -> None:
        window.start_over_quietly()
        window.go(screen, params)

    return step


def _then(first: Step, *actions: Callable[[MainWindow], None]) -> Step:
    def step(window: MainWindow) -> None:
        first(window)
        for action in actions:
            settle()
            action(window)

    return step


def _wait_for(window: MainWindow, screen: ScreenId, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while window.current is not screen and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def _screen(window: MainWindow, screen: ScreenId) -> Any:
    """A screen, to press its own controls (the walk knows each screen's parts)."""
    return window.screens[screen]


def _survey(window: MainWindow) -> Any:
    return window.screens[ScreenId.SURVEY]


def _choose_first(window: MainWindow) -> None:
    """Answer the survey question shown with its first choice ("Yes" first), then Next."""
    survey = _survey(window)
    choices = survey._choices
    button = choices.get("yes") or next(iter(choices.values()), None)
    if button is not None:
        button.click()
    survey.next_button.click()


def _not_found(window: MainWindow) -> None:
    """A reference the kiosk does not know typed, then "Check in": the "not found" answer
    (three buttons: a walk-in ticket, try again, done)."""
    screen = _screen(window, ScreenId.APPOINTMENT)
    screen.reference_edit.setText("HK-0000")
    screen.check_button.click()


def _too_late(window: MainWindow) -> None:
    """The answer to a booking at this hub an hour and a quarter ago: "too late" (two
    buttons). Shown as the store's answer would show it: the walk's kiosk holds no bookings."""
    from hubkiosk.core.appointments import AppointmentInfo, CheckIn, Match

    ctx = window.ctx
    service = ctx.content.catalogue.services[0].id
    when = ctx.now() - dt.timedelta(minutes=75)
    info = AppointmentInfo(uuid.UUID(int=2719), ctx.settings.hub_id, service, when)
    _screen(window, ScreenId.APPOINTMENT)._found(Match(CheckIn.LATE, info))


def _open_referral(window: MainWindow) -> None:
    screen = _screen(window, ScreenId.ADVISER_QUEUE)
    screen.referral_panel.show()
    screen.choose_other_organisation()


def _on_clock(clock: Callable[[], dt.datetime], step: Step) -> Step:
    """``step`` with the kiosk's clock set to ``clock`` first (and left so)."""

    def on(window: MainWindow) -> None:
        window.ctx.clock = clock
        step(window)

    return on


def _alone(step: Step) -> Step:
    """``step`` with no adviser signed in: the resident on their own (self-service)."""

    def on(window: MainWindow) -> None:
        if window.ctx.adviser is not None:
            from sync.protocol.records import EndReason

            window.ctx.sign_out_adviser(EndReason.LEFT)
        step(window)

    return on


def _assisted(step: Step) -> Step:
    """``step`` with an adviser helping the resident (assisted mode): the banner on every
    screen, the consent line on a form's answers, the step-back note on the survey."""

    def on(window: MainWindow) -> None:
        ctx = window.ctx
        if not ctx.assisting:
            if ctx.adviser is None:
                adviser_id, first_name = AUDIT_ADVISER
                ctx.sign_in_adviser(adviser_id)
                assert ctx.adviser is not None
                ctx.adviser.first_name = first_name  # the walk's content lists no advisers
            ctx.start_assisting()  # the banner shows, with the name
        step(window)

    return on


def _review(window: MainWindow) -> None:
    """A form's "Check your answers" page (none given: each says "Not answered"), with
    the resident's consent line when an adviser typed for them."""
    form = _screen(window, ScreenId.FORM)
    form.reviewing = True
    form._show_step()


def _small_hours(clock: Callable[[], dt.datetime]) -> Callable[[], dt.datetime]:
    """03:00 in London on ``clock``'s day: every hub is closed."""
    local = clock().astimezone(hours.LONDON)
    night = local.replace(hour=3, minute=0, second=0, microsecond=0).astimezone(dt.UTC)
    return lambda: night


def states(kiosk: Kiosk, *, staff: bool = False) -> list[tuple[str, Step]]:
    """Every screen a resident meets (and the advisers' sign-in), and how to get there;
    with ``staff`` the advisers' own screens too."""
    content = kiosk.ctx.content
    service = content.catalogue.services[0].id
    form_ids = sorted(content.forms)
    surveys = sorted(content.surveys)
    confirm = _go(ScreenId.TICKET_CONFIRM, service_id=service)
    # The reference screen of the first form (its title and next steps shown too).
    done = {"form_id": form_ids[0]} if form_ids else {}
    prefix = content.forms[form_ids[0]].reference_prefix if form_ids else "HK"
    walk: list[tuple[str, Step]] = [
        ("home", _go(ScreenId.HOME)),
        ("queue", _go(ScreenId.QUEUE)),
        ("ticket_confirm", confirm),
        (
            # "I need extra help", then "An interpreter": every part of the help shows,
            # the interpreter's languages too (cut at 200 % text in Polish, unwalked).
            "ticket_confirm+help",
            _then(
                confirm,
                lambda w: _screen(w, ScreenId.TICKET_CONFIRM).help_button.click(),
                lambda w: _screen(w, ScreenId.TICKET_CONFIRM).interpreter_button.click(),
            ),
        ),
        (
            "ticket_confirm+keyboard",
            _then(confirm, lambda w: _screen(w, ScreenId.TICKET_CONFIRM).keyboard.show()),
        ),
        (
            "ticket_issued",
            _then(
                confirm,
                lambda w: _screen(w, ScreenId.TICKET_CONFIRM).get_button.click(),
                lambda w: _wait_for(w, ScreenId.TICKET_ISSUED),
            ),
        ),
        ("appointment", _go(ScreenId.APPOINTMENT)),
        (
            # "Check in" with nothing typed: what is wrong shows (in the captions' place on
            # a short landscape screen).
            "appointment+error",
            _then(
                _go(ScreenId.APPOINTMENT),
                lambda w: _screen(w, ScreenId.APPOINTMENT).check_button.click(),
            ),
        ),
        ("appointment+not_found", _then(_go(ScreenId.APPOINTMENT), _not_found)),
        ("appointment+too_late", _then(_go(ScreenId.APPOINTMENT), _too_late)),
        ("finder", _go(ScreenId.FINDER)),
        (
            "finder+search",
            _then(_go(ScreenId.FINDER), lambda w: _screen(w, ScreenId.FINDER)._open_search()),
        ),
        ("service_page", _go(ScreenId.SERVICE_PAGE, service_id=service)),
        ("tell_us", _go(ScreenId.TELL_US)),
        ("feedback", _go(ScreenId.FEEDBACK)),
        (
            "feedback+comment",
            _then(_go(ScreenId.FEEDBACK), lambda w: _screen(w, ScreenId.FEEDBACK)._open_comment()),
        ),
        # A reference as residents get them, in the widest letters they can have (with a
        # digit): a short "HK-4821" never met the reference broken over two lines.
        ("form_done", _go(ScreenId.FORM_DONE, reference=reference_of(prefix, "WMWMW"), **done)),
        ("adviser_pin", _go(ScreenId.ADVISER_PIN)),
    ]
    if staff:
        # The advisers' own screens (issue 14 reworks them): walked with staff=True.
        walk += [
            ("adviser_home", _go(ScreenId.ADVISER_HOME)),
            ("adviser_queue", _go(ScreenId.ADVISER_QUEUE)),
            # "Served: referred", then "Another organisation": the choice open in full.
            ("adviser_queue+referral", _then(_go(ScreenId.ADVISER_QUEUE), _open_referral)),
            ("adviser_today", _go(ScreenId.ADVISER_TODAY)),
        ]
    # Out of hours the queue screen is the closed hub's page (its opening times, the
    # finder): walked at 03:00 of the walk's day, every other screen on the walk's clock.
    kept = kiosk.ctx.clock
    walk = [(name, _on_clock(kept, step)) for name, step in walk]
    walk.insert(2, ("queue+closed", _on_clock(_small_hours(kept), _go(ScreenId.QUEUE))))
    walk += [(f"form:{f}", _on_clock(kept, _go(ScreenId.FORM, form_id=f))) for f in form_ids]
    if form_ids:
        first_form = _on_clock(kept, _go(ScreenId.FORM, form_id=form_ids[0]))
        walk.append((f"form:{form_ids[0]}+review", _then(first_form, _review)))
    for survey_id in surveys:
        intro = _on_clock(kept, _go(ScreenId.SURVEY, survey_id=survey_id))
        walk.append((f"survey:{survey_id}", intro))
        begun = _then(intro, lambda w: _survey(w).start_button.click())
        walk.append((f"survey:{survey_id}:q1", begun))
        # Yes, then the first service: the five-statement agreement grid, then ranking.
        for number in (2, 3, 4):
            walk.append(
                (
                    f"survey:{survey_id}:q{number}",
                    _then(begun, *([_choose_first] * (number - 1))),
                )
            )
    # An adviser helping a resident (assisted mode), after the same screens alone, which
    # they are compared with (:meth:`Checker._below`): the resident's home, a service's
    # page, a form and its answers to agree to, and the council's survey, where the
    # adviser is asked to step back.
    forms = [f"form:{form_ids[0]}", f"form:{form_ids[0]}+review"] if form_ids else []
    helped = ["home", "service_page", *forms]
    helped += [name for name, _ in walk if name.startswith("survey:")]
    steps = dict(walk)
    return [(name, _alone(step)) for name, step in walk] + [
        (f"{ASSISTED}{name}", _assisted(steps[name])) for name in helped
    ]


@dataclass
class Report:
    violations: list[Violation] = field(default_factory=list)
    checked: int = 0
    seconds: float = 0.0
    screenshots: list[str] = field(default_factory=list)
    #: Every screen checked, with its setting ("home bn default 200% 1080x1920").
    walked: list[str] = field(default_factory=list)

    def write(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        data = {
            "checked": self.checked,
            "seconds": round(self.seconds, 1),
            "violations": [asdict(v) for v in self.violations],
            "screenshots": self.screenshots,
            "walked": self.walked,
        }
        (out / "audit.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
        lines = [
            "# Hub Kiosk accessibility audit",
            "",
            f"{self.checked} screens checked in {self.seconds:.0f} s: "
            f"{len(self.violations)} violations.",
            "",
        ]
        by_kind = Counter(v.kind for v in self.violations)
        lines += [f"- {kind}: {count}" for kind, count in sorted(by_kind.items())]
        lines += ["", "## Violations", ""] + [f"- {v.line()}" for v in self.violations]
        lines += ["", "## Screenshots", ""] + [f"- [{s}]({s})" for s in self.screenshots]
        (out / "audit.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(
    kiosk: Kiosk,
    out: Path | None,
    *,
    quick: bool = False,
    staff: bool = False,
    languages: Iterable[str] | None = None,
    screenshots: bool = True,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Walk the screens in every setting; the slow text-size change happens least often."""
    from hubkiosk.core.i18n import CODES
    from hubkiosk.ui import theme as themes

    window = kiosk.window
    codes = list(languages) if languages is not None else list(CODES)
    resolutions = RESOLUTIONS[-1:] if quick else RESOLUTIONS
    sizes = (TEXT_SIZES[-1],) if quick else TEXT_SIZES
    theme_names = THEMES[:1] if quick else THEMES
    walk = states(kiosk, staff=staff)
    report = Report()
    started = time.monotonic()
    shots = out / "screens" if out is not None and screenshots else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    checker = Checker(window, same=same_as_english(kiosk.ctx.content))
    window.activateWindow()  # focus outlines are drawn in the active window only
    for width, height in resolutions:
        window.resize(width, height)
        for size in sizes:
            window.scale_index = size
            checker.text_size = size
            for theme_name in theme_names:
                window.theme = themes.Theme(theme_name)
                window.contrast_button.blockSignals(True)
                window.contrast_button.setChecked(theme_name == "contrast")
                window.contrast_button.blockSignals(False)
                window.apply_theme()
                for code in ["en", *[c for c in codes if c != "en"]]:
                    kiosk.ctx.set_language(code)
                    window.retranslate()
                    percent = round(themes.TEXT_SCALES[size] * 100)
                    checker.setting = f"{code} {theme_name} {percent}% {width}x{height}"
                    if progress is not None:
                        progress(checker.setting)
                    for name, step in walk:
                        step(window)
                        kiosk.ctx.ops.wait(10_000)  # store work the screen asked for
                        settle()
                        if (
                            kiosk.ctx.language != code
                            or window.scale_index != size
                            or window.theme.value != theme_name
                        ):
                            # Something started the visit over (an idle reset): set it again.
                            window.scale_index = size
                            window.theme = themes.Theme(theme_name)
                            window.contrast_button.blockSignals(True)
                            window.contrast_button.setChecked(theme_name == "contrast")
                            window.contrast_button.blockSignals(False)
                            window.apply_theme()
                            kiosk.ctx.set_language(code)
                            window.retranslate()
                            step(window)
                            kiosk.ctx.ops.wait(10_000)
                            settle()
                        if code == "en":
                            checker.remember_english(name)
                        report.violations += checker.check(name, code, theme_name)
                        report.checked += 1
                        report.walked.append(f"{name} {checker.setting}")
                        if shots is not None and (size == sizes[-1] or quick):
                            file = f"{name.replace(':', '-')}_{code}_{theme_name}_{percent}_{width}x{height}.png"
                            save_png(checker.image, shots / file)
                            report.screenshots.append(f"screens/{file}")
    _alone(lambda w: None)(window)  # the walk's adviser, last helping, signs out
    kiosk.ctx.set_language(kiosk.ctx.settings.default_language)
    window.start_over()
    report.seconds = time.monotonic() - started
    if out is not None:
        report.write(out)
    QCoreApplication.processEvents()
    return report
