"""The elided-count pass's look-up of figures already found (`figures/elided.py`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extractors.figures.elided import _in_mask, _Taken

SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda pair: (pair[0], pair[0] + pair[1])),
    max_size=12,
)


@given(SPANS, st.integers(0, 70), st.integers(1, 10))
def test_a_span_overlaps_a_taken_one_exactly_when_a_scan_says_so(spans, start, length):
    figures = [(a, b, "rule", {}) for a, b in spans]
    end = start + length
    assert _Taken(figures).overlaps(start, end) == any(a < end and start < b for a, b in spans)


def test_spans_that_only_touch_do_not_overlap():
    taken = _Taken([(0, 4, "rule", {}), (10, 30, "rule", {}), (12, 14, "rule", {})])
    assert not taken.overlaps(4, 10)
    assert taken.overlaps(15, 16)  # inside the long span, after a short one that ended
    assert not taken.overlaps(30, 31)


MASKS = st.lists(st.tuples(st.integers(0, 8), st.integers(1, 8)), max_size=6).map(
    lambda steps: [
        (sum(a + b for a, b in steps[:i]) + a, sum(a + b for a, b in steps[:i]) + a + b)
        for i, (a, b) in enumerate(steps)
    ]
)


@given(MASKS, st.integers(0, 80), st.integers(1, 10))
def test_a_span_is_masked_exactly_when_a_scan_says_so(masks, start, length):
    end = start + length
    masked = ([a for a, _ in masks], [b for _, b in masks])
    assert _in_mask(start, end, masked) == any(a <= start and end <= b for a, b in masks)
