"""English bodies at every level, firms in deals and quotes, and newspapers (the fourth probe set).

As in `test_names_english_probes`: each probe of `english_org_probes_bodies`
marks what a reader annotates, the extractor must find exactly those spans,
and the few it still misses are expected failures with the reason.
"""

from __future__ import annotations

import pytest

from tests.extractors.english_org_probes import assert_found_as_marked, unmarked, with_known_misses
from tests.extractors.english_org_probes_bodies import HARD_NEGATIVES, PROBES

KNOWN_MISSES = {
    "[Corvanne], the world's third-largest resin maker, raised prices.": (
        "a maker after a possessive: a province is the country's largest maker of a product too"
    ),
    "[Tidemark Estates] reported a net profit of HK$2 billion.": (
        "results reported by capitals that read as no brand: Real Estate reports losses too"
    ),
    "The [China Association of Enterprises with Foreign Investment] met the vice premier.": (
        "with is no connector of names: the name stops before it"
    ),
    "The [China Foreign Exchange Trade System] set the yuan's midpoint at 7.1.": (
        "System is no head: a body named as a system"
    ),
    "The [National Equities Exchange and Quotations] added 80 companies.": (
        "a name with neither head nor context after and: the exchange alone is found"
    ),
    "[Harbourline Research] head of Asia Ivy Cheung said the rally would fade.": (
        "an office with a region inside is no title the rules read"
    ),
    "A note from [Hexin Research] said the yuan would weaken.": (
        "Research is no head: Equity Research names a field"
    ),
    "[Knightsbridge Partners] director Amy Lo said the deal was fairly priced.": (
        "a bare director: films and festivals have directors too"
    ),
    "[Lanmei Research] estimates sales of the phone at 10 million units.": (
        "Research is no head, and people estimate too"
    ),
    "[Morningbay] analyst Ivy Chan said the drug could sell 1 billion dollars a year.": (
        "a bare analyst after one word: a place's analysts too"
    ),
    "[Tidewater Advisory] partner Chan Siu-ming advised on the deal.": (
        "a bare partner: firms and people have partners"
    ),
    "The winning bid came from [Hexin Infrastructure], the government said.": (
        "came from is no sign of a company: money and visitors come from places"
    ),
    "Seven bids were received, including ones from [Tidewater Land] and [Stonegate Land].": (
        "bids from: places bid for games too"
    ),
    "[Stonegate Land] beat four rivals to win the commercial plot.": "beat is no verb of a deal",
    "Prices will rise, an analyst told [Qiaoyun Finance].": (
        "told a name without the or a newspaper's word: people are told things too"
    ),
}


@pytest.mark.parametrize("probe", with_known_misses(PROBES, KNOWN_MISSES))
def test_english_bodies_firms_and_outlets(probe: str) -> None:
    assert_found_as_marked(probe)


def test_the_fourth_probe_set_is_large_and_holds_hard_negatives() -> None:
    assert len(PROBES) >= 250
    assert len(set(PROBES)) == len(PROBES)
    assert len(HARD_NEGATIVES) >= 60
    assert all(not unmarked(probe)[1] for probe in HARD_NEGATIVES)
