"""Holidays whose date moves: a weekday of a month, or days counted from Easter.

A rule of `moving_holidays` in rules/dates.yaml is a mapping: either
`{month, weekday, nth}` (weekday 1 = Monday ... 7 = Sunday; nth 1-5, or -1
for the last one of the month), with `days_after` to count on from that
day (Black Friday is the day after Thanksgiving), or `{easter: N}`, N days
from Easter Sunday (Good Friday is -2).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any


def easter_sunday(year: int) -> date:
    """Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher)."""
    golden = year % 19
    century, year_of_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_centuries - moon + 15) % 30
    leap_years, year_rest = divmod(year_of_century, 4)
    weekday = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The `nth` weekday (1 = Monday ... 7 = Sunday) of a month; nth -1 is the last; None past its end."""
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def moving_holiday_day(year: int, rule: Mapping[str, Any]) -> date | None:
    """The day a holiday of `moving_holidays` falls on in `year` (None when its rule names no such day)."""
    if "easter" in rule:
        return easter_sunday(year) + timedelta(days=int(rule["easter"]))
    day = nth_weekday(year, int(rule["month"]), int(rule["weekday"]), int(rule["nth"]))
    if day is None:
        return None
    return day + timedelta(days=int(rule.get("days_after", 0)))
