"""Adviser entry: a PIN prompt, then the adviser and IT status screen."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QWidget

from hubkiosk import __version__
from hubkiosk.core.pin import verify_pin
from hubkiosk.store import backup as store_backup
from hubkiosk.store import outbox
from hubkiosk.store.models import OutboxItem, OutboxState, StoreEvent
from hubkiosk.ui.context import LONDON, KioskContext
from hubkiosk.ui.printer_check import PrinterCheck
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.screens.base import Screen
from hubkiosk.ui.widgets import BigButton, label
from sync.client.engine import SyncState, SyncStatus

MAX_TRIES = 5
LOCK_SECONDS = 60


def adviser_hashes(ctx: KioskContext) -> list[tuple[str, str]]:
    """(adviser id, PIN hash) of everyone who may sign in at this hub: the advisers the
    server sent, and the local IT PIN from the kiosk's settings."""
    hub = ctx.settings.hub_id
    pairs = [(a.id, a.pin_hash) for a in ctx.content.advisers if not a.hub_ids or hub in a.hub_ids]
    pairs.append(("local-it", ctx.settings.adviser_pin_hash))
    return pairs


def match_pin(pin: str, hashes: list[tuple[str, str]]) -> str | None:
    """Runs off the GUI thread (PBKDF2 is slow on purpose): whose PIN this is, if anyone's."""
    for adviser_id, encoded in hashes:
        if verify_pin(pin, encoded):
            return adviser_id
    return None


