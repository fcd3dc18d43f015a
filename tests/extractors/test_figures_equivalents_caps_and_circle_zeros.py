"""Invented sentences: weights of an equivalent, peak watts in English, caps told across a verb, circle zeros.

`560千克标准煤以下` is a weight to the end of the equivalent's name, so the bound
after it counts; `about 2.4 MWp` on an English line takes its English
qualifier; `最高可处以50万元` and `最多可增至410亿港元` are caps across a verb and
its object; a year written with circles for zeros (`二○○五年`) is no
duration of five years. Cases read as in `test_figure_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_figure_probe import CN, EN, HK, _differences

FIGURES = [
    ("全市吨钢综合能耗降至545千克标准煤以下。", CN, [("545千克标准煤以下", 0.545, "t", "at_most")]),
    (
        "年综合能耗5000吨标准煤以上的重点用能单位有38家。",
        CN,
        [("5000吨标准煤以上", 5000, "t", "at_least"), ("38家", 38, "count", None, "家")],
    ),
    ("该园区年排放约1.8万吨二氧化碳当量左右。", CN, [("约1.8万吨二氧化碳当量左右", 18000, "t", "approx")]),
    ("The Shantou depot roof holds about 2.4 MWp of panels.", EN, [("about 2.4 MWp", 2.4e6, "W", "approx")]),
    ("Module shipments topped 1.5 GWp.", EN, [("topped 1.5 GWp", 1.5e9, "W", "more_than")]),
    ("违规排放的控排企业最高可处以30万元罚款。", CN, [("30万元", 300000, "CNY", "at_most")]),
    ("计划最高可向每家企业提供贷款80万元。", CN, [("80万元", 800000, "CNY", "at_most")]),
    ("若行使超额配股权，集资额最多可增至120亿港元。", HK, [("120亿港元", 1.2e10, "HKD", "at_most")]),
    ("全市碳排放较二○○五年减少四成。", HK, [("四成", 40, "percent", None)]),
    ("至二○三○年，能源强度将较二○○五年下降45%。", HK, [("45%", 45, "percent", None)]),
    ("善长捐出五○○万元。", HK, [("五○○万元", 5e6, "HKD", None)]),
]


@pytest.mark.parametrize(("text", "region", "expected"), FIGURES, ids=[text[:30] for text, _, _ in FIGURES])
def test_each_sentence_gives_its_figures(text, region, expected):
    assert _differences(text, region, expected) == []
