"""English organisations in sentences of business, government and Hong Kong/Taiwan news.

Each probe of `english_org_probes` marks what a reader annotates; the
extractor must find exactly those spans (optional ones may be found or not)
and nothing else. The few it still misses are marked as expected failures
with the reason, so that a fix shows up as an unexpected pass.
"""

from __future__ import annotations

import pytest

from tests.extractors.english_org_probes import PROBES, assert_found_as_marked, unmarked, with_known_misses

KNOWN_MISSES = {
    "[Qiaoyun] sold 2 million phones in the quarter.": "products sell too: sold is no company verb",
    "The [MTR] opened the new line on Sunday.": "fairs open too: opened is no verb of an acronym's body",
    "The deal was announced by [Lanmei Life Sciences] on Monday.": "a passive's agent without a head word",
    "The agreements were signed by [Lanmei] and [Hexin Pharma].": (
        "'and' between a word and a name with a head may be inside one name (Iron and Steel Group)"
    ),
}


@pytest.mark.parametrize("probe", with_known_misses(PROBES, KNOWN_MISSES))
def test_english_organisations_are_found_as_a_reader_marks_them(probe: str) -> None:
    assert_found_as_marked(probe)


def test_the_probe_marks_give_the_names_spans() -> None:
    text, required, optional = unmarked("The [Lanhai Bank] and {Qiantang} met.")
    assert text == "The Lanhai Bank and Qiantang met."
    assert [text[start:end] for start, end in required] == ["Lanhai Bank"]
    assert [text[start:end] for start, end in optional] == ["Qiantang"]


def test_there_are_enough_probes_of_each_kind() -> None:
    assert len(PROBES) >= 150
    assert sum(not unmarked(probe)[1] for probe in PROBES) >= 40  # sentences with no organisation
