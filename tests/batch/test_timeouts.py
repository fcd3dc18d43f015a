"""Inputs that timed out are not processed again while nothing that could change the outcome changed."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import pipeline.batch.worker as worker
from pipeline.batch.run import run_batch
from pipeline.batch.timeouts import (
    TIMEOUTS_NAME,
    TimedOut,
    known_timeouts,
    read_timeouts,
    skips,
    timeouts_record,
    updated_timeouts,
    write_timeouts,
)
from pipeline.batch.unchanged import current_run_folder
from pipeline.cli import main
from pipeline.rules.loader import rules_dir

SLOW_TEXT = "STALL\n东区今年引进项目7个，签约金额约5亿元。\n"
FINE_TEXT = "西区今年新增企业9家，投资总额约1.5亿元。\n"
OTHER_TEXT = "北区今年新增企业4家，投资总额约2亿元。\n"
LIMIT = 0.3
STALL_SECONDS = 2.0  # longer than every limit of these tests


@pytest.fixture
def stalls(monkeypatch):
    """Documents holding STALL take longer than any limit of these tests; the calls are counted."""
    real = worker.process_document
    calls: list[str] = []

    def stalling(source, *args, **kwargs):
        calls.append(source.text)
        if "STALL" in source.text:
            time.sleep(STALL_SECONDS)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(worker, "process_document", stalling)
    return calls


def _inputs(tmp_path: Path) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "slow.txt").write_text(SLOW_TEXT, encoding="utf-8")
    (inputs / "fine.txt").write_text(FINE_TEXT, encoding="utf-8")
    return inputs


def _stalled(calls: list[str]) -> int:
    return sum("STALL" in text for text in calls)


def _timeout_rows(out: Path) -> pd.DataFrame:
    errors = pd.read_parquet(out / "errors")
    return errors[errors["error_type"] == "timeout"]


def _recorded(out: Path) -> dict[str, dict]:
    """The inputs of the output's record of timeouts ({} when it has none)."""
    path = current_run_folder(out) / TIMEOUTS_NAME
    return json.loads(path.read_bytes())["inputs"] if path.exists() else {}


def _first_run(tmp_path: Path, calls: list[str]) -> tuple[Path, Path]:
    inputs, out = _inputs(tmp_path), tmp_path / "out"
    first = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT)
    assert first.new_documents == 1 and _stalled(calls) == 1
    assert len(_timeout_rows(out)) == 1
    assert [entry["limit"] for entry in _recorded(out).values()] == [LIMIT]
    calls.clear()
    return inputs, out


def test_a_rerun_skips_the_same_content_and_keeps_its_one_error_row(tmp_path, stalls):
    inputs, out = _first_run(tmp_path, stalls)
    started = time.monotonic()
    again = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT)
    assert time.monotonic() - started < STALL_SECONDS
    assert _stalled(stalls) == 0
    assert again.timed_out_before == [str(inputs / "slow.txt")]
    assert again.already_present == 1 and not again.committed
    rows = _timeout_rows(out)
    assert len(rows) == 1 and rows["source_path"].iloc[0].endswith("slow.txt")
    assert "1 input not processed: it timed out before" in again.describe()
    assert "--doc-timeout" in again.describe() and "--force" in again.describe()
    as_json = again.as_dict()
    assert as_json["timed_out_before"] == 1
    assert "--force" in as_json["timed_out_before_hint"]


def test_a_smaller_limit_also_skips(tmp_path, stalls):
    inputs, out = _first_run(tmp_path, stalls)
    again = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT / 2)
    assert _stalled(stalls) == 0 and len(again.timed_out_before) == 1


def test_an_edited_file_is_tried_again(tmp_path, stalls):
    inputs, out = _first_run(tmp_path, stalls)
    (inputs / "slow.txt").write_text(SLOW_TEXT + "南区收入增长3%。\n", encoding="utf-8")
    again = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT)
    assert _stalled(stalls) == 1 and not again.timed_out_before
    assert len(_timeout_rows(out)) == 1


def test_a_fixed_file_is_processed_and_forgotten(tmp_path, stalls):
    inputs, out = _first_run(tmp_path, stalls)
    (inputs / "slow.txt").write_text(OTHER_TEXT, encoding="utf-8")
    again = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT)
    assert again.new_documents == 1 and _timeout_rows(out).empty
    assert _recorded(out) == {}


def test_other_rules_try_it_again(tmp_path, stalls):
    inputs, out = _first_run(tmp_path, stalls)
    rules = tmp_path / "rules"
    shutil.copytree(rules_dir(), rules)
    with (rules / "figures.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# a comment changes the rules' digest\n")
    again = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT, rules=rules)
    assert _stalled(stalls) == 1 and not again.timed_out_before


@pytest.mark.parametrize("limit", [LIMIT * 2, None])
def test_a_larger_limit_or_none_tries_it_again(tmp_path, stalls, limit):
    inputs, out = _first_run(tmp_path, stalls)
    again = run_batch([inputs], out, jobs=1, doc_timeout=limit)
    assert not again.timed_out_before
    assert _stalled(stalls) == 1
    if limit is None:  # it finished: its row and its record go
        assert again.new_documents == 1 and _timeout_rows(out).empty and _recorded(out) == {}
    else:
        assert [entry["limit"] for entry in _recorded(out).values()] == [limit]


def test_force_tries_it_again(tmp_path, stalls):
    inputs, out = _first_run(tmp_path, stalls)
    again = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT, force=True)
    assert _stalled(stalls) == 1 and not again.timed_out_before
    assert len(_timeout_rows(out)) == 1


