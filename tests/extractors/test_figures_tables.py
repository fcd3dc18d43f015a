"""Tables whose caption or column header states their unit: each plain-number cell read in that unit.

Invented tables in simplified and traditional Chinese and in English (port,
farm, transport, housing and budget statistics), each a document of lines;
the expected figures are (line, cell text, value, unit, counter). Hard
negatives: a rate as the unit, a caption with no table under it, English rows
split by single spaces, a unit the figure rules do not know, and the lines
after the table ends.
"""

from __future__ import annotations

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.figures.find import find_spans
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES

CAPTION_RULE = "figures:table_caption_cell"


def _table_figures(text: str, region: str | None) -> list[tuple]:
    """(line, raw cell, value, unit, counter) of the figures the table rules give in a document."""
    rows = text.split("\n")
    lines = [normalise_line(number, row, RULES) for number, row in enumerate(rows, 1)]
    document = DocumentContext(region=region, traditional=any("t2s" in line.flags for line in lines))
    contexts = [LineContext(line.line_no, line.norm_text, line.lang) for line in lines]
    found = []
    for span in find_spans(contexts, document, RULES):
        if span.rule_id not in (CAPTION_RULE, "figures:table_unit_cell"):
            continue
        line = lines[span.line_no - 1]
        start, end = line.offsets.to_raw(span.start, span.end)
        fields = span.fields
        found.append(
            (
                span.line_no,
                rows[span.line_no - 1][start:end],
                fields["value"],
                fields["unit"],
                fields["counter"],
            )
        )
    return found


CASES = [
    (
        "各港区集装箱吞吐量（单位：万标箱）：\n北港区 86.3 91.5\n南港区 42.7 40.1\n全年吞吐量保持增长。",
        "CN",
        [
            (2, "86.3", 863000, "count", "标箱"),
            (2, "91.5", 915000, "count", "标箱"),
            (3, "42.7", 427000, "count", "标箱"),
            (3, "40.1", 401000, "count", "标箱"),
        ],
    ),
    (
        "單位：萬人次\n中環碼頭　1,250.4\n尖沙咀碼頭　980.2",
        "HK",
        [(2, "1,250.4", 12504000, "count", "人次"), (3, "980.2", 9802000, "count", "人次")],
    ),
    (
        "主要外銷市場（單位：公噸／比重）：\n日本　3,120　41.5%\n美國　1,870　24.9%",
        "TW",
        [(2, "3,120", 3120, "t", None), (3, "1,870", 1870, "t", None)],
    ),
    (
        "各区财政收入（单位：亿元）\n东城区 36.8\n西城区 29.4",
        "CN",
        [(2, "36.8", 3.68e9, "CNY", None), (3, "29.4", 2.94e9, "CNY", None)],
    ),
    (
        "Rice harvest by province (in thousand tonnes):\nProvince | 2025 | 2026\n"
        "Riverbend | 312.6 | 330.1\nHighmoor | 87.4 | -",
        None,
        [(3, "312.6", 312600, "t", None), (3, "330.1", 330100, "t", None), (4, "87.4", 87400, "t", None)],
    ),
    (
        "Spending by programme (in HK$ million):\nElderly care | 1,420.5\nSchool meals | 388.0",
        "HK",
        [(2, "1,420.5", 1.4205e9, "HKD", None), (3, "388.0", 3.88e8, "HKD", None)],
    ),
    (
        "Flats completed (in thousand units):\nYear  Public  Private\n2027-28  21.4  16.9",
        "HK",
        [(3, "21.4", 21400, "count", "units"), (3, "16.9", 16900, "count", "units")],
    ),
    # a column header stating its unit (any unit the figure rules read)
    (
        "年份 产量（万吨） 增速\n2024年 36.5 4.2%\n2025年 38.1 4.4%",
        "CN",
        [(2, "36.5", 365000, "t", None), (3, "38.1", 381000, "t", None)],
    ),
    ("區域 面積（公頃）\n北區 12.5", "HK", [(2, "12.5", 125000, "m2", None)]),
    ("批次 年份（年） 数量\n一 2024 5", "CN", []),
    # hard negatives
    ("各月收购均价（单位：元/吨）：\n一月 2150 2230\n二月 2180 2260", "CN", []),
    ("Passengers by line (in thousands):\nThe Harbour line carried 48.2 in May.", None, []),
    ("Passengers by line (in thousand trips):\nHarbour Line 48.2\nValley Line 31.5", None, []),
    ("Comments (in Chinese):\nNorth | 12 | 14", None, []),
    (
        "各站客流（单位：万人次）：\n东站 31.2\n据介绍，新线开通后\n西站 20.8",
        "CN",
        [(2, "31.2", 312000, "count", "人次")],
    ),
    ("主办单位：县文化馆\n展览 12 场", "CN", []),
    # English headers: a bracket opened by a currency sign or code, a thousands
    # mark, and the lead word after a comma
    (
        "Turnover by division (HK$ million)\nTextiles  418.6  392.1",
        "HK",
        [(2, "418.6", 418600000, "HKD", None), (2, "392.1", 392100000, "HKD", None)],
    ),
    ("Operating costs (RMB'000)\nStaff  12,450", "CN", [(2, "12,450", 12450000, "CNY", None)]),
    ("Sales by market (US$ bn)\nAfrica  3.4", None, [(2, "3.4", 3400000000, "USD", None)]),
    ("Income by source, in millions of yuan\nRent  86.5", "CN", [(2, "86.5", 86500000, "CNY", None)]),
    ("Seats by party (2024)\nGreens  12  9", None, []),
    # a column's header among others states no unit for the whole table
    ("Item  Units  Amount (in HK$ million)\nRoads  12  1,200", "HK", []),
    ("Item  Units  Amount (HK$ million)\nRoads  12  1,200", "HK", []),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES, ids=[case[0][:24] for case in CASES])
def test_cells_under_a_caption_are_read_in_its_unit(text, region, expected):
    found = _table_figures(text, region)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=True):
        assert got[:2] == want[:2]
        assert got[2] == pytest.approx(want[2])
        assert got[3:] == want[3:]
