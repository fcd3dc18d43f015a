"""Invented sentences: a peak reached is a bound, as 最高达 is.

最高达到 and 最高可达到 before an amount are at most, as 最高达 and 最高可达 were
(platforms' and logistics firms' daily peaks, grants' and loans' caps). Cases read as in
`test_figure_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_figure_probe import AM, CN, HK, _differences, figure_cases

CASES = [
    ("该仓库日均发货量最高达到2600吨。", CN, [("最高达到2600吨", 2600, "t", AM)]),
    ("單個項目資助最高可達到300萬元。", HK, [("最高可達到300萬元", 3000000, "HKD", AM)]),
    # as before: 最高达 right before the amount
    ("园区单日客流最高达8万人次。", CN, [("最高达8万人次", 80000, "count", AM, "人次")]),
]


@pytest.mark.parametrize(("text", "region", "expected"), figure_cases(CASES, {}))
def test_each_sentence_gives_the_figures_it_holds(text, region, expected):
    assert _differences(text, region, expected) == []
