"""A battery of invented sentences: the first months of a year in headline style, and a year before `from`.

A headline drops the article (`exports rise in first two months`): after a
preposition of time and before the end of its clause, `first N months` and
`first three quarters` are the year's first months; before other words
(`for first three months under the plan`) they are a term. A year after
`in` stays a year before `from` and a place (`12 launches in 2027 from the
new pad`), while a number after `by` or `to` stays a count. Cases read as in
`test_dates_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_dates_probe import score_case

DOC = "2025-11-20"

CASES: list[tuple] = [
    # headlines of trade, transport, retail and industry news
    (
        DOC,
        None,
        "Ningbo exports rise in first two months",
        [("first two months", "2025-01-01", "2025-02-28")],
    ),
    (
        DOC,
        None,
        "Rail freight up 4.1 pct in first 10 months",
        [("first 10 months", "2025-01-01", "2025-10-31")],
    ),
    (
        DOC,
        "HK",
        "Retail sales slip in first three quarters",
        [("first three quarters", "2025-01-01", "2025-09-30", "period")],
    ),
    (
        DOC,
        None,
        "Steel output fell in first nine months as demand cooled.",
        [("first nine months", "2025-01-01", "2025-09-30")],
    ),
    (
        DOC,
        None,
        "Car imports grew during first eight months, customs said.",
        [("first eight months", "2025-01-01", "2025-08-31")],
    ),
    # hard negatives: a term of months, and the months of something else
    (DOC, None, "Tenants pay no rent for first three months under the new scheme.", []),
    (DOC, None, "Pupils in first two months of school sit a test.", []),
    (DOC, None, "Staff get a bonus in first six months on the job.", []),
    # a year after `in`, then `from` and a place or a source
    (
        DOC,
        None,
        "The firm plans 12 launches in 2027 from the coastal pad.",
        [("2027", "2027-01-01", "2027-12-31")],
    ),
    (
        DOC,
        None,
        "Ferries will sail in 2028 from the new pier at Tai Po.",
        [("2028", "2028-01-01", "2028-12-31")],
    ),
    (DOC, None, "Output fell in 2024 from a year earlier.", [("2024", "2024-01-01", "2024-12-31")]),
    # hard negatives: a count after by or to, then from
    (DOC, None, "Membership rose by 2000 from last year.", [("last year", "2024-01-01", "2024-12-31")]),
    (DOC, None, "Staff numbers rose to 2030 from 1,950.", []),
]


@pytest.mark.parametrize("case", CASES, ids=[case[2][:30] for case in CASES])
def test_each_sentence_gives_its_dates(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])
