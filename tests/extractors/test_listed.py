"""Listed companies' short names: the packaged list, its fallback and the context gates.

The rule's own examples (rules/organisations.yaml `listed_short_names`) hold
with and without the optional package; the tests marked with `packaged`
need it and are skipped where it is not installed.
"""

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.names import chinese, listed, organisations
from pipeline.extractors.names.rules import NameRules
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES

RULE = "organisations:listed_short_name"
packaged = pytest.mark.skipif(importlib.util.find_spec("twstock") is None, reason="twstock is not installed")

TABLE = """type,code,name,ISIN,start,market,group,CFI
股票,1234,瑞豐電,TW0001234000,1990/01/01,上市,電子工業,ESVUFR
股票,5678,小,TW0005678000,1990/01/01,上市,電子工業,ESVUFR
ETF,0099,某某50,TW0000099000,2000/01/01,上市,,CEOGEU
上市認購(售)權證,030001,瑞豐電元大25購01,TW18Z0300019,2025/01/01,上市,,RWSCCA
創新板,7001,晨曦智,TW0007001000,2022/01/01,上市,,ESVUFR
"""


def listed_names(text: str) -> list[str]:
    """The names the listed-short-name rule finds on one line of text."""
    line = normalise_line(1, text, RULES)
    spans = organisations.find_spans([LineContext(1, line.norm_text, line.lang)], DocumentContext(), RULES)
    return [span.fields["name"] for span in spans if span.rule_id == RULE]


def test_a_code_table_gives_the_short_names_of_the_wanted_types():
    assert listed.short_names_in(TABLE, ["股票", "創新板"]) == ["瑞豐電", "晨曦智"]
    assert listed.short_names_in(TABLE, ["ETF"]) == []  # digits: a fund, not a short name
    assert listed.short_names_in("type,code,name\n", ["股票"]) == []


def test_without_the_package_the_list_is_empty_and_the_rule_file_names_remain(monkeypatch):
    monkeypatch.setattr(listed, "_table_files", lambda: [])
    listed._listed.cache_clear()
    try:
        assert listed.listed_short_names(["股票"]) == ()
        rules = NameRules(RULES)
        spans = chinese._listed_short_names("联发科宣布扩产。", rules)
        assert [(span.start, span.end) for span in spans] == [(0, 3)]
        assert chinese._listed_short_names("统一董事长出席。", rules) == []
    finally:
        listed._listed.cache_clear()


def test_a_name_counts_only_where_a_company_shows():
    assert listed_names("联发科宣布在台南设厂。") == ["联发科"]
    assert listed_names("記者會上,聯發科執行長說明了新品。") == ["联发科"]
    assert listed_names("鸿海(2317)今日公布营收。") == ["鸿海"]
    assert listed_names("广达的笔电很受欢迎。") == []
    assert listed_names("据悉华硕笔电销量上升。") == []


def test_a_short_name_no_other_word_holds_counts_wherever_it_stands():
    assert listed_names("联发科的芯片很受欢迎。") == ["联发科"]
    assert listed_names("新机采台积电3纳米制程。") == ["台积电"]


@packaged
def test_the_package_lists_taiwan_short_names_in_simplified_script():
    names = set(listed.listed_short_names(["股票"]))
    assert {"台积电", "联发科", "统一"} <= names
    assert "台積電" not in names
    assert not any(char.isascii() for name in names for char in name)  # no warrant or fund codes


@packaged
def test_a_packaged_common_word_counts_before_a_title_or_a_code_only():
    assert listed_names("統一董事長羅智先致詞。") == ["统一"]
    assert listed_names("统一(1216)股价上涨。") == ["统一"]
    assert listed_names("各方统一表示支持。") == []
    assert listed_names("统一表示支持该方案。") == []


@packaged
def test_a_packaged_coined_name_counts_as_a_subject():
    assert listed_names("宏达电今日宣布新机上市。") == ["宏达电"]


