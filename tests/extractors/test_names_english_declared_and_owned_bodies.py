"""English organisation classes of press releases, Macau and Taiwan bodies and wire copy.

A press release's quoted short form may be hyphenated or followed, inside
its brackets, by the generic label and the listing; a body that is no
company keeps an acronym of another language in brackets as its short form;
a body's own committee after the body's possessive is one name with it; and
an acronym in the plural, a letter of a dotted abbreviation and a joint
venture's abbreviation name no company. All sentences are invented for
these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_aliases as _organisations


def _names(text: str) -> list[str]:
    return [name for name, _ in _organisations(text)]


# --- short forms declared in a release's brackets ---------------------------


@pytest.mark.parametrize(
    "brackets",
    [
        '("Tidelink" or the "Company", stock code: 1234)',
        '("Tidelink", together with its subsidiaries, the "Group")',
        "(“Tidelink” or the “Company”)",
        '("Tidelink"; NASDAQ: TDLK)',
    ],
)
def test_quoted_short_form_first_in_the_brackets_is_declared(brackets):
    text = (
        f"Lanhai Tidal Freight Group Limited {brackets} posted a profit for 2030.\n"
        "Sales at Tidelink rose 12 percent."
    )
    organisations = _organisations(text)
    assert ("Tidelink", "Lanhai Tidal Freight Group Limited") in organisations
    assert organisations.count(("Tidelink", "Lanhai Tidal Freight Group Limited")) == 2


def test_declared_short_form_holds_before_a_headline_of_the_name():
    text = (
        "Seabright Smart Freight Reports Record Profit\n"
        'Seabright Smart Freight Holdings Limited ("Seabright" or the "Company") posted '
        "a profit for 2030.\nSeabright expects growth."
    )
    assert ("Seabright", "Seabright Smart Freight Holdings Limited") in _organisations(text)


def test_hyphenated_quoted_short_form_is_declared():
    text = (
        'Lanmei Medicine Holdings Limited ("Lan-Med") opened a plant in Qiaoyun.\n'
        "Lan-Med Starts Phase II Trial\nAbout Lan-Med"
    )
    assert ("Lan-Med", "Lanmei Medicine Holdings Limited") in _organisations(text)


def test_unquoted_words_after_the_short_form_declare_nothing():
    text = "Lanhai Tidal Freight Group Limited (Tidelink or the Company) said so."
    assert "Tidelink" not in _names(text)


# --- a body's acronym in another language -----------------------------------


def test_body_acronym_not_of_its_initials_is_declared():
    text = "The Lands Bureau (DSCO) will tender the works.\nDSCO's budget rose."
    organisations = _organisations(text)
    assert ("Lands Bureau", None) in organisations
    assert organisations.count(("DSCO", "Lands Bureau")) == 2


def test_body_acronym_used_once_is_the_body():
    text = "According to the Social Welfare Bureau (IAS), demand for places rose."
    assert ("IAS", "Social Welfare Bureau") in _organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Lanmei Holdings (QXT) rose.",
        "The Qiantang Port Authority (SAR) said so.",
        "The Qiantang Port Authority (GDP) said so.",
    ],
)
def test_capitals_after_a_company_or_common_acronyms_declare_nothing(text):
    assert not [alias for _, alias in _organisations(text) if alias]


# --- a body's own body after its possessive ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Members of the Qiantang Council's Finance Committee voted on Monday.",
            "Qiantang Council's Finance Committee",
        ),
        (
            "Applications reviewed by the MOEA's Energy Commission fell in May.",
            "MOEA's Energy Commission",
        ),
        (
            "Data from the Qiantang Council's Planning Department show growth.",
            "Qiantang Council's Planning Department",
        ),
        ("The Executive Yuan's Fisheries Council met on Friday.", "Executive Yuan's Fisheries Council"),
    ],
)
def test_body_of_a_body_after_its_possessive_is_one_name(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lanhai's Trade Bureau said exports rose.", ["Trade Bureau"]),
        (
            "The State Council's Development Research Center said so.",
            ["State Council", "Development Research Center"],
        ),
        ("The Lanhai Stock Exchange's Growth Board rose.", ["Lanhai Stock Exchange"]),
        ("Reports say the Municipal Government's budget grew.", ["Municipal Government"]),
        ("The Council's Finance Committee met.", ["Finance Committee"]),
        ("The Commission's Expert Panel met on Friday.", []),
        ("The Qiantang Bureau's Customer Service hotline opens at nine.", ["Qiantang Bureau"]),
    ],
)
def test_owner_stays_apart_from_what_is_no_body_of_its_own(text, names):
    assert _names(text) == names


# --- what names no company ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lanmei said 300,000 SUVs delivered in the first half set a record.",
        "Qiaoyun said 20,000 NEVs shipped in May.",
        "A distribution deal with U.K. retailers was signed.",
        "Sales of the Lanhai-based QX.5 sedan rose.",
        "Qiaoyun now holds 60 percent of the shares in the JV.",
    ],
)
def test_plural_acronyms_dotted_letters_and_joint_ventures_name_no_company(text):
    assert _names(text) == []


def test_company_after_a_dotted_country_is_still_read():
    text = "Lanmei has signed a supply deal with U.S. chipmaker Brightvale Systems."
    assert "Brightvale Systems" in _names(text)
    assert "U" not in _names(text)


def test_web_address_keeps_its_ending():
    assert "Lanwei.com" in _names("The firm signed a deal with Lanwei.com last year.")
