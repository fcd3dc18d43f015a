"""The whole year under discussion (全年, the full year), Hong Kong fiscal years,
the same period across lines, and forecasts that must not date an undated page."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.dates import find as dates
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES

D = date


def _find_in(texts: list[str], lang: str = "zh", **document) -> list[tuple[str, date | None, date | None]]:
    """(text, start_date, end_date) of every date in an article of several lines."""
    lines = [
        LineContext(number, normalise_line(number, text, RULES).norm_text, lang)
        for number, text in enumerate(texts, start=1)
    ]
    spans = dates.find_spans(lines, DocumentContext(**document), RULES)
    return [
        (
            lines[span.line_no - 1].norm_text[span.start : span.end],
            span.fields["start_date"],
            span.fields["end_date"],
        )
        for span in spans
    ]


# --- 全年, the full year ---------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["全年出口总额增长6%。"], [("全年", D(2029, 1, 1), D(2029, 12, 31))]),
        (["全年度预算约为12亿元。"], [("全年度", D(2029, 1, 1), D(2029, 12, 31))]),
        (
            ["2028年前三季度营收增长，全年营收有望突破百亿。"],
            [("2028年前三季度", D(2028, 1, 1), D(2028, 9, 30)), ("全年", D(2028, 1, 1), D(2028, 12, 31))],
        ),
        (["这家超市全年无休。"], []),
        (["这款游戏面向全年龄段玩家。"], []),
        (["集团公布该财年之全年业绩。"], []),
    ],
)
def test_a_whole_year_is_the_year_its_line_is_about_else_the_articles(texts, expected):
    assert _find_in(texts, doc_date=D(2029, 1, 18)) == expected


def test_the_full_year_in_english():
    found = _find_in(
        ["For the full year, the Ningbo port handled 40 million boxes."], "en", doc_date=D(2029, 1, 18)
    )
    assert found == [("the full year", D(2029, 1, 1), D(2029, 12, 31))]
    assert _find_in(["The ferry ran for a full year without delays."], "en", doc_date=D(2029, 1, 18)) == []


# --- fiscal years over two calendar years ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "match"),
    [
        ("政府2029/30年度预算案公布。", "zh", "2029/30年度"),
        ("2029-30財政年度錄得赤字。", "zh", "2029-30财政年度"),
        ("FY2029/30收入增加。", "zh", "FY2029/30"),
        ("The 2029-30 Budget sets aside more for ferries.", "en", "2029-30"),
    ],
)
def test_a_hong_kong_fiscal_year_runs_april_to_march(text, lang, match):
    assert _find_in([text], lang, doc_date=D(2029, 2, 26), region="HK") == [
        (match, D(2029, 4, 1), D(2030, 3, 31))
    ]
    # elsewhere, or with the place unknown, the months are not said
    assert _find_in([text], lang, doc_date=D(2029, 2, 26), region="CN") == [(match, None, None)]
    assert _find_in([text], lang, doc_date=D(2029, 2, 26)) == [(match, None, None)]


def test_a_school_or_sports_year_is_never_a_fiscal_year():
    assert _find_in(["2029—2030学年第一学期"], doc_date=D(2029, 9, 1), region="HK") == [
        ("2029—2030学年", None, None)
    ]
    assert _find_in(["Applications rose in 2029/30."], "en", doc_date=D(2029, 9, 1), region="HK") == [
        ("2029/30", None, None)
    ]


# --- the same period a year earlier ---------------------------------------------


def test_last_years_same_period_takes_the_period_of_the_line_before():
    found = _find_in(["2028年1-6月，公司营收10亿元。", "去年同期为8亿元。"], doc_date=D(2029, 3, 1))
    assert found[-1] == ("去年同期", D(2027, 1, 1), D(2027, 6, 30))


def test_same_period_after_a_comparison_word_is_last_years():
    found = _find_in(["1至8月，园区营收比同期增长5%。"], doc_date=D(2029, 9, 20))
    assert found[-1] == ("同期", D(2028, 1, 1), D(2028, 8, 31))
    # meanwhile, with nothing compared, and 同比 are no dates
    assert _find_in(["2028年1-6月净利润为3亿元，同期营收增长5%。"], doc_date=D(2029, 9, 20)) == [
        ("2028年1-6月", D(2028, 1, 1), D(2028, 6, 30))
    ]
    assert _find_in(["营收比同期增长5%。"], doc_date=D(2029, 9, 20)) == []
    assert _find_in(["营收同比增长5%。"], doc_date=D(2029, 9, 20)) == []


# --- forecasts do not date a page without a date --------------------------------


def test_a_deadline_year_does_not_date_an_undated_page():
    found = _find_in(
        ["国务院印发《2030年前碳达峰行动方案》。", "2022年6月8日，新政出台。", "今年以来，装机增长。"]
    )
    assert found[-1] == ("今年以来", D(2022, 1, 1), D(2022, 12, 31))


def test_a_year_told_with_will_after_it_does_not_date_an_undated_page():
    found = _find_in(
        [
            "Exports grew 3% in 2030.",
            "Exports in 2031 will grow by 5 percent.",
            "Imports fell in 2030.",
            "Sales rose this year.",
        ],
        "en",
    )
    assert found[-1] == ("this year", D(2030, 1, 1), D(2030, 12, 31))


def test_a_whole_year_takes_the_year_the_line_before_is_about():
    found = _find_in(
        ["一、2028年计划完成情况", "完成投资12亿元，全年投资执行情况良好。"], doc_date=D(2029, 4, 20)
    )
    assert found[-1] == ("全年", D(2028, 1, 1), D(2028, 12, 31))
    # a target year ahead of the article's is no year under discussion
    found = _find_in(["到2035年建成新城区。", "全年投资12亿元。"], doc_date=D(2029, 4, 20))
    assert found[-1] == ("全年", D(2029, 1, 1), D(2029, 12, 31))
