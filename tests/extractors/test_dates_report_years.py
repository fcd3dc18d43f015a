"""Date classes of trade wires, results releases and annual reports, with invented pages.

A fiscal year a Hong Kong page reports on (财政年度内, the previous financial year), a year inside
a clause counted from it (since records began in 2010) that gives a page no year, a month between a
verb of reporting and its statistic, a month followed by a year counted from the one before it, a
year closing a comparison, the same month in history (历史同月), which is no date, and the
vague parts of the year on a page of results for the year ended 31 December, the first months
right after a place, and a range from a part of a year to a part of another.
"""

from __future__ import annotations

from datetime import date

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.dates import find as dates
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES


def page_dates(
    lines: list[str], doc_date: date | None = None, region: str | None = None
) -> list[tuple[str, date | None, date | None]]:
    """(matched text, start date, end date) of every date of a page of several lines."""
    normalised = [normalise_line(number, text, RULES) for number, text in enumerate(lines, 1)]
    traditional = any(line.norm_text != text for line, text in zip(normalised, lines, strict=True))
    context = DocumentContext(doc_date=doc_date, region=region, traditional=traditional)
    contexts = [LineContext(number, line.norm_text, line.lang) for number, line in enumerate(normalised, 1)]
    spans = dates.find_spans(contexts, context, RULES)
    return [
        (
            lines[span.line_no - 1][span.start : span.end],
            span.fields["start_date"],
            span.fields["end_date"],
        )
        for span in spans
    ]


REPORT_PAGE = [
    "某某基金公布2027/28年度報告",
    "財政年度內，基金總收入為3.2億港元，較上一財政年度增加約6%。",
    "In the financial year, income rose 6% from the previous financial year.",
]


def test_a_reported_fiscal_year_is_the_financial_year_of_its_page():
    found = page_dates(REPORT_PAGE, date(2028, 10, 9), "HK")
    assert ("財政年度內", date(2027, 4, 1), date(2028, 3, 31)) in found
    assert ("上一財政年度", date(2026, 4, 1), date(2027, 3, 31)) in found
    assert ("the financial year", date(2027, 4, 1), date(2028, 3, 31)) in found
    assert ("previous financial year", date(2026, 4, 1), date(2027, 3, 31)) in found


def test_without_a_reported_year_the_financial_year_is_not_resolved():
    found = page_dates(REPORT_PAGE[1:], date(2028, 10, 9), "HK")
    assert ("財政年度內", None, None) in found
    assert ("the financial year", None, None) in found
    # the previous financial year still counts from the article's date
    assert ("上一財政年度", date(2027, 4, 1), date(2028, 3, 31)) in found


def test_a_fiscal_year_not_yet_ended_is_no_report():
    found = page_dates(["该局2029/30年度报告显示，上一财政年度收入增加。"], date(2028, 10, 9), "HK")
    assert ("上一财政年度", date(2027, 4, 1), date(2028, 3, 31)) in found


def test_a_year_a_clause_counts_from_gives_a_page_no_year():
    page = [
        "Freight rates fell to the lowest since the index was launched in 2016.",
        "Volumes dropped in April, and the full-year outlook was cut.",
    ]
    found = dict((text, (start, end)) for text, start, end in page_dates(page))
    assert found["2016"] == (date(2016, 1, 1), date(2016, 12, 31))
    assert found["April"] == (None, None)
    chinese = page_dates(["销量创2013年有统计以来新高，今年1-5月增长。"])
    assert ("今年1-5月", None, None) in chinese


def test_a_year_stated_as_a_fact_still_gives_the_page_its_year():
    found = page_dates(["Volumes dropped in April.", "The terminal opened on 12 March 2029."])
    assert ("April", date(2029, 4, 1), date(2029, 4, 30)) in found


def test_a_month_between_a_reporting_verb_and_its_statistic():
    found = page_dates(["The Wuhu carmaker reported October sales of 41,000 vehicles."], date(2027, 11, 9))
    assert found == [("October", date(2027, 10, 1), date(2027, 10, 31))]
    # a forecast month long before the article's date is the one to come (en_month_statistic_told)
    assert page_dates(["The ministry forecast January export orders."], date(2027, 12, 8)) == [
        ("January", date(2028, 1, 1), date(2028, 1, 31))
    ]


def test_a_month_followed_by_a_year_counted_from_the_one_before():
    found = page_dates(["The Weihai line was approved in May 2029 and opened in October that year."])
    assert ("October that year", date(2029, 10, 1), date(2029, 10, 31)) in found
    assert page_dates(["The Luzhou depot opened in June that year."], date(2030, 1, 5)) == []


def test_a_year_closing_a_comparison():
    found = page_dates(["The utility paid 2.10 yuan a share for 2030, the same as 2029."])
    assert ("2029", date(2029, 1, 1), date(2029, 12, 31)) in found


def test_the_same_month_in_history_is_no_date():
    found = page_dates(["3月单月发电量创历史同月新高。"], date(2027, 4, 9))
    assert found == [("3月", date(2027, 3, 1), date(2027, 3, 31))]


RESULTS_PAGE = [
    "The Foshan utility announced its results for the year ended 31 December 2028.",
    "Customer accounts totalled 1.9 million at the end of the year.",
    "A second depot will open by the end of the year.",
]


def test_the_end_of_the_year_on_a_results_page_is_the_year_reported():
    found = page_dates(RESULTS_PAGE, date(2029, 3, 12))
    assert found[1] == ("the end of the year", date(2028, 1, 1), date(2028, 12, 31))
    # what is to come stays in the article's year
    assert found[2] == ("the end of the year", date(2029, 1, 1), date(2029, 12, 31))


def test_the_year_reported_in_a_hong_kong_filing():
    page = ["本集团截至2028年12月31日止年度收入增加。", "年内新增客户300家，年末员工2000人。"]
    found = page_dates(page, date(2029, 3, 12), "HK")
    assert ("年内", date(2028, 1, 1), date(2028, 12, 31)) in found
    assert ("年末", date(2028, 1, 1), date(2028, 12, 31)) in found


def test_a_year_ended_long_before_the_article_reports_nothing():
    found = page_dates(RESULTS_PAGE[:2], date(2029, 11, 12))
    assert found[1] == ("the end of the year", date(2029, 1, 1), date(2029, 12, 31))


def test_the_first_months_right_after_a_port_or_a_city():
    found = page_dates(["日照港前5个月铁矿石吞吐量同比增长8%"], date(2029, 6, 18))
    assert found == [("前5个月", date(2029, 1, 1), date(2029, 5, 31))]
    assert page_dates(["该股上市前3个月股价上涨"], date(2029, 6, 18)) == []


def test_a_range_from_a_part_of_a_year_to_a_part_of_another():
    found = page_dates(["该线路计划2027年底至2028年底分段通车"])
    assert found == [("2027年底至2028年底", date(2027, 1, 1), date(2028, 12, 31))]
    taiwanese = page_dates(["併網時程：民國118年底至119年底"], region="TW")
    assert taiwanese == [("民國118年底至119年底", date(2029, 1, 1), date(2030, 12, 31))]
