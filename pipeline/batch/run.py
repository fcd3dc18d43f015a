"""The batch runner: wires the stages, batch by batch, into an output.

Per document (`pipeline.document.process_document`, pure: text in, rows out):

    read_source -> normalise_lines -> classify_lines -> find_doc_date/title
    -> extractors -> to_mentions -> rows

Per run (`run_batch`):

1. scan: every input file is hashed (sha256, streamed). A file whose hash
   is already in the output with the same pipeline version and rules hash
   is skipped; identical content under several paths is planned once, the
   other paths go to `documents.duplicate_paths`. Documents of the output
   made with other rules (or all, with `force`) are planned again from their
   recorded paths, and their old rows are left out of the new run. Inputs
   recorded inside the folders given that are gone leave the output
   (`gone_inputs`).
2. batches: planned documents are cut into batches (`batch_size`
   documents, at most `BATCH_BYTES` of input). `process_batch` processes a
   batch and writes its rows as one part file per table, then drops them: a
   worker never holds more than one batch, and the parent only receives
   small reports, so memory does not grow with the corpus.
3. engine: batches run on the local process pool (one worker per core) or
   on dask.distributed (`pipeline.batch.engines`); rule caches are warmed once per
   worker by `warm_up`.
4. commit: the previous run's parts are carried into the new run (hard
   links and a flip of `current` for a local output; a copy of the new
   parts and one manifest write for an fsspec URL; see `pipeline.store`
   and `pipeline.store.remote`). A killed run leaves the previous output
   readable.
"""

from __future__ import annotations

import errno
import functools
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.batch.paths import InputScope
from pipeline.batch.plan import (
    GoneInputs,
    OutputIndex,
    ScanResult,
    _error_key,
    _paths_to_reprocess,
    _unique_new_errors,
    documents_by_path,
    error_sources,
    gone_inputs,
    make_batches,
    read_output_index,
    scan_inputs,
    superseded_documents,
)
from pipeline.batch.summary import BatchSummary
from pipeline.batch.timeouts import (
    TIMEOUTS_NAME,
    TimedOut,
    known_timeouts,
    read_timeouts,
    skips,
    timeouts_record,
    updated_timeouts,
    write_timeouts,
)
from pipeline.batch.unchanged import (
    current_run_folder,
    input_index,
    is_complete,
    read_index,
    run_fingerprint,
    unchanged_summary,
    write_index,
)
from pipeline.batch.worker import (
    TEXT_FIELDS,
    BatchItem,
    BatchReport,
    BatchTask,
    current_ruleset,
    error_row,
    mark_warm,
    pandas_left_out,
    process_batch,
    record_location,
    rules_hash,
    warm_up,
)
from pipeline.core import collector
from pipeline.core.records import display_path
from pipeline.core.version import VERSION as __version__
from pipeline.core.wording import counted
from pipeline.rules.loader import rules_dir
from pipeline.rules.pattern_cache import cached_patterns
from pipeline.stages.ingest import discover_inputs, record_address
from pipeline.stages.manifest import Manifest, read_manifest
from pipeline.stages.webmeta import merge_meta
from pipeline.store import output_store
from pipeline.store.local import LocalRunFolder, LocalStore
from pipeline.store.maintain import PathChange
from pipeline.store.maintain import carry_over as _carry_over
from pipeline.store.parts import OutputError, OutputStore, PartLocation, RunFolder, is_url
from pipeline.store.schemas import SCHEMAS, build_table, table_names

log = logging.getLogger("provex")

# A batch holds at most this many documents (`--batch-size`) ...
DEFAULT_BATCH_SIZE = 500


# A document still processing after this many seconds is given up as an error row.
DEFAULT_DOC_TIMEOUT = 300.0
# Below this much new input, the local engine with automatic jobs stays in
# this process: starting and warming workers costs more than it saves.
# Measured on 2 cores (realistic bench corpus, alternating runs): the pool
# adds about 1.1 s of wall time and 1.3 s of CPU before the first batch
# (the fork server's imports and rules; the parent checks the rules at the
# same time), and two workers spend about 15 % more CPU per document than
# one (each fills its own caches). At about 0.55 MB per CPU second, two
# workers break even near 1.4 MB on an idle machine and later on a busy
# one; 3 MB is where they clearly pay. More cores pay sooner, never later.
MIN_PARALLEL_BYTES = 3_000_000


