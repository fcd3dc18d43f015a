"""Mainland state groups and their listed arms by English names the English gazetteer does not hold.

The state_company_en vocabulary reads them between English word bounds;
before another capitalised word a name opens a longer one. All sentences
are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

STATE_EN = "organisations:state_company_en"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("China Resources Cement expects demand in the south to hold up.", "China Resources Cement"),
        (
            "Profit at China Resources Building Materials Technology fell.",
            "China Resources Building Materials Technology",
        ),
        ("North Hua Chuang plans to raise funds for a new etching line.", "North Hua Chuang"),
        ("CETC unveiled a new radar at the show.", "CETC"),
    ],
)
def test_a_state_group_is_named_by_its_english_name(text, name):
    assert (name, STATE_EN) in organisation_names(text)


def test_a_name_before_another_capitalised_word_is_not_the_vocabulary_s():
    text = "Analysts at China Resources Securities Research cut the target."
    assert all(rule != STATE_EN for _name, rule in organisation_names(text))
