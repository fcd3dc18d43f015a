"""The batch runner: wires the stages, batch by batch, into an output.

Per document (`process_source`, pure: text in, rows out):

    read_source -> normalise_lines -> classify_lines -> find_doc_date/title
    -> extractors -> to_mentions -> rows

Per run (`run_batch`):

1. scan: every input file is hashed (sha256, streamed). A file whose hash
   is already in the output with the same pipeline version and rules hash
   is skipped; identical content under several paths is planned once, the
   other paths go to `documents.duplicate_paths`. Documents of the output
   made with other rules (or all, with `force`) are planned again from their
   recorded paths, and their old rows are left out of the new run.
2. batches: planned documents are cut into batches (`batch_size`
   documents, at most `BATCH_BYTES` of input). `process_batch` processes a
   batch and writes its rows as one part file per table, then drops them: a
   worker never holds more than one batch, and the parent only receives
   small reports, so memory does not grow with the corpus.
3. engine: batches run on the local process pool (one worker per core) or
   on dask.distributed (`pipeline.engines`); rule caches are warmed once per
   worker by `warm_up`.
4. commit: the previous run's parts are carried into the new run (hard
   links and a flip of `current` for a local output; a copy of the new
   parts and one manifest write for an fsspec URL; see `pipeline.tables`
   and `pipeline.remote_output`). A killed run leaves the previous output
   readable.
"""

from __future__ import annotations

import hashlib
import os
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline import __version__
from pipeline.boilerplate import classify_lines
from pipeline.docinfo import find_doc_date, find_title
from pipeline.extract import available_extractors, to_mentions
from pipeline.ingest import IngestError, discover_inputs, read_source
from pipeline.normalise import normalise_lines
from pipeline.records import (
    BoilerplateVerdict,
    DocumentContext,
    LineContext,
    Mention,
    NormalisedLine,
    SourceText,
)
from pipeline.rules import RuleFileError, rules_hash
from pipeline.tables import (
    COMMON_MENTION_COLUMNS,
    MENTION_TABLES,
    SCHEMAS,
    TABLE_NAMES,
    OutputError,
    Part,
    PartLocation,
    RunFolder,
    build_table,
    output_store,
    part_file_name,
    read_part,
    write_part,
)

# A batch holds at most this many documents (`--batch-size`) ...
DEFAULT_BATCH_SIZE = 500
# ... and at most this many bytes of input (one bigger file is a batch alone).
BATCH_BYTES = 64 * 1024 * 1024
# Below this much new input, the local engine with automatic jobs stays in
# this process: starting and warming workers costs more than it saves.
MIN_PARALLEL_BYTES = 2 * 1024 * 1024
# With several workers, batches are made small enough that every worker gets
# about this many, so a slow batch does not leave the others idle at the end.
BATCHES_PER_WORKER = 4
# Tables written by batches; `errors` is written once per run by the parent.
BATCH_TABLES = tuple(name for name in TABLE_NAMES if name != "errors")
# A bilingual snippet that exercises every stage, so warming up builds every
# lazily compiled pattern, automaton and converter before the first document.
WARM_UP_TEXT = (
    "北京市昌平區2023年3月新增企業120家，投資總額約3.5億元，同比增長10%。\n"
    "The park's revenue rose 12% to $3.5 billion in March 2023, said Acme Inc.\n"
    "版权所有 © 2023\n"
)


@dataclass
class DocumentResult:
    """Everything one document contributes: its row, its lines with verdicts, its mentions."""

    document: dict[str, Any]
    lines: Sequence[NormalisedLine]
    verdicts: Sequence[BoilerplateVerdict]
    mentions: list[Mention]


