"""Is a hub open now, and when does it open next? (weekly hours, closures, Europe/London).

Opening hours are local wall-clock times per weekday. Closures in content are local times
too (naive), or aware times from a config snapshot; both are handled. Every function takes
the moment explicitly, so a test injects any day and any time.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sync.protocol import Closure, Hub
from sync.protocol.content import Interval, Weekday

LONDON = ZoneInfo("Europe/London")
#: How far ahead :func:`next_opening` looks before saying "not known".
LOOKAHEAD_DAYS = 62


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` (aware) as Europe/London wall-clock time (aware)."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime was given: use an aware time")
    return moment.astimezone(LONDON)


def _aware(value: dt.datetime) -> dt.datetime:
    """A closure bound as an aware time (naive bounds are London wall-clock time)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=LONDON)


def closure_at(hub: Hub, moment: dt.datetime) -> Closure | None:
    """The closure in force at ``moment``, if any."""
    for closure in hub.closures:
        if _aware(closure.start) <= moment < _aware(closure.end):
            return closure
    return None


def _periods_on(hub: Hub, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    """The day's opening periods as aware local times, in order."""
    periods = []
    for interval in hub.intervals_on(day):
        start = dt.datetime.combine(day, interval.open, tzinfo=LONDON)
        end = dt.datetime.combine(day, interval.close, tzinfo=LONDON)
        periods.append((start, end))
    return sorted(periods)


def _open_minus_closures(
    hub: Hub, start: dt.datetime, end: dt.datetime
) -> list[tuple[dt.datetime, dt.datetime]]:
    """The parts of ``start``..``end`` not covered by a closure."""
    pieces = [(start, end)]
    for closure in hub.closures:
        c_start, c_end = _aware(closure.start), _aware(closure.end)
        cut: list[tuple[dt.datetime, dt.datetime]] = []
        for a, b in pieces:
            if c_end <= a or c_start >= b:
                cut.append((a, b))
                continue
            if a < c_start:
                cut.append((a, c_start))
            if c_end < b:
                cut.append((c_end, b))
        pieces = cut
    return pieces


@dataclass(frozen=True)
class OpenState:
    """Whether check-in is open at a moment, and what to tell the resident if not."""

    is_open: bool
    #: When the current opening period ends (when open).
    closes_at: dt.datetime | None
    #: When the hub opens next (when closed); None when nothing is known ahead.
    next_open: dt.datetime | None
    #: The closure in force (when closed because of one).
    closure: Closure | None


def open_periods(hub: Hub, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    """The day's real opening periods (weekly hours less closures), local aware times."""
    result: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in _periods_on(hub, day):
        result.extend(_open_minus_closures(hub, start, end))
    return result


def state_at(hub: Hub, moment: dt.datetime) -> OpenState:
    """Open or closed at ``moment`` (aware), with the closing or next opening time."""
    now = local(moment)
    for start, end in open_periods(hub, now.date()):
        if start <= now < end:
            return OpenState(True, end, None, None)
    return OpenState(False, None, next_opening(hub, now), closure_at(hub, now))


def closed_for_the_day(hub: Hub, moment: dt.datetime) -> bool:
    """Whether the hub opens no more on ``moment``'s day: its last period today has ended
    (or it had none). A ticket not called by then will not be: its resident has gone."""
    now = local(moment)
    return all(end <= now for _start, end in open_periods(hub, now.date()))


def closing_today(hub: Hub, moment: dt.datetime) -> dt.datetime | None:
    """When the hub closes for the day after ``moment`` (the end of its last opening period
    today, local aware time); None when it has closed for the day, or stays open on past
    midnight (the demo's hours). A wait that runs past it may not end in being seen."""
    now = local(moment)
    ends = [end for _start, end in open_periods(hub, now.date()) if end > now]
    if not ends:
        return None
    end = ends[-1]
    reopens = next_opening(hub, end)
    if reopens is not None and reopens - end < dt.timedelta(minutes=1):
        return None  # open on into the next day
    return end


def next_opening(hub: Hub, moment: dt.datetime) -> dt.datetime | None:
    """The next moment at or after ``moment`` when the hub opens (local aware time)."""
    now = local(moment)
    for offset in range(LOOKAHEAD_DAYS):
        day = now.date() + dt.timedelta(days=offset)
        for start, end in open_periods(hub, day):
            if end <= now:
                continue
            return max(start, now)
    return None


def describe_day(hub: Hub, day: dt.date) -> list[tuple[dt.time, dt.time]]:
    """The day's opening periods as local (open, close) times; empty when closed."""
    return [(a.time(), b.time()) for a, b in open_periods(hub, day)]


def demo_hours(hub: Hub) -> Hub:
    """The hub as ``hubkiosk --demo`` shows it: open all day every day, no closures, so
    whoever tries the kiosk can get a ticket whenever they run it (the evening, a weekend)."""
    whole_day = Interval(open=dt.time(0, 0), close=dt.time(23, 59, 59, 999999))
    return hub.model_copy(update={"hours": {day: [whole_day] for day in Weekday}, "closures": []})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), good enough to rank hubs across a borough."""
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def nearest_drop_in(hubs: list[Hub], here: Hub, count: int = 3) -> list[tuple[Hub, float]]:
    """The ``count`` nearest hubs that take walk-ins, with their distance in km."""
    ranked = [
        (hub, distance_km(here.latitude, here.longitude, hub.latitude, hub.longitude))
        for hub in hubs
        if hub.id != here.id and not hub.appointment_only
    ]
    ranked.sort(key=lambda pair: (pair[1], pair[0].id))
    return ranked[:count]
