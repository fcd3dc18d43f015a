"""English courts and press releases' sections on a company (the sixth probe set).

As in `test_names_english_probes`: each probe of `english_org_probes_audits`
marks what a reader annotates, and the extractor must find exactly those spans.
"""

from __future__ import annotations

import pytest

from tests.extractors.english_org_probes import assert_found_as_marked, unmarked
from tests.extractors.english_org_probes_audits import PROBES


@pytest.mark.parametrize("probe", PROBES)
def test_english_courts_and_about_sections(probe: str) -> None:
    assert_found_as_marked(probe)


def test_the_audit_probes_hold_sentences_without_organisations() -> None:
    assert len(set(PROBES)) == len(PROBES)
    assert sum(1 for probe in PROBES if not unmarked(probe)[1]) >= 6
