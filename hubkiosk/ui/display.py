"""The calling display: a second window (``hubkiosk --display``) for a screen in the hall.

It shows "Now calling" with the ticket and desk, the last four called, and how many wait
for each service, in the kiosk's default language: counts and desks in its digits (৪ on a
Bengali display), ticket numbers as printed (H-023). A call whose resident chose another
language at check-in is written in that language too, under the display's words. A call stays under "Now calling" for
:data:`CALL_SHOWN_FOR`; with no newer call by then it joins "Called before" and the display
says to wait to be called (the day's last call stood as if current until midnight). A call
that is over (the resident served, marked as did not come, or transferred) joins them at
once. Once the
hub has closed for the day (its hours and closures, :mod:`hubkiosk.core.hours`) and no call is
current, it says so and when check-in opens again, as the kiosk's closed page does, in place of
"please wait" and the counts waiting. Over a break between two opening periods (a lunch
hour) it says the hub is closed for a break and when calls start again, and before the hub
opens that it is not open yet and when calls start, still counting those waiting (they are
called after it); a ticket is listed once, at its latest call (a recall moves it). A desk's
number is kept on a line with the word before it (:func:`with_desk`). A new call plays a
chime and is spoken: in English, then in the resident's language when they chose one at
check-in (and their interpreter's language), through the kiosk's speech path
(hubkiosk/ui/speech.py, QtTextToSpeech) where a voice for that language exists, silently
otherwise.

The display reads the same local store as the kiosk, polling through ``ctx.store_ops`` (off the
GUI thread); calls it has seen are not announced again, and calls already made when it
starts are shown but not spoken. The speaker is injectable (:class:`Announcer`), so tests
use a fake one and never wait for sound.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import math
import struct
import uuid
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from hubkiosk.core import hours, queue
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.i18n import digits, number, translated_in
from hubkiosk.ui.screens.checkin_parts import fmt_time, opens_again_text
from hubkiosk.ui.speech import Speaker
from hubkiosk.ui.widgets import OneLineLabel, label

log = logging.getLogger(__name__)

POLL_MS = 1500
RECENT = 4
#: How long a call shows under "Now calling" when no newer one follows: a resident who
#: arrives later must not read an old call as the one being made now.
CALL_SHOWN_FOR = dt.timedelta(minutes=10)
#: The called number's height in pixels: a fifth of the screen's height (216 on a 1080-line
#: screen), never more than 220 or less than 120, so that a call written in two languages
#: fits a 720-line hall screen too.
NUMBER_PX = (120, 220)
NO_BREAK = "\u00a0"

#: How a call is spoken, per language: {letter}, {number} (no leading zeros), {desk}.
CALL_WORDS: dict[str, str] = {
    "en": "Ticket {letter} {number}, please go to desk {desk}.",
    "bn": "টিকিট {letter} {number}, অনুগ্রহ করে ডেস্ক {desk}-এ আসুন।",
    "so": "Tigidhka {letter} {number}, fadlan u kaalay miiska {desk}.",
    "ur": "ٹکٹ {letter} {number}، براہ کرم ڈیسک {desk} پر آئیں۔",
    "es": "Número {letter} {number}, vaya al mostrador {desk}.",
    "pl": "Numer {letter} {number}, proszę podejść do stanowiska {desk}.",
}


def with_desk(words: str, desk: str) -> str:
    """``words`` ("Please go to Desk %1" in a language) with ``desk`` for %1, kept on a line
    with the word before it by a no-break space, or the word after where the number comes
    first: "Podejdź do stanowiska 12" broke on a 1280 x 720 screen with "12" alone below."""
    if " %1" in words:
        words = words.replace(" %1", NO_BREAK + "%1")
    elif "%1 " in words:
        words = words.replace("%1 ", "%1" + NO_BREAK)
    return words.replace("%1", desk)


def call_words(call: queue.CallRecord, language: str) -> str | None:
    """The spoken call in ``language``, or None when we have no words for it."""
    template = CALL_WORDS.get(language)
    if template is None:
        return None
    letter, _, digits = call.number.partition("-")
    number = str(int(digits)) if digits.isdigit() else digits
    return template.format(letter=letter, number=number, desk=queue.desk_number(call.desk))


def call_languages(call: queue.CallRecord) -> list[str]:
    """English first, then the resident's language and their interpreter's, once each."""
    languages = ["en"]
    for code in (call.language, call.interpreter_language):
        if code and code not in languages and code in CALL_WORDS:
            languages.append(code)
    return languages


def latest_calls(calls: list[queue.CallRecord]) -> list[queue.CallRecord]:
    """``calls`` (newest first) with each ticket once, at its latest call: a recall is not
    listed again under the call before it."""
    seen: set[str] = set()
    latest = []
    for call in calls:
        if call.number not in seen:  # a ticket keeps its number all day
            seen.add(call.number)
            latest.append(call)
    return latest


class Announcer(Protocol):
    """What the display needs from a speaker."""

    def chime(self) -> None: ...

    def say(self, text: str, language: str) -> bool:
        """Speak ``text`` in ``language``; False (and silence) when there is no voice."""
        ...


def write_chime(path: Path, rate: int = 22050) -> Path:
    """A soft two-note chime (E5, C5) as a 16-bit mono WAV file."""
    frames = bytearray()
    for freq, seconds in ((659.25, 0.35), (523.25, 0.6)):
        count = int(rate * seconds)
        for i in range(count):
            envelope = math.exp(-3.0 * i / count)
            sample = 0.35 * envelope * math.sin(2 * math.pi * freq * i / rate)
            frames += struct.pack("<h", int(sample * 32767))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


class QtAnnouncer(QObject):
    """A chime through QSoundEffect and speech through the kiosk's one speech path
    (:class:`hubkiosk.ui.speech.Speaker`, QTextToSpeech), one call at a time.

    Where the speech engine fails to load, or has no voice for a language, it stays
    silent for it (the screen still shows the call).
    """

    def __init__(
        self,
        chime_path: Path,
        engine: str | None = None,
        parent: QObject | None = None,
        speaker: Speaker | None = None,
    ) -> None:
        super().__init__(parent)
        self.speaker = speaker or Speaker(engine_name=engine, parent=self)
        self.effect: QObject | None = None
        try:
            from PySide6.QtMultimedia import QSoundEffect

            if not chime_path.exists():
                write_chime(chime_path)
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(chime_path)))
            effect.setVolume(0.6)
            self.effect = effect
        except (ImportError, OSError) as exc:
            log.warning("calling display: no chime (%s)", exc)

    @property
    def speaking_works(self) -> bool:
        engine = self.speaker.engine
        return engine is not None and self.speaker.engine_works(engine)

    def chime(self) -> None:
        if self.effect is not None:
            self.effect.play()  # type: ignore[attr-defined]

    def locale_for(self, language: str) -> QLocale | None:
        return self.speaker.locale_for(language)

    def say(self, text: str, language: str) -> bool:
        return self.speaker.say(text, language)


@dataclass
class DisplayState:
    calls: list[queue.CallRecord] = field(default_factory=list)
    waiting: dict[str, int] = field(default_factory=dict)
    #: The desk each ticket called and not yet finished is called to.
    at_desks: dict[uuid.UUID, str] = field(default_factory=dict)

    def going_on(self, call: queue.CallRecord) -> bool:
        """Whether ``call`` is not over: its ticket is still called to that desk (not served,
        not marked as did not come, not transferred to another queue)."""
        return self.at_desks.get(call.ticket_id) == call.desk


class CallingDisplay(QWidget):
    """The hall screen. Call :meth:`start` to begin polling the store.

    Signals:
        updated(): the screen shows the store's latest state.
        announced(str, str): a new call was announced (ticket number, desk).
    """

    updated = Signal()
    announced = Signal(str, str)

    def __init__(
        self,
        ctx: KioskContext,
        announcer: Announcer | None = None,
        poll_ms: int = POLL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("CallingDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.announcer: Announcer = announcer or QtAnnouncer(
            ctx.settings.data_dir / "sounds" / "chime.wav", parent=self
        )
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.refresh)
        self._reading = False
        self._seen: uuid.UUID | None = None
        self._primed = False
        self.state = DisplayState()

        outer = QVBoxLayout(self)
        # The hall screen's size is given (full screen): the words fit it (_fit), the
        # window is never pushed past the screen's foot by them.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(40, 32, 40, 32)
        outer.setSpacing(24)
        self.hub_name = label()
        self.hub_name.setObjectName("DisplayHub")
        outer.addWidget(self.hub_name)
        row = QHBoxLayout()
        row.setSpacing(40)
        now_box = QFrame()
        now_box.setObjectName("DisplayNow")
        now_layout = QVBoxLayout(now_box)
        self.now_heading = label()
        self.now_heading.setObjectName("DisplayHeading")
        self.now_number = label()
        self.now_number.setObjectName("DisplayNumber")
        self.now_desk = label()
        self.now_desk.setObjectName("DisplayDesk")
        # The same words in the language the called resident chose, when not the display's.
        self.now_desk_own = label()
        self.now_desk_own.setObjectName("DisplayDeskOwn")
        self.now_desk_own.hide()
        for widget in (self.now_heading, self.now_number, self.now_desk, self.now_desk_own):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            now_layout.addWidget(widget)
        row.addWidget(now_box, 3)
        recent_box = QFrame()
        recent_box.setObjectName("DisplayRecent")
        recent_layout = QGridLayout(recent_box)
        self.recent_heading = label()
        self.recent_heading.setObjectName("DisplayHeading")
        recent_layout.addWidget(self.recent_heading, 0, 0, 1, 2)
        self.recent_rows: list[tuple[QLabel, QLabel]] = []
        # One line each, whole ("Mostrador 12" cut to "Mostrado" over a hidden "12" on a
        # 1280 x 720 screen): drawn smaller only where the column is short of the words.
        for index in range(RECENT):
            number, desk = OneLineLabel(), OneLineLabel()
            number.setObjectName("DisplayRecentNumber")
            desk.setObjectName("DisplayRecentDesk")
            recent_layout.addWidget(number, index + 1, 0)
            recent_layout.addWidget(desk, index + 1, 1)
            self.recent_rows.append((number, desk))
        recent_layout.setRowStretch(RECENT + 1, 1)
        recent_layout.setColumnStretch(1, 1)
        recent_layout.setHorizontalSpacing(24)
        row.addWidget(recent_box, 2)
        outer.addLayout(row, 1)
        self.waiting_heading = label()
        self.waiting_heading.setObjectName("DisplayHeading")
        self.waiting_line = label()
        self.waiting_line.setObjectName("DisplayWaiting")
        outer.addWidget(self.waiting_heading)
        outer.addWidget(self.waiting_line)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The called number sized to the screen's height (:data:`NUMBER_PX`; its style
        rule gives it no size, so the font set here holds in either theme)."""
        low, high = NUMBER_PX
        size = max(low, min(high, self.height() // 5))
        font = self.now_number.font()
        if font.pixelSize() != size or not font.bold():
            font.setPixelSize(size)
            font.setBold(True)
            self.now_number.setFont(font)

    # Polling -----------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        if self._reading:
            return
        self._reading = True
        self.ctx.store_ops.run(
            functools.partial(queue.today, hub_id=self.ctx.settings.hub_id, now=self.ctx.now()),
            success=self._apply,
            failure=self._read_failed,
            name="display_state",
        )

    def _read_failed(self, exc: BaseException) -> None:
        self._reading = False
        log.error("calling display could not read the store: %s", exc)

    def _apply(self, day: queue.QueueDay) -> None:
        """Today's queue as read: its calls (newest first) and how many wait."""
        self._reading = False
        self.state = state = DisplayState(
            calls=day.calls, waiting=day.waiting_counts(), at_desks=day.at_desks()
        )
        fresh: list[queue.CallRecord] = []
        for call in state.calls:
            if call.event_id == self._seen:
                break
            fresh.append(call)
        if state.calls:
            self._seen = state.calls[0].event_id
        if self._primed:
            for call in reversed(fresh):
                self.announce(call)
        self._primed = True
        self.retranslate()
        self.updated.emit()

    def announce(self, call: queue.CallRecord) -> None:
        log.info("calling %s to %s", call.number, call.desk)
        self.announcer.chime()
        for language in call_languages(call):
            words = call_words(call, language)
            if words:
                self.announcer.say(words, language)
        self.announced.emit(call.number, call.desk)

    # Words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ctx = self.ctx
        self.setWindowTitle(self.tr("Hub Kiosk · calling display"))
        self.hub_name.setText(ctx.text(ctx.hub.name))
        self.recent_heading.setText(self.tr("Called before"))
        self.waiting_heading.setText(self.tr("Waiting now"))
        calls = latest_calls(self.state.calls)
        # The newest call, while it goes on: not once it is over (served, did not come,
        # transferred), nor after CALL_SHOWN_FOR.
        now = None
        if calls and ctx.now() - calls[0].at < CALL_SHOWN_FOR and self.state.going_on(calls[0]):
            now = calls[0]
        # Past closing no one is called any more (an adviser's late call still shows): the
        # hub says it has closed, and when it opens again, as the kiosk's closed page does.
        closed = now is None and hours.closed_for_the_day(ctx.hub, ctx.now())
        # Over a break (a lunch hour), or before the hub opens, no one is called either until
        # it opens; those waiting are, then, so they are still counted.
        reopens = opens = None
        if now is None and not closed:
            reopens = hours.reopens_after_break(ctx.hub, ctx.now())
            opens = hours.opens_later_today(ctx.hub, ctx.now())
        quiet = closed or reopens is not None or opens is not None
        self.now_number.setVisible(not quiet)
        self.waiting_heading.setVisible(not closed)
        # Closed: the words large in the middle of the box, not spread over the number's room.
        center, h_center = Qt.AlignmentFlag.AlignCenter, Qt.AlignmentFlag.AlignHCenter
        self.now_heading.setAlignment(h_center | Qt.AlignmentFlag.AlignBottom if quiet else center)
        self.now_desk.setAlignment(h_center | Qt.AlignmentFlag.AlignBottom if quiet else center)
        self.now_desk_own.setAlignment(h_center | Qt.AlignmentFlag.AlignTop if quiet else center)
        heading: str | None = self.tr("Now calling")
        own = None
        if closed:
            state = hours.state_at(ctx.hub, ctx.now())
            heading = ctx.text(state.closure.reason) if state.closure is not None else None
            self.now_desk.setText(self.tr("The hub has closed for today"))
            own = opens_again_text(ctx, state)
        elif reopens is not None or opens is not None:
            closure = hours.closure_at(ctx.hub, ctx.now())
            heading = ctx.text(closure.reason) if closure is not None else None
            if reopens is not None:
                self.now_desk.setText(self.tr("The hub is closed for a break"))
                own = self.tr("Calls start again at %1.").replace("%1", fmt_time(ctx, reopens))
            elif opens is not None:
                self.now_desk.setText(self.tr("The hub is not open yet"))
                own = self.tr("Calls start at %1.").replace("%1", fmt_time(ctx, opens))
        elif now is not None:
            self.now_number.setText(now.number)
            self.now_desk.setText(with_desk(self.tr("Please go to Desk %1"), self._desk(now)))
            own = self._in_own_language(now)
        else:  # no call yet, or the last one was a while ago: it is with those called before
            self.now_number.setText("—")
            self.now_desk.setText(self.tr("Please wait to be called"))
        self.now_heading.setText(heading or "")
        self.now_heading.setVisible(heading is not None)
        self.now_desk_own.setText(own or "")
        self.now_desk_own.setAccessibleName(own or "")
        self.now_desk_own.setVisible(own is not None)
        before = calls[1:] if now is not None else calls
        for index, (ticket, desk) in enumerate(self.recent_rows):
            if index < len(before):
                ticket.setText(before[index].number)  # as printed on the ticket
                desk.setText(self.tr("Desk %1").replace("%1", self._desk(before[index])))
            else:
                ticket.clear()
                desk.clear()
        parts = []
        for service in ctx.content.catalogue.services:
            count = self.state.waiting.get(service.id, 0)
            if count:
                parts.append(f"{ctx.text(service.name)}: {number(count)}")
        if closed:  # a ticket not called by closing will not be today
            self.waiting_line.setText(
                self.tr("If your number was not called, please ask a member of staff.")
            )
        else:
            self.waiting_line.setText(
                "   ·   ".join(parts) if parts else self.tr("No one is waiting")
            )

    def _in_own_language(self, call: queue.CallRecord) -> str | None:
        """The words "Please go to Desk N" in the language the call's resident chose at check-in, in
        its digits; None when that is the display's language or has no such words."""
        code = call.language
        if not code or code == self.ctx.language:
            return None
        words = translated_in(code, "CallingDisplay", "Please go to Desk %1")
        if words is None:
            return None
        return with_desk(words, digits(queue.desk_number(call.desk), code))

    @staticmethod
    def _desk(call: queue.CallRecord) -> str:
        """The number on the call's desk, in the display language's digits."""
        return digits(queue.desk_number(call.desk))
