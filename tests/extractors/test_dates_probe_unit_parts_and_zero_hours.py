"""A battery of invented sentences: parts of the week or month told ahead, and notices from 零时.

`the end of the month` and `the start of the week` after a word of the future in
their clause are the article's month and week (a vague part is its whole unit,
as 月底 is the month); told in the past, after `due to`, or with a month named
before them on the line they are not read. A notice's range from a day's 零时
to another day's 24时 is one range of days. Cases read as in `test_dates_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_dates_probe import score_case

DOC = "2025-06-18"  # a Wednesday

CASES: list[tuple] = [
    (
        DOC,
        None,
        "The Lishui footbridge will reopen by the end of the month.",
        [("the end of the month", "2025-06-01", "2025-06-30")],
    ),
    (
        DOC,
        None,
        "Tenders for the Quzhou depot are due at the start of the week, officials said.",
        [("the start of the week", "2025-06-16", "2025-06-22")],
    ),
    (
        DOC,
        None,
        "The Huzhou canal works are expected to finish toward the middle of the month.",
        [("the middle of the month", "2025-06-01", "2025-06-30")],
    ),
    (
        DOC,
        None,
        "We'll settle the Jinhua accounts end of the week",
        [("end of the week", "2025-06-16", "2025-06-22")],
    ),
    (DOC, None, "By the end of the week, the Shaoxing index had fallen 3%.", []),
    (DOC, None, "Deposits will climb due to the end of the month payroll.", []),
    (DOC, None, "It will, at the end of the day, come down to subsidies.", []),
    (
        DOC,
        None,
        "In May the board said the plant will reopen by the end of the month.",
        [("May", "2025-05-01", "2025-05-31")],
    ),
    (
        DOC,
        "CN",
        "该路段临时封闭时间为6月20日零时至6月22日24时。",
        [("6月20日零时至6月22日24时", "2025-06-20", "2025-06-22", "period")],
    ),
    (
        DOC,
        "CN",
        "优惠期自2025年7月1日〇时至8月31日二十四时。",
        [("2025年7月1日〇时至8月31日二十四时", "2025-07-01", "2025-08-31", "period")],
    ),
    (
        DOC,
        "CN",
        "自6月20日零时起至6月22日止暂停通行。",
        [("6月20日", "2025-06-20", "2025-06-20"), ("6月22日", "2025-06-22", "2025-06-22")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])
