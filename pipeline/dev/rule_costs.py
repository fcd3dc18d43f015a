"""What each date rule costs: its attempts, matches and matching time over a corpus.

The date stage tries its rules one by one at the positions near an anchor
(`pipeline.extractors.dates.match`); a rule that is tried often and rarely
matches is where a screen pays. `date_rule_costs` runs every document
through the whole pipeline with each rule's pattern wrapped in a counter,
so the attempts are exactly those of a run; `provex bench --rule-costs`
prints the table. The timer around each attempt adds its own small cost to
every attempt alike: compare rules with each other, not with stage times.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pipeline.document import process_document, source_from_text
from pipeline.extractors.dates.rules import compile_date_rules
from pipeline.rules.ruleset import RuleSet


@dataclass
class RuleCost:
    """The attempts of one rule over a corpus: how many, how many matched, their time."""

    rule_id: str
    attempts: int = 0
    matches: int = 0
    nanoseconds: int = 0

    @property
    def seconds(self) -> float:
        return self.nanoseconds / 1e9


class CountedPattern:
    """A rule's compiled pattern whose `match` calls are counted and timed into `cost`."""

    __slots__ = ("compiled", "cost")

    def __init__(self, compiled: Any, cost: RuleCost):
        self.compiled = compiled
        self.cost = cost

    def match(self, *arguments: Any, **options: Any) -> Any:
        started = time.perf_counter_ns()
        found = self.compiled.match(*arguments, **options)
        self.cost.nanoseconds += time.perf_counter_ns() - started
        self.cost.attempts += 1
        self.cost.matches += found is not None
        return found


def date_rule_costs(ruleset: RuleSet, texts: Iterable[str]) -> list[RuleCost]:
    """Each date rule's cost over `texts` run through the pipeline, costliest first.

    The matches, and so every table, are those of a plain run: only the
    rules' `match` calls are wrapped.
    """
    rules = ruleset.compiled(compile_date_rules)
    costs: dict[str, RuleCost] = {}
    counted = []
    for compiled, rule_id in rules.single_rules:
        cost = costs.setdefault(rule_id, RuleCost(rule_id))
        counted.append((CountedPattern(compiled, cost), rule_id))
    measured = ruleset.with_compiled(
        compile_date_rules,
        replace(rules, single_rules=tuple(counted), rules_by_first_pair={}, value_groups_by_pattern={}),
    )
    for number, text in enumerate(texts):
        process_document(source_from_text(text, f"doc-{number}"), measured)
    return sorted(costs.values(), key=lambda cost: (-cost.nanoseconds, cost.rule_id))


def corpus_date_rule_costs(folder: Path) -> list[RuleCost]:
    """`date_rule_costs` of the `.txt` files of `folder` with the default rules (for a fresh process)."""
    from pipeline.rules.ruleset import default_ruleset

    texts = (path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt")))
    return date_rule_costs(default_ruleset(), texts)


def format_rule_costs(costs: Sequence[RuleCost], shown: int = 15) -> list[str]:
    """A Markdown table of the `shown` costliest rules and a line for all of them."""
    total = sum(cost.nanoseconds for cost in costs) or 1
    lines = [
        "| date rule | attempts | matches | ms | share |",
        "|---|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {cost.rule_id} | {cost.attempts} | {cost.matches} | {cost.seconds * 1000:.1f} | "
        f"{cost.nanoseconds / total:.1%} |"
        for cost in costs[:shown]
    ]
    attempts = sum(cost.attempts for cost in costs)
    matches = sum(cost.matches for cost in costs)
    lines.append(f"| all {len(costs)} rules | {attempts} | {matches} | {total / 1e6:.1f} | 100% |")
    return lines
