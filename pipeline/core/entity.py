"""Entity types: each declared once, everything else derived from the declaration.

An `EntitySpec` says what a mention table holds (its typed columns), which
rule files feed it, which function finds its spans, how the report colours
it and how a row's value reads in a few words. The store's Arrow schemas,
the Python API's record classes, `pipeline.load()`'s tables, the report's
legend and value text, and the evaluation's gold types all come from the
specs in `REGISTRY`.

The registry names each built-in spec by where it is declared
(`pipeline.extractors.figures.spec:SPEC`) and imports it on first use, so
this module depends on no extractor; a spec module imports only `core`.
Adding an entity type is a spec module, its extractor, its rule file and one
line in `BUILT_IN_SPECS`.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.core.records import DocumentContext, LineContext, Span

# Column kinds; the store maps them to Arrow types, the API to Python ones.
COLUMN_KINDS = ("string", "float", "int", "date", "bool", "strings")


@dataclass(frozen=True)
class Column:
    """One typed column of a table."""

    name: str
    kind: str  # one of COLUMN_KINDS
    doc: str = ""
    nullable: bool = True

    def __post_init__(self) -> None:
        if self.kind not in COLUMN_KINDS:
            raise ValueError(
                f"column {self.name!r}: kind {self.kind!r} is not one of {', '.join(COLUMN_KINDS)}"
            )


# The columns every mention table starts with, in this order.
MENTION_COLUMNS: tuple[Column, ...] = (
    Column("mention_id", "string", "stable id from doc_id, table, line_no, start and end", nullable=False),
    Column("doc_id", "string", "the document (first 16 hex digits of its sha256)", nullable=False),
    Column("line_no", "int", "1-based line of the document", nullable=False),
    Column("start", "int", "code-point offset into the raw line", nullable=False),
    Column("end", "int", "end offset into the raw line (exclusive)", nullable=False),
    Column("raw_text", "string", "exactly lines.raw_text[start:end]", nullable=False),
    Column("norm_text", "string", "the span on the normalised line", nullable=False),
    Column("lang", "string", "language of the line: zh, en, mixed", nullable=False),
    Column("rule_id", "string", "<rules file>:<rule id> of the rule that fired", nullable=False),
)


@dataclass(frozen=True)
class Style:
    """How the report shows a type: highlight background and border colour."""

    background: str
    border: str


Extractor = Callable[["Sequence[LineContext]", "DocumentContext", Any], "list[Span]"]


@dataclass(frozen=True)
class EntitySpec:
    """The single declaration of one mention table.

    `columns` are the table's own columns (after `MENTION_COLUMNS`); an
    extractor's spans carry exactly these as `fields`. `extractor` is
    `module:function` of its `find_spans(lines, document, ruleset)`, imported
    when first called. `gold_type` is the type name of hand annotations;
    `span_match` how a predicted span matches a gold one (`any` overlap, or
    at least `half` of the longer); `value_columns` are compared for value
    accuracy.
    """

    table: str
    label: str
    columns: tuple[Column, ...]
    rule_files: tuple[str, ...]
    extractor: str
    style: Style
    describe: Callable[[Mapping[str, Any]], str]
    gold_type: str = ""
    span_match: str = "any"
    value_columns: tuple[str, ...] = ()
    doc: str = ""

    @property
    def column_names(self) -> tuple[str, ...]:
        """The table's own column names, in order."""
        return tuple(column.name for column in self.columns)

    @property
    def all_columns(self) -> tuple[Column, ...]:
        """Every column of the table: the common mention columns, then its own."""
        return MENTION_COLUMNS + self.columns

    def find_spans(self) -> Extractor:
        """The extractor function (imported on first call)."""
        module_name, _, function = self.extractor.partition(":")
        return getattr(importlib.import_module(module_name), function)


# Built-in entity types, in run order: where each spec is declared.
BUILT_IN_SPECS: tuple[str, ...] = (
    "pipeline.extractors.figures.spec:SPEC",
    "pipeline.extractors.dates.spec:SPEC",
    "pipeline.extractors.names.spec:ORGANISATIONS",
    "pipeline.extractors.names.spec:PROJECTS",
)


class Registry:
    """The entity types of this process, in run order."""

    def __init__(self, locations: Sequence[str]):
        self._locations = tuple(locations)
        self._specs: dict[str, EntitySpec] | None = None

    def _loaded(self) -> dict[str, EntitySpec]:
        if self._specs is None:
            specs: dict[str, EntitySpec] = {}
            for location in self._locations:
                module_name, _, attribute = location.partition(":")
                spec = getattr(importlib.import_module(module_name), attribute)
                specs[spec.table] = spec
            self._specs = specs
        return self._specs

    def specs(self) -> tuple[EntitySpec, ...]:
        """Every entity type, in run order."""
        return tuple(self._loaded().values())

    def tables(self) -> tuple[str, ...]:
        """The mention tables, in run order."""
        return tuple(self._loaded())

    def get(self, table: str) -> EntitySpec:
        """The spec of `table`; KeyError for an unknown table."""
        return self._loaded()[table]

    def __contains__(self, table: object) -> bool:
        return table in self._loaded()

    def by_gold_type(self) -> dict[str, EntitySpec]:
        """Specs keyed by the type name hand annotations use (`figure`, `org`, ...)."""
        return {spec.gold_type: spec for spec in self.specs() if spec.gold_type}

    @contextlib.contextmanager
    def extended(self, spec: EntitySpec) -> Iterator[EntitySpec]:
        """Register `spec` for the duration of a `with` block (tests, experiments)."""
        specs = self._loaded()
        if spec.table in specs:
            raise ValueError(f"an entity type named {spec.table!r} is already registered")
        specs[spec.table] = spec
        try:
            yield spec
        finally:
            del specs[spec.table]


REGISTRY = Registry(BUILT_IN_SPECS)


def format_value(value: Any) -> str:
    """One parsed value for display: floats without a needless .0, dates as ISO."""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() and abs(value) >= 1e4 else f"{value:g}"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def present(row: Mapping[str, Any], name: str) -> bool:
    """Whether a row has a value in column `name` (None, NaN and NaT from pandas are missing)."""
    value = row.get(name)
    return value is not None and value == value and str(value) != "NaT"
