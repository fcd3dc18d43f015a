"""Invented sentences: English dates with the year before the month's name, and the year before last.

`2016 June 5` and `2019 Oct. 3rd` are that day of the year written, `2021
March` that month; they took the article's year. `the year before last` is
two years before the article's, as 前年 is, in every form a relative year
takes; 前年度 is the year before and no date. On a Hong Kong page a run of
fiscal years in Chinese digits, and a fiscal year with 年 after its first
year, run April to March. Cases read as in `test_dates_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_dates_probe import score_case

DOC = "2024-05-10"

CASES: list[tuple] = [
    (
        DOC,
        None,
        "Posted 2016 June 5 by the Kunming press office.",
        [("2016 June 5", "2016-06-05", "2016-06-05")],
    ),
    (
        DOC,
        None,
        "The Ningbo berth reopened on 2019 Oct. 3rd.",
        [("2019 Oct. 3rd", "2019-10-03", "2019-10-03")],
    ),
    (
        DOC,
        None,
        "The Taiyuan forum runs 2025 Nov 12-14 in Hall C.",
        [("2025 Nov 12-14", "2025-11-12", "2025-11-14")],
    ),
    (DOC, None, "Hohhot trial runs began in 2021 March.", [("2021 March", "2021-03-01", "2021-03-31")]),
    (DOC, None, "The Lanzhou index stood at 2019 Oct 3.5 points higher.", []),
    (
        DOC,
        None,
        "The Tangshan mill made a loss the year before last.",
        [("the year before last", "2022-01-01", "2022-12-31")],
    ),
    (
        DOC,
        None,
        "Sales in the first half of the year before last rose 4%.",
        [("the first half of the year before last", "2022-01-01", "2022-06-30")],
    ),
    (
        DOC,
        None,
        "Turnout in Nanning fell in the year before last week's vote.",
        [("last week", "2024-04-29", "2024-05-05")],
    ),
    (DOC, "CN", "前年底，该风电场并网发电。", [("前年底", "2022-01-01", "2022-12-31")]),
    (DOC, "TW", "本年度電力補貼預算較前年度增加12億元。", [("本年度", "2024-01-01", "2024-12-31")]),
    (
        "2016-09-20",
        "HK",
        "機電署在二○一一至一二年度至二○一五至一六年度共完成120項工程。",
        [("二○一一至一二年度至二○一五至一六年度", "2011-04-01", "2016-03-31")],
    ),
    (
        "2022-12-28",
        "HK",
        "基金在二○一八年至一九年度資助了45個項目。",
        [("二○一八年至一九年度", "2018-04-01", "2019-03-31")],
    ),
    (
        "2026-12-28",
        "HK",
        "2027年至28年度的開支預算為30億元。",
        [("2027年至28年度", "2027-04-01", "2028-03-31")],
    ),
    ("2026-12-28", "HK", "二○二七年至二九年度", []),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])
