"""``GET /queue?ticket=<id>``: a resident follows their place in the queue on their phone.

Every walk-in ticket carries a QR code of this page (the kiosk setting ``queue_status_url``
plus ``?ticket=<the ticket's id>``). The page is public: the id is a random UUID only the
ticket's holder has, and the page says nothing about anyone else (no names, no other
numbers), only the holder's number, service, hub, place and estimated wait.

It is worked out from the ingested ``ticket`` and ``queue_event`` records by the queue
rule book the kiosk uses too (:mod:`sync.protocol.queue_rules`): calling order, the replay
of events, desks open, service minutes and the wait. This module only reads the server's
records into those rules (ties in the order the records reached the server, as the kiosk
uses its insertion order), so the page and the ticket agree.

The page is only as fresh as the hub's last sync: it says when the hub's kiosks last
reached the server, and warns when that was more than a few minutes ago. Plain HTML with
inline CSS and no script (``templates/follow.html``), refreshed every 30 seconds unless
the resident follows its "Stop updating this page" link (``&refresh=off``: WCAG 2.2.1;
a link, not a script, so the Content-Security-Policy stays "nothing but the inline style");
``&format=json`` answers the same as JSON. In every kiosk language (English, Bengali,
Somali, Urdu right to left, Spanish and Polish; the words in
``resources/translations/queue_page``): the ticket's language unless ``?lang=`` says
otherwise.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from sync.protocol import hours
from sync.protocol import queue_rules as rules
from sync.protocol.content import Catalogue, HubList, LocalizedText, Service
from sync.protocol.waits import WaitEstimate
from sync.protocol.wire import ErrorBody
from sync.server import deps, pages
from sync.server.config import current_config
from sync.server.db import UNAVAILABLE
from sync.server.models import AppointmentRow, Device, HubRow, HubTicketWait, IngestedRecord

log = logging.getLogger(__name__)
R = IngestedRecord

#: The service's default minutes when the catalogue does not name it (``Service``'s own).
FALLBACK_MINUTES = int(Service.model_fields["default_service_minutes"].default)

#: Longer than this since the hub's kiosks reached the server and the page says so.
STALE_AFTER = dt.timedelta(minutes=5)
REFRESH_SECONDS = 30
#: A call this old is no longer the current one: the hub's calling display shows a call
#: this long (``hubkiosk.ui.display.CALL_SHOWN_FOR``), then the page says when it was.
CALL_SHOWN_FOR = dt.timedelta(minutes=10)

WAITING = rules.WAITING
CALLED = rules.CALLED
FINISHED = "finished"
EARLIER_DAY = "earlier_day"
NO_SHOW = rules.NO_SHOW

router = APIRouter(tags=["residents"])


# -- what the resident is told ---------------------------------------------------------


@dataclass(frozen=True)
class Follow:
    """One ticket as its holder sees it now. Nothing here is about anyone else."""

    ticket_id: uuid.UUID
    number: str
    #: waiting, called, finished or earlier_day.
    state: str
    #: served or no_show when finished, else None.
    finished_as: str | None
    day: dt.date
    today: dt.date
    hub_id: str
    hub_name: LocalizedText
    #: The queue the ticket is in now (a transfer changes it).
    service_id: str
    service_name: LocalizedText
    #: The resident's kiosk language.
    language: str
    wait: WaitEstimate | None
    desk: str | None
    #: When the ticket was last called (called only).
    called_at: dt.datetime | None
    #: A check-in for a booking: it is not told a place or a wait, as its ticket is not.
    appointment: bool
    #: The booking's start, where the server has the booking.
    appointment_at: dt.datetime | None
    #: When the hub closes today, for a waiting walk-in whose wait runs past it.
    closes_at: dt.datetime | None
    #: The hub has closed for the day and the ticket is still waiting: it was not called.
    closed: bool
    #: When calls start again, for a ticket waiting over a break (the hub's lunch hour).
    reopens_at: dt.datetime | None
    #: When one of the hub's kiosks last reached the server (None: never).
    updated_at: dt.datetime | None
    stale: bool
    generated_at: dt.datetime

    @property
    def position(self) -> int | None:
        return self.wait.position if self.wait is not None else None

    @property
    def call_is_current(self) -> bool:
        """Whether the call still stands as the hall's display shows it (not hours ago)."""
        return self.called_at is not None and self.generated_at - self.called_at < CALL_SHOWN_FOR

    def to_json(self, tz: ZoneInfo) -> dict[str, Any]:
        wait = self.wait
        return {
            "ticket": str(self.ticket_id),
            "number": self.number,
            "state": self.state,
            "finished_as": self.finished_as,
            "day": self.day.isoformat(),
            "hub": {"id": self.hub_id, "name": self.hub_name.root},
            "service": {"id": self.service_id, "name": self.service_name.root},
            "language": self.language,
            "position": self.position,
            "people_ahead": wait.people_ahead if wait else None,
            "wait": None
            if wait is None
            else {
                "low_minutes": wait.low,
                "high_minutes": wait.high,
                "desks_open": wait.desks_open,
                "minutes_per_person": wait.minutes_per_person,
                "from_history": wait.from_history,
            },
            "desk": self.desk,
            "called_at": self.called_at.astimezone(tz).isoformat() if self.called_at else None,
            "appointment": None
            if not self.appointment
            else {
                "at": self.appointment_at.astimezone(tz).isoformat()
                if self.appointment_at
                else None
            },
            "closes_at": self.closes_at.astimezone(tz).isoformat() if self.closes_at else None,
            "closed": self.closed,
            "reopens_at": self.reopens_at.astimezone(tz).isoformat() if self.reopens_at else None,
            "updated_at": self.updated_at.astimezone(tz).isoformat() if self.updated_at else None,
            "stale": self.stale,
            "generated_at": self.generated_at.astimezone(tz).isoformat(),
        }


