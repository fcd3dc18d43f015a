"""The local engine: a process pool with a warm-up per worker.

Workers are started with `forkserver` (or `spawn` where there is none), not
`fork`: the parent may already run Arrow's thread pool, and forking a process
with live threads can deadlock. At most two tasks per worker are in flight,
so the parent never queues the whole corpus.

With `preload`, the fork server imports that module once before forking any
worker (the runner passes a module that warms the pipeline), so workers start
warm in milliseconds. The fork server lives as long as the parent process and
keeps the environment and rule caches it started with.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from pipeline.batch.engines.base import (
    POOL_PARENT_VARIABLE,
    WORKER_PARENT_VARIABLE,
    EngineError,
    WorkerDied,
    die_with_parent,
    expected_parent,
)

Task = TypeVar("Task")

TASKS_IN_FLIGHT_PER_WORKER = 2


def start_method() -> str:
    """The multiprocessing start method the pool uses."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


def map_in_process_pool(
    function: Callable[[Task], Any],
    tasks: Sequence[Task],
    *,
    jobs: int,
    initializer: Callable[[], None] | None = None,
    preload: str | None = None,
) -> Iterator[Any]:
    """Yield `function(task)` for every task, computed by `jobs` worker processes.

    With one job or one task everything runs in this process (after
    `initializer`), so small runs pay no process start-up. Results come in
    completion order. An exception in a task propagates. When a worker
    process dies, the tasks that were in flight are run again one at a time
    in a fresh worker: the one whose worker dies alone yields
    `WorkerDied(task)`, the others their results; then the pool goes on.
    Raises EngineError when workers die before they can run any task.
    """
    if jobs <= 1 or len(tasks) <= 1:
        if initializer is not None:
            initializer()
        for task in tasks:
            yield function(task)
        return
    context = _pool_context(preload)
    initializer = functools.partial(_start_worker, initializer)
    queue = deque(tasks)
    while queue:
        in_flight: list[Task] = []  # filled when a worker dies
        yield from _run_pool(context, min(jobs, len(queue)), function, initializer, queue, in_flight)
        for task in in_flight:
            yield _run_alone(context, function, initializer, task)


def _pool_context(preload: str | None) -> Any:
    """The multiprocessing context of the pool, its fork server told what to preload."""
    context = multiprocessing.get_context(start_method())
    # A fork server started from here learns that this process must be its parent.
    os.environ[POOL_PARENT_VARIABLE] = str(os.getpid())
    if preload is not None and start_method() == "forkserver":
        context.set_forkserver_preload([preload])
    return context


def start_fork_server(preload: str | None) -> None:
    """Start the fork server now, so that it imports and warms `preload` while this process works.

    The pool would start it on its first worker; started earlier, its
    warm-up (imports, every rule compiled: about a second) runs on another
    core while this process does its own work before the batches (checking
    the rules). Nothing happens where there is no fork server.
    """
    if start_method() != "forkserver":
        return
    _pool_context(preload)
    from multiprocessing import forkserver

    forkserver.ensure_running()


def _run_pool(
    context: Any,
    workers: int,
    function: Callable[[Task], Any],
    initializer: Callable[[], None] | None,
    queue: deque[Task],
    in_flight_when_broken: list[Task],
) -> Iterator[Any]:
    """Run tasks from `queue` on a new pool until it is empty or a worker dies.

    When a worker dies, the tasks that were in flight are put in
    `in_flight_when_broken` and the pool is closed; tasks not yet submitted
    stay in `queue`.
    """
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer)
    with pool, _stopped_at_once_on_failure(pool):
        yield from _drain(pool, workers, function, queue, in_flight_when_broken)


@contextlib.contextmanager
def _stopped_at_once_on_failure(pool: ProcessPoolExecutor) -> Iterator[None]:
    """On an interrupt (Ctrl-C, SIGINT to this process only) or an error, kill the workers now.

    Leaving the pool's `with` block would otherwise wait for every running
    task, minutes for a slow batch, before the run could stop.
    """
    try:
        yield
    except BaseException:
        # The executor keeps its worker processes in a private mapping; there is no public handle.
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.kill()
        raise


def _drain(
    pool: ProcessPoolExecutor,
    workers: int,
    function: Callable[[Task], Any],
    queue: deque[Task],
    in_flight_when_broken: list[Task],
) -> Iterator[Any]:
    """Submit tasks from `queue` to `pool` and yield results until done or a worker dies."""
    pending: dict[Future, Task] = {}
    limit = workers * TASKS_IN_FLIGHT_PER_WORKER
    while queue or pending:
        while queue and len(pending) < limit:
            task = queue.popleft()
            pending[pool.submit(function, task)] = task
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        broken = False
        for future in done:
            try:
                result = future.result()
            except BrokenProcessPool:
                broken = True
                continue
            pending.pop(future)
            yield result
        if broken:
            in_flight_when_broken.extend(pending.values())
            return


def _run_alone(
    context: Any, function: Callable[[Task], Any], initializer: Callable[[], None] | None, task: Task
) -> Any:
    """`function(task)` in a fresh one-worker pool, or `WorkerDied(task)` if that worker dies.

    The worker first runs an empty task: a worker that dies before it can run
    anything (start-up, initializer) is not the task's fault, and every
    document would fail the same way, so that raises EngineError instead.
    """
    with ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=initializer) as pool:
        try:
            pool.submit(_worker_is_alive).result()
        except BrokenProcessPool:
            raise EngineError(
                "worker processes die at start-up, before running any task (see the error above); "
                "when provex is started from a script, put the call under `if __name__ == '__main__':`"
            ) from None
        try:
            return pool.submit(function, task).result()
        except BrokenProcessPool:
            return WorkerDied(task)


def _start_worker(initializer: Callable[[], None] | None) -> None:
    """A worker's first act: die with its parent, then run the engine's initializer."""
    die_with_parent(parent=expected_parent(WORKER_PARENT_VARIABLE))
    if initializer is not None:
        initializer()


def _worker_is_alive() -> bool:
    return True
