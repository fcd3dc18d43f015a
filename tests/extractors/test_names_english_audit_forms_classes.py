"""English name classes of regional portals, page forms and an analyst's week.

A currency code glued to its amount names nothing; a hyphen left open
before "and" stays with its word ("Medium- and Long-Term Plan"); what a
programme does, before "of", belongs to its name; a conference centre and
a runway system are facilities; a field's head "at" a firm, with the firm's
local arm, names the firm; a place after a body's head is part of its name
when the acronym in brackets holds it; the kind of office between a company
and its office, and a transcript's speaker before a colon, leave the
company; a Latin short form in brackets after a name in Chinese is its
alias, not a part of it. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.extractors.test_names_analyst_week_classes import _names


def _aliases(text: str) -> list[tuple[str, str | None]]:
    return [(m.raw_text, m.alias_of) for m in pipeline.extract(text) if getattr(m, "alias_of", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Profit attributable to shareholders of RMB48.3 billion was a record.",
        "It sold a 20 percent stake in EUR3bn of assets.",
    ],
)
def test_currency_code_glued_to_amount_is_no_name(text):
    assert _names(text, "organisations") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Delays to the Qiaoyun Energy Medium- and Long-Term Plan worry suppliers.",
            "Qiaoyun Energy Medium- and Long-Term Plan",
        ),
        (
            "The Lanhai Small- and Medium-sized Enterprises Association met.",
            "Lanhai Small- and Medium-sized Enterprises Association",
        ),
    ],
)
def test_suspended_hyphen_stays_in_the_name(text, name):
    assert name in _names(text, "projects") + _names(text, "organisations")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Under the Revitalization of Qiaoyun Old Bases strategy, the city will invest more.",
            "Revitalization of Qiaoyun Old Bases strategy",
        ),
        ("The Rise of Lanhai Valley plan was approved in May.", "Rise of Lanhai Valley plan"),
    ],
)
def test_programme_named_by_its_action(text, name):
    assert _names(text, "projects") == [name]


def test_department_before_of_is_no_action():
    assert _names("Lanhai's Department of Commerce strategy was approved.", "projects") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Qiaoyun Lakeside Conference Center will host the Lanhai Trade Forum in May.",
            "Qiaoyun Lakeside Conference Center",
        ),
        ("Work on the Three-Runway System at Lanhai airport ended in May.", "Three-Runway System"),
    ],
)
def test_venues_are_facilities(text, name):
    assert name in _names(text, "projects")
    assert name not in _names(text, "organisations")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"Rents will fall," said Ann Wu, head of leasing at Tamwell Realty Hong Kong.',
            "Tamwell Realty Hong Kong",
        ),
        ("Ann Wu, director of research at Qiaomark, expects a rebound.", "Qiaomark"),
        ("Ann Wu, head of valuation and advisory at Tamwell, spoke.", "Tamwell"),
    ],
)
def test_head_of_a_field_at_a_firm(text, name):
    assert _names(text, "organisations") == [name]


def test_head_of_a_field_at_a_place_names_no_firm():
    assert _names("Ann Wu, head of research at Hong Kong, spoke first.", "organisations") == []


def test_place_in_the_acronym_belongs_to_the_name():
    text = "The Harbour Authority Singapore (HAS) opened a new berth."
    assert _names(text, "organisations") == ["Harbour Authority Singapore", "HAS"]


def test_place_left_out_of_the_acronym_stays_out():
    text = "The Harbour Authority Singapore (HA) opened a new berth."
    assert _names(text, "organisations") == ["Harbour Authority"]


@pytest.mark.parametrize(
    "text",
    [
        "Qiaolan Asia-Pacific CEO Ann Wu said orders rose.",
        "[10:05] Qiaolan CEO: we expect orders to double.",
        "[10:05] Qiaolan Asia-Pacific CEO: orders doubled.",
    ],
)
def test_company_before_its_kind_of_office_or_a_speaker_colon(text):
    assert _names(text, "organisations") == ["Qiaolan"]


def test_article_ends_no_name_before_an_office():
    assert _names("Ask The CEO: what comes next?", "organisations") == []


@pytest.mark.parametrize(
    ("text", "alias", "full"),
    [
        ("位于新区的青禾生物医药产业园(BioLAN)已孵化企业300家。", "BioLAN", "青禾生物医药产业园"),
        (
            "第五届澜江国际医药创新峰会(MED LANJIANG)将于下月举行。",
            "MED LANJIANG",
            "第五届澜江国际医药创新峰会",
        ),
    ],
)
def test_latin_short_form_after_a_chinese_name(text, alias, full):
    assert (alias, full) in _aliases(text)
    assert full in _names(text, "projects")


def test_latin_short_form_before_a_phase_stays_in_the_name():
    text = "7月18日上午,青禾生物医药产业园(BioLAN)三期B区正式开园。"
    assert _names(text, "projects") == ["青禾生物医药产业园(BioLAN)"]


def test_list_among_the_companies():
    text = "Tamwell-Ross, Lanmei Optics Group and Qiaoyun Motor Corp are among the 120 firms in the park."
    assert _names(text, "organisations") == ["Tamwell-Ross", "Lanmei Optics Group", "Qiaoyun Motor Corp"]


def test_list_among_the_cities_names_no_company():
    text = "Lanhai, Qiaoyun and Tamwell are among the cities with the most start-ups."
    assert _names(text, "organisations") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("QiaoLan Solar: We expect module shipments to double next year.", "QiaoLan Solar"),
        ("- LMX Energy: We maintain our rating.", "LMX Energy"),
    ],
)
def test_research_note_view_labelled_by_a_company(text, name):
    assert _names(text, "organisations") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "KEY RISKS: We see further price cuts.",
        "ESG: We expect more disclosure.",
        "Property: We expect prices to fall.",
    ],
)
def test_research_note_view_labelled_by_a_topic(text):
    assert _names(text, "organisations") == []
