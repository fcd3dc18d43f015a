"""What every engine shares: its errors, the died-worker marker, and the core count."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, TypeVar

Task = TypeVar("Task")

ENGINES = ("local", "dask")


class EngineError(Exception):
    """The engine cannot run (unknown name, missing package, unreachable scheduler)."""


@dataclass(frozen=True)
class WorkerDied:
    """Yielded in place of a result: the worker process running `task` alone died."""

    task: Any
    reason: str = "the worker process died (killed by a signal, crashed, or ran out of memory)"


def cpu_count() -> int:
    """Cores this process may use (its CPU affinity when the OS tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# The pid a pool's fork server must have as parent (set by the process that starts the pool) ...
POOL_PARENT_VARIABLE = "PROVEX_POOL_PARENT"
# ... and the pid its workers must have as parent (set by the fork server for what it forks).
WORKER_PARENT_VARIABLE = "PROVEX_WORKER_PARENT"


def expected_parent(variable: str) -> int | None:
    """The pid this process's parent must have, as its environment says (None: unknown)."""
    value = os.environ.get(variable, "")
    return int(value) if value.isdigit() else None


def die_with_parent(signal_number: int | None = None, parent: int | None = None) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux; elsewhere nothing).

    Worker processes and the fork server call it as they start: a `provex
    run` that is killed (SIGKILL, SIGTERM, a closed terminal) takes its pool
    with it instead of leaving workers computing, holding its output pipe.
    `parent` is the pid the parent must have: a process whose parent died
    before it could ask (it was re-parented) exits at once.
    """
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return
    import ctypes

    parent = parent or os.getppid()
    pr_set_pdeathsig = 1
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal_number or signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
