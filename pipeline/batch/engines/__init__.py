"""Engines: where the batches of a run are processed.

An engine maps one picklable function over batch tasks and yields each
batch's report as soon as it is done, in any order:

- `local` (default): a process pool on this machine, one worker per core
  (`pipeline.batch.engines.local`);
- `dask`: the same function on dask.distributed, a LocalCluster by default
  or an existing cluster through its scheduler address
  (`pipeline.batch.engines.dask_cluster`).

Every worker runs the initializer once before its first batch, so rule
files, compiled patterns and dictionary automata are built once per worker,
never per document.

A worker process that dies (killed, crashed, out of memory) does not stop
the run: the engine finds the task it was running, by re-running the tasks
that were in flight one at a time, and yields `WorkerDied(task)` for it in
place of a result; every other task still yields its result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from pipeline.batch.engines.base import ENGINES, EngineError, Task, WorkerDied, cpu_count


def map_batches(
    function: Callable[[Task], Any],
    tasks: Sequence[Task],
    *,
    engine: str = "local",
    jobs: int | None = None,
    scheduler: str | None = None,
    initializer: Callable[[], None] | None = None,
    preload: str | None = None,
) -> Iterator[Any]:
    """Run `function` on every task with `engine`; yields results as they finish.

    `jobs` is the number of worker processes (default: every core);
    `scheduler` is a dask scheduler address (`tcp://host:port`), only for
    the dask engine; `preload` names a module the local engine's fork
    server imports once before forking workers. Raises EngineError for an unknown engine or a missing
    dependency; exceptions raised by `function` propagate. A task whose
    worker process died yields `WorkerDied(task)` instead of a result.
    """
    jobs = jobs or cpu_count()
    if engine == "local":
        from pipeline.batch.engines.local import map_in_process_pool

        return map_in_process_pool(function, tasks, jobs=jobs, initializer=initializer, preload=preload)
    if engine == "dask":
        from pipeline.batch.engines.dask_cluster import map_on_dask

        return map_on_dask(function, tasks, jobs=jobs, scheduler=scheduler, initializer=initializer)
    raise EngineError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")


__all__ = ["ENGINES", "EngineError", "WorkerDied", "cpu_count", "map_batches"]
