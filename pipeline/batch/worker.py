"""What a worker does with one batch: read, process, and write one part per table.

A worker holds one batch of rows at a time and sends back only small
reports (counts, part names, error rows), so memory does not grow with the
corpus.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from pipeline.batch.paths import record_location
from pipeline.core.records import (
    Mention,
    SourceText,
    display_path,
    mention_columns,
)
from pipeline.core.version import VERSION as __version__
from pipeline.core.wording import counted
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from pipeline.stages.containers import TEXT_FIELDS, read_record, read_records
from pipeline.stages.ingest import IngestError, read_source
from pipeline.store.parts import (
    Part,
    part_file_name,
    write_part,
)
from pipeline.store.schemas import SCHEMAS, mention_tables, table_names

if TYPE_CHECKING:
    from pipeline.document import DocumentResult, StageClock


# The stages are imported on first use: a run with nothing new to process
# (an incremental re-run) never needs them, and they are a third of its start-up.
def process_document(*arguments: Any, **options: Any) -> DocumentResult:
    """`pipeline.document.process_document`, its module imported on first use."""
    from pipeline.document import process_document as process

    return process(*arguments, **options)


def _stage_clock() -> StageClock:
    from pipeline.document import StageClock

    return StageClock()


# Tables written by batches; `errors` is written once per run by the parent.


def batch_tables() -> tuple[str, ...]:
    """Tables written by batches; `errors` is written once per run by the parent."""
    return tuple(name for name in table_names() if name != "errors")


def error_row(source_path: str, stage: str, error_type: str, message: str) -> dict[str, Any]:
    """One row of the errors table."""
    return {
        "source_path": display_path(source_path),
        "stage": stage,
        "error_type": error_type,
        "message": message,
        "at": datetime.now(UTC),
    }


def process_path(
    path: Path,
    ruleset: RuleSet,
    clock: StageClock | None = None,
    time_limit: float | None = None,
    *,
    record: str | None = None,
    meta: Mapping[str, str] | None = None,
    source: SourceText | IngestError | None = None,
    text_fields: tuple[str, ...] = TEXT_FIELDS,
) -> tuple[DocumentResult | None, list[dict[str, Any]]]:
    """Read and process one file, or one `record` of a container file; every failure becomes an error row.

    Returns (result or None, error rows). Never raises for a bad input. A
    document still being processed after `time_limit` seconds is given up
    as a `timeout` error row, so one pathological file cannot stall a batch.
    `meta` is the manifest's metadata of the input; `source`, the input
    already read (or the error reading it gave).
    """
    clock = clock or _stage_clock()
    label = str(path) if record is None else record_location(str(path), record)
    clock.start("read")
    try:
        if isinstance(source, IngestError):
            raise source
        if source is None:
            source = read_source(path) if record is None else read_record(path, record, text_fields)
    except IngestError as error:
        clock.stop()
        return None, [error_row(label, error.stage, error.error_type, error.message)]
    clock.stop()
    errors = []
    if source.invalid_bytes:
        errors.append(
            error_row(
                label,
                "decode",
                "invalid_bytes",
                f"{counted(source.invalid_bytes, 'invalid UTF-8 byte')} replaced by U+FFFD; "
                "the rest of the file was processed",
            )
        )
    try:
        with seconds_limit(time_limit):
            return process_document(source, ruleset, clock=clock, meta=meta), errors
    except DocumentTimeout:
        clock.stop()
        message = (
            f"processing took longer than {time_limit:g} s and was given up; the rest of the batch went on "
            "(raise --doc-timeout for very large files, or report this file)"
        )
        return None, [*errors, error_row(label, "process", "timeout", message)]
    except RuleFileError:
        raise  # a broken rule file stops the run: no document could be processed right
    except Exception as error:  # a bug or a pathological input must not stop the batch
        clock.stop()
        message = f"processing failed ({type(error).__name__}: {error}); please report this file"
        return None, [*errors, error_row(label, "process", "internal_error", message)]


class DocumentTimeout(Exception):
    """Raised inside a document's processing when its time is up."""


