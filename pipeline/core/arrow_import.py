"""Importing Arrow for the `provex run` command's own process: without NumPy.

`import pyarrow` imports NumPy whenever it is installed: about 0.12 s of CPU
(with the start of its BLAS library), a fifth of the cost of a run over one
short document. A run does not need it: it builds its tables from Python
lists, writes them as Parquet and reads them back as Python values, and no
stage of provex computes with NumPy. NumPy is an optional dependency of
Arrow, which works without it; `import_arrow_without_numpy()` imports Arrow
with NumPy hidden, so that neither is loaded for nothing.

Arrow imported so cannot convert from or to NumPy arrays for the rest of
the process (it refuses with an error), and converting to or from pandas
would crash the interpreter: pandas is refused from then on (its import
fails, as for a process without pandas). That is why only a process that is
the `provex run` command and nothing else imports Arrow this way; a program
that invokes the command in its own process keeps Arrow as it is.
"""

from __future__ import annotations

import sys

# What Arrow loads without NumPy for a run: the tables and Parquet (with its file systems).
ARROW_MODULES = ("pyarrow", "pyarrow.parquet")


class _Refused:
    """A meta path finder that makes the import of some top-level packages fail.

    It needs only `find_spec`; importing `importlib.abc` to make one costs
    more than the finder saves.
    """

    def __init__(self, packages: frozenset[str], reason: str) -> None:
        self.packages = packages
        self.reason = reason

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.partition(".")[0] in self.packages:
            raise ModuleNotFoundError(f"No module named {name!r} ({self.reason})", name=name)
        return None


def import_arrow_without_numpy() -> bool:
    """Import Arrow (`ARROW_MODULES`) with NumPy hidden from it, and refuse pandas from then on.

    True when Arrow was imported so. Does nothing (False) when NumPy, pandas
    or Arrow is imported already: Arrow then stays as it is or will be.
    NumPy itself can still be imported afterwards; only Arrow does not use it.
    """
    if any(name in sys.modules for name in ("numpy", "pandas", "pyarrow")):
        return False
    hidden = _Refused(frozenset({"numpy"}), "hidden while Arrow is imported for a provex run")
    sys.meta_path.insert(0, hidden)
    try:
        for module in ARROW_MODULES:
            __import__(module)
    finally:
        sys.meta_path.remove(hidden)
    refused = _Refused(frozenset({"pandas"}), "Arrow was imported without NumPy in this process")
    sys.meta_path.insert(0, refused)
    return True
