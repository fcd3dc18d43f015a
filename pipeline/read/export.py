"""`provex export`: the tables of an output as JSON Lines, CSV, a DuckDB database or an Excel workbook.

Types are kept as far as each format allows:

- JSON Lines: one object per row; dates and timestamps as ISO 8601 strings,
  lists as arrays, missing values as null, floats in their shortest
  round-trip form (`2010000000000.0`, never `2.01e12` nor 17 digits).
- CSV: a header row; dates ISO 8601, lists as JSON arrays, missing values as
  empty fields, booleans `true`/`false`, floats shortest round-trip. UTF-8.
- DuckDB: one table per provex table in one database file, with the Parquet
  schema's types (DATE, TIMESTAMP, DOUBLE, VARCHAR[] ...).
- xlsx (`pip install 'provex[xlsx]'`, openpyxl): one sheet per table; dates
  as Excel dates, numbers as numbers, lists as JSON text. A sheet holds at
  most 1,048,575 rows: a larger table stops the export with a message.

Rows are read one record batch at a time, so a large `lines` table is
written without holding it whole as Python objects.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

FORMATS = ("jsonl", "csv", "duckdb", "xlsx")
XLSX_MAX_ROWS = 1_048_575  # one row of the sheet is the header


class ExportError(ValueError):
    """An export that cannot be made (a missing library, a table too large for the format)."""


@dataclass(frozen=True)
class ExportedTable:
    """One table written: its name, rows, and where."""

    table: str
    rows: int
    path: str


def plain_value(value: Any) -> Any:
    """A JSON-ready form of one cell: ISO dates, floats as they are (json writes them shortest)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list | tuple):
        return [plain_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain_value(item) for key, item in value.items()}
    return value


def format_float(value: float) -> str:
    """The shortest text that reads back as the same float (Python's repr)."""
    return repr(float(value))


def csv_value(value: Any) -> str:
    """One CSV field: empty for missing, ISO dates, JSON lists, true/false, shortest floats."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_float(value) if math.isfinite(value) else ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple | dict):
        return json.dumps(plain_value(value), ensure_ascii=False)
    return str(value)


def _rows(arrow_table: Any) -> Iterator[dict[str, Any]]:
    for batch in arrow_table.to_batches(max_chunksize=10_000):
        yield from batch.to_pylist()


def write_jsonl(arrow_table: Any, path: Path) -> int:
    """Write every row of `arrow_table` to `path` as JSON Lines; the number of rows."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in _rows(arrow_table):
            handle.write(json.dumps(plain_value(row), ensure_ascii=False, allow_nan=False) + "\n")
            count += 1
    return count


def write_csv(arrow_table: Any, path: Path) -> int:
    """Write `arrow_table` to `path` as CSV with a header row; the number of rows."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(arrow_table.schema.names)
        for row in _rows(arrow_table):
            writer.writerow([csv_value(value) for value in row.values()])
            count += 1
    return count


def write_duckdb(tables: dict[str, Any], path: Path) -> list[ExportedTable]:
    """Write every Arrow table into the DuckDB database `path` (replaced if it exists)."""
    import duckdb

    if path.exists():
        path.unlink()
    connection = duckdb.connect(str(path))
    written = []
    try:
        for name, arrow_table in tables.items():
            connection.register("provex_export_source", arrow_table)
            connection.execute(f'CREATE TABLE "{name}" AS SELECT * FROM provex_export_source')
            connection.unregister("provex_export_source")
            written.append(ExportedTable(name, arrow_table.num_rows, f"{path}#{name}"))
    finally:
        connection.close()
    return written


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, list | tuple | dict):
        return json.dumps(plain_value(value), ensure_ascii=False)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones; provex writes UTC
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, str):
        return _without_control_characters(value)
    return value


def _without_control_characters(text: str) -> str:
    # Characters XML 1.0 cannot hold (a source line may contain them) are shown as escapes.
    if not any(ord(character) < 32 and character not in "\t\n\r" for character in text):
        return text
    return "".join(
        f"\\x{ord(character):02x}" if ord(character) < 32 and character not in "\t\n\r" else character
        for character in text
    )


def write_xlsx(tables: dict[str, Any], path: Path) -> list[ExportedTable]:
    """Write every Arrow table as a sheet of the workbook `path` (openpyxl, streaming)."""
    try:
        from openpyxl import Workbook
    except ImportError:
        raise ExportError("xlsx export needs openpyxl: pip install 'provex[xlsx]'") from None
    for name, arrow_table in tables.items():
        if arrow_table.num_rows > XLSX_MAX_ROWS:
            raise ExportError(
                f"table {name} has {arrow_table.num_rows:,} rows, more than a sheet holds "
                f"({XLSX_MAX_ROWS:,}); export it as csv, jsonl or duckdb, or leave it out with --table"
            )
    workbook = Workbook(write_only=True)
    written = []
    for name, arrow_table in tables.items():
        sheet = workbook.create_sheet(title=name[:31])
        sheet.append(arrow_table.schema.names)
        for row in _rows(arrow_table):
            sheet.append([_xlsx_value(value) for value in row.values()])
        written.append(ExportedTable(name, arrow_table.num_rows, f"{path}#{name}"))
    workbook.save(path)
    return written


def export_tables(
    tables: dict[str, Any], export_format: str, target: Path, single_file: bool = False
) -> list[ExportedTable]:
    """Write `tables` (name -> Arrow table) in `export_format` to `target`.

    jsonl and csv write one file per table into the folder `target`, or,
    with one table and `single_file`, the file `target` itself; duckdb and
    xlsx write one file holding every table.
    """
    if export_format not in FORMATS:
        raise ExportError(f"unknown format {export_format!r}; one of {', '.join(FORMATS)}")
    if export_format in ("duckdb", "xlsx"):
        target.parent.mkdir(parents=True, exist_ok=True)
        writer = write_duckdb if export_format == "duckdb" else write_xlsx
        return writer(tables, target)
    write = write_jsonl if export_format == "jsonl" else write_csv
    if single_file:
        ((name, arrow_table),) = tables.items()
        target.parent.mkdir(parents=True, exist_ok=True)
        return [ExportedTable(name, write(arrow_table, target), str(target))]
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, arrow_table in tables.items():
        path = target / f"{name}.{export_format}"
        written.append(ExportedTable(name, write(arrow_table, path), str(path)))
    return written


def chosen_tables(available: Sequence[str], wanted: Iterable[str]) -> list[str]:
    """The tables to export, in the output's order; every table when `wanted` is empty."""
    wanted = list(wanted)
    unknown = [name for name in wanted if name not in available]
    if unknown:
        raise ExportError(f"no table {unknown[0]!r}; tables: {', '.join(available)}")
    return [name for name in available if not wanted or name in wanted]
