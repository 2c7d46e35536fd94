"""Issue 13 in the shell: the text-size control, the bars, the keyboard's words, digits."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QApplication

from hubkiosk.resources import resource
from hubkiosk.ui.audit import same_as_english, shown_texts
from hubkiosk.ui.keyboard import Key
from hubkiosk.ui.screens import ScreenId
from sync.protocol.waits import WaitEstimate
from tests.conftest import find_button, resize_to


def test_text_size_control_says_what_it_does_after_start_again(kiosk, click):
    window = kiosk.window
    app = QApplication.instance()
    normal = app.font().pixelSize()
    click(window, "Larger text")
    click(window, "Larger text")
    assert app.font().pixelSize() == normal * 2
    click(window, "Start again")
    assert app.font().pixelSize() == normal
    # The button offers larger text again, and does it.
    click(window, "Larger text")
    assert app.font().pixelSize() == round(normal * 1.5)


def test_top_and_bottom_bars_grow_with_the_text(kiosk, click):
    """The bars' words grow to 150 %, the page's on to 200 % (at 200 % the bars took three
    rows each on a laptop-sized panel: test_the_largest_text_leaves_the_page_room)."""
    window = kiosk.window
    bar_buttons = [window.back_button, window.start_again, *window.language_buttons.values()]
    bar_buttons += [window.text_size_button, window.contrast_button]

    def sizes() -> list[int]:
        return [b.font().pixelSize() for b in bar_buttons] + [window.hub_name.font().pixelSize()]

    before = sizes()
    click(window, "Larger text")
    QApplication.processEvents()
    larger = sizes()
    assert all(a >= 1.5 * b for a, b in zip(larger, before, strict=True)), (before, larger)
    click(window, "Larger text")
    QApplication.processEvents()
    assert sizes() == larger
    # At 1280 px the top bar's controls take a second line instead of running off the edge.
    for button in bar_buttons:
        if button.isVisible():
            right = button.mapTo(window, button.rect().topRight()).x()
            assert right <= window.width(), button.text()
            words = button.fontMetrics().horizontalAdvance(button.text())
            assert words <= button.width(), button.text()


def test_somali_keyboard_names_shift_in_somali(kiosk, click):
    window = kiosk.window
    click(window, "Soomaali")
    window.go(ScreenId.FINDER, {})
    shifts = [k for k in window.findChildren(Key) if k.property("kind") == "shift"]
    assert shifts
    for key in shifts:
        assert key.text() != "Shift"


def _translations(code: str) -> list[tuple[str, str, str]]:
    tree = ET.parse(resource("translations", f"hubkiosk_{code}.ts"))
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            if node.get("type") in ("obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            forms = node.findall("numerusform")  # a word's forms after a count: each one
            for text in [form.text for form in forms] if forms else [node.text]:
                found.append((name, source, text or ""))
    return found


#: Words that are the same in every language: a language's own name, "ABC" and "123" keys.
SAME_EVERYWHERE = {
    *(
        "English",
        "বাংলা",
        "Soomaali",
        "اردو",
        "Español",
        "Polski",
        "ABC",
        "123 ?",
        "Hub Kiosk",
        "PIN",
    ),
    *("anusvara", "visarga", "chandrabindu"),  # the Bengali signs' own names
}


def test_every_ui_string_is_translated_and_not_left_in_english():
    from hubkiosk.core.i18n import CODES

    for code in CODES:
        if code == "en":
            continue
        for context, source, translation in _translations(code):
            assert translation.strip(), (code, context, source)
            if source in SAME_EVERYWHERE or not re.search(r"[A-Za-z]{3,}", source):
                continue
            assert translation != source, (code, context, source)


def test_bengali_screens_count_in_bengali_digits(kiosk, click):
    window = kiosk.window
    click(window, "বাংলা")
    survey = sorted(kiosk.ctx.content.surveys)[0]
    window.go(ScreenId.SURVEY, {"survey_id": survey})
    screen = window.screens[ScreenId.SURVEY]
    start = screen.start_button
    start.click()
    QApplication.processEvents()
    progress = screen.progress_text.text()
    assert progress and not re.search("[0-9]", progress), progress
    assert re.search("[০-৯]", progress), progress


def test_urdu_mirrors_the_layout_and_back_for_english(kiosk, click):
    """Urdu reads right to left: touching اردو moves the hub's name to the right of the
    bar and the screen's words into Urdu; English puts both back."""
    window = kiosk.window
    app = QApplication.instance()

    def hub_is_right_of_controls() -> bool:
        QApplication.processEvents()
        hub = window.hub_name.mapTo(window, window.hub_name.rect().center()).x()
        controls = window.controls.mapTo(window, window.controls.rect().center()).x()
        return hub > controls

    assert not hub_is_right_of_controls()
    click(window, "اردو")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert hub_is_right_of_controls()
    assert find_button(window, "دوبارہ شروع کریں")  # "Start again"
    click(window, "English")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not hub_is_right_of_controls()


