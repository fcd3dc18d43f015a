"""Bad input and changing input: the batch goes on, and the output says what is true now."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from pipeline.batch.run import run_batch
from pipeline.read.audit import verify_output
from pipeline.read.output import load

FIRST = "园区今年新增企业12家，投资总额约3亿元。\n"
SECOND = "园区今年新增企业15家，投资总额约4亿元。\n"


def test_a_file_name_that_is_not_utf8_is_recorded_readably_and_the_batch_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    bad_name = os.path.join(os.fsencode(inputs), b"caf\xe9.txt")
    with open(bad_name, "wb") as handle:
        handle.write(FIRST.encode("utf-8"))
    (inputs / "ok.txt").write_text(SECOND, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([inputs], out)
    assert summary.new_documents == 2 and summary.errors == 0
    documents = pd.read_parquet(out / "documents")
    assert sorted(documents["file_name"]) == ["caf\\xe9.txt", "ok.txt"]
    again = run_batch([inputs], out)  # and every later run over the folder works too
    assert again.new_documents == 0 and not again.committed


def test_an_edited_file_replaces_its_earlier_content(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    article = inputs / "a.txt"
    article.write_text(FIRST, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([inputs], out)
    article.write_text(SECOND, encoding="utf-8")
    run_batch([inputs], out)
    documents = pd.read_parquet(out / "documents")
    assert len(documents) == 1
    figures = pd.read_parquet(out / "figures")
    assert sorted(figures["value"]) == [15.0, 400_000_000.0]
    assert set(figures["doc_id"]) == set(documents["doc_id"])
    assert verify_output(load(out)).verified == verify_output(load(out)).mentions


def test_an_edited_file_whose_old_content_lives_on_elsewhere_keeps_that_document(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(FIRST, encoding="utf-8")
    (inputs / "copy.txt").write_text(FIRST, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([inputs], out)
    (inputs / "a.txt").write_text(SECOND, encoding="utf-8")
    run_batch([inputs], out)
    assert len(pd.read_parquet(out / "documents")) == 2


def test_a_fixed_file_loses_its_error_rows_and_an_unchanged_one_keeps_them(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    broken = inputs / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 20)
    damaged = inputs / "damaged.txt"  # UTF-8 but for one byte: processed, with an invalid_bytes row
    damaged.write_bytes(("园区新增企业30家，" * 200).encode("utf-8") + b"\xff\n")
    out = tmp_path / "out"
    run_batch([inputs], out)
    errors = pd.read_parquet(out / "errors")
    assert {os.path.basename(path) for path in errors["source_path"]} == {"broken.txt", "damaged.txt"}

    run_batch([inputs], out)  # nothing changed: the same error rows, none twice
    assert sorted(pd.read_parquet(out / "errors")["message"]) == sorted(errors["message"])

    broken.write_text(SECOND, encoding="utf-8")
    run_batch([inputs], out)
    errors = pd.read_parquet(out / "errors")
    assert [os.path.basename(path) for path in errors["source_path"]] == ["damaged.txt"]


def test_table_links_exist_before_the_first_commit_flips_current(tmp_path, monkeypatch):
    import pipeline.store.local as local

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(FIRST, encoding="utf-8")
    out = tmp_path / "out"
    seen: list[bool] = []
    real_switch = local._switch_current

    def switch_and_check(state, run_dir):
        seen.append(all((out / name).is_symlink() for name in ("documents", "figures", "errors")))
        real_switch(state, run_dir)

    monkeypatch.setattr(local, "_switch_current", switch_and_check)
    run_batch([inputs], out)
    assert seen == [True]
    assert len(pd.read_parquet(out / "projects").columns) > 0


def test_a_rerun_mends_table_links_a_killed_first_commit_left_unmade(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(FIRST, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([inputs], out)
    (out / "projects").unlink()  # as an older provex killed between the flip and the links left it
    summary = run_batch([inputs], out)
    assert not summary.committed
    assert pd.read_parquet(out / "projects").empty


def test_a_full_disk_stops_the_run_with_a_message_and_leaves_no_run_folder(tmp_path, monkeypatch):
    import errno

    import pytest

    import pipeline.store.parts as parts
    from pipeline.store.parts import OutputError

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(FIRST, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([inputs], out)
    before = pd.read_parquet(out / "figures")
    (inputs / "b.txt").write_text(SECOND, encoding="utf-8")

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(parts.pq, "write_table", full_disk)
    with pytest.raises(OutputError, match="disk is full"):
        run_batch([inputs], out)
    monkeypatch.undo()
    runs = list((out / ".provex" / "runs").iterdir())
    assert len(runs) == 1  # only the committed run: the failed one was removed
    assert pd.read_parquet(out / "figures").equals(before)
    assert run_batch([inputs], out).new_documents == 1


@pytest.mark.slow
@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGTERM"])
def test_killing_a_run_takes_its_worker_processes_with_it(tmp_path, signal_name):
    import signal
    import subprocess
    import sys
    import time

    psutil = pytest.importorskip("psutil")
    from pipeline.dev.bench import generate_corpus

    corpus = generate_corpus(tmp_path / "corpus", 300)
    command = [sys.executable, "-m", "pipeline", "run", str(corpus.folder), "--out", str(tmp_path / "out")]
    run = subprocess.Popen([*command, "--jobs", "2", "--quiet"], stderr=subprocess.DEVNULL)
    process = psutil.Process(run.pid)
    deadline = time.monotonic() + 60
    workers: list = []
    while time.monotonic() < deadline and len(workers) < 3:  # the fork server and two workers
        workers = process.children(recursive=True)
        time.sleep(0.05)
    assert len(workers) >= 3, "the pool did not start"
    run.send_signal(getattr(signal, signal_name))
    run.wait(timeout=30)
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert not alive, f"left running after {signal_name}: {[worker.cmdline() for worker in alive]}"


def test_a_document_over_its_time_limit_becomes_an_error_row_and_the_batch_goes_on(tmp_path, monkeypatch):
    import time

    import pipeline.batch.worker as worker

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "slow.txt").write_text("SLOW\n" + FIRST, encoding="utf-8")
    (inputs / "fine.txt").write_text(SECOND, encoding="utf-8")
    real = worker.process_document

    def stalls_on_slow(source, *args, **kwargs):
        if "SLOW" in source.text:
            time.sleep(30)  # stands for a pathological line
        return real(source, *args, **kwargs)

    monkeypatch.setattr(worker, "process_document", stalls_on_slow)
    started = time.monotonic()
    summary = run_batch([inputs], tmp_path / "out", jobs=1, doc_timeout=0.5)
    assert time.monotonic() - started < 20
    assert summary.new_documents == 1
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert list(errors["error_type"]) == ["timeout"]
    assert errors["source_path"][0].endswith("slow.txt")


def test_audit_never_sends_an_article_s_escape_sequences_to_the_terminal(tmp_path):
    from pipeline.read.audit import audit_mention, format_audit

    inputs = tmp_path / "in"
    inputs.mkdir()
    hostile = "\x1b]0;owned\x07\x1b[2J园区新增企业12家\x1b[31m，投资3亿元。\n"
    (inputs / "a.txt").write_text(hostile, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([inputs], out)
    output = load(out)
    for mention_id in output.figures["mention_id"]:
        for colour in (False, True):
            text = format_audit(audit_mention(output, mention_id), colour=colour)
            assert "\x07" not in text and "]0;" not in text.replace("\\x1b]0;", "")
            assert "\x1b[2J" not in text and "\x1b[31m" not in text


@pytest.mark.slow
def test_an_interrupt_of_the_parent_alone_stops_the_run_at_once(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    psutil = pytest.importorskip("psutil")
    from pipeline.dev.bench import generate_corpus

    corpus = generate_corpus(tmp_path / "corpus", 300)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", str(corpus.folder), "--out", str(out)]
    run = subprocess.Popen([*command, "--jobs", "2", "--quiet"], stderr=subprocess.PIPE, text=True)
    process = psutil.Process(run.pid)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(process.children(recursive=True)) < 3:
        time.sleep(0.05)
    interrupted = time.monotonic()
    run.send_signal(signal.SIGINT)  # to the parent only, not its process group
    _, stderr = run.communicate(timeout=60)
    assert time.monotonic() - interrupted < 10
    assert run.returncode == 130 and "interrupted" in stderr
    assert not list((out / ".provex" / "runs").glob("*")) if (out / ".provex" / "runs").exists() else True


def test_a_broken_rule_file_stops_a_parallel_run_with_its_file_and_line(tmp_path):
    import shutil

    from pipeline.rules.loader import RuleFileError, rules_dir

    rules = tmp_path / "rules"
    shutil.copytree(rules_dir(), rules)
    with (rules / "conflicts.yaml").open("a", encoding="utf-8") as handle:
        handle.write("min_overlap: [not, a, number\n")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(FIRST, encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"conflicts\.yaml:\d+"):
        run_batch([inputs], tmp_path / "out", jobs=2, rules=rules)


def test_folders_that_cannot_be_walked_become_errors_rows_and_the_batch_goes_on(tmp_path):
    inputs = tmp_path / "in"
    (inputs / "loop").mkdir(parents=True)
    (inputs / "loop" / "back").symlink_to(inputs, target_is_directory=True)
    os.mkfifo(inputs / "pipe.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text("保密文件：投资3亿元。\n", encoding="utf-8")
    (inputs / "link.txt").symlink_to(outside)
    (inputs / "long.txt").symlink_to(tmp_path / ("x" * 300 + ".txt"))
    locked = inputs / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(FIRST, encoding="utf-8")
    locked.chmod(0)
    (inputs / "ok.txt").write_text(SECOND, encoding="utf-8")
    try:
        summary = run_batch([inputs], tmp_path / "out")
    finally:
        locked.chmod(0o755)
    assert summary.new_documents == (1 if os.geteuid() else 2)  # root reads the locked folder too
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    kinds = {
        os.path.basename(path): kind
        for path, kind in zip(errors["source_path"], errors["error_type"], strict=True)
    }
    assert "back" not in kinds  # a symlinked folder is passed over, named with its reason (no loop)
    assert any(path.endswith("back") for path, _ in summary.passed_over)
    assert kinds["pipe.txt"] == "not_a_file"
    assert kinds["link.txt"] == "link_outside_input"
    assert kinds["long.txt"] == "unreadable_path"
    if os.geteuid() != 0:  # root reads every folder
        assert kinds["locked"] == "unreadable_folder"
    assert "secret" not in " ".join(pd.read_parquet(tmp_path / "out" / "lines")["raw_text"])


def test_a_file_with_old_mac_line_ends_has_its_lines():
    from pipeline.stages.ingest import split_lines

    assert split_lines("第一行\r第二行\r") == ("第一行", "第二行", "")
    assert split_lines("a\r\nb\r\n") == ("a", "b", "")
    assert split_lines("a\rb\nc") == ("a\rb", "c")  # with any \n, \n splits, as the contract says


@pytest.mark.slow
def test_rerunning_on_unchanged_input_exits_cleanly_every_time(tmp_path):
    import subprocess
    import sys

    from pipeline.dev.bench import generate_corpus

    corpus = generate_corpus(tmp_path / "corpus", 40)
    command = [
        sys.executable,
        "-m",
        "pipeline",
        "run",
        str(corpus.folder),
        "--out",
        str(tmp_path / "out"),
        "--quiet",
    ]
    assert subprocess.run(command, capture_output=True).returncode == 0
    codes = [subprocess.run(command, capture_output=True).returncode for _ in range(12)]
    assert codes == [0] * 12  # an abort at exit (134) was seen on re-runs once


def test_terminal_escape_sequences_are_no_figures_and_offsets_still_hold():
    import pipeline

    text = "园区\x1b[31m新增企业12家\x1b[0m，\x1b]0;title\x07投资3亿元。"
    records = pipeline.extract(text)
    assert [(record.raw_text, record.value) for record in records if record.table == "figures"] == [
        ("12家", 12.0),
        ("3亿元", 300000000.0),
    ]
    for record in records:
        assert text.split("\n")[record.line_no - 1][record.start : record.end] == record.raw_text


@pytest.mark.slow
def test_a_two_megabyte_line_of_taiwanese_dates_and_quoted_names_takes_seconds_not_minutes():
    import gc
    import time

    from pipeline import extract

    # Traditional script, Republic of China years, a company with its short form in 「」 used again.
    clause = (
        "民國113年3月5日，明瀾電力材料股份有限公司（下稱「明瀾」）表示，「明瀾」於民國112年第四季"
        "營收成長一成，並於民國114年1月在「南港軟體園區」舉行說明會。"
    )

    def seconds(copies: int) -> float:
        gc.collect()
        started = time.process_time()
        found = extract(clause * copies)
        assert found
        return time.process_time() - started

    eighth = seconds(1250)
    whole = seconds(10000)  # over 2 MB of UTF-8 on one line
    assert len((clause * 10000).encode("utf-8")) > 2_000_000
    # eight times the length: about eight times the cost, not sixty-four (it took minutes)
    assert whole < 30 and whole <= 12 * eighth + 1, f"{eighth:.1f}s for an eighth, {whole:.1f}s for the whole"
