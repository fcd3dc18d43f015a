"""The auditor's commands: `provex audit`, `provex report`, `provex conflicts`.

Registered on the main group in `pipeline.cli`. Heavy libraries are imported
inside the commands so that `provex --help` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.options import out_option
from pipeline.core.wording import counted

_out_option = out_option("Output directory written by `provex run`, or its fsspec URL (s3://bucket/out).")


def _open_output(out_dir: str):
    from pipeline.read.output import OutputNotFoundError, load

    try:
        return load(out_dir)
    except OutputNotFoundError as error:
        raise click.UsageError(str(error)) from None


@click.command("audit")
@click.argument("mention_id", required=False)
@_out_option
@click.option("--verify", is_flag=True, help="Check every mention of the output instead of one.")
@click.option(
    "--colour/--no-colour",
    "--color/--no-color",
    "colour",
    default=None,
    help="Highlight with colour (default: only on a terminal; otherwise the span is marked [[…]]).",
)
@click.option("--full", is_flag=True, help="Print the whole line, not 60 characters either side of the span.")
def audit_command(
    mention_id: str | None, out_dir: str, verify: bool, colour: bool | None, full: bool
) -> None:
    """Trace a mention to its source line, rule and file, or --verify them all.

    MENTION_ID may be any unique prefix of the id. Prints the document, the
    raw line with the span highlighted, the normalised line, the parsed value,
    the rule (file:line in rules/) and whether the source file still has the
    recorded sha256: verified, changed or missing. Exits with 1 when the
    source changed or is missing or the span no longer round-trips.

    \b
    Examples:
        provex audit 7b9816b5
        provex audit 7b98 --out out/ --full
        provex audit --verify --out out/
    """
    from pipeline.read.audit import MentionLookupError, audit_mention, format_audit, verify_output

    if verify == bool(mention_id):
        raise click.UsageError("give a MENTION_ID, or --verify to check every mention (not both)")
    output = _open_output(out_dir)
    if verify:
        summary = verify_output(output)
        click.echo(summary.describe())
        sys.exit(0 if summary.ok else 1)
    try:
        record = audit_mention(output, mention_id)
    except MentionLookupError as error:
        raise click.UsageError(str(error)) from None
    use_colour = colour if colour is not None else sys.stdout.isatty()
    click.echo(format_audit(record, colour=use_colour, context=None if full else 60), color=use_colour)
    sys.exit(0 if record.ok else 1)


@click.command("report")
@_out_option
@click.option("--no-conflicts", is_flag=True, help="Leave the cross-document conflicts out of the index.")
@click.option(
    "--to",
    "report_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the report (default: OUT/report/; required when OUT is a URL).",
)
def report_command(out_dir: str, no_conflicts: bool, report_dir: Path | None) -> None:
    """Write a static HTML report to OUT/report/ (open index.html in a browser).

    One page per document: every line numbered (link #L12), boilerplate greyed
    with its rule, garbled lines flagged, each mention highlighted in its
    type's colour with its value, normalised text and rule on hover, and a
    table of mentions whose rows jump to their line. No network needed.

    \b
    Example:
        provex report --out output/ && xdg-open output/report/index.html
    """
    from pipeline.read.report import write_report
    from pipeline.store.parts import is_url

    if report_dir is None and is_url(out_dir):
        raise click.UsageError(f"{out_dir} is remote: give a local folder for the report with --to DIR")
    output = _open_output(out_dir)
    index = write_report(output, report_dir, conflicts=not no_conflicts)
    click.echo(f"report written: {index} ({counted(len(output.documents), 'document page')})")


@click.command("conflicts")
@_out_option
@click.option(
    "--csv", "csv_path", type=click.Path(path_type=Path), help="Also write the pairs to this CSV file."
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="List at most this many pairs, best first (default: max_pairs in conflicts.yaml).",
)
def conflicts_command(out_dir: str, csv_path: Path | None, limit: int | None) -> None:
    """List figures that report the same quantity with different values across documents.

    Two figures match when they have the same unit (and counter), the same
    head word and enough subject words in common (the words of the clause
    before the number; for Chinese counts also the counted noun after it),
    name the same project or organisation, and compare like with like: both
    targets or both actual values, the same places, the same period. They
    conflict when their values lie outside each other's stated precision
    (约7.2 and 7.19 agree). Pairs are ranked and capped. The rule and its
    word lists are in rules/conflicts.yaml.

    \b
    Example:
        provex conflicts --out output/
    """
    from pipeline.read.conflicts import conflicts_frame, find_conflicts, format_conflicts

    output = _open_output(out_dir)
    conflicts = find_conflicts(output, limit=limit)
    click.echo(format_conflicts(conflicts))
    if conflicts.total > len(conflicts):
        click.echo(f"(the best {len(conflicts)} of {conflicts.total} pairs; --limit N lists more)")
    if csv_path is not None:
        conflicts_frame(conflicts).to_csv(csv_path, index=False)
