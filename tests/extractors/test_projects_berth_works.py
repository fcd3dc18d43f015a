"""Works on a port area's numbered berths, named with the port area.

Port groups, provincial transport departments and city papers name works on
a port area's numbered berths or wharves with the area, the numbers and the
wharf (X港区6号至10号集装箱码头工程): one name, not the port area alone. All
sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import project_names

RULE = "projects:berth_works"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾港区3号至5号集装箱码头工程年内交工。", "青禾港区3号至5号集装箱码头工程"),
        ("澜湾港区2号、3号散货码头扩建工程开工。", "澜湾港区2号、3号散货码头扩建工程"),
        ("汐山港區1號集裝箱碼頭光伏項目並網發電。", "汐山港區1號集裝箱碼頭光伏項目"),
    ],
)
def test_works_on_numbered_berths_keep_the_port_area(text, name):
    found = project_names(text)
    assert (name, RULE) in found
    assert all(rule != "projects:park" for _, rule in found)


def test_unnumbered_wharf_works_name_none():
    assert all(rule != RULE for _, rule in project_names("港区码头工程全面完工。"))
