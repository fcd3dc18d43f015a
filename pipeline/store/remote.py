"""Outputs on an fsspec filesystem (`s3://`, `gs://`, `memory://`, ...): layout and commit.

Object stores have no links, renames or locks, so a remote output is laid
out as plain folders plus a manifest that says which files are committed:

    out/<table>/part-<run id>-<label>.parquet    committed parts
    out/.provex/manifest.json                    run id, pipeline version, rules hash,
                                                 every committed part with its row count
    out/.provex/runs/<run id>/<table>/...         the parts of a run in progress

A run commits in four steps:

1. batches write their parts into the run's staging folder;
2. the new parts are copied into `out/<table>/` (`copy` is server-side on
   object stores); parts carried over from the previous run stay where
   they are;
3. the manifest is written with one write: the commit point (an object PUT
   is atomic). provex's readers (`committed_parts`, `pipeline.load`, the
   incremental index) read exactly the parts it lists;
4. parts it no longer lists (replaced documents, compacted parts, parts
   left by an earlier killed run) and the staging folders are deleted.

A run killed before step 3 leaves the previous manifest, so provex reads
the previous output whole; the parts it copied are not listed, and the next
run that commits deletes them. A plain directory reader
(`pandas.read_parquet("s3://…/out/figures")`) sees every file in the folder,
so during steps 2-4, or after a run killed during them, it can see parts
that are not (or no longer) committed. Nothing stops two runs from writing
the same remote output at once: one run at a time.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.store.parts import (
    MANIFEST_NAME,
    STATE_DIR,
    OutputError,
    Part,
    PartLocation,
    RunFolder,
    filesystem_of,
    new_run_id,
    part_name,
)
from pipeline.store.schemas import SCHEMAS, table_names

# The names provex gives its part files; anything else in a table folder is foreign.
PART_FILE = re.compile(r"^part-[0-9a-f]+-[A-Za-z0-9]+\.parquet$")


@dataclass(frozen=True)
class RemoteStore:
    """An output at an fsspec URL, committed by writing its manifest (see the module docstring)."""

    url: str
    filesystem: Any
    root: str  # the output's path on `filesystem`

    @classmethod
    def open(cls, url: str) -> RemoteStore:
        """The store of the output at `url`. Raises OutputError when its filesystem is missing."""
        filesystem, root = filesystem_of(url)
        return cls(url=url.rstrip("/"), filesystem=filesystem, root=root)

    @property
    def location(self) -> str:
        """The output URL."""
        return self.url

    @property
    def manifest_path(self) -> str:
        """Path of the committed manifest on the filesystem."""
        return f"{self.root}/{STATE_DIR}/{MANIFEST_NAME}"

    @property
    def runs_path(self) -> str:
        """Path of the folder holding the staging folders of runs."""
        return f"{self.root}/{STATE_DIR}/runs"

    def table_path(self, table_name: str) -> str:
        """Path of a table's folder of committed parts."""
        return f"{self.root}/{table_name}"

    def part_url(self, table_name: str, file_name: str) -> str:
        """URL of a committed part, readable with `pipeline.store.parts.read_part`."""
        return f"{self.url}/{table_name}/{file_name}"

    def lock(self) -> contextlib.AbstractContextManager[None]:
        """No lock exists on object stores: one run at a time may write a remote output."""
        return contextlib.nullcontext()

    def read_manifest(self) -> dict[str, Any] | None:
        """The committed manifest, or None when the output has none."""
        try:
            data = self.filesystem.cat_file(self.manifest_path)
        except FileNotFoundError:
            return None
        return json.loads(data)

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        """Write `manifest` with one write: the commit point of a run."""
        self.filesystem.makedirs(f"{self.root}/{STATE_DIR}", exist_ok=True)
        self.filesystem.pipe_file(self.manifest_path, json.dumps(manifest, indent=1).encode("utf-8"))

    def committed_parts(self) -> dict[str, list[tuple[PartLocation, int]]]:
        """Every part the manifest lists, as URLs with row counts; empty without a manifest."""
        manifest = self.read_manifest()
        if manifest is None:
            return {}
        return parts_of_manifest(self, manifest)

    def read_table(self, table_name: str, files: list[str]) -> pa.Table:
        """The parts `files` of table `table_name` read whole, in the table's schema."""
        paths = [f"{self.table_path(table_name)}/{file}" for file in files]
        # One thread: a process that exits right after a threaded Arrow read can abort
        # ("terminate called without an active exception"; seen with pyarrow 25 and 26).
        return pq.read_table(paths, filesystem=self.filesystem, schema=SCHEMAS[table_name], use_threads=False)

    def repair(self) -> None:
        """Nothing to mend: the manifest is the only commit point of a remote output."""

    def begin_run(self) -> RemoteRunFolder:
        """A new run staged under out/.provex/runs/<run id>.

        Raises OutputError when a table folder holds files provex did not write.
        """
        try:
            for name in table_names():
                foreign = [path for path in self._files(self.table_path(name)) if not _is_part(path)]
                if foreign:
                    raise OutputError(
                        f"{self.url}/{name} holds files not written by provex ({part_name(foreign[0])}); "
                        "move them away or choose another --out"
                    )
        except OSError as error:
            raise _unwritable(self.url, error) from error
        return RemoteRunFolder(store=self, run_id=new_run_id())

    def remove_uncommitted(self, manifest: dict[str, Any]) -> None:
        """Delete parts `manifest` does not list and every staging folder."""
        for name in table_names():
            listed = {entry["file"] for entry in manifest["tables"].get(name, [])}
            for path in self._files(self.table_path(name)):
                if _is_part(path) and part_name(path) not in listed:
                    self.filesystem.rm_file(path)
        if self.filesystem.exists(self.runs_path):
            self.filesystem.rm(self.runs_path, recursive=True)

    def _files(self, folder: str) -> list[str]:
        """Paths of the files directly in `folder`; empty when it does not exist."""
        self.filesystem.invalidate_cache(folder)  # listings may be cached; commits change them
        try:
            entries = self.filesystem.ls(folder, detail=True)
        except FileNotFoundError:
            return []
        return [entry["name"] for entry in entries if entry["type"] == "file"]


