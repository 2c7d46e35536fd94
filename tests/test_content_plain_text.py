"""Content shows as words, never as markup (QA s35): a council officer pasted
``<b>Join</b> the <font color='red' size='7'>LIBRARY</font> <a href=...>here</a>`` into a
service's summary, and the kiosk drew a huge red "LIBRARY", a blue link that looked
tappable and a broken picture. Every label of a screen now draws its words as they are."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hubkiosk.ui.screens import ScreenId
from sync.protocol.content import Catalogue

MARKUP = "<b>Join</b> the <font color='red' size='7'>LIBRARY</font> <img src='/etc/x.png'>"


def _with_markup(kiosk) -> None:
    content = kiosk.ctx.content
    data = content.catalogue.model_dump(mode="json")
    for service in data["services"]:
        if service["id"] == "waste-recycling":
            service["name"]["en"] = "<i>Waste</i> and recycling"
            service["summary"]["en"] = MARKUP
            service["hub_can_do"] = [{"en": "<u>Report</u> a <big>missed</big> bin"}]
    catalogue = Catalogue.model_validate(data)
    kiosk.ctx.set_content(dataclasses.replace(content, catalogue=catalogue))


def _marked(screen) -> list[QLabel]:
    """The labels shown on ``screen`` whose words hold markup; each drawn as plain words."""
    shown = [label for label in screen.findChildren(QLabel) if label.isVisible()]
    marked = [label for label in shown if "<" in label.text()]
    for label in marked:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    return marked


def test_markup_in_content_is_shown_as_it_is_typed(kiosk, click):
    window = kiosk.window
    _with_markup(kiosk)
    click(window, "Find a service or do it now")
    assert _marked(window.screens[ScreenId.FINDER])  # the service's tile
    click(window, "<i>Waste</i> and recycling")
    assert window.current is ScreenId.SERVICE_PAGE
    marked = _marked(window.screens[ScreenId.SERVICE_PAGE])
    assert {label.text() for label in marked} >= {MARKUP, "<i>Waste</i> and recycling"}


def test_every_label_with_words_on_every_screen_draws_them_plainly(kiosk):
    """No screen has a label that would read its words as markup (Qt's default guesses
    from the words): the council's content reaches labels on every screen."""
    window = kiosk.window
    for screen_id in ScreenId:
        assert window.screens[screen_id] is not None  # built
    worded = [label for label in window.findChildren(QLabel) if label.text()]
    assert len(worded) > 100
    guessing = [label.text() for label in worded if label.textFormat() != Qt.TextFormat.PlainText]
    assert not guessing, guessing[:10]
