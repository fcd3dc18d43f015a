"""The year of a page with no date of its own (`infer_article_year` in pipeline/extractors/dates/find.py).

The latest year a page tells as a fact is its year only when a date naming a
day, a document title or two lines state it; a year stated once in passing
(a fund set up in 2027, phases due from 2031, a month a zone opened in)
leaves the year unknown, and the year-less dates null.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extractors.test_dates_whole_years import _find_in

D = date


@pytest.mark.parametrize(
    ("texts", "lang", "relative"),
    [
        (
            [
                "The fund, set up by the province in 2027, has invested in 40 projects.",
                "Sales rose this year.",
            ],
            "en",
            "this year",
        ),
        (
            ["The port zone, opened in August 2026, drew 30 firms.", "Exports rose in the first half."],
            "en",
            "the first half",
        ),
        (["新区二期估计2031年起分阶段投用。", "今年一季度完成投资3亿元。"], "zh", "今年一季度"),
        (["物流园2026年营收约12亿元。", "今年新增入驻企业8家。"], "zh", "今年"),
        (
            ["For the year ended 31 December 2027, the group's revenue rose 8%.", "Orders rose this year."],
            "en",
            "this year",
        ),
    ],
)
def test_a_year_stated_once_in_passing_leaves_the_page_year_unknown(texts, lang, relative):
    found = _find_in(texts, lang)
    assert next(item for item in found if item[0] == relative)[1:] == (None, None)


@pytest.mark.parametrize(
    ("texts", "lang", "relative", "year"),
    [
        (["2027年3月5日，园区举行签约仪式。", "今年新增入驻企业12家。"], "zh", "今年", 2027),
        (
            ["On 5 March 2027 the county opened its third park.", "Sales rose this year."],
            "en",
            "this year",
            2027,
        ),
        (
            ["2026年，全市工业增加值增长6%。", "2026年，出口增长5%。", "今年新增企业12家。"],
            "zh",
            "今年",
            2026,
        ),
        (["全市出台《绿色建材推广计划（2029—2031年）》。", "今年新增企业12家。"], "zh", "今年", 2029),
    ],
)
def test_a_year_a_day_a_title_or_two_lines_state_is_the_page_year(texts, lang, relative, year):
    found = _find_in(texts, lang)
    assert next(item for item in found if item[0] == relative)[1:] == (D(year, 1, 1), D(year, 12, 31))
