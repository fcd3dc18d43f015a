"""Invented sentences: wrong values and misses of figures and dates, by class.

Dates: a notice's range of days with the hour of each (2023年8月7日9时至8月11日17时);
a range from a quarter or half of one year to one of another (Q2 2025 - Q1 2026);
a quarter of a Hong Kong fiscal year (2023-24年度第二季); the first months
labelling a row of statistics (首11个月：…，按年-3.6%); a year-less month
ahead of the article told with a verb of visitors counted as past. Figures:
a hyphen after 按年 or 按月 is a minus sign; a rate's unit between a bound and
its number (不低于每亩400万元); a quota (限报), comparison signs and
`up to approximately` bound a number; numbers inside names in corner
brackets are no figures; a decimal clause number opening a line is no count;
an acronym with & (R&D) and nouns of people of a trade head English counts.
"""

from __future__ import annotations

from datetime import date

import pytest

import pipeline
from pipeline.document import process_document, source_from_text
from pipeline.rules.ruleset import default_ruleset


def _dates(text: str, doc_date: str, region: str | None = None) -> list[tuple]:
    """(text, start, end) of every date found in `text`, dates as ISO strings."""
    result = process_document(
        source_from_text(text), default_ruleset(), doc_date=date.fromisoformat(doc_date), region=region
    )
    return [
        (
            text[m.start : m.end],
            str(m.fields["start_date"]) if m.fields.get("start_date") else None,
            str(m.fields["end_date"]) if m.fields.get("end_date") else None,
        )
        for m in result.mentions
        if m.table == "dates"
    ]


def _figures(text: str) -> list[tuple]:
    """(raw text, value, unit, qualifier) of every figure found in `text`."""
    return [
        (m.raw_text, m.value, m.unit, m.qualifier) for m in pipeline.extract(text) if m.table == "figures"
    ]


DATE_CASES = [
    # a range of days with the hour of each day: one range
    (
        "报名时间:2023年8月7日9时至2023年8月11日17时。",
        "2023-07-30",
        None,
        [("2023年8月7日9时至2023年8月11日17时", "2023-08-07", "2023-08-11")],
    ),
    (
        "开放时间为6月3日上午9:30至6月5日下午5:00。",
        "2022-05-20",
        None,
        [("6月3日上午9:30至6月5日下午5:00", "2022-06-03", "2022-06-05")],
    ),
    # a quarter or half of one year to one of another
    (
        "The ferries are due for delivery Q3 2026 - Q2 2027.",
        "2025-01-10",
        None,
        [("Q3 2026 - Q2 2027", "2026-07-01", "2027-06-30")],
    ),
    (
        "Output runs H2 2025 to Q4 2026.",
        "2025-01-10",
        None,
        [("H2 2025 to Q4 2026", "2025-07-01", "2026-12-31")],
    ),
    # a quarter of a fiscal year: on a Hong Kong page from April, elsewhere unresolved
    (
        "政府公布2023-24年度第二季卖地计划",
        "2023-06-20",
        "HK",
        [("2023-24年度第二季", "2023-07-01", "2023-09-30")],
    ),
    (
        "政府公布2023-24年度第四季卖地计划",
        "2023-12-20",
        "HK",
        [("2023-24年度第四季", "2024-01-01", "2024-03-31")],
    ),
    ("公司公布2023-24年度第二季业绩", "2023-06-20", "CN", [("2023-24年度第二季", None, None)]),
    # the first months labelling a row of statistics
    ("首11个月：2,150亿元，按年-3.6%", "2024-12-20", None, [("首11个月", "2024-01-01", "2024-11-30")]),
    ("首3个月：免收租金", "2024-12-20", None, []),
    # a month well ahead of the article, counted as past with a verb of visitors
    (
        "The museum received 80,000 visitors after its reopening on Nov 20.",
        "2025-02-10",
        None,
        [("Nov 20", "2024-11-20", "2024-11-20")],
    ),
]


@pytest.mark.parametrize(("text", "doc_date", "region", "expected"), DATE_CASES)
def test_date_classes(text, doc_date, region, expected):
    assert _dates(text, doc_date, region) == expected


FIGURE_CASES = [
    # a hyphen after a word of change over a period is a minus sign
    ("10月零售额：420亿元，按年-1.8%", [("420亿元", 4.2e10, "CNY", None), ("-1.8%", -1.8, "percent", None)]),
    ("访客人次按月-0.6%", [("-0.6%", -0.6, "percent", None)]),
    ("工期3年-5年", [("3年-5年", None, "year", None)]),
    # a rate's unit between a bound and its number
    ("投资强度不低于每亩350万元", [("不低于每亩350万元", 3.5e6, "CNY", "at_least")]),
    ("收购价高于每吨2800元", [("高于每吨2800元", 2800, "CNY", "more_than")]),
    ("每亩补贴400元", [("400元", 400, "CNY", None)]),
    # words and signs of a bound
    ("每家企业限报3人", [("限报3人", 3, "count", "at_most")]),
    ("设计负载>40MW", [(">40MW", 4.0e7, "W", "more_than")]),
    ("良率≥98%", [("≥98%", 98, "percent", "at_least")]),
    (
        "The licence is worth up to approximately $2.3 billion.",
        [("up to approximately $2.3 billion", 2.3e9, "USD", "at_most")],
    ),
    # a number inside a name in corner brackets is no figure
    ("市府推動「3年綠能計畫」,投入新台幣50億元", [("新台幣50億元", 5.0e9, "TWD", None)]),
    # a decimal clause number opening a line is no count
    ("2.4本次采购不接受联合体", []),
    ("3.1项目概况:新建仓库1座", [("1座", 1, "count", None)]),
    ("2.5倍于去年同期", [("2.5倍", 2.5, "count", None)]),
    # English heads: an acronym with & and people of a trade
    ("The drugmaker runs 12 R&D centers in Asia.", [("12 R&D centers", 12, "count", None)]),
    (
        "About 900 businesspeople joined the trade mission.",
        [("About 900 businesspeople", 900, "count", "approx")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_CASES)
def test_figure_classes(text, expected):
    found = _figures(text)
    assert [(raw, unit, qualifier) for raw, _, unit, qualifier in found] == [
        (raw, unit, qualifier) for raw, _, unit, qualifier in expected
    ]
    for (_, value, _, _), (_, want, _, _) in zip(found, expected, strict=True):
        if want is not None:
            assert value == pytest.approx(want)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("2.4本次招标", 0),
        ("  2.4本次招标", 2),
        ("\u3000\t2.4本次", 2),
        ("第 2.4本次", 2),
        ("ab", 1),
        ("", 0),
        (" \n ", 3),
    ],
)
def test_a_span_opens_its_line_exactly_when_only_blanks_stand_before_it(text, start):
    from pipeline.extractors.figures.find import _opens_line

    assert _opens_line(text, start) is (not text[:start].strip())


def test_a_long_line_of_counts_gives_every_count():
    line = "园区聚集企业600多家，员工3万人。" * 20_000
    spans = [m for m in pipeline.extract(line) if m.table == "figures"]
    assert len(spans) == 40_000
