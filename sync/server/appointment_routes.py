"""``POST /v1/appointments/lookup``: a kiosk asks which bookings, at any hub, fit what a
resident typed.

A kiosk's config snapshot holds only its own hub's appointments for today, so on its own it
cannot tell a resident who came to the wrong hub or on the wrong day where and when their
booking is. When its local match finds nothing, it asks here. The search covers every hub
from :data:`DAYS_BACK` days ago to :data:`DAYS_AHEAD` days ahead, with the same rules as the
kiosk (:mod:`sync.protocol.appointments`): whole references only, or a whole phone number
with the first letters of the surname.

The answer holds only each booking's id, hub, service and start: never a name, phone or
reference, and neither does the log. Each lookup counts against the device's rate limit
like any kiosk request and, because a reference is short enough to guess, also against a
much tighter lookup limit per device (``lookup_limit_per_hour``, counted in the database
by :mod:`sync.server.counters`, so every server process shares it and restarts keep it).
"""

from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol.appointments import (
    MAX_MATCHES,
    AppointmentFound,
    AppointmentLookup,
    AppointmentLookupResult,
    normalise_reference,
    phone_matches,
    phone_proof,
    reference_matches,
)
from sync.server import counters
from sync.server.deps import ApiError, DeviceDep, SessionDep, clock, database, settings
from sync.server.models import AppointmentRow

log = logging.getLogger(__name__)

#: How far back and ahead (local days) a lookup searches.
DAYS_BACK = 30
DAYS_AHEAD = 60
#: A phone number is narrowed in SQL by its last digits (the trunk prefix may differ).
PHONE_TAIL_DIGITS = 9

router = APIRouter(prefix="/v1/appointments", tags=["appointments"])

LOOKUP_WINDOW = dt.timedelta(hours=1)


def _in_order(characters: str) -> str:
    """A LIKE pattern that holds these characters in this order, anything between them.

    Every stored value that normalises to the wanted one fits it, so it narrows the rows
    in SQL; the exact rule is then applied to the few left. The characters are letters and
    digits only, so none is a LIKE wildcard.
    """
    return "%" + "%".join(characters) + "%"


def find_appointments(
    session: Session, query: AppointmentLookup, *, today: dt.date
) -> list[AppointmentFound]:
    """The bookings (any hub, ``today`` - DAYS_BACK to ``today`` + DAYS_AHEAD) that fit."""
    window = select(AppointmentRow).where(
        AppointmentRow.day >= today - dt.timedelta(days=DAYS_BACK),
        AppointmentRow.day <= today + dt.timedelta(days=DAYS_AHEAD),
    )
    if query.reference is not None:
        wanted = normalise_reference(query.reference)
        rows = session.scalars(
            window.where(func.upper(AppointmentRow.reference).like(_in_order(wanted)))
        )
        found = [row for row in rows if reference_matches(row.reference, wanted)]
    else:
        assert query.phone is not None and query.surname_start is not None
        proof = phone_proof(query.phone, query.surname_start)
        if proof is None:  # the request model refuses this already
            return []
        rows = session.scalars(
            window.where(AppointmentRow.phone.like(_in_order(proof[0][-PHONE_TAIL_DIGITS:])))
        )
        found = [row for row in rows if phone_matches(row.phone, row.surname, *proof)]
    found.sort(key=lambda row: (row.starts_at, str(row.id)))
    return [
        AppointmentFound(
            id=row.id, hub_id=row.hub_id, service_id=row.service_id, starts_at=row.starts_at
        )
        for row in found[:MAX_MATCHES]
    ]


@router.post("/lookup", response_model=AppointmentLookupResult)
def lookup(
    query: AppointmentLookup, request: Request, device: DeviceDep, session: SessionDep
) -> AppointmentLookupResult:
    """The bookings at any hub that fit a reference, or a phone number and surname letters."""
    tz = ZoneInfo(settings(request).timezone)
    now = clock(request)()
    wait = counters.count(
        database(request),
        f"lookup:device:{device.id}",
        limit=settings(request).lookup_limit_per_hour,
        window=LOOKUP_WINDOW,
        now=now,
    )
    if wait is not None:
        log.warning("appointment lookup: device %s is over its lookup limit", device.id)
        raise ApiError(
            429,
            "lookup_limited",
            f"Too many booking lookups from this device; try again in {wait} s.",
            headers={"Retry-After": str(wait)},
        )
    today = now.astimezone(tz).date()
    try:
        matches = find_appointments(session, query, today=today)
    except ValueError as exc:  # a stored row that no longer fits the wire model
        log.error("appointment lookup: a stored booking is not valid (%s)", type(exc).__name__)
        raise ApiError(500, "invalid_booking", "A stored booking could not be read.") from None
    log.info(
        "appointment lookup by device %s (%s): %d found",
        device.id,
        "reference" if query.reference is not None else "phone",
        len(matches),
    )
    return AppointmentLookupResult(matches=matches)
