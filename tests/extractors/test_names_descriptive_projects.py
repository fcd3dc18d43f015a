"""A phrase of common words of industry and action before 项目 describes a kind of project.

projects.yaml `descriptive_names`: the words before a project's ending, as
the dictionary segments them, must hold something that names (a place, a
brand, a rare or unknown word, a coined word, a compass part, a number,
Latin letters or quotes); words of industry the dictionary does not know
(绿氢, 高精尖) are common all the same, and a county's short name that is one
common word in the phrase (合作, 通道) names nothing. All sentences are
invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.names.chinese import _between_words, _descriptive, _named_before_description
from pipeline.extractors.names.rules import compile_name_rules
from pipeline.extractors.names.schemas import PROJECTS, checked
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from tests.conftest import RULES
from tests.extractors.test_names_analyst_week_classes import _names


@pytest.mark.parametrize(
    "text",
    [
        "全省首座光伏绿氢生产项目建成投产。",
        "这是全国首个万吨级绿氢示范项目。",
        "镇上为高精尖产业加速器项目安排用地。",
        "资金将用于合作区产业升级及民生项目。",
        "银行向新通道建设项目发放贷款。",
    ],
)
def test_common_words_before_project_name_none(text):
    assert _names(text, "projects") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜化集团光伏绿氢生产项目开工。", "澜化集团光伏绿氢生产项目"),
        ("青禾光伏绿氢示范项目开工。", "青禾光伏绿氢示范项目"),
        ("青澜高速澜溪至龙南段扩容工程开工。", "龙南段扩容工程"),
        ("园区东部科创走廊项目开工。", "园区东部科创走廊项目"),
        ("澜吉亚太生产线扩建项目开工。", "澜吉亚太生产线扩建项目"),
        ("澜溪光伏项目二期开工。", "澜溪光伏项目二期"),
        ("酒泉储能电站二季度满负荷运行。", "酒泉储能电站"),
        ("光伏绿氢生产项目二期明年开工。", "光伏绿氢生产项目二期"),
    ],
)
def test_a_place_brand_or_phase_still_names_the_project(text, name):
    assert _names(text, "projects") == [name]


def test_runs_between_industry_words():
    assert _between_words("光伏绿氢生产", ("绿氢", "光伏")) == ["生产"]
    assert _between_words("澜化光伏示范", ("光伏",)) == ["澜化", "示范"]


def test_common_words_are_descriptive_and_places_are_not():
    rules = RULES.compiled(compile_name_rules)
    assert _descriptive("光伏绿氢生产", rules)
    assert _descriptive("合作区产业发展及民生", rules)
    assert not _descriptive("酒泉储能", rules)
    assert not _descriptive("共和光伏", rules)


def test_a_place_before_the_indefinite_word_names_what_it_describes():
    rules = RULES.compiled(compile_name_rules)
    text = "张掖新一代电网友好绿色电站示范项目"
    assert _named_before_description(text, text.index("电网"), rules)
    text = "全省首座光伏绿氢生产项目"
    assert not _named_before_description(text, text.index("光伏"), rules)


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("  endings_max_prefix: 4\n", "", "endings need endings_max_prefix"),
        ("  endings: [平台, 枢纽, 隧道]\n", "", "endings_max_prefix is read only with endings"),
    ],
)
def test_descriptive_endings_and_their_prefix_are_checked_together(rules_copy, old, new, reason):
    path = rules_copy / "projects.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    line_no = text[: text.index("\ndescriptive_names:\n")].count("\n") + 2
    with pytest.raises(RuleFileError) as error:
        checked(RuleSet.load(rules_copy), PROJECTS)
    assert str(error.value).startswith(f"{path}:{line_no}:")
    assert reason in str(error.value)
