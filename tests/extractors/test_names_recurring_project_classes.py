"""Project classes that recur across sites: quoted policies, quoted formulas, owners' sites.

A watchword in quotes right before 政策 names that policy (the name is what
the quotes hold); a formula in quotes (1+4, 1+N) with the words of what it
shapes and the head of a strategy or a mechanism is one name, quotes
included; a named company's possessive before a site named by its place
reads as "its" does, so the site is named after the owner. All sentences are
invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_names_analyst_week_classes import _names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“首店经济”政策落地后，青禾新开门店四十家。", "首店经济"),
        ("依據「綠電先行」政策，澜屿今年新增裝置容量。", "綠電先行"),
        ("「青年置業」政策推出以來，已有三百人申請。", "青年置業"),
    ],
)
def test_quoted_watchword_before_policy_is_its_name(text, name):
    assert _names(text, "projects") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "“双碳”政策推动企业转型。",
        "他说“保就业”的政策要落实。",
    ],
)
def test_short_or_described_watchword_before_policy_is_none(text):
    assert _names(text, "projects") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澳府持續推動「1+4」文旅融合發展策略。", "「1+4」文旅融合發展策略"),
        ("該署推出「1+」藥物註冊審批機制後，申請增加。", "「1+」藥物註冊審批機制"),
        ("镇里建立“1+N”网格联动机制。", "“1+N”网格联动机制"),
    ],
)
def test_quoted_formula_and_its_head_are_one_name(text, name):
    assert _names(text, "projects") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "园区聚焦“4+1”主导产业。",
        "会议采用“1+3+N”的模式。",
    ],
)
def test_formula_without_a_head_or_after_de_is_none(text):
    assert _names(text, "projects") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Qiaoyun's Lanhai green methanol plant started production.", "Lanhai green methanol plant"),
        ("Hexin's Qingxi solar and storage project was connected.", "Qingxi solar and storage project"),
    ],
)
def test_site_after_a_company_possessive_is_named_from_its_place(text, name):
    assert name in _names(text, "projects")


@pytest.mark.parametrize(
    "text",
    [
        "Lanhai's new project was delayed again.",
        "Ferries now sail to Qiaoyun's North Island.",
        "Hexin's Qingxi plant cut output.",
    ],
)
def test_owner_possessive_without_a_named_site_gives_none(text):
    assert _names(text, "projects") == []


def test_owner_possessive_before_a_body_gives_no_site():
    assert _names("Qiaoyun's Lanhai Port Authority expansion project was approved.", "projects") == []
