"""Qt translations: one QTranslator for Qt's own strings and one for ours."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hubkiosk.resources import resource

log = logging.getLogger(__name__)


class Translations:
    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.ours = QTranslator(app)
        self.qt = QTranslator(app)
        self._installed = False

    def apply(self, code: str) -> None:
        """Switch to ``code``; English is the source language and needs no file."""
        if self._installed:
            self.app.removeTranslator(self.ours)
            self.app.removeTranslator(self.qt)
            self._installed = False
        if code == "en":
            return
        path = resource("translations", f"hubkiosk_{code}.qm")
        if not self.ours.load(str(path)):
            log.warning("no compiled translation for %s at %s", code, path)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self.qt.load(QLocale(code), "qtbase", "_", qt_dir)
        self.app.installTranslator(self.qt)
        self.app.installTranslator(self.ours)
        self._installed = True
