"""More of the company, news-media and central-government vocabularies of the organisation rules.

The state groups' listed arms, the provincial state groups, the carmakers'
joint ventures and the private groups, banks, brokers and fund managers the
sector press names every week; the sector, provincial and city papers and
their apps; the regulators' short forms. A name that is also a place and a
field, a common word or a blend counts only where a company shows. All
sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

COMPANY = "organisations:well_known_company"
MEDIA = "organisations:news_media"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("该标段由中交建负责施工。", "中交建"),
        ("机构普遍看好龙源电力的风电装机。", "龙源电力"),
        ("业内人士认为中国三峡新能源前景向好。", "中国三峡新能源"),
        ("这款车型由大众安徽生产。", "大众安徽"),
        ("分析师认为长江存储的扩产节奏偏快。", "长江存储"),
        ("本轮融资获得高瓴、红杉中国的支持。", "高瓴"),
        ("本轮融资获得高瓴、红杉中国的支持。", "红杉中国"),
        ("该基金由易方达管理。", "易方达"),
        ("投资者关注和黄医药的新药进展。", "和黄医药"),
        ("園區內的長江存儲擴產", "長江存儲"),
    ],
)
def test_a_company_name_no_other_word_holds_is_named_alone(text, name):
    assert (name, COMPANY) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "全省山东能源结构持续优化。",  # a province's energy mix
        "延长石油开采期限的申请获批。",  # to extend oil extraction
        "北京现代服务业发展迅速。",  # Beijing's modern services
        "天边的地平线渐渐亮了起来。",  # the horizon
        "这项微创医疗技术已经普及。",  # minimally invasive care
    ],
)
def test_a_company_name_that_is_also_a_place_and_a_field_or_a_word_needs_a_company(text):
    assert all(rule != COMPANY for _name, rule in organisation_names(text))


def test_a_company_name_that_is_also_a_common_word_counts_before_a_title():
    assert ("延长石油", COMPANY) in organisation_names("延长石油董事长出席了签约仪式。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中国能源报记者从现场获悉，管线已贯通。", "中国能源报"),
        ("这篇评论最早由中国电力报刊发。", "中国电力报"),
        ("川观新闻记者注意到，展会人流密集。", "川观新闻"),
        ("相关数据经潮新闻核实。", "潮新闻"),
    ],
)
def test_a_sector_or_provincial_paper_is_named(text, name):
    assert (name, MEDIA) in organisation_names(text)


def test_a_sector_paper_named_after_a_company_is_the_paper():
    assert organisation_names("中国石油报记者从现场获悉，管线已贯通。") == [("中国石油报", MEDIA)]


@pytest.mark.parametrize(
    "text",
    [
        "最新的健康报告显示，睡眠时间偏短。",  # a health report
        "金融界人士普遍认为利率将保持稳定。",  # the financial world
        "这是本期杂志的封面新闻。",  # a cover story
    ],
)
def test_a_paper_whose_name_is_also_a_word_needs_news_around_it(text):
    assert all(rule != MEDIA for _name, rule in organisation_names(text))


def test_a_paper_whose_name_is_also_a_word_counts_with_a_report():
    assert ("健康报", MEDIA) in organisation_names("据健康报报道，义诊活动覆盖十个县。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市监总局开展了专项抽查。", "市监总局"),
        ("中纪委通报了三起典型案例。", "中纪委"),
        ("据中国气象局预计，降雨将持续三天。", "中国气象局"),
    ],
)
def test_a_regulator_by_its_short_form_is_a_government_body(text, name):
    assert (name, "organisations:central_government") in organisation_names(text)


COMPANY_EN = "organisations:well_known_company_en"
MEDIA_EN = "organisations:news_media_en"
STATE_COMPANY_EN = "organisations:known_state_company_en"
RESEARCH_FIRM_EN = "organisations:known_research_firm_en"


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("Shipments from CALB rose 30 percent.", "CALB", COMPANY_EN),
        ("Shipments from Chery rose 30 percent.", "Chery", STATE_COMPANY_EN),
        ("Market share data from SNE Research showed the lead widened.", "SNE Research", RESEARCH_FIRM_EN),
        ("An editor at Sixth Tone said the series would continue.", "Sixth Tone", MEDIA_EN),
    ],
)
def test_english_names_of_the_same_companies_and_outlets(text, name, rule):
    assert (name, rule) in organisation_names(text)