# Imported once by the local engine's fork server: every worker is forked from it warm.
WARM_WORKER = "pipeline.batch.engines.warm_worker"

# With several workers, batches are made small enough that every worker gets
# about this many, so a slow batch does not leave the others idle at the end.
BATCHES_PER_WORKER = 4


@dataclass(frozen=True)
class Execution:
    """How a run's batches are processed: with which rules, on which engine, in what sizes."""

    rules_dir: str
    rules_hash: str
    jobs: int | None
    engine: str
    scheduler: str | None
    batch_size: int
    doc_timeout: float | None = None
    text_fields: tuple[str, ...] = TEXT_FIELDS
    fingerprint: dict[str, Any] = field(default_factory=dict)  # see `run_fingerprint`
    on_document: Callable[[], None] | None = None  # told of each planned document once it is done


class NoInputError(Exception):
    """The run was given nothing to process."""


def _without_pandas(function: Callable[..., Any]) -> Callable[..., Any]:
    """`function` run with pandas left out of Arrow's first tables (see `pandas_left_out`)."""

    @functools.wraps(function)
    def wrapped(*arguments: Any, **options: Any) -> Any:
        with pandas_left_out():
            return function(*arguments, **options)

    return wrapped


@_without_pandas
def run_batch(
    paths: Sequence[Path | str],
    out_dir: Path | str,
    progress: Callable[[Iterable[Path], int], Iterable[Path]] | None = None,
    *,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    force: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_batch: Callable[[BatchReport], None] | None = None,
    rules: Path | str | None = None,
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT,
    manifest: Path | str | Manifest | None = None,
    text_fields: Sequence[str] | None = None,
    drop_missing: bool = False,
    on_plan: Callable[[int], None] | None = None,
    check_unchanged: bool = True,
    on_document: Callable[[], None] | None = None,
) -> BatchSummary:
    """Process every new input under `paths` and add it to the output `out_dir`.

    `out_dir` is a local path or an fsspec URL as a string (`s3://bucket/out`
    with s3fs installed; see `pipeline.store.remote`).

    `progress` wraps the iterator of files being scanned (e.g. a progress
    bar); `on_plan` is called once with the number of documents to process,
    `on_batch` with each finished batch's report, `on_document` once for
    each of those documents when it is done (in a one-job run as each is
    processed; with workers as their batches come back). Progress is also logged
    to the `provex` logger (start, plan, batches, errors, end). `jobs` is
    the number of worker processes (None: every core, but small runs stay in
    this process). `force` re-processes every document. `rules` is the rules
    folder (default: `rules_dir()`). A document still processing after
    `doc_timeout` seconds becomes a `timeout` error row (None: no limit).
    `manifest` (a CSV, TSV or JSON Lines file, see
    `pipeline.stages.manifest`) gives each input's url, publication date,
    region and other metadata; `text_fields` are the fields of a JSON Lines
    record that hold its text (default: text, content, body).

    The tables then describe `paths` as they now are: a recorded input
    inside them that is gone (deleted, renamed, moved, a record dropped from
    a feed) leaves the output with its rows and error rows (the documents
    removed are listed in `summary.removed`); inputs elsewhere are kept.
    A document of the output made with other rules (or another version) is
    processed again from its recorded path; when no recorded path can be
    read any more it is kept as it was and listed in `summary.stale_kept`,
    or, with `drop_missing`, removed from every table and listed in
    `summary.stale_dropped`. A local output folder inside an input folder
    is never read as input.
    First, unless `check_unchanged` is False (a caller that just did so),
    the output's input index is asked whether anything changed
    (`pipeline.batch.unchanged`): when it shows that nothing did, the run
    ends there, without reading the tables. A document of the output made
    with other versions of the data packages (`DATA_PACKAGES`, recorded in
    the manifest) is processed again like one made with other rules.
    An input whose content timed out before in a local output, processed
    the same way (`pipeline.batch.timeouts`), with a `doc_timeout` not
    larger, is not processed again (without `force`): its error row stays,
    and its paths are listed in `summary.timed_out_before`.
    Raises ManifestError for a manifest that cannot be read, NoInputError
    when no input file is found, OutputError when the output cannot be
    written, EngineError when the engine cannot run, RuleFileError for a
    broken rule file; per-file problems become rows of `errors`.
    """
    if check_unchanged:
        unchanged = unchanged_summary(paths, out_dir, rules=rules, force=force, manifest=manifest)
        if unchanged is not None:
            if on_plan is not None:
                on_plan(0)
            return unchanged
    started = time.perf_counter()
    log.info("run started: %s -> %s (provex %s)", ", ".join(map(str, paths)), out_dir, __version__)
    if manifest is not None and not isinstance(manifest, Manifest):
        manifest = read_manifest(manifest)
    discovery = discover_inputs(paths, exclude=[] if is_url(out_dir) else [Path(out_dir)])
    if not discovery.files and not discovery.missing:
        raise NoInputError(
            "no .txt, .md, .html, .htm, .pdf, .docx, .jsonl or .warc files under "
            + ", ".join(map(str, paths))
            + (f" ({counted(len(discovery.skipped), 'other file')} skipped)" if discovery.skipped else "")
        )
    if not discovery.files:
        raise NoInputError(f"no such file or folder: {', '.join(map(str, discovery.missing))}")
    folder = os.path.realpath(rules if rules is not None else rules_dir())
    current_hash = rules_hash(folder)
    fingerprint = run_fingerprint(folder)
    store = output_store(out_dir)
    summary = BatchSummary(
        skipped_files=len(discovery.skipped),
        out_dir=store.location,
        rules_dir=folder,
        rules_hash=current_hash,
        skipped_paths=[str(path) for path in discovery.skipped],
        passed_over=[(str(path), reason) for path, reason in discovery.passed_over],
    )
    with store.lock():
        store.repair()  # a run killed at its first commit may have left the table links unmade
        previous = store.committed_parts()
        data_changed = _data_changed(store, previous, fingerprint["data"])
        if data_changed and not force:
            log.info("the data packages changed since the output was made: every document is processed again")
        index = read_output_index(previous, current_hash, force or data_changed)
        files: Iterable[Path] = discovery.files
        if progress is not None:
            files = progress(files, len(discovery.files))
        scan_started = time.perf_counter()
        scan = scan_inputs(files, index, manifest)
        # Documents made with other rules are processed again from where they were read,
        # keeping the metadata they were given.
        scan_of_stale = scan_inputs(_paths_to_reprocess(index, discovery.files), OutputIndex(), manifest)
        for digest, item in scan_of_stale.planned.items():
            if digest in index.stale and digest not in scan.planned:
                scan.planned[digest] = replace(item, meta=merge_meta(index.stale_meta.get(digest), item.meta))
        for digest, item in scan.planned.items():
            if digest in index.stale_meta:
                scan.planned[digest] = replace(item, meta=merge_meta(index.stale_meta[digest], item.meta))
        # Content that timed out before, as this run would process it, is not tried again.
        timed_out_before = _known_timeouts(store, fingerprint, current_hash, force or data_changed)
        summary.timed_out_before = _skip_timed_out(scan, index, timed_out_before, doc_timeout)
        for path in summary.timed_out_before:
            log.info("not processed %s: it timed out before with these rules", path)
        errors = [
            error_row(str(path), "discover", "path_missing", "no such file or folder")
            for path in discovery.missing
        ]
        errors.extend(
            error_row(str(path), "discover", kind, message) for path, kind, message in discovery.problems
        )
        errors.extend(scan.errors)
        for row in errors:
            log.warning(
                "error %s: %s (%s) %s", row["source_path"], row["error_type"], row["stage"], row["message"]
            )
        summary.already_present = scan.already_present
        summary.skipped_records = scan.skipped_records
        if manifest is not None:
            summary.manifest_unlisted = scan.unlisted
            summary.manifest_unmatched = manifest.unmatched()
        summary.new_paths = sum(map(len, scan.new_paths.values()))
        summary.stage_seconds["scan"] = time.perf_counter() - scan_started
        items = list(scan.planned.values())
        log.info(
            "found %s (%d skipped, %d passed over); %s to process, %d already in the output; "
            "rules %s from %s",
            counted(len(discovery.files), "file"),
            len(discovery.skipped),
            len(discovery.passed_over),
            counted(len(items), "document"),
            scan.already_present,
            current_hash,
            folder,
        )
        for path in discovery.skipped:
            log.debug("skipped %s: not a file type provex reads", path)
        for path, reason in discovery.passed_over:
            log.debug("skipped %s: %s", path, reason)
        if on_plan is not None:
            on_plan(len(items))
        replaced = {digest[:16] for digest in scan.planned if digest in index.stale}
        replaced |= {digest[:16] for digest in superseded_documents(index, scan)}
        # The tables describe the inputs as they now are: what was deleted, renamed or
        # moved away since the last run goes from them.
        scope = InputScope(
            [path for path in paths if Path(path) not in discovery.missing],
            blocked=[path for path, _, _ in discovery.problems],
        )
        gone = gone_inputs(index, scan, scope, [row["source_path"] for row in errors])
        replaced |= {digest[:16] for digest in gone.documents}
        summary.removed = sorted(index.recorded[digest][0] for digest in gone.documents)
        for path in summary.removed:
            log.info("removed %s: its file is gone", path)
        # Made with other rules, and no recorded path could be read again: never left silently.
        orphaned = {
            digest: index.stale[digest]
            for digest in index.stale
            if digest not in scan.planned and digest not in gone.documents
        }
        orphaned_paths = [paths[0] if paths else digest[:16] for digest, paths in orphaned.items()]
        if drop_missing:
            replaced |= {digest[:16] for digest in orphaned}
            summary.stale_dropped = orphaned_paths
        else:
            summary.stale_kept = orphaned_paths
        for path in orphaned_paths:
            log.warning(
                "%s %s: made with older rules and its source is gone",
                "dropped" if drop_missing else "kept",
                path,
            )
        runs: list[RunFolder] = []  # the run of this call, once begun; discarded if it fails
        try:
            execution = Execution(
                folder,
                current_hash,
                jobs,
                engine,
                scheduler,
                batch_size,
                doc_timeout,
                tuple(text_fields) if text_fields else TEXT_FIELDS,
                fingerprint,
                on_document,
            )
            _process_and_commit(
                store,
                runs,
                summary,
                scan,
                index,
                previous,
                items,
                replaced,
                errors,
                execution,
                on_batch,
                gone,
                timed_out_before,
            )
        except BaseException as error:
            if runs and not summary.committed:
                runs[0].discard()
            if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise OutputError(
                    f"the disk is full ({error.strerror}) while writing {store.location}: nothing was "
                    "committed and the previous output is intact; free some space and run again"
                ) from error
            if isinstance(error, KeyboardInterrupt):
                log.warning("run interrupted (nothing committed, the output is as it was)")
            else:
                log.error("run failed (nothing committed, the output is as it was): %s", error)
            raise
    summary.documents = summary.new_documents + summary.already_present
    summary.seconds = time.perf_counter() - started
    log.info("run finished: %s", summary.describe())
    return summary


