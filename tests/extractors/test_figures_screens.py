"""Patterns of the figure scan tried only on lines holding a literal every match of theirs holds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extractors.figures.rules import compile_figure_rules
from pipeline.extractors.figures.scan import _english_extras
from tests.conftest import RULES

FIGURE_RULES = RULES.compiled(compile_figure_rules)

PIECES = [
    "3 times", "three times", "3-fold", "3-Fold", "threefold", "Threefold", "TIMES", "3\u00a0times", "times",
    " ", "sales rose", "2.5", "by", "fold", "-", "x", ".", "twice", "ten", "fold-out", "timeshare",
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_a_line_without_the_literals_of_multiples_holds_no_multiple(text):
    literals = FIGURE_RULES.english_multiple_literals
    assert literals
    if not any(word in text for word in literals):
        assert FIGURE_RULES.english_multiple.search(text) is None


def test_multiples_are_still_read_where_their_literals_stand():
    text = "Exports grew 3 times and imports threefold"
    found = _english_extras(text, text[::-1], FIGURE_RULES)
    assert [text[start:end] for start, end, _, _ in found] == ["3 times", "threefold"]
