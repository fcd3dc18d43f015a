"""Engines: the local process pool and dask.distributed give the same tables."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch.engines import EngineError, WorkerDied, map_batches
from pipeline.batch.run import run_batch
from pipeline.store.schemas import table_names
from tests.conftest import PROJECT_ROOT, SEEDS, row_key

pytestmark = pytest.mark.slow  # starts process pools and dask clusters

RUN_TIMES = {"documents": "processed_at", "errors": "at"}

_warmed = False


def _mark_warm() -> None:
    global _warmed
    _warmed = True


def _pid_and_warmth(number: int) -> tuple[int, int, bool]:
    return number, os.getpid(), _warmed


def _tables(out: Path | str) -> dict[str, pd.DataFrame]:
    """Every table of the output `out` (a folder or a URL), sorted, without the run times."""
    tables = {}
    for name in table_names():
        frame = pd.read_parquet(f"{out}/{name}").drop(columns=[RUN_TIMES.get(name)], errors="ignore")
        tables[name] = frame.sort_values(row_key(name)).reset_index(drop=True)
    return tables


def _assert_same_tables(left, right) -> None:
    for name in table_names():
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


@pytest.fixture(scope="module")
def one_process_tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("one-process")
    run_batch([SEEDS], out, jobs=1)
    return _tables(out)


def test_the_pool_runs_every_task_in_warmed_worker_processes():
    results = list(map_batches(_pid_and_warmth, range(6), jobs=2, initializer=_mark_warm))
    assert sorted(number for number, _, _ in results) == list(range(6))
    assert all(warm for _, _, warm in results)
    assert os.getpid() not in {pid for _, pid, _ in results}


def test_one_job_runs_in_this_process():
    results = list(map_batches(_pid_and_warmth, range(3), jobs=1))
    assert {pid for _, pid, _ in results} == {os.getpid()}


def test_an_unknown_engine_is_refused():
    with pytest.raises(EngineError, match="unknown engine"):
        list(map_batches(_pid_and_warmth, [1], engine="spark"))


def test_a_process_pool_gives_the_same_tables_as_one_process(tmp_path, one_process_tables):
    summary = run_batch([SEEDS], tmp_path, jobs=2, batch_size=1)
    assert summary.batches == 5
    _assert_same_tables(_tables(tmp_path), one_process_tables)


def _run_python(script: str) -> str:
    """Run `script` in a fresh interpreter (its own fork server); returns what it printed."""
    finished = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300
    )
    assert finished.returncode == 0, finished.stderr
    return finished.stdout


def test_a_fresh_fork_server_pool_gives_the_same_tables_as_one_process(tmp_path, one_process_tables):
    # In a fresh interpreter the fork server starts with the warm-up module
    # preloaded (in this test process it may already run without it).
    _run_python(
        "from pipeline.batch.run import run_batch\n"
        "if __name__ == '__main__':\n"
        f"    run_batch([{str(SEEDS)!r}], {str(tmp_path)!r}, jobs=2, batch_size=1)\n"
    )
    _assert_same_tables(_tables(tmp_path), one_process_tables)


def test_the_fork_server_warm_up_keeps_pandas_out_of_arrow_yet_importable():
    printed = _run_python(
        "import sys\n"
        "import pipeline.batch.engines.warm_worker\n"
        "print('pandas' in sys.modules)\n"
        "import pandas\n"
        "print(pandas.__name__)\n"
    )
    assert printed.split() == ["False", "pandas"]


@pytest.mark.slow
def test_dask_on_a_two_worker_local_cluster_gives_the_same_tables(tmp_path, one_process_tables):
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    summary = run_batch([SEEDS], tmp_path, engine="dask", jobs=2, batch_size=2)
    assert summary.batches > 2  # several partitions, each written by a worker
    _assert_same_tables(_tables(tmp_path), one_process_tables)


@pytest.mark.slow
def test_dask_workers_in_their_own_processes_write_an_s3_output_equal_to_one_process(
    s3_bucket, one_process_tables
):
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    url = f"{s3_bucket.url}/out"
    summary = run_batch([SEEDS], url, engine="dask", jobs=2, batch_size=2)
    assert summary.batches > 2
    _assert_same_tables(_tables(url), one_process_tables)


@pytest.mark.slow
def test_the_dask_engine_reports_an_unreachable_scheduler(tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    monkeypatch.setattr("pipeline.batch.engines.dask_cluster.CONNECT_TIMEOUT", "1s")
    with pytest.raises(EngineError, match="cannot reach the dask scheduler"):
        run_batch([SEEDS], tmp_path, engine="dask", scheduler="tcp://127.0.0.1:9", jobs=1)


def _exit_on_three(number: int) -> int:
    if number == 3:
        os._exit(17)  # the worker process dies as if killed or out of memory
    return number * 10


def test_a_dying_worker_yields_worker_died_for_its_task_and_the_run_goes_on():
    outcomes = list(map_batches(_exit_on_three, list(range(8)), jobs=2))

    results = sorted(outcome for outcome in outcomes if not isinstance(outcome, WorkerDied))
    died = [outcome.task for outcome in outcomes if isinstance(outcome, WorkerDied)]
    assert results == [0, 10, 20, 40, 50, 60, 70]
    assert died == [3]


def _die_at_start_up() -> None:
    os._exit(3)


def test_workers_that_die_at_start_up_stop_the_run_with_a_clear_error():
    with pytest.raises(EngineError, match="die at start-up"):
        list(map_batches(_pid_and_warmth, list(range(4)), jobs=2, initializer=_die_at_start_up))


@pytest.mark.slow
def test_a_task_that_kills_its_dask_workers_yields_worker_died():
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):  # give up at the second death
        outcomes = list(map_batches(_exit_on_three, list(range(6)), engine="dask", jobs=2))

    results = {outcome // 10 for outcome in outcomes if not isinstance(outcome, WorkerDied)}
    died = {outcome.task for outcome in outcomes if isinstance(outcome, WorkerDied)}
    # Dask also blames tasks that were queued on a dying worker; the runner runs those again.
    assert 3 in died
    assert results | died == set(range(6)) and not results & died