@contextlib.contextmanager
def seconds_limit(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in the block once `seconds` have passed (None: no limit).

    Uses the process's real-time interval timer, so it works in the main
    thread of a process (a worker, or the CLI in one job); elsewhere, and
    on systems without SIGALRM, the block runs without a limit.
    """
    usable = (
        seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def time_is_up(signal_number: int, frame: Any) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, time_is_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class BatchItem:
    """One planned document: the path to read, its scanned hash, its other paths.

    `record` addresses the document inside a container file (None for a
    plain file); `meta` is what the manifest says of it. A duplicate inside
    a container is named `path#record`.
    """

    path: str
    sha256: str
    bytes: int
    duplicate_paths: tuple[str, ...] = ()
    record: str | None = None
    meta: Mapping[str, str] | None = None
    offset: int | None = None  # where the record starts in its container, when the scan knows it


@dataclass(frozen=True)
class BatchTask:
    """A batch as sent to a worker: where to write, what to read."""

    run_url: str
    run_id: str
    number: int
    items: tuple[BatchItem, ...]
    rules_dir: str
    rules_hash: str
    doc_timeout: float | None = None
    text_fields: tuple[str, ...] = TEXT_FIELDS


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


class _PandasIsNotUsedHere:
    """While installed, makes `import pandas` fail in this process.

    A meta path finder needs only `find_spec`; `importlib.abc` (which imports
    `importlib.resources`, about 8 ms) is not needed to make one.
    """

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r} (not used by provex runs)", name=name)
        return None


@contextlib.contextmanager
def pandas_left_out(forget: bool = True) -> Iterator[None]:
    """Within: Arrow builds tables without importing pandas (when it is not imported yet).

    Runs build Arrow tables from Python lists and never use pandas, but Arrow
    imports pandas on its first table only to check whether an input is a
    pandas object: about 0.3 s of CPU and 40 MiB before the first table. A
    failed import makes Arrow take every input for what it is. With `forget`,
    Arrow is made to look for pandas again afterwards, so that a caller's
    later use of pandas with Arrow works as if nothing happened.
    """
    if "pandas" in sys.modules:
        yield
        return
    blocker = _PandasIsNotUsedHere()
    sys.meta_path.insert(0, blocker)
    try:
        yield
    finally:
        if blocker in sys.meta_path:
            sys.meta_path.remove(blocker)
        if forget and "pandas" not in sys.modules:
            # Arrow remembers the failed import in this shim; a fresh one tries again.
            pa.lib._pandas_api = pa.lib._PandasAPIShim()


# Rules folders this process (or the fork server it was forked from) warmed up on.
_WARMED: set[str] = set()

# The rule set each rules folder gave this process, kept for the batches that follow.
_RULESETS: dict[str, RuleSet] = {}


def current_ruleset(rules_dir: str) -> RuleSet:
    """The rules of `rules_dir` as they are now; this process's compiled copy when unchanged."""
    fresh = RuleSet.load(rules_dir)
    kept = _RULESETS.get(rules_dir)
    if kept is not None and kept.hash == fresh.hash:
        return kept
    _RULESETS[rules_dir] = fresh
    return fresh


def rules_hash(rules_dir: str) -> str:
    """`RuleSet.hash` of the rules now in `rules_dir`, remembered by the bytes of the files.

    The hash leaves comments and examples out, so it needs every file
    parsed: a tenth of a second, most of an incremental re-run that finds
    nothing new. The user's cache keeps it under a digest of the files'
    bytes and of the code that parses them; any other bytes are parsed (and
    a broken file stops the run, as always). Raises RuleFileError as
    `RuleSet.load` does.
    """
    import hashlib

    from pipeline.core.cache import read_cached, write_cached
    from pipeline.rules import loader, ruleset

    folder = Path(rules_dir)
    if folder.is_dir():
        digest = hashlib.sha256(__version__.encode())
        for module in (loader, ruleset):
            digest.update(Path(module.__file__ or "").read_bytes())
        for path in sorted(folder.glob("*.yaml")):
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
        name = f"rules-hash-{digest.hexdigest()[:32]}"
        cached = read_cached(name)
        if cached is not None and len(cached) == 16:
            return cached
        found = current_ruleset(rules_dir).hash
        write_cached(name, found)
        return found
    return current_ruleset(rules_dir).hash


def worker_ruleset(rules_dir: str, rules_hash: str) -> RuleSet:
    """The rule set a batch was planned with, compiled once per process.

    Raises RuleFileError when the rules now on disk are not the ones the run
    was planned with (`rules_hash`): its documents would be stamped wrongly.
    """
    ruleset = _RULESETS.get(rules_dir)
    if ruleset is None or ruleset.hash != rules_hash:
        ruleset = current_ruleset(rules_dir)
    if ruleset.hash != rules_hash:
        raise RuleFileError(rules_dir, None, "the rule files changed while the run was going on; run again")
    return ruleset


def mark_warm(rules_dir: str) -> None:
    """Note that this process compiled every stage's rules of `rules_dir`: `warm_up` then does nothing.

    Other resources (the word table, Arrow's imports) are then loaded by the
    first document that needs them instead of ahead of it.
    """
    _WARMED.add(rules_dir)


def warm_up(rules_dir: str | None = None) -> None:
    """Load the rule set and build every matcher once (a worker's initializer).

    Also builds the Arrow tables of the sample once: the first conversion of
    Python values pays Arrow's one-off imports here, not in the first batch.
    """
    from pipeline.rules.loader import rules_dir as default_rules_dir
    from pipeline.rules.pattern_cache import cached_patterns

    folder = rules_dir or os.path.realpath(default_rules_dir())
    if folder in _WARMED:
        # Forked from a fork server that warmed up on these rules: every batch
        # still checks that the rules on disk are the ones it was planned with.
        return
    ruleset = current_ruleset(folder)
    columns = BatchColumns()
    with cached_patterns():  # patterns that stages compile on import and on first use, too
        from pipeline.document import WARM_UP_TEXT, source_from_text

        columns.add(process_document(source_from_text(WARM_UP_TEXT, name="<warm-up>"), ruleset))
    for name in batch_tables():
        columns.to_table(name)
    _WARMED.add(folder)


def bilingual_rows(result: DocumentResult) -> dict[str, list[dict[str, Any]]]:
    """Rows of the bilingual tables (line pairs, mention links, drift) of one document."""
    found = result.bilingual
    if not found.pairs:
        return {}
    from pipeline.stages.align import describe_mention

    doc_id = result.document["doc_id"]
    pairs = [{"doc_id": doc_id, **vars(pair)} for pair in found.pairs]
    links = [{"doc_id": doc_id, **vars(link)} for link in found.links]
    drift = []
    for row in found.drift:
        record = {
            "doc_id": doc_id,
            "table": row.table,
            "kind": row.kind,
            "zh_line_no": row.zh_line_no,
            "en_line_no": row.en_line_no,
            "in_other_text": row.in_other_text,
        }
        for side, mention in (("zh", row.zh), ("en", row.en)):
            if mention is not None:
                record[f"{side}_mention_id"] = mention.mention_id
                record[f"{side}_start"] = mention.start
                record[f"{side}_end"] = mention.end
                record[f"{side}_text"] = mention.raw_text
                record[f"{side}_value"] = describe_mention(mention)
        drift.append(record)
    return {"line_pairs": pairs, "mention_links": links, "drift": drift}


class BatchColumns:
    """The rows of one batch, kept as one list per column of every table.

    Documents are added column by column, so no dict is built per line or
    per mention; `to_table` hands the lists to Arrow whole.
    """

    def __init__(self) -> None:
        self.columns: dict[str, dict[str, list[Any]]] = {
            name: {column: [] for column in SCHEMAS[name].names} for name in batch_tables()
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
        for table, rows in bilingual_rows(result).items():
            columns = self.columns[table]
            for row in rows:
                for column, values in columns.items():
                    values.append(row.get(column))

    def _add_mentions(self, table: str, mentions: Sequence[Mention]) -> None:
        columns = self.columns[table]  # keyed by the table's schema names, in order
        for column, values in mention_columns(mentions, tuple(columns)).items():
            columns[column].extend(values)

    def to_table(self, name: str) -> pa.Table:
        """Arrow table of everything held for table `name`."""
        return pa.Table.from_pydict(self.columns[name], schema=SCHEMAS[name])


def process_batch(task: BatchTask, on_document: Callable[[], None] | None = None) -> BatchReport:
    """Process one batch and write its rows as one part file per table.

    Runs in a worker. Only this batch's rows are held, and they are dropped
    once written; the report carries counts, part names and error rows.
    A file whose content changed since the scan is not written (an error row
    says so; the next run picks it up). `on_document` is called after each
    document (a run that processes its batches itself shows progress so).
    """
    ruleset = worker_ruleset(task.rules_dir, task.rules_hash)
    clock = _stage_clock()
    report = BatchReport(number=task.number)
    batch = BatchColumns()
    clock.start("read")
    records = read_container_records(task.items, task.text_fields)
    clock.stop()
    for item in _each_told(task.items, on_document):
        result, errors = process_path(
            Path(item.path),
            ruleset,
            clock,
            task.doc_timeout,
            record=item.record,
            meta=item.meta,
            source=records.get((item.path, item.record)) if item.record is not None else None,
            text_fields=task.text_fields,
        )
        if result is not None and result.document["sha256"] != item.sha256:
            location = item.path if item.record is None else record_location(item.path, item.record)
            errors.append(
                error_row(
                    location, "read", "file_changed", "the file changed while the run read it; run again"
                )
            )
            result = None
        report.errors.extend(errors)
        if result is None:  # the same failure holds for every path with these bytes
            report.errors.extend(
                {**error, "source_path": display_path(path)}
                for path in item.duplicate_paths
                for error in errors
            )
            continue
        result.document["duplicate_paths"] = [display_path(path) for path in item.duplicate_paths]
        clock.start("rows")
        batch.add(result)
        report.doc_ids.append(result.document["doc_id"])
        report.input_bytes += item.bytes
        report.boilerplate_lines += sum(1 for verdict in result.verdicts if verdict.is_boilerplate)
        clock.stop()
    report.documents = batch.count("documents")
    report.lines = batch.count("lines")
    report.mentions = {table: batch.count(table) for table in mention_tables()}
    report.parts = write_batch_tables(task, batch, clock)
    report.stage_seconds = clock.seconds
    report.peak_rss_bytes = peak_rss_bytes()
    return report


def _each_told(items: Sequence[BatchItem], on_document: Callable[[], None] | None) -> Iterator[BatchItem]:
    """`items`, calling `on_document` once the loop is done with each (also after a `continue`)."""
    for item in items:
        yield item
        if on_document is not None:
            on_document()


def read_container_records(
    items: Sequence[BatchItem], text_fields: tuple[str, ...]
) -> dict[tuple[str, str], SourceText | IngestError]:
    """The records of a batch that live in containers, read with one pass over each container."""
    wanted: dict[str, list[str]] = {}
    offsets: dict[str, dict[str, int]] = {}
    for item in items:
        if item.record is not None:
            wanted.setdefault(item.path, []).append(item.record)
            if item.offset is not None:
                offsets.setdefault(item.path, {})[item.record] = item.offset
    found: dict[tuple[str, str], SourceText | IngestError] = {}
    for path, records in wanted.items():
        for record, source in read_records(path, records, text_fields, offsets.get(path)).items():
            found[(path, record)] = source
    return found


def write_batch_tables(task: BatchTask, batch: BatchColumns, clock: StageClock) -> dict[str, Part]:
    """The batch writer: one part per non-empty table of the batch."""
    parts = {}
    for name in batch_tables():
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
