"""A development zone that acts as a body is its administration, a government organisation.

A zone that signs with a partner, convenes or holds a meeting or a signing,
issues or publishes (X经开区召开, X高新区与Y签署, X自贸区印发; "the X
Development Zone has signed") stands for its administration: the whole zone
name is an organisation of kind government there (organisations.yaml
`acting_zone`, `english_acting_zones`), and no park. A zone after 在, 于,
位于 or a word of place, or one counted or measured, stays a park. All
sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.conftest import RULES


def _found(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.table, m.raw_text, getattr(m, "org_kind", None) or getattr(m, "project_kind", None))
        for m in pipeline.extract(text, ruleset=RULES)
        if m.table in ("organisations", "projects")
    ]


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("5月6日，澜汀经开区召开重点企业座谈会。", "澜汀经开区"),
        ("澄陌高新区与青渚电气有限公司签署战略合作协议。", "澄陌高新区"),
        ("会上，澜汀新区还与两家银行签订授信协议。", "澜汀新区"),
        ("澄陌自贸区印发跨境电商扶持办法。", "澄陌自贸区"),
        ("澜汀開發區舉行第三批項目集中簽約活動。", "澜汀開發區"),
        ("澄陌经济技术开发区与青渚汽车部件株式会社签约。", "澄陌经济技术开发区"),
    ],
)
def test_zone_that_acts_is_a_government_body(text, zone):
    found = _found(text)
    assert ("organisations", zone, "government") in found
    assert not any(table == "projects" and name == zone for table, name, _ in found)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("两家企业在澄陌高新区举行签约仪式。", "澄陌高新区"),
        ("项目位于澜汀经开区，将于澜汀经开区举办推介会。", "澜汀经开区"),
        ("澄陌高新区规上工业企业达到380家。", "澄陌高新区"),
        ("澜汀经开区签约仪式上共签约项目5个。", "澜汀经开区"),
    ],
)
def test_zone_as_a_place_or_measured_stays_a_park(text, zone):
    found = _found(text)
    assert ("projects", zone, "park") in found
    assert not any(table == "organisations" and name == zone for table, name, _ in found)


def test_same_zone_is_decided_by_each_mention():
    text = "澄陌高新区新增企业260家。\n澄陌高新区与青渚银行签署合作协议。"
    found = [(m.line_no, m.table, m.raw_text) for m in pipeline.extract(text, ruleset=RULES)]
    assert (1, "projects", "澄陌高新区") in found
    assert (2, "organisations", "澄陌高新区") in found
    assert (1, "organisations", "澄陌高新区") not in found


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        (
            "The Lanting Economic and Technological Development Zone has signed 14 projects this year.",
            "Lanting Economic and Technological Development Zone",
        ),
        ("The Chengmo New Area, founded in 2016, announced new subsidies.", "Chengmo New Area"),
    ],
)
def test_english_zone_that_acts_is_a_government_body(text, zone):
    assert ("organisations", zone, "government") in _found(text)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Two firms in the Lanting Hi-tech Zone signed supply deals.", "Lanting Hi-tech Zone"),
        ("Exports from the Chengmo Development Zone rose 7 percent.", "Chengmo Development Zone"),
    ],
)
def test_english_zone_as_a_place_stays_a_park(text, zone):
    found = _found(text)
    assert ("projects", zone, "park") in found
    assert ("organisations", zone, "government") not in found


def test_the_park_rule_refuses_every_verb_that_makes_a_zone_a_body() -> None:
    # the two files decide one mention between them: a verb that makes the zone
    # a body must also stop the park rule, or one zone is reported twice
    zone = next(rule for rule in RULES.file("organisations")["suffixes"] if rule["id"] == "acting_zone")
    park = next(rule for rule in RULES.file("projects")["suffixes"] if rule["id"] == "park")
    assert set(zone["context_after"]) <= set(park["not_before"])