def test_the_kept_names_follow_the_tables_and_a_damaged_entry_is_built_again(tmp_path, monkeypatch):
    import os
    import re

    import regex

    from pipeline.rules import pattern_cache

    def new_process() -> None:
        pattern_cache._table = None
        pattern_cache._used.clear()
        pattern_cache._added = 0
        pattern_cache._unsaved_seconds = 0.0
        listed._listed.cache_clear()
        re.purge()
        regex.purge()

    def names() -> tuple[str, ...]:
        new_process()
        with pattern_cache.cached_patterns():
            return listed.listed_short_names(["股票"])

    monkeypatch.setenv("PROVEX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(pattern_cache, "MIN_SAVE_SECONDS", 0.0)
    table = tmp_path / "twse_equities.csv"
    table.write_text(TABLE, encoding="utf-8")
    monkeypatch.setattr(listed, "_table_files", lambda: [str(table)])
    built = []
    build = listed._build
    monkeypatch.setattr(listed, "_build", lambda *args: built.append(args) or build(*args))
    try:
        assert names() == ("瑞丰电",) and len(built) == 1
        stamp = listed.table_stamp([str(table)])
        assert names() == ("瑞丰电",) and len(built) == 1  # from the cache file
        # The same size, the same modification time: still another table.
        modified = table.stat().st_mtime_ns
        table.write_text(TABLE.replace("瑞豐電", "晨光電"), encoding="utf-8")
        os.utime(table, ns=(modified, modified))
        assert listed.table_stamp([str(table)]) != stamp
        assert names() == ("晨光电",) and len(built) == 2
        # A damaged entry is built again.
        pattern_cache._table = pattern_cache._load()
        for key in pattern_cache._table["tables"]:
            pattern_cache._table["tables"][key] = ((1, 2),)
        pattern_cache._save(pattern_cache._table)
        assert names() == ("晨光电",) and len(built) == 3
        assert listed.table_stamp([str(tmp_path / "missing.csv")]) is None
    finally:
        new_process()


def _listed_patterns():
    from pipeline.extractors.names.rules import compile_name_rules

    rules = RULES.compiled(compile_name_rules)
    return [*rules.listed_short_patterns, rules.listed_short_subject]


def test_every_listed_short_name_pattern_has_a_screen():
    assert all(pattern.screen is not None for pattern in _listed_patterns())


# Pieces of invented lines: listed names, titles, verbs, codes and fillers.
LISTED_PIECES = [
    *("鸿海", "联发科", "台积电", "董事长", "宣布", "也", "表示"),
    *("(2330)", "（2382-TW）", "，", "。", "他说", "的", " "),
]


@settings(deadline=None)  # the first example compiles the rules
@given(st.lists(st.sampled_from(LISTED_PIECES), max_size=10).map("".join))
def test_screened_listed_short_name_patterns_find_what_the_patterns_alone_find(text):
    for screened in _listed_patterns():
        expected = [match.span() for match in screened.pattern.finditer(text)]
        assert [match.span() for match in screened.finditer(text)] == expected


def test_a_line_without_a_title_verb_or_code_skips_the_listed_short_name_patterns():
    assert all(pattern.screen.search("广达的新厂很大。") is None for pattern in _listed_patterns())
    assert listed_names("广达董事长出席会议。") == ["广达"]


class _Unscreened:
    """A pattern, or a screen, that lets every text (and every position of it) through."""

    def __init__(self, pattern=None) -> None:
        self.pattern = pattern

    def may_match(self, text: str) -> bool:
        return True

    def search(self, text: str) -> bool:
        return True

    def starts(self, text: str) -> list[int]:
        return list(range(len(text)))


def _rules_without_screens():
    import copy

    from pipeline.extractors.names.rules import compile_name_rules

    plain = copy.copy(RULES.compiled(compile_name_rules))
    plain.listed_short_patterns = tuple(_Unscreened(p.pattern) for p in plain.listed_short_patterns)
    plain.listed_short_subject = _Unscreened(plain.listed_short_subject.pattern)
    plain.listed_short_screen = _Unscreened()
    return plain


MORE_LISTED_PIECES = [*LISTED_PIECES, "全新", "统一", "发布", "鸿", "海"]


@settings(deadline=None)  # the first example compiles the rules
@given(st.lists(st.sampled_from(MORE_LISTED_PIECES), max_size=10).map("".join))
def test_listed_short_names_with_their_screens_are_the_names_without(text):
    from pipeline.extractors.names.rules import compile_name_rules

    screened = chinese._listed_short_names(text, RULES.compiled(compile_name_rules))
    assert screened == chinese._listed_short_names(text, _rules_without_screens())


@settings(deadline=None)  # the first example compiles the rules
@given(st.lists(st.sampled_from(["鸿海", "鸿", "海", "联发科", "发科", "的", "x"]), max_size=6).map("".join))
def test_the_literal_screen_finds_a_word_where_one_occurs(text):
    from pipeline.extractors.names.rules import LiteralScreen

    words = ["鸿海", "联发科", "科"]
    assert LiteralScreen(words).search(text) == any(word in text for word in words)
    assert not LiteralScreen([]).search(text)
