"""Arrow imported for a `provex run` process without NumPy: what works, what is refused, and when."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow  # noqa: F401  # this process's Arrow, imported as usual
from click.testing import CliRunner

import pipeline.cli
from pipeline.core.arrow_import import import_arrow_without_numpy
from tests.conftest import PROJECT_ROOT

IN_A_NEW_PROCESS = """
import io, json, sys
from pipeline.core.arrow_import import import_arrow_without_numpy
found = {"imported": import_arrow_without_numpy(), "numpy": "numpy" in sys.modules}
import pyarrow as pa, pyarrow.parquet as pq
table = pa.table({"text": ["青禾县", "Qinghe"], "count": [3, None]})
buffer = io.BytesIO()
pq.write_table(table, buffer)
found["read_back"] = pq.read_table(io.BytesIO(buffer.getvalue()), use_threads=False).to_pylist()
try:
    import pandas
    found["pandas"] = "imported"
except ImportError:
    found["pandas"] = "refused"
import numpy
found["numpy_after"] = int(numpy.arange(4).sum())
try:
    pa.array(numpy.arange(3))
    found["numpy_to_arrow"] = "converted"
except (pa.ArrowInvalid, pa.ArrowTypeError):
    found["numpy_to_arrow"] = "refused"
found["again"] = import_arrow_without_numpy()
print(json.dumps(found))
"""


def _new_python(code: str, *arguments: str) -> str:
    environment = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
    )
    return done.stdout.strip().splitlines()[-1]


def test_arrow_without_numpy_writes_and_reads_tables_and_refuses_pandas() -> None:
    assert json.loads(_new_python(IN_A_NEW_PROCESS)) == {
        "imported": True,
        "numpy": False,
        "read_back": [{"text": "青禾县", "count": 3}, {"text": "Qinghe", "count": None}],
        "pandas": "refused",
        "numpy_after": 6,
        "numpy_to_arrow": "refused",
        "again": False,
    }


def test_arrow_already_imported_is_left_as_it_is() -> None:
    finders = list(sys.meta_path)
    assert not import_arrow_without_numpy()
    assert sys.meta_path == finders


COMMAND = """
import json, sys
from pipeline.cli import main
sys.argv = ["provex", "run", sys.argv[1], "--out", sys.argv[2], "-q"]
try:
    main()
except SystemExit as stop:
    code = stop.code
print(json.dumps({"code": code, "numpy": "numpy" in sys.modules, "pyarrow": "pyarrow" in sys.modules}))
"""


def test_the_run_command_loads_arrow_without_numpy_in_its_own_process(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("2031年，青禾县新增企业42家。\n", encoding="utf-8")
    report = _new_python(COMMAND, str(source), str(tmp_path / "out"))
    assert json.loads(report) == {"code": 0, "numpy": False, "pyarrow": True}
    assert (tmp_path / "out" / "figures").is_dir()


def test_a_program_invoking_the_command_keeps_its_arrow(tmp_path: Path, monkeypatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(pipeline.cli, "import_arrow_without_numpy", lambda: calls.append("called"))
    source = tmp_path / "in.txt"
    source.write_text("2031年，青禾县新增企业42家。\n", encoding="utf-8")
    result = CliRunner().invoke(pipeline.cli.main, ["run", str(source), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    assert calls == []
