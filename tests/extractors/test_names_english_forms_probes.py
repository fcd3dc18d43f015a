"""English company names by foreign legal forms, Chinese names in brackets and web names (a fifth probe set).

As in `test_names_english_probes`: each probe of `english_org_probes_forms`
marks what a reader annotates, the extractor must find exactly those spans,
and the few it still misses are expected failures with the reason. The
documents below check what a probe sentence cannot: the alias a bracketed
Chinese name is declared as, and a company's word repeated on another line.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.extractors.english_org_probes import assert_found_as_marked, with_known_misses
from tests.extractors.english_org_probes_forms import PROBES

KNOWN_MISSES = {
    "The AG said the case would go on.": "a legal form alone after the reads as the company's acronym",
    "Price Lists of the [Lanhai Bureau of Commerce] Updated": (
        "a headline's verb outside headline_verbs (a participle) joins the run"
    ),
}


@pytest.mark.parametrize("probe", with_known_misses(PROBES, KNOWN_MISSES))
def test_english_companies_by_legal_form_bracketed_chinese_name_and_web_name(probe: str) -> None:
    assert_found_as_marked(probe)


def _organisations(text: str) -> list[tuple[int, str, str | None]]:
    return [(m.line_no, m.raw_text, m.alias_of) for m in pipeline.extract(text) if m.table == "organisations"]


def test_a_chinese_name_in_brackets_is_the_alias_of_the_english_name_and_found_again() -> None:
    found = _organisations("Hsinlan Optics Co (新嵐光學) will build a plant.\n新嵐光學表示，產能將倍增。")
    assert (1, "Hsinlan Optics Co", None) in found
    assert (1, "新嵐光學", "Hsinlan Optics Co") in found
    assert any(line == 2 and name == "新嵐光學" for line, name, _alias in found)


def test_a_place_or_a_person_in_brackets_after_an_english_name_is_no_alias() -> None:
    assert _organisations("Deposits at Lanmei Bank (深圳) rose.") == [(1, "Lanmei Bank", None)]
    found = _organisations("Hsinlan Optics Chairman Lin Wei-chieh (林偉傑) said so.")
    assert all(name != "林偉傑" for _line, name, _alias in found)


@pytest.mark.parametrize(
    "document",
    [
        "Taiwan Power Co said demand would rise.\nPower consumption in the park rose 7 percent.",
        "Shares of Zhejiang Glass Group rose.\nGlass exports fell in May.",
        "Guangdong Energy Group will build a plant.\nEnergy prices rose.",
        "Fujian Cable Corp signed the deal. Cable output doubled.",
    ],
)
def test_a_word_left_after_a_place_is_no_company_first_in_a_sentence_before_a_noun(document: str) -> None:
    assert [line for line, _name, _alias in _organisations(document)] == [1]


@pytest.mark.parametrize(
    "document, short",
    [
        ("Shares of Zhejiang Lanxi Shoe Group rose. Lanxi also plans a plant.", "Lanxi"),
        ("Shares of Zhejiang Lanxi Shoe Group rose.\nLanxi said it would expand.", "Lanxi"),
        ("Shares of Jiangsu Hexin Cable Group rose.\nHexin signed a deal with Lanmei.", "Hexin"),
        pytest.param(
            "Shares of Jiangsu Hexin Cable Group rose.\nHexin expects higher sales.",
            "Hexin",
            marks=pytest.mark.xfail(reason="a verb in -s reads as a plural noun", strict=True),
        ),
    ],
)
def test_a_word_left_after_a_place_names_the_company_where_it_acts(document: str, short: str) -> None:
    assert any(name == short for _line, name, _alias in _organisations(document)[1:])


def test_the_fifth_probe_set_holds_sentences_without_organisations() -> None:
    from tests.extractors.english_org_probes import unmarked

    assert len(PROBES) >= 35
    assert sum(1 for probe in PROBES if not unmarked(probe)[1]) >= 8


@pytest.mark.parametrize(
    "document, blend, full",
    [
        (
            "Taiwan Power Co said demand would rise.\nTaipower to add gas capacity",
            "Taipower",
            "Taiwan Power Co",
        ),
        (
            "Nanhai Water Company raised tariffs.\nNanwater will build a plant.",
            "Nanwater",
            "Nanhai Water Company",
        ),
        ("Qiaoyun Cement Group cut prices.\nQiaocement said so.", "Qiaocement", "Qiaoyun Cement Group"),
        ("Shares of Lanhai Steel Corp rose.\nLansteel output rose.", "Lansteel", "Lanhai Steel Corp"),
    ],
)
def test_a_word_blending_a_companys_first_word_and_a_later_one_names_it(
    document: str, blend: str, full: str
) -> None:
    assert (2, blend, full) in _organisations(document)


@pytest.mark.parametrize(
    "document",
    [
        "Taiwan Nanya Corp said sales rose.\nTainan output fell.",
        "Lanhai Power Group said so.\nLanpower is a word we made up, said nobody.\nLanwater rose.",
        "Qiaoyun Cement Group cut prices.\nQiaoyun said so.\nQiaobridge opened.",
    ],
)
def test_a_word_that_joins_no_later_word_whole_is_no_blend(document: str) -> None:
    assert all(
        name not in ("Tainan", "Lanwater", "Qiaobridge") for _line, name, _alias in _organisations(document)
    )
