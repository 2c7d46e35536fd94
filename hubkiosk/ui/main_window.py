"""The main window: a top bar, the assisted-mode banner, the stack of screens, a bottom bar
and the idle warning; it owns the kiosk's mode changes (adviser signed in, helping a
resident) because they reset screens and change the idle time.

What the home screen at rest does not show (the idle monitor and its warning, the
assisted-mode banner, the read-aloud speaker and its notice) is made on a quick start once
the rest of the kiosk is loaded, after the first paint (issue 16: show the home screen
first), or on first use if sooner; on a full start, with the rest.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TYPE_CHECKING, Any, NamedTuple

import shiboken6
from PySide6.QtCore import (
    QObject,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QIcon, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core.i18n import LANGUAGES
from hubkiosk.qt.trim import give_back_after_events
from hubkiosk.ui import theme
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.i18n import Translations
from hubkiosk.ui.lazy import ScreenSet, WarmUp
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.screens.registry import SCREENS, screen_class
from hubkiosk.ui.widgets import (
    BigButton,
    FlowLayout,
    ScreenStack,
    ScrollCue,
    enable_touch_scrolling,
    label,
    restyle,
    tab_order,
    tinted,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from hubkiosk.qt.idle import IdleMonitor
    from hubkiosk.qt.sync_controller import SyncController
    from hubkiosk.ui.assisted import AssistedBanner
    from hubkiosk.ui.screens.adviser import AdviserHomeScreen
    from hubkiosk.ui.speech import Speaker
    from sync.client.engine import SyncStatus

log = logging.getLogger(__name__)

LONG_PRESS_MS = 2000
#: The adviser's own screens (left behind when an adviser hands the kiosk back).
ADVISER_SCREENS = (
    ScreenId.ADVISER_HOME,
    ScreenId.ADVISER_PIN,
    ScreenId.ADVISER_QUEUE,
    ScreenId.ADVISER_TODAY,
)
#: The adviser's own work: once one is opened, "Help a resident" helps a new resident.
STAFF_WORK_SCREENS = (ScreenId.ADVISER_QUEUE, ScreenId.ADVISER_TODAY)
#: Where the kiosk asks the adviser to step back (the council's survey): the assisted-mode
#: banner says so (its StepBackNote, "Answer on my own") and offers none of the adviser's
#: actions there.
STEP_BACK_SCREENS = (ScreenId.SURVEY,)
#: Screens built in idle time after start: where the home screen's choices lead, then the
#: screens after those (a first resident's taps then build nothing: issue 16, tap_next).
WARM_UP = (
    ScreenId.QUEUE,
    ScreenId.FINDER,
    ScreenId.TELL_US,
    ScreenId.TICKET_CONFIRM,
    ScreenId.TICKET_ISSUED,
    ScreenId.SERVICE_PAGE,
    ScreenId.FORM,
    ScreenId.FEEDBACK,
)


class LongPressLabel(QLabel):
    """A label that emits ``long_pressed`` when held for two seconds (the adviser entry).

    Signals:
        long_pressed(): held down long enough.
    """

    long_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the hub's name, as published
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LONG_PRESS_MS)
        self._timer.timeout.connect(self.long_pressed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Wrapped, as narrow as its widest word and a little more: Naskh letters (an Urdu
        hub name) reach past their advance and would be cut under the bar's buttons."""
        hint = super().minimumSizeHint()
        if not self.wordWrap() or not self.text().strip():
            return hint
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(word) for word in self.text().split())
        return QSize(max(hint.width(), widest + metrics.height() // 2), hint.height())

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        self._timer.start()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        self._timer.stop()
        super().mouseReleaseEvent(event)


class IdleOverlay(QFrame):
    """ "Are you still there?" with a countdown and one big "I need more time" button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IdleOverlay")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        panel = QFrame()
        panel.setObjectName("IdlePanel")
        panel.setMinimumWidth(640)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(20)
        self.question = label(role="title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = label(role="lead")
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.setObjectName("IdleCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_time = BigButton(role="primary")
        self.more_time.setMinimumHeight(96)
        for widget in (self.question, self.explain, self.countdown, self.more_time):
            layout.addWidget(widget)
        outer.addWidget(panel)
        self.seconds = 0
        #: Whom the warning speaks to: an adviser on their own screens (signed out when the
        #: time runs out), else a resident (or an adviser helping one).
        self.for_adviser = False
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        if self.for_adviser:
            self.explain.setText(
                self.tr(
                    "To keep residents' details private, you will be signed out when the time runs out."
                )
            )
        else:
            self.explain.setText(
                self.tr(
                    "To keep your details private, the screen will start again when the time runs out."
                )
            )
        self.more_time.setText(self.tr("I need more time"))
        self.countdown.setText(self.tr("%Ln second(s)", "", self.seconds))
        self.countdown.setAccessibleName(self.countdown.text())

    def show_seconds(self, seconds: int, *, for_adviser: bool | None = None) -> None:
        self.seconds = seconds
        if for_adviser is not None:
            self.for_adviser = for_adviser
        self.retranslate()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt API)
        """While the warning shows, Tab and Shift+Tab stay on its one button, "I need more
        time": not on to the controls dimmed behind it (a Space there changed the language
        with the warning still up)."""
        if self.isVisible():
            self.more_time.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return bool(super().focusNextPrevChild(next))


class _LateParts(NamedTuple):
    """What the main window makes after the first paint on a quick start
    (:meth:`MainWindow._make_late_parts`)."""

    speech_notice: QLabel
    banner: AssistedBanner
    overlay: IdleOverlay
    idle: IdleMonitor
    speaker: Speaker


class MainWindow(QMainWindow):
    """The kiosk window.

    Signals:
        screen_changed(object): the screen now shown (a ScreenId).
        reset_done(): an idle reset or "Start again" finished wiping the screens.
    """

    screen_changed = Signal(object)
    reset_done = Signal()

    def __init__(
        self, ctx: KioskContext, translations: Translations, size: QSize | None = None
    ) -> None:
        """``size``: the size the window will be shown at (see :func:`hubkiosk.app.shown_size`),
        so its home screen is laid out once, for it, rather than first for a new window's
        640 x 480."""
        super().__init__()
        if size is not None:
            self.resize(size)
        self.ctx = ctx
        self.translations = translations
        # The end of a visit: what it freed goes back to the system (months of visits).
        self.reset_done.connect(give_back_after_events)
        self.theme = theme.Theme.DEFAULT
        self.scale_index = 0
        self.history: list[ScreenId] = []
        #: Whether "Help a resident" joins the visit the adviser signed in from: only while
        #: they have opened none of their own work screens since (the resident who asked).
        self._visit_to_join = True
        #: The language of the resident whose screen the adviser signed in from: the visit
        #: "Help a resident" joins goes on in it, whatever the adviser chose to read theirs.
        self._visit_language: str | None = None
        #: Built screens not yet rebuilt for the content now in force (see _content_changed).
        self._stale_content: set[ScreenId] = set()
        self.sync: SyncController | None = None
        self.last_sync_status: SyncStatus | None = None
        self.setObjectName("MainWindow")

        central = QWidget()
        root = QVBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self.setCentralWidget(central)

        # Top bar: hub name (long press: adviser) and the languages. Reading aloud, text size
        # and contrast are in the bottom bar, within reach of a resident in a wheelchair:
        # all of them side by side took two rows at 1280 px, which pushed a ticket's
        # "what to do now" below the fold.
        self.top_bar = QFrame()
        self.top_bar.setObjectName("TopBar")
        top = QHBoxLayout(self.top_bar)
        top.setContentsMargins(20, 8, 20, 8)
        self.hub_name = LongPressLabel()
        self.hub_name.setObjectName("HubName")
        self.hub_name.long_pressed.connect(lambda: self.go(ScreenId.ADVISER_PIN, {}))
        self.hub_name.setWordWrap(True)
        top.addWidget(self.hub_name, 1)
        # The controls wrap onto a second line at large text rather than run off the edge.
        self.controls = QWidget()
        self.controls.setObjectName("TopControls")
        controls = FlowLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.controls, 0)
        self.sync_badge = QLabel()
        self.sync_badge.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_badge.setObjectName("SyncBadge")
        self.sync_badge.hide()
        controls.addWidget(self.sync_badge)
        self.language_buttons: dict[str, BigButton] = {}
        for lang in LANGUAGES:
            button = BigButton(lang.native)
            button.setProperty("lang", lang.code)
            button.setAccessibleName(f"{lang.native} ({lang.english})")
            button.clicked.connect(lambda _=False, code=lang.code: self.ctx.set_language(code))
            controls.addWidget(button)
            self.language_buttons[lang.code] = button
        root.addWidget(self.top_bar)
        # The speech notice and the assisted-mode banner go here (_make_late_parts).
        self._root = root

        self.stack = ScreenStack()
        root.addWidget(self.stack, 1)
        #: Scroll areas whose touch scrolling waits for the window's first paint, and on a
        #: quick start for the kiosk to be ready (None once set up): setting it up makes
        #: PySide build the Python types of every Qt class (tens of milliseconds), which
        #: neither the first paint nor the loading after it need wait for.
        self._touch_pending: list[QAbstractScrollArea] | None = []
        self._painted = False
        # Screens are built when first shown (the home screen now, likely ones in idle time).
        self.styler = theme.RegionStyler((theme.Theme.DEFAULT, 1.0))
        self.screen_set = ScreenSet(SCREENS, self._build_screen)
        self.screens = self.screen_set.screens
        self.pages = self.screen_set.pages
        self.warm_up = WarmUp(self.screen_set, WARM_UP, self)

        self.bottom_bar = QFrame()
        self.bottom_bar.setObjectName("BottomBar")
        bottom = QHBoxLayout(self.bottom_bar)
        bottom.setContentsMargins(20, 8, 20, 8)
        self.back_button = BigButton()
        self.back_button.setObjectName("Back")
        self.back_button.clicked.connect(self.back)
        # Read aloud: the screen's heading, main text and choices, in the resident's language
        # (the speaker is one of the late parts: see _make_late_parts); then text size and
        # contrast. They wrap onto a second line at large text, as the languages do.
        self.access = QWidget()
        self.access.setObjectName("BottomControls")
        access = FlowLayout(self.access)
        access.setContentsMargins(0, 0, 0, 0)
        self.read_aloud_button = BigButton()
        self.read_aloud_button.setObjectName("ReadAloud")
        self.read_aloud_button.clicked.connect(self.read_aloud)
        self.text_size_button = BigButton()
        self.text_size_button.clicked.connect(self.cycle_text_size)
        self.contrast_button = BigButton()
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self.set_high_contrast)
        for button in (self.read_aloud_button, self.text_size_button, self.contrast_button):
            access.addWidget(button)
        self.start_again = BigButton()
        self.start_again.setObjectName("StartAgain")
        self.start_again.clicked.connect(self.start_over)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.access, 1)
        bottom.addWidget(self.start_again)
        root.addWidget(self.bottom_bar)

        self._late: _LateParts | None = None
        if ctx.is_ready:  # else in _kiosk_ready
            # Store work a tap asks for starts once the new screen is painted (qt.ops).
            ctx.ops.after_paint_of(self)
            self._make_late_parts()  # a full start: made with the rest, as it always was

        ctx.language_changed.connect(self._language_changed)
        ctx.content_changed.connect(self._content_changed)
        ctx.navigate_requested.connect(self.go)
        ctx.back_requested.connect(self.back)
        ctx.home_requested.connect(self.start_over)
        ctx.mode_changed.connect(self._mode_changed)
        ctx.ready.connect(self._kiosk_ready)
        #: A choice made before the kiosk was ready (a quick start), made when it is.
        self.waiting_go: tuple[ScreenId, dict[str, Any]] | None = None
        #: Where the keyboard's focus was when the idle warning took it (given back after).
        self._focus_before_warning: QWidget | None = None

        self.retranslate()
        self._paint_speaker()
        self.show_screen(ScreenId.HOME)
        self._order_tabs()
        if ctx.is_ready:
            self.warm_up.start_after_paint(self.screens[ScreenId.HOME])

    def _make_late_parts(self) -> _LateParts:
        """The parts the home screen at rest does not show, made once (see the module's
        header): the speech notice, the assisted-mode banner, the idle warning and monitor,
        and the speaker."""
        if self._late is not None:
            return self._late
        from hubkiosk.qt.idle import IdleMonitor
        from hubkiosk.ui.assisted import AssistedBanner
        from hubkiosk.ui.speech import Speaker

        ctx = self.ctx
        # Said plainly, in the resident's language, when the kiosk has no voice for it.
        speech_notice = label(role="notice")
        speech_notice.setObjectName("SpeechNotice")
        speech_notice.hide()
        self._root.insertWidget(1, speech_notice)
        # Assisted mode: who is helping, "Hand back" and "Finish helping", on every screen.
        banner = AssistedBanner(ctx)
        banner.hand_back_requested.connect(self.hand_back)
        banner.finish_requested.connect(self.finish_assisting)
        self._root.insertWidget(2, banner)
        central = self.centralWidget()
        assert central is not None
        overlay = IdleOverlay(central)
        overlay.setGeometry(self.rect_for_overlay())
        self.styler.restyle(overlay)
        start = ctx.start
        idle = IdleMonitor(start.idle_seconds, start.warning_seconds, time.monotonic, self)
        idle.warning.connect(self._show_warning)
        idle.countdown.connect(overlay.show_seconds)
        idle.timed_out.connect(self._timed_out)
        idle.extended.connect(self._hide_warning)
        overlay.more_time.clicked.connect(idle.extend)
        speaker = Speaker(ctx.start.data_dir / "prompts", parent=self)
        self._late = _LateParts(speech_notice, banner, overlay, idle, speaker)
        if self.stack.currentWidget() is not None:  # else once the home screen is made
            self._order_tabs()
        # (A mode change makes them first, then sets the idle time: _mode_changed.)
        if self.stack.currentWidget() is not None:  # else when the home screen is shown
            banner.set_step_back(self.current in STEP_BACK_SCREENS)
            self._update_idle_arming()
        return self._late

    def _order_tabs(self) -> None:
        """Tab follows what is seen (WCAG 2.4.3): the top bar, the assisted-mode banner, the
        page, the bottom bar, and round again.

        Qt's order is the order of making: the bars were made first and each screen after
        them, when first shown, so Tab went from the top bar to the bottom bar, then to the
        page. Tab goes round, so the top bar (then the banner) is put after the bottom bar,
        with the home screen after them: whatever is made later (a screen, its questions,
        its keys) comes after it, so between the top bar and the bottom bar too. (A screen
        is needed between them first: Qt leaves an order that is already so alone.)"""
        tab_order(self.start_again, *self.language_buttons.values())
        if self._late is not None:
            banner = self._late.banner
            last_language = list(self.language_buttons.values())[-1]
            tab_order(last_language, banner.hand_back, banner.finish, banner.step_back.on_my_own)

    @property
    def speech_notice(self) -> QLabel:
        return self._make_late_parts().speech_notice

    @property
    def banner(self) -> AssistedBanner:
        return self._make_late_parts().banner

    @property
    def overlay(self) -> IdleOverlay:
        return self._make_late_parts().overlay

    @property
    def idle(self) -> IdleMonitor:
        return self._make_late_parts().idle

    @property
    def speaker(self) -> Speaker:
        return self._make_late_parts().speaker

    @Slot()
    def _kiosk_ready(self) -> None:
        """A quick start finished loading: what a resident chose meanwhile happens now, and
        the likely next screens are built in idle time (the home screen is painted)."""
        self._make_late_parts()
        self.ctx.ops.after_paint_of(self)  # store work starts once the new screen is painted
        self.warm_up.start()
        if self._painted:
            self._touch_scrolling_soon()
        if self.waiting_go is not None:
            screen_id, params = self.waiting_go
            self.waiting_go = None
            self.go(screen_id, params)

    def _build_screen(self, screen_id: ScreenId) -> tuple[Screen, QScrollArea]:
        cls = screen_class(screen_id)
        # Each screen scrolls when larger text makes it taller than the window. The page is
        # in the stack before the screen is built, in its place: built elsewhere and moved
        # in, every widget of it would be re-styled twice more (a fifth of the first paint).
        page = QScrollArea()
        page.setObjectName(f"Page_{cls.ID.value}")
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack.addWidget(page)
        screen = cls(self.ctx)
        page.setWidget(screen)
        screen.step_shown.connect(self._step_shown)
        self._touch_scrolling(page)
        if screen_id is ScreenId.ADVISER_HOME:
            from hubkiosk.ui.screens.adviser import AdviserHomeScreen

            assert isinstance(screen, AdviserHomeScreen)
            screen.help_requested.connect(self.help_resident)
            if self.sync is not None:
                self._wire_adviser(screen, self.sync)
        return screen, page

    def _touch_scrolling(self, area: QAbstractScrollArea) -> None:
        if self._touch_pending is None:
            self._style_cue(enable_touch_scrolling(area))
        elif area not in self._touch_pending:
            self._touch_pending.append(area)

    def _style_cue(self, cue: ScrollCue | None) -> None:
        """A new "More below" cue at the bars' text size (its page's may be larger)."""
        if cue is not None:
            self.styler.restyle(cue, scale=self._bar_scale)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        self._painted = True
        if self.ctx.is_ready:  # else when it is (a quick start loads the rest first)
            self._touch_scrolling_soon()

    def _touch_scrolling_soon(self) -> None:
        if self._touch_pending is not None:
            pending, self._touch_pending = self._touch_pending, None
            # Once this paint is on the screen: a finger cannot reach a page sooner.
            # A timer of this window's: closed and deleted first, the window takes it along.
            QTimer.singleShot(0, self, lambda: self._enable_touch_scrolling(pending))

    def _enable_touch_scrolling(self, areas: list[QAbstractScrollArea]) -> None:
        for area in areas:
            if shiboken6.isValid(area):  # a screen rebuilt meanwhile (new content) has gone
                self._style_cue(enable_touch_scrolling(area))

    # Navigation ---------------------------------------------------------------------------
    @property
    def current(self) -> ScreenId:
        return self.current_screen.ID

    @property
    def current_screen(self) -> Screen:
        page = self.stack.currentWidget()
        assert isinstance(page, QScrollArea)
        screen = page.widget()
        assert isinstance(screen, Screen)
        return screen

    @Slot(object, dict)
    def go(self, screen_id: ScreenId, params: dict[str, Any]) -> None:
        if not self.ctx.is_ready:
            # Other screens need the store and the content, loaded in a moment: the tap is
            # kept (the last one wins) and followed when they are.
            self.waiting_go = (screen_id, params)
            return
        if screen_id not in self.screens:
            log.error("no screen %s is built into this kiosk", screen_id)
            return
        if self.stack.currentWidget() is not None and self.current != screen_id:
            self._remember(self.current)
        self.show_screen(screen_id, **params)

    def _remember(self, screen_id: ScreenId) -> None:
        """``screen_id`` for Back, unless it is a staff screen and no adviser is signed in
        (an adviser who signs out leaves nothing of theirs a resident could go back to)."""
        if self.ctx.adviser is not None or screen_id not in ADVISER_SCREENS:
            self.history.append(screen_id)

    def _forget_staff_screens(self) -> None:
        self.history = [s for s in self.history if s not in ADVISER_SCREENS]
        if self.stack.currentWidget() is not None:
            self.back_button.setVisible(self.current_screen.SHOW_BACK and bool(self.history))

    def show_screen(self, screen_id: ScreenId, **params: Any) -> None:
        if screen_id in STAFF_WORK_SCREENS:
            self._visit_to_join = False
        screen = self.screens[screen_id]
        if screen_id in self._stale_content:  # new content came while it was not shown
            self._stale_content.discard(screen_id)
            screen.refresh_content()
            screen.retranslate()
        self._restyle_page(self.pages[screen_id])
        self.stack.setCurrentWidget(self.pages[screen_id])
        self.pages[screen_id].verticalScrollBar().setValue(0)
        screen.enter(**params)
        if self._late is not None:  # else nothing is said or shown yet
            self._late.speech_notice.hide()
            self._late.speaker.interrupt()
            self._late.banner.set_step_back(screen_id in STEP_BACK_SCREENS)
        for area in screen.findChildren(QScrollArea):  # built with the screen or since
            self._touch_scrolling(area)
        self.back_button.setVisible(screen.SHOW_BACK and bool(self.history))
        self._name_page(screen)
        self._update_idle_arming()
        self._update_sync_badge()
        self.screen_changed.emit(screen_id)

    @Slot()
    def back(self) -> None:
        if not self.history:
            return
        target = self.history.pop()
        if target is ScreenId.HOME:
            self._wipe_typed()
        self.show_screen(target)

    def _wipe_typed(self) -> None:
        """Back home: what the resident typed or chose on the screens goes (a name, a phone
        number, a booking reference, a search, a comment). The home screen with no visit
        is the kiosk at rest, with no idle reset to come, and the next resident found it
        there: a reference checked them in with one touch. The visit (language, what it
        counts) goes on; an adviser's own screens stay as they are while one is signed in.
        """
        self._wipe_screens(keep_staff=self.ctx.adviser is not None)

    def _wipe_screens(self, *, keep_staff: bool = False) -> None:
        """Reset the screens and empty every field on them, undo history included: all of
        them, or (``keep_staff``) the resident's only."""
        roots: list[QWidget] = [] if keep_staff else [self]
        for screen_id, screen in self.screens.items():
            if keep_staff and screen_id in ADVISER_SCREENS:
                continue
            screen.reset()
            forget_focus(self.pages[screen_id])
            if keep_staff:
                roots.append(self.pages[screen_id])
        from PySide6.QtWidgets import QPlainTextEdit, QTextEdit  # not needed before a paint

        for root in roots:
            for line in root.findChildren(QLineEdit):
                wipe_line(line)
            for editor in root.findChildren(QTextEdit) + root.findChildren(QPlainTextEdit):
                wipe_document(editor)

    @Slot()
    def start_over(self) -> None:
        """Wipe every screen and what the kiosk holds about this visit; show home.

        While an adviser helps a resident, the resident's home comes back still assisted
        (the same visit: "Finish helping" ends it); otherwise an adviser on duty is signed
        out ("Leave adviser mode")."""
        if self.ctx.adviser is not None and not self.ctx.assisting:
            from sync.protocol.records import EndReason

            self.ctx.sign_out_adviser(EndReason.LEFT)
        self._wipe_resident()
        self.show_screen(ScreenId.HOME)
        self.reset_done.emit()

    # Assisted mode ------------------------------------------------------------------------
    @Slot()
    def help_resident(self) -> None:
        """The adviser's "Help a resident": assisted mode, on the resident's screen as the
        resident left it when the adviser signed in (a form half typed, its answers and
        the resident's language kept), or their home. A resident who asks for help part-way
        is joined, not started again: what they did alone stays self-service, what is done
        from now on is assisted. "Finish helping" (or the idle reset) wipes the visit."""
        if self.ctx.adviser is None:
            return
        if not self._visit_to_join:
            # The adviser went on to their own work after signing in: whoever they help
            # now is someone else, who starts afresh (the last resident's answers wiped).
            self._wipe_resident()
        self._forget_staff_screens()
        target = self.history.pop() if self._visit_to_join and self.history else ScreenId.HOME
        if self._visit_to_join and self._visit_language is not None:
            self.ctx.set_language(self._visit_language)
        self.ctx.start_assisting()
        self.show_screen(target)

    @Slot()
    def finish_assisting(self) -> None:
        """ "Finish helping": wipe everything of the resident exactly as an idle reset does,
        sign the adviser out, and ask for their PIN to go back to their own screens.

        The button is on the resident's screen: whoever touches it (a resident left alone,
        an adviser who walked away) must not land on the adviser's screens signed in."""
        # Wiped first: what a screen keeps on reset (a face touched, a survey walked away
        # from) is still the resident's, made with help.
        from sync.protocol.records import EndReason

        self._wipe_resident()
        self.ctx.sign_out_adviser(EndReason.FINISHED)  # staff screens forgotten (_mode_changed)
        self.show_screen(ScreenId.ADVISER_PIN, after_helping=True)
        self.reset_done.emit()

    @Slot()
    def hand_back(self) -> None:
        """ "Hand back": the resident goes on alone where they are; the adviser is signed
        out, so nothing they could reach stays open, and records say self-service again
        (but a form the adviser typed answers in: it is sent naming them, with the
        resident's consent, see FormScreen.send)."""
        from sync.protocol.records import EndReason

        self.ctx.sign_out_adviser(EndReason.HANDED_BACK)  # staff screens forgotten (_mode_changed)

    def _withdraw_removed_adviser(self) -> None:
        """New content no longer lets the adviser signed in here sign in (IT removed them:
        ``hubkiosk-server adviser remove``): sign them out now, wipe the resident's visit as
        "Finish helping" does, and ask for a PIN, saying why (naming nobody)."""
        adviser = self.ctx.adviser
        if adviser is None:
            return
        from hubkiosk.ui.screens.adviser import adviser_hashes

        if adviser.adviser_id in {who for who, _ in adviser_hashes(self.ctx)}:
            return
        from sync.protocol.records import EndReason

        log.warning("adviser signed out: the central server withdrew their access")
        self._wipe_resident()  # first, as "Finish helping" does
        self.ctx.sign_out_adviser(EndReason.WITHDRAWN)  # staff screens forgotten (_mode_changed)
        self.show_screen(ScreenId.ADVISER_PIN, withdrawn=True)
        self.reset_done.emit()

    @Slot()
    def _mode_changed(self) -> None:
        if self.ctx.assisting:  # the banner shows: in the look chosen
            self._style_banner()
        if self.ctx.adviser is None:
            self._forget_staff_screens()
            self._visit_to_join = True  # the next sign-in is from a resident's screen
            self._visit_language = None
        elif self._visit_language is None:  # signed in: the resident's language, as it is
            self._visit_language = self.ctx.language
        self._make_late_parts()  # the idle monitor, given the mode's times (_idle_times)
        self._update_idle_arming()
        self._update_sync_badge()

    def _wipe_resident(self) -> None:
        """Wipe every screen and what the kiosk holds about this resident, and return to the
        default language, theme and text size (the text-size button then says what it will
        do next, from the size now in force)."""
        self.start_over_quietly()
        self.contrast_button.setChecked(False)
        rescaled = bool(self.scale_index)
        if rescaled:
            self.scale_index = 0
            self.apply_theme()
        default = self.ctx.start.default_language
        if self.ctx.language != default:
            self.ctx.set_language(default)  # every screen retranslated (_language_changed)
        elif rescaled:
            self.retranslate()
        # Otherwise every word is already in the default language: retranslating every
        # built screen was most of a "Start again" or "Done" (issue 16, tap_next).

    def start_over_quietly(self) -> None:
        """Wipe every screen and the visit, keeping language, theme and text size (the
        audit walks screen after screen in one setting)."""
        self._hide_warning()
        self.waiting_go = None
        self._wipe_screens()
        self.ctx.end_visit()
        self.history.clear()

    # Read aloud ---------------------------------------------------------------------------
    @Slot()
    def read_aloud(self) -> None:
        """Play the council's recording of this screen, or speak its words, or say plainly
        that this kiosk cannot read aloud in this language."""
        language = self.ctx.language
        self.ctx.visit["read_aloud"] = True  # the idle warning is spoken too (_show_warning)
        self.speaker.interrupt()
        self.speech_notice.hide()
        if self.speaker.play_prompt(language, self.current.value):
            return
        text = "\n".join(self.current_screen.read_aloud_texts())
        if self.speaker.say(text, language):
            return
        self.speech_notice.setText(
            self.tr(
                "Sorry, this kiosk cannot read aloud in this language. Please ask a member of staff."
            )
        )
        self.speech_notice.show()

    @Slot()
    def _step_shown(self) -> None:
        """The screen shown went on to its next part (a survey's next question, a form's
        next step, a face chosen): the voice stops saying the part gone, as it does when
        the screen changes."""
        if self._late is not None and self.sender() is self.current_screen:
            self._late.speech_notice.hide()
            self._late.speaker.interrupt()

    # Sync ---------------------------------------------------------------------------------
    def attach_sync(self, sync: SyncController) -> None:
        """Show sync status to advisers, "Sync now" on their screen, new content everywhere."""
        self.sync = sync
        if ScreenId.ADVISER_HOME in list(self.screens):
            self._wire_adviser(self.screens[ScreenId.ADVISER_HOME], sync)
        sync.status_changed.connect(self._sync_status)
        sync.content_ready.connect(self.ctx.set_content)
        sync.hub_waits_ready.connect(self.ctx.set_hub_waits)

    def _adviser_home(self) -> AdviserHomeScreen:
        """The adviser's screen (built now if it was not)."""
        from hubkiosk.ui.screens.adviser import AdviserHomeScreen

        adviser = self.screens[ScreenId.ADVISER_HOME]
        assert isinstance(adviser, AdviserHomeScreen)
        return adviser

    def _wire_adviser(self, screen: Screen, sync: SyncController) -> None:
        from hubkiosk.ui.screens.adviser import AdviserHomeScreen

        adviser = screen
        assert isinstance(adviser, AdviserHomeScreen)
        if adviser.sync_configured != sync.configured:  # enrolled by the token file alone
            adviser.sync_configured = sync.configured
            adviser.retranslate()
        adviser.sync_now_requested.connect(sync.sync_now)
        if self.last_sync_status is not None:
            adviser.set_sync_status(self.last_sync_status)

    @Slot(object)
    def _sync_status(self, status: SyncStatus) -> None:
        from sync.client.engine import SyncState

        self.last_sync_status = status
        if ScreenId.ADVISER_HOME in list(self.screens):
            self._adviser_home().set_sync_status(status)
        calm = status.state is SyncState.OK
        self.sync_badge.setText(
            ("● " if calm else "○ ") + (self.tr("Synced") if calm else self.tr("Offline"))
        )
        self._update_sync_badge()

    def _update_sync_badge(self) -> None:
        # Advisers and IT see the sync state; residents are never alarmed by it.
        adviser_mode = self.current in ADVISER_SCREENS or self.ctx.adviser is not None
        shown = adviser_mode and bool(self.sync_badge.text())
        if shown and self.last_sync_status is not None:
            adviser = self._adviser_home()  # an adviser is here: build it if need be
            self.sync_badge.setAccessibleName(adviser.describe_sync(self.last_sync_status))
        self.sync_badge.setVisible(shown)

    # Idle ---------------------------------------------------------------------------------
    def _idle_times(self) -> tuple[float, float]:
        """The idle time and the warning's countdown, for who is signed in and the screen
        shown: a resident's; an adviser helping one (longer, as they talk); an adviser on
        their own screens; and on "Queue and desks" a short idle of its own (an adviser
        calls a resident there and walks to their desk: the hall kiosk showed the
        resident's name and needs, and took "Did not come" from the next resident, for
        minutes), its warning scaled down with it (a sixth: 5 s of 30 s)."""
        adviser = self.ctx.adviser
        if adviser is None or not self.ctx.is_ready:
            start = self.ctx.start
            return start.idle_seconds, start.warning_seconds
        settings = self.ctx.settings
        if adviser.visit_id is not None:
            return settings.assisted_idle_seconds, settings.warning_seconds
        if self.stack.currentWidget() is not None and self.current is ScreenId.ADVISER_QUEUE:
            queue_idle = settings.adviser_queue_idle_seconds
            return queue_idle, min(settings.warning_seconds, queue_idle / 6)
        return settings.adviser_idle_seconds, settings.warning_seconds

    def _update_idle_arming(self) -> None:
        """Arm the idle monitor away from rest, with the idle times of the mode and screen
        now in force (:meth:`_idle_times`)."""
        if self._late is not None:  # else set as it is made
            idle = self._late.idle
            idle.idle_seconds, idle.warning_seconds = self._idle_times()
        resting = (
            self.current == ScreenId.HOME
            and self.ctx.language == self.ctx.start.default_language
            and not self.ctx.visit
            and self.ctx.adviser is None
            and self.theme == theme.Theme.DEFAULT
            and self.scale_index == 0
        )
        if self._late is not None:  # else armed as it is made
            self._late.idle.set_armed(not resting)

    @Slot(int)
    def _show_warning(self, seconds: int) -> None:
        overlay = self.overlay
        # An adviser on their own screens is told they will be signed out.
        overlay.show_seconds(
            seconds, for_adviser=self.ctx.adviser is not None and not self.ctx.assisting
        )
        overlay.setGeometry(self.rect_for_overlay())
        focus = self.focusWidget()
        if focus is None or not overlay.isAncestorOf(focus):
            self._focus_before_warning = focus
        overlay.show()
        overlay.raise_()
        overlay.more_time.setFocus()
        if self.ctx.visit.get("read_aloud"):
            # A resident who listens rather than reads hears it, in their language: the
            # warning covers "Read aloud", and only "I need more time" keeps the visit.
            self.speaker.interrupt()
            self.speaker.say(
                "\n".join(
                    (
                        overlay.question.text(),
                        overlay.explain.text(),
                        overlay.countdown.text(),
                        self.tr("Touch “%1” in the middle of the screen.").replace(
                            "%1", overlay.more_time.text()
                        ),
                    )
                ),
                self.ctx.language,
            )

    @Slot()
    def _hide_warning(self) -> None:
        """The idle warning goes ("I need more time", or the reset): the keyboard's focus
        goes back where the resident had it, else to the screen shown (not on along the
        focus chain from the warning's button, to the top bar)."""
        if self._late is None:
            return
        overlay = self._late.overlay
        before, self._focus_before_warning = self._focus_before_warning, None
        focus = self.focusWidget()
        if not overlay.isHidden() and (focus is None or overlay.isAncestorOf(focus)):
            if (
                before is not None
                and shiboken6.isValid(before)  # not a widget deleted meanwhile
                and before.isVisible()
                and before.isEnabled()
            ):
                before.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                page = self.stack.currentWidget()
                if page is not None:
                    page.setFocus(Qt.FocusReason.OtherFocusReason)
        overlay.hide()

    @Slot()
    def _timed_out(self) -> None:
        log.info("idle reset")
        # Nobody is at the kiosk: an assisted visit ends and the adviser is signed out
        # (after the wipe, so what screens keep on reset keeps its attribution).
        self._wipe_resident()
        if self.ctx.adviser is not None:
            from sync.protocol.records import EndReason

            self.ctx.sign_out_adviser(EndReason.IDLE)
        self.show_screen(ScreenId.HOME)
        self.reset_done.emit()

    # Language, theme and text size --------------------------------------------------------
    @Slot(str)
    def _language_changed(self, code: str) -> None:
        if self._late is not None:  # else nothing is said yet
            self._late.speaker.interrupt()  # the words of the language left stop
        self.translations.apply(code)  # Urdu mirrors the layout too
        self.retranslate()
        self._update_idle_arming()

    @Slot()
    def _content_changed(self) -> None:
        """New content (a config snapshot, at the end of a sync): the screen on display is
        rebuilt now, the others when next shown. Rebuilding every built screen at once held
        the screen 20-70 ms as a sync ended (issue 16, ui_stall). An adviser it withdraws
        is signed out first."""
        self._withdraw_removed_adviser()
        shown = self.current if self.stack.currentWidget() is not None else None
        self._stale_content.update(sid for sid in self.screens if sid is not shown)
        self.retranslate(screens=False)
        if shown is not None:
            self.current_screen.refresh_content()
            self.current_screen.retranslate()

    def retranslate(self, *, screens: bool = True) -> None:
        """Every word in the language now in force: the bars, and (``screens``) every built
        screen."""
        self.hub_name.setText(self.ctx.text(self.ctx.home_view.hub_name))
        self.hub_name.setAccessibleName(self.ctx.text(self.ctx.home_view.hub_name))
        self.back_button.setText(self.tr("Back"))
        self.start_again.setText(self.tr("Start again"))
        self.text_size_button.setText(
            self.tr("Larger text")
            if self.scale_index < len(theme.TEXT_SCALES) - 1
            else self.tr("Smaller text")
        )
        self.contrast_button.setText(self.tr("High contrast"))
        self.read_aloud_button.setText(self.tr("Read aloud"))
        self.read_aloud_button.setAccessibleName(self.tr("Read aloud"))
        for code, button in self.language_buttons.items():
            current = code == self.ctx.language
            if button.property("current") != current:  # a re-polish only when it changes
                button.setProperty("current", current)
                restyle(button)
        if self._late is not None:  # else in the language in force when they are made
            self._late.speech_notice.hide()
            self._late.overlay.retranslate()
            self._late.banner.retranslate()
        if screens:
            for screen in self.screens.values():
                screen.retranslate()
            # Keyboards on hidden pages get Qt's LanguageChange late (or, hidden, not at all).
            # (No keyboard exists before a screen with one imported its module.)
            keyboards = sys.modules.get("hubkiosk.ui.keyboard")
            for keyboard in self.findChildren(keyboards.OnScreenKeyboard) if keyboards else []:
                keyboard.retranslate()
        if self.stack.currentWidget() is not None:
            self._name_page(self.current_screen)

    def _name_page(self, screen: Screen) -> None:
        """The window's title and the page's name say the screen shown: the page is a Tab
        stop (arrow keys slide it) and where the focus goes on a change of screen, and a
        screen reader said nothing there."""
        title = screen.title()
        self.setWindowTitle(self.tr("Hub Kiosk") + (f" · {title}" if title else ""))
        page = self.pages[screen.ID]
        page.setAccessibleName(title or self.tr("Hub Kiosk"))

    @Slot()
    def cycle_text_size(self) -> None:
        self.scale_index = (self.scale_index + 1) % len(theme.TEXT_SCALES)
        self.apply_theme()
        self.retranslate()
        self._update_idle_arming()

    @Slot(bool)
    def set_high_contrast(self, on: bool) -> None:
        new = theme.Theme.CONTRAST if on else theme.Theme.DEFAULT
        if new != self.theme:
            self.theme = new
            self.apply_theme()
            self._update_idle_arming()

    @property
    def text_scale(self) -> float:
        return theme.TEXT_SCALES[self.scale_index]

    def apply_theme(self) -> None:
        """Restyle what is on screen now; other pages are restyled when next shown."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply_font(app, self.text_scale)
        self.styler.choose(self.theme, self.text_scale)
        overlay = self._late.overlay if self._late is not None else None  # else when made
        if overlay is not None:
            self.styler.restyle(overlay)
        page = self.stack.currentWidget()
        if page is not None:
            self._restyle_page(page)
        for bar in (self.top_bar, self.bottom_bar):
            self.styler.restyle(bar, scale=self._bar_scale)
        if self._late is not None and self.ctx.assisting:
            self._style_banner()
        self._paint_speaker()

    @property
    def _bar_scale(self) -> float:
        """The bars' text size: the resident's, up to :data:`theme.BAR_TEXT_SCALE`."""
        return min(self.text_scale, theme.BAR_TEXT_SCALE)

    def _restyle_page(self, page: QWidget) -> None:
        """``page`` in the look wanted, its "More below" cue at the bars' text size."""
        if self.styler.restyle(page):
            for cue in page.findChildren(ScrollCue):
                self.styler.restyle(cue, scale=self._bar_scale)

    def _style_banner(self) -> None:
        """The assisted-mode banner in the theme chosen (it stayed cream in high contrast),
        its words at the normal size: at larger text on a laptop-sized panel the bars left
        the page no room for a banner grown too, and cut the hub's name and their buttons."""
        self.styler.restyle(self.banner, scale=theme.TEXT_SCALES[0])

    def _paint_speaker(self) -> None:
        """A speaker beside "Read aloud", in the button's text colour, for those who
        cannot read the words."""
        button = self.read_aloud_button
        button.ensurePolished()
        side = button.fontMetrics().height()
        color = button.palette().color(QPalette.ColorRole.ButtonText)
        button.setIcon(QIcon(tinted("speaker", side, color)))
        button.setIconSize(QSize(side, side))

    # Qt events ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._late is not None:
            self._late.overlay.setGeometry(self.rect_for_overlay())

    def rect_for_overlay(self) -> QRect:
        central = self.centralWidget()
        return central.rect() if central is not None else self.rect()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.ctx.is_ready:
            self.ctx.ops.wait(10_000)
        super().closeEvent(event)


