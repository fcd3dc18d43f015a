"""Dates: calendar points and periods, resolved to a first and a last day.

The patterns live in `rules/dates.yaml` (compiled by `rules.py`); they are
joined into one ordered alternation (the first rule that matches at a
position wins, leftmost match first, no overlaps), searched near the
anchors every date contains (`match.py`). Each match is then resolved to a
`start_date`/`end_date`, a granularity and a resolution (`resolve.py`).

Year-less and relative dates need the article's time: its date when known;
else the article year, inferred as the latest year the article states as a
fact: the first year of every explicit date or range, leaving out years
introduced as targets (到2028年, by 2030; see `future_markers`). News
articles rarely state years after their own, so this is the year they were
written in far more often than not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.core.records import DocumentContext, LineContext, Span
from pipeline.extractors.dates.match import Anchors, anchors_by_text, named_groups, rule_matches
from pipeline.extractors.dates.resolve import (
    Found,
    Reference,
    Unresolvable,
    granularity_of,
    resolve,
    year_value,
)
from pipeline.extractors.dates.rules import DateRules, compile_date_rules

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

TABLE = "dates"


def line_matches(line: LineContext, rules: DateRules, anchors: Anchors | None = None) -> list[Found]:
    """Every rule match on one line, in order, with its named groups."""
    found = []
    for match, rule_id in rule_matches(line.norm_text, rules, anchors):
        groups = named_groups(match, rules)
        year_text = groups.get("year")
        explicit_year = year_value(year_text, rules) if year_text else None
        before = line.norm_text[max(0, match.start() - 16) : match.start()].rstrip().lower()
        is_target = before.endswith(rules.future_markers)
        found.append(
            Found(
                line_no=line.line_no,
                start=match.start(),
                end=match.end(),
                rule_id=rule_id,
                groups=groups,
                explicit_year=explicit_year,
                is_target=is_target,
            )
        )
    return found


def infer_article_year(found: Sequence[Found]) -> int | None:
    """The article's year guessed from the years it states (None if none).

    The latest explicit year not introduced as a target (到2028年, by 2030).
    """
    years = [item.explicit_year for item in found if item.explicit_year is not None and not item.is_target]
    return max(years) if years else None


def find_spans(lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet) -> list[Span]:
    """Date spans of an article's (non-boilerplate) lines, on their norm_text.

    `document.doc_date` anchors year-less and relative dates; without it the
    article year is inferred from the years the article states. Each span's
    fields: start_date, end_date (date or None), granularity, resolution.
    """
    rules = ruleset.compiled(compile_date_rules)
    anchors_by_line = anchors_by_text([line.norm_text for line in lines], rules)
    if anchors_by_line is None:
        per_line = [(line, line_matches(line, rules)) for line in lines]
    else:
        per_line = [
            (line, line_matches(line, rules, anchors) if anchors.positions else [])
            for line, anchors in zip(lines, anchors_by_line, strict=True)
        ]
    doc_date = document.doc_date
    article_year = (
        doc_date.year if doc_date else infer_article_year([f for _, items in per_line for f in items])
    )
    reference = Reference(doc_date=doc_date, article_year=article_year)
    spans = []
    for _line, items in per_line:
        for index, item in enumerate(items):
            earlier_years = [
                other.explicit_year for other in items[:index] if other.explicit_year is not None
            ]
            context_year = earlier_years[-1] if earlier_years else None
            spans.append(_to_span(item, rules, reference, context_year))
    return spans


def _to_span(item: Found, rules: DateRules, reference: Reference, context_year: int | None) -> Span:
    try:
        start, end, granularity, resolution = resolve(item, rules, reference, context_year)
    except Unresolvable:
        start = end = None
        granularity, resolution = granularity_of(item, rules), "unresolved"
    return Span(
        table=TABLE,
        line_no=item.line_no,
        start=item.start,
        end=item.end,
        rule_id=item.rule_id,
        fields={"start_date": start, "end_date": end, "granularity": granularity, "resolution": resolution},
    )
