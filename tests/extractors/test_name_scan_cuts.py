"""The name scan's cheaper paths (work done once, candidates dropped early) find what the plain ones find."""

from __future__ import annotations

import dataclasses

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.names import chinese
from pipeline.extractors.names.rules import compile_name_rules
from tests.conftest import RULES

# Invented pieces around stations and suppliers: labels, station names,
# joiners, verbs of supplying, punctuation and other scripts.
PIECES = [
    *("连接", "途经", "换乘", "沿线设", "延伸至新建的", "站及", "站和"),
    *("青禾", "白鹭湾", "澜海东", "站", "线", "地铁", "加油站", "三个车站"),
    *("由", "和", "与", "、", "供应", "承建", "公司", "集团", "，", "。", "A", "3", " "),
]
LINES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=9).map("".join)


def _label_rules():
    rules = RULES.compiled(compile_name_rules)
    found = {rule.rule_id: rule for group in rules.suffixes.values() for rule in group if rule.label_before}
    assert found, "the rules hold a suffix confirmed by a label before its name"
    return list(found.values())


@settings(deadline=None)  # the first example compiles the rules
@given(LINES, st.integers(0, 60))
def test_a_line_without_any_label_has_no_name_labelled(text, start):
    for rule in _label_rules():
        if not chinese._holds_label(text, rule):
            assert not chinese._labelled(text, start, rule)


@settings(deadline=None)
@given(LINES)
def test_suffix_names_dropped_early_for_want_of_a_label_are_those_the_full_checks_drop(text):
    rules = RULES.compiled(compile_name_rules)
    fast = chinese._suffix_names(text, rules, *_line_facts(text, rules))
    original = chinese._holds_label
    chinese._holds_label = lambda _text, _rule: True  # every candidate goes through the full checks
    try:
        plain = chinese._suffix_names(text, rules, *_line_facts(text, rules))
    finally:
        chinese._holds_label = original
    assert fast == plain


def _line_facts(text, rules):
    suffix_ends, known_hits = chinese._suffix_ends(text, rules)
    return suffix_ends, chinese._LineFacts(text, rules, frozenset(end for end, _ in known_hits))


# Invented lines where a window cut at a rule's longest prefix begins inside an earlier name.
CUT_WINDOW_LINES = [
    "瑞岚生物和禾丰科技等企业参展。",
    "白鹭湾精密仪器和澜海东光电科技有限公司签约。",
    "青禾市数据和信息化局与澜州交通运输局合作。",
]


def test_a_reserved_window_start_is_the_one_its_dropped_candidate_would_have_left():
    rules = RULES.compiled(compile_name_rules)
    checked = 0
    for text in CUT_WINDOW_LINES:
        suffix_ends = _line_facts(text, rules)[0]
        for end, found in suffix_ends.items():
            for word in found:
                for rule in rules.suffixes[word]:
                    first = dataclasses.replace(rule, min_prefix=rule.min_prefix + 2)
                    asked = _line_facts(text, rules)[1]  # the dropped candidate asks first, as before
                    chinese._name_start(text, end - len(word), first, suffix_ends, rules, asked, word)
                    reserved = _line_facts(text, rules)[1]  # the dropped candidate only reserves
                    chinese._reserve_window_start(end - len(word), first, rules, reserved, word)
                    expected = chinese._name_start(
                        text, end - len(word), rule, suffix_ends, rules, asked, word
                    )
                    found_start = chinese._name_start(
                        text, end - len(word), rule, suffix_ends, rules, reserved, word
                    )
                    assert found_start == expected, (text, word, rule.rule_id)
                    assert asked.window_starts == reserved.window_starts
                    checked += 1
    assert checked


def test_a_station_is_named_after_its_label_and_not_on_a_line_without_one():
    rules = RULES.compiled(compile_name_rules)

    def stations(text):
        names = chinese._suffix_names(text, rules, *_line_facts(text, rules))
        return [text[name.start : name.end] for name in names if text[name.end - 1] == "站"]

    assert stations("地铁三号线途经白鹭湾站。") == ["白鹭湾站"]
    assert stations("地铁三号线在白鹭湾站附近施工。") == []


def _plain_suppliers_items(names: str, joiners: tuple[str, ...]) -> list[tuple[int, int]]:
    """The items between the joiners as they were read before: a pattern built for each line."""
    alternation = "|".join(regex.escape(word) for word in joiners)
    return [item.span() for item in regex.finditer(rf"(?:(?!{alternation}).)+", names)]


@settings(deadline=None)
@given(LINES)
def test_the_supplier_item_pattern_built_once_splits_as_the_one_built_per_line(text):
    rules = RULES.compiled(compile_name_rules)
    items = [item.span() for item in rules.supply_item.finditer(text)]
    assert items == _plain_suppliers_items(text, rules.described_joiners)


def test_suppliers_are_read_without_building_a_pattern_per_line(monkeypatch):
    rules = RULES.compiled(compile_name_rules)
    monkeypatch.setattr(chinese.regex, "escape", lambda _word: (_ for _ in ()).throw(AssertionError))
    text = "该项目由青禾电子和澜海精工供应。"
    spans = chinese._suppliers(text, rules)
    assert [text[start:end] for start, end in spans] == ["青禾电子", "澜海精工"]


def test_a_line_is_searched_for_labels_once_per_rule_however_many_candidates_ask(monkeypatch):
    rules = RULES.compiled(compile_name_rules)
    asked = []
    plain = chinese._holds_label
    monkeypatch.setattr(
        chinese, "_holds_label", lambda text, rule: asked.append(rule.label_before) or plain(text, rule)
    )
    text = "，".join(["乘客在白鹭湾站下车"] * 40) + "。"
    chinese._suffix_names(text, rules, *_line_facts(text, rules))
    assert asked
    assert len(asked) == len(set(asked))
