"""The literal screens before the described-company patterns find what the patterns alone find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.names import chinese
from pipeline.extractors.names.rules import compile_name_rules
from tests.conftest import RULES

# Invented pieces: kinds of company, openers and verbs of purchase, what a
# company owns or does, countries before 商, plain words, punctuation.
PIECES = [
    *("制造商", "运营商", "其中", "收购了", "入股", "竞得方为", "向", "供应商", "车企"),
    *("股价", "董事会", "周二", "发布", "去年", "净利润", "今年", "交付"),
    *("美商", "荷兰商", "日商", "商"),
    *("青禾", "白鹭湾科技", "电池", "公司", "的", "和", "，", "。", "A", "2025年", " "),
]
LINES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)


@settings(deadline=None)  # the first example compiles the rules
@given(LINES)
def test_a_line_without_a_leading_literal_has_no_described_company_match(text):
    rules = RULES.compiled(compile_name_rules)
    matches = list(rules.described_pattern.finditer(text, overlapped=True))
    if not rules.described_starts.search(text):
        assert matches == []


def _match_facts(matches):
    return [(match.span(), match.groupdict()) for match in matches]


@settings(deadline=None)
@given(LINES)
def test_described_matches_tried_where_a_leading_word_begins_are_those_of_an_overlapped_search(text):
    rules = RULES.compiled(compile_name_rules)
    expected = _match_facts(rules.described_pattern.finditer(text, overlapped=True))
    assert _match_facts(chinese.described_matches(text, rules)) == expected


def test_overlapping_described_matches_are_all_found_where_their_words_begin():
    rules = RULES.compiled(compile_name_rules)
    # 制造商 holds 造商 and 商; 收购了 begins a match inside the same clause
    text = "，其中电池制造商青禾能源收购了白鹭湾科技"
    expected = _match_facts(rules.described_pattern.finditer(text, overlapped=True))
    assert len(expected) >= 2
    assert _match_facts(chinese.described_matches(text, rules)) == expected


@settings(deadline=None)
@given(LINES)
def test_screened_owner_and_foreign_owner_patterns_find_what_a_search_finds(text):
    rules = RULES.compiled(compile_name_rules)
    for screened in (rules.owner_pattern, rules.foreign_owned_pattern):
        expected = [match.span() for match in screened.pattern.finditer(text)]
        assert [match.span() for match in screened.finditer(text)] == expected


def test_the_screens_pass_a_line_with_a_described_company_and_stop_a_plain_one():
    rules = RULES.compiled(compile_name_rules)
    assert rules.described_starts.search("电池制造商青禾能源今年扩产")
    assert not rules.described_starts.search("白鹭湾的风景很好")
    assert not rules.owner_pattern.may_match("白鹭湾的风景很好")
    assert rules.owner_pattern.may_match("青禾能源股价上涨")
    assert rules.foreign_owned_pattern.may_match("美商青禾能源在台投资")
    described = chinese._described_companies("电池制造商青禾能源今年扩产", rules)
    assert described, "a company after its kind is still found behind the screen"
