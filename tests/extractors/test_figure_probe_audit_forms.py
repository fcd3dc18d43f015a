"""A battery of invented sentences: forms of the thirteenth pair of audits.

Two qualifiers stacked (最高约: the first written counts), a population and the
level it is set to reach (English collective nouns, a Chinese bare count carried
into the next clause), the first or top few (前5家), net-zero, a cell format
named by its wafer size, and a qualifier left at the end of a line broken
inside its sentence. Cases read as in `test_figure_probe`.
"""

from __future__ import annotations

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.figures.find import find_spans
from pipeline.rules.ruleset import default_ruleset
from tests.extractors.test_figure_probe import AM, CN, EN, HK, TW, A, L, M, _differences, figure_cases

CASES = [
    # -- a bound written before another qualifier: the first one counts
    ("口岸每日通关旅客最多约9万人次。", CN, [("最多约9万人次", 90000, "count", AM, "人次")]),
    ("每戶最高約5,000元津貼。", HK, [("最高約5,000元", 5000, "HKD", AM)]),
    ("參展商不少於近三百家。", TW, [("不少於近三百家", 300, "count", L, "家")]),
    ("其中超过约四成来自外省。", CN, [("超过约四成", 40, "percent", M)]),
    ("园区最近约200家企业提交了申请。", CN, [("约200家", 200, "count", A, "家")]),
    # -- a collective noun counts people
    (
        "The county's population of about 84,000 is projected to reach 90,000 by 2035.",
        EN,
        [("about 84,000", 84000, "count", A, "people"), ("90,000", 90000, "count", None, "people")],
    ),
    (
        "The new town's population, now some 41,000, is set to exceed 70,000 after the last phase.",
        EN,
        [("some 41,000", 41000, "count", A, "people"), ("exceed 70,000", 70000, "count", M, "people")],
    ),
    ("Macau's population stood at 690,000 in June.", EN, [("690,000", 690000, "count", None, "people")]),
    ("The district's population density of 5,800 per square kilometre is rising.", EN, []),
    ("The population of the 12 villages is ageing.", EN, [("12 villages", 12, "count", None, "villages")]),
    # -- a Chinese bare count carried into the next clause
    (
        "该区常住人口约48万，预计2030年增至约60万。",
        CN,
        [("约48万", 480000, "count", A, "常住人口"), ("约60万", 600000, "count", A, "常住人口")],
    ),
    (
        "東涌人口約12萬，預計新市鎮擴展後增至約26萬。",
        HK,
        [("約12萬", 120000, "count", A, "人口"), ("約26萬", 260000, "count", A, "人口")],
    ),
    (
        "全岛游客逾300万，到2028年突破400万。",
        CN,
        [("逾300万", 3e6, "count", M, "游客"), ("突破400万", 4e6, "count", M, "游客")],
    ),
    (
        "景区游客约80万，门票收入增至1.5亿。",
        CN,
        [("约80万", 800000, "count", A, "游客"), ("1.5亿", 1.5e8, "CNY", None)],
    ),
    # -- the first or top few
    ("行业前10家企业合计出货量下滑。", CN, []),
    ("前兩輪招標均未能決標。", TW, []),
    ("目前12家企业已完成签约。", CN, [("12家", 12, "count", None, "家")]),
    ("今年前两批共认定35家企业。", CN, [("35家", 35, "count", None, "家")]),
    # -- net-zero names a target
    ("The port plans net-zero operations by 2045.", EN, []),
    ("The site recorded zero accidents last year.", EN, [("zero accidents", 0, "count", None, "accidents")]),
    # -- a cell format named by its wafer size
    ("210mm N型电池片价格继续下探。", CN, []),
    ("当日降雨量达85毫米。", CN, [("85毫米", 0.085, "m", None)]),
]

KNOWN: dict[str, str] = {
    "東涌人口約12萬，預計新市鎮擴展後增至約26萬。": "other words than forecast leads: no count carried",
}


@pytest.mark.parametrize(("text", "region", "expected"), figure_cases(CASES, KNOWN))
def test_each_sentence_gives_the_figures_it_holds(text, region, expected):
    assert _differences(text, region, expected) == []


def _qualifiers(lines: list[str]) -> list[tuple[int, str, str | None]]:
    ruleset = default_ruleset()
    contexts = [LineContext(number, text, "zh") for number, text in enumerate(lines, 1)]
    spans = find_spans(contexts, DocumentContext(region="CN"), ruleset)
    return [
        (span.line_no, lines[span.line_no - 1][span.start : span.end], span.fields["qualifier"])
        for span in spans
    ]


def test_a_qualifier_ending_the_line_before_is_the_number_s():
    lines = ["报告称，上半年出口总额约", "96.2亿元，同比下降3%。"]
    assert _qualifiers(lines) == [(2, "96.2亿元", A), (2, "3%", None)]


def test_a_word_ending_in_a_qualifier_leaves_none():
    assert _qualifiers(["双方昨日签约", "6亿元订单随即生效。"]) == [(2, "6亿元", None)]


def test_a_duration_keeps_no_recent_word_from_the_line_before():
    assert _qualifiers(["全县近", "3年新增就业岗位"]) == [(2, "3年", None)]


def test_only_a_number_that_opens_its_line_takes_it():
    assert _qualifiers(["出口总额约", "合计96.2亿元。"]) == [(2, "96.2亿元", None)]
