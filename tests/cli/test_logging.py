"""Logging and progress: what a cron job sees, -v/-q/--log-level, a bar with a total and time left."""

from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import _progress_bar, _set_total, main


def _inputs(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "ok.txt").write_text("2023年新增企业120家。\n", encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "photo.jpg").write_bytes(b"\xff\xd8")
    return inputs


def test_without_a_terminal_the_run_logs_start_counts_errors_and_end(tmp_path):
    result = CliRunner().invoke(
        main, ["run", str(_inputs(tmp_path)), "--out", str(tmp_path / "out"), "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    log = [line for line in result.stderr.splitlines() if " provex: " in line]
    assert "INFO provex: run started" in log[0]
    assert any("2 files (1 skipped, 0 passed over); 2 documents to process" in line for line in log)
    assert any("WARNING provex: error" in line and "empty.txt: empty_file" in line for line in log)
    assert "INFO provex: run finished: 1 document (1 new" in log[-1]
    assert "%|" not in result.stderr  # no progress bar when stderr is not a terminal
    assert result.stderr.count("1 document (1 new") == 1  # the summary once, at the end of the log
    assert result.stderr.rstrip().splitlines()[-1] == log[-1]


def test_the_summary_is_written_once_at_every_log_level(tmp_path):
    inputs = _inputs(tmp_path)
    for number, options in enumerate([[], ["-q"], ["-v"], ["-vv"], ["--log-level", "error"]]):
        out = str(tmp_path / f"out{number}")
        for _ in range(2):  # a first run, and a re-run with nothing new
            result = CliRunner().invoke(main, ["run", str(inputs), "--out", out, "-j", "1", *options])
            assert result.exit_code == 0, result.output
            assert result.stderr.count("boilerplate)") == 1, (options, result.stderr)


def test_quiet_leaves_warnings_and_verbose_adds_debug_lines(tmp_path):
    inputs = _inputs(tmp_path)
    quiet = CliRunner().invoke(main, ["run", str(inputs), "--out", str(tmp_path / "a"), "-j", "1", "-q"])
    assert "INFO" not in quiet.stderr and "WARNING provex: error" in quiet.stderr
    verbose = CliRunner().invoke(main, ["run", str(inputs), "--out", str(tmp_path / "b"), "-j", "1", "-vv"])
    assert "DEBUG provex: skipped" in verbose.stderr and "photo.jpg" in verbose.stderr
    assert "DEBUG provex: batch 0: 1 document, 1 error" in verbose.stderr
    level = CliRunner().invoke(
        main, ["run", str(inputs), "--out", str(tmp_path / "c"), "-j", "1", "--log-level", "error"]
    )
    assert " provex: " not in level.stderr.replace("provex: kept", "")


def test_list_skipped_names_each_skipped_file(tmp_path):
    result = CliRunner().invoke(
        main, ["run", str(_inputs(tmp_path)), "--out", str(tmp_path / "out"), "-q", "--list-skipped"]
    )
    assert f"skipped {tmp_path / 'in' / 'photo.jpg'}: not a file type provex reads" in result.stderr


def test_the_progress_bar_knows_its_total_and_shows_the_time_left():
    bar = _progress_bar()
    try:
        _set_total(bar)(40)
        bar.update(10)
        assert bar.total == 40
        text = str(bar)
        assert "10/40 docs" in text and "<" in text  # elapsed<remaining
    finally:
        bar.close()
