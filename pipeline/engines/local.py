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

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

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
    completion order. An exception in a task propagates.
    """
    if jobs <= 1 or len(tasks) <= 1:
        if initializer is not None:
            initializer()
        for task in tasks:
            yield function(task)
        return
    context = multiprocessing.get_context(start_method())
    if preload is not None and start_method() == "forkserver":
        context.set_forkserver_preload([preload])
    workers = min(jobs, len(tasks))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer) as pool:
        pending: set[Future] = set()
        queue = iter(tasks)
        limit = workers * TASKS_IN_FLIGHT_PER_WORKER
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < limit:
                task = next(queue, None)
                if task is None:
                    exhausted = True
                    break
                pending.add(pool.submit(function, task))
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
