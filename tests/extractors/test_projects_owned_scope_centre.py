"""A company's R&D or innovation centre named by the region it serves.

A centre called only by the region it serves (全球, 亚太, 西部研发中心) is a
company's facility where the company shows as its owner right before it:
its own name in brackets, 其 (its), its site (其位于X的), or the company so
named setting it up. Without an owner so shown it is a kind of centre. All
sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import project_names

RULE = "projects:owned_scope_centre"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澄泰（Chentai）全球创新中心一期本月启用。", "全球创新中心一期"),
        ("澜州药业宣布其位于青禾的亚太研发中心扩建。", "亚太研发中心"),
        ("该公司表示，其全球研发中心将迁往青州。", "全球研发中心"),
        ("澄光（Lumina）在青州新设西部研发中心。", "西部研发中心"),
    ],
)
def test_a_region_centre_after_its_owner_is_a_facility(text, name):
    assert (name, RULE) in project_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "多家跨国公司已在青州设立亚太研发中心。",
        "全球研发中心的数量逐年增加。",
    ],
)
def test_a_region_centre_without_an_owner_names_none(text):
    assert all(rule != RULE for _, rule in project_names(text))
