"""The dask engine: the same batch function on dask.distributed.

By default a `LocalCluster` with one single-threaded worker process per job
is started for the run and closed after it; with a scheduler address
(`tcp://host:port`) the run uses that existing cluster instead. Tasks are
plain `client.map` futures; each batch writes its own part files through
fsspec, so only small reports travel back. Workers on other machines must
be able to read the input paths and write the output path (a shared
filesystem, or an fsspec URL such as `s3://…` for the output when s3fs is
installed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from pipeline.batch.engines.base import EngineError, WorkerDied

Task = TypeVar("Task")

# How long to wait for an existing scheduler before giving up.
CONNECT_TIMEOUT = "30s"


def _warm_up_plugin(initializer: Callable[[], None]) -> Any:
    from distributed import WorkerPlugin

    class WarmUp(WorkerPlugin):
        """Runs the initializer once in every worker, when it joins."""

        name = "provex-warm-up"

        def setup(self, worker: Any) -> None:
            initializer()

    return WarmUp()


def map_on_dask(
    function: Callable[[Task], Any],
    tasks: Sequence[Task],
    *,
    jobs: int,
    scheduler: str | None = None,
    initializer: Callable[[], None] | None = None,
) -> Iterator[Any]:
    """Yield `function(task)` for every task, computed on a dask cluster.

    Raises EngineError when dask.distributed is not installed or the
    scheduler cannot be reached. Results come in completion order; a task
    that killed its workers (dask retries it on others first) yields
    `WorkerDied(task)`, and so may a task that was queued on a dying worker
    too often (the runner runs such batches again in halves).
    """
    try:
        from distributed import Client, KilledWorker, LocalCluster, as_completed
    except ImportError:
        raise EngineError("the dask engine needs dask.distributed: pip install 'dask[distributed]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        else:
            cluster = LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the dask scheduler {scheduler}: {error}") from None
    try:
        if initializer is not None:
            client.register_plugin(_warm_up_plugin(initializer))
        futures = client.map(function, list(tasks), pure=False)
        task_of = dict(zip(futures, tasks, strict=True))
        for future in as_completed(futures):
            try:
                result = future.result()
            except KilledWorker:  # dask already retried it on other workers
                result = WorkerDied(task_of[future])
            future.release()
            yield result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
