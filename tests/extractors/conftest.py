"""Fixtures shared by the extractor tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import pipeline
from tests.conftest import RULES


def organisation_names(text: str) -> list[tuple[str, str]]:
    """(text, rule id) of every organisation provex reports in `text`, with the project's rules."""
    found = pipeline.extract(text, ruleset=RULES)
    return [(mention.raw_text, mention.rule_id) for mention in found if mention.table == "organisations"]


def organisation_aliases(text: str) -> list[tuple[str, str | None]]:
    """(text, alias_of) of every organisation provex reports in `text`, with the project's rules."""
    found = pipeline.extract(text, ruleset=RULES)
    return [(mention.raw_text, mention.alias_of) for mention in found if mention.table == "organisations"]


def names_in(text: str) -> set[tuple[str, str]]:
    """(table, text) of every organisation and project provex reports in `text`, with the project's rules."""
    return {
        (mention.table, mention.raw_text)
        for mention in pipeline.extract(text, ruleset=RULES)
        if mention.table in ("organisations", "projects")
    }


def project_names(text: str) -> list[tuple[str, str]]:
    """(text, rule id) of every project provex reports in `text`, with the project's rules."""
    found = pipeline.extract(text, ruleset=RULES)
    return [(mention.raw_text, mention.rule_id) for mention in found if mention.table == "projects"]


def project_texts(text: str) -> set[str]:
    """The text of every project provex reports in `text`, with the project's rules."""
    return {name for name, _ in project_names(text)}


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    """A copy of the project's rules/ in tmp_path, for a test to edit and load."""
    for path in RULES.directory.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path
