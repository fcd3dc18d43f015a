"""The `dates` table: calendar points and periods."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.core.entity import Column, EntitySpec, Style, format_value, present


def describe(row: Mapping[str, Any]) -> str:
    """`2022-11-17 · day · explicit`, `2021-01-01 – 2025-12-31 · period`."""
    start = format_value(row["start_date"]) if present(row, "start_date") else "?"
    end = format_value(row["end_date"]) if present(row, "end_date") else "?"
    span = start if start == end else f"{start} – {end}"
    return " · ".join(
        [span] + [str(row[name]) for name in ("granularity", "resolution") if present(row, name)]
    )


SPEC = EntitySpec(
    table="dates",
    label="date",
    doc="A row of `dates`: a calendar point or period.",
    columns=(
        Column("start_date", "date", "first day covered"),
        Column("end_date", "date", "last day covered (inclusive)"),
        Column("granularity", "string", "day, month, year or period"),
        Column("resolution", "string", "explicit, doc_date, relative or unresolved"),
    ),
    rule_files=("dates",),
    extractor="pipeline.extractors.dates.find:find_spans",
    style=Style(background="#cfe3ff", border="#2f6fd6"),
    describe=describe,
    gold_type="date",
    span_match="any",
    value_columns=("start_date", "end_date"),
)
