"""The Python API for notebooks and tests: `pipeline.extract(text)`.

It runs exactly the batch pipeline's code (normalise, boilerplate, every
extractor) on one string and returns one typed record per mention, with the
same fields as the mention tables. `line_no`/`start`/`end` address the
string's own lines: `text.split("\\n")[line_no - 1][start:end] == raw_text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from pipeline.core.records import Mention, SourceText
from pipeline.stages.ingest import split_lines


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


@dataclass(frozen=True)
class FigureMention(MentionRecord):
    """A row of `figures`: a quantity normalised to base units."""

    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None
    unit: str | None = None
    counter: str | None = None
    qualifier: str | None = None
    table: str = "figures"


@dataclass(frozen=True)
class DateMention(MentionRecord):
    """A row of `dates`: a calendar point or period."""

    start_date: date | None = None
    end_date: date | None = None
    granularity: str | None = None
    resolution: str | None = None
    table: str = "dates"


@dataclass(frozen=True)
class OrganisationMention(MentionRecord):
    """A row of `organisations`."""

    name: str | None = None
    org_kind: str | None = None
    table: str = "organisations"


@dataclass(frozen=True)
class ProjectMention(MentionRecord):
    """A row of `projects`."""

    name: str | None = None
    project_kind: str | None = None
    table: str = "projects"


RECORD_TYPES: dict[str, type[MentionRecord]] = {
    "figures": FigureMention,
    "dates": DateMention,
    "organisations": OrganisationMention,
    "projects": ProjectMention,
}


def to_record(mention: Mention) -> MentionRecord:
    """The typed record of a mention (FigureMention, DateMention, ...)."""
    record_type = RECORD_TYPES[mention.table]
    row = mention.as_row()
    known = record_type.__dataclass_fields__
    return record_type(**{key: value for key, value in row.items() if key in known})


def source_from_text(text: str, name: str = "<text>") -> SourceText:
    """Wrap a string as a SourceText, as if it were a UTF-8 file."""
    data = text.encode("utf-8")
    return SourceText(
        source_path=name,
        file_name=name,
        source_kind="text",
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        encoding="utf-8",
        text=text,
        lines=split_lines(text),
    )


def extract_text(text: str, doc_date: date | None = None) -> list[MentionRecord]:
    """Run the whole pipeline on one string; returns its mentions, in order.

    `doc_date` anchors year-less and relative dates; when None, the date the
    text states as its own (if any) is used, as in a batch run.
    """
    from pipeline.document import process_source
    from pipeline.rules.loader import rules_hash

    result = process_source(source_from_text(text), rules_hash(), doc_date=doc_date)
    records = [to_record(mention) for mention in result.mentions]
    return sorted(records, key=lambda record: (record.line_no, record.start, record.end, record.table))
