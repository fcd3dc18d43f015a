"""Evaluation from a clone: the seeds' gold and the annotation guide ship in eval/; other sets optional."""

from __future__ import annotations

import json

from click.testing import CliRunner

from pipeline.cli import main

from .conftest import GOLD, PROJECT_ROOT, SEEDS, SHARED


def test_the_seed_gold_ships_and_points_at_the_seeds():
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert {record["type"] for record in records} == {"figure", "date", "org", "project", "boilerplate"}
    for record in records:
        if "start" in record:
            line = (SEEDS / record["doc"]).read_text(encoding="utf-8").split("\n")[record["line"] - 1]
            assert line.rstrip("\r")[record["start"] : record["end"]] == record["text"]


def test_the_annotation_guide_is_written_afresh():
    guide = (PROJECT_ROOT / "eval" / "ANNOTATIONS.md").read_text(encoding="utf-8")
    for record_type in ("figure", "date", "org", "project", "boilerplate", "optional"):
        assert f"**{record_type}**" in guide or f"`{record_type}`" in guide
    reference = SHARED / "gold" / "SCHEMA.md"
    if reference.is_file():  # no sentence of 60 characters or more is taken over
        theirs = reference.read_text(encoding="utf-8")
        sentences = [part.strip() for part in guide.replace("\n", " ").split(". ") if len(part.strip()) >= 60]
        assert not [sentence for sentence in sentences if sentence in theirs.replace("\n", " ")]


def test_eval_without_arguments_scores_the_shipped_seeds_and_says_once_what_it_skipped(monkeypatch):
    monkeypatch.chdir(PROJECT_ROOT)
    monkeypatch.setenv("PROVEX_SHARED", "/nonexistent/shared")
    result = CliRunner().invoke(main, ["eval"])
    assert result.exit_code == 0, result.output + result.stderr
    assert "figure" in result.stdout and "boilerplate" in result.stdout
    assert result.stderr.count("skipped") == 1
    assert "development articles" in result.stderr and "not shipped" in result.stderr


def test_eval_with_a_gold_file_needs_its_documents():
    result = CliRunner().invoke(main, ["eval", str(GOLD)])
    assert result.exit_code == 2 and "--docs" in result.output
