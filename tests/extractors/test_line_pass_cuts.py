"""Per-line passes made cheaper answer what the plain ones answer.

The vocabularies' Chinese names are looked up in a word set instead of
walking their trie pattern; the quoted programmes' patterns run only on
lines holding one of their literals (the names' shared screen); a day's
ordinal ending is dropped by a pattern compiled once.
"""

from __future__ import annotations

import dataclasses

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.dates.resolve import ORDINAL_ENDING, ordinal_day
from pipeline.extractors.names import chinese
from pipeline.extractors.names.rules import (
    ScreenedPattern,
    compile_name_rules,
    matches_from,
    name_led,
    name_led_matches,
)
from pipeline.extractors.names.vocabulary import chinese_spans, line_vocabularies, own_matches
from tests.conftest import RULES, SEEDS


def _name_rules():
    return RULES.compiled(compile_name_rules)


def _vocabularies():
    screen = _name_rules().derived(line_vocabularies)
    assert screen is not None
    return [vocabulary for vocabulary in screen.vocabularies if vocabulary.pattern is not None]


def _seed_lines() -> list[str]:
    return [
        line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text("utf-8").split("\n") if line
    ]


def _plain_spans(text: str, vocabulary, starts) -> list[tuple[int, int]]:
    return [match.span("a") for match in matches_from(vocabulary.pattern, text, starts)]


def _vocabulary_pieces() -> list[str]:
    names = sorted({name for vocabulary in _vocabularies() for name in vocabulary.kinds})
    # every 40th name, each also cut short, and invented words around them
    chosen = names[::40]
    return [
        *chosen,
        *(name[:-1] for name in chosen),
        "青禾",
        "的",
        "与",
        "和",
        "今日宣布，",
        "Lanhai",
        " ",
        "3",
    ]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_word_set_finds_what_the_vocabulary_pattern_finds(data: st.DataObject) -> None:
    pieces = _vocabulary_pieces()
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=8)))
    starts = list(range(len(text)))
    for vocabulary in _vocabularies():
        assert list(own_matches(text, vocabulary, starts)) == _plain_spans(text, vocabulary, starts)


def test_the_word_set_finds_what_the_pattern_finds_on_every_seed_line() -> None:
    vocabularies = _vocabularies()
    for text in _seed_lines():
        starts = list(range(len(text)))
        for vocabulary in vocabularies:
            assert list(own_matches(text, vocabulary, starts)) == _plain_spans(text, vocabulary, starts)


def test_a_name_after_a_refused_character_is_not_found_by_the_word_set() -> None:
    refusing = [vocabulary for vocabulary in _vocabularies() if vocabulary.not_after is not None]
    assert refusing, "a line-read vocabulary refuses some character before its names"
    vocabulary = refusing[0]
    name = next(name for name in sorted(vocabulary.kinds) if vocabulary.words.is_word(name))
    for before in ("青", "A", "3", "，", " "):
        text = f"{before}{name}今日宣布"
        starts = list(range(len(text)))
        assert list(own_matches(text, vocabulary, starts)) == _plain_spans(text, vocabulary, starts)


def test_chinese_spans_no_longer_runs_the_vocabulary_pattern() -> None:
    found = 0
    for vocabulary in _vocabularies():
        # a pattern that matches nothing: the spans come from the word set alone
        never = dataclasses.replace(vocabulary, pattern=regex.compile("(?P<a>(?!))"))
        for name in sorted(vocabulary.kinds)[::25]:
            text = f"据悉，{name}今日宣布扩产。"
            expected = chinese_spans(text, vocabulary)
            assert chinese_spans(text, never) == expected
            found += bool(expected)
    assert found


# Invented quoted names and heads, and other words around them.
QUOTED_PIECES = [
    *("“", "”", "「", "」", '"', "、", "，", "。"),
    *("青禾智谷", "双碳", "万企兴万村", "A+B", "1+2+3", "引资", "引智"),
    *("战略", "行动", "项目", "工程", "计划", "政策", "机制", "模式", "综合民生", "二期", "推进"),
]


def test_the_quoted_patterns_share_the_line_screen() -> None:
    rules = _name_rules()
    assert rules.quoted_rules
    for _rule_id, _kind, pattern, _extend in rules.quoted_rules:
        assert isinstance(pattern, ScreenedPattern)
        assert pattern.shared is rules.shared_screen and pattern.bit


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(QUOTED_PIECES), max_size=10).map("".join))
def test_a_screened_quoted_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    for _rule_id, _kind, pattern, _extend in _name_rules().quoted_rules:
        screened = [match.span() for match in pattern.finditer(text)]
        assert screened == [match.span() for match in pattern.pattern.finditer(text)]


def test_the_quoted_patterns_find_on_every_seed_line_what_they_find_alone() -> None:
    rules = _name_rules()
    for text in _seed_lines():
        for _rule_id, _kind, pattern, _extend in rules.quoted_rules:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in pattern.pattern.finditer(text)
            ]


def test_a_quoted_programme_is_still_read() -> None:
    rules = _name_rules()
    names = chinese._quoted_programmes("全市推进“青禾智谷”行动。", rules)
    assert [(name.start, name.end) for name in names] == [(4, 12)]


