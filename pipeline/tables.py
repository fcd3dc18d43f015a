"""The output tables: Arrow schemas, part files, and the atomic commit.

Layout of an output directory (every table is a directory of Parquet files):

    out/documents -> .provex/current/documents
    out/lines     -> .provex/current/lines
    ...
    out/.provex/current -> runs/<run id>
    out/.provex/runs/<run id>/manifest.json
    out/.provex/runs/<run id>/<table>/part-<run id>-<batch>.parquet

How a run adds to an output without rewriting it (incremental batches):

1. it creates a new, unused `runs/<new id>` folder;
2. every batch writes its own part files into it (workers write them
   themselves, through fsspec paths, so rows never travel back to the
   parent process);
3. the parts of the previous run are hard-linked into the new folder: the
   bytes on disk and their modification times stay as they are, nothing is
   copied or rewritten (a filesystem without hard links gets copies);
4. part files no batch reported (written by a worker that died before it
   could report) are deleted; `manifest.json` (run id, pipeline version,
   rules hash, every part with its row count) is written and everything is
   fsynced;
5. the single `current` link is flipped with one atomic rename. This is the
   commit: until then readers see the previous output whole; after it they
   see the new one whole. `pandas.read_parquet("out/<table>")` reads exactly
   the committed parts, because a table folder only ever holds them.

A run killed before the flip leaves an unused run folder, removed by the
next run or compaction; the previous output stays readable. `compact_output`
merges small part files the same way (new folder, then flip). A lock file
keeps two runs from committing into the same output at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

COMMON_MENTION_FIELDS = [
    pa.field("mention_id", pa.string(), nullable=False),
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("line_no", pa.int32(), nullable=False),
    pa.field("start", pa.int32(), nullable=False),
    pa.field("end", pa.int32(), nullable=False),
    pa.field("raw_text", pa.string(), nullable=False),
    pa.field("norm_text", pa.string(), nullable=False),
    pa.field("lang", pa.string(), nullable=False),
    pa.field("rule_id", pa.string(), nullable=False),
]

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            pa.field("doc_id", pa.string(), nullable=False),
            pa.field("source_path", pa.string(), nullable=False),
            pa.field("file_name", pa.string(), nullable=False),
            pa.field("source_kind", pa.string(), nullable=False),
            pa.field("sha256", pa.string(), nullable=False),
            pa.field("bytes", pa.int64(), nullable=False),
            pa.field("encoding", pa.string(), nullable=False),
            pa.field("title", pa.string()),
            pa.field("doc_date", pa.date32()),
            pa.field("n_lines", pa.int32(), nullable=False),
            pa.field("languages", pa.list_(pa.string())),
            pa.field("pipeline_version", pa.string(), nullable=False),
            pa.field("rules_hash", pa.string(), nullable=False),
            pa.field("processed_at", pa.timestamp("us", tz="UTC"), nullable=False),
            pa.field("duplicate_paths", pa.list_(pa.string())),
        ]
    ),
    "lines": pa.schema(
        [
            pa.field("doc_id", pa.string(), nullable=False),
            pa.field("line_no", pa.int32(), nullable=False),
            pa.field("raw_text", pa.string(), nullable=False),
            pa.field("norm_text", pa.string(), nullable=False),
            pa.field("lang", pa.string(), nullable=False),
            pa.field("is_boilerplate", pa.bool_(), nullable=False),
            pa.field("boilerplate_rule", pa.string()),
            pa.field("flags", pa.list_(pa.string())),
        ]
    ),
    "figures": pa.schema(
        [
            *COMMON_MENTION_FIELDS,
            pa.field("value", pa.float64()),
            pa.field("value_low", pa.float64()),
            pa.field("value_high", pa.float64()),
            pa.field("unit", pa.string()),
            pa.field("counter", pa.string()),
            pa.field("qualifier", pa.string()),
        ]
    ),
    "dates": pa.schema(
        [
            *COMMON_MENTION_FIELDS,
            pa.field("start_date", pa.date32()),
            pa.field("end_date", pa.date32()),
            pa.field("granularity", pa.string()),
            pa.field("resolution", pa.string()),
        ]
    ),
    "organisations": pa.schema(
        [*COMMON_MENTION_FIELDS, pa.field("name", pa.string()), pa.field("org_kind", pa.string())]
    ),
    "projects": pa.schema(
        [*COMMON_MENTION_FIELDS, pa.field("name", pa.string()), pa.field("project_kind", pa.string())]
    ),
    "errors": pa.schema(
        [
            pa.field("source_path", pa.string(), nullable=False),
            pa.field("stage", pa.string(), nullable=False),
            pa.field("error_type", pa.string(), nullable=False),
            pa.field("message", pa.string(), nullable=False),
            pa.field("at", pa.timestamp("us", tz="UTC"), nullable=False),
        ]
    ),
}

MENTION_TABLES = ("figures", "dates", "organisations", "projects")
# Names of the columns every mention table starts with.
COMMON_MENTION_COLUMNS = tuple(column.name for column in COMMON_MENTION_FIELDS)
TABLE_NAMES = tuple(SCHEMAS)
STATE_DIR = ".provex"
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = 1
LOCK_NAME = "lock"
# `compact_output` merges parts smaller than this into parts of about this size.
COMPACT_TARGET_ROWS = 250_000


class OutputError(Exception):
    """The output directory cannot be written: the run cannot proceed."""


def build_table(name: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Arrow table of `rows` (dicts keyed by column) in table `name`'s schema.

    Columns are built whole, not row by row; missing keys become nulls.
    """
    schema = SCHEMAS[name]
    columns = {column: [row.get(column) for row in rows] for column in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


# ------------------------------------------------------------ part files


@dataclass(frozen=True)
class Part:
    """One committed Parquet file of a table: its file name and row count."""

    file: str
    rows: int


def part_file_name(run_id: str, label: str) -> str:
    """File name of a part: `part-<run id>-<label>.parquet` (unique per run)."""
    return f"part-{run_id}-{label}.parquet"


def write_part(folder_url: str, table_name: str, file_name: str, table: pa.Table) -> Part:
    """Write one part file to `<folder_url>/<table_name>/<file_name>` through fsspec.

    `folder_url` is a run folder: a local path or any fsspec URL (`s3://…`
    when s3fs is installed). Returns the part with its row count.
    """
    try:
        import fsspec
    except ImportError:  # local paths need no fsspec; URLs do
        if "://" in folder_url:
            raise OutputError(f"writing to {folder_url} needs fsspec: pip install fsspec") from None
        target = Path(folder_url) / table_name / file_name
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, target, compression="zstd")
        return Part(file=file_name, rows=table.num_rows)
    filesystem, folder = fsspec.core.url_to_fs(folder_url)
    table_folder = f"{folder.rstrip('/')}/{table_name}"
    filesystem.makedirs(table_folder, exist_ok=True)
    with filesystem.open(f"{table_folder}/{file_name}", "wb") as handle:
        pq.write_table(table, handle, compression="zstd")
    return Part(file=file_name, rows=table.num_rows)