def _shown_on(window, screen: ScreenId, params: dict[str, object]) -> set[str]:
    window.go(screen, params)
    QApplication.processEvents()
    return shown_texts(window)


@pytest.mark.parametrize("code, name", [("ur", "اردو"), ("es", "Español"), ("pl", "Polski")])
def test_no_english_left_on_the_home_and_ticket_screens(kiosk, click, code, name):
    """Every word a resident sees on home and "get my ticket" is in their language: no
    text shown in English is shown unchanged on the same screen in ``code``."""
    window = kiosk.window
    service = kiosk.ctx.content.catalogue.services[0].id
    screens = [(ScreenId.HOME, {}), (ScreenId.TICKET_CONFIRM, {"service_id": service})]
    english = [_shown_on(window, screen, params) for screen, params in screens]
    click(window, name)
    same = same_as_english(kiosk.ctx.content)[code] | SAME_EVERYWHERE
    for (screen, params), before in zip(screens, english, strict=True):
        after = _shown_on(window, screen, params)
        left = {t for t in after & before if re.search(r"[A-Za-z]{3,}", t)} - same
        assert not left, (screen, sorted(left))


def test_urdu_screens_count_in_the_urdu_locale_digits(kiosk, click):
    """Numbers on an Urdu screen are written as Qt's Urdu locale writes them."""
    window = kiosk.window
    click(window, "اردو")
    survey = sorted(kiosk.ctx.content.surveys)[0]
    window.go(ScreenId.SURVEY, {"survey_id": survey})
    screen = window.screens[ScreenId.SURVEY]
    screen.start_button.click()
    QApplication.processEvents()
    progress = screen.progress_text.text()
    assert progress.startswith("سوال " + QLocale("ur").toString(1)), progress


def test_the_hub_name_keeps_whole_words_in_urdu_at_200_percent(kiosk, click):
    """On a portrait kiosk at 200 % text the hub's name wraps word by word: no letter of
    it runs off either side of its place in the bar, in Urdu as in English."""
    window = kiosk.window
    window.resize(1080, 1920)
    click(window, "Larger text")
    click(window, "Larger text")
    for name in ("English", "اردو"):
        click(window, name)
        QApplication.processEvents()
        hub = window.hub_name
        drawn = QPixmap(hub.size())
        drawn.fill(QColor("#445566"))
        hub.render(drawn)
        image = drawn.toImage()
        for x in (0, image.width() - 1):
            column = {image.pixelColor(x, y).name() for y in range(image.height())}
            assert column == {"#445566"}, (name, x, hub.text())


def test_one_person_waiting_is_counted_in_bengali_digits(open_kiosk, click, qtbot):
    kiosk = open_kiosk
    window = kiosk.window
    click(window, "বাংলা")
    service = kiosk.ctx.content.catalogue.services[0].id
    window.go(ScreenId.TICKET_CONFIRM, {"service_id": service})
    screen = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.waitUntil(lambda: bool(screen.wait_line.text()))  # the store's own estimate first
    screen._show_preview(
        WaitEstimate(
            position=2,
            people_ahead=1,
            desks_open=1,
            minutes_per_person=12.0,
            from_history=False,
            low=15,
            high=25,
        )
    )
    line = screen.wait_line.text()
    assert line and not re.search("[0-9]", line), line
    assert "১" in line, line


