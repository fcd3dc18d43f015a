"""A battery of invented sentences: 五一 before its holiday, halves as H1 and H2, decades of 本世纪.

`五一` before 假期, 期间, 小长假, 黄金周 or 当天 is May Day, read as its day as 十一
and 劳动节 are; alone, inside a longer numeral or before 前/后 it is no date.
`H1` and `H2` after a year or a word of one on a Chinese line (`2027H1`,
`2026年H2`, `明年H1`) are that half of the year; a bare H1, a strain (H1N1) and
a code going on with a letter are not. A decade after 本世纪 or 这个世纪 is of
the article's century (`本世纪二十年代` is the 2020s, not the 1920s), and one
after 上个世纪 of the twentieth, as after 上世纪. Cases read as in `test_dates_probe`.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.extractors.test_dates_probe import score_case

DOC = "2026-05-06"

CASES: list[tuple] = [
    (DOC, "CN", "五一假期，临安景区接待游客12万人次。", [("五一", "2026-05-01", "2026-05-01")]),
    (DOC, "CN", "今年五一期间，德清民宿入住率超过九成。", [("今年五一", "2026-05-01", "2026-05-01")]),
    (DOC, "CN", "2025年五一小长假，桐庐客流同比增长。", [("2025年五一", "2025-05-01", "2025-05-01")]),
    (DOC, "CN", "五一当天，安吉竹博园免费开放。", [("五一", "2026-05-01", "2026-05-01")]),
    (DOC, "CN", "第五一期间隔两周出版。", []),
    (DOC, "CN", "五一长假后，建德工地全面复工。", []),
    (DOC, "CN", "共有二十五一类企业参与。", []),
    (DOC, "CN", "该券商预计2027H1毛利率见底。", [("2027H1", "2027-01-01", "2027-06-30", "period")]),
    (DOC, "CN", "公司2026年H2出货量有望回升。", [("2026年H2", "2026-07-01", "2026-12-31", "period")]),
    (DOC, "CN", "明年H1新产线投产。", [("明年H1", "2027-01-01", "2027-06-30", "period")]),
    (DOC, "CN", "去年H2营收同比下降。", [("去年H2", "2025-07-01", "2025-12-31", "period")]),
    (DOC, "CN", "今年H1N1疫苗供应充足。", [("今年", "2026-01-01", "2026-12-31")]),
    (DOC, "CN", "型号2025H1A已停产。", []),
    (DOC, "CN", "H1：如何申请补贴？", []),
    (
        DOC,
        "CN",
        "该市提出本世纪二十年代末建成新港区。",
        [("本世纪二十年代", "2020-01-01", "2029-12-31", "period")],
    ),
    (
        DOC,
        "CN",
        "这个世纪30年代，海上风电将成为主力电源。",
        [("这个世纪30年代", "2030-01-01", "2039-12-31", "period")],
    ),
    (
        DOC,
        "CN",
        "这家酒厂上个世纪八十年代扩建过一次。",
        [("上个世纪八十年代", "1980-01-01", "1989-12-31", "period")],
    ),
    (
        DOC,
        "CN",
        "上世纪九十年代，该港区开始承接外贸集装箱。",
        [("上世纪九十年代", "1990-01-01", "1999-12-31", "period")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])


def test_a_decade_of_this_century_without_the_article_date_stays_unresolved():
    found = [record for record in pipeline.extract("本世纪二十年代末建成新港区") if record.table == "dates"]
    assert [(record.raw_text, record.start_date, record.end_date) for record in found] == [
        ("本世纪二十年代", None, None)
    ]
