"""English courts and press releases' sections on a company (the sixth probe set).

As in `test_names_english_probes`: each probe of `english_org_probes_audits`
marks what a reader annotates, and the extractor must find exactly those spans.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.extractors.english_org_probes import assert_found_as_marked, unmarked
from tests.extractors.english_org_probes_audits import PROBES


@pytest.mark.parametrize("probe", PROBES)
def test_english_courts_and_about_sections(probe: str) -> None:
    assert_found_as_marked(probe)


def test_the_audit_probes_hold_sentences_without_organisations() -> None:
    assert len(set(PROBES)) == len(PROBES)
    assert sum(1 for probe in PROBES if not unmarked(probe)[1]) >= 6


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            "Regulator fines Qiaoyun Crest Capital Management $3 million\n"
            'Qiaoyun Crest Capital Management Limited ("Qiaoyun Crest") was fined today.\n'
            "Qiaoyun Crest said it would appeal.",
            [
                "Qiaoyun Crest Capital Management",
                "Qiaoyun Crest Capital Management Limited",
                "Qiaoyun Crest",
                "Qiaoyun Crest",
            ],
        ),
        (
            'Lanmei Harbour Holdings Limited ("Lanmei Harbour") sold two ships.\n'
            "Lanmei Harbour Group, a different firm, bought them.",
            ["Lanmei Harbour Holdings Limited", "Lanmei Harbour", "Lanmei Harbour Group"],
        ),
    ],
)
def test_a_headline_names_more_of_the_full_name_than_its_short_form(
    document: str, expected: list[str]
) -> None:
    # (words after the short form that are not the full name's leave it a name of its own)
    assert [m.raw_text for m in pipeline.extract(document) if m.table == "organisations"] == expected
