"""Tables: schemas as the contract names them, atomic and repeatable writes."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.store import committed_parts, read_manifest, write_output
from pipeline.store.local import current_run
from pipeline.store.maintain import compact_output
from pipeline.store.parts import OutputError, write_part
from pipeline.store.remote import RemoteStore
from pipeline.store.schemas import SCHEMAS, build_table

CONTRACT_COLUMNS = {
    "documents": "doc_id source_path file_name source_kind sha256 bytes encoding title doc_date n_lines "
    "languages pipeline_version rules_hash processed_at",
    "lines": "doc_id line_no raw_text norm_text lang is_boilerplate boilerplate_rule flags",
    "figures": "value value_low value_high unit counter qualifier",
    "dates": "start_date end_date granularity resolution",
    "organisations": "name org_kind",
    "projects": "name project_kind",
    "errors": "source_path stage error_type message at",
}
MENTION_COLUMNS = [
    "mention_id",
    "doc_id",
    "line_no",
    "start",
    "end",
    "raw_text",
    "norm_text",
    "lang",
    "rule_id",
]


@pytest.mark.parametrize("table", sorted(CONTRACT_COLUMNS))
def test_schema_has_every_contract_column(table):
    expected = CONTRACT_COLUMNS[table].split()
    if table in {"figures", "dates", "organisations", "projects"}:
        expected = MENTION_COLUMNS + expected
    assert set(expected) <= set(SCHEMAS[table].names)


def test_build_table_fills_missing_columns_with_nulls():
    table = build_table(
        "dates",
        [
            {
                "mention_id": "m",
                "doc_id": "d",
                "line_no": 1,
                "start": 0,
                "end": 2,
                "raw_text": "去年",
                "norm_text": "去年",
                "lang": "zh",
                "rule_id": "dates:x",
                "start_date": date(2023, 1, 1),
            }
        ],
    )
    row = table.to_pylist()[0]
    assert row["start_date"] == date(2023, 1, 1)
    assert row["end_date"] is None


def _one_error_table(message: str):
    return {
        "errors": build_table(
            "errors",
            [
                {
                    "source_path": "a.txt",
                    "stage": "read",
                    "error_type": "x",
                    "message": message,
                    "at": pd.Timestamp("2026-01-01", tz="UTC"),
                }
            ],
        )
    }


def test_every_table_exists_after_a_write_even_when_empty(tmp_path):
    write_output(tmp_path, {})
    for name in SCHEMAS:
        frame = pd.read_parquet(tmp_path / name)
        assert list(frame.columns) == SCHEMAS[name].names
        assert frame.empty


def test_rewrite_replaces_the_previous_output_whole(tmp_path):
    write_output(tmp_path, _one_error_table("first"))
    first_run = current_run(tmp_path)
    write_output(tmp_path, _one_error_table("second"))
    assert pd.read_parquet(tmp_path / "errors")["message"].tolist() == ["second"]
    assert not first_run.exists()  # stale runs are cleaned up


def test_a_run_killed_before_the_switch_leaves_the_previous_output(tmp_path, monkeypatch):
    write_output(tmp_path, _one_error_table("kept"))

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr("pipeline.store.local._switch_current", crash)
    with pytest.raises(KeyboardInterrupt):
        write_output(tmp_path, _one_error_table("half written"))
    assert pd.read_parquet(tmp_path / "errors")["message"].tolist() == ["kept"]
    monkeypatch.undo()
    write_output(tmp_path, _one_error_table("next"))  # the next run cleans the leftover folder
    runs = os.listdir(tmp_path / ".provex" / "runs")
    assert len(runs) == 1


def test_a_foreign_folder_in_the_way_is_refused(tmp_path):
    (tmp_path / "lines").mkdir()
    with pytest.raises(OutputError, match="not written by provex"):
        write_output(tmp_path, {})


def test_unwritable_output_is_an_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError):
        write_output(blocker / "out", {})


def test_part_files_are_written_through_fsspec_urls():
    fsspec = pytest.importorskip("fsspec")
    import pyarrow.parquet as pq

    table = _one_error_table("remote")["errors"]
    part = write_part("memory://provex-test/run", "errors", "part-x.parquet", table)
    assert part.rows == 1
    with fsspec.open("memory://provex-test/run/errors/part-x.parquet", "rb") as handle:
        assert pq.read_table(handle, use_threads=False).column("message").to_pylist() == ["remote"]


def test_local_output_needs_no_fsspec(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "fsspec", None)  # import fsspec now fails
    write_output(tmp_path, _one_error_table("local"))
    assert pd.read_parquet(tmp_path / "errors")["message"].tolist() == ["local"]
    with pytest.raises(OutputError, match="needs fsspec"):
        write_part("s3://bucket/run", "errors", "p.parquet", _one_error_table("x")["errors"])


def test_compacting_an_empty_folder_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="no provex output"):
        compact_output(tmp_path)


# ------------------------------------------------------------ outputs given as URLs


def test_a_url_whose_filesystem_is_missing_is_an_output_error_and_no_local_folder(
    tmp_path, monkeypatch, without_s3fs
):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError, match="s3fs"):
        write_output("s3://bucket/out", {})
    assert os.listdir(tmp_path) == []


def test_a_url_of_an_unknown_filesystem_says_what_is_supported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError, match="local paths or URLs of an fsspec filesystem"):
        write_output("nosuchfs://bucket/out", {})
    assert os.listdir(tmp_path) == []


def test_a_url_collapsed_into_a_path_is_refused(tmp_path, monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError, match="pass an output URL as a string"):
        write_output(Path("s3://bucket/out"), {})
    assert os.listdir(tmp_path) == []


def test_a_file_url_is_a_local_output(tmp_path):
    write_output(f"file://{tmp_path}", _one_error_table("local"))
    assert pd.read_parquet(tmp_path / "errors")["message"].tolist() == ["local"]


def test_a_remote_output_is_table_folders_and_a_manifest(memory_fs):
    write_output("memory://bucket/out", _one_error_table("remote"))
    manifest = read_manifest("memory://bucket/out")
    assert sorted(memory_fs.find("/bucket/out")) == sorted(
        [f"/bucket/out/{name}/{entry['file']}" for name in SCHEMAS for entry in manifest["tables"][name]]
        + ["/bucket/out/.provex/manifest.json"]
    )
    assert manifest["tables"]["errors"] == [{"file": manifest["tables"]["errors"][0]["file"], "rows": 1}]
    frame = pd.read_parquet("memory://bucket/out/errors")
    assert frame["message"].tolist() == ["remote"]


def test_a_remote_rewrite_replaces_the_output_and_deletes_the_old_parts(memory_fs):
    write_output("memory://bucket/out", _one_error_table("first"))
    write_output("memory://bucket/out", _one_error_table("second"))
    assert pd.read_parquet("memory://bucket/out/errors")["message"].tolist() == ["second"]
    assert len(memory_fs.ls("/bucket/out/errors")) == 1
    assert not memory_fs.exists("/bucket/out/.provex/runs")


def test_a_remote_run_killed_before_the_manifest_keeps_the_previous_output(memory_fs, monkeypatch):
    write_output("memory://bucket/out", _one_error_table("kept"))

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(RemoteStore, "write_manifest", killed)
    with pytest.raises(KeyboardInterrupt):
        write_output("memory://bucket/out", _one_error_table("half written"))
    assert len(memory_fs.ls("/bucket/out/errors")) == 2  # the copied part is there, not committed
    [(location, rows)] = committed_parts("memory://bucket/out")["errors"]
    assert rows == 1 and pd.read_parquet(location)["message"].tolist() == ["kept"]
    monkeypatch.undo()
    write_output("memory://bucket/out", _one_error_table("next"))  # the next run cleans up
    assert pd.read_parquet("memory://bucket/out/errors")["message"].tolist() == ["next"]
    assert not memory_fs.exists("/bucket/out/.provex/runs")


def test_a_foreign_file_in_a_remote_table_folder_is_refused(memory_fs):
    memory_fs.pipe_file("/bucket/out/lines/notes.csv", b"a,b\n")
    with pytest.raises(OutputError, match="not written by provex"):
        write_output("memory://bucket/out", {})
    assert memory_fs.cat_file("/bucket/out/lines/notes.csv") == b"a,b\n"


def test_the_folder_of_a_killed_run_goes_at_the_next_run_even_when_it_commits_nothing(tmp_path, monkeypatch):
    from pipeline.store.local import LocalStore

    monkeypatch.chdir(tmp_path)  # a relative output, as users give it
    write_output("out", _one_error_table("kept"))
    committed = current_run(tmp_path / "out")
    leftover = tmp_path / "out" / ".provex" / "runs" / "0123456789ab"
    (leftover / "lines").mkdir(parents=True)  # what a run killed with SIGKILL leaves
    (leftover / "lines" / "part.parquet").write_bytes(b"half")
    store = LocalStore(Path("out"))
    with store.lock():
        store.repair()
    assert not leftover.exists()
    assert current_run(tmp_path / "out") == committed and committed.exists()
    assert pd.read_parquet(tmp_path / "out" / "errors")["message"].tolist() == ["kept"]
