"""Building and land news: builders, counts and kinds that name no works; lines and zones that do.

Construction groups' newsrooms, bond and land-auction reports, housing
bureaus, Macau's and Taiwan's English press and consumer and logistics news
write these forms. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import project_names, project_texts


@pytest.mark.parametrize(
    "text",
    [
        "青禾大桥局中标澜江跨江通道工程。",
        "中铁澜溪隧道局今年新签合同额增长两成。",
    ],
)
def test_an_engineering_bureau_named_by_its_works_is_no_works(text):
    assert not any(name.endswith(("大桥", "隧道")) for name in project_texts(text))


def test_the_works_a_bureau_builds_are_still_named():
    assert "青峰隧道" in project_texts("澜溪隧道局承建的青峰隧道今日贯通。")


@pytest.mark.parametrize(
    "text",
    ["项目由澜江城投与青禾置业合作实施。", "澜江城投债发行规模下降两成。", "竞得方为澜江城投。"],
)
def test_a_city_investment_company_is_no_town(text):
    assert not any(name.endswith("城") for name in project_texts(text))


def test_a_town_put_into_use_is_still_a_park():
    assert ("青禾科技城", "projects:park_short") in project_names("青禾科技城投用三年来引进企业200家。")


@pytest.mark.parametrize("text", ["房委会明年料建1.2万公屋。", "房委會明年度料建2.5萬公屋。"])
def test_a_count_before_public_housing_counts_flats(text):
    assert all(rule != "projects:social_housing" for _, rule in project_names(text))


def test_public_housing_named_by_its_site_is_still_found():
    assert ("澜岭公屋第二期", "projects:social_housing") in project_names("澜岭公屋第二期明年入伙。")


def test_a_lettered_zone_of_the_new_towns_reclaimed_land():
    assert ("新城填海C區", "projects:lettered_zone") in project_names("輕軌將途經新城填海C區，全長約8公里。")


@pytest.mark.parametrize(
    "text",
    [
        "餐饮业中，外卖平台订单持续增长。",
        "青禾优选是一家专注于农产品上行的新电商平台。",
        "新建的航空货运枢纽投入使用。",
        "公司表示，海底隧道段全长约3公里。",
    ],
)
def test_a_platform_hub_or_tunnel_of_common_words_is_a_kind(text):
    assert project_texts(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜湾海底隧道今日贯通。", "澜湾海底隧道"),
        ("青禾国际航空货运枢纽明年建成。", "青禾国际航空货运枢纽"),
        ("华溪首营电子资料交换平台已上线。", "华溪首营电子资料交换平台"),
        ("推动建设药品原料信息平台。", "药品原料信息平台"),
    ],
)
def test_a_platform_hub_or_tunnel_named_by_its_place_or_brand(text, name):
    assert name in project_texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The new line will connect with the Lanhe-Qiaoyun Line and the airport MRT.", "Lanhe-Qiaoyun Line"),
        ("Lanhe Line northern section wins approval", "Lanhe Line"),
        (
            "The Qiaoyun Light Rail Transit West Line, which will cross the bay, is half built.",
            "Qiaoyun Light Rail Transit West Line",
        ),
    ],
)
def test_an_english_rail_line_shown_by_its_system_or_section(text, name):
    assert (name, "projects:facility_en") in project_names(text)


@pytest.mark.parametrize(
    "text",
    ["The Qiaoyun Line said profits rose.", "The Lanhe Line section of the report was late."],
)
def test_an_english_line_with_nothing_of_a_railway_names_none(text):
    assert project_texts(text) == set()
