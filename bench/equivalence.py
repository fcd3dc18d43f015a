"""Are two provex outputs the same tables? The check behind every speed change.

    python bench/equivalence.py OUT_BEFORE OUT_AFTER

Compares every Parquet table of the two output folders row for row (rows
sorted, so the order of part files does not matter), leaving out only the
columns that say when a run happened (`documents.processed_at`,
`errors.at`). Prints the tables that differ and exits 1 when any does.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

# Columns that record when a run happened, not what it found.
WHEN_COLUMNS = {"documents": ("processed_at",), "errors": ("at",)}


def tables(out: Path) -> list[str]:
    """Names of the table folders of an output."""
    return sorted(path.name for path in out.iterdir() if path.is_dir() and not path.name.startswith("."))


def canonical(out: Path, table: str) -> list[tuple]:
    """Every row of `table` as a tuple of Python values, sorted."""
    data = pq.read_table(out / table)
    keep = [name for name in data.schema.names if name not in WHEN_COLUMNS.get(table, ())]
    rows = data.select(keep).to_pylist()
    return sorted(tuple(repr(row[name]) for name in keep) for row in rows)


def differences(before: Path, after: Path) -> list[str]:
    """One line per table that differs between the two outputs; empty when they are the same."""
    found = []
    names_before, names_after = tables(before), tables(after)
    if names_before != names_after:
        found.append(f"tables differ: {names_before} against {names_after}")
    for table in sorted(set(names_before) & set(names_after)):
        schema_before = (
            pq.read_schema(next((before / table).glob("*.parquet")))
            if any((before / table).glob("*.parquet"))
            else pa.schema([])
        )
        schema_after = (
            pq.read_schema(next((after / table).glob("*.parquet")))
            if any((after / table).glob("*.parquet"))
            else pa.schema([])
        )
        if schema_before.names != schema_after.names:
            found.append(f"{table}: columns differ")
            continue
        rows_before, rows_after = canonical(before, table), canonical(after, table)
        if rows_before != rows_after:
            only_before = len(set(rows_before) - set(rows_after))
            only_after = len(set(rows_after) - set(rows_before))
            found.append(
                f"{table}: {len(rows_before)} against {len(rows_after)} rows, "
                f"{only_before} only before, {only_after} only after"
            )
    return found


def main(arguments: list[str]) -> int:
    before, after = Path(arguments[0]), Path(arguments[1])
    found = differences(before, after)
    for line in found:
        print(line)
    if not found:
        print(f"identical: {', '.join(tables(before))}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
