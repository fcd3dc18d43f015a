"""A library people can depend on: licence, changelog, one version, typed public API, extras."""

from __future__ import annotations

import inspect
import re
import tomllib

import pipeline
from pipeline.core.version import VERSION

from .conftest import PROJECT_ROOT

PYPROJECT = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_licence_and_changelog_name_this_version():
    assert "MIT License" in (PROJECT_ROOT / "LICENSE").read_text(encoding="utf-8")
    changelog = (PROJECT_ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(VERSION)}\b", changelog, re.MULTILINE)
    assert PYPROJECT["project"]["license"] == {"text": "MIT"}


def test_the_version_has_one_source():
    assert "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "pipeline.core.version.VERSION"}
    assert pipeline.__version__ == VERSION


def test_the_packages_are_marked_typed():
    assert (PROJECT_ROOT / "pipeline" / "py.typed").is_file()
    assert (PROJECT_ROOT / "provex" / "py.typed").is_file()


def test_the_public_api_is_fully_annotated():
    for function in (pipeline.extract, pipeline.load):
        hints = function.__annotations__  # strings (postponed evaluation); types only for checkers
        parameters = inspect.signature(function).parameters
        assert set(parameters) <= set(hints), function
        assert hints.get("return"), function


def test_all_installs_every_optional_part_for_users():
    extras = PYPROJECT["project"]["optional-dependencies"]
    user_extras = set(extras) - {"all", "test", "bench"}
    (all_requirement,) = extras["all"]
    named = set(re.search(r"\[(.*)\]", all_requirement).group(1).split(","))
    assert named == user_extras
