"""Incremental batches: re-runs add only what is new and never rewrite the rest."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch.run import run_batch
from pipeline.dev.bench import generate_corpus
from pipeline.rules.loader import RULES_DIR_ENV, rules_dir
from pipeline.store import committed_parts, read_manifest
from pipeline.store.local import current_run
from pipeline.store.maintain import compact_output
from pipeline.store.parts import STATE_DIR, read_part
from pipeline.store.remote import RemoteStore
from pipeline.store.schemas import mention_tables, table_names
from tests.conftest import PROJECT_ROOT, SEEDS, row_key

NEW_TEXT = "海淀区今年新增企业85家，投资总额约2.4亿元。\n2025年园区收入增长12%。\n"


def _tables(out_dir: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(out_dir / name) for name in table_names()}


def _files_with_stamps(out_dir: Path) -> dict[str, tuple[int, int]]:
    run = current_run(out_dir)
    return {
        str(path.relative_to(run)): (path.stat().st_ino, path.stat().st_mtime_ns)
        for path in run.rglob("*")
        if path.is_file()
    }


def _copy_seeds(tmp_path: Path) -> Path:
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    return inputs


def test_a_second_run_adds_nothing_and_rewrites_nothing(tmp_path):
    inputs = _copy_seeds(tmp_path)
    out = tmp_path / "out"
    run_batch([inputs], out)
    before_files = _files_with_stamps(out)
    before_rows = {name: len(frame) for name, frame in _tables(out).items()}
    second = run_batch([inputs], out)
    assert second.new_documents == 0
    assert second.already_present == 5
    assert not second.committed
    assert _files_with_stamps(out) == before_files
    assert {name: len(frame) for name, frame in _tables(out).items()} == before_rows


def test_a_new_file_adds_exactly_its_rows_and_keeps_the_old_parts(tmp_path):
    inputs = _copy_seeds(tmp_path)
    out = tmp_path / "out"
    run_batch([inputs], out)
    before = _tables(out)
    old_parts = {
        name: {(path.name, path.stat().st_ino, path.stat().st_mtime_ns) for path, _ in parts}
        for name, parts in committed_parts(out).items()
    }
    (inputs / "new.txt").write_text(NEW_TEXT, encoding="utf-8")
    summary = run_batch([inputs], out)
    assert (summary.new_documents, summary.already_present) == (1, 5)
    after = _tables(out)
    new_doc = after["documents"].loc[after["documents"]["file_name"] == "new.txt", "doc_id"].item()
    for name in ("documents", "lines", *mention_tables()):
        kept = after[name][after[name]["doc_id"] != new_doc]
        key = row_key(name)
        pd.testing.assert_frame_equal(
            kept.sort_values(key).reset_index(drop=True), before[name].sort_values(key).reset_index(drop=True)
        )
    assert (after["lines"]["doc_id"] == new_doc).sum() == len(NEW_TEXT.split("\n"))
    assert (after["figures"]["doc_id"] == new_doc).sum() >= 2
    for name, parts in committed_parts(out).items():  # the same files (inode, mtime) are still there
        current = {(path.name, path.stat().st_ino, path.stat().st_mtime_ns) for path, _ in parts}
        assert {part for part in old_parts[name] if "empty" not in part[0]} <= current


def test_documents_of_an_earlier_folder_stay_when_another_folder_is_run(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "one.txt").write_text(NEW_TEXT, encoding="utf-8")
    (second / "two.txt").write_text("今年新增企业120家。\n", encoding="utf-8")
    run_batch([first], tmp_path / "out")
    run_batch([second], tmp_path / "out")
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    assert sorted(documents["file_name"]) == ["one.txt", "two.txt"]


def _rules_copy(tmp_path: Path, monkeypatch) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(rules_dir(), copy)
    monkeypatch.setenv(RULES_DIR_ENV, str(copy))
    return copy


def test_a_changed_rules_file_reprocesses_every_document(tmp_path, monkeypatch):
    rules = _rules_copy(tmp_path, monkeypatch)
    inputs = _copy_seeds(tmp_path)
    out = tmp_path / "out"
    run_batch([inputs], out)
    old_hash = set(pd.read_parquet(out / "documents")["rules_hash"])
    with (rules / "figures.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# a comment changes no rule: nothing is processed again\n")
    assert run_batch([inputs], out).new_documents == 0
    (rules / "user.yaml").write_text("note: a rule file of the user's\n", encoding="utf-8")
    summary = run_batch([inputs], out)
    assert summary.new_documents == 5
    tables = _tables(out)
    assert len(tables["documents"]) == 5
    assert set(tables["documents"]["rules_hash"]).isdisjoint(old_hash)
    assert tables["lines"][["doc_id", "line_no"]].duplicated().sum() == 0
    for name in mention_tables():
        assert tables[name]["mention_id"].is_unique


def test_documents_with_old_rules_are_reprocessed_from_their_recorded_paths(tmp_path, monkeypatch):
    rules = _rules_copy(tmp_path, monkeypatch)
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / "one.txt").write_text(NEW_TEXT, encoding="utf-8")
    (new / "two.txt").write_text("今年新增企业120家。\n", encoding="utf-8")
    run_batch([old], tmp_path / "out")
    (rules / "user.yaml").write_text("note: a rule file of the user's\n", encoding="utf-8")
    summary = run_batch([new], tmp_path / "out")
    assert summary.new_documents == 2
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    assert sorted(documents["file_name"]) == ["one.txt", "two.txt"]
    assert documents["rules_hash"].nunique() == 1


def test_force_reprocesses_without_duplicating_rows(tmp_path):
    inputs = _copy_seeds(tmp_path)
    out = tmp_path / "out"
    run_batch([inputs], out)
    before = _tables(out)
    summary = run_batch([inputs], out, force=True)
    assert summary.new_documents == 5
    after = _tables(out)
    for name in ("documents", "lines", *mention_tables()):
        assert len(after[name]) == len(before[name])
    assert after["documents"]["doc_id"].is_unique


def test_a_rerun_does_not_repeat_error_rows(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "good.txt").write_text(NEW_TEXT, encoding="utf-8")
    run_batch([inputs], tmp_path / "out")
    second = run_batch([inputs], tmp_path / "out")
    assert second.errors == 1
    assert pd.read_parquet(tmp_path / "out" / "errors")["error_type"].tolist() == ["empty_file"]


def test_identical_content_in_one_run_is_processed_once_with_both_paths(tmp_path):
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "a.txt").write_text(NEW_TEXT, encoding="utf-8")
    (inputs / "sub" / "b.txt").write_text(NEW_TEXT, encoding="utf-8")
    summary = run_batch([inputs], tmp_path / "out")
    assert summary.new_documents == 1
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    paths = [documents["source_path"].item(), *documents["duplicate_paths"].item()]
    assert sorted(Path(path).name for path in paths) == ["a.txt", "b.txt"]


def test_compact_merges_small_parts_and_keeps_every_row(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    out = tmp_path / "out"
    for number in range(3):
        (inputs / f"{number}.txt").write_text(f"第{number}篇。{NEW_TEXT}", encoding="utf-8")
        run_batch([inputs], out)
    before = _tables(out)
    assert len(committed_parts(out)["documents"]) == 3
    summary = compact_output(out)
    assert summary.committed
    assert summary.parts_after["documents"] == 1
    after = _tables(out)
    for name in ("documents", "lines", *mention_tables()):
        key = row_key(name)
        pd.testing.assert_frame_equal(
            after[name].sort_values(key).reset_index(drop=True),
            before[name].sort_values(key).reset_index(drop=True),
        )
    assert not compact_output(out).committed  # nothing left to merge
    summary = run_batch([inputs], out)  # and the compacted output is still incremental
    assert summary.new_documents == 0


def _new_run_has_a_part(out: Path, committed: Path) -> bool:
    for run in (out / STATE_DIR / "runs").iterdir():
        if run.resolve() != committed and any((run / "documents").glob("*.parquet")):
            return True
    return False


@pytest.mark.slow
def test_a_run_killed_mid_batch_leaves_the_previous_output_and_a_rerun_completes(tmp_path):
    corpus = generate_corpus(tmp_path / "corpus", 60).folder
    early = tmp_path / "early"
    early.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:5]:
        shutil.copy(path, early / path.name)
    out = tmp_path / "out"
    run_batch([early], out)
    committed = current_run(out)
    before = _tables(out)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--jobs", "1",
               "--batch-size", "2", "--quiet"]  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not _new_run_has_a_part(out, committed):
        assert process.poll() is None, f"the run ended before it could be killed: {process.stderr.read()!r}"
        assert time.monotonic() < deadline, "the run wrote no batch in time"
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert current_run(out) == committed
    for name, frame in _tables(out).items():
        pd.testing.assert_frame_equal(frame, before[name])
    summary = run_batch([corpus], out)
    assert (summary.new_documents, summary.already_present) == (55, 5)
    tables = _tables(out)
    assert len(tables["documents"]) == 60
    assert tables["documents"]["doc_id"].is_unique
    assert not tables["lines"][["doc_id", "line_no"]].duplicated().any()
    for name in mention_tables():
        assert tables[name]["mention_id"].is_unique
    assert len(list((out / STATE_DIR / "runs").iterdir())) == 1  # the killed run's folder is gone


def test_content_already_in_the_output_seen_under_a_new_path_records_that_path(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(seed, first / "article.txt")
    shutil.copy(seed, second / "same-article.txt")
    out = tmp_path / "out"
    run_batch([first], out)
    lines_before = pd.read_parquet(out / "lines")

    summary = run_batch([second], out)

    documents = pd.read_parquet(out / "documents")
    assert len(documents) == 1
    assert documents["source_path"].item().endswith("article.txt")
    assert [Path(p).name for p in documents["duplicate_paths"].item()] == ["same-article.txt"]
    assert summary.new_documents == 0 and summary.new_paths == 1
    pd.testing.assert_frame_equal(pd.read_parquet(out / "lines"), lines_before)
    assert run_batch([second], out).committed is False  # the path is known now: nothing to do


# ------------------------------------------------------------ remote outputs (fsspec memory://)

REMOTE = "memory://bucket/out"
# Columns that hold the time of the run, not what was extracted.
RUN_TIME_COLUMNS = ["processed_at", "at"]


def _committed_tables(out: Path | str) -> dict[str, pd.DataFrame]:
    """Every table read from exactly the parts the output's manifest lists."""
    return {
        name: pd.concat([read_part(location).to_pandas() for location, _ in parts], ignore_index=True)
        for name, parts in committed_parts(out).items()
    }


