"""The queue's rules, written once: the kiosk and the central server both obey them.

The kiosk (:mod:`hubkiosk.core.queue`) numbers tickets and shows the queue; the central
server shows a resident their place on their phone (``sync.server.follow``) and every
hub's queue to the appointment-only hub (``sync.server.hub_status``). They must agree on
who is next and how long it will be, so the rules live here, pure and storage-free, and
each side only reads its own records into them:

* calling order (:func:`level`, :attr:`Place.rank`): urgent (safety or homelessness)
  first, then residents checking in for an appointment (by its time), then everyone else,
  each in the order the check-ins were stored (the kiosk's rows, the server's sequence), never by the
  kiosk's clock, which the network's time may set back during the day;
* a ticket's state from its events in the order they were stored (:meth:`Queue.apply`):
  called or recalled to a desk, not here (no-show), transferred (back to waiting, in the
  other service's queue, keeping its place from check-in, so nobody goes to the back for
  being sent to the right desk), served;
* desks open (:meth:`Queue.desks_open`): desks that called or served the service in the
  last :data:`DESK_OPEN_WINDOW`;
* service minutes (:func:`service_minutes`): called-to-served minutes per service over
  the last :data:`HISTORY_DAYS` days, a ticket counting for the queue it is in when served
  (a transfer restarts its clock);
* the wait (:meth:`Queue.wait`): :func:`sync.protocol.waits.estimate` over the above;
* today's waits for the hubs' status (:func:`still_waiting`, :func:`waited_minutes`,
  :func:`median_wait`): check-in (or, for a resident early for an appointment, its time)
  to first call.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Generic, TypeVar

from sync.protocol.waits import WaitEstimate, estimate

# Event kinds as they travel (``queue_event.kind``).
CHECKED_IN: Final = "checked_in"
CALLED_EVENT: Final = "called"
RECALLED: Final = "recalled"
NO_SHOW_EVENT: Final = "no_show"
TRANSFERRED: Final = "transferred"
SERVED_EVENT: Final = "served"

# A ticket's state, worked out from its events.
WAITING: Final = "waiting"
CALLED: Final = "called"
SERVED: Final = "served"
NO_SHOW: Final = "no_show"

#: Calling order by priority (the ticket's ``priority``): lower comes first.
PRIORITY_LEVEL: Final[Mapping[str, int]] = {
    "urgent": 0,
    "interpreter": 2,
    "accessibility": 2,
    "none": 2,
}
#: Residents checking in for an appointment come after urgent tickets, before the rest.
APPOINTMENT_LEVEL: Final = 1
#: A desk counts as open for a service if it called or served it this recently.
DESK_OPEN_WINDOW: Final = dt.timedelta(minutes=60)
#: How far back service times are read for the rolling median.
HISTORY_DAYS: Final = 14
#: A ticket whose check-in time cannot be read goes to the back of its queue.
UNKNOWN_CHECK_IN: Final = dt.datetime.max.replace(tzinfo=dt.UTC)

#: Events after which a ticket no longer waits; a transfer makes it wait again.
LEAVING: Final = (CALLED_EVENT, RECALLED, NO_SHOW_EVENT, SERVED_EVENT)


def level(priority: str | None, appointment: bool) -> int:
    """The ticket's place in the calling order (lower first); unknown priorities are none."""
    found = PRIORITY_LEVEL.get(str(priority or "none"), PRIORITY_LEVEL["none"])
    return min(found, APPOINTMENT_LEVEL) if appointment else found


def desk_number(desk: str) -> str:
    """What the sign on ``desk`` says ("Desk 3" is stored; "3" is what a sentence names,
    after the language's own word for a desk): its number, or its name when it has none."""
    found = re.search(r"\d+", desk)
    return found.group(0) if found else desk


def history_since(now: dt.datetime) -> dt.datetime:
    """The oldest event :func:`service_minutes` reads."""
    return now - dt.timedelta(days=HISTORY_DAYS)


@dataclass(frozen=True)
class Event:
    """One queue event as the rules need it (each side maps its own rows onto this)."""

    ticket_id: uuid.UUID
    kind: str
    at: dt.datetime
    desk: str | None = None
    to_service_id: str | None = None


@dataclass(kw_only=True)
class Place:
    """A ticket of the day in the queue: where it is now and where it stands."""

    ticket_id: uuid.UUID
    #: The queue it is in now (changes when transferred).
    service_id: str
    #: From :func:`level`.
    level: int
    #: For the waits only: a kiosk's clock set back during the day would put a later
    #: check-in first.
    checked_in_at: dt.datetime
    #: The calling order within a level: the order the ticket was stored in (kiosk rowid,
    #: server sequence).
    order: int
    status: str = WAITING
    desk: str | None = None
    called_at: dt.datetime | None = None
    #: For a resident checked in for an appointment: its start. Bookings are called by
    #: it (one due now before one early for a later time), then in stored order.
    due: dt.datetime | None = None

    @property
    def rank(self) -> tuple[int, float, int]:
        if self.level != APPOINTMENT_LEVEL:
            return (self.level, 0.0, self.order)
        due = self.due.timestamp() if self.due is not None else math.inf
        return (self.level, due, self.order)


