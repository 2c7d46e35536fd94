"""Opening hours, closures and the nearest drop-in hubs."""

from __future__ import annotations

import datetime as dt

from hubkiosk.core import hours
from sync.protocol.content import Closure, Interval, Weekday
from tests.queue.conftest import LONDON


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=LONDON)


def test_open_on_a_tuesday_morning(content):
    hub = content.hub("idea-store-bow")
    state = hours.state_at(hub, at(2026, 11, 24, 10, 30))
    assert state.is_open and state.closes_at == at(2026, 11, 24, 17, 0)


def test_before_opening_and_after_closing(content):
    hub = content.hub("idea-store-bow")
    early = hours.state_at(hub, at(2026, 11, 24, 8, 15))
    assert not early.is_open and early.next_open == at(2026, 11, 24, 9, 0)
    late = hours.state_at(hub, at(2026, 11, 24, 17, 0))
    assert not late.is_open and late.next_open == at(2026, 11, 25, 9, 0)


def test_weekend_opens_on_monday(content):
    hub = content.hub("idea-store-bow")
    state = hours.state_at(hub, at(2026, 11, 28, 12, 0))  # Saturday
    assert not state.is_open and state.closure is None
    assert state.next_open == at(2026, 11, 30, 9, 0)


def test_closure_says_why_and_when_it_opens_again(content):
    hub = content.hub("idea-store-bow")
    state = hours.state_at(hub, at(2026, 12, 29, 11, 0))  # a Tuesday, in the Christmas closure
    assert not state.is_open
    assert state.closure is not None
    assert "Christmas" in state.closure.reason.get("en")
    assert state.next_open == at(2027, 1, 4, 9, 0)
    # The afternoon the closure starts: open until 16:30 only.
    assert hours.describe_day(hub, dt.date(2026, 12, 24)) == [(dt.time(9), dt.time(16, 30))]
    assert hours.describe_day(hub, dt.date(2026, 12, 29)) == []


def test_clock_change_keeps_local_hours(content):
    hub = content.hub("idea-store-bow")
    # 08:30 UTC in summer is 09:30 BST: open; in winter 08:30 GMT: closed.
    assert hours.state_at(hub, dt.datetime(2026, 7, 14, 8, 30, tzinfo=dt.UTC)).is_open
    assert not hours.state_at(hub, dt.datetime(2026, 1, 13, 8, 30, tzinfo=dt.UTC)).is_open


def test_nearest_drop_in_hubs_skip_appointment_only_ones(content):
    town_hall = content.hub("town-hall-whitechapel")
    nearest = hours.nearest_drop_in(list(content.hubs.hubs), town_hall, count=3)
    ids = [hub.id for hub, _ in nearest]
    assert "town-hall-whitechapel" not in ids and len(ids) == 3
    distances = [km for _, km in nearest]
    assert distances == sorted(distances)
    assert ids[0] == "pdc-bethnal-green"
    assert 1.5 < distances[0] < 3.0


def test_a_break_between_two_opening_periods(content):
    """Open 09:00-13:00 and 14:00-17:00: closed over lunch, reopening at 14:00; not a break
    before opening, while open, or once closed for the day. A closure of a few hours is one."""
    bow = content.hub("idea-store-bow")
    lunch = [
        Interval(open=dt.time(9), close=dt.time(13)),
        Interval(open=dt.time(14), close=dt.time(17)),
    ]
    hub = bow.model_copy(update={"hours": {Weekday.TUE: lunch}})
    assert hours.reopens_after_break(hub, at(2026, 11, 24, 13, 20)) == at(2026, 11, 24, 14, 0)
    assert hours.reopens_after_break(hub, at(2026, 11, 24, 13, 0)) == at(2026, 11, 24, 14, 0)
    for hour, minute in ((8, 30), (12, 59), (14, 0), (17, 0), (18, 0)):
        assert hours.reopens_after_break(hub, at(2026, 11, 24, hour, minute)) is None
    training = Closure.model_validate(
        {"start": "2026-11-24T11:00:00", "end": "2026-11-24T12:30:00", "reason": {"en": "Training"}}
    )
    closed = bow.model_copy(update={"closures": [training]})
    assert hours.reopens_after_break(closed, at(2026, 11, 24, 11, 15)) == at(2026, 11, 24, 12, 30)


def test_not_open_yet_today(content):
    """Bow opens at 09:00: at 08:30 it opens later today, at 09:00; not once it has opened
    (open, over a break, closed for the day), nor on a day it does not open. A closure
    over the morning moves the first opening to its end."""
    bow = content.hub("idea-store-bow")
    assert hours.opens_later_today(bow, at(2026, 11, 24, 8, 30)) == at(2026, 11, 24, 9, 0)
    assert hours.opens_later_today(bow, at(2026, 11, 24, 0, 0)) == at(2026, 11, 24, 9, 0)
    for hour, minute in ((9, 0), (12, 0), (17, 0), (18, 0)):
        assert hours.opens_later_today(bow, at(2026, 11, 24, hour, minute)) is None
    lunch = [
        Interval(open=dt.time(9), close=dt.time(13)),
        Interval(open=dt.time(14), close=dt.time(17)),
    ]
    with_lunch = bow.model_copy(update={"hours": {Weekday.TUE: lunch}})
    assert hours.opens_later_today(with_lunch, at(2026, 11, 24, 13, 20)) is None
    assert hours.opens_later_today(with_lunch, at(2026, 11, 23, 8, 30)) is None  # Monday: shut
    training = Closure.model_validate(
        {"start": "2026-11-24T08:00:00", "end": "2026-11-24T10:30:00", "reason": {"en": "Training"}}
    )
    closed = bow.model_copy(update={"closures": [training]})
    assert hours.opens_later_today(closed, at(2026, 11, 24, 9, 15)) == at(2026, 11, 24, 10, 30)
