"""Project classes that recur across the audits' readable halves, for pages nobody read.

Trade councils, tourism boards, investment agencies, platforms and
companies quote the events they hold and the schemes they launch; a
company or a hospital plans (计划, 规划) as a subject; carmakers, port
groups and utilities name a plant, a terminal or a wind farm by its town
in lower case. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import project_names, project_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("貿發局下月舉辦「青洲家居用品採購展」，預計展商逾千家。", "青洲家居用品採購展"),
        ("「澜湾國際智能家居博覽」今日起一連四天舉行。", "澜湾國際智能家居博覽"),
        ("平台的“冬季年货节”将延续到春节前。", "冬季年货节"),
        ("旅遊局七月舉辦「澜湾茶藝美食巡禮」。", "澜湾茶藝美食巡禮"),
        ("集团将于9月举办「青禾科技日」，发布新平台。", "青禾科技日"),
    ],
)
def test_a_quoted_fair_festival_or_tour_is_an_event(text, name):
    assert (name, "projects:quoted_event") in project_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "大会以“科技赋能绿色发展”为主题。",
        "要把好“项目审批关键环节”。",
        "澜江会展有限公司（简称“澜江会展”）负责布展。",
        "家家户户欢度“中秋佳节”。",
        "县里举办“购物节”。",
    ],
)
def test_a_quoted_theme_step_alias_holiday_or_kind_is_no_event(text):
    assert not any(rule == "projects:quoted_event" for _, rule in project_names(text))


@pytest.mark.parametrize(
    "text",
    [
        "青禾醫院同時計劃擴充病床。",
        "澜江医院同时计划扩建急诊楼。",
        "青禾電力公司規劃於明年汰換舊機組。",
        "市交通局同时规划在城北新建公交枢纽。",
    ],
)
def test_plan_after_a_company_or_an_adverb_is_a_verb(text):
    assert not any(name.endswith(("計劃", "计划", "規劃", "规划")) for name in project_texts(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾县同步实施澜江数字医疗行动计划。", "澜江数字医疗行动计划"),
        ("青禾县国土空间总体规划获批。", "青禾县国土空间总体规划"),
    ],
)
def test_a_plan_named_by_its_place_is_still_found(text, name):
    assert name in project_texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("海事處今年內推出「青洲船舶一站通」，便利申報。", "青洲船舶一站通"),
        ("政府會繼續推動「新型工業化」，並預留資金。", "新型工業化"),
        ("為落實「澜湾淨零路徑」，本署今年起補助業者。", "澜湾淨零路徑"),
        ("公司将继续推进“零碳制造”，力争提前达标。", "零碳制造"),
        ("旅發局今年推出「澜湾夜之光」第二階段。", "澜湾夜之光"),
    ],
)
def test_a_quoted_watchword_launched_or_carried_out_is_a_programme(text, name):
    assert (name, "projects:launched_watchword") in project_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "县里推动“研发+制造”融合发展。",
        "口岸实施“一地两检”的通关安排。",
        "推动“快审批、快落地”。",
        "园区开展“青禾护航”行动。",
        "公司推出“青禾云”平台。",
    ],
)
def test_a_quoted_formula_list_description_or_activity_is_no_programme(text):
    assert not any(rule == "projects:launched_watchword" for _, rule in project_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Output began at its Valmora plant in eastern Europe.", "Valmora plant"),
        ("Two berths at the Qiaowan terminal of Lanhai Port opened.", "Qiaowan terminal"),
        ("The group added the Lanshan wind farm in 2023.", "Lanshan wind farm"),
        (
            "It connected the turbines of its Lanhai Qingzhou offshore wind farm.",
            "Lanhai Qingzhou offshore wind farm",
        ),
    ],
)
def test_a_site_named_by_its_town_in_lower_case(text, name):
    assert name in project_texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker will start production at its Shanghai plant next year.",
        "The group will open a second Qingxi plant in 2029.",
        "The first phase of the Samsung plant began production.",
        "The phase II plant makes 130,000 wafers a month.",
        "A German plant will supply the cells.",
        "A 1 GW wind farm will be built offshore.",
    ],
)
def test_a_large_city_a_described_site_an_owner_or_a_phase_names_no_site(text):
    assert project_texts(text) == set()
