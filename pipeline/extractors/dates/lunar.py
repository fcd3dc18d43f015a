"""Days of the Chinese calendar as solar dates: lunar dates, lunar festivals, solar terms.

The conversion is `lunar-python`'s (pure Python, its tables ship with the
package, solar terms computed): nothing is downloaded at run time.

A Chinese text dates a lunar day by the solar year it falls in (2024年春节,
今年中秋, 2024年腊八 = 18 January 2024, the one of lunar year 2023). So a
lunar day of solar year Y is the one of lunar year Y or Y-1 whose solar
date lies in Y; when both or neither do (a 腊八 at the very end of December
and another in January), the day is not fixed and None is returned.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from pipeline.text.numerals import parse_small_number

# The 24 solar terms as lunar-python names them, from 小寒 (early January).
SOLAR_TERMS = (
    "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
    "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
)  # fmt: skip
# Lunar month names that are not numbers.
MONTH_NAMES = {"正": 1, "冬": 11, "腊": 12}
LEAP_MARK = "闰"
LAST_MONTH = 12
LAST_DAY = -1  # a lunar day of -1 is the last day of its month (除夕: the 29th or 30th of the 12th)


def lunar_month_number(text: str) -> tuple[int, bool] | None:
    """(month, is_leap) of a lunar month as written: 正, 腊, 八, 12, 闰四; None if no month."""
    text = text.strip()
    leap = text.startswith(LEAP_MARK)
    text = text.removeprefix(LEAP_MARK)
    month = MONTH_NAMES.get(text)
    if month is None:
        month = parse_small_number(text)
    if month is None or not 1 <= month <= 12:
        return None
    return int(month), leap


def lunar_day_number(text: str) -> int | None:
    """A lunar day as written: 初八, 十五, 廿三, 廿 (the 20th), 二十, 18; None if no day."""
    text = text.strip().removeprefix("初")
    if text.startswith("廿"):
        rest = text[1:]
        value = 20 + (parse_small_number(rest) or 0) if rest else 20
    else:
        value = parse_small_number(text)
    if value is None or not 1 <= value <= 30:
        return None
    return int(value)


def lunar_to_solar(lunar_year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The solar date of a day of lunar year `lunar_year`; None when that day does not exist.

    `leap` names the leap month after `month` (闰四月); `day` -1 is the
    month's last day.
    """
    # imported when a lunar day is first met: the rules load without it
    from lunar_python import Lunar, LunarMonth

    lunar_month = LunarMonth.fromYm(lunar_year, -month if leap else month)
    if lunar_month is None:
        return None
    if day == LAST_DAY:
        day = lunar_month.getDayCount()
    if not 1 <= day <= lunar_month.getDayCount():
        return None
    solar = Lunar.fromYmd(lunar_year, -month if leap else month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def lunar_day_in_year(year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The solar date of a lunar month and day in solar year `year`, None if not exactly one."""
    found = [
        point
        for lunar_year in (year - 1, year)
        if (point := lunar_to_solar(lunar_year, month, day, leap)) is not None and point.year == year
    ]
    return found[0] if len(found) == 1 else None


def lunar_month_span(lunar_year: int, month: int, leap: bool = False) -> tuple[date, date] | None:
    """First and last solar day of a month of lunar year `lunar_year`, None if it has no such month."""
    first = lunar_to_solar(lunar_year, month, 1, leap)
    return None if first is None else (first, _month_end(first))


def _month_end(first: date) -> date:
    """The last solar day of the lunar month that begins on `first`."""
    from lunar_python import LunarMonth, Solar

    lunar = Solar.fromYmd(first.year, first.month, first.day).getLunar()
    count = LunarMonth.fromYm(lunar.getYear(), lunar.getMonth()).getDayCount()
    return date.fromordinal(first.toordinal() + count - 1)


def solar_term_day(year: int, name: str) -> date | None:
    """The day of solar term `name` (冬至, 清明) in solar year `year`; None for an unknown name."""
    return _solar_terms_of(year).get(name)


@lru_cache(maxsize=64)
def _solar_terms_of(year: int) -> dict[str, date]:
    """The 24 solar terms of solar year `year`: name -> day.

    A lunar year's table of terms runs from the 大雪 of the December before
    to the 惊蛰 after it, naming in Chinese those from 冬至 (of the December
    before) to 大雪, and the others in pinyin; the Chinese names of lunar
    years `year` and `year` + 1 falling in `year` are all 24.
    """
    from lunar_python import Lunar

    terms = {}
    for lunar_year in (year, year + 1):
        for name, solar in Lunar.fromYmd(lunar_year, 1, 1).getJieQiTable().items():
            if name in SOLAR_TERMS and solar.getYear() == year:
                terms[name] = date(solar.getYear(), solar.getMonth(), solar.getDay())
    return terms