def _moment(value: Any) -> dt.datetime:
    """An ISO time from a kiosk payload (naive means UTC, as at ingest); a ticket without a
    readable check-in time goes to the back of its queue."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return rules.UNKNOWN_CHECK_IN
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _at(epoch: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(epoch, dt.UTC)


def _event(ticket_id: uuid.UUID, kind: str, epoch: float, payload: dict[str, Any]) -> rules.Event:
    to_service = payload.get("to_service_id")
    return rules.Event(
        ticket_id,
        kind,
        _at(float(epoch)),
        desk=payload.get("desk"),
        to_service_id=str(to_service) if to_service else None,
    )


def _replay(session: Session, hub_id: str, day: dt.date) -> rules.Queue[rules.Place]:
    """The hub's queue of ``day`` from its ingested tickets and their events (ties in the
    order the records reached the server, as the kiosk uses its insertion order)."""
    result: rules.Queue[rules.Place] = rules.Queue()
    tickets = session.execute(
        select(R.id, R.seq, R.service_id, R.payload, HubTicketWait.appointment_at)
        .outerjoin(HubTicketWait, HubTicketWait.ticket_id == R.id)
        .where(R.kind == "ticket", R.hub_id == hub_id, R.day == day)
    ).all()
    for row in tickets:
        result.add(
            rules.Place(
                ticket_id=row.id,
                service_id=str(row.service_id),
                level=rules.level(
                    row.payload.get("priority"), bool(row.payload.get("appointment_id"))
                ),
                checked_in_at=_moment(row.payload.get("created_at")),
                order=row.seq,
                due=None if row.appointment_at is None else _at(row.appointment_at),
            )
        )
    if not result.entries:
        return result
    of_the_day = select(R.id).where(R.kind == "ticket", R.hub_id == hub_id, R.day == day)
    events = session.execute(
        select(R.ticket_id, R.event_kind, R.event_epoch, R.payload)
        # Only the hub's own events move its tickets (ingest refuses another hub's event
        # for a known ticket; this also covers one that arrived before its ticket).
        .where(R.kind == "queue_event", R.hub_id == hub_id, R.ticket_id.in_(of_the_day))
        .order_by(R.seq)
    ).all()
    for event in events:
        result.apply(_event(event.ticket_id, event.event_kind, event.event_epoch, event.payload))
    return result


def service_minutes(
    session: Session, hub_id: str, service_id: str, now: dt.datetime, tz: ZoneInfo
) -> list[float]:
    """Recent called-to-served minutes for ``service_id`` at the hub, oldest first, by the
    rule book's :func:`~sync.protocol.queue_rules.service_minutes`."""
    since = rules.history_since(now)
    owner = aliased(R)
    rows = session.execute(
        select(R.ticket_id, R.event_kind, R.event_epoch, R.payload, owner.service_id)
        .outerjoin(owner, (owner.id == R.ticket_id) & (owner.kind == "ticket"))
        .where(
            R.kind == "queue_event",
            R.hub_id == hub_id,
            R.event_kind.in_((rules.CALLED_EVENT, rules.TRANSFERRED, rules.SERVED_EVENT)),
            # The indexed day narrows the search; the epoch decides.
            R.day >= since.astimezone(tz).date(),
            R.event_epoch >= since.timestamp(),
        )
        .order_by(R.seq)
    ).all()
    owners = {row.ticket_id: str(row.service_id) for row in rows if row.service_id}
    events = (_event(row.ticket_id, row.event_kind, row.event_epoch, row.payload) for row in rows)
    return rules.service_minutes(events, owners, service_id)


