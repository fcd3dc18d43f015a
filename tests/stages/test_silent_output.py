"""No silent wrong output: an output inside the input is not read; documents with old rules are reported."""

from __future__ import annotations

import json
import shutil

import pandas as pd
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.rules.loader import default_rules_dir
from pipeline.stages.ingest import OUTPUT_FOLDER, discover_inputs

ARTICLES = {
    "a.txt": "2023年园区收入120亿元，新增企业35家。\n",
    "b.txt": "2022年全市新建项目18个，总投资56亿元。\n",
}


def _run(*arguments: str):
    result = CliRunner().invoke(main, ["run", *arguments, "--quiet", "-j", "1", "--json"])
    assert result.exit_code == 0, result.output
    return result, json.loads(result.stdout)


def _inputs(folder):
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_an_output_folder_inside_the_input_folder_is_not_read(tmp_path):
    inputs = _inputs(tmp_path / "in")
    out = inputs / "out"
    _, first = _run(str(inputs), "--out", str(out))
    assert first["new_documents"] == 2
    (out / "notes.txt").write_text("2021年收入99亿元。\n", encoding="utf-8")  # a file someone left there
    other = inputs / "old-run"
    shutil.copytree(out, other, symlinks=True)  # another provex output, found by its .provex folder
    result, second = _run(str(inputs), "--out", str(out), "--list-skipped")
    assert second["new_documents"] == 0 and second["documents"] == 2
    reasons = {entry["path"]: entry["reason"] for entry in second["passed_over"]}
    assert reasons[str(out)] == OUTPUT_FOLDER and reasons[str(other)] == OUTPUT_FOLDER
    assert f"skipped {out}: a provex output folder" in result.stderr
    assert len(pd.read_parquet(out / "documents")) == 2


def test_hidden_files_and_linked_folders_are_passed_over_and_named(tmp_path):
    inputs = _inputs(tmp_path / "in")
    (inputs / ".draft.txt").write_text("2020年收入1亿元。\n", encoding="utf-8")
    elsewhere = _inputs(tmp_path / "elsewhere")
    (inputs / "linked").symlink_to(elsewhere, target_is_directory=True)
    (inputs / "page.pdf.part").write_bytes(b"x")
    found = discover_inputs([inputs])
    assert sorted(path.name for path in found.files) == ["a.txt", "b.txt"]
    assert {path.name: reason.split(" ")[0] for path, reason in found.passed_over} == {
        ".draft.txt": "hidden",
        "linked": "a",
    }
    assert [path.name for path in found.skipped] == ["page.pdf.part"]


def test_after_a_rule_change_documents_whose_source_is_gone_are_reported_then_dropped_on_request(tmp_path):
    inputs = _inputs(tmp_path / "in")
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    out = str(tmp_path / "out")
    _run(str(inputs), "--out", out, "--rules", str(rules))
    (inputs / "b.txt").unlink()
    conflicts = rules / "conflicts.yaml"
    conflicts.write_text(
        conflicts.read_text(encoding="utf-8").replace("min_shared_words: 2", "min_shared_words: 3"),
        encoding="utf-8",
    )
    # A run over another input than the folder: b.txt lies outside it, gone, and made with older rules.
    result, kept = _run(str(inputs / "a.txt"), "--out", out, "--rules", str(rules))
    assert kept["stale_kept"] == [str(inputs / "b.txt")]
    assert "WARNING: 1 document made with older rules was kept" in result.stderr
    documents = pd.read_parquet(out + "/documents")
    assert len(documents) == 2 and documents["rules_hash"].nunique() == 2  # kept, and visibly older

    _, dropped = _run(str(inputs / "a.txt"), "--out", out, "--rules", str(rules), "--drop-missing")
    assert dropped["stale_dropped"] == [str(inputs / "b.txt")]
    documents = pd.read_parquet(out + "/documents")
    assert list(documents["file_name"]) == ["a.txt"] and documents["rules_hash"].nunique() == 1
    figures = pd.read_parquet(out + "/figures")
    assert set(figures["doc_id"]) == set(documents["doc_id"])
