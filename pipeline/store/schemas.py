"""The Arrow schemas of the output tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

COMMON_MENTION_FIELDS = [
    pa.field("mention_id", pa.string(), nullable=False),
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("line_no", pa.int32(), nullable=False),
    pa.field("start", pa.int32(), nullable=False),
    pa.field("end", pa.int32(), nullable=False),
    pa.field("raw_text", pa.string(), nullable=False),
    pa.field("norm_text", pa.string(), nullable=False),
    pa.field("lang", pa.string(), nullable=False),
    pa.field("rule_id", pa.string(), nullable=False),
]


SCHEMAS: dict[str, pa.Schema] = {
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
    "figures": pa.schema(
        [
            *COMMON_MENTION_FIELDS,
            pa.field("value", pa.float64()),
            pa.field("value_low", pa.float64()),
            pa.field("value_high", pa.float64()),
            pa.field("unit", pa.string()),
            pa.field("counter", pa.string()),
            pa.field("qualifier", pa.string()),
        ]
    ),
    "dates": pa.schema(
        [
            *COMMON_MENTION_FIELDS,
            pa.field("start_date", pa.date32()),
            pa.field("end_date", pa.date32()),
            pa.field("granularity", pa.string()),
            pa.field("resolution", pa.string()),
        ]
    ),
    "organisations": pa.schema(
        [*COMMON_MENTION_FIELDS, pa.field("name", pa.string()), pa.field("org_kind", pa.string())]
    ),
    "projects": pa.schema(
        [*COMMON_MENTION_FIELDS, pa.field("name", pa.string()), pa.field("project_kind", pa.string())]
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


MENTION_TABLES = ("figures", "dates", "organisations", "projects")


# Names of the columns every mention table starts with.
COMMON_MENTION_COLUMNS = tuple(column.name for column in COMMON_MENTION_FIELDS)


TABLE_NAMES = tuple(SCHEMAS)


def build_table(name: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Arrow table of `rows` (dicts keyed by column) in table `name`'s schema.

    Columns are built whole, not row by row; missing keys become nulls.
    """
    schema = SCHEMAS[name]
    columns = {column: [row.get(column) for row in rows] for column in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)
