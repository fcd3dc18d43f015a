"""English towers, plazas, malls and hotels that are built or opened are facilities, never companies."""

from __future__ import annotations

import pytest

import pipeline


def _names(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.table, text[m.start : m.end], m.rule_id)
        for m in pipeline.extract(text)
        if m.table in ("organisations", "projects")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Construction of the Lanfeng Tower began in March.", "Lanfeng Tower"),
        ("Harbourview Plaza opened its doors to shoppers on Saturday.", "Harbourview Plaza"),
        ("The 68-storey Qiaohai Tower will open next year.", "Qiaohai Tower"),
        ("The Haiyun Grand Hotel, with 400 rooms, opened on Friday.", "Haiyun Grand Hotel"),
        ("The company plans to open Lanhai Mall in 2027.", "Lanhai Mall"),
        ("Tianhe Towers was completed in 2019.", "Tianhe Towers"),
        ("The Kwun Lok Estate was built in the 1970s.", "Kwun Lok Estate"),
        ("Lanhai's Qiaoyun Tower topped out in May.", "Qiaoyun Tower"),
        ("On Monday Harbourview Plaza opened its doors.", "Harbourview Plaza"),
    ],
)
def test_a_building_built_or_opened_is_a_facility(text: str, name: str) -> None:
    assert _names(text) == [("projects", name, "projects:building_en")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Work on the Qiaoyun Plaza Phase II started last month.", "Qiaoyun Plaza Phase II"),
        ("The Qiaoyun Mall Phase 2 opened on Saturday.", "Qiaoyun Mall Phase 2"),
        ("Jinsha Phase III broke ground on Monday.", "Jinsha Phase III"),
    ],
)
def test_a_phase_belongs_to_the_building(text: str, name: str) -> None:
    assert _names(text) == [("projects", name, "projects:building_en")]


def test_a_centre_with_its_phase_that_is_completed_is_a_facility() -> None:
    text = "Lanqiao International Center Phase III will be completed by 2026."
    assert _names(text) == [
        ("projects", "Lanqiao International Center Phase III", "projects:built_centre_en")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We met at the Haiyun Grand Hotel on Friday.",
        "Lanfeng Tower is 300 metres tall.",
        "The group will build a Hilton Hotel in every city.",
        "He invested in Lanhai Real Estate last year.",
        "Lanmei Phase III trials started in May.",
        "The drug entered Phase III trials.",
        "Shares of Qiaoyun Hotel rose 5 percent.",
    ],
)
def test_a_building_neither_built_nor_opened_is_no_project(text: str) -> None:
    assert not [name for name in _names(text) if name[0] == "projects"]


@pytest.mark.parametrize(
    "text",
    [
        "Riverside Mall is expected to open in the autumn.",
        "The 68-storey Qiaohai Tower will open next year.",
        "Jinsha Phase III will open in 2027.",
    ],
)
def test_a_building_never_acts_as_a_company(text: str) -> None:
    assert not [name for name in _names(text) if name[0] == "organisations"]


def test_an_island_of_one_word_after_an_owner_is_a_place() -> None:
    assert _names("A dairy plant opened in Qiaoyun's North Island in May.") == []
    assert _names("Firms on Lanhai's Qiaoyun Science Island grew.") == [
        ("projects", "Qiaoyun Science Island", "projects:park_en")
    ]


def test_a_building_that_opens_something_is_no_facility_being_opened() -> None:
    assert _names("Harbourview Plaza opened a food court on its roof.") == []
