"""Name classes of economic coverage: rating agencies, brokers' views, zone acronyms.

A zone's acronym made of its last words only ("QIP" of "China-Norway
Qiantang Industrial Park") is its short form, and stays the zone's where it
acts; rating agencies are named by their possessive short name; a securities
house is a company where it gives a view; a ministry is named in lower case
by its portfolio; a body's press conference names the body, not an event.
All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.extractors.names.find import is_acronym_of


def _names(text: str, table: str) -> list[str]:
    return [m.raw_text for m in pipeline.extract(text) if m.table == table]


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("QIP", "China-Norway Qiantang Industrial Park"),
        ("GBA", "Lanhai-Qiaoyun Greater Bay Area"),
        ("FTZ", "Qiaoyun Pilot Free Trade Zone"),
    ],
)
def test_acronym_of_the_last_words(acronym, name):
    assert is_acronym_of(acronym, name)


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("OFA", "Ministry of Foreign Affairs"),
        ("QIP", "Industrial Park"),
        ("QIP", "Lanhai Qiantang Industrial Park Holdings"),
    ],
)
def test_acronym_of_the_last_words_needs_them_whole(acronym, name):
    assert not is_acronym_of(acronym, name)


def test_zone_acronym_of_its_last_words_is_its_short_form():
    text = "The China-Norway Qiantang Industrial Park (QIP) opened in 2001. QIP's board met, said QIP."
    assert _names(text, "projects") == ["China-Norway Qiantang Industrial Park", "QIP", "QIP", "QIP"]
    assert _names(text, "organisations") == []


def test_company_acronym_stays_one_name():
    text = "Lanhai Trade Group (LTG) said sales rose. LTG said it will hire."
    assert _names(text, "organisations") == ["Lanhai Trade Group", "LTG", "LTG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moody's expects slower growth in Lanhai next year.", "Moody's"),
        ("The downgrade reflects Fitch's view of weaker finances.", "Fitch"),
        ("Moody's Investors Service affirmed the rating.", "Moody's Investors Service"),
    ],
)
def test_rating_agency(text, name):
    assert _names(text, "organisations") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜信证券预计，明年需求将回暖。", "澜信证券"),
        ("澜信证券10月8日发布研报称，库存下降。", "澜信证券"),
        ("多家机构看淡，澜信证券则上调目标价。", "澜信证券"),
        ("澜信证券：芯片需求有望触底", "澜信证券"),
    ],
)
def test_broker_view(text, name):
    assert _names(text, "organisations") == [name]


@pytest.mark.parametrize("text", ["有价证券预计继续增加。", "资产支持证券：规模扩大"])
def test_kind_of_security_gives_no_view(text):
    assert _names(text, "organisations") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Car sales fell, the commerce ministry said.", "commerce ministry"),
        ("Qiaoyun's finance ministry sold bonds.", "finance ministry"),
    ],
)
def test_ministry_by_its_portfolio(text, name):
    assert _names(text, "organisations") == [name]


def test_body_press_conference_names_the_body():
    text = "在青禾市人民政府新闻办公室新闻发布会上，市长介绍了进展。"
    assert _names(text, "organisations") == ["青禾市人民政府新闻办公室"]
    assert _names(text, "projects") == []
