"""The input index: a run that finds nothing new decides so without the tables, and only then."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.batch import unchanged
from pipeline.batch.run import run_batch
from pipeline.batch.unchanged import INDEX_NAME, read_index, unchanged_summary, write_index
from pipeline.store import committed_parts, read_manifest
from pipeline.store.local import current_run
from pipeline.store.maintain import compact_output
from tests.conftest import PROJECT_ROOT

FIRST = "2024年5月8日，示范公司宣布在江北新区投资3.5亿元建设研发中心。\n"
SECOND = "The council said on 2 June 2024 that it would spend $12 million on the new bridge.\n"
THIRD = "据统计，今年一季度园区新增企业46家，同比增长8%。\n"


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")
    (folder / "copy.txt").write_text(FIRST, encoding="utf-8")  # the same content under another path
    (folder / "notes.csv").write_text("not an article", encoding="utf-8")  # skipped, and counted
    return folder


def _comparable(summary) -> dict:
    found = summary.as_dict()
    for key in ("seconds", "stage_seconds"):
        found.pop(key)
    return found


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, Path]:
    inputs = _inputs(tmp_path)
    out = tmp_path / "out"
    first = run_batch([inputs], out, jobs=1)
    assert first.new_documents == 2
    return inputs, out


def test_a_committed_run_keeps_the_index_beside_its_tables(made: tuple[Path, Path]) -> None:
    inputs, out = made
    index = read_index(current_run(out))
    assert index is not None
    assert index["rules_hash"] == read_manifest(out)["rules_hash"]
    assert sorted(index["paths"]) == sorted(
        os.path.realpath(inputs / name) for name in ("copy.txt", "first.txt", "second.txt")
    )
    assert (
        index["paths"][os.path.realpath(inputs / "first.txt")]
        == index["paths"][os.path.realpath(inputs / "copy.txt")]
    )


def test_the_index_gives_the_summary_the_tables_give(made: tuple[Path, Path]) -> None:
    inputs, out = made
    quick = unchanged_summary([inputs], out)
    assert quick is not None
    by_tables = run_batch([inputs], out, check_unchanged=False)
    assert _comparable(quick) == _comparable(by_tables)
    assert quick.already_present == 3 and not quick.committed


def test_a_run_that_the_index_ends_still_reports_its_empty_plan(made: tuple[Path, Path]) -> None:
    inputs, out = made
    planned: list[int] = []
    summary = run_batch([inputs], out, on_plan=planned.append)
    assert planned == [0] and summary.already_present == 3


def test_a_changed_file_is_not_taken_for_unchanged(made: tuple[Path, Path]) -> None:
    inputs, out = made
    (inputs / "second.txt").write_text(SECOND.replace("12", "13"), encoding="utf-8")
    assert unchanged_summary([inputs], out) is None
    assert run_batch([inputs], out).new_documents == 1


def test_a_new_file_or_a_file_moved_to_another_content_is_not_taken_for_unchanged(
    made: tuple[Path, Path],
) -> None:
    inputs, out = made
    (inputs / "copy.txt").write_text(SECOND, encoding="utf-8")  # content in the output, under a new path
    assert unchanged_summary([inputs], out) is None
    (inputs / "copy.txt").write_text(FIRST, encoding="utf-8")
    assert unchanged_summary([inputs], out) is not None
    (inputs / "third.txt").write_text(THIRD, encoding="utf-8")
    assert unchanged_summary([inputs], out) is None
    assert run_batch([inputs], out).new_documents == 1
    assert unchanged_summary([inputs], out) is not None  # the commit wrote the new index


def test_a_subset_of_the_inputs_is_unchanged_but_a_missing_path_is_not(made: tuple[Path, Path]) -> None:
    inputs, out = made
    assert unchanged_summary([inputs / "second.txt"], out) is not None
    assert unchanged_summary([inputs / "second.txt", inputs / "gone.txt"], out) is None


def test_a_grown_json_lines_file_is_not_taken_for_unchanged(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    feed = inputs / "feed.jsonl"
    feed.write_text(json.dumps({"text": FIRST}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch([inputs], out, jobs=1)
    assert unchanged_summary([inputs], out) is not None
    with feed.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": THIRD}, ensure_ascii=False) + "\n")
    assert unchanged_summary([inputs], out) is None
    assert run_batch([inputs], out).new_documents == 1
    assert unchanged_summary([inputs], out).already_present == 2


def test_changed_rules_are_not_taken_for_unchanged(made: tuple[Path, Path], tmp_path: Path) -> None:
    inputs, out = made
    rules = tmp_path / "rules"
    shutil.copytree(PROJECT_ROOT / "rules", rules)
    assert unchanged_summary([inputs], out, rules=rules) is not None  # the same bytes, elsewhere
    dates = rules / "dates.yaml"
    dates.write_text(dates.read_text(encoding="utf-8") + "\n# a note\n", encoding="utf-8")
    assert unchanged_summary([inputs], out, rules=rules) is None


def test_changed_code_is_not_taken_for_unchanged(
    made: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs, out = made
    monkeypatch.setattr("pipeline.rules.pattern_cache.package_digest", lambda: "0" * 32)
    assert unchanged_summary([inputs], out) is None


def test_a_new_version_of_a_data_package_processes_every_document_again(
    made: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs, out = made
    assert read_manifest(out)["data_versions"] == unchanged.data_versions()
    real = unchanged.data_versions
    monkeypatch.setattr(unchanged, "data_versions", lambda: {**real(), "jieba": "99.0"})
    assert unchanged_summary([inputs], out) is None
    again = run_batch([inputs], out)
    assert again.new_documents == 2 and again.already_present == 0
    assert read_manifest(out)["data_versions"]["jieba"] == "99.0"
    assert run_batch([inputs], out, check_unchanged=False).new_documents == 0
    assert unchanged_summary([inputs], out) is not None


def test_an_output_without_recorded_data_versions_is_processed_again(made: tuple[Path, Path]) -> None:
    inputs, out = made
    manifest_path = current_run(out) / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    del manifest["data_versions"]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    (current_run(out) / INDEX_NAME).unlink()
    assert run_batch([inputs], out).new_documents == 2


def test_force_a_manifest_or_a_url_always_take_the_normal_path(
    made: tuple[Path, Path], tmp_path: Path
) -> None:
    inputs, out = made
    assert unchanged_summary([inputs], out, force=True) is None
    assert unchanged_summary([inputs], out, manifest=tmp_path / "SOURCES.tsv") is None
    assert unchanged_summary([inputs], "memory://out") is None
    assert unchanged_summary([inputs], f"file://{out}") is None


def test_an_output_held_by_another_run_takes_the_normal_path(made: tuple[Path, Path]) -> None:
    import fcntl

    inputs, out = made
    with (out / ".provex" / "lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        assert unchanged_summary([inputs], out) is None
    assert unchanged_summary([inputs], out) is not None


def test_a_damaged_or_missing_index_takes_the_normal_path_which_writes_it_again(
    made: tuple[Path, Path],
) -> None:
    inputs, out = made
    index_path = current_run(out) / INDEX_NAME
    good = index_path.read_bytes()
    index_path.write_bytes(good[: len(good) // 2])
    assert unchanged_summary([inputs], out) is None
    again = run_batch([inputs], out)
    assert again.new_documents == 0 and not again.committed
    assert index_path.read_bytes() == good
    index_path.unlink()
    run_batch([inputs], out)
    assert index_path.read_bytes() == good


def test_a_compacted_output_stays_incremental_and_gets_its_index_back(made: tuple[Path, Path]) -> None:
    inputs, out = made
    (inputs / "third.txt").write_text(THIRD, encoding="utf-8")
    run_batch([inputs], out)
    assert compact_output(out).committed
    assert unchanged_summary([inputs], out) is None  # compaction writes no index ...
    assert run_batch([inputs], out).new_documents == 0  # ... nor changes what was made with what
    assert unchanged_summary([inputs], out) is not None


def test_a_killed_commit_leaves_the_previous_index_whole_and_no_other(
    made: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs, out = made
    before = current_run(out)
    index_before = (before / INDEX_NAME).read_bytes()
    (inputs / "third.txt").write_text(THIRD, encoding="utf-8")

    def killed(*arguments, **options):
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.store.local._switch_current", killed)
    with pytest.raises(KeyboardInterrupt):
        run_batch([inputs], out)
    monkeypatch.undo()
    assert current_run(out) == before
    assert (before / INDEX_NAME).read_bytes() == index_before
    assert not list(before.glob(f"{INDEX_NAME}*.tmp"))
    assert unchanged_summary([inputs], out) is None  # the new file is still new
    assert run_batch([inputs], out).new_documents == 1


def test_an_index_write_that_fails_half_way_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_index(tmp_path, {"format": 1, "paths": {}, "fingerprint": {}})
    before = (tmp_path / INDEX_NAME).read_bytes()

    def fail(*arguments, **options):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError):
        write_index(tmp_path, {"format": 1, "paths": {"a": ["b"]}, "fingerprint": {}})
    assert (tmp_path / INDEX_NAME).read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == [INDEX_NAME]


def test_documents_kept_with_older_rules_leave_no_index(made: tuple[Path, Path], tmp_path: Path) -> None:
    inputs, out = made
    rules = tmp_path / "rules"
    shutil.copytree(PROJECT_ROOT / "rules", rules)
    (rules / "user.yaml").write_text("note: a rule file of the user's\n", encoding="utf-8")
    (inputs / "second.txt").unlink()
    # Only the first file is given: the gone one lies outside this run's inputs, so it is kept.
    given = [inputs / "first.txt"]
    summary = run_batch(given, out, rules=rules)
    assert summary.stale_kept and summary.committed
    assert read_index(current_run(out)) is None
    assert unchanged_summary(given, out, rules=rules) is None
    assert len(committed_parts(out)["documents"]) >= 1


REPORT_MODULES = """
import json, sys
from pipeline.cli import main
try:
    main(["run", {source!r}, "--out", {out!r}, "-q"])
except SystemExit as stop:
    code = stop.code
heavy = ("pyarrow", "numpy", "pandas", "pipeline.document", "pipeline.extractors", "pipeline.batch.run")
print(json.dumps({{"code": code, "imported": sorted(name for name in heavy if name in sys.modules)}}))
"""


def test_the_command_decides_a_re_run_without_importing_arrow_numpy_or_the_stages(
    made: tuple[Path, Path],
) -> None:
    inputs, out = made
    code = REPORT_MODULES.format(source=str(inputs), out=str(out))
    environment = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"code": 0, "imported": []}
    assert "3 documents (0 new, 3 already in the output)" in done.stderr


def test_the_data_versions_are_those_the_installed_metadata_gives() -> None:
    from importlib import metadata

    assert unchanged.data_versions() == {name: metadata.version(name) for name in unchanged.DATA_PACKAGES}
