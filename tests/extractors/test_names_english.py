"""English organisation and project names: classes beyond a run ending in a head word."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.extractors.names.find import is_acronym_of


def _names(text: str) -> list[tuple[str, str]]:
    """(table, name) of every organisation and project found in `text`."""
    return [
        (record.table, record.raw_text)
        for record in pipeline.extract(text)
        if record.table in ("organisations", "projects")
    ]


def _aliases(text: str) -> set[tuple[str, str | None]]:
    return {
        (record.raw_text, record.alias_of)
        for record in pipeline.extract(text)
        if record.table == "organisations" and record.alias_of
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Macao's Culture, Tourism and Sports Bureau said so.", "Culture, Tourism and Sports Bureau"),
        (
            "The Innovation, Science and Trade Office of Lishui met.",
            "Innovation, Science and Trade Office of Lishui",
        ),
        ("We met the Ministry of Housing, Transport and Water.", "Ministry of Housing, Transport and Water"),
    ],
)
def test_a_list_of_portfolios_with_commas_is_one_name(text: str, name: str) -> None:
    assert ("organisations", name) in _names(text)


def test_names_after_a_comma_that_are_no_portfolios_stay_apart() -> None:
    found = _names("Loans from the Ministry of Finance, Lenovo and Haier Group rose.")
    assert ("organisations", "Ministry of Finance") in found
    assert not any("," in name for _table, name in found)


def test_a_lower_case_body_goes_on_with_its_portfolio_only() -> None:
    assert _names("The Hunan provincial department of science and technology said so.") == [
        ("organisations", "Hunan provincial department of science and technology")
    ]
    assert _names("The Hunan provincial department of the city said so.") == [
        ("organisations", "Hunan provincial department")
    ]


def test_a_province_first_in_a_sentence_starts_a_lower_case_body() -> None:
    assert _names("Gansu provincial government approved the plan.") == [
        ("organisations", "Gansu provincial government")
    ]
    assert _names("Building a platform is hard.") == []


def test_a_head_before_its_possessive_ends_the_name() -> None:
    assert _names("the Qujing Municipal Government's budget rose") == [
        ("organisations", "Qujing Municipal Government")
    ]
    assert _names("The Committee's report came out.") == []


def test_an_adverb_before_the_is_no_part_of_the_name() -> None:
    assert _names("Meanwhile the Jiangxi Council for the Promotion of Trade said so.") == [
        ("organisations", "Jiangxi Council for the Promotion of Trade")
    ]


def test_a_route_from_one_place_to_another_is_two_names() -> None:
    found = _names("Buses from Binjiang Sports Center to Xiaoshan International Airport run daily.")
    assert ("organisations", "Binjiang Sports Center") in found
    assert ("projects", "Xiaoshan International Airport") in found


def test_a_lower_case_tail_stops_at_a_verb_a_count_or_inside_a_number() -> None:
    assert _names("Lishui and Quzhou each secured one project.") == []
    assert _names("It is a 4.5-billion-yuan project.") == []
    assert _names("It expanded the Zhoushan green petrochemical base.") == [
        ("projects", "Zhoushan green petrochemical base")
    ]


def test_an_owners_place_and_a_kind_of_owner_are_left_out() -> None:
    found = _names("It signed with Malaysia's Selatan Rail Sdn Bhd.")
    assert ("organisations", "Selatan Rail Sdn Bhd") in found
    assert _names("State-owned Minjiang Salt Corporation sold land.") == [
        ("organisations", "Minjiang Salt Corporation")
    ]


def test_legislatures_and_exchanges_are_organisations() -> None:
    assert _names("The Shaanxi Provincial People's Congress met.") == [
        ("organisations", "Shaanxi Provincial People's Congress")
    ]
    assert _names("It listed on the Nanhai Stock Exchange.") == [("organisations", "Nanhai Stock Exchange")]
    assert _names("Foreign exchange reserves grew.") == []


def test_a_quoted_short_form_in_brackets_is_declared_whatever_its_letters() -> None:
    text = "Tianmu Precision Industry Group (“Tianmu”) said so. Tianmu grew."
    assert ("Tianmu", "Tianmu Precision Industry Group") in _aliases(text)
    assert _aliases("Shares of Pingshan Cable Group (Shenzhen) rose. Shenzhen grew.") == set()


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("MOFA", "Ministry of Foreign Affairs", True),
        ("MFA", "Ministry of Foreign Affairs", True),
        ("CCPIT", "China Council for the Promotion of International Trade", True),
        ("OFA", "Ministry of Foreign Affairs", False),
    ],
)
def test_an_acronym_may_hold_a_connectors_initial(acronym: str, name: str, expected: bool) -> None:
    assert is_acronym_of(acronym, name) is expected


def test_an_ordinal_begins_a_plan_or_an_event() -> None:
    assert _names("Goals of the 16th Five-Year Plan were set.") == [("projects", "16th Five-Year Plan")]
    assert _names("It sits on the 3rd floor.") == []


def test_a_bracketed_place_inside_a_name_belongs_to_it() -> None:
    assert _names("Firms in the China (Guangxi) Pilot Free Trade Zone grew.") == [
        ("projects", "China (Guangxi) Pilot Free Trade Zone")
    ]
    assert _names("Shares of Donghai Cable Group (Shenzhen) rose.") == [
        ("organisations", "Donghai Cable Group")
    ]


def test_companies_coordinated_with_an_acting_one_act_too() -> None:
    assert _names("The zone partnered with Hexin, Lanyue and Qiming on AI.") == [
        ("organisations", "Hexin"),
        ("organisations", "Lanyue"),
        ("organisations", "Qiming"),
    ]
    assert _names("Hexin, Lanyue and Qiming have invested in the port.") == [
        ("organisations", "Hexin"),
        ("organisations", "Lanyue"),
        ("organisations", "Qiming"),
    ]
    # two names before the verb: the first may be a person; a title or a place ends the list
    assert _names("Zhou Ping and Hexin signed the deal.") == [("organisations", "Hexin")]
    assert _names("Governor Lin, Hexin and Lanyue signed the deal.") == [("organisations", "Lanyue")]


def test_well_known_bodies_are_named_by_their_acronym_as_a_whole_word() -> None:
    assert _names("The MIIT and the WTO said so.") == [("organisations", "MIIT"), ("organisations", "WTO")]
    assert _names("The MIITS index and WTOs rose.") == []


def test_a_head_first_before_other_words_is_a_modifier() -> None:
    assert _names("Railway Exports") == []
    assert _names("Our Biotech Journey") == []
    assert _names("Bank of Ningbo said") == [("organisations", "Bank of Ningbo")]
    assert _names("trains on the Hefei-Anqing Railway run daily") == [("projects", "Hefei-Anqing Railway")]


def test_a_name_owning_another_is_a_name_of_its_own() -> None:
    assert _names("the Minhang Science Park's Xinzhuang Park grew") == [
        ("projects", "Minhang Science Park"),
        ("projects", "Xinzhuang Park"),
    ]
    found = _names("the Xiamen Children's Hospital opened")
    assert found == [("organisations", "Xiamen Children's Hospital")]


def test_what_only_a_company_has_before_of_names_a_company_and_places_act_as_no_company() -> None:
    found = _names("Lanshan Dairy, a subsidiary of Hengyuan Foods, opened.")
    assert ("organisations", "Hengyuan Foods") in found
    assert _names("He is the founder of the Hangzhou Silk Museum.") == []
    assert _names("the expansion project of Xiangcheng District") == []
    assert _names("Last year Xiangcheng District signed 40 projects.") == []


def test_a_city_named_by_one_word_is_a_place_not_a_park() -> None:
    assert _names("The new port is in the north of Haifeng City.") == []
    found = _names("The Nanhu Future Science City opened in May.")
    assert found == [("projects", "Nanhu Future Science City")]


def test_a_bay_area_is_a_park() -> None:
    assert _names("Exports from the Fujian-Taiwan Greater Bay Area grew.") == [
        ("projects", "Fujian-Taiwan Greater Bay Area")
    ]
