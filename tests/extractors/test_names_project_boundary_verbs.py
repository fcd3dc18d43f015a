"""Words that end the text before a project's name, and facilities and meetings named by a kind.

亦 (the written 也 of Hong Kong, Macau and Taiwan), choosing a site (选址)
and briefing a meeting (简介) end the text before a name, as 也, 落户 and
介绍 do (names.yaml `boundary_words`); 亦庄 and 亦城 keep their 亦. A
headline's verb of winning in the present (lands, wins, lures) ends an
English lower-case tail (names.yaml `tail_stops`). A wharf named only by the
waters it serves (内河码头) and a facility named only by the utility it
serves (污水处理设施, 电力与用水设施) are kinds (projects.yaml `setting_words`);
整个 points at a plan named before, as 该 does; factories operating counted
(工厂营运家数) are no factory; a trade's exhibition hall (产业展示馆) is a
facility; a briefing named by its rhythm (月度信息发布会) is no event. All
sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.conftest import RULES


def _names(text: str, table: str = "projects") -> list[str]:
    return [m.raw_text for m in pipeline.extract(text, ruleset=RULES) if m.table == table]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜江科学园区管理局亦说明青禾二期扩建计划。", "青禾二期扩建计划"),
        ("會上，澜江管理局亦說明青禾用地二期擴建計畫。", "青禾用地二期擴建計畫"),
        ("市发改局向区议会简介澜湾新区发展计划。", "澜湾新区发展计划"),
        ("新厂选址青禾工业园东区，占地50亩。", "青禾工业园东区"),
    ],
)
def test_boundary_verb_ends_the_text_before_the_name(text, name):
    assert _names(text) == [name]


def test_body_before_yi_stays_an_organisation():
    assert _names("澜江科学园区管理局亦说明青禾二期扩建计划。", "organisations") == ["澜江科学园区管理局"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北京亦庄新城发展规划正式印发。", "北京亦庄新城发展规划"),
        ("澜海亦城科技园二期开工。", "澜海亦城科技园二期"),
    ],
)
def test_place_holding_yi_keeps_it(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Qingxi Science City lands US battery plant", "Qingxi Science City"),
        ("Lanhai Science Park wins new chip plant", "Lanhai Science Park"),
    ],
)
def test_headline_verb_of_winning_ends_the_tail(text, name):
    assert _names(text) == [name]


def test_wharf_named_by_its_waters_alone_is_a_kind():
    assert _names("內河碼頭的使用率只有約四成。") == []


def test_wharf_named_by_its_place_and_waters_is_named():
    assert _names("澜海内河码头将改作物流用途。") == ["澜海内河码头"]


def test_whole_of_a_plan_named_before_is_no_name():
    assert _names("政府估計，整個計劃需時約十年。") == []


@pytest.mark.parametrize(
    "text",
    [
        "以及一個每日處理1萬立方米的污水處理設施。",
        "本次補助以道路、排水及污水處理設施為主。",
        "政府將擴充南部電力與用水設施。",
    ],
)
def test_facility_named_by_its_utility_alone_is_a_kind(text):
    assert _names(text) == []


def test_facility_named_by_its_place_and_utility_is_named():
    assert _names("青禾污水处理厂二期开工。") == ["青禾污水处理厂二期"]


def test_factories_operating_counted_are_no_factory():
    assert _names("今年前8月，青州縣工廠營運家數增加2.6%。") == []


def test_trade_exhibition_hall_is_a_facility():
    assert _names("嘉宾参观了位于澜江路8号的青禾集成电路产业展示馆。") == ["青禾集成电路产业展示馆"]


def test_monthly_briefing_is_no_event():
    assert _names("协会在5月10日举行的月度信息发布会上公布了销量。") == []
