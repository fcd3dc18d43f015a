"""English name classes of regional and bilingual news pages.

An acronym in brackets built from the parts of a hyphenated word and a whole
last word (SLEXPO of Sino-Lanhai Expo) is the name's short form; a company
named after a gulf, a bay or a sea is not named again by that place; and
"on the" after a body's head, before a programme, names the body and the
programme each. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.extractors.names.find import is_acronym_of


def _names(text: str, table: str) -> list[tuple[str, str | None]]:
    return [(m.raw_text, m.alias_of) for m in pipeline.extract(text) if m.table == table]


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("SLEXPO", "8th Sino-Lanhai Expo"),
        ("CAFAIR", "Qiaoyun China-Africa Fair"),
        ("LQTS", "Lanhai-Qiaoyun Trade Show"),
    ],
)
def test_acronym_of_hyphenated_parts(acronym, name):
    assert is_acronym_of(acronym, name)


def test_acronym_of_hyphenated_parts_keeps_a_foreign_word_out():
    assert not is_acronym_of("OFA", "Ministry of Foreign Affairs")


def test_event_acronym_of_hyphenated_parts_is_an_alias():
    text = "The 8th Sino-Lanhai Expo (SLEXPO) opened on Monday.\nSLEXPO drew 300 firms from 20 countries."
    assert ("SLEXPO", "8th Sino-Lanhai Expo") in _names(text, "projects")


@pytest.mark.parametrize("place", ["Gulf", "Bay", "Sea", "Strait"])
def test_company_named_after_the_sea_is_not_named_by_it(place):
    text = f"Lanhai {place} Port Group said volumes rose.\nShips sail from Qiaoyun to the Lanhai {place}."
    organisations = _names(text, "organisations")
    assert (f"Lanhai {place} Port Group", None) in organisations
    assert not any(name == f"Lanhai {place}" for name, _ in organisations)


def test_body_on_the_lowercase_initiative():
    text = "The council heard a report from the Lanhai Transport Office on the Smart Harbour initiative."
    assert ("Lanhai Transport Office", None) in _names(text, "organisations")
    assert [name for name, _ in _names(text, "projects")] == ["Smart Harbour initiative"]


def test_body_on_the_capitalised_plan():
    text = "The Qiaoyun Marine Bureau on the Clean Harbour Plan said it would act."
    assert ("Qiaoyun Marine Bureau", None) in _names(text, "organisations")
    assert [name for name, _ in _names(text, "projects")] == ["Clean Harbour Plan"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Qiaoyun Commission on the Status of Migrants met in March.",
            "Qiaoyun Commission on the Status of Migrants",
        ),
        ("The Lanhai Committee on the Elderly met on Friday.", "Lanhai Committee on the Elderly"),
    ],
)
def test_body_on_its_remit_stays_one_name(text, name):
    assert [found for found, _ in _names(text, "organisations")] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Norway's Ødegård secured a 500 MW lease.", "Ødegård"),
        ("Élan Lanhai signed a supply deal with the city.", "Élan Lanhai"),
        ("Shares of Société Lanhai Group rose 3 percent.", "Société Lanhai Group"),
        ("Shares of Nestlé Lanhai Co rose.", "Nestlé Lanhai Co"),
    ],
)
def test_names_in_their_own_latin_spelling(text, name):
    assert [found for found, _ in _names(text, "organisations")] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Qiaoyun Square redevelopment will be finished by 2028.", "Qiaoyun Square redevelopment"),
        ("Work on the Lanhai Pier regeneration began in May.", "Lanhai Pier regeneration"),
    ],
)
def test_site_before_lowercase_renewal(text, name):
    assert [found for found, _ in _names(text, "projects")] == [name]


@pytest.mark.parametrize(
    "text", ["Urban redevelopment has slowed across the city.", "Lanhai's redevelopment has slowed."]
)
def test_renewal_of_nothing_named(text):
    assert _names(text, "projects") == []


def test_party_named_alone_elsewhere_is_split_from_the_next():
    text = (
        "Lanhai Power Co. (Lanpower) said demand rose.\n"
        "Norvind secured 900 MW, while Lanhai's Lanpower and Qiaoyun Wind Partners (QWP) each won 600 MW."
    )
    organisations = {(name, alias) for name, alias in _names(text, "organisations")}
    assert ("Qiaoyun Wind Partners", None) in organisations
    assert ("QWP", "Qiaoyun Wind Partners") in organisations
    assert not any(" and " in name for name, _ in organisations)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Century Lanhai and Steel Industrial Co. will expand.", "Century Lanhai and Steel Industrial Co."),
        (
            "Lanhai Iron and Steel Works Co. will expand.\nLanhai Iron said so.",
            "Lanhai Iron and Steel Works Co.",
        ),
    ],
)
def test_name_with_and_stays_whole_when_nothing_names_its_first_part(text, name):
    assert name in [found for found, _ in _names(text, "organisations")]
