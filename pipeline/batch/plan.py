"""Planning a run: what the output already holds, which inputs are new, and the batches.

Every input file is hashed (sha256, streamed). A file whose hash is already
in the output with the same pipeline version and rules hash is skipped;
identical content under several paths is planned once, the other paths go
to `documents.duplicate_paths`. Documents of the output made with other
rules (or all, with `force`) are planned again from their recorded paths.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.batch.paths import InputScope, forget_resolved_paths, record_location
from pipeline.batch.paths import path_key as _path_key
from pipeline.batch.worker import BatchItem, error_row
from pipeline.core.records import display_path
from pipeline.core.version import VERSION as __version__
from pipeline.stages.containers import scan_container
from pipeline.stages.ingest import IngestError, is_container, read_source, record_address
from pipeline.stages.manifest import Manifest
from pipeline.store.parts import (
    PartLocation,
    read_part,
)

# ... and at most this many bytes of input (one bigger file is a batch alone).
BATCH_BYTES = 64 * 1024 * 1024


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


@dataclass
class OutputIndex:
    """What the committed output already holds, keyed by content hash."""

    current: set[str] = field(default_factory=set)  # sha256 made with this version and rules
    known_paths: dict[str, set[str]] = field(default_factory=dict)  # current sha256 -> resolved paths
    stale: dict[str, list[str]] = field(default_factory=dict)  # sha256 -> recorded paths, other rules
    error_keys: set[tuple[str, str, str, str]] = field(default_factory=set)
    recorded: dict[str, list[str]] = field(default_factory=dict)  # every sha256 -> its recorded paths
    by_path: dict[str, set[str]] = field(default_factory=dict)  # resolved recorded path -> sha256s
    stale_meta: dict[str, dict[str, str]] = field(default_factory=dict)  # stale sha256 -> its metadata

    @property
    def error_paths(self) -> set[str]:
        """The source paths of the output's error rows."""
        return {key[0] for key in self.error_keys}


def read_output_index(
    parts: Mapping[str, Sequence[tuple[PartLocation, int]]], pipeline_rules_hash: str, force: bool
) -> OutputIndex:
    """Index the committed documents (and error rows) of an output.

    `parts` are the committed parts (`committed_parts`): local paths or fsspec URLs.
    """
    forget_resolved_paths()  # a new run: folders and paths are resolved afresh
    index = OutputIndex()
    columns = ["sha256", "pipeline_version", "rules_hash", "source_path", "duplicate_paths", "record"]
    for path, rows in parts.get("documents", []):
        if not rows:
            continue
        # Plain Python, not Arrow compute: every row is converted anyway, and
        # Arrow's compute functions import pandas on first use.
        for row in read_part(path, columns=columns).to_pylist():
            main = row["source_path"]
            if row["record"] is not None:
                main = record_location(main, row["record"])
            recorded = [main, *(row["duplicate_paths"] or [])]
            index.recorded[row["sha256"]] = recorded
            for key in map(_path_key, recorded):
                index.by_path.setdefault(key, set()).add(row["sha256"])
            made_alike = row["pipeline_version"] == __version__ and row["rules_hash"] == pipeline_rules_hash
            if made_alike and not force:
                index.current.add(row["sha256"])
                index.known_paths.setdefault(row["sha256"], set()).update(map(_path_key, recorded))
            else:
                index.stale[row["sha256"]] = [row["source_path"], *(row["duplicate_paths"] or [])]
    if index.stale:
        index.stale_meta = _stale_metadata(parts, index.stale)
    for path, rows in parts.get("errors", []):
        if rows:
            for row in read_part(path, columns=["source_path", "stage", "error_type", "message"]).to_pylist():
                index.error_keys.add(_error_key(row))
    return index


# The metadata columns of `documents` a document processed again keeps (when no manifest says otherwise).
METADATA_COLUMNS = ("url", "published", "region", "site")


