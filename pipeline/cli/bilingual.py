"""`provex drift`: figures and dates that a translation dropped or changed.

Registered on the main group in `pipeline.cli`.
"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.options import out_option


@click.command("drift")
@out_option("Output directory written by `provex run`, or its fsspec URL (s3://bucket/out).")
@click.option("--doc", "doc_id", metavar="DOC_ID", help="Only this document (a unique id prefix is enough).")
@click.option(
    "--csv", "csv_path", type=click.Path(path_type=Path), help="Also write the rows to this CSV file."
)
def drift_command(out_dir: str, doc_id: str | None, csv_path: Path | None) -> None:
    """List figures and dates of a Chinese line missing or different in its English translation, and back.

    Lines are paired within bilingual documents (table `line_pairs`); each
    row gives both provenances: document, line, span and text.

    \b
    Example:
        provex drift --out output/
    """
    from pipeline.read.bilingual import drift_frame, format_drift
    from pipeline.read.output import OutputNotFoundError, load

    try:
        output = load(out_dir)
    except OutputNotFoundError as error:
        raise click.UsageError(str(error)) from None
    if doc_id and not output.documents["doc_id"].str.startswith(doc_id).any():
        raise click.UsageError(
            f"no document of {out_dir} has an id starting with {doc_id!r} "
            "(documents.doc_id; `provex report` lists them)"
        )
    frame = drift_frame(output, doc_id)
    click.echo(format_drift(frame))
    if csv_path is not None:
        frame.to_csv(csv_path, index=False)