def _comparable(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    key = row_key(name)
    frame = frame.drop(columns=[column for column in RUN_TIME_COLUMNS if column in frame.columns])
    return frame.sort_values(key).reset_index(drop=True)


def _remote_files(memory_fs) -> dict[str, tuple[int, float]]:
    """Every file of the remote output with its size and creation time."""
    return {
        path: (memory_fs.info(path)["size"], memory_fs.info(path)["created"])
        for path in memory_fs.find("/bucket/out")
    }


def test_a_remote_run_gives_the_same_tables_as_a_local_run(tmp_path, memory_fs):
    inputs = _copy_seeds(tmp_path)
    run_batch([inputs], tmp_path / "out", jobs=1)
    summary = run_batch([inputs], REMOTE, jobs=1)
    assert summary.new_documents == 5 and summary.committed
    local, remote = _tables(tmp_path / "out"), _committed_tables(REMOTE)
    for name in table_names():
        pd.testing.assert_frame_equal(_comparable(remote[name], name), _comparable(local[name], name))
    for name in table_names():  # a plain reader of the table folder reads the committed rows
        folder = pd.read_parquet(f"{REMOTE}/{name}")
        pd.testing.assert_frame_equal(_comparable(folder, name), _comparable(remote[name], name))


def test_a_second_remote_run_adds_nothing_and_rewrites_nothing(tmp_path, memory_fs):
    inputs = _copy_seeds(tmp_path)
    run_batch([inputs], REMOTE, jobs=1)
    before = _remote_files(memory_fs)
    second = run_batch([inputs], REMOTE, jobs=1)
    assert (second.new_documents, second.already_present, second.committed) == (0, 5, False)
    assert _remote_files(memory_fs) == before


def _add_a_new_file_and_check_only_its_rows_came(inputs, url: str) -> None:
    """Add one new file to `inputs` and run again into `url`: exactly its rows are added."""
    before = _committed_tables(url)
    (inputs / "new.txt").write_text(NEW_TEXT, encoding="utf-8")
    summary = run_batch([inputs], url, jobs=1)
    assert (summary.new_documents, summary.already_present) == (1, 5)
    after = _committed_tables(url)
    new_doc = after["documents"].loc[after["documents"]["file_name"] == "new.txt", "doc_id"].item()
    for name in ("documents", "lines", *mention_tables()):
        kept = after[name][after[name]["doc_id"] != new_doc]
        pd.testing.assert_frame_equal(_comparable(kept, name), _comparable(before[name], name))
    assert (after["lines"]["doc_id"] == new_doc).sum() == len(NEW_TEXT.split("\n"))


def test_a_new_file_adds_exactly_its_rows_to_a_remote_output(tmp_path, memory_fs):
    inputs = _copy_seeds(tmp_path)
    run_batch([inputs], REMOTE, jobs=1)
    old_files = {
        path: stamp
        for path, stamp in _remote_files(memory_fs).items()
        if "part-" in path and "empty" not in path
    }
    _add_a_new_file_and_check_only_its_rows_came(inputs, REMOTE)
    now = _remote_files(memory_fs)
    assert {path: now.get(path) for path in old_files} == old_files  # old parts untouched, not copied again


def test_a_remote_run_killed_before_its_manifest_leaves_the_previous_output(tmp_path, memory_fs, monkeypatch):
    inputs = _copy_seeds(tmp_path)
    later = tmp_path / "later"
    later.mkdir()
    for path in sorted(inputs.glob("*.txt"))[3:]:
        shutil.move(path, later / path.name)
    run_batch([inputs], REMOTE, jobs=1)
    for path in later.iterdir():
        shutil.move(path, inputs / path.name)
    manifest = read_manifest(REMOTE)
    before = _committed_tables(REMOTE)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed before the manifest was written")

    monkeypatch.setattr(RemoteStore, "write_manifest", killed)
    with pytest.raises(KeyboardInterrupt):
        run_batch([inputs], REMOTE, jobs=1)
    monkeypatch.undo()
    assert read_manifest(REMOTE) == manifest
    assert len(pd.read_parquet(f"{REMOTE}/documents")) == 5  # copied, uncommitted parts are in the folder
    for name, frame in _committed_tables(REMOTE).items():  # but provex reads only the committed ones
        pd.testing.assert_frame_equal(frame, before[name])

    summary = run_batch([inputs], REMOTE, jobs=1)
    assert (summary.new_documents, summary.already_present) == (2, 3)
    tables = _committed_tables(REMOTE)
    assert len(tables["documents"]) == 5 and tables["documents"]["doc_id"].is_unique
    assert not tables["lines"][["doc_id", "line_no"]].duplicated().any()
    for name in mention_tables():
        assert tables[name]["mention_id"].is_unique
    listed = {
        f"/bucket/out/{name}/{entry['file']}"
        for name, entries in read_manifest(REMOTE)["tables"].items()
        for entry in entries
    }
    assert set(memory_fs.find("/bucket/out")) == listed | {"/bucket/out/.provex/manifest.json"}


def test_compact_merges_the_parts_of_a_remote_output_and_deletes_the_old_ones(tmp_path, memory_fs):
    inputs = _copy_seeds(tmp_path)
    run_batch([inputs], REMOTE, jobs=1, batch_size=1)
    before = _committed_tables(REMOTE)
    assert len(committed_parts(REMOTE)["documents"]) == 5
    summary = compact_output(REMOTE)
    assert summary.committed and summary.parts_after["documents"] == 1
    assert len(memory_fs.ls("/bucket/out/documents")) == 1
    after = _committed_tables(REMOTE)
    for name in ("documents", "lines", *mention_tables()):
        pd.testing.assert_frame_equal(_comparable(after[name], name), _comparable(before[name], name))
    assert run_batch([inputs], REMOTE, jobs=1).new_documents == 0


# ------------------------------------------------------------ remote outputs on S3 (a local moto server)


@pytest.fixture(scope="module")
def local_seed_tables(tmp_path_factory) -> dict[str, pd.DataFrame]:
    """The tables of a local run of the seeds, in one process."""
    out = tmp_path_factory.mktemp("local-seeds") / "out"
    run_batch([SEEDS], out, jobs=1)
    return _tables(out)


def _listed_keys(url: str) -> set[str]:
    """The keys of the parts an output's manifest lists, and of the manifest itself."""
    root = url.split("/", 3)[3]  # s3://<bucket>/<root>
    listed = {
        f"{root}/{name}/{entry['file']}"
        for name, entries in read_manifest(url)["tables"].items()
        for entry in entries
    }
    return listed | {f"{root}/{STATE_DIR}/manifest.json"}


@pytest.mark.parametrize("jobs", [1, 2], ids=["one-process", "two-worker-processes"])
def test_a_run_into_s3_gives_the_same_tables_as_a_local_run(s3_bucket, local_seed_tables, jobs):
    url = f"{s3_bucket.url}/out"
    summary = run_batch([SEEDS], url, jobs=jobs)
    assert summary.new_documents == 5 and summary.committed
    if jobs > 1:
        assert summary.batches > 1  # several batches, written by the worker processes themselves
    remote = _committed_tables(url)
    for name in table_names():
        expected = _comparable(local_seed_tables[name], name)
        pd.testing.assert_frame_equal(_comparable(remote[name], name), expected, obj=name)
        folder = pd.read_parquet(f"{url}/{name}")  # a plain reader of the table folder
        pd.testing.assert_frame_equal(_comparable(folder, name), expected, obj=name)
    assert s3_bucket.keys() == _listed_keys(url)  # no staging folder, no uncommitted part left


def test_a_second_run_into_s3_adds_nothing_and_rewrites_nothing(s3_bucket):
    url = f"{s3_bucket.url}/out"
    run_batch([SEEDS], url, jobs=1)
    before = s3_bucket.object_versions()
    second = run_batch([SEEDS], url, jobs=1)
    assert (second.new_documents, second.already_present, second.committed) == (0, 5, False)
    assert s3_bucket.object_versions() == before  # no object written, rewritten or deleted


def test_a_new_file_adds_exactly_its_rows_to_an_s3_output(tmp_path, s3_bucket):
    url = f"{s3_bucket.url}/out"
    inputs = _copy_seeds(tmp_path)
    run_batch([inputs], url, jobs=1)
    old_parts = {
        key: versions
        for key, versions in s3_bucket.object_versions().items()
        if "/part-" in key and "empty" not in key and f"/{STATE_DIR}/" not in key
    }
    assert old_parts
    _add_a_new_file_and_check_only_its_rows_came(inputs, url)
    now = s3_bucket.object_versions()
    assert {key: now.get(key) for key in old_parts} == old_parts  # one version each: never written again