def _process_and_commit(
    store: OutputStore,
    runs: list[RunFolder],
    summary: BatchSummary,
    scan: ScanResult,
    index: OutputIndex,
    previous: Mapping[str, Sequence[tuple[PartLocation, int]]],
    items: Sequence[BatchItem],
    replaced: set[str],
    errors: list[dict[str, Any]],
    execution: Execution,
    on_batch: Callable[[BatchReport], None] | None,
    gone: GoneInputs,
    timed_out_before: Mapping[str, TimedOut],
) -> None:
    """Process the planned documents into a new run and commit it with what is carried over.

    The run begun is appended to `runs`, so that the caller can discard it
    when anything fails before the commit.
    """
    run: RunFolder | None = None
    if items:
        # Every stage's rules are built once here, so a broken rule stops the run before any
        # worker starts; a run with nothing to process skips it (the rules are those of the output).
        if execution.engine == "local" and _workers(items, execution) > 1:
            from pipeline.batch.engines.local import start_fork_server

            # The workers' fork server warms up on another core while the rules are checked here.
            start_fork_server(WARM_WORKER)
        with cached_patterns():  # patterns that stages compile on import and on first use, too
            from pipeline.document import check_rules

            check_rules(current_ruleset(execution.rules_dir))
        collector.started()
        # What a warm-up would build is built now: batches run in this process start from it.
        mark_warm(execution.rules_dir)
        run = store.begin_run()
        runs.append(run)
        for report in _run_batches(run, items, execution):
            _add_report(summary, run, report)
            errors.extend(report.errors)
            log.debug(
                "batch %d: %s, %s",
                report.number,
                counted(report.documents, "document"),
                counted(len(report.errors), "error"),
            )
            for row in report.errors:
                log.warning(
                    "error %s: %s (%s) %s",
                    row["source_path"],
                    row["error_type"],
                    row["stage"],
                    row["message"],
                )
            if on_batch is not None:
                on_batch(report)
    summary.errors = len(errors)
    # The errors of a file processed (or refused) in this run are this run's:
    # a fixed file loses its old rows, a file skipped as already present keeps them.
    scanned = {display_path(path) for item in items for path in (item.path, *item.duplicate_paths)}
    scanned |= {row["source_path"] for row in scan.errors}
    still = {_error_key(row) for row in errors}
    cleared = {key[0] for key in index.error_keys if key[0] in scanned and key not in still}
    cleared |= gone.error_paths  # the input of these rows is gone
    known = {key for key in index.error_keys if key[0] not in cleared}
    new_errors = _unique_new_errors(errors, known)
    path_changes = _path_changes(scan, gone, replaced)
    timeout_paths = {key[0] for key in known | {_error_key(row) for row in new_errors} if key[2] == "timeout"}
    timed_out_now = _timed_out(items, errors, execution.doc_timeout)
    timeouts = timeouts_record(
        execution.fingerprint,
        execution.rules_hash,
        updated_timeouts(timed_out_before, scan.planned, timed_out_now, timeout_paths),
    )
    if not (summary.new_documents or new_errors or path_changes or replaced or cleared):
        # Nothing changes in the tables (the files processed failed again as before):
        # committing would only make another run folder with the same rows.
        if run is not None:
            run.discard()
            runs.remove(run)
            run = None
        if not index.stale and not summary.stale_kept:
            _refresh_input_index(store, execution, index)
        _refresh_timeouts(store, execution, timeouts)
        return
    commit_started = time.perf_counter()
    if run is None:
        run = store.begin_run()
        runs.append(run)
    _carry_over(run, previous, replaced, path_changes, cleared, locate=record_address)
    if new_errors:
        run.write("errors", "errors", build_table("errors", new_errors))
    if isinstance(run, LocalRunFolder) and not summary.stale_kept:
        _write_input_index(run, execution)
    if isinstance(run, LocalRunFolder) and timeouts["inputs"] and is_complete(execution.fingerprint):
        write_timeouts(run.path, timeouts)
    run.commit(
        {
            "pipeline_version": __version__,
            "rules_hash": execution.rules_hash,
            "data_versions": execution.fingerprint.get("data"),
        }
    )
    summary.committed = True
    summary.run_id = run.run_id
    summary.stage_seconds["commit"] = time.perf_counter() - commit_started


