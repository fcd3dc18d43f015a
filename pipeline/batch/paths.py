"""How a run names its inputs: paths as compared with the ones an output recorded.

Kept apart from the planner so that a run that finds nothing new can compare
its inputs with the output's index without importing Arrow.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.core.records import display_path
from pipeline.stages.ingest import record_address


def record_location(path: str, record: str) -> str:
    """`feed.jsonl#12`: a record of a container, as error rows and duplicate paths name it."""
    return f"{path}#{record}"


@functools.lru_cache(maxsize=1 << 16)  # asked for each file up to three times in a run; emptied per run
def path_key(path: str | Path) -> str:
    """A path as compared with recorded ones: absolute, symlinks resolved, as the tables show it.

    A record of a container (`feed.jsonl#12`) keeps its `#record` after the resolved container path.
    """
    text = os.fspath(path)
    container, record = record_address(text)
    if record is not None:
        return display_path(resolved_path(container)) + "#" + record
    return display_path(resolved_path(text))  # what Path.resolve does, without building Path objects


def resolved_path(text: str) -> str:
    """`os.path.realpath(text)`, its folder resolved once per run for all the files in it.

    realpath checks every component of a path for a link: three to five
    system calls per file, twice per file of an incremental re-run. A file
    that is not itself a link (nor `.` or `..`) resolves to its resolved
    folder joined with its name, which is what realpath computes.
    """
    folder, name = os.path.split(text)
    if not name or name in (".", "..") or os.path.islink(text):
        return os.path.realpath(text)
    return os.path.join(real_folder(folder or os.curdir), name)


# Folders resolved in this run; emptied when a run starts (a folder may
# become a link between two runs of one process).
real_folder = functools.lru_cache(maxsize=4096)(os.path.realpath)


def forget_resolved_paths() -> None:
    """Empty the caches of resolved folders and paths: a new run resolves them afresh."""
    real_folder.cache_clear()
    path_key.cache_clear()


class InputScope:
    """The part of the file system a run read whole: what the tables must describe as it now is.

    A recorded path (as `path_key` gives it) is in scope when it lies in a
    folder or is a file given to the run that exists, and not below a path
    the walk could not read (an unreadable folder: its files are unknown,
    not gone). A path in scope that the run did not find is gone: its
    document and error rows describe an input that no longer exists.
    """

    def __init__(self, roots: Iterable[Path | str], blocked: Iterable[Path | str] = ()) -> None:
        self.roots = [path_key(root) for root in roots if os.path.lexists(root)]
        self.blocked = [path_key(path) for path in blocked]

    def covers(self, key: str) -> bool:
        """True when the input at `key` (a file, or `container#record`) was looked for by the run."""
        container, _, record = key.rpartition("#")
        if not (container and record.isdigit()):
            container = key
        return _below(container, self.roots) and not _below(container, self.blocked)


def _below(key: str, folders: Sequence[str]) -> bool:
    return any(key == folder or key.startswith(folder.rstrip(os.sep) + os.sep) for folder in folders)
