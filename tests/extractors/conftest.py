"""Fixtures shared by the extractor tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import RULES


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    """A copy of the project's rules/ in tmp_path, for a test to edit and load."""
    for path in RULES.directory.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path
