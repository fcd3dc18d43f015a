"""Every extractor rule carries its own examples in its rule file, and they hold.

A rule is a mapping with an `id` in a rule file of an entity type. Its
`examples:` are texts it must find (a string), or mappings:

    - {text: "约120万平米", value: 1200000, unit: m2, qualifier: approx}   # found, with these columns
    - {text: "今年3月", doc_date: 2024-05-01, start_date: 2024-03-01}     # relative to an article date
    - {text: "签约仪式", none: true}                                     # the rule must not fire here
    - {text: "...", match: "120万平米", ...}                              # the span is exactly this text

Each example runs through `pipeline.extract`, the whole pipeline, and is
checked against the mentions whose `rule_id` is `<file>:<id>`; the examples
of a setting that only refuses names other rules find (projects.yaml
`descriptive_names`) against the mentions of those rules, and those of one
that refuses names whatever rule found them (organisations.yaml
`built_bodies`) against every mention of its table.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest

import pipeline
from pipeline.core.entity import REGISTRY
from pipeline.extractors.names.rules import compile_name_rules
from pipeline.rules.schema import rules_with_examples
from tests.conftest import RULES

# Keys of an example mapping that are not expected column values.
EXAMPLE_KEYS = {"text", "doc_date", "none", "match", "comment"}
# A setting that refuses names other rules find, or refuses them whatever
# rule found them -> None: its examples (`none`) are checked against every
# mention of its table, since it finds nothing itself. A descriptive phrase
# names no project under any rule of its table (its `endings` are refused
# under every one).
_NAME_RULES = RULES.compiled(compile_name_rules)
REFUSALS: dict[str, frozenset[str] | None] = {}
if _NAME_RULES.descriptive_names:
    REFUSALS[_NAME_RULES.descriptive_names.rule_id] = None
if _NAME_RULES.built_body_rule_id:
    REFUSALS[_NAME_RULES.built_body_rule_id] = None


def _rules() -> list[tuple[str, str, dict]]:
    found = []
    for spec in REGISTRY.specs():
        for name in spec.rule_files:
            for rule in rules_with_examples(RULES.file(name)):
                found.append((spec.table, name, rule))
    return found


def _examples() -> list[Any]:
    cases = []
    for table, name, rule in _rules():
        for number, example in enumerate(rule.get("examples") or []):
            cases.append(
                pytest.param(table, f"{name}:{rule['id']}", example, id=f"{name}:{rule['id']}#{number}")
            )
    return cases


@pytest.mark.parametrize(
    ("table", "name", "rule"), [pytest.param(*r, id=f"{r[1]}:{r[2]['id']}") for r in _rules()]
)
def test_every_rule_has_an_example(table, name, rule):
    assert rule.get("examples"), f"{RULES.path(name)}:{rule.line}: rule {rule['id']!r} has no examples"


@pytest.mark.parametrize(("table", "rule_id", "example"), _examples())
def test_rule_example(table, rule_id, example):
    if isinstance(example, str):
        example = {"text": example}
    doc_date = example.get("doc_date")
    if isinstance(doc_date, str):
        doc_date = date.fromisoformat(doc_date)
    checked = REFUSALS.get(rule_id, {rule_id})
    records = [
        record
        for record in pipeline.extract(example["text"], doc_date=doc_date)
        if record.table == table and (checked is None or record.rule_id in checked)
    ]
    if example.get("none"):
        assert not records, f"{rule_id} fired on {example['text']!r}: {records}"
        return
    if "match" in example:
        records = [record for record in records if record.raw_text == example["match"]]
    assert records, f"{rule_id} found nothing in {example['text']!r}" + (
        f" matching {example['match']!r}" if "match" in example else ""
    )
    expected = {key: value for key, value in example.items() if key not in EXAMPLE_KEYS}
    assert any(_agrees(record, expected) for record in records), (
        f"{rule_id} on {example['text']!r}: expected {expected}, got "
        + "; ".join(f"{record.raw_text!r} {_fields(record, expected)}" for record in records)
    )


def _agrees(record: Any, expected: dict[str, Any]) -> bool:
    return all(_same(getattr(record, key), value) for key, value in expected.items())


def _same(actual: Any, expected: Any) -> bool:
    if isinstance(actual, date) and isinstance(expected, date | str):
        return actual.isoformat() == (expected if isinstance(expected, str) else expected.isoformat())
    if isinstance(actual, float) and isinstance(expected, int | float) and not isinstance(expected, bool):
        return math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-12)
    return actual == expected


def _fields(record: Any, expected: dict[str, Any]) -> dict[str, Any]:
    return {key: getattr(record, key, None) for key in expected}
