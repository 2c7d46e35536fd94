"""What every screen shares: settings, store, content, language, clock, navigation, and
the kiosk's mode (a resident alone, an adviser signed in, or an adviser helping a
resident: issue 15's assisted mode)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from hubkiosk.core.i18n import pick
from hubkiosk.printing.hold import PrinterHold
from hubkiosk.quickstart import HomeView, StartSettings

if TYPE_CHECKING:
    import uuid
    from zoneinfo import ZoneInfo

    from sqlalchemy.orm import Session

    from hubkiosk.core.appointments import AppointmentInfo
    from hubkiosk.core.content import Content
    from hubkiosk.core.waits import LiveWaits
    from hubkiosk.printing.service import TicketPrinter
    from hubkiosk.qt.ops import OpRunner, StoreOps
    from hubkiosk.settings import KioskSettings
    from hubkiosk.store.db import Store
    from hubkiosk.ui.screens import ScreenId
    from sync.protocol import Hub, LocalizedText
    from sync.protocol.appointments import AppointmentLookup
    from sync.protocol.records import EndReason, SessionEvent, TurnedAwayReason, VisitEvent
    from sync.protocol.status import HubsStatus


@functools.cache
def london() -> ZoneInfo:
    """The kiosks' time zone, read when first needed: the home screen is painted without
    it (see :meth:`hubkiosk.quickstart.HomeView.survey_running_at`)."""
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/London")


def __getattr__(name: str) -> Any:
    # ``LONDON`` as before, built on first use (importing zoneinfo is a cost of a start).
    if name == "LONDON":
        return london()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The key in :attr:`KioskContext.visit` of an appointment check-in the resident was
#: turned away from: (its reason, the mode it was answered in).
VISIT_TURNED_AWAY = "turned_away"


def system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AdviserOnDuty:
    """The adviser signed in at this kiosk, and the resident visit they are helping with
    (``visit_id``, None while they are on their own screens). A plain class: this module
    is imported before the first paint, and a dataclass's generated code was a cost of
    every start (issue 16)."""

    def __init__(
        self,
        adviser_id: str,
        first_name: str,
        session_id: uuid.UUID,
        visit_id: uuid.UUID | None = None,
    ) -> None:
        self.adviser_id = adviser_id
        #: What the banner calls them ("Helping you: <first name>, ..."); never logged.
        self.first_name = first_name
        self.session_id = session_id
        self.visit_id = visit_id


class KioskContext(QObject):
    """Shared state of one kiosk.

    Signals:
        language_changed(str): the resident chose another language.
        content_changed(): a new config snapshot (hubs, services, forms...) is in force.
        hub_waits_changed(): the central server reported every hub's queue again.
        navigate_requested(object, dict): a screen asked to show another screen.
        back_requested(): a screen asked to go back.
        home_requested(): a screen asked to start again.
        mode_changed(): an adviser signed in or out, or began or ended helping a resident.
        ready(): the full settings, the store and the content are in place (:meth:`complete`).
    """

    language_changed = Signal(str)
    content_changed = Signal()
    hub_waits_changed = Signal()
    navigate_requested = Signal(object, dict)
    back_requested = Signal()
    home_requested = Signal()
    mode_changed = Signal()
    ready = Signal()

    #: The full settings, the store, the content and the background runner: set by
    #: :meth:`complete`, which a quick start calls after the home screen is painted (see
    #: :mod:`hubkiosk.quickstart`). Until then (``is_ready`` False) only ``start`` and
    #: ``home_view`` are known, and only the home screen is shown.
    settings: KioskSettings
    store: Store
    content: Content
    ops: OpRunner
    #: Store work for screens: a function of core or store, given a session off the
    #: GUI thread (screens never open one).
    store_ops: StoreOps

    def __init__(
        self,
        start: StartSettings,
        home: HomeView,
        clock: Callable[[], dt.datetime] = system_now,
        demo: bool = False,
    ) -> None:
        super().__init__()
        #: The settings the window needs from its first paint (the same values as
        #: ``settings`` once that is validated).
        self.start = start
        #: What the home screen shows of the content in force.
        self.home_view = home
        self.is_ready = False
        self.clock = clock
        self.demo = demo
        self.language = start.default_language
        #: In-memory data of the resident at the kiosk now; wiped on every reset.
        self.visit: dict[str, Any] = {}
        #: Asks the central server for bookings at any hub (blocking: call it off the GUI
        #: thread); None when the kiosk has no server. It answers None when it cannot say.
        self.appointment_lookup: (
            Callable[[AppointmentLookup], list[AppointmentInfo] | None] | None
        ) = None
        #: Other hubs' queues as the central server last reported them (None until then).
        self.hub_waits: LiveWaits | None = None
        #: The adviser signed in (None when none is): kept apart from ``visit``, which
        #: holds only the resident's data and is wiped on every reset.
        self.adviser: AdviserOnDuty | None = None
        #: The printer, once a page of it waited in vain: not tried for every resident.
        self.printer_hold = PrinterHold()

    def complete(
        self, settings: KioskSettings, store: Store, content: Content, ops: OpRunner
    ) -> None:
        """The rest of the kiosk is loaded: screens may use the store and the content now."""
        from hubkiosk.qt.ops import StoreOps

        self.settings = settings
        self.store = store
        self.ops = ops
        self.store_ops = StoreOps(ops, store)
        self.start = StartSettings.from_settings(settings)
        self.is_ready = True
        self.set_content(content)
        self.ready.emit()

    def ticket_printer(self) -> TicketPrinter:
        """The hub's printer for a ticket or a slip (made on the GUI thread, used off it)."""
        from hubkiosk.printing.service import TicketPrinter

        return TicketPrinter(self.settings.printer, self.store, self.now, held=self.printer_hold)

    # Adviser and assisted mode ----------------------------------------------------------
    @property
    def assisting(self) -> bool:
        """An adviser is helping a resident: every record made now says so."""
        return self.adviser is not None and self.adviser.visit_id is not None

    def sign_in_adviser(self, adviser_id: str) -> None:
        """The PIN matched: the adviser is on duty (a sign-in record goes to the server)."""
        import uuid

        from sync.protocol.records import EndReason, SessionEvent

        if self.adviser is not None:
            self.sign_out_adviser(EndReason.LEFT)
        names = {a.id: a.name for a in self.content.advisers}
        first = (names.get(adviser_id) or "").split()
        self.adviser = AdviserOnDuty(adviser_id, first[0] if first else "", uuid.uuid4())
        self._session_record(SessionEvent.SIGNED_IN, None)
        self._set_attribution()

    def sign_out_adviser(self, reason: EndReason) -> None:
        """The adviser leaves (or the kiosk signs them out after their idle time)."""
        from sync.protocol.records import SessionEvent

        if self.adviser is None:
            return
        if self.adviser.visit_id is not None:
            self.end_assisting(reason)
        self._session_record(SessionEvent.SIGNED_OUT, reason)
        self.adviser = None
        self._set_attribution()

    def start_assisting(self) -> None:
        """The adviser begins helping a resident: records say ``assisted`` from now."""
        import uuid

        from sync.protocol.records import VisitEvent

        if self.adviser is None or self.adviser.visit_id is not None:
            return
        self.adviser.visit_id = uuid.uuid4()
        self._visit_record(VisitEvent.STARTED, None)
        self._set_attribution()

    def end_assisting(self, reason: EndReason) -> None:
        """The adviser stops helping (finished, handed back, or idle): self-service again."""
        from sync.protocol.records import VisitEvent

        if self.adviser is None or self.adviser.visit_id is None:
            return
        self._visit_record(VisitEvent.ENDED, reason)
        self.adviser.visit_id = None
        self._set_attribution()

    def _set_attribution(self) -> None:
        from hubkiosk.store.outbox import SELF_SERVICE, Attribution

        adviser = self.adviser
        self.store_ops.attribution = (
            Attribution(adviser.adviser_id)
            if adviser is not None and adviser.visit_id is not None
            else SELF_SERVICE
        )
        self.mode_changed.emit()

    def _session_record(self, event: SessionEvent, reason: EndReason | None) -> None:
        from hubkiosk.store.records import add_adviser_session

        assert self.adviser is not None
        write = functools.partial(
            add_adviser_session,
            hub_id=self.settings.hub_id,
            adviser_id=self.adviser.adviser_id,
            session_id=self.adviser.session_id,
            event=event.value,
            reason=None if reason is None else reason.value,
            created_at=self.now(),
        )
        self.store_ops.run(write, name="adviser_session")

    def _visit_record(self, event: VisitEvent, reason: EndReason | None) -> None:
        from hubkiosk.store.records import add_assisted_visit

        assert self.adviser is not None and self.adviser.visit_id is not None
        write = functools.partial(
            add_assisted_visit,
            hub_id=self.settings.hub_id,
            adviser_id=self.adviser.adviser_id,
            visit_id=self.adviser.visit_id,
            event=event.value,
            reason=None if reason is None else reason.value,
            created_at=self.now(),
        )
        self.store_ops.run(write, name="assisted_visit")

    # The visit ---------------------------------------------------------------------------
    def turned_away(self, reason: TurnedAwayReason | None) -> None:
        """The appointment check-in's newest answer to this visit: why the resident cannot
        check in (``reason``), or None once they have. Kept with the mode it was given in
        (self-service, or an adviser helping), and written once, when the visit ends
        (:meth:`end_visit`): a reference mistyped, then found, is no record at all."""
        if reason is None:
            self.visit.pop(VISIT_TURNED_AWAY, None)
        else:
            self.visit[VISIT_TURNED_AWAY] = (reason, self.store_ops.attribution)

    def end_visit(self) -> None:
        """The resident has gone: write what their visit leaves to be counted (a check-in
        they were turned away from, see :meth:`turned_away`), then forget the visit."""
        turned = self.visit.get(VISIT_TURNED_AWAY)
        self.visit.clear()
        if turned is None:
            return
        from hubkiosk.store.outbox import ATTRIBUTION_KEY
        from hubkiosk.store.records import add_check_in_turned_away

        reason, attribution = turned
        hub_id, now = self.settings.hub_id, self.now()

        def write(session: Session) -> None:
            session.info[ATTRIBUTION_KEY] = attribution  # the mode they were answered in
            add_check_in_turned_away(session, hub_id=hub_id, reason=reason.value, created_at=now)

        self.store_ops.run(write, name="check_in_turned_away")

    # Time -------------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        """Aware UTC now, from the injectable clock."""
        return self.clock()

    def local_now(self) -> dt.datetime:
        return self.now().astimezone(london())

    # Content ----------------------------------------------------------------------------
    @property
    def hub(self) -> Hub:
        from hubkiosk.core.hours import demo_hours

        hub = self.content.hub(self.settings.hub_id)
        # --demo: the demo hub is open whenever the kiosk runs (see hours.demo_hours).
        return demo_hours(hub) if self.demo else hub

    def text(self, value: LocalizedText | Mapping[str, str] | str) -> str:
        """Content text in the resident's language, falling back to English."""
        return pick(value, self.language)

    def set_content(self, content: Content) -> None:
        self.content = content
        self.home_view = HomeView.from_content(content, self.start.hub_id)
        self.content_changed.emit()

    def set_hub_waits(self, status: HubsStatus) -> None:
        """Keep the server's figures, stamped with this kiosk's clock (they age from now)."""
        from hubkiosk.core.waits import LiveWaits

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