def test_after_a_larger_limit_timed_out_too_that_limit_is_remembered(tmp_path, stalls):
    inputs, out = _first_run(tmp_path, stalls)
    run_batch([inputs], out, jobs=1, doc_timeout=LIMIT * 2)
    assert len(_timeout_rows(out)) == 1
    stalls.clear()
    again = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT * 2)
    assert _stalled(stalls) == 0 and len(again.timed_out_before) == 1


def test_a_damaged_record_is_ignored_with_a_warning_and_mended(tmp_path, stalls, caplog):
    inputs, out = _first_run(tmp_path, stalls)
    (current_run_folder(out) / TIMEOUTS_NAME).write_text('{"format": 1, "limi', encoding="utf-8")
    with caplog.at_level("WARNING", logger="provex"):
        again = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT)
    assert "is tried again" in caplog.text
    assert _stalled(stalls) == 1 and not again.timed_out_before
    assert len(_timeout_rows(out)) == 1
    stalls.clear()
    third = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT)
    assert _stalled(stalls) == 0 and len(third.timed_out_before) == 1


def test_a_run_killed_before_its_commit_leaves_the_record_as_it_was(tmp_path, stalls, monkeypatch):
    from pipeline.store.local import LocalRunFolder

    inputs, out = _first_run(tmp_path, stalls)
    before = (current_run_folder(out) / TIMEOUTS_NAME).read_bytes()
    (inputs / "new.txt").write_text(OTHER_TEXT, encoding="utf-8")

    def killed(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(LocalRunFolder, "commit", killed)
    with pytest.raises(KeyboardInterrupt):
        run_batch([inputs], out, jobs=1, doc_timeout=LIMIT, force=True)
    assert (current_run_folder(out) / TIMEOUTS_NAME).read_bytes() == before


def test_with_two_jobs_the_timed_out_input_stays_skipped(tmp_path, stalls):
    inputs, out = _first_run(tmp_path, stalls)
    (inputs / "new.txt").write_text(OTHER_TEXT, encoding="utf-8")
    again = run_batch([inputs], out, jobs=2, doc_timeout=LIMIT)
    assert again.new_documents == 1 and again.committed
    assert len(again.timed_out_before) == 1
    assert len(_timeout_rows(out)) == 1
    third = run_batch([inputs], out, jobs=2, doc_timeout=LIMIT)
    assert len(third.timed_out_before) == 1 and not third.committed


def test_a_copy_under_a_new_name_is_processed_to_record_its_row(tmp_path, stalls):
    inputs, out = _first_run(tmp_path, stalls)
    shutil.copy(inputs / "slow.txt", inputs / "slow-copy.txt")
    again = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT)
    assert _stalled(stalls) == 1 and not again.timed_out_before
    names = sorted(Path(path).name for path in _timeout_rows(out)["source_path"])
    assert names == ["slow-copy.txt", "slow.txt"]
    stalls.clear()
    third = run_batch([inputs], out, jobs=1, doc_timeout=LIMIT)
    assert _stalled(stalls) == 0 and len(third.timed_out_before) == 2


def test_a_rerun_with_nothing_new_exits_0_fast_and_tells_what_to_do(tmp_path, stalls):
    inputs, out = _first_run(tmp_path, stalls)
    command = ["run", str(inputs), "--out", str(out), "--jobs", "1", "--doc-timeout", str(LIMIT), "--json"]
    started = time.monotonic()
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < STALL_SECONDS
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["timed_out_before"] == 1 and not summary["committed"]
    assert summary["timed_out_before_paths"] == [str(inputs / "slow.txt")]
    assert "--doc-timeout" in summary["timed_out_before_hint"]
    assert "timed out before" in result.stderr


FINGERPRINT = {"pipeline_version": "9.9", "code": "c0de", "data": {}, "rules_files": "f11e"}


def test_the_record_reads_back_only_for_the_same_fingerprint_and_rules(tmp_path):
    entry = TimedOut(1.5, ("a.txt",))
    write_timeouts(tmp_path, timeouts_record(FINGERPRINT, "r1", {"ab" * 32: entry}))
    record = read_timeouts(tmp_path)
    assert known_timeouts(record, FINGERPRINT, "r1") == {"ab" * 32: entry}
    assert known_timeouts(record, FINGERPRINT, "r2") == {}
    assert known_timeouts(record, {**FINGERPRINT, "code": "other"}, "r1") == {}


@pytest.mark.parametrize(
    "text",
    ['{"format": 1, "fingerprint": {}, "inputs": {"ab": {"limit": "soon", "paths": []}}}', "[]", "{"],
)
def test_a_malformed_record_is_none_with_a_warning(tmp_path, caplog, text):
    (tmp_path / TIMEOUTS_NAME).write_text(text, encoding="utf-8")
    with caplog.at_level("WARNING", logger="provex"):
        assert read_timeouts(tmp_path) is None
    assert "tried again" in caplog.text


def test_a_limit_skips_only_when_not_larger_than_the_one_exceeded():
    assert skips(2.0, 2.0) and skips(2.0, 1.0)
    assert not skips(2.0, 3.0) and not skips(2.0, None) and not skips(None, 1.0)


def test_an_entry_keeps_the_paths_that_still_have_their_row_and_goes_with_the_last():
    known = {"old": TimedOut(1.0, ("a.txt", "b.txt")), "gone": TimedOut(1.0, ("c.txt",))}
    now = {"new": TimedOut(2.0, ("d.txt",))}
    kept = updated_timeouts(known, processed=[], timed_out=now, timeout_paths=["a.txt", "d.txt"])
    assert kept == {"old": TimedOut(1.0, ("a.txt",)), "new": TimedOut(2.0, ("d.txt",))}
    assert updated_timeouts(known, processed=["old"], timed_out={}, timeout_paths=["a.txt"]) == {}
