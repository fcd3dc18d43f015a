"""Name classes of economic coverage: rating agencies, brokers' views, zone acronyms.

A zone's acronym made of its last words only ("QIP" of "China-Norway
Qiantang Industrial Park") is its short form, and stays the zone's where it
acts; rating agencies are named by their possessive short name; a securities
house is a company where it gives a view; a ministry is named in lower case
by its portfolio; a body's press conference names the body, not an event.
All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.names.find import is_acronym_of
from tests.extractors.test_names_analyst_week_classes import _names


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("QIP", "China-Norway Qiantang Industrial Park"),
        ("GBA", "Lanhai-Qiaoyun Greater Bay Area"),
        ("FTZ", "Qiaoyun Pilot Free Trade Zone"),
    ],
)
def test_acronym_of_the_last_words(acronym, name):
    assert is_acronym_of(acronym, name)


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("OFA", "Ministry of Foreign Affairs"),
        ("QIP", "Industrial Park"),
        ("QIP", "Lanhai Qiantang Industrial Park Holdings"),
    ],
)
def test_acronym_of_the_last_words_needs_them_whole(acronym, name):
    assert not is_acronym_of(acronym, name)


def test_zone_acronym_of_its_last_words_is_its_short_form():
    text = "The China-Norway Qiantang Industrial Park (QIP) opened in 2001. QIP's board met, said QIP."
    assert _names(text, "projects") == ["China-Norway Qiantang Industrial Park", "QIP", "QIP", "QIP"]
    assert _names(text, "organisations") == []


def test_company_acronym_stays_one_name():
    text = "Lanhai Trade Group (LTG) said sales rose. LTG said it will hire."
    assert _names(text, "organisations") == ["Lanhai Trade Group", "LTG", "LTG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moody's expects slower growth in Lanhai next year.", "Moody's"),
        ("The downgrade reflects Fitch's view of weaker finances.", "Fitch"),
        ("Moody's Investors Service affirmed the rating.", "Moody's Investors Service"),
    ],
)
def test_rating_agency(text, name):
    assert _names(text, "organisations") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜信证券预计，明年需求将回暖。", "澜信证券"),
        ("澜信证券10月8日发布研报称，库存下降。", "澜信证券"),
        ("多家机构看淡，澜信证券则上调目标价。", "澜信证券"),
        ("澜信证券：芯片需求有望触底", "澜信证券"),
    ],
)
def test_broker_view(text, name):
    assert _names(text, "organisations") == [name]


@pytest.mark.parametrize("text", ["有价证券预计继续增加。", "资产支持证券：规模扩大"])
def test_kind_of_security_gives_no_view(text):
    assert _names(text, "organisations") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Car sales fell, the commerce ministry said.", "commerce ministry"),
        ("Qiaoyun's finance ministry sold bonds.", "finance ministry"),
    ],
)
def test_ministry_by_its_portfolio(text, name):
    assert _names(text, "organisations") == [name]


def test_body_press_conference_names_the_body():
    text = "在青禾市人民政府新闻办公室新闻发布会上，市长介绍了进展。"
    assert _names(text, "organisations") == ["青禾市人民政府新闻办公室"]
    assert _names(text, "projects") == []


@pytest.mark.parametrize("paper", ["研报", "纪要", "年报"])
def test_paper_that_says_is_no_company(paper):
    assert _names(f"{paper}指出，锂价已接近底部。", "organisations") == []


def test_list_cut_inside_a_code_bracket_gives_no_item():
    text = "澜基绿能（601012.SH）、青威股份（600438.SH）、TCL澜环等龙头企业开工率降至五成。"
    assert "SH）" not in _names(text, "organisations")
    assert "TCL澜环" in _names(text, "organisations")


def test_english_list_stops_at_a_count():
    text = "The zone hosts 900 firms, including 45 plants by Lanhai Motors."
    assert "45" not in _names(text, "organisations")


def test_two_fields_joined_stay_in_one_body():
    text = "The Lanhai Science Park Bureau of the National Science and Technology Council said revenue rose."
    assert _names(text, "organisations") == [
        "Lanhai Science Park Bureau of the National Science and Technology Council"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("兩地政府將啟動「澜青數位貿易倡議」首輪談判。", "澜青數位貿易倡議"),
        ("政府今年推動「青禾．矽谷計畫3.0」。", "青禾．矽谷計畫3.0"),
    ],
)
def test_quoted_initiative_and_versioned_plan(text, name):
    assert _names(text, "projects") == [name]


def test_quoted_speech_in_the_first_person_is_no_initiative():
    assert _names("会长说“我们要向全行业发出倡议”。", "projects") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("园区将于10月举办第五届澜州国际人才创业周。", "第五届澜州国际人才创业周"),
        ("青禾—澜州港海铁联运班列日均开行五列。", "青禾—澜州港海铁联运班列"),
    ],
)
def test_field_week_and_freight_train(text, name):
    assert _names(text, "projects") == [name]


@pytest.mark.parametrize("text", ["今年全国质量周活动陆续展开。", "今年累计开行中欧班列五百列。"])
def test_kind_of_week_or_train_names_none(text):
    assert _names(text, "projects") == []


def test_partner_office_without_a_place():
    text = "青禾工业园区与澜洲经济发展局合作共建产业园。"
    assert "澜洲经济发展局" in _names(text, "organisations")


@pytest.mark.parametrize(
    "text",
    [
        "竞得人须在十日内与澜州市自然资源和规划局签订出让合同。",
        "公司应与青禾县人力资源和社会保障局签署用工协议。",
    ],
)
def test_partner_office_is_not_cut_at_a_field_joined_by_he(text):
    names = _names(text, "organisations")
    assert "规划局" not in names and "社会保障局" not in names


def test_partner_joined_by_he_alone_is_still_a_partner():
    assert "澜洲投资推广署" in _names("园区和澜洲投资推广署签署备忘录。", "organisations")


def test_office_without_a_partner_stays_unnamed():
    assert _names("澜洲经济发展局的职能有所调整。", "organisations") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lanmar Industries said in April that it would build a plant.", "Lanmar Industries"),
        ("Qiaoyun Investments has put $2 billion into logistics parks.", "Qiaoyun Investments"),
    ],
)
def test_weak_head_closed_by_what_a_firm_does(text, name):
    assert _names(text, "organisations") == [name]


def test_ports_in_general_are_no_port():
    assert _names("其中澜州内地港口吞吐量增长一成。", "projects") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("签约项目中，澜马克（Lanmark）在园区设立研发中心。", "澜马克"),
        ("外资增长受惠于丹麦青旭能源（Qingxu）增资。", "青旭能源"),
        ("荷商澜司摩爾（LSML）宣布在新北投資設廠。", "荷商澜司摩爾"),
    ],
)
def test_foreign_company_before_its_own_name(text, name):
    assert name in _names(text, "organisations")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("人工智能（Intelligence）应用加快落地。", []),
        ("青禾市（Qinghe）今年经济增长五成。", []),
        ("澜洲央行行长澜德森（Landerson）表示将维持利率。", ["央行"]),
    ],
)
def test_field_place_or_person_before_a_latin_word_is_no_company(text, names):
    assert _names(text, "organisations") == names


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("澜洲央行行长澜德森", 6),
        ("CEO  澜德森", 5),
        ("行长\u3000 ", 4),
        ("", 0),
        ("总裁", 1),
        ("公司总经理 ", 6),
    ],
)
def test_word_before_a_name_is_read_as_the_stripped_text_before_it(text, end):
    from pipeline.extractors.names.chinese import _word_before

    words = ("行长", "CEO", "总经理", "经理")
    assert _word_before(text, end, words) is text[:end].rstrip().endswith(words)


def test_names_ending_before_a_note_are_those_a_blank_gap_joins_to_it():
    from pipeline.extractors.names.find import _names_by_end, _names_ending_before
    from pipeline.extractors.names.rules import NameSpan

    text = "青禾集团 澜江公司\u3000 (简称澜江)，澜海局(澜海)"
    names = [
        NameSpan("organisations", 0, 4, "r", "company"),
        NameSpan("organisations", 5, 9, "r", "company"),
        NameSpan("organisations", 7, 9, "r", "company"),
        NameSpan("organisations", 18, 21, "r", "government"),
    ]
    ending_at = _names_by_end(names)
    for stop in range(len(text) + 1):
        expected = [n for n in names if n.end <= stop and not text[n.end : stop].strip()]
        assert _names_ending_before(text, stop, ending_at) == expected
