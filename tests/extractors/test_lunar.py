"""Lunar dates, lunar festivals and solar terms: the conversion and what the pipeline reads."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.api import extract_text
from pipeline.extractors.dates.lunar import (
    SOLAR_TERMS,
    lunar_day_in_year,
    lunar_day_number,
    lunar_month_number,
    lunar_month_span,
    lunar_to_solar,
    solar_term_day,
)


def _dates(text: str, doc_date: date | None = None) -> list[tuple[str, date | None, date | None]]:
    return [
        (record.raw_text, record.start_date, record.end_date)
        for record in extract_text(text, doc_date=doc_date)
        if record.table == "dates"
    ]


def _figures(text: str) -> list[tuple[str, float | None]]:
    return [(record.raw_text, record.value) for record in extract_text(text) if record.table == "figures"]


# --- the calendar -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("正", (1, False)), ("腊", (12, False)), ("冬", (11, False)), ("八", (8, False)), ("闰四", (4, True)),
     ("12", (12, False)), ("十三", None)],
)  # fmt: skip
def test_lunar_month_number(text, expected):
    assert lunar_month_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("初八", 8),
        ("初十", 10),
        ("十五", 15),
        ("廿三", 23),
        ("廿", 20),
        ("三十", 30),
        ("18", 18),
        ("卅五", None),
    ],
)
def test_lunar_day_number(text, expected):
    assert lunar_day_number(text) == expected


def test_lunar_new_year_and_leap_months():
    assert lunar_to_solar(2023, 1, 1) == date(2023, 1, 22)
    assert lunar_to_solar(2023, 2, 1, leap=True) == date(2023, 3, 22)
    assert lunar_to_solar(2024, 4, 1, leap=True) is None  # lunar 2024 has no leap fourth month
    assert lunar_to_solar(2024, 12, 30) is None  # a 29-day month
    assert lunar_to_solar(2023, 12, -1) == date(2024, 2, 9)  # the last day: the eve of 2024's New Year


def test_a_lunar_day_of_a_solar_year_is_the_one_falling_in_it():
    assert lunar_day_in_year(2024, 12, -1) == date(2024, 2, 9)  # 2024年除夕: of lunar year 2023
    assert lunar_day_in_year(2024, 12, 8) == date(2024, 1, 18)
    assert lunar_day_in_year(2023, 12, 8) is None  # no 腊八 falls in 2023
    assert lunar_day_in_year(2024, 8, 15) == date(2024, 9, 17)


def test_a_lunar_month_spans_its_solar_days():
    assert lunar_month_span(2024, 8) == (date(2024, 9, 3), date(2024, 10, 2))
    assert lunar_month_span(2025, 6, leap=True) == (date(2025, 7, 25), date(2025, 8, 22))


def test_solar_terms_are_named_by_the_year_they_fall_in():
    # the calendar's table of lunar year Y starts with the 冬至 of December Y-1
    assert solar_term_day(2023, "冬至") == date(2023, 12, 22)
    assert solar_term_day(2024, "冬至") == date(2024, 12, 21)
    assert solar_term_day(2024, "小寒") == date(2024, 1, 6)
    assert solar_term_day(2024, "清明") == date(2024, 4, 4)
    assert solar_term_day(2024, "春节") is None
    assert all(solar_term_day(2031, name).year == 2031 for name in SOLAR_TERMS)


# --- what the pipeline reads ----------------------------------------------------------


def test_a_festival_with_a_relative_year_is_not_a_part_of_the_year():
    assert _dates("今年中秋节期间月饼热销", date(2024, 9, 25)) == [
        ("今年中秋节", date(2024, 9, 17), date(2024, 9, 17))
    ]


def test_a_year_less_festival_takes_the_year_of_its_line():
    assert _dates("2021年销售额回升，春节假期客流翻番", date(2024, 3, 1))[-1] == (
        "春节",
        date(2021, 2, 12),
        date(2021, 2, 12),
    )


def test_a_year_less_festival_near_new_year_is_the_one_across_it():
    # the winter solstice of 2025 is most of a year away in early January: the one just past
    assert _dates("冬至那天全城降温", date(2025, 1, 6)) == [("冬至", date(2024, 12, 21), date(2024, 12, 21))]
    # the fifteenth of the first month, six weeks after a late December article
    assert _dates("正月十五闹花灯", date(2024, 12, 30)) == [
        ("正月十五", date(2025, 2, 12), date(2025, 2, 12))
    ]
    # far from New Year, or near the festival of its own year, the article's year stays
    assert _dates("中秋节假期客流大增", date(2025, 1, 3)) == [
        ("中秋节", date(2025, 10, 6), date(2025, 10, 6))
    ]
    assert _dates("冬至那天全城降温", date(2025, 12, 1)) == [("冬至", date(2025, 12, 21), date(2025, 12, 21))]
    # a year stated on the line wins
    assert _dates("2024年冬至那天全城降温", date(2025, 1, 6)) == [
        ("2024年冬至", date(2024, 12, 21), date(2024, 12, 21))
    ]


def test_before_or_after_a_festival_is_no_day():
    assert _dates("春节前后菜价上涨", date(2024, 3, 1)) == []
    assert _dates("2022年端午节后订单回暖", date(2024, 3, 1)) == [
        ("2022年", date(2022, 1, 1), date(2022, 12, 31))
    ]


def test_a_recurring_festival_or_lunar_day_is_no_date():
    assert _dates("每年春节前后返乡", date(2024, 3, 1)) == []
    assert _dates("每逢正月十五都放烟花", date(2024, 3, 1)) == []


def test_short_festival_names_need_a_year_or_a_holiday_word():
    assert _dates("超市元宵和汤圆齐上架", date(2024, 3, 1)) == []
    assert _dates("中秋月饼礼盒开售", date(2024, 3, 1)) == []
    assert _dates("端午假期高速免费", date(2024, 3, 1)) == [("端午", date(2024, 6, 10), date(2024, 6, 10))]


def test_a_solar_term_needs_a_year_or_a_day_word():
    assert _dates("冬至当天饺子热销", date(2023, 12, 30)) == [
        ("冬至", date(2023, 12, 22), date(2023, 12, 22))
    ]
    assert _dates("入冬至今降水偏少", date(2023, 12, 30)) == []
    assert _dates("去年大雪压断树枝", date(2023, 12, 30)) == [("去年", date(2022, 1, 1), date(2022, 12, 31))]


def test_lunar_dates_are_converted():
    assert _dates("正月十五闹花灯", date(2025, 1, 3)) == [("正月十五", date(2025, 2, 12), date(2025, 2, 12))]
    assert _dates("大年初六开工", date(2025, 1, 3)) == [("大年初六", date(2025, 2, 3), date(2025, 2, 3))]


def test_a_year_before_a_lunar_date_is_the_lunar_year():
    assert _dates("2024年腊月二十八放假") == [("2024年腊月二十八", date(2025, 1, 27), date(2025, 1, 27))]


def test_a_lunar_day_that_may_be_solar_is_not_converted():
    assert _dates("2021年6月二十一起执行") == [("2021年6月二十一", None, None)]
    assert _dates("今年三月十五维权", date(2024, 3, 1)) == [("今年三月十五", None, None)]
    assert _dates("今年农历三月十五", date(2024, 3, 1)) == [
        ("今年农历三月十五", date(2024, 4, 23), date(2024, 4, 23))
    ]


def test_a_reign_s_festival_is_not_converted():
    assert _dates("道光三年除夕") == [("道光三年除夕", None, None)]


# --- figures around them --------------------------------------------------------------


def test_yuan_inside_a_word_is_no_money():
    assert _figures("正月十五元宵节") == []
    assert _figures("三元正极材料产能") == []
    assert _figures("3月8日元宵灯会") == []
    assert _figures("单价6元/件") == [("6元", 6.0)]
    assert _figures("十五元一斤") == [("十五元", 15.0)]