# ------------------------------------------------------------ runs and commit


@dataclass
class RunFolder:
    """A run folder being filled; nothing in it is visible until `commit`."""

    out_dir: Path
    run_id: str
    parts: dict[str, list[Part]] = field(default_factory=lambda: {name: [] for name in TABLE_NAMES})

    @property
    def path(self) -> Path:
        """The folder on disk: out/.provex/runs/<run id>."""
        return self.out_dir / STATE_DIR / "runs" / self.run_id

    def add_part(self, table_name: str, part: Part) -> None:
        """Record a part a worker wrote into this folder."""
        self.parts[table_name].append(part)

    def write(self, table_name: str, label: str, table: pa.Table) -> Part:
        """Write `table` as a new part of `table_name` and record it."""
        part = write_part(str(self.path), table_name, part_file_name(self.run_id, label), table)
        self.add_part(table_name, part)
        return part

    def link(self, table_name: str, source: Path, rows: int) -> None:
        """Take over a committed part of an earlier run without copying it."""
        target = self.path / table_name / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:  # no hard links here (or across devices): a copy keeps the bytes and mtime
            shutil.copy2(source, target)
        self.add_part(table_name, Part(file=source.name, rows=rows))

    def _remove_unrecorded_parts(self) -> None:
        """Delete part files no batch reported (left by a worker that died mid-batch)."""
        for name in TABLE_NAMES:
            recorded = {part.file for part in self.parts[name]}
            for path in (self.path / name).glob("*.parquet"):
                if path.name not in recorded:
                    path.unlink()

    def commit(self, manifest_extra: Mapping[str, Any] | None = None) -> Path:
        """Make this run the output: empty tables, manifest, fsync, flip `current`.

        Raises OutputError when the output cannot be written.
        """
        try:
            for name in TABLE_NAMES:
                (self.path / name).mkdir(parents=True, exist_ok=True)
                if not self.parts[name]:  # every table always exists, even with no rows
                    self.write(name, "empty", SCHEMAS[name].empty_table())
            self._remove_unrecorded_parts()
            manifest = {
                "format": MANIFEST_FORMAT,
                "run_id": self.run_id,
                "committed_at": datetime.now(UTC).isoformat(),
                **(manifest_extra or {}),
                "tables": {
                    name: [{"file": part.file, "rows": part.rows} for part in self.parts[name]]
                    for name in TABLE_NAMES
                },
            }
            (self.path / MANIFEST_NAME).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
            _fsync_tree(self.path)
            state = self.out_dir / STATE_DIR
            _switch_current(state, self.path)
            _link_tables(self.out_dir)
            _remove_stale_runs(state / "runs", keep=self.path)
        except OSError as error:
            raise _unwritable(self.out_dir, error) from error
        return self.path


