"""The methods `dataclasses` writes for provex's records, compiled once and kept in the user's cache.

For every dataclass, `dataclasses` writes the source of `__init__`,
`__repr__`, `__eq__`, `__hash__`, `__setattr__`... as text and compiles it
with `exec`: for the records and rule tables of provex (about 70 classes)
that compiling is about 50 ms of every run's start. Once `install()` has
run, the text written for a class of a `pipeline` module is compiled at most
once: its code object is kept (marshalled) in the user's cache folder, keyed
by the text itself and by the interpreter's version, and the next process
runs that code object in the same namespaces; the functions made are the
same. Classes of other modules, and any call not of that shape, go to the
real `exec`.

The file is read on first use and written (whole, atomically) when the
process ends, if something new was compiled; a file that is unreadable,
damaged, from another interpreter, owned by another user or writable by
others is ignored, and an entry that is not a code object is compiled again.

This module has no `from __future__` imports on purpose: the builtin `exec`
compiles a text with the future features of the code calling it, which for
the calls passed on from here must be those of `dataclasses` (none).
"""

import atexit
import builtins
import hashlib
import marshal
import os
import stat
import sys
import threading
import types
from typing import Any

from pipeline.core.cache import cache_folder, sealed, unsealed, write_cached_bytes

# Beyond this size the file keeps only the entries of the last process that wrote it.
MAX_BYTES = 4_000_000

_real_exec = builtins.exec
_lock = threading.Lock()
_codes: dict[str, bytes] | None = None  # source text -> marshalled code object
_used: set[str] = set()
_added = 0
_exit_registered = False


def install() -> None:
    """Make `dataclasses` compile the methods of provex's classes through the cache (once per process)."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is not _exec:
        dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the builtin


def uninstall() -> None:
    """Undo `install()`."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]


def _file_name() -> str:
    versions = f"{sys.version}\0{sys.implementation.cache_tag}\0{marshal.version}"
    return "dataclass-code-" + hashlib.sha256(versions.encode()).hexdigest()[:16]


def _read_own_file(name: str) -> bytes | None:
    """The bytes of cache file `name`, if only this user can have written them (None otherwise).

    Code read from this file is run, as Python runs `__pycache__`: a file
    owned by another user or writable by others is not used.
    """
    try:
        with open(cache_folder() / name, "rb") as file:
            status = os.fstat(file.fileno())
            if status.st_uid != os.getuid() or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return None
            return file.read()
    except (OSError, AttributeError):  # no such file; no user ids on this system
        return None


def _load() -> dict[str, bytes]:
    table = unsealed(_read_own_file(_file_name())) or {}
    return {key: code for key, code in table.items() if type(key) is str and type(code) is bytes}


def _save() -> None:
    with _lock:
        if not _added or _codes is None:
            return
        table = dict(_codes)
    data = sealed(table)
    if len(data) > MAX_BYTES:
        data = sealed({key: value for key, value in table.items() if key in _used})
    write_cached_bytes(_file_name(), data)


def _code(source: str) -> types.CodeType:
    """The code object of `source` (as `exec` compiles it), from the cache when it is there."""
    global _codes, _added, _exit_registered
    with _lock:
        if _codes is None:
            _codes = _load()
        entry = _codes.get(source)
    if entry is not None:
        try:
            code = marshal.loads(entry)
        except (EOFError, ValueError, TypeError):
            code = None
        if type(code) is types.CodeType:
            _used.add(source)
            return code
    code = compile(source, "<string>", "exec", dont_inherit=True)
    with _lock:
        _codes[source] = marshal.dumps(code)
        _used.add(source)
        _added += 1
        if not _exit_registered:
            atexit.register(_save)
            _exit_registered = True
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec` as `dataclasses` calls it, with the code of provex's classes compiled once."""
    if globals is None:
        # As the builtin does: the caller's namespaces.
        frame = sys._getframe(1)
        globals = frame.f_globals
        if locals is None:
            locals = frame.f_locals
    if (
        type(source) is str
        and type(globals) is dict
        and isinstance(name := globals.get("__name__"), str)
        and (name == "pipeline" or name.startswith("pipeline."))
    ):
        source = _code(source)
    _real_exec(source, globals, locals)
