"""The output tables: Arrow schemas and the atomic Parquet writer.

Layout of an output directory (every table is a directory of Parquet files):

    out/documents -> .provex/current/documents
    out/lines     -> .provex/current/lines
    ...
    out/.provex/current -> runs/<run id>
    out/.provex/runs/<run id>/<table>/part-00000.parquet

A run writes a complete new `runs/<run id>` and then flips the single
`current` link with one atomic rename, so readers see either the previous
output or the new one, never a mix; a killed run leaves only an unused
folder, removed by the next run.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable, Mapping, Sequence
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
TABLE_NAMES = tuple(SCHEMAS)
STATE_DIR = ".provex"


class OutputError(Exception):
    """The output directory cannot be written: the run cannot proceed."""


def build_table(name: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Arrow table of `rows` (dicts keyed by column) in table `name`'s schema.

    Columns are built whole, not row by row; missing keys become nulls.
    """
    schema = SCHEMAS[name]
    columns = {column: [row.get(column) for row in rows] for column in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def write_output(out_dir: Path, tables: Mapping[str, pa.Table]) -> Path:
    """Write every table atomically into `out_dir`; returns the run folder.

    Tables missing from `tables` are written empty, so every table always
    exists. Raises OutputError when `out_dir` cannot be written.
    """
    out_dir = Path(out_dir)
    state = out_dir / STATE_DIR
    runs = state / "runs"
    try:
        runs.mkdir(parents=True, exist_ok=True)
        _check_table_paths(out_dir)
        run_dir = runs / uuid.uuid4().hex[:12]
        for name in TABLE_NAMES:
            table = tables.get(name)
            if table is None:
                table = SCHEMAS[name].empty_table()
            table_dir = run_dir / name
            table_dir.mkdir(parents=True)
            pq.write_table(table, table_dir / "part-00000.parquet", compression="zstd")
        _fsync_tree(run_dir)
        _switch_current(state, run_dir)
        _link_tables(out_dir)
        _remove_stale_runs(runs, keep=run_dir)
    except OSError as error:
        raise OutputError(
            f"cannot write the output directory {out_dir}: {error.strerror or error}"
        ) from error
    return run_dir


def _check_table_paths(out_dir: Path) -> None:
    for name in TABLE_NAMES:
        path = out_dir / name
        if path.exists() and not path.is_symlink():
            raise OutputError(
                f"{path} exists and was not written by provex; move it away or choose another --out directory"
            )


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*.parquet"):
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


def current_run(out_dir: Path) -> Path | None:
    """The run folder `out_dir` currently shows, or None when there is none."""
    current = Path(out_dir) / STATE_DIR / "current"
    return current.resolve() if current.exists() else None


def read_table(out_dir: Path, name: str) -> pa.Table:
    """Read one table of an output directory whole (for tests and tools)."""
    return pq.read_table(Path(out_dir) / name, schema=SCHEMAS[name])


def rows_to_tables(rows_by_table: Mapping[str, Iterable[Mapping[str, Any]]]) -> dict[str, pa.Table]:
    """Build every named table from its rows."""
    return {name: build_table(name, list(rows)) for name, rows in rows_by_table.items()}
