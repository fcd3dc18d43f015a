"""Names that are no body: a laboratory named by its work, a piece of a clause read as a subject.

A laboratory is a research body where a place, an owner or a level names it
(X湾实验室, X集团联合实验室, X重点实验室); one named only by the work done
in it (检测实验室, 工艺开发实验室, GMP实验室) is a room or a facility of the
body that runs it (organisations.yaml `laboratory`). A short subject before
a verb of signing or settling is no company when it is a place's people
(X居民), a word before a particle (X的合作伙伴) or holds the verb itself
(A与B同时签署: 同 of 同时 is no joiner; acting_subjects `not_last_words`,
described_companies `people`). All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.conftest import RULES


def _orgs(text: str) -> list[tuple[str, str]]:
    return [
        (m.raw_text, m.rule_id) for m in pipeline.extract(text, ruleset=RULES) if m.table == "organisations"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "新车间旁设有澜禾细胞治疗GMP实验室和样本库。",
        "中心將於二樓設立澜澄中藥檢測實驗室。",
        "新基地由青屿制剂工艺开发实验室负责放大生产。",
        "学院新建数控实训实验室两间。",
    ],
)
def test_laboratory_named_by_its_work_is_no_body(text):
    assert not any(name.endswith(("实验室", "實驗室")) for name, _ in _orgs(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜汐湾实验室与三家企业签署协议。", "澜汐湾实验室"),
        ("青屿海洋检测重点实验室通过验收。", "青屿海洋检测重点实验室"),
        ("双方考察了澄陌国家实验室。", "澄陌国家实验室"),
        ("青禾大学与澜海集团联合实验室揭牌。", "澜海集团联合实验室"),
    ],
)
def test_laboratory_named_by_place_owner_or_level_is_a_research_body(text, name):
    assert (name, "organisations:laboratory") in _orgs(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("澜州居民在新区设立企业三百家。", "澜州居民"),
        ("本行正与澜州的合作伙伴洽谈扩展服务。", "澜州的"),
        ("禾川区人民政府与青山大学同时签署合作协议。", "时签署"),
    ],
)
def test_clause_piece_is_no_acting_company(text, piece):
    assert piece not in [name for name, _ in _orgs(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜途与禾信签署合作协议。", "澜途"),
        ("澜途去年在苏州设立研发中心。", "澜途"),
    ],
)
def test_acting_company_still_found(text, name):
    assert (name, "organisations:acting_subject") in _orgs(text)
