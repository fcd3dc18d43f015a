"""Reading an output directory: lazy pandas tables and DuckDB SQL over them.

    import pipeline
    out = pipeline.load("output")
    out.figures                      # pandas DataFrame, read on first use
    out.sql("SELECT unit, count(*) FROM figures GROUP BY unit")

The object pins the run that `out/.provex/current` pointed to when it was
opened, so every table comes from the same run even if `provex run` writes a
new one meanwhile (open again to see the new run). A remote output
(`pipeline.load("s3://bucket/out")`, any fsspec URL) pins its manifest: the
tables are read from exactly the parts it lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.store.local import current_run
from pipeline.store.parts import is_url
from pipeline.store.schemas import SCHEMAS, mention_tables, table_names

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from pipeline.read.audit import AuditRecord
    from pipeline.store.remote import RemoteStore

# A query that names this word gets the `conflicts` view, computed on demand
# (it needs every figure and its line, so it is not built for other queries).
_CONFLICTS_WORD = re.compile(r"\bconflicts\b", re.IGNORECASE)


class OutputNotFoundError(FileNotFoundError):
    """The directory holds no provex output."""


class Output:
    """One provex output (a directory or an fsspec URL): tables as DataFrames, SQL through DuckDB.

    Every table is an attribute read on first use: `out.documents`,
    `out.lines`, `out.errors`, and one per entity type of the registry
    (`out.figures`, `out.dates`, `out.organisations`, `out.projects`, ...).
    """

    def __init__(self, out_dir: Path | str):
        self._tables: _LocalRun | _RemoteRun = (
            _RemoteRun.pin(str(out_dir)) if is_url(out_dir) else _LocalRun.pin(Path(out_dir))
        )
        self.out_dir: Path | str = self._tables.location
        self._frames: dict[str, pd.DataFrame] = {}
        self._conflicts_registered = False

    @property
    def run_id(self) -> str | None:
        """The id of the committed run these tables come from (None for tables copied without it)."""
        return self._tables.run_id

    def __getattr__(self, name: str) -> pd.DataFrame:
        # Only reached for names that are not ordinary attributes: the tables.
        if name.startswith("_") or name not in table_names():
            raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")
        return self.table(name)

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *table_names()})

    def table(self, name: str) -> pd.DataFrame:
        """Table `name` as a pandas DataFrame, read once on first use."""
        _check_table_name(name)
        if name not in self._frames:
            self._frames[name] = self.arrow(name).to_pandas()
        return self._frames[name]

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={self.row_count(name)}" for name in table_names())
        return f"<provex output {self.out_dir} ({counts})>"

    def table_dir(self, name: str) -> Path:
        """The folder of Parquet files holding table `name` in the pinned run (local outputs only)."""
        return self._tables.table_dir(name)

    def arrow(self, name: str, columns: Sequence[str] | None = None):
        """Table `name` as a pyarrow Table, in its declared schema (only `columns` when given)."""
        return self._tables.read(name, columns)

    def row_count(self, name: str) -> int:
        """Number of rows of table `name`, from the Parquet footers or the manifest only."""
        return self._tables.row_count(name)

    @property
    def mention_tables(self) -> tuple[str, ...]:
        """Names of the mention tables (figures, dates, organisations, projects)."""
        return mention_tables()

    @cached_property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """An in-memory DuckDB connection with one view per table."""
        import duckdb

        connection = duckdb.connect(":memory:")
        self._tables.register(connection)
        for name in table_names():
            connection.execute(f"CREATE VIEW {name} AS {_view_query(connection, name, self._tables)}")
        return connection

    @cached_property
    def conflicts(self) -> pd.DataFrame:
        """Same quantity, different values across documents (see pipeline.read.conflicts)."""
        from pipeline.read.conflicts import conflicts_frame, find_conflicts

        return conflicts_frame(find_conflicts(self))

    def sql(self, query: str) -> pd.DataFrame:
        """Run a DuckDB query over the tables (views named after them); a DataFrame.

        The view `conflicts` is available too; it is computed the first time a
        query names it.
        """
        if _CONFLICTS_WORD.search(query):
            self._register_conflicts()
        return self.connection.sql(query).df()

    def _register_conflicts(self) -> None:
        if not self._conflicts_registered:
            self.connection.register("conflicts", self.conflicts)
            self._conflicts_registered = True

    def line(self, doc_id: str, line_no: int) -> dict[str, Any]:
        """The row of `lines` for one line of one document, as a dict."""
        lines = self.lines
        match = lines[(lines["doc_id"] == doc_id) & (lines["line_no"] == line_no)]
        if match.empty:
            raise KeyError(f"no line {line_no} in document {doc_id}")
        return match.iloc[0].to_dict()

    def lines_by_document(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """(doc_id, its lines in order as dicts), one document at a time, in doc_id order.

        Only one document's lines are turned into Python objects at a time; the
        table itself stays in Arrow's columns (a fraction of the memory of a
        DataFrame turned into records).
        """
        table = self.arrow("lines").sort_by([("doc_id", "ascending"), ("line_no", "ascending")])
        doc_ids = table.column("doc_id")
        start = 0
        for run in _runs(doc_ids):
            yield run[0], table.slice(start, run[1]).to_pylist()
            start += run[1]

    def lines_at(
        self, keys: Iterable[tuple[str, int]], columns: Sequence[str]
    ) -> dict[tuple[str, int], dict[str, Any]]:
        """The given `columns` of the lines at `keys` (doc_id, line_no), keyed by them.

        Reads the table's columns in Arrow and turns only the wanted rows into
        Python objects: the conflicts need the lines of the figures, not all lines.
        """
        import pyarrow as pa
        import pyarrow.compute as pc

        wanted = {f"{doc_id}\x00{int(line_no)}" for doc_id, line_no in keys}
        if not wanted:
            return {}
        table = self.arrow("lines", list(dict.fromkeys(["doc_id", "line_no", *columns])))
        joined = pc.binary_join_element_wise(
            table.column("doc_id"), pc.cast(table.column("line_no"), pa.string()), "\x00"
        )
        rows = table.filter(pc.is_in(joined, value_set=pa.array(sorted(wanted)))).to_pylist()
        return {(row["doc_id"], int(row["line_no"])): row for row in rows}

    def audit(self, mention_id: str) -> AuditRecord:
        """Everything about one mention (a unique id prefix is enough); see pipeline.read.audit."""
        from pipeline.read.audit import audit_mention

        return audit_mention(self, mention_id)


def load(out_dir: Path | str = "output") -> Output:
    """Open a provex output for notebooks: `Output` with lazy tables.

    `out_dir` is a local directory or an fsspec URL (`s3://bucket/out`,
    `memory://out`, ...). Raises OutputNotFoundError when it holds no provex
    output, OutputError when a URL's filesystem is not installed.
    """
    return Output(out_dir)


# DuckDB types of the columns an older part may lack (those added to a table later).
_DUCKDB_TYPES = {"string": "VARCHAR", "date32[day]": "DATE", "map<string, string>": "MAP(VARCHAR, VARCHAR)"}


def _view_query(connection: duckdb.DuckDBPyConnection, name: str, tables: _LocalRun | _RemoteRun) -> str:
    """The query of table `name`'s view: its parts by column name, a column no part has yet as nulls.

    Parts written before a column was added lack it: DuckDB reads them by
    name (`union_by_name`), and a column missing from every part is added
    as typed nulls, so a query sees every table in its declared columns.
    """
    source = f"read_parquet({tables.parquet_files(name)}, union_by_name = true)"
    present = {row[0] for row in connection.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    missing = [field for field in SCHEMAS[name] if field.name not in present]
    if not missing:
        return f"SELECT * FROM {source}"
    nulls = ", ".join(
        f"CAST(NULL AS {_DUCKDB_TYPES.get(str(field.type), 'VARCHAR')}) AS {field.name}" for field in missing
    )
    return f"SELECT *, {nulls} FROM {source}"


def _runs(values) -> Iterator[tuple[Any, int]]:
    """(value, length) of each run of equal values in a sorted Arrow column."""
    import pyarrow.compute as pc

    if hasattr(values, "combine_chunks"):
        values = values.combine_chunks()
    encoded = pc.run_end_encode(values)
    ends = encoded.run_ends.to_pylist()
    previous = 0
    for value, end in zip(encoded.values.to_pylist(), ends, strict=True):
        yield value, end - previous
        previous = end


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _check_table_name(name: str) -> None:
    if name not in SCHEMAS:
        raise KeyError(f"no table {name!r}; tables: {', '.join(table_names())}")


class _LocalRun:
    """The tables of a local output: the run folder `current` pointed to when it was opened."""

    def __init__(self, out_dir: Path, run_dir: Path):
        self.location = out_dir
        self.run_dir = run_dir
        self.run_id = None if run_dir == out_dir else run_dir.name

    @classmethod
    def pin(cls, out_dir: Path) -> _LocalRun:
        run = current_run(out_dir)
        if run is not None:
            return cls(out_dir, run)
        if (out_dir / "documents").is_dir():  # tables copied without the run state
            return cls(out_dir, out_dir)
        raise OutputNotFoundError(
            f"{out_dir} holds no provex output; run `provex run SOURCES --out {out_dir}` first"
        )

    def table_dir(self, name: str) -> Path:
        _check_table_name(name)
        path = self.run_dir / name
        if not path.is_dir():
            raise OutputNotFoundError(
                f"{path} is gone (a newer run replaced it); open the output again with pipeline.load"
            )
        return path

    def read(self, name: str, columns: Sequence[str] | None = None):
        import pyarrow.parquet as pq

        columns = list(columns) if columns is not None else None
        # One thread: a process that exits right after a threaded Arrow read can abort
        # ("terminate called without an active exception"; seen with pyarrow 25 and 26).
        return pq.read_table(self.table_dir(name), schema=SCHEMAS[name], columns=columns, use_threads=False)

    def row_count(self, name: str) -> int:
        import pyarrow.parquet as pq

        return sum(pq.ParquetFile(path).metadata.num_rows for path in self.table_dir(name).glob("*.parquet"))

    def register(self, connection: duckdb.DuckDBPyConnection) -> None:
        """Local files need nothing registered."""

    def parquet_files(self, name: str) -> str:
        """The table's files as a DuckDB `read_parquet` argument: its folder's Parquet files."""
        return _sql_string(str(self.table_dir(name) / "*.parquet"))


class _RemoteRun:
    """The committed parts of a remote output, pinned from its manifest when opened."""

    def __init__(
        self, store: RemoteStore, files: dict[str, list[tuple[str, int]]], run_id: str | None = None
    ):
        self.store = store
        self.location = store.url
        self.files = files  # table -> [(file name, rows)]
        self.run_id = run_id

    @classmethod
    def pin(cls, url: str) -> _RemoteRun:
        from pipeline.store.remote import RemoteStore

        store = RemoteStore.open(url)
        manifest = store.read_manifest()
        if manifest is None:
            raise OutputNotFoundError(
                f"{store.url} holds no provex output; run `provex run SOURCES --out {store.url}` first"
            )
        tables = manifest["tables"]
        files = {
            name: [(entry["file"], int(entry["rows"])) for entry in tables.get(name, [])]
            for name in table_names()
        }
        return cls(store, files, manifest.get("run_id"))

    def read(self, name: str, columns: Sequence[str] | None = None):
        _check_table_name(name)
        try:
            table = self.store.read_table(name, [file for file, _ in self.files[name]])
            return table if columns is None else table.select(list(columns))
        except FileNotFoundError:
            raise OutputNotFoundError(
                f"parts of {self.store.url}/{name} are gone (a newer run replaced them); "
                "open the output again with pipeline.load"
            ) from None

    def row_count(self, name: str) -> int:
        _check_table_name(name)
        return sum(rows for _, rows in self.files[name])

    def table_dir(self, name: str) -> Path:
        raise OutputNotFoundError(f"{self.store.url} is remote: its tables are not local folders")

    def register(self, connection: duckdb.DuckDBPyConnection) -> None:
        """Let DuckDB read through the output's fsspec filesystem."""
        connection.register_filesystem(self.store.filesystem)

    def parquet_files(self, name: str) -> str:
        """The table's files as a DuckDB `read_parquet` argument: exactly the pinned parts."""
        _check_table_name(name)
        urls = [self.store.part_url(name, file) for file, _ in self.files[name]]
        return "[" + ", ".join(_sql_string(url) for url in urls) + "]"
