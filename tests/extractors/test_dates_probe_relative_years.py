"""A battery of invented sentences: relative years with their year in brackets, and the past year.

`去年（2024）` and `前年(2023年)` are one date, the year in brackets; `过去一年`
(過去一年, 过去的一年) is the year under review, as `the past year` is, and no
duration figure; more than a year (过去一年多) or two years stay durations.
Cases read as in `test_dates_probe`; the figures of the same sentences as in
`test_figure_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_dates_probe import score_case
from tests.extractors.test_figure_probe import CN, HK, TW, _differences

DOC = "2025-11-20"

CASES: list[tuple] = [
    (DOC, "CN", "去年（2024）全市实现地区生产总值3200亿元。", [("去年（2024）", "2024-01-01", "2024-12-31")]),
    (DOC, "CN", "前年(2023年)该区引进项目45个。", [("前年(2023年)", "2023-01-01", "2023-12-31")]),
    (DOC, "CN", "与去年（2024年）相比，出口增长6%。", [("去年（2024年）", "2024-01-01", "2024-12-31")]),
    (DOC, "TW", "前年（112年）營收創新高。", [("前年（112年）", "2023-01-01", "2023-12-31")]),
    (DOC, "CN", "今年(2025年)前三季度，GDP增长5%。", [("今年(2025年)前三季度", "2025-01-01", "2025-09-30")]),
    (DOC, "HK", "本年（2025年）上半年，旅客上升1%。", [("本年（2025年）上半年", "2025-01-01", "2025-06-30")]),
    (DOC, "CN", "去年（第3期）报告已经公布。", [("去年", "2024-01-01", "2024-12-31")]),
    (DOC, "CN", "过去一年，全区新增企业1.2万家。", [("过去一年", "2024-01-01", "2024-12-31")]),
    (DOC, "CN", "在过去的一年里，公司营收增长20%。", [("过去的一年", "2024-01-01", "2024-12-31")]),
    (DOC, "HK", "過去一年，本港出口上升5%。", [("過去一年", "2024-01-01", "2024-12-31")]),
    (DOC, None, "Over the past year, exports rose.", [("the past year", "2024-01-01", "2024-12-31")]),
    (DOC, "CN", "过去一年多来，项目进展顺利。", []),
    (DOC, "CN", "过去两年，全区新增企业2万家。", []),
    (DOC, "CN", "过去一年半时间里，工程完成了主体结构。", []),
]

FIGURES = [
    ("过去一年，全区新增企业1.2万家。", CN, [("1.2万家", 1.2e4, "count", None, "家")]),
    ("過去一年，本港出口上升5%。", HK, [("5%", 5, "percent", None)]),
    ("过去一年多来，项目进展顺利。", CN, [("过去一年多来", 1, "year", "more_than")]),
    ("过去两年，全区新增企业2万家。", CN, [("过去两年", 2, "year", None), ("2万家", 2e4, "count", None)]),
    ("前年（112年）營收創新高。", TW, []),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])


@pytest.mark.parametrize(("text", "region", "expected"), FIGURES, ids=[text[:30] for text, _, _ in FIGURES])
def test_each_sentence_gives_its_figures(text, region, expected):
    assert _differences(text, region, expected) == []
