"""Remembering the inputs that timed out, so that a re-run does not spend their time limit again.

A document given up after `--doc-timeout` seconds becomes a `timeout` row of
`errors`, which names its path but not its content. Every local output
therefore keeps, beside its tables in the run folder (`timeouts.json` beside
`manifest.json`), the content hash of each input that timed out, the time
limit it exceeded and the paths of its `timeout` rows, with the fingerprint of what processed it (pipeline
version, code digest, data package versions, rule files, rules hash). It is
written before the commit's switch of `current`, so a killed run never
leaves a half-written record.

A later run skips an input when its content is in the record, the
fingerprint is this process's, its time limit is not larger than the one
exceeded, every path of it still has its `timeout` row, and `--force` is
not given. Anything else processes it again. A record that cannot be read
is ignored with a warning: every input is then tried again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.batch.unchanged import write_json

log = logging.getLogger("provex")

TIMEOUTS_NAME = "timeouts.json"
TIMEOUTS_FORMAT = 1


@dataclass(frozen=True)
class TimedOut:
    """Content that timed out: the time limit (seconds) it exceeded, and the paths of its `timeout` rows."""

    limit: float
    paths: tuple[str, ...]


def timeouts_record(
    fingerprint: Mapping[str, Any], rules_hash: str, inputs: Mapping[str, TimedOut]
) -> dict[str, Any]:
    """The record of the inputs that timed out (content hash -> limit and paths), as written to disk."""
    return {
        "format": TIMEOUTS_FORMAT,
        "fingerprint": dict(fingerprint),
        "rules_hash": rules_hash,
        "inputs": {
            digest: {"limit": inputs[digest].limit, "paths": sorted(inputs[digest].paths)}
            for digest in sorted(inputs)
        },
    }


def write_timeouts(run_folder: Path, record: Mapping[str, Any]) -> None:
    """Write `record` into `run_folder` atomically (a reader sees the old file or the new one, whole)."""
    write_json(run_folder, TIMEOUTS_NAME, record)


def read_timeouts(run_folder: Path | None) -> dict[str, Any] | None:
    """The record of a run folder; None when there is none, or (with a warning) when it is damaged."""
    if run_folder is None:
        return None
    path = run_folder / TIMEOUTS_NAME
    try:
        record = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("%s cannot be read (%s): every input that timed out is tried again", path, error)
        return None
    if not _well_formed(record):
        log.warning("%s is damaged: every input that timed out is tried again", path)
        return None
    return record


def _well_formed(record: Any) -> bool:
    if not isinstance(record, dict) or record.get("format") != TIMEOUTS_FORMAT:
        return False
    inputs = record.get("inputs")
    if not isinstance(record.get("fingerprint"), dict) or not isinstance(inputs, dict):
        return False
    return all(
        isinstance(entry, dict)
        and isinstance(entry.get("limit"), (int, float))
        and entry["limit"] > 0
        and isinstance(entry.get("paths"), list)
        and all(isinstance(path, str) for path in entry["paths"])
        for entry in inputs.values()
    )


def known_timeouts(
    record: Mapping[str, Any] | None, fingerprint: Mapping[str, Any], rules_hash: str
) -> dict[str, TimedOut]:
    """The inputs of `record` that timed out, when it was made as this run would process them (else none)."""
    if record is None or record["fingerprint"] != dict(fingerprint) or record.get("rules_hash") != rules_hash:
        return {}
    return {
        digest: TimedOut(float(entry["limit"]), tuple(entry["paths"]))
        for digest, entry in record["inputs"].items()
    }


def skips(limit_exceeded: float | None, doc_timeout: float | None) -> bool:
    """True when an input that exceeded `limit_exceeded` would exceed `doc_timeout` (None: no limit) too."""
    return limit_exceeded is not None and doc_timeout is not None and doc_timeout <= limit_exceeded


def updated_timeouts(
    known: Mapping[str, TimedOut],
    processed: Iterable[str],
    timed_out: Mapping[str, TimedOut],
    timeout_paths: Iterable[str],
) -> dict[str, TimedOut]:
    """What to record after a run: the known inputs not processed again, and the ones that timed out now.

    Content processed again keeps an entry only if it timed out again
    (`timed_out`); a known entry keeps only its paths that still have a
    `timeout` row in the output (`timeout_paths`), and goes with the last of them.
    """
    again, rows = set(processed), set(timeout_paths)
    inputs: dict[str, TimedOut] = {}
    for digest, entry in known.items():
        paths = tuple(path for path in entry.paths if path in rows)
        if digest not in again and paths:
            inputs[digest] = TimedOut(entry.limit, paths)
    inputs.update(timed_out)
    return inputs
