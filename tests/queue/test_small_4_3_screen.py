"""An older hub PC's 4:3 monitor, 1024 x 768, at the largest text (QA, s37): the finder's
search box showed its hint cut off at its end ("For example: bin, pothole, council ta"),
and on the ticket Somali's "Done" ("Dhammaad", one word that cannot wrap) was wider
than the column beside the number that it had. The screens are reached by touch and
checked with the audit's own checks, in each language."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from hubkiosk.ui.screens import ScreenId
from tests.conftest import resize_to
from tests.test_typing_large_text import LANGUAGES as SCRIPTS
from tests.test_typing_large_text import assert_keys_big, faults

LANGUAGES = {**SCRIPTS, "en": "English", "es": "Español", "pl": "Polski"}


def at_the_largest_text_on_a_4_3_screen(
    window, qtbot, click, code: str, scale_index: int = 2
) -> None:
    resize_to(window, qtbot, (1024, 768))
    while window.scale_index < scale_index:
        click(window, window.text_size_button.text())
    click(window, LANGUAGES[code])


def touch(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_on_a_4_3_screen_at_the_largest_text_the_finders_hint_is_whole(kiosk, qtbot, click, code):
    window = kiosk.window
    at_the_largest_text_on_a_4_3_screen(window, qtbot, click, code)
    touch(qtbot, window.screens[ScreenId.HOME].finder_tile)
    assert window.current is ScreenId.FINDER
    assert window.screens[ScreenId.FINDER].search_box.placeholderText()  # shorter, not gone
    assert faults(window, "finder", code, "default") == []


@pytest.mark.parametrize("chosen", ["before", "on the ticket"])
@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_on_a_4_3_screen_at_the_largest_text_the_ticket_has_nothing_cut(
    queue_kiosk, qtbot, click, code, chosen
):
    kiosk = queue_kiosk()
    window = kiosk.window
    at_the_largest_text_on_a_4_3_screen(window, qtbot, click, code if chosen == "before" else "en")
    touch(qtbot, window.screens[ScreenId.HOME].ticket_tile)
    housing = [
        t for t in window.screens[ScreenId.QUEUE].tiles if t.property("service_id") == "housing"
    ]
    touch(qtbot, housing[0])
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        touch(qtbot, window.screens[ScreenId.TICKET_CONFIRM].get_button)
    assert shown.args == [ScreenId.TICKET_ISSUED]
    if chosen == "on the ticket":
        click(window, LANGUAGES[code])
    done = window.screens[ScreenId.TICKET_ISSUED].done_button
    assert faults(window, "ticket_issued", code, "default") == []
    assert done.width() >= done.minimumSizeHint().width(), done.text()


@pytest.mark.parametrize("scale_index", [0, 2])
@pytest.mark.parametrize("code", ["bn", "ur"])
def test_on_a_4_3_screen_the_bengali_and_urdu_letter_keys_keep_their_64_px(
    kiosk, qtbot, click, code, scale_index
):
    """Fifteen letter keys to a row need 988 px: inside the page's 32 px sides they had 61
    px each on a 1024 px screen. A window narrower than a portrait kiosk brings the sides
    in to 8 px."""
    window = kiosk.window
    at_the_largest_text_on_a_4_3_screen(window, qtbot, click, code, scale_index)
    touch(qtbot, window.screens[ScreenId.HOME].finder_tile)
    screen = window.screens[ScreenId.FINDER]
    touch(qtbot, screen.search_box)
    keys = screen.keyboard.keyboard
    qtbot.waitUntil(keys.isVisible)
    assert keys.script == {"bn": "bengali", "ur": "urdu"}[code]
    assert faults(window, "finder+search", code, "default") == []
    assert_keys_big(keys)
