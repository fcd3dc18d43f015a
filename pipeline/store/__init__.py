"""The output store: where tables are written, read and committed.

`output_store` picks the local store (a folder: hard links, a `current`
link flipped with one rename, a lock file; `pipeline.store.local`) or the
remote one (an fsspec URL: parts copied, one manifest write;
`pipeline.store.remote`). The functions below work on both.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.store.local import LocalStore, _unwritable
from pipeline.store.parts import OutputError, OutputStore, PartLocation, RunFolder, is_url
from pipeline.store.schemas import SCHEMAS, table_names

# A path that began as a URL before `pathlib` collapsed its `//` (`s3:/bucket/out`).
_COLLAPSED_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:/(?!/)")


def output_store(out_dir: Path | str) -> OutputStore:
    """The store of an output: local for paths (and `file://` URLs), fsspec for other URLs.

    Raises OutputError for a URL whose filesystem is not installed or not
    known, and for a path that was a URL before its `//` was collapsed
    (pass URLs as strings).
    """
    if is_url(out_dir):
        from pipeline.store.remote import RemoteStore

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


def write_output(out_dir: Path | str, tables: Mapping[str, pa.Table]) -> str:
    """Replace the output in `out_dir` with `tables` atomically; returns where the run is.

    Tables missing from `tables` are written empty, so every table always
    exists. Raises OutputError when `out_dir` cannot be written.
    """
    run = begin_run(out_dir)
    try:
        for name in table_names():
            table = tables.get(name)
            if table is not None:
                run.write(name, "00000", table)
    except OSError as error:
        raise _unwritable(out_dir, error) from error
    return run.commit()


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
    # One thread: a process that exits right after a threaded Arrow read can abort
    # ("terminate called without an active exception"; seen with pyarrow 25 and 26).
    return pq.read_table(Path(out_dir) / name, schema=SCHEMAS[name], columns=columns, use_threads=False)
