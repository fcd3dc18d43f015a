"""Invented sentences: wrong values and misses of figures and dates, by class.

Dates: a post number before a date written month first is no day (`#1  May
16th, 2026`); 截至 is "as of", so a day before it starts no range that would
push its month into the next year; a plan told as past with originally,
initially or previously keeps the article's year; an analyst's forecast year
(2026F, 2027E, FY26E); a year before an adjective and a noun of accounts (its
2025 annual results, its 2025 economic growth forecast); a budget named by its
month; the years in brackets after a capitalised plan title belong to its name.
A split year in a sentence that names the fiscal year is that fiscal year
on a Hong Kong page. Figures: a results table headed by its unit in the first
cell of its header row, a row whose label states a unit of its own; counts of
cases (案) and teams (隊) in Taiwanese official text, of cities and provinces
(3市); `120 of its stores`; `an increase of 40` after an earlier count.
"""

from __future__ import annotations

from datetime import date

import pytest

import pipeline
from pipeline.document import process_document, source_from_text
from pipeline.rules.ruleset import default_ruleset


def _dates(text: str, doc_date: str) -> list[tuple]:
    """(raw text, start, end) of every date found in `text`, dates as ISO strings."""
    return [
        (m.raw_text, str(m.start_date) if m.start_date else None, str(m.end_date) if m.end_date else None)
        for m in pipeline.extract(text, doc_date=date.fromisoformat(doc_date))
        if m.table == "dates"
    ]


def _figures(text: str) -> list[tuple]:
    """(raw text, value, unit) of every figure found in `text`."""
    return [(m.raw_text, m.value, m.unit) for m in pipeline.extract(text) if m.table == "figures"]


DATE_CASES = [
    # a post number before a date written month first
    ("#7  August 3rd, 2027, 11:20 PM", "2027-08-05", [("August 3rd, 2027", "2027-08-03", "2027-08-03")]),
    ("Reply 2 October 9, 2027 by a guest", "2027-10-10", [("October 9, 2027", "2027-10-09", "2027-10-09")]),
    ("The depot reopened on 4 May.", "2027-06-01", [("4 May", "2027-05-04", "2027-05-04")]),
    # 截至 is as of: no range from the day before it
    (
        "昨天，记者从市统计局了解到，截至7月底，全市新增市场主体1.2万户。",
        "2027-08-20",
        [("昨天", "2027-08-19", "2027-08-19"), ("7月底", "2027-07-01", "2027-07-31")],
    ),
    (
        "自去年11月5日开通至7月底，专线运送旅客80万人次。",
        "2027-08-20",
        [("去年11月5日", "2026-11-05", "2026-11-05"), ("7月底", "2027-07-01", "2027-07-31")],
    ),
    # a plan told as past keeps the article's year
    (
        "The Liuzhou auto show, initially scheduled for May, was called off.",
        "2027-09-10",
        [("May", "2027-05-01", "2027-05-31")],
    ),
    ("The Liuzhou auto show is scheduled for May.", "2027-09-10", [("May", "2028-05-01", "2028-05-31")]),
    # analysts' forecast years
    ("We raise 2028F earnings by 6%.", "2027-11-02", [("2028F", "2028-01-01", "2028-12-31")]),
    ("The shares trade at 11x FY28E profit.", "2027-11-02", [("FY28E", "2028-01-01", "2028-12-31")]),
    ("Catalogue part 2028FX is out of stock.", "2027-11-02", []),
    # a year before an adjective and a noun of accounts
    ("Weichai announces 2027 annual results", "2028-03-20", [("2027", "2027-01-01", "2027-12-31")]),
    (
        "The bank lowered its 2028 economic growth forecast.",
        "2028-05-02",
        [("2028", "2028-01-01", "2028-12-31")],
    ),
    ("The chain trained its 2000 seasonal staff.", "2028-05-02", []),
    # a budget named by its month
    (
        "The city set aside funds in its February budget.",
        "2027-06-01",
        [("February", "2027-02-01", "2027-02-28")],
    ),
    # the years of a plan's title
    ("Targets of the Inland Waterway Development Plan (2026-2035) were raised.", "2027-06-01", []),
    (
        "Under the 15th Five-Year Plan (2026-2030), output will double.",
        "2027-06-01",
        [("2026-2030", "2026-01-01", "2030-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "doc_date", "expected"), DATE_CASES)
def test_date_value_classes(text, doc_date, expected):
    assert _dates(text, doc_date) == expected


FIGURE_CASES = [
    # a results table whose header row starts with its unit
    (
        "(RMB million)  2027  2026  Change\nRevenue  4,512  4,210  +7.2%",
        [("4,512", 4512000000.0, "CNY"), ("4,210", 4210000000.0, "CNY"), ("7.2%", 7.2, "percent")],
    ),
    (
        "(HK$ million)  1H2027  1H2026\nEBITDA  815.5  790.0\nInterim dividend (HK cents per share)  22  20",
        [
            ("815.5", 815500000.0, "HKD"),
            ("790.0", 790000000.0, "HKD"),
            ("22", 0.22, "HKD"),
            ("20", 0.2, "HKD"),
        ],
    ),
    # a row whose own unit the rules do not read is not scaled by the table's
    ("(US$ million)  2027  2026\nDividend (US cents per share)  47  41", []),
    # a header row of values is no header
    ("(US$ million)  12.5  13.1  Change", []),
    # counts of cities and provinces after their names
    ("项目覆盖泉州、莆田、宁德3市。", [("3市", 3.0, "count")]),
    ("该公司2市场份额上升。", []),
    # a part of what an owner has
    ("The carrier retired 14 of its oldest jets.", [("14 of its oldest jets", 14.0, "count")]),
    # a noun of change with of after an earlier count of the sentence
    (
        "Licensed clinics numbered 512 in May, an increase of 40 from a year earlier.",
        [("512", 512.0, "count"), ("40", 40.0, "count")],
    ),
    ("Deposits reached 90 billion yuan, a rise of 6 from May.", [("90 billion yuan", 90000000000.0, "CNY")]),
    # cases and teams
    ("縣議會本會期共審議提案63案。", [("63案", 63.0, "count")]),
    ("市府今年輔導青年創業團隊28隊。", [("28隊", 28.0, "count")]),
    ("法院公布12案例。", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_CASES)
def test_figure_value_classes(text, expected):
    assert _figures(text) == expected


SPLIT_YEAR_CASES = [
    # a split year in a sentence that names the fiscal year is that fiscal year
    (
        "Toll income for this financial year is put at HK$2 billion, below the HK$3 billion of 2025-26.",
        "HK",
        ("2025-26", date(2025, 4, 1), date(2026, 3, 31)),
    ),
    (
        "Toll income for this financial year is put at 2 billion, below the 3 billion of 2025-26.",
        "CN",
        ("2025-26", None, None),
    ),
    # a sentence break between: no fiscal year named in its sentence
    ("The financial year ends in March. Tolls were higher than in 2025-26.", "HK", ("2025-26", None, None)),
]


@pytest.mark.parametrize(("text", "region", "expected"), SPLIT_YEAR_CASES)
def test_split_year_in_a_sentence_about_the_fiscal_year(text, region, expected):
    result = process_document(
        source_from_text(text), default_ruleset(), doc_date=date(2027, 6, 1), region=region
    )
    found = [
        (text[m.start : m.end], m.fields.get("start_date"), m.fields.get("end_date"))
        for m in result.mentions
        if m.table == "dates" and "-" in text[m.start : m.end]
    ]
    assert found == [expected]
