"""Adviser entry: a PIN prompt, then the adviser and IT status screen.

The status screen says one thing about sync: the connection's state from the sync worker
and the counts read from the store just after it (so it never says "everything sent" beside
"2 records wait"); times are the hub's local time (Europe/London) in the kiosk's language.

The PIN policy (no PIN unless IT or the server set one, delays and lockout kept in the
store, an audit record per attempt) is :mod:`hubkiosk.core.pin`'s; this screen asks and says.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hubkiosk import __version__
from hubkiosk.core.pin import DEMO_PIN_HASH, SignInResult, Verdict, sign_in
from hubkiosk.store import backup as store_backup
from hubkiosk.store import outbox
from hubkiosk.store.sync_port import StoreSyncPort
from hubkiosk.ui.context import LONDON, KioskContext
from hubkiosk.ui.i18n import digits
from hubkiosk.ui.printer_check import PrinterCheck
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.widgets import BigButton, FlowLayout, label
from sync.client.engine import SyncState, SyncStatus


def adviser_hashes(ctx: KioskContext) -> list[tuple[str, str]]:
    """(adviser id, PIN hash) of everyone who may sign in at this hub: the advisers the
    server sent, IT's PIN from the kiosk's settings, and the demo PIN only under --demo."""
    hub = ctx.settings.hub_id
    pairs = [(a.id, a.pin_hash) for a in ctx.content.advisers if not a.hub_ids or hub in a.hub_ids]
    local = ctx.settings.adviser_pin_hash
    if local and (local != DEMO_PIN_HASH or ctx.demo):
        pairs.append(("local-it", local))
    if ctx.demo:
        pairs.append(("demo", DEMO_PIN_HASH))
    return pairs


class AdviserPinScreen(Screen):
    """A number pad for the adviser PIN; says how IT sets one when none is set, and how long
    to wait (or who unlocks) after wrong PINs. Shown with ``after_helping`` after "Finish
    helping" (the adviser was signed out): it says the PIN takes them back to their screens;
    with ``withdrawn`` after a sync signed out an adviser IT removed: it says so."""

    ID = ScreenId.ADVISER_PIN

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.after_helping = False
        #: What is said under the PIN, and its count (see _say).
        self._said: tuple[str, int] = ("", 0)
        #: When the wait after wrong PINs ends (on the kiosk's clock), while one is said:
        #: the message counts down to it, and goes when it is over.
        self._wait_ends: dt.datetime | None = None
        self._asked_at: dt.datetime | None = None
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)  # each second shown, read off the kiosk's clock
        self._countdown.timeout.connect(self._show_said)
        self.heading = label(role="title")
        self.hint = label(role="lead")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setMaximumWidth(420)
        self.message = label(role="error")
        self.body.addWidget(self.heading)
        # The words and the box, and the pad: side by side on a wide screen (see
        # rearrange), one above the other on a portrait one or at large text.
        words = QVBoxLayout()
        words.setSpacing(self.body.spacing())
        words.addWidget(self.hint)
        words.addWidget(self.pin, alignment=Qt.AlignmentFlag.AlignHCenter)
        words.addWidget(self.message)
        words.addStretch(1)
        self.row = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.row.setSpacing(32)
        self.row.addLayout(words, 1)
        self.body.addLayout(self.row)
        pad = QGridLayout()
        pad.setSpacing(12)
        self.keys: dict[str, BigButton] = {}
        for index, digit in enumerate("123456789"):
            button = BigButton(digit)
            button.setProperty("identifier", True)  # a PIN is typed in Latin digits
            button.clicked.connect(lambda _=False, d=digit: self.pin.insert(d))
            pad.addWidget(button, index // 3, index % 3)
            self.keys[digit] = button
        self.clear_key = BigButton()
        self.clear_key.clicked.connect(self.pin.clear)
        zero = BigButton("0")
        zero.setProperty("identifier", True)
        zero.clicked.connect(lambda: self.pin.insert("0"))
        self.keys["0"] = zero
        self.enter_key = BigButton(role="primary")
        self.enter_key.clicked.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        pad.addWidget(self.clear_key, 3, 0)
        pad.addWidget(zero, 3, 1)
        pad.addWidget(self.enter_key, 3, 2)
        holder = QWidget()
        holder.setLayout(pad)
        self.row.addWidget(
            holder, alignment=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        )
        self.body.addStretch(1)
        self.retranslate()

    def rearrange(self) -> None:
        # The words beside the pad when they have the room: a 1280 x 800 panel shows the
        # words, the box and every key at once.
        super().rearrange()
        wide = self.wide_for(self.hint)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)

    def title(self) -> str:
        return self.tr("Adviser sign-in")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Adviser sign-in"))
        if adviser_hashes(self.ctx) and self.after_helping:
            self.hint.setText(
                self.tr(
                    "Finished helping. Adviser: type your PIN to go back to your screens. "
                    "Residents: touch Start again to go back."
                )
            )
        elif adviser_hashes(self.ctx):
            self.hint.setText(
                self.tr("This is for hub staff. Residents: touch Start again to go back.")
            )
        else:
            self.hint.setText(
                self.tr(
                    "No adviser PIN is set on this kiosk yet, so no PIN works. IT sets one on "
                    "the central server (hubkiosk-server adviser add ...), which sends it to the "
                    "kiosks, or in this kiosk's adviser_pin_hash setting."
                )
            )
        self.pin.setAccessibleName(self.tr("Adviser PIN"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.clear_key.setText(self.tr("Clear"))
        self.enter_key.setText(self.tr("Sign in"))
        self._show_said()

    def _say(self, said: str, count: int = 0) -> None:
        """Say ``said`` under the PIN (kept as what, so a change of language says it again
        in the new one: it stayed in English), ``count`` its seconds: a wait counts them
        down from when the PIN was asked, and goes when it is over."""
        self._said = (said, count)
        if said in ("wait", "locked") and count and self._asked_at is not None:
            self._wait_ends = self._asked_at + dt.timedelta(seconds=count)
            self._countdown.start()
        else:
            self._wait_ends = None
            self._countdown.stop()
        self._show_said()

    def _show_said(self) -> None:
        said, count = self._said
        if said in ("wait", "locked") and self._wait_ends is not None:
            left = math.ceil((self._wait_ends - self.ctx.now()).total_seconds())
            if left <= 0:  # the PIN is checked again: nothing to wait for
                self._wait_ends = None
                self._countdown.stop()
                said, count = self._said = ("", 0)
            else:
                count = min(count, left)
        minutes = math.ceil(count / 60)
        words = {
            "": "",
            # Never who: a resident may be reading.
            "withdrawn": self.tr("This adviser's access was withdrawn. Ask IT if this is wrong."),
            "empty": self.tr("Type your PIN, then touch Sign in."),
            "unchecked": self.tr("Sign-in could not be checked. Please try again."),
            "no_pin": self.tr("No adviser PIN is set on this kiosk yet."),
            "locked": self.tr(
                "Adviser sign-in is locked after too many wrong PINs. It opens again in "
                "%Ln minute(s), or sooner if IT unlocks it (hubkiosk --unlock-advisers, or "
                "a new PIN from the central server: hubkiosk-server adviser pin).",
                "",
                minutes,
            ),
            # Never whose: a resident may be reading (IT finds who in the kiosk's log).
            "shared": self.tr("This PIN cannot be used on this kiosk. Ask IT."),
            # A minute or more in minutes (not "480 seconds"), rounded up: never sooner.
            "wait": self.tr("Too many wrong PINs. Try again in %Ln minute(s).", "", minutes)
            if count >= 60
            else self.tr("Too many wrong PINs. Try again in %Ln second(s).", "", count),
            "wrong": self.tr("That PIN is not right. Try again."),
        }
        self.message.setText(words[said])

    def enter(self, **params: Any) -> None:
        """Opened afresh: nothing said to whoever opened it before ("Try again in 30
        seconds" stayed for the next person, hours later), unless access was withdrawn."""
        self.after_helping = bool(params.get("after_helping"))
        self.pin.clear()
        self._say("withdrawn" if params.get("withdrawn") else "")
        self.retranslate()

    def reset(self) -> None:
        self.after_helping = False
        self.pin.clear()
        self._say("")

    def submit(self) -> None:
        entered = self.pin.text()
        self.pin.clear()
        if not entered:  # (what this PIN does is said in place of a withdrawal)
            self._say("empty")
            return
        self.enter_key.setEnabled(False)
        hashes = adviser_hashes(self.ctx)
        store, hub_id, now = self.ctx.store, self.ctx.settings.hub_id, self.ctx.now()
        self._asked_at = now  # a wait said is counted from here
        self.ctx.ops.run(
            lambda: sign_in(store, entered, hashes, hub_id=hub_id, now=now),
            success=self._checked,
            failure=self._failed,
            name="verify_pin",
        )

    def _failed(self, _exc: BaseException) -> None:
        self.enter_key.setEnabled(True)
        self._say("unchecked")

    def _checked(self, result: SignInResult) -> None:
        self.enter_key.setEnabled(True)
        if result.verdict is Verdict.SIGNED_IN:
            self._say("")
            assert result.adviser_id is not None
            self.ctx.sign_in_adviser(result.adviser_id)
            self.ctx.go(ScreenId.ADVISER_HOME)
        elif result.verdict is Verdict.NO_PIN_SET:
            self._say("no_pin")
        elif result.verdict is Verdict.LOCKED:
            self._say("locked", result.wait_seconds)
        elif result.verdict is Verdict.SHARED_PIN:
            self._say("shared")
        elif result.wait_seconds:
            self._say("wait", result.wait_seconds)
        else:
            self._say("wrong")


@dataclass
class StoreStatus:
    pending: int
    dead: int
    oldest_pending_minutes: int | None
    notices: list[str]
    backups: int
    newest_backup: dt.datetime | None
    #: Set-aside records whose personal fields were cleared, and when the oldest of the
    #: others will be (``set_aside_days`` after it was set aside).
    set_aside: outbox.SetAside | None = None
    #: Survey answers and feedback held until their hour has ended (not yet waiting).
    held: int = 0


def read_status(ctx: KioskContext) -> StoreStatus:
    """Runs off the GUI thread: counts from the store for the status screen."""
    store = ctx.store
    now = ctx.now()
    set_aside = None
    with store.session() as session:  # the outbox's counts, read at once
        pending, oldest, dead = outbox.tally(session, now)
        held = outbox.held(session, now)
        if dead:
            kept = dt.timedelta(days=ctx.settings.set_aside_days)
            set_aside = outbox.set_aside(session, kept=kept, now=now)
    notices = store.recent_notices(5)
    backups = store_backup.list_backups(store.backup_dir)
    age = None if oldest is None else int((now - oldest).total_seconds() // 60)
    newest = store_backup.backup_time(backups[-1]) if backups else None
    return StoreStatus(pending, dead, age, notices, len(backups), newest, set_aside, held)


def ui_locale(language: str) -> QLocale:
    """The kiosk's language as a Qt locale (English is British English)."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(language)


def local_time(when: dt.datetime, language: str, *, with_date: bool = True) -> str:
    """``when`` in the hub's local time (Europe/London), formatted for ``language``."""
    here = when.astimezone(LONDON)
    time = QTime(here.hour, here.minute)
    locale = ui_locale(language)
    if not with_date:
        return locale.toString(time, QLocale.FormatType.ShortFormat)
    moment = QDateTime(QDate(here.year, here.month, here.day), time)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


class AdviserHomeScreen(Screen):
    """Adviser and IT status: store health, what waits to sync, backups.

    Signals:
        sync_now_requested(): the adviser asked for a sync now.
        status_read(): the store's counts were read and shown.
        help_requested(): "Help a resident": the resident's home in assisted mode.
    """

    ID = ScreenId.ADVISER_HOME
    SHOW_BACK = False
    sync_now_requested = Signal()
    status_read = Signal()
    help_requested = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label(role="title")
        self.device = label(role="small")
        self.notices = label(role="notice")
        self.notices.hide()
        self.store_line = label()
        self.sync_line = label()
        self.backup_line = label()
        for widget in (
            self.heading,
            self.device,
            self.notices,
            self.store_line,
            self.sync_line,
            self.backup_line,
        ):
            self.body.addWidget(widget)
        # The actions wrap onto more lines as words do (200 % text on a portrait kiosk).
        actions = QWidget()
        row = FlowLayout(actions, spacing=12)
        row.setContentsMargins(0, 0, 0, 0)
        self.backup_button = BigButton()
        self.backup_button.clicked.connect(self.backup_now)
        self.sync_button = BigButton()
        self.sync_button.clicked.connect(self.sync_now)
        #: Whether the kiosk syncs with a central server: the config's ``server_url``, or
        #: the token file ``--enrol`` saved (set by the main window from its sync).
        self.sync_configured = bool(ctx.settings.server_url)
        self.resend_button = BigButton()
        self.resend_button.clicked.connect(self.send_set_aside_again)
        self.resend_button.hide()
        self.leave_button = BigButton(role="primary")
        self.leave_button.clicked.connect(self.ctx.home)
        self.queue_button = BigButton(role="primary")
        self.queue_button.clicked.connect(lambda: self.ctx.go(ScreenId.ADVISER_QUEUE))
        self.help_button = BigButton(role="primary")
        self.help_button.clicked.connect(self.help_requested)
        self.today_button = BigButton()
        self.today_button.clicked.connect(lambda: self.ctx.go(ScreenId.ADVISER_TODAY))
        for button in (
            self.help_button,
            self.queue_button,
            self.today_button,
            self.backup_button,
            self.sync_button,
            self.leave_button,
        ):
            row.addWidget(button)
        self.body.addWidget(actions)
        # IT's second row: only shown while records are set aside.
        resend_row = QHBoxLayout()
        resend_row.addWidget(self.resend_button)
        resend_row.addStretch(1)
        self.body.addLayout(resend_row)
        printer_check = PrinterCheck(ctx)  # IT: "Print a test ticket"
        printer_check.checked.connect(self.refresh)  # its fault among the notices
        self.body.addWidget(printer_check)
        self.body.addStretch(1)
        self.status: StoreStatus | None = None
        self.sync_text = self.tr(
            "This kiosk has no central server configured: it keeps everything locally."
        )
        self.sync_status: SyncStatus | None = None
        #: Whether the store's counts were read before the newest sync status arrived.
        self.counts_stale = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Adviser and IT")

    def enter(self, **params: Any) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ctx.ops.run(
            lambda: read_status(self.ctx),
            success=self._show_status,
            name="read_status",
            after_paint=True,
        )

    def _show_status(self, status: StoreStatus) -> None:
        self.status = status
        self.counts_stale = False
        self.retranslate()
        self.status_read.emit()

    def set_sync_text(self, text: str) -> None:
        self.sync_text = text
        self.sync_line.setText(text)

    def sync_now(self) -> None:
        """ "Sync now": said at once, and the button waits for the cycle's answer (which
        can take minutes when the server does not answer)."""
        if self.sync_configured:
            self.sync_button.setEnabled(False)
            self.set_sync_text(self.tr("Syncing with the central server…"))
        self.sync_now_requested.emit()

    def set_sync_status(self, status: SyncStatus) -> None:
        """Show the sync state in plain words for advisers and IT."""
        self.sync_button.setEnabled(True)
        self.sync_status = status
        self.counts_stale = True
        self.set_sync_text(self.describe_sync(status))
        if self.isVisible():
            self.refresh()  # the set-aside count (and its button) may have changed

    def send_set_aside_again(self) -> None:
        """IT: move every set-aside record back to the outbox, then sync."""
        self.resend_button.setEnabled(False)
        port = StoreSyncPort(self.ctx.store)
        self.ctx.ops.run(
            port.requeue_dead_letters,
            success=self._requeued,
            failure=self._requeue_failed,
            name="requeue_dead_letters",
        )

    def _requeued(self, _count: object) -> None:
        self.resend_button.setEnabled(True)
        self.sync_now_requested.emit()
        self.refresh()

    def _requeue_failed(self, exc: BaseException) -> None:
        self.resend_button.setEnabled(True)
        self.store_line.show()
        self.store_line.setText(
            self.tr("The set-aside records could not be moved back: %1").replace(
                "%1", type(exc).__name__
            )
        )

    def describe_sync(self, status: SyncStatus) -> str:
        """The one sync status: the connection from ``status``, the counts from the store
        when it was read after ``status`` arrived (see :meth:`set_sync_status`)."""
        # The store's counts if read after this status arrived, else the status's own.
        counts = None if self.counts_stale else self.status
        pending = counts.pending if counts is not None else status.pending
        dead = counts.dead if counts is not None else status.dead_letters
        if pending:
            waiting = self.tr("%Ln record(s) wait to be sent", "", pending)
            oldest = counts.oldest_pending_minutes if counts is not None else None
            if oldest is not None:
                waiting += " " + self.tr("(the oldest for %Ln minute(s))", "", oldest)
        elif dead:
            waiting = self.tr("nothing waiting, but records are set aside for IT")
        else:
            waiting = self.tr("everything sent")
        if status.state is SyncState.NOT_ENROLLED:
            text = self.tr(
                "Not connected: this kiosk is not enrolled or its token was revoked. Ask IT to enrol it again (hubkiosk --enrol URL CODE)."
            )
        elif status.state is SyncState.UPDATE_REQUIRED:
            text = self.tr(
                "The central server needs a newer kiosk version. Ask IT to update this kiosk."
            )
        elif status.state is SyncState.NEVER:
            text = self.tr("Not synced yet; %1.").replace("%1", waiting)
        elif status.state is SyncState.OFFLINE:
            text = self.tr(
                "Working offline; %1. Nothing is lost: records are sent when the server can be reached."
            ).replace("%1", waiting)
        else:
            text = self.tr("Synced with the central server; %1.").replace("%1", waiting)
        if status.last_success is not None:
            when = local_time(status.last_success, self.ctx.language, with_date=False)
            text += " " + self.tr("Last success at %1.").replace("%1", when)
        if dead:
            text += " " + self.tr("%Ln record(s) set aside for IT (see the log).", "", dead)
            text += self.describe_set_aside(counts)
        text += self.describe_held(counts)
        if status.last_error and status.state in (SyncState.OFFLINE, SyncState.UPDATE_REQUIRED):
            text += "\n" + self.tr("Last error: %1").replace("%1", status.last_error)
        if status.config_error:
            text += "\n" + self.tr("Configuration: %1").replace("%1", status.config_error)
        return text

    def describe_local(self, counts: StoreStatus) -> str:
        """No central server: what the store keeps (nothing is sent anywhere)."""
        text = self.tr("This kiosk has no central server configured: it keeps everything locally.")
        if counts.pending:
            text += " " + self.tr("%Ln record(s) wait to be sent", "", counts.pending) + "."
        if counts.dead:
            text += " " + self.tr("%Ln record(s) set aside for IT (see the log).", "", counts.dead)
            text += self.describe_set_aside(counts)
        text += self.describe_held(counts)
        return text

    def describe_held(self, counts: StoreStatus | None) -> str:
        """Survey answers and feedback on the kiosk not yet waiting to be sent: they go once
        their hour has ended, so they cannot be linked to a visit (empty when none)."""
        held = counts.held if counts is not None else 0
        if not held:
            return ""
        return " " + self.tr(
            "%Ln survey answer(s) or feedback are held until the end of their hour, so they cannot be linked to a visit.",
            "",
            held,
        )

    def describe_set_aside(self, counts: StoreStatus | None) -> str:
        """When the set-aside records' personal details are cleared (``set_aside_days``
        after each was set aside), and how many already were; empty until counted."""
        set_aside = counts.set_aside if counts is not None else None
        if set_aside is None:
            return ""
        text = ""
        days = digits(str(self.ctx.settings.set_aside_days))
        if set_aside.cleared:
            text += " " + self.tr(
                "The personal details of %Ln of them were cleared after %1 days; the records are kept.",
                "",
                set_aside.cleared,
            ).replace("%1", days)
        if set_aside.next_cleared_at is not None:
            text += " " + self.tr(
                "Personal details in set-aside records (names, phone numbers, answers) are cleared %1 days after they were set aside, next on %2."
            ).replace("%1", days).replace(
                "%2", local_time(set_aside.next_cleared_at, self.ctx.language)
            )
        return text

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.ctx.ops.run(
            lambda: self.ctx.store.backup("manual"),
            success=self._backed_up,
            failure=self._backup_failed,
            name="backup",
        )

    def _backed_up(self, _path: object) -> None:
        self.backup_button.setEnabled(True)
        self.refresh()

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.backup_line.setText(self.tr("Backup failed: %1").replace("%1", str(exc)))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Adviser and IT"))
        self.device.setText(
            self.tr("Hub: %1 · Kiosk version %2")
            .replace("%1", self.ctx.text(self.ctx.hub.name))
            .replace("%2", digits(__version__))
        )
        self.backup_button.setText(self.tr("Back up now"))
        self.sync_button.setText(self.tr("Sync now"))
        self.resend_button.setText(self.tr("Send set-aside records again"))
        self.leave_button.setText(self.tr("Leave adviser mode"))
        self.queue_button.setText(self.tr("Queue and desks"))
        self.help_button.setText(self.tr("Help a resident"))
        self.today_button.setText(self.tr("Today at this hub"))
        status = self.status
        if self.sync_status is not None:
            self.sync_text = self.describe_sync(self.sync_status)
        elif self.sync_configured:
            self.sync_text = self.describe_sync(SyncStatus())  # no answer from the worker yet
        elif status is not None:
            self.sync_text = self.describe_local(status)
        self.sync_line.setText(self.sync_text)
        if status is None:
            self.store_line.show()
            self.store_line.setText(self.tr("Reading the local store…"))
            return
        self.store_line.clear()
        self.store_line.hide()
        self.resend_button.setVisible(bool(status.dead))
        if status.newest_backup:
            self.backup_line.setText(
                self.tr("%Ln backup(s) kept; the newest is from %1.", "", status.backups).replace(
                    "%1", local_time(status.newest_backup, self.ctx.language)
                )
            )
        else:
            self.backup_line.setText(self.tr("No backup yet."))
        self.notices.setVisible(bool(status.notices))
        self.notices.setText("\n".join(status.notices))
