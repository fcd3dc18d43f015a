"""The projects extractor: named projects on article lines.

Rules live in rules/projects.yaml (suffixes, English head words, list contexts
and more) and rules/names.yaml (where a name starts). Organisation and
project names are found in one shared pass (pipeline.extractors.names.find)
so that the two tables never claim the same text: the longest name wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.core.records import DocumentContext, LineContext, Span
from pipeline.extractors.names.find import table_spans
from pipeline.extractors.names.rules import PROJECTS, compile_name_rules

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet


TABLE = PROJECTS


def find_spans(lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet) -> list[Span]:
    """Spans of projects names on the lines' normalised text.

    Each span's fields are `name` (the normalised name) and `project_kind`.
    Names are found line by line; of the document only its script counts: a
    name of a traditional-only rule (a Taiwan park's short form) is kept in
    a document written in traditional script alone.
    """
    spans = table_spans(TABLE, "project_kind", lines, ruleset)
    if document.traditional:
        return spans
    traditional_only = ruleset.compiled(compile_name_rules).traditional_only_rules
    return [span for span in spans if span.rule_id not in traditional_only]