def parts_of_manifest(
    store: RemoteStore, manifest: dict[str, Any]
) -> dict[str, list[tuple[PartLocation, int]]]:
    """The URLs and row counts of every part `manifest` lists, per table."""
    tables = manifest["tables"]
    return {
        name: [(store.part_url(name, entry["file"]), int(entry["rows"])) for entry in tables.get(name, [])]
        for name in table_names()
    }


@dataclass(kw_only=True)
class RemoteRunFolder(RunFolder):
    """A run staged on a remote output; `commit` copies its parts and writes the manifest."""

    store: RemoteStore
    carried: set[tuple[str, str]] = field(default_factory=set)  # (table, file) already committed

    @property
    def url(self) -> str:
        """The staging folder: out/.provex/runs/<run id>."""
        return f"{self.store.url}/{STATE_DIR}/runs/{self.run_id}"

    @property
    def staging_path(self) -> str:
        """The staging folder's path on the filesystem."""
        return f"{self.store.runs_path}/{self.run_id}"

    def link(self, table_name: str, source: PartLocation, rows: int) -> None:
        """Keep a committed part of this output: it stays where it is and is listed again."""
        file_name = part_name(source)
        self.carried.add((table_name, file_name))
        self.add_part(table_name, Part(file=file_name, rows=rows))

    def discard(self) -> None:
        """Delete the staging folder of this uncommitted run (after a failure)."""
        try:
            if self.store.filesystem.exists(self.staging_path):
                self.store.filesystem.rm(self.staging_path, recursive=True)
        except OSError:
            pass  # the next committing run removes every staging folder anyway

    def commit(self, manifest_extra: dict[str, Any] | None = None) -> str:
        """Copy the new parts into the tables, write the manifest (the commit), clean up.

        Parts no batch reported (a worker that died) are never copied.
        Returns the output URL. Raises OutputError when it cannot be written.
        """
        filesystem = self.store.filesystem
        try:
            self._write_empty_tables()
            for name, file_name in self._new_parts():
                filesystem.makedirs(self.store.table_path(name), exist_ok=True)
                filesystem.copy(
                    f"{self.staging_path}/{name}/{file_name}", f"{self.store.table_path(name)}/{file_name}"
                )
            manifest = self.manifest(manifest_extra)
            self.store.write_manifest(manifest)
            self.store.remove_uncommitted(manifest)
        except OSError as error:
            raise _unwritable(self.store.url, error) from error
        return self.store.url

    def _new_parts(self) -> Iterator[tuple[str, str]]:
        """(table, file) of every recorded part written into staging by this run."""
        for name in table_names():
            for part in self.parts[name]:
                if (name, part.file) not in self.carried:
                    yield name, part.file


def _is_part(path: str) -> bool:
    return bool(PART_FILE.match(part_name(path)))


def _unwritable(url: str, error: OSError) -> OutputError:
    return OutputError(f"cannot write the output {url}: {error.strerror or error}")
