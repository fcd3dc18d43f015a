"""A manifest: where each input came from, given beside the inputs.

A CSV, TSV or JSON Lines file with one row per article. A row names its
article by `id` (a file's stem, or the `id` field of a JSON Lines record)
or by `path` (a file, relative to the manifest's folder, the working
directory or any input folder, or absolute; `feed.jsonl#12` for one record
of a container), and describes it with any of `url`, `published`,
`language`, `region`, `title`, `site`; other columns are kept as strings in
`documents.meta`. A row whose column is empty says nothing about it.

A row for a container file (its stem or path) applies to each of its
records; a row for the record itself wins over it. Rows that match no input
and inputs with no row are counted for the run's summary, never errors.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.stages.webmeta import merge_meta


class ManifestError(Exception):
    """A manifest that cannot be read (the run cannot use it)."""


@dataclass
class Manifest:
    """The rows of a manifest, indexed by id and by path; remembers which were used."""

    source: str
    rows: list[dict[str, str]]
    by_id: dict[str, int] = field(default_factory=dict)
    by_path: dict[str, int] = field(default_factory=dict)  # resolved path (with #record) -> row
    by_name: dict[str, int] = field(default_factory=dict)  # relative path as written -> row
    used: set[int] = field(default_factory=set)

    def lookup(
        self, path: Path | str, record: str | None = None, record_id: str | None = None
    ) -> dict[str, str] | None:
        """The metadata of an input (a file, or one record of a container), or None when no row names it."""
        path = Path(path)
        file_row = self._find(path, None, path.stem if record is None else _container_stem(path))
        if record is None:
            return self._use(file_row)
        record_row = self._find(path, record, record_id)
        if file_row is None and record_row is None:
            return None
        return merge_meta(self._use(file_row), self._use(record_row))

    def unmatched(self) -> list[str]:
        """How each row that named no input is written (its id or path)."""
        return [
            self.rows[number].get("id") or self.rows[number].get("path") or f"row {number + 1}"
            for number in range(len(self.rows))
            if number not in self.used
        ]

    def _find(self, path: Path, record: str | None, name: str | None) -> int | None:
        suffix = "" if record is None else f"#{record}"
        number = self.by_path.get(os.path.realpath(path) + suffix)
        if number is None:
            parts = path.parts
            for length in range(len(parts), 0, -1):  # a path written relative to an input folder
                number = self.by_name.get("/".join(parts[-length:]) + suffix)
                if number is not None:
                    break
        if number is None and name:
            number = self.by_id.get(name)
        return number

    def _use(self, number: int | None) -> dict[str, str] | None:
        if number is None:
            return None
        self.used.add(number)
        return {key: value for key, value in self.rows[number].items() if key not in ("id", "path")}


def read_manifest(path: Path | str) -> Manifest:
    """Read a CSV, TSV or JSON Lines manifest (by its suffix, or its first line).

    Raises ManifestError when it cannot be read or has neither an `id` nor
    a `path` column.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, EOFError) as error:
        raise ManifestError(f"cannot read the manifest {path}: {error}") from None
    rows = _json_rows(text, path) if _is_json_lines(path, text) else _table_rows(text)
    rows = [merge_meta(row) for row in rows]
    if rows and not any("id" in row or "path" in row for row in rows):
        raise ManifestError(f"the manifest {path} has neither an `id` nor a `path` column")
    manifest = Manifest(str(path), rows)
    base = path.resolve().parent
    for number, row in enumerate(rows):
        if row.get("id"):
            manifest.by_id.setdefault(row["id"], number)
        written = row.get("path")
        if written:
            name, hash_mark, record = (
                written.rpartition("#") if _has_record(written, (base, Path.cwd())) else (written, "", "")
            )
            suffix = hash_mark + record
            for folder in (base, Path.cwd()):
                manifest.by_path.setdefault(os.path.realpath(folder / name) + suffix, number)
            manifest.by_name.setdefault(Path(name).as_posix().lstrip("./") + suffix, number)
    return manifest


def _is_json_lines(path: Path, text: str) -> bool:
    if any(part in (".jsonl", ".json", ".ndjson") for part in path.suffixes):
        return True
    return text.lstrip().startswith("{")


def _json_rows(text: str, path: Path) -> list[dict[str, str]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise ManifestError(f"{path}:{number}: not JSON ({error.msg})") from None
        if not isinstance(row, dict):
            raise ManifestError(f"{path}:{number}: a row must be a JSON object")
        rows.append(row)
    return rows


def _table_rows(text: str) -> list[dict[str, str]]:
    first = text.split("\n", 1)[0]
    dialect = "excel-tab" if "\t" in first else "excel"
    return [
        {key: value for key, value in row.items() if key is not None}
        for row in csv.DictReader(io.StringIO(text), dialect=dialect)
    ]


def _has_record(written: str, folders: Iterable[Path] = ()) -> bool:
    """True when `written` names a record (`feed.jsonl#12`), not a file of that very name in `folders`."""
    name, mark, record = written.rpartition("#")
    if not (mark and name and record.isdigit()):
        return False
    return not any(os.path.lexists(folder / written) for folder in folders)


def _container_stem(path: Path) -> str:
    """`feed.jsonl.gz` -> `feed`: the stem of a container without its compression suffix."""
    name = path.name
    for suffix in (".gz",):
        name = name.removesuffix(suffix)
    return Path(name).stem


def describe_unmatched(names: Iterable[str], limit: int = 5) -> str:
    """`a07, a12 and 3 more`: rows of a manifest named in a summary."""
    names = list(names)
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def as_plain(meta: Mapping[str, str] | None) -> dict[str, str]:
    """A copy safe to send to a worker."""
    return dict(meta or {})