def _stale_metadata(
    parts: Mapping[str, Sequence[tuple[PartLocation, int]]], stale: Mapping[str, Any]
) -> dict[str, dict[str, str]]:
    """The metadata recorded for documents to be processed again: a rules change must not lose it."""
    found: dict[str, dict[str, str]] = {}
    for path, rows in parts.get("documents", []):
        if not rows:
            continue
        for row in read_part(path, columns=["sha256", *METADATA_COLUMNS, "meta"]).to_pylist():
            if row["sha256"] in stale:
                meta = dict(row["meta"] or [])
                meta.update((name, str(row[name])) for name in METADATA_COLUMNS if row[name] is not None)
                if meta:
                    found[row["sha256"]] = meta
    return found


def _error_key(row: Mapping[str, Any]) -> tuple[str, str, str, str]:
    return (row["source_path"], row["stage"], row["error_type"], row["message"])


@dataclass
class ScanResult:
    """The plan of a run: documents to process, and what was passed over."""

    planned: dict[str, BatchItem] = field(default_factory=dict)  # sha256 -> item
    already_present: int = 0
    new_paths: dict[str, list[str]] = field(default_factory=dict)  # sha256 in the output -> unseen paths
    errors: list[dict[str, Any]] = field(default_factory=list)
    digests: set[str] = field(default_factory=set)  # the content of every file scanned
    edited: dict[str, set[str]] = field(default_factory=dict)  # sha256 in the output -> paths now other
    skipped_records: int = 0  # records of containers that are no article (non-HTML WARC records)
    unlisted: int = 0  # inputs (files, records) the manifest has no row for
    found: set[str] = field(default_factory=set)  # path_key of every input found (file, record)
    partly_read: set[str] = field(default_factory=set)  # path_key of containers read only in part


