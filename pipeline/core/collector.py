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

When the process is the command and ends with it (`ending_process=True`),
what exists at the end is kept out of the collector's view too: the
interpreter's own collections while it shuts down then no longer walk every
object of the run (two or three full collections, about 60 ms of CPU after
a run over one short document). A program that invokes the command in its
own process gets the collector back as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# "paused" from the start of a command to `started()`, then "frozen" to its end.
_state: list[str] = []


@contextmanager
def paused_until_started(ending_process: bool = False) -> Iterator[None]:
    """No cyclic collection inside, until `started()`; afterwards, the collector as it was.

    With `ending_process` (the process ends with the block), everything is
    frozen at the end instead, and the collector left running. Does nothing
    when the collector is already off or the block is entered again (a
    command invoked from a command).
    """
    if _state or not gc.isenabled():
        yield
        return
    gc.disable()
    _state.append("paused")
    try:
        yield
    finally:
        if ending_process:
            gc.freeze()
        if _state.pop() == "paused":
            gc.enable()
        elif not ending_process:
            gc.unfreeze()


def started() -> None:
    """The start is over: keep what exists out of the collector's view, and let it run again."""
    if _state == ["paused"]:
        gc.freeze()
        gc.enable()
        _state[0] = "frozen"
