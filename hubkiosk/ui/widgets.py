"""Touch-first building blocks: big buttons, picture tiles, titles.

Every interactive widget gets an accessible name (what a screen reader says) equal to the
words it shows, and keeps it in step when the language changes.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.resources import resource


def icon(name: str) -> QIcon:
    return QIcon(str(icon_path(name)))


def icon_path(name: str) -> Path:
    """The SVG of icon ``name``, or the "other" picture when there is none."""
    path = resource("icons", f"{name}.svg")
    return path if path.exists() else resource("icons", "other.svg")


def qr_pixmap(text: str, side: int, *, remember: bool = False) -> QPixmap:
    """A sharp QR code of ``text`` about ``side`` pixels wide (``remember``: a public
    address, whose code is kept for the next time; see :mod:`hubkiosk.printing.qr`)."""
    from hubkiosk.printing.qr import qr_image_about  # the QR library: not needed at start

    return QPixmap.fromImage(qr_image_about(text, side, remember=remember))


def tinted(name: str, size: int, color: QColor) -> QPixmap:
    """The icon ``name`` drawn in ``color`` (icons are black line drawings), so pictures
    follow the theme's text colour, including high contrast."""
    return _tinted(name, size, color.rgba())


#: Where tinted pictures are kept from one start to the next (the kiosk's data dir, see
#: :func:`keep_pictures_in`); None draws each from its SVG.
_kept_pictures: Path | None = None


def keep_pictures_in(folder: Path | None) -> None:
    """Keep the tinted pictures drawn in ``folder`` as PNG files, and read them from there
    on the next start. The home screen's pictures are then painted without loading Qt's
    SVG support (a few milliseconds of a quick start: issue 16)."""
    global _kept_pictures
    _kept_pictures = folder


@functools.lru_cache(maxsize=512)
def _tinted(name: str, size: int, rgba: int) -> QPixmap:
    # A text size or theme change repaints every tile's picture (a thousand or so, three
    # change events each); the same few dozen pictures are drawn once and shared.
    kept = _kept_file(name, size, rgba)
    if kept is not None:
        file, ratio = kept
        pixmap = QPixmap(str(file)) if file.is_file() else QPixmap()
        if not pixmap.isNull():
            pixmap.setDevicePixelRatio(ratio)
            return pixmap
    pixmap = icon(name).pixmap(QSize(size, size))
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor.fromRgba(rgba))
    painter.end()
    if kept is not None:
        _keep(pixmap, kept[0])
    return pixmap


def _kept_file(name: str, size: int, rgba: int) -> tuple[Path, float] | None:
    """Where the picture is kept, named by everything it is drawn from (the SVG's time and
    size: a new icon is drawn again), and the screen's pixel ratio it is drawn at."""
    if _kept_pictures is None:
        return None
    source = icon_path(name)
    try:
        stat = source.stat()
    except OSError:
        return None
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    stamp = f"{stat.st_mtime_ns:x}-{stat.st_size:x}"
    return _kept_pictures / f"{source.stem}-{size}-{rgba:08x}-{ratio:g}~{stamp}.png", ratio


