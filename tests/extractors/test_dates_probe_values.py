"""Invented sentences: the year of a month to come, months named back, split years, amounts for a month.

A month long before the article's date in a clause of time under a word of
the future is the one after (will clear the house before the session ends
in February, in December); a month told as past or compared keeps its
year. `the previous month` is the month before the one named on its line;
two neighbouring years in English (2027-28, 2027/28) are one split year
with null dates; the second of two years before `respectively` is a year;
an amount `for` a month names the month it reports. The case format, the
conventions and the scoring are those of `test_dates_probe.py`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_dates_probe import score_case

DEC = "2025-12-10"  # a Wednesday
NOV = "2025-11-20"  # a Thursday
JUN = "2025-06-05"
JAN = "2026-01-12"

# (article date, region, sentence, [(piece, start, end), ...][, why it still fails])
CASES: list[tuple] = [
    # --- a month long gone, in a clause of time under a word of the future: the one after ---
    (
        DEC,
        None,
        "The council hopes the bill will clear the legislature before the session ends in February.",
        [("February", "2026-02-01", "2026-02-28")],
    ),
    (NOV, None, "Lawmakers expect the budget to pass in January.", [("January", "2026-01-01", "2026-01-31")]),
    (DEC, None, "Officials expect output to recover by April.", [("April", "2026-04-01", "2026-04-30")]),
    (
        JUN,
        "HK",
        "The department aims to finish the review before the holiday season ends in February.",
        [("February", "2026-02-01", "2026-02-28")],
    ),
    (DEC, None, "The new terminal will open in March.", [("March", "2026-03-01", "2026-03-31")]),
    # ... and in Chinese, a modal or a word of hope with 在 right before the month
    (DEC, "HK", "議員希望條例草案能在2月立法會休會前通過。", [("2月", "2026-02-01", "2026-02-28")]),
    (DEC, None, "新馆有望在3月对外开放。", [("3月", "2026-03-01", "2026-03-31")]),
    (DEC, None, "市民可在4月起申请补贴。", [("4月", "2026-04-01", "2026-04-30")]),
    (DEC, "TW", "業者須在1月前提出申請。", [("1月", "2026-01-01", "2026-01-31")]),
    (DEC, None, "该项目已在3月完工。", [("3月", "2025-03-01", "2025-03-31")]),
    (DEC, None, "全市今年2月出口增长8%。", [("今年2月", "2025-02-01", "2025-02-28")]),
    # ... told as past, compared or of another verb: its year
    (DEC, None, "The line opened in March after delays.", [("March", "2025-03-01", "2025-03-31")]),
    (
        DEC,
        None,
        "The council will review the plan adopted in February.",
        [("February", "2025-02-01", "2025-02-28")],
    ),
    (
        DEC,
        None,
        "The board will compare current sales with the figures from February.",
        [("February", "2025-02-01", "2025-02-28")],
    ),
    (
        DEC,
        None,
        "The minister will visit the plant that was opened in June.",
        [("June", "2025-06-01", "2025-06-30")],
    ),
    (
        DEC,
        None,
        "The club, which will move to a new ground, was founded in May.",
        [("May", "2025-05-01", "2025-05-31")],
    ),
    (DEC, None, "Exports rose 4% in February.", [("February", "2025-02-01", "2025-02-28")]),
    # --- the previous month: the month before the one named on its line ---
    (
        NOV,
        None,
        "Unemployment was 4.1 percent in March, up 0.2 points from the previous month.",
        [("March", "2025-03-01", "2025-03-31"), ("the previous month", "2025-02-01", "2025-02-28")],
    ),
    (
        NOV,
        None,
        "Retail sales in January 2024 fell 2% from the preceding month.",
        [("January 2024", "2024-01-01", "2024-01-31"), ("the preceding month", "2023-12-01", "2023-12-31")],
    ),
    (NOV, None, "Prices rose in the previous month.", []),
    (
        NOV,
        "HK",
        "Visitor arrivals in August were 3.1 million, 4 percent more than the previous month.",
        [("August", "2025-08-01", "2025-08-31"), ("the previous month", "2025-07-01", "2025-07-31")],
    ),
    (NOV, None, "The previous month had been the wettest on record.", []),
    (
        NOV,
        None,
        "Home sales in May 2025 rose 6% on the prior month.",
        [("May 2025", "2025-05-01", "2025-05-31"), ("the prior month", "2025-04-01", "2025-04-30")],
    ),
    (
        NOV,
        "TW",
        "Orders for September fell 3% from the preceding month, the ministry said.",
        [("September", "2025-09-01", "2025-09-30"), ("the preceding month", "2025-08-01", "2025-08-31")],
    ),
    # --- two neighbouring years in English: one split year, null unless a fiscal one where the place says ---
    (
        NOV,
        "HK",
        "In the 2027-28 Budget, the minister set aside funds for schools.",
        [("2027-28", "2027-04-01", "2028-03-31")],
    ),
    (
        NOV,
        None,
        "In the 2026-27 Budget, the minister set aside funds for clinics.",
        [("2026-27", None, None)],
    ),
    (
        NOV,
        "HK",
        "2027-28: 4 100 places; 2028-29: 4 600 places.",
        [("2027-28", None, None), ("2028-29", None, None)],
    ),
    (NOV, None, "Spending will rise in FY2027-28.", [("FY2027-28", None, None)]),
    (NOV, None, "Revenue fell compared with 2018-19.", [("2018-19", None, None)]),
    (NOV, None, "The club finished third in the 2024-25 season.", [("2024-25", None, None)]),
    (
        NOV,
        "HK",
        "The authority plans to borrow HK$20 billion a year from 2027-28 to 2029-30.",
        [("2027-28 to 2029-30", None, None)],
    ),
    (NOV, None, "Targets for 2026-28 were raised.", []),
    (NOV, None, "Visit the shop at 2024-25 Nathan Road.", []),
    (NOV, None, "The hotline 2024-2500 is open all day.", []),
    # --- the second of two years before respectively ---
    (
        NOV,
        None,
        "The towers are to be completed in 2031 and 2033 respectively.",
        [("2031", "2031-01-01", "2031-12-31"), ("2033", "2033-01-01", "2033-12-31")],
    ),
    (
        NOV,
        "HK",
        "The two depots will open in 2029 and 2030, respectively.",
        [("2029", "2029-01-01", "2029-12-31"), ("2030", "2030-01-01", "2030-12-31")],
    ),
    (
        NOV,
        None,
        "The two plants began output in 2019 and 2021 respectively.",
        [("2019", "2019-01-01", "2019-12-31"), ("2021", "2021-01-01", "2021-12-31")],
    ),
    (
        NOV,
        "HK",
        "The east and west wings will be finished in 2030 and 2032 respectively, the department said.",
        [("2030", "2030-01-01", "2030-12-31"), ("2032", "2032-01-01", "2032-12-31")],
    ),
    (NOV, None, "The firms hired 1800 and 2025 workers respectively.", []),
    (NOV, None, "The two lines carry 1500 and 2000 riders an hour respectively.", []),
    # --- an amount for a month, and a headline noun of figures for a month ---
    (
        NOV,
        "TW",
        "Kestrel Semiconductor reported revenue of NT$4.2 billion for October, up 9 percent.",
        [("October", "2025-10-01", "2025-10-31")],
    ),
    (
        NOV,
        "HK",
        "Port authority announces container throughput for October",
        [("October", "2025-10-01", "2025-10-31")],
    ),
    (
        NOV,
        None,
        "The group posted sales of 1.2 million units for September.",
        [("September", "2025-09-01", "2025-09-30")],
    ),
    (
        JAN,
        "TW",
        "Orion Chips posted revenue of NT$8 billion for December.",
        [("December", "2025-12-01", "2025-12-31")],
    ),
    (NOV, None, "Funds for October were cut.", []),
    (NOV, None, "The hall seats 300 for May Day events.", []),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case[4])] if len(case) > 4 else []
        yield pytest.param(case, marks=marks, id=case[2][:40])


@pytest.mark.parametrize("case", _params())
def test_probe_sentence(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])


def test_the_probe_is_broad():
    assert len({case[2] for case in CASES}) == len(CASES)
    assert sum(not case[3] for case in CASES) >= 5
