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
with its own layout and commit (`pipeline.store.remote`). `output_store`
picks the local or the remote implementation; the functions below
(`begin_run`, `output_lock`, `committed_parts`, `read_manifest`,
`compact_output`) work on both.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.store.parts import (
    MANIFEST_NAME,
    STATE_DIR,
    OutputError,
    Part,
    PartLocation,
    RunFolder,
    new_run_id,
)
from pipeline.store.schemas import table_names

LOCK_NAME = "lock"


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

    def discard(self) -> None:
        """Delete this uncommitted run's folder (after a failure): the output stays as it was."""
        shutil.rmtree(self.path, ignore_errors=True)

    def _remove_unrecorded_parts(self) -> None:
        """Delete part files no batch reported (left by a worker that died mid-batch)."""
        for name in table_names():
            recorded = {part.file for part in self.parts[name]}
            for path in (self.path / name).glob("*.parquet"):
                if path.name not in recorded:
                    path.unlink()

    def commit(self, manifest_extra: Mapping[str, Any] | None = None) -> str:
        """Make this run the output: empty tables, manifest, fsync, flip `current`.

        Returns the run folder. Raises OutputError when the output cannot be written.
        """
        try:
            for name in table_names():
                (self.path / name).mkdir(parents=True, exist_ok=True)
            self._write_empty_tables()
            self._remove_unrecorded_parts()
            manifest = self.manifest(manifest_extra)
            (self.path / MANIFEST_NAME).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
            _fsync_tree(self.path)
            state = self.out_dir / STATE_DIR
            # The table links point through `current`: made before it is switched, the
            # switch alone makes the whole output visible at once, also the first time.
            _link_tables(self.out_dir)
            _switch_current(state, self.path)
            _remove_stale_runs(state / "runs", keep=self.path)
        except OSError as error:
            raise _unwritable(self.out_dir, error) from error
        return str(self.path)


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

    def repair(self) -> None:
        """Mend what a killed run left: missing table links, and the folder of a run never committed.

        Called with the lock held, so no other run is writing a folder here.
        """
        current = current_run(self.out_dir)
        if current is not None:
            try:
                _link_tables(self.out_dir)
            except OSError as error:
                raise _unwritable(self.out_dir, error) from error
        runs = self.out_dir / STATE_DIR / "runs"
        if runs.is_dir():
            _remove_stale_runs(runs, keep=current)

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
                for name in table_names()
            }
        return {
            name: [
                (path, pq.ParquetFile(path).metadata.num_rows)
                for path in sorted((run / name).glob("*.parquet"))
            ]
            for name in table_names()
        }

    def begin_run(self) -> RunFolder:
        """Create a new run folder under out/.provex/runs (and the output itself)."""
        out_dir = self.out_dir
        try:
            runs = out_dir / STATE_DIR / "runs"
            runs.mkdir(parents=True, exist_ok=True)
            _check_table_paths(out_dir)
            run = LocalRunFolder(out_dir=out_dir, run_id=new_run_id())
            for name in table_names():
                (run.path / name).mkdir(parents=True)
        except OSError as error:
            raise _unwritable(out_dir, error) from error
        return run


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


def _unwritable(out_dir: Path | str, error: OSError) -> OutputError:
    return OutputError(
        f"cannot write the output directory {out_dir}: {error.strerror or error}; "
        "give a folder you can write to with --out, or fix its access rights"
    )


def _check_table_paths(out_dir: Path) -> None:
    for name in table_names():
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
    for name in table_names():
        link = out_dir / name
        if not link.is_symlink():
            os.symlink(Path(STATE_DIR) / "current" / name, link)


def _remove_stale_runs(runs: Path, keep: Path | None) -> None:
    kept = None if keep is None else keep.resolve()
    for run in runs.iterdir():
        if run.resolve() != kept:
            shutil.rmtree(run, ignore_errors=True)
    for pending in runs.parent.glob("current.*"):
        pending.unlink(missing_ok=True)


def current_run(out_dir: Path) -> Path | None:
    """The run folder `out_dir` currently shows, or None when there is none."""
    current = Path(out_dir) / STATE_DIR / "current"
    return current.resolve() if current.exists() else None
