"""Extractors: functions from article lines to spans on their normalised text.

Each extractor module (`figures`, `dates`, `organisations`, `projects`)
exposes

    find_spans(lines: Sequence[LineContext], document: DocumentContext) -> list[Span]

which sees only non-boilerplate lines and reports `Span`s on `norm_text`;
`to_mentions` turns them into raw-offset `Mention`s through each line's
offset map. Adding an extractor means adding a module and a line in
`EXTRACTOR_MODULES`.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable, Sequence
from datetime import date

from pipeline.core.records import DocumentContext, LineContext, Mention, NormalisedLine, Span

# table name -> module under pipeline.extractors.mentions that fills it, in run order.
EXTRACTOR_MODULES: dict[str, str] = {
    "figures": "pipeline.extractors.figures.find",
    "dates": "pipeline.extractors.dates.find",
    "organisations": "pipeline.extractors.names.organisations",
    "projects": "pipeline.extractors.names.projects",
}

Extractor = Callable[[Sequence[LineContext], DocumentContext], list[Span]]


def available_extractors() -> dict[str, Extractor]:
    """Table name -> `find_spans` of every extractor module that exists."""
    extractors: dict[str, Extractor] = {}
    for table, module_name in EXTRACTOR_MODULES.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        extractors[table] = module.find_spans
    return extractors


def to_mentions(doc_id: str, spans: Sequence[Span], lines: Sequence[NormalisedLine]) -> list[Mention]:
    """Map spans on normalised text back to raw offsets: one Mention each.

    `lines` are the document's normalised lines (index = line_no - 1).
    """
    mentions = []
    for span in spans:
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


class _CallableModule(types.ModuleType):
    """Lets `pipeline.extract(text)` be called although it is a package.

    The package holds the extractor modules (`pipeline/extract/figures.py`,
    ...); calling it runs the whole pipeline on one string, see
    `pipeline.api.extract_text`.
    """

    def __call__(self, text: str, doc_date: date | None = None) -> list:
        from pipeline.api import extract_text

        return extract_text(text, doc_date=doc_date)


sys.modules[__name__].__class__ = _CallableModule
