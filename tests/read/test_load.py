"""`pipeline.load(out_dir)`: lazy DataFrames and DuckDB SQL over an output directory."""

from __future__ import annotations

import pandas as pd
import pytest

import pipeline
from pipeline.batch.run import run_batch
from pipeline.read.output import Output, OutputNotFoundError
from pipeline.store import committed_parts
from pipeline.store.schemas import table_names
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("load") / "out"
    run_batch([SEEDS], folder)
    return folder


def test_load_is_a_function_on_the_package(out_dir):
    output = pipeline.load(out_dir)
    assert isinstance(output, Output)
    assert callable(pipeline.load)


def test_tables_are_read_only_when_first_used(out_dir):
    output = pipeline.load(out_dir)
    assert output._frames == {}
    figures = output.figures
    assert list(output._frames) == ["figures"]
    assert output.figures is figures  # read once


def test_every_table_is_a_dataframe_matching_the_parquet(out_dir):
    output = pipeline.load(out_dir)
    for name in table_names():
        frame = getattr(output, name)
        assert isinstance(frame, pd.DataFrame)
        assert len(frame) == len(pd.read_parquet(out_dir / name)), name
    assert len(output.documents) == 5


def test_sql_has_a_view_per_table(out_dir):
    output = pipeline.load(out_dir)
    for name in table_names():
        count = output.sql(f"SELECT count(*) AS n FROM {name}")["n"][0]
        assert count == output.row_count(name), name


def test_sql_joins_mentions_to_their_lines(out_dir):
    output = pipeline.load(out_dir)
    joined = output.sql(
        """
        SELECT f.raw_text, substr(l.raw_text, f.start + 1, f."end" - f.start) AS cut
        FROM figures f JOIN lines l USING (doc_id, line_no)
        """
    )
    assert len(joined) == len(output.figures) > 0
    assert (joined["raw_text"] == joined["cut"]).all()


def test_output_never_mixes_two_runs(tmp_path):
    (tmp_path / "a.txt").write_text("收入增长12%。\n", encoding="utf-8")
    run_batch([tmp_path], tmp_path / "out")
    output = pipeline.load(tmp_path / "out")
    assert len(output.figures) == 1
    (tmp_path / "b.txt").write_text("面积3平方公里,收入5亿元。\n", encoding="utf-8")
    run_batch([tmp_path], tmp_path / "out")
    try:
        documents = output.documents  # read after the new run: still the pinned run
    except OutputNotFoundError as error:  # or the pinned run was cleaned away: say so
        assert "open the output again" in str(error)
    else:
        assert len(documents) == 1
    assert len(pipeline.load(tmp_path / "out").documents) == 2


def test_load_of_a_folder_without_output_says_how_to_make_one(tmp_path):
    with pytest.raises(OutputNotFoundError, match="provex run"):
        pipeline.load(tmp_path)


def test_line_and_audit_helpers(out_dir):
    output = pipeline.load(out_dir)
    figure = output.figures.iloc[0]
    line = output.line(figure["doc_id"], int(figure["line_no"]))
    assert line["raw_text"][figure["start"] : figure["end"]] == figure["raw_text"]
    record = output.audit(figure["mention_id"][:10])
    assert record.mention_id == figure["mention_id"] and record.ok


def test_repr_shows_row_counts(out_dir):
    assert "documents=5" in repr(pipeline.load(out_dir))


def test_load_of_a_remote_output_reads_exactly_the_manifest_parts(memory_fs):
    run_batch([SEEDS], "memory://bucket/out", jobs=1)
    [(documents_part, _)] = committed_parts("memory://bucket/out")["documents"]
    stray = "/bucket/out/documents/part-0123456789ab-00000.parquet"  # copied by a killed run
    memory_fs.copy(documents_part, stray)
    output = pipeline.load("memory://bucket/out")
    assert len(output.documents) == 5
    assert output.row_count("documents") == 5
    assert output.sql("SELECT count(*) AS n FROM documents")["n"][0] == 5
    assert len(output.figures) == len(pd.read_parquet("memory://bucket/out/figures")) > 0
    assert len(pd.read_parquet("memory://bucket/out/documents")) == 10  # a plain reader sees the stray part


def test_load_of_a_remote_url_without_output_says_how_to_make_one(memory_fs):
    with pytest.raises(OutputNotFoundError, match="provex run"):
        pipeline.load("memory://bucket/nothing")


def test_load_reads_an_s3_output_like_the_same_local_output(s3_bucket, out_dir):
    url = f"{s3_bucket.url}/out"
    run_batch([SEEDS], url, jobs=1)
    remote, local = pipeline.load(url), pipeline.load(out_dir)
    assert remote.out_dir == url
    for name in table_names():
        assert remote.row_count(name) == local.row_count(name), name
        assert remote.sql(f"SELECT count(*) AS n FROM {name}")["n"][0] == remote.row_count(name), name
    by_id = ["mention_id"]
    pd.testing.assert_frame_equal(
        remote.figures.sort_values(by_id).reset_index(drop=True),
        local.figures.sort_values(by_id).reset_index(drop=True),
    )
    figure = remote.figures.iloc[0]
    assert remote.audit(figure["mention_id"]).ok


def test_lines_by_document_gives_each_document_its_lines_in_order(out_dir):
    output = pipeline.load(out_dir)
    expected = output.lines.sort_values(["doc_id", "line_no"])
    seen = []
    for doc_id, lines in output.lines_by_document():
        rows = expected[expected["doc_id"] == doc_id]
        assert [line["line_no"] for line in lines] == rows["line_no"].tolist()
        assert [line["raw_text"] for line in lines] == rows["raw_text"].tolist()
        seen.append(doc_id)
    assert seen == sorted(set(expected["doc_id"]))
    assert len(seen) == len(output.documents)


def test_lines_at_reads_only_the_lines_asked_for(out_dir):
    output = pipeline.load(out_dir)
    figures = output.figures.head(5)
    keys = {(row.doc_id, int(row.line_no)) for row in figures.itertuples()}
    lines = output.lines_at(keys | {("no-such-document", 1)}, ["raw_text"])
    assert set(lines) == keys
    for (doc_id, line_no), line in lines.items():
        assert line["raw_text"] == output.line(doc_id, line_no)["raw_text"]
    assert output.lines_at(set(), ["raw_text"]) == {}