def begin_run(out_dir: Path | str) -> RunFolder:
    """Create a new, invisible run folder under `out_dir` (and the output itself).

    Raises OutputError when `out_dir` cannot be written or holds foreign folders.
    """
    out_dir = Path(out_dir)
    try:
        runs = out_dir / STATE_DIR / "runs"
        runs.mkdir(parents=True, exist_ok=True)
        _check_table_paths(out_dir)
        run = RunFolder(out_dir=out_dir, run_id=uuid.uuid4().hex[:12])
        for name in TABLE_NAMES:
            (run.path / name).mkdir(parents=True)
    except OSError as error:
        raise _unwritable(out_dir, error) from error
    return run


@contextlib.contextmanager
def output_lock(out_dir: Path | str) -> Iterator[None]:
    """Hold the output's lock file: one run or compaction at a time.

    Raises OutputError when another process holds it.
    """
    state = Path(out_dir) / STATE_DIR
    try:
        state.mkdir(parents=True, exist_ok=True)
        handle = (state / LOCK_NAME).open("a")
    except OSError as error:
        raise _unwritable(out_dir, error) from error
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"another provex run is writing {out_dir}; wait for it to finish") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_output(out_dir: Path, tables: Mapping[str, pa.Table]) -> Path:
    """Replace the output in `out_dir` with `tables` atomically; returns the run folder.

    Tables missing from `tables` are written empty, so every table always
    exists. Raises OutputError when `out_dir` cannot be written.
    """
    run = begin_run(out_dir)
    try:
        for name in TABLE_NAMES:
            table = tables.get(name)
            if table is not None:
                run.write(name, "00000", table)
    except OSError as error:
        raise _unwritable(out_dir, error) from error
    return run.commit()


def _unwritable(out_dir: Path | str, error: OSError) -> OutputError:
    return OutputError(f"cannot write the output directory {out_dir}: {error.strerror or error}")


def _check_table_paths(out_dir: Path) -> None:
    for name in TABLE_NAMES:
        path = out_dir / name
        if path.exists() and not path.is_symlink():
            raise OutputError(
                f"{path} exists and was not written by provex; move it away or choose another --out directory"
            )


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())


def _switch_current(state: Path, run_dir: Path) -> None:
    """Point state/current at run_dir with one atomic rename of a new link."""
    pending = state / f"current.{uuid.uuid4().hex[:8]}"
    os.symlink(Path("runs") / run_dir.name, pending)
    os.replace(pending, state / "current")


def _link_tables(out_dir: Path) -> None:
    for name in TABLE_NAMES:
        link = out_dir / name
        if not link.is_symlink():
            os.symlink(Path(STATE_DIR) / "current" / name, link)


def _remove_stale_runs(runs: Path, keep: Path) -> None:
    for run in runs.iterdir():
        if run != keep:
            shutil.rmtree(run, ignore_errors=True)
    for pending in runs.parent.glob("current.*"):
        pending.unlink(missing_ok=True)


# ------------------------------------------------------------ reading


def current_run(out_dir: Path) -> Path | None:
    """The run folder `out_dir` currently shows, or None when there is none."""
    current = Path(out_dir) / STATE_DIR / "current"
    return current.resolve() if current.exists() else None


def read_manifest(out_dir: Path | str) -> dict[str, Any] | None:
    """The committed run's manifest, or None when the output has none."""
    run = current_run(Path(out_dir))
    if run is None or not (run / MANIFEST_NAME).is_file():
        return None
    return json.loads((run / MANIFEST_NAME).read_text(encoding="utf-8"))


