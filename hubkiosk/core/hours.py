"""Is a hub open now, and when does it open next? (weekly hours, closures, Europe/London).

The rules themselves are the protocol's (:mod:`sync.protocol.hours`), which the central
server's follow-the-queue page shares; here too are the kiosk's own: demo hours and the
nearest hubs.
"""

from __future__ import annotations

import datetime as dt
import math

from sync.protocol import Hub

# The hours rules are the protocol's, shared with the central server (the resident's
# follow-the-queue page says when the hub closes from them).
from sync.protocol.hours import (
    LONDON,
    LOOKAHEAD_DAYS,
    OpenState,
    closed_for_the_day,
    closing_today,
    closure_at,
    demo_hours,
    describe_day,
    local,
    next_opening,
    open_periods,
    opens_later_today,
    reopens_after_break,
    state_at,
)

__all__ = [
    "LONDON",
    "LOOKAHEAD_DAYS",
    "OpenState",
    "closed_for_the_day",
    "closing_today",
    "closure_at",
    "describe_day",
    "local",
    "next_opening",
    "open_periods",
    "opens_later_today",
    "reopens_after_break",
    "state_at",
    "demo_hours",
    "distance_km",
    "nearest_drop_in",
]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), good enough to rank hubs across a borough."""
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def nearest_drop_in(
    hubs: list[Hub], here: Hub, count: int = 3, now: dt.datetime | None = None
) -> list[tuple[Hub, float]]:
    """The ``count`` nearest hubs that take walk-ins, with their distance in km; at ``now``,
    those still to see people today first (open now, or opening later today), and those
    closed for the rest of the day (a closure, early closing) after them."""
    ranked = [
        (hub, distance_km(here.latitude, here.longitude, hub.latitude, hub.longitude))
        for hub in hubs
        if hub.id != here.id and not hub.appointment_only
    ]

    def done_for_today(hub: Hub) -> bool:
        return now is not None and closed_for_the_day(hub, now)

    ranked.sort(key=lambda pair: (done_for_today(pair[0]), pair[1], pair[0].id))
    return ranked[:count]
