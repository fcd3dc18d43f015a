"""The `provex` command line: a thin layer over the library.

Heavy libraries are imported inside the commands, so `provex --help` stays
fast. User errors exit with code 2 and a message that says what to do.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.cli import audit as cli_audit
from pipeline.cli import bilingual as cli_bilingual
from pipeline.cli import export as cli_export
from pipeline.cli import rules as cli_rules
from pipeline.cli import scale as cli_scale
from pipeline.cli.options import (
    DEFAULT_INPUT,
    configure_logging,
    jobs_option,
    logging_options,
    out_option,
    rules_option,
)
from pipeline.core import collector, dataclass_code
from pipeline.core.arrow_import import import_arrow_without_numpy
from pipeline.core.version import VERSION

if TYPE_CHECKING:
    from pipeline.batch.summary import BatchSummary

# The command's own process compiles the methods of provex's dataclasses once
# and keeps them (pipeline.core.dataclass_code); importing provex as a library
# leaves `dataclasses` as it is. No record class is defined before this line.
dataclass_code.install()


# True while a command runs that took its arguments from the process's own command line:
# the process is the `provex` command, not a program that invokes it.
_command_line: list[bool] = []


class _ProvexCommand(click.Group):
    """The `provex` group: the garbage collector waits while a command starts (see `collector`)."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:
        _command_line.append(args is None)
        try:
            with collector.paused_until_started(ending_process=args is None):
                return super().main(args, *rest, **kwargs)
        finally:
            _command_line.pop()


