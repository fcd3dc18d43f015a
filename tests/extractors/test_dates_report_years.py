"""Date classes of trade wires, results releases and annual reports, with invented pages.

A fiscal year a Hong Kong page reports on (财政年度内, the previous financial year), a year inside
a clause counted from it (since records began in 2010) that gives a page no year, a month between a
verb of reporting and its statistic, a month followed by a year counted from the one before it, a
year closing a comparison, and the same month in history (历史同月), which is no date.
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


def test_without_a_reported_year_the_financial_year_is_not_read():
    found = page_dates(REPORT_PAGE[1:], date(2028, 10, 9), "HK")
    assert not any(text in ("財政年度內", "the financial year") for text, _, _ in found)
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
    found = page_dates(["Volumes dropped in April.", "The terminal opened in 2029."])
    assert ("April", date(2029, 4, 1), date(2029, 4, 30)) in found


def test_a_month_between_a_reporting_verb_and_its_statistic():
    found = page_dates(["The Wuhu carmaker reported October sales of 41,000 vehicles."], date(2027, 11, 9))
    assert found == [("October", date(2027, 10, 1), date(2027, 10, 31))]
    assert page_dates(["The ministry forecast January export orders."], date(2027, 12, 8)) == []


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
