"""The anchor search of the date stage: one pass finds what searching each anchor's pattern finds."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extractors.dates.match import anchor_finder
from pipeline.extractors.dates.rules import compile_date_rules
from tests.conftest import RULES

DATE_RULES = RULES.compiled(compile_date_rules)


def _each_anchor_searched(folded: str, anchors) -> list[tuple[int, regex.Pattern]]:
    """The plain search: every anchor's pattern in turn, then a stable sort by position."""
    is_ascii = folded.isascii()
    found = [
        (match.start(), step_back)
        for anchor, step_back, needs_non_ascii in anchors
        if not (is_ascii and needs_non_ascii)
        for match in anchor.finditer(folded)
    ]
    found.sort(key=lambda item: item[0])
    return found


# Pieces of anchors and of what stands around them, joined at random into lines.
PIECES = [
    "年", "月", "日", "同期", "十一五", "十一期间", "国庆", "2024", "1998", "12", "3", "/", "-",
    "year", "years", "day", "days", "jan", "january", "ajan", "st", "th", "nd", " of ", " day ",
    "q3", "aq3", "1q 24", "2h24", "6m 25", "h1", "h12", "fy", "cy2", "113.5", "113-02-01",
    " ", "，", ".", "new year", "lunar new year", "now", "know", "between", "mother", "公司", "abc",
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_one_pass_search_finds_each_anchors_matches_in_order(pieces):
    folded = "".join(pieces)
    finder = DATE_RULES.anchor_finder
    assert finder is not None
    found = finder.find(folded, folded.isascii(), DATE_RULES.anchors)
    assert found == _each_anchor_searched(folded, DATE_RULES.anchors)


def test_a_literal_repeating_itself_matches_as_finditer_does_not_overlapping():
    step_back = regex.compile("(?r)x{0,2}")
    anchors = tuple(
        (regex.compile(pattern), step_back, False) for pattern in ("aa", "a", "aa", r"a\d", r"(?<![a-z])b")
    )
    finder = anchor_finder([anchor.pattern for anchor, _, _ in anchors])
    for text in ["aaaa", "aaa", "a1aa2", "bab", "xb", ""]:
        assert finder.find(text, True, anchors) == _each_anchor_searched(text, anchors), text


def test_an_anchor_whose_literals_are_absent_is_not_searched():
    class Refused:
        pattern = r"\bjan"

        def finditer(self, text: str):
            raise AssertionError("searched a text without its literal")

    step_back = regex.compile("(?r)x{0,2}")
    finder = anchor_finder([r"\bjan"])
    assert finder.find("march and may", True, ((Refused(), step_back, False),)) == []