def _path_changes(scan: ScanResult, gone: GoneInputs, replaced: set[str]) -> dict[str, PathChange]:
    """doc_id -> how the recorded paths of a document kept in the output change in this run."""
    changes: dict[str, PathChange] = {}
    for digest in scan.new_paths.keys() | gone.paths.keys():
        if digest[:16] in replaced:
            continue
        changes[digest[:16]] = PathChange(
            added=tuple(scan.new_paths.get(digest, ())), removed=frozenset(gone.paths.get(digest, ()))
        )
    return changes


def _data_changed(
    store: OutputStore, previous: Mapping[str, Sequence[tuple[PartLocation, int]]], data: Mapping[str, str]
) -> bool:
    """True when the output holds documents made with other (or unrecorded) versions of the data packages."""
    if not any(rows for _, rows in previous.get("documents", ())):
        return False
    manifest = store.read_manifest()
    return manifest is None or manifest.get("data_versions") != dict(data)


def _write_input_index(run: LocalRunFolder, execution: Execution) -> None:
    """Write the input index of `run` into its folder, before the commit makes both visible.

    Nothing is written when a document of the run was made otherwise than
    with this run's rules and version (the next run then takes the normal path).
    """
    if not is_complete(execution.fingerprint):
        return
    parts = [(run.path / "documents" / part.file, part.rows) for part in run.parts["documents"]]
    by_path = documents_by_path(parts, execution.rules_hash)
    if by_path is not None:
        errors = [(run.path / "errors" / part.file, part.rows) for part in run.parts["errors"]]
        index = input_index(
            execution.fingerprint, execution.rules_hash, list(run.parts), by_path, error_sources(errors)
        )
        write_index(run.path, index)


