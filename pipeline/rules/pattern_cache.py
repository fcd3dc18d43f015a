"""Compiled regular expressions kept across processes in the user's cache folder.

Compiling the rule files' patterns is most of a run's fixed cost (about 0.8 s
of CPU for the rules as shipped), and a compiled pattern object cannot be
kept: pickling one stores its source text, compiled again when loaded. What
can be kept is the result of the slow part. Both `re` and `regex` parse a
pattern in Python into a list of integer opcodes, then hand that list to a C
constructor; inside `cached_patterns()`, the opcodes of every pattern compiled
are remembered (keyed by the pattern text, its flags and the versions of the
interpreter and of `regex`), and a pattern met again, here or in a later
process, goes straight to the C constructor with the remembered opcodes.
The pattern objects are the ones a normal compilation makes: same opcodes,
same flags, same groups.

The trie patterns `pipeline.text.patterns.literal_pattern` builds from
word lists are kept the same way, keyed by a digest of the words.

Only `str` patterns without named lists, debug or locale flags are kept. The
file is read once per process and written (whole, atomically) at the end of
the outermost `cached_patterns()` block that compiled something new; a file
that is unreadable, damaged or from other versions is ignored, and a
remembered entry the C constructor refuses is compiled normally. Where this
interpreter's internals differ from the ones expected, nothing is patched.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
import threading
import time
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

from pipeline.core.cache import read_cached_bytes, sealed, unsealed, write_cached_bytes

try:
    import re._compiler as _re_compiler
    import re._parser as _re_parser

    _RE_OK = all(hasattr(_re_compiler, name) for name in ("compile", "_code", "_sre", "SRE_FLAG_DEBUG"))
except ImportError:  # pragma: no cover - Pythons before 3.11
    _RE_OK = False

# Beyond this size the file keeps only the patterns of the last process that wrote it
# (the rules as shipped take about 2 MB).
MAX_BYTES = 16_000_000

# The file (megabytes) is written again only when what it would save a later
# process is worth it: a few patterns whose text changes from one process to
# the next (built in set order) would otherwise have it rewritten by every run.
MIN_SAVE_SECONDS = 0.05
# What building a trie pattern costs per character of it (measured: about 1.3 µs).
LITERAL_SECONDS_PER_CHARACTER = 1.3e-6
# A value of `remembered` (keyed by what it is computed from, the same in every process)
# counts this many times its cost: one of 5 ms (a table, the verdicts on the rule files
# after a code change) is written, and is not computed again in every later process.
REMEMBERED_WEIGHT = 10

# The opcodes of `re` and `regex` patterns, the patterns `literal_pattern` built, what
# `backtracking_risk` found in a pattern, the literals `required_literals` read out of one
# and the length `max_match_length` read, the place-name forms of `place_names`, the rule
# files `schema.check` found valid, and tables and answers computed once (the common
# characters of GB2312, `pattern_facts`, ...).
KINDS = ("re", "regex", "literal", "risk", "required", "longest", "places", "checked", "tables")

_lock = threading.RLock()
_depth = 0
# "re" and "regex" entries, read on first use: each the marshalled arguments of the C constructor.
_table: dict[str, dict[Any, bytes]] | None = None
_added = 0  # entries compiled since the file was read or written
_unsaved_seconds = 0.0  # what compiling them cost
_used: set[tuple[str, Any]] = set()  # entries this process compiled or took from the file
_regex_built: dict[Any, Any] = {}  # patterns made from the table in this process
_saved: dict[str, Any] = {}  # what was patched, to put back
_recorded = threading.local()  # arguments of the last `_regex.compile` call in this thread


def _file_name() -> str:
    import regex

    versions = "-".join(
        map(str, (sys.implementation.cache_tag, _re_compiler._sre.MAGIC, regex.__version__, marshal.version))
    )
    return "patterns-" + hashlib.sha256(versions.encode()).hexdigest()[:16]


def _load() -> dict[str, dict[Any, Any]]:
    table = unsealed(read_cached_bytes(_file_name())) or {}
    # A kind missing (a file written by an older version) or damaged starts empty.
    return {kind: found if isinstance(found := table.get(kind), dict) else {} for kind in KINDS}


def _save(table: dict[str, dict[Any, Any]]) -> None:
    data = sealed(table)
    if len(data) > MAX_BYTES:
        # Patterns of other rules or code versions piled up: keep this process's own.
        kept = {
            kind: {key: entry for key, entry in entries.items() if (kind, key) in _used}
            for kind, entries in table.items()
        }
        data = sealed(kept)
    write_cached_bytes(_file_name(), data)


def _re_compile(p: Any, flags: int = 0) -> Any:
    """`re._compiler.compile` with the opcodes of `str` patterns remembered."""
    table = _table["re"] if _table is not None else None
    if table is None or type(p) is not str or flags & _re_compiler.SRE_FLAG_DEBUG:
        return _saved["re"](p, flags)
    key = (p, int(flags))
    entry = table.get(key)
    if entry is not None:
        try:
            compiled = _re_compiler._sre.compile(p, *marshal.loads(entry))
        except Exception:  # noqa: BLE001 - a damaged entry: compile as usual
            compiled = None
        if compiled is not None:
            _used.add(("re", key))
            return compiled
    # As `re._compiler.compile` does it, keeping the opcodes on the way. Anything
    # unexpected (a bad pattern, other internals) goes to the real compiler, which
    # raises what it raises.
    started = time.perf_counter()
    try:
        parsed = _re_parser.parse(p, flags)
        code = _re_compiler._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (
            int(flags | parsed.state.flags),
            code,
            parsed.state.groups - 1,
            dict(groupindex),
            tuple(indexgroup),
        )
        compiled = _re_compiler._sre.compile(p, *entry)
    except Exception:  # noqa: BLE001
        return _saved["re"](p, flags)
    _remember("re", key, entry, time.perf_counter() - started)
    return compiled


class _RegexRecorder:
    """Stands for the `_regex` C module inside `regex._main`: notes what `compile` is given."""

    def __init__(self, module: Any):
        self._module = module

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)

    def compile(self, *args: Any) -> Any:
        _recorded.args = args
        return self._module.compile(*args)


def _regex_compile(pattern: Any, flags: Any, ignore_unused: Any, kwargs: Any, cache_it: Any) -> Any:
    """`regex._main._compile` with the opcodes of plain `str` patterns remembered."""
    import regex

    original = _saved["regex"]
    table = _table["regex"] if _table is not None else None
    if table is None or type(pattern) is not str or kwargs or flags & (regex.DEBUG | regex.LOCALE):
        return original(pattern, flags, ignore_unused, kwargs, cache_it)
    key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
    built = _regex_built.get(key)
    if built is not None:
        return built
    entry = table.get(key)
    if entry is not None:
        try:
            built = _saved["_regex"].compile(*marshal.loads(entry))
        except Exception:  # noqa: BLE001 - a damaged entry: compile as usual
            built = None
        if built is not None:
            _regex_built[key] = built
            _used.add(("regex", key))
            return built
    _recorded.args = None
    started = time.perf_counter()
    compiled = original(pattern, flags, ignore_unused, kwargs, cache_it)
    seconds = time.perf_counter() - started
    args = _recorded.args
    _recorded.args = None
    if args is not None and args[0] == pattern and not args[1] & regex.LOCALE and not args[5]:
        _remember("regex", key, tuple(_plain(arg) for arg in args), seconds)
        _regex_built[key] = compiled
    return compiled


def _plain(value: Any) -> Any:
    """`value` with int subclasses (opcodes, flags) made ints, which marshal can write."""
    if isinstance(value, int) and type(value) is not int and type(value) is not bool:
        return int(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    return value


def _remember(kind: str, key: Any, entry: Any, seconds: float) -> None:
    global _added, _unsaved_seconds
    try:
        data = marshal.dumps(_plain(entry))
    except ValueError:  # something marshal cannot write: this pattern is not kept
        return
    if _table is not None:
        _table[kind][key] = data
        _used.add((kind, key))
        _added += 1
        _unsaved_seconds += seconds


def remembered(
    kind: str, key: str, compute: Callable[[str], Any], valid: Callable[[Any], bool] | None = None
) -> Any:
    """`compute(key)`, kept under `kind` in the cache while a `cached_patterns()` block is open.

    `compute` must be a pure function of `key` returning a value marshal can write;
    a key that does not name everything the value depends on must hold a digest of
    the rest (see `code_digest`). A remembered value that `valid` refuses (a damaged
    file) is computed again.
    """
    global _added, _unsaved_seconds
    table = _table.get(kind) if _table is not None and _depth else None
    if table is None:
        return compute(key)
    found = table.get(key)
    if type(found) is tuple and len(found) == 1 and (valid is None or valid(found[0])):
        _used.add((kind, key))
        return found[0]
    started = time.perf_counter()
    value = compute(key)
    table[key] = (value,)
    _used.add((kind, key))
    _added += 1
    _unsaved_seconds += (time.perf_counter() - started) * REMEMBERED_WEIGHT
    return value


_digests: dict[tuple[str, ...], str] = {}


def code_digest(*files: str | None) -> str | None:
    """A digest of the bytes of `files` (a module's `__file__`) and of the interpreter's version.

    For keys of `remembered` values that the code computing them decides: a
    changed file gives other keys. None when a file cannot be read (nothing is
    then to be kept).
    """
    if any(file is None for file in files):
        return None
    named = tuple(str(file) for file in files)
    found = _digests.get(named)
    if found is None:
        digest = hashlib.sha256(sys.version.encode())
        try:
            for file in named:
                with open(file, "rb") as handle:
                    digest.update(b"\0" + handle.read())
        except OSError:
            return None
        found = _digests[named] = digest.hexdigest()[:32]
    return found


_package: list[str | None] = []


def package_digest() -> str | None:
    """`code_digest` of every module of the `pipeline` package (read once per process, about 4 ms)."""
    if not _package:
        from pathlib import Path

        folder = Path(__file__).resolve().parents[1]
        files = sorted(str(path) for path in folder.rglob("*.py"))
        _package.append(code_digest(*files) if files else None)
    return _package[0]


class _LiteralStore(MutableMapping[str, str]):
    """`literal_pattern`'s view of the "literal" entries of the table."""

    def __init__(self, entries: dict[Any, Any]):
        self._entries = entries

    def __getitem__(self, key: str) -> str:
        found = self._entries[key]
        if type(found) is not str:
            raise KeyError(key)
        _used.add(("literal", key))
        return found

    def __setitem__(self, key: str, value: str) -> None:
        global _added, _unsaved_seconds
        self._entries[key] = value
        _used.add(("literal", key))
        _added += 1
        _unsaved_seconds += len(value) * LITERAL_SECONDS_PER_CHARACTER

    def __delitem__(self, key: str) -> None:
        del self._entries[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def _install() -> None:
    import regex._main as regex_main

    from pipeline.text import patterns

    if _table is not None:
        patterns.LITERAL_CACHE = _LiteralStore(_table["literal"])
    _saved["re"] = _re_compiler.compile
    _saved["regex"] = regex_main._compile
    _saved["_regex"] = regex_main._regex
    _re_compiler.compile = _re_compile
    regex_main._compile = _regex_compile
    regex_main._regex = _RegexRecorder(regex_main._regex)


def _uninstall() -> None:
    import regex._main as regex_main

    from pipeline.text import patterns

    patterns.LITERAL_CACHE = None
    _re_compiler.compile = _saved.pop("re")
    regex_main._compile = _saved.pop("regex")
    regex_main._regex = _saved.pop("_regex")


@contextmanager
def cached_patterns() -> Iterator[None]:
    """Inside this block, `re` and `regex` compile through the cross-process pattern cache.

    Blocks nest (and may be entered from several threads); the cache file is
    written when the outermost one ends, if anything new was compiled.
    """
    global _depth, _table, _added, _unsaved_seconds
    if not _RE_OK:
        yield
        return
    with _lock:
        if _depth == 0:
            if _table is None:
                _table = _load()
            _install()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _uninstall()
                if _added and _unsaved_seconds >= MIN_SAVE_SECONDS and _table is not None:
                    _save(_table)
                    _added, _unsaved_seconds = 0, 0.0
