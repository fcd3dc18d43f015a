"""Part files and run folders, shared by the local and the remote store.

A table is a folder of Parquet part files; a run writes new parts into a
run folder (`RunFolder`) and commits them at once. Part I/O goes through
fsspec for URLs and plain files for local paths.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.store.schemas import SCHEMAS, table_names

STATE_DIR = ".provex"


MANIFEST_NAME = "manifest.json"


MANIFEST_FORMAT = 1


# Where a committed part is: a local file, or the fsspec URL of a remote one.
PartLocation = Path | str


class OutputError(Exception):
    """The output directory cannot be written: the run cannot proceed."""


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
    if not is_url(folder_url) and not str(folder_url).startswith("file://"):
        # Local paths need no fsspec (whose import alone costs a run 25 ms).
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
    """Write one part file to `<folder_url>/<table_name>/<file_name>` (through fsspec for a URL).

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

    A column asked for that the part lacks (written before the column
    existed) comes back as nulls.
    """
    with open_part(location) as handle:
        parquet = pq.ParquetFile(handle)
        if columns is None:
            return parquet.read()
        present = set(parquet.schema_arrow.names)
        table = parquet.read(columns=[name for name in columns if name in present])
    for name in columns:
        if name not in present:
            table = table.append_column(name, pa.nulls(table.num_rows))
    return table.select(list(columns))


def part_name(location: PartLocation) -> str:
    """The file name of a part, whether a local path or a URL."""
    return PurePosixPath(str(location)).name


@dataclass(kw_only=True)
class RunFolder:
    """A run being filled, local or remote; nothing in it is visible until `commit`."""

    run_id: str
    parts: dict[str, list[Part]] = field(default_factory=lambda: {name: [] for name in table_names()})

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

    def discard(self) -> None:
        """Delete what this uncommitted run wrote (after a failure); the output stays as it was."""
        raise NotImplementedError

    def _write_empty_tables(self) -> None:
        """Every table always exists, even with no rows: one empty part where none is."""
        for name in table_names():
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
                for name in table_names()
            },
        }


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

    def repair(self) -> None:
        """Mend what a run killed mid-commit can leave behind (no-op where nothing can be)."""
        ...

    def begin_run(self) -> RunFolder:
        """A new, invisible run to fill and commit."""
        ...


def new_run_id() -> str:
    """A fresh, unique run id."""
    return uuid.uuid4().hex[:12]
