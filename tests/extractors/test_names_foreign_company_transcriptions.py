"""Foreign companies by their Chinese transcriptions beyond the well-known companies' list.

The foreign_company vocabulary names a transcription that makes no phrase
wherever it stands, and one that is also a person's name, a product or a
word only where a company shows. All sentences are invented for these
tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

FOREIGN = "organisations:foreign_company"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("该工厂的光刻机全部来自艾司摩尔。", "艾司摩尔"),
        ("據弗若斯特沙利文的報告，該市場規模將翻番。", "弗若斯特沙利文"),
        ("新药由安斯泰来与本地药企联合开发。", "安斯泰来"),
        ("庄信万丰将在园区新建催化剂工厂。", "庄信万丰"),
        ("据群智咨询统计，面板出货量回升。", "群智咨询"),
        ("夏普总裁在发布会上介绍了新面板。", "夏普"),
        ("甲骨文宣布在青澜建设数据中心。", "甲骨文"),
    ],
)
def test_a_foreign_company_is_named_by_its_transcription(text, name):
    assert (name, FOREIGN) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "他开着一辆法拉利来到会场。",  # a car
        "考古学家释读了一批甲骨文。",  # the oracle-bone script
        "上海迪士尼乐园暑期客流创新高。",  # a park named after its owner
        "默克尔出席了会议。",  # a person whose name begins with a company's
        "高德纳入选名单。",  # 高德 and 纳入: left out
    ],
)
def test_a_product_a_script_a_park_or_a_person_is_no_foreign_company(text):
    assert all(rule != FOREIGN for _name, rule in organisation_names(text))
