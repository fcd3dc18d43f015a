"""Invented sentences: classes of results releases, makers' monthly reports and wires.

Dates: a named day with its date in brackets is two dates of that day; a
year that a verb of being calls a year (`2029 was a year of`); May between
a verb reporting a statistic and the statistic followed by its amount.
Figures: a hyphenated capacity of units or vehicles (`a 240,000-unit
plant`); a range of two amounts each with its currency code (`RMB600
million to RMB1.2 billion`); a noun of people after 万 or 亿 across a
headline's space is not counted; a part of an earlier count told with `of
them`; a pairing adjective (`one-to-one`) before the counted noun; a
results list's item `- Label: N, up N%`.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.extractors.test_figure_and_date_value_classes import _dates


def _figures(text: str) -> list[tuple]:
    """(raw text, value or (low, high), unit, counter) of every figure found in `text`."""
    return [
        (m.raw_text, m.value if m.value is not None else (m.value_low, m.value_high), m.unit, m.counter)
        for m in pipeline.extract(text)
        if m.table == "figures"
    ]


def test_a_named_day_and_its_bracketed_date_are_two_dates_of_that_day():
    assert _dates("署長昨日（六月二日）主持啟用典禮。", "2027-06-03") == [
        ("昨日", "2027-06-02", "2027-06-02"),
        ("六月二日", "2027-06-02", "2027-06-02"),
    ]
    assert _dates("The minister said today (June 3) that tolls would stay.", "2027-06-03") == [
        ("today", "2027-06-03", "2027-06-03"),
        ("June 3", "2027-06-03", "2027-06-03"),
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ('"2026 was a year of rebuilding," the Foshan chairman said.', "2026"),
        ("The Macau operator said 2028 would be another difficult year.", "2028"),
    ],
)
def test_a_year_called_a_year_is_that_year(text, year):
    assert _dates(text, "2029-03-01") == [(year, f"{year}-01-01", f"{year}-12-31")]


def test_a_count_followed_by_a_verb_is_no_year():
    assert _dates("Of the workers, 2026 were hired locally.", "2029-03-01") == []


def test_may_before_a_reported_statistic_and_its_amount_is_the_month():
    assert _dates("The Taoyuan assembler posted May revenue of NT$48 billion.", "2027-06-09") == [
        ("May", "2027-05-01", "2027-05-31")
    ]
    assert _dates("The broker reported May sales had slowed.", "2027-06-09") == []


def test_a_hyphenated_capacity_of_units_is_a_count():
    assert _figures("The group will open a 240,000-unit plant in Changzhou.") == [
        ("240,000-unit", 240000, "count", "unit")
    ]


def test_two_amounts_with_currency_codes_make_one_range():
    assert _figures("The Jiaxing yard budgets RMB600 million to RMB1.2 billion for new docks.") == [
        ("RMB600 million to RMB1.2 billion", (600000000, 1200000000), "CNY", None)
    ]
    assert _figures("The yard spent RMB600 million and RMB900 million.") == [
        ("RMB600 million", 600000000, "CNY", None),
        ("RMB900 million", 900000000, "CNY", None),
    ]


def test_a_noun_of_people_after_a_headline_space_is_not_counted():
    assert [unit for _, _, unit, _ in _figures("上月收入86億 游客回升至九成")] == ["CNY", "percent"]
    assert _figures("景区去年接待1200万游客") == [("1200万游客", 12000000, "count", "游客")]


def test_a_part_of_an_earlier_count_told_with_of_them_counts_its_noun():
    assert _figures("The Wuxi zone drew 64 new plants, 9 of them German-owned.") == [
        ("64 new plants", 64, "count", "plants"),
        ("9", 9, "count", "plants"),
    ]
    assert _figures("Sales reached 300 million yuan, 20 of them abroad.") == [
        ("300 million yuan", 300000000, "CNY", None)
    ]


def test_a_pairing_adjective_before_the_counted_noun_is_no_number_word():
    assert _figures("The Xiamen expo held 450 one-to-one buyer meetings.") == [
        ("450 one-to-one buyer meetings", 450, "count", "meetings")
    ]


def test_a_listed_label_and_its_number_with_its_change_count_the_label():
    assert _figures("- Ferry trips run: about 86,000, up 4%") == [
        ("about 86,000", 86000, "count", "trips"),
        ("4%", 4, "percent", None),
    ]
    assert _figures("- Revenue: 6.82 billion, up 18%") == [("18%", 18, "percent", None)]
