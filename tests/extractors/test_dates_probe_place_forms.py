"""Invented sentences: dates as county, district and regional pages write them.

A year in Chinese numerals with the zero as a circle (二○一四年, Hong Kong and
Taiwan notices); a date inside a 《…》 title of a plan or a report belongs to
the title, not the text (《…行动方案（2024—2026年）》, 《“十四五”…规划》), while
a 《》 around a wire's dateline keeps its day; two neighbouring years before
the government's budget are the public fiscal year of the place (April to
March in Hong Kong; null where the fiscal year is the calendar year);
首三季 after a place before a verb of a figure and 首八個月 opening a clause
before a total are the first quarters or months of the article's year; the
hyphenated first-three-quarter before a noun; a capitalised Tomorrow between
capitalised words of a sentence is a word of a name; a year after a word of
completion and by goes on with "at a cost of". Cases read as in
`test_dates_probe`. A 去年同期 with no date before it on its line is the month
or part of a year the line before ended with, a year earlier.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.dates import find as dates
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES
from tests.extractors.test_dates_probe import score_case

NOV = "2029-11-20"
OCT = "2029-10-15"

# (article date, region, sentence, [(piece, start, end[, granularity]), ...][, why it still fails])
CASES: list[tuple] = [
    # --- the zero written as a circle ---
    (NOV, "HK", "本會於二○二八年三月成立。", [("二○二八年三月", "2028-03-01", "2028-03-31")]),
    (NOV, "HK", "區議會秘書處二○二九年十一月二日", [("二○二九年十一月二日", "2029-11-02", "2029-11-02")]),
    (NOV, "TW", "本館於○八年三月開放。", [("○八年三月", "2008-03-01", "2008-03-31")]),
    (NOV, "HK", "去年（二○二八年）全港出口上升。", [("去年（二○二八年）", "2028-01-01", "2028-12-31")]),
    # --- a date inside the title of a plan or a report ---
    (
        NOV,
        "CN",
        "市政府印发《临江市物流枢纽建设行动方案（2028—2030年）》，提出到2030年建成。",
        [("到2030年", "2030-01-01", "2030-12-31")],
    ),
    (NOV, "CN", "《“十五五”现代农业发展规划》明确，全县将新建冷库10座。", []),
    (NOV, "MO", "特區政府《澳門五年發展規劃（2026-2030年）》提出推動會展業。", []),
    (NOV, "CN", "公司发布《2028年社会责任报告（试行）》。", []),
    (NOV, "HK", "《某某通訊社18日專訊》港股高開。", [("18日", "2029-11-18", "2029-11-18")]),
    # (a book's title keeps its year: it names no plan or report)
    (
        NOV,
        "CN",
        "《2029年乡村振兴》一书于10月出版。",
        [("?2029年", "", ""), ("10月", "2029-10-01", "2029-10-31")],
    ),
    # --- two years before the government's budget ---
    (
        NOV,
        "HK",
        "政府在2029-30年度財政預算中預留約8億元興建渡輪碼頭。",
        [("2029-30年度", "2029-04-01", "2030-03-31", "period")],
    ),
    (NOV, "HK", "2028/29年度預算案的開支上升。", [("2028/29年度", "2028-04-01", "2029-03-31", "period")]),
    (NOV, "MO", "政府在2029-30年度財政預算中預留約8億元。", [("2029-30年度", None, None, "period")]),
    # a split fiscal year on a Hong Kong page is the public one (April to March), a group's too
    (NOV, "HK", "集團2029-30財政年度錄得盈利。", [("2029-30財政年度", "2029-04-01", "2030-03-31", "period")]),
    (NOV, "MO", "集團2030-31財政年度錄得盈利。", [("2030-31財政年度", None, None, "period")]),
    # after a preposition too: "for the 2029-30 financial year" is the fiscal year, not a bare split year
    (
        NOV,
        "HK",
        "Land supply for the 2029-30 financial year was cut.",
        [("2029-30", "2029-04-01", "2030-03-31", "period")],
    ),
    (
        NOV,
        "HK",
        "Revenue was HK$9 billion in the 2028-29 Budget.",
        [("2028-29", "2028-04-01", "2029-03-31", "period")],
    ),
    # --- the first quarters or months of the year, as Hong Kong and Macau write them ---
    (OCT, "MO", "臨海合作區首三季新增企業逾千家", [("首三季", "2029-01-01", "2029-09-30")]),
    (OCT, "HK", "全港頭兩季出口按年上升5%", [("頭兩季", "2029-01-01", "2029-06-30")]),
    (OCT, "HK", "該劇首三季收視理想。", []),
    (
        OCT,
        "MO",
        "第二季經濟按年增長3%；首八個月入境旅客共2,640萬人次。",
        [("第二季", "2029-04-01", "2029-06-30"), ("首八個月", "2029-01-01", "2029-08-31")],
    ),
    (OCT, "HK", "新租戶首3個月免收租金。", []),
    # --- the same in English, hyphenated ---
    (
        OCT,
        "CN",
        "Zhejiang's first-three-quarter exports rise 6 pct",
        [("first-three-quarter", "2029-01-01", "2029-09-30")],
    ),
    (
        OCT,
        "CN",
        "The port reported first-10-month volumes up 4 percent.",
        [("first-10-month", "2029-01-01", "2029-10-31")],
    ),
    # --- a capitalised Tomorrow inside a name ---
    (OCT, "HK", "The Harbour Tomorrow Vision plan covers 900 hectares of new land.", []),
    (
        OCT,
        "HK",
        "The Asia Today Forum drew 300 delegates this week.",
        [("this week", "2029-10-15", "2029-10-21", "period")],
    ),
    (OCT, "HK", "Schools Reopen Tomorrow After Storm", [("Tomorrow", "2029-10-16", "2029-10-16")]),
    # --- a year of completion before its cost ---
    (
        OCT,
        "CN",
        "The canal is on schedule for completion by 2031 at a cost of 70 billion yuan.",
        [("2031", "2031-01-01", "2031-12-31")],
    ),
    (OCT, "CN", "The firm cut its staff by 2000 at a cost of 9 million yuan.", []),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case[4])] if len(case) > 4 else []
        yield pytest.param(case, marks=marks, id=case[2][:40])


@pytest.mark.parametrize("case", _params())
def test_probe_sentence(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])


def test_the_probe_is_broad():
    assert len({case[2] for case in CASES}) == len(CASES)
    assert sum(not case[3] for case in CASES) >= 5


def _same_period_on_the_next_line(text: str, doc_date: date) -> list[tuple[str, date | None, date | None]]:
    lines = [normalise_line(number, line, RULES) for number, line in enumerate(text.split("\n"), 1)]
    context = DocumentContext(doc_date=doc_date, region="HK", traditional=True)
    found = dates.find_spans([LineContext(ln.line_no, ln.norm_text, ln.lang) for ln in lines], context, RULES)
    return [
        (span.fields["granularity"], span.fields["start_date"], span.fields["end_date"]) for span in found
    ]


def test_the_same_period_last_year_opening_a_line_is_the_period_the_line_before_ended_with():
    found = _same_period_on_the_next_line(
        "今年首五個月\n客量已達160萬，較去年同期增加18%。", date(2029, 6, 30)
    )
    assert found[-1] == ("period", date(2028, 1, 1), date(2028, 5, 31))
    found = _same_period_on_the_next_line(
        "上半年，全港出口上升5%。\n去年同期，出口下跌2%。", date(2029, 8, 30)
    )
    assert found[-1] == ("period", date(2028, 1, 1), date(2028, 6, 30))


def test_a_day_or_a_whole_year_on_the_line_before_names_no_period_for_it():
    assert _same_period_on_the_next_line("8月10日，出口上升5%。\n去年同期，出口下跌2%。", date(2029, 8, 30))[
        -1
    ] == (
        "period",
        None,
        None,
    )
    assert _same_period_on_the_next_line("今年出口上升5%。\n去年同期，出口下跌2%。", date(2029, 8, 30))[
        -1
    ] == (
        "period",
        None,
        None,
    )
