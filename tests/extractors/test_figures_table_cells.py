"""The table-cell pass reads only lines that can be a table's header or its rows (`find.table_unit_cells`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.core.records import LineContext
from pipeline.extractors.figures import find
from pipeline.extractors.figures.rules import compile_figure_rules
from tests.conftest import RULES

FIGURE_RULES = RULES.compiled(compile_figure_rules)


def _every_line_split(lines: list[LineContext]) -> list[tuple[int, int, int]]:
    """The pass as it reads without a screen: every line split into cells and asked whether it is a header."""
    return [
        (span.line_no, span.start, span.end)
        for span in find.table_unit_cells(lines, [], FIGURE_RULES, screened=False)
    ]


# Lines of invented tables and the prose around them.
LINES = [
    "地块 竞得人 成交价（亿元）", "区域 项目数 投资额（万元）", "路段 长度(公里) 金额(亿元)", "金额（亿元）",
    "北湖 某某置业 12.8", "东区 12 3,400", "西区 7 15", "一期 3.5", "北湖一号地由某某置业以12.8竞得",
    "公司（下同）今年营收增长", "", "说明 备注", "项目 预算（亿元） 实际（万元）",
]  # fmt: skip


@settings(max_examples=200)
@given(st.lists(st.tuples(st.sampled_from(LINES), st.integers(1, 3)), max_size=12))
def test_the_screened_pass_finds_the_cells_of_the_pass_over_every_line(rows):
    lines = []
    line_no = 0
    for text, step in rows:
        line_no += step
        lines.append(LineContext(line_no, text, "zh"))
    found = [(span.line_no, span.start, span.end) for span in find.table_unit_cells(lines, [], FIGURE_RULES)]
    assert found == _every_line_split(lines)


def test_a_row_after_a_header_is_read_and_prose_ends_the_table():
    lines = [
        LineContext(1, "地块 竞得人 成交价（亿元）", "zh"),
        LineContext(2, "北湖 某某置业 12.8", "zh"),
        LineContext(3, "说明 备注", "zh"),
        LineContext(4, "西区 某某地产 9", "zh"),
    ]
    found = find.table_unit_cells(lines, [], FIGURE_RULES)
    assert [(span.line_no, span.fields["value"]) for span in found] == [(2, 1.28e9)]
