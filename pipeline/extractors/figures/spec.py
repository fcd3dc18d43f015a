"""The `figures` table: quantities normalised to base units."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.core.entity import Column, EntitySpec, Style, format_value, present


def describe(row: Mapping[str, Any]) -> str:
    """`1200000 m2 · approx`, `3–5 count (个)`: a figure's value in a few words."""
    if present(row, "value"):
        amount = format_value(row["value"])
    elif present(row, "value_low") or present(row, "value_high"):
        low = format_value(row["value_low"]) if present(row, "value_low") else "?"
        high = format_value(row["value_high"]) if present(row, "value_high") else "?"
        amount = f"{low}–{high}"
    else:
        amount = "?"
    unit = row.get("unit") if present(row, "unit") else ""
    counter = f" ({row['counter']})" if present(row, "counter") else ""
    qualifier = f" · {row['qualifier']}" if present(row, "qualifier") else ""
    return f"{amount} {unit}{counter}{qualifier}".strip()


SPEC = EntitySpec(
    table="figures",
    label="figure",
    doc="A row of `figures`: a quantity normalised to base units.",
    columns=(
        Column("value", "float", "the value in base units (null for a range)"),
        Column("value_low", "float", "a range's lower bound"),
        Column("value_high", "float", "a range's upper bound"),
        Column("unit", "string", "base unit: a currency code, m2, km2, mu, t, m, percent, year, count, ..."),
        Column("counter", "string", "the measure word or English noun of a count"),
        Column("qualifier", "string", "approx, more_than, at_least, less_than, at_most"),
    ),
    rule_files=("figures",),
    extractor="pipeline.extractors.figures.find:find_spans",
    style=Style(background="#ffe7a0", border="#c98a00"),
    describe=describe,
    gold_type="figure",
    span_match="any",
    value_columns=("value", "value_low", "value_high", "unit", "qualifier"),
)
