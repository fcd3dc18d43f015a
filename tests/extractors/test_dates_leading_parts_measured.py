"""The first months or quarters of a year, and a part opening the year, without a year of their own:
measured once they end, so one ending well after the article's date, told as measured, is the year
before's; a forecast or a count from it keeps the article's year."""

from __future__ import annotations

import pytest

from tests.extractors.test_dates_probe import score_case

JAN = "2027-01-08"
JUL = "2027-07-20"

CASES = [
    (
        JAN,
        "HK",
        "首十一個月，本港零售額按年下跌2.1%。",
        [("首十一個月", "2026-01-01", "2026-11-30", "period")],
    ),
    (
        JAN,
        "HK",
        "去年首十一個月出口上升，首十一個月按年增加約9%。",
        [
            ("去年首十一個月", "2026-01-01", "2026-11-30", "period"),
            ("首十一個月按", "2026-01-01", "2026-11-30", "period"),
        ],
    ),
    (JAN, "CN", "前三季度，全县粮食产量同比增长4%。", [("前三季度", "2026-01-01", "2026-09-30", "period")]),
    (JAN, "HK", "首季，本澳酒店入住率按年上升。", [("首季", "2026-01-01", "2026-03-31", "period")]),
    (
        JAN,
        "CN",
        "去年前三季度出口增长，今年首季有望回暖。",
        [
            ("去年前三季度", "2026-01-01", "2026-09-30", "period"),
            ("今年首季", "2027-01-01", "2027-03-31", "period"),
        ],
    ),
    (JAN, "HK", "預計首十一個月出口按年增長。", [("首十一個月", "2027-01-01", "2027-11-30", "period")]),
    (JAN, "CN", "一季度以来，全县出口同比增长。", [("一季度", "2027-01-01", "2027-03-31", "period")]),
    (JAN, "CN", "年初以来，全县出口同比增长。", [("年初", "2027-01-01", "2027-12-31", "year")]),
    (JUL, "CN", "上半年，全市进出口同比增长6%。", [("上半年", "2027-01-01", "2027-06-30", "period")]),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:20] for case in CASES])
def test_a_part_opening_the_year_is_dated_by_when_it_ends(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])
