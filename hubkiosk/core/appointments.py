"""Appointment check-in: find a booking and say whether the resident can check in now.

A resident identifies the booking by its reference (``HK-4821``; case, spaces and dashes
do not matter) or by phone number plus the first letters of their surname. On the kiosk,
which holds only its own hub's bookings, the reference forgives common typing slips: the
letters may be left off ("4821"), and O for 0 or I/L for 1 are read as the digits. A
forgiving match that fits two bookings is ``ambiguous``: the resident is asked for more. The match is
made against the ``appointment`` table, which config snapshots fill with the hub's
appointments (and :func:`load_demo_appointments` fills for ``--demo``).

Outcomes: ``ok`` (check in now), ``checked_in`` (the booking already has today's ticket:
the resident is shown it again, whatever the time), ``early`` (more than
:data:`EARLY_MINUTES` before the time), ``late`` (more than :data:`LATE_MINUTES` after
it), ``wrong_day``, ``wrong_hub``, ``ambiguous`` and ``unknown``. Nothing here logs or returns the reference, surname or phone.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubkiosk.core import queue
from hubkiosk.core.hours import LONDON, local
from hubkiosk.resources import resource
from hubkiosk.store.db import Store
from hubkiosk.store.models import Appointment, Priority, Ticket
from sync.protocol import Catalogue

# The rules for what identifies a booking are shared with the central server's lookup.
from sync.protocol.appointments import MIN_SURNAME_LETTERS as MIN_SURNAME_LETTERS
from sync.protocol.appointments import (
    AppointmentFound,
    demo_bookings,
    normalise_reference,
    phone_matches,
    phone_proof,
    reference_matches,
)
from sync.protocol.appointments import normalise_letters as normalise_letters
from sync.protocol.appointments import normalise_phone as normalise_phone
from sync.protocol.records import TurnedAwayReason

#: Check-in opens this many minutes before the appointment...
EARLY_MINUTES = 30
#: ...and closes this many minutes after its start.
LATE_MINUTES = 15


class CheckIn(enum.StrEnum):
    OK = "ok"
    CHECKED_IN = "checked_in"
    EARLY = "early"
    LATE = "late"
    WRONG_DAY = "wrong_day"
    #: On a day before today, here or at another hub (the server looks 30 days back).
    PASSED = "passed"
    WRONG_HUB = "wrong_hub"
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"


#: What a resident's visit is counted as when the check-in's last answer was this one and
#: the visit ended there (:class:`~sync.protocol.records.CheckInTurnedAway`). Several
#: bookings matching what was typed, and the resident leaving there, counts as not found.
TURNED_AWAY: dict[CheckIn, TurnedAwayReason] = {
    CheckIn.EARLY: TurnedAwayReason.EARLY,
    CheckIn.LATE: TurnedAwayReason.LATE,
    CheckIn.WRONG_DAY: TurnedAwayReason.ANOTHER_DAY,
    CheckIn.PASSED: TurnedAwayReason.ANOTHER_DAY,  # a booking on another day, gone by
    CheckIn.WRONG_HUB: TurnedAwayReason.ANOTHER_HUB,
    CheckIn.AMBIGUOUS: TurnedAwayReason.NOT_FOUND,
    CheckIn.UNKNOWN: TurnedAwayReason.NOT_FOUND,
}


@dataclass(frozen=True)
class AppointmentInfo:
    """What the kiosk may show about a booking: no name, phone or reference."""

    id: uuid.UUID
    hub_id: str
    service_id: str
    starts_at: dt.datetime

    @property
    def check_in_from(self) -> dt.datetime:
        return self.starts_at - dt.timedelta(minutes=EARLY_MINUTES)

    @property
    def check_in_until(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=LATE_MINUTES)


@dataclass(frozen=True)
class Match:
    outcome: CheckIn
    appointment: AppointmentInfo | None = None


def classify(info: AppointmentInfo, hub_id: str, now: dt.datetime) -> CheckIn:
    """Which outcome this booking gives a resident at ``hub_id`` at ``now``."""
    if local(info.starts_at).date() < local(now).date():
        return CheckIn.PASSED  # never "come back then" or "go there" for a day gone by
    if info.hub_id != hub_id:
        return CheckIn.WRONG_HUB
    if local(info.starts_at).date() != local(now).date():
        return CheckIn.WRONG_DAY
    if now < info.check_in_from:
        return CheckIn.EARLY
    if now > info.check_in_until:
        return CheckIn.LATE
    return CheckIn.OK


def _info(row: Appointment) -> AppointmentInfo:
    return AppointmentInfo(row.id, row.hub_id, row.service_id, row.starts_at)


def best_match(candidates: list[AppointmentInfo], hub_id: str, now: dt.datetime) -> Match:
    """The booking that matters most when one person has several.

    Here today first (the nearest in time), then elsewhere today, then here on another day
    (the next one coming), then anywhere else.
    """
    if not candidates:
        return Match(CheckIn.UNKNOWN)
    today = local(now).date()

    def key(info: AppointmentInfo) -> tuple[int, float]:
        same_hub = info.hub_id == hub_id
        same_day = local(info.starts_at).date() == today
        group = {(True, True): 0, (False, True): 1, (True, False): 2, (False, False): 3}
        gap = (info.starts_at - now).total_seconds()
        # Future bookings before past ones when the day differs.
        distance = abs(gap) if same_day else (gap if gap >= 0 else 1e12 - gap)
        return group[(same_hub, same_day)], distance

    chosen = min(candidates, key=key)
    return Match(classify(chosen, hub_id, now), chosen)


def found_info(found: AppointmentFound) -> AppointmentInfo:
    """A booking the central server found, as the kiosk matches it."""
    return AppointmentInfo(found.id, found.hub_id, found.service_id, found.starts_at)


#: Letters a resident types for a digit by mistake (O for 0, I or L for 1).
SLIPS = str.maketrans({"O": "0", "I": "1", "L": "1"})
#: The fewest digits a reference typed without its letters needs to match.
MIN_REFERENCE_DIGITS = 4


def fold_reference(text: str) -> str:
    """The reference with typing slips undone: ``hk 482I`` and ``HK-4821`` fold alike."""
    return normalise_reference(text).translate(SLIPS)


def server_reference(text: str) -> str:
    """What the central server is asked for (it matches whole references only): the
    reference with digit slips undone after its two letters ("hk 482I" -> "HK4821")."""
    wanted = normalise_reference(text)
    return wanted[:2] + wanted[2:].translate(SLIPS)


def find_by_reference(session: Session, reference: str) -> list[AppointmentInfo]:
    """The bookings with exactly this reference (the rule the central server uses)."""
    wanted = normalise_reference(reference)
    if not wanted:
        return []
    rows = session.scalars(select(Appointment).where(Appointment.reference.is_not(None)))
    return [_info(r) for r in rows if reference_matches(r.reference, wanted)]


def find_by_reference_forgiving(
    session: Session, reference: str
) -> dict[str, list[AppointmentInfo]]:
    """The bookings whose reference fits what was typed, grouped by reference.

    An exact reference wins; else the same reference with slips undone; else, for digits
    alone (at least :data:`MIN_REFERENCE_DIGITS`), the references with those digits.
    """
    exact = normalise_reference(reference)
    if not exact:
        return {}
    folded = fold_reference(reference)
    rows = list(session.scalars(select(Appointment).where(Appointment.reference.is_not(None))))
    tiers: list[dict[str, list[AppointmentInfo]]] = [{}, {}, {}]
    digits_only = folded.isdigit() and len(folded) >= MIN_REFERENCE_DIGITS
    for row in rows:
        stored = normalise_reference(row.reference or "")
        if stored == exact:
            tier = 0
        elif stored.translate(SLIPS) == folded:
            tier = 1
        elif digits_only and re.sub(r"\D", "", stored) == folded:
            tier = 2
        else:
            continue
        tiers[tier].setdefault(stored, []).append(_info(row))
    return next((tier for tier in tiers if tier), {})


def find_by_phone(session: Session, phone: str, surname_start: str) -> list[AppointmentInfo]:
    proof = phone_proof(phone, surname_start)
    if proof is None:
        return []
    rows = session.scalars(select(Appointment).where(Appointment.phone.is_not(None)))
    return [_info(r) for r in rows if phone_matches(r.phone, r.surname, *proof)]


def _ticket_today(session: Session, appointment_id: uuid.UUID, now: dt.datetime) -> Ticket | None:
    """The ticket this booking was checked in with today, if it was."""
    day = queue.queue_day(session, now)
    return session.scalars(
        select(Ticket).where(Ticket.appointment_id == appointment_id, queue.of_day(session, day))
    ).first()


def with_check_in(session: Session, match: Match, now: dt.datetime) -> Match:
    """``match``, or ``checked_in`` when its booking already has today's ticket: a resident
    who checked in and types the reference again after the check-in time is shown their
    ticket, not told it is too late and offered a second place in the queue."""
    info = match.appointment
    if info is None or match.outcome is CheckIn.CHECKED_IN:
        return match
    if _ticket_today(session, info.id, now) is None:
        return match
    return Match(CheckIn.CHECKED_IN, info)


def match_reference(session: Session, reference: str, hub_id: str, now: dt.datetime) -> Match:
    """The booking for a typed reference; ``ambiguous`` when it fits two references."""
    found = find_by_reference_forgiving(session, reference)
    if len(found) > 1:
        return Match(CheckIn.AMBIGUOUS)
    return with_check_in(session, best_match(next(iter(found.values()), []), hub_id, now), now)


def match_phone(
    session: Session, phone: str, surname_start: str, hub_id: str, now: dt.datetime
) -> Match:
    found = best_match(find_by_phone(session, phone, surname_start), hub_id, now)
    return with_check_in(session, found, now)


def check_in(
    session: Session,
    info: AppointmentInfo,
    *,
    hub_id: str,
    catalogue: Catalogue,
    now: dt.datetime,
    language: str = "en",
    call_name: str | None = None,
) -> queue.IssuedTicket:
    """A ticket for the booking's service, linked to it; checking in twice gives the same
    ticket back rather than a second place in the queue. A booking the central server
    found that this kiosk does not hold yet is stored first (without personal fields)."""
    service = catalogue.by_id(info.service_id) or catalogue.by_id("other")
    if service is None:
        raise ValueError(f"the appointment's service '{info.service_id}' is not offered")
    existing = _ticket_today(session, info.id, now)
    if existing is not None:
        return queue.ticket_view(session, existing, service, now)
    if session.get(Appointment, info.id) is None:
        # Found by the central server before this kiosk pulled today's snapshot: keep the
        # booking the ticket links to, without name, phone or reference (the snapshot
        # fills those in when it arrives, under the same id).
        session.add(
            Appointment(
                id=info.id, hub_id=info.hub_id, service_id=info.service_id, starts_at=info.starts_at
            )
        )
        session.flush()
    return queue.issue_ticket(
        session,
        hub_id=hub_id,
        service=service,
        now=now,
        priority=Priority.NONE,
        language=language,
        call_name=call_name,
        appointment_id=info.id,
    )


# Demo data --------------------------------------------------------------------------------


def demo_appointments_path() -> Path:
    return resource("data", "demo_appointments.json")


def demo_rows(today: dt.date, path: Path | None = None) -> list[Appointment]:
    """The demo appointments as of local ``today``, from their JSON file (see
    :func:`sync.protocol.appointments.demo_bookings`)."""
    return [
        Appointment(**booking.model_dump())
        for booking in demo_bookings(path or demo_appointments_path(), today, LONDON)
    ]


def load_demo_appointments(store: Store, today: dt.date, path: Path | None = None) -> int:
    """Put the demo appointments for ``today`` into the ``appointment`` table.

    Safe to call at every start: rows have stable ids per reference and day, so a second
    call changes nothing. Returns how many appointments the demo holds.
    """
    rows = demo_rows(today, path)
    with store.session() as session:
        for row in rows:
            session.merge(row)
    return len(rows)
