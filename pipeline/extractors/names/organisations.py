"""The organisations extractor: named organisations on article lines.

Rules live in rules/organisations.yaml (suffixes, English head words, list contexts
and more) and rules/names.yaml (where a name starts). Organisation and
project names are found in one shared pass (pipeline.extractors.names.find)
so that the two tables never claim the same text: the longest name wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.core.records import DocumentContext, LineContext, Span
from pipeline.extractors.names.find import table_spans
from pipeline.extractors.names.rules import ORGANISATIONS

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet


TABLE = ORGANISATIONS


def find_spans(lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet) -> list[Span]:
    """Spans of organisations names on the lines' normalised text.

    Each span's fields are `name` (the normalised name) and `org_kind`.
    `document` is not needed: names are found line by line.
    """
    return table_spans(TABLE, "org_kind", lines, ruleset)
