"""Invented sentences: figure and date classes of cross-border and reposted pages.

Figures: 上看 before an amount or a count is the reach of a forecast, at most
(Taiwanese business news), unless it ends 总体上看 or 线上看; decades are
lengths of ten years each (`two decades`, `nearly three decades`), but not
when counted back (`three decades ago`). Dates: a day range of one month in
Chinese numerals without 日 on its first day (`六月二十至二十三日`, as Hong
Kong and Macau government releases write it) is that range, not a lunar day.
A month before the noun of a statistic right after a verb of forecast
(`forecast June exports`), or after a conjunction with a verb of change
after the noun (`while July revenue rose`), is that month; a forecast month
long before the article's date is the one to come, but `forecast in January`
tells when the forecast was made. A February moved to a leap year ends on
the 29th.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.extractors.test_figure_and_date_value_classes import _dates


def _figures(text: str) -> list[tuple]:
    """(raw text, value, unit, qualifier) of every figure found in `text`."""
    return [
        (m.raw_text, m.value, m.unit, m.qualifier) for m in pipeline.extract(text) if m.table == "figures"
    ]


FIGURE_CASES = [
    # 上看: at most
    ("新竹二廠總投資額上看新台幣800億元。", [("上看新台幣800億元", 8.0e10, "TWD", "at_most")]),
    ("法人估明年月產能上看6萬片。", [("上看6萬片", 60000, "count", "at_most")]),
    ("總體上看3項指標都優於預期。", [("3項", 3, "count", None)]),
    ("观众线上看2场发布会。", [("2场", 2, "count", None)]),
    # decades
    ("Freight volumes fell to their lowest level in three decades.", [("three decades", 30, "year", None)]),
    ("The ferry line has run for nearly four decades.", [("nearly four decades", 40, "year", "approx")]),
    (
        "Over the past two decades, the county built 12 bridges.",
        [("past two decades", 20, "year", None), ("12 bridges", 12, "count", None)],
    ),
    ("The yard closed two decades ago.", []),
]


@pytest.mark.parametrize(("text", "wanted"), FIGURE_CASES)
def test_figure_values(text, wanted):
    assert _figures(text) == wanted


DATE_CASES = [
    (
        "考察团将于九月二十一至二十四日访问新加坡。",
        "2027-08-30",
        [("九月二十一至二十四日", "2027-09-21", "2027-09-24")],
    ),
    (
        "展覽會於十二月五至七日在灣仔舉行。",
        "2027-11-12",
        [("十二月五至七日", "2027-12-05", "2027-12-07")],
    ),
    (
        "The bureau forecast October export orders of between US$50 billion and US$52 billion.",
        "2027-10-20",
        [("October", "2027-10-01", "2027-10-31")],
    ),
    (
        "The agency forecast February exports of about US$38 billion.",
        "2027-12-08",
        [("February", "2028-02-01", "2028-02-29")],
    ),
    (
        "The economist forecast in February that exports would slow.",
        "2027-12-08",
        [("February", "2027-02-01", "2027-02-28")],
    ),
    (
        "Orders shrank, while June turnover rose 2 percent.",
        "2027-07-10",
        [("June", "2027-06-01", "2027-06-30")],
    ),
    ("Analysts forecast May sales to rise.", "2027-04-10", []),
]


@pytest.mark.parametrize(("text", "doc_date", "wanted"), DATE_CASES)
def test_date_values(text, doc_date, wanted):
    assert _dates(text, doc_date) == wanted


def test_a_chinese_numeral_month_and_day_alone_stays_a_lunar_day():
    assert _dates("明年八月十五回乡团聚", "2027-03-01") == [("明年八月十五", None, None)]


def test_a_february_moved_into_a_leap_year_ends_on_the_29th():
    assert _dates("年货展将于2月举行。", "2027-12-10") == [("2月", "2028-02-01", "2028-02-29")]
