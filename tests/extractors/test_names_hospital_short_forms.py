"""Hospitals by their short forms: a university's short form and the hospital's number, Taiwan's by city.

The hospital_short_form vocabulary names them alone, kind other; the
university's short form inside is no university. All sentences are
invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

HOSPITAL = "organisations:hospital_short_form"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("该疗法已在浙大一院完成首例临床试验。", "浙大一院"),
        ("患者被转到浙大二院救治。", "浙大二院"),
        ("北医三院院长在论坛上发言。", "北医三院"),
        ("這名患者已轉往林口長庚接受治療。", "林口長庚"),
        ("台北榮總今日公布研究成果。", "台北榮總"),
    ],
)
def test_a_hospital_is_named_by_its_short_form(text, name):
    assert (name, HOSPITAL) in organisation_names(text)


def test_the_university_inside_a_numbered_hospital_is_not_named():
    assert all(name != "浙大" for name, _rule in organisation_names("患者被转到浙大二院救治。"))
