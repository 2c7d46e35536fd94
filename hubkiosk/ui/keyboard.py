"""An on-screen keyboard for touch kiosks, built from ordinary Qt widgets.

Why not Qt Virtual Keyboard: PySide6-Addons 6.12 ships its plugin and
``QT_IM_MODULE=qtvirtualkeyboard`` loads it in a Widgets app, but there the keyboard is a
separate QML top-level window over our frameless full-screen window: on the ``offscreen``
platform the input panel never became visible (``QInputMethod.keyboardRectangle()`` stayed
empty after ``show()``) so no test can press its keys; its labels follow its own locale
files instead of our ``tr()`` translations, and it does not follow our themes (high
contrast, larger text). It also starts Qt Quick and Qt Multimedia. So this widget lives
inside the kiosk's window, uses our style sheet and translations, and sends key events.
There is one for the whole kiosk: each screen that takes typing has a
:class:`KeyboardSlot` in its layout, used as its keyboard, and the keyboard moves into
the slot of the screen being shown (:func:`shared_keyboard`).

Usage::

    keyboard = OnScreenKeyboard(self)
    keyboard.attach(self.name_edit)                    # letters (default mode "text")
    keyboard.attach(self.phone_edit, mode="numeric")   # a number pad
    keyboard.attach(self.email_edit, mode="email")     # letters with @ and .
    keyboard.attach(self.search_box, scripts=(LATIN, BENGALI, URDU))  # Bengali, Urdu too
    keyboard.set_language(ctx.language)                # "bn": such fields open in Bengali

In a text field (a name, an address) the "àé" key shows accented Latin letters
(``ACCENT_ROWS``: Polish, Spanish and the accents of names residents bring), with Shift
for capitals, so a name is typed as it is written.

A field takes Latin letters only unless its caller says it accepts Bengali or Urdu (a
booking reference or a surname looked up in a register must stay Latin). In a text field
that accepts them a key switches between the Latin (ABC) and the Bengali (অআক) or Urdu
(اب) letters; the Bengali layer has the letters in the order of the varnamala, the
independent vowels above their vowel signs, and Bengali digits on a second layer; the Urdu
layer has the letters of the alphabet (حروف تہجی) from alif, read right to left, and Urdu
digits and marks (۔ ، ؟) on a second layer. Qt joins Urdu letters in the field. The keyboard only inserts code
points: Qt shapes the text in the field, so a conjunct forms itself when hasanta (্) is
typed between two consonants. Vowel signs are shown on a dotted circle (◌া) so they can
be seen; only the sign is typed.

The keyboard types into the attached field that last had focus (or, if none was
attached, the focused line or text edit). Keys never take focus, so the field keeps its
cursor. Every key has an accessible name; named keys (Space, Delete, Done...) are
translated with ``tr()``.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, NamedTuple

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHideEvent,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
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
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.ui.widgets import (
    EnterPresses,
    ListLayout,
    PageStack,
    ScrollCue,
    fitted_font,
    squeeze_text_box,
    tab_order,
)

Mode = Literal["text", "numeric", "email"]
MODES: tuple[str, ...] = ("text", "numeric", "email")

KEY_SIZE = 64
#: Keys grow with the text up to this height; past it their labels shrink to fit.
KEY_MAX_HEIGHT = 72
#: A key's label shrinks to fit it, but never under this (the audit's minimum,
#: ``hubkiosk.ui.audit.MIN_DRAWN_PX``): a named key ("Dhammaad", "Xaraf weyn") whose word
#: would be drawn smaller is made wider instead.
MIN_LABEL_PX = 18
#: A Bengali letter key may be this narrow (still 64 px high) where a screen is narrower
#: than a portrait kiosk; on a 1080 px one the fifteen keys of a row get 64 px each:
#: 15 x 64 + 14 x 2 = 988 px.
GLYPH_KEY_WIDTH = 56
LETTER_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
SYMBOL_ROWS = ("1234567890", "@.-'_/&+#", ',:;?!()"£')
#: Accented letters, one key ("àé") from the letters: the Spanish and Polish of the kiosk's
#: languages, and the accents most names residents bring carry (French, German,
#: Portuguese, Turkish), so Łódź, Peña or Zoë is typed as written. Shift gives capitals.
ACCENT_ROWS = ("áéíóúñüàèò", "ąćęłńśźżç", "âêôãõäëöş")
NUMPAD_ROWS = ("123", "456", "789")

if TYPE_CHECKING:
    from hubkiosk.ui.context import KioskContext

Script = Literal["latin", "bengali", "urdu"]
LATIN: Script = "latin"
BENGALI: Script = "bengali"
URDU: Script = "urdu"
#: Every script the keyboard has: what a field in the resident's own words accepts (a
#: search, a comment, a description); a name, a reference or an address stays Latin.
SCRIPTS: tuple[str, ...] = (LATIN, BENGALI, URDU)
#: The script a field that accepts it opens in, by kiosk language (others: Latin).
LANGUAGE_SCRIPTS: dict[str, Script] = {"bn": BENGALI, "ur": URDU}

#: Bengali letters in the order of the varnamala (বর্ণমালা) taught at school, in a grid of
#: equal columns: the independent vowels, each above its vowel sign (hasanta, which takes
#: the inherent vowel away, sits under অ), then anusvara, visarga and chandrabindu; the
#: consonants by varga: ক চ ট on one row, ত প and য র ল on the next, then শ ষ স হ ড় ঢ় য় ৎ.
BENGALI_VOWELS = "অআইঈউঊঋএঐওঔ"
BENGALI_SIGNS = (
    "\u09cd"  # hasanta
    "\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc"  # া ি ী ু ূ ৃ ে ৈ ো ৌ
    "\u0982\u0983\u0981"  # anusvara, visarga, chandrabindu
)
BENGALI_CONSONANT_ROWS = (
    "কখগঘঙচছজঝঞটঠডঢণ",
    "তথদধনপফবভমযরল",
    "শষসহ\u09dc\u09dd\u09df\u09ce",
)
BENGALI_ROWS = (BENGALI_VOWELS, BENGALI_SIGNS, *BENGALI_CONSONANT_ROWS)
BENGALI_COLUMNS = max(len(row) for row in BENGALI_ROWS)
BENGALI_DIGITS = "১২৩৪৫৬৭৮৯০"
BENGALI_PUNCTUATION = "\u0964,?!-'/()"
#: Urdu letters in the order of the alphabet (حروف تہجی) as taught, from alif, in rows of
#: fifteen read right to left: every letter the services' Urdu names and summaries use
#: (the tests check), آ after ا, ؤ and ئ (waw and yeh with hamza) beside their letters.
URDU_ROWS = ("اآبپتٹثجچحخدڈذر", "ڑزژسشصضطظعغفقکگ", "لمنںوؤہھءئیے")
URDU_DIGITS = "۱۲۳۴۵۶۷۸۹۰"
#: The Urdu full stop, comma and question mark, then the marks both scripts use.
URDU_PUNCTUATION = "۔،؟!-'/()"


class LocalScript(NamedTuple):
    """A script other than Latin, on two layers of its own: its letters in a grid of equal
    columns, then its digits and punctuation."""

    rows: tuple[str, ...]
    digits: str
    punctuation: str
    right_to_left: bool

    @property
    def columns(self) -> int:
        return max(len(row) for row in self.rows)


LOCAL_SCRIPTS: dict[Script, LocalScript] = {
    BENGALI: LocalScript(BENGALI_ROWS, BENGALI_DIGITS, BENGALI_PUNCTUATION, False),
    URDU: LocalScript(URDU_ROWS, URDU_DIGITS, URDU_PUNCTUATION, True),
}
#: Drawn under a combining sign on its key, as Unicode charts do (◌া).
DOTTED_CIRCLE = "\u25cc"


def is_sign(char: str) -> bool:
    """A combining mark (vowel sign, hasanta, anusvara...): shown on a dotted circle."""
    return unicodedata.category(char) in ("Mn", "Mc")


def has_capital(char: str) -> bool:
    """A letter with a one-letter capital (not ß, whose capital is "SS"; not Bengali)."""
    capital = char.upper()
    return char.isalpha() and len(char) == 1 and len(capital) == 1 and capital != char


def key_label(char: str) -> str:
    if char == "&":
        return "&&"  # a lone & marks a keyboard shortcut in Qt and would show nothing
    return DOTTED_CIRCLE + char if is_sign(char) else char


#: What may change the room a key's label needs.
_RESTYLED = (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange)


class Key(EnterPresses, QPushButton):
    """One key: at least 64 x 64 px, never takes focus from the field being typed in by
    a touch; a Tab stop for a resident who moves by Tab (a keyboard, a switch) and types
    with Space or Enter on the key, which keeps the focus (:meth:`OnScreenKeyboard._send_key`).

    A key's label is drawn smaller rather than clipped when the key is too small for it:
    fifteen Bengali letters share a row, and at 200 % text the named keys (the Somali
    "Dhammaad", "Xaraf weyn") are wider than their share of a row. Only the label shrinks,
    to the key's size, and never under :data:`MIN_LABEL_PX`: the key is at least as wide
    as its label at that size (at 200 % text beside Back and Next on a 1280 x 800 screen
    "Dhammaad" was drawn at 12 px). At every size that fits it is drawn at the theme's
    size. The audit reads :meth:`drawn_pixel_size`.
    """

    #: The audit measures the label at the size it is drawn, not at the theme's size.
    SHRINKS_TO_FIT = True
    #: The narrowest a key of this class may be, whatever its label.
    NARROWEST = KEY_SIZE

    def __init__(self, text: str = "", kind: str = "char", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("Key")
        self.setProperty("kind", kind)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # not by a touch
        self.setMinimumSize(self.NARROWEST, KEY_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoRepeat(kind == "delete")
        self.setAccessibleName(text)
        if kind == "switch":
            self.setProperty("identifier", True)  # "123 ?", "ABC": names of layers

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self._fit_label()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The style sheet sets the minimum width again when it polishes the key (a theme or
        # text size change): the label's room is added back.
        if event.type() in _RESTYLED:
            self._fit_label()
        return handled

    def label_width(self) -> int:
        """The narrowest the key may be with its label drawn at :data:`MIN_LABEL_PX` (or
        at the theme's size, if smaller)."""
        label = self._label()
        if len(label) <= 2:  # a letter, a sign on its circle: always fits
            return self.NARROWEST
        font = QFont(self.font())
        if font.pixelSize() > MIN_LABEL_PX:
            font.setPixelSize(MIN_LABEL_PX + 1)  # a pixel to spare: sizes round down
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 1000, 1000)
        chrome = 1000 - self._area(option).width()
        metrics = QFontMetrics(font)
        wide = max(metrics.horizontalAdvance(label), metrics.boundingRect(label).width())
        return max(self.NARROWEST, wide + chrome + 2)

    def _fit_label(self) -> None:
        wide = self.label_width()
        if self.minimumWidth() != wide:
            self.setMinimumWidth(wide)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # The label shrinks to fit (down to MIN_LABEL_PX), so a long word does not widen
        # the row more than that.
        return QSize(self.minimumWidth(), self._height(super().minimumSizeHint().height()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        wide = max(KEY_SIZE, self.minimumWidth())
        return QSize(wide, self._height(super().sizeHint().height()))

    @staticmethod
    def _height(wanted: int) -> int:
        # No taller than KEY_MAX_HEIGHT: at 200 % text on a 1280 x 800 kiosk four rows of
        # taller keys would not fit under the field, and Space and Done would be off screen.
        return max(KEY_SIZE, min(wanted, KEY_MAX_HEIGHT))

    def _area(self, option: QStyleOptionButton) -> QRect:
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)

    def _label(self) -> str:
        return self.text().replace("&&", "&")

    def drawn_font(self) -> QFont:
        """The label's font as drawn: the theme's, or smaller when the key is small."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return fitted_font(self.font(), self._label(), self._area(option))

    def drawn_pixel_size(self) -> int:
        return self.drawn_font().pixelSize()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        font = self.drawn_font()
        if font.pixelSize() == self.font().pixelSize():
            super().paintEvent(event)  # it fits: the style draws it as any button
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(self._area(option), Qt.AlignmentFlag.AlignCenter, self._label())


class GlyphKey(Key):
    """A letter key that may be narrower than 64 px (still 64 px high), so the fifteen
    Bengali keys of a row fit a 1080 px portrait screen; its glyph shrinks to fit (Key)."""

    NARROWEST = GLYPH_KEY_WIDTH


class LocalGrid:
    """A script's letters layer: its grid of keys, its bottom row (two layer keys, the
    space bar, Done), its Delete and how many columns Delete takes under the letters."""

    def __init__(self, grid: QGridLayout, bottom: QHBoxLayout, delete: Key, wide: int) -> None:
        self.grid, self.bottom, self.delete, self.wide = grid, bottom, delete, wide
        items = [bottom.itemAt(index) for index in range(bottom.count())]
        self._keys = [key for item in items if item and isinstance(key := item.widget(), Key)]
        #: The bottom row's keys are in the grid (see OnScreenKeyboard._fold).
        self.folded = False

    def bottom_keys(self) -> list[Key]:
        """The layer keys, the space bar and Done, in that order."""
        return list(self._keys)


#: How much of a box of several lines the keyboard's echo shows: its last words.
ECHO_CHARS = 60


def echoed(target: QLineEdit | QPlainTextEdit) -> str:
    """What the keyboard's echo shows of ``target``: a line's words as the field shows them
    (dots for a hidden entry), or the last line's last :data:`ECHO_CHARS` characters of a
    box of several lines (where the next letter goes)."""
    if isinstance(target, QLineEdit):
        return target.displayText()
    last = target.toPlainText().rsplit("\n", 1)[-1]
    return last if len(last) <= ECHO_CHARS else "\u2026" + last[-ECHO_CHARS:]


class OnScreenKeyboard(QWidget):
    """Big-key keyboard with letters, numbers and symbols, a number pad, and Bengali and
    Urdu letters.

    Signals:
        done(): the resident touched Done (a line edit also gets Return, so its
            ``returnPressed`` fires).
        typed(str): a character key was pressed (the character sent).
        script_changed(str): the letters shown changed script ("latin", "bengali", "urdu").
    """

    done = Signal()
    typed = Signal(str)
    script_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OnScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        #: Each attached field's mode and the scripts it accepts.
        self._targets: dict[QWidget, tuple[str, tuple[str, ...]]] = {}
        self._target: QWidget | None = None
        self._mode: str = "text"
        self._accepts: tuple[str, ...] = (LATIN,)
        self._language = ""
        self._preferred: Script = LATIN
        self._script: Script = LATIN
        self._shift = False
        #: Whether the letter keys show capitals now (relabelled only when that changes:
        #: relabelling every key on each field attached cost a form several ms).
        self._shown_shifted = False
        self._symbols = False
        self._accents = False
        #: Less room between the rows (a short landscape screen): see :meth:`set_compact`.
        self._compact = False
        #: Scrolling the field and the keys into view (see :meth:`_bring_into_view`).
        self._fitting = False
        #: The page's "More below", held back while the keys are up (see :meth:`_scroll_into_view`).
        self._held_cue: ScrollCue | None = None
        #: The box one line high while the keys are up for it (see :meth:`_scroll_into_view`).
        self._squeezed: QPlainTextEdit | None = None
        #: What the keys follow in Tab order (see :meth:`keys_after`).
        self._after: QWidget | None = None
        self.shift_keys: list[Key] = []
        self.char_keys: list[Key] = []
        #: The letter, digit and mark keys of each script other than Latin.
        self.local_keys: dict[Script, list[Key]] = {script: [] for script in LOCAL_SCRIPTS}
        #: Each such script's layers (letters, then digits and marks), once built.
        self.local_pages: dict[Script, tuple[QWidget, QWidget]] = {}
        #: Each such script's letter grid and bottom row, folded together when compact.
        self._local_grids: dict[Script, LocalGrid] = {}
        #: On each such script's letters: its "ABC" and the key to its digits.
        self._local_switches: dict[Script, tuple[Key, Key]] = {}
        #: Every key labelled with a script's letters (to them from the Latin letters, and
        #: back to them from the script's digits).
        self._to_local_letters: list[tuple[Script, Key]] = []

        # Rows of keys stay together however tall the screen (a portrait kiosk).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 8, 4, 8)
        #: What the field holds, above the keys while the field is out of view (on a
        #: landscape screen the finder's search box slides off the top for the keys).
        self.echo = QLabel()
        self.echo.setObjectName("KeyboardEcho")
        self.echo.setTextFormat(Qt.TextFormat.PlainText)
        self.echo.hide()
        outer.addWidget(self.echo)
        self.pages = PageStack()
        outer.addWidget(self.pages)

        self.letters_page = self._build_rows(LETTER_ROWS, letters=True)
        # The other layers are built when first needed (symbols when touched, the number
        # pad for a numeric field, Bengali or Urdu for a field that accepts it): every key
        # is re-styled on each text size change, and most keyboards never show most layers.
        self.symbols_page: QWidget | None = None
        self.accents_page: QWidget | None = None
        self.numpad_page: QWidget | None = None
        self.pages.addWidget(self.letters_page)
        self.retranslate()
        self._show_layer()
        #: The field and the keys brought into view again once the layout has settled
        #: after a change of size (the text size, a language whose bars take two rows).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._bring_into_view)

    def _add_pages(self, *pages: QWidget) -> None:
        for page in pages:
            self.pages.addWidget(page)  # hidden until it is the current page
            self._space_rows(page.layout())
        self.retranslate()
        self._order_keys()  # a layer made now came last in Tab order

    def keys_after(self, widget: QWidget | None) -> None:
        """In Tab order the keys come right after ``widget``: the step's action and Back
        (``None``: where they are).

        A keyboard or switch user goes from the field to the step's action ("Check in",
        "Next") in one Tab, and Enter in a line does it too; the keys come after, for a
        switch user who types with them and then chooses Done (the keys' last), which does
        the step's action too. The keys came wherever they were made or moved to: after a
        form's field they came after both bars, about forty stops from Next."""
        self._after = widget
        self._order_keys()

    def _order_keys(self) -> None:
        after = self._after
        if after is None or not shiboken6.isValid(after):
            return
        pages = [self.pages.widget(index) for index in range(self.pages.count())]
        tab_order(
            after, *[key for page in pages if page is not None for key in page.findChildren(Key)]
        )

    def needed_width(self) -> int:
        """The narrowest the layer shown may be with every key at least :data:`KEY_SIZE`
        wide (a Bengali or Urdu letter key is allowed narrower only where a screen is
        narrower than a portrait kiosk: :data:`GLYPH_KEY_WIDTH`) and every named key's
        word drawn at :data:`MIN_LABEL_PX` or more."""
        page = self.pages.currentWidget()
        narrow = _narrow_keys_in_a_row(page.layout()) if page is not None else 0
        return self.minimumSizeHint().width() + narrow * (KEY_SIZE - GLYPH_KEY_WIDTH)

    def set_compact(self, on: bool) -> None:
        """Half the room between the rows and around them (the keys keep their 64 px): on
        a short landscape screen the field, what it found and every row show together."""
        if on == self._compact:
            return
        self._compact = on
        outer = self.layout()
        if outer is not None:
            margins = outer.contentsMargins()
            outer.setContentsMargins(
                margins.left(), 4 if on else 8, margins.right(), 4 if on else 8
            )
        for script in self._local_grids:
            self._fold(script)
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page is not None:
                self._space_rows(page.layout())

    def _space_rows(self, layout: QLayout | None) -> None:
        """The vertical gaps of ``layout`` and the layouts in it, halved when compact (each
        layout keeps its own as ``tall_gap``)."""
        if layout is None:
            return
        if isinstance(layout, QGridLayout | QVBoxLayout):
            vertical = layout.verticalSpacing() if isinstance(layout, QGridLayout) else None
            tall = layout.property("tall_gap")
            if tall is None:
                tall = vertical if vertical is not None else layout.spacing()
                layout.setProperty("tall_gap", tall)
            gap = int(tall) // 2 if self._compact else int(tall)
            if isinstance(layout, QGridLayout):
                layout.setVerticalSpacing(gap)
            else:
                layout.setSpacing(gap)
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            inner = item.layout()
            widget = item.widget()
            if inner is None and widget is not None:
                inner = widget.layout()
            self._space_rows(inner)

    def _symbols_layer(self) -> QWidget:
        if self.symbols_page is None:
            self.symbols_page = self._build_rows(SYMBOL_ROWS, letters=False)
            self._add_pages(self.symbols_page)
        return self.symbols_page

    def _accents_layer(self) -> QWidget:
        if self.accents_page is None:
            self.accents_page = self._build_rows(ACCENT_ROWS, letters=True, accents=True)
            self._add_pages(self.accents_page)
        return self.accents_page

    def _numpad_layer(self) -> QWidget:
        if self.numpad_page is None:
            self.numpad_page = self._build_numpad()
            self._add_pages(self.numpad_page)
        return self.numpad_page

    def _ensure_local(self, script: Script) -> None:
        if script in self.local_pages:
            return
        pages = (self._build_local(script), self._build_local_symbols(script))
        self.local_pages[script] = pages
        self._add_pages(*pages)

    @property
    def bengali_keys(self) -> list[Key]:
        return self.local_keys[BENGALI]

    # Building -----------------------------------------------------------------------------
    def _char_key(self, char: str, script: Script = LATIN) -> Key:
        local = script in LOCAL_SCRIPTS
        key = GlyphKey(key_label(char)) if local else Key(key_label(char))
        key.setProperty("char", char)
        key.setProperty("script", script)
        key.clicked.connect(lambda _=False, k=key: self._press_char(k))
        self.char_keys.append(key)
        if local:
            self.local_keys[script].append(key)
        return key

    def _build_rows(
        self, rows: tuple[str, ...], *, letters: bool, accents: bool = False
    ) -> QWidget:
        page = QWidget()
        # Latin keys as printed on every keyboard, from the left, also on a screen in Urdu.
        page.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for index, row in enumerate(rows):
            line = QHBoxLayout()
            line.setSpacing(8)
            if index == len(rows) - 1:
                shift = Key(kind="shift")
                shift.setCheckable(True)
                shift.clicked.connect(self._toggle_shift)
                if not letters:
                    # Hidden, not "shown" while it has no parent yet: shown, it came up as
                    # a window of its own for a moment, and the kiosk's window lost the
                    # keyboard's focus (built in idle time, as a resident used the screen).
                    shift.hide()
                line.addWidget(shift, 2)
                if letters:
                    self.shift_keys.append(shift)
            for char in row:
                line.addWidget(self._char_key(char), 1)
            if index == len(rows) - 1:
                delete = self._delete_key()
                line.addWidget(delete, 2)
                page.setProperty("delete", delete)
            layout.addLayout(line)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        switch = Key(kind="switch")  # the accents' "ABC" goes back to the letters
        switch.clicked.connect(
            lambda: self._show_accents(False) if accents else self._toggle_symbols()
        )
        bottom.addWidget(switch, 2)
        at = self._char_key("@")
        dot = self._char_key(".")
        bottom.addWidget(at, 1)
        space = Key(kind="space")
        space.clicked.connect(lambda: self._send_text(" "))
        bottom.addWidget(space, 6)
        bottom.addWidget(dot, 1)
        done = Key(kind="done")
        done.clicked.connect(self._press_done)
        bottom.addWidget(done, 2)
        layout.addLayout(bottom)
        # The extra @ and . beside the space bar are for e-mail addresses only.
        at.setProperty("email_only", True)
        dot.setProperty("email_only", True)
        if accents:
            self.accents_to_letters = switch
            at.setVisible(False)
            dot.setVisible(False)
        elif letters:
            self.switch_to_symbols, self.space_key, self.done_key = switch, space, done
            self.letters_email_keys = (at, dot)
            # Each shown only in a text field that accepts its script.
            self.switch_to_local: dict[Script, Key] = {}
            for index, script in enumerate(LOCAL_SCRIPTS, start=1):
                key = Key(kind="switch")
                key.clicked.connect(lambda _=False, s=script: self.set_script(s))
                bottom.insertWidget(index, key, 2)
                self.switch_to_local[script] = key
                self._to_local_letters.append((script, key))
            # Shown in a text field (a name, an address), not for e-mail or numbers.
            self.switch_to_accents = Key(kind="switch")
            self.switch_to_accents.clicked.connect(lambda: self._show_accents(True))
            bottom.insertWidget(len(LOCAL_SCRIPTS) + 1, self.switch_to_accents, 2)
        else:
            self.switch_to_letters, self.symbols_space, self.symbols_done = switch, space, done
            at.setVisible(False)
            dot.setVisible(False)
        return page

    def _bottom_row(self, switches: list[Key]) -> QHBoxLayout:
        """Layer keys, a wide space bar and Done, as on the Latin layers."""
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        for key in switches:
            bottom.addWidget(key, 2)
        space = Key(kind="space")
        space.clicked.connect(lambda: self._send_text(" "))
        bottom.addWidget(space, 6)
        done = Key(kind="done")
        done.clicked.connect(self._press_done)
        bottom.addWidget(done, 2)
        return bottom

    def _build_local(self, script: Script) -> QWidget:
        """A script's letters in a grid of equal columns (``BENGALI_ROWS``, ``URDU_ROWS``),
        from the right for a script read right to left, whatever the kiosk's language."""
        letters = LOCAL_SCRIPTS[script]
        page, layout = self._local_page(letters)
        grid = QGridLayout()
        # Fifteen keys of at least 64 px across a 1080 px portrait screen: narrow gaps.
        grid.setHorizontalSpacing(2)
        grid.setVerticalSpacing(6)
        for row, chars in enumerate(letters.rows):
            for column, char in enumerate(chars):
                grid.addWidget(self._char_key(char, script), row, column)
        # Delete where it is on the Latin letters: right after the last row's letters (two
        # or three keys wide), with no gap between them; a short row ends short, as the
        # vowels' row does.
        delete = self._delete_key()
        # As tall as the letters beside it (its word is in smaller type).
        delete.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        after = len(letters.rows[-1])
        wide = max(2, min(3, letters.columns - after))
        grid.addWidget(delete, len(letters.rows) - 1, after, 1, wide)
        for column in range(letters.columns):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        to_symbols = Key(kind="switch")
        to_symbols.clicked.connect(self._toggle_symbols)
        to_latin = Key(kind="switch")
        to_latin.clicked.connect(lambda: self.set_script(LATIN))
        bottom = self._bottom_row([to_symbols, to_latin])
        layout.addLayout(bottom)
        self._local_switches[script] = (to_latin, to_symbols)
        self._local_grids[script] = LocalGrid(grid, bottom, delete, wide)
        self._fold(script)
        return page

    def _fold(self, script: Script) -> None:
        """A script's letters with its bottom row folded into the rows above when compact
        and there is room: the layer keys after the first row's letters, the space bar and
        Done after the last row's (Bengali: five rows of keys, not six, so a 1280 x 800
        screen shows the search box, the services found and every key); as built else."""
        parts = self._local_grids.get(script)
        if parts is None:
            return
        grid, bottom, delete = parts.grid, parts.bottom, parts.delete
        letters = LOCAL_SCRIPTS[script]
        keys = parts.bottom_keys()
        first, last = len(letters.rows[0]), len(letters.rows[-1])
        fold = (
            self._compact
            and letters.columns - first >= 4  # two layer keys, two columns each
            and letters.columns - last >= 6  # Delete, the space bar and Done
        )
        if fold == parts.folded:
            return
        parts.folded = fold
        to_symbols, to_latin, space, done = keys
        for key in (*keys, delete):
            grid.removeWidget(key)
            bottom.removeWidget(key)
        end = len(letters.rows) - 1
        if fold:
            grid.addWidget(to_symbols, 0, first, 1, 2)
            grid.addWidget(to_latin, 0, first + 2, 1, 2)
            grid.addWidget(delete, end, last, 1, 2)
            grid.addWidget(space, end, last + 2, 1, letters.columns - last - 4)
            grid.addWidget(done, end, letters.columns - 2, 1, 2)
        else:
            grid.addWidget(delete, end, last, 1, parts.wide)
            for key, stretch in zip(keys, (2, 2, 6, 2), strict=True):
                bottom.addWidget(key, stretch)

    def _build_local_symbols(self, script: Script) -> QWidget:
        """A script's digits, then its punctuation."""
        letters = LOCAL_SCRIPTS[script]
        page, layout = self._local_page(letters)
        digits = QHBoxLayout()
        digits.setSpacing(8)
        for char in letters.digits:
            digits.addWidget(self._char_key(char, script), 1)
        layout.addLayout(digits)
        marks = QHBoxLayout()
        marks.setSpacing(8)
        for char in letters.punctuation:
            marks.addWidget(self._char_key(char, script), 1)
        marks.addWidget(self._delete_key(), 2)
        layout.addLayout(marks)
        # Back to the letters: a key with the script's letters on it, as on the Latin layer.
        to_letters = Key(kind="switch")
        to_letters.clicked.connect(self._toggle_symbols)
        self._to_local_letters.append((script, to_letters))
        layout.addLayout(self._bottom_row([to_letters]))
        return page

    @staticmethod
    def _local_page(letters: LocalScript) -> tuple[QWidget, QVBoxLayout]:
        """A layer of a script's keys, laid out from the right for one read right to left,
        whatever the kiosk's language."""
        page = QWidget()
        if letters.right_to_left:
            page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        return page, layout

    def _delete_key(self) -> Key:
        """Delete (it repeats while held: see :class:`Key`)."""
        delete = Key(kind="delete")
        delete.clicked.connect(self._press_delete)
        return delete

    def _build_numpad(self) -> QWidget:
        page = QWidget()
        page.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # 1 2 3 as on a phone
        centre = QHBoxLayout(page)
        centre.setContentsMargins(0, 0, 0, 0)
        pad = QWidget()
        pad.setMaximumWidth(4 * 160)
        centre.addWidget(pad)
        grid = QGridLayout(pad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for row, chars in enumerate(NUMPAD_ROWS):
            for column, char in enumerate(chars):
                grid.addWidget(self._char_key(char), row, column)
        self.numpad_space = Key(kind="space")
        self.numpad_space.clicked.connect(lambda: self._send_text(" "))
        grid.addWidget(self.numpad_space, 3, 0)
        grid.addWidget(self._char_key("0"), 3, 1)
        self.numpad_delete = self._delete_key()
        grid.addWidget(self.numpad_delete, 3, 2)
        self.numpad_done = Key(kind="done")
        self.numpad_done.clicked.connect(self._press_done)
        grid.addWidget(self.numpad_done, 0, 3, 4, 1)
        self.numpad_done.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        return page

    # Public API ---------------------------------------------------------------------------
    def attach(
        self, target: QWidget, mode: str = "text", scripts: Iterable[str] = (LATIN,)
    ) -> OnScreenKeyboard:
        """Type into ``target`` (a QLineEdit or QPlainTextEdit) with layout ``mode``.

        ``scripts`` are the letters the field accepts: Latin only unless the caller says
        the field may be typed in Bengali or Urdu too (``(LATIN, BENGALI, URDU)``); only a
        "text" field offers them. Several fields may be attached; the keyboard follows the
        one that gets focus.
        """
        if mode not in MODES:
            raise ValueError(f"keyboard mode must be one of {', '.join(MODES)}, not '{mode}'")
        accepts = tuple(dict.fromkeys(scripts))
        unknown = [script for script in accepts if script not in SCRIPTS]
        if unknown or not accepts:
            raise ValueError(
                f"keyboard scripts must be some of {', '.join(SCRIPTS)}, not {list(accepts)}"
            )
        if target not in self._targets:
            target.installEventFilter(self)
            target.destroyed.connect(lambda _=None, t=target: self._forget(t))
            if isinstance(target, QLineEdit | QPlainTextEdit):  # emptied at a visit's end
                target.textChanged.connect(self._update_echo)
        for script in LOCAL_SCRIPTS:
            if script in accepts:
                self._ensure_local(script)
        self._targets[target] = (mode, accepts)
        self._target = target
        self._mode, self._accepts = mode, accepts
        self.reset()
        return self

    def detach(self, target: QWidget) -> None:
        if target in self._targets:
            target.removeEventFilter(self)
        self._forget(target)

    def _forget(self, target: QObject) -> None:
        self._targets.pop(target, None)  # type: ignore[call-overload]
        if self._target is target:
            self._target = None

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def script(self) -> Script:
        """The letters shown now: "latin", "bengali" or "urdu"."""
        return self._script

    def allowed(self, script: str) -> bool:
        """Whether the field being typed in may switch to ``script``'s letters."""
        return script == LATIN or (self._mode == "text" and script in self._accepts)

    @property
    def bengali_allowed(self) -> bool:
        """Whether the field being typed in may switch to Bengali letters."""
        return self.allowed(BENGALI)

    @property
    def target(self) -> QWidget | None:
        """Where the next key goes."""
        if self._target is not None:
            return self._target
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit | QPlainTextEdit | QTextEdit):
            return focused
        return None

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"keyboard mode must be one of {', '.join(MODES)}, not '{mode}'")
        self._mode = mode
        self.reset()

    def set_language(self, code: str) -> None:
        """The resident chose kiosk language ``code``: a field that accepts that language's
        script opens in it ("bn": Bengali letters, "ur": Urdu), others in Latin letters."""
        if code == self._language:
            return
        self._language = code
        self._preferred = LANGUAGE_SCRIPTS.get(code, LATIN)
        self.reset()

    def set_script(self, script: str) -> None:
        """Show Latin, Bengali or Urdu letters (the last two only where the field accepts
        them)."""
        if script not in SCRIPTS:
            raise ValueError(f"keyboard script must be one of {', '.join(SCRIPTS)}, not '{script}'")
        chosen: Script = LATIN
        for known in LOCAL_SCRIPTS:
            if script == known and self.allowed(known):
                chosen = known
        self._symbols = self._accents = False
        self._set_shift(False)
        changed = chosen != self._script
        self._script = chosen
        self._show_layer()
        if changed:
            self.script_changed.emit(chosen)

    def show_digits(self) -> None:
        """Show the layer whose first row is the digits (for a booking reference, typed
        digits first); "ABC" goes back to the letters."""
        if self._mode == "text":
            self._symbols, self._accents = True, False
            self._set_shift(False)
            self._show_layer()

    def reset(self) -> None:
        """Back to the default layer: letters (no shift) in the script of the language."""
        self.set_script(self._preferred)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # The field typed in, or the page's view, changed size: both shown again.
        followed = (self._target, getattr(self, "_followed_view", None))
        if event.type() == QEvent.Type.Resize and self.isVisible() and watched in followed:
            self._refit.start()
        if event.type() == QEvent.Type.FocusIn and watched in self._targets:
            assert isinstance(watched, QWidget)
            if watched is not self._squeezed:
                self._release_squeezed()  # another box typed in: that one as high again
            self._target = watched
            if self._targets[watched] != (self._mode, self._accepts):
                self._mode, self._accepts = self._targets[watched]
                self.reset()
        return super().eventFilter(watched, event)

    # Keys ---------------------------------------------------------------------------------
    def _press_char(self, key: Key) -> None:
        char = str(key.property("char"))
        if self._shift and has_capital(char):
            char = char.upper()
            self._set_shift(False)
        # NFC: ড় ঢ় য় are typed as ড/ঢ/য with nukta, the form the catalogue and search use.
        self._send_text(unicodedata.normalize("NFC", char))

    def _send_text(self, text: str) -> None:
        target = self.target
        if target is None:
            return
        key = Qt.Key.Key_Space if text == " " else Qt.Key.Key_unknown
        if len(text) == 1 and text.isalnum() and text.isascii():
            key = Qt.Key(ord(text.upper()))
        self._send_key(target, key, text)
        self.typed.emit(text)

    def _press_delete(self) -> None:
        target = self.target
        if target is not None:
            self._send_key(target, Qt.Key.Key_Backspace, "")

    def _press_done(self) -> None:
        target = self.target
        if isinstance(target, QLineEdit):
            self._send_key(target, Qt.Key.Key_Return, "\r")
        self.done.emit()

    @staticmethod
    def _send_key(target: QWidget, key: Qt.Key, text: str) -> None:
        # A key chosen by Tab and Space keeps the focus: the resident goes on from it.
        if not target.hasFocus() and not isinstance(QApplication.focusWidget(), Key):
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(target, event)

    def _update_echo(self, *_: object) -> None:
        """The field's words above the keys while the field is out of view; none else."""
        if self._fitting:
            return  # the page is on its way to where it stops: decided there
        target = self._target
        area = self._scroll_area()
        hidden = False
        typed_in = isinstance(target, QLineEdit | QPlainTextEdit)
        if typed_in and area is not None and target is not None and target.isVisible():
            viewport = area.viewport()
            seen = QRect(target.mapTo(viewport, QPoint(0, 0)), target.size())
            hidden = not viewport.rect().contains(seen)
        if hidden and isinstance(target, QLineEdit | QPlainTextEdit):
            words = echoed(target)
            self.echo.setText(words + "\u258f")  # and where the next letter goes
            self.echo.setAccessibleName(self.tr("You typed: %1").replace("%1", words))
        else:  # and nothing typed left where assistive technology reads it
            self.echo.clear()
            self.echo.setAccessibleName("")
        if self.echo.isVisible() != hidden:
            self.echo.setVisible(hidden)
            self._lay_out_now()  # the keys' new height to their page

    def _toggle_shift(self) -> None:
        self._set_shift(not self._shift)

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        for shift in self.shift_keys:
            shift.setChecked(on)
        if on == self._shown_shifted:
            return
        self._shown_shifted = on
        for key in self.char_keys:
            char = str(key.property("char"))
            if has_capital(char):
                shown = char.upper() if on else char
                key.setText(shown)
                key.setAccessibleName(shown)

    def _toggle_symbols(self) -> None:
        self._symbols = not self._symbols
        self._show_layer()

    def _show_accents(self, on: bool) -> None:
        self._accents = on
        self._show_layer()

    def _show_layer(self) -> None:
        page: QWidget
        if self._mode == "numeric":
            page = self._numpad_layer()
        elif self._script in self.local_pages:
            letters, symbols = self.local_pages[self._script]
            page = symbols if self._symbols else letters
        elif self._symbols:
            page = self._symbols_layer()
        elif self._accents and self._mode == "text":
            page = self._accents_layer()
        else:
            page = self.letters_page
        self.pages.setCurrentWidget(page)
        for key in self.letters_email_keys:
            key.setVisible(self._mode == "email")
        for script, switch in self.switch_to_local.items():
            switch.setVisible(self.allowed(script))
        self.switch_to_accents.setVisible(self._mode == "text")

    # Words --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {
            "space": self.tr("Space"),
            "delete": self.tr("Delete"),
            "done": self.tr("Done"),
        }
        for key in self.findChildren(Key):
            kind = str(key.property("kind"))
            if kind in names:
                key.setText(names[kind])
                key.setAccessibleName(names[kind])
        for key in self.findChildren(Key):
            if key.property("kind") == "shift":
                key.setText(self.tr("Shift"))
                key.setAccessibleName(self.tr("Capital letter"))
        self.switch_to_symbols.setText(self.tr("123 ?"))
        self.switch_to_symbols.setAccessibleName(self.tr("Numbers and symbols"))
        self.switch_to_accents.setText(self.tr("àé"))
        self.switch_to_accents.setAccessibleName(self.tr("Letters with accents"))
        if self.accents_page is not None:
            self.accents_to_letters.setText(self.tr("ABC"))
            self.accents_to_letters.setAccessibleName(self.tr("Letters"))
        if self.symbols_page is not None:
            self.switch_to_letters.setText(self.tr("ABC"))
            self.switch_to_letters.setAccessibleName(self.tr("Letters"))
        # A script's switch shows its letters, as "ABC" shows Latin ones; not "বাংলা" or
        # "اردو", the kiosk's language buttons, which would change every word on the screen.
        letters = {
            BENGALI: (self.tr("অআক"), self.tr("Bengali letters")),
            URDU: (self.tr("اب"), self.tr("Urdu letters")),
        }
        digits = {
            BENGALI: (self.tr("১২৩ ?"), self.tr("Bengali numbers and symbols")),
            URDU: (self.tr("۱۲۳ ؟"), self.tr("Urdu numbers and symbols")),
        }
        for script, key in self._to_local_letters:
            key.setText(letters[script][0])
            key.setAccessibleName(letters[script][1])
        for script, (to_latin, to_symbols) in self._local_switches.items():
            to_latin.setText(self.tr("ABC"))
            to_latin.setAccessibleName(self.tr("English letters"))
            to_symbols.setText(digits[script][0])
            to_symbols.setAccessibleName(digits[script][1])
        # Names read out for symbol keys (a screen reader would otherwise say little).
        symbol_names = {
            "@": self.tr("at sign"),
            ".": self.tr("full stop"),
            "-": self.tr("hyphen"),
            "'": self.tr("apostrophe"),
            "_": self.tr("underscore"),
            "/": self.tr("slash"),
            "&": self.tr("and sign"),
            "+": self.tr("plus"),
            "#": self.tr("hash"),
            ",": self.tr("comma"),
            ":": self.tr("colon"),
            ";": self.tr("semicolon"),
            "?": self.tr("question mark"),
            "!": self.tr("exclamation mark"),
            "(": self.tr("open bracket"),
            ")": self.tr("close bracket"),
            '"': self.tr("quotation mark"),
            "£": self.tr("pound sign"),
        }
        for key in self.char_keys:
            char = str(key.property("char"))
            if char in symbol_names:
                key.setAccessibleName(symbol_names[char])
        # A Bengali letter or digit is named by itself; a sign alone says little, so signs
        # have names (in Bengali: আ-কার, ই-কার..., হসন্ত, অনুস্বার, বিসর্গ, চন্দ্রবিন্দু).
        sign_names = {
            "\u09cd": self.tr("hasanta (joins letters)"),
            "\u09be": self.tr("vowel sign aa"),
            "\u09bf": self.tr("vowel sign i"),
            "\u09c0": self.tr("vowel sign ii"),
            "\u09c1": self.tr("vowel sign u"),
            "\u09c2": self.tr("vowel sign uu"),
            "\u09c3": self.tr("vowel sign ri"),
            "\u09c7": self.tr("vowel sign e"),
            "\u09c8": self.tr("vowel sign oi"),
            "\u09cb": self.tr("vowel sign o"),
            "\u09cc": self.tr("vowel sign ou"),
            "\u0982": self.tr("anusvara"),
            "\u0983": self.tr("visarga"),
            "\u0981": self.tr("chandrabindu"),
            "\u0964": self.tr("dari (Bengali full stop)"),
            "\u06d4": self.tr("Urdu full stop"),
            "\u060c": self.tr("Urdu comma"),
            "\u061f": self.tr("Urdu question mark"),
        }
        for key in (key for keys in self.local_keys.values() for key in keys):
            char = str(key.property("char"))
            key.setAccessibleName(sign_names.get(char, symbol_names.get(char, char)))
        self.setAccessibleName(self.tr("On-screen keyboard"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        # Opened below the field: scroll the page so every row, Space and Done included,
        # shows; and again while the page settles to its new height (for a second).
        area = self._scroll_area()
        followed = getattr(self, "_followed_area", None)
        if area is not None and area is not followed:  # a new page (the keyboard moved)
            if followed is not None and shiboken6.isValid(followed):
                with contextlib.suppress(RuntimeError, TypeError):
                    followed.verticalScrollBar().rangeChanged.disconnect(self._page_grew)
                    followed.verticalScrollBar().valueChanged.disconnect(self._update_echo)
            followed_view = getattr(self, "_followed_view", None)
            if followed_view is not None and shiboken6.isValid(followed_view):
                followed_view.removeEventFilter(self)
            self._followed_area = area
            self._followed_view = area.viewport()
            area.viewport().installEventFilter(self)
            area.verticalScrollBar().rangeChanged.connect(self._page_grew)
            area.verticalScrollBar().valueChanged.connect(self._update_echo)
        self._following = True
        QTimer.singleShot(0, self._bring_into_view)
        QTimer.singleShot(1000, self._stop_following)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.isVisible():
            self._refit.start()

    def _stop_following(self) -> None:
        self._following = False

    def _page_grew(self, *_: int) -> None:
        # Once the page is laid out (the timer), not inside its layout's own change: the
        # keys were placed by a page not yet at its new length, their bottom rows under the
        # view (the Bengali feedback comment at 200 % on 1366 x 768, its box one line high).
        if getattr(self, "_following", False) and self.isVisible():
            self._refit.start()

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent if isinstance(parent, QScrollArea) else None

    def _bring_into_view(self) -> None:
        """The keys into view, then the field above them where both fit; the echo above the
        keys is shown or hidden once, for where the page stops.

        It was shown and hidden on the way (the keys' bottom row first scrolled the field
        out of view, the field then scrolled back into it): each time the keys changed
        height, and their new size brought them into view again, without end. At 200 %
        text on a 1280 x 800 screen the Bengali feedback comment's keys were caught laid
        out for one height and shown at the other, overlapping (the audit, QA s36)."""
        # Measured as laid out: a change of the echo, or of the text, not yet laid out
        # would place the keys by their old height.
        self._lay_out_now()
        self._fitting = True
        try:
            self._scroll_into_view()
        finally:
            self._fitting = False
        self._update_echo()

    def _scroll_into_view(self) -> None:
        parent = self._scroll_area()
        if parent is not None and self.isVisible() and parent.widget() is not None:
            if self._fit_with_cue(parent):
                return
            # No room for the box's line typed in and the keys: a box of several lines one
            # line high while the keys are up (it scrolls to the line typed), as long as
            # they are up for it.
            target = self._target
            if (
                isinstance(target, QPlainTextEdit)
                and self._squeezed is None
                and squeeze_text_box(target, True)
            ):
                self._squeezed = target
                self._lay_out_now()
                self._fit_with_cue(parent)

    def _fit_with_cue(self, parent: QScrollArea) -> bool:
        """The keys and the field into view, clear of the page's "More below" if they fit
        so, else with it held back while the keys are up if they fit then, else clear of
        it: whether the field and the keys showed together."""
        cue = parent.findChild(ScrollCue)
        self._release_cue()  # decided again: the text or the window may have changed
        if self._scroll_clear_of(parent, cue):
            return True
        if cue is None or not cue.isVisible():
            return False
        cue.hold(True)
        self._held_cue = cue
        if self._scroll_clear_of(parent, cue):
            return True
        self._release_cue()
        self._scroll_clear_of(parent, cue)
        return False

    def _release_squeezed(self) -> None:
        """The box made one line high for the keys at its own height again."""
        box, self._squeezed = self._squeezed, None
        if box is not None and shiboken6.isValid(box):
            squeeze_text_box(box, False)

    def _lay_out_now(self) -> None:
        """The keys, and the page around them, laid out for their height now.

        The posted requests to lay out again first. Keys still of another height than
        theirs (a layout around them kept their old one, its request to be done again lost:
        a survey's keys at 200 % text kept the height they had with the "You typed" line
        once it was hidden, their rows at its foot under the view, and showed it again,
        without end): each layout from the keys up to their page done again at once."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if self.height() == self.sizeHint().height():
            return
        area = self._scroll_area()
        widget: QWidget | None = self
        while widget is not None and widget is not area:  # from the keys up to the page
            layout = widget.layout()
            if layout is not None:
                layout.activate()
            widget = widget.parentWidget()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _release_cue(self) -> None:
        """The "More below" held back for the keys shown again, as the page is."""
        cue, self._held_cue = self._held_cue, None
        if cue is not None and shiboken6.isValid(cue):
            cue.hold(False)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        super().hideEvent(event)
        # The keys gone (or moved to another screen): the cue is back, the box as high.
        self._release_cue()
        self._release_squeezed()

    def _scroll_clear_of(self, parent: QScrollArea, cue: ScrollCue | None) -> bool:
        """The keys into view on ``parent``'s page, clear of its "More below" ``cue`` (not
        held back), and the field above them: whether the field showed with them.

        The bottom row (Space, Done) first, clear of the cue at the foot of the page; then
        the top row, if the keyboard fits; then the field typed in, just above the keys,
        where both fit (else its line being typed)."""
        shown = cue is not None and not cue.held
        margin = cue.heightForWidth(parent.viewport().width()) if shown and cue else 0
        content = parent.widget()
        top = self.mapTo(content, QPoint(0, 0)) if content is not None else QPoint()
        if content is not None and top.y() + self.height() + margin + 8 >= content.height():
            margin = 0  # the keys come last: the page scrolled to its end has no cue
        parent.ensureVisible(top.x(), top.y() + self.height(), 0, margin + 8)
        room = parent.viewport().height() - margin - 16
        if self.height() > room:
            return False
        parent.ensureVisible(top.x(), top.y(), 0, 8)
        # The field may come to the view's very edge (16 px more room for it).
        return self._bring_target_into_view(parent, top.y() + self.height(), room + 16)

    def _bring_target_into_view(self, page: QScrollArea, keys_bottom: int, room: int) -> bool:
        """The field being typed in shows above the keys: scrolled to in each scroll area
        around it inside the page (a form's questions, clear of their "More below"), and
        the page scrolled up to it if it and the keys fit (else to its line being typed).

        At 200 % text on a 1280 x 800 screen the page scrolled for the keys alone, which
        pushed the field above the view, and a form's questions kept the box under their
        "More below" after the text grew (QA s36)."""
        target = self._target
        content = page.widget()
        if (
            not isinstance(target, QLineEdit | QPlainTextEdit)
            or content is None
            or not target.isVisible()
            or not content.isAncestorOf(target)
        ):
            return True  # no field of this page's to show
        line = _typed_line(target)
        inner = target.parentWidget()
        while inner is not None and inner is not content:
            area = inner.parentWidget()
            if isinstance(area, QScrollArea) and inner is area.viewport() and area is not page:
                cue = area.findChild(QLabel, "ScrollCue")
                below = cue.height() if cue is not None and cue.isVisible() else 0
                whole = target.height() + 2 * below + 16 <= area.viewport().height()
                held = area.widget()
                shown = target.mapTo(held, QPoint(0, 0)) if held is not None else QPoint()
                if whole:
                    area.ensureVisible(shown.x(), shown.y() + target.height(), 0, below + 8)
                    area.ensureVisible(shown.x(), shown.y(), 0, 8)
                else:
                    area.ensureVisible(shown.x(), shown.y() + line.bottom(), 0, below + 8)
            inner = inner.parentWidget()
        field_top = target.mapTo(content, QPoint(0, 0)).y()
        # What the field holds shows above the keys only while the field is out of view:
        # its room is the field's once the field shows.
        outer = self.layout()
        echo = (
            self.echo.height() + (outer.spacing() if outer else 0) if self.echo.isVisible() else 0
        )
        keys_bottom -= echo
        if keys_bottom - field_top <= room:
            page.ensureVisible(0, field_top, 0, 0)
        elif keys_bottom - (field_top + line.top()) <= room:
            page.ensureVisible(0, field_top + line.top(), 0, 0)
        else:
            return False
        return True


def _typed_line(target: QLineEdit | QPlainTextEdit) -> QRect:
    """The line being typed in ``target``, in its coordinates: a line edit's whole box."""
    if isinstance(target, QLineEdit):
        return target.rect()
    cursor = target.cursorRect()
    viewport = target.viewport().mapTo(target, QPoint(0, 0))
    return QRect(0, cursor.top() + viewport.y() - 8, target.width(), cursor.height() + 16)


class KeyboardSlot(QWidget):
    """Where a screen shows the kiosk's one keyboard; used as that screen's keyboard.

    A screen puts a slot in its layout and uses it as it would an
    :class:`OnScreenKeyboard`: attaches its fields, shows and hides it, listens to its
    signals. The one keyboard of the application (:func:`shared_keyboard`) moves into a
    slot when the slot is shown, takes back that screen's fields, mode and language, and
    its signals reach that slot only. Six screens each built their own keyboard (about a
    hundred keys each) before (issue 16).

    Signals:
        done(), typed(str), script_changed(str): the keyboard's, while this slot holds it.
    """

    done = Signal()
    typed = Signal(str)
    script_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KeyboardSlot")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        #: This screen's fields with their mode and scripts, and the one typed into last.
        self._attached: dict[QWidget, tuple[str, tuple[str, ...]]] = {}
        self._current: QWidget | None = None
        self._mode: str | None = None
        self._language: str | None = None
        self._compact = False
        self._after: QWidget | None = None
        if _holder() is None:
            self.take()  # the first slot built keeps it until another is shown

    # Holding the keyboard -------------------------------------------------------------------
    @property
    def keyboard(self) -> OnScreenKeyboard:
        """The application's keyboard, moved into this slot if another held it."""
        self.take()
        return shared_keyboard()

    @property
    def holding(self) -> bool:
        return _holder() is self

    def take(self) -> None:
        global _HOLDER
        keyboard = shared_keyboard()
        if _holder() is self and keyboard.parentWidget() is self:
            return
        previous = _holder()
        if previous is not None:
            previous._release(keyboard)
        _HOLDER = self
        self._layout.addWidget(keyboard)
        keyboard.show()
        keyboard.done.connect(self.done)
        keyboard.typed.connect(self.typed)
        keyboard.script_changed.connect(self.script_changed)
        for target, (mode, scripts) in self._attached.items():
            if target is not self._current:
                keyboard.attach(target, mode, scripts)
        if self._current is not None and self._current in self._attached:
            mode, scripts = self._attached[self._current]
            keyboard.attach(self._current, mode, scripts)
        if self._mode is not None:
            keyboard.set_mode(self._mode)
        if self._language is not None:
            keyboard.set_language(self._language)
        keyboard.set_compact(self._compact)
        keyboard.keys_after(self._after)  # moved here, the keys came last in Tab order

    def _release(self, keyboard: OnScreenKeyboard) -> None:
        current = keyboard._target
        if current is not None and current in self._attached:
            self._current = current
        for signal, mine in (
            (keyboard.done, self.done),
            (keyboard.typed, self.typed),
            (keyboard.script_changed, self.script_changed),
        ):
            with contextlib.suppress(RuntimeError, TypeError):  # not connected
                signal.disconnect(mine)
        self._layout.removeWidget(keyboard)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.take()
        super().showEvent(event)

    # The keyboard's own calls, remembered for when this slot holds it again -----------------
    def attach(
        self, target: QWidget, mode: str = "text", scripts: Iterable[str] = (LATIN,)
    ) -> KeyboardSlot:
        accepts = tuple(dict.fromkeys(scripts))
        if target not in self._attached:
            target.destroyed.connect(lambda _=None, t=target: self._forget(t))
        if self.holding:
            shared_keyboard().attach(target, mode, accepts)  # checks mode and scripts
        self._attached[target] = (mode, accepts)
        self._current = target
        self._mode = None
        return self

    def detach(self, target: QWidget) -> None:
        self._forget(target)
        shared_keyboard().detach(target)

    def _forget(self, target: QObject) -> None:
        self._attached.pop(target, None)  # type: ignore[call-overload]
        if self._current is target:
            self._current = None

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        if self.holding:
            shared_keyboard().set_mode(mode)

    def set_language(self, code: str) -> None:
        self._language = code
        if self.holding:
            shared_keyboard().set_language(code)

    def follow_language(self, ctx: KioskContext) -> None:
        """Open in the script of the language the resident chose, now and whenever they
        choose another (for a slot whose fields accept Bengali or Urdu)."""
        self.set_language(ctx.language)
        ctx.language_changed.connect(self.set_language)

    def keys_after(self, widget: QWidget | None) -> None:
        """The keys come right after ``widget`` in Tab order while this slot holds them
        (:meth:`OnScreenKeyboard.keys_after`)."""
        self._after = widget
        if self.holding:
            shared_keyboard().keys_after(widget)

    def set_compact(self, on: bool) -> None:
        """Rows closer together while this slot's screen is short (:meth:`OnScreenKeyboard.set_compact`)."""
        self._compact = on
        if self.holding:
            shared_keyboard().set_compact(on)

    def needed_width(self) -> int:
        """The width the keys need (:meth:`OnScreenKeyboard.needed_width`), while this slot
        holds them."""
        if self.holding:
            return shared_keyboard().needed_width()
        return self.minimumSizeHint().width()

    def _in_use(self) -> bool:
        """Holding the keyboard, or shown (so taking it): a hidden screen's call (a reset
        of every screen) must not take it from the screen on display."""
        if not self.holding and self.isVisible():
            self.take()
        return self.holding

    def set_script(self, script: str) -> None:
        if self._in_use():
            shared_keyboard().set_script(script)

    def show_digits(self) -> None:
        if self._in_use():
            shared_keyboard().show_digits()

    def reset(self) -> None:
        """Back to the default letters (a slot taking the keyboard resets it anyway)."""
        if self._in_use():
            shared_keyboard().reset()

    def retranslate(self) -> None:
        shared_keyboard().retranslate()

    @property
    def mode(self) -> str:
        return self.keyboard.mode

    @property
    def script(self) -> Script:
        return self.keyboard.script

    @property
    def bengali_allowed(self) -> bool:
        return self.keyboard.bengali_allowed

    @property
    def target(self) -> QWidget | None:
        return self.keyboard.target

    def __getattr__(self, name: str) -> object:
        """The keyboard's keys and pages (``char_keys``, ``switch_to_local``...)."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.keyboard, name)


def _narrow_keys_in_a_row(layout: QLayout | None) -> int:
    """The most keys allowed narrower than :data:`KEY_SIZE` (:class:`GlyphKey`) side by side
    in ``layout`` and the layouts in it: a row's, or a grid's columns that hold one."""
    if layout is None:
        return 0
    found = 0
    if isinstance(layout, QGridLayout):
        columns: set[int] = set()
        for index in range(layout.count()):
            item = layout.itemAt(index)
            key = item.widget() if item is not None else None
            if isinstance(key, GlyphKey) and not key.isHidden():
                position: tuple[int, int, int, int] = layout.getItemPosition(index)  # type: ignore[assignment]
                _row, column, _rows, span = position
                columns.update(range(column, column + span))
        found = len(columns)
    elif isinstance(layout, QHBoxLayout):
        keys = [layout.itemAt(index) for index in range(layout.count())]
        found = sum(
            1
            for item in keys
            if item is not None
            and isinstance(key := item.widget(), GlyphKey)
            and not key.isHidden()
        )
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is not None:
            found = max(found, _narrow_keys_in_a_row(item.layout()))
    return found


class BesideKeys(ListLayout):
    """Back, the keys and Next: Back and Next on either side of the keys (mirrored for a
    language read right to left) where there is room, else the keys across the whole width
    and Back and Next on a row of their own under them.

    A laptop-sized screen has no room for a row of Back and Next as well as the question and
    the keys, so they stand beside the keys; but at the largest text the keys, and the
    words of Back and Next, need more than such a screen is wide (Bengali: fifteen letters
    of 64 px, and "পিছনে", "পরবর্তী" were cut to half their width). They stand beside the
    keys only while the row has room for the keys at :meth:`OnScreenKeyboard.needed_width`
    and for the longest word of each. Decided each time the row is laid out, so it follows
    the text size, the language, the keys' layer and the window.

    Add Back, the keys and Next in that order (:meth:`place`).
    """

    def __init__(self, spacing: int = 20, row_gap: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: tuple[QWidget, QWidget, QWidget] | None = None
        self._row_gap = row_gap
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)
        #: Whether Back and Next stood beside the keys when the row was last laid out.
        self.beside = True

    def place(self, back: QWidget, keys: QWidget, forward: QWidget) -> None:
        for widget in (back, keys, forward):
            self.addWidget(widget)
        self._parts = (back, keys, forward)

    def empty_out(self) -> None:
        """Give Back, the keys and Next back (to be laid out elsewhere)."""
        if self._parts is not None:
            for widget in self._parts:
                self.removeWidget(widget)
        self._parts = None

    # QLayout ------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(QRect(0, 0, width, 0))[1]

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        back, keys, forward = self._shown()
        buttons = [self._need(b) for b in (back, forward) if b is not None]
        wide = max(
            keys.minimumSize().width() if keys is not None else 0,
            sum(buttons) + self.spacing() * (len(buttons) - 1),
        )
        # As low as beside the keys: the height at a given width is heightForWidth's.
        parts = [item for item in (back, keys, forward) if item is not None]
        return QSize(wide, max((item.minimumSize().height() for item in parts), default=0))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        parts = [item for item in self._shown() if item is not None]
        wide = sum(item.sizeHint().width() for item in parts)
        wide += self.spacing() * max(0, len(parts) - 1)
        return QSize(wide, self.heightForWidth(wide))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        places, _height, self.beside = self._arrange(rect)
        parent = self.parentWidget()
        direction = (
            parent.layoutDirection() if parent is not None else QApplication.layoutDirection()
        )
        for item, place in places:
            item.setGeometry(QStyle.visualRect(direction, rect, place))

    # Arranging ----------------------------------------------------------------------------
    def _shown(self) -> tuple[QLayoutItem | None, QLayoutItem | None, QLayoutItem | None]:
        """Back, the keys and Next, each if it shows."""
        found: list[QLayoutItem | None] = [None, None, None]
        if self._parts is not None:
            for item in self._items:
                widget = item.widget()
                if widget in self._parts and not item.isEmpty():
                    found[self._parts.index(widget)] = item
        return found[0], found[1], found[2]

    @staticmethod
    def _need(item: QLayoutItem) -> int:
        """The narrowest a button may be: its longest word (its words wrap)."""
        widget = item.widget()
        hint = widget.minimumSizeHint().width() if widget is not None else 0
        return max(item.minimumSize().width(), hint)

    @staticmethod
    def _keys_need(item: QLayoutItem) -> int:
        widget = item.widget()
        if isinstance(widget, OnScreenKeyboard | KeyboardSlot):
            return max(item.minimumSize().width(), widget.needed_width())
        return item.minimumSize().width()

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return item.heightForWidth(width)
        return min(item.sizeHint().height(), item.maximumSize().height())

    def _arrange(self, rect: QRect) -> tuple[list[tuple[QLayoutItem, QRect]], int, bool]:
        """Where each part goes in ``rect`` (left to right), the height they take, and
        whether Back and Next stand beside the keys."""
        back, keys, forward = self._shown()
        gap = self.spacing()
        buttons = [item for item in (back, forward) if item is not None]
        needs = {id(item): self._need(item) for item in buttons}
        keys_need = self._keys_need(keys) if keys is not None else 0
        beside_need = keys_need + sum(needs.values()) + gap * len(buttons)
        beside = keys is None or beside_need <= rect.width()
        # Back and Next grow toward their words on one line, then the keys take the rest.
        if beside:
            spare = rect.width() - beside_need
        else:
            spare = rect.width() - sum(needs.values()) - gap * max(0, len(buttons) - 1)
        widths: dict[int, int] = {}
        for item in buttons:
            more = min(max(0, spare), max(0, item.sizeHint().width() - needs[id(item)]))
            widths[id(item)] = needs[id(item)] + more
            spare -= more
        places: list[tuple[QLayoutItem, QRect]] = []
        top, left, right = rect.y(), rect.x(), rect.x() + rect.width()
        row = 0
        if keys is not None and not beside:  # the keys across, the buttons under them
            keys_height = self._height(keys, rect.width())
            places.append((keys, QRect(left, top, rect.width(), keys_height)))
            top += keys_height + (self._row_gap if buttons else 0)
        for button, at_left in ((back, True), (forward, False)):
            if button is None:
                continue
            wide = widths[id(button)]
            high = self._height(button, wide)
            x = left if at_left else right - wide
            places.append((button, QRect(x, top, wide, high)))
            row = max(row, high)
        if keys is not None and beside:
            start = left + (widths[id(back)] + gap if back is not None else 0)
            end = right - (widths[id(forward)] + gap if forward is not None else 0)
            keys_height = self._height(keys, end - start)
            places.append((keys, QRect(start, top, end - start, keys_height)))
            row = max(row, keys_height)
        return places, top - rect.y() + row, beside


_SHARED: OnScreenKeyboard | None = None
_HOLDER: KeyboardSlot | None = None


def shared_keyboard() -> OnScreenKeyboard:
    """The application's one on-screen keyboard (made again if its window was deleted)."""
    global _SHARED
    if _SHARED is None or not shiboken6.isValid(_SHARED):
        _SHARED = OnScreenKeyboard()
    return _SHARED


def _holder() -> KeyboardSlot | None:
    if _HOLDER is not None and shiboken6.isValid(_HOLDER):
        return _HOLDER
    return None
