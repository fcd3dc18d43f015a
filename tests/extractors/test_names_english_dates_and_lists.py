"""English names: a date before a name, a headline's participle, a plural noun first, and lists of clients."""

from __future__ import annotations

import pytest

import pipeline


def _names(text: str) -> list[tuple[str, str]]:
    return [
        (m.table, text[m.start : m.end])
        for m in pipeline.extract(text)
        if m.table in ("organisations", "projects")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In January Lanmei Biotech announced a new plant.", "Lanmei Biotech"),
        ("On Monday Lanmei Biotech announced a new plant.", "Lanmei Biotech"),
        ("Last March Qiaoyun Holdings signed the deal.", "Qiaoyun Holdings"),
        ("By December Hexin Motors will build a plant.", "Hexin Motors"),
    ],
)
def test_a_month_or_weekday_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert _names(text) == [("organisations", name)]


def test_a_name_of_a_month_and_its_head_alone_keeps_the_month() -> None:
    assert _names("May Holdings signed the deal.") == [("organisations", "May Holdings")]


def test_a_passive_headline_participle_ends_a_name() -> None:
    assert _names("Key Projects Signed At The Fair") == []
    assert _names("Twelve Projects Signed At Lanhai Investment Fair") == [
        ("projects", "Lanhai Investment Fair")
    ]


@pytest.mark.parametrize(
    "text",
    ["Labs on the Lanhai campus grew.", "Parks in the Lanhai region grew.", "Holdings of Lanhai bonds rose."],
)
def test_a_plural_head_first_in_a_sentence_before_a_continuation_is_no_name(text: str) -> None:
    assert _names(text) == []


def test_a_firms_clients_partners_and_tenants_are_listed_companies() -> None:
    assert _names("Its clients include Qiaoyun Optics, Lanmei and Hexwell.") == [
        ("organisations", "Qiaoyun Optics"),
        ("organisations", "Lanmei"),
        ("organisations", "Hexwell"),
    ]
    assert ("organisations", "Tidewell") in _names(
        "Partners include Qiaoyun Semiconductor, Lanhai Optics and Tidewell."
    )


def test_a_person_with_a_title_in_a_list_is_no_company() -> None:
    assert _names("Partners include Mr Chen and Ms Wong.") == []
    assert _names("Investors include Dr Lanfield and Mr Qiao.") == []


def test_a_brand_of_two_words_that_opened_something_is_a_company() -> None:
    assert _names("Tianyi Logistics opened a warehouse in the port area.") == [
        ("organisations", "Tianyi Logistics")
    ]
    assert _names("Qiaoyun Foods has opened a plant in Vietnam.") == [("organisations", "Qiaoyun Foods")]


@pytest.mark.parametrize(
    "text",
    ["Lanhai opened a new port last year.", "Zhang Wei opened a shop in 2010.", "Mary Chan opened a bakery."],
)
def test_a_place_or_a_person_that_opened_something_is_no_company(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    ["Trains run from Lanhai City Center to the airport.", "Shops in Qiaoyun Town Centre reopened."],
)
def test_a_city_or_town_centre_is_a_place(text: str) -> None:
    assert _names(text) == []


def test_a_centre_named_after_a_city_is_still_a_name() -> None:
    assert _names("The Lanhai City Innovation Center opened in May.") == [
        ("projects", "Lanhai City Innovation Center")
    ]


@pytest.mark.parametrize(
    "text", ["Media Center", "Investor Relations Centre", "Download Center", "Help Center"]
)
def test_a_web_section_named_as_a_centre_is_no_body(text: str) -> None:
    assert _names(text) == []


def test_a_media_centre_of_a_place_is_a_body() -> None:
    assert _names("The Qiaoyun County Media Center reported the flood.") == [
        ("organisations", "Qiaoyun County Media Center")
    ]
