"""A battery of invented sentences: bounds a deadline or a cap sets.

A duration before 内 is at most that long, 日 included (自收到通知之日起20日内);
最长 before a duration and a cap raised, lowered or kept (上限调高为, 上限维持)
are at most. Cases read as in `test_figure_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_figure_probe import AM, CN, EN, HK, TW, A, _differences, figure_cases

CASES = [
    # -- deadlines in days: penalty decisions, court notices, tax and licensing rules
    ("当事人应当自收到本决定书之日起15日内缴纳罚款。", CN, [("15日内", 15, "day", AM)]),
    ("申请人可以自知道该行为之日起60日内申请复议。", CN, [("60日内", 60, "day", AM)]),
    ("業主須於收到通知書後28日內提出反對。", HK, [("28日內", 28, "day", AM)]),
    ("受處分人得於送達後20日以內提起訴願。", TW, [("20日以內", 20, "day", AM)]),
    ("主管机关将于5日之内作出答复。", CN, [("5日之内", 5, "day", AM)]),
    # hard negatives: the day of a date, and 内 beginning another word
    ("请于12月20日内完成网上申报。", CN, []),
    ("10日内部审计组进驻该公司。", CN, []),
    ("活动报名截至15日内地旅客亦可参加。", CN, []),
    # -- the longest a grant or stay lasts
    (
        "青年人才租房补贴每月2000元，最长发放24个月。",
        CN,
        [("2000元", 2000, "CNY", None), ("最长发放24个月", 24, "month", AM)],
    ),
    ("符合条件的企业最长可享受3年免租。", CN, [("最长可享受3年", 3, "year", AM)]),
    ("外籍專才每次最長可逗留90日。", HK, [("90日", 90, "day", AM)]),
    ("貸款期限最長為二十年。", TW, [("最長為二十年", 20, "year", AM)]),
    ("全线最长的隧道长约3.2公里。", CN, [("约3.2公里", 3200, "m", A)]),
    # -- a cap changed or kept
    ("每户补助上限调高至8万元。", CN, [("上限调高至8万元", 80000, "CNY", AM)]),
    ("單一企業補助上限提高為新臺幣120萬元。", TW, [("上限提高為新臺幣120萬元", 1.2e6, "TWD", AM)]),
    ("每宗申請的資助上限維持40萬元。", HK, [("上限維持40萬元", 4e5, "HKD", AM)]),
    ("个人贷款额度上限下调至50万元。", CN, [("上限下调至50万元", 5e5, "CNY", AM)]),
    ("补贴上限提高后，申请企业增加了120家。", CN, [("120家", 120, "count", None, "家")]),
    # -- a verb of estimating is no qualifier of the number after it
    ("The council estimated the works would take 18 months.", EN, [("18 months", 18, "month", None)]),
]

KNOWN: dict[str, str] = {
    "主管机关将于5日之内作出答复。": "日 right after 于 or 在 is read as the day of a date",
    "符合条件的企业最长可享受3年免租。": "最长 is read right before the number or a verb of granting",
    "外籍專才每次最長可逗留90日。": "最长可 before a verb of staying is not joined to the duration",
}


@pytest.mark.parametrize(("text", "region", "expected"), figure_cases(CASES, KNOWN))
def test_each_sentence_gives_the_figures_it_holds(text, region, expected):
    assert _differences(text, region, expected) == []
