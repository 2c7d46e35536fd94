"""Pieces the check-in screens share: hub status panels, the QR code, times and waits,
the toggle button, and what a ticket leaves behind (the visit, the paper ticket)."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPaintEvent, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from hubkiosk.core import hours, queue
from hubkiosk.core.i18n import CODES, pick
from hubkiosk.core.waits import typical_wait
from hubkiosk.printing.qr import qr_image
from hubkiosk.printing.ticket import TicketPrint, queue_url
from hubkiosk.ui.context import KioskContext
from hubkiosk.ui.i18n import digits, number, translated_in
from hubkiosk.ui.screens import ScreenId
from hubkiosk.ui.widgets import BigButton, FlowRow, PageStack, WrapLabel, label, restyle
from sync.protocol import Hub

if TYPE_CHECKING:
    from hubkiosk.core.appointments import AppointmentInfo

#: How many drop-in hubs the appointment-only redirect lists.
NEAREST = 3


def locale_for(ctx: KioskContext) -> QLocale:
    return QLocale(ctx.language)


def fmt_time(ctx: KioskContext, moment: dt.datetime | dt.time) -> str:
    """A local time of day, e.g. ``10:45``, in the resident's language's digits."""
    value = moment if isinstance(moment, dt.time) else hours.local(moment).time()
    return locale_for(ctx).toString(QTime(value.hour, value.minute), "HH:mm")


def fmt_day(ctx: KioskContext, day: dt.date) -> str:
    """``Wednesday 25 November`` in the resident's language."""
    return locale_for(ctx).toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def wait_text(low: int, high: int) -> str:
    """The estimated wait in words, e.g. "about 10 to 20 minutes"."""
    if high <= 5:
        return QCoreApplication.translate("WaitText", "less than 5 minutes")
    return (
        QCoreApplication.translate("WaitText", "about %1 to %2 minutes")
        .replace("%1", number(low))
        .replace("%2", number(high))
    )


def position_text(position: int) -> str:
    if position <= 1:
        return QCoreApplication.translate("WaitText", "You are next in the queue.")
    return QCoreApplication.translate("WaitText", "You are number %1 in the queue.").replace(
        "%1", number(position)
    )


def opens_again_text(ctx: KioskContext, state: hours.OpenState) -> str:
    """ "Check-in opens again at 09:00 on Wednesday 25 November." (or today/tomorrow)."""
    if state.next_open is None:
        return QCoreApplication.translate(
            "HubStatus", "Please ask a member of staff when the hub opens again."
        )
    when = hours.local(state.next_open)
    today = ctx.local_now().date()
    time_text = fmt_time(ctx, when)
    if when.date() == today:
        return QCoreApplication.translate("HubStatus", "Check-in opens again today at %1.").replace(
            "%1", time_text
        )
    if when.date() == today + dt.timedelta(days=1):
        return QCoreApplication.translate(
            "HubStatus", "Check-in opens again tomorrow at %1."
        ).replace("%1", time_text)
    return (
        QCoreApplication.translate("HubStatus", "Check-in opens again at %1 on %2.")
        .replace("%1", time_text)
        .replace("%2", fmt_day(ctx, when.date()))
    )


def hours_today_text(ctx: KioskContext, hub: Hub, day: dt.date) -> str:
    periods = hours.describe_day(hub, day)
    if not periods:
        return QCoreApplication.translate("HubStatus", "Closed today")
    now = ctx.now()
    if hours.local(now).date() == day and hours.closed_for_the_day(hub, now):
        # Not "Open today 09:00-10:00" at 10:30: closed early (a closure), or it has shut.
        return QCoreApplication.translate("HubStatus", "Closed for the rest of today")
    spans = ", ".join(f"{fmt_time(ctx, a)}–{fmt_time(ctx, b)}" for a, b in periods)
    return QCoreApplication.translate("HubStatus", "Open today %1").replace("%1", spans)


@dataclass(frozen=True)
class Availability:
    """Can a resident check in here now, and if not, why."""

    state: hours.OpenState
    appointment_only: bool

    @property
    def walk_in(self) -> bool:
        return self.state.is_open and not self.appointment_only


def availability(ctx: KioskContext) -> Availability:
    return Availability(hours.state_at(ctx.hub, ctx.now()), ctx.hub.appointment_only)


def week_text(ctx: KioskContext, hub: Hub, first: dt.date, days: int = 7) -> str:
    """The hub's opening times day by day from ``first``, one line each."""
    lines = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        periods = hours.describe_day(hub, day)
        spans = (
            ", ".join(f"{fmt_time(ctx, a)}–{fmt_time(ctx, b)}" for a, b in periods)
            if periods
            else QCoreApplication.translate("HubStatus", "closed")
        )
        lines.append(f"{fmt_day(ctx, day)}: {spans}")
    return "\n".join(lines)


