"""Well-known companies named by their short names, as a vocabulary of the organisation rules.

A name no common word, place or person holds (腾讯, 宁德时代, 中国石化)
is named wherever it stands as a word; one that is also a common word, a
place or a person (美的, 小米, 格力) only where a company shows, as a listed
short name is. The longer name wins, and English names follow the English
gazetteer. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

RULE = "organisations:well_known_company"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("这套系统已接入百度的地图服务。", "百度"),
        ("宁德时代的储能订单今年翻了一番。", "宁德时代"),
        ("區內油站由中國石化營運。", "中國石化"),
        ("不少用户转向了美团的外卖平台。", "美团"),
        ("机构普遍上调了万科的评级。", "万科"),
        ("截至收盘，汇川技术报收50元。", "汇川技术"),
    ],
)
def test_a_name_no_other_word_holds_is_named_alone(text, name):
    assert (name, RULE) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "炉温升到一百度后保持十分钟。",  # a numeral before it: no word of its own
        "今年中国石油需求增速放缓。",  # an industry's demand
        "中国移动市场的渗透率继续上升。",  # a market, no company
        "比亚迪长沙工厂开始试产。",  # a plant called by the company
        "华为云青州数据中心投入运营。",  # a data centre named by its owner, a field and a place
        "门店开在比亚迪路18号。",  # a street named after the company
    ],
)
def test_a_name_inside_other_words_or_a_longer_name_is_not_named_alone(text):
    assert all(rule != RULE for _name, rule in organisation_names(text))


def test_a_company_acting_on_a_site_named_otherwise_is_named():
    assert ("华为", RULE) in organisation_names("华为将在青州建设研发中心。")


def test_the_longer_name_wins():
    assert [name for name, _rule in organisation_names("腾讯控股有限公司发布年报。")] == ["腾讯控股有限公司"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("美的宣布在越南新建一座工厂。", "美的"),
        ("格力董事长出席了论坛。", "格力"),
        ("小米总裁介绍了新车的订单。", "小米"),
    ],
)
def test_a_name_that_is_also_a_common_word_counts_where_a_company_shows(text, name):
    assert (name, RULE) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "山里的秋色真是美的。",
        "早餐是一碗小米粥。",
        "小米表示新车下月交付。",  # a common noun before a verb: only a title or a code
        "祝大家平安夜快乐。",
    ],
)
def test_a_common_word_without_a_company_is_not_named(text):
    assert all(rule != RULE for _name, rule in organisation_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares of Kweichow Moutai slipped in Shanghai.", "Kweichow Moutai"),
        ("Analysts expect Sungrow to ship more inverters.", "Sungrow"),
        ("Ping An said premiums rose.", "Ping An"),
    ],
)
def test_english_names_of_the_vocabulary(text, name):
    assert name in [found for found, _rule in organisation_names(text)]