def forget_focus(page: QWidget) -> None:
    """The next visit finds ``page`` with no focus of the last one's to give back: shown
    again, the focus goes to the page (see ``widgets._focus_into``), not to the field the
    last resident typed in, which brought up its keys (and the finder's search) for a
    resident who had not asked for them."""
    inner = page.focusWidget()
    if inner is not None and not inner.hasFocus():
        inner.clearFocus()  # forgotten by its parents too, though it has no focus


def wipe_line(line: QLineEdit) -> None:
    """Empty ``line`` and its undo/redo history: ``clear()`` alone can be undone (the
    context menu, a long press), which would bring the last resident's text back."""
    line.clear()  # as before: listeners hear the field is empty
    with QSignalBlocker(line):
        line.setText("x")  # setText clears the history; "x" first so it is never a no-op
        line.setText("")


def wipe_document(editor: QTextEdit | QPlainTextEdit) -> None:
    """Empty a multi-line editor and its document's undo/redo stacks."""
    editor.clear()
    editor.document().clearUndoRedoStacks()


def all_typed_text(root: QObject) -> list[str]:
    """Every piece of text shown in editable or display widgets under ``root``."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    found = [w.text() for w in root.findChildren(QLineEdit)]
    found += [w.toPlainText() for w in root.findChildren(QTextEdit)]
    found += [w.toPlainText() for w in root.findChildren(QPlainTextEdit)]
    found += [w.text() for w in root.findChildren(QLabel)]
    return found
