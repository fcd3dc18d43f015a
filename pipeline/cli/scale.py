"""Commands for running at scale: `provex bench` and `provex compact`.

Registered on the main command group in `pipeline.cli`; heavy modules are
imported inside the commands so `provex --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.options import jobs_option


@click.command()
@click.option(
    "--docs",
    "documents",
    default=1000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Documents in the generated corpus (real articles repeated, varied).",
)
@jobs_option("Workers for the all-cores run (default: every core).")
@click.option(
    "--seed", default=0, show_default=True, help="Random seed of the corpus: same seed, same bytes."
)
@click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of .txt articles to build the corpus from (default: the real articles of ../shared "
    "beside a checkout, else the project's seeds/).",
)
@click.option(
    "--batch-size", type=click.IntRange(min=1), default=200, show_default=True, help="Documents per batch."
)
@click.option(
    "--repeat",
    default=3,
    show_default=True,
    type=click.IntRange(min=1),
    help="Take every measure this many times, alternating, and keep the fastest (the machine drifts).",
)
@click.option("--no-peer", is_flag=True, help="Skip the JioNLP comparison even when JioNLP is installed.")
@click.option(
    "--rule-costs",
    is_flag=True,
    help="Also run the corpus once with each date rule counted and timed, and print the costliest rules.",
)
def bench(
    documents: int,
    jobs: int | None,
    seed: int,
    seeds_dir: Path | None,
    batch_size: int,
    repeat: int,
    no_peer: bool,
    rule_costs: bool,
) -> None:
    """Measure throughput, memory, stages and incremental cost on a generated corpus.

    Prints Markdown tables: wall and CPU seconds, MB/s of both and
    documents/s for one job and for every core, peak memory per worker and
    of the run, the share of time per stage, the cost of re-running over the
    unchanged corpus, and JioNLP's money + time extraction on the same texts
    when it is installed. The corpus is built from real article lines (see
    `pipeline.dev.bench`) and its share of distinct lines is printed. With
    --rule-costs, each date rule's attempts, matches and matching time over
    the corpus follow (`pipeline.dev.rule_costs`).

    \b
    Example:
        provex bench --docs 2000
    """
    from pipeline.dev.bench import format_report, run_benchmark

    try:
        result = run_benchmark(
            documents,
            jobs=jobs,
            seed=seed,
            seeds=seeds_dir,
            batch_size=batch_size,
            with_peer=not no_peer,
            repeat=repeat,
            rule_costs=rule_costs,
        )
    except FileNotFoundError as error:
        raise click.ClickException(f"{error}; give --seeds FOLDER") from None
    click.echo(format_report(result))


@click.command()
@click.argument("out_dir", metavar="OUT_DIR|URL")
@click.option(
    "--target-rows",
    type=click.IntRange(min=1),
    default=250_000,
    show_default=True,
    help="Merge parts smaller than this into parts of about this many rows.",
)
def compact(out_dir: str, target_rows: int) -> None:
    """Merge the small part files of an output into fewer, larger ones.

    Every daily incremental run adds part files; compaction rewrites the
    small ones into larger parts and commits atomically like a run, so
    readers never see a half-compacted table. OUT_DIR may be an fsspec URL
    (s3://bucket/out); nothing else may write it meanwhile.

    \b
    Example:
        provex compact output/
    """
    from pipeline.store.maintain import compact_output
    from pipeline.store.parts import OutputError, is_url

    if not is_url(out_dir) and not Path(out_dir.removeprefix("file://")).is_dir():
        raise click.BadParameter(f"{out_dir} is not a directory", param_hint="OUT_DIR")
    try:
        summary = compact_output(out_dir, target_rows=target_rows)
    except OutputError as error:
        raise click.ClickException(str(error)) from None
    click.echo(summary.describe())
