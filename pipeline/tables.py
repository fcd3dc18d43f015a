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

An output given as a URL (`s3://…`, `gs://…`, `memory://…`: anything with
`://` but `file://`) has no links or locks; it is written through fsspec
with its own layout and commit (`pipeline.remote_output`). `output_store`
picks the local or the remote implementation; the functions below
(`begin_run`, `output_lock`, `committed_parts`, `read_manifest`,
`compact_output`) work on both.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any, Protocol

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


# Where a committed part is: a local file, or the fsspec URL of a remote one.
PartLocation = Path | str
# A path that began as a URL before `pathlib` collapsed its `//` (`s3:/bucket/out`).
_COLLAPSED_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:/(?!/)")


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


def is_url(location: Path | str) -> bool:
    """True for an output given as a URL other than `file://` (`s3://…`, `memory://…`)."""
    return isinstance(location, str) and "://" in location and not location.startswith("file://")


def filesystem_of(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of `url` and the path on it.

    Raises OutputError when fsspec, or the package for the URL's protocol
    (s3fs for `s3://`, gcsfs for `gs://`, …), is not installed.
    """
    try:
        import fsspec
    except ImportError:
        raise OutputError(f"writing to {url} needs fsspec: pip install fsspec") from None
    try:
        filesystem, path = fsspec.core.url_to_fs(url)
    except ImportError as error:  # a known protocol whose package is missing
        raise OutputError(f"cannot use {url}: {error} (outputs can be local paths or fsspec URLs)") from None
    except ValueError as error:  # a protocol fsspec does not know
        raise OutputError(
            f"cannot use {url}: {error}; outputs can be local paths or URLs of an fsspec filesystem "
            "(s3:// with s3fs, gs:// with gcsfs, memory://, ...)"
        ) from None
    return filesystem, path.rstrip("/")


@contextlib.contextmanager
def open_new_part(folder_url: str, table_name: str, file_name: str) -> Iterator[IO[bytes]]:
    """A binary handle on the new file `<folder_url>/<table_name>/<file_name>` (folders made).

    `folder_url` is a local path or any fsspec URL. Raises OutputError when
    a URL's filesystem is not installed.
    """
    if not is_url(folder_url):
        try:  # local paths need no fsspec
            import fsspec  # noqa: F401
        except ImportError:
            target = Path(folder_url) / table_name / file_name
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as handle:
                yield handle
            return
    filesystem, folder = filesystem_of(folder_url)
    table_folder = f"{folder}/{table_name}"
    filesystem.makedirs(table_folder, exist_ok=True)
    with filesystem.open(f"{table_folder}/{file_name}", "wb") as handle:
        yield handle


def write_part(folder_url: str, table_name: str, file_name: str, table: pa.Table) -> Part:
    """Write one part file to `<folder_url>/<table_name>/<file_name>` through fsspec.

    `folder_url` is a run folder: a local path or any fsspec URL (`s3://…`
    when s3fs is installed). Returns the part with its row count.
    """
    with open_new_part(folder_url, table_name, file_name) as handle:
        pq.write_table(table, handle, compression="zstd")
    return Part(file=file_name, rows=table.num_rows)


@contextlib.contextmanager
def open_part(location: PartLocation) -> Iterator[IO[bytes]]:
    """A binary handle on a committed part: a local file or an fsspec URL."""
    if isinstance(location, Path):
        with location.open("rb") as handle:
            yield handle
        return
    filesystem, path = filesystem_of(location)
    with filesystem.open(path, "rb") as handle:
        yield handle


def read_part(location: PartLocation, columns: Sequence[str] | None = None) -> pa.Table:
    """One committed part (a local file or an fsspec URL) as an Arrow table.

    Read as one file, not through `pq.read_table`: that goes through Arrow's
    dataset layer, whose first use imports pandas (half a second for a run
    that may only need to read the output's index).
    """
    with open_part(location) as handle:
        return pq.ParquetFile(handle).read(columns=columns)


def part_name(location: PartLocation) -> str:
    """The file name of a part, whether a local path or a URL."""
    return PurePosixPath(str(location)).name


# ------------------------------------------------------------ runs and commit


@dataclass(kw_only=True)
class RunFolder:
    """A run being filled, local or remote; nothing in it is visible until `commit`."""

    run_id: str
    parts: dict[str, list[Part]] = field(default_factory=lambda: {name: [] for name in TABLE_NAMES})

    @property
    def url(self) -> str:
        """Where batches write this run's parts (a local path or an fsspec URL)."""
        raise NotImplementedError

    def add_part(self, table_name: str, part: Part) -> None:
        """Record a part a worker wrote into this folder."""
        self.parts[table_name].append(part)

    def write(self, table_name: str, label: str, table: pa.Table) -> Part:
        """Write `table` as a new part of `table_name` and record it."""
        part = write_part(self.url, table_name, part_file_name(self.run_id, label), table)
        self.add_part(table_name, part)
        return part

    def link(self, table_name: str, source: PartLocation, rows: int) -> None:
        """Take over a committed part of the same output without rewriting it."""
        raise NotImplementedError

    def commit(self, manifest_extra: Mapping[str, Any] | None = None) -> str:
        """Make this run the output; returns where it is. Raises OutputError."""
        raise NotImplementedError

    def _write_empty_tables(self) -> None:
        """Every table always exists, even with no rows: one empty part where none is."""
        for name in TABLE_NAMES:
            if not self.parts[name]:
                self.write(name, "empty", SCHEMAS[name].empty_table())

    def manifest(self, manifest_extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The manifest of this run: run id, `manifest_extra`, every part with its row count."""
        return {
            "format": MANIFEST_FORMAT,
            "run_id": self.run_id,
            "committed_at": datetime.now(UTC).isoformat(),
            **(manifest_extra or {}),
            "tables": {
                name: [{"file": part.file, "rows": part.rows} for part in self.parts[name]]
                for name in TABLE_NAMES
            },
        }


@dataclass(kw_only=True)
class LocalRunFolder(RunFolder):
    """A run folder on a local (or shared) filesystem, committed by flipping a link."""

    out_dir: Path

    @property
    def path(self) -> Path:
        """The folder on disk: out/.provex/runs/<run id>."""
        return self.out_dir / STATE_DIR / "runs" / self.run_id

    @property
    def url(self) -> str:
        """The folder on disk, as a string."""
        return str(self.path)

    def link(self, table_name: str, source: PartLocation, rows: int) -> None:
        """Take over a committed part of an earlier run without copying it."""
        source = Path(source)
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

    def commit(self, manifest_extra: Mapping[str, Any] | None = None) -> str:
        """Make this run the output: empty tables, manifest, fsync, flip `current`.

        Returns the run folder. Raises OutputError when the output cannot be written.
        """
        try:
            for name in TABLE_NAMES:
                (self.path / name).mkdir(parents=True, exist_ok=True)
            self._write_empty_tables()
            self._remove_unrecorded_parts()
            manifest = self.manifest(manifest_extra)
            (self.path / MANIFEST_NAME).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
            _fsync_tree(self.path)
            state = self.out_dir / STATE_DIR
            _switch_current(state, self.path)
            _link_tables(self.out_dir)
            _remove_stale_runs(state / "runs", keep=self.path)
        except OSError as error:
            raise _unwritable(self.out_dir, error) from error
        return str(self.path)


class OutputStore(Protocol):
    """Where an output lives and how a run commits into it (local or fsspec)."""

    @property
    def location(self) -> str:
        """The output as the user named it, for messages."""
        ...

    def lock(self) -> contextlib.AbstractContextManager[None]:
        """Held while a run or a compaction writes the output."""
        ...

    def read_manifest(self) -> dict[str, Any] | None:
        """The committed manifest, or None when there is no committed output."""
        ...

    def committed_parts(self) -> dict[str, list[tuple[PartLocation, int]]]:
        """Every committed part of every table with its row count; empty without output."""
        ...

    def begin_run(self) -> RunFolder:
        """A new, invisible run to fill and commit."""
        ...


@dataclass(frozen=True)
class LocalStore:
    """An output on a local or shared filesystem: hard links, a `current` link, a lock file."""

    out_dir: Path

    @property
    def location(self) -> str:
        """The output directory."""
        return str(self.out_dir)

    def lock(self) -> contextlib.AbstractContextManager[None]:
        """The output's lock file (see `output_lock`)."""
        return _local_lock(self.out_dir)

    def read_manifest(self) -> dict[str, Any] | None:
        """The manifest of the run `current` points to."""
        run = current_run(self.out_dir)
        if run is None or not (run / MANIFEST_NAME).is_file():
            return None
        return json.loads((run / MANIFEST_NAME).read_text(encoding="utf-8"))

    def committed_parts(self) -> dict[str, list[tuple[PartLocation, int]]]:
        """Committed parts as local paths; outputs older than manifests are read from their folders."""
        run = current_run(self.out_dir)
        if run is None:
            return {}
        manifest = self.read_manifest()
        if manifest is not None:
            tables = manifest["tables"]
            return {
                name: [(run / name / entry["file"], int(entry["rows"])) for entry in tables.get(name, [])]
                for name in TABLE_NAMES
            }
        return {
            name: [
                (path, pq.ParquetFile(path).metadata.num_rows)
                for path in sorted((run / name).glob("*.parquet"))
            ]
            for name in TABLE_NAMES
        }

    def begin_run(self) -> RunFolder:
        """Create a new run folder under out/.provex/runs (and the output itself)."""
        out_dir = self.out_dir
        try:
            runs = out_dir / STATE_DIR / "runs"
            runs.mkdir(parents=True, exist_ok=True)
            _check_table_paths(out_dir)
            run = LocalRunFolder(out_dir=out_dir, run_id=new_run_id())
            for name in TABLE_NAMES:
                (run.path / name).mkdir(parents=True)
        except OSError as error:
            raise _unwritable(out_dir, error) from error
        return run


def new_run_id() -> str:
    """A fresh, unique run id."""
    return uuid.uuid4().hex[:12]


def output_store(out_dir: Path | str) -> OutputStore:
    """The store of an output: local for paths (and `file://` URLs), fsspec for other URLs.

    Raises OutputError for a URL whose filesystem is not installed or not
    known, and for a path that was a URL before its `//` was collapsed
    (pass URLs as strings).
    """
    if is_url(out_dir):
        from pipeline.remote_output import RemoteStore

        return RemoteStore.open(str(out_dir))
    text = str(out_dir)
    if text.startswith("file://"):
        return LocalStore(Path(text.removeprefix("file://")))
    if _COLLAPSED_URL.match(text):
        raise OutputError(
            f"{text} looks like a URL whose '//' was lost; pass an output URL as a string, "
            "e.g. 's3://bucket/out' (a local output cannot have a name like this)"
        )
    return LocalStore(Path(out_dir))


def begin_run(out_dir: Path | str) -> RunFolder:
    """Create a new, invisible run for the output `out_dir` (a path or an fsspec URL).

    Raises OutputError when `out_dir` cannot be written or holds foreign folders.
    """
    return output_store(out_dir).begin_run()


def output_lock(out_dir: Path | str) -> contextlib.AbstractContextManager[None]:
    """Hold the output's lock: one run or compaction at a time.

    Local outputs hold a lock file (OutputError when another process holds
    it); remote outputs have no lock: one run at a time may write them.
    """
    return output_store(out_dir).lock()


@contextlib.contextmanager
def _local_lock(out_dir: Path) -> Iterator[None]:
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


def write_output(out_dir: Path | str, tables: Mapping[str, pa.Table]) -> str:
    """Replace the output in `out_dir` with `tables` atomically; returns where the run is.

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
    return output_store(out_dir).read_manifest()


def committed_parts(out_dir: Path | str) -> dict[str, list[tuple[PartLocation, int]]]:
    """Every committed part file of every table with its row count.

    Local outputs give paths, remote ones fsspec URLs (read them with
    `read_part`). Empty when `out_dir` has no committed output. Local
    outputs written before manifests existed are read from their folders.
    """
    return output_store(out_dir).committed_parts()


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
        summary = CompactSummary(parts_before={name: len(parts[name]) for name in TABLE_NAMES})
        plans = {name: _compaction_plan(parts[name], target_rows) for name in TABLE_NAMES}
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
        summary.parts_after = {name: len(run.parts[name]) for name in TABLE_NAMES}
        run.commit({key: manifest[key] for key in ("pipeline_version", "rules_hash") if key in manifest})
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
                    batch = parquet.read_row_group(group).cast(SCHEMAS[name])
                    writer.write_table(batch)
                    rows += batch.num_rows
    run.add_part(name, Part(file=file_name, rows=rows))
