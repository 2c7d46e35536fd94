"""Is a hub open at a moment, and when does it close or open next? (weekly hours less
closures, Europe/London wall-clock time): the rules the kiosk and the central server share.

Opening hours are local wall-clock times per weekday. Closures in content are local times
too (naive), or aware times from a config snapshot; both are handled. Every function takes
the moment explicitly, so a test injects any day and any time. The kiosk reads them as
:mod:`hubkiosk.core.hours`; the resident's follow-the-queue page (:mod:`sync.server.follow`)
says from them when the hub closes, or reopens after a break.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sync.protocol.content import Closure, Hub, Interval, Weekday

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


def demo_hours(hub: Hub) -> Hub:
    """The hub as ``hubkiosk --demo`` shows it: open all day every day, no closures, so
    whoever tries the kiosk can get a ticket whenever they run it (the evening, a weekend);
    its demo server's phone page says the same (``ServerSettings.demo_hours``)."""
    whole_day = Interval(open=dt.time(0, 0), close=dt.time(23, 59, 59, 999999))
    return hub.model_copy(update={"hours": {day: [whole_day] for day in Weekday}, "closures": []})


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


def reopens_after_break(hub: Hub, moment: dt.datetime) -> dt.datetime | None:
    """When the hub opens again today if it is closed at ``moment`` for a break: it was open
    earlier today and opens again later today (a lunch hour, or a closure of a few hours).
    None when it is open, has not opened yet today, or has closed for the day. Tickets still
    waiting are called after the break."""
    now = local(moment)
    periods = open_periods(hub, now.date())
    if any(start <= now < end for start, end in periods):
        return None
    if not any(end <= now for _start, end in periods):
        return None  # not open yet today
    return next((start for start, _end in periods if start > now), None)


def opens_later_today(hub: Hub, moment: dt.datetime) -> dt.datetime | None:
    """When the hub first opens today if it has not opened yet at ``moment`` (before its
    hours, or a closure over the morning). None once it has opened today, or when it does
    not open today. Tickets already waiting are called once it opens."""
    now = local(moment)
    periods = open_periods(hub, now.date())
    if not periods or periods[0][0] <= now:
        return None
    return periods[0][0]


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
