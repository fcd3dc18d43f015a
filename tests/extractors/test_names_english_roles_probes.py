"""English companies named only by their role in a clause (the fifth probe set).

As in `test_names_english_probes`: each probe of `english_org_probes_roles`
marks what a reader annotates, the extractor must find exactly those spans,
and the few it still misses are expected failures with the reason.
"""

from __future__ import annotations

import pytest

from tests.extractors.english_org_probes import assert_found_as_marked, unmarked, with_known_misses
from tests.extractors.english_org_probes_roles import PROBES

KNOWN_MISSES: dict[str, str] = {
    "Fund manager at [Tidemark Asset Management] Lin Tao sold his bank holdings.": (
        "a capitalised word after the name joins it: the name's end is not known"
    ),
    "Portfolio managers at [Qiantang Fund Management] cut their bond holdings.": (
        "Fund is a head of its own (Qiantang Fund), and the shorter name wins"
    ),
    "The first trains were manufactured by [Hexin Rail Transit Equipment].": (
        "a name of four words is longer than a company's name read by its position"
    ),
}


@pytest.mark.parametrize("probe", with_known_misses(PROBES, KNOWN_MISSES))
def test_english_companies_named_by_their_role(probe: str) -> None:
    assert_found_as_marked(probe)


def test_the_role_probes_hold_sentences_without_organisations() -> None:
    assert len(set(PROBES)) == len(PROBES)
    assert sum(1 for probe in PROBES if not unmarked(probe)[1]) >= 8
