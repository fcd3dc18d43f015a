"""A battery of invented sentences: dates that close a clause or single out a period.

- An English year after `in` or `during` followed by a modal or a verb of a
  figure (`margins in 2031 would…`, `cost 9 yuan in 2016 now costs…`) is
  the year; a count after `with` or `by` stays a count.
- `first nine months` without `the`, as headlines write it, after a
  preposition of time; not the months of a lease (`… of the lease`).
- A month singled out (`September alone brought…`); not `May`, a name too.
- 首N个月 right after the name of a body and before a word of a statistic
  (`舟山港首九个月吞吐量增长`); not the first months after an event
  (开通首三个月) nor a term (首6个月免租).
- 前年 after a word that ends in 前 (以前年度, 此前年均, 目前年产能) is no
  year; 从前年, 较前年 are.
- A split year before the level, peak or outturn it had (`the 2018-19
  peak`), with an article or owner before it; a year in brackets closing a
  heading of figures (`Main indicators (2031)`, 主要经济指标（2024）), not a
  count in brackets (`No. of cases (2000)`).
- A year-less end of a range right after 至, 到, to or until that would end
  before the range starts is of the year after (自去年12月2日通车至10月底:
  this October); `to` that is no range word moves nothing.
- A day right after a company's name and before its share price and how it
  traded (瀚澄科技12日股价收跌) is that day; not a count of days (连续5日股价).
- A paragraph number glued to a year (3.2027年3月5日, 12．2027-28年度) is
  neither a decimal number of years nor a wall before the date.
- On a page with no date of its own, a press release's dateline dates it:
  a day before its place and a dash (2026年3月5日，成都——) or after a place
  in capitals (CHENGDU, March 5, 2026 --); a lead opening with the day of an
  event (2025年3月26日下午，…) does not.
Cases read as in `test_dates_probe`; the figures of some as in `test_figure_probe`.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.dates import find as dates
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES
from tests.extractors.test_dates_probe import score_case
from tests.extractors.test_figure_probe import CN, HK, TW, _differences

DOC = "2025-11-20"

CASES: list[tuple] = [
    # --- a year closing its phrase before a modal or a verb ---
    (
        DOC,
        None,
        "Brokers said Lanxi port margins in 2031 would hinge on rents.",
        [("2031", "2031-01-01", "2031-12-31")],
    ),
    (
        DOC,
        None,
        "A ferry ticket that cost 9 yuan in 2016 now costs 15.",
        [("2016", "2016-01-01", "2016-12-31")],
    ),
    (DOC, None, "Rents in 2029 could fall if supply rises.", [("2029", "2029-01-01", "2029-12-31")]),
    (DOC, None, "Output during 2023 grew 4% at the Wuhu mill.", [("2023", "2023-01-01", "2023-12-31")]),
    (DOC, None, "“Tea in 2018 was cheap,” said a grower in Anxi.", [("2018", "2018-01-01", "2018-12-31")]),
    (DOC, None, "Car sales in 2024 rose to a record in Hefei.", [("2024", "2024-01-01", "2024-12-31")]),
    (DOC, None, "The hall filled up, with 2000 would-be buyers at the door.", []),
    (DOC, None, "Membership rose by 2000 now that fees are lower.", []),
    # --- the first months without `the` ---
    (DOC, None, "Yiwu parcels up 9% in first ten months", [("first ten months", "2025-01-01", "2025-10-31")]),
    (
        DOC,
        None,
        "Ningbo port throughput rose 6% in first nine months.",
        [("first nine months", "2025-01-01", "2025-09-30")],
    ),
    (
        DOC,
        None,
        "Profit for first three quarters beat forecasts.",
        [("first three quarters", "2025-01-01", "2025-09-30")],
    ),
    (
        DOC,
        None,
        "During first six months, visitors to Lijiang doubled.",
        [("first six months", "2025-01-01", "2025-06-30")],
    ),
    (DOC, None, "Tenants in Taicang pay no rent in first three months of the lease.", []),
    (DOC, None, "Members get first three months free at the Jinhua gym.", []),
    # --- a month singled out ---
    (
        DOC,
        None,
        "September alone brought 1.4 million visitors to Guilin.",
        [("September", "2025-09-01", "2025-09-30")],
    ),
    (
        DOC,
        None,
        "Hotel stays rose; October alone drew 900,000 guests.",
        [("October", "2025-10-01", "2025-10-31")],
    ),
    (DOC, None, "March alone accounted for a third of the losses.", [("March", "2025-03-01", "2025-03-31")]),
    (DOC, None, "Exports in June alone rose 12%.", [("June", "2025-06-01", "2025-06-30")]),
    (DOC, None, "May alone in the office, the clerk counted the receipts.", []),
    (DOC, None, "The team alone cannot fix it.", []),
    # --- 首N个月 after the name of a body ---
    (DOC, CN, "舟山港首九个月货物吞吐量同比增长7%。", [("首九个月", "2025-01-01", "2025-09-30")]),
    (DOC, HK, "本澳蓮花酒店首十個月入住率達八成。", [("首十個月", "2025-01-01", "2025-10-31")]),
    (DOC, TW, "聯晶首5個月營收年增30%。", [("首5個月", "2025-01-01", "2025-05-31")]),
    (DOC, CN, "该公司首三个月营收增长12%。", [("首三个月", "2025-01-01", "2025-03-31")]),
    (DOC, CN, "新线开通首三个月客流增长两成。", []),
    (DOC, CN, "该商场首6个月免租。", []),
    (DOC, CN, "新店开业首3个月营收增长一倍。", []),
    (DOC, HK, "新盤上市首5個月成交上升三成。", []),
    # --- 前年 inside a word that ends in 前 ---
    (DOC, CN, "南浔区将以前年度结余用于修缮祠堂。", []),
    (DOC, TW, "縣府將移用以前年度歲計賸餘支應。", []),
    (DOC, CN, "该厂目前年产能约8万吨。", []),
    (DOC, CN, "此前年均增速约为5%。", []),
    (DOC, CN, "与之前年份相比，降水偏多。", []),
    (DOC, CN, "前年该市地区生产总值增长5%。", [("前年", "2023-01-01", "2023-12-31")]),
    (DOC, CN, "较前年增长三成。", [("前年", "2023-01-01", "2023-12-31")]),
    (DOC, HK, "從前年起，梅窩每年舉辦茶會。", [("前年", "2023-01-01", "2023-12-31")]),
    # --- a split year before the level or peak it had ---
    (DOC, None, "Taipa ferry fares remain below the 2018-19 peak.", [("2018-19", None, None)]),
    (DOC, None, "Land sales may fall to half the 2029-30 level.", [("2029-30", None, None)]),
    (DOC, None, "The surplus beat the 2022-23 outturn.", [("2022-23", None, None)]),
    (DOC, None, "Its 2030-31 deficit will narrow, the Macau budget says.", [("2030-31", None, None)]),
    (DOC, None, "Lot 2024-25 peak prices were listed.", []),
    (DOC, None, "The 2024-25 points were counted.", []),
    # --- a year in brackets after a heading of figures ---
    (DOC, None, "Main indicators (2031)", [("2031", "2031-01-01", "2031-12-31")]),
    (DOC, None, "Trade statistics (2023):", [("2023", "2023-01-01", "2023-12-31")]),
    (DOC, CN, "舟山市主要经济指标（2024）", [("2024", "2024-01-01", "2024-12-31")]),
    (DOC, HK, "本港主要經濟數據（2025）", [("2025", "2025-01-01", "2025-12-31")]),
    (DOC, None, "No. of cases (2000)", []),
    (DOC, CN, "该馆访客人数（2000）", []),
    (DOC, None, "Key figures (2030) were revised last week.", [("last week", "2025-11-10", "2025-11-16")]),
    # --- a year-less end of a range comes after its start ---
    (
        DOC,
        HK,
        "輕軌自去年12月2日通車至10月底，累計載客約560萬人次。",
        [("去年12月2日", "2024-12-02", "2024-12-02"), ("10月底", "2025-10-01", "2025-10-31")],
    ),
    (
        DOC,
        None,
        "The line carried 5.6 million riders from 2 December last year to the end of October.",
        [("2 December last year", "2024-12-02", "2024-12-02"), ("October", "2025-10-01", "2025-10-31")],
    ),
    (
        DOC,
        HK,
        "自去年10月1日實施新票價至6月底，乘客增加。",
        [("去年10月1日", "2024-10-01", "2024-10-01"), ("6月底", "2025-06-01", "2025-06-30")],
    ),
    (
        DOC,
        None,
        "The tariff ran from 1 October last year until June.",
        [("1 October last year", "2024-10-01", "2024-10-01"), ("June", "2025-06-01", "2025-06-30")],
    ),
    (
        DOC,
        CN,
        "去年10月1日至12月31日，全市开展整治。",
        [("去年10月1日至12月31日", "2024-10-01", "2024-12-31")],
    ),
    (
        DOC,
        None,
        "Sales rose in December last year to 5 million, and in November fell.",
        [("December last year", "2024-12-01", "2024-12-31"), ("November", "2024-11-01", "2024-11-30")],
    ),
    # --- a day after a company's name, before its share price ---
    (DOC, TW, "聯晶6日股價收1,285元，上漲35元。", [("6日", "2025-11-06", "2025-11-06")]),
    (DOC, CN, "瀚澄科技12日股价收跌3%。", [("12日", "2025-11-12", "2025-11-12")]),
    (DOC, HK, "長信置業3日股價盤中急升。", [("3日", "2025-11-03", "2025-11-03")]),
    (DOC, CN, "该股5日股价均线上穿10日均线。", []),
    (DOC, CN, "连续5日股价上涨。", []),
    (DOC, CN, "近5日股价累计上涨一成。", []),
    # --- a date after a paragraph number ---
    (DOC, CN, "3.2027年3月5日，新馆奠基。", [("2027年3月5日", "2027-03-05", "2027-03-05")]),
    (DOC, CN, "2．2024年，全区新增企业1200家。", [("2024年", "2024-01-01", "2024-12-31")]),
    (DOC, HK, "12．2027-28年度的經常開支預計增加。", [("2027-28年度", "2027-04-01", "2028-03-31")]),
    (DOC, CN, "4.2026/27财年，集团营收增长。", [("2026/27财年", None, None)]),
    (DOC, CN, "工期延长1.2025年。", []),
    (DOC, CN, "1.2025亿元用于修路。", []),
]

FIGURES = [
    ("舟山港首九个月货物吞吐量同比增长7%。", CN, [("7%", 7, "percent", None)]),
    ("本澳蓮花酒店首十個月入住率達八成。", HK, [("八成", 80, "percent", None)]),
    ("该厂目前年产能约8万吨。", CN, [("约8万吨", 8e4, "t", "approx")]),
    ("3.2027年3月5日，新馆奠基。", CN, []),
    ("2．2024年，全区新增企业1200家。", CN, [("1200家", 1200, "count", None, "家")]),
    ("工期延长1.2025年。", CN, [("1.2025年", 1.2025, "year", None)]),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])


@pytest.mark.parametrize(("text", "region", "expected"), FIGURES, ids=[text[:30] for text, _, _ in FIGURES])
def test_each_sentence_gives_its_figures(text, region, expected):
    assert _differences(text, region, expected) == []


# (lines of a page with no date, its language, the last date's text and start: None when unresolved)
DATELINES: list[tuple] = [
    (
        ["清源储能签约储能电站项目", "2026年11月26日，银川——", "清源储能今日宣布签约。"],
        "zh",
        "今日",
        "2026-11-26",
    ),
    (["2026年3月5日，成都——清源储能今日宣布签约。"], "zh", "今日", "2026-03-05"),
    (["澳門輕軌通車一周年", "2026年12月1日，澳門——", "公司昨日公布客量。"], "zh", "昨日", "2026-11-30"),
    (
        ["CHENGDU, March 5, 2026 /PRNewswire/ -- Qingyuan today announced a deal."],
        "en",
        "today",
        "2026-03-05",
    ),
    (["HONG KONG, Dec. 1, 2026 -- The firm said yesterday it won."], "en", "yesterday", "2026-11-30"),
    (["2025年3月26日下午，市委召开会议。", "昨日签约项目12个。"], "zh", "昨日", None),
    (["2026年3月5日，成都至重庆高铁开通。", "昨日客流创新高。"], "zh", "昨日", None),
    (["In Shanghai, March 5, 2026 was warm.", "Yesterday sales rose."], "en", "Yesterday", None),
]


@pytest.mark.parametrize(
    ("texts", "lang", "last", "start"), DATELINES, ids=[case[0][-1][:30] for case in DATELINES]
)
def test_a_dateline_dates_a_page_with_no_date(texts, lang, last, start):
    lines = [
        LineContext(n, normalise_line(n, text, RULES).norm_text, lang) for n, text in enumerate(texts, 1)
    ]
    spans = dates.find_spans(lines, DocumentContext(), RULES)
    final = spans[-1]
    assert lines[final.line_no - 1].norm_text[final.start : final.end] == last
    assert final.fields["start_date"] == (date.fromisoformat(start) if start else None)
