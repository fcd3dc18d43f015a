"""Other countries' ministries, legislatures and central banks, and sovereign funds, by their Chinese names.

The gazetteer item foreign_government holds each body with its country
before it, so that the longer name wins over China's own body or a
shorter name inside it (国务院, 央行, 资源部); a ministry that the
foreign_ministry class finds with the same span is that class's alone. All sentences are
invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

FOREIGN = "organisations:foreign_government"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("美国国务院发言人在记者会上回应。", "美国国务院"),
        ("英國央行宣布減息0.25厘。", "英國央行"),
        ("韩国央行维持基准利率不变。", "韩国央行"),
        ("南韓產業通商資源部公布上月出口數據。", "南韓產業通商資源部"),
        ("南韓企劃財政部下調了增長預測。", "南韓企劃財政部"),
        ("新加坡贸易与工业部表示欢迎澜洲企业投资。", "新加坡贸易与工业部"),
        ("美國參議院週二表決撥款法案。", "美國參議院"),
        ("日本经济产业省表示将追加芯片补贴。", "日本经济产业省"),
        ("据经产省统计，上月工业产值回升。", "经产省"),
        ("歐盟執委會週三公布反補貼調查結果。", "歐盟執委會"),
        ("澳洲联储宣布加息25个基点。", "澳洲联储"),
    ],
)
def test_a_foreign_body_is_named_whole_with_its_country(text, name):
    assert (name, FOREIGN) in organisation_names(text)


MINISTRY = "organisations:foreign_ministry"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("美国商务部宣布将三家澜洲企业列入实体清单。", "美国商务部"),
        ("對美國商務部的裁定，澜海公司表示將提出上訴。", "美國商務部"),
        ("德国联邦经济部批准了这笔收购。", "德国联邦经济部"),
        ("印尼投资部表示，上半年外资流入增长一成。", "印尼投资部"),
        ("越南工贸部公布了上月的出口数据。", "越南工贸部"),
    ],
)
def test_a_ministry_the_foreign_ministry_class_finds_is_that_class_s(text, name):
    found = organisation_names(text)
    assert (name, MINISTRY) in found
    assert (name, FOREIGN) not in found


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("美国商务部宣布将三家澜洲企业列入实体清单。", "商务部"),
        ("英國央行宣布減息0.25厘。", "央行"),
        ("美国国务院发言人在记者会上回应。", "国务院"),
    ],
)
def test_the_chinese_body_inside_a_foreign_one_is_not_named(text, inside):
    assert all(name != inside for name, _rule in organisation_names(text))


@pytest.mark.parametrize(
    "text",
    [
        "游客在美国国会山前合影。",  # the building
        "两名美国国会议员昨日抵达青澜。",  # a member is a person
        "日本银行业的不良贷款率回落。",  # a country's banks (left out)
        "今年对美国出口增长一成。",  # the country alone
    ],
)
def test_a_building_a_member_a_country_s_banks_or_the_country_alone_is_no_foreign_body(text):
    assert all(rule != FOREIGN for _name, rule in organisation_names(text))


SOVEREIGN = "organisations:sovereign_fund"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("基石投資者包括澜海資本及科威特投資局。", "科威特投資局"),
        ("卡塔尔投资局拟入股青禾能源。", "卡塔尔投资局"),
        ("穆巴达拉去年增持了澜洲芯片厂的股份。", "穆巴达拉"),
    ],
)
def test_a_sovereign_fund_is_named_by_its_chinese_name(text, name):
    assert (name, SOVEREIGN) in organisation_names(text)
