"""Estimated wait: people ahead, desks open, and how long advisers take at this hub.

The arithmetic (:func:`estimate`, :func:`rolling_median`, :class:`WaitEstimate` and their
constants) lives in :mod:`sync.protocol.waits`, shared with the central server's
follow-the-queue page so a resident's phone shows the same range as their ticket; it is
re-exported here. What follows is the kiosk's view of other hubs' queues.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sync.protocol.status import HubQueueStatus, HubsStatus
from sync.protocol.waits import (
    HIGH_FACTOR,
    LOW_FACTOR,
    MIN_SAMPLES,
    PLAUSIBLE_MINUTES,
    STEP,
    WINDOW,
    WaitEstimate,
    estimate,
    rolling_median,
)

__all__ = [
    "HIGH_FACTOR",
    "HUB_MAX_SILENCE",
    "LIVE_MAX_AGE",
    "LOW_FACTOR",
    "MIN_SAMPLES",
    "MIN_WAITS_FOR_TYPICAL",
    "PLAUSIBLE_MINUTES",
    "STEP",
    "WINDOW",
    "LiveWaits",
    "WaitEstimate",
    "estimate",
    "rolling_median",
    "typical_wait",
]


# Other hubs' queues, as the central server reports them -------------------------------

#: Figures older than this on the kiosk's clock are not shown (the server went quiet).
LIVE_MAX_AGE = dt.timedelta(minutes=10)
#: A hub whose kiosks have not reached the server for this long has stale counts.
HUB_MAX_SILENCE = dt.timedelta(minutes=20)
#: A median over fewer called tickets than this says little: only the count is shown.
MIN_WAITS_FOR_TYPICAL = 3


@dataclass(frozen=True)
class LiveWaits:
    """Every hub's queue from ``GET /v1/hubs/status``, and when this kiosk received it."""

    status: HubsStatus
    received_at: dt.datetime

    def for_hub(self, hub_id: str, now: dt.datetime) -> HubQueueStatus | None:
        """``hub_id``'s figures when they can be trusted at ``now``, else None."""
        if not dt.timedelta(0) <= now - self.received_at <= LIVE_MAX_AGE:
            return None
        hub = self.status.for_hub(hub_id)
        if hub is None or hub.updated_at is None:
            return None
        if self.status.generated_at - hub.updated_at > HUB_MAX_SILENCE:
            return None
        return hub


def typical_wait(hub: HubQueueStatus) -> int | None:
    """Today's median wait rounded up to five minutes, when enough tickets were called."""
    if hub.wait_median_minutes is None or hub.waits_counted < MIN_WAITS_FOR_TYPICAL:
        return None
    return max(STEP, STEP * math.ceil(hub.wait_median_minutes / STEP))
