"""The Arrow schemas of the output tables.

`documents`, `lines` and `errors` are the store's own tables; every mention
table's schema is derived from its `EntitySpec` in `REGISTRY` (the common
mention columns, then the spec's typed columns), so a new entity type gets
its table without an edit here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pyarrow as pa

from pipeline.core.entity import MENTION_COLUMNS, REGISTRY, Column, EntitySpec

# How each column kind of an EntitySpec is stored.
ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "float": pa.float64(),
    "int": pa.int32(),
    "date": pa.date32(),
    "bool": pa.bool_(),
    "strings": pa.list_(pa.string()),
}

STORE_SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            pa.field("doc_id", pa.string(), nullable=False),
            pa.field("source_path", pa.string(), nullable=False),
            pa.field("file_name", pa.string(), nullable=False),
            pa.field("source_kind", pa.string(), nullable=False),
            pa.field("sha256", pa.string(), nullable=False),
            pa.field("bytes", pa.int64(), nullable=False),
            pa.field("encoding", pa.string(), nullable=False),
            pa.field("title", pa.string()),
            pa.field("doc_date", pa.date32()),
            pa.field("n_lines", pa.int32(), nullable=False),
            pa.field("languages", pa.list_(pa.string())),
            pa.field("pipeline_version", pa.string(), nullable=False),
            pa.field("rules_hash", pa.string(), nullable=False),
            pa.field("processed_at", pa.timestamp("us", tz="UTC"), nullable=False),
            pa.field("duplicate_paths", pa.list_(pa.string())),
            # From the web-input issue on; a part written before reads them as nulls.
            pa.field("record", pa.string()),
            pa.field("url", pa.string()),
            pa.field("published", pa.date32()),
            pa.field("region", pa.string()),
            pa.field("site", pa.string()),
            pa.field("doc_date_source", pa.string()),
            pa.field("meta", pa.map_(pa.string(), pa.string())),
        ]
    ),
    "lines": pa.schema(
        [
            pa.field("doc_id", pa.string(), nullable=False),
            pa.field("line_no", pa.int32(), nullable=False),
            pa.field("raw_text", pa.string(), nullable=False),
            pa.field("norm_text", pa.string(), nullable=False),
            pa.field("lang", pa.string(), nullable=False),
            pa.field("is_boilerplate", pa.bool_(), nullable=False),
            pa.field("boilerplate_rule", pa.string()),
            pa.field("flags", pa.list_(pa.string())),
        ]
    ),
    # Bilingual documents (pipeline/stages/align/): empty for monolingual ones.
    "line_pairs": pa.schema(
        [
            pa.field("doc_id", pa.string(), nullable=False),
            pa.field("zh_line_no", pa.int32(), nullable=False),
            pa.field("en_line_no", pa.int32(), nullable=False),
            pa.field("score", pa.float64(), nullable=False),
            pa.field("evidence", pa.string(), nullable=False),
        ]
    ),
    "mention_links": pa.schema(
        [
            pa.field("doc_id", pa.string(), nullable=False),
            pa.field("table", pa.string(), nullable=False),
            pa.field("zh_mention_id", pa.string(), nullable=False),
            pa.field("en_mention_id", pa.string(), nullable=False),
            pa.field("zh_line_no", pa.int32(), nullable=False),
            pa.field("en_line_no", pa.int32(), nullable=False),
            pa.field("relation", pa.string(), nullable=False),
            pa.field("evidence", pa.string(), nullable=False),
            pa.field("name_zh", pa.string()),
            pa.field("name_en", pa.string()),
        ]
    ),
    "drift": pa.schema(
        [
            pa.field("doc_id", pa.string(), nullable=False),
            pa.field("table", pa.string(), nullable=False),
            pa.field("kind", pa.string(), nullable=False),
            pa.field("zh_line_no", pa.int32(), nullable=False),
            pa.field("en_line_no", pa.int32(), nullable=False),
            pa.field("zh_mention_id", pa.string()),
            pa.field("zh_start", pa.int32()),
            pa.field("zh_end", pa.int32()),
            pa.field("zh_text", pa.string()),
            pa.field("zh_value", pa.string()),
            pa.field("en_mention_id", pa.string()),
            pa.field("en_start", pa.int32()),
            pa.field("en_end", pa.int32()),
            pa.field("en_text", pa.string()),
            pa.field("en_value", pa.string()),
            pa.field("in_other_text", pa.bool_()),
        ]
    ),
    "errors": pa.schema(
        [
            pa.field("source_path", pa.string(), nullable=False),
            pa.field("stage", pa.string(), nullable=False),
            pa.field("error_type", pa.string(), nullable=False),
            pa.field("message", pa.string(), nullable=False),
            pa.field("at", pa.timestamp("us", tz="UTC"), nullable=False),
        ]
    ),
}

# Names of the columns every mention table starts with.
COMMON_MENTION_COLUMNS = tuple(column.name for column in MENTION_COLUMNS)


def arrow_field(column: Column) -> pa.Field:
    """The Arrow field of a spec's column."""
    return pa.field(column.name, ARROW_TYPES[column.kind], nullable=column.nullable)


def mention_schema(spec: EntitySpec) -> pa.Schema:
    """The Arrow schema of a mention table: common columns, then the spec's own."""
    return pa.schema([arrow_field(column) for column in spec.all_columns])


def mention_tables() -> tuple[str, ...]:
    """The mention tables (figures, dates, organisations, projects, ...), in run order."""
    return REGISTRY.tables()


# Tables of bilingual pairing: Chinese lines with their English translations.
BILINGUAL_TABLES = ("line_pairs", "mention_links", "drift")


def table_names() -> tuple[str, ...]:
    """Every table of an output: documents, lines, the mention tables, the bilingual tables, errors."""
    return ("documents", "lines", *REGISTRY.tables(), *BILINGUAL_TABLES, "errors")


class _Schemas(Mapping[str, pa.Schema]):
    """Table name -> Arrow schema, mention tables derived from the registry on demand."""

    def __init__(self) -> None:
        self._derived: dict[EntitySpec, pa.Schema] = {}

    def __getitem__(self, name: str) -> pa.Schema:
        if name in STORE_SCHEMAS:
            return STORE_SCHEMAS[name]
        spec = REGISTRY.get(name)
        schema = self._derived.get(spec)
        if schema is None:
            schema = self._derived[spec] = mention_schema(spec)
        return schema

    def __iter__(self) -> Iterator[str]:
        return iter(table_names())

    def __len__(self) -> int:
        return len(table_names())


SCHEMAS: Mapping[str, pa.Schema] = _Schemas()


def build_table(name: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Arrow table of `rows` (dicts keyed by column) in table `name`'s schema.

    Columns are built whole, not row by row; missing keys become nulls.
    """
    schema = SCHEMAS[name]
    columns = {column: [row.get(column) for row in rows] for column in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """`table` in `schema`: columns in its order, those it lacks (an older part) as nulls."""
    columns = [
        table.column(field.name) if field.name in table.column_names else pa.nulls(table.num_rows, field.type)
        for field in schema
    ]
    return pa.Table.from_arrays(columns, names=schema.names).cast(schema)
