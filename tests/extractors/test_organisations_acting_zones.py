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

from pathlib import Path

import pytest
import yaml

import pipeline
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from tests.conftest import RULES


def _found(text: str, ruleset: RuleSet = RULES) -> list[tuple[str, str, str]]:
    return [
        (m.table, m.raw_text, getattr(m, "org_kind", None) or getattr(m, "project_kind", None))
        for m in pipeline.extract(text, ruleset=ruleset)
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


def test_the_zone_rule_and_the_park_rule_read_one_shared_context() -> None:
    # the two files decide one mention between them: both name the one list of
    # names.yaml, so that a verb that makes the zone a body also stops the park rule
    zone = next(rule for rule in RULES.file("organisations")["suffixes"] if rule["id"] == "acting_zone")
    park = next(rule for rule in RULES.file("projects")["suffixes"] if rule["id"] == "park")
    assert zone["context_shared"] == park["not_before_shared"] == "acting_zone"
    assert "acting_zone" in RULES.file("names")["shared_contexts"]
    assert "签署" not in zone.get("context_after", []) and "签署" not in park["not_before"]


def _rules_with(rules_copy: Path, edit) -> RuleSet:
    """The copied rules with `edit(file stem, parsed file)` applied to the names and organisation files."""
    for stem in ("names", "organisations"):
        path = rules_copy / f"{stem}.yaml"
        rules = yaml.safe_load(path.read_text(encoding="utf-8"))
        edit(stem, rules)
        path.write_text(yaml.safe_dump(rules, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return RuleSet.load(rules_copy)


def test_a_verb_added_once_makes_the_zone_a_body_and_no_park(rules_copy):
    def add_verb(stem, rules):
        if stem == "names":
            rules["shared_contexts"]["acting_zone"]["words"].append("颁布")

    text = "澄陌经开区颁布人才引进新政。"
    assert ("projects", "澄陌经开区", "park") in _found(text)
    assert _found(text, _rules_with(rules_copy, add_verb)) == [("organisations", "澄陌经开区", "government")]


def test_an_unknown_shared_context_is_a_rule_file_error(rules_copy):
    def misspell(stem, rules):
        if stem == "organisations":
            zone = next(rule for rule in rules["suffixes"] if rule["id"] == "acting_zone")
            zone["context_shared"] = "acting_zones"

    with pytest.raises(
        RuleFileError,
        match=r"organisations\.yaml:\d+: suffixes\[\d+\]\.context_shared: "
        r"'acting_zones' names no shared context of names\.yaml \(closest: acting_zone",
    ):
        pipeline.extract("澄陌经开区召开座谈会。", ruleset=_rules_with(rules_copy, misspell))
