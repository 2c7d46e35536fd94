"""Issue 13, touch first: pages slide under a finger, survey statements all show, and the
on-screen keyboard never hides its own keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QWidget

from hubkiosk.ui.keyboard import Key
from hubkiosk.ui.screens import ScreenId
from tests.survey.test_survey_ui import IN_THE_SURVEY, at, open_survey


def send_mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, buttons) -> None:
    local = QPointF(pos)
    global_pos = QPointF(widget.mapToGlobal(pos))
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, local, global_pos, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(qtbot, widget: QWidget, start: QPoint, end: QPoint, steps: int = 12) -> None:
    """A finger (a held left button) pressed, slid and lifted: QMouseEvents, since
    QTest.mouseMove makes no drag."""
    held = Qt.MouseButton.LeftButton
    send_mouse(widget, QEvent.Type.MouseButtonPress, start, held)
    for i in range(1, steps + 1):
        qtbot.wait(16)  # the scroller measures speed over time
        point = start + (end - start) * i / steps
        send_mouse(widget, QEvent.Type.MouseMove, point, held)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_a_page_scrolls_by_dragging_it_up_and_says_more_is_below(open_kiosk, qtbot, click):
    kiosk = open_kiosk
    window = kiosk.window
    window.resize(1080, 1920)
    click(window, "Larger text")
    click(window, "Larger text")
    click(window, "Get a ticket or check in")
    page = window.pages[ScreenId.QUEUE]
    bar = page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    cue = page.findChild(QLabel, "ScrollCue")
    assert cue is not None
    qtbot.waitUntil(cue.isVisible)
    assert bar.value() == 0
    viewport = page.viewport()
    middle = viewport.rect().center()
    drag(qtbot, viewport, middle + QPoint(0, 300), middle - QPoint(0, 300))
    qtbot.waitUntil(lambda: bar.value() > 200, timeout=5000)
    # At the very bottom the cue goes: nothing more below.
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not cue.isVisible())


def test_every_survey_statement_shows_without_an_inner_scroll(kiosk, qtbot, click):
    """On a screen with room for them (a short one shows one at a time: see
    tests/survey/test_survey_ui.py), all five statements show, none cut off inside a small
    inner box."""
    kiosk.ctx.clock = at(IN_THE_SURVEY)
    window = kiosk.window
    window.resize(1280, 1024)
    open_survey(window, click)
    click(window, "Yes")
    click(window, "Next")
    click(window, "Housing")
    click(window, "Next")
    rows = [r for r in window.findChildren(QFrame, "StatementRow") if r.isVisible()]
    assert len(rows) == 5
    inner = window.screens[ScreenId.SURVEY].answers_area
    QApplication.processEvents()
    qtbot.waitUntil(lambda: inner.verticalScrollBar().maximum() == 0)
    holder = inner.widget()
    for row in rows:
        top = row.mapTo(holder, QPoint(0, 0)).y()
        assert top + row.height() <= inner.viewport().height() + 1, "a statement is cut off"


def test_the_keyboard_brings_its_space_and_done_keys_into_view(open_kiosk, qtbot, click):
    kiosk = open_kiosk
    window = kiosk.window
    window.resize(1280, 800)
    click(window, "Larger text")
    click(window, "Larger text")
    click(window, "Get a ticket or check in")
    screen = window.screens[ScreenId.QUEUE]
    window.go(ScreenId.TICKET_CONFIRM, {"service_id": screen.tiles[0].property("service_id")})
    confirm = window.screens[ScreenId.TICKET_CONFIRM]
    qtbot.mouseClick(confirm.name_edit, Qt.MouseButton.LeftButton)
    assert confirm.keyboard.isVisible()
    page = window.pages[ScreenId.TICKET_CONFIRM]
    viewport = page.viewport()

    cue = page.findChild(QLabel, "ScrollCue")

    def on_screen(key: QWidget) -> bool:
        """In the page's view and not under the "More below" cue."""
        top = key.mapTo(viewport, QPoint(0, 0)).y()
        bottom = viewport.height() - (cue.height() if cue is not None and cue.isVisible() else 0)
        return top >= 0 and top + key.height() <= bottom

    keys = [k for k in confirm.keyboard.findChildren(Key) if k.isVisible()]
    done = [k for k in keys if k.property("kind") in ("done", "space")]
    assert len(done) == 2
    qtbot.waitUntil(lambda: all(on_screen(k) for k in done))
    assert isinstance(page, QScrollArea)


def test_the_more_below_cue_shows_its_words_whole_on_a_form(kiosk, qtbot, click):
    """The cue was sized before its own style was applied, and not again when the text
    grew: its words were cut at the foot ("slide the page up") at 1366 x 768."""
    window = kiosk.window
    window.resize(1366, 768)
    click(window, "Find a service or do it now")
    click(window, "Waste and recycling")
    click(window, "Do it here now")
    # At normal text the first question's answers show whole (three columns on this
    # short screen): the cue first shows once the text is larger, then grows with it.
    for step in ("as first shown, at larger text", "with larger text again"):
        click(window, "Larger text")
        QApplication.processEvents()
        cues = [c for c in window.findChildren(QLabel, "ScrollCue") if c.isVisible()]
        assert cues, f"the form should say there is more below {step}"
        for cue in cues:
            assert cue.height() >= cue.heightForWidth(cue.width()), (step, cue.text())


def test_a_page_already_longer_than_the_screen_says_more_is_below(qtbot):
    """A page whose content already runs past the foot of the screen when the kiosk gives
    it touch scrolling (pages built before the first paint get it just after): "More below"
    stayed hidden until the page's length changed again. Seen on the adviser and IT screen,
    its printer line and "Print a test ticket" under the bottom bar with no cue."""
    from hubkiosk.ui.widgets import ScrollCue, enable_touch_scrolling

    area = QScrollArea()
    body = QWidget()
    body.setMinimumHeight(2000)
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.resize(800, 600)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    assert area.verticalScrollBar().maximum() > 0
    enable_touch_scrolling(area)
    cue = area.findChild(ScrollCue)
    assert cue is not None and cue.isVisible()
    assert cue.text().startswith("▼ More below")
