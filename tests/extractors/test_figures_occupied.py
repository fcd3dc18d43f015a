"""The look-ups of the figures found so far made after the scan (`occupied.Occupied`, `find._spread_over`)."""

from __future__ import annotations

from random import Random

from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.extractors.figures import find
from pipeline.extractors.figures.occupied import Occupied
from pipeline.extractors.figures.rules import compile_figure_rules
from tests.conftest import RULES

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


# Pieces of a line and the unit of the figure each is (None: no figure).
SPREAD_PIECES = [
    ("over 3 years", "year"), ("Over 10 months", "month"), ("over 5 days", "day"), ("US$5 million", "USD"),
    ("9,000 flats", "count"), ("4 years", "year"), ("spend ", None), ("invest ", None), (" ", None),
    (", ", None), ("; ", None), ("and ", None), ("staff ", None), ("\u3000", None),
]  # fmt: skip
FIGURE_RULES = RULES.compiled(compile_figure_rules)


@example([SPREAD_PIECES[4], SPREAD_PIECES[8], SPREAD_PIECES[13], SPREAD_PIECES[0]], Random(0))
@example([SPREAD_PIECES[3], SPREAD_PIECES[11], SPREAD_PIECES[0]], Random(0))
@example(
    [SPREAD_PIECES[3], SPREAD_PIECES[9], SPREAD_PIECES[4], SPREAD_PIECES[8], SPREAD_PIECES[1]], Random(0)
)
@given(st.lists(st.sampled_from(SPREAD_PIECES), max_size=14), st.randoms(use_true_random=False))
def test_spreading_over_reads_as_the_scan_of_the_figures_before_each(pieces, random):
    text = ""
    figures = []
    for piece, unit in pieces:
        if unit is not None:
            figures.append(
                (len(text), len(text) + len(piece), "rule", {"unit": unit, "qualifier": "more_than"})
            )
        text += piece
    if random.random() < 0.3:
        random.shuffle(figures)  # the reading must not lean on the figures' order
    assert find._spread_over(figures, text, FIGURE_RULES) == find._spread_over_by_scanning(
        figures, text, FIGURE_RULES
    )
