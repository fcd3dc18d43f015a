"""A battery of invented sentences: the same month, quarter or period of another year, read as one date.

`the same month last year`, `the same month a year earlier`, `the same month
of 2024`, `同月去年` and `上年同季` are the period named before them on the line,
moved to the year they name: one date, not the month named before and a
whole year. Alone (`in the same month`), the same month is the one just
named. Cases read as in `test_dates_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_dates_probe import score_case

DOC = "2025-11-20"

CASES: list[tuple] = [
    # English: news on trade, energy, tourism and transport
    (
        DOC,
        None,
        "Crude steel output in September was 4.2% below the same month last year.",
        [("September", "2025-09-01", "2025-09-30"), ("the same month last year", "2024-09-01", "2024-09-30")],
    ),
    (
        DOC,
        "HK",
        "Visitor arrivals in August rose 11% compared with the same month a year earlier.",
        [
            ("August", "2025-08-01", "2025-08-31"),
            ("the same month a year earlier", "2024-08-01", "2024-08-31"),
        ],
    ),
    (
        DOC,
        None,
        "Ferry crossings in June fell short of the same month of 2023.",
        [("June", "2025-06-01", "2025-06-30"), ("the same month of 2023", "2023-06-01", "2023-06-30")],
    ),
    (
        DOC,
        None,
        "Wind power in the third quarter beat the same quarter of the previous year.",
        [
            ("the third quarter", "2025-07-01", "2025-09-30", "period"),
            ("the same quarter of the previous year", "2024-07-01", "2024-09-30", "period"),
        ],
    ),
    (
        DOC,
        None,
        "Bookings in October were up on the same time last year.",
        [("October", "2025-10-01", "2025-10-31"), ("the same time last year", "2024-10-01", "2024-10-31")],
    ),
    # hard negative: alone, the same month is the one just named
    (
        DOC,
        None,
        "In March, hotel rates rose 6%; in the same month, rents slipped.",
        [("March", "2025-03-01", "2025-03-31"), ("the same month", "2025-03-01", "2025-03-31")],
    ),
    # Chinese, simplified and traditional
    (
        DOC,
        "HK",
        "9月份本港住宅成交量較同月去年減少8%。",
        [("9月份", "2025-09-01", "2025-09-30"), ("同月去年", "2024-09-01", "2024-09-30")],
    ),
    (
        DOC,
        "CN",
        "三季度全省用电量比上年同季增长4.1%。",
        [
            ("三季度", "2025-07-01", "2025-09-30", "period"),
            ("上年同季", "2024-07-01", "2024-09-30", "period"),
        ],
    ),
    (
        DOC,
        "TW",
        "第二季外銷訂單較去年同季度衰退3%。",
        [
            ("第二季", "2025-04-01", "2025-06-30", "period"),
            ("去年同季度", "2024-04-01", "2024-06-30", "period"),
        ],
    ),
    (
        DOC,
        "CN",
        "10月份全市快递业务量较去年同月增长12%。",
        [("10月份", "2025-10-01", "2025-10-31"), ("去年同月", "2024-10-01", "2024-10-31")],
    ),
    # hard negatives: a whole year before 同月 is no month; 同月 alone is the month named
    (
        DOC,
        "CN",
        "2024年出口较去年同月回落。",
        [("2024年", "2024-01-01", "2024-12-31"), ("?去年同月", None, None)],
    ),
    (
        DOC,
        "CN",
        "7月份新开工项目32个，同月竣工项目18个。",
        [("7月份", "2025-07-01", "2025-07-31"), ("同月", "2025-07-01", "2025-07-31")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])
