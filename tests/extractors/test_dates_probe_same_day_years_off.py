"""A battery of invented sentences: the article's day in another year (去年的今天, a year ago today).

`去年的今天`, `去年今日`, `十年前的今天` and `a year ago today` are the article's
day and month in the year counted, one date; read apart, 今天 was the
article's own day beside the whole year before. With no article date they
stay unresolved. Cases read as in `test_dates_probe`.
"""

from __future__ import annotations

import datetime

import pytest

import pipeline
from tests.extractors.test_dates_probe import score_case

DOC = "2026-05-20"

CASES: list[tuple] = [
    (DOC, "CN", "去年的今天，这片滩涂还未动工。", [("去年的今天", "2025-05-20", "2025-05-20")]),
    (DOC, "CN", "去年今日，园区首批企业入驻。", [("去年今日", "2025-05-20", "2025-05-20")]),
    (DOC, "CN", "十年前的今天，首座跨海大桥通车。", [("十年前的今天", "2016-05-20", "2016-05-20")]),
    (DOC, "CN", "明年今日，新馆将迎来首批观众。", [("明年今日", "2027-05-20", "2027-05-20")]),
    (DOC, "CN", "今天，新馆迎来首批观众。", [("今天", "2026-05-20", "2026-05-20")]),
    (
        DOC,
        None,
        "A year ago today, the Ningbo ferry made its first crossing.",
        [("A year ago today", "2025-05-20", "2025-05-20")],
    ),
    (
        DOC,
        None,
        "Ten years ago today the Wuhu bridge opened.",
        [("Ten years ago today", "2016-05-20", "2016-05-20")],
    ),
    (
        DOC,
        None,
        "The Wuhu bridge opened a year ago. Today it carries 40,000 cars.",
        [("a year ago", "2025-01-01", "2025-12-31"), ("Today", "2026-05-20", "2026-05-20")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])


def test_the_same_day_of_another_year_needs_the_article_date():
    found = [
        record for record in pipeline.extract("去年的今天，这片滩涂还未动工。") if record.table == "dates"
    ]
    assert [(record.raw_text, record.start_date, record.end_date) for record in found] == [
        ("去年的今天", None, None)
    ]


def test_29_february_in_a_year_without_one_is_unresolved():
    found = [
        record
        for record in pipeline.extract("去年的今天，这片滩涂还未动工。", doc_date=datetime.date(2028, 2, 29))
        if record.table == "dates"
    ]
    assert [(record.raw_text, record.start_date) for record in found] == [("去年的今天", None)]
