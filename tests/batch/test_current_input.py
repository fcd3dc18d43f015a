"""After every re-run the tables describe the inputs as they now are: deleted, fixed, broken, renamed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch.run import run_batch
from pipeline.batch.unchanged import read_index, unchanged_summary
from pipeline.store.local import current_run
from pipeline.store.schemas import mention_tables, table_names

KEPT = "2024年3月1日，河东示范园区新增企业52家，投资总额约4.8亿元。\n"
OTHER = "The harbour board said on 9 May 2023 that it would spend $7 million on two new cranes.\n"
LATER = "今年上半年，西岭科技城完成产值约31亿元，同比增长6%。\n"


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(out / name) for name in table_names()}


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kept.txt").write_text(KEPT, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _index_paths(out: Path) -> set[str]:
    index = read_index(current_run(out))
    assert index is not None
    return {Path(path).name for path in index["paths"]} | {Path(path).name for path in index["errors"]}


def _assert_describes(out: Path, documents: set[str], errors: set[str]) -> None:
    """Every table holds exactly the rows of `documents` (file names) and the error rows of `errors`."""
    tables = _tables(out)
    assert set(tables["documents"]["file_name"]) == documents
    assert len(tables["documents"]) == len(documents)
    doc_ids = set(tables["documents"]["doc_id"])
    for name in ("lines", *mention_tables()):
        assert set(tables[name]["doc_id"]) <= doc_ids, name
    assert set(tables["lines"]["doc_id"]) == doc_ids
    assert {Path(path).name for path in tables["errors"]["source_path"]} == errors
    assert len(tables["errors"]) == len(errors)


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, Path]:
    inputs = _inputs(tmp_path)
    out = tmp_path / "out"
    run_batch([inputs], out, jobs=1)
    _assert_describes(out, {"kept.txt", "other.txt"}, {"empty.txt"})
    return inputs, out


def test_a_deleted_file_leaves_every_table_and_the_index(made: tuple[Path, Path]) -> None:
    inputs, out = made
    (inputs / "other.txt").unlink()
    summary = run_batch([inputs], out)
    assert summary.committed and summary.removed == [str(inputs / "other.txt")]
    assert "1 document removed (its file is gone)" in summary.describe()
    _assert_describes(out, {"kept.txt"}, {"empty.txt"})
    assert "other.txt" not in _index_paths(out)
    assert not run_batch([inputs], out).committed  # idempotent


def test_a_deleted_broken_file_loses_its_error_row_even_when_nothing_else_changed(
    made: tuple[Path, Path],
) -> None:
    inputs, out = made
    run_batch([inputs], out)  # a re-run: the input index now names the error row's file too
    (inputs / "empty.txt").unlink()
    assert unchanged_summary([inputs], out) is None  # the index alone cannot settle it
    summary = run_batch([inputs], out)
    assert summary.committed
    _assert_describes(out, {"kept.txt", "other.txt"}, set())
    assert unchanged_summary([inputs], out) is not None  # now nothing is left to do


def test_a_fixed_file_becomes_a_document_and_loses_its_error_row(made: tuple[Path, Path]) -> None:
    inputs, out = made
    (inputs / "empty.txt").write_text(LATER, encoding="utf-8")
    run_batch([inputs], out)
    _assert_describes(out, {"kept.txt", "other.txt", "empty.txt"}, set())


def test_a_good_file_broken_loses_its_document_and_gains_an_error_row(made: tuple[Path, Path]) -> None:
    inputs, out = made
    (inputs / "other.txt").write_bytes(b"")
    run_batch([inputs], out)
    _assert_describes(out, {"kept.txt"}, {"empty.txt", "other.txt"})


def test_a_renamed_file_is_recorded_under_its_new_name_only(made: tuple[Path, Path]) -> None:
    inputs, out = made
    figures_before = _tables(out)["figures"]
    (inputs / "other.txt").rename(inputs / "renamed.txt")
    summary = run_batch([inputs], out)
    assert summary.new_documents == 0 and not summary.removed
    _assert_describes(out, {"kept.txt", "renamed.txt"}, {"empty.txt"})
    documents = _tables(out)["documents"].set_index("file_name")
    assert documents.loc["renamed.txt", "source_path"] == str(inputs / "renamed.txt")
    assert list(documents.loc["renamed.txt", "duplicate_paths"]) == []
    pd.testing.assert_frame_equal(_tables(out)["figures"], figures_before)  # same content, same rows
    assert {"renamed.txt", "kept.txt"} <= _index_paths(out) and "other.txt" not in _index_paths(out)
    assert not run_batch([inputs], out).committed


def test_a_deleted_copy_leaves_the_document_under_the_path_that_remains(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path)
    (inputs / "copy.txt").write_text(KEPT, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([inputs], out)
    (inputs / "copy.txt").unlink()
    run_batch([inputs], out)
    documents = _tables(out)["documents"].set_index("file_name")
    assert list(documents.loc["kept.txt", "duplicate_paths"]) == []
    (inputs / "kept.txt").rename(inputs / "a-first.txt")
    (inputs / "copy.txt").write_text(KEPT, encoding="utf-8")
    run_batch([inputs], out)
    documents = _tables(out)["documents"]
    row = documents[documents["sha256"].duplicated(keep=False) | (documents["file_name"] != "other.txt")]
    assert len(row) == 1
    assert {row.iloc[0]["source_path"], *row.iloc[0]["duplicate_paths"]} == {
        str(inputs / "a-first.txt"),
        str(inputs / "copy.txt"),
    }


def test_documents_outside_the_folders_of_a_run_are_kept(made: tuple[Path, Path], tmp_path: Path) -> None:
    inputs, out = made
    today = tmp_path / "today"
    today.mkdir()
    (today / "later.txt").write_text(LATER, encoding="utf-8")
    run_batch([today], out)
    (inputs / "other.txt").unlink()  # not an input of the next run: an archive is left as it was
    summary = run_batch([today], out)
    assert not summary.removed
    _assert_describes(out, {"kept.txt", "other.txt", "later.txt"}, {"empty.txt"})


def test_a_record_gone_from_a_feed_leaves_the_tables(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    feed = inputs / "feed.jsonl"
    records = [{"text": KEPT}, {"text": LATER}]
    feed.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), "utf-8")
    out = tmp_path / "out"
    assert run_batch([inputs], out).new_documents == 2
    feed.write_text(json.dumps(records[0], ensure_ascii=False) + "\n", "utf-8")
    summary = run_batch([inputs], out)
    assert summary.removed == [f"{feed}#2"]
    documents = _tables(out)["documents"]
    assert list(documents["record"]) == ["1"]
    assert set(_tables(out)["lines"]["doc_id"]) == set(documents["doc_id"])


def test_a_folder_that_cannot_be_read_keeps_its_documents_until_it_can(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _inputs(tmp_path)
    (inputs / "sub").mkdir()
    (inputs / "sub" / "inner.txt").write_text(LATER, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([inputs], out)
    scandir = os.scandir

    def refuse_sub(folder):
        if isinstance(folder, (str, os.PathLike)) and Path(folder).name == "sub":
            raise PermissionError(13, "Permission denied", str(folder))
        return scandir(folder)

    monkeypatch.setattr(os, "scandir", refuse_sub)
    summary = run_batch([inputs], out)
    assert not summary.removed
    _assert_describes(out, {"kept.txt", "other.txt", "inner.txt"}, {"empty.txt", "sub"})
    monkeypatch.setattr(os, "scandir", scandir)
    run_batch([inputs], out)
    _assert_describes(out, {"kept.txt", "other.txt", "inner.txt"}, {"empty.txt"})


def test_a_renamed_file_of_an_output_written_before_duplicate_paths_existed(made: tuple[Path, Path]) -> None:
    import pyarrow.parquet as pq

    inputs, out = made
    for part in (out / "documents").glob("*.parquet"):
        table = pq.read_table(part, use_threads=False)
        old = table.drop_columns(
            [name for name in ("record", "duplicate_paths") if name in table.column_names]
        )
        part.unlink()  # a hard link shared with no other run: write a new file in its place
        pq.write_table(old, part)
    (inputs / "other.txt").rename(inputs / "renamed.txt")
    run_batch([inputs], out)
    documents = _tables(out)["documents"].set_index("file_name")
    assert documents.loc["renamed.txt", "source_path"] == str(inputs / "renamed.txt")


def _comparable(out: Path) -> dict[str, list[str]]:
    """Every table's rows as sorted text, without the columns that time a run."""
    found = {}
    for name, frame in _tables(out).items():
        frame = frame.drop(columns=[column for column in ("processed_at", "at") if column in frame])
        found[name] = sorted(map(repr, frame.to_dict("records")))
    return found


def test_after_every_kind_of_change_a_re_run_holds_what_a_fresh_run_would(made: tuple[Path, Path]) -> None:
    inputs, out = made
    (inputs / "kept.txt").rename(inputs / "kept-renamed.txt")  # renamed
    (inputs / "other.txt").write_bytes(b"")  # broken
    (inputs / "empty.txt").write_text(LATER, encoding="utf-8")  # fixed
    (inputs / "copy.txt").write_text(KEPT, encoding="utf-8")  # a second path for known content
    run_batch([inputs], out)
    (inputs / "copy.txt").unlink()  # and gone again
    run_batch([inputs], out)
    fresh = out.parent / "fresh"
    run_batch([inputs], fresh)
    assert _comparable(out) == _comparable(fresh)
