"""The Python API for notebooks and tests: `pipeline.extract(text)`.

It runs exactly the batch pipeline's code (`process_document`: normalise,
boilerplate, every extractor) on one string and returns one typed record
per mention, with the same fields as the mention tables. `line_no`/`start`/
`end` address the string's own lines:
`text.split("\\n")[line_no - 1][start:end] == raw_text`.

The record class of each table is made from its `EntitySpec` (one frozen
dataclass per entity type, subclassing `MentionRecord`), so a new entity
type has its records without an edit here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from pipeline.core.entity import REGISTRY, EntitySpec
from pipeline.core.records import Mention
from pipeline.document import process_document, source_from_text
from pipeline.rules.ruleset import RuleSet, default_ruleset


@dataclass(frozen=True)
class MentionRecord:
    """Columns every mention table shares."""

    mention_id: str
    doc_id: str
    line_no: int
    start: int
    end: int
    raw_text: str
    norm_text: str
    lang: str
    rule_id: str


# How each column kind of an EntitySpec reads in Python.
PYTHON_TYPES: dict[str, Any] = {
    "string": str | None,
    "float": float | None,
    "int": int | None,
    "date": date | None,
    "bool": bool | None,
    "strings": list[str] | None,
}

_RECORD_TYPES: dict[EntitySpec, type[MentionRecord]] = {}


def record_type(table: str) -> type[MentionRecord]:
    """The record class of a mention table (`FigureMention` for `figures`, ...)."""
    spec = REGISTRY.get(table)
    made = _RECORD_TYPES.get(spec)
    if made is None:
        fields = [(column.name, PYTHON_TYPES[column.kind], None) for column in spec.columns]
        fields.append(("table", str, dataclasses.field(default=spec.table)))
        made = dataclasses.make_dataclass(
            f"{spec.label.title().replace(' ', '')}Mention",
            fields,
            bases=(MentionRecord,),
            frozen=True,
            namespace={"__doc__": spec.doc or f"A row of `{spec.table}`.", "__module__": __name__},
        )
        _RECORD_TYPES[spec] = made
    return made


FigureMention = record_type("figures")
DateMention = record_type("dates")
OrganisationMention = record_type("organisations")
ProjectMention = record_type("projects")


def to_record(mention: Mention) -> MentionRecord:
    """The typed record of a mention (FigureMention, DateMention, ...)."""
    made = record_type(mention.table)
    row = mention.as_row()
    known = made.__dataclass_fields__
    return made(**{key: value for key, value in row.items() if key in known})


def extract_text(
    text: str, doc_date: date | None = None, ruleset: RuleSet | None = None
) -> list[MentionRecord]:
    """Run the whole pipeline on one string; returns its mentions, in order.

    `doc_date` anchors year-less and relative dates; when None, the date the
    text states as its own (if any) is used, as in a batch run. `ruleset`
    defaults to the project's rules.
    """
    result = process_document(source_from_text(text), ruleset or default_ruleset(), doc_date=doc_date)
    records = [to_record(mention) for mention in result.mentions]
    return sorted(records, key=lambda record: (record.line_no, record.start, record.end, record.table))
