"""English organisation and project names: classes beyond a run ending in a head word."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    assert ("projects", "Binjiang Sports Center") in found
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
        ("LANTRA", "Lanhai External Trade Council", True),
        ("ASTR", "Qiantang Applied Science and Technology Research Institute", True),
        ("AST", "Qiantang Applied Science and Technology Institute", False),
        ("LXQ", "Lanhai Trade Council", False),
    ],
)
def test_an_acronym_may_hold_a_connectors_initial_or_the_beginnings_of_words(
    acronym: str, name: str, expected: bool
) -> None:
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
    # two names before the verb: the first may be a person, unless it is one word that is
    # no surname nor given name; a title or a place ends the list
    assert _names("Zhou Ping and Hexin signed the deal.") == [("organisations", "Hexin")]
    assert _names("Lin and Hexin signed the deal.") == [("organisations", "Hexin")]
    assert _names("Qiantel and Hexin signed the deal.") == [
        ("organisations", "Qiantel"),
        ("organisations", "Hexin"),
    ]
    assert _names("Governor Lin, Hexin and Lanyue signed the deal.") == [
        ("organisations", "Hexin"),
        ("organisations", "Lanyue"),
    ]


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
    # (a museum is a venue: a project, not a company)
    assert _names("He is the founder of the Hangzhou Silk Museum.") == [("projects", "Hangzhou Silk Museum")]
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


def test_a_persons_title_after_the_head_ends_the_name() -> None:
    assert _names("Qiaoyun Motors CEO Fang Li said sales rose.") == [("organisations", "Qiaoyun Motors")]
    assert _names("The Office of the Chief Executive replied.") == [
        ("organisations", "Office of the Chief Executive")
    ]


def test_an_office_between_a_company_and_a_person_names_the_company() -> None:
    assert _names("Lanfeng Chairman Zhou Ping said orders doubled.") == [("organisations", "Lanfeng")]
    assert _names("The KDPC's Chief Economist Hu Yan expects growth.") == [("organisations", "KDPC")]
    assert _names("Jiangling SAR Chief Executive Lo Man spoke.") == []
    assert _names("Sales Director Wu Fan spoke.") == []


def test_an_acronym_that_speaks_or_acts_is_an_organisation() -> None:
    assert _names("Exports will grow, the KDPC said on Monday.") == [("organisations", "KDPC")]
    assert _names("KDPC Launches New Quarterly Survey") == [("organisations", "KDPC")]
    assert _names("The GDP said to grow fell.") == []
    assert _names("Officials of Lanhai SAR said so.") == []


def test_a_lone_head_word_before_and_is_a_modifier_of_the_name_after() -> None:
    assert _names("The Securities and Futures Bureau fined Qiaoyun Group.") == [
        ("organisations", "Securities and Futures Bureau"),
        ("organisations", "Qiaoyun Group"),
    ]
    assert _names("Biotech and Pharma stocks fell.") == []
    assert _names("Haotian Sensors Co., Ltd and Delong Optics Limited bid.") == [
        ("organisations", "Haotian Sensors Co., Ltd"),
        ("organisations", "Delong Optics Limited"),
    ]


def test_a_possessive_that_is_a_word_of_the_name_is_kept() -> None:
    assert _names("The People's Bank of Lanhai cut rates.") == [("organisations", "People's Bank of Lanhai")]
    assert _names("Ningbo's Meishan Special Area grew.") == [("projects", "Meishan Special Area")]


def test_parties_news_agencies_and_corp_are_organisations() -> None:
    assert _names("The Lanhai Democratic Party won seats.") == [("organisations", "Lanhai Democratic Party")]
    assert _names("A KMT lawmaker asked.") == [("organisations", "KMT")]
    assert _names("Shares of Lanmei Chip Corp fell.") == [("organisations", "Lanmei Chip Corp")]
    kinds = [
        r.org_kind
        for r in pipeline.extract("The Qiantang News Agency reported it.")
        if r.table == "organisations"
    ]
    assert kinds == ["company"]


def test_where_a_company_is_based_or_listed_shows_a_company_and_is_left_out() -> None:
    assert _names("Shenzhen-based Qiaoyun unveiled a robot.") == [("organisations", "Qiaoyun")]
    assert _names("Hong Kong-listed Lanmei Bio rose 5 percent.") == [("organisations", "Lanmei Bio")]
    assert _names("Shanghai-based Qiaoyun Robotics Group grew.") == [
        ("organisations", "Qiaoyun Robotics Group")
    ]


def test_shares_of_a_name_are_a_companys() -> None:
    assert _names("Shares of Qiaoyun rose 3 percent.") == [("organisations", "Qiaoyun")]
    assert _names("Shares of Chinese firms fell.") == []


def test_a_platform_or_centre_that_acts_is_a_body_and_one_that_opens_a_facility() -> None:
    assert _names("The Qiaoyun Innovation Platform signed a deal.") == [
        ("organisations", "Qiaoyun Innovation Platform")
    ]
    assert _names("The Lanhai Innovation Center, set up in 2019, has launched a fund.") == [
        ("organisations", "Lanhai Innovation Center")
    ]
    assert _names("The Lanhai Innovation Center opened in May.") == [("projects", "Lanhai Innovation Center")]


def test_plants_of_heavy_industry_are_facilities() -> None:
    assert _names("The Qiaoyun Wind Farm was connected.") == [("projects", "Qiaoyun Wind Farm")]
    assert _names("The Lanhai Refinery resumed output.") == [("projects", "Lanhai Refinery")]


def test_the_city_a_park_lies_in_is_no_part_of_its_name() -> None:
    assert _names("Workers at the Lanhai Hi-Tech Zone of Qiaoyun City rose.") == [
        ("projects", "Lanhai Hi-Tech Zone")
    ]
    assert _names("The Industrial Park of Lanhai County opened.") == [
        ("projects", "Industrial Park of Lanhai County")
    ]
    assert _names("The Administrative Committee of Lanhai Development Zone said.") == [
        ("organisations", "Administrative Committee of Lanhai Development Zone")
    ]


def test_an_event_named_by_an_acronym_joined_to_its_year() -> None:
    assert _names("Welcome to LNBIO2025, the region's biotech fair.") == [("projects", "LNBIO2025")]
    assert _names("Cases of COVID2019 fell.") == []
    assert _names("The model LX2025A sold well.") == []


def test_a_customs_office_is_named_by_its_place() -> None:
    assert _names("Qiantang Customs said imports rose.") == [("organisations", "Qiantang Customs")]
    assert _names("Customs data showed a rise.") == []


def test_documents_that_are_signed_and_things_that_open_are_no_companies() -> None:
    assert _names("The MOU signed in May covers five projects.") == []
    assert _names("The Lanhai Museum opened in May.") == [("projects", "Lanhai Museum")]
    assert _names("The LNIE opened on Monday.") == []


def test_an_officer_of_a_company_before_of_names_it() -> None:
    assert _names("Fang Li, CEO of Qiaoyun, said sales rose.") == [("organisations", "Qiaoyun")]
    assert _names("Lanmei Bio posted a net profit.") == [("organisations", "Lanmei Bio")]


def test_a_compound_head_first_continued_by_of_is_a_name() -> None:
    assert _names("Guests of the Annual Meeting of the Lanhai Robotics Alliance came.") == [
        ("projects", "Annual Meeting of the Lanhai Robotics Alliance")
    ]
    assert _names("Annual Meeting Agenda") == []


def test_competitions_data_centres_and_initiatives_are_projects() -> None:
    assert _names("The Lanhai Innovation Competition drew 300 teams.") == [
        ("projects", "Lanhai Innovation Competition")
    ]
    assert _names("The Lanhai Big Data Center stores records.") == [("projects", "Lanhai Big Data Center")]
    assert _names("The Lanhai Big Data Center said it would hire.") == [
        ("organisations", "Lanhai Big Data Center")
    ]
    assert _names("The Silk and Tea Road initiative drew investors.") == [
        ("projects", "Silk and Tea Road initiative")
    ]
    assert _names("Video Games sales rose.") == []


def test_laws_and_acts_are_policies_and_law_firms_companies() -> None:
    assert _names("The Chip Industry Act took effect.") == [("projects", "Chip Industry Act")]
    assert _names("lawyers of the Qiaoyun Law Firm said") == [("organisations", "Qiaoyun Law Firm")]
    assert _names("The Act took effect.") == []


def test_airlines_and_holdings_are_companies_and_incubators_facilities() -> None:
    assert _names("Flights of Lanhai Airlines rose.") == [("organisations", "Lanhai Airlines")]
    assert _names("Exports to Major Trading Partners Rise") == []
    assert _names("the Lanhai Startup Incubator grew") == [("projects", "Lanhai Startup Incubator")]


def test_what_a_company_owns_said_is_or_was_founded_shows_a_company() -> None:
    assert _names("Lanmei's new plant in Suzhou opened.") == [("organisations", "Lanmei")]
    assert _names("Output at Sichuan's new factories rose.") == []
    assert _names("Lanmei is a leading biotech firm.") == [("organisations", "Lanmei")]
    assert _names("Shenzhen is a major exporter of drones.") == []
    assert _names("Zhou Ping is a company founder.") == []
    assert _names("Lanmei, which was founded in 2010, has grown.") == [("organisations", "Lanmei")]
    assert _names("He founded Lanmei in 2010.") == []


def test_a_kind_of_officer_before_the_office_is_no_company() -> None:
    assert _names("Former CEO Zhou Ping spoke.") == []
    assert _names("Board Chairman Zhou Ping spoke.") == []
    assert _names("Lanfeng Founder and CEO Zhou Ping spoke.") == [("organisations", "Lanfeng")]


def test_well_known_statistics_research_and_hong_kong_bodies_by_their_short_form() -> None:
    assert _names("Data from the NBS showed output rose.") == [("organisations", "NBS")]
    assert _names("Lawmakers in LegCo passed the bill.") == [("organisations", "LegCo")]
    assert _names("Scientists of the CAS found a new alloy.") == [("organisations", "CAS")]
    assert _names("The CASE study found.") == []


def test_taiwans_branches_of_government_are_bodies_and_yuan_alone_money() -> None:
    assert _names("The Executive Yuan approved the plan.") == [("organisations", "Executive Yuan")]
    assert _names("It cost 20 billion Yuan.") == []


def test_the_firm_an_analyst_works_for_is_a_company() -> None:
    assert _names("said Chen Yu, a senior analyst with Lanhai Research.") == [
        ("organisations", "Lanhai Research")
    ]
    assert _names("Economists at Qiaoyun expect a rebound.") == [("organisations", "Qiaoyun")]
    assert _names("Analysts in Shanghai expect a rebound.") == []
    assert _names("An analyst at Beijing spoke.") == []


def test_a_name_numbered_after_its_place_keeps_the_place_and_the_number() -> None:
    assert _names("Lanhai No. 1 People's Hospital opened.") == [
        ("organisations", "Lanhai No. 1 People's Hospital")
    ]
    assert _names("He lives at No. 5 Lanhai Road.") == []


def test_after_the_head_only_a_phase_a_number_or_a_legal_form_goes_on() -> None:
    assert _names("Lanhai Science City Opens") == [("projects", "Lanhai Science City")]
    assert _names("Lanhai Airport Terminal 3 opened.") == [("projects", "Lanhai Airport Terminal 3")]
    assert _names("The Qiaoyun Bridge Phase II opened.") == [("projects", "Qiaoyun Bridge Phase II")]
    assert _names("Annual Meeting Agenda") == []


def test_a_report_is_a_policy_document() -> None:
    assert _names("the 2023 Lanhai Biotech Cluster Innovation Index Report came out") == [
        ("projects", "2023 Lanhai Biotech Cluster Innovation Index Report")
    ]


def test_a_headlines_verb_in_title_case_ends_a_name() -> None:
    assert _names("Lanhai Seeks Investors for New Export Park") == [("projects", "New Export Park")]
    assert _names("The Lanhai Development Plans Office said.") == [
        ("organisations", "Lanhai Development Plans Office")
    ]


def _screened_patterns():
    from pipeline.extractors.names.rules import compile_name_rules
    from tests.conftest import RULES

    rules = RULES.compiled(compile_name_rules)
    return [
        rules.english_acting_before,
        *rules.english_acting_described,
        rules.english_acting_after,
        rules.english_known_pattern,
        rules.english_acronym_pattern,
    ]


SCREEN_PIECES = [
    "Lanmei",
    "Qiaoyun Tech",
    "KDPC",
    "NDRC",
    "WTO",
    " signed",
    " will",
    " plans to",
    " invest",
    " build",
    " said",
    " Launches",
    "carmaker ",
    ", a ",
    "firm",
    "-based ",
    " partnered",
    " with ",
    " and ",
    "'s",
    " the ",
    "2025",
    " ",
    ".",
    "Shenzhen",
    "cooperated",
    "maker",
]


def test_every_screened_name_pattern_has_a_screen():
    assert all(screened.screen is not None for screened in _screened_patterns())


@given(st.lists(st.sampled_from(SCREEN_PIECES), max_size=14).map("".join))
def test_screened_name_patterns_find_what_the_patterns_alone_find(text):
    for screened in _screened_patterns():
        expected = [match.span() for match in screened.pattern.finditer(text)]
        assert [match.span() for match in screened.finditer(text)] == expected


def test_a_line_without_a_company_verb_skips_the_pattern_and_one_with_it_finds_the_name():
    before = _screened_patterns()[0]
    assert before.screen.search("Lanmei Bio held a meeting on Monday.") is None
    assert [match.group("name") for match in before.finditer("Lanmei Bio signed a deal.")] == ["Lanmei Bio"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hong Kong's Trade Promotion Agency said exports rose.", "Trade Promotion Agency"),
        ("Inner Mongolia's Qiaoyun Dairy Group opened a plant.", "Qiaoyun Dairy Group"),
        ("South Korea's Lanmei Shipping signed a deal.", "Lanmei Shipping"),
    ],
)
def test_an_owner_of_several_words_is_no_part_of_the_name(text: str, name: str) -> None:
    assert ("organisations", name) in _names(text)
    assert not any("'s" in found for _table, found in _names(text))


def test_a_possessive_that_is_a_word_of_the_name_stays() -> None:
    assert ("organisations", "Lanhai Women's Federation") in _names("The Lanhai Women's Federation met.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lanmei Robotics (688123.SH) rose 5 percent.", "Lanmei Robotics"),
        ("Qiaoyun (NASDAQ: QYN) reported higher sales.", "Qiaoyun"),
        ("Lanhai Qiaoyun Sensor Technology (300123.SZ) rose.", "Lanhai Qiaoyun Sensor Technology"),
        ("Shares of Lanhai Auto (HKEX: 2288, SSE: 601288) fell.", "Lanhai Auto"),
    ],
)
def test_a_name_before_its_stock_code_is_a_company(text: str, name: str) -> None:
    assert ("organisations", name) in _names(text)


def test_years_in_brackets_are_no_stock_code() -> None:
    assert ("organisations", "Lanhai Bridge") not in _names(
        "The Lanhai Bridge (2019-2023) cost 2 billion yuan."
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Healthy Lanhai 2030 plan aims to improve care.", "Healthy Lanhai 2030 plan"),
        (
            "The Lanhai Biomedical Industry Development plan was issued.",
            "Lanhai Biomedical Industry Development plan",
        ),
        ("The Dual Carbon strategy guides policy.", "Dual Carbon strategy"),
    ],
)
def test_a_plan_or_strategy_closes_a_name_of_several_capitalised_words(text: str, name: str) -> None:
    assert ("projects", name) in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Lanhai plan to cut emissions was approved.",
        "Lanhai's development plan was approved in May.",
        "China's plan to build more ports was approved.",
        "Lanhai's new project was approved.",
        "Lanhai Group's growth strategy worked.",
    ],
)
def test_a_place_or_an_owner_before_a_plan_names_no_project(text: str) -> None:
    assert not [name for table, name in _names(text) if table == "projects"]


def test_a_news_agency_is_an_organisation() -> None:
    assert ("organisations", "Xinhua") in _names("LANHAI, May 3 (Xinhua) -- Output rose.")
    assert ("organisations", "Reuters") in _names("Exports rose 5 percent, Reuters reported.")


def test_a_company_shown_once_is_that_company_wherever_it_is_named_again() -> None:
    found = _names("Qiaoyun, a Lanhai-based drone maker, opened a plant. Sales at Qiaoyun doubled.")
    assert found.count(("organisations", "Qiaoyun")) == 2


def test_a_name_used_as_a_place_or_a_modifier_is_not_repeated() -> None:
    assert (
        _names("Officials in Lanhai unveiled a plan. Investors flocked to Lanhai.").count(
            ("organisations", "Lanhai")
        )
        <= 1
    )
    found = _names("Qiaoyun signed a deal. Flights at Qiaoyun Airport rose. Qiaoyun grew.")
    assert found.count(("organisations", "Qiaoyun")) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lanhai Medical University's Second Hospital treated 200 people.", "Lanhai Medical University"),
        ("Qiaoyun Pharmaceutical Group's unit Lanmei Bio said so.", "Qiaoyun Pharmaceutical Group"),
    ],
)
def test_an_owner_ends_at_its_last_head_before_the_possessive(text: str, name: str) -> None:
    assert ("organisations", name) in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lanmei opened its China headquarters in Qiaoyun.", "Lanmei"),
        ("Qiaoyun has set up its first overseas plant.", "Qiaoyun"),
        ("Founded in 2012, Hexin makes surgical robots.", "Hexin"),
        ("Lanmei, headquartered in Qiaoyun, makes chips.", "Lanmei"),
        ("Shares of Lanhe & Qiao rose.", "Lanhe & Qiao"),
    ],
)
def test_what_only_a_company_does_or_is_shows_a_company(text: str, name: str) -> None:
    assert ("organisations", name) in _names(text)


@pytest.mark.parametrize(
    "text", ["Lanhai opened its doors to visitors.", "Lanhai has set up its first innovation center."]
)
def test_a_place_opening_what_it_has_is_no_company(text: str) -> None:
    assert not [name for table, name in _names(text) if table == "organisations"]


def test_a_company_office_in_lower_case_is_no_project() -> None:
    assert not [
        name for table, name in _names("Lanmei opened its China headquarters.") if table == "projects"
    ]


def test_what_a_company_makes_goes_on_after_its_trade() -> None:
    assert ("organisations", "Qiaoyun Medical Technology") in _names("Qiaoyun Medical Technology said so.")
    assert ("projects", "Lanhai Medical Equipment City") in _names(
        "The Lanhai Medical Equipment City opened."
    )


def test_a_headline_preposition_ends_a_name() -> None:
    found = _names("Biotech Firms Flock To Lanhai Park")
    assert ("projects", "Lanhai Park") in found
    assert not any("Firms" in name for _table, name in found)


@pytest.mark.parametrize(
    "text", ["Lanhai Party Secretary Li Ming visited.", "The Lanhai Party chief visited."]
)
def test_a_party_title_names_no_party(text: str) -> None:
    assert _names(text) == []


def test_the_party_committee_is_still_a_body() -> None:
    assert _names("The Lanhai Party Committee met.") == [("organisations", "Lanhai Party Committee")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Director of the Lanhai Bureau of Commerce Li Ming said so.", "Lanhai Bureau of Commerce"),
        ("Head of the Qiaoyun Chamber of Commerce Zhou Yuan-hua said so.", "Qiaoyun Chamber of Commerce"),
    ],
)
def test_an_official_named_after_the_body_is_no_part_of_it(text: str, name: str) -> None:
    assert _names(text) == [("organisations", name)]


def test_a_place_after_of_stays_in_the_name() -> None:
    assert _names("The Development Bank of Lanhai Qiaoyun said so.") == [
        ("organisations", "Development Bank of Lanhai Qiaoyun")
    ]


def test_an_acronym_in_brackets_before_the_head_is_inside_the_name() -> None:
    assert _names("The Lanhai Special Region (LSR) Government said so.") == [
        ("organisations", "Lanhai Special Region (LSR) Government")
    ]


def test_brackets_that_are_no_acronym_of_the_words_before_stay_out() -> None:
    assert not any("(" in name for _table, name in _names("Shares of Lanhai Auto (HKEX) Group rose."))


def test_a_tourism_board_is_a_body_and_a_board_alone_is_not() -> None:
    assert _names("The Qiaoyun Tourism Board said so.") == [("organisations", "Qiaoyun Tourism Board")]
    assert _names("The Board of Directors approved the deal.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The round was led by Qiaoyun Capital.", "Qiaoyun Capital"),
        ("The round was joined by Lanmei Partners.", "Lanmei Partners"),
        ("Lanmei Partners invested in the round.", "Lanmei Partners"),
        ("Lanmei Harbour Partners joined the round.", "Lanmei Harbour Partners"),
        ("Shares of Lanhai Steel fell.", "Lanhai Steel"),
        ("The fund was backed by Blue Harbour Capital last year.", "Blue Harbour Capital"),
    ],
)
def test_a_trade_shared_by_common_phrases_closes_a_brand(text: str, name: str) -> None:
    assert ("organisations", name) in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Venture Capital firms invested more.",
        "Health Insurance costs rose.",
        "The Iron and Steel Industry grew.",
        "As Patient Capital, the fund waits.",
        "Lanhai Boosts Venture Capital",
    ],
)
def test_a_common_phrase_in_capitals_is_no_company(text: str) -> None:
    assert not [name for table, name in _names(text) if table == "organisations"]


def test_where_a_company_is_listed_is_left_out_before_any_head() -> None:
    assert _names("Hong Kong-listed Lanmei Pharma rose 5 percent.") == [("organisations", "Lanmei Pharma")]


def test_a_motor_show_is_an_event() -> None:
    assert _names("The Lanhai Motor Show opened.") == [("projects", "Lanhai Motor Show")]


@pytest.mark.parametrize(
    "text",
    [
        "The city will build more Industrial Parks next year.",
        "The Spring Festival holiday boosted consumption.",
    ],
)
def test_a_holiday_or_a_plural_of_parks_is_no_project(text: str) -> None:
    assert _names(text) == []


def test_a_festival_named_by_its_place_is_an_event() -> None:
    assert _names("The Lanhai Music Festival drew fans.") == [("projects", "Lanhai Music Festival")]


def test_a_country_written_with_full_stops_leads_a_body() -> None:
    assert _names("Rules of the U.S. Commerce Department changed.") == [
        ("organisations", "U.S. Commerce Department")
    ]
    assert _names("Exports to the U.S. rose. The Lanhai Bureau of Commerce said so.") == [
        ("organisations", "Lanhai Bureau of Commerce")
    ]


def test_a_short_form_declared_after_hereinafter_is_an_alias() -> None:
    assert _aliases(
        'Lanhai Qiaoyun Medical Co., Ltd. (hereinafter referred to as "Qiaoyun") signed. Qiaoyun grew.'
    ) == {("Qiaoyun", "Lanhai Qiaoyun Medical Co., Ltd.")}


def test_a_quoted_short_form_of_two_words_is_an_alias() -> None:
    assert ("Qiaoyun Robotics", "Lanhai Qiaoyun Robotics Co., Ltd.") in _aliases(
        'Lanhai Qiaoyun Robotics Co., Ltd. ("Qiaoyun Robotics") signed. Qiaoyun Robotics grew.'
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [("QiaoGene said its drug was approved.", "QiaoGene"), ("LanXi BioTec said sales rose.", "LanXi BioTec")],
)
def test_a_brand_with_a_capital_inside_that_speaks_is_a_body(text: str, name: str) -> None:
    assert _names(text) == [("organisations", name)]


def test_a_surname_with_a_capital_inside_is_no_body() -> None:
    assert _names("McKay said the plan would work.") == []


def test_an_acronym_shown_speaking_is_that_body_again() -> None:
    found = _names("The KDPC said exports rose. Data from KDPC showed a rise.")
    assert found.count(("organisations", "KDPC")) == 2


def test_a_known_name_before_a_place_noun_is_a_place() -> None:
    assert _names("Shops on Xinhua Road reopened.") == []
    assert _names("BEIJING, May 3 (Xinhua) -- Exports rose.") == [("organisations", "Xinhua")]


def test_a_service_is_a_body_unless_a_common_phrase() -> None:
    assert _names("Data from the Statistics and Census Service showed a rise.") == [
        ("organisations", "Statistics and Census Service")
    ]
    assert _names("Customer Service improved.") == []
    assert _names("The Public Service is large.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Directorate-General of Budget, Accounting and Statistics said so.",
            "Directorate-General of Budget, Accounting and Statistics",
        ),
        ("The Lanhai Directorate General of Customs said so.", "Lanhai Directorate General of Customs"),
    ],
)
def test_a_directorate_is_a_body_with_its_portfolios(text: str, name: str) -> None:
    assert _names(text) == [("organisations", name)]


@pytest.mark.parametrize(
    "text",
    [
        "Zhou Ping announced the plan. Zhou Ping said it would help.",
        "Chen Hao unveiled a robot at the fair.",
        "Yeh Ming-hua signed the letter.",
    ],
)
def test_a_chinese_person_who_acts_is_no_company(text: str) -> None:
    assert _names(text) == []


def test_a_brand_led_by_a_surname_and_an_english_word_still_acts() -> None:
    assert _names("Lin Robotics Group signed a deal.") == [("organisations", "Lin Robotics Group")]


@pytest.mark.parametrize(
    "text",
    ["Greystone Capital invested in the plant.", "Redwood Partners signed the lease on Monday."],
)
def test_a_two_word_name_with_a_weak_head_is_a_company_by_its_verb(text: str) -> None:
    assert _names(text) == [("organisations", text.split(" ", 2)[0] + " " + text.split(" ", 2)[1])]


def test_a_weak_head_first_in_a_sentence_is_no_company_without_its_verb() -> None:
    assert _names("Greystone Capital flows fell.") == []


def test_a_news_agency_before_another_capitalised_word_is_no_agency() -> None:
    assert ("organisations", "Kyodo") not in _names("Tickets are sold at the Kyodo Bookshop.")
    assert _names("Output rose, Kyodo reported.") == [("organisations", "Kyodo")]


@pytest.mark.parametrize(
    "text",
    [
        "Laura Finch announced the merger.",
        "Peter Walsh signed the lease on Monday.",
        "Carrie Young invested in the fund.",
    ],
)
def test_a_given_name_and_a_surname_before_a_company_verb_is_a_person(text: str) -> None:
    assert _names(text) == []


def test_a_given_name_leaves_the_company_beside_it() -> None:
    assert _names("Peter Walsh and Qiaoyun signed the lease.") == [("organisations", "Qiaoyun")]


@pytest.mark.parametrize("text", ["HR said the policy would change.", "Most SMEs reported lower sales."])
def test_an_acronym_of_a_function_or_a_kind_of_firm_names_no_body(text: str) -> None:
    assert _names(text) == []


def test_a_headline_verb_after_to_begins_no_name() -> None:
    assert _names("Qiaoyun Biotech To Open Lanhai Science Park In May") == [
        ("organisations", "Qiaoyun Biotech"),
        ("projects", "Lanhai Science Park"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Two Biotech firms opened labs.", "Many Pharmaceutical firms grew.", "Ten Semiconductor makers met."],
)
def test_a_count_first_in_a_sentence_begins_no_company(text: str) -> None:
    assert _names(text) == []


def test_a_known_acronym_on_a_line_in_capitals_is_a_word() -> None:
    assert _names("WHO WILL FUND THE NEW LAB?") == []
    assert _names("Who will fund the lab, the WHO asked.") == [("organisations", "WHO")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Three Gorges Dam Company said output rose.", "Three Gorges Dam Company"),
        ("Five Star Holdings signed a lease for the tower.", "Five Star Holdings"),
        ("Seven Seas Shipping Group ordered four vessels.", "Seven Seas Shipping Group"),
        ("Two Lions Capital invested in the start-up.", "Two Lions Capital"),
    ],
)
def test_a_number_word_before_a_capitalised_name_is_its_first_word(text: str, name: str) -> None:
    assert _names(text) == [("organisations", name)]


@pytest.mark.parametrize(
    "text",
    [
        "Two Biotech firms opened labs.",
        "Three Research Institutes joined the alliance.",
        "Ten Semiconductor makers met in May.",
        "Two Chinese Firms signed deals.",
    ],
)
def test_a_number_word_counting_a_plural_noun_begins_no_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Human Capital matters more than ever.",
        "Hangzhou was founded more than 2,000 years ago.",
        "Lanhai was founded in 1100 as a river port.",
        "Real Estate posted losses in the quarter.",
        "Mainland Investors raised their holdings.",
        "Banks raised their rates.",
        "Wuhan announced new subsidies.",
        "Vietnam signed the trade pact.",
        "New Taipei announced a budget.",
    ],
)
def test_capitals_before_a_verb_are_no_company_without_more_evidence(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lanmei Tech posted a net profit of 2 billion yuan.", "Lanmei Tech"),
        ("Tesla delivered 400,000 cars.", "Tesla"),
        ("LanXi Motors Group announced a new model.", "LanXi Motors Group"),
        ("Real Estate Partners signed the lease.", "Real Estate Partners"),
        ("Lanmei, which was founded in 2010, has grown.", "Lanmei"),
        ("Lanmei Partners invested in the round.", "Lanmei Partners"),
    ],
)
def test_a_brand_a_head_or_a_signing_verb_is_evidence_enough(text: str, name: str) -> None:
    assert ("organisations", name) in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chipmaker Lanxin raised 3 billion yuan.", "Lanxin"),
        ("The company, Qiaoyun Tech, said orders doubled.", "Qiaoyun Tech"),
        ("Hexin opened a plant in Vietnam last year.", "Hexin"),
        ("Exports will recover, said the KDPC.", "KDPC"),
        ("According to the LMEA, sales rose.", "LMEA"),
        ("The LMEA cut its fees for members.", "LMEA"),
        ("The Qiantang Police Force arrested five people.", "Qiantang Police Force"),
    ],
)
def test_what_a_company_or_body_is_or_does_shows_it(text: str, name: str) -> None:
    assert _names(text) == [("organisations", name)]


@pytest.mark.parametrize(
    "text",
    [
        "The PM said the tariffs would stay.",
        "The GBA organised more routes.",
        "The Labour Force Survey is out.",
        "Lanhai opened a new museum.",
    ],
)
def test_offices_regions_and_what_any_place_opens_name_no_body(text: str) -> None:
    assert not [name for table, name in _names(text) if table == "organisations"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officials at Lanhai Hi-Tech Zone's management committee said so.",
            "Lanhai Hi-Tech Zone's management committee",
        ),
        ("GE Healthcare opened a new centre.", "GE Healthcare"),
        ("The Federation of Lanhai Industries called for relief.", "Federation of Lanhai Industries"),
        ("Zhou Ping, general manager of Lanmei, said orders doubled.", "Lanmei"),
    ],
)
def test_a_parks_body_an_acronym_led_brand_and_a_weak_word_after_the_head(text: str, name: str) -> None:
    assert ("organisations", name) in _names(text)


def test_a_parks_possessive_opens_no_project_in_lower_case() -> None:
    assert _names("Lanhai Hi-Tech Zone's new plan was released.") == [("projects", "Lanhai Hi-Tech Zone")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lanmei (China) Co., Ltd. opened an office.", "Lanmei (China) Co., Ltd."),
        ("The Qiaoyun (Hong Kong) Limited team grew.", "Qiaoyun (Hong Kong) Limited"),
        (
            "Lanmei Biotechnology (Suzhou) Co., Ltd. signed the lease.",
            "Lanmei Biotechnology (Suzhou) Co., Ltd.",
        ),
    ],
)
def test_a_companys_place_in_brackets_before_its_legal_form_belongs_to_the_name(text: str, name: str) -> None:
    assert _names(text) == [("organisations", name)]


def test_who_signs_in_the_passive_is_a_company_unless_a_person() -> None:
    assert _names("The deal was signed by Lanmei and Hexin.") == [
        ("organisations", "Lanmei"),
        ("organisations", "Hexin"),
    ]
    assert _names("The letter was signed by Zhou Ping.") == []


def test_a_place_between_a_possessive_and_what_a_company_owns() -> None:
    assert _names("Output at Lanmei's Suzhou plant doubled.") == [("organisations", "Lanmei")]
    assert _names("Output at Hong Kong's Tsuen Wan plant fell.") == []


def test_headquartered_after_is_shows_a_company_and_founded_does_not() -> None:
    assert _names("Lanmei is headquartered in Boston.") == [("organisations", "Lanmei")]
    assert _names("Lanhai was founded in 1100.") == []
    assert _names("The project, invested by Hexin, covers 10 hectares.") == [("organisations", "Hexin")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("KDPC researchers found a new gene.", ["KDPC"]),
        ("A LMEA spokesperson declined to comment.", ["LMEA"]),
        ("Researchers at the KDPC found it.", ["KDPC"]),
        ("AI researchers and US officials met.", []),
        ("TEAM AT HOME WINS", []),
    ],
)
def test_the_people_of_a_body_show_its_acronym(text: str, found: list[str]) -> None:
    assert [name for _table, name in _names(text)] == found


@pytest.mark.parametrize(
    "text",
    ["It has 28 Class III Medical Devices on sale.", "It signed 3 Lanhai Group subsidiaries."],
)
def test_digits_counting_a_plural_noun_name_nothing(text: str) -> None:
    assert _names(text) == []


def test_a_year_before_an_events_name_stays_in_it() -> None:
    assert _names("The 2024 Lanhai Medical Expo opened.") == [("projects", "2024 Lanhai Medical Expo")]


def test_a_capitalised_preposition_in_running_text_goes_on_with_the_name() -> None:
    assert _names("Officers from the Lanhai Commission Against Fraud arrested him at home on Monday.") == [
        ("organisations", "Lanhai Commission Against Fraud")
    ]
    assert _names("Biotech Firms Flock To Lanhai Park") == [("projects", "Lanhai Park")]


@pytest.mark.parametrize(
    "text", ["President Park said the talks went well.", "Deputy Director Park met them."]
)
def test_a_title_before_a_surname_like_a_head_names_no_park(text: str) -> None:
    assert _names(text) == []


def test_a_short_sentence_full_of_names_is_no_headline() -> None:
    assert _names("Qiaolan Healthcare declined comment.") == [("organisations", "Qiaolan Healthcare")]
    assert _names("Qiaolan Healthcare Declines Comment") == []


def test_portfolios_before_and_the_belong_to_the_body() -> None:
    assert _names("A spokesman for the Housing and the Lands Bureau spoke.") == [
        ("organisations", "Housing and the Lands Bureau")
    ]
    assert _names("Talks between Lanhai and the Trade Council began.") == [("organisations", "Trade Council")]


def test_an_ampersand_makes_a_firm_of_a_weak_head() -> None:
    assert _names("Lanqiao & Partners advised the buyer.") == [("organisations", "Lanqiao & Partners")]
    assert _names("Lanqiao Partners advised the buyer.") == []


def test_a_company_that_bought_a_stake_is_a_company_and_so_is_its_target() -> None:
    assert _names("In June, Qiaolan Tech bought a 9 percent stake in Hexun Robotics.") == [
        ("organisations", "Qiaolan Tech"),
        ("organisations", "Hexun Robotics"),
    ]


def test_a_place_before_a_reporting_clause_is_no_company_in_apposition() -> None:
    assert _names("Qiaolan formed a joint venture with Hexun in Lanhai, the company said.") == [
        ("organisations", "Qiaolan"),
        ("organisations", "Hexun"),
    ]
    assert ("organisations", "Lanhai Motors") in _names(
        "Shares of Lanhai Motors, the company that makes vans, rose."
    )


def test_a_registry_is_a_government_body() -> None:
    assert _names("Figures from the Companies Registry showed 900 new firms.") == [
        ("organisations", "Companies Registry")
    ]


def test_a_stake_is_held_in_a_company_of_four_words() -> None:
    assert _names("The insurer sold a 12 percent stake in Hexun Wealth Asset Management last year.") == [
        ("organisations", "Hexun Wealth Asset Management")
    ]


def test_a_known_brand_stands_alone_before_a_headline_word_but_not_before_a_name_word() -> None:
    assert _names("Xiaomi To Open 200 Stores In Lanhai") == [("organisations", "Xiaomi")]
    assert _names("Xiaomi Profit Doubles On Car Sales") == [("organisations", "Xiaomi")]
    assert _names("Owners of the Tesla Model Y complained.") == []


def test_a_bank_keeps_the_place_it_is_incorporated_in_and_a_group_leaves_it() -> None:
    assert _names("Loans at Qiaoyun Bank (Taiwan) rose.") == [("organisations", "Qiaoyun Bank (Taiwan)")]
    assert _names("Shares of Qiaoyun Textile Group (Taiwan) rose.") == [
        ("organisations", "Qiaoyun Textile Group")
    ]


def test_shares_that_move_show_a_company_only_when_its_name_reads_as_a_brand() -> None:
    assert _names("Lanhai Qiaoxin shares slid 6 percent.") == [("organisations", "Lanhai Qiaoxin")]
    assert _names("LMXT shares slid 6 percent.") == [("organisations", "LMXT")]
    assert _names("Insurance shares slid 6 percent.") == []
    assert _names("Property Management shares slid 6 percent.") == []


def test_the_outlet_of_a_dateline_is_an_organisation_and_a_bracket_elsewhere_is_not() -> None:
    assert _names("QIANTANG, May 9 (Lanhai Wire) -- Output rose.") == [("organisations", "Lanhai Wire")]
    assert _names("Output rose (Lanhai Wire) - said one.") == []


def test_an_appositive_with_a_place_s_possessive_shows_a_company_but_not_a_city() -> None:
    assert _names("Hexin, Hong Kong's largest firm by assets, bought the site.") == [
        ("organisations", "Hexin")
    ]
    assert _names("Lanhai, the world's largest port, grew.") == []


def test_a_councils_panel_or_subcommittee_on_a_topic_is_one_name() -> None:
    assert ("organisations", "Legislative Council Panel on Housing Affairs") in _names(
        "The Legislative Council Panel on Housing Affairs met on Monday."
    )
    assert ("organisations", "Lanhai District Council Subcommittee on Rail Matters") in _names(
        "Members of the Lanhai District Council Subcommittee on Rail Matters visited the site."
    )
    assert _names("The Legislative Council passed the bill.") == [("organisations", "Legislative Council")]


def test_a_rail_lines_extension_is_a_facility() -> None:
    assert _names("Works on the Qiaoyun Line Extension began in May.") == [
        ("projects", "Qiaoyun Line Extension")
    ]


def test_numbers_with_commas_slashes_and_en_dashes_stay_inside_an_english_name() -> None:
    assert _names("The Qiaoyun 50MW/100MWh Battery Storage Project went online.") == [
        ("projects", "Qiaoyun 50MW/100MWh Battery Storage Project")
    ]
    assert _names("The Lanhai Paper 200,000-Tonne Pulp Project broke ground.") == [
        ("projects", "Lanhai Paper 200,000-Tonne Pulp Project")
    ]
    assert _names("The Lanhai–Qiaoyun Link opened to traffic.") == [("projects", "Lanhai–Qiaoyun Link")]
    # a number with no capitalised unit, or a count, joins no name
    assert _names("Nanyang began building its Lanhai 12-inch wafer line last year.") == []
    assert _names("About 2,000 Overseas Buyers attended.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Medivex will run from May 3 to 6 in Lanhai.", [("projects", "Medivex")]),
        ("The Medivex trade show drew 40,000 visitors.", [("projects", "Medivex")]),
        ("A startup showcase, Lanvex, will run for three days.", [("projects", "Lanvex")]),
        ("The show, Qiaoyun said, drew buyers.", []),
        ("Elections will be held next year.", []),
        ("Voting will be held on Sunday.", []),
        ("Qiaoyun will be held liable for the losses.", []),
        ("Lanmei said the talks will be held in Beijing.", []),
    ],
)
def test_an_event_named_by_a_coined_word_needs_a_shows_context(text: str, found: list) -> None:
    assert [name for name in _names(text) if name[0] == "projects"] == found


def test_an_event_named_by_a_coined_word_counts_wherever_its_document_names_it() -> None:
    document = (
        "Medivex to feature 900 exhibitors in May\n\n"
        "Medivex will be held at the Qiaoyun Exhibition Center from May 2 to 5.\n\n"
        "The Medivex Forum opens on May 3. Visitors to Medivex can register online.\n"
    )
    found = [
        (record.line_no, record.raw_text)
        for record in pipeline.extract(document)
        if record.table == "projects"
    ]
    assert found == [
        (1, "Medivex"),
        (3, "Medivex"),
        (3, "Qiaoyun Exhibition Center"),
        (5, "Medivex Forum"),
        (5, "Medivex"),
    ]
    # without a line that shows it held, the word names nothing
    assert _names("Medivex to feature 900 exhibitors in May") == []


def test_an_exhibition_and_convention_center_is_one_venue() -> None:
    assert _names("The fair is held at the Qiaoyun Exhibition and Convention Centre (Lanhai).") == [
        ("projects", "Qiaoyun Exhibition and Convention Centre")
    ]
    # two names, each with its own words, stay two
    assert _names("The Lanhai Auto Exhibition and Data Center Expo opened.") == [
        ("projects", "Lanhai Auto Exhibition"),
        ("projects", "Data Center Expo"),
    ]


def test_a_range_of_years_stays_inside_an_english_name() -> None:
    assert _names("The Lanhai 2030/2035 Plan sets targets.") == [("projects", "Lanhai 2030/2035 Plan")]
    # a fraction between words joins nothing
    assert _names("Lanhai Group sold 2/3 of Qiaoyun Park.") == [
        ("organisations", "Lanhai Group"),
        ("projects", "Qiaoyun Park"),
    ]


def test_a_place_with_its_level_before_and_is_a_party_of_its_own() -> None:
    assert _names("Lanjiang County and Qiaoyun Group signed a deal.") == [("organisations", "Qiaoyun Group")]
    assert _names("Hong Kong SAR and Qiaoyun Group signed a deal.") == [("organisations", "Qiaoyun Group")]
    # a portfolio or another place after and: one body
    assert _names("The Lanjiang County and City Planning Bureau met.") == [
        ("organisations", "Lanjiang County and City Planning Bureau")
    ]


def test_the_coined_event_screen_passes_every_line_the_pattern_can_match():
    from pipeline.extractors.names.rules import compile_name_rules
    from tests.conftest import RULES

    rules = RULES.compiled(compile_name_rules)
    entry = RULES.file("projects")["english_coined_events"]
    texts = [example["text"] for example in entry["examples"] if not example.get("none")]
    texts += [
        "Lanexpo opens. Medivex is set to take place in Lanhai on May 3.",
        "The fair, Qiaoexpo, will run until Friday.",
        "Lanshow is scheduled to run for three days at the Lanhai Center.",
    ]
    for text in texts:
        if rules.english_coined_event_pattern.search(text):
            assert any(word in text for word in rules.english_coined_event_screen), text


def test_lower_case_words_after_a_possessive_of_several_words_name_no_project() -> None:
    assert _names("It is Hong Kong's third biggest arts venue project.") == []
    assert _names("The Qinghe Road initiative drew firms.") == [("projects", "Qinghe Road initiative")]


def test_a_work_on_another_named_work_is_two_names() -> None:
    assert _names("Crews finished the Lanhai Bridge of the Qinghe-Eastport Railway.") == [
        ("projects", "Lanhai Bridge"),
        ("projects", "Qinghe-Eastport Railway"),
    ]
    assert _names("The Qinghe Tunnel on the coast reopened.") == [("projects", "Qinghe Tunnel")]


def test_a_joiner_never_ends_a_name_after_a_head_of_two_words() -> None:
    assert _names("The Qiaoxi Stock Exchange and Clearing cut fees.") == [
        ("organisations", "Qiaoxi Stock Exchange")
    ]
    assert _names("The Qiaoxi Metals Exchange and Lanhai Bank met.") == [
        ("organisations", "Qiaoxi Metals Exchange"),
        ("organisations", "Lanhai Bank"),
    ]


def test_a_trade_before_and_another_company_parts_two_names_but_not_a_portfolio() -> None:
    assert ("organisations", "Qiaoyun Holdings") in _names(
        "A joint venture of Lanmei Development and Qiaoyun Holdings won."
    )
    assert _names("The Qiaoxi Development and Reform Commission met.") == [
        ("organisations", "Qiaoxi Development and Reform Commission")
    ]


def test_a_plural_possessive_belongs_to_an_association_but_not_to_an_owner() -> None:
    assert _names("The Qiaoxi Shippers' Federation met.") == [
        ("organisations", "Qiaoxi Shippers' Federation")
    ]
    assert _names("Qiaoxin Materials' shares rose.") == [("organisations", "Qiaoxin Materials")]


def test_a_common_noun_body_needs_no_capitalised_word_before_it() -> None:
    assert _names("Bills go to the Legislature first.") == [("organisations", "Legislature")]
    assert _names("Bills go to the Qiaoxi Legislature first.") == []
