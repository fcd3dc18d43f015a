"""Tests for holidays whose date moves (pipeline/extractors/dates/moving.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pipeline.extractors.dates.moving import easter_sunday, moving_holiday_day, nth_weekday


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1818, date(1818, 3, 22)),  # the earliest Easter can fall
        (1943, date(1943, 4, 25)),  # the latest
        (2000, date(2000, 4, 23)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_sunday_by_the_gregorian_computus(year, expected):
    assert easter_sunday(year) == expected


def test_easter_is_always_a_sunday_between_march_22_and_april_25():
    for year in range(1600, 2400):
        day = easter_sunday(year)
        assert day.isoweekday() == 7
        assert date(year, 3, 22) <= day <= date(year, 4, 25)


@pytest.mark.parametrize(
    ("year", "month", "weekday", "nth", "expected"),
    [
        (2025, 5, 7, 2, date(2025, 5, 11)),  # a month starting on a Thursday
        (2025, 6, 7, 3, date(2025, 6, 15)),  # a month starting on the weekday named
        (2024, 11, 4, 4, date(2024, 11, 28)),
        (2025, 5, 1, -1, date(2025, 5, 26)),  # the last Monday
        (2026, 5, 7, -1, date(2026, 5, 31)),  # the last day of the month is that weekday
        (2025, 2, 1, 5, None),  # no fifth Monday in February 2025
    ],
)
def test_nth_weekday_of_a_month(year, month, weekday, nth, expected):
    assert nth_weekday(year, month, weekday, nth) == expected


def test_a_rule_counts_days_after_its_weekday_or_from_easter():
    thanksgiving = {"month": 11, "weekday": 4, "nth": 4}
    assert moving_holiday_day(2025, thanksgiving) == date(2025, 11, 27)
    assert moving_holiday_day(2025, {**thanksgiving, "days_after": 4}) == date(2025, 12, 1)
    assert moving_holiday_day(2025, {"easter": -2}) == easter_sunday(2025) - timedelta(days=2)
    assert moving_holiday_day(2025, {"month": 2, "weekday": 1, "nth": 5}) is None
