"""English organisations in press-release, wire and official English (the second probe set).

As in `test_names_english_probes`: each probe of `english_org_probes_press`
marks what a reader annotates, the extractor must find exactly those spans,
and the few it still misses are expected failures with the reason.
"""

from __future__ import annotations

import pytest

from tests.extractors.english_org_probes import assert_found_as_marked, unmarked, with_known_misses
from tests.extractors.english_org_probes_press import NOTHING_OFFICIAL, PROBES

KNOWN_MISSES = {
    "The [Macao Economic Services] issued 40 licences.": (
        "Services is no head: Financial Services names nothing"
    ),
    "The deal values [Lanhai Orient Overseas] at 6 billion dollars.": "no head word and no company verb",
    "Exporters Hail New Customs Rules": "a headline verb outside headline_verbs joins the run to Customs",
}


@pytest.mark.parametrize("probe", with_known_misses(PROBES, KNOWN_MISSES))
def test_english_organisations_of_official_and_wire_english(probe: str) -> None:
    assert_found_as_marked(probe)


def test_the_second_probe_set_is_large_and_holds_sentences_without_organisations() -> None:
    assert len(PROBES) >= 150
    assert len(NOTHING_OFFICIAL) >= 40
    assert all(not unmarked(probe)[1] for probe in NOTHING_OFFICIAL)
