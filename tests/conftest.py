"""Shared test helpers: where the development set and peer cases live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT_ROOT / "seeds"
# The development set and peer cases are read from ../shared, never copied.
SHARED = PROJECT_ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seeds.jsonl"
PEER = SHARED / "peer"


def shared_available() -> bool:
    """True when ../shared with the gold annotations is beside the project."""
    return GOLD.is_file()


requires_shared = pytest.mark.skipif(
    not shared_available(), reason="../shared (gold annotations, peer cases) is not beside the project"
)


def read_jsonl(path: Path) -> list[dict]:
    """Every record of a JSON Lines file; an empty list when the file is absent."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_records(record_type: str | None = None) -> list[dict]:
    """Gold records of the seeds, optionally only those of one type."""
    records = read_jsonl(GOLD)
    if record_type is None:
        return records
    return [record for record in records if record["type"] == record_type]


def peer_cases(file_stem: str) -> list[dict]:
    """The records of ../shared/peer/<file_stem>.jsonl (empty when absent)."""
    return read_jsonl(PEER / f"{file_stem}.jsonl")


@pytest.fixture
def memory_fs():
    """fsspec's in-process `memory://` filesystem, emptied before and after the test."""
    fsspec = pytest.importorskip("fsspec")
    from fsspec.implementations.memory import MemoryFileSystem

    def clear() -> None:
        MemoryFileSystem.store.clear()
        MemoryFileSystem.pseudo_dirs.clear()
        MemoryFileSystem.pseudo_dirs.append("")

    clear()
    yield fsspec.filesystem("memory")
    clear()
