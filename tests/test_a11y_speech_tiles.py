"""Read aloud says what a tile shows under its name (QA s35): on the services screen each
tile says its queue ("No one waiting", "3 waiting, about 20 minutes"), and read aloud left
it out, so a resident who cannot read the screen heard the services but not their waits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.widgets import Tile
from tests.queue.conftest import clock, queue_kiosk  # noqa: F401 (the queue's fixtures)
from tests.test_a11y_speech import MockEngine


def test_a_tiles_line_under_its_name_is_read_aloud(queue_kiosk, qtbot, click):  # noqa: F811
    kiosk = queue_kiosk()
    window = kiosk.window
    click(window, "Get a ticket or check in")
    assert window.current is ScreenId.QUEUE
    screen = window.screens[ScreenId.QUEUE]
    tiles = [tile for tile in screen.findChildren(Tile) if tile.isVisible() and tile.sub_text]
    assert tiles, "no tile shows a line under its name"
    engine = MockEngine("en")
    window.speaker.use_engine(engine)
    qtbot.mouseClick(window.read_aloud_button, Qt.MouseButton.LeftButton)
    [(text, _language)] = engine.said
    for tile in tiles:
        name_at = text.index(tile.text())
        assert tile.sub_text in text[name_at:], (tile.text(), tile.sub_text)