def _refresh_input_index(store: OutputStore, execution: Execution, index: OutputIndex) -> None:
    """Bring the input index of an unchanged local output up to date (made by older code, other data, ...).

    A best effort: an output that cannot be written keeps the index it has,
    and the next run takes the normal path again.
    """
    if not isinstance(store, LocalStore) or not is_complete(execution.fingerprint):
        return
    folder = current_run_folder(store.out_dir)
    if folder is None:
        return
    found = input_index(
        execution.fingerprint, execution.rules_hash, table_names(), index.by_path, index.error_paths
    )
    if read_index(folder) == found:
        return
    try:
        write_index(folder, found)
    except OSError as error:
        log.debug("input index not written: %s", error)


def _known_timeouts(
    store: OutputStore, fingerprint: Mapping[str, Any], rules_hash: str, force: bool
) -> dict[str, TimedOut]:
    """The inputs of a local output that timed out as this run would process them (none with `force`)."""
    if force or not isinstance(store, LocalStore) or not is_complete(fingerprint):
        return {}
    record = read_timeouts(current_run_folder(store.out_dir))
    return known_timeouts(record, fingerprint, rules_hash)


def _skip_timed_out(
    scan: ScanResult, index: OutputIndex, known: Mapping[str, TimedOut], doc_timeout: float | None
) -> list[str]:
    """Take out of the plan the inputs that would time out again; return their paths.

    An input is kept in the plan when any of its paths has no `timeout` row
    in the output (a new copy, or rows gone): processing it writes them.
    """
    timed_out_paths = {key[0] for key in index.error_keys if key[2] == "timeout"}
    skipped: list[str] = []
    for digest, item in list(scan.planned.items()):
        entry = known.get(digest)
        if digest in index.stale or entry is None or not skips(entry.limit, doc_timeout):
            continue
        paths = [display_path(path) for path in _item_paths(item)]
        if all(path in timed_out_paths for path in paths):
            del scan.planned[digest]
            skipped.extend(paths)
    return skipped


