"""Foreign multinationals and Hong Kong, Macau and Taiwan groups in the well-known company vocabulary.

A transliteration no other word holds (斯特兰蒂斯, 宝洁, 沃旭) is named
wherever it stands as a word; one that is also a family's name, a place or a
phrase (罗氏, 康宁, 东京电子) only where a company shows. English names are
the gazetteer's `foreign_company_en`, the longer name winning. All sentences
are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

RULE = "organisations:well_known_company"
RULE_EN = "organisations:foreign_company_en"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("斯特兰蒂斯与本地电池厂商成立了合资公司。", "斯特兰蒂斯"),
        ("这款洗衣液由宝洁在华南的工厂生产。", "宝洁"),
        ("沃旭今年追加了在台投资。", "沃旭"),
        ("新款刻蚀机的订单来自英飞凌和意法半导体。", "英飞凌"),
        ("不少食肆改用了中華煤氣的爐具。", "中華煤氣"),
        ("市场关注台塑化的炼油毛利。", "台塑化"),
        ("港燈電力投資公布了中期業績。", "港燈電力投資"),
    ],
)
def test_a_foreign_or_regional_name_no_other_word_holds_is_named_alone(text, name):
    assert (name, RULE) in organisation_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("罗氏董事长出席了开幕式。", "罗氏"),
        ("康宁宣布在合肥扩建玻璃基板产线。", "康宁"),
    ],
)
def test_a_name_that_is_also_a_family_or_a_place_counts_where_a_company_shows(text, name):
    assert (name, RULE) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "罗氏宗祠今年完成修缮。",  # a family's hall
        "康宁路的店铺今天开业。",  # a street
        "展会设有东京电子产品专区。",  # Tokyo's electronics, a phrase
        "他在海底捞针一样寻找线索。",  # an idiom holds 海底捞
        "西门子医疗中心今年启用。",  # a site named by the company
    ],
)
def test_a_word_or_a_site_holding_the_name_is_not_named(text):
    assert all(rule != RULE for _name, rule in organisation_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares of Stellantis rose after the results.", "Stellantis"),
        ("Siemens Healthineers will show a new scanner.", "Siemens Healthineers"),
        ("Cargill said crushing margins narrowed.", "Cargill"),
        ("InoBat holds the other 20 percent.", "InoBat"),
        ("EnergyAustralia cut its retail tariffs.", "EnergyAustralia"),
        ("The detergent is made by Procter & Gamble in Guangzhou.", "Procter & Gamble"),
        ("Melco Resorts reported higher non-gaming revenue.", "Melco Resorts"),
    ],
)
def test_english_names_of_foreign_and_regional_groups(text, name):
    assert (name, RULE_EN) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Siemens Mobility Lanhai signed the contract.",  # the first word of a longer name
        "The Basfs of the region buy more gas.",  # only the whole word
        "Shell companies were used to hide the funds.",  # a common word left out
    ],
)
def test_english_names_inside_other_words_are_not_named(text):
    assert all(rule != RULE_EN for _name, rule in organisation_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("该电池厂由本地企业与Stellantis合资建设。", "Stellantis"),
        ("合资公司中本地企业持股60%,InoBat持股40%。", "InoBat"),
    ],
)
def test_a_company_name_with_small_letters_is_read_inside_a_chinese_sentence(text, name):
    assert (name, RULE_EN) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "样车编号为Stellantis2号。",  # a digit after it: part of a code
        "新车型号为XStellantis。",  # a Latin letter before it
    ],
)
def test_a_name_touching_latin_letters_or_digits_in_a_chinese_sentence_is_not_read(text):
    assert all(rule != RULE_EN for _name, rule in organisation_names(text))