@click.group(cls=_ProvexCommand, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(VERSION, prog_name="provex")
@click.pass_context
def main(context: click.Context) -> None:
    """provex: figures, dates, organisations and projects from Chinese and
    English articles, each traceable to the exact line and characters it came
    from.

    \b
    Example:
        provex run seeds/ --out output/
    """
    # A run's start ends once its rules are checked (pipeline.batch.run); any other command's, here.
    if context.invoked_subcommand != "run":
        collector.started()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@out_option(
    "Output directory, or an fsspec URL (s3://bucket/out with s3fs installed); "
    "every table becomes a folder of Parquet files in it."
)
@rules_option
@logging_options
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the run summary as one JSON object on stdout (counts, run id, rules hash, skipped files).",
)
@jobs_option(
    "Worker processes (default: every core for 3 MB of new input or more; below, one: "
    "starting workers would cost more than they save)."
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: a process pool on this machine; dask: dask.distributed (LocalCluster or --scheduler).",
)
@click.option("--scheduler", metavar="ADDRESS", help="Existing dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--force", is_flag=True, help="Process every document again, even those already in the output.")
@click.option(
    "--drop-missing",
    is_flag=True,
    help="Remove documents made with older rules whose source files are gone (default: keep them, warn).",
)
@click.option(
    "--list-skipped",
    is_flag=True,
    help="Name every file and folder not read (other suffixes, hidden, output folders, linked folders).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=500,
    show_default=True,
    help="Documents per batch: a worker holds one batch in memory and writes it as one part file per table.",
)
@click.option(
    "--doc-timeout",
    type=click.FloatRange(min=0),
    default=300,
    show_default=True,
    metavar="SECONDS",
    help="Give up a document still processing after this long (an errors row `timeout`); 0: no limit.",
)
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="CSV, TSV or JSONL with `id` (file stem) or `path` of each input and any of url, published, "
    "language, region, title, site (other columns go to documents.meta).",
)
@click.option(
    "--text-field",
    "text_fields",
    multiple=True,
    metavar="NAME",
    help="Field of a JSON Lines record holding its text (repeatable; default: text, content, body).",
)
def run(
    paths: tuple[Path, ...],
    out_dir: str,
    rules_dir: Path | None,
    verbose: int,
    quiet: bool,
    log_level: str | None,
    as_json: bool,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    force: bool,
    drop_missing: bool,
    list_skipped: bool,
    batch_size: int,
    doc_timeout: float,
    manifest: Path | None,
    text_fields: tuple[str, ...],
) -> None:
    """Extract from files and folders (default: seeds/) into Parquet tables.

    Folders are walked recursively for .txt, .md, .html, .htm, .pdf and .docx
    files, and for containers of many articles: JSON Lines (.jsonl,
    .jsonl.gz, one article per record) and WARC archives (.warc, .warc.gz,
    one article per HTML response). A file
    that cannot be processed becomes a row of the `errors` table and the batch
    goes on; the exit code is non-zero only when the run itself cannot proceed.

    Runs are incremental: documents already in the output (same content,
    same rules) are skipped and new ones are added as new part files; what
    was deleted or renamed inside the folders given leaves the tables. When a
    rule file changes, every document is processed again.

    \b
    Examples:
        provex run                       # seeds/ -> output/
        provex run articles/ --out out/
        provex run today/ --out out/ --jobs 8
        provex run crawl/ --manifest crawl/SOURCES.tsv  # url, published, region of each article
        provex run today/ --out s3://bucket/out          # needs s3fs; one run at a time
        provex run today/ --out shared/out/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from pipeline.batch.unchanged import unchanged_summary

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    inputs = list(paths) or [Path(DEFAULT_INPUT)]
    interactive = sys.stderr.isatty()
    configure_logging(verbose, quiet, log_level, interactive)
    # An output whose index shows nothing new is done with before the tables' libraries are imported.
    try:
        summary = unchanged_summary(inputs, out_dir, rules=rules_dir, force=force, manifest=manifest)
    except KeyboardInterrupt:
        click.echo("provex: interrupted; nothing of this run was committed (output unchanged)", err=True)
        sys.exit(130)
    if summary is None:
        if engine == "local" and _command_line == [True]:
            # Nothing else will run in this process: Arrow is loaded without NumPy (see arrow_import).
            import_arrow_without_numpy()
        summary = _run_batch(
            inputs,
            out_dir,
            bar=_progress_bar() if interactive and not quiet else None,
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            force=force,
            batch_size=batch_size,
            rules=rules_dir,
            doc_timeout=doc_timeout or None,
            manifest=manifest,
            text_fields=text_fields or None,
            drop_missing=drop_missing,
        )
    if list_skipped:
        for path in summary.skipped_paths:
            click.echo(f"skipped {path}: not a file type provex reads", err=True)
        for path, reason in summary.passed_over:
            click.echo(f"skipped {path}: {reason}", err=True)
    # What the log already wrote to stderr is not written again (the log ends with the summary).
    logger = logging.getLogger("provex")
    if not logger.isEnabledFor(logging.WARNING):
        for path in summary.stale_kept:
            click.echo(f"provex: kept with older rules (source gone): {path}", err=True)
    if not logger.isEnabledFor(logging.INFO):
        click.echo(summary.describe(), err=True)
    if as_json:
        import json

        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, sort_keys=True))


def _run_batch(inputs: list[Path], out_dir: str, bar: Any, **options: Any) -> BatchSummary:
    """`run_batch` with the command's progress bar, its errors turned into messages and exit codes."""
    from pipeline.batch.engines import EngineError
    from pipeline.batch.run import NoInputError, run_batch
    from pipeline.rules.loader import ConfigError, RuleFileError
    from pipeline.stages.manifest import ManifestError
    from pipeline.store.parts import OutputError

    try:
        return run_batch(
            inputs,
            out_dir,
            on_plan=None if bar is None else _set_total(bar),
            on_document=None if bar is None else (lambda: bar.update(1)),
            check_unchanged=False,
            **options,
        )
    except NoInputError as error:
        raise click.UsageError(
            f"{error}. Give files or folders to process, e.g. `provex run articles/`."
        ) from None
    except (OutputError, EngineError, ManifestError) as error:
        raise click.ClickException(str(error)) from None
    except RuleFileError as error:
        raise click.ClickException(f"broken rule file: {error}") from None
    except ConfigError as error:
        raise click.ClickException(f"broken configuration file: {error}") from None
    except KeyboardInterrupt:
        click.echo("provex: interrupted; nothing of this run was committed (output unchanged)", err=True)
        sys.exit(130)
    finally:
        if bar is not None:
            bar.close()


def _progress_bar():
    """A bar on stderr: documents done of the total planned, rate and time left (ETA)."""
    from tqdm import tqdm

    return tqdm(
        unit="doc",
        desc="provex",
        file=sys.stderr,
        leave=False,
        bar_format="{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} docs "
        "[{elapsed}<{remaining}, {rate_fmt}]",
    )


def _set_total(bar):
    def set_total(total: int) -> None:
        bar.reset(total=total)

    return set_total