class AdviserPinScreen(Screen):
    """A number pad for the adviser PIN. Five wrong tries lock it for a minute."""

    ID = ScreenId.ADVISER_PIN

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label(role="title")
        self.hint = label(role="lead")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setMaximumWidth(420)
        self.message = label(role="error")
        self.body.addWidget(self.heading)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.pin, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.message)
        pad = QGridLayout()
        pad.setSpacing(12)
        self.keys: dict[str, BigButton] = {}
        for index, digit in enumerate("123456789"):
            button = BigButton(digit)
            button.clicked.connect(lambda _=False, d=digit: self.pin.insert(d))
            pad.addWidget(button, index // 3, index % 3)
            self.keys[digit] = button
        self.clear_key = BigButton()
        self.clear_key.clicked.connect(self.pin.clear)
        zero = BigButton("0")
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
        holder.setMaximumWidth(520)
        self.body.addWidget(holder, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        self._failures = 0
        self._locked_until = 0.0
        self.retranslate()

    def title(self) -> str:
        return self.tr("Adviser sign-in")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Adviser sign-in"))
        self.hint.setText(
            self.tr("This is for hub staff. Residents: touch Start again to go back.")
        )
        self.pin.setAccessibleName(self.tr("Adviser PIN"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.clear_key.setText(self.tr("Clear"))
        self.enter_key.setText(self.tr("Sign in"))

    def reset(self) -> None:
        self.pin.clear()
        self.message.clear()

    def submit(self) -> None:
        now = time.monotonic()
        if now < self._locked_until:
            seconds = int(self._locked_until - now) + 1
            self.message.setText(
                self.tr("Too many wrong PINs. Try again in %1 seconds.").replace("%1", str(seconds))
            )
            return
        entered = self.pin.text()
        self.pin.clear()
        if not entered:
            self.message.setText(self.tr("Type your PIN, then touch Sign in."))
            return
        self.enter_key.setEnabled(False)
        hashes = adviser_hashes(self.ctx)
        self.ctx.ops.run(
            lambda: match_pin(entered, hashes), success=self._checked, name="verify_pin"
        )

    def _checked(self, adviser_id: object) -> None:
        self.enter_key.setEnabled(True)
        if isinstance(adviser_id, str):
            self._failures = 0
            self.message.clear()
            self.ctx.visit["adviser"] = True
            self.ctx.visit["adviser_id"] = adviser_id
            self.ctx.go(ScreenId.ADVISER_HOME)
            return
        self._failures += 1
        if self._failures >= MAX_TRIES:
            self._failures = 0
            self._locked_until = time.monotonic() + LOCK_SECONDS
            self.message.setText(
                self.tr("Too many wrong PINs. Try again in %1 seconds.").replace(
                    "%1", str(LOCK_SECONDS)
                )
            )
        else:
            self.message.setText(self.tr("That PIN is not right. Try again."))


@dataclass
class StoreStatus:
    pending: int
    dead: int
    oldest_pending_minutes: int | None
    notices: list[str]
    backups: int
    newest_backup: str | None


def read_status(ctx: KioskContext) -> StoreStatus:
    """Runs off the GUI thread: counts from the store for the status screen."""
    store = ctx.store
    with store.session() as session:
        pending = outbox.pending_count(session)
        oldest = outbox.oldest_pending(session)
        dead = len(
            session.scalars(
                select(OutboxItem.seq).where(OutboxItem.state == OutboxState.DEAD)
            ).all()
        )
        notices = [
            e.message
            for e in session.scalars(select(StoreEvent).order_by(StoreEvent.id.desc()).limit(5))
        ]
    backups = store_backup.list_backups(store.backup_dir)
    age = None if oldest is None else int((ctx.now() - oldest).total_seconds() // 60)
    newest = (
        store_backup.backup_time(backups[-1]).strftime("%d %b %Y %H:%M UTC") if backups else None
    )
    return StoreStatus(pending, dead, age, notices, len(backups), newest)


class AdviserHomeScreen(Screen):
    """Adviser and IT status: store health, what waits to sync, backups.

    Signals:
        sync_now_requested(): the adviser asked for a sync now.
    """

    ID = ScreenId.ADVISER_HOME
    SHOW_BACK = False
    sync_now_requested = Signal()

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
        row = QHBoxLayout()
        self.backup_button = BigButton()
        self.backup_button.clicked.connect(self.backup_now)
        self.sync_button = BigButton()
        self.sync_button.clicked.connect(self.sync_now_requested)
        self.leave_button = BigButton(role="primary")
        self.leave_button.clicked.connect(self.ctx.home)
        self.queue_button = BigButton(role="primary")
        self.queue_button.clicked.connect(lambda: self.ctx.go(ScreenId.ADVISER_QUEUE))
        for button in (self.queue_button, self.backup_button, self.sync_button, self.leave_button):
            row.addWidget(button)
        self.body.addLayout(row)
        self.body.addWidget(PrinterCheck(ctx))  # IT: "Print a test ticket"
        self.body.addStretch(1)
        self.status: StoreStatus | None = None
        self.sync_text = self.tr(
            "This kiosk has no central server configured: it keeps everything locally."
        )
        self.sync_status: SyncStatus | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Adviser and IT")

    def enter(self, **params: Any) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ctx.ops.run(
            lambda: read_status(self.ctx), success=self._show_status, name="read_status"
        )

    def _show_status(self, status: object) -> None:
        assert isinstance(status, StoreStatus)
        self.status = status
        self.retranslate()

    def set_sync_text(self, text: str) -> None:
        self.sync_text = text
        self.sync_line.setText(text)

    def set_sync_status(self, status: SyncStatus) -> None:
        """Show the sync state in plain words for advisers and IT."""
        self.sync_status = status
        self.set_sync_text(self.describe_sync(status))

    def describe_sync(self, status: SyncStatus) -> str:
        waiting = (
            self.tr("%1 waiting to send").replace("%1", str(status.pending))
            if status.pending
            else self.tr("everything sent")
        )
        if status.state is SyncState.NOT_ENROLLED:
            text = self.tr(
                "Not connected: this kiosk is not enrolled or its token was revoked. Ask IT to enrol it again (hubkiosk --enrol URL CODE)."
            )
        elif status.state is SyncState.UPDATE_REQUIRED:
            text = self.tr(
                "The central server needs a newer kiosk version. Ask IT to update this kiosk."
            )
        elif status.state is SyncState.NEVER:
            text = self.tr("Not synced yet.")
        elif status.state is SyncState.OFFLINE:
            text = self.tr(
                "Working offline; %1. Nothing is lost: records are sent when the server can be reached."
            ).replace("%1", waiting)
        else:
            text = self.tr("Synced with the central server; %1.").replace("%1", waiting)
        if status.last_success is not None:
            when = status.last_success.astimezone(LONDON).strftime("%H:%M")
            text += " " + self.tr("Last success at %1.").replace("%1", when)
        if status.dead_letters:
            text += " " + self.tr("%1 records were set aside for IT.").replace(
                "%1", str(status.dead_letters)
            )
        if status.last_error and status.state in (SyncState.OFFLINE, SyncState.UPDATE_REQUIRED):
            text += "\n" + self.tr("Last error: %1").replace("%1", status.last_error)
        if status.config_error:
            text += "\n" + self.tr("Configuration: %1").replace("%1", status.config_error)
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
            .replace("%2", __version__)
        )
        self.backup_button.setText(self.tr("Back up now"))
        self.sync_button.setText(self.tr("Sync now"))
        self.leave_button.setText(self.tr("Leave adviser mode"))
        self.queue_button.setText(self.tr("Queue and desks"))
        if self.sync_status is not None:
            self.sync_text = self.describe_sync(self.sync_status)
        self.sync_line.setText(self.sync_text)
        status = self.status
        if status is None:
            self.store_line.setText(self.tr("Reading the local store…"))
            return
        waiting = self.tr("%1 records wait to be sent to the central server.").replace(
            "%1", str(status.pending)
        )
        if status.oldest_pending_minutes is not None:
            waiting += " " + self.tr("The oldest has waited %1 minutes.").replace(
                "%1", str(status.oldest_pending_minutes)
            )
        if status.dead:
            waiting += " " + self.tr("%1 records were set aside for IT (see the log).").replace(
                "%1", str(status.dead)
            )
        self.store_line.setText(waiting)
        if status.newest_backup:
            self.backup_line.setText(
                self.tr("%1 backups kept; the newest is from %2.")
                .replace("%1", str(status.backups))
                .replace("%2", status.newest_backup)
            )
        else:
            self.backup_line.setText(self.tr("No backup yet."))
        self.notices.setVisible(bool(status.notices))
        self.notices.setText("\n".join(status.notices))
