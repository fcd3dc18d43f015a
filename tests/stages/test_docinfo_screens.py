"""The document-date search walks each pattern over the lines its screen keeps, as the plain loop did."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.stages.docinfo import _lines_by_pattern


def _plain(may_match: list[int], patterns: int) -> list[tuple[int, int]]:
    """(pattern bit, line position) in the order of trying every pattern over every line."""
    return [
        (bit, position)
        for bit in range(patterns)
        for position, candidates in enumerate(may_match)
        if candidates >> bit & 1
    ]


@given(st.lists(st.integers(0, (1 << 40) - 1), max_size=30))
def test_the_lines_of_each_pattern_come_in_the_plain_loop_order(may_match: list[int]) -> None:
    lines_of = _lines_by_pattern(may_match)
    fast = [(bit, position) for bit in sorted(lines_of) for position in lines_of[bit]]
    assert fast == _plain(may_match, 40)


def test_a_line_with_no_candidate_is_walked_by_no_pattern() -> None:
    assert _lines_by_pattern([0, 0b101, 0, 0b100]) == {0: [1], 2: [1, 3]}