def test_a_line_without_any_quoted_literal_runs_no_quoted_pattern(monkeypatch) -> None:
    rules = _name_rules()
    ran = []

    class Recording:
        def __init__(self, pattern):
            self.pattern, self.groupindex = pattern, pattern.groupindex

        def finditer(self, text):
            ran.append(text)
            return self.pattern.finditer(text)

    for _rule_id, _kind, pattern, _extend in rules.quoted_rules:
        monkeypatch.setattr(pattern, "pattern", Recording(pattern.pattern))
    assert chinese._quoted_programmes("青禾市今年新建三座公园，投资两亿元。", rules) == []
    assert ran == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["1", "2", "3", "22", "一", "二十", "st", "nd", "rd", "th", "ST", "Th", "x"]),
        max_size=3,
    )
)
def test_the_compiled_ordinal_ending_drops_what_the_pattern_text_dropped(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert ORDINAL_ENDING.sub("", text) == regex.sub(r"(?i)(st|nd|rd|th)$", "", text)


def test_ordinal_days() -> None:
    assert [ordinal_day(text) for text in ("22nd", "1ST", "3rd", "4th", "11")] == [22, 1, 3, 4, 11]


# The per-line patterns of the described companies and their subsidiaries,
# screened by their literals in the names' shared pass.
LINE_PATTERNS = ("subsidiary_pattern", "parent_pattern", "supply_pattern")
COMPANY_PIECES = [
    *("澜海集团", "青禾科技", "白鹭湾电池", "公司", "由", "和", "、", "，", "。", "A", "3"),
    *("旗下的", "下属", "全资子公司", "的子公司", "所属的", "供应", "承建", "总承包", "负责", "生产"),
]


def test_the_company_patterns_share_the_line_screen() -> None:
    rules = _name_rules()
    for name in LINE_PATTERNS:
        pattern = getattr(rules, name)
        assert isinstance(pattern, ScreenedPattern), name
        assert pattern.shared is rules.shared_screen and pattern.bit, name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(COMPANY_PIECES), max_size=10).map("".join))
def test_a_screened_company_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    rules = _name_rules()
    for name in LINE_PATTERNS:
        pattern = getattr(rules, name)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in pattern.pattern.finditer(text)
        ]


def test_the_company_patterns_find_on_every_seed_line_what_they_find_alone() -> None:
    rules = _name_rules()
    patterns = [getattr(rules, name) for name in LINE_PATTERNS]
    for text in _seed_lines():
        for pattern in patterns:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in pattern.pattern.finditer(text)
            ]


def test_a_subsidiary_and_its_parent_are_still_read() -> None:
    rules = _name_rules()
    subsidiaries = chinese._subsidiaries("澜海集团旗下的青禾科技负责生产。", rules)
    assert subsidiaries and all(name.table == "organisations" for name in subsidiaries)


ENGLISH_PIECES = [
    "About",
    "about",
    " ",
    "Lanmei",
    "Robotics",
    "The",
    "Author",
    "Our",
    "Company",
    "Inc.",
    ",",
    ".",
]


def test_the_about_section_pattern_shares_the_line_screen() -> None:
    rules = _name_rules()
    pattern = rules.english_acting_section
    assert isinstance(pattern, ScreenedPattern)
    assert pattern.shared is rules.shared_screen and pattern.bit


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ENGLISH_PIECES), max_size=8).map("".join))
def test_the_screened_about_section_finds_what_the_plain_one_finds(text: str) -> None:
    pattern = _name_rules().english_acting_section
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.pattern.finditer(text)]


def test_the_about_section_finds_on_every_seed_line_what_it_finds_alone() -> None:
    pattern = _name_rules().english_acting_section
    for text in _seed_lines():
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in pattern.pattern.finditer(text)
        ]


def _listed_parts():
    parts = _name_rules().listed_short_parts
    assert len(parts) >= 3, "the subject, title, alone and code patterns of the listed short names"
    return parts


def _listed_pieces() -> list[str]:
    rules = _name_rules()
    names = sorted(rules.listed_short_set)[::60]
    # listed names, cut short, and invented words of what a company does around them
    return [
        *names,
        *(name[:-1] for name in names),
        *("董事长", "总裁", "宣布", "今日", "昨(11)日", "公告", "去年", "在青禾", "设厂", "营收", "(2330)"),
        *("公司", "集团", "精密", "新厂", "，", "。", "「", " ", "A", "3"),
    ]


def _plain_led_spans(pattern, text: str, starts) -> list[tuple[int, int, int]]:
    return [(*match.span("a"), match.end()) for match in matches_from(pattern, text, starts)]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_the_listed_patterns_in_parts_find_what_the_whole_patterns_find(data: st.DataObject) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(_listed_pieces()), max_size=8)))
    starts = list(range(len(text)))
    for pattern, led in _listed_parts().items():
        assert list(name_led_matches(led, text, starts)) == _plain_led_spans(pattern, text, starts)


def test_the_listed_patterns_in_parts_find_on_every_seed_line_what_the_whole_ones_find() -> None:
    rules = _name_rules()
    parts = _listed_parts()
    for text in _seed_lines():
        starts = rules.listed_short_screen.starts(text)
        for pattern, led in parts.items():
            assert list(name_led_matches(led, text, starts)) == _plain_led_spans(pattern, text, starts)


def test_a_listed_short_name_is_read_without_running_its_patterns(monkeypatch) -> None:
    rules = _name_rules()
    name = sorted(rules.listed_short_set)[0]
    text = f"{name}董事长今日表示，{name}宣布扩产。"
    expected = chinese._listed_short_names(text, rules)
    assert expected
    monkeypatch.setattr(chinese, "matches_from", lambda *arguments: iter(()))
    assert chinese._listed_short_names(text, rules) == expected


def test_an_inline_flag_keeps_a_pattern_whole() -> None:
    pattern, led = name_led("", ["青禾", "澜海"], "(?i)x")
    assert led is None and pattern.match("青禾X")
