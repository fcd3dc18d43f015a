"""Works for a product led by their capacity or yearly output.

Energy, chemical and liquor makers' notices, securities papers and local
investment news name works by capacity, product and head with nothing named
before (建设年产N万吨X项目, N万吨X技改工程): one name. A capacity after a
measure verb, with 的, or before a line or a station stays a size. All
sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import project_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜江新材拟投资建设年产12万吨高端铜箔材料项目。", "年产12万吨高端铜箔材料项目"),
        ("双方签订30GWh储能电池超级工厂二期项目投资协议。", "30GWh储能电池超级工厂二期项目"),
        ("老窖扩建工程、5万吨浓香系列酒技改工程同步推进。", "5万吨浓香系列酒技改工程"),
    ],
)
def test_capacity_leads_the_works_name(text, name):
    assert name in [found for found, _ in project_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "今年新增装机20万千瓦风光储一体化项目。",
        "建设一座装机容量10万千瓦的光伏发电项目。",
        "建设年产8万吨磷酸铁锂正极材料生产线。",
        "县里建设2GWh共享储能电站。",
        "公司新上年产30万吨饲料项目。",
    ],
)
def test_capacity_as_a_size_names_nothing(text):
    assert project_names(text) == []