class ClosedPanel(QFrame):
    """ "Sorry, we are closed", why (a closure), when check-in opens again, and buttons
    for what a resident can do instead: see the week's opening times, or find a service
    (and do it online) now."""

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.heading = label(role="title")
        self.reason = label(role="lead")
        self.when = label(role="lead")
        for widget in (self.heading, self.reason, self.when):
            layout.addWidget(widget)
        # Side by side when they fit, one under the other when not (200 % text on a
        # portrait kiosk), never a word squeezed off a button.
        buttons = FlowRow(spacing=16)
        self.times_button = BigButton()
        self.times_button.setObjectName("SeeOpeningTimes")
        self.times_button.clicked.connect(self.show_times)
        self.finder_button = BigButton(role="primary")
        self.finder_button.clicked.connect(self._find_service)
        buttons.add(self.times_button)
        buttons.add(self.finder_button)
        buttons.row.addStretch(1)  # side by side, at the start of the row
        layout.addWidget(buttons)
        self.times = label(role="lead")
        self.times.setObjectName("OpeningTimes")
        self.times.setTextFormat(Qt.TextFormat.PlainText)
        self.times.hide()
        layout.addWidget(self.times)
        layout.addStretch(1)
        self.state: hours.OpenState | None = None

    def show_times(self) -> None:
        self.times.setText(week_text(self.ctx, self.ctx.hub, self.ctx.local_now().date()))
        self.times.show()

    def _find_service(self) -> None:
        self.ctx.go(ScreenId.FINDER)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        self.times.hide()
        super().hideEvent(event)

    def show_state(self, state: hours.OpenState) -> None:
        self.state = state
        self.retranslate()

    def retranslate(self) -> None:
        self.retranslate_buttons()
        state = self.state
        if state is None:
            return
        if state.closure is not None:
            # A closure of a few hours (training) ends today: "closed today" sent people home.
            opens_today = (
                state.next_open is not None
                and hours.local(state.next_open).date() == self.ctx.local_now().date()
            )
            self.heading.setText(
                self.tr("Sorry, the hub is closed now")
                if opens_today
                else self.tr("Sorry, the hub is closed today")
            )
            self.reason.setText(self.ctx.text(state.closure.reason))
        else:
            self.heading.setText(self.tr("Sorry, check-in is closed now"))
            # An appointment-only hub gives no walk-in ticket, open or not.
            self.reason.setText(
                self.tr("You can check in for your appointment while the hub is open.")
                if self.ctx.hub.appointment_only
                else self.tr("You can get a ticket while the hub is open.")
            )
        self.when.setText(opens_again_text(self.ctx, state))
        if self.times.isVisible():
            self.show_times()

    def retranslate_buttons(self) -> None:
        self.times_button.setText(self.tr("See opening times"))
        self.times_button.setAccessibleName(self.tr("See opening times"))
        self.finder_button.setText(self.tr("Find a service or do it online"))
        self.finder_button.setAccessibleName(self.tr("Find a service or do it online"))


