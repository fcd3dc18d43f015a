"""Issuer fields, other countries' ministries in Chinese and the legal forms of Latin and Central Europe.

Each case is a sentence written for the test: what it must report as an
organisation or a project (table, text) and what it must not.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import names_in

FOUND = [
    # a centre in a page's source field is the body that wrote the page
    ("发布日期：2025年3月2日　来源：澜江博览会新闻中心", ("organisations", "澜江博览会新闻中心")),
    ("发布机关：青洲县融媒体中心", ("organisations", "青洲县融媒体中心")),
    # a ministry's section or an office in an issuer field, as Taiwan's sites print them
    ("發布日期：114-05-06　發布單位：綜合規劃組", ("organisations", "綜合規劃組")),
    ("發布時間：113-02-01 10:00  上稿單位：澜屿新聞傳播處", ("organisations", "澜屿新聞傳播處")),
    # another country's ministry with the country first, one the foreign_government
    # gazetteer does not hold
    ("秘鲁投资部副部长表示将简化审批。", ("organisations", "秘鲁投资部")),
    ("柬埔寨工贸部数据显示，一季度出口增长。", ("organisations", "柬埔寨工贸部")),
    ("泰国贸工部与澜江市政府签署合作备忘录。", ("organisations", "泰国贸工部")),
    ("匈牙利财政部长出席了开工仪式。", ("organisations", "匈牙利财政部")),
    ("马来西亚国际贸易及工业部表示欢迎投资。", ("organisations", "马来西亚国际贸易及工业部")),
    # a country's ministry before its head's title is the country's, not Taiwan's 经济部
    ("斯洛伐克经济部长出席签约仪式。", ("organisations", "斯洛伐克经济部")),
    # Latin European and Central European legal forms close an English name
    ("Genoa's Marvento Navale SpA will build the two hulls.", ("organisations", "Marvento Navale SpA")),
    ("Qiaoyun Components Kft. employs 800 people in Gyor.", ("organisations", "Qiaoyun Components Kft.")),
    ("The terminal is run by Andes Portuaria S.A. for Lanhai.", ("organisations", "Andes Portuaria S.A.")),
    ("Lanhai Robotics bought Brabant Logistiek B.V. in May.", ("organisations", "Brabant Logistiek B.V.")),
    # a Latin name with its legal form inside a Chinese sentence
    ("买方同意收购Lanhai Shipping Callao S.A.的全部股份。", ("organisations", "Lanhai Shipping Callao S.A.")),
]

NOT_FOUND = [
    # without the label a centre that opens is a facility, and a section is no body
    ("澜江博览会新闻中心于今年三月启用。", ("organisations", "澜江博览会新闻中心")),
    ("本次调研由综合规划组负责。", ("organisations", "综合规划组")),
    # a country the list does not know, or a firm's department in a country
    ("澜洲国际贸易及工业部副部长表示欢迎。", ("organisations", "澜洲国际贸易及工业部")),
    ("该公司美国市场部负责人表示订单充足。", ("organisations", "该公司美国市场部")),
    # a ministry's name does not run over another body and 与
    ("日本经济产业省与柬埔寨工贸部举行会谈。", ("organisations", "日本经济产业省与柬埔寨工贸部")),
    # a legal form alone names nothing
    ("Shipments of SpA resins rose.", ("organisations", "SpA")),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_found(text: str, name: tuple[str, str]) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_found(text: str, name: tuple[str, str]) -> None:
    assert name not in names_in(text)
