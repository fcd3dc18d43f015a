"""A vocabulary read by region is searched only on lines holding one of its names: the same matches."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.names.organisations import compile_regional_vocabularies
from pipeline.extractors.names.vocabulary import regional_matches
from tests.conftest import RULES


def _vocabularies():
    vocabularies = RULES.compiled(compile_regional_vocabularies)
    assert vocabularies and all(vocabulary.screen is not None for vocabulary in vocabularies)
    return vocabularies


def _pieces() -> list[str]:
    names = sorted(name for vocabulary in _vocabularies() for name in vocabulary.kinds)[:8]
    # a name cut short, another script and invented words around them
    return [*names, *(name[:-1] for name in names), "青禾市", "的", "与", "今日宣布,", "Lanhai", " ", "3"]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_screened_regional_matches_are_the_plain_ones(data: st.DataObject) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces()), max_size=8)))
    for vocabulary in _vocabularies():
        plain = dataclasses.replace(vocabulary, screen=None)
        assert regional_matches(text, vocabulary) == regional_matches(text, plain)


def test_a_line_without_any_name_is_not_searched() -> None:
    for vocabulary in _vocabularies():
        assert regional_matches("青禾市今日宣布新建物流园。", vocabulary) == []
