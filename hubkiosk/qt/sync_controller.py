"""Connects the kiosk to its central server: enrolment, the sync worker, new content.

All network and store work runs on the sync worker's thread. When a cycle brings a new
config snapshot, the content it puts in force is built on that thread too, and handed to
the GUI thread through :attr:`SyncController.content_ready`.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from hubkiosk import __version__
from hubkiosk.core.content import Content, content_from_snapshot
from hubkiosk.qt.sync_worker import SyncWorker
from hubkiosk.settings import KioskSettings
from hubkiosk.store.db import Store
from hubkiosk.store.health import kiosk_health
from hubkiosk.store.models import utcnow
from hubkiosk.store.outbox import pending_by_hub
from hubkiosk.store.records import add_notice
from hubkiosk.store.sync_port import StoreSyncPort
from hubkiosk.store.token import DeviceCredentials, load_credentials, save_credentials
from sync.client.engine import EnrolmentError, SyncEngine, SyncState, SyncStatus, enrol
from sync.protocol.status import HubsStatus
from sync.protocol.wire import DeviceHealth, EnrolResponse

log = logging.getLogger(__name__)


def machine_name() -> str:
    """This machine's host name, as the kiosk's name on the central server: IT's fleet
    page and ``hubkiosk-server devices`` then say which machine a row is (every kiosk was
    "kiosk"). Printable characters only, 100 at most; "kiosk" when there is none."""
    import socket

    name = "".join(ch for ch in socket.gethostname() if ch.isprintable()).strip()
    return name[:100] or "kiosk"


def enrol_device(
    data_dir: Path,
    server_url: str,
    code: str,
    device_name: str | None = None,
    *,
    check: Callable[[EnrolResponse], None] | None = None,
) -> DeviceCredentials:
    """Exchange a one-time code for a device token and keep it beside the store (0600),
    the device named ``device_name`` (by default :func:`machine_name`). ``check`` sees the
    answer first, and may refuse it (raise) before the token is kept."""
    answer = enrol(server_url, code, device_name=device_name or machine_name())
    if check is not None:
        check(answer)
    credentials = DeviceCredentials(
        server_url=server_url,
        device_id=str(answer.device_id),
        hub_id=answer.hub_id,
        token=answer.token,
    )
    save_credentials(data_dir, credentials)
    return credentials


class StrandingRefused(RuntimeError):
    """An enrolment at another hub refused: records made at the old hub wait to be sent,
    and the server sets aside a record naming a hub other than its device's. ``spent``:
    refused after the server's answer (the code is used up)."""

    def __init__(self, message: str, *, spent: bool) -> None:
        super().__init__(message)
        self.spent = spent


def waiting_by_hub(store: Store) -> dict[str, int]:
    """The kiosk's records not yet sent, by the hub they were made at."""
    with store.session() as session:
        return pending_by_hub(session)


def refuse_stranding(waiting: dict[str, int], hub_id: str, device_id: object | None) -> None:
    """Raise :class:`StrandingRefused` when records of a hub other than ``hub_id`` wait to
    be sent; ``device_id``, the device the server just enrolled (None: the code unspent)."""
    stranded = {hub: count for hub, count in waiting.items() if hub != hub_id}
    if not stranded:
        return
    made = ", ".join(f"{count} records made at {hub}" for hub, count in sorted(stranded.items()))
    old = sorted(stranded)[0]
    advice = (
        f"{made} have not reached the central server, and a kiosk enrolled for {hub_id} "
        f"could not send them. Let it sync as a kiosk of {old} first (hub_id '{old}', its "
        f"old token or a code for {old}; the adviser screen shows nothing waiting), then "
        "enrol it"
    )
    if device_id is None:
        raise StrandingRefused(advice + " (this code is not spent)", spent=False)
    raise StrandingRefused(
        advice + f" with a new code. This code is spent: the server enrolled device "
        f"{device_id}, which this kiosk does not keep; revoke it with "
        f"hubkiosk-server revoke {device_id}",
        spent=True,
    )


def active_content(store: Store, hub_id: str, default: Content) -> tuple[Content, list[str]]:
    """The content of the active snapshot in the store, or ``default`` before the first."""
    port = StoreSyncPort(store, hub_id=hub_id)
    try:
        snapshot = port.active_snapshot()
    except ValueError as exc:  # a stored snapshot that no longer validates: keep the default
        return default, [
            f"the stored configuration is no longer valid ({exc}); using the shipped default"
        ]
    if snapshot is None:
        return default, []
    return content_from_snapshot(snapshot, default)


