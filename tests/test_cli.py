"""The `provex` command line, through click's runner."""

from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

from pipeline.cli import main

from .conftest import GOLD, SEEDS, requires_shared


def test_help_lists_every_command():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("run", "eval", "eval-peer"):
        assert command in result.output


def test_run_writes_tables_and_prints_a_summary(tmp_path):
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "5 documents" in result.output
    assert len(pd.read_parquet(tmp_path / "out" / "documents")) == 5


def test_run_with_per_file_errors_still_exits_zero(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "ok.txt").write_text("今年新增企业120家。", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(inputs), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 errors" in result.output


def test_run_without_input_files_exits_non_zero_with_advice(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "Give files or folders" in result.output


def test_run_into_an_unwritable_output_exits_non_zero(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(blocker / "out")])
    assert result.exit_code == 1
    assert "cannot write the output directory" in result.output


def test_a_broken_rule_file_stops_the_run_with_its_file_and_line(tmp_path, monkeypatch):
    from pipeline.rules import load_rule_file, rules_dir

    rules = tmp_path / "rules"
    rules.mkdir()
    for path in rules_dir().glob("*.yaml"):
        (rules / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (rules / "documents.yaml").write_text("doc_date:\n  patterns: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv("PROVEX_RULES_DIR", str(rules))
    load_rule_file.cache_clear()
    from pipeline import docinfo

    docinfo.document_rules.cache_clear()
    try:
        result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(tmp_path / "out")])
    finally:
        monkeypatch.undo()
        load_rule_file.cache_clear()
        docinfo.document_rules.cache_clear()
    assert result.exit_code == 1
    assert "documents.yaml:" in result.output


@requires_shared
def test_eval_prints_a_score_per_type():
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--docs", str(SEEDS)])
    assert result.exit_code == 0, result.output
    for record_type in ("figure", "date", "org", "project", "boilerplate"):
        assert record_type in result.output
