"""The wait estimate on synthetic histories."""

from __future__ import annotations

import pytest

from hubkiosk.core import waits


def test_no_history_uses_the_configured_default():
    est = waits.estimate(3, 1, [], default_minutes=12)
    assert not est.from_history
    assert est.minutes_per_person == 12
    # 36 minutes expected: about 25 to 45.
    assert (est.low, est.high) == (25, 45)
    assert est.position == 4


def test_too_little_history_still_uses_the_default():
    est = waits.estimate(2, 1, [30.0, 40.0], default_minutes=10)
    assert not est.from_history and est.minutes_per_person == 10


def test_rolling_median_of_recent_service_times():
    history = [60.0] * 30 + [8.0, 9.0, 10.0, 11.0, 12.0] * 4  # the old slow days roll out
    assert waits.rolling_median(history) == 10.0
    est = waits.estimate(4, 2, history, default_minutes=30)
    assert est.from_history and est.minutes_per_person == 10.0
    assert (est.low, est.high) == (15, 25)


def test_implausible_times_are_ignored():
    history = [0.1, 0.2, 500.0, 6.0, 6.0, 8.0]
    assert waits.rolling_median(history) == 6.0


def test_more_desks_shorten_the_wait():
    one = waits.estimate(6, 1, [10.0] * 5, 10)
    three = waits.estimate(6, 3, [10.0] * 5, 10)
    assert three.high < one.high and three.low < one.low


def test_next_in_line_is_told_a_few_minutes():
    est = waits.estimate(0, 0, [], 20)
    assert (est.low, est.high) == (0, 5) and est.position == 1 and est.desks_open == 1


def test_range_is_at_least_ten_minutes_wide_and_in_fives():
    for ahead in range(1, 30):
        est = waits.estimate(ahead, 2, [7.0, 9.0, 13.0], 10)
        assert est.high - est.low >= 10
        assert est.low % 5 == 0 and est.high % 5 == 0
        assert est.low <= ahead / 2 * 9.0 <= est.high


def test_negative_ahead_is_a_bug():
    with pytest.raises(ValueError):
        waits.estimate(-1, 1, [], 10)
