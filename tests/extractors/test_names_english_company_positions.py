"""English companies without a legal form or a head word, shown by where they stand.

A share held between the possessive and the stake ("Lanmei's 25% stake"),
an English legal form after a comma ("Lanmei Devices, Inc."), a known
place's possessive before a name of three words ("China's Lanmei Freight
Systems signed"), who organises a fair in the passive ("organised by
Lanmei Sinofair Exhibitions") and an online platform's gross merchandise value
("Lanmei's GMV") make the name a company (organisations.yaml
english_acting `held_share`, `comma_legal_forms`, `places`,
`named_agent_verbs`, `possessions`). All sentences are invented for these
tests.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.conftest import RULES


def _organisations(text: str) -> list[tuple[str, str]]:
    return [
        (m.raw_text, m.org_kind) for m in pipeline.extract(text, ruleset=RULES) if m.table == "organisations"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brightvale's 35% stake in the wind farm was sold.", "Brightvale"),
        ("Tamwell Ports' 49.5 per cent stake rose in value.", "Tamwell Ports"),
        ("Orders rose after Velmora Foods, LLC bought the plant.", "Velmora Foods, LLC"),
        ("The lease went to Northfield Data Systems, Inc. in May.", "Northfield Data Systems, Inc."),
        ("The port and Japan's Kuroshima Marine Works signed a charter deal.", "Kuroshima Marine Works"),
        ("The fair, organised by Tidemark Sinofair Exhibitions, opens.", "Tidemark Sinofair Exhibitions"),
        ("Lanvex's GMV rose 20 percent in the quarter.", "Lanvex"),
    ],
)
def test_position_makes_a_company(text, name):
    assert (name, "company") in _organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hubei's 20% stake in the fund was sold.",
        "Sales were flat at Lanmei, Inc said.",
        "Qiaoyun's Lanmei Freight Systems signed a deal.",
        "The festival, organised by Qiaoxi, drew crowds.",
        "The course is organised by Laura Finch.",
        "Zhejiang's GMV rose 20 percent.",
    ],
)
def test_place_person_or_unsure_owner_is_no_company(text):
    assert _organisations(text) == []
