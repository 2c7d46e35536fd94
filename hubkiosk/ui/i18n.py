"""Qt translations: one QTranslator for Qt's own strings and one for ours; numbers and
dates in the chosen language's own digits and formats (a Bengali screen counts ১, ২, ৩)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hubkiosk.resources import resource

log = logging.getLogger(__name__)


class Translations:
    """The application's translators. One per application: every kiosk window built in
    the same process (tests, the calling display) shares it, so a language chosen by one
    never lingers behind another."""

    _instances: dict[int, Translations] = {}

    @classmethod
    def for_app(cls, app: QApplication) -> Translations:
        found = cls._instances.get(id(app))
        if found is None or found.app is not app:
            found = cls._instances[id(app)] = cls(app)
        return found

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.ours = QTranslator(app)
        self.qt = QTranslator(app)
        self._installed = False

    def apply(self, code: str) -> None:
        """Switch to ``code`` (English is the source language: its file holds only the
        forms of words that follow a count). Urdu reads right to left: the whole layout
        mirrors, bars included, from the first screen a kiosk that starts in Urdu paints."""
        # Numbers, times and dates follow the language: QLocale() is what number() uses.
        locale = QLocale("en_GB") if code == "en" else QLocale(code)
        QLocale.setDefault(locale)
        if self._installed:
            self.app.removeTranslator(self.ours)
            self.app.removeTranslator(self.qt)
            self._installed = False
        # English too: its file holds the forms of words that follow a count ("1 second").
        path = resource("translations", f"hubkiosk_{code}.qm")
        if not self.ours.load(str(path)):
            log.warning("no compiled translation for %s at %s", code, path)
        if code != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self.qt.load(locale, "qtbase", "_", qt_dir)
            self.app.installTranslator(self.qt)
        self.app.installTranslator(self.ours)
        self._installed = True
        self.app.setLayoutDirection(locale.textDirection())


#: A translator per language, for words shown in a language other than the screen's.
_elsewhere: dict[str, QTranslator] = {}


def translated_in(code: str, context: str, source: str) -> str | None:
    """``source`` (English, as written in ``context``'s ``tr``) in language ``code``,
    whatever language the screen is in: the calling display writes a call in the language
    its resident chose too. None when that language has no words for it."""
    if code == "en":
        return source
    translator = _elsewhere.get(code)
    if translator is None:
        translator = QTranslator()
        if not translator.load(str(resource("translations", f"hubkiosk_{code}.qm"))):
            log.warning("no compiled translation for %s", code)
        _elsewhere[code] = translator
    return translator.translate(context, source) or None


def number(value: int | float) -> str:
    """``value`` in the current language's digits (৫ on a Bengali screen, 5 on an English one)."""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(value, "g", 6)


def digits(text: str, code: str | None = None) -> str:
    """``text`` with its ASCII digits written in the current language's digits, or
    language ``code``'s (a time or a date already formatted, "10:30")."""
    zero = (QLocale() if code is None else QLocale(code)).zeroDigit()
    if zero == "0":
        return text
    base = ord(zero)
    return "".join(chr(base + ord(c) - 48) if "0" <= c <= "9" else c for c in text)
