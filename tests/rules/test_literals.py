"""Literals read out of patterns: every match of a pattern holds one of them."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.rules.literals import _required_literals, max_match_length

# Patterns with groups of their own flags, and the literals the rest of each gives.
SCOPED_FLAGS = [
    ("(?i:mon|tue)day 20\\d\\d", {"day 20"}),
    ("(?i:ends) at (?:19|20)\\d\\d", {" at 19", " at 20"}),
    ("^(?=.{0,50}$)(?:(?i:sat|sun)\\.? )?(?P<day>\\d{1,2}) (?:May|June)", {" May", " June"}),
    ("(?i:abc)", None),
    ("(?i:abc)|x", None),
]


@pytest.mark.parametrize(("pattern", "expected"), SCOPED_FLAGS)
def test_a_group_with_its_own_flags_is_read_as_unknown_text(pattern: str, expected: set[str] | None) -> None:
    assert _required_literals(pattern) == expected


def test_flags_of_the_whole_pattern_still_leave_it_unscreened() -> None:
    assert _required_literals("(?i)may 20\\d\\d") is None


ALPHABET = "MmOoNnDdAaYy SsUuTtEe 0129:.-年"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=30), st.sampled_from([p for p, e in SCOPED_FLAGS if e]))
def test_every_match_of_a_scoped_flags_pattern_holds_one_of_its_literals(text: str, pattern: str) -> None:
    literals = _required_literals(pattern)
    compiled = regex.compile(pattern)
    for candidate in (text, "Sun. 12 May", "MONDAY 2024", "ENDS at 2031", text + " tueday 2099"):
        if compiled.search(candidate):
            assert any(literal in candidate for literal in literals), (pattern, candidate)


# Patterns and the most characters a match of each can span (None: unbounded or unknown).
LONGEST = [
    ("abc", 3),
    ("a{0,3}b?", 4),
    ("\\p{Han}{2,8}(?:公司|集团)", 10),
    ("(?=.*有限)\\W{0,2}[^,。]{0,5}?(?:概况|一览)", 9),
    ("x|yyy", 3),
    ("\\bab\\b", 2),
    ("a*", None),
    ("(?:)*b", 1),
    ("(?i)abc", None),
    ("(?i:ss)", None),
    ("(a)\\1", None),
    ("[[:alpha:]]", None),
]


@pytest.mark.parametrize(("pattern", "expected"), LONGEST)
def test_the_longest_match_a_pattern_can_have(pattern: str, expected: int | None) -> None:
    assert max_match_length(pattern) == expected


BOUNDED = [pattern for pattern, longest in LONGEST if longest is not None]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abxy有限公司集团概况一览中文,。 -", max_size=14), st.sampled_from(BOUNDED))
def test_no_text_longer_than_the_bound_matches_whole(text: str, pattern: str) -> None:
    compiled = regex.compile(pattern)
    for candidate in (text, "有限" + text + "概况", "中文公司" + text):
        if compiled.fullmatch(candidate):
            assert len(candidate) <= max_match_length(pattern), (pattern, candidate)
