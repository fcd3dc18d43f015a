"""A battery of invented sentences: ages, a quantity in years.

An age (年满60周岁, 65岁及以上, 平均年龄41.2岁, aged 65 and over, aged 18 to 35)
is a figure in years with the bounds the text gives it, as any quantity with
its unit is; 岁 in other words (岁末, 岁月) and `aged` as a verb are none, and
an age in months keeps its unit. Cases read as in `test_figure_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_figure_probe import AM, CN, EN, HK, LT, TW, L, M, _differences, figure_cases

CASES = [
    # -- Chinese: welfare notices, census and labour statistics, recruitment, court news
    ("凡年满60周岁的本市户籍老人均可申领高龄津贴。", CN, [("60周岁", 60, "year", None)]),
    (
        "全市65岁及以上常住人口达120万人。",
        CN,
        [("65岁及以上", 65, "year", L), ("120万人", 1.2e6, "count", None, "人")],
    ),
    ("参赛选手年龄须在18至35岁之间。", CN, [("18至35岁", (18, 35), "year", None)]),
    ("全省人口平均年龄为41.2岁。", CN, [("41.2岁", 41.2, "year", None)]),
    (
        "16至24岁青年失业率为15.3%。",
        CN,
        [("16至24岁", (16, 24), "year", None), ("15.3%", 15.3, "percent", None)],
    ),
    ("未满14周岁的儿童须由成人陪同。", CN, [("未满14周岁", 14, "year", LT)]),
    ("年滿65歲的長者可享2元乘車優惠。", HK, [("65歲", 65, "year", None), ("2元", 2, "HKD", None)]),
    ("員工平均年齡39.5歲，較去年上升。", TW, [("39.5歲", 39.5, "year", None)]),
    ("全國2至6歲幼兒入園率達七成。", TW, [("2至6歲", (2, 6), "year", None), ("七成", 70, "percent", None)]),
    # hard negatives: 岁 in other words, and no number before it
    ("岁末年初，港口货运需求回升。", CN, []),
    ("十年岁月，小镇换了新颜。", CN, [("十年", 10, "year", None)]),
    ("他们的岁数加起来超过两百。", CN, []),
    ("群众高呼万岁。", CN, []),
    # -- English: fares, health screening, labour surveys, housing schemes
    (
        "Residents aged 65 and over ride the ferry for $2.",
        HK,
        [("65 and over", 65, "year", L), ("$2", 2, "HKD", None)],
    ),
    ("Applicants must be aged 18 to 35.", EN, [("18 to 35", (18, 35), "year", None)]),
    ("The scheme covers children aged 3-6.", EN, [("3-6", (3, 6), "year", None)]),
    ("Men aged over 50 are invited for screening.", EN, [("over 50", 50, "year", M)]),
    ("Passengers aged under 12 travel free.", EN, [("under 12", 12, "year", LT)]),
    ("Women aged between 25 and 64 are screened.", EN, [("25 and 64", (25, 64), "year", None)]),
    ("Anyone aged 18 or older may apply.", EN, [("18 or older", 18, "year", L)]),
    ("Pupils aged 11 and under eat free.", EN, [("11 and under", 11, "year", AM)]),
    ("The camp is open to ages 8 to 12.", EN, [("8 to 12", (8, 12), "year", None)]),
    # hard negatives: an age in months, aged as a verb, a number glued to the range
    ("Infants aged 6 to 18 months get a check-up.", EN, [("6 to 18 months", (6, 18), "month", None)]),
    ("The brewer aged 400 barrels of stout.", EN, [("400 barrels", 400, "count", None, "barrels")]),
    ("The mill aged 18 to 30.5 tonnes of cheese.", EN, [("18 to 30.5 tonnes", (18, 30.5), "t", None)]),
    ("The 58-year-old founder stepped down.", EN, []),
]

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "region", "expected"), figure_cases(CASES, KNOWN))
def test_each_sentence_gives_the_figures_it_holds(text, region, expected):
    assert _differences(text, region, expected) == []
