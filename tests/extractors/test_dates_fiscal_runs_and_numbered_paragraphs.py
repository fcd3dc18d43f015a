"""Dates of Hong Kong budgets and housing papers, interim results and numbered paragraphs.

A run of fiscal years named with its fiscal word (2024/25至2028/29年度) and a fiscal year in Chinese
digits (二〇二三至二四年度) span April to March on a Hong Kong page; 本年度, 上年度 and 明年度 are
the public fiscal year there and the calendar year elsewhere; a company's interim results
(2027年中期业绩) are the first half of the year; a month in figures opening a numbered paragraph
(二、5月…) is that month, not a second listed one; and Hong Kong, Macau and Taiwan words of a
figure's move (按年, 年增, 跌幅) tell a month far ahead of the article as the one before, as 同比 does;
the first months or quarters opening a clause of a statistic (首七個月平均升幅) are the article year's.
"""

from __future__ import annotations

from datetime import date

from tests.extractors.test_dates_probe import found_dates

FEB = date(2026, 2, 12)
JAN = date(2026, 1, 3)


def dates_of(text: str, doc_date: date, region: str | None) -> list[tuple[str, date | None, date | None]]:
    """(text, start, end) of every date found on one line."""
    return [
        (text[start:end], first, last) for start, end, first, last, _ in found_dates(text, doc_date, region)
    ]


def test_a_run_of_fiscal_years_spans_from_the_first_to_the_last_on_a_hong_kong_page():
    text = "房屋局預計2024/25至2028/29年度可建成公營房屋約13萬個單位。"
    assert dates_of(text, FEB, "HK") == [("2024/25至2028/29年度", date(2024, 4, 1), date(2029, 3, 31))]
    # where the fiscal year is the calendar year, or the place is unknown, which months it covers is not said
    assert dates_of(text, FEB, None) == [("2024/25至2028/29年度", None, None)]
    # a last pair that does not follow is no run of fiscal years
    assert not [d for d in dates_of("2024/25至2028/27年度的計劃", FEB, "HK") if d[0].startswith("2024/25至")]


def test_a_fiscal_year_in_chinese_digits_is_read_as_one_in_figures():
    text = "當局在二〇二三至二四年度撥款約9億元推廣旅遊。"
    assert dates_of(text, FEB, "HK") == [("二〇二三至二四年度", date(2023, 4, 1), date(2024, 3, 31))]
    assert dates_of(text, FEB, None) == [("二〇二三至二四年度", None, None)]
    assert dates_of("二〇二五至二七年度的預算", FEB, "HK") == []


def test_the_year_of_account_is_the_public_fiscal_year_on_a_hong_kong_page():
    text = "醫管局明年度將增設病床約400張，較本年度多兩成。"
    assert dates_of(text, FEB, "HK") == [
        ("明年度", date(2026, 4, 1), date(2027, 3, 31)),
        ("本年度", date(2025, 4, 1), date(2026, 3, 31)),
    ]
    # a Taiwanese or mainland page, or one of no known place: the calendar year, as before
    assert dates_of("本年度學額較上年度增加120個", FEB, "TW") == [
        ("本年度", date(2026, 1, 1), date(2026, 12, 31)),
        ("上年度", date(2025, 1, 1), date(2025, 12, 31)),
    ]
    assert dates_of("医管局明年度将增设病床", FEB, None) == [("明年度", date(2027, 1, 1), date(2027, 12, 31))]


def test_the_year_before_a_fiscal_year_reported_is_the_fiscal_year_before_it():
    text = "房委會明年度建築開支預算約300億元，較上年多18億元。"
    assert dates_of(text, FEB, "HK") == [
        ("明年度", date(2026, 4, 1), date(2027, 3, 31)),
        ("上年", date(2025, 4, 1), date(2026, 3, 31)),
    ]


def test_interim_results_are_the_first_half_of_the_year_named():
    assert dates_of("某物流集團公布2027年中期業績，收入增長8%。", FEB, "HK") == [
        ("2027年中期", date(2027, 1, 1), date(2027, 6, 30))
    ]
    assert dates_of("董事会批准2026年中期报告", FEB, None) == [
        ("2026年中期", date(2026, 1, 1), date(2026, 6, 30))
    ]
    # mid-year without a report is the year, as 年中 is
    assert dates_of("新线预计2028年中期完工", FEB, None) == [
        ("2028年中", date(2028, 1, 1), date(2028, 12, 31))
    ]


def test_a_month_in_figures_after_a_paragraph_enumerator_is_that_month():
    assert dates_of("三、5月工業產值年增4.2%。", date(2026, 6, 20), "TW") == [
        ("5月", date(2026, 5, 1), date(2026, 5, 31))
    ]
    # months written alike stay neighbours, and a month listed after another in figures no month of its own
    assert dates_of("二、三月訂單飽滿", date(2026, 6, 20), "TW") == [
        ("二、三月", date(2026, 2, 1), date(2026, 3, 31))
    ]
    assert dates_of("按計劃於3、5月兩次調價", date(2026, 6, 20), None) == []


def test_hong_kong_and_taiwan_words_of_a_move_tell_a_month_far_ahead_as_the_one_before():
    text = "零售銷貨價值按年下跌5.1%，但跌幅較10月的7.2%收窄。"
    assert dates_of(text, JAN, "HK") == [("10月", date(2025, 10, 1), date(2025, 10, 31))]
    assert dates_of("10月出口年增12%。", JAN, "TW") == [("10月", date(2025, 10, 1), date(2025, 10, 31))]
    # a forecast keeps the month to come
    assert dates_of("預計10月出口按年增長。", JAN, "HK") == [("10月", date(2026, 10, 1), date(2026, 10, 31))]


def test_interim_results_in_english_are_the_first_half_of_the_year_named():
    assert dates_of("The ferry operator posted its 2027 interim results on Tuesday.", FEB, "HK")[0] == (
        "2027 interim",
        date(2027, 1, 1),
        date(2027, 6, 30),
    )
    assert dates_of("Harbour Logistics Announces 2026 Interim Results", FEB, "HK") == [
        ("2026 Interim", date(2026, 1, 1), date(2026, 6, 30))
    ]
    assert dates_of("An interim manager was named in 2026.", FEB, None) == [
        ("2026", date(2026, 1, 1), date(2026, 12, 31))
    ]


def test_the_first_months_or_quarters_opening_a_clause_of_a_statistic_are_of_the_article_year():
    aug = date(2026, 8, 20)
    assert dates_of("綜合消費物價指數按年上升1.1%，首六個月平均升幅為0.9%。", aug, "HK")[-1] == (
        "首六個月",
        date(2026, 1, 1),
        date(2026, 6, 30),
    )
    assert dates_of("在首四個月，錄得商品貿易逆差320億元。", aug, "HK") == [
        ("首四個月", date(2026, 1, 1), date(2026, 4, 30))
    ]
    assert dates_of("灣區兩市首三季地區生產總值約4.1萬億元", date(2026, 11, 20), "HK") == [
        ("首三季", date(2026, 1, 1), date(2026, 9, 30))
    ]
    # a lease's first months, with no statistic: a duration, no date
    assert dates_of("新租戶首3個月免收租金，其後按市值收租。", aug, "HK") == []
