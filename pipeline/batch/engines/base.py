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