@dataclass(frozen=True)
class _Content:
    hubs: HubList | None
    catalogue: Catalogue | None


def _content(session: Session) -> _Content:
    config = current_config(session)
    if config is None:
        return _Content(None, None)
    try:
        hubs = HubList.model_validate({"hubs": config.body.get("hubs", [])})
    except ValidationError:
        hubs = None
    try:
        catalogue = Catalogue.model_validate(config.body.get("catalogue", {}))
    except ValidationError:
        catalogue = None
    return _Content(hubs, catalogue)


@dataclass(frozen=True)
class _Booking:
    #: The booking's start (None: the server does not have the booking).
    at: dt.datetime | None


def _appointment(session: Session, hub_id: str, appointment_id: object) -> _Booking | None:
    """The booking a ticket was checked in for (None: a walk-in), with its start where the
    server has it at the ticket's hub."""
    if not appointment_id:
        return None
    try:
        booking_id = uuid.UUID(str(appointment_id))
    except ValueError:
        return _Booking(None)
    starts = session.scalar(
        select(AppointmentRow.starts_at).where(
            AppointmentRow.id == booking_id, AppointmentRow.hub_id == hub_id
        )
    )
    return _Booking(starts)


def follow_ticket(
    session: Session,
    ticket_id: uuid.UUID,
    *,
    now: dt.datetime,
    tz: ZoneInfo,
    demo_hours: bool = False,
) -> Follow | None:
    """What the holder of ``ticket_id`` is told now, or None when there is no such ticket.
    ``demo_hours``: the hubs' hours as ``hubkiosk --demo`` shows them (open all day)."""
    ticket = session.execute(
        select(R.hub_id, R.day, R.payload).where(R.kind == "ticket", R.id == ticket_id)
    ).first()
    if ticket is None or ticket.day is None:
        return None
    hub_id, day, payload = ticket.hub_id, ticket.day, ticket.payload
    today = now.astimezone(tz).date()
    content = _content(session)

    hub = content.hubs.by_id(hub_id) if content.hubs else None
    if hub is not None and demo_hours:
        hub = hours.demo_hours(hub)
    booked = _appointment(session, hub_id, payload.get("appointment_id"))
    state, finished_as, desk, wait = EARLIER_DAY, None, None, None
    called_at = closes_at = reopens_at = None
    closed = False
    service_id = str(payload.get("service_id") or "")
    if day >= today:
        queue = _replay(session, hub_id, day)
        entry = queue.entries[ticket_id]
        service_id = entry.service_id
        position = queue.position(ticket_id)
        if position is not None:
            state = WAITING
            service = content.catalogue.by_id(service_id) if content.catalogue else None
            wait = queue.wait(
                service_id,
                people_ahead=position - 1,
                now=now,
                minutes=service_minutes(session, hub_id, service_id, now, tz),
                default_minutes=service.default_service_minutes if service else FALLBACK_MINUTES,
            )
            if hub is not None and day == today:
                # As the kiosk's ticket screen says (hubkiosk.ui.screens.checkin_parts).
                closed = hours.closed_for_the_day(hub, now)
                # Over a break no one is called: the wait runs from when calls start again.
                reopens_at = hours.reopens_after_break(hub, now)
                closes = hours.closing_today(hub, now)
                start = reopens_at or now
                late = closes is not None and start + dt.timedelta(minutes=wait.high) > closes
                closes_at = closes if late and booked is None else None
        elif entry.status == CALLED:
            state, desk, called_at = CALLED, entry.desk, entry.called_at
        else:
            state, finished_as = FINISHED, entry.status

    if hub is not None:
        hub_name = hub.name
    else:
        known = session.scalar(select(HubRow.name).where(HubRow.id == hub_id))
        hub_name = LocalizedText({"en": known or hub_id})
    service = content.catalogue.by_id(service_id) if content.catalogue else None
    service_name = service.name if service else LocalizedText({"en": service_id or "-"})
    seen = session.scalar(
        select(func.max(Device.last_seen_at)).where(
            Device.hub_id == hub_id, Device.revoked_at.is_(None)
        )
    )
    return Follow(
        ticket_id=ticket_id,
        number=str(payload.get("number") or ""),
        state=state,
        finished_as=finished_as,
        day=day,
        today=today,
        hub_id=hub_id,
        hub_name=hub_name,
        service_id=service_id,
        service_name=service_name,
        language=str(payload.get("language") or "en"),
        wait=wait,
        desk=desk,
        called_at=called_at,
        appointment=booked is not None,
        appointment_at=booked.at if booked is not None else None,
        closes_at=closes_at,
        closed=closed,
        reopens_at=reopens_at,
        updated_at=seen,
        stale=seen is None or now - seen > STALE_AFTER,
        generated_at=now,
    )


