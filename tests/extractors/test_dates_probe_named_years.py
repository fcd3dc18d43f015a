"""A battery of invented sentences: a year that names a title or a figure sets no year for a later date.

A year inside a title in 《》 (《2023年政府工作报告》) or owned with a figure
(its 2024 guidance, the group's 2023 revenue) is the year of that report or
figure; a year-less day told after it on its line is in the article's time
(a year inside a document's title is not reported itself). A year that
dates the sentence (2023年，…; In 2024 the plant …) still gives its year to
the dates after it. Cases read as in `test_dates_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_dates_probe import score_case

DOC = "2025-11-20"

CASES: list[tuple] = [
    (
        DOC,
        "CN",
        "《2022年政府工作报告》提出的新规于6月1日起实施。",
        [("6月1日", "2025-06-01", "2025-06-01")],
    ),
    (
        DOC,
        "CN",
        "依据《2021—2025年综合交通规划》，新线于9月30日开通。",
        [("9月30日", "2025-09-30", "2025-09-30")],
    ),
    (
        DOC,
        "TW",
        "經濟部依《2020年能源白皮書》，於5月12日公布新方案。",
        [("5月12日", "2025-05-12", "2025-05-12")],
    ),
    (
        DOC,
        None,
        "The carrier cut its 2023 guidance on May 20.",
        [("2023", "2023-01-01", "2023-12-31"), ("May 20", "2025-05-20", "2025-05-20")],
    ),
    (
        DOC,
        "HK",
        "The group's 2022 revenue rose 5%, it said on March 3.",
        [("2022", "2022-01-01", "2022-12-31"), ("March 3", "2025-03-03", "2025-03-03")],
    ),
    (
        DOC,
        None,
        "The port raised their 2021 forecast on 8 April.",
        [("2021", "2021-01-01", "2021-12-31"), ("8 April", "2025-04-08", "2025-04-08")],
    ),
    # hard negatives: a year that dates the sentence gives its year
    (
        DOC,
        "CN",
        "2023年，该厂于6月1日投产。",
        [("2023年", "2023-01-01", "2023-12-31"), ("6月1日", "2023-06-01", "2023-06-01")],
    ),
    (
        DOC,
        None,
        "In 2022 the plant opened on May 20.",
        [("2022", "2022-01-01", "2022-12-31"), ("May 20", "2022-05-20", "2022-05-20")],
    ),
    (
        DOC,
        "CN",
        "2022年6月，新厂奠基；9月1日，一期投产。",
        [("2022年6月", "2022-06-01", "2022-06-30"), ("9月1日", "2022-09-01", "2022-09-01")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])
