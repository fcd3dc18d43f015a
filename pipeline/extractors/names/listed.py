"""Listed companies' short names from a packaged list of an exchange's securities.

Taiwan's listed (TWSE) and OTC (TPEx) securities come from the optional
`twstock` package: its code tables ship inside the package and are read here
as files, when the rules are compiled (the package is not imported, so
nothing is downloaded and none of its network code runs). The rows of the
wanted security types (股票, 創新板) give short names such as 台積電; each is
turned into the simplified script of normalised text. Without the package
the list is empty and only the names of the rule file are known.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

PACKAGE = "twstock"
TABLES = ("twse_equities.csv", "tpex_equities.csv")
# A short name of Chinese characters only (warrants and funds carry digits or Latin letters).
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")


def short_names_in(table: str, types: Iterable[str]) -> list[str]:
    """The short names of the rows of `types` in one code table (CSV text with a header).

    Columns: type, code, name, ...; names of Chinese characters only, at least two.
    """
    wanted = {kind.strip() for kind in types}
    names = []
    for row in csv.DictReader(io.StringIO(table)):
        kind, name = (row.get("type") or "").strip(), (row.get("name") or "").strip()
        if kind in wanted and _HAN_NAME.fullmatch(name):
            names.append(name)
    return names


def listed_short_names(types: Iterable[str], opencc_config: str = "t2s") -> tuple[str, ...]:
    """The packaged short names of `types`, in the script `opencc_config` gives; () without the package.

    Reading and converting the tables costs a run about 100 ms; inside
    `cached_patterns()` the result is kept in the user's cache, keyed by a
    digest of this file, by what the file system says of the tables (see
    `table_stamp`), and by `types` and `opencc_config`.
    """
    return _listed(tuple(sorted(set(types))), opencc_config)


@lru_cache(maxsize=4)
def _listed(types: tuple[str, ...], opencc_config: str) -> tuple[str, ...]:
    files = _table_files()
    if not files:
        return ()
    from pipeline.rules.pattern_cache import code_digest, remembered

    digest = code_digest(__file__)
    stamp = table_stamp(files)
    if digest is None or stamp is None:
        return _build(files, types, opencc_config)
    named = "\0".join(("listed", digest, stamp, opencc_config, *types))
    key = hashlib.sha256(named.encode("utf-8")).hexdigest()
    return remembered("tables", key, lambda _key: _build(files, types, opencc_config), valid=_is_names)


def table_stamp(files: list[str]) -> str | None:
    """What the file system says of each table: path, size, inode and modification and change times.

    Hashing the tables' 4 MB cost every run about 7 ms. A table rewritten
    or replaced (an upgrade of the package) gets another change time, which
    no program can set back, so the stamp names the tables' content as a
    digest would. None when a table cannot be read.
    """
    parts = []
    for file in files:
        try:
            status = os.stat(file)
        except OSError:
            return None
        parts.append(f"{file}:{status.st_size}:{status.st_ino}:{status.st_mtime_ns}:{status.st_ctime_ns}")
    return "\0".join(parts)


def _is_names(value: object) -> bool:
    return type(value) is tuple and all(type(name) is str for name in value)


def _build(files: list[str], types: tuple[str, ...], opencc_config: str) -> tuple[str, ...]:
    import opencc

    converter = opencc.OpenCC(opencc_config)
    names: set[str] = set()
    for file in files:
        text = Path(file).read_text(encoding="utf-8")
        names.update(converter.convert(name) for name in short_names_in(text, types))
    return tuple(sorted(names))


def _table_files() -> list[str]:
    """The package's code tables; [] when the package (or a table) is not there."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations))) / "codes"
    files = [folder / name for name in TABLES]
    if not all(file.is_file() for file in files):
        return []
    return [str(file) for file in files]
