"""The cyclic garbage collector while a `provex` command starts.

Starting a run makes some hundred thousand objects that live as long as the
process: modules, the parsed rules, compiled patterns and tables. The
collector, run after every 700 new container objects, walks them again and
again: about 125 collections, 40-60 ms of CPU of a run's start. Inside
`paused_until_started()` (the `provex` command only) it does not run until
`started()`; what exists then is kept out of its view (`gc.freeze`), as the
workers' fork server does after its warm-up, and it runs as usual on what
is made afterwards. Collecting changes no result: it only frees unreachable
cycles earlier.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# "paused" from the start of a command to `started()`, then "frozen" to its end.
_state: list[str] = []


@contextmanager
def paused_until_started() -> Iterator[None]:
    """No cyclic collection inside, until `started()`; afterwards, the collector as it was.

    Does nothing when the collector is already off or the block is entered
    again (a command invoked from a command).
    """
    if _state or not gc.isenabled():
        yield
        return
    gc.disable()
    _state.append("paused")
    try:
        yield
    finally:
        if _state.pop() == "paused":
            gc.enable()
        else:
            gc.unfreeze()


def started() -> None:
    """The start is over: keep what exists out of the collector's view, and let it run again."""
    if _state == ["paused"]:
        gc.freeze()
        gc.enable()
        _state[0] = "frozen"