class RedirectPanel(QFrame):
    """At an appointment-only hub: say so kindly and list the nearest drop-in hubs.

    Signals:
        appointment_requested(): the resident has an appointment after all.
    """

    appointment_requested = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        self.heading = label(role="title")
        self.explain = label(role="lead")
        self.appointment_button = BigButton(role="primary")
        self.appointment_button.clicked.connect(self.appointment_requested)
        layout.addWidget(self.heading)
        layout.addWidget(self.appointment_button)
        layout.addWidget(self.explain)
        self.hub_labels: list[QLabel] = []
        for _ in range(NEAREST):
            hub_label = WrapLabel()
            hub_label.setObjectName("DropInHub")
            hub_label.setTextFormat(Qt.TextFormat.PlainText)
            self.hub_labels.append(hub_label)
            layout.addWidget(hub_label)
        layout.addStretch(1)
        ctx.hub_waits_changed.connect(self._waits_changed)

    def _waits_changed(self) -> None:
        if self.isVisible():
            self.retranslate()

    def queue_text(self, hub: Hub) -> str | None:
        """ "People waiting there now: 4 · Waits there today: about 15 minutes", when the
        central server reported this hub lately and the hub is open now; else None."""
        live = self.ctx.hub_waits
        now = self.ctx.now()
        figures = live.for_hub(hub.id, now) if live is not None else None
        if figures is None or not hours.state_at(hub, now).is_open:
            return None
        if figures.waiting == 0:
            parts = [self.tr("No one is waiting there now")]
        else:
            parts = [self.tr("People waiting there now: %1").replace("%1", number(figures.waiting))]
        typical = typical_wait(figures)
        if typical is not None:
            parts.append(
                self.tr("Waits there today: about %1 minutes").replace("%1", number(typical))
            )
        return " · ".join(parts)

    def nearest(self) -> list[tuple[Hub, float]]:
        hubs = list(self.ctx.content.hubs.hubs)
        return hours.nearest_drop_in(hubs, self.ctx.hub, NEAREST, self.ctx.now())

    def retranslate(self) -> None:
        self.heading.setText(self.tr("This hub sees people by appointment only"))
        self.explain.setText(
            self.tr(
                "To see an adviser without an appointment, please visit one of these hubs "
                "near here. They see people who walk in."
            )
        )
        today = self.ctx.local_now().date()
        found = self.nearest()
        for index, hub_label in enumerate(self.hub_labels):
            if index >= len(found):
                hub_label.hide()
                continue
            hub, km = found[index]
            miles = km / 1.609
            distance = self.tr("%1 miles away").replace("%1", digits(f"{miles:.1f}"))
            lines = [
                self.ctx.text(hub.name),
                f"{hub.address}, {hub.postcode}",
                f"{hours_today_text(self.ctx, hub, today)} · {distance}",
            ]
            queue_line = self.queue_text(hub)
            if queue_line:
                lines.append(queue_line)
            hub_label.setText("\n".join(lines))
            hub_label.show()
        self.appointment_button.setText(self.tr("I have an appointment"))


class QrLabel(QLabel):
    """A QR code for a URL, drawn sharp; hidden when there is no URL.

    The code is drawn just after the label is first painted without it: a ticket's code
    (its modules, worked out in Python) takes 10 ms or more, and what must appear at once
    after "Get my ticket" is the resident's number (issue 16, tap_next). Until then the
    label keeps the code's room, blank, so nothing moves when the code appears.

    Signals:
        drawn(): the code of the current URL is on the label.
    """

    drawn = Signal()

    #: Modules across a ticket's code (its queue address), for the room kept at first.
    TYPICAL_MODULES = 41

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QrCode")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url: str | None = None
        self._module_px = 8
        self._side = 0
        self._pending = False
        self._scheduled = False

    def set_url(self, url: str | None, module_px: int = 8) -> None:
        self.url = url
        self._module_px = module_px
        self._pending = bool(url)
        if not url:
            self.clear()
            self.hide()
            return
        side = self._side or self.TYPICAL_MODULES * module_px
        blank = QPixmap(side, side)
        blank.fill(Qt.GlobalColor.white)
        self.setPixmap(blank)  # never the last resident's code, even for a moment
        self.show()

    @property
    def module_px(self) -> int:
        """Pixels a side of each module of the code."""
        return self._module_px

    @property
    def pending(self) -> bool:
        """The URL's code is still to be drawn."""
        return self._pending

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self._pending and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._draw)

    def _draw(self) -> None:
        self._scheduled = False
        if not self._pending or not self.url:
            return
        self._pending = False
        image = qr_image(self.url, self._module_px)
        self._side = image.width()
        self.setPixmap(QPixmap.fromImage(image))
        self.drawn.emit()


class CheckInStack(PageStack):
    """The screen's own content, or the closed / appointment-only panels in its place."""

    def __init__(self, ctx: KioskContext, content: QWidget) -> None:
        super().__init__()
        self.ctx = ctx
        self.content = content
        self.closed = ClosedPanel(ctx)
        self.redirect = RedirectPanel(ctx)
        for widget in (content, self.closed, self.redirect):
            self.addWidget(widget)

    def check(self) -> bool:
        """Show what fits the hub now; True when walk-in check-in is open."""
        avail = availability(self.ctx)
        if not avail.state.is_open:
            self.closed.show_state(avail.state)
            self.setCurrentWidget(self.closed)
        elif avail.appointment_only:
            self.redirect.retranslate()
            self.setCurrentWidget(self.redirect)
        else:
            self.setCurrentWidget(self.content)
        return avail.walk_in

    def retranslate(self) -> None:
        self.closed.retranslate()
        self.redirect.retranslate()


