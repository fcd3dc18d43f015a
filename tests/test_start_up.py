"""What a run pays before its first document: no stages for a re-run, no pandas, the rules hash remembered."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.batch import worker
from pipeline.core import cache
from pipeline.rules.ruleset import RuleSet

from .conftest import PROJECT_ROOT

RULES = PROJECT_ROOT / "rules"

ROOT = PROJECT_ROOT


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PROVEX_CACHE_DIR", str(folder))
    return folder


def test_the_rules_hash_is_remembered_by_the_bytes_of_the_files(own_cache: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    expected = RuleSet.load(rules).hash
    assert worker.rules_hash(str(rules)) == expected
    assert len(list(own_cache.glob("rules-hash-*"))) == 1
    assert worker.rules_hash(str(rules)) == expected  # read back from the cache
    # A comment changes the bytes, not the hash.
    dates = rules / "dates.yaml"
    dates.write_text(dates.read_text(encoding="utf-8") + "\n# a note\n", encoding="utf-8")
    assert worker.rules_hash(str(rules)) == expected
    assert len(list(own_cache.glob("rules-hash-*"))) == 2
    # A rule changes both.
    normalise = rules / "normalise.yaml"
    normalise.write_text(
        normalise.read_text(encoding="utf-8") + "\nextra_key_for_the_test: 1\n", encoding="utf-8"
    )
    assert worker.rules_hash(str(rules)) == RuleSet.load(rules).hash != expected


def test_a_wrong_cached_hash_is_never_trusted_blindly(own_cache: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    worker.rules_hash(str(rules))
    (entry,) = own_cache.glob("rules-hash-*")
    entry.write_text("not a hash", encoding="utf-8")
    assert worker.rules_hash(str(rules)) == RuleSet.load(rules).hash


def test_an_unwritable_cache_is_done_without(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("PROVEX_CACHE_DIR", str(blocked / "cache"))
    cache.write_cached("x", "y")
    assert cache.read_cached("x") is None
    assert worker.rules_hash(str(RULES)) == RuleSet.load(RULES).hash


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PROVEX_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_folder() == tmp_path / "provex"
    monkeypatch.setenv("PROVEX_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_folder() == tmp_path / "mine"


def _in_a_new_python(code: str, cache_dir: Path) -> dict:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "PROVEX_CACHE_DIR": str(cache_dir)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


RUN_AND_REPORT = """
import json, sys
from pipeline.batch.run import run_batch
stages_before = "pipeline.document" in sys.modules
run_batch([{source!r}], {out!r}, jobs=1)
found = {{"stages_at_import": stages_before, "pandas": "pandas" in sys.modules,
          "stages": "pipeline.document" in sys.modules}}
import pandas, pyarrow
found["arrow_sees_pandas"] = pyarrow.array(pandas.Series([1, 2])).type == pyarrow.int64()
print(json.dumps(found))
"""


def test_a_run_imports_neither_pandas_nor_for_a_re_run_the_stages(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("2023年3月5日，园区新增企业120家。\n", encoding="utf-8")
    out = tmp_path / "out"
    code = RUN_AND_REPORT.format(source=str(source), out=str(out))
    first = _in_a_new_python(code, tmp_path / "cache")
    assert first == {"stages_at_import": False, "pandas": False, "stages": True, "arrow_sees_pandas": True}
    again = _in_a_new_python(code, tmp_path / "cache")
    assert again == {"stages_at_import": False, "pandas": False, "stages": False, "arrow_sees_pandas": True}


def test_paths_resolve_as_realpath_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.batch.plan import _real_folder, _realpath

    (tmp_path / "real" / "sub").mkdir(parents=True)
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "f.txt").write_text("x")
    (tmp_path / "real" / "l.txt").symlink_to(tmp_path / "real" / "f.txt")
    monkeypatch.chdir(tmp_path / "link")
    _real_folder.cache_clear()
    cases = ["link/f.txt", "link/sub/../f.txt", "link/l.txt", "link/", "link/.", "link/..", "link//f.txt"]
    cases = [str(tmp_path / case) for case in cases] + ["f.txt", "./f.txt", "sub/../l.txt", "/", "gone/x.txt"]
    for case in cases:
        assert _realpath(case) == os.path.realpath(case), case
