"""Invented sentences: wrong date and figure values of statistics bulletins, results pages and releases.

Dates: a title line naming the page as a year's report (a statistics
bulletin, an annual report, annual results) dated early in the next year
makes 全年, 年末, 年初 and a lone part of the year (the first half of the year)
that year's; a year-less end of a range inside the period that opens it
(今年以来…至9月21日) stays in its year; a stated year's same month or quarter
(二○二九年同月, 2028年同季) is that month or quarter of the year stated; a verb
of saying right before in and a month (said in December) tells the month it
was said in, before the article. Figures: a bare year after a word of time
before `to` and an amount is no range end (rose 1.3% in 2027 to 712.6 million
tonnes); a currency named before a number with 分 after it counts cents
(人民币21.6分); a bound before the noun a share is of (不超过设备投资额的30%)
bounds the share; 约 before a verb of change (约增加1,042元) still qualifies.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.extractors.test_figure_and_date_value_classes import _dates


def _figures(text: str) -> list[tuple]:
    """(raw text, value, value_low, value_high, unit, qualifier) of every figure found in `text`."""
    return [
        (m.raw_text, m.value, m.value_low, m.value_high, m.unit, m.qualifier)
        for m in pipeline.extract(text)
        if m.table == "figures"
    ]


@pytest.mark.parametrize(
    ("text", "doc_date", "wanted"),
    [
        # a statistics bulletin of the year before
        (
            "青川市2028年国民经济和社会发展统计公报\n青川市统计局\n全年地区生产总值增长5.1%。年末常住人口320万人，年初为318万人。",
            "2029-03-02",
            [
                ("全年", "2028-01-01", "2028-12-31"),
                ("年末", "2028-01-01", "2028-12-31"),
                ("年初", "2028-01-01", "2028-12-31"),
            ],
        ),
        (
            "某县2028年水利发展统计公报\n某县水利局\n全年完成水利投资12亿元。",
            "2029-04-20",
            [("全年", "2028-01-01", "2028-12-31")],
        ),
        # annual results named in the title
        (
            "Harbourline Group 2028 Annual Results\nChairman's statement\n"
            "The group opened two depots in the first half of the year.",
            "2029-03-18",
            [("the first half of the year", "2028-01-01", "2028-06-30")],
        ),
        # a forecast keeps the article's year
        (
            "青川市2028年国民经济和社会发展统计公报\n青川市统计局\n预计全年地区生产总值增长5%。",
            "2029-03-02",
            [("全年", "2029-01-01", "2029-12-31")],
        ),
        # an interim report names half a year: no year reported
        (
            "某银行2028年半年度报告\n董事长致辞\n全年贷款增长8%。",
            "2029-03-02",
            [("全年", "2029-01-01", "2029-12-31")],
        ),
        # a bulletin dated long after its year is no report of the year just ended
        (
            "青川市2026年国民经济和社会发展统计公报\n青川市统计局\n全年地区生产总值增长5.1%。",
            "2029-03-02",
            [("全年", "2029-01-01", "2029-12-31")],
        ),
    ],
)
def test_a_title_of_a_years_report_gives_its_lone_parts_that_year(text, doc_date, wanted):
    found = _dates(text, doc_date)
    for item in wanted:
        assert item in found, found


@pytest.mark.parametrize(
    ("text", "doc_date", "wanted"),
    [
        (
            "今年以来美元走强，本币对美元至9月21日累计贬值5%。",
            "2029-09-22",
            ("9月21日", "2029-09-21", "2029-09-21"),
        ),
        (
            "本年以來物價上升，至8月15日油價累計上漲12%。",
            "2029-09-22",
            ("8月15日", "2029-08-15", "2029-08-15"),
        ),
    ],
)
def test_an_end_within_the_period_opening_the_range_keeps_its_year(text, doc_date, wanted):
    assert wanted in _dates(text, doc_date)


def test_a_day_before_its_range_start_still_moves_to_the_next_year():
    found = _dates("自12月2日通车至3月底，客流达百万人次。", "2029-09-22")
    assert ("3月底", "2030-03-01", "2030-03-31") in found


@pytest.mark.parametrize(
    ("text", "doc_date", "wanted"),
    [
        (
            "二○三○年八月份整體出口貨值較二○二九年同月上升5.2%。",
            "2030-09-25",
            ("二○二九年同月", "2029-08-01", "2029-08-31"),
        ),
        (
            "3月份全市接待旅客恢复至2019年同月的95%。",
            "2031-04-10",
            ("2019年同月", "2019-03-01", "2019-03-31"),
        ),
        ("三季度港口吞吐量较2028年同季增长4%。", "2030-10-20", ("2028年同季", "2028-07-01", "2028-09-30")),
    ],
)
def test_a_stated_years_same_month_is_that_month_of_the_year(text, doc_date, wanted):
    assert wanted in _dates(text, doc_date)


def test_a_stated_years_same_month_with_no_month_before_it_is_unresolved():
    assert ("2021年同月", None, None) in _dates("全年出口额超过2021年同月水平。", "2023-06-12")


@pytest.mark.parametrize(
    ("text", "doc_date", "wanted"),
    [
        (
            "The regulator said in December it would tighten rules on new smelters under the plan for 2030.",
            "2030-01-20",
            ("December", "2029-12-01", "2029-12-31"),
        ),
        (
            "The ministry announced in November that port fees would fall.",
            "2030-01-20",
            ("November", "2029-11-01", "2029-11-30"),
        ),
        # a verb of saying further from the month fixes no tense
        (
            "He said the Jiaxing depot opens in December.",
            "2020-03-14",
            ("December", "2020-12-01", "2020-12-31"),
        ),
        # not said yet
        (
            "The results will be announced in December.",
            "2030-01-20",
            ("December", "2030-12-01", "2030-12-31"),
        ),
    ],
)
def test_a_month_right_after_a_verb_of_saying_is_when_it_was_said(text, doc_date, wanted):
    assert wanted in _dates(text, doc_date)


def test_a_target_year_after_through_dates_no_month_told_after_it():
    found = _dates(
        "The agency will hold two fairs each quarter through the end of 2031, the first in mid-August.",
        "2030-07-26",
    )
    assert ("August", "2030-08-01", "2030-08-31") in found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Grain output rose 1.3% in 2027 to 712.6 million tonnes.",
            ("712.6 million tonnes", 712600000.0, None, None, "t", None),
        ),
        (
            "Retail sales grew 4.8 percent in the first half of 2027 to 24.3 trillion yuan.",
            ("24.3 trillion yuan", 24300000000000.0, None, None, "CNY", None),
        ),
        (
            "Each furnace melts 1800 to 2400 tonnes a day.",
            ("1800 to 2400 tonnes", None, 1800.0, 2400.0, "t", None),
        ),
        ("本期每股基本盈利为人民币18.4分。", ("人民币18.4分", 0.184, None, None, "CNY", None)),
        ("董事會建議派發中期股息每股人民幣6分。", ("人民幣6分", 0.06, None, None, "CNY", None)),
        ("单台设备补贴不超过设备投资额的30%。", ("30%", 30.0, None, None, "percent", "at_most")),
        ("企业每年研发投入不低于当年营业收入的5%。", ("5%", 5.0, None, None, "percent", "at_least")),
        ("貸款額度不得超過購屋總價的八成。", ("八成", 80.0, None, None, "percent", "at_most")),
        ("补贴不超过30万元，占总投资的20%。", ("20%", 20.0, None, None, "percent", None)),
        ("调整后每月利息支出约增加1,042元。", ("1,042元", 1042.0, None, None, "CNY", "approx")),
        ("改造后全年成本约减少3亿元。", ("3亿元", 300000000.0, None, None, "CNY", "approx")),
    ],
)
def test_figure_values(text, wanted):
    assert wanted in _figures(text)


def test_a_year_before_to_is_no_range_end():
    assert not [
        f for f in _figures("Grain output rose 1.3% in 2027 to 712.6 million tonnes.") if f[2] == 2027.0
    ]
