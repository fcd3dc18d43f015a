"""The trie patterns of literal words: one pattern for a set of words, whatever their order or repeats."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from pipeline.text.patterns import literal_pattern

WORDS = ["平方米", "平方公里", "平米", "米", "km", "m"]


def test_a_trie_pattern_prefers_the_longest_word() -> None:
    pattern = literal_pattern(WORDS)
    assert pattern == "(?:km|m|平(?:方(?:公里|米)|米)|米)"
    assert regex.compile(pattern).findall("3平方公里和5平米,7km") == ["平方公里", "平米", "km"]


@given(st.lists(st.sampled_from(WORDS + ["", "公里"]), max_size=12), st.randoms())
def test_the_pattern_depends_on_the_set_of_words_only(words: list[str], random) -> None:
    shuffled = random.sample(words, len(words))
    assert literal_pattern(shuffled) == literal_pattern(sorted(set(words))) == literal_pattern(words * 2)
