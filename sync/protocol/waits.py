"""Estimated wait: people ahead, desks open, and how long advisers take at the hub.

Pure arithmetic shared by the kiosk (the ticket and its screen) and the central server (the
follow-the-queue page), so a resident is told the same range on paper and on their phone.

The estimate is ``people ahead / desks open x typical minutes per resident``, where the
typical minutes are the median of the most recent service times for the service at this
hub (a rolling window), or the service's configured default while there is too little
history. It is shown as a range, rounded to five minutes, because a single number
promises more than anyone knows: "about 10 to 20 minutes".
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

#: How many of the most recent service times the rolling median uses.
WINDOW = 20
#: Fewer samples than this and the configured default is used instead.
MIN_SAMPLES = 3
#: Service times outside this range (minutes) are mistakes (a ticket left open), not data.
PLAUSIBLE_MINUTES = (1.0, 120.0)
#: The range is the estimate times these factors, then rounded out to STEP minutes.
LOW_FACTOR = 0.75
HIGH_FACTOR = 1.25
STEP = 5


@dataclass(frozen=True)
class WaitEstimate:
    """What the resident is told: their place and a range of minutes."""

    #: 1 = next to be called.
    position: int
    people_ahead: int
    desks_open: int
    #: Minutes per resident used (median of history, or the default).
    minutes_per_person: float
    from_history: bool
    low: int
    high: int


def rolling_median(service_minutes: Sequence[float], window: int = WINDOW) -> float | None:
    """Median of the last ``window`` plausible service times (oldest first), or None."""
    lo, hi = PLAUSIBLE_MINUTES
    recent = [m for m in service_minutes if lo <= m <= hi][-window:]
    if len(recent) < MIN_SAMPLES:
        return None
    return float(statistics.median(recent))


def estimate(
    people_ahead: int,
    desks_open: int,
    service_minutes: Sequence[float],
    default_minutes: float,
) -> WaitEstimate:
    """The wait for someone with ``people_ahead`` before them in the queue.

    ``service_minutes`` are recent service times for this service at this hub, oldest
    first. ``desks_open`` below one counts as one (someone will serve the queue).
    """
    if people_ahead < 0:
        raise ValueError("people_ahead cannot be negative")
    desks = max(1, desks_open)
    median = rolling_median(service_minutes)
    per_person = median if median is not None else float(default_minutes)
    expected = people_ahead / desks * per_person
    if people_ahead == 0:
        low, high = 0, STEP
    else:
        low = STEP * math.floor(expected * LOW_FACTOR / STEP)
        high = STEP * math.ceil(expected * HIGH_FACTOR / STEP)
        if high - low < STEP * 2:
            high = low + STEP * 2
    return WaitEstimate(
        position=people_ahead + 1,
        people_ahead=people_ahead,
        desks_open=desks,
        minutes_per_person=per_person,
        from_history=median is not None,
        low=low,
        high=high,
    )
