"""Rewriting committed parts: carrying them into a new run, and compaction."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.core.wording import counted
from pipeline.store import output_store
from pipeline.store.parts import (
    OutputError,
    Part,
    PartLocation,
    RunFolder,
    open_new_part,
    open_part,
    part_file_name,
    read_part,
)
from pipeline.store.schemas import SCHEMAS, conform, table_names

# `compact_output` merges parts smaller than this into parts of about this size.
COMPACT_TARGET_ROWS = 250_000

# What a compaction keeps of the manifest: what made the rows, which it does not change.
MANIFEST_KEPT = ("pipeline_version", "rules_hash", "data_versions")


@dataclass
class CompactSummary:
    """What a compaction did, per table: parts before and after."""

    parts_before: dict[str, int] = field(default_factory=dict)
    parts_after: dict[str, int] = field(default_factory=dict)
    committed: bool = False

    def describe(self) -> str:
        """One line per table that changed, or a note that nothing did."""
        changed = [
            f"{name}: {self.parts_before[name]} -> {counted(self.parts_after[name], 'part file')}"
            for name in self.parts_before
            if self.parts_before[name] != self.parts_after[name]
        ]
        return "\n".join(changed) if changed else "nothing to compact: no table has several small part files"


def compact_output(out_dir: Path | str, target_rows: int = COMPACT_TARGET_ROWS) -> CompactSummary:
    """Merge the small part files of every table into parts of ~`target_rows` rows.

    `out_dir` is a local path or an fsspec URL. Parts at least `target_rows`
    long are kept (hard-linked locally, left in place remotely); empty parts
    are dropped unless a table would have none. Rows and their order within
    the merged parts are kept. Commits like a run; a no-op when nothing is
    small. Raises OutputError when there is no output or it cannot be written.
    """
    store = output_store(out_dir)
    with store.lock():
        parts = store.committed_parts()
        if not parts:
            raise OutputError(f"{store.location} holds no provex output to compact")
        summary = CompactSummary(parts_before={name: len(parts[name]) for name in table_names()})
        plans = {name: _compaction_plan(parts[name], target_rows) for name in table_names()}
        if all(len(groups) == len(parts[name]) for name, groups in plans.items()):
            summary.parts_after = dict(summary.parts_before)
            return summary
        manifest = store.read_manifest() or {}
        run = store.begin_run()
        for name, groups in plans.items():
            for number, group in enumerate(groups):
                if len(group) == 1 and (group[0][1] >= target_rows or len(groups) == 1 and group[0][1] == 0):
                    run.link(name, *group[0])
                else:
                    _merge_parts(run, name, f"c{number:05d}", [location for location, _ in group])
        summary.parts_after = {name: len(run.parts[name]) for name in table_names()}
        run.commit({key: manifest[key] for key in MANIFEST_KEPT if key in manifest})
        summary.committed = True
        return summary


def _compaction_plan(
    parts: Sequence[tuple[PartLocation, int]], target_rows: int
) -> list[list[tuple[PartLocation, int]]]:
    """Group parts: big ones alone, small ones together up to target_rows."""
    non_empty = [part for part in parts if part[1] > 0]
    if not non_empty:
        return [list(parts[:1])] if parts else []
    groups: list[list[tuple[PartLocation, int]]] = []
    pending: list[tuple[PartLocation, int]] = []
    pending_rows = 0
    for part in non_empty:
        if part[1] >= target_rows:
            groups.append([part])
            continue
        pending.append(part)
        pending_rows += part[1]
        if pending_rows >= target_rows:
            groups.append(pending)
            pending, pending_rows = [], 0
    if pending:
        groups.append(pending)
    return groups


def _merge_parts(run: RunFolder, name: str, label: str, sources: Sequence[PartLocation]) -> None:
    """Stream `sources` into one new part (one row group at a time)."""
    file_name = part_file_name(run.run_id, label)
    rows = 0
    with (
        open_new_part(run.url, name, file_name) as handle,
        pq.ParquetWriter(handle, SCHEMAS[name], compression="zstd") as writer,
    ):
        for source in sources:
            with open_part(source) as source_handle:
                parquet = pq.ParquetFile(source_handle)
                for group in range(parquet.num_row_groups):
                    batch = conform(parquet.read_row_group(group), SCHEMAS[name])
                    writer.write_table(batch)
                    rows += batch.num_rows
    run.add_part(name, Part(file=file_name, rows=rows))


@dataclass(frozen=True)
class PathChange:
    """How the recorded paths of one document change: paths found for it, paths no longer holding it."""

    added: tuple[str, ...] = ()
    removed: frozenset[str] = frozenset()


def _plain_location(location: str) -> tuple[str, str | None]:
    return location, None


def carry_over(
    run: RunFolder,
    previous: Mapping[str, Sequence[tuple[PartLocation, int]]],
    replaced: set[str],
    path_changes: Mapping[str, PathChange],
    cleared_errors: set[str] = frozenset(),  # type: ignore[assignment]
    locate: Callable[[str], tuple[str, str | None]] = _plain_location,
) -> None:
    """Carry the previous parts into the run (`run.link`), leaving out replaced documents.

    A part holding rows of a replaced document (processed again, or gone)
    is rewritten without them; a `documents` part holding a document whose
    paths changed (`path_changes`: doc_id -> change) is rewritten with its
    paths as they now are: a path that no longer holds it is dropped, a new
    one added to `duplicate_paths`, and when its `source_path` is dropped
    the first remaining path takes its place (`locate` splits a location
    into the file and the record of a container, `feed.jsonl#12`). Every
    other part is linked untouched. Error rows of the files in
    `cleared_errors` (their source paths) are left out. Empty parts are not
    carried over (the commit adds one where needed).
    """
    for name, parts in previous.items():
        for number, (path, rows) in enumerate(parts):
            if not rows:
                continue
            gains_paths = name == "documents" and bool(path_changes)
            loses_rows = bool(replaced) and name != "errors"
            if name == "errors" and cleared_errors:
                _carry_errors(run, path, rows, number, cleared_errors)
                continue
            if not (gains_paths or loses_rows):
                run.link(name, path, rows)
                continue
            import pyarrow.compute as pc  # here: most runs only link parts

            doc_ids = read_part(path, columns=["doc_id"]).column("doc_id")
            changed: pa.Table | None = None  # read whole only when the part must change
            if gains_paths and pc.any(pc.is_in(doc_ids, value_set=_string_array(path_changes))).as_py():
                changed = _with_paths(read_part(path), path_changes, locate)
            if loses_rows:
                keep = pc.invert(pc.is_in(doc_ids, value_set=_string_array(replaced)))
                if not pc.all(keep).as_py():
                    changed = (changed if changed is not None else read_part(path)).filter(keep)
            if changed is None:
                run.link(name, path, rows)
            elif changed.num_rows:
                run.write(name, f"kept{number:05d}", changed)


def _carry_errors(run: RunFolder, path: PartLocation, rows: int, number: int, cleared: set[str]) -> None:
    """Carry an errors part, without the rows of the files in `cleared`."""
    import pyarrow.compute as pc

    errors = read_part(path)
    keep = pc.invert(pc.is_in(errors.column("source_path"), value_set=_string_array(cleared)))
    if pc.all(keep).as_py():
        run.link("errors", path, rows)
        return
    kept = errors.filter(keep)
    if kept.num_rows:
        run.write("errors", f"kept{number:05d}", kept)


def _with_paths(
    documents: pa.Table,
    changes: Mapping[str, PathChange],
    locate: Callable[[str], tuple[str, str | None]],
) -> pa.Table:
    """`documents` with the recorded paths of each changed doc_id as they now are (see `carry_over`)."""
    rows = documents.to_pylist()
    for row in rows:
        change = changes.get(row["doc_id"])
        if change is None:
            continue
        # .get: a part written before `record` and `duplicate_paths` existed lacks them.
        record = row.get("record")
        main = row["source_path"] if record is None else f"{row['source_path']}#{record}"
        locations = [main, *(row.get("duplicate_paths") or [])]
        kept = [location for location in locations if location not in change.removed]
        kept += [location for location in change.added if location not in kept]
        if not kept:
            continue  # a document with no path left is dropped by the caller, not rewritten here
        if kept[0] != main:
            row["source_path"], row["record"] = locate(kept[0])
            row["file_name"] = os.path.basename(row["source_path"])
        row["duplicate_paths"] = kept[1:]
    return pa.Table.from_pylist(rows, schema=documents.schema)


def _string_array(values: Iterable[str]) -> Any:
    import pyarrow as pa

    return pa.array(sorted(values), type=pa.string())
