"""A battery of invented sentences: words that begin with a unit's character, spans and lesser counters.

Deadweight tonnage (载重吨) whose 载 alone is a year; a duration word that is
a measure word and the start of a noun (约2万个月租车位, 月饼, 月嫂); `over` a
span right after an amount; voyages (航次), lanes (线车道, 车道) and lengths
of days written 日 after a word of lasting; and a side's size that names a
game (五人足球); a bare amount after a noun of visits (人次突破120万). The
cases read as in `test_figure_probe`: (text the span covers, value or (low,
high), unit, qualifier[, counter]); a sentence with no expected figure must
give none.
"""

from __future__ import annotations

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.figures.find import find_spans
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES
from tests.extractors.test_figure_probe import CN, EN, HK, TW, A, M, _differences, figure_cases

CASES = [
    # -- deadweight tonnes; 载 alone after a number stays a year
    ("前三季度全国造船完工量达3200万载重吨。", CN, [("3200万载重吨", 3.2e7, "t", None)]),
    ("該船廠手持訂單逾800萬載重噸。", HK, [("逾800萬載重噸", 8e6, "t", M)]),
    ("这艘30万载重吨的油轮今天交付。", CN, [("30万载重吨", 3e5, "t", None)]),
    (
        "船厂成立已满15载，累计造船超过1000万载重吨。",
        CN,
        [("15载", 15, "year", None), ("超过1000万载重吨", 1e7, "t", M)],
    ),
    ("台船去年接單約95萬載重噸", TW, [("約95萬載重噸", 9.5e5, "t", A)]),
    ("公司深耕造船业二十余载。", CN, [("二十余载", 20, "year", M)]),
    (
        "The yard delivered 2.4 million deadweight tonnes this year.",
        EN,
        [("2.4 million deadweight tonnes", 2.4e6, "t", None)],
    ),
    # -- 个月 after 万/亿 or before 饼/嫂: 个 counts a noun
    ("新商場將設約1.2萬個月租泊位。", HK, [("約1.2萬個", 1.2e4, "count", A, "个")]),
    ("中秋前夕，社区为居民送去2万个月饼。", CN, [("2万个", 2e4, "count", None, "个")]),
    ("家政公司今年培训了200个月嫂。", CN, [("200个", 200, "count", None, "个")]),
    ("全港共設約2.6萬個月票優惠名額。", HK, [("約2.6萬個", 2.6e4, "count", A, "个")]),
    ("商户可免收3个月租金。", CN, [("3个月", 3, "month", None)]),
    ("合同延长6个月租期。", CN, [("6个月", 6, "month", None)]),
    ("项目工期为两个多月。", CN, [("两个多月", 2, "month", M)]),
    ("過去12個月租金累計上升4%。", HK, [("12個月", 12, "month", None), ("4%", 4, "percent", None)]),
    # -- over a span right after an amount is the span; elsewhere more than
    (
        "The city will build 12,000 flats over 10 years.",
        EN,
        [("12,000 flats", 12000, "count", None, "flats"), ("10 years", 10, "year", None)],
    ),
    (
        "The utility plans to install 3 million smart meters over five years.",
        EN,
        [("3 million smart meters", 3e6, "count", None, "meters"), ("five years", 5, "year", None)],
    ),
    (
        "Prices rose 18% over three years.",
        EN,
        [("18%", 18, "percent", None), ("three years", 3, "year", None)],
    ),
    ("The company has operated for over 15 years.", EN, [("over 15 years", 15, "year", M)]),
    (
        "The firm hired 40 engineers with over 8 years of experience.",
        EN,
        [("40 engineers", 40, "count", None, "engineers"), ("over 8 years", 8, "year", M)],
    ),
    ("The tally reached 300, over 20 years after the first count.", EN, [("over 20 years", 20, "year", M)]),
    # -- voyages and lanes
    ("港口本月接待邮轮38航次。", CN, [("38航次", 38, "count", None, "航次")]),
    ("新航線每周開行14航次。", HK, [("14航次", 14, "count", None, "航次")]),
    ("道路施工期間將封閉3線行車道。", HK, [("3線", 3, "count", None, "线")]),
    ("新建道路为双向6车道。", CN, [("6车道", 6, "count", None, "车道")]),
    ("地铁3线换乘站下月启用。", CN, []),
    ("本航次船票已售罄。", CN, []),
    # -- 日 as a length of days after a word of lasting; the day of a date elsewhere
    ("旅客平均逗留3.5日。", HK, [("3.5日", 3.5, "day", None)]),
    ("展覽為期4日，免費入場。", HK, [("4日", 4, "day", None)]),
    ("遊客平均停留1.5日。", TW, [("1.5日", 1.5, "day", None)]),
    ("会议于3月5日举行，为期2日。", CN, [("2日", 2, "day", None)]),
    ("本月3日舉行開幕禮。", HK, []),
    ("考察团将停留至8日。", CN, []),
    ("展期由原定的9月3日延長至9月5日。", HK, []),
    # -- the size of a side names a game or a tournament
    ("下月將舉行全區五人足球聯賽。", HK, []),
    ("社区举办三人篮球赛。", CN, []),
    ("香港七人欖球賽門票售罄。", HK, []),
    ("比赛采用五人制。", CN, []),
    ("五人获评先进个人。", CN, [("五人", 5, "count", None, "人")]),
    ("共有12人参加足球训练。", CN, [("12人", 12, "count", None, "人")]),
]

