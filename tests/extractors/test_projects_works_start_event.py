"""A round of works started or signed together, named by its place and period.

Zones' portals, city papers and provincial releases name each round of
major projects started or signed together by the zone, city or county, its
year or quarter and the projects it gathers
(X工业园区2023年一季度重大项目集中开工活动): the whole is one event, and the
zone holding it is no park there. All sentences are invented for these
tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import project_names

RULE = "projects:works_start_event"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "5日上午，青禾开发区2026年二季度重大项目集中开工活动举行。",
            "青禾开发区2026年二季度重大项目集中开工活动",
        ),
        ("澜州新区上半年重点项目集中签约活动在市民中心举行。", "澜州新区上半年重点项目集中签约活动"),
        ("澄江市2025年第四季度重大项目集中竣工仪式昨日举行。", "澄江市2025年第四季度重大项目集中竣工仪式"),
    ],
)
def test_a_placed_and_dated_round_of_works_is_an_event(text, name):
    found = project_names(text)
    assert (name, RULE) in found
    assert all(rule != "projects:park" for _, rule in found)


@pytest.mark.parametrize(
    "text",
    [
        "全县重大项目集中开工活动举行。",
        "园区举行2026年一季度重大项目集中签约活动。",
    ],
)
def test_a_round_without_its_place_names_no_event(text):
    assert all(rule != RULE for _, rule in project_names(text))
