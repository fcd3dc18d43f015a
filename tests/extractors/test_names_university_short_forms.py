"""Universities and academies named by their short forms, as a vocabulary of the organisation rules.

A short form whose body does not depend on the region (清华, 北大, 港科大,
台大) is a research body where it begins a word and stands alone: before
no Chinese, a verb, a particle or its people. Before a place's character,
another body's name or a numbered part it begins a longer name that is not
the university's (北大荒, 北大青鸟, 浙大二院). English acronyms count alone.
All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

RULE = "organisations:university_short_form"
RULE_EN = "organisations:known_university_en"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("这种新材料由清华与两家车企共同研发。", "清华"),
        ("北大团队在期刊上发表了论文。", "北大"),
        ("复旦教授在研讨会上作了报告。", "复旦"),
        ("哈工大今年新增了三个专业。", "哈工大"),
        ("港科大與本地初創公司簽署合作協議。", "港科大"),
        ("臺大研究團隊發表新型感測器。", "臺大"),
        ("参会高校有浙大、中科大等。", "浙大"),
    ],
)
def test_a_short_form_alone_names_the_university(text, name):
    assert (name, RULE) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "东北大学今年扩大了招生。",  # 北大 would begin inside 东北大学
        "他年轻时在北大荒插过队。",  # a place
        "北大青鸟在本市新开了培训中心。",  # a company the short form begins
        "患者被转到浙大二院救治。",  # a numbered hospital named after it
        "全港大部分學校明日停課。",  # 全港 + 大部分
        "两台大型机器已运抵工地。",  # 两台 + 大型
        "清华园里游客很多。",  # the campus as a place
        "清华控股出售了部分股权。",  # a holding company
    ],
)
def test_a_short_form_inside_another_word_or_name_is_not_named(text):
    assert all(rule != RULE for _name, rule in organisation_names(text))


def test_the_longer_name_wins():
    assert [name for name, _rule in organisation_names("北京大学深圳研究生院举办了开放日。")] == [
        "北京大学深圳研究生院"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "两家医院与中大合作开展临床试验。",  # 中大: CUHK or Sun Yat-sen by region, left out
        "交大团队发布了新的芯片。",  # 交大: SJTU, XJTU or NYCU
    ],
)
def test_a_short_form_whose_body_depends_on_the_region_is_left_out(text):
    assert all(rule != RULE for _name, rule in organisation_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Researchers at HKUST built a cheaper sodium battery.", "HKUST"),
        ("A team from Tsinghua won the design contest.", "Tsinghua"),
        ("PolyU and CityU signed a joint lab agreement.", "PolyU"),
    ],
)
def test_english_acronyms_alone_name_the_university(text, name):
    assert (name, RULE_EN) in organisation_names(text)


def test_an_english_short_name_before_another_capitalised_word_begins_a_longer_name():
    assert all(
        rule != RULE_EN for _name, rule in organisation_names("Tsinghua Unigroup sold part of its stake.")
    )