P = TypeVar("P", bound=Place)


@dataclass(kw_only=True)
class Queue(Generic[P]):
    """A hub's tickets of one day, moved on by their events in order."""

    entries: dict[uuid.UUID, P] = field(default_factory=dict)
    #: (when, desk, service_id) of every call and service, for "desks open".
    desk_activity: list[tuple[dt.datetime, str, str]] = field(default_factory=list)

    def add(self, place: P) -> None:
        self.entries[place.ticket_id] = place

    def apply(self, event: Event) -> P | None:
        """Move the event's ticket on by one event; None (ignored) for an unknown ticket."""
        entry = self.entries.get(event.ticket_id)
        if entry is None:
            return None
        kind = event.kind
        if kind in (CALLED_EVENT, RECALLED):
            entry.status = CALLED
            entry.desk = event.desk
            entry.called_at = event.at
            self.desk_activity.append((event.at, event.desk or "?", entry.service_id))
        elif kind == NO_SHOW_EVENT:
            entry.status = NO_SHOW
        elif kind == TRANSFERRED:
            entry.status = WAITING
            entry.desk = None
            if event.to_service_id:
                entry.service_id = event.to_service_id
        elif kind == SERVED_EVENT:
            entry.status = SERVED
            if event.desk:
                self.desk_activity.append((event.at, event.desk, entry.service_id))
        # A check-in changes nothing: a new ticket is waiting.
        return entry

    def waiting(self, service_id: str | None = None) -> list[P]:
        """Waiting tickets in calling order (for one service, or all)."""
        found = [
            e
            for e in self.entries.values()
            if e.status == WAITING and (service_id is None or e.service_id == service_id)
        ]
        return sorted(found, key=lambda e: e.rank)

    def position(self, ticket_id: uuid.UUID) -> int | None:
        """1-based place among the tickets waiting for the same service, or None."""
        entry = self.entries.get(ticket_id)
        if entry is None or entry.status != WAITING:
            return None
        order = self.waiting(entry.service_id)
        return next(i for i, e in enumerate(order, start=1) if e.ticket_id == ticket_id)

    def desks_open(self, service_id: str, now: dt.datetime) -> int:
        since = now - DESK_OPEN_WINDOW
        return len(
            {desk for at, desk, sid in self.desk_activity if sid == service_id and at >= since}
        )

    def wait(
        self,
        service_id: str,
        *,
        people_ahead: int,
        now: dt.datetime,
        minutes: Sequence[float],
        default_minutes: float,
    ) -> WaitEstimate:
        """The wait for someone with ``people_ahead`` before them in ``service_id``'s queue,
        given that service's recent :func:`service_minutes` at the hub."""
        return estimate(people_ahead, self.desks_open(service_id, now), minutes, default_minutes)


def service_minutes(
    events: Iterable[Event], owners: Mapping[uuid.UUID, str], service_id: str
) -> list[float]:
    """Called-to-served minutes for ``service_id``, oldest first.

    ``events`` are the hub's events since :func:`history_since` in order; ``owners`` is
    the service each ticket was issued for. A ticket counts for the service it is in when
    served; a transfer restarts its clock; a recall does not.
    """
    current: dict[uuid.UUID, str] = {}
    called: dict[uuid.UUID, dt.datetime] = {}
    finished: list[tuple[dt.datetime, float]] = []
    for event in events:
        ticket = event.ticket_id
        service = current.setdefault(ticket, owners.get(ticket, ""))
        if event.kind == TRANSFERRED and event.to_service_id:
            current[ticket] = event.to_service_id
            called.pop(ticket, None)
        elif event.kind == CALLED_EVENT:
            called.setdefault(ticket, event.at)
        elif event.kind == SERVED_EVENT and ticket in called:
            started = called.pop(ticket)
            if service == service_id:
                finished.append((event.at, (event.at - started).total_seconds() / 60))
    finished.sort(key=lambda pair: pair[0])
    return [minutes for _, minutes in finished]


# Today's figures for every hub (``GET /v1/hubs/status``) -------------------------------


def still_waiting(last_left: float | None, last_transferred: float | None) -> bool:
    """A ticket waits until it is called, not found or served (its last such event,
    ``last_left``), and waits again after a transfer at or after that."""
    return last_left is None or (last_transferred is not None and last_transferred >= last_left)


def waited_minutes(
    checked_in: float | None, first_called: float | None, appointment_at: float | None = None
) -> float | None:
    """Minutes (from epoch seconds) a resident waited to be called: from check-in to first
    call, or, for a booking checked in before its time (``appointment_at``), from that
    time (0 when called before it: the council's standard is the wait past the time the
    resident was given). None if not called, or called before checking in (a wrong clock)."""
    if checked_in is None or first_called is None or first_called < checked_in:
        return None
    since = checked_in if appointment_at is None else max(checked_in, appointment_at)
    return max(0.0, first_called - since) / 60.0


def median_wait(minutes: Sequence[float]) -> float | None:
    """Today's typical wait: the median, to one decimal; None when nobody was called."""
    return round(statistics.median(minutes), 1) if minutes else None