def _item_paths(item: BatchItem) -> list[str]:
    """Every path an item's error rows name: its main one (with its record), then its duplicates."""
    main = item.path if item.record is None else record_location(item.path, item.record)
    return [main, *item.duplicate_paths]


def _timed_out(
    items: Sequence[BatchItem], errors: Sequence[Mapping[str, Any]], doc_timeout: float | None
) -> dict[str, TimedOut]:
    """The items processed in this run that timed out (after `doc_timeout` seconds), by content hash."""
    if not doc_timeout:
        return {}
    by_path = {display_path(path): item.sha256 for item in items for path in _item_paths(item)}
    paths: dict[str, list[str]] = {}
    for row in errors:
        if row["error_type"] == "timeout" and row["source_path"] in by_path:
            paths.setdefault(by_path[row["source_path"]], []).append(row["source_path"])
    return {digest: TimedOut(doc_timeout, tuple(found)) for digest, found in paths.items()}


def _refresh_timeouts(store: OutputStore, execution: Execution, record: Mapping[str, Any]) -> None:
    """Bring the record of inputs that timed out of an unchanged local output up to date (a best effort)."""
    if not isinstance(store, LocalStore) or not is_complete(execution.fingerprint):
        return
    folder = current_run_folder(store.out_dir)
    if folder is None:
        return
    try:
        present = json.loads((folder / TIMEOUTS_NAME).read_bytes())
    except FileNotFoundError:
        present = None
    except (OSError, ValueError):
        present = "damaged"
    if present == record or (present is None and not record["inputs"]):
        return
    try:
        write_timeouts(folder, record)
    except OSError as error:
        log.debug("record of inputs that timed out not written: %s", error)


def _log_error(row: Mapping[str, Any]) -> None:
    log.warning("error %s: %s (%s) %s", row["source_path"], row["error_type"], row["stage"], row["message"])


