"""``GET /v1/hubs/status``: how many wait at every hub now, and how long waits are today.

Worked out from today's ingested ``ticket`` and ``queue_event`` records by the queue rule
book (:mod:`sync.protocol.queue_rules`): a ticket waits until it is called (or marked
no-show or served), and waits again after a transfer; the wait of a called ticket is the
minutes from its first check-in (or, for a resident early for an appointment, from its
start) to its first call, as in the managers' report. SQL takes
each ticket's first and last such events; the rule book says what they mean. Any enrolled kiosk may read every hub's figures: they are counts, not
people. The answer is only as fresh as the hubs' kiosks' last sync (``updated_at``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from sync.protocol import PROTOCOL_VERSION
from sync.protocol import queue_rules as rules
from sync.protocol.status import HubQueueStatus, HubsStatus
from sync.server import deps
from sync.server.models import Device, HubRow, HubTicketWait, IngestedRecord

R = IngestedRecord

router = APIRouter(prefix="/v1/hubs", tags=["kiosk"])


def hubs_status(session: Session, *, now: dt.datetime, tz: ZoneInfo) -> HubsStatus:
    """Every published hub's queue today (hubs with no tickets wait for no one)."""
    day = now.astimezone(tz).date()
    epoch = R.event_epoch
    per_ticket = (
        select(
            R.ticket_id.label("ticket_id"),
            R.hub_id.label("hub_id"),
            func.min(case((R.event_kind == rules.CHECKED_IN, epoch))).label("checked"),
            func.min(case((R.event_kind == rules.CALLED_EVENT, epoch))).label("called"),
            # Which came last, leaving or a transfer back: by the server's sequence, as a
            # kiosk's clock may have been set back between them.
            func.max(case((R.event_kind.in_(rules.LEAVING), R.seq))).label("left"),
            func.max(case((R.event_kind == rules.TRANSFERRED, R.seq))).label("rejoined"),
        )
        .where(R.kind == "queue_event", R.day == day)
        # An event counts only at its own ticket's hub (another hub's kiosk cannot move it).
        .group_by(R.ticket_id, R.hub_id)
        .subquery("pt")
    )
    tickets = (
        select(
            R.hub_id,
            per_ticket.c.checked,
            per_ticket.c.called,
            per_ticket.c.left,
            per_ticket.c.rejoined,
            HubTicketWait.appointment_at,
        )
        .outerjoin(
            per_ticket, and_(per_ticket.c.ticket_id == R.id, per_ticket.c.hub_id == R.hub_id)
        )
        # A booking's start, as ingest noted it (sync.server.hub_aggregates.appointments).
        .outerjoin(HubTicketWait, HubTicketWait.ticket_id == R.id)
        .where(R.kind == "ticket", R.day == day)
    )
    waiting: dict[str, int] = defaultdict(int)
    waits: dict[str, list[float]] = defaultdict(list)
    for row in session.execute(tickets):
        if rules.still_waiting(row.left, row.rejoined):
            waiting[row.hub_id] += 1
        waited = rules.waited_minutes(row.checked, row.called, row.appointment_at)
        if waited is not None:
            waits[row.hub_id].append(waited)

    seen = dict(
        session.execute(
            select(Device.hub_id, func.max(Device.last_seen_at))
            .where(Device.revoked_at.is_(None))
            .group_by(Device.hub_id)
        ).all()
    )
    hub_ids = sorted(
        set(session.scalars(select(HubRow.id))) | set(waiting) | set(waits) | set(seen)
    )
    return HubsStatus(
        protocol_version=PROTOCOL_VERSION,
        generated_at=now,
        day=day,
        hubs=[
            HubQueueStatus(
                hub_id=hub_id,
                waiting=waiting.get(hub_id, 0),
                wait_median_minutes=rules.median_wait(waits.get(hub_id, [])),
                waits_counted=len(waits.get(hub_id, [])),
                updated_at=seen.get(hub_id),
            )
            for hub_id in hub_ids
        ],
    )


@router.get("/status", response_model=HubsStatus)
def get_hubs_status(
    request: Request,
    _device: deps.DeviceDep,
    session: deps.SessionDep,
) -> HubsStatus:
    """Waiting counts and today's median wait for every hub (for the appointment-only hub)."""
    settings = deps.settings(request)
    return hubs_status(session, now=deps.clock(request)(), tz=ZoneInfo(settings.timezone))