CASES += [
    # -- a bare amount after a noun of people or visits: a count of that noun
    ("入境旅客人次突破300萬", HK, [("突破300萬", 3e6, "count", M, "旅客人次")]),
    (
        "国庆期间全市接待游客超120万，同比增长8%。",
        CN,
        [("超120万", 1.2e6, "count", M, "游客"), ("8%", 8, "percent", None)],
    ),
    ("地铁单日客流量达1,050万。", CN, [("1,050万", 1.05e7, "count", None, "客流量")]),
    ("平台用户数逾3亿", TW, [("逾3亿", 3e8, "count", M, "用户数")]),
    ("游客突破50万人次", CN, [("突破50万人次", 5e5, "count", M, "人次")]),
    ("会员费突破120万", CN, []),
    ("观众突破10万大关后，主办方加开场次。", CN, []),
    ("营收突破120万", CN, [("突破120万", 1.2e6, "CNY", M)]),
]

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "region", "expected"), figure_cases(CASES, KNOWN))
def test_each_sentence_gives_the_figures_it_holds(text, region, expected):
    assert _differences(text, region, expected) == []


def test_the_battery_is_broad():
    assert len({text for text, _, _ in CASES}) == len(CASES)
    assert sum(not expected for _, _, expected in CASES) >= 9  # sentences with no figure


# Tables whose header names a unit in brackets: (lines, region, [(line, cell, value, unit)]).
TABLES = [
    (
        ["项目 中标单位 金额（亿元）", "东湖地块 某某置业有限公司 14.6", "西湖地块 某某地产有限公司 9.25"],
        CN,
        [(2, "14.6", 1.46e9, "CNY"), (3, "9.25", 9.25e8, "CNY")],
    ),
    (
        ["區域\t項目數\t投資額（萬元）", "北區\t12\t3,400", "南區\t8\t1,250.5"],
        TW,
        [(2, "3,400", 3.4e7, "TWD"), (3, "1,250.5", 1.2505e7, "TWD")],
    ),
    (
        ["路段 长度（公里） 投资（亿元）", "一期 12.5 30", "二期 8 18.6"],
        CN,
        [(2, "12.5", 12500, "m"), (2, "30", 3e9, "CNY"), (3, "8", 8000, "m"), (3, "18.6", 1.86e9, "CNY")],
    ),
    # a row of another shape ends the table; a cell with a unit of its own is read as written
    (
        [
            "地块 竞得人 成交价（亿元）",
            "北湖一号地 某公司 12.8",
            "本次出让共收入约30亿元。",
            "南湖二号地 某公司 5.5",
        ],
        CN,
        [(2, "12.8", 1.28e9, "CNY"), (3, "约30亿元", 3e9, "CNY")],
    ),
    # each column in its own unit, any unit the figure rules read
    (["地块 面积（公顷） 用途", "北湖一号地 12.8 住宅"], CN, [(2, "12.8", 128000, "m2")]),
    (
        ["项目 预算（亿元） 实际（万元）", "一期 3.5 28000"],
        CN,
        [(2, "3.5", 3.5e8, "CNY"), (2, "28000", 2.8e8, "CNY")],
    ),
    # a unit the figure rules do not read, or a header of one cell: nothing read from the column
    (["地块 面积（某单位） 用途", "北湖一号地 12.8 住宅"], CN, []),
    (["金额（亿元）", "14.6"], CN, []),
    (["Item  Amount (HK$ million)", "Roads  1,200"], HK, []),
]


@pytest.mark.parametrize(("rows", "region", "expected"), TABLES, ids=[rows[0][:20] for rows, _, _ in TABLES])
def test_a_tables_unit_header_scales_the_plain_numbers_below_it(rows, region, expected):
    lines = []
    for line_no, row in enumerate(rows, 1):
        line = normalise_line(line_no, row, RULES)
        lines.append((line, LineContext(line_no, line.norm_text, line.lang)))
    document = DocumentContext(region=region, traditional=any("t2s" in line.flags for line, _ in lines))
    found = []
    for span in find_spans([context for _, context in lines], document, RULES):
        line = lines[span.line_no - 1][0]
        start, end = line.offsets.to_raw(span.start, span.end)
        found.append(
            (span.line_no, rows[span.line_no - 1][start:end], span.fields["value"], span.fields["unit"])
        )
    assert sorted(found) == sorted(expected)
