"""The queue: ticket numbers, priorities, positions, and what advisers do with tickets.

Numbers carry the service's prefix and restart every day, per service, at midnight
Europe/London: ``H-001``, ``H-002``... The day is taken from the injected clock, never from
the machine's, so tests (and a kiosk whose clock is set by NTP) agree. A clock stepped
across a day while the machine ran (a machine started with yesterday's date after a power
cut, then put right by the network's time) keeps the tickets given since the machine started
in today's queue, numbered on from (:func:`queue_day`, :mod:`hubkiosk.store.numbers`).

A ticket's state is never stored: it is worked out from its immutable :class:`QueueEvent`
records (checked in, called, recalled, no-show, transferred, served). Every ticket and
every event is written with :func:`hubkiosk.store.outbox.add_record`, so the central
server receives them.

Order in the queue: urgent (safety or homelessness) first, then residents checking in for
an appointment, then everyone else, each by the time they checked in. A transferred
ticket keeps its check-in time, so nobody goes to the back of a queue for being sent to
the right desk; the desk that sent it on calls it back only when no one else waits. Events
that share a clock reading are ordered by their insertion order in the local SQLite store
(its ``rowid``).

Those rules are not written here: they are the shared rule book
:mod:`sync.protocol.queue_rules`, which the central server's follow-the-queue page and hub
status obey too. This module reads the kiosk's store into them and writes what advisers do.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnClause

from hubkiosk.core import Refusal, waits
from hubkiosk.core.hours import LONDON as LONDON_TZ
from hubkiosk.core.hours import local
from hubkiosk.store.models import (
    CLOCK_BEHIND,
    CLOCK_SET,
    Appointment,
    CheckInTurnedAway,
    Outcome,
    Priority,
    QueueEvent,
    QueueEventKind,
    Ticket,
)
from hubkiosk.store.numbers import NUMBERS_KEY, Carry, ClockNews, NumberLedger
from hubkiosk.store.outbox import add_record, add_values
from hubkiosk.store.records import add_notice
from sync.protocol import Catalogue, Service, hub_figures
from sync.protocol import queue_rules as rules
from sync.words import counted

# The rules themselves (calling order, replay, desks open, service minutes) are the
# shared rule book's, so the central server's follow page tells residents the same.
WAITING = rules.WAITING
CALLED = rules.CALLED
SERVED = rules.SERVED
NO_SHOW = rules.NO_SHOW


class QueueRefusal(StrEnum):
    """Why :class:`QueueError` refused an adviser's action (the adviser's screen words each)."""

    NOT_TODAY = "not_in_todays_queue"
    DESK_BUSY = "desk_busy"
    RECALL_NOT_CALLED = "recall_not_called"
    NO_SHOW_NOT_CALLED = "no_show_not_called"
    TRANSFER_FINISHED = "transfer_finished"
    UNKNOWN_SERVICE = "unknown_service"
    SAME_QUEUE = "same_queue"
    SERVE_NOT_CALLED = "serve_not_called"
    REFERRAL_MISSING = "referral_missing"
    REFERRAL_DETAILS = "referral_details"


#: What a resident's contact details look like in a typed organisation's name: a phone
#: number (six digits or more, spaces and dashes between), an e-mail address, a UK postcode.
_CONTACT_DETAILS = (
    re.compile(r"\d(?:[\s().+-]*\d){5,}"),
    re.compile(r"\S@\S"),
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE),
)


def has_contact_details(text: str) -> bool:
    """Whether ``text`` (a referral's organisation, typed by an adviser) holds what looks
    like a resident's phone number, e-mail address or postcode. The organisation's name is
    kept for the managers' report as typed, for as long as the report's figures: a
    resident's details typed beside it ("Citizens Advice re ... 07700 900456") would be
    kept and shown with it."""
    return any(shape.search(text) for shape in _CONTACT_DETAILS)


class QueueError(Refusal):
    """An adviser action that does not fit the ticket's state (e.g. serve a waiting one)."""

    kind: QueueRefusal

    def __init__(self, kind: QueueRefusal, message: str) -> None:
        super().__init__(kind, message)


def format_number(prefix: str, sequence: int) -> str:
    """``H-023``: the service's letter and a three-digit number (more digits past 999)."""
    return f"{prefix}-{sequence:03d}"


#: What the sign on a desk says ("3" of "Desk 3"): the rule book's, which the
#: follow-the-queue page shares.
desk_number = rules.desk_number


def service_day(now: dt.datetime) -> dt.date:
    """The queue day of ``now``: the Europe/London date (numbers restart at midnight)."""
    return local(now).date()


def _ledger(session: Session) -> NumberLedger | None:
    ledger = session.info.get(NUMBERS_KEY)
    return ledger if isinstance(ledger, NumberLedger) else None


def queue_day(session: Session, now: dt.datetime) -> dt.date:
    """The queue day of ``now`` (:func:`service_day`), once the store's ledger has looked
    for a clock stepped to it from the last ticket's day (tickets then carried into it)."""
    day = service_day(now)
    ledger = _ledger(session)
    if ledger is not None:
        ledger.notice(day, now)
        for news in ledger.news():
            kind = CLOCK_BEHIND if news.carry is None else CLOCK_SET
            add_notice(session, kind=kind, message=clock_notice(session, news), at=now)
    return day


def _when(moment: dt.datetime) -> str:
    return local(moment).strftime("%H:%M on %a %d %b")


def clock_notice(session: Session, news: ClockNews) -> str:
    """The adviser screen's notice of what the ledger noticed of the clock."""
    carry = news.carry
    if carry is None:
        return (
            f"The kiosk's clock says {_when(news.shown)}, before its last ticket "
            f"({_when(news.last)}): the machine started with the wrong time (after a power "
            "cut, with its clock battery flat or the network's time not reached). Tickets, "
            "visits and bookings go by the clock's date: set the time or connect the machine "
            "to the network."
        )
    kept = session.scalar(
        select(func.count())
        .select_from(Ticket)
        .where(Ticket.day == carry.from_day, carry.after < _TICKET_ROWID)
    )
    return (
        f"The clock was set from {_when(news.last)} to {_when(news.shown)} while the kiosk ran "
        "(the machine had started with the wrong time): "
        f"{counted(int(kept or 0), 'ticket')} given since it started, under the date "
        f"{carry.from_day:%a %d %b}, stay in today's queue."
    )


def _carried(session: Session, day: dt.date) -> Carry | None:
    ledger = _ledger(session)
    return None if ledger is None else ledger.carried(day)


def of_day(session: Session, day: dt.date) -> ColumnElement[bool]:
    """The tickets of ``day``'s queue: the day's, and those carried into it."""
    carry = _carried(session, day)
    if carry is None:
        return Ticket.day == day
    return or_(Ticket.day == day, and_(Ticket.day == carry.from_day, carry.after < _TICKET_ROWID))


def next_sequence(
    session: Session, day: dt.date, service_id: str, now: dt.datetime | None = None
) -> int:
    """The next number of ``service_id`` on ``day``: one more than the store's highest
    (those carried into the day included), or than the last one given, where the store was
    restored from a backup since (:mod:`hubkiosk.store.numbers`); the number is recorded
    as given (at ``now``)."""
    query = select(func.max(Ticket.sequence)).where(
        of_day(session, day), Ticket.service_id == service_id
    )
    stored = int(session.scalar(query) or 0)
    ledger = _ledger(session)
    if ledger is None:
        return stored + 1
    sequence = max(stored, ledger.last(day, service_id)) + 1

    def last_stored() -> int:
        return int(session.scalar(select(func.max(_TICKET_ROWID)).select_from(Ticket)) or 0)

    ledger.given(day, service_id, sequence, now=now, last_stored=last_stored)
    return sequence


@dataclass(kw_only=True)
class QueueEntry(rules.Place):
    """One ticket of the day as the queue sees it now (a :class:`rules.Place` with what
    the kiosk shows and prints)."""

    number: str
    priority: Priority
    language: str
    interpreter_language: str | None
    appointment: bool
    #: The desk that last transferred the ticket to the queue it is in (None: never
    #: transferred): :func:`call_next` does not call it back there while others wait.
    transferred_from: str | None = None


@dataclass(frozen=True)
class CallRecord:
    """A call (or recall) of a ticket to a desk, for the calling display."""

    event_id: uuid.UUID
    ticket_id: uuid.UUID
    number: str
    desk: str
    service_id: str
    language: str
    interpreter_language: str | None
    at: dt.datetime
    recall: bool


@dataclass(kw_only=True)
class QueueDay(rules.Queue[QueueEntry]):
    """The day's tickets with their current state, and the day's calls, newest first."""

    day: dt.date
    calls: list[CallRecord] = field(default_factory=list)

    def apply(self, event: rules.Event, event_id: uuid.UUID | None = None) -> QueueEntry | None:
        """The rule book's step, and a call (or recall) remembered for the calling display."""
        entry = super().apply(event)
        if entry is not None and event.kind == rules.TRANSFERRED:
            entry.transferred_from = event.desk
        if (
            entry is not None
            and event_id is not None
            and event.kind
            in (
                rules.CALLED_EVENT,
                rules.RECALLED,
            )
        ):
            self.calls.append(
                CallRecord(
                    event_id=event_id,
                    ticket_id=entry.ticket_id,
                    number=entry.number,
                    desk=event.desk or "?",
                    service_id=entry.service_id,
                    language=entry.language,
                    interpreter_language=entry.interpreter_language,
                    at=event.at,
                    recall=event.kind == rules.RECALLED,
                )
            )
        return entry

    def waiting_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.entries.values():
            if entry.status == WAITING:
                counts[entry.service_id] = counts.get(entry.service_id, 0) + 1
        return counts

    def at_desks(self) -> dict[uuid.UUID, str]:
        """The desk of each ticket called and not yet finished (not served, not marked as
        did not come, not transferred since)."""
        return {
            entry.ticket_id: entry.desk
            for entry in self.entries.values()
            if entry.status == CALLED and entry.desk is not None
        }

    def at_desk(self, desk: str) -> QueueEntry | None:
        """The ticket called to ``desk`` and not yet finished."""
        for entry in self.entries.values():
            if entry.status == CALLED and entry.desk == desk:
                return entry
        return None


_ROWID: ColumnClause[int] = literal_column("queue_event.rowid", Integer)
_TICKET_ROWID: ColumnClause[int] = literal_column("ticket.rowid", Integer)


def load_day(session: Session, hub_id: str, day: dt.date) -> QueueDay:
    """The queue of ``day`` at ``hub_id``, worked out from tickets and their events."""
    result = QueueDay(day=day)
    # Plain columns, not ORM objects: this runs on every check-in and display poll.
    tickets = session.execute(
        select(
            Ticket.id,
            Ticket.number,
            Ticket.service_id,
            Ticket.priority,
            Ticket.created_at,
            _TICKET_ROWID,
            Ticket.language,
            Ticket.interpreter_language,
            Ticket.appointment_id,
            Appointment.starts_at,
        )
        .outerjoin(Appointment, Appointment.id == Ticket.appointment_id)
        .where(Ticket.hub_id == hub_id, of_day(session, day))
        .order_by(_TICKET_ROWID)  # as stored: a clock set back must not reorder them
    ).all()
    for row in tickets:
        appointment = row.appointment_id is not None
        result.add(
            QueueEntry(
                ticket_id=row.id,
                number=row.number,
                service_id=row.service_id,
                priority=row.priority,
                level=rules.level(row.priority, appointment),
                checked_in_at=row.created_at,
                order=int(row[5]),
                language=row.language,
                interpreter_language=row.interpreter_language,
                appointment=appointment,
                due=row.starts_at,
            )
        )
    if not result.entries:
        return result
    events = session.execute(
        select(
            QueueEvent.id,
            QueueEvent.ticket_id,
            QueueEvent.kind,
            QueueEvent.desk,
            QueueEvent.to_service_id,
            QueueEvent.at,
        )
        .join(Ticket, Ticket.id == QueueEvent.ticket_id)
        .where(
            Ticket.hub_id == hub_id,
            of_day(session, day),
            # A check-in moves no ticket on (the rule book's ``apply``: a new ticket is
            # waiting), so every ticket's first event is left unread: on a quiet day half
            # the rows this replays on every check-in and display poll (issue 16).
            QueueEvent.kind != QueueEventKind.CHECKED_IN,
        )
        .order_by(_ROWID)
    ).all()
    for event in events:
        result.apply(
            rules.Event(event.ticket_id, event.kind, event.at, event.desk, event.to_service_id),
            event.id,
        )
    result.calls.reverse()
    return result


#: Served tickets read at a time, newest first, until the rolling median has its window.
SERVED_BATCH = waits.WINDOW


def service_minutes(
    session: Session, hub_id: str, service_id: str, now: dt.datetime
) -> list[float]:
    """The recent service times (call to served, minutes) for ``service_id`` at this hub,
    oldest first: enough of the latest for :func:`waits.rolling_median` (its
    :data:`waits.WINDOW` plausible ones, with any implausible ones among them), never more
    than the rule book's :func:`rules.history_since` allows.

    The served events are read newest first through the ``(kind, at)`` index, in small
    batches, and only those tickets' events are replayed through
    :func:`rules.service_minutes`: a check-in reads about the same rows whether the store
    holds a week of history or years of it.
    """
    since = rules.history_since(now)
    low, high = waits.PLAUSIBLE_MINUTES
    transfer = aliased(QueueEvent)
    # A ticket counts for the queue it is in when served: issued for the service, or
    # transferred to it.
    transferred_here = (
        select(transfer.id)
        .where(
            transfer.ticket_id == QueueEvent.ticket_id,
            transfer.kind == QueueEventKind.TRANSFERRED,
            transfer.to_service_id == service_id,
        )
        .exists()
    )
    served = (
        select(QueueEvent.ticket_id)
        .join(Ticket, Ticket.id == QueueEvent.ticket_id)
        .where(
            QueueEvent.kind == QueueEventKind.SERVED,
            QueueEvent.at >= since,
            Ticket.hub_id == hub_id,
            or_(Ticket.service_id == service_id, transferred_here),
        )
        .order_by(QueueEvent.at.desc(), _ROWID.desc())
        .limit(SERVED_BATCH)
    )
    newest_first: list[list[float]] = []
    plausible = 0
    seen: set[uuid.UUID] = set()
    offset = 0
    while plausible < waits.WINDOW:
        found = list(session.scalars(served.offset(offset)))
        offset += len(found)
        tickets = [ticket for ticket in dict.fromkeys(found) if ticket not in seen]
        seen.update(tickets)
        if tickets:
            batch = _served_minutes(session, tickets, service_id, since)
            newest_first.append(batch)
            plausible += sum(1 for minutes in batch if low <= minutes <= high)
        if len(found) < SERVED_BATCH:
            break
    return [minutes for batch in reversed(newest_first) for minutes in batch]


def _served_minutes(
    session: Session, tickets: Sequence[uuid.UUID], service_id: str, since: dt.datetime
) -> list[float]:
    """The rule book's service minutes over just these tickets' events since ``since``."""
    rows = session.execute(
        select(
            QueueEvent.ticket_id,
            QueueEvent.kind,
            QueueEvent.at,
            QueueEvent.to_service_id,
            Ticket.service_id,
        )
        .join(Ticket, Ticket.id == QueueEvent.ticket_id)
        .where(QueueEvent.ticket_id.in_(tickets), QueueEvent.at >= since)
        .order_by(_ROWID)
    ).all()
    owners = {row.ticket_id: row.service_id for row in rows}
    events = (
        rules.Event(ticket_id, kind, at, to_service_id=to_service)
        for ticket_id, kind, at, to_service, _owner in rows
    )
    return rules.service_minutes(events, owners, service_id)


#: How long service times read for a confirmation's wait stand for its ticket: a resident
#: reading the screen for a while still gets them; one left open far longer does not.
SERVICE_TIMES_FRESH = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class ServiceTimes:
    """:func:`service_minutes` of a service at a hub, as read at ``read_at``.

    Read when the confirmation is shown (after its paint), for the wait it tells, and
    handed to :func:`issue_ticket` with the tap: "Get my ticket" then reads no history,
    only today's queue, so its cost does not depend on the store's past (issue 16,
    busy_ticket). Service times change only when an adviser serves or transfers a
    ticket, which nobody does at this kiosk while a resident is on the confirmation.
    """

    hub_id: str
    service_id: str
    minutes: tuple[float, ...]
    read_at: dt.datetime

    def stand_for(self, hub_id: str, service_id: str, now: dt.datetime) -> bool:
        """Whether these times may be used for ``service_id`` at ``hub_id`` at ``now``."""
        age = now - self.read_at
        return (
            self.hub_id == hub_id
            and self.service_id == service_id
            and dt.timedelta(0) <= age <= SERVICE_TIMES_FRESH
        )


def read_service_times(
    session: Session, hub_id: str, service_id: str, now: dt.datetime
) -> ServiceTimes:
    minutes = tuple(service_minutes(session, hub_id, service_id, now))
    return ServiceTimes(hub_id=hub_id, service_id=service_id, minutes=minutes, read_at=now)


def estimate_for(
    session: Session,
    day: QueueDay,
    *,
    hub_id: str,
    service: Service,
    people_ahead: int,
    now: dt.datetime,
    times: ServiceTimes | None = None,
) -> waits.WaitEstimate:
    """The wait for ``people_ahead`` in ``service``'s queue: from ``times`` when they
    stand for it now, else from the service times read afresh."""
    if times is None or not times.stand_for(hub_id, service.id, now):
        times = read_service_times(session, hub_id, service.id, now)
    return day.wait(
        service.id,
        people_ahead=people_ahead,
        now=now,
        minutes=list(times.minutes),
        default_minutes=service.default_service_minutes,
    )


@dataclass(frozen=True)
class IssuedTicket:
    """What the resident is shown and given (no personal data)."""

    id: uuid.UUID
    number: str
    hub_id: str
    service_id: str
    day: dt.date
    issued_at: dt.datetime
    priority: Priority
    language: str
    interpreter_language: str | None
    appointment_id: uuid.UUID | None
    wait: waits.WaitEstimate


def issue_ticket(
    session: Session,
    *,
    hub_id: str,
    service: Service,
    now: dt.datetime,
    priority: Priority = Priority.NONE,
    language: str = "en",
    interpreter_language: str | None = None,
    call_name: str | None = None,
    appointment_id: uuid.UUID | None = None,
    times: ServiceTimes | None = None,
) -> IssuedTicket:
    """Take the next number for ``service`` today and write the ticket and its check-in.

    ``call_name`` (the first name the resident gave, or None) is personal: it goes only
    into ``Ticket.call_name``, which is purged after sync, and is never logged.
    ``times``: the service times the confirmation read for its wait (see
    :class:`ServiceTimes`), used when they still stand, so the tap reads no history.
    """
    ticket = write_check_in(
        session,
        hub_id=hub_id,
        service=service,
        now=now,
        sequence=next_sequence(session, queue_day(session, now), service.id, now),
        priority=priority,
        language=language,
        interpreter_language=interpreter_language,
        call_name=call_name,
        appointment_id=appointment_id,
    )
    return ticket_view(session, ticket, service, now, times=times)


def write_check_in(
    session: Session,
    *,
    hub_id: str,
    service: Service,
    now: dt.datetime,
    sequence: int,
    priority: Priority = Priority.NONE,
    language: str = "en",
    interpreter_language: str | None = None,
    call_name: str | None = None,
    appointment_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """Write ticket number ``sequence`` of ``service`` today and its check-in event, each
    with its outbox item: the four rows a "Get my ticket" commits (timed against raw
    sqlite3 by the benchmarks' ``checkin_commit`` row). The ticket's row as written.

    Written as column values (:func:`~hubkiosk.store.outbox.add_values`), no ORM object:
    building and instrumenting two of them cost a check-in more than its INSERTs did.
    """
    ticket = add_values(
        session,
        Ticket,
        {
            "created_at": now,
            "hub_id": hub_id,
            "service_id": service.id,
            "number": format_number(service.prefix, sequence),
            "sequence": sequence,
            "day": service_day(now),
            "priority": priority,
            "language": language,
            "interpreter_language": interpreter_language,
            "appointment_id": appointment_id,
            "call_name": (call_name or "").strip()[:60] or None,
        },
    )
    add_values(
        session,
        QueueEvent,
        {
            "created_at": now,
            "ticket_id": ticket["id"],
            "kind": QueueEventKind.CHECKED_IN,
            "at": now,
        },
    )
    return ticket


#: The ticket's columns a resident is shown (with its place and wait).
SHOWN = (
    "id",
    "number",
    "hub_id",
    "service_id",
    "day",
    "created_at",
    "priority",
    "language",
    "interpreter_language",
    "appointment_id",
)


def ticket_view(
    session: Session,
    ticket: Ticket | Mapping[str, Any],
    service: Service,
    now: dt.datetime,
    *,
    times: ServiceTimes | None = None,
) -> IssuedTicket:
    """What the resident is shown about ``ticket`` (a stored one, or the row
    :func:`write_check_in` wrote) now: its place worked out afresh, its wait from
    ``times`` when they stand (:class:`ServiceTimes`), else afresh too."""
    row = ticket if isinstance(ticket, Mapping) else {name: getattr(ticket, name) for name in SHOWN}
    queue = load_day(session, row["hub_id"], row["day"])
    position = queue.position(row["id"]) or 1
    wait = estimate_for(
        session,
        queue,
        hub_id=row["hub_id"],
        service=service,
        people_ahead=position - 1,
        now=now,
        times=times,
    )
    return IssuedTicket(
        id=row["id"],
        number=row["number"],
        hub_id=row["hub_id"],
        service_id=row["service_id"],
        day=row["day"],
        issued_at=row["created_at"],
        priority=row["priority"],
        language=row["language"],
        interpreter_language=row["interpreter_language"],
        appointment_id=row["appointment_id"],
        wait=wait,
    )


@dataclass(frozen=True)
class Preview:
    """The wait a new walk-in would be told, and the service times it came from (for
    the ticket, if the resident takes one: :func:`issue_ticket`'s ``times``)."""

    estimate: waits.WaitEstimate
    times: ServiceTimes


def wait_preview(session: Session, *, hub_id: str, service: Service, now: dt.datetime) -> Preview:
    """The wait a new walk-in for ``service`` would be told (before taking a ticket)."""
    queue = load_day(session, hub_id, queue_day(session, now))
    ahead = len(queue.waiting(service.id))
    times = read_service_times(session, hub_id, service.id, now)
    estimate = estimate_for(
        session, queue, hub_id=hub_id, service=service, people_ahead=ahead, now=now, times=times
    )
    return Preview(estimate=estimate, times=times)


def preview(
    session: Session, *, hub_id: str, service: Service, now: dt.datetime
) -> waits.WaitEstimate:
    """The wait a new walk-in for ``service`` would be told (before taking a ticket)."""
    return wait_preview(session, hub_id=hub_id, service=service, now=now).estimate


# Adviser actions -------------------------------------------------------------------------


def _event(
    session: Session,
    entry: QueueEntry,
    kind: QueueEventKind,
    now: dt.datetime,
    **fields: object,
) -> QueueEvent:
    event = QueueEvent(created_at=now, ticket_id=entry.ticket_id, kind=kind, at=now, **fields)
    add_record(session, event)
    return event


def _entry(session: Session, hub_id: str, ticket_id: uuid.UUID, now: dt.datetime) -> QueueEntry:
    """The ticket in its day's queue: today's, or the day before's for a resident called
    before midnight and finished after it (a session run late; the --demo hub never
    closes)."""
    today = queue_day(session, now)
    day = session.scalar(select(Ticket.day).where(Ticket.id == ticket_id, Ticket.hub_id == hub_id))
    entry = None
    carry = _carried(session, today)
    if carry is not None and day == carry.from_day:
        entry = load_day(session, hub_id, today).entries.get(ticket_id)
    if entry is None and day in (today, today - dt.timedelta(days=1)):
        entry = load_day(session, hub_id, day).entries.get(ticket_id)
    if entry is None:
        raise QueueError(QueueRefusal.NOT_TODAY, "that ticket is not in today's queue")
    return entry


def call_next(
    session: Session,
    *,
    hub_id: str,
    desk: str,
    now: dt.datetime,
    service_ids: Iterable[str] | None = None,
    adviser_id: str | None = None,
) -> QueueEntry | None:
    """Call the first waiting ticket (of ``service_ids``, or any) to ``desk``; None if none.

    A ticket this desk transferred away waits for another desk: it is called back here
    only when no one else waits (a hub with one desk open still sees them). Its resident
    was sent on from this desk, and came back to the same adviser ahead of the next in line
    (a transfer keeps its check-in time)."""
    queue = load_day(session, hub_id, queue_day(session, now))
    if queue.at_desk(desk) is not None:
        raise QueueError(QueueRefusal.DESK_BUSY, "finish the ticket at this desk first")
    allowed = None if service_ids is None else set(service_ids)
    waiting = [e for e in queue.waiting() if allowed is None or e.service_id in allowed]
    if not waiting:
        return None
    entry = next((e for e in waiting if e.transferred_from != desk), waiting[0])
    _event(session, entry, QueueEventKind.CALLED, now, desk=desk, adviser_id=adviser_id)
    entry.status, entry.desk, entry.called_at = CALLED, desk, now
    return entry


def recall(
    session: Session,
    *,
    hub_id: str,
    ticket_id: uuid.UUID,
    desk: str,
    now: dt.datetime,
    adviser_id: str | None = None,
) -> QueueEntry:
    """Call the ticket at ``desk`` again; or one this desk marked "did not come", who came
    after all: called back to the desk (the rule book's recall, on the server too)."""
    entry = _entry(session, hub_id, ticket_id, now)
    if entry.status != CALLED and not (entry.status == NO_SHOW and entry.desk == desk):
        raise QueueError(QueueRefusal.RECALL_NOT_CALLED, "only a called ticket can be called again")
    _event(session, entry, QueueEventKind.RECALLED, now, desk=desk, adviser_id=adviser_id)
    entry.status, entry.desk, entry.called_at = CALLED, desk, now
    return entry


def no_show(
    session: Session,
    *,
    hub_id: str,
    ticket_id: uuid.UUID,
    desk: str,
    now: dt.datetime,
    adviser_id: str | None = None,
) -> QueueEntry:
    entry = _entry(session, hub_id, ticket_id, now)
    if entry.status != CALLED:
        raise QueueError(
            QueueRefusal.NO_SHOW_NOT_CALLED, "only a called ticket can be marked as not here"
        )
    _event(session, entry, QueueEventKind.NO_SHOW, now, desk=desk, adviser_id=adviser_id)
    entry.status = NO_SHOW
    return entry


def transfer(
    session: Session,
    *,
    hub_id: str,
    ticket_id: uuid.UUID,
    to_service_id: str,
    desk: str,
    now: dt.datetime,
    catalogue: Catalogue,
    adviser_id: str | None = None,
) -> QueueEntry:
    entry = _entry(session, hub_id, ticket_id, now)
    if entry.status not in (CALLED, WAITING):
        raise QueueError(QueueRefusal.TRANSFER_FINISHED, "a finished ticket cannot be transferred")
    if catalogue.by_id(to_service_id) is None:
        raise QueueError(
            QueueRefusal.UNKNOWN_SERVICE, f"no service '{to_service_id}' in the catalogue"
        )
    if to_service_id == entry.service_id:
        raise QueueError(QueueRefusal.SAME_QUEUE, "the ticket is already in that queue")
    _event(
        session,
        entry,
        QueueEventKind.TRANSFERRED,
        now,
        desk=desk,
        to_service_id=to_service_id,
        adviser_id=adviser_id,
    )
    entry.status, entry.service_id, entry.desk = WAITING, to_service_id, None
    entry.transferred_from = desk
    return entry


def serve(
    session: Session,
    *,
    hub_id: str,
    ticket_id: uuid.UUID,
    desk: str,
    outcome: Outcome,
    now: dt.datetime,
    referred_service_id: str | None = None,
    referred_to: str | None = None,
    adviser_id: str | None = None,
) -> QueueEntry:
    """Record that the resident was served, with the outcome; a referral says where: a
    catalogue service (``referred_service_id``) or another organisation (``referred_to``,
    its name), so the reports count referrals by destination."""
    entry = _entry(session, hub_id, ticket_id, now)
    if entry.status != CALLED:
        raise QueueError(
            QueueRefusal.SERVE_NOT_CALLED, "call the ticket before recording it as served"
        )
    service = referred_service_id or None
    organisation = None if service else (referred_to or "").strip() or None
    if outcome == Outcome.REFERRED and service is None and organisation is None:
        raise QueueError(
            QueueRefusal.REFERRAL_MISSING, "say which service the resident was referred to"
        )
    if organisation is not None and has_contact_details(organisation):
        raise QueueError(
            QueueRefusal.REFERRAL_DETAILS, "an organisation's name holds no contact details"
        )
    if outcome != Outcome.REFERRED:
        service = organisation = None
    _event(
        session,
        entry,
        QueueEventKind.SERVED,
        now,
        desk=desk,
        outcome=outcome,
        referred_service_id=service,
        referred_to=organisation,
        adviser_id=adviser_id,
    )
    entry.status = SERVED
    return entry


@dataclass(frozen=True)
class VisitFigures:
    """A ticket's service and wait as the hub's figures count them (``Today at this hub``,
    the managers' report), for the quick feedback about its visit."""

    #: The service the ticket was issued for: the one the report counts it under, whatever
    #: desk it was transferred to.
    service_id: str
    #: Whole minutes from check-in (or an early booking's time) to the FIRST call
    #: (:func:`sync.protocol.queue_rules.waited_minutes`); None until it is called.
    wait_minutes: int | None


def visit_figures(session: Session, *, hub_id: str, ticket_id: uuid.UUID) -> VisitFigures | None:
    """The ticket's :class:`VisitFigures` (None: no such ticket at this hub), read from its
    events as :func:`today_figures` reads them, so its feedback falls in the wait band and
    service the hub's figures count it in: a recall or a call after a transfer does not
    make the wait longer."""
    ticket = session.execute(
        select(Ticket.service_id, Appointment.starts_at)
        .outerjoin(Appointment, Appointment.id == Ticket.appointment_id)
        .where(Ticket.id == ticket_id, Ticket.hub_id == hub_id)
    ).one_or_none()
    if ticket is None:
        return None
    row = hub_figures.TicketRow(
        ticket_id,
        ticket.service_id,
        None if ticket.starts_at is None else ticket.starts_at.timestamp(),
    )
    events = [
        hub_figures.EventRow(ticket_id=ticket_id, kind=kind.value, at=at.timestamp())
        for kind, at in session.execute(
            select(QueueEvent.kind, QueueEvent.at).where(QueueEvent.ticket_id == ticket_id)
        )
    ]
    waited = hub_figures.ticket_waits([row], events).get(ticket_id)
    return VisitFigures(
        service_id=ticket.service_id, wait_minutes=None if waited is None else round(waited)
    )


def call_name(session: Session, ticket_id: uuid.UUID) -> str | None:
    """The first name the resident gave for ``ticket_id`` ("How can we call you?"), or None
    (none given, or purged after sync). Personal: read for the adviser at the desk who calls
    that ticket, never kept in the day's queue or shown anywhere else."""
    return session.scalar(select(Ticket.call_name).where(Ticket.id == ticket_id))


def adviser_desk(session: Session, *, hub_id: str, adviser_id: str, now: dt.datetime) -> str | None:
    """The desk of ``adviser_id``'s latest action today at ``hub_id`` (a call, a recall,
    a transfer, a service), or None: where they sit, after the kiosk restarted."""
    return session.scalar(
        select(QueueEvent.desk)
        .join(Ticket, Ticket.id == QueueEvent.ticket_id)
        .where(
            Ticket.hub_id == hub_id,
            of_day(session, queue_day(session, now)),
            QueueEvent.adviser_id == adviser_id,
            QueueEvent.desk.is_not(None),
        )
        .order_by(_ROWID.desc())
        .limit(1)
    )


def desk_users(session: Session, *, hub_id: str, now: dt.datetime) -> dict[str, str]:
    """Each desk's adviser today at ``hub_id``: the one of the latest action at it that a
    named adviser made (whose desk it is, to another who would choose it)."""
    rows = session.execute(
        select(QueueEvent.desk, QueueEvent.adviser_id)
        .join(Ticket, Ticket.id == QueueEvent.ticket_id)
        .where(
            Ticket.hub_id == hub_id,
            of_day(session, queue_day(session, now)),
            QueueEvent.desk.is_not(None),
            QueueEvent.adviser_id.is_not(None),
        )
        .order_by(_ROWID)
    )
    return {str(desk): str(adviser) for desk, adviser in rows}


def today(session: Session, hub_id: str, now: dt.datetime) -> QueueDay:
    return load_day(session, hub_id, queue_day(session, now))


def waiting_numbers(day: QueueDay, service_ids: Sequence[str]) -> dict[str, list[str]]:
    """Numbers waiting per service, in calling order."""
    return {sid: [e.number for e in day.waiting(sid)] for sid in service_ids}


def today_figures(session: Session, hub_id: str, now: dt.datetime) -> hub_figures.DayFigures:
    """ "Today at this hub" from this kiosk's store: visits, waiting now, waits, outcomes
    and referrals by destination, as :mod:`sync.protocol.hub_figures` defines them (the
    central server's report counts the same records the same way). A ticket for a booking
    waits from the appointment's time if the resident checked in earlier."""
    day = queue_day(session, now)
    tickets = [
        hub_figures.TicketRow(
            row.id, row.service_id, None if row.starts_at is None else row.starts_at.timestamp()
        )
        for row in session.execute(
            select(Ticket.id, Ticket.service_id, Appointment.starts_at)
            .outerjoin(Appointment, Appointment.id == Ticket.appointment_id)
            .where(Ticket.hub_id == hub_id, of_day(session, day))
        )
    ]
    events = [
        hub_figures.EventRow(
            ticket_id=row.ticket_id,
            kind=row.kind.value,
            at=row.at.timestamp(),
            outcome=None if row.outcome is None else row.outcome.value,
            referred_service_id=row.referred_service_id,
            referred_to=row.referred_to,
        )
        for row in session.execute(
            select(
                QueueEvent.ticket_id,
                QueueEvent.kind,
                QueueEvent.at,
                QueueEvent.outcome,
                QueueEvent.referred_service_id,
                QueueEvent.referred_to,
            )
            .join(Ticket, Ticket.id == QueueEvent.ticket_id)
            .where(Ticket.hub_id == hub_id, of_day(session, day))
            .order_by(_ROWID)
        )
    ]
    figures = hub_figures.figures(tickets, events)
    figures.turned_away = turned_away_on(session, hub_id, day)
    return figures


def turned_away_on(session: Session, hub_id: str, day: dt.date) -> int:
    """Residents turned away at appointment check-in at ``hub_id`` on the local ``day``
    (their records keep the hour only: London's days begin on the hour)."""
    start, end = (
        dt.datetime.combine(d, dt.time(), LONDON_TZ).astimezone(dt.UTC)
        for d in (day, day + dt.timedelta(days=1))
    )
    query = select(func.count()).where(
        CheckInTurnedAway.hub_id == hub_id,
        CheckInTurnedAway.created_at >= start,
        CheckInTurnedAway.created_at < end,
    )
    return int(session.scalar(query) or 0)
