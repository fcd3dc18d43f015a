"""Organisation and project classes of the trade-press and city-page audits.

Each case is a sentence written for the test: what it must report as an
organisation or a project (table, text) and what it must not.
"""

from __future__ import annotations

import pytest

import pipeline


def names_in(text: str) -> set[tuple[str, str]]:
    """(table, text) of every organisation and project provex reports in `text`."""
    return {
        (mention.table, mention.raw_text)
        for mention in pipeline.extract(text)
        if mention.table in ("organisations", "projects")
    }


FOUND = [
    # a distance joined by 之 places the port; it is no part of its name
    ("碼頭位於市區以西約12公里之澜灣港,去年開港。", ("projects", "澜灣港")),
    # a year of the Republic in brackets after 去 ends the text before a name
    ("局方已於去(112)年5月與青禾育成中心簽約。", ("organisations", "青禾育成中心")),
    # a line's section between two places in brackets belongs to the line
    ("捷運紫線(澜江站—青禾站段)預計明年動工。", ("projects", "捷運紫線(澜江站—青禾站段)")),
    # a Taiwan Railway branch line by its place
    ("台鐵青崙線每日運量約三千人次。", ("projects", "台鐵青崙線")),
    # a body acting in step with another: two names
    ("縣府配合衛福部推動長照計畫。", ("organisations", "衛福部")),
    # a short form's note ends the name before the office named after it
    ("青洲合作區(下稱合作區)商務局昨日公佈數據。", ("projects", "青洲合作區")),
    # a company's regional arm between its name and the title
    ("青鹭中国区总经理指出,订单明显增加。", ("organisations", "青鹭")),
    # a computing centre is a facility built and run, not an office
    ("合肥超算中心今年投用。", ("projects", "合肥超算中心")),
    # a Latin name of several words before a Chinese suffix
    ("集团与荷兰North Sea Cable公司签约。", ("organisations", "荷兰North Sea Cable公司")),
    # a foreign-owned company named in quotes after its country
    ("美商「青鹭科技」今年在台擴大研發。", ("organisations", "青鹭科技")),
    # makers and exhibitors of a trade listed in English
    ("Battery producers including Lanfeng Power and Hexin cut prices.", ("organisations", "Hexin")),
    ("Exhibitors include Qiaoyun Robotics, Lanvey and Dunmei.", ("organisations", "Dunmei")),
    # a government body's department after its possessive is one name
    ("according to the NDRC's Department of Pricing,", ("organisations", "NDRC's Department of Pricing")),
    # a transport or manufacturing centre is a site
    ("Tenants of the Lanhai Transport Centre rose to 40.", ("projects", "Lanhai Transport Centre")),
]


NOT_FOUND = [
    ("碼頭位於市區以西約12公里之澜灣港,去年開港。", ("projects", "西約12公里之澜灣港")),
    ("局方已於去(112)年5月與青禾育成中心簽約。", ("organisations", "去(112)年5月與青禾育成中心")),
    ("該道路東起青禾園、西至澜溪橋。", ("projects", "道路東起青禾園")),
    ("全年将力争数据中心上架率达到七成。", ("projects", "力争数据中心")),
    ("縣府配合衛福部推動長照計畫。", ("organisations", "縣府配合衛福部")),
    ("1—9月全省规模以上港口完成吞吐量5亿吨。", ("projects", "规模以上港")),
    ("青州115年度工業區土地標售將於下月舉行。", ("projects", "青州115年度工業區")),
    ("2022年高雄市工廠登記家數達九千家。", ("projects", "高雄市工廠")),
    ("澳资企业中逾半数从事零售业。", ("organisations", "中逾")),
    ("这是公司国际化战略的重要一步。", ("organisations", "国际化战略")),
    ("新码头将配套建设岸电设施。", ("projects", "岸电设施")),
    ("厂区将新建储运设施和公用设施。", ("projects", "储运设施")),
    ("首批试点基金已完成募集。", ("organisations", "试点基金")),
    ("青鹭中国区总经理指出,订单明显增加。", ("organisations", "青鹭中国区")),
    ("集团与荷兰North Sea Cable公司签约。", ("organisations", "Cable公司")),
    ("The trust published its 2023/24 Annual Report on its website.", ("projects", "2023/24 Annual Report")),
    (
        "The Advanced Manufacturing Centre in Qiaoyun has 40 tenants.",
        ("organisations", "Advanced Manufacturing Centre"),
    ),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_trade_and_city_audit_class_found(text, name):
    assert name in names_in(text)


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_trade_and_city_audit_class_not_found(text, name):
    assert name not in names_in(text)
