"""Name classes of an analyst's week of pages: markets, property, trade and parks.

English: a letter ticker with a New York suffix after a listed company, an
outlet in brackets opening a dateline, a founder in an apposition, a
university's spin-off in an appositive, a hyphenated eco-city, and a run of
numbers, unit symbols or field acronyms before a lower-case head (a size or a
kind, no name). Chinese: 建设 inside a body that runs the works, an industry's
special zone (产业专区), a count before 性 (一次性) that leaves no stray 性 on a
name, an outlet before 讯 or before its reporter in a byline, an office whose
figures show something, and a developer that wins a plot (摘得); a chip acronym
after a place-based adjective names no company. All sentences
are invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline


def _names(text: str, table: str) -> list[str]:
    return [m.raw_text for m in pipeline.extract(text) if m.table == table]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hexin Solar (HXS.N) cut its forecast for the year.", "Hexin Solar"),
        ("Qiaoyun Grid (QYG.O) raised its dividend.", "Qiaoyun Grid"),
        ("(Lanhai Wire) Apr. 9 -- Qiaoyun's exports rose 4 percent.", "Lanhai Wire"),
        ('"Scale matters," said Zhou Ping, founder of Hexin Cloud.', "Hexin Cloud"),
        ("Lanmei Vision, a Qiaoyun University spin-off, hired staff.", "Lanmei Vision"),
    ],
)
def test_english_companies_of_market_pages(text, name):
    assert name in _names(text, "organisations")


def test_updated_mark_before_a_date_names_no_outlet():
    assert _names("(Updated) Apr. 9 -- shares fell.", "organisations") == []


def test_hyphenated_eco_city_is_a_park():
    text = "Forty firms joined the Lanhai-Qiaoyun Binhe Eco-City last year."
    assert _names(text, "projects") == ["Lanhai-Qiaoyun Binhe Eco-City"]


@pytest.mark.parametrize(
    "text",
    [
        "The city will build a 9,000-square-meter AI industrial park by 2027.",
        "Hexin shelved a 20 GW integrated wafer base in the north.",
    ],
)
def test_sizes_and_field_acronyms_before_a_lowercase_head_name_nothing(text):
    assert _names(text, "projects") == []


def test_place_before_a_field_acronym_still_names_the_park():
    assert _names("Tenants filled the Qiaoyun AI industrial park.", "projects") == [
        "Qiaoyun AI industrial park"
    ]


def test_works_managing_committee_keeps_its_place():
    text = "昨日,澜江市城乡建设管理委员会发布了新规。"
    assert _names(text, "organisations") == ["澜江市城乡建设管理委员会"]


def test_industry_special_zone_is_a_park():
    text = "县府推动青湾港区氢能产业专区建设。"
    assert "青湾港区氢能产业专区" in _names(text, "projects")


def test_shop_section_is_no_zone():
    assert _names("商场开设本地农产品专区。", "projects") == []


def test_one_off_measures_leave_no_stray_character():
    assert _names("扣除一次性减税措施后,收入持平。", "projects") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜江网讯:6月1日,青禾新区挂牌。", "澜江网"),
        ("青禾早报 记者 李青 报道", "青禾早报"),
    ],
)
def test_outlet_opening_its_story(text, name):
    assert name in _names(text, "organisations")


def test_internet_is_no_outlet():
    assert _names("互联网讯息传播很快。", "organisations") == []


def test_office_whose_figures_show():
    assert _names("普查处数字显示,客流回升。", "organisations") == ["普查处"]


def test_developer_that_wins_a_plot():
    assert "青岸置地" in _names("地块由澜江城建联合青岸置地摘得。", "organisations")


def test_chip_acronym_after_a_place_based_is_no_company():
    text = "Hexin Semi, a Qiaoyun-based DRAM maker that plans to list, grew."
    assert "DRAM" not in _names(text, "organisations")