class ToggleButton(BigButton):
    """A big checkable button whose checked state shows (style: ``[checked="true"]``)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent=parent)
        self.setObjectName("Toggle")
        self.setCheckable(True)
        self.toggled.connect(lambda _on: restyle(self))


def remember_visit(ctx: KioskContext, ticket: queue.IssuedTicket) -> None:
    """What later screens (quick feedback) may link to, anonymously. No wait: the estimate
    is not one, and a ticket just taken has not been called (the wait the hub's figures
    count, which a feedback stores, is known once it is: see the adviser's hand-over)."""
    ctx.visit.setdefault("visit_token", secrets.token_hex(16))
    ctx.visit["service_id"] = ticket.service_id
    ctx.visit["ticket_number"] = ticket.number
    ctx.visit["ticket_id"] = str(ticket.id)


def appointment_words(
    ctx: KioskContext, service_id: str, starts_at: dt.datetime | None, language: str
) -> str | None:
    """The check-in's confirmation in ``language`` (the ticket's: the one its resident chose
    at check-in, whatever language the kiosk is in now), as the ticket screen says it: "You
    are checked in for your Housing appointment at 10:45. Please take a seat. An adviser will
    call your number." (the time in its digits). Without the booking's time, the service and
    "Please take a seat. ..." only. None when that language has no such words."""
    service = ctx.content.catalogue.by_id(service_id)
    name = pick(service.name, language) if service else service_id
    # The screen's own words (TicketIssuedScreen's tr), so the paper says what it says.
    seat = translated_in(
        language, "TicketIssuedScreen", "Please take a seat. An adviser will call your number."
    )
    if seat is None:
        return None
    if starts_at is None:
        return f"{name} · {seat}"
    checked_in = translated_in(
        language, "TicketIssuedScreen", "You are checked in for your %1 appointment at %2."
    )
    if checked_in is None:
        return None
    at = digits(hours.local(starts_at).strftime("%H:%M"), language)
    return f"{checked_in.replace('%1', name).replace('%2', at)} {seat}"


def closes_before_seen(
    ctx: KioskContext, moment: dt.datetime, wait_high: int
) -> dt.datetime | None:
    """When the hub closes today, if a wait from ``moment`` of up to ``wait_high`` minutes
    runs past it: the resident may not be seen today. None otherwise, or when the hub stays
    open past midnight. (The confirmation asks it of the wait now, the ticket of its own.)"""
    closes = hours.closing_today(ctx.hub, moment)
    if closes is None or moment + dt.timedelta(minutes=wait_high) <= closes:
        return None
    return closes


def closes_before_booking(
    ctx: KioskContext, moment: dt.datetime, starts_at: dt.datetime
) -> dt.datetime | None:
    """When the hub closes today, if that is at or before a booking's start (the hub closes
    early today: a closure the council published): its resident may not be seen."""
    closes = hours.closing_today(ctx.hub, moment)
    return closes if closes is not None and starts_at >= closes else None


def closing_words(ctx: KioskContext, closes: dt.datetime) -> str:
    """ "The hub closes at 17:00. You may not be seen today. Please ask a member of staff."
    in the resident's language and digits: the ticket screen's own words."""
    return QCoreApplication.translate(
        "TicketIssuedScreen",
        "The hub closes at %1. You may not be seen today. Please ask a member of staff.",
    ).replace("%1", fmt_time(ctx, closes))


def ticket_print(
    ctx: KioskContext, ticket: queue.IssuedTicket, appointment: AppointmentInfo | None = None
) -> TicketPrint:
    """What the paper ticket says; ``appointment``: the booking checked in for, when the
    ticket came from an appointment check-in (its time is printed). A ticket linked to a
    booking prints as an appointment even without it: never a place or a wait."""
    service = ctx.content.catalogue.by_id(ticket.service_id)
    hub = ctx.content.hub(ticket.hub_id)
    language = ticket.language if ticket.language in CODES else "en"
    local_name = None
    if service is not None and language != "en":
        local_name = service.name.get(language)
    booked = appointment is not None or ticket.appointment_id is not None
    starts_at = appointment.starts_at if appointment is not None else None
    if starts_at is not None:
        closes = closes_before_booking(ctx, ticket.issued_at, starts_at)
    elif booked:
        closes = None
    else:
        closes = closes_before_seen(ctx, ticket.issued_at, ticket.wait.high)
    return TicketPrint(
        hub_name=hub.name.get("en"),
        number=ticket.number,
        service_name=service.name.get("en") if service else ticket.service_id,
        issued_at=ticket.issued_at,
        position=ticket.wait.position,
        wait_low=ticket.wait.low,
        wait_high=ticket.wait.high,
        qr_url=queue_url(ctx.settings.queue_status_url, str(ticket.id), language),
        language=language,
        service_name_local=local_name,
        appointment=booked,
        appointment_at=starts_at,
        appointment_local=(
            appointment_words(ctx, ticket.service_id, starts_at, language)
            if booked and language != "en"
            else None
        ),
        closes_at=closes,
        closing_local=(
            closing_words(ctx, closes) if closes is not None and language != "en" else None
        ),
    )