# -- the page ----------------------------------------------------------------------------

#: The kiosk's languages (hubkiosk.core.i18n.CODES), English first.
LANGUAGES = ("en", "bn", "so", "ur", "es", "pl")


def pick_language(asked: str | None, fallback: str | None, accept: str | None = None) -> str:
    """``?lang=`` if it is one of ours, else the ticket's language, else the browser's."""
    for choice in (asked, fallback):
        if choice in LANGUAGES:
            return choice
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower().split("-")[0]
        if code in LANGUAGES:
            return code
    return "en"


#: ``?refresh=off``: the page as it is, without updating itself (its link says so).
STOPPED = "off"


def _page(
    template: str, language: str, ticket: str, *, live: bool, stopped: bool, **data: Any
) -> str:
    """The words are the language's catalogue (:class:`pages.Words`), the template
    (``templates/follow*.html``) says where they go. A ``live`` page updates itself every
    30 s unless the resident ``stopped`` it (WCAG 2.2.1: a link stops and restarts it, and
    every link of the page keeps their choice)."""
    return pages.render(
        template,
        lang=language,
        _=pages.Words(language),
        languages=[(code, pages.language_name(code)) for code in LANGUAGES],
        ticket_query=quote(ticket, safe=""),
        live=live,
        stopped=stopped,
        refresh=live and not stopped,
        refresh_seconds=REFRESH_SECONDS,
        **data,
    )


