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


def die_with_parent(signal_number: int | None = None) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux; elsewhere nothing).

    Worker processes and the fork server call it as they start: a `provex
    run` that is killed (SIGKILL, SIGTERM, a closed terminal) takes its pool
    with it instead of leaving workers computing, holding its output pipe.
    """
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return
    import ctypes

    parent = os.getppid()
    pr_set_pdeathsig = 1
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal_number or signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
