"""Offshore wind farms numbered within the sea area they are named by.

Developers, grid companies and provincial energy releases number the
fields of one sea area (澄洲五、七项目): a series of two numbers or more
after the area's two characters, or one number before 海上风电, names the
farm; a number alone before 项目 counts projects. All sentences are invented
for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import project_names

RULE = "projects:numbered_wind_farm"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("汐江澜屿一、二项目今年全部并网。", "澜屿一、二项目"),
        ("澜屿三、四、五海上风电项目完成招标。", "澜屿三、四、五海上风电项目"),
        ("汐江澜屿一、二項目年上網電量約30億千瓦時。", "澜屿一、二項目"),
    ],
)
def test_numbered_fields_of_a_sea_area_name_a_farm(text, name):
    assert (name, RULE) in project_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "全县昨日签约六项目，总投资12亿元。",
        "其中三、四项目年内开工。",
    ],
)
def test_a_count_or_a_list_names_no_farm(text):
    assert all(rule != RULE for _, rule in project_names(text))
