"""Peer test cases: other projects' own tests, run against provex.

`../shared/peer/*.jsonl` holds test cases of Recognizers-Text, JioNLP and
OpenCC. Each file is checked by one function `check(record) -> CaseResult`
named in `CHECKERS`; what counts as a pass for each suite is written in that
function's docstring and in the README. `run_peer_suites(folder)` runs every
file it knows and returns the pass counts per file.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class CaseResult:
    """The outcome of one peer case: passed or not, and what we produced."""

    passed: bool
    expected: object = None
    got: object = None
    note: str = ""


@dataclass
class SuiteResult:
    """Pass counts of one peer file, with the failing cases kept for --misses."""

    file_stem: str
    passed: int = 0
    total: int = 0
    failures: list[tuple[dict, CaseResult]] = field(default_factory=list)

    @property
    def pass_rate(self) -> float:
        """Share of cases passed (0.0 for an empty file)."""
        return self.passed / self.total if self.total else 0.0


# peer file stem -> "module:function" that checks one of its records.
CHECKERS: dict[str, str] = {
    "opencc_zh_t2s": "pipeline.dev.peer.opencc_cases:check_conversion",
    "opencc_zh_hk2s": "pipeline.dev.peer.opencc_cases:check_conversion",
    "opencc_zh_tw2s": "pipeline.dev.peer.opencc_cases:check_conversion",
    "opencc_zh_tw2sp": "pipeline.dev.peer.opencc_cases:check_conversion",
    "opencc_zh_hk2sp": "pipeline.dev.peer.opencc_cases:check_conversion",
    "recognizers_zh_number": "pipeline.dev.peer.figure_cases:check_recognizers_number",
    "recognizers_en_number": "pipeline.dev.peer.figure_cases:check_recognizers_number",
    "recognizers_zh_percent": "pipeline.dev.peer.figure_cases:check_recognizers_percent",
    "recognizers_en_percent": "pipeline.dev.peer.figure_cases:check_recognizers_percent",
    "recognizers_zh_ordinal": "pipeline.dev.peer.figure_cases:check_recognizers_ordinal",
    "recognizers_zh_currency": "pipeline.dev.peer.figure_cases:check_recognizers_currency",
    "recognizers_en_currency": "pipeline.dev.peer.figure_cases:check_recognizers_currency",
    "recognizers_zh_dimension": "pipeline.dev.peer.figure_cases:check_recognizers_dimension",
    "recognizers_en_dimension": "pipeline.dev.peer.figure_cases:check_recognizers_dimension",
    "jionlp_zh_money": "pipeline.dev.peer.figure_cases:check_jionlp_money",
    "jionlp_zh_money_extract": "pipeline.dev.peer.figure_cases:check_jionlp_money_extract",
    "recognizers_zh_datetime": "pipeline.dev.peer.date_cases:check_recognizers_datetime",
    "recognizers_en_datetime": "pipeline.dev.peer.date_cases:check_recognizers_datetime",
    "jionlp_zh_time": "pipeline.dev.peer.date_cases:check_jionlp_time",
    "jionlp_zh_time_extract": "pipeline.dev.peer.date_cases:check_jionlp_time_extract",
}


def checker_for(file_stem: str) -> Callable[[dict], CaseResult] | None:
    """The check function for a peer file, or None when none is available."""
    target = CHECKERS.get(file_stem)
    if target is None:
        return None
    module_name, function_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        return None
    return getattr(module, function_name, None)


def run_peer_file(path: Path) -> SuiteResult | None:
    """Run every case of one peer file; None when no checker knows the file."""
    check = checker_for(path.stem)
    if check is None:
        return None
    result = SuiteResult(path.stem)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            outcome = check(record)
            result.total += 1
            if outcome.passed:
                result.passed += 1
            else:
                result.failures.append((record, outcome))
    return result


def run_peer_suites(folder: Path) -> list[SuiteResult]:
    """Run every known peer file in `folder`, in file-name order."""
    results = []
    for path in sorted(folder.glob("*.jsonl")):
        result = run_peer_file(path)
        if result is not None:
            results.append(result)
    return results
