"""Zones that sign with a partner, convene or hold name no park; the partner joiners are rule data.

A development zone that signs with a partner named between (X新区与Y签署,
X高新区还与Y签订), or that convenes a meeting or holds a ceremony or a
signing (X经开区召开, X高新区举行), acts as its administration, as the
zones' own pages and city papers write it and as the readable audits mark
it: neither the zone nor its declared short form is reported as a park
there. The words that both mark a partner and join the
fields of an office's own name (和) are `partner_joiners` of the
organisation rules. All sentences are invented for these tests.
"""

from __future__ import annotations

import shutil

import pytest
import yaml

import pipeline
from pipeline.rules.ruleset import RuleSet
from tests.conftest import RULES


def _names(text: str, table: str, ruleset: RuleSet = RULES) -> list[str]:
    return [m.raw_text for m in pipeline.extract(text, ruleset=ruleset) if m.table == table]


@pytest.mark.parametrize(
    "text",
    [
        "会上，澜溪开发区还与四家银行签订战略合作协议。",
        "6月3日，青禾新区与澜州电气有限公司签约建设储能电站。",
        "澄江高新区同澜州港务集团签署合作备忘录。",
    ],
)
def test_zone_that_signs_with_a_partner_names_no_park(text):
    assert _names(text, "projects") == []


@pytest.mark.parametrize(
    "text",
    [
        "澄江高新区举行重大项目集中签约。",
        "4月2日，澜溪经开区召开外资企业座谈会。",
        "青禾開發區昨日舉行招商推介儀式。",
    ],
)
def test_zone_that_convenes_or_holds_names_no_park(text):
    assert _names(text, "projects") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澄江集团于青禾高新区与澜海银行签约。", "青禾高新区"),
        ("两家企业在青禾新区签署投资协议。", "青禾新区"),
        ("澜溪开发区与省农科院共建育种中心。", "澜溪开发区"),
        ("澄江集团在澄江高新区举行投产仪式。", "澄江高新区"),
        ("澄江高新区新增企业120家。", "澄江高新区"),
    ],
)
def test_zone_where_something_is_signed_held_or_built_is_still_named(text, name):
    assert name in _names(text, "projects")


def test_declared_short_form_of_a_zone_that_signs_names_no_park():
    text = (
        "澄江高新技术产业开发区(以下简称“澄江高新区”)新增企业300家。\n"
        "5月8日，澄江高新区与澜州电气有限公司签署合作协议。\n"
        "澄江高新区今年新增上市企业3家。"
    )
    found = [(m.line_no, m.raw_text) for m in pipeline.extract(text, ruleset=RULES) if m.table == "projects"]
    assert (2, "澄江高新区") not in found
    assert (3, "澄江高新区") in found


def _rules_without_joiners(tmp_path) -> RuleSet:
    """A copy of the shipped rules whose organisation rules list no partner joiners."""
    shutil.copytree(RULES.directory, tmp_path / "rules")
    path = tmp_path / "rules" / "organisations.yaml"
    rules = yaml.safe_load(path.read_text(encoding="utf-8"))
    for rule in rules["suffixes"]:
        rule.pop("partner_joiners", None)
    path.write_text(yaml.safe_dump(rules, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return RuleSet.load(tmp_path / "rules")


def test_partner_joiners_are_rule_data(tmp_path):
    text = "开发商须同澄州市自然资源和规划局签订供地合同。"
    assert "规划局" not in _names(text, "organisations")
    assert "规划局" in _names(text, "organisations", _rules_without_joiners(tmp_path))


def test_joiner_alone_still_marks_the_partner():
    assert "澜洲投资推广署" in _names("管委会和澜洲投资推广署签署备忘录。", "organisations")
