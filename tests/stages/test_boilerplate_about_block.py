"""A press release's closing block on its company: the heading, the description and the contact."""

from __future__ import annotations

from tests.stages.test_boilerplate import ENGLISH_PARAGRAPH, rules_of

RELEASE = (
    "Qiaoyun Freight Posts Record Revenue",
    "",
    "HONG KONG, May 2, 2025 -- Qiaoyun Freight Holdings Limited today announced its annual results, "
    "with revenue up 18 percent to HK$2.1 billion on stronger demand for cross-border trucking.",
    "",
    "The company said it would add two warehouses in Shenzhen and open new routes to Vietnam next year.",
    "",
)


def test_about_block_closing_a_release_is_the_publishers() -> None:
    found = rules_of(
        *RELEASE,
        "About Qiaoyun Freight Holdings Limited",
        "Qiaoyun Freight Holdings Limited is a supply chain service provider founded in 2009.",
        "Media contact: Ms Chan | ir@qiaoyun.example | +852 2345 6789",
    )
    assert found[-3] == "marker:about_company"
    assert found[-2] is not None
    assert found[-1] is not None


def test_the_description_ends_at_the_contact_and_a_wire_source_line_stays_text() -> None:
    found = rules_of(
        *RELEASE,
        "About Qiaoyun Freight Holdings Limited",
        "Qiaoyun Freight Holdings Limited is a supply chain service provider founded in Shenzhen in 2009 "
        "and listed in Hong Kong in 2015, running 40 warehouses across the region with 3,000 employees.",
        "Media contact: Ms Chan | ir@qiaoyun.example | +852 2345 6789",
        "SOURCE Qiaoyun Freight Holdings Limited",
    )
    assert found[-4:] == ["marker:about_company", "structure:about_block", "marker:press_contact", None]


def test_bilingual_about_heading_opens_the_block() -> None:
    found = rules_of(*RELEASE, "关于青云物流 About Qiaoyun Freight", "青云物流成立于2009年，总部位于深圳。")
    assert found[-2:] == ["marker:about_company", "structure:about_block"]


def test_a_sentence_beginning_with_about_stays_text() -> None:
    found = rules_of(*RELEASE, "About 300 companies attended the fair, the organiser said on Monday.")
    assert found[-1] is None


def test_only_the_last_about_heading_opens_the_publishers_block() -> None:
    study = "About the QB-7 Study"
    study_text = "The study enrols adults with advanced liver disease at 20 hospitals across the region."
    company = "About Qiaoyun Biotech"
    company_text = "Qiaoyun Biotech is a drug developer in Qingxi that makes medicines for liver disease."
    contact = "Media enquiries: Ms Lin, Tel: 2345 6789"
    page = rules_of(ENGLISH_PARAGRAPH, study, study_text, company, company_text, contact)
    assert page[1:4] == [None, None, "marker:about_company"]
    assert page[4] is not None
    # Alone, the same heading is the publisher's block.
    alone = rules_of(ENGLISH_PARAGRAPH, study, study_text, contact)
    assert alone[1] == "marker:about_company"
    assert alone[2] is not None
