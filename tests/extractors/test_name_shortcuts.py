"""The name search's shortcuts (answers kept per text, patterns tried where they begin) change nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.names import chinese
from pipeline.extractors.names import rules as name_rules
from pipeline.extractors.names.rules import compile_name_rules, matches_from
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


# Invented lines around listed companies' short names: names that share
# characters, verbs, adverbs, titles, stock codes, clause stops.
LISTING_PIECES = [
    *("台积电", "联发科", "鸿海", "联电", "台达电", "中钢", "中华电"),
    *("宣布", "表示", "投资", "今日", "也", "董事长", "总经理", "(2330)", " (2454-TW)"),
    *("，", "。", "「", ")", "中", "在", "他", " ", "A", "电"),
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(LISTING_PIECES), min_size=1, max_size=8).map("".join))
def test_listed_name_patterns_tried_where_a_name_begins_find_what_a_search_finds(text):
    rules = RULES.compiled(compile_name_rules)
    starts = rules.listed_short_screen.starts(text)
    for screened in (*rules.listed_short_patterns, rules.listed_short_subject):
        expected = [match.span() for match in screened.pattern.finditer(text)]
        assert [match.span() for match in matches_from(screened.pattern, text, starts)] == expected


def test_a_listed_name_is_found_before_a_verb_a_title_or_its_code():
    rules = RULES.compiled(compile_name_rules)
    for text in ("会上,联发科今日宣布扩产。", "联电董事长在会上致辞", "据悉,鸿海(2317)营收增加"):
        found = [text[name.start : name.end] for name in chinese._listed_short_names(text, rules)]
        assert len(found) == 1, text
    assert rules.listed_short_screen.starts("台达电与联电") == [0, 4]
