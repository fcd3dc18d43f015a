"""Each date rule's cost over a corpus: counted without changing what a run finds."""

from __future__ import annotations

from pipeline.dev import rule_costs
from pipeline.document import process_document, source_from_text
from pipeline.extractors.dates.rules import compile_date_rules
from tests.conftest import RULES

TEXTS = [
    "第三季度，该县新建冷库12座，预计2031年6月底全部投用。",
    "The ferry line reopened on March 3, 2031, two weeks after the storm.",
]


def test_every_attempt_is_counted_and_the_matched_rules_have_their_matches():
    costs = rule_costs.date_rule_costs(RULES, TEXTS)
    by_rule = {cost.rule_id: cost for cost in costs}
    assert len(by_rule) == len(RULES.compiled(compile_date_rules).single_rules)
    dates = [
        mention
        for text in TEXTS
        for mention in process_document(source_from_text(text), RULES).mentions
        if mention.table == "dates"
    ]
    assert dates
    for mention in dates:
        assert by_rule[mention.rule_id].matches >= 1
    assert sum(cost.matches for cost in costs) >= len(dates)
    assert sum(cost.attempts for cost in costs) > sum(cost.matches for cost in costs)
    assert [cost.nanoseconds for cost in costs] == sorted((cost.nanoseconds for cost in costs), reverse=True)


def test_counting_leaves_the_rules_of_the_rule_set_as_they_were():
    before = RULES.compiled(compile_date_rules)
    rule_costs.date_rule_costs(RULES, TEXTS)
    assert RULES.compiled(compile_date_rules) is before
    assert all(not isinstance(pattern, rule_costs.CountedPattern) for pattern, _ in before.single_rules)


def test_the_table_shows_the_costliest_rules_and_a_total():
    costs = [
        rule_costs.RuleCost("dates:slow", attempts=10, matches=1, nanoseconds=3_000_000),
        rule_costs.RuleCost("dates:quick", attempts=4, matches=0, nanoseconds=1_000_000),
    ]
    lines = rule_costs.format_rule_costs(costs, shown=1)
    assert lines[2] == "| dates:slow | 10 | 1 | 3.0 | 75.0% |"
    assert lines[-1] == "| all 2 rules | 14 | 1 | 4.0 | 100% |"
    assert len(lines) == 4