@pytest.mark.parametrize("theme", ["default", "contrast"])
def test_every_home_tiles_picture_stands_out_from_its_tile(kiosk, click, theme):
    """The pictures are drawn in their words' colour: on the dark "Get a ticket or check
    in" tile the ticket was black on dark teal (2.9:1) while its words were white."""
    from hubkiosk.ui.audit import measured_contrast
    from hubkiosk.ui.widgets import Tile

    window = kiosk.window
    if theme == "contrast":
        click(window, "High contrast")
    home = window.screens[ScreenId.HOME]
    tiles = [t for t in home.findChildren(Tile) if t.isVisible() and t._icon_name]
    assert len(tiles) >= 6
    for tile in tiles:
        picture = tile._picture
        image = tile.grab().toImage()
        ratio = measured_contrast(image, picture.geometry())
        words = tile._label.palette().color(picture.foregroundRole())
        drawn = picture.pixmap().toImage()
        opaque = {
            drawn.pixelColor(x, y).rgb()
            for x in range(drawn.width())
            for y in range(drawn.height())
            if drawn.pixelColor(x, y).alpha() == 255
        }
        assert opaque == {words.rgb()}, tile.text()
        assert ratio is not None and ratio >= 4.5, (tile.text(), ratio)


def test_the_sync_state_sits_level_with_the_language_buttons(kiosk):
    """An adviser's "Offline" badge is a line of small text in the top bar's row of big
    buttons: it sits on the row's middle, not at its top edge."""
    window = kiosk.window
    badge = window.sync_badge
    badge.setText("○ Offline")
    badge.show()
    QApplication.processEvents()
    english = window.language_buttons["en"]

    def middle(widget) -> int:
        return widget.mapTo(window, widget.rect().center()).y()

    assert badge.height() < english.height()
    assert abs(middle(badge) - middle(english)) <= 1


def test_translators_see_no_code_notes_as_notes_on_a_string():
    """pyside6-lupdate takes a Python ``#:`` comment as a note for the translator of the
    next string; the code's ``#:`` notes document attributes ("Keys grow with the text up
    to this height…"), so "You typed: %1" came to a translator with a page of keyboard
    internals attached, and "less than 5 minutes" with a note on drop-in hubs."""
    from hubkiosk.core.i18n import CODES

    for code in CODES:
        tree = ET.parse(resource("translations", f"hubkiosk_{code}.ts"))
        notes = [
            m.findtext("source")
            for m in tree.getroot().iter("message")
            if m.find("extracomment") is not None
        ]
        assert notes == [], (code, notes[:3])


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_the_largest_text_leaves_the_page_room(kiosk, qtbot, click, size):
    """QA (s35): at 200 % on a 1366 x 768 panel, in Spanish, the bars took three rows each
    and the services page kept 140 px, most of it under a two-line "More below". The bars
    and the cue stop growing at 150 %: the page keeps at least 40 % of the screen, in every
    language."""
    from hubkiosk.ui.widgets import ScrollCue

    window = kiosk.window
    resize_to(window, qtbot, size)
    click(window, "Larger text")
    click(window, "Larger text")
    click(window, "Get a ticket or check in")
    page = window.pages[ScreenId.QUEUE]

    def seen() -> int:
        """The page's height on screen, less a "More below" over its foot."""
        cues = [cue.height() for cue in page.findChildren(ScrollCue) if cue.isVisible()]
        return page.viewport().height() - sum(cues)

    for code, button in window.language_buttons.items():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        # The bars are laid out again over a few turns of the event loop.
        try:
            qtbot.waitUntil(lambda: seen() >= 0.4 * window.height(), timeout=3000)
        except qtbot.TimeoutError:
            pytest.fail(f"{code}: the page keeps {seen()} px of {window.height()}")
