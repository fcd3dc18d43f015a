"""English companies named by their trade after the verb that gives them their part (the sixth probe set).

As in `test_names_english_probes`: each probe of `english_org_probes_trades`
marks what a reader annotates, the extractor must find exactly those spans,
and the few it still misses are expected failures with the reason.
"""

from __future__ import annotations

import pytest

from tests.extractors.english_org_probes import assert_found_as_marked, unmarked, with_known_misses
from tests.extractors.english_org_probes_trades import NOT_TRADE_COMPANIES, PROBES

KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("probe", with_known_misses(PROBES, KNOWN_MISSES))
def test_english_companies_named_by_their_trade(probe: str) -> None:
    assert_found_as_marked(probe)


def test_the_trade_probes_hold_sentences_without_organisations() -> None:
    assert len(set(PROBES)) == len(PROBES)
    assert len(NOT_TRADE_COMPANIES) >= 8
    assert all(not unmarked(probe)[1] for probe in NOT_TRADE_COMPANIES)
