"""Well-known projects and development areas, as a vocabulary of the project rules.

A national work or a development area named without the ending the project
rules look for (深中通道, 明日大屿) or by a short form (北都, 南水北调) is a
project wherever it begins and ends a word; a longer name found by the other
rules wins, and a body named after it is not it. All sentences are invented
for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.conftest import RULES

RULE = "projects:well_known_project"


def _names(text: str) -> list[tuple[str, str, str]]:
    found = pipeline.extract(text, ruleset=RULES)
    return [(m.raw_text, m.table, m.rule_id) for m in found if m.table in ("projects", "organisations")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("周末经深中通道往返的车辆明显增多。", "深中通道"),
        ("三峡工程的泄洪闸昨日开启。", "三峡工程"),
        ("南水北調沿線城市用水更有保障。", "南水北調"),
        ("立法會議員追問明日大嶼的造價。", "明日大嶼"),
        ("当局计划分片开发北都的用地。", "北都"),
        ("这座城市是东数西算的枢纽节点之一。", "东数西算"),
        ("首批公屋位于洪水桥╱厦村新发展区。", "洪水桥╱厦村新发展区"),
    ],
)
def test_a_well_known_name_without_an_ending_is_a_project(text, name):
    assert (name, "projects", RULE) in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "今年冬天东北都比往年冷。",  # 东北|都: no word begins at 北
        "中国南水北调集团有限公司召开年会。",  # a company named after the work
        "港珠澳大桥管理局公布了车流数据。",  # the work's authority
    ],
)
def test_no_project_where_the_name_is_no_word_or_opens_a_body(text):
    assert not any(rule == RULE for _name, _table, rule in _names(text))


def test_the_longer_name_wins():
    assert ("明日大屿愿景", "projects", RULE) in _names("明日大屿愿景下的人工岛将分期填海。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Critics questioned the cost of the Lantau Tomorrow Vision.", "Lantau Tomorrow Vision"),
        (
            "Work in the Hung Shui Kiu/Ha Tsuen New Development Area began.",
            "Hung Shui Kiu/Ha Tsuen New Development Area",
        ),
    ],
)
def test_english_names(text, name):
    assert (name, "projects", RULE) in _names(text)


def test_an_english_name_before_another_capitalised_word_is_left_to_the_head_rules():
    assert not any(rule == RULE for _n, _t, rule in _names("The Lantau Tomorrow Vision Office opened."))


@pytest.mark.parametrize(
    "text",
    [
        "今年对共建“一带一路”国家的出口增长两成。",
        "澄州港新開三條一帶一路航線。",
    ],
)
def test_the_belt_and_road_alone_is_a_programme(text):
    found = [
        (m.raw_text, m.project_kind) for m in pipeline.extract(text, ruleset=RULES) if m.table == "projects"
    ]
    assert [kind for name, kind in found if name in ("一带一路", "一帶一路")] == ["program"]


def test_a_longer_name_holding_the_belt_and_road_wins():
    found = _names("第三届“一带一路”国际合作高峰论坛在澄州开幕。")
    assert ("一带一路", "projects", RULE) not in found
