"""Kinds of base, park, facility and plan that name none.

One of a kind (单个基地, as 每个), a quality (高科技园区), a kind of partner
(政府间合作项目) and solar power as Taiwan writes it (太陽光電設施) describe a kind of
project, not one; a plan written as a paper to hand in (投资计划书) is no
programme. A place before them still names one. All sentences are invented
for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import project_names


@pytest.mark.parametrize(
    "text",
    [
        "首批基地共6个，单个基地规模约80万千瓦。",
        "新区将建成国内一流高科技园区。",
        "这是两国第二个政府间合作项目。",
        "二期將設置太陽光電設施約12MW。",
        "廠房屋頂將加裝太陽光電設施。",
        "有意进驻的厂商须于30日内备妥投资计划书。",
    ],
)
def test_a_kind_names_no_project(text):
    assert project_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜江高科技园区新增企业40家。", "澜江高科技园区"),
        ("高雄太陽光電設施年發電量達1億度。", "高雄太陽光電設施"),
    ],
)
def test_a_place_before_the_kind_still_names_one(text, name):
    assert name in [found for found, _ in project_names(text)]