def _keep(pixmap: QPixmap, file: Path) -> None:
    """Write ``pixmap`` to ``file`` whole (never a torn file), in place of the picture
    drawn from an earlier version of its icon; a failure only means the picture is drawn
    again next time."""
    partial = file.with_name(file.name + ".part")
    drawn_as = file.name.split("~")[0]
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        if pixmap.save(str(partial), "PNG"):
            os.replace(partial, file)
        for older in file.parent.glob(f"{drawn_as}~*.png"):
            if older != file:
                older.unlink(missing_ok=True)
    except OSError:
        pass


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` broken into lines at most ``width`` wide, at spaces only (a word longer
    than the width keeps its own line: the caller makes room for the widest word)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    _ButtonBase = QAbstractButton
else:
    _ButtonBase = object


class EnterPresses(_ButtonBase):
    """Mixed into a button: Enter and Return press it as Space does (Qt's buttons answer
    Space only, outside dialogs): a keyboard user's usual key, and the one many switch
    interfaces send."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.isAutoRepeat() and self.isEnabled():
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)


class BigButton(EnterPresses, QPushButton):
    """A push button at least 64 px high whose accessible name follows its text.

    When the layout gives it less width than its words need on one line (200 % text, a
    portrait kiosk, a long Somali phrase), the words wrap onto more lines and the button
    grows taller, instead of being cut at both ends; it is never narrower than its
    longest word.
    """

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        if role:
            self.setProperty("role", role)
        self.setMinimumHeight(64)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        if text == self.text() and self.accessibleName() == text:
            return  # the same words (a retranslate): no new layout of the screen
        super().setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def _words(self) -> str:
        return self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")

    def _chrome(self) -> QSize:
        """Width and height of border and padding around the words."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 1000, 1000)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        icon = self.iconSize().width() + 8 if not self.icon().isNull() else 0
        return QSize(1000 - inner.width() + icon, 1000 - inner.height())

    def _lines(self, width: int) -> list[str]:
        room = width - self._chrome().width()
        return wrap_words(self._words(), self.fontMetrics(), max(1, room))

    def _wraps(self) -> bool:
        """Narrower than its words on one line (Qt's own hint, icon included)."""
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized) or self.layout() is not None:
            return False
        return self.width() < super().sizeHint().width() and len(self._lines(self.width())) > 1

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        words = self._words().split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        width = min(hint.width(), widest + self._chrome().width() + 2)
        height = self.heightForWidth(self.width()) if self._wraps() else hint.height()
        return QSize(max(64, width), max(hint.height(), height))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        if self._wraps():
            return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return self.layout() is None

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        lines = len(self._lines(width))
        needed = lines * self.fontMetrics().lineSpacing() + self._chrome().height()
        return max(super().sizeHint().height(), needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the words wrap differently: ask for a new height

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if not self._wraps():
            super().paintEvent(event)
            return
        # The style draws the frame, then each line as a label of its own, so the words
        # keep the style sheet's colours for every state (checked, pressed, disabled).
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        lines = self._lines(self.width())
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButtonBevel, option)
        spacing = self.fontMetrics().lineSpacing()
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        middle = inner.center().y()
        top = middle - spacing * len(lines) / 2
        for index, line in enumerate(lines):
            line_option = QStyleOptionButton(option)
            line_option.text = line.replace("&", "&&")
            line_option.icon = QIcon()  # on one line only, so none when the words wrap
            offset = round(top + spacing * (index + 0.5) - middle)
            line_option.rect = inner.translated(0, offset)  # inside the padding
            painter.drawControl(QStyle.ControlElement.CE_PushButtonLabel, line_option)


class Tile(EnterPresses, QPushButton):
    """A big button with a picture above its words, which wrap.

    The button's own ``text()`` holds the words (for tests and assistive technology);
    the labels inside draw them so long names wrap instead of being cut off.
    """

    #: The picture's side in lines of the tile's text, and at least this many pixels.
    ICON_LINES = 1.8
    ICON_MIN_PX = 48
    #: The least height of a tile: picture above its words, the same :meth:`compact`, and
    #: beside them (:meth:`beside`).
    MIN_HEIGHT = 120
    MIN_HEIGHT_COMPACT = 100
    MIN_HEIGHT_BESIDE = 80
    #: :meth:`compact`'s picture side in lines of text; the margins, and :meth:`compact`'s.
    ICON_LINES_COMPACT = 1.3
    MARGIN, MARGIN_COMPACT = 16, 10

    def __init__(
        self, text: str = "", icon_name: str = "", sub: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(160)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # The picture, then the words (the name above its line): one above the other, or
        # side by side (:meth:`beside`).
        self._column = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._column.setContentsMargins(self.MARGIN, self.MARGIN, self.MARGIN, self.MARGIN)
        self._column.setSpacing(8)
        self._icon_lines = self.ICON_LINES
        self._words = QVBoxLayout()
        self._words.setSpacing(8)
        self._picture = QLabel()
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setObjectName("TileText")
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._sub = QLabel()
        self._sub.setTextFormat(Qt.TextFormat.PlainText)
        self._sub.setObjectName("TileSub")
        self._sub.setWordWrap(True)
        self._sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for child in (self._picture, self._label, self._sub):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._column.addWidget(self._picture)
        self._column.addLayout(self._words)
        self._words.addWidget(self._label)
        self._words.addWidget(self._sub)
        self._icon_name = icon_name
        self.set_icon(icon_name)
        self.setText(text)
        self.set_sub(sub)

    def beside(self, on: bool) -> None:
        """The picture beside the words (on the leading side), not above them: a row of
        tiles about half as tall, for a short screen (the home screen's most visited
        services, the finder's search results above the keyboard, on a 1366 x 768 panel).
        The name and its line stay one above the other, in the middle of the tile's height."""
        direction = QBoxLayout.Direction.LeftToRight if on else QBoxLayout.Direction.TopToBottom
        if self._column.direction() == direction:
            return
        self._column.setDirection(direction)
        self._column.setSpacing(16 if on else 8)
        self._words.setSpacing(2 if on else 8)  # the name and its line, close together
        self._column.setStretchFactor(self._words, 1 if on else 0)  # the words by the picture
        if on:  # the words' block centred on the picture, whatever the tile's height
            self._words.insertStretch(0, 1)
            self._words.addStretch(1)
        else:
            for index in (self._words.count() - 1, 0):
                self._words.takeAt(index)
        words = Qt.AlignmentFlag.AlignLeft if on else Qt.AlignmentFlag.AlignHCenter
        for text in (self._label, self._sub):
            text.setAlignment(words | Qt.AlignmentFlag.AlignVCenter)
        self.updateGeometry()

    def compact(self, on: bool) -> None:
        """A smaller picture and margins, for a short screen (the home screen's choices on
        a 1366 x 768 panel, in the languages whose words take two lines)."""
        lines = self.ICON_LINES_COMPACT if on else self.ICON_LINES
        if lines == self._icon_lines:
            return
        self._icon_lines = lines
        margin = self.MARGIN_COMPACT if on else self.MARGIN
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._paint_icon()
        self.updateGeometry()

    def is_beside(self) -> bool:
        """Whether the picture is beside the words (:meth:`beside`)."""
        return self._column.direction() == QBoxLayout.Direction.LeftToRight

    def picture_room(self) -> int:
        """The width the picture takes from the words: beside them, its own and the gap."""
        if not self.is_beside() or self._picture.isHidden():
            return 0
        return self._picture.sizeHint().width() + self._column.spacing()

    @property
    def _min_height(self) -> int:
        if self.is_beside():
            return self.MIN_HEIGHT_BESIDE
        compact = self._icon_lines == self.ICON_LINES_COMPACT
        return self.MIN_HEIGHT_COMPACT if compact else self.MIN_HEIGHT

    def set_icon(self, name: str) -> None:
        self._icon_name = name
        self._picture.setVisible(bool(name))
        self._paint_icon()

    def _paint_icon(self) -> None:
        if self._icon_name:
            # The words' colour and size as the style sheet gives them (a label is styled
            # when first shown: read before, the picture was black on the dark primary tile
            # and smaller than its words called for).
            self._label.ensurePolished()
            size = max(
                self.ICON_MIN_PX, round(self._label.fontMetrics().height() * self._icon_lines)
            )
            color = self._label.palette().color(QPalette.ColorRole.WindowText)
            self._picture.setPixmap(tinted(self._icon_name, size, color))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
        ):
            self._paint_icon()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        if text == self.text() and self._label.text() == text and self.accessibleName() == text:
            return  # the same words (a retranslate): no new layout of the screen
        super().setText(text)
        self._label.setText(text)
        self.setAccessibleName(text)

    @property
    def sub_text(self) -> str:
        """The line shown under the tile's name ("No one waiting"), or ""."""
        return self._sub.text() if self._sub.isVisibleTo(self) else ""

    def set_sub(self, text: str) -> None:
        if (
            self._sub.text() == text
            and self.accessibleDescription() == text
            and self._sub.isVisibleTo(self) == bool(text)
        ):
            return
        self._sub.setText(text)
        self._sub.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else QSize()
        return hint.expandedTo(QSize(160, self._min_height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # As tall as the picture and the wrapped words need at the current width (before
        # the tile is laid out, at a narrow one), so a scroll area scrolls instead of
        # squeezing the words off the tile.
        width = self.width() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else 200
        return QSize(160, self.heightForWidth(max(width, 160)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the words wrap differently: ask for a new height

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        layout = self.layout()
        if layout is None:
            return self._min_height
        return max(self._min_height, layout.totalHeightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.icon = QIcon()
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)


if TYPE_CHECKING:
    _ChoiceBase = QAbstractButton
else:
    _ChoiceBase = object


class WrappingChoice(_ChoiceBase):
    """Mixed into a radio button or check box drawn as a large tile (a form's or survey's
    answers), before the Qt class: its words wrap onto more lines and the tile grows
    taller when its column is narrow (200 % text, a portrait kiosk, a long Somali
    answer), instead of the row pushing the page into a sideways scroll. It is never
    narrower than its longest word; :class:`TileGrid` takes fewer columns when that
    does not fit.
    """

    #: Where the style puts the words and what it draws (set by the Qt kind).
    CONTENTS = QStyle.SubElement.SE_CheckBoxContents
    CONTROL = QStyle.ControlElement.CE_CheckBox

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # As wide as the column gives (down to its longest word), as tall as its lines.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    if TYPE_CHECKING:  # QCheckBox's and QRadioButton's, not QAbstractButton's

        def initStyleOption(self, option: QStyleOptionButton) -> None: ...  # noqa: N802

    def _option(self, width: int, height: int = 1000) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, height)
        return option

    def _words_rect(self, width: int, height: int = 1000) -> QRect:
        option = self._option(width, height)
        return self.style().subElementRect(self.CONTENTS, option, self)

    def _words(self) -> str:
        return self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")

    def _chrome(self) -> QSize:
        """Width and height around the words: border, padding and the box or circle."""
        inner = self._words_rect(1000)
        return QSize(1000 - inner.width(), max(0, 1000 - inner.height()))

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        room = max(1, width - self._chrome().width())
        flags = int(Qt.TextFlag.TextWordWrap)
        words = self.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), flags, self._words())
        one_line = super().sizeHint().height()
        return max(64, one_line, words.height() + self._chrome().height())

    def _current_width(self) -> int:
        return self.width() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        width = self._current_width()
        if 0 < width < hint.width():
            return QSize(hint.width(), self.heightForWidth(width))
        return QSize(hint.width(), max(64, hint.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        widest = longest_word(self._words(), self.fontMetrics())
        width = min(super().sizeHint().width(), widest + self._chrome().width() + 2)
        current = self._current_width()
        return QSize(max(64, width), self.heightForWidth(current or width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the words wrap differently: ask for a new height

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        # The style draws the tile and its box or circle; the words go in its place,
        # wrapped, in the style sheet's colours for the state (chosen, disabled).
        option = self._option(self.width(), self.height())
        option.rect = self.rect()
        words = self.style().subElementRect(self.CONTENTS, option, self)
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(self.CONTROL, option)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
        painter.drawItemText(
            words,
            int(align) | int(Qt.TextFlag.TextWordWrap),
            option.palette,
            self.isEnabled(),
            self._words(),
            QPalette.ColorRole.WindowText,
        )


class TileGrid(QWidget):
    """Tiles in as many columns as fit at the current text size (fewer when text is big).

    A column needs about 14 letters' width, so at 200 % text the tiles stack in one
    column and the screen scrolls instead of cutting words off.
    """

    def __init__(
        self, max_columns: int = 3, parent: QWidget | None = None, *, column_em: int = 11
    ) -> None:
        super().__init__(parent)
        self.max_columns = self._tall_columns = max_columns
        #: How many line heights a column needs (short words need fewer).
        self.column_em = self._tall_em = column_em
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(20)
        self.tiles: list[QWidget] = []
        self._columns = 0

    def set_tiles(self, tiles: list[QWidget]) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            if tile not in tiles:
                tile.hide()  # gone now, not when the event loop gets round to it
                tile.deleteLater()
        self.tiles = list(tiles)
        self._columns = 0
        self._reflow()

    def widen_when_short(self, short: bool, columns: int = 3, column_em: int | None = None) -> None:
        """Up to ``columns`` columns on a short screen (a laptop-sized panel: fewer rows),
        where the words fit, each at least ``column_em`` lines of text wide (else the grid's
        own width); the grid's own number and width again on a tall one."""
        wanted = max(columns, self._tall_columns) if short else self._tall_columns
        width = (column_em or self._tall_em) if short else self._tall_em
        if (wanted, width) != (self.max_columns, self.column_em):
            self.max_columns, self.column_em = wanted, width
            self._columns = 0
            self._reflow()  # laid out again at once

    def columns_for(self, width: int) -> int:
        em = max(1, self.fontMetrics().height())
        fits = max(1, width // (em * self.column_em))
        # And no column narrower than the longest word on any tile (a long Somali word).
        widest = max((needed_width(tile) for tile in self.tiles), default=0)
        if widest:
            spacing = self.grid.horizontalSpacing()
            fits = min(fits, max(1, (width + spacing) // (widest + spacing)))
        return max(1, min(self.max_columns, len(self.tiles) or 1, fits))

    def _reflow(self) -> None:
        columns = self.columns_for(
            self.width() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else 1200
        )
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, index // columns, index % columns)
        for column in range(self.max_columns):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._reflow()

    def event(self, event: QEvent) -> bool:
        # A tile's words changed (another language): its longest word may need a wider column.
        if event.type() == QEvent.Type.LayoutRequest:
            self._reflow()
        return super().event(event)


#: Where a line may break besides spaces: after a hyphen or slash, at a zero-width space.
_BREAKS = re.compile(r"\s+|(?<=[-/\u200b])")


def fitted_font(font: QFont, text: str, area: QRect) -> QFont:
    """``font``, or a copy drawn smaller so that ``text`` on one line fits ``area`` (its
    width, and its height where the line is taller): the words of a key or a reference that
    must stay whole. Never below 8 pixels."""
    fitted = QFont(font)
    size = fitted.pixelSize()
    if not text or size <= 0 or area.width() <= 0 or area.height() <= 0:
        return fitted
    metrics = QFontMetrics(fitted)
    wide = max(metrics.horizontalAdvance(text), metrics.boundingRect(text).width())
    scale = min(area.width() / wide if wide > 0 else 1.0, area.height() / metrics.height())
    if scale >= 1.0:
        return fitted
    size = max(8, int(size * scale))
    fitted.setPixelSize(size)
    # The letter spacing does not shrink with the letters: a few steps more.
    while size > 8 and QFontMetrics(fitted).horizontalAdvance(text) > area.width():
        size -= 1
        fitted.setPixelSize(size)
    return fitted


def longest_word(text: str, metrics: QFontMetrics) -> int:
    """The width of the widest piece of ``text`` that cannot break onto another line."""
    pieces = [p for p in _BREAKS.split(text) if p]
    return max((metrics.horizontalAdvance(p) for p in pieces), default=0)


def needed_width(widget: QWidget) -> int:
    """The narrowest a tile or choice may be without breaking a word: its longest word
    plus its margins and border (0 for widgets that do not say)."""
    if isinstance(widget, WrappingChoice | BigButton):
        return widget.minimumSizeHint().width()
    beside = widget.picture_room() if isinstance(widget, Tile) else 0
    words = widget.findChild(QLabel, "TileText") or widget.findChild(QLabel, "ChoiceText")
    if words is None:
        return 0
    inside = words.mapTo(widget, words.rect().topLeft()).x() if widget.isVisible() else 0
    layout = widget.layout()
    margins = layout.contentsMargins() if layout is not None else None
    chrome = (margins.left() + margins.right()) if margins is not None else 2 * inside
    return longest_word(words.text(), words.fontMetrics()) + chrome + 12 + beside


class FlowRow(QWidget):
    """Widgets side by side when their natural widths fit, one above another when not.

    A row of a message and two buttons fits a landscape screen; on a portrait one or at
    200 % text the buttons would be squeezed until their words are cut, so the row stacks.
    A word-wrapped label counts at its one-line width and keeps to one line side by side.
    """

    def __init__(self, spacing: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(spacing)
        #: What the row holds, with its stretch along the row (stacked, none stretches).
        self._parts: list[tuple[QWidget | QLayout, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.row.addWidget(widget, stretch)
        self._parts.append((widget, stretch))

    def add_layout(self, layout: QLayout, stretch: int = 0) -> None:
        self.row.addLayout(layout, stretch)
        self._parts.append((layout, stretch))

    def take(self, widget: QWidget) -> None:
        """``widget`` out of the row (to be placed elsewhere; :meth:`put` brings it back)."""
        self.row.removeWidget(widget)
        self._parts = [(part, stretch) for part, stretch in self._parts if part is not widget]

    def put(self, index: int, widget: QWidget, stretch: int = 0) -> None:
        """``widget`` into the row at ``index`` (as :meth:`add` at the end)."""
        across = self.row.direction() == QBoxLayout.Direction.LeftToRight
        self.row.insertWidget(index, widget, stretch if across else 0)
        self._parts.insert(index, (widget, stretch))

    @classmethod
    def _one_line(cls, part: QWidget | QLayout) -> int:
        if isinstance(part, QLabel) and part.wordWrap():
            return part.fontMetrics().horizontalAdvance(part.text()) + 4
        if isinstance(part, FlowRow):  # as narrow as its widest part: it can stack itself
            return max((part._one_line(p) for p in part._shown()), default=0)
        if isinstance(part, QLineEdit) and part.placeholderText():
            # Room for the whole hint ("Your first name, or leave it empty").
            hint = part.fontMetrics().horizontalAdvance(part.placeholderText()) + 40
            return max(part.sizeHint().width(), hint)
        if isinstance(part, QLayout):
            margins = part.contentsMargins()
            items = [part.itemAt(i) for i in range(part.count())]
            inner = [item.widget() for item in items if item is not None]
            widths = [cls._one_line(w) for w in inner if w is not None and not w.isHidden()]
            widest = max(widths, default=0) + margins.left() + margins.right()
            return max(part.sizeHint().width(), widest)
        return part.sizeHint().width()

    def _shown(self) -> list[QWidget | QLayout]:
        return [p for p, _ in self._parts if not (isinstance(p, QWidget) and p.isHidden())]

    def needed_width(self) -> int:
        shown = self._shown()
        hints = sum(self._one_line(part) for part in shown)
        return hints + self.row.spacing() * max(0, len(shown) - 1)

    def _shares_fit(self) -> bool:
        """Side by side, each stretching part gets its share of the width: enough for it?"""
        shown = [(p, k) for p, k in self._parts if not (isinstance(p, QWidget) and p.isHidden())]
        total = sum(k for _, k in shown)
        if total == 0:
            return True
        fixed = sum(self._one_line(p) for p, k in shown if k == 0)
        room = self.width() - fixed - self.row.spacing() * max(0, len(shown) - 1)
        return all(room * k // total >= self._one_line(p) for p, k in shown if k)

    def arrange(self) -> None:
        shown = self._shown()
        across = self.needed_width() <= self.width() and self._shares_fit()
        # A label is held to one line only beside something: alone (the hand-over hidden)
        # it wraps, and never holds the row at its one-line width (that width, just
        # fitting, made a page slide sideways once it grew a scroll bar).
        beside = across and len(shown) > 1
        for part in shown:
            if isinstance(part, QLabel) and part.wordWrap():
                part.setMinimumWidth(self._one_line(part) if beside else 0)
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            for part, stretch in self._parts:
                self.row.setStretchFactor(part, stretch if across else 0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # As tall as its parts need at its width (a button whose words wrap, stacked parts):
        # the row's height policy is Maximum, so a hint short of that would squeeze them.
        hint = super().sizeHint()
        if self.testAttribute(Qt.WidgetAttribute.WA_Resized) and self.hasHeightForWidth():
            return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.arrange()
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        # A child's words changed (language, text size): it may no longer fit beside the rest.
        if event.type() == QEvent.Type.LayoutRequest:
            self.arrange()
        elif event.type() in (QEvent.Type.LanguageChange, QEvent.Type.Show):
            # A field's hint changes without a layout request: look again once it is set.
            QTimer.singleShot(0, self.arrange)
        return super().event(event)


def _hidden(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.isHidden()


class ListLayout(QLayout):
    """A layout of its own making that keeps its items in a list: what Qt asks of every
    layout before it places them (:class:`FlowLayout`, the keyboard's ``BesideKeys``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None


class FlowLayout(ListLayout):
    """Widgets left to right (right to left in a mirrored layout), wrapping onto a new line
    when the next one does not fit, as words do: the top bar's buttons at 200 % text on a
    portrait kiosk take two lines instead of running off the screen.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self.setSpacing(spacing)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """All on one line."""
        shown = [i for i in self._items if not _hidden(i)]
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """The widest item: the rest wraps below."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        parent = self.parentWidget()
        mirrored = parent is not None and parent.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x, y, line_height = area.x(), area.y(), 0
        gap = self.spacing()
        line: list[tuple[QLayoutItem, QRect]] = []

        def place_line() -> None:
            # Each item centred on its line's height (a small label beside big buttons).
            for item, box in line:
                box.moveTop(box.top() + (line_height - box.height()) // 2)
                if mirrored:
                    box.moveLeft(area.left() + area.right() - box.right())
                item.setGeometry(box)
            line.clear()

        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint().boundedTo(QSize(area.width(), 10**6))
            if x + hint.width() > area.right() + 1 and line_height > 0:
                if move:
                    place_line()
                x, y = area.x(), y + line_height + gap
                line_height = 0
            if move:
                line.append((item, QRect(QPoint(x, y), hint)))
            x += hint.width() + gap
            line_height = max(line_height, hint.height())
        if move:
            place_line()
        return y + line_height - rect.y() + margins.bottom()


class _OneAtATime:
    """What :class:`PageStack` and :class:`ScreenStack` share: their pages, the one shown,
    and QStackedWidget's names to ask for them (each shows a page its own way)."""

    _pages: list[QWidget]
    _current: QWidget | None

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:  # noqa: N802 (as QStackedWidget)
        return self._pages.index(page) if page in self._pages else -1

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (as QStackedWidget)
        return self._current

    def currentIndex(self) -> int:  # noqa: N802 (as QStackedWidget)
        return self.indexOf(self._current) if self._current is not None else -1

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 (as QStackedWidget)
        """Show ``page``: each stack's own."""

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 (as QStackedWidget)
        page = self.widget(index)
        if page is not None:
            self.setCurrentWidget(page)

    # The keyboard's focus: a keyboard or switch user goes on in the page shown, never
    # sent to the top bar, where the first control is a language button (QA s35: one
    # more Space after "Get my ticket" turned a Bengali resident's ticket into English).
    def _take_focus_from(self, old: QWidget | None) -> bool:
        """Whether the focus is on ``old`` (a page about to hide); if so it is cleared
        first, not passed on along the focus chain as the page hides."""
        assert isinstance(self, QWidget)
        focus = self.window().focusWidget()
        if focus is None or old is None or not _holds(old, focus):
            return False
        focus.clearFocus()
        return True

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt API)
        """Tab and Shift+Tab as Qt has them; but a control of the page shown that is
        disabled or hidden while it has the focus (a button that sends, a page of answers
        that gives way to the thanks) leaves the focus on the page, where Tab then goes on
        and Space does nothing, not on the next control along the chain: after a screen's
        last control that is the top bar's first language button."""
        assert isinstance(self, QWidget)
        focus = self.window().focusWidget()
        page = self._current
        if (
            focus is not None
            and page is not None
            and page.isVisible()
            and _holds(page, focus)
            and not (focus.isVisible() and focus.isEnabled())
        ):
            page.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return bool(super().focusNextPrevChild(next))  # type: ignore[misc]


class PageStack(_OneAtATime, QWidget):
    """Pages shown one at a time, like a QStackedWidget, but as tall as the page shown.

    A QStackedWidget is as tall as its tallest page, so inside a scroll area a short
    message scrolls because a hidden page (tiles, a keyboard) is tall. Here the hidden
    pages take no room.

    Signals:
        currentChanged(int): the index of the page now shown.
    """

    currentChanged = Signal(int)  # noqa: N815 (as QStackedWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 (as QStackedWidget)
        self._pages.append(page)
        self._layout.addWidget(page, 1)
        if self._current is None:
            self._current = page
        page.setVisible(page is self._current)
        return len(self._pages) - 1

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 (as QStackedWidget)
        if page not in self._pages:
            raise ValueError("not a page of this stack")
        changed = page is not self._current
        focus_was_on_old = changed and self._take_focus_from(self._current)
        self._current = page
        for each in self._pages:  # the others hidden first: never two pages' height at once
            if each is not page:
                each.setVisible(False)
        page.setVisible(True)
        if focus_was_on_old:
            _focus_into(page)
        if changed:
            self.currentChanged.emit(self._pages.index(page))


class ScreenStack(_OneAtATime, QWidget):
    """The window's screens, one shown at a time, each filling the stack: a QStackedWidget
    whose switch paints the new screen in one piece.

    QStackedWidget switches pages with its updates turned off and on again, and turning
    them on calls ``update()`` on every shown widget of the new page, each for Qt to paint
    as a part of its own: the first paint of a screen after a tap took about twice as long
    as the same screen hidden and shown again (home 3.8 against 1.9 ms, the finder 4.4
    against 2.1; issue 16, tap_next). Here the next page is shown and the old one hidden.

    The stack has no layout: the window gives it its place, and the page shown fills it.

    Signals:
        currentChanged(int): the index of the page now shown.
    """

    currentChanged = Signal(int)  # noqa: N815 (as QStackedWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 (as QStackedWidget)
        """Add ``page`` (hidden, unless it is the first: that one is shown)."""
        page.setParent(self)
        self._pages.append(page)
        if self._current is None:
            self._current = page
            page.setGeometry(self.rect())
            page.show()
        else:
            page.hide()
        return len(self._pages) - 1

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 (as QStackedWidget)
        if page not in self._pages:
            raise ValueError("not a page of this stack")
        old = self._current
        if page is old:
            return
        focus_was_on_old = self._take_focus_from(old)
        self._current = page
        page.setGeometry(self.rect())
        page.show()
        page.raise_()
        if old is not None:
            old.hide()
        if focus_was_on_old:
            _focus_into(page)
        self.currentChanged.emit(self._pages.index(page))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        if self._current is not None:
            self._current.setGeometry(self.rect())
        super().resizeEvent(event)


def tab_order(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next, in the order given (those without a
    Tab stop of their own are left out).

    Qt's Tab order is the order widgets were made, and a widget made later (a form's
    questions, a survey's answers, the keys moved to the screen shown) comes after every
    other: after a screen's Next and Back, after the bars. A screen says its own order with
    this; each widget moved keeps its place relative to none but those given."""
    stops = [w for w in widgets if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for first, second in zip(stops, stops[1:], strict=False):
        QWidget.setTabOrder(first, second)


def brought_focus(event: QEvent) -> bool:
    """Whether ``event`` is a widget getting the focus by a person's or a screen's doing
    (Tab, Shift+Tab, a touch, the screen focusing it): not the window being activated
    again or a popup closing, which give back a focus the widget already had."""
    return (
        isinstance(event, QFocusEvent)
        and event.type() == QEvent.Type.FocusIn
        and (
            event.reason()
            not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
        )
    )


def _holds(page: QWidget, widget: QWidget) -> bool:
    """Whether ``widget`` is ``page`` or in it."""
    return widget is page or page.isAncestorOf(widget)


def _focus_into(page: QWidget) -> None:
    """Move the focus that was on a page now hidden into ``page`` (a keyboard or switch
    user goes on in the new screen, not back in the top bar): to the widget that last had
    it there, else the page itself (Tab then goes to its first control).

    Not Qt's own search of the focus chain for the page's first control, done here in
    Python: each widget it passed got a Python wrapper, and those of widgets deleted
    later (a screen's tiles built again) were never freed, about 26 KB a visit (the
    benchmarks' memory soak)."""
    inner = page.focusWidget()
    if inner is not None and inner.isVisibleTo(page) and inner.isEnabled():
        inner.setFocus()
    else:
        page.setFocus()


class GrowingScrollArea(QScrollArea):
    """A scroll area as tall as what it holds, so it never scrolls on its own: the page
    around it scrolls (by touch) instead. A survey's five statements all show, none
    hidden below the fold of a small inner box reachable only by a thin scrollbar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # It never scrolls (the page does): no Tab stop of its own, where a screen reader
        # said nothing and Space did nothing; Tab goes to the answers in it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _content_height(self) -> int:
        inner = self.widget()
        if inner is None:
            return 0
        width = self.viewport().width()
        if inner.hasHeightForWidth() and width > 0:
            return inner.heightForWidth(width)
        return inner.sizeHint().height()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().minimumSizeHint().width(), self._content_height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().sizeHint().width(), self._content_height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the answers changed: as tall as the new ones
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class ScrollCue(QLabel):
    """ "More below" at the foot of a scroll area while there is more to see below, so a
    resident knows to slide the page up (there is no scrollbar to notice)."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.area = area
        #: Held back while the keys are up with no room for it (see :meth:`hold`).
        self.held = False
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("ScrollCue")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self.update_cue)
        bar.rangeChanged.connect(self.update_cue)
        area.viewport().installEventFilter(self)
        # Shown now if the page already runs past the screen's foot (it may be given its
        # cue after it was laid out, and its length may not change again).
        self.update_cue()

    def retranslate(self) -> None:
        self.setText("▼ " + self.tr("More below: slide the page up") + " ▼")

    def hold(self, on: bool) -> None:
        """Not shown while ``on``, whatever is below: the on-screen keys are up, and the
        field typed in and the keys need the room it would cover (at 200 % text on a
        1366 x 768 screen, under bars of two rows, they fit only without it). It shows
        again once the keys go."""
        if on != self.held:
            self.held = on
            self.update_cue()

    def update_cue(self) -> None:
        bar = self.area.verticalScrollBar()
        # More than the page's own bottom margin below (a page a few pixels longer than
        # the screen has only empty margin there: a cue would hide what is whole).
        more = bar.maximum() - bar.value() > max(4, self._bottom_margin()) and not self.held
        if more:
            if not self.text():
                self.retranslate()
            # Its style (font, padding) first: a cue polished only when shown was sized
            # for unstyled words and cut them at its foot.
            self.ensurePolished()
            viewport = self.area.viewport().geometry()
            height = self.heightForWidth(viewport.width())
            self.setGeometry(
                viewport.left(), viewport.bottom() - height + 1, viewport.width(), height
            )
            self.raise_()
        self.setVisible(more)

    def _bottom_margin(self) -> int:
        """The empty margin at the foot of the scrolled page (0 when it has none)."""
        page = self.area.widget() if isinstance(self.area, QScrollArea) else None
        layout = page.layout() if page is not None else None
        return layout.contentsMargins().bottom() if layout is not None else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self.update_cue()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():  # the words in another language may take another line
                self.update_cue()


def enable_touch_scrolling(area: QAbstractScrollArea) -> ScrollCue | None:
    """Kinetic scrolling by a finger or a held left button dragged, and a "More below"
    cue (returned when made here). Idempotent."""
    if area.property("touch_scrolling"):
        return None
    # Here, not at the top: the home screen is painted before any page scrolls, and
    # importing these classes builds their Python enums (see hubkiosk.quickstart).
    from PySide6.QtWidgets import QScroller, QScrollerProperties

    area.setProperty("touch_scrolling", True)
    viewport = area.viewport()
    # One gesture per scroller (a second grab replaces the first). A finger on a touch
    # screen reaches widgets as mouse events Qt makes from the touch, so the left-button
    # gesture scrolls under a finger and a held mouse button alike.
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    overshoot = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, overshoot)
    properties.setScrollMetric(
        QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, overshoot
    )
    # A tap reaches the button at once (Qt would hold the press back a quarter second to
    # see whether it becomes a drag, and a quick tap could be lost); a press that becomes
    # a drag is cancelled for the button under it, so sliding the page presses nothing.
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    scroller.setScrollerProperties(properties)
    if isinstance(area, GrowingScrollArea):
        return None
    return ScrollCue(area)


class WrapLabel(QLabel):
    """A word-wrapped label that asks for the height its words need at its width.

    A plain wrapped QLabel's minimum height is worked out at an arbitrary width, so a
    layout short of room squeezes its lines away; this one makes the scroll area scroll.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return hint
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class ExamplesEdit(QLineEdit):
    """A one-line field whose hint lists examples ("For example: bin, pothole, council
    tax") and drops its last ones when the box is narrower than the hint (200 % text on a
    4:3 1024 x 768 screen), instead of being cut mid-word. Assistive technology reads the
    whole hint, as its description."""

    #: What separates examples: a comma, the Arabic script's, and the CJK one.
    SEPARATORS = ",\u060c\u3001"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = ""

    def set_hint(self, text: str) -> None:
        self._hint = text
        self.setAccessibleDescription(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        margins = self.textMargins()
        room = self.contentsRect().width() - margins.left() - margins.right() - 4
        metrics = self.fontMetrics()
        hint = self._hint
        while metrics.horizontalAdvance(hint) > room:
            cut = max(hint.rfind(separator) for separator in self.SEPARATORS)
            if cut <= 0:
                break  # one example left: shown as it is
            hint = hint[:cut]
        if hint != self.placeholderText():
            self.setPlaceholderText(hint)


class AddressLabel(QLabel):
    """A web address that breaks anywhere when it is wider than the screen (at 200 % text a
    council URL is wider than a portrait kiosk); ``text()`` is the address as it is."""

    FLAGS = Qt.TextFlag.TextWrapAnywhere | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("wrap_anywhere", True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _box(self, width: int) -> QRect:
        return self.fontMetrics().boundingRect(
            QRect(0, 0, max(1, width), 100000), self.FLAGS, self.text()
        )

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        return self._box(inner).height() + margins.top() + margins.bottom()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = self.width() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else 200
        return QSize(64, self.heightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 4
        return QSize(one_line, self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setFont(self.font())
        painter.drawText(self.contentsRect(), self.FLAGS, self.text())


def panel(spacing: int | None = None) -> tuple[QWidget, QVBoxLayout]:
    """A plain widget and its margin-free column (a page of a :class:`PageStack`, a panel)."""
    widget = QWidget()
    column = QVBoxLayout(widget)
    column.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        column.setSpacing(spacing)
    return widget, column


def column(*widgets: QWidget, spacing: int | None = None) -> QVBoxLayout:
    """``widgets`` one under another, from the top (the room left over stays below)."""
    layout = QVBoxLayout()
    if spacing is not None:
        layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


def button_row(
    back: QWidget, forward: QWidget, *, forward_stretch: int = 0, spacing: int | None = None
) -> QHBoxLayout:
    """Back (or a lesser action) on the left, the way on on the right, space between."""
    row = QHBoxLayout()
    if spacing is not None:
        row.setSpacing(spacing)
    row.addWidget(back)
    row.addStretch(1)
    row.addWidget(forward, forward_stretch)
    return row


#: The height of a box for a few lines of text (a form's answer, a comment): about five
#: lines, and on a short screen (a laptop-sized panel, beside the keys) three.
TEXT_BOX_HEIGHT = 120
SHORT_TEXT_BOX_HEIGHT = 84
#: Qt's "no limit" for a widget's size (QWIDGETSIZE_MAX, which PySide does not export).
NO_SIZE_LIMIT = (1 << 24) - 1


#: What a text box adds around its lines: the border at focus (4 px), the padding (4 px)
#: and the document's margin (4 px), above and below.
TEXT_BOX_CHROME = 24


def size_text_box(box: QWidget, short: bool, *, grows: bool = False) -> None:
    """A box for a few lines of text at its height for the screen: three lines on a short
    one (exactly: a page that slides is laid out at the box's wish), else about five, or
    at least five where it ``grows`` into the room left. Never less than two whole lines of
    its own font on a short screen, three on another, whatever the text size (at 200 % a
    fixed 84 px was less than one line: the letters' tails were cut)."""
    sizer = box.findChild(_TextBoxSizer)
    if sizer is None:
        sizer = _TextBoxSizer(box)
    sizer.short, sizer.grows = short, grows
    sizer.apply()


def squeeze_text_box(box: QWidget, on: bool) -> bool:
    """One whole line high while ``on`` (the keys are up, and the box's line typed in and
    the keys show together only so), else the height :func:`size_text_box` gives it; the
    box scrolls to the line typed. Whether the box is one :func:`size_text_box` sizes."""
    sizer = box.findChild(_TextBoxSizer)
    if sizer is None:
        return False
    if sizer.squeezed != on:
        sizer.squeezed = on
        sizer.apply()
        if on and isinstance(box, QPlainTextEdit):
            box.ensureCursorVisible()
    return True


class _TextBoxSizer(QObject):
    """Keeps its text box's height (:func:`size_text_box`) as its font changes."""

    def __init__(self, box: QWidget) -> None:
        super().__init__(box)
        self.box = box
        self.short = self.grows = False
        #: One line high for the keys (:func:`squeeze_text_box`).
        self.squeezed = False
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FontChange:
            self.apply()
        return False

    def apply(self) -> None:
        box = self.box
        lines = 1 if self.squeezed else 2 if self.short else 3
        whole = lines * box.fontMetrics().lineSpacing() + TEXT_BOX_CHROME
        if self.short or self.squeezed:
            box.setFixedHeight(max(SHORT_TEXT_BOX_HEIGHT, whole))
            return
        height = max(TEXT_BOX_HEIGHT, whole)
        box.setMinimumHeight(height)
        box.setMaximumHeight(NO_SIZE_LIMIT if self.grows else height)


def label(text: str = "", role: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # content's words as typed, never markup
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


class OneLineLabel(QLabel):
    """Words that must stay on one line, whole (a reference number to copy down): drawn
    smaller when the width given is short of them, never broken after a dash or cut. At
    every width that fits they are drawn at the theme's size. The audit reads
    :meth:`drawn_font`, as for the keyboard's keys (``SHRINKS_TO_FIT``).
    """

    #: The audit measures the words at the size they are drawn, not at the theme's size.
    SHRINKS_TO_FIT = True

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            self.setProperty("role", role)
        self.setWordWrap(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # The words shrink to the width given: they never widen the column or the page.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 64), hint.height())

    def _area(self) -> QRect:
        margin = self.margin()
        return self.contentsRect().adjusted(
            margin + max(0, self.indent()), margin, -margin, -margin
        )

    def drawn_font(self) -> QFont:
        """The words' font as drawn: the theme's, or smaller when the label is narrow."""
        return fitted_font(self.font(), self.text(), self._area())

    def drawn_pixel_size(self) -> int:
        return self.drawn_font().pixelSize()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        font = self.drawn_font()
        if font.pixelSize() == self.font().pixelSize():
            super().paintEvent(event)  # it fits: drawn as any label
            return
        painter = QPainter(self)
        self.drawFrame(painter)
        painter.setFont(font)
        self.style().drawItemText(
            painter,
            self._area(),
            int(QStyle.visualAlignment(self.layoutDirection(), self.alignment())),
            self.palette(),
            self.isEnabled(),
            self.text(),
            self.foregroundRole(),
        )


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