class StageClock:
    """Adds up seconds per stage name; `stage(name)` times a `with` block."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._started = 0.0
        self._name = ""

    def start(self, name: str) -> None:
        """Close the running stage (if any) and start timing `name`."""
        now = time.perf_counter()
        if self._name:
            self.seconds[self._name] = self.seconds.get(self._name, 0.0) + now - self._started
        self._name, self._started = name, now

    def stop(self) -> None:
        """Close the running stage."""
        self.start("")


def process_source(
    source: SourceText,
    pipeline_rules_hash: str,
    doc_date: date | None = None,
    clock: StageClock | None = None,
) -> DocumentResult:
    """Run every stage on one decoded source; returns its rows and mentions.

    `doc_date`, when given, replaces the date found in the text. `clock`,
    when given, receives the seconds spent per stage.
    """
    clock = clock or StageClock()
    clock.start("normalise")
    lines = normalise_lines(source.lines)
    clock.start("boilerplate")
    verdicts = classify_lines(lines)
    clock.start("docinfo")
    doc_date = doc_date or find_doc_date(lines, verdicts)
    title = find_title(lines, verdicts)
    context = DocumentContext(doc_date=doc_date, title=title)
    article = [
        LineContext(line.line_no, line.norm_text, line.lang)
        for line, verdict in zip(lines, verdicts, strict=True)
        if not verdict.is_boilerplate and line.norm_text.strip()
    ]
    mentions: list[Mention] = []
    for table, find_spans in available_extractors().items():
        clock.start(table)
        spans = find_spans(article, context)
        clock.start("offsets")
        mentions.extend(to_mentions(source.doc_id, spans, lines))
    clock.start("rows")
    doc_id = source.doc_id
    languages = sorted({line.lang for line in lines if line.lang != "none"})
    document = {
        "doc_id": doc_id,
        "source_path": source.source_path,
        "file_name": source.file_name,
        "source_kind": source.source_kind,
        "sha256": source.sha256,
        "bytes": source.bytes,
        "encoding": source.encoding,
        "title": title,
        "doc_date": doc_date,
        "n_lines": len(lines),
        "languages": languages,
        "pipeline_version": __version__,
        "rules_hash": pipeline_rules_hash,
        "processed_at": datetime.now(UTC),
        "duplicate_paths": [],
    }
    clock.stop()
    return DocumentResult(document=document, lines=lines, verdicts=verdicts, mentions=mentions)


def error_row(source_path: str, stage: str, error_type: str, message: str) -> dict[str, Any]:
    """One row of the errors table."""
    return {
        "source_path": source_path,
        "stage": stage,
        "error_type": error_type,
        "message": message,
        "at": datetime.now(UTC),
    }


def process_path(
    path: Path, pipeline_rules_hash: str, clock: StageClock | None = None
) -> tuple[DocumentResult | None, list[dict[str, Any]]]:
    """Read and process one file; every failure becomes an error row.

    Returns (result or None, error rows). Never raises for a bad input.
    """
    clock = clock or StageClock()
    clock.start("read")
    try:
        source = read_source(path)
    except IngestError as error:
        clock.stop()
        return None, [error_row(str(path), error.stage, error.error_type, error.message)]
    clock.stop()
    errors = []
    if source.invalid_bytes:
        errors.append(
            error_row(
                str(path),
                "decode",
                "invalid_bytes",
                f"{source.invalid_bytes} invalid UTF-8 byte(s) replaced by U+FFFD; "
                "the rest of the file was processed",
            )
        )
    try:
        return process_source(source, pipeline_rules_hash, clock=clock), errors
    except RuleFileError:
        raise  # a broken rule file stops the run: no document could be processed right
    except Exception as error:  # a bug or a pathological input must not stop the batch
        clock.stop()
        message = f"processing failed ({type(error).__name__}: {error}); please report this file"
        return None, [*errors, error_row(str(path), "process", "internal_error", message)]


# ------------------------------------------------------------ batches


@dataclass(frozen=True)
class BatchItem:
    """One planned document: the path to read, its scanned hash, its other paths."""

    path: str
    sha256: str
    bytes: int
    duplicate_paths: tuple[str, ...] = ()


@dataclass(frozen=True)
class BatchTask:
    """A batch as sent to a worker: where to write, what to read."""

    run_url: str
    run_id: str
    number: int
    items: tuple[BatchItem, ...]
    rules_hash: str


@dataclass
class BatchReport:
    """What a worker sends back for one batch: counts and part files, never rows."""

    number: int
    parts: dict[str, Part] = field(default_factory=dict)
    doc_ids: list[str] = field(default_factory=list)
    documents: int = 0
    lines: int = 0
    boilerplate_lines: int = 0
    mentions: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    input_bytes: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_bytes: int = 0


def warm_up() -> None:
    """Load every rule file and build every matcher once (a worker's initializer).

    Also builds the Arrow tables of the sample once: the first conversion of
    Python values pays Arrow's one-off imports here, not in the first batch.
    """
    columns = BatchColumns()
    columns.add(process_source(_source_of(WARM_UP_TEXT), rules_hash()))
    for name in BATCH_TABLES:
        columns.to_table(name)


def _source_of(text: str) -> SourceText:
    from pipeline.api import source_from_text

    return source_from_text(text, name="<warm-up>")


class BatchColumns:
    """The rows of one batch, kept as one list per column of every table.

    Documents are added column by column, so no dict is built per line or
    per mention; `to_table` hands the lists to Arrow whole.
    """

    def __init__(self) -> None:
        self.columns: dict[str, dict[str, list[Any]]] = {
            name: {column: [] for column in SCHEMAS[name].names} for name in BATCH_TABLES
        }

    def count(self, name: str) -> int:
        """Rows of table `name` held so far."""
        return len(self.columns[name]["doc_id"])

    def add(self, result: DocumentResult) -> None:
        """Append one document's rows to every table."""
        documents = self.columns["documents"]
        for column, values in documents.items():
            values.append(result.document.get(column))
        doc_id = result.document["doc_id"]
        lines = self.columns["lines"]
        lines["doc_id"].extend([doc_id] * len(result.lines))
        lines["line_no"].extend([line.line_no for line in result.lines])
        lines["raw_text"].extend([line.raw_text for line in result.lines])
        lines["norm_text"].extend([line.norm_text for line in result.lines])
        lines["lang"].extend([line.lang for line in result.lines])
        lines["is_boilerplate"].extend([verdict.is_boilerplate for verdict in result.verdicts])
        lines["boilerplate_rule"].extend([verdict.rule for verdict in result.verdicts])
        lines["flags"].extend([line.flags for line in result.lines])
        by_table: dict[str, list[Mention]] = {}
        for mention in result.mentions:
            by_table.setdefault(mention.table, []).append(mention)
        for table, mentions in by_table.items():
            self._add_mentions(table, mentions)

    def _add_mentions(self, table: str, mentions: Sequence[Mention]) -> None:
        columns = self.columns[table]
        columns["mention_id"].extend([mention.mention_id for mention in mentions])
        for column in COMMON_MENTION_COLUMNS[1:]:
            columns[column].extend([getattr(mention, column) for mention in mentions])
        for column in SCHEMAS[table].names[len(COMMON_MENTION_COLUMNS) :]:
            columns[column].extend([mention.fields.get(column) for mention in mentions])

    def to_table(self, name: str) -> pa.Table:
        """Arrow table of everything held for table `name`."""
        return pa.Table.from_pydict(self.columns[name], schema=SCHEMAS[name])


def process_batch(task: BatchTask) -> BatchReport:
    """Process one batch and write its rows as one part file per table.

    Runs in a worker. Only this batch's rows are held, and they are dropped
    once written; the report carries counts, part names and error rows.
    A file whose content changed since the scan is not written (an error row
    says so; the next run picks it up).
    """
    clock = StageClock()
    report = BatchReport(number=task.number)
    batch = BatchColumns()
    for item in task.items:
        result, errors = process_path(Path(item.path), task.rules_hash, clock)
        if result is not None and result.document["sha256"] != item.sha256:
            errors.append(
                error_row(
                    item.path, "read", "file_changed", "the file changed while the run read it; run again"
                )
            )
            result = None
        report.errors.extend(errors)
        if result is None:  # the same failure holds for every path with these bytes
            report.errors.extend(
                {**error, "source_path": path} for path in item.duplicate_paths for error in errors
            )
            continue
        result.document["duplicate_paths"] = list(item.duplicate_paths)
        clock.start("rows")
        batch.add(result)
        report.doc_ids.append(result.document["doc_id"])
        report.input_bytes += item.bytes
        report.boilerplate_lines += sum(1 for verdict in result.verdicts if verdict.is_boilerplate)
        clock.stop()
    report.documents = batch.count("documents")
    report.lines = batch.count("lines")
    report.mentions = {table: batch.count(table) for table in MENTION_TABLES}
    report.parts = write_batch_tables(task, batch, clock)
    report.stage_seconds = clock.seconds
    report.peak_rss_bytes = peak_rss_bytes()
    return report


def write_batch_tables(task: BatchTask, batch: BatchColumns, clock: StageClock) -> dict[str, Part]:
    """The batch writer: one part per non-empty table of the batch."""
    parts = {}
    for name in BATCH_TABLES:
        if not batch.count(name):
            continue
        clock.start("arrow")
        table = batch.to_table(name)
        clock.start("parquet")
        parts[name] = write_part(task.run_url, name, part_file_name(task.run_id, f"{task.number:05d}"), table)
    clock.stop()
    return parts


def peak_rss_bytes() -> int:
    """The peak resident memory of this process so far, in bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB


def make_batches(
    items: Sequence[BatchItem], batch_size: int, batch_bytes: int = BATCH_BYTES
) -> list[list[BatchItem]]:
    """Cut items, in order, into batches of at most `batch_size` items and `batch_bytes` bytes."""
    batches: list[list[BatchItem]] = []
    current: list[BatchItem] = []
    current_bytes = 0
    for item in items:
        if current and (len(current) >= batch_size or current_bytes + item.bytes > batch_bytes):
            batches.append(current)
            current, current_bytes = [], 0
        current.append(item)
        current_bytes += item.bytes
    if current:
        batches.append(current)
    return batches


# ------------------------------------------------------------ scanning


@dataclass
class OutputIndex:
    """What the committed output already holds, keyed by content hash."""

    current: set[str] = field(default_factory=set)  # sha256 made with this version and rules
    known_paths: dict[str, set[str]] = field(default_factory=dict)  # current sha256 -> resolved paths
    stale: dict[str, list[str]] = field(default_factory=dict)  # sha256 -> recorded paths, other rules
    error_keys: set[tuple[str, str, str, str]] = field(default_factory=set)


def read_output_index(
    parts: Mapping[str, Sequence[tuple[PartLocation, int]]], pipeline_rules_hash: str, force: bool
) -> OutputIndex:
    """Index the committed documents (and error rows) of an output.

    `parts` are the committed parts (`committed_parts`): local paths or fsspec URLs.
    """
    index = OutputIndex()
    columns = ["sha256", "pipeline_version", "rules_hash", "source_path", "duplicate_paths"]
    for path, rows in parts.get("documents", []):
        if not rows:
            continue
        # Plain Python, not Arrow compute: every row is converted anyway, and
        # Arrow's compute functions import pandas on first use.
        for row in read_part(path, columns=columns).to_pylist():
            recorded = [row["source_path"], *(row["duplicate_paths"] or [])]
            made_alike = row["pipeline_version"] == __version__ and row["rules_hash"] == pipeline_rules_hash
            if made_alike and not force:
                index.current.add(row["sha256"])
                index.known_paths.setdefault(row["sha256"], set()).update(map(_path_key, recorded))
            else:
                index.stale[row["sha256"]] = recorded
    for path, rows in parts.get("errors", []):
        if rows:
            for row in read_part(path, columns=["source_path", "stage", "error_type", "message"]).to_pylist():
                index.error_keys.add(_error_key(row))
    return index


def _path_key(path: str | Path) -> str:
    """A path as compared with recorded ones: absolute, symlinks resolved."""
    return os.path.realpath(path)  # what Path.resolve does, without building Path objects


def _error_key(row: Mapping[str, Any]) -> tuple[str, str, str, str]:
    return (row["source_path"], row["stage"], row["error_type"], row["message"])


@dataclass
class ScanResult:
    """The plan of a run: documents to process, and what was passed over."""

    planned: dict[str, BatchItem] = field(default_factory=dict)  # sha256 -> item
    already_present: int = 0
    new_paths: dict[str, list[str]] = field(default_factory=dict)  # sha256 in the output -> unseen paths
    errors: list[dict[str, Any]] = field(default_factory=list)


def scan_inputs(files: Iterable[Path], index: OutputIndex) -> ScanResult:
    """Hash every file and plan what to process (see the module docstring)."""
    scan = ScanResult()
    for path in files:
        try:
            with open(path, "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
            size = path.stat().st_size
        except OSError:
            scan.errors.append(_read_error_row(path))
            continue
        if digest in index.current:
            scan.already_present += 1
            if _path_key(path) not in index.known_paths.get(digest, ()):
                scan.new_paths.setdefault(digest, []).append(str(path))
            continue
        planned = scan.planned.get(digest)
        if planned is not None:
            scan.planned[digest] = BatchItem(
                planned.path, digest, planned.bytes, (*planned.duplicate_paths, str(path))
            )
            continue
        scan.planned[digest] = BatchItem(str(path), digest, size)
    return scan


def _read_error_row(path: Path) -> dict[str, Any]:
    """The error row `read_source` gives for a file the scan could not read."""
    try:
        read_source(path)
    except IngestError as error:
        return error_row(str(path), error.stage, error.error_type, error.message)
    return error_row(str(path), "read", "read_failed", "the file could not be read; run again")


def _paths_to_reprocess(index: OutputIndex, given: Sequence[Path]) -> list[Path]:
    """Recorded paths of documents made with other rules that still exist."""
    if not index.stale:
        return []
    seen = {path.resolve() for path in given}
    found = []
    for paths in index.stale.values():
        for recorded in paths:
            path = Path(recorded)
            if path.is_file() and path.resolve() not in seen:
                seen.add(path.resolve())
                found.append(path)
    return found


# ------------------------------------------------------------ the run


@dataclass
class BatchSummary:
    """Counts a run reports at its end."""

    documents: int = 0  # documents of the inputs now in the output (new + already there)
    new_documents: int = 0
    already_present: int = 0
    new_paths: int = 0  # paths recorded for content already in the output
    lines: int = 0
    boilerplate_lines: int = 0
    mentions: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    skipped_files: int = 0
    batches: int = 0
    input_bytes: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    peak_worker_rss_bytes: int = 0
    committed: bool = False
    out_dir: str = ""

    def describe(self) -> str:
        """One human-readable paragraph for the end of a run."""
        mention_counts = ", ".join(f"{count} {table}" for table, count in self.mentions.items())
        return (
            f"{self.documents} documents ({self.new_documents} new, {self.already_present} already in the "
            f"output{self._new_paths_note()}), "
            f"{self.lines} new lines ({self.boilerplate_lines} boilerplate), "
            f"{mention_counts or 'no new mentions'}; {self.errors} errors, "
            f"{self.skipped_files} files skipped (not .txt/.md/.html/.htm); "
            f"{self.seconds:.2f} s -> {self.out_dir}" + ("" if self.committed else " (unchanged)")
        )

    def _new_paths_note(self) -> str:
        if not self.new_paths:
            return ""
        return f"; {self.new_paths} new path(s) of those recorded in duplicate_paths"


class NoInputError(Exception):
    """The run was given nothing to process."""


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
) -> BatchSummary:
    """Process every new input under `paths` and add it to the output `out_dir`.

    `out_dir` is a local path or an fsspec URL as a string (`s3://bucket/out`
    with s3fs installed; see `pipeline.remote_output`).

    `progress` wraps the iterator of files being scanned (e.g. a progress
    bar); `on_batch` is called with each finished batch's report. `jobs` is
    the number of worker processes (None: every core, but small runs stay in
    this process). `force` re-processes every document. Raises NoInputError
    when no input file is found, OutputError when the output cannot be
    written, EngineError when the engine cannot run, RuleFileError for a
    broken rule file; per-file problems become rows of `errors`.
    """
    started = time.perf_counter()
    discovery = discover_inputs(paths)
    if not discovery.files and not discovery.missing:
        raise NoInputError(
            f"no .txt, .md, .html or .htm files under {', '.join(map(str, paths))}"
            + (f" ({len(discovery.skipped)} other files skipped)" if discovery.skipped else "")
        )
    if not discovery.files:
        raise NoInputError(f"no such file or folder: {', '.join(map(str, discovery.missing))}")
    store = output_store(out_dir)
    current_hash = rules_hash()
    summary = BatchSummary(skipped_files=len(discovery.skipped), out_dir=store.location)
    with store.lock():
        previous = store.committed_parts()
        index = read_output_index(previous, current_hash, force)
        files: Iterable[Path] = discovery.files
        if progress is not None:
            files = progress(files, len(discovery.files))
        scan_started = time.perf_counter()
        scan = scan_inputs(files, index)
        # Documents made with other rules are processed again from where they were read.
        scan_of_stale = scan_inputs(_paths_to_reprocess(index, discovery.files), OutputIndex())
        for digest, item in scan_of_stale.planned.items():
            if digest in index.stale and digest not in scan.planned:
                scan.planned[digest] = item
        errors = [
            error_row(str(path), "discover", "path_missing", "no such file or folder")
            for path in discovery.missing
        ]
        errors.extend(scan.errors)
        summary.already_present = scan.already_present
        summary.new_paths = sum(map(len, scan.new_paths.values()))
        summary.stage_seconds["scan"] = time.perf_counter() - scan_started
        items = list(scan.planned.values())
        replaced = {digest[:16] for digest in scan.planned if digest in index.stale}
        run: RunFolder | None = None
        if items:
            run = store.begin_run()
            for report in _run_batches(run, items, current_hash, jobs, engine, scheduler, batch_size):
                _add_report(summary, run, report)
                errors.extend(report.errors)
                if on_batch is not None:
                    on_batch(report)
        summary.errors = len(errors)
        new_errors = _unique_new_errors(errors, index.error_keys)
        if run is not None or new_errors or scan.new_paths:
            commit_started = time.perf_counter()
            run = run or store.begin_run()
            new_paths = {digest[:16]: paths for digest, paths in scan.new_paths.items()}
            _carry_over(run, previous, replaced, new_paths)
            if new_errors:
                run.write("errors", "errors", build_table("errors", new_errors))
            run.commit({"pipeline_version": __version__, "rules_hash": current_hash})
            summary.committed = True
            summary.stage_seconds["commit"] = time.perf_counter() - commit_started
    summary.documents = summary.new_documents + summary.already_present
    summary.seconds = time.perf_counter() - started
    return summary


def _run_batches(
    run: RunFolder,
    items: Sequence[BatchItem],
    current_hash: str,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    batch_size: int,
) -> Iterator[BatchReport]:
    """Yield the report of every batch of `items`, processed by `engine`.

    A batch whose worker process died is cut in two and both halves run
    again, until the document that kills a worker is alone: it becomes an
    error row and every other document of the batch is processed.
    """
    from pipeline.engines import WorkerDied, cpu_count, map_batches

    workers = jobs or cpu_count()
    if engine == "local" and jobs is None and sum(item.bytes for item in items) < MIN_PARALLEL_BYTES:
        workers = 1
    size = batch_size
    if workers > 1:
        size = max(1, min(batch_size, -(-len(items) // (workers * BATCHES_PER_WORKER))))
    tasks = [
        BatchTask(run.url, run.run_id, number, tuple(batch), current_hash)
        for number, batch in enumerate(make_batches(items, size))
    ]
    next_number = len(tasks)
    arrow_warming = _warm_arrow_in_background() if workers > 1 else None
    while tasks:
        halves: list[BatchTask] = []
        for outcome in map_batches(
            process_batch,
            tasks,
            engine=engine,
            jobs=workers,
            scheduler=scheduler,
            initializer=warm_up,
            preload="pipeline.engines.warm_worker",
        ):
            if not isinstance(outcome, WorkerDied):
                yield outcome
            elif len(outcome.task.items) == 1:
                yield _worker_died_report(outcome.task, outcome.reason)
            else:
                middle = len(outcome.task.items) // 2
                for half in (outcome.task.items[:middle], outcome.task.items[middle:]):
                    halves.append(replace(outcome.task, number=next_number, items=half))
                    next_number += 1
        tasks = halves
    if arrow_warming is not None:
        arrow_warming.join()


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
    message = f"{reason} while processing this file; the rest of the batch was processed"
    report = BatchReport(number=task.number)
    report.errors = [
        error_row(path, "process", "worker_died", message) for path in (item.path, *item.duplicate_paths)
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


def _unique_new_errors(
    errors: Sequence[dict[str, Any]], known: set[tuple[str, str, str, str]]
) -> list[dict[str, Any]]:
    """Error rows not already in the output (a re-run does not repeat them)."""
    seen = set(known)
    new = []
    for row in errors:
        key = _error_key(row)
        if key not in seen:
            seen.add(key)
            new.append(row)
    return new


def _carry_over(
    run: RunFolder,
    previous: Mapping[str, Sequence[tuple[PartLocation, int]]],
    replaced: set[str],
    new_paths: Mapping[str, Sequence[str]],
) -> None:
    """Carry the previous parts into the run (`run.link`), leaving out replaced documents.

    A part holding rows of a replaced document (processed again with new
    rules) is rewritten without them; a `documents` part holding a document
    seen under a new path (`new_paths`: doc_id -> paths) is rewritten with
    those paths added to its `duplicate_paths`; every other part is linked
    untouched. Empty parts are not carried over (the commit adds one where
    needed).
    """
    import pyarrow.compute as pc

    for name, parts in previous.items():
        for number, (path, rows) in enumerate(parts):
            if not rows:
                continue
            gains_paths = name == "documents" and bool(new_paths)
            loses_rows = bool(replaced) and name != "errors"
            if not (gains_paths or loses_rows):
                run.link(name, path, rows)
                continue
            doc_ids = read_part(path, columns=["doc_id"]).column("doc_id")
            changed: pa.Table | None = None  # read whole only when the part must change
            if gains_paths and pc.any(pc.is_in(doc_ids, value_set=_string_array(new_paths))).as_py():
                changed = _with_new_paths(read_part(path), new_paths)
            if loses_rows:
                keep = pc.invert(pc.is_in(doc_ids, value_set=_string_array(replaced)))
                if not pc.all(keep).as_py():
                    changed = (changed if changed is not None else read_part(path)).filter(keep)
            if changed is None:
                run.link(name, path, rows)
            elif changed.num_rows:
                run.write(name, f"kept{number:05d}", changed)


def _with_new_paths(documents: pa.Table, new_paths: Mapping[str, Sequence[str]]) -> pa.Table:
    """`documents` with each doc_id's new paths appended to its duplicate_paths."""
    column = documents.schema.get_field_index("duplicate_paths")
    merged = [
        [*(recorded or []), *new_paths.get(doc_id, ())]
        for doc_id, recorded in zip(
            documents["doc_id"].to_pylist(), documents["duplicate_paths"].to_pylist(), strict=True
        )
    ]
    field = documents.schema.field(column)
    return documents.set_column(column, field, pa.array(merged, type=field.type))


def _string_array(values: Iterable[str]) -> Any:
    import pyarrow as pa

    return pa.array(sorted(values), type=pa.string())


__all__ = [
    "BatchReport",
    "BatchSummary",
    "DocumentResult",
    "NoInputError",
    "OutputError",
    "process_batch",
    "process_source",
    "run_batch",
]
