"""What every screen shares: settings, store, content, language, clock, navigation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from hubkiosk.core.content import Content
from hubkiosk.core.hours import demo_hours
from hubkiosk.core.i18n import pick
from hubkiosk.core.waits import LiveWaits
from hubkiosk.qt.ops import OpRunner, StoreOps
from hubkiosk.settings import KioskSettings
from hubkiosk.store.db import Store
from sync.protocol import Hub, LocalizedText
from sync.protocol.status import HubsStatus

if TYPE_CHECKING:
    from hubkiosk.core.appointments import AppointmentInfo
    from hubkiosk.ui.screens import ScreenId
    from sync.protocol.appointments import AppointmentLookup

LONDON = ZoneInfo("Europe/London")


def system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class KioskContext(QObject):
    """Shared state of one kiosk.

    Signals:
        language_changed(str): the resident chose another language.
        content_changed(): a new config snapshot (hubs, services, forms...) is in force.
        hub_waits_changed(): the central server reported every hub's queue again.
        navigate_requested(object, dict): a screen asked to show another screen.
        back_requested(): a screen asked to go back.
        home_requested(): a screen asked to start again.
    """

    language_changed = Signal(str)
    content_changed = Signal()
    hub_waits_changed = Signal()
    navigate_requested = Signal(object, dict)
    back_requested = Signal()
    home_requested = Signal()

    def __init__(
        self,
        settings: KioskSettings,
        store: Store,
        content: Content,
        ops: OpRunner,
        clock: Callable[[], dt.datetime] = system_now,
        demo: bool = False,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.store = store
        self.content = content
        self.ops = ops
        #: Store work for screens: a function of core or store, given a session off the
        #: GUI thread (screens never open one).
        self.store_ops = StoreOps(ops, store)
        self.clock = clock
        self.demo = demo
        self.language = settings.default_language
        #: In-memory data of the resident at the kiosk now; wiped on every reset.
        self.visit: dict[str, Any] = {}
        #: Asks the central server for bookings at any hub (blocking: call it off the GUI
        #: thread); None when the kiosk has no server. It answers None when it cannot say.
        self.appointment_lookup: (
            Callable[[AppointmentLookup], list[AppointmentInfo] | None] | None
        ) = None
        #: Other hubs' queues as the central server last reported them (None until then).
        self.hub_waits: LiveWaits | None = None

    # Time -------------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        """Aware UTC now, from the injectable clock."""
        return self.clock()

    def local_now(self) -> dt.datetime:
        return self.now().astimezone(LONDON)

    # Content ----------------------------------------------------------------------------
    @property
    def hub(self) -> Hub:
        hub = self.content.hub(self.settings.hub_id)
        # --demo: the demo hub is open whenever the kiosk runs (see hours.demo_hours).
        return demo_hours(hub) if self.demo else hub

    def text(self, value: LocalizedText | dict[str, str] | str) -> str:
        """Content text in the resident's language, falling back to English."""
        return pick(value, self.language)

    def set_content(self, content: Content) -> None:
        self.content = content
        self.content_changed.emit()

    def set_hub_waits(self, status: HubsStatus) -> None:
        """Keep the server's figures, stamped with this kiosk's clock (they age from now)."""
        self.hub_waits = LiveWaits(status, self.now())
        self.hub_waits_changed.emit()

    # Language ---------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        if code != self.language:
            self.language = code
            self.language_changed.emit(code)

    # Navigation -------------------------------------------------------------------------
    def go(self, screen: ScreenId, **params: Any) -> None:
        self.navigate_requested.emit(screen, params)

    def back(self) -> None:
        self.back_requested.emit()

    def home(self) -> None:
        self.home_requested.emit()
