"""From an extractor's spans on normalised text to mentions on the raw lines.

Every extractor (declared by an `EntitySpec` in `pipeline.core.entity`) is

    find_spans(lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet) -> list[Span]

It sees only article (non-boilerplate) lines and reports `Span`s on their
`norm_text`; `to_mentions` maps each span back to raw offsets through the
line's offset map, so `lines.raw_text[start:end] == raw_text` holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.core.entity import REGISTRY
from pipeline.core.records import Mention, NormalisedLine, Span


class UnknownColumnError(ValueError):
    """An extractor reported a field its table does not have (a misspelt column)."""


def to_mentions(doc_id: str, spans: Sequence[Span], lines: Sequence[NormalisedLine]) -> list[Mention]:
    """Map spans on normalised text back to raw offsets: one Mention each.

    `lines` are the document's normalised lines (index = line_no - 1).
    Raises UnknownColumnError when a span carries a field that is not a
    column of its table's spec: a typo would otherwise become a null column.
    """
    columns: dict[str, frozenset[str]] = {}
    mentions = []
    for span in spans:
        allowed = columns.get(span.table)
        if allowed is None:
            allowed = columns[span.table] = frozenset(REGISTRY.get(span.table).column_names)
        if not span.fields.keys() <= allowed:
            unknown = ", ".join(sorted(set(span.fields) - allowed))
            raise UnknownColumnError(
                f"rule {span.rule_id} gave field(s) {unknown} that table {span.table!r} does not have "
                f"(its columns: {', '.join(sorted(allowed))})"
            )
        line = lines[span.line_no - 1]
        start, end = span.start, span.end
        raw_start, raw_end = line.offsets.to_raw(start, end)
        # Positional arguments, in Mention's field order: a keyword call costs
        # noticeably more, and there is one call per mention.
        mentions.append(
            Mention(
                span.table,
                doc_id,
                span.line_no,
                raw_start,
                raw_end,
                line.raw_text[raw_start:raw_end],
                line.norm_text[start:end],
                line.lang,
                span.rule_id,
                dict(span.fields),
            )
        )
    return mentions
