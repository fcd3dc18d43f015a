"""The look-up of the figures found so far that the passes after the scan make (`find.Occupied`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extractors.figures.find import Occupied

SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda pair: (pair[0], pair[0] + pair[1])),
    max_size=12,
)


@given(SPANS, st.integers(0, 70), st.integers(0, 10))
def test_occupied_spans_overlap_a_span_exactly_when_a_scan_says_so(spans, start, length):
    end = start + length
    expected = any(a < end and start < b for a, b in spans)
    assert Occupied([(a, b, "rule", {}) for a, b in spans]).overlaps(start, end) == expected
    added_one_by_one = Occupied()
    for a, b in spans:
        added_one_by_one.add(a, b)
    assert added_one_by_one.overlaps(start, end) == expected


def test_a_long_span_is_seen_from_far_after_its_start():
    occupied = Occupied([(0, 40, "rule", {}), (42, 44, "rule", {})])
    assert occupied.overlaps(30, 31)
    assert not occupied.overlaps(40, 42)
