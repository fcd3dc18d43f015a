"""The elided-count pass's look-up of figures already found (`figures/elided.py`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extractors.figures.elided import _earlier_count, _EarlierCounts, _in_mask
from pipeline.extractors.figures.occupied import Occupied
from pipeline.extractors.figures.rules import compile_figure_rules
from tests.conftest import RULES

SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda pair: (pair[0], pair[0] + pair[1])),
    max_size=12,
)


@given(SPANS, st.integers(0, 70), st.integers(1, 10))
def test_a_span_overlaps_a_taken_one_exactly_when_a_scan_says_so(spans, start, length):
    figures = [(a, b, "rule", {}) for a, b in spans]
    end = start + length
    assert Occupied(figures).overlaps(start, end) == any(a < end and start < b for a, b in spans)


def test_spans_that_only_touch_do_not_overlap():
    taken = Occupied([(0, 4, "rule", {}), (10, 30, "rule", {}), (12, 14, "rule", {})])
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


FIGURE_RULES = RULES.compiled(compile_figure_rules)
NOT_COUNTED = sorted(FIGURE_RULES.elided_not_counted)[:1]
FIELDS = st.sampled_from(
    [
        {"unit": "count", "counter": "jets"},
        {"unit": "count", "counter": "stalls"},
        {"unit": "count", "counter": None},
        {"unit": "count", "counter": NOT_COUNTED[0] if NOT_COUNTED else "jets"},
        {"unit": "CNY", "counter": None},
    ]
)
FIGURES = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 8), FIELDS).map(
        lambda item: (item[0], item[0] + item[1], "rule", item[2])
    ),
    max_size=8,
)
LINES = st.lists(st.sampled_from(["a", " ", ". ", "; ", ".", "7"]), max_size=40).map("".join)


@given(FIGURES, FIGURES, LINES, st.booleans())
def test_the_earlier_count_is_the_one_a_scan_of_every_figure_finds(given_figures, added, text, in_order):
    if in_order:
        given_figures = sorted(given_figures, key=lambda figure: figure[:2])
        added = sorted(added, key=lambda figure: figure[:2])
    counts = _EarlierCounts(given_figures, text, FIGURE_RULES)
    for count in range(len(added) + 1):
        # asked before, between and after the additions, as the pass asks
        if count:
            counts.add(added[count - 1])
        if count % 2 == 0 or count == len(added):
            for before in range(len(text) + 3):
                expected = _earlier_count(given_figures + added[:count], before, text, FIGURE_RULES)
                assert counts.last_before(before) == expected
