"""The garbage collector while a `provex` command starts: paused, then frozen and running."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys

from click.testing import CliRunner

import pipeline.document
from pipeline.cli import main
from pipeline.core import collector
from tests.conftest import PROJECT_ROOT


def test_the_collector_waits_until_the_start_is_over_then_runs_as_before():
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with collector.paused_until_started():
        assert not gc.isenabled()
        with collector.paused_until_started():  # entered again: nothing changes
            assert not gc.isenabled()
        assert not gc.isenabled()
        collector.started()
        assert gc.isenabled() and gc.get_freeze_count() > 0
        collector.started()  # once only
        assert gc.isenabled()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with collector.paused_until_started():  # the start never ended (an error): running again after
        assert not gc.isenabled()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with collector.paused_until_started():
            collector.started()
            assert not gc.isenabled() and gc.get_freeze_count() == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_run_checks_its_rules_with_the_collector_paused_and_ends_with_it_running(tmp_path, monkeypatch):
    seen = []
    check_rules = pipeline.document.check_rules

    def checking(ruleset):
        seen.append(gc.isenabled())
        check_rules(ruleset)

    monkeypatch.setattr(pipeline.document, "check_rules", checking)
    source = tmp_path / "one.txt"
    source.write_text("The plant cost 3 million dollars in 2021.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(source), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert seen == [False]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_other_commands_end_the_start_before_they_run(monkeypatch):
    states = []
    started = collector.started

    def recording() -> None:
        states.append(gc.isenabled())
        started()
        states.append(gc.isenabled())

    monkeypatch.setattr(collector, "started", recording)
    result = CliRunner().invoke(main, ["rules", "--help"])
    assert result.exit_code == 0, result.output
    assert states == [False, True]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_command_that_ends_its_process_leaves_everything_frozen_and_the_collector_running():
    try:
        with collector.paused_until_started(ending_process=True):
            collector.started()
            made_after_the_start = [[] for _ in range(10)]
            collected = {id(item) for item in gc.get_objects()}
            assert all(id(item) in collected for item in made_after_the_start)
        collected = {id(item) for item in gc.get_objects()}  # frozen objects are in no generation
        assert gc.isenabled() and not any(id(item) in collected for item in made_after_the_start)
        with collector.paused_until_started(ending_process=True):  # the start never ended (an error)
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        gc.unfreeze()


ENDING_COMMAND = """
import gc, json, sys
from pipeline.cli import main
sys.argv = ["provex", "rules", "--help"]
try:
    main()
except SystemExit as stop:
    code = stop.code
print(json.dumps({"code": code, "enabled": gc.isenabled(), "frozen": gc.get_freeze_count() > 10_000}))
"""


def test_the_command_in_its_own_process_ends_with_everything_frozen():
    environment = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", ENDING_COMMAND], env=environment, capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"code": 0, "enabled": True, "frozen": True}
