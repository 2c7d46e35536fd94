"""A hub's figures, defined once: the kiosk's "Today at this hub" and the managers' report.

The adviser at a kiosk and the manager reading the central server's ``/reports/hubs`` must
see the same numbers for the same records, so what each figure means lives here:

* a visit is a ticket (counted on the ticket's own day);
* the wait is the minutes from a ticket's first ``checked_in`` to its first ``called``
  event, or, for a resident who checked in early for an appointment, from the
  appointment's time (0 if called before it)
  (:func:`sync.protocol.queue_rules.waited_minutes`), summarised by the median and
  the 90th percentile with :func:`percentile` (the interpolation of SQL's
  ``percentile_cont``, which the server's report uses);
* resolved at first contact, referrals and follow-ups are ``served`` events by outcome;
  a referral's destination is :func:`destination` (a catalogue service id, or the other
  organisation's name, or :data:`UNSPECIFIED` for old records without either);
* rates are shares of visits (:func:`rate`), as the council's published baseline counts
  them (7,760 of 18,867 visits resolved at first contact).

The kiosk computes :class:`DayFigures` from its own store with :func:`figures`; the server
computes the same definitions in SQL and its tests compare the two.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from sync.protocol.queue_rules import (
    CALLED_EVENT,
    CHECKED_IN,
    LEAVING,
    SERVED_EVENT,
    TRANSFERRED,
    still_waiting,
    waited_minutes,
)

#: A referral with neither a service nor an organisation (records from before the choice).
UNSPECIFIED: Final = "unspecified"
#: Outcomes of a ``served`` event, as they travel.
RESOLVED_FIRST_CONTACT: Final = "resolved_first_contact"
REFERRED: Final = "referred"
FOLLOW_UP_BOOKED: Final = "follow_up_booked"


def destination(service_id: str | None, organisation: str | None) -> str:
    """Where a referral went: the catalogue service's id, else the other organisation's
    name (trimmed), else :data:`UNSPECIFIED`."""
    if service_id:
        return service_id
    name = (organisation or "").strip()
    return name or UNSPECIFIED


def percentile(values: Sequence[float], p: float) -> float | None:
    """The ``p`` percentile (0 to 1) of ``values`` as SQL's ``percentile_cont`` gives it:
    linear interpolation between the two values around position ``p * (n - 1)``."""
    if not values:
        return None
    ordered = sorted(values)
    position = p * (len(ordered) - 1)
    low = math.floor(position)
    if low + 1 >= len(ordered):
        return float(ordered[low])
    return float(ordered[low] + (ordered[low + 1] - ordered[low]) * (position - low))


def minutes(value: float | None) -> float | None:
    """A wait figure as shown and sent: minutes to one decimal."""
    return None if value is None else round(value, 1)


def rate(part: int, visits: int) -> float | None:
    """``part`` as a percentage of ``visits`` to one decimal; None with no visits."""
    return None if visits <= 0 else round(100.0 * part / visits, 1)


class Rates:
    """The rates of a set of figures, as shares of its visits (:func:`rate`): one definition
    for the kiosk's day, the server's report rows and totals, and the council's baseline."""

    visits: int
    resolved_first_contact: int
    referrals: int

    @property
    def first_contact_rate(self) -> float | None:
        """Resolved at first contact, as a percentage of visits."""
        return rate(self.resolved_first_contact, self.visits)

    @property
    def referral_rate(self) -> float | None:
        """Referrals, as a percentage of visits."""
        return rate(self.referrals, self.visits)

    def rates(self) -> dict[str, float | None]:
        """Both rates by the names reports send them under."""
        return {"first_contact_rate": self.first_contact_rate, "referral_rate": self.referral_rate}


@dataclass(frozen=True)
class TicketRow:
    """A ticket as the figures need it."""

    ticket_id: uuid.UUID
    service_id: str
    #: A booking's start (epoch seconds), when the ticket is for one: its wait counts from
    #: there if the resident checked in earlier.
    appointment_at: float | None = None


@dataclass(frozen=True)
class EventRow:
    """A queue event as the figures need it (``at`` as epoch seconds, in stored order)."""

    ticket_id: uuid.UUID
    kind: str
    at: float
    outcome: str | None = None
    referred_service_id: str | None = None
    referred_to: str | None = None


@dataclass
class DayFigures(Rates):
    """One hub's figures over its tickets (a day, for the kiosk)."""

    visits: int = 0
    waiting_now: int = 0
    waits_counted: int = 0
    wait_median_minutes: float | None = None
    wait_p90_minutes: float | None = None
    resolved_first_contact: int = 0
    referrals: int = 0
    follow_up_booked: int = 0
    referrals_by_destination: dict[str, int] = field(default_factory=dict)
    #: Residents turned away at appointment check-in (one a visit): beside the visits, not
    #: in them, as the managers' report counts them (they came, and made no ticket).
    turned_away: int = 0


def ticket_waits(
    tickets: Iterable[TicketRow], events: Iterable[EventRow]
) -> dict[uuid.UUID, float]:
    """Each called ticket's wait in minutes, as the figures count it: from its first
    check-in (an early arrival's from its appointment's time) to its first call
    (:func:`~sync.protocol.queue_rules.waited_minutes`)."""
    booked = {t.ticket_id: t.appointment_at for t in tickets}
    checked: dict[uuid.UUID, float] = {}
    called: dict[uuid.UUID, float] = {}
    for event in events:
        ticket = event.ticket_id
        if ticket not in booked:
            continue
        if event.kind == CHECKED_IN:
            checked[ticket] = min(event.at, checked.get(ticket, event.at))
        if event.kind == CALLED_EVENT:
            called[ticket] = min(event.at, called.get(ticket, event.at))
    return {
        ticket: w
        for ticket, at in booked.items()
        if (w := waited_minutes(checked.get(ticket), called.get(ticket), at)) is not None
    }


def figures(tickets: Iterable[TicketRow], events: Iterable[EventRow]) -> DayFigures:
    """The figures of ``tickets`` from their ``events`` (events of other tickets ignored)."""
    tickets, events = list(tickets), list(events)
    own = {t.ticket_id for t in tickets}
    last_left: dict[uuid.UUID, float] = {}
    last_transferred: dict[uuid.UUID, float] = {}
    outcomes: Counter[str] = Counter()
    destinations: Counter[str] = Counter()
    for event in events:
        ticket = event.ticket_id
        if ticket not in own:
            continue
        if event.kind in LEAVING:
            last_left[ticket] = max(event.at, last_left.get(ticket, event.at))
        if event.kind == TRANSFERRED:
            last_transferred[ticket] = max(event.at, last_transferred.get(ticket, event.at))
        if event.kind == SERVED_EVENT and event.outcome:
            outcomes[event.outcome] += 1
            if event.outcome == REFERRED:
                destinations[destination(event.referred_service_id, event.referred_to)] += 1
    waits = list(ticket_waits(tickets, events).values())
    return DayFigures(
        visits=len(own),
        waiting_now=sum(1 for t in own if still_waiting(last_left.get(t), last_transferred.get(t))),
        waits_counted=len(waits),
        wait_median_minutes=minutes(percentile(waits, 0.5)),
        wait_p90_minutes=minutes(percentile(waits, 0.9)),
        resolved_first_contact=outcomes[RESOLVED_FIRST_CONTACT],
        referrals=outcomes[REFERRED],
        follow_up_booked=outcomes[FOLLOW_UP_BOOKED],
        referrals_by_destination=dict(destinations),
    )


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week (the report's trend by week)."""
    return day - dt.timedelta(days=day.weekday())
