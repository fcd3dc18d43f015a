"""The `provex` command line, through click's runner."""

from __future__ import annotations

import os

import pandas as pd
from click.testing import CliRunner

from pipeline.cli import main
from tests.conftest import GOLD, SEEDS, requires_gold


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
    assert "1 error," in result.output


def test_run_without_input_files_exits_non_zero_with_advice(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "Give files or folders" in result.output


def test_run_into_an_unwritable_output_exits_non_zero(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(blocker / "out")])
    assert result.exit_code == 1
    assert "cannot write the output directory" in result.output and "with --out" in result.output


def test_a_broken_rule_file_stops_the_run_with_its_file_and_line(tmp_path):
    from tests.conftest import RULES

    rules = tmp_path / "rules"
    rules.mkdir()
    for name in RULES.names:
        (rules / f"{name}.yaml").write_text(RULES.path(name).read_text(encoding="utf-8"), encoding="utf-8")
    (rules / "documents.yaml").write_text("doc_date:\n  patterns: [unclosed\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["run", str(SEEDS), "--out", str(tmp_path / "out"), "--rules", str(rules)]
    )
    assert result.exit_code == 1
    assert "documents.yaml:" in result.output


@requires_gold
def test_eval_prints_a_score_per_type():
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--docs", str(SEEDS)])
    assert result.exit_code == 0, result.output
    for record_type in ("figure", "date", "org", "project", "boilerplate"):
        assert record_type in result.output


def test_run_with_a_url_output_never_writes_a_local_folder(tmp_path, monkeypatch, without_s3fs):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", "s3://bucket/out", "--quiet"])
    assert result.exit_code == 1
    assert "s3fs" in result.output
    assert os.listdir(tmp_path) == []


def test_run_and_compact_write_a_remote_output(memory_fs):
    result = CliRunner().invoke(
        main, ["run", str(SEEDS), "--out", "memory://bucket/out", "--quiet", "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    assert len(pd.read_parquet("memory://bucket/out/documents")) == 5
    result = CliRunner().invoke(main, ["compact", "memory://bucket/out"])
    assert result.exit_code == 0, result.output
    assert "nothing to compact" in result.output


def test_audit_report_and_conflicts_read_a_remote_output(memory_fs, tmp_path):
    url = "memory://bucket/out"
    assert CliRunner().invoke(main, ["run", str(SEEDS), "--out", url, "--quiet", "-j", "1"]).exit_code == 0

    verified = CliRunner().invoke(main, ["audit", "--verify", "--out", url])
    assert verified.exit_code == 0, verified.output
    assert "verified" in verified.output
    without_folder = CliRunner().invoke(main, ["report", "--out", url])
    assert without_folder.exit_code == 2
    assert "--to" in without_folder.output
    report = CliRunner().invoke(main, ["report", "--out", url, "--to", str(tmp_path / "report")])
    assert report.exit_code == 0, report.output
    assert (tmp_path / "report" / "index.html").is_file()
    assert CliRunner().invoke(main, ["conflicts", "--out", url]).exit_code == 0


def test_run_audit_and_compact_work_on_an_s3_output(s3_bucket):
    url = f"{s3_bucket.url}/out"
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", url, "--quiet", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "5 documents" in result.output
    verified = CliRunner().invoke(main, ["audit", "--verify", "--out", url])
    assert verified.exit_code == 0, verified.output
    assert "verified" in verified.output
    compacted = CliRunner().invoke(main, ["compact", url])
    assert compacted.exit_code == 0, compacted.output


def test_drift_of_an_unknown_document_says_so_instead_of_reporting_no_drift(tmp_path):
    from pipeline.batch.run import run_batch

    source = tmp_path / "a.txt"
    source.write_text("今年新增企业12家。\n", encoding="utf-8")
    run_batch([source], tmp_path / "out", jobs=1)
    doc_id = pd.read_parquet(tmp_path / "out" / "documents")["doc_id"].iloc[0]
    unknown = "0123" if not doc_id.startswith("0123") else "4567"
    result = CliRunner().invoke(main, ["drift", "--out", str(tmp_path / "out"), "--doc", unknown])
    assert result.exit_code == 2 and f"has an id starting with '{unknown}'" in result.output
    known = CliRunner().invoke(main, ["drift", "--out", str(tmp_path / "out"), "--doc", doc_id[:6]])
    assert known.exit_code == 0 and "no translation drift" in known.output
