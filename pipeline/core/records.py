"""The records that flow between stages: source -> lines -> mentions.

Every stage is a function from these records to these records. They are plain
frozen dataclasses so that a stage cannot change what an earlier stage made.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any

from pipeline.core.entity import MENTION_COLUMNS
from pipeline.core.offsets import OffsetMap

# The columns every mention row starts with: `Mention` attributes of the same names.
COMMON_COLUMNS = tuple(column.name for column in MENTION_COLUMNS)


@dataclass(frozen=True)
class SourceText:
    """A decoded input file: what ingest hands to the rest of the pipeline.

    `text` is the decoded source (for HTML, the text the page was reduced to);
    `lines` is `text` split exactly as the output contract says.
    """

    source_path: str
    file_name: str
    source_kind: str  # "text" or "html"
    sha256: str
    bytes: int
    encoding: str
    text: str
    lines: tuple[str, ...]
    invalid_bytes: int = 0  # bytes replaced by U+FFFD while decoding
    record: str | None = None  # the record inside a container (JSONL line, WARC offset); None for a file
    meta: Mapping[str, str] = field(default_factory=dict)  # what the input says of itself (url, title, ...)

    @property
    def doc_id(self) -> str:
        """Content-addressed id: the first 16 hex digits of the sha256 of the file (or record)."""
        return self.sha256[:16]


@dataclass(frozen=True)
class NormalisedLine:
    """One raw line and its normalised form, with the map between them.

    `flags` name the normalisations that changed the line (`t2s`,
    `pinyin_removed`, `fullwidth`, `space`) and problems found on it
    (`garbled`). `garbled_spans` are [start, end) stretches of `norm_text`
    that look like mojibake.
    """

    line_no: int
    raw_text: str
    norm_text: str
    offsets: OffsetMap
    lang: str  # "zh", "en", "mixed" or "none"
    flags: tuple[str, ...] = ()
    garbled_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class BoilerplateVerdict:
    """Whether a line is web debris rather than article text, and why.

    `rule` names the rule in `rules/boilerplate.yaml` that decided (for
    example `marker:copyright` or `structure:repeated_line`); `None` for
    article text.
    """

    is_boilerplate: bool
    rule: str | None = None


@dataclass(frozen=True)
class LineContext:
    """What an extractor sees of one article line: its normalised text."""

    line_no: int
    norm_text: str
    lang: str


@dataclass(frozen=True)
class DocumentContext:
    """What an extractor may know about the whole article.

    `region` is where it was published (`CN`, `HK`, `TW`, `MO`, ... as the
    input's metadata says; None when unknown); `traditional` is True when any
    of its lines was written in traditional characters (converted by t2s).
    """

    doc_date: date | None = None
    title: str | None = None
    region: str | None = None
    traditional: bool = False


class _computed_once:  # noqa: N801 - used as a decorator, like functools.cached_property
    """`functools.cached_property` without its lock: the value is stored in the instance on first use.

    Computing the value twice (two threads at once) gives the same value, so
    nothing needs locking; later reads find the stored value before this
    descriptor, as plain attributes.
    """

    def __init__(self, function: Callable[[Any], Any]):
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


@dataclass(frozen=True)
class Span:
    """An extractor's finding: a [start, end) span of a line's `norm_text`.

    `table` is the mention table it belongs to (`figures`, `dates`,
    `organisations`, `projects`); `rule_id` is `<rules file stem>:<rule id>`;
    `fields` holds the table-specific columns (value, unit, start_date, ...).
    """

    table: str
    line_no: int
    start: int
    end: int
    rule_id: str
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Mention:
    """A span mapped back to the raw line: one row of a mention table.

    `start`/`end` index `raw_text` of line `line_no`, so
    `lines.raw_text[start:end] == raw_text` always holds.
    """

    table: str
    doc_id: str
    line_no: int
    start: int
    end: int
    raw_text: str
    norm_text: str
    lang: str
    rule_id: str
    fields: Mapping[str, Any] = field(default_factory=dict)

    @_computed_once  # asked for many times per mention (rows, links, drift)
    def mention_id(self) -> str:
        """Stable id derived from doc_id, table, line_no, start and end."""
        return mention_id(self.doc_id, self.table, self.line_no, self.start, self.end)

    def as_row(self) -> dict[str, Any]:
        """The mention as one table row: common columns then its own fields."""
        row = {column: getattr(self, column) for column in COMMON_COLUMNS}
        row.update(self.fields)
        return row


def mention_columns(mentions: Sequence[Mention], columns: Sequence[str]) -> dict[str, list[Any]]:
    """The rows of `mentions` column by column: `as_row` of each, None where a mention lacks a field.

    What the batch writer hands to Arrow; no dict is built per mention.
    """
    found: dict[str, list[Any]] = {}
    for column in columns:
        if column in COMMON_COLUMNS:
            found[column] = list(map(attrgetter(column), mentions))
        else:
            found[column] = [mention.fields.get(column) for mention in mentions]
    return found


def mention_id(doc_id: str, table: str, line_no: int, start: int, end: int) -> str:
    """Content-addressed mention id (16 hex digits); equal inputs, equal id."""
    key = f"{doc_id}/{table}/{line_no}/{start}/{end}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def article_lines(
    lines: Sequence[NormalisedLine], verdicts: Sequence[BoilerplateVerdict]
) -> list[NormalisedLine]:
    """The lines extractors see: not blank, not boilerplate, in order."""
    return [
        line
        for line, verdict in zip(lines, verdicts, strict=True)
        if line.norm_text.strip() and not verdict.is_boilerplate
    ]


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as text that any table can store: itself, unless its name is not valid UTF-8.

    A file name with bytes that are not UTF-8 reaches Python with surrogate
    escapes, which Arrow (rightly) refuses to write. Such bytes are shown as
    `\\xNN`, so the row names the file readably; the run itself keeps reading
    the file by its real name.
    """
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text