def _run_batches(run: RunFolder, items: Sequence[BatchItem], execution: Execution) -> Iterator[BatchReport]:
    """Yield the report of every batch of `items`, processed by the run's engine.

    A batch whose worker process died is cut in two and both halves run
    again, until the document that kills a worker is alone: it becomes an
    error row and every other document of the batch is processed.
    """
    from pipeline.batch.engines.base import WorkerDied

    batch_size, folder = execution.batch_size, execution.rules_dir

    workers = _workers(items, execution)
    size = batch_size
    if workers > 1:
        size = max(1, min(batch_size, -(-len(items) // (workers * BATCHES_PER_WORKER))))
    tasks = [
        BatchTask(
            run.url,
            run.run_id,
            number,
            tuple(batch),
            folder,
            execution.rules_hash,
            execution.doc_timeout,
            execution.text_fields,
        )
        for number, batch in enumerate(make_batches(items, size))
    ]
    next_number = len(tasks)
    arrow_warming = _warm_arrow_in_background() if workers > 1 else None
    # A one-job run's batches tell of each document as it is done (`process_batch`'s `on_document`).
    counted_here = execution.engine == "local" and workers <= 1
    while tasks:
        halves: list[BatchTask] = []
        sizes = {task.number: len(task.items) for task in tasks}
        for outcome in _map_batches(tasks, execution, workers):
            if not isinstance(outcome, WorkerDied):
                _tell_documents(execution, 0 if counted_here else sizes.get(outcome.number, 0))
                yield outcome
            elif len(outcome.task.items) == 1:
                _tell_documents(execution, 1)
                yield _worker_died_report(outcome.task, outcome.reason)
            else:
                middle = len(outcome.task.items) // 2
                for half in (outcome.task.items[:middle], outcome.task.items[middle:]):
                    halves.append(replace(outcome.task, number=next_number, items=half))
                    next_number += 1
        tasks = halves
    if arrow_warming is not None:
        arrow_warming.join()


def _tell_documents(execution: Execution, count: int) -> None:
    if execution.on_document is not None:
        for _ in range(count):
            execution.on_document()


def _map_batches(tasks: Sequence[BatchTask], execution: Execution, workers: int) -> Iterable[Any]:
    """`process_batch` over `tasks` on the run's engine; one local job runs here, in order."""
    warm = functools.partial(warm_up, execution.rules_dir)
    if execution.engine == "local" and workers <= 1:
        # What the local engine does with one job, without importing its process pool.
        warm()
        return (process_batch(task, execution.on_document) for task in tasks)
    from pipeline.batch.engines import map_batches

    return map_batches(
        process_batch,
        tasks,
        engine=execution.engine,
        jobs=workers,
        scheduler=execution.scheduler,
        initializer=warm,
        preload=WARM_WORKER,
    )


def _workers(items: Sequence[BatchItem], execution: Execution) -> int:
    """Worker processes for `items`: `--jobs`, else every core, but one for a small run."""
    from pipeline.batch.engines import cpu_count

    if execution.jobs:
        return execution.jobs
    if execution.engine == "local" and sum(item.bytes for item in items) < MIN_PARALLEL_BYTES:
        return 1
    return cpu_count()


def _warm_arrow_in_background() -> threading.Thread:
    """Start paying, in a thread of this process, Arrow's one-off imports.

    Arrow loads pandas the first time it builds a table (about half a
    second), which this process would otherwise pay at the commit, after
    every worker has finished. Done while the workers start up, it costs
    no time.
    """
    thread = threading.Thread(target=SCHEMAS["errors"].empty_table, name="provex-warm-arrow", daemon=True)
    thread.start()
    return thread


def _worker_died_report(task: BatchTask, reason: str) -> BatchReport:
    """The report of a one-document batch whose worker died: an error row per path."""
    item = task.items[0]
    message = (
        f"{reason} while processing this file; the rest of the batch was processed "
        "(run this file alone with --jobs 1 to see why, or report it)"
    )
    report = BatchReport(number=task.number)
    main = item.path if item.record is None else record_location(item.path, item.record)
    report.errors = [
        error_row(path, "process", "worker_died", message) for path in (main, *item.duplicate_paths)
    ]
    return report


def _add_report(summary: BatchSummary, run: RunFolder, report: BatchReport) -> None:
    for name, part in report.parts.items():
        run.add_part(name, part)
    summary.batches += 1
    summary.new_documents += report.documents
    summary.lines += report.lines
    summary.boilerplate_lines += report.boilerplate_lines
    summary.input_bytes += report.input_bytes
    for table, count in report.mentions.items():
        summary.mentions[table] = summary.mentions.get(table, 0) + count
    for stage, seconds in report.stage_seconds.items():
        summary.stage_seconds[stage] = summary.stage_seconds.get(stage, 0.0) + seconds
    summary.peak_worker_rss_bytes = max(summary.peak_worker_rss_bytes, report.peak_rss_bytes)
