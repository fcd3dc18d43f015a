"""`provex export`: the tables of an output in another format."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.options import out_option
from pipeline.core.wording import counted


@click.command("export")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["jsonl", "csv", "duckdb", "xlsx"]),
    required=True,
    help="jsonl/csv: one file per table in the folder --to (or the file --to with one --table); "
    "duckdb/xlsx: one file with every table (xlsx needs `pip install 'provex[xlsx]'`).",
)
@click.option(
    "--table",
    "tables",
    multiple=True,
    metavar="TABLE",
    help="Export only this table (repeat for several); default: every table.",
)
@out_option("Output directory written by `provex run`, or its fsspec URL.")
@click.option(
    "--to", "target", required=True, type=click.Path(path_type=Path), help="Where to write (folder or file)."
)
def export_command(export_format: str, tables: tuple[str, ...], out_dir: str, target: Path) -> None:
    """Write the tables of an output as JSON Lines, CSV, a DuckDB database or an Excel workbook.

    Dates stay dates (ISO 8601 in text formats, DATE in DuckDB, Excel dates
    in xlsx), numbers stay numbers, and floats are written in their
    shortest round-trip form.

    \b
    Examples:
        provex export --format csv --to exports/                  # exports/figures.csv, ...
        provex export --format jsonl --table figures --to figures.jsonl
        provex export --format duckdb --to provex.duckdb
        provex export --format xlsx --table documents --table figures --to provex.xlsx
    """
    from pipeline.read.export import ExportError, chosen_tables, export_tables
    from pipeline.read.output import OutputNotFoundError, load
    from pipeline.store.schemas import table_names

    try:
        output = load(out_dir)
        names = chosen_tables(list(table_names()), tables)
        arrow_tables = {name: output.arrow(name) for name in names}
        single_file = len(names) == 1 and target.suffix.lower() == f".{export_format}"
        written = export_tables(arrow_tables, export_format, target, single_file=single_file)
    except OutputNotFoundError as error:
        raise click.UsageError(str(error)) from None
    except ExportError as error:
        raise click.ClickException(str(error)) from None
    for item in written:
        click.echo(f"{item.table}: {counted(item.rows, 'row')} -> {item.path}", err=True)
