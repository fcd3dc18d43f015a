"""Project classes that recur across the audits' readable halves, for pages nobody read.

Trade councils, tourism boards, investment agencies, platforms and
companies quote the events they hold. All sentences are invented for
these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import project_names


def names(text: str) -> set[str]:
    return {name for name, _ in project_names(text)}


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
        "青禾電力公司規劃在澄海電廠新建三部機組。",
        "市交通局同时规划在城北新建公交枢纽。",
    ],
)
def test_plan_after_a_company_or_an_adverb_is_a_verb(text):
    assert not any(name.endswith(("計劃", "计划", "規劃", "规划")) for name in names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾县同步实施澜江数字医疗行动计划。", "澜江数字医疗行动计划"),
        ("青禾县国土空间总体规划获批。", "青禾县国土空间总体规划"),
    ],
)
def test_a_plan_named_by_its_place_is_still_found(text, name):
    assert name in names(text)