@main.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--docs",
    "docs_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder with the articles the gold file annotates (needed with GOLD).",
)
@click.option("--misses", is_flag=True, help="List every false negative and false positive with its line.")
@click.option("--by-rule", is_flag=True, help="Each rule's true and false positives and wrong values.")
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TSV/CSV with `id` (file stem) and `url` of each document: passed to the run (url, published, "
    "region, ...), and the documents are also scored in two halves split by site.",
)
@rules_option
def evaluate(
    gold: Path | None,
    docs_dir: Path | None,
    misses: bool,
    by_rule: bool,
    manifest: Path | None,
    rules_dir: Path | None,
) -> None:
    """Score the extractors against hand annotations (precision, recall, F1).

    Runs the pipeline on DOCS into a temporary directory and compares with
    GOLD (JSON Lines, written as eval/ANNOTATIONS.md describes). With
    --manifest, the documents are also scored in two halves that share no
    site: tune rules on one, check them on the other.

    Without GOLD, scores every annotated set found from the working
    directory: eval/seeds.jsonl on seeds/ (shipped), and the development
    articles in ../shared/gold (or $PROVEX_SHARED) when present; a set that
    is missing is named once, with the reason.

    \b
    Example:
        provex eval                                   # from the root of a clone
        provex eval eval/seeds.jsonl --docs seeds/ --misses
        provex eval gold/articles.jsonl --docs gold/articles --manifest gold/articles/SOURCES.tsv --by-rule
    """
    import os

    from pipeline.dev.evaluate import (
        GoldSet,
        evaluate_against_gold,
        format_by_rule,
        format_misses,
        format_report,
        gold_sets,
    )

    if gold is not None:
        if docs_dir is None:
            raise click.UsageError("give --docs FOLDER: the articles GOLD annotates")
        sets = [GoldSet(gold.name, gold, docs_dir, manifest)]
    else:
        if docs_dir is not None:
            raise click.UsageError("--docs needs GOLD, the annotations of those articles")
        shared = Path(os.environ.get("PROVEX_SHARED") or Path.cwd().parent / "shared")
        sets, skipped = gold_sets(Path.cwd(), shared)
        for reason in skipped:
            click.echo(f"skipped {reason}", err=True)
        if not sets:
            raise click.UsageError("no annotated set found; give GOLD and --docs")
    for number, gold_set in enumerate(sets):
        if len(sets) > 1:
            click.echo(("\n" if number else "") + f"## {gold_set.name} ({gold_set.gold})")
        report = evaluate_against_gold(
            gold_set.gold, gold_set.docs, manifest=gold_set.manifest, rules=rules_dir
        )
        if by_rule:
            click.echo(format_by_rule(report) + "\n")
        click.echo(format_report(report))
        if misses:
            click.echo(format_misses(report))


@main.command("eval-peer")
@click.argument("peer_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--misses", is_flag=True, help="List the failing cases of every file.")
def evaluate_peer(peer_dir: Path, misses: bool) -> None:
    """Run other projects' test cases (Recognizers-Text, JioNLP, OpenCC).

    Prints a pass rate per file; what counts as a pass is in the README.

    \b
    Example:
        provex eval-peer ../shared/peer
    """
    from pipeline.dev.peer import run_peer_suites

    results = run_peer_suites(peer_dir)
    if not results:
        raise click.ClickException(f"no known peer files (*.jsonl) in {peer_dir}")
    width = max(len(result.file_stem) for result in results)
    passed = sum(result.passed for result in results)
    total = sum(result.total for result in results)
    for result in results:
        click.echo(
            f"{result.file_stem:<{width}}  {result.passed:>4}/{result.total:<4}  {result.pass_rate:6.1%}"
        )
    click.echo(f"{'all':<{width}}  {passed:>4}/{total:<4}  {passed / total if total else 0:6.1%}")
    if misses:
        for result in results:
            for record, outcome in result.failures:
                click.echo(f"\n[{result.file_stem}] {record.get('input', record.get('text'))!r}")
                click.echo(f"  expected: {outcome.expected!r}\n  got:      {outcome.got!r}")
                if outcome.note:
                    click.echo(f"  note:     {outcome.note}")


main.add_command(cli_scale.bench)
main.add_command(cli_scale.compact)
main.add_command(cli_audit.audit_command)
main.add_command(cli_audit.report_command)
main.add_command(cli_audit.conflicts_command)
main.add_command(cli_rules.rules_command)
main.add_command(cli_export.export_command)
main.add_command(cli_bilingual.drift_command)

if __name__ == "__main__":
    main()
