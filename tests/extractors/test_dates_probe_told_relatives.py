"""A battery of invented sentences: offsets ahead, told holidays, spoken weeks and days.

`in two weeks` counts from the article's date, in the unit named, only after a
word of the future in its clause (a stretch otherwise: the first cut in three
years); `last Christmas` is the latest one before the article's date, not the
article's year's, and `Christmas Day last year` the one of the year told;
`上个周五` and `这个周末` are weeks as `上周五` is; `day after tomorrow` without
`the` is two days on, not tomorrow. Cases read as in `test_dates_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_dates_probe import score_case

DOC = "2025-06-18"  # a Wednesday

CASES: list[tuple] = [
    (
        DOC,
        None,
        "The Ningbo toll bridge will reopen in two weeks.",
        [("two weeks", "2025-06-30", "2025-07-06")],
    ),
    (DOC, None, "Bids are due in 10 days, the port said.", [("10 days", "2025-06-28", "2025-06-28")]),
    (
        DOC,
        None,
        "The mill is expected to restart in three months.",
        [("three months", "2025-09-01", "2025-09-30")],
    ),
    (DOC, None, "It will be the largest rate cut in three years.", []),
    (DOC, None, "The yuan rose 2% in two weeks.", []),
    (DOC, None, "The line will carry freight, as in five years of trials.", []),
    (DOC, None, "Parcel volumes peaked last Christmas.", [("last Christmas", "2024-12-25", "2024-12-25")]),
    (
        DOC,
        None,
        "The square reopens before next Christmas.",
        [("next Christmas", "2025-12-25", "2025-12-25")],
    ),
    (DOC, None, "Crowds will gather this Halloween.", [("this Halloween", "2025-10-31", "2025-10-31")]),
    (DOC, None, "Sales beat last Christmas season.", []),
    (
        DOC,
        None,
        "Ferries stopped on Christmas Day last year.",
        [("Christmas Day", "2024-12-25", "2024-12-25"), ("last year", "2024-01-01", "2024-12-31")],
    ),
    (DOC, None, "Christmas sales last year were slow.", [("last year", "2024-01-01", "2024-12-31")]),
    (
        DOC,
        None,
        "The Jiaxing ferry sails day after tomorrow.",
        [("day after tomorrow", "2025-06-20", "2025-06-20")],
    ),
    (
        DOC,
        "CN",
        "上个周五签约，这个周末试运行。",
        [("上个周五", "2025-06-13", "2025-06-13"), ("这个周末", "2025-06-21", "2025-06-22")],
    ),
    (DOC, "CN", "下个周一起实施新规。", [("下个周一", "2025-06-23", "2025-06-23")]),
    (DOC, "CN", "这个周期的订单增长明显。", []),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])
