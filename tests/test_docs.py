"""The README's promises: its two commands, its commands list, its tables."""

from __future__ import annotations

import re

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.store.schemas import SCHEMAS

from .conftest import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def _indented_commands() -> list[str]:
    return [line.strip() for line in README.splitlines() if line.startswith("    python3 -m venv")]


def test_the_readme_opens_with_the_run_and_test_commands():
    run_command, test_command = _indented_commands()[:2]
    assert "provex run seeds/ --out output/" in run_command
    assert "pytest" in test_command
    assert README.index(run_command) < 400


def test_ci_runs_the_readme_test_command_verbatim():
    ci_script = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = _indented_commands()[1]
    assert test_command.replace(".venv/bin/pip install", ".venv/bin/pip install -q") in ci_script or (
        test_command in ci_script
    )


def test_every_cli_command_is_documented():
    commands = main.list_commands(None)
    assert commands
    for command in commands:
        assert re.search(rf"provex {re.escape(command)}\b", README), (
            f"README does not mention `provex {command}`"
        )


def test_every_command_help_has_an_example():
    runner = CliRunner()
    for command in main.list_commands(None):
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output, f"`provex {command} --help` has no example"


def test_every_table_is_described():
    for table in SCHEMAS:
        assert f"`{table}`" in README, f"README does not describe the {table} table"


def test_every_rule_file_is_mentioned():
    for path in sorted((PROJECT_ROOT / "rules").glob("*.yaml")):
        assert f"{path.stem}.yaml" in README, f"README does not mention rules/{path.name}"
