"""Answers the name search keeps per text are the answers worked out afresh."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.names import rules as name_rules
from pipeline.extractors.names.rules import compile_name_rules
from tests.conftest import RULES

# Invented pieces: places, words that begin no place, suffixes, other scripts.
PIECES = [
    *("苏州", "杭州市", "北京", "中关村", "美国", "青禾县", "浙江省"),
    *("生物", "医药", "产业园", "科学城", "创新", "未来", "新建", "项目", "中心"),
    *("A", "5G", "2024", " ", "(", "的"),
]


@settings(deadline=None)  # the first example compiles the rules
@given(st.lists(st.sampled_from(PIECES), min_size=0, max_size=5).map("".join))
def test_the_kept_leading_place_is_the_one_worked_out(name):
    rules = RULES.compiled(compile_name_rules)
    assert rules.leading_place(name) == name_rules._leading_place(name, rules)
    assert rules.leading_place(name) == name_rules._leading_place(name, rules)  # asked again: kept


def test_a_leading_place_is_found_by_the_place_pattern_or_the_words():
    rules = RULES.compiled(compile_name_rules)
    assert rules.leading_place("苏州生物医药产业园") == 2
    assert rules.leading_place("生物医药产业园") == 0