def committed_parts(out_dir: Path | str) -> dict[str, list[tuple[Path, int]]]:
    """Every committed part file of every table with its row count.

    Empty when `out_dir` has no committed output. Outputs written before
    manifests existed are read from their folders.
    """
    run = current_run(Path(out_dir))
    if run is None:
        return {}
    manifest = read_manifest(out_dir)
    if manifest is not None:
        tables = manifest["tables"]
        return {
            name: [(run / name / entry["file"], int(entry["rows"])) for entry in tables.get(name, [])]
            for name in TABLE_NAMES
        }
    return {
        name: [
            (path, pq.ParquetFile(path).metadata.num_rows) for path in sorted((run / name).glob("*.parquet"))
        ]
        for name in TABLE_NAMES
    }


def read_table(out_dir: Path, name: str, columns: Sequence[str] | None = None) -> pa.Table:
    """Read one table of an output directory whole (for tests and tools)."""
    return pq.read_table(Path(out_dir) / name, schema=SCHEMAS[name], columns=columns)


# ------------------------------------------------------------ compaction


@dataclass
class CompactSummary:
    """What a compaction did, per table: parts before and after."""

    parts_before: dict[str, int] = field(default_factory=dict)
    parts_after: dict[str, int] = field(default_factory=dict)
    committed: bool = False

    def describe(self) -> str:
        """One line per table that changed, or a note that nothing did."""
        changed = [
            f"{name}: {self.parts_before[name]} -> {self.parts_after[name]} part files"
            for name in self.parts_before
            if self.parts_before[name] != self.parts_after[name]
        ]
        return "\n".join(changed) if changed else "nothing to compact: no table has several small part files"


def compact_output(out_dir: Path | str, target_rows: int = COMPACT_TARGET_ROWS) -> CompactSummary:
    """Merge the small part files of every table into parts of ~`target_rows` rows.

    Parts at least `target_rows` long are kept (hard-linked); empty parts are
    dropped unless a table would have none. Rows and their order within the
    merged parts are kept. Commits like a run; a no-op when nothing is small.
    Raises OutputError when there is no output or it cannot be written.
    """
    out_dir = Path(out_dir)
    with output_lock(out_dir):
        parts = committed_parts(out_dir)
        if not parts:
            raise OutputError(f"{out_dir} holds no provex output to compact")
        summary = CompactSummary(parts_before={name: len(parts[name]) for name in TABLE_NAMES})
        plans = {name: _compaction_plan(parts[name], target_rows) for name in TABLE_NAMES}
        if all(len(groups) == len(parts[name]) for name, groups in plans.items()):
            summary.parts_after = dict(summary.parts_before)
            return summary
        manifest = read_manifest(out_dir) or {}
        run = begin_run(out_dir)
        for name, groups in plans.items():
            for number, group in enumerate(groups):
                if len(group) == 1 and (group[0][1] >= target_rows or len(groups) == 1 and group[0][1] == 0):
                    run.link(name, *group[0])
                else:
                    _merge_parts(run, name, f"c{number:05d}", [path for path, _ in group])
        summary.parts_after = {name: len(run.parts[name]) for name in TABLE_NAMES}
        run.commit({key: manifest[key] for key in ("pipeline_version", "rules_hash") if key in manifest})
        summary.committed = True
        return summary


def _compaction_plan(parts: Sequence[tuple[Path, int]], target_rows: int) -> list[list[tuple[Path, int]]]:
    """Group parts: big ones alone, small ones together up to target_rows."""
    non_empty = [part for part in parts if part[1] > 0]
    if not non_empty:
        return [parts[:1]] if parts else []
    groups: list[list[tuple[Path, int]]] = []
    pending: list[tuple[Path, int]] = []
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


def _merge_parts(run: RunFolder, name: str, label: str, sources: Sequence[Path]) -> None:
    """Stream `sources` into one new part (one row group at a time)."""
    file_name = part_file_name(run.run_id, label)
    target = run.path / name / file_name
    rows = 0
    with pq.ParquetWriter(target, SCHEMAS[name], compression="zstd") as writer:
        for source in sources:
            parquet = pq.ParquetFile(source)
            for group in range(parquet.num_row_groups):
                batch = parquet.read_row_group(group).cast(SCHEMAS[name])
                writer.write_table(batch)
                rows += batch.num_rows
    run.add_part(name, Part(file=file_name, rows=rows))
