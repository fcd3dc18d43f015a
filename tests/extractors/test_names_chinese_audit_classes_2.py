"""Chinese organisation and project classes left from the place and page-form audits.

Each case is a sentence written for the test: what it must report as an
organisation or a project (table, text) and what it must not.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.extractors.test_names_chinese_audit_classes import names_in

FOUND = [
    # a bracket of its place makes a generic name particular
    ("省级会展中心（合肥）首日入场客商三万人次。", ("projects", "省级会展中心（合肥）")),
    # a section in brackets shows a line
    ("此外，澜岭綫（西段）及青洲綫主綫的設計已展開。", ("projects", "澜岭綫（西段）")),
    # a fair by what is shown, with its place in brackets
    (
        "同期举办的2027澜江茶叶及茶具展（澳门）将有三百家企业参展。",
        ("projects", "2027澜江茶叶及茶具展（澳门）"),
    ),
    # 展 of 发展 ends no party: the body stays whole
    ("青禾市发展和改革委员会发布通知。", ("organisations", "青禾市发展和改革委员会")),
    # a body named by the fields it serves
    ("澜海区议会辖下的文化、康乐及体育委员会通过拨款。", ("organisations", "文化、康乐及体育委员会")),
    ("上海市教育、科技和文化局发布通知。", ("organisations", "上海市教育、科技和文化局")),
    # festivals, carnivals and seasons the event rule did not know
    ("澜海区团体举办「澜海区低碳生活節」。", ("projects", "澜海区低碳生活節")),
    ("2027青禾夏日嘉年华吸引游客十万人次。", ("projects", "2027青禾夏日嘉年华")),
    # a quoted name before words describing it and a project head is the name
    ("“青禾新邨”综合民生项目占地约两万平方米。", ("projects", "青禾新邨")),
    ("澜江口岸今年起实施“一站受理、一次办结”通关模式。", ("projects", "一站受理、一次办结")),
    # a listed short name of two characters that acted once, alone before a time
    ("港铁宣布新站下月启用。港铁今年上半年经常性利润增长。", ("organisations", "港铁")),
    # decimal generations kept whole
    (
        "澜光科技集团股份有限公司青禾第10.5代TFT-LCD生产线满产运行。",
        ("projects", "澜光科技集团股份有限公司青禾第10.5代TFT-LCD生产线"),
    ),
    (
        "澜光（青禾）玻璃有限公司G8.5+基板玻璃项目一期投产。",
        ("projects", "澜光（青禾）玻璃有限公司G8.5+基板玻璃项目一期"),
    ),
]


NOT_FOUND = [
    ("省级会展中心首日入场客商三万人次。", ("projects", "省级会展中心")),
    ("国际会展中心（青禾）首日入场客商三万人次。", ("projects", "国际会展中心（青禾）")),
    ("会展中心（上海）有限公司发布公告。", ("projects", "会展中心（上海）")),
    ("青禾茶叶及茶具展将有三百家企业参展。", ("projects", "青禾茶叶及茶具展")),
    ("该项目进展（上海）顺利。", ("projects", "该项目进展（上海）")),
    ("澜海区议会辖下的文化、康乐及体育委员会通过拨款。", ("organisations", "体育委员会")),
    ("推动文化、旅游和体育产业发展。", ("organisations", "文化、旅游和体育产业")),
    ("“十五五”重点项目共有八十个。", ("projects", "十五五")),
    ("“零碳”示范项目落地青禾。", ("projects", "零碳")),
    ("推广“青禾助农”等帮扶项目。", ("projects", "青禾助农")),
    ("推出“数字青禾”服务新模式。", ("projects", "数字青禾")),
    ("“澜谷星河”科创综合体项目完成签约。", ("projects", "澜谷星河")),
    ("春节和国庆节期间商场客流大增。", ("projects", "春节")),
    ("春节和国庆节期间商场客流大增。", ("projects", "国庆节")),
    ("今年夏天各地举办嘉年华活动。", ("projects", "各地举办嘉年华")),
    (
        "澜光科技集团股份有限公司青禾第8.5代OLED生产线满产运行。",
        ("organisations", "澜光科技集团股份有限公司"),
    ),
]


def _repeats(text: str) -> list[str]:
    return [m.raw_text for m in pipeline.extract(text) if m.rule_id == "organisations:repeated_name"]


def test_a_short_listed_name_is_repeated_where_it_stands_alone() -> None:
    assert _repeats("港铁宣布新站下月启用。港铁今年上半年经常性利润增长。") == ["港铁"]


@pytest.mark.parametrize(
    "text",
    [
        "港铁宣布新站下月启用。【快讯】港铁青洲线延线下月通车。",
        "新站下月启用。港铁今年上半年经常性利润增长。",
    ],
)
def test_a_short_listed_name_glued_or_never_acting_is_not_repeated(text: str) -> None:
    assert _repeats(text) == []


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_found(text: str, name: tuple[str, str]) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_found(text: str, name: tuple[str, str]) -> None:
    assert name not in names_in(text)
