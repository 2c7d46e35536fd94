"""An on-screen keyboard for touch kiosks, built from ordinary Qt widgets.

Why not Qt Virtual Keyboard: PySide6-Addons 6.12 ships its plugin and
``QT_IM_MODULE=qtvirtualkeyboard`` loads it in a Widgets app, but there the keyboard is a
separate QML top-level window over our frameless full-screen window: on the ``offscreen``
platform the input panel never became visible (``QInputMethod.keyboardRectangle()`` stayed
empty after ``show()``) so no test can press its keys; its labels follow its own locale
files instead of our ``tr()`` translations, and it does not follow our themes (high
contrast, larger text). It also starts Qt Quick and Qt Multimedia. So this widget lives
inside each screen's layout, uses our style sheet and translations, and sends key events.

Usage::

    keyboard = OnScreenKeyboard(self)
    keyboard.attach(self.name_edit)                    # letters (default mode "text")
    keyboard.attach(self.phone_edit, mode="numeric")   # a number pad
    keyboard.attach(self.email_edit, mode="email")     # letters with @ and .

The keyboard types into the attached field that last had focus (or, if none was
attached, the focused line or text edit). Keys never take focus, so the field keeps its
cursor. Every key has an accessible name; named keys (Space, Delete, Done...) are
translated with ``tr()``.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

Mode = Literal["text", "numeric", "email"]
MODES: tuple[str, ...] = ("text", "numeric", "email")

KEY_SIZE = 64
LETTER_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
SYMBOL_ROWS = ("1234567890", "@.-'_/&+#", ',:;?!()"£')
NUMPAD_ROWS = ("123", "456", "789")


class Key(QPushButton):
    """One key: at least 64 x 64 px, never takes focus from the field being typed in."""

    def __init__(self, text: str = "", kind: str = "char", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("Key")
        self.setProperty("kind", kind)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(KEY_SIZE, KEY_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoRepeat(kind == "delete")
        self.setAccessibleName(text)


class OnScreenKeyboard(QWidget):
    """Big-key keyboard with letters, numbers and symbols, and a number pad.

    Signals:
        done(): the resident touched Done (a line edit also gets Return, so its
            ``returnPressed`` fires).
        typed(str): a character key was pressed (the character sent).
    """

    done = Signal()
    typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OnScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._targets: dict[QWidget, str] = {}
        self._target: QWidget | None = None
        self._mode: str = "text"
        self._shift = False
        self._symbols = False
        self.char_keys: list[Key] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)

        self.letters_page = self._build_rows(LETTER_ROWS, letters=True)
        self.symbols_page = self._build_rows(SYMBOL_ROWS, letters=False)
        self.numpad_page = self._build_numpad()
        for page in (self.letters_page, self.symbols_page, self.numpad_page):
            self.pages.addWidget(page)
        self.retranslate()
        self._show_layer()

    # Building -----------------------------------------------------------------------------
    def _char_key(self, char: str) -> Key:
        key = Key(char)
        key.setProperty("char", char)
        key.clicked.connect(lambda _=False, k=key: self._press_char(k))
        self.char_keys.append(key)
        return key

    def _build_rows(self, rows: tuple[str, ...], *, letters: bool) -> QWidget:
        page = QWidget()
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
                shift.setVisible(letters)
                line.addWidget(shift, 2)
                if letters:
                    self.shift_key = shift
            for char in row:
                line.addWidget(self._char_key(char), 1)
            if index == len(rows) - 1:
                delete = Key(kind="delete")
                delete.clicked.connect(self._press_delete)
                line.addWidget(delete, 2)
                page.setProperty("delete", delete)
            layout.addLayout(line)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        switch = Key(kind="switch")
        switch.clicked.connect(self._toggle_symbols)
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
        if letters:
            self.switch_to_symbols, self.space_key, self.done_key = switch, space, done
            self.letters_email_keys = (at, dot)
        else:
            self.switch_to_letters, self.symbols_space, self.symbols_done = switch, space, done
            at.setVisible(False)
            dot.setVisible(False)
        return page

    def _build_numpad(self) -> QWidget:
        page = QWidget()
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
        self.numpad_delete = Key(kind="delete")
        self.numpad_delete.setAutoRepeat(True)
        self.numpad_delete.clicked.connect(self._press_delete)
        grid.addWidget(self.numpad_delete, 3, 2)
        self.numpad_done = Key(kind="done")
        self.numpad_done.clicked.connect(self._press_done)
        grid.addWidget(self.numpad_done, 0, 3, 4, 1)
        self.numpad_done.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        return page

    # Public API ---------------------------------------------------------------------------
    def attach(self, target: QWidget, mode: str = "text") -> OnScreenKeyboard:
        """Type into ``target`` (a QLineEdit or QPlainTextEdit) with layout ``mode``.

        Several fields may be attached; the keyboard follows the one that gets focus.
        """
        if mode not in MODES:
            raise ValueError(f"keyboard mode must be one of {', '.join(MODES)}, not '{mode}'")
        if target not in self._targets:
            target.installEventFilter(self)
            target.destroyed.connect(lambda _=None, t=target: self._forget(t))
        self._targets[target] = mode
        self._target = target
        self.set_mode(mode)
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
        self._symbols = False
        self._set_shift(False)
        self._show_layer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusIn and watched in self._targets:
            assert isinstance(watched, QWidget)
            self._target = watched
            if self._targets[watched] != self._mode:
                self.set_mode(self._targets[watched])
        return super().eventFilter(watched, event)

    # Keys ---------------------------------------------------------------------------------
    def _press_char(self, key: Key) -> None:
        char = str(key.property("char"))
        if self._shift and char.isalpha():
            char = char.upper()
            self._set_shift(False)
        self._send_text(char)

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
        if not target.hasFocus():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(target, event)

    def _toggle_shift(self) -> None:
        self._set_shift(not self._shift)

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        self.shift_key.setChecked(on)
        for key in self.char_keys:
            char = str(key.property("char"))
            if char.isalpha() and len(char) == 1:
                shown = char.upper() if on else char
                key.setText(shown)
                key.setAccessibleName(shown)

    def _toggle_symbols(self) -> None:
        self._symbols = not self._symbols
        self._show_layer()

    def _show_layer(self) -> None:
        if self._mode == "numeric":
            self.pages.setCurrentWidget(self.numpad_page)
        elif self._symbols:
            self.pages.setCurrentWidget(self.symbols_page)
        else:
            self.pages.setCurrentWidget(self.letters_page)
        for key in self.letters_email_keys:
            key.setVisible(self._mode == "email")
        for page in (self.letters_page, self.symbols_page, self.numpad_page):
            page.setVisible(page is self.pages.currentWidget())

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
        self.switch_to_letters.setText(self.tr("ABC"))
        self.switch_to_letters.setAccessibleName(self.tr("Letters"))
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
        self.setAccessibleName(self.tr("On-screen keyboard"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