class SyncController(QObject):
    """Owns the sync engine and its worker for one kiosk.

    Signals:
        status_changed(object): a :class:`SyncStatus` after every cycle.
        content_ready(object): a new :class:`Content` from a newly applied snapshot.
        hub_waits_ready(object): every hub's queue (:class:`HubsStatus`), fetched after a
            good cycle at an appointment-only hub, whose kiosk sends walk-ins elsewhere.
    """

    status_changed = Signal(object)
    content_ready = Signal(object)
    hub_waits_ready = Signal(object)

    def __init__(
        self,
        settings: KioskSettings,
        store: Store,
        content: Content,
        *,
        server_url: str | None,
        token: str | None,
        token_hub: str | None = None,
        parent: QObject | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.store = store
        self.content = content
        # The kiosk's clock: what its records are stamped by decides when the anonymous
        # ones are due (the hour they are stamped with has ended).
        self.port = StoreSyncPort(
            store,
            hub_id=settings.hub_id,
            clock=clock,
            set_aside=dt.timedelta(days=settings.set_aside_days),
        )
        self.engine: SyncEngine | None = None
        self.started = time.monotonic()
        if server_url:
            self.engine = SyncEngine(
                base_url=server_url,
                token=token,
                port=self.port,
                kiosk_version=__version__,
                health=self.health,
            )
        #: The hub the saved token is of (None: no token file yet).
        self.token_hub = token_hub
        self._etag = self.port.active_config_etag()
        #: A code the server refused is not tried again; a 429 is waited out (monotonic).
        self._enrol_refused = False
        self._enrol_not_before = 0.0
        #: The last refusal to enrol at another hub said (log, notice), not said again.
        self._stranding_said: str | None = None
        #: Content built on the worker thread from a new snapshot, handed over in _finished.
        self._new_content: Content | None = None
        self._new_waits: HubsStatus | None = None
        self.worker = SyncWorker(self._cycle, settings.sync_interval_seconds, self)
        self.worker.status_changed.connect(self._finished)

    @classmethod
    def from_settings(
        cls,
        settings: KioskSettings,
        store: Store,
        content: Content,
        parent: QObject | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> SyncController:
        """Credentials saved by enrolment win; else the config file's server (enrolled on first sync)."""
        credentials = load_credentials(settings.data_dir)
        if credentials is not None:
            return cls(
                settings,
                store,
                content,
                server_url=credentials.server_url,
                token=credentials.token,
                token_hub=credentials.hub_id,
                parent=parent,
                clock=clock,
            )
        return cls(
            settings,
            store,
            content,
            server_url=settings.server_url,
            token=None,
            parent=parent,
            clock=clock,
        )

    def health(self) -> DeviceHealth:
        """Printer, disk, backups and the last error, for the heartbeat (worker thread)."""
        status = self.engine.status if self.engine is not None else None
        last_error = status.last_error or status.config_error if status is not None else None
        return kiosk_health(
            self.store,
            printer_spec=self.settings.printer,
            started=self.started,
            last_error=last_error,
        )

    @property
    def configured(self) -> bool:
        return self.engine is not None

    def start(self) -> None:
        if self.engine is not None:
            self.worker.start()

    @Slot()
    def sync_now(self) -> None:
        if self.engine is not None:
            self.worker.sync_now()

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.cancel()
        self.worker.stop()

    def _cycle(self) -> SyncStatus:
        """One cycle, on the worker thread: enrol if needed, sync, build new content."""
        engine = self.engine
        assert engine is not None
        if engine.token is None and self.settings.enrol_code and self._may_enrol():
            self._enrol(engine, self.settings.enrol_code)
        engine.held = self._hub_disagrees()
        if engine.held is not None:
            self._stranding(engine.held)
        status = engine.sync_once()
        etag = self.port.active_config_etag()
        if etag and etag != self._etag:
            self._etag = etag
            content, errors = active_content(self.store, self.settings.hub_id, self.content)
            for error in errors:
                log.error("config: %s", error)
            self._new_content = content
        if status.state is SyncState.OK and self.wants_hub_waits():
            self._new_waits = engine.fetch_hubs_status()
        return status

    def _enrol(self, engine: SyncEngine, code: str) -> None:
        """Enrol with the ``enrol_code`` setting, as ``hubkiosk --enrol`` does: not at
        another hub while records of the old one wait to be sent (the server would set
        them aside). Refused before the code is spent when ``hub_id`` names the new hub (it
        is tried again at each sync, and goes through once they are sent), after when only
        the code does (the token is not kept, and the code not tried again)."""
        waiting = waiting_by_hub(self.store)
        try:
            refuse_stranding(waiting, self.settings.hub_id, None)
            credentials = enrol_device(
                self.settings.data_dir,
                engine.base_url,
                code,
                check=lambda answer: refuse_stranding(waiting, answer.hub_id, answer.device_id),
            )
        except EnrolmentError as exc:
            self._enrolment_failed(exc)
            return
        except StrandingRefused as exc:
            self._enrol_refused = exc.spent
            again = "" if exc.spent else "; the kiosk uses it at its first sync after they are sent"
            self._stranding(f"enrol_code not used: {exc}{again}")
            return
        engine.token = credentials.token
        log.info("sync: enrolled as device %s of hub %s", credentials.device_id, credentials.hub_id)

    def _hub_disagrees(self) -> str | None:
        """Why nothing is sent when the saved token is of another hub than ``hub_id`` (IT
        set a new hub and kept the old token, which wins over ``enrol_code``): the server
        would set every record aside as made at another hub. None when they agree."""
        hub, token_hub = self.settings.hub_id, self.token_hub
        if token_hub is None or token_hub == hub:
            return None
        said = (
            f"nothing is sent: this kiosk's token is of {token_hub} and its hub_id is {hub}, "
            "so the central server would set its records aside; they are kept. "
        )
        old = waiting_by_hub(self.store).get(token_hub, 0)
        if not old:
            return said + (
                f"Enrol it at {hub} (hubkiosk --enrol URL CODE, with a code for {hub}), or set "
                f"hub_id back to {token_hub}"
            )
        # Records of the token's hub wait: an enrolment at the new hub would strand them.
        return said + (
            f"{old} records made at {token_hub} wait: set hub_id back to {token_hub} until "
            f"they are sent (the adviser screen shows nothing waiting; the records made for {hub} "
            f"are set aside then), then set hub_id to {hub}, enrol it there "
            f'(hubkiosk --enrol URL CODE, with a code for {hub}) and touch "Send set-aside '
            f'records again" on the adviser screen'
        )

    def _stranding(self, message: str) -> None:
        """Say why the kiosk does not enrol, in the log and on the adviser and IT screen
        (once: a refusal before the code is spent comes again at each sync)."""
        if message == self._stranding_said:
            return
        self._stranding_said = message
        log.error("sync: %s", message)
        assert self.engine is not None
        with self.store.session() as session:
            add_notice(session, kind="enrol_refused", message=message, at=self.engine.clock())

    def _may_enrol(self) -> bool:
        """Not with a code the server refused, nor before a 429's Retry-After: each try
        counts against the server's limit per address, which every kiosk behind the hub's
        router shares."""
        return not self._enrol_refused and time.monotonic() >= self._enrol_not_before

    def _enrolment_failed(self, exc: EnrolmentError) -> None:
        if exc.refused:
            self._enrol_refused = True
            log.error(
                "sync: enrolment failed: %s; this enrol_code is not tried again (set a new "
                "one and restart the kiosk, or run hubkiosk --enrol)",
                exc,
            )
        elif exc.status == 429:
            wait = exc.retry_after if exc.retry_after is not None else 3600.0
            self._enrol_not_before = time.monotonic() + wait
            log.error("sync: enrolment failed: %s; tried again in %d s", exc, round(wait))
        else:
            log.error("sync: enrolment failed: %s", exc)

    def wants_hub_waits(self) -> bool:
        """Only an appointment-only hub shows other hubs' queues (to walk-ins it redirects)."""
        hub = self.content.hubs.by_id(self.settings.hub_id)
        return hub is not None and hub.appointment_only

    @Slot(object)
    def _finished(self, status: SyncStatus) -> None:
        content, self._new_content = self._new_content, None
        if content is not None:
            self.content = content
            self.content_ready.emit(content)
        waits, self._new_waits = self._new_waits, None
        if waits is not None:
            self.hub_waits_ready.emit(waits)
        self.status_changed.emit(status)
