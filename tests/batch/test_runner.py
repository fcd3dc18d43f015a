"""The batch runner end to end: seeds in, tables out, bad inputs become errors."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from pipeline.batch.run import NoInputError, run_batch
from pipeline.batch.worker import BatchColumns, process_path
from pipeline.store.schemas import mention_tables
from tests.conftest import RULES, SEEDS

GOOD_TEXT = "青禾区今年新增企业120家，投资总额约3.5亿元。\n去年园区收入增长10%。\n"


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("seed-output")
    summary = run_batch([SEEDS], out_dir)
    return out_dir, summary


def test_every_seed_line_is_in_lines(seed_output):
    out_dir, summary = seed_output
    lines = pd.read_parquet(out_dir / "lines")
    for path in sorted(SEEDS.glob("*.txt")):
        raw_lines = path.read_text(encoding="utf-8").split("\n")
        documents = pd.read_parquet(out_dir / "documents")
        doc_id = documents.loc[documents["file_name"] == path.name, "doc_id"].item()
        stored = lines[lines["doc_id"] == doc_id].sort_values("line_no")
        assert stored["raw_text"].tolist() == raw_lines
        assert stored["line_no"].tolist() == list(range(1, len(raw_lines) + 1))
    assert summary.documents == 5
    assert summary.errors == 0


def test_traditional_seed_lines_are_normalised_and_flagged(seed_output):
    out_dir, _ = seed_output
    lines = pd.read_parquet(out_dir / "lines")
    converted = lines[lines["raw_text"].str.contains("醫(yī)藥", regex=False)]
    assert not converted.empty
    for row in converted.itertuples():
        assert "医药" in row.norm_text
        assert "(yī)" not in row.norm_text
        assert {"t2s", "pinyin_removed"} <= set(row.flags)


def test_every_mention_round_trips_to_its_raw_line(seed_output):
    out_dir, _ = seed_output
    lines = pd.read_parquet(out_dir / "lines").set_index(["doc_id", "line_no"])["raw_text"]
    for table in mention_tables():
        for row in pd.read_parquet(out_dir / table).itertuples():
            assert lines[(row.doc_id, row.line_no)][row.start : row.end] == row.raw_text


def test_documents_carry_ids_hashes_and_the_notice_date(seed_output):
    out_dir, _ = seed_output
    documents = pd.read_parquet(out_dir / "documents").set_index("file_name")
    assert documents.index.is_unique
    assert (documents["doc_id"] == documents["sha256"].str[:16]).all()
    notice = documents.loc["004_08d50b723d129e4a.txt"]
    assert str(notice["doc_date"])[:10] == "2026-04-01"


def test_a_rerun_is_idempotent(tmp_path):
    first = run_batch([SEEDS], tmp_path)
    before = {table: pd.read_parquet(tmp_path / table) for table in ("documents", "lines", *mention_tables())}
    second = run_batch([SEEDS], tmp_path)
    assert first.documents == second.documents
    for table, frame in before.items():
        again = pd.read_parquet(tmp_path / table)
        assert len(again) == len(frame)
        key = "mention_id" if "mention_id" in frame else "doc_id"
        assert sorted(again[key]) == sorted(frame[key])


def test_identical_files_under_two_paths_are_one_document(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (inputs / "copy.txt").write_text(GOOD_TEXT, encoding="utf-8")
    run_batch([inputs], tmp_path / "out")
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    assert len(documents) == 1
    assert [p.endswith("copy.txt") for p in documents["duplicate_paths"][0]] == [True]


def _batch_with(tmp_path, name: str, data: bytes):
    inputs = tmp_path / "in"
    inputs.mkdir(exist_ok=True)
    (inputs / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (inputs / name).write_bytes(data)
    summary = run_batch([inputs], tmp_path / "out")
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    return summary, errors, documents


def test_an_empty_file_becomes_an_error_row_and_the_batch_goes_on(tmp_path):
    _, errors, documents = _batch_with(tmp_path, "empty.txt", b"")
    assert errors["error_type"].tolist() == ["empty_file"]
    assert errors["source_path"].iloc[0].endswith("empty.txt")
    assert documents["file_name"].tolist() == ["good.txt"]


def test_a_binary_file_becomes_an_error_row(tmp_path):
    _, errors, documents = _batch_with(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    assert errors["error_type"].tolist() == ["binary_file"]
    assert "not a text file" in errors["message"].iloc[0]
    assert documents["file_name"].tolist() == ["good.txt"]


def test_invalid_bytes_are_reported_and_the_rest_is_kept(tmp_path):
    data = (GOOD_TEXT * 200).encode("utf-8")
    data = data[:1000] + b"\xfe" + data[1000:]
    _, errors, documents = _batch_with(tmp_path, "broken.txt", data)
    assert errors["error_type"].tolist() == ["invalid_bytes"]
    assert "U+FFFD" in errors["message"].iloc[0]
    assert sorted(documents["file_name"]) == ["broken.txt", "good.txt"]


def test_a_file_that_vanishes_mid_run_becomes_an_error_row(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (inputs / name).write_text(f"{name}: {GOOD_TEXT}", encoding="utf-8")

    def delete_b_before_it_is_read(files, total):
        for path in files:
            if path.name == "b.txt":
                path.unlink()
            yield path

    summary = run_batch([inputs], tmp_path / "out", progress=delete_b_before_it_is_read)
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert errors["error_type"].tolist() == ["file_missing"]
    assert summary.documents == 2


@pytest.mark.slow
def test_a_50_mb_single_line_file_is_processed(tmp_path):
    paragraph = (
        "澜湖科学园规划总面积约6.4平方公里，分两期建设，聚集企业500多家。"
        "The park covers 6.4 square kilometres. "
    )
    repeats = 50_000_000 // len(paragraph.encode("utf-8")) + 1
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "huge.txt").write_text(paragraph * repeats, encoding="utf-8")
    summary = run_batch([inputs], tmp_path / "out")
    assert summary.documents == 1
    assert summary.errors == 0
    lines = pd.read_parquet(tmp_path / "out" / "lines")
    assert len(lines) == 1
    assert len(lines["raw_text"].iloc[0]) == len(paragraph) * repeats


def test_missing_inputs_are_errors_when_others_exist(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    run_batch([inputs, tmp_path / "nope"], tmp_path / "out")
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert errors["error_type"].tolist() == ["path_missing"]


def test_no_input_at_all_stops_the_run(tmp_path):
    (tmp_path / "notes.xls").write_bytes(b"\xd0\xcf")
    with pytest.raises(NoInputError, match="1 other file skipped"):
        run_batch([tmp_path], tmp_path / "out")


def test_html_input_is_stored_as_its_extracted_text(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    body = "<p>" + "园区今年新增企业120家，投资总额约3.5亿元，产业规模持续扩大。" * 4 + "</p>"
    (inputs / "page.html").write_text(f"<html><body><article>{body}{body}</article></body></html>", "utf-8")
    run_batch([inputs], tmp_path / "out")
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    assert documents["source_kind"].tolist() == ["html"]
    lines = pd.read_parquet(tmp_path / "out" / "lines")
    assert lines["raw_text"].str.contains("3.5亿元").any()


def test_seeds_can_be_copied_and_rerun_elsewhere(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    summary = run_batch([tmp_path / "seeds"], tmp_path / "out")
    assert summary.documents == 5


def test_a_run_streams_one_batch_at_a_time(tmp_path, monkeypatch):
    import pipeline.batch.worker as runner
    from pipeline.dev.bench import generate_corpus
    from pipeline.store import committed_parts

    corpus = generate_corpus(tmp_path / "corpus", 23)
    events: list[object] = []
    real_process_source, real_writer = runner.process_document, runner.write_batch_tables

    def counting_process_source(source, *args, **kwargs):
        if source.source_path != "<warm-up>":
            events.append("document")
        return real_process_source(source, *args, **kwargs)

    def recording_writer(task, batch, clock):
        events.append(batch.count("documents"))
        return real_writer(task, batch, clock)

    monkeypatch.setattr(runner, "process_document", counting_process_source)
    monkeypatch.setattr(runner, "write_batch_tables", recording_writer)
    summary = run_batch([corpus.folder], tmp_path / "out", jobs=1, batch_size=4)
    held = most_held = 0
    for event in events:  # documents processed but not yet written, at every moment
        if event == "document":
            held += 1
            most_held = max(most_held, held)
        else:
            assert event == held
            held = 0
    assert most_held == 4
    assert summary.batches == 6 and summary.new_documents == 23
    assert [rows for _, rows in committed_parts(tmp_path / "out")["documents"]] == [4, 4, 4, 4, 4, 3]


def test_a_document_that_kills_its_worker_becomes_an_error_row_and_the_rest_is_written(tmp_path, monkeypatch):
    from pipeline.batch import run
    from pipeline.batch.engines import WorkerDied

    killer = sorted(SEEDS.glob("*.txt"))[2].name

    def engine_where_one_file_kills_its_worker(tasks, execution, workers):
        for task in tasks:
            if any(item.path.endswith(killer) for item in task.items):
                run.process_batch(task)  # the worker wrote its parts, then died before reporting them
                yield WorkerDied(task)
            else:
                yield run.process_batch(task)

    monkeypatch.setattr(run, "_map_batches", engine_where_one_file_kills_its_worker)
    out_dir = tmp_path / "out"
    summary = run_batch([SEEDS], out_dir, jobs=1, batch_size=5)

    documents = pd.read_parquet(out_dir / "documents")
    errors = pd.read_parquet(out_dir / "errors")
    assert sorted(documents["file_name"]) == sorted(p.name for p in SEEDS.glob("*.txt") if p.name != killer)
    assert errors["error_type"].tolist() == ["worker_died"]
    assert errors["source_path"].item().endswith(killer)
    assert summary.new_documents == 4
    lines = pd.read_parquet(out_dir / "lines")
    assert set(lines["doc_id"]) == set(documents["doc_id"])  # the dead batch's own parts were dropped
    figures = pd.read_parquet(out_dir / "figures")
    assert figures["mention_id"].is_unique


def test_the_batch_writer_builds_the_same_mention_rows_as_mention_as_row():
    # Rows are built column by column for the writer and as dicts for the
    # Python API; a column added to one must reach the other.
    for path in sorted(SEEDS.glob("*.txt")):
        result, _ = process_path(path, RULES)
        columns = BatchColumns()
        columns.add(result)
        for table in mention_tables():
            written = columns.to_table(table).to_pylist()
            expected = [mention.as_row() for mention in result.mentions if mention.table == table]
            assert len(written) == len(expected)
            for row, dict_row in zip(written, expected, strict=True):
                assert set(dict_row) <= set(row), "as_row has a column the table lacks"
                assert {column: row[column] for column in dict_row} == dict_row
                assert all(row[column] is None for column in set(row) - set(dict_row))


def test_an_interrupted_run_is_logged_as_interrupted_not_as_failed(tmp_path, caplog):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")

    def interrupt(report):
        raise KeyboardInterrupt

    with caplog.at_level("INFO", logger="provex"), pytest.raises(KeyboardInterrupt):
        run_batch([inputs], tmp_path / "out", jobs=1, on_batch=interrupt)
    messages = [(record.levelname, record.getMessage()) for record in caplog.records]
    assert ("WARNING", "run interrupted (nothing committed, the output is as it was)") in messages
    assert not [message for level, message in messages if level == "ERROR"]
    assert not (tmp_path / "out" / "figures").exists()


def test_a_one_job_run_tells_of_each_document_as_it_is_done(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (inputs / name).write_text(f"{name}: {GOOD_TEXT}", encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")  # an errors row is a document done too
    events: list[str] = []
    run_batch(
        [inputs],
        tmp_path / "out",
        jobs=1,
        on_plan=lambda total: events.append(f"plan {total}"),
        on_document=lambda: events.append("document"),
        on_batch=lambda report: events.append("batch"),
    )
    assert events == ["plan 4", "document", "document", "document", "document", "batch"]


@pytest.mark.slow
def test_a_run_on_workers_tells_of_every_document_once(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number in range(7):
        (inputs / f"{number}.txt").write_text(f"{number}: {GOOD_TEXT}", encoding="utf-8")
    done: list[int] = []
    run_batch([inputs], tmp_path / "out", jobs=2, batch_size=2, on_document=lambda: done.append(1))
    assert len(done) == 7
