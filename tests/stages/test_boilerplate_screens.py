"""The boilerplate structure steps' cheaper paths answer what the plain ones do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.boilerplate import boilerplate_rules
from tests.conftest import RULES, SEEDS

SETTINGS = RULES.compiled(boilerplate_rules).structure

# Invented pieces of headings and of running text, joined into lines of every length.
HEADING_PIECES = [
    *("项目小档案", "新机场名片", "园区概况", "Key facts", "at a glance", "Fact Box", "信息"),
    *("澜江物流园", "今年一季度,园区新增企业三十家,", "The terminal opened in May", "相关", ":", " ", "—"),
]


def _heading_bound_holds(text: str) -> bool:
    """True when `text` is no fact-box heading or is at most the heading pattern's longest match."""
    longest = SETTINGS.fact_box_heading_longest
    assert longest is not None and SETTINGS.fact_box_heading is not None
    return SETTINGS.fact_box_heading.fullmatch(text) is None or len(text) <= longest


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(HEADING_PIECES), min_size=1, max_size=12).map("".join))
def test_a_line_longer_than_any_heading_is_no_heading(text: str) -> None:
    # keep_fact_boxes tries the heading pattern only on lines up to its longest match
    assert _heading_bound_holds(text)


def test_no_line_of_the_seeds_is_a_heading_longer_than_the_bound() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert _heading_bound_holds(line.strip()), (path.name, line)