def scan_inputs(files: Iterable[Path], index: OutputIndex, manifest: Manifest | None = None) -> ScanResult:
    """Hash every file (every record of a container) and plan what to process (see the module docstring).

    With a `manifest`, each input's row (its metadata) goes with its item;
    inputs without a row are counted in `unlisted`.
    """
    scan = ScanResult()
    for path in files:
        if is_container(path):
            _scan_container(path, index, manifest, scan)
            continue
        try:
            with open(path, "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
            size = path.stat().st_size
        except OSError:
            scan.errors.append(_read_error_row(path))
            scan.found.add(_path_key(str(path)))
            continue
        meta = _manifest_meta(manifest, scan, path)
        _plan(scan, index, BatchItem(str(path), digest, size, meta=meta), str(path))
    return scan


def _scan_container(path: Path, index: OutputIndex, manifest: Manifest | None, scan: ScanResult) -> None:
    found = scan_container(path)
    scan.skipped_records += found.skipped
    if found.problem is not None:
        scan.partly_read.add(_path_key(str(path)))
        error = found.problem
        scan.errors.append(error_row(str(path), error.stage, error.error_type, error.message))
    for entry in found.entries:
        meta = _manifest_meta(manifest, scan, path, entry.record, entry.record_id)
        item = BatchItem(
            str(path), entry.sha256, entry.bytes, record=entry.record, meta=meta, offset=entry.offset
        )
        _plan(scan, index, item, record_location(str(path), entry.record))


def _manifest_meta(
    manifest: Manifest | None,
    scan: ScanResult,
    path: Path,
    record: str | None = None,
    record_id: str | None = None,
) -> dict[str, str] | None:
    if manifest is None:
        return None
    meta = manifest.lookup(path, record, record_id)
    if meta is None:
        scan.unlisted += 1
    return meta


def _plan(scan: ScanResult, index: OutputIndex, item: BatchItem, location: str) -> None:
    """Plan one input (a file, or a record at `location`) unless its content is planned or present."""
    digest = item.sha256
    scan.digests.add(digest)
    key = _path_key(location)
    scan.found.add(key)
    for earlier in index.by_path.get(key, ()):
        if earlier != digest:
            scan.edited.setdefault(earlier, set()).add(key)
    if digest in index.current:
        scan.already_present += 1
        if key not in index.known_paths.get(digest, ()):
            scan.new_paths.setdefault(digest, []).append(display_path(location))
        return
    planned = scan.planned.get(digest)
    if planned is not None:
        scan.planned[digest] = replace(planned, duplicate_paths=(*planned.duplicate_paths, location))
        return
    scan.planned[digest] = item


def superseded_documents(index: OutputIndex, scan: ScanResult) -> set[str]:
    """Documents of the output whose files now hold other content: a path's latest content replaces them.

    A document is superseded when a path it was read from now holds other
    bytes, no file scanned in this run still holds its bytes, and none of
    its other recorded paths still exists. (One that lives on under another
    path is kept, with its paths as recorded.)
    """
    superseded = set()
    for digest, edited_keys in scan.edited.items():
        if digest in scan.digests:
            continue
        others = [path for path in index.recorded.get(digest, ()) if _path_key(path) not in edited_keys]
        if not any(os.path.isfile(path) for path in others):
            superseded.add(digest)
    return superseded


@dataclass(frozen=True)
class GoneInputs:
    """What the output records of inputs that a run looked for and did not find (see `InputScope`)."""

    paths: dict[str, set[str]]  # sha256 -> its recorded paths (as recorded) that are gone
    documents: set[str]  # sha256 of documents every recorded path of which is gone
    error_paths: set[str]  # source paths of error rows whose input is gone


def gone_inputs(
    index: OutputIndex, scan: ScanResult, scope: InputScope, reported: Iterable[str]
) -> GoneInputs:
    """The recorded paths, documents and error rows of the output that describe inputs no longer there.

    A recorded path is gone when it is in `scope` and the scan did not find
    it (deleted, renamed, moved away), or when it now holds other bytes. A
    document is gone when all its recorded paths are and it gained no new
    one in this scan. `reported` are the source paths of this run's error
    rows: those inputs are still there.
    """
    reported_keys = {_path_key(path) for path in reported}

    def missing(key: str) -> bool:
        if key in scan.found or key in reported_keys or not scope.covers(key):
            return False
        container, _, record = key.rpartition("#")
        return not (record.isdigit() and container in scan.partly_read)

    paths: dict[str, set[str]] = {}
    documents: set[str] = set()
    for digest, recorded in index.recorded.items():
        edited = scan.edited.get(digest, set())
        gone = {path for path in recorded if _path_key(path) in edited or missing(_path_key(path))}
        if not gone:
            continue
        paths[digest] = gone
        if len(gone) == len(set(recorded)) and not scan.new_paths.get(digest) and digest not in scan.planned:
            documents.add(digest)
    error_paths = {path for path in index.error_paths if missing(_path_key(path))}
    return GoneInputs(paths, documents, error_paths)


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
            path = Path(record_address(recorded)[0])
            if path.is_file() and path.resolve() not in seen:
                seen.add(path.resolve())
                found.append(path)
    return found


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


def error_sources(parts: Sequence[tuple[PartLocation, int]]) -> set[str]:
    """The source paths of the rows of `errors` parts."""
    return {
        path
        for part, rows in parts
        if rows
        for path in read_part(part, columns=["source_path"])["source_path"].to_pylist()
    }


def documents_by_path(
    parts: Sequence[tuple[PartLocation, int]], pipeline_rules_hash: str
) -> dict[str, set[str]] | None:
    """Every recorded path of the `documents` parts (as `path_key` gives it) with its content hashes.

    None when a document was made with another version or other rules: such
    an output has work left for the next run.
    """
    by_path: dict[str, set[str]] = {}
    columns = ["sha256", "pipeline_version", "rules_hash", "source_path", "duplicate_paths", "record"]
    for path, rows in parts:
        if not rows:
            continue
        for row in read_part(path, columns=columns).to_pylist():
            if row["pipeline_version"] != __version__ or row["rules_hash"] != pipeline_rules_hash:
                return None
            main = row["source_path"]
            if row["record"] is not None:
                main = record_location(main, row["record"])
            for key in map(_path_key, [main, *(row["duplicate_paths"] or [])]):
                by_path.setdefault(key, set()).add(row["sha256"])
    return by_path
