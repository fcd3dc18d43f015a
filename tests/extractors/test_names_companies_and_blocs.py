"""Chinese companies by their English names, foreign chipmakers, and blocs by their Chinese names.

The well-known companies' English vocabulary holds the mainland, Hong Kong
and Taiwan groups English wires and filings name without a legal form; the
foreign one the chipmakers and equipment makers; the international_bloc
vocabulary names 欧盟 and 东盟 only where the bloc acts or is a party. All
sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

WELL_KNOWN_EN = "organisations:well_known_company_en"
FOREIGN_EN = "organisations:foreign_company_en"
ASSOCIATION = "organisations:industry_association"
BLOC = "organisations:international_bloc"
GAZETTEER = "organisations:international_organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Loader sales at Shantui rose 12 percent in May.", "Shantui"),
        ("Analysts said Longi would cut wafer prices.", "Longi"),
        ("Hengli Petrochemical and Wanhua Chemical both raised prices.", "Hengli Petrochemical"),
        ("Hengli Petrochemical and Wanhua Chemical both raised prices.", "Wanhua Chemical"),
        ("Volumes at COSCO Shipping Ports rose 6 percent.", "COSCO Shipping Ports"),
        ("Hutchison Ports said the terminal would open in June.", "Hutchison Ports"),
        ("Hengrui Medicine won approval for a cancer drug.", "Hengrui Medicine"),
        ("Foxconn Industrial Internet expects more server orders.", "Foxconn Industrial Internet"),
        ("Sungrow Power Supply said its inverter orders doubled.", "Sungrow Power Supply"),
    ],
)
def test_a_chinese_company_by_its_english_name_is_named(text, name):
    assert (name, WELL_KNOWN_EN) in organisation_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Memory prices rose, Micron Technology said.", "Micron Technology"),
        ("Orders for Advantest testers rose.", "Advantest"),
        ("GlobalFoundries will expand its plant.", "GlobalFoundries"),
    ],
)
def test_a_foreign_chipmaker_or_equipment_maker_is_named(text, name):
    assert (name, FOREIGN_EN) in organisation_names(text)


def test_the_chip_industry_association_is_named_by_its_acronym():
    assert ("SEMI", ASSOCIATION) in organisation_names("Equipment billings rose 8 percent, SEMI said.")


@pytest.mark.parametrize(
    "text",
    [
        "Li Yutong said the plan would go ahead.",  # a given name, no company
        "Shantui Lanhai Machinery signed the contract.",  # the first word of a longer name
    ],
)
def test_a_name_that_is_a_given_name_or_opens_a_longer_one_is_not_the_vocabulary_s(text):
    assert all(rule != WELL_KNOWN_EN for _name, rule in organisation_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("欧盟宣布对进口光伏组件展开调查。", "欧盟"),
        ("分析人士认为，欧盟将于明年实施新规。", "欧盟"),
        ("欧盟《电池与废电池法规》对碳足迹提出要求。", "欧盟"),
        ("青澜与东盟的贸易额增长一成。", "东盟"),
        ("美國聯準會週三宣布維持利率不變。", "美國聯準會"),
        ("欧佩克及其盟友决定延长减产。", "欧佩克"),
    ],
)
def test_a_bloc_that_acts_or_is_a_party_is_named(text, name):
    assert (name, BLOC) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "今年对欧盟出口增长5%。",  # a market
        "东盟市场潜力巨大。",  # a region's market
        "与东盟国家的合作不断深化。",  # the countries of the bloc
        "东盟自贸区升级版谈判启动。",  # the free-trade area
        "企业赴东盟考察。",  # a region visited
    ],
)
def test_a_bloc_as_a_market_or_region_is_no_name(text):
    assert all(rule != BLOC for _name, rule in organisation_names(text))


def test_apec_is_named_whole_not_by_the_oecd_s_short_form_inside_it():
    assert organisation_names("亚太经合组织贸易部长会议在青澜举行。") == [("亚太经合组织", GAZETTEER)]