def render(view: Follow, language: str, tz: ZoneInfo, *, stopped: bool = False) -> str:
    """The page for ``view`` in ``language``: one h1 (the number), then what to do."""

    def local(moment: dt.datetime | None) -> dt.datetime | None:
        return moment.astimezone(tz) if moment is not None else None

    return _page(
        "follow.html",
        language,
        str(view.ticket_id),
        live=view.state in (WAITING, CALLED),
        stopped=stopped,
        view=view,
        seen_at=local(view.updated_at),
        called_at=local(view.called_at),
        appointment_at=local(view.appointment_at),
        closes_at=local(view.closes_at),
        reopens_at=local(view.reopens_at),
    )


def render_missing(
    language: str,
    ticket: str,
    *,
    trouble: bool = False,
    refresh: bool = True,
    stopped: bool = False,
) -> str:
    """The kind page for an unknown or mistyped ticket (or a server in ``trouble``); it
    looks again every 30 s unless the id cannot be a ticket's (or the resident stopped it)."""
    return _page(
        "follow_missing.html", language, ticket, live=refresh, stopped=stopped, trouble=trouble
    )


#: No caching (the page is live), no indexing, nothing but the inline style may load.
HEADERS = {
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
}


def _parse(ticket: str | None) -> uuid.UUID | None:
    if not ticket or len(ticket) > 64:
        return None
    try:
        return uuid.UUID(ticket.strip())
    except ValueError:
        return None


#: The page's address (a QR code on every walk-in ticket).
PATH = "/queue"


def unavailable(request: Request, headers: dict[str, str] | None = None) -> Response:
    """503: the page cannot be worked out now (the kind page in the resident's language,
    or a JSON error with ``format=json``); the page itself looks again in 30 s."""
    params = request.query_params
    headers = {**HEADERS, **(headers or {})}
    if params.get("format") == "json":
        body = ErrorBody(error="unavailable", message="Try again in a minute.")
        return JSONResponse(body.model_dump(mode="json"), 503, headers=headers)
    language = pick_language(params.get("lang"), None, request.headers.get("accept-language"))
    stopped = params.get("refresh") == STOPPED
    page = render_missing(language, params.get("ticket") or "", trouble=True, stopped=stopped)
    return HTMLResponse(page, 503, headers=headers)


@router.get(
    PATH,
    response_class=HTMLResponse,
    responses={200: {"content": {"application/json": {}}}},  # with format=json
)
def follow_queue(
    request: Request,
    ticket: str | None = None,
    lang: str | None = None,
    fmt: Annotated[str | None, Query(alias="format")] = None,
    refresh: str | None = None,
) -> Response:
    """A resident's place in the queue, from the QR code on their ticket (no token: the
    ticket's random id is the key). HTML for phones; ``format=json`` for machines."""
    as_json = fmt == "json"
    stopped = refresh == STOPPED
    accept = request.headers.get("accept-language")
    ticket_id = _parse(ticket)
    settings = deps.settings(request)
    tz = ZoneInfo(settings.timezone)
    view: Follow | None = None
    if ticket_id is not None:
        try:
            with deps.database(request).session() as session:
                now = deps.clock(request)()
                demo = settings.demo_hours
                view = follow_ticket(session, ticket_id, now=now, tz=tz, demo_hours=demo)
        except UNAVAILABLE:
            raise  # answered by the app, said in one line (sync.server.app)
        except Exception:
            log.exception("the follow-the-queue page failed")
            return unavailable(request)
    if view is None:
        if as_json:
            body = ErrorBody(error="ticket_not_found", message="No ticket has this id.")
            return JSONResponse(body.model_dump(mode="json"), 404, headers=HEADERS)
        page = render_missing(
            pick_language(lang, None, accept),
            ticket or "",
            refresh=ticket_id is not None,
            stopped=stopped,
        )
        return HTMLResponse(page, 404, headers=HEADERS)
    if as_json:
        return JSONResponse(view.to_json(tz), headers=HEADERS)
    page = render(view, pick_language(lang, view.language), tz, stopped=stopped)
    return HTMLResponse(page, headers=HEADERS)
