"""A battery of invented sentences: date-like forms that are not dates, and the dates beside them.

A number after the label of a code or reference (编号, 文号, No., ref) and a
year and month before 号 (a document's number) are the code's, not a year
and month; model codes, versions, ratios, phone numbers and years inside
names are no dates either. The same forms after a date label stay dates.
Cases read as in `test_dates_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_dates_probe import score_case

DOC = "2025-11-20"

CASES: list[tuple] = [
    (DOC, "CN", "该项目用地编号为2025-07。", []),
    (DOC, "CN", "合同编号2023-11-02已备案。", []),
    (DOC, "CN", "批准文号：2025-03-18。", []),
    (DOC, "CN", "该公司2025-07号公告显示，净利润增长。", []),
    (DOC, "HK", "標書編號：2024-09，已經截標。", []),
    (DOC, None, "Tender No. 2025-07 closes on 30 November.", [("30 November", "2025-11-30", "2025-11-30")]),
    (DOC, None, "Contract ref 2024-11 was awarded to a local builder.", []),
    (DOC, "CN", "发布日期：2025-07-15", [("2025-07-15", "2025-07-15", "2025-07-15")]),
    (DOC, "CN", "数据更新至2025-07，详见附表。", [("2025-07", "2025-07-01", "2025-07-31")]),
    (DOC, "CN", "公司发布了新款X2025型无人机。", []),
    (DOC, None, "The company launched its Model 2030 tractor.", []),
    (DOC, "CN", "约3/4的受访企业表示订单增加。", []),
    (DOC, "CN", "平台升级到2.0版本。", []),
    (DOC, "CN", "咨询电话：0571-8765 4321。", []),
    (DOC, "HK", "查詢熱線：2810 1234。", []),
    (DOC, "CN", "深圳2049科技有限公司完成融资。", []),
    (DOC, None, "Vision 2030 Holdings signed a deal.", []),
    (DOC, None, "The Spring 2026 collection sold out in a week.", []),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])
